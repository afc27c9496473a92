"""Letter-trigram plausibility in twelve languages: the classic keyboard-mash detector, and the
keyboards.

The model is a table per language (the eight Assay expects, en, de, fr, es, it, nl, pl, pt,
and four neighbours whose customers write to the same desks, cs, sk, hu, tr: without them
"Köszönöm" or "Objednávka" alone read as mash) of log-probabilities of a
letter following two others (with word boundaries), trained on the language's most frequent
words (wordfreq's lists, weighted by frequency). `python -m curation.gibberish` retrains it
into curation/data/trigrams.json; wordfreq is a dev dependency, production reads the JSON. A
word is judged whole, diacritics included, by the language it fits best: "wyłącza" by the
Polish table, "schlüssel" by the German one, "räpisek" by none. A word with a letter no
table knows ("ø") is another language's, which no keyboard of theirs types: it is not judged. The threshold a project sets (the filters' default, -4.4) is
a mean log-probability per trigram: at -4.4, 0.4% of rare real words (ranked 50,000 to 70,000
in their language: names, acronyms) and 95% of random keys that are no row score lower.
Mashing is also found on the keyboard: runs along a row and home-row mashing on QWERTY, QWERTZ
and AZERTY, Polish letters on their AltGr keys.
"""

import functools
import itertools
import json
import math
import re
import string
from collections import Counter, defaultdict
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "trigrams.json"
# The letters each language writes besides a to z (case-folded: "ß" is "ss").
LETTERS = {
    "en": "",
    "de": "äöü",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "it": "àèéìíòóùú",
    "nl": "áéèëïóöü",
    "pl": "ąćęłńóśźż",
    "pt": "àáâãçéêíóôõú",
    # Neighbours whose customers write to the same desks: without their tables, "Köszönöm"
    # and "Objednávka" alone read as mash.
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "tr": "çğıöşü",
}
ALPHABET = frozenset(string.ascii_lowercase + "".join(LETTERS.values()))
# The vowels, accented or not: every letter above but the consonants.
VOWELS = frozenset("aeiouy" + "".join(LETTERS.values())) - frozenset("çñćłńśźżčďěňřšťžĺľŕğş")
# Latin words once case-folded: ASCII, Latin-1 (not ÷) and Latin Extended-A letters.
WORD = re.compile(r"[a-zß-öø-ÿā-ž]+")
# Training: each language's most frequent words, a trigram counted in occurrences per million
# words, add-half smoothed.
TRAINING_WORDS = 50_000
SMOOTHING = 0.5
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
# The layouts of the eight languages' keyboards (Polish is QWERTY: its letters are AltGr+a…).
LAYOUTS = {
    "qwerty": KEYBOARD_ROWS,
    "qwertz": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "1234567890ß"),
    "azerty": ("azertyuiop", "qsdfghjklmù", "wxcvbn", "1234567890"),
}
ALTGR = str.maketrans("ąćęłńóśźż", "acelnosxz")
KEYS = frozenset("".join("".join(rows) for rows in LAYOUTS.values()) + ";" + "ąćęłńóśźż")
HOME_ROWS = (frozenset("asdfghjkl;"), frozenset("asdfghjklöä"), frozenset("qsdfghjklmù"))


@functools.cache
def _model() -> dict[str, dict[str, float]]:
    return dict(json.loads(MODEL_PATH.read_text()))


def _trigrams(word: str) -> list[str]:
    padded = f"  {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _words(text: str) -> list[str]:
    """The text's words, case-folded, that are written in the eight languages' letters."""
    return [word for word in WORD.findall(text.casefold()) if ALPHABET.issuperset(word)]


def plausibility(text: str) -> float | None:
    """Mean log-probability per letter trigram of the text's words, in the language they fit
    best; None with no words to judge."""
    # Counted first: a long turn repeats its trigrams, and each is looked up in eight tables.
    trigrams = Counter(trigram for word in _words(text) for trigram in _trigrams(word))
    if not trigrams:
        return None
    best = max(
        sum(table.get(trigram, table["__floor__"]) * n for trigram, n in trigrams.items())
        for table in _model().values()
    )
    return best / trigrams.total()


def keyboard_run_fraction(text: str, min_run: int = 4) -> float:
    """Share of letters in runs of 4+ (min_run) neighbouring keys in one direction ("asdf",
    "poiu"), on the layout where the share is highest (QWERTY, QWERTZ "ertzu", AZERTY "wxcv").

    One direction only, so "were" (w-e-r-e) is not a run.
    """
    keys = [c for c in text.lower().translate(ALTGR) if c in KEYS]
    if not keys:
        return 0.0
    return max(_run_fraction(keys, positions, min_run) for positions in _POSITIONS.values())


def is_row_chunks(text: str) -> bool:
    """Three or more short chunks, each a run of three or more neighbouring keys along a row
    ("rty qwe uio", "lkj hgf dsa"), nine letters or more in all: a keyboard row typed in pieces.
    The caller keeps out turns with function words ("wer", "poi" are words)."""
    chunks = text.split()
    if len(chunks) < 3 or len(chunks) > 20 or sum(map(len, chunks)) < 9:
        return False
    return all(
        len(chunk) >= 3 and keyboard_run_fraction(chunk, min_run=3) == 1.0 for chunk in chunks
    )


def _run_fraction(
    keys: list[str], positions: dict[str, tuple[int, int]], min_run: int = 4
) -> float:
    in_runs = 0
    run, step = 1, 0
    for previous_key, current_key in itertools.pairwise(keys):
        previous, current = positions.get(previous_key), positions.get(current_key)
        delta = (
            current[1] - previous[1] if previous and current and previous[0] == current[0] else 0
        )
        if abs(delta) == 1 and (run == 1 or delta == step):
            run, step = run + 1, delta
        else:
            in_runs += run if run >= min_run else 0
            run, step = (2, delta) if abs(delta) == 1 else (1, 0)
    in_runs += run if run >= min_run else 0
    return in_runs / len(keys)


_POSITIONS = {
    name: {key: (row, column) for row, keys in enumerate(rows) for column, key in enumerate(keys)}
    for name, rows in LAYOUTS.items()
}


@functools.lru_cache(maxsize=16384)
def is_mash(word: str, threshold: float) -> bool:
    """A word of four or more letters that reads as none of the eight languages, or a
    keyboard run. Four letters and no vowel are an abbreviation ("html", "xlsx", "tldr"), which
    letter statistics cannot judge: only a run makes them mash ("sdfg")."""
    if keyboard_run_fraction(word) >= 0.8:
        return True
    if len(word) <= 4 and VOWELS.isdisjoint(word.casefold()):
        return False
    score = plausibility(word)
    return score is not None and score < threshold


@functools.lru_cache(maxsize=16384)
def is_keyboard_mash(word: str, threshold: float) -> bool:
    """A word of any Latin letters mashed on some keyboard: a run along a row ("ertzu",
    "wxcvb"), five or more home-row keys that read as no word ("jklöä", "ąjłłhk"), or a
    word of Polish AltGr letters ("łąśćż")."""
    word = word.lower()
    if keyboard_run_fraction(word) >= 0.8:
        return True
    if len(word) < 5:
        return False
    if sum(not c.isascii() for c in word) >= 0.8 * len(word):
        return True
    keys = word.translate(ALTGR)
    if not any(set(keys) <= home for home in HOME_ROWS):
        return False
    score = plausibility(word)
    # Home-row words read as words ("salsa", "glass", "łaska"); mashing does not.
    return score is not None and score < threshold + 1.0


def is_mashed_text(text: str, threshold: float) -> bool:
    """A whole turn of short mashed chunks with spaces ("asdf jkl; asdf", "sdf gh jkl"):
    its letters, spaces removed, are one keyboard run or home-row mashing (on any layout),
    and its words read as no language."""
    lowered = text.lower().translate(ALTGR)
    letters = "".join(c for c in lowered if c in KEYS and not c.isdigit())
    if len(letters) < 6 or len(letters) < 0.7 * len(text.replace(" ", "")):
        return False
    home = max(sum(c in row for c in letters) for row in HOME_ROWS) / len(letters)
    runs = keyboard_run_fraction(letters)
    # The keys first: they rule out most prose without reading it in eight languages.
    score = plausibility(text) if runs >= 0.6 or home >= 0.9 else None
    if score is None:
        return False
    if runs >= 0.6 and score < threshold + 1.5:
        return True
    # Home-row mashing: "a glass flask" is home row too, but reads as English (-2.4 per
    # trigram), as three to five short home-row words of the eight languages mostly do
    # ("jagd glas ass sag" -2.5; 61% above -2.9); chunks of two to four mashed letters score
    # below -2.9, or hold a ";".
    chunks = text.split()
    mashed_chunks = len(chunks) >= 3 and (
        re.search(r"[a-z];|;[a-z]", lowered) is not None
        or (score < threshold + 1.5 and max(len(c) for c in chunks) <= 4)
    )
    return home >= 0.9 and (score < threshold + 1.0 or mashed_chunks)


def train() -> dict[str, dict[str, float]]:
    """A trigram table per language from wordfreq's lists (add-half smoothed)."""
    return {language: _train_language(language) for language in LETTERS}


def _train_language(language: str) -> dict[str, float]:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict(language)
    letters = frozenset(string.ascii_lowercase + LETTERS[language])
    counts: dict[str, float] = defaultdict(float)
    for entry in wordfreq.top_n_list(language, TRAINING_WORDS):
        for word in WORD.findall(entry.casefold()):
            # Names and loans in other letters ("erdoğan" among English words) are left out.
            if letters.issuperset(word):
                for trigram in _trigrams(word):
                    counts[trigram] += frequencies[entry] * 1e6
    contexts: dict[str, float] = defaultdict(float)
    for trigram, count in counts.items():
        contexts[trigram[:2]] += count
    # Each letter, and the word's end, may follow a context.
    outcomes = len(letters) + 1
    # An unseen trigram scores as one after a context of average frequency; a seen one never
    # scores lower.
    mean_context = sum(contexts.values()) / len(contexts)
    floor = math.log(SMOOTHING / (mean_context + SMOOTHING * outcomes))
    table = {"__floor__": round(floor, 1)}
    for trigram, count in sorted(counts.items()):
        log_probability = math.log(
            (count + SMOOTHING) / (contexts[trigram[:2]] + SMOOTHING * outcomes)
        )
        if log_probability > floor:
            table[trigram] = round(log_probability, 1)
    return table


if __name__ == "__main__":
    MODEL_PATH.write_text(json.dumps(train(), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {MODEL_PATH}")
