"""The held-out check: the scrubber and the filters on text written without seeing them.

    .venv/bin/python bench/heldout_eval.py [--per-language 60]

Runs bench/heldout_corpus.py's two sets, which nobody tunes on (their frames were written for
this check by someone who had read neither the scrubber, its recognizers nor the other
corpora's frames), and prints figures only, never the misses:
- PII: Assay's scrubber beside stock Presidio on the same messages, recall per entity,
  structured identifiers leaked, harmless messages left intact, per language (the report of
  bench/pii_eval.py);
- filters: the hand-written real and junk conversations through the filter stage on a fresh
  database (DATABASE_URL, default a temporary SQLite file): share rejected per kind, junk
  rejected and real conversations rejected.

Looking at what this set misses and adding a rule for it would make it one more dev set:
tune on bench/pii_eval.py's and bench/filters_eval.py's dev halves instead.
"""

import argparse
import logging
import os
import sys
from pathlib import Path

# No fetching at run time: tldextract (Presidio's e-mail recognizer) uses its bundled list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import filters_eval
from bench.heldout_corpus import build_heldout_corpus, heldout_filter_conversations
from bench.pii_corpus import fingerprint
from bench.pii_eval import assay_scrubber, evaluate, report, stock_scrubber


def pii(per_language: int) -> None:
    corpus = build_heldout_corpus(per_language=per_language)
    stock, ours = evaluate(stock_scrubber(), corpus), evaluate(assay_scrubber(), corpus)
    print(f"held-out PII corpus, fingerprint {fingerprint(corpus)[:12]}")
    report("held-out chat (test only)", stock, ours, per_language=True)
    print(
        f"scrubber only, messages/s on one core: stock {stock['messages_per_s']:.1f}, "
        f"Assay {ours['messages_per_s']:.1f} ({ours['messages_per_s'] / stock['messages_per_s']:.2f}x)"
    )


def filters() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    labelled = heldout_filter_conversations()
    samples, states = filters_eval.filter_labelled(labelled, slug="filters-heldout")
    filters_eval.report_labelled("held-out filter set (test only)", labelled, samples, states)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--no-filters", action="store_true")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    pii(args.per_language)
    if not args.no_filters:
        filters()


if __name__ == "__main__":
    main()
