"""The scrubber on dev data only: what to tune on, without ever reading a held-out message.

    .venv/bin/python bench/pii_dev.py [--per-language 60] [--templates 4000] [--no-templates]
        [--own-templates 2000] [--no-chat] [--synthetic] [--misses] [--limit 60]
        [--entity PERSON] [--refresh-stock]

Three corpora, dev halves only:
- `chat dev`: bench/multilingual_corpus.py's chat corpus from the frames of its dev half;
- `templates dev`: Presidio's evaluation templates (bench/pii_eval.py runs them all, as a
  test set) restricted to half of the templates. The split is by template, not by message,
  so no sentence frame is seen on both sides: the templates sorted by a SHA-1 of their text
  alternate between dev and test (`template_half`). The corpus builder does not say which
  template a message came from, so the generator's samples are recorded as it makes them
  (one conversation per sample, in order).
- `templates dev2`: some 300 templates in Presidio's syntax and style, written for this
  bench by a writer who had read only the dev half of Presidio's (bench/corpora/
  dev_templates.py), filled by the same generator with its fake people of some thirty
  countries and a seed of their own: new sentence frames, which the 105 dev templates are
  too few to give (a rule fitted to them shows here).
With --synthetic, also bench/pii_corpus.py's seeded corpus (no held-out half: the code grew
up on it), to check that nothing it catches is lost.

Prints, for stock Presidio and Assay, recall per entity, structured identifiers leaked and
harmless messages left intact, with Assay's time (wall and CPU) on the same messages; with
--misses, every value Assay let through (and whether stock caught it) and every harmless
message it changed.
Stock Presidio's outputs are cached in var/bench-cache (keyed by the messages), so an
iteration costs one Assay run. Nothing of a test half is built, scored or printed.
"""

import argparse
import hashlib
import json
import os
import sys
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    # The corpora's builders iterate over sets: the same messages every run only under one
    # hash seed, and the cached stock outputs are keyed by the messages.
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import multilingual_corpus
from bench.multilingual_corpus import CACHE, HALVES, build_chat_corpus, build_presidio_corpus
from bench.pii_corpus import STRUCTURED, Conversation, CorpusBuilder
from bench.pii_eval import Scrubber, assay_scrubber, evaluate, leaked, stock_scrubber

DEV = "dev"
OWN_TEMPLATES_SEED = 4242


def template_half(template: str) -> str:
    """Which half a Presidio template belongs to: alternate ranks by hash of its text."""
    return _template_halves()[template]


_halves: dict[str, str] = {}


def _template_halves() -> dict[str, str]:
    if not _halves:
        from presidio_evaluator.data_generator.presidio_sentence_faker import (
            presidio_templates_file_path,
        )

        templates = {line.strip() for line in presidio_templates_file_path.read_text().splitlines()}
        ranked = sorted(templates, key=lambda t: hashlib.sha1(t.encode()).hexdigest())
        _halves.update({t: HALVES[i % 2] for i, t in enumerate(ranked)})
    return _halves


@contextmanager
def _recording_templates() -> Iterator[list[str]]:
    """The template text of each sample Presidio's generator makes while inside the block."""
    if str(multilingual_corpus._presidio_evaluator_path()) not in sys.path:
        sys.path.insert(0, str(multilingual_corpus._presidio_evaluator_path()))
    # As build_presidio_corpus does: its package imports python-dotenv only to read a .env.
    sys.modules.setdefault("dotenv", types.SimpleNamespace(load_dotenv=lambda *a, **k: None))  # type: ignore[arg-type]
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    original = PresidioSentenceFaker.generate_new_fake_sentences
    recorded: list[str] = []

    def generate(self: PresidioSentenceFaker, num_samples: int) -> list:
        samples = original(self, num_samples)
        recorded.extend(self._sentence_templates[s.template_id].strip() for s in samples)
        return samples

    PresidioSentenceFaker.generate_new_fake_sentences = generate
    try:
        yield recorded
    finally:
        PresidioSentenceFaker.generate_new_fake_sentences = original


def templates_dev(size: int) -> list[Conversation]:
    with _recording_templates() as templates:
        corpus = build_presidio_corpus(size)
    if len(templates) != len(corpus):
        raise SystemExit("the templates corpus no longer makes one conversation per sample")
    return [c for c, t in zip(corpus, templates, strict=True) if template_half(t) == DEV]


def _key(corpus: list[Conversation]) -> str:
    return hashlib.sha1(json.dumps([c.messages for c in corpus]).encode()).hexdigest()[:16]


def cached_stock(name: str, corpus: list[Conversation], refresh: bool) -> list[list[str]]:
    """Stock Presidio's outputs for the corpus, computed once per distinct set of messages."""
    path = CACHE / f"pii_dev_stock_{name.replace(' ', '_')}_{_key(corpus)}.json"
    if path.exists() and not refresh:
        return json.loads(path.read_text())
    scrub = stock_scrubber()
    outputs = [scrub(c.messages) for c in corpus]
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(outputs))
    return outputs


def replaying(outputs: list[list[str]]) -> Scrubber:
    """A scrubber that hands back recorded outputs, in the order evaluate() asks for them."""
    replay = iter(outputs)
    return lambda messages: next(replay)


def recording(scrub: Scrubber, outputs: list[list[str]]) -> Scrubber:
    def run(messages: list[str]) -> list[str]:
        result = scrub(messages)
        outputs.append(result)
        return result

    return run


def report(name: str, stock: dict, ours: dict, seconds: float, cpu: float) -> None:
    # The machine is shared: CPU time compares runs better than the wall clock.
    print(f"\n== {name}: {ours['messages']} messages, Assay {seconds:.1f} s ({cpu:.1f} s CPU)")
    print(f"{'':28}{'stock':>10}{'Assay':>10}{'planted':>10}")
    for entity in ours["recall"]:
        mark = "  <-- below stock" if ours["recall"][entity] < stock["recall"][entity] else ""
        print(
            f"recall {entity:21}{stock['recall'][entity]:>10.1%}{ours['recall'][entity]:>10.1%}"
            f"{ours['planted'][entity]:>10}{mark}"
        )
    print(
        f"{'structured ids leaked':28}{len(stock['leaks']):>10}{len(ours['leaks']):>10}"
        f"{ours['structured']:>10}"
    )
    print(
        f"{'harmless intact':28}{stock['harmless']:>10.1%}{ours['harmless']:>10.1%}"
        f"{ours['harmless_total']:>10}"
    )


def misses(
    corpus: list[Conversation],
    stock: list[list[str]],
    ours: list[list[str]],
    wanted: set[str],
    limit: int,
) -> None:
    """Assay's misses and changed harmless messages (of the wanted types, or all)."""
    shown = 0
    for conversation, theirs, mine in zip(corpus, stock, ours, strict=True):
        for entity, value, index in conversation.planted:
            if (wanted and entity not in wanted) or not leaked(entity, value, mine):
                continue
            stock_caught = not leaked(entity, value, theirs)
            tag = "STOCK CAUGHT" if stock_caught else "both missed"
            print(f"MISS {entity} [{tag}] {value!r}\n    in: {conversation.messages[index]!r}")
            print(f"   out: {mine[index]!r}")
            shown += 1
        for index in conversation.harmless:
            if (not wanted or "HARMLESS" in wanted) and mine[index] != conversation.messages[index]:
                print(f"CHANGED harmless: {conversation.messages[index]!r}\n   -> {mine[index]!r}")
                shown += 1
        if shown >= limit:
            print(f"... (--limit {limit})")
            return


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--templates", type=int, default=4000, help="templates corpus size")
    parser.add_argument("--no-templates", action="store_true")
    parser.add_argument(
        "--own-templates", type=int, default=2000, help="templates dev2 size (0: leave it out)"
    )
    parser.add_argument("--no-chat", action="store_true")
    parser.add_argument("--synthetic", action="store_true", help="also the synthetic corpus")
    parser.add_argument("--misses", action="store_true", help="print Assay's misses (dev only)")
    parser.add_argument("--limit", type=int, default=60, help="misses printed per corpus")
    parser.add_argument(
        "--entity", action="append", help="misses of this type only (HARMLESS for changes)"
    )
    parser.add_argument("--refresh-stock", action="store_true")
    args = parser.parse_args()
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    corpora: dict[str, list[Conversation]] = {}
    if not args.no_chat:
        corpora["chat dev"] = build_chat_corpus(DEV, per_language=args.per_language)
    if not args.no_templates:
        corpora["templates dev"] = templates_dev(args.templates)
    if args.own_templates:
        from bench.corpora.dev_templates import TEMPLATES

        corpora["templates dev2"] = build_presidio_corpus(
            args.own_templates, seed=OWN_TEMPLATES_SEED, templates=TEMPLATES
        )
    if args.synthetic:
        corpora["synthetic"] = CorpusBuilder(seed=7).build(400)
    assay = assay_scrubber()
    wanted = set(args.entity or [])
    for name, corpus in corpora.items():
        stock_outputs = cached_stock(name, corpus, args.refresh_stock)
        stock = evaluate(replaying(stock_outputs), corpus)
        ours_outputs: list[list[str]] = []
        started, cpu = time.perf_counter(), time.process_time()
        ours = evaluate(recording(assay, ours_outputs), corpus)
        report(name, stock, ours, time.perf_counter() - started, time.process_time() - cpu)
        if args.misses:
            print(f"\n-- Assay misses, {name}")
            misses(corpus, stock_outputs, ours_outputs, wanted, args.limit)
    print(f"\nstructured types: {', '.join(STRUCTURED)}")


if __name__ == "__main__":
    main()
