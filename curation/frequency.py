"""How common a word is in the languages Assay expects: what tells "Price" from "Priceman".

A table of the words used at least a few times per million words in any of the eight
languages (en, de, fr, es, it, nl, pl, pt), each with its Zipf frequency (log10 of uses per
billion words; "the" is about 7.7, "price" 5.2, "compiler" 3.4), the highest over the
languages, and its Zipf frequency in English alone (0 under 3.0): in English prose "Costa",
"Zimmer" or "Pero" are names more often than the Portuguese, German or Spanish words. Words
under 3.0 in every language are left out and read as 0, whether rare ("kubernetes" is 2.3 in
wordfreq's lists) or never seen: a product name and a rare surname look alike here. It comes from the `wordfreq` package's large lists (Wikipedia,
subtitles, news, books, web text and more; Robyn Speer, CC-BY-SA 4.0) and is kept in
curation/data/common_words.tsv.gz, so nothing is fetched or loaded from wordfreq at run time.
`python -m curation.frequency` rebuilds it (needs the dev install, which has wordfreq).

People's names are words too ("john" is as common as "window"): a known first name or
surname counts before this table does.
"""

import functools
import gzip
import math
import sys
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
TABLE = Path(__file__).parent / "data" / "common_words.tsv.gz"
# Words below this are left out of the table (zipf() answers 0 for them).
FLOOR = 3.0


@functools.cache
def _table() -> dict[str, tuple[float, float]]:
    """Word -> (highest Zipf frequency over the languages, Zipf frequency in English)."""
    with gzip.open(TABLE, "rt", encoding="utf-8") as lines:
        return {
            word: (float(best), float(english))
            for word, best, english in (line.split("\t") for line in lines)
        }


def zipf(word: str, *, english: bool = False) -> float:
    """The word's highest Zipf frequency in the eight languages (case-folded), or in English
    alone; 0 below 3.0."""
    return _table().get(word.casefold(), (0.0, 0.0))[english]


def is_common(word: str, at_least: float = 4.0, *, english: bool = False) -> bool:
    """Whether the word is used at least 10**(at_least - 3) times per million words in one of
    the languages (or in English alone): 4.0 ("table", "Rechnung", "paczka") by default."""
    return zipf(word, english=english) >= at_least


def build() -> dict[str, tuple[float, float]]:
    """The table from wordfreq's large lists: alphabetic words at or above FLOOR in one of
    the languages, with their English frequency (0 below FLOOR)."""
    from wordfreq import get_frequency_dict

    best: dict[str, float] = {}
    english: dict[str, float] = {}
    for language in LANGUAGES:
        for word, frequency in get_frequency_dict(language, "large").items():
            value = round(math.log10(frequency) + 9, 1)
            if value < FLOOR or not word.isalpha():
                continue
            best[word] = max(value, best.get(word, 0.0))
            if language == "en":
                english[word] = value
    return {word: (value, english.get(word, 0.0)) for word, value in best.items()}


def main() -> None:
    table = build()
    text = "".join(
        f"{word}\t{best:.1f}\t{english:.1f}\n" for word, (best, english) in sorted(table.items())
    )
    # mtime=0: the same bytes on every rebuild from the same lists.
    TABLE.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
    print(f"{len(table)} words to {TABLE}", file=sys.stderr)


if __name__ == "__main__":
    main()
