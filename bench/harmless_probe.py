"""Harmless slots, probed one at a time: how often each kind of value in a harmless message
survives the scrubber, per language. A DEV tool: it draws only on the dev sets' frames.

    .venv/bin/python bench/harmless_probe.py [--languages es,pt] [--fills 4] [--seed 7]
        [--slots city,order,...] [--show 40]

Every harmless frame of the dev sets (bench/corpora/dev2_frames.py to dev23_frames.py) in
a language is filled `--fills` times with the values heldout_corpus's builder draws for a
harmless turn (towns from the language's Faker locales, order numbers, prices, dates, times,
versions, years, counts), and each message is scrubbed alone. The dev sets draw each frame
only once or twice, so a kind of value that fails one time in ten hides there; here every
frame meets several. Prints, per language, the share of messages left intact and, per slot,
how often the slot's value itself was changed (a message whose values all survived but
changed elsewhere counts under "frame"); with --show, the first changed message of each of the
first N frames that failed, before and after. Tune on it as on the dev sets; the held-out set stays unseen.
"""

import argparse
import importlib
import logging
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_corpus import HeldoutCorpusBuilder, slots
from bench.multilingual_corpus import LANGUAGES
from bench.pii_corpus import fixed_clock

DEV_SETS = [f"dev{n}" for n in range(2, 24)]


def probe_messages(
    languages: list[str], fills: int, seed: int, only: set[str] | None
) -> list[tuple[str, str, str, dict[str, str]]]:
    """(language, frame, message, slot -> value) for every dev harmless frame, `fills` times."""
    builder = HeldoutCorpusBuilder(seed)
    messages = []
    with fixed_clock():
        for name in DEV_SETS:
            module = importlib.import_module(f"bench.corpora.{name}_frames")
            builder.months = module.MONTHS
            for language in languages:
                for frame in module.FRAMES.get(language, {}).get("harmless", []):
                    used = slots(frame)
                    if only is not None and not only & set(used):
                        continue
                    for _ in range(fills):
                        values = builder.harmless_values(language)
                        messages.append(
                            (language, frame, frame.format(**values), {s: values[s] for s in used})
                        )
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--fills", type=int, default=4, help="fillings of each frame")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--slots", help="only frames with one of these slots (comma-separated)")
    parser.add_argument("--show", type=int, default=0, help="failed frames shown per language")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
    import django

    django.setup()
    from curation.scrub import scrub_conversations

    languages = args.languages.split(",")
    only = set(args.slots.split(",")) if args.slots else None
    messages = probe_messages(languages, args.fills, args.seed, only)
    outputs = [r.texts[0] for r in scrub_conversations([[text] for _, _, text, _ in messages])]
    for language in languages:
        rows = [
            (frame, text, out, values)
            for (lang, frame, text, values), out in zip(messages, outputs, strict=True)
            if lang == language
        ]
        intact = sum(text == out for _, text, out, _ in rows)
        seen: Counter[str] = Counter()
        broken: Counter[str] = Counter()
        for _, text, out, values in rows:
            seen.update(values.keys())
            lost = {slot for slot, value in values.items() if value not in out}
            broken.update(lost or ({"frame"} if text != out else set()))
        per_slot = ", ".join(
            f"{slot} {broken[slot]}/{seen[slot]}" for slot in sorted(seen | broken) if broken[slot]
        )
        print(
            f"{language}: {100 * intact / max(len(rows), 1):.1f}% of {len(rows)} intact;"
            f" changed: {per_slot or 'none'}"
        )
        # One changed message per frame: the first.
        shown = {frame: (text, out) for frame, text, out, _ in reversed(rows) if text != out}
        for text, out in list(reversed(shown.values()))[: args.show]:
            print(f"    in:  {text!r}\n    out: {out!r}")


if __name__ == "__main__":
    main()
