"""Where the scrubber's time goes: spaCy, each recognizer, and Presidio's own steps.

    .venv/bin/python bench/scrub_profile.py [--repeat 3] [--shapes prose,digits,...]
        [--corpus] [--total]

For each long message shape (100,000 characters, the longest intake accepts) prints the
median time of spaCy's pipeline, of each recognizer's `analyze` on the same NLP artifacts, and
(with --total) of a whole `scrub_texts` call. With --corpus, the same per-recognizer split
summed over the synthetic corpus and the chat dev half, as bench/pii_eval.py builds them.
The machine is shared: compare figures from one run, and read medians.
"""

import argparse
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from curation.scrub import PiiPolicy, _phone_recognizer, get_engines, scrub_texts

LONGEST = 100_000


def shapes() -> dict[str, str]:
    random.seed(1)
    sentence = (
        "the quick brown fox jumps over lazy dog while Maria calls about order 4471 on Main Street"
    )
    words = sentence.split(" ")
    return {
        "prose": " ".join(random.choice(words) for _ in range(20000))[:LONGEST],
        "digits": " ".join(str(random.randint(0, 10**9)) for _ in range(10000))[:LONGEST],
        "log": "\n".join(
            f"2026-11-23 12:00:{i % 60:02d} INFO worker[{i}] processed job {i * 7} in {i % 300} ms"
            for i in range(2000)
        )[:LONGEST],
        "addresses": " ".join(f"Via Roma {i}, 00{i % 100:03d} Roma" for i in range(4000))[:LONGEST],
        "one_letter": "a" * LONGEST,
    }


def split(texts: list[str], repeat: int) -> dict[str, float]:
    """Median seconds per stage over `repeat` runs, each run over all texts."""
    engines = get_engines()
    analyzer = engines.analyzer.analyzer_engine
    assert analyzer is not None
    recognizers = [*analyzer.registry.recognizers, _phone_recognizer(PiiPolicy().phone_regions)]
    entities = list(PiiPolicy().entities)
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        totals: dict[str, float] = defaultdict(float)
        for text in texts:
            started = time.perf_counter()
            artifacts = analyzer.nlp_engine.process_text(text, "en")
            totals["spaCy"] += time.perf_counter() - started
            for recognizer in recognizers:
                started = time.perf_counter()
                recognizer.analyze(text, entities, artifacts)
                label = str(getattr(recognizer, "name", type(recognizer).__name__))
                totals[label] += time.perf_counter() - started
        for name, seconds in totals.items():
            runs[name].append(seconds)
    return {name: statistics.median(values) for name, values in runs.items()}


def total(texts: list[list[str]], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for conversation in texts:
            scrub_texts(conversation)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def show(title: str, figures: dict[str, float], whole: float | None) -> None:
    print(f"\n== {title}")
    for name, seconds in sorted(figures.items(), key=lambda item: -item[1]):
        print(f"  {name:32}{seconds:9.3f} s")
    print(f"  {'sum of stages':32}{sum(figures.values()):9.3f} s")
    if whole is not None:
        print(f"  {'scrub_texts':32}{whole:9.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", default="prose,digits,log,addresses,one_letter")
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--total", action="store_true", help="also time whole scrub_texts calls")
    args = parser.parse_args()
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    get_engines()
    long_texts = shapes()
    for shape in filter(None, args.shapes.split(",")):
        text = long_texts[shape]
        whole = total([[text]], args.repeat) if args.total else None
        show(f"{shape} ({len(text):,} characters)", split([text], args.repeat), whole)
    if args.corpus:
        from bench.multilingual_corpus import build_chat_corpus
        from bench.pii_corpus import CorpusBuilder

        corpora = {
            "synthetic": CorpusBuilder(seed=7).build(400),
            "chat dev": build_chat_corpus("dev", per_language=60),
        }
        for name, corpus in corpora.items():
            messages = [m for c in corpus for m in c.messages]
            whole = total([c.messages for c in corpus], args.repeat) if args.total else None
            show(f"{name} ({len(messages)} messages)", split(messages, args.repeat), whole)


if __name__ == "__main__":
    main()
