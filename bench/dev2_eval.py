"""The dev2 to dev16 checks: the scrubber and filters on hand-written DEV sets, misses shown.

    .venv/bin/python bench/dev2_eval.py
        [--set dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16]
        [--per-language 60] [--seed N] [--misses] [--limit 40] [--no-filters] [--no-pii]

Runs bench/dev2_corpus.py's two sets (--set dev2, the default), bench/dev3_corpus.py's
(--set dev3, by a third writer), bench/dev4_corpus.py's (--set dev4, by a fourth writer, on
chats with an LLM assistant rather than a support desk), bench/dev5_corpus.py's (--set
dev5, by a fifth writer, on customers' chats with a bank, a mobile operator, a grocery app, a
pharmacy and a travel agency), bench/dev6_corpus.py's (--set dev6, by a sixth writer, on
messages to HR, landlord, school, insurance, doctor, gym and moving-company help desks; PII
only), bench/dev7_corpus.py's (--set dev7, by a seventh writer, on English prose naming
people from some fifty countries' Faker locales, all labelled en, 8 x --per-language
conversations; PII only), bench/dev8_corpus.py's (--set dev8, by an eighth writer, on
messages to energy and water utilities, garages, vet clinics, parcel services, hotels and
holiday rentals, town halls, tax advisors and restaurant booking lines; PII only) or
bench/dev9_corpus.py's (--set dev9, by a ninth writer, on messages to second-hand
marketplaces, gyms and clubs, estate agents, airlines, school offices and pharmacies, with
extra harmless Spanish, German and Dutch; PII only) or bench/dev10_corpus.py's (--set dev10,
by a tenth writer, on messages to libraries, rental apps, food delivery, dentists, event
planners, kindergartens, recruiters and ticket offices, with extra names in running German,
French, Spanish, Italian and Polish; PII only) or bench/dev11_corpus.py's (--set dev11, by
an eleventh writer, on messages to banks, telecoms, utilities, insurers, town halls, hotels
and e-learning platforms, with extra harmless Portuguese, Spanish, German, French and Dutch;
PII only) or bench/dev12_corpus.py's (--set dev12, by a twelfth writer, on messages to public
transport, car rental and sharing, museums and tourist offices, postal and courier services,
streaming and game platforms, markets and bakeries, parishes and festivals and pet shops,
with extra harmless Portuguese, Spanish, German and Dutch; PII only) or
bench/dev13_corpus.py's (--set dev13, by a thirteenth writer, on messages to online shops,
SaaS products, telecoms, banks and travel companies, with harmless messages full of brands
and products named after people; PII only) or bench/dev14_corpus.py's (--set dev14, by a
fourteenth writer, on messages to parcel services, removal firms, letting agents, transport
and car hire companies, utilities and local shops, with extra harmless Spanish, Portuguese,
French and Dutch naming towns; PII only) or bench/dev15_corpus.py's (--set dev15, by a
fifteenth writer, on what people ask an everyday assistant or a consumer service about
cooking, sport, hobbies, day trips, homework, local news and events, with extra harmless
Spanish, Portuguese, Dutch and French full of dishes, feasts, clubs and monuments; PII
only) or bench/dev16_corpus.py's (--set dev16, by a sixteenth writer, on household and
personal admin: bills, banks, insurance, renting, town-hall services, parcels, car
inspections, schools, vets, subscriptions and bookings, with extra harmless Portuguese,
Dutch, Spanish and French; PII only), each written, like the held-out ones, by
someone who had read neither the scrubber, its recognizers, the filters nor the other
corpora's frames, but meant for tuning, and prints:
- PII: Assay's scrubber beside stock Presidio on the same messages (bench/pii_eval.py's
  evaluate and report): recall per entity, structured identifiers leaked, harmless messages
  left intact, per language;
- filters: the hand-written real and junk conversations through the filter stage on a fresh
  database (DATABASE_URL, default a temporary SQLite file), as bench/heldout_eval.py runs its
  set: share rejected per kind and per language, junk rejected, real conversations rejected,
  and the filters behind the false rejects.
With --misses, per language: every planted value Assay left in the text (with the message
before and after, and whether stock Presidio caught it), every harmless message it changed
(before and after, and whether stock left it alone), every junk conversation the filters let
through and every real one they rejected, with the filters' verdicts other than pass and the
sample's reasons. --limit caps the PII misses
printed per language (0: all).

This is a dev set: read its misses and tune on them. The held-out set (bench/heldout_eval.py)
stays the test nobody tunes on.
"""

import argparse
import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# No fetching at run time: tldextract (Presidio's e-mail recognizer) uses its bundled list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    dev2_corpus,
    dev3_corpus,
    dev4_corpus,
    dev5_corpus,
    dev6_corpus,
    dev7_corpus,
    dev8_corpus,
    dev9_corpus,
    dev10_corpus,
    dev11_corpus,
    dev12_corpus,
    dev13_corpus,
    dev14_corpus,
    dev15_corpus,
    dev16_corpus,
    filters_eval,
)
from bench.multilingual_corpus import LANGUAGES
from bench.pii_corpus import Conversation, fingerprint
from bench.pii_dev import recording
from bench.pii_eval import assay_scrubber, evaluate, leaked, report, stock_scrubber

# Each set: its corpus builder, its filter conversations, the same with languages (None for a
# set with no filter conversations), its seed.
SETS: dict[str, tuple[Any, Any, Any, int]] = {
    "dev2": (
        dev2_corpus.build_dev2_corpus,
        dev2_corpus.dev2_filter_conversations,
        dev2_corpus.dev2_filter_examples,
        4242,
    ),
    "dev3": (
        dev3_corpus.build_dev3_corpus,
        dev3_corpus.dev3_filter_conversations,
        dev3_corpus.dev3_filter_examples,
        4343,
    ),
    "dev4": (
        dev4_corpus.build_dev4_corpus,
        dev4_corpus.dev4_filter_conversations,
        dev4_corpus.dev4_filter_examples,
        4444,
    ),
    "dev5": (
        dev5_corpus.build_dev5_corpus,
        dev5_corpus.dev5_filter_conversations,
        dev5_corpus.dev5_filter_examples,
        5555,
    ),
    # PII only: no filter set was written for these.
    "dev6": (dev6_corpus.build_dev6_corpus, None, None, 6666),
    "dev7": (dev7_corpus.build_dev7_corpus, None, None, 7777),
    "dev8": (dev8_corpus.build_dev8_corpus, None, None, 8888),
    "dev9": (dev9_corpus.build_dev9_corpus, None, None, 9999),
    "dev10": (dev10_corpus.build_dev10_corpus, None, None, 1010),
    "dev11": (dev11_corpus.build_dev11_corpus, None, None, 1111),
    "dev12": (dev12_corpus.build_dev12_corpus, None, None, 1212),
    "dev13": (dev13_corpus.build_dev13_corpus, None, None, 1313),
    "dev14": (dev14_corpus.build_dev14_corpus, None, None, 1414),
    "dev15": (dev15_corpus.build_dev15_corpus, None, None, 1515),
    "dev16": (dev16_corpus.build_dev16_corpus, None, None, 1616),
}


def pii_misses(
    name: str,
    corpus: list[Conversation],
    stock: list[list[str]],
    ours: list[list[str]],
    limit: int,
) -> None:
    """Per language: the planted values Assay left and the harmless messages it changed."""
    for language in LANGUAGES:
        lines: list[str] = []
        left = changed = 0
        for conversation, theirs, mine in zip(corpus, stock, ours, strict=True):
            if conversation.language != language:
                continue
            for entity, value, index in conversation.planted:
                if not leaked(entity, value, mine):
                    continue
                left += 1
                tag = "stock caught it" if not leaked(entity, value, theirs) else "stock missed too"
                lines += [
                    f"MISS {entity} {value!r} [{tag}]",
                    f"    in:  {conversation.messages[index]!r}",
                    f"    out: {mine[index]!r}",
                ]
            for index in sorted(conversation.harmless):
                if mine[index] == conversation.messages[index]:
                    continue
                changed += 1
                tag = (
                    "stock kept it"
                    if theirs[index] == conversation.messages[index]
                    else "stock changed it too"
                )
                lines += [
                    f"CHANGED harmless [{tag}]",
                    f"    in:  {conversation.messages[index]!r}",
                    f"    out: {mine[index]!r}",
                ]
        print(
            f"\n-- Assay on {name}, {language}: {left} planted values left, {changed} harmless changed"
        )
        shown = lines if not limit else lines[: 3 * limit]
        print("\n".join(shown))
        if len(shown) < len(lines):
            print(f"... {(len(lines) - len(shown)) // 3} more (--limit {limit})")


def pii(name: str, per_language: int, seed: int, misses: bool, limit: int) -> None:
    corpus = SETS[name][0](per_language=per_language, seed=seed)
    stock_outputs: list[list[str]] = []
    ours_outputs: list[list[str]] = []
    stock = evaluate(recording(stock_scrubber(), stock_outputs), corpus)
    ours = evaluate(recording(assay_scrubber(), ours_outputs), corpus)
    print(f"{name} PII corpus, seed {seed}, fingerprint {fingerprint(corpus)[:12]}")
    report(f"{name} chat (dev: tune on it)", stock, ours, per_language=True)
    print(
        f"scrubber only, messages/s on one core: stock {stock['messages_per_s']:.1f}, "
        f"Assay {ours['messages_per_s']:.1f} ({ours['messages_per_s'] / stock['messages_per_s']:.2f}x)"
    )
    if misses:
        pii_misses(name, corpus, stock_outputs, ours_outputs, limit)


def filters(name: str, misses: bool) -> None:
    from django.core.management import call_command

    from curation.models import FilterResult, Sample

    _, conversations, examples, _ = SETS[name]
    if conversations is None or examples is None:
        print(f"\n== {name} has no filter set (PII only)")
        return
    call_command("migrate", verbosity=0)
    labelled = conversations()
    language_of = {tuple(turns): language for language, _, turns in examples()}
    samples, states = filters_eval.filter_labelled(labelled, slug=f"filters-{name}")
    filters_eval.report_labelled(f"{name} filter set (dev: tune on it)", labelled, samples, states)
    by_language: dict[tuple[str, bool], list[bool]] = {}
    wrong: list[tuple[str, str, list[str], Sample]] = []
    for sample, (label, turns) in zip(samples, labelled, strict=True):
        rejected = states[sample.pk] == "auto_rejected"
        is_junk = label != "real"
        by_language.setdefault((language_of[tuple(turns)], is_junk), []).append(rejected)
        if rejected != is_junk:
            wrong.append((language_of[tuple(turns)], label, turns, sample))
    print(f"  {'lang':6}{'junk rejected':>18}{'real rejected':>18}")
    for language in LANGUAGES:
        cells = ""
        for is_junk in (True, False):
            outcomes = by_language.get((language, is_junk), [])
            cells += f"{f'{sum(outcomes)}/{len(outcomes)}':>18}"
        print(f"  {language:6}{cells}")
    false_rejects = [sample.pk for _, label, _, sample in wrong if label == "real"]
    reasons = Counter(
        FilterResult.objects.filter(sample_id__in=false_rejects, verdict="reject").values_list(
            "name", flat=True
        )
    )
    if reasons:
        print(f"  filters behind those false rejects: {dict(sorted(reasons.items()))}")
    if misses:
        for language in LANGUAGES:
            rows = [w for w in wrong if w[0] == language]
            print(f"\n-- filters on {name}, {language}: {len(rows)} wrong")
            for _, label, turns, sample in rows:
                what = "FALSE REJECT" if label == "real" else "MISSED"
                verdicts = dict(
                    FilterResult.objects.filter(sample_id=sample.pk)
                    .exclude(verdict="pass")
                    .order_by("name")
                    .values_list("name", "verdict")
                )
                print(f"{what} {label}: {turns!r}")
                print(
                    f"    verdicts {verdicts}, reasons {Sample.objects.get(pk=sample.pk).reasons}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=sorted(SETS), default="dev2")
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--seed", type=int, help="the PII corpus's seed (each set has its own)")
    parser.add_argument("--misses", action="store_true", help="print what was missed")
    parser.add_argument("--limit", type=int, default=40, help="PII misses per language (0: all)")
    parser.add_argument("--no-pii", action="store_true")
    parser.add_argument("--no-filters", action="store_true")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    seed = SETS[args.set][3] if args.seed is None else args.seed
    if not args.no_pii:
        pii(args.set, args.per_language, seed, args.misses, args.limit)
    if not args.no_filters:
        filters(args.set, args.misses)


if __name__ == "__main__":
    main()
