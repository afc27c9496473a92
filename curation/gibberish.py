"""Character-bigram plausibility: the classic keyboard-mash detector, and the keyboards.

The model is a table of log-probabilities of one letter following another (with word
boundaries), trained on English prose: the docstrings of Python's standard library, which every
install has. `python -m curation.gibberish` retrains it into curation/data/bigrams.json. It
judges ASCII words only: Polish and Dutch words score near its threshold already ("wyłącza",
"mijn"). Mashing in other languages is found on the keyboard instead: runs along a row and
home-row mashing on QWERTY, QWERTZ and AZERTY, Polish letters on their AltGr keys.
"""

import functools
import itertools
import json
import math
import re
from collections import Counter
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "bigrams.json"
ALPHABET = "abcdefghijklmnopqrstuvwxyz "
WORD = re.compile(r"[a-z]+")
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
def _model() -> dict[str, float]:
    return dict(json.loads(MODEL_PATH.read_text()))


def _bigrams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


def plausibility(text: str) -> float | None:
    """Mean log-probability per letter pair of the text's words; None with no words to judge."""
    model = _model()
    floor = model["__floor__"]
    pairs = [pair for word in WORD.findall(text.lower()) for pair in _bigrams(word)]
    if not pairs:
        return None
    return sum(model.get(pair, floor) for pair in pairs) / len(pairs)


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
    """A word of four or more letters that is implausible English or a keyboard run."""
    score = plausibility(word)
    return (score is not None and score < threshold) or keyboard_run_fraction(word) >= 0.8


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
    score = plausibility(keys.replace("ö", "o").replace("ä", "a").replace("ù", "u"))
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
    score = plausibility(lowered.replace("ö", "o").replace("ä", "a").replace("ü", "u"))
    if score is None:
        return False
    home = max(sum(c in row for c in letters) for row in HOME_ROWS) / len(letters)
    runs = keyboard_run_fraction(letters)
    if runs >= 0.6 and score < threshold + 1.5:
        return True
    # Home-row mashing: "a glass flask" is home row too, but reads as English (about -2.6 to
    # -2.9 per letter pair); chunks of two to four mashed letters score below -2.8, or hold a
    # ";".
    chunks = text.split()
    mashed_chunks = len(chunks) >= 3 and (
        re.search(r"[a-z];|;[a-z]", lowered) is not None
        or (score < threshold + 2.0 and max(len(c) for c in chunks) <= 4)
    )
    return home >= 0.9 and (score < threshold + 1.0 or mashed_chunks)


def train() -> dict[str, float]:
    """Count letter pairs in the standard library's docstrings (add-one smoothed)."""
    import pkgutil
    import pydoc
    import warnings

    counts: Counter[str] = Counter()
    warnings.simplefilter("ignore")
    for module in sorted(m.name for m in pkgutil.iter_modules() if not m.name.startswith("_")):
        if module in ("antigravity", "this", "idlelib", "turtledemo", "tkinter", "test"):
            continue
        try:
            text = pydoc.getdoc(__import__(module))
        except Exception:
            continue
        for word in WORD.findall(text.lower()):
            counts.update(_bigrams(word))
    firsts: Counter[str] = Counter()
    for pair, count in counts.items():
        firsts[pair[0]] += count
    model = {
        a + b: math.log((counts[a + b] + 1) / (firsts[a] + len(ALPHABET)))
        for a in ALPHABET
        for b in ALPHABET
        if counts[a + b]
    }
    model["__floor__"] = math.log(1 / (max(firsts.values()) + len(ALPHABET)))
    return dict(sorted(model.items()))


if __name__ == "__main__":
    MODEL_PATH.write_text(json.dumps(train(), indent=0) + "\n")
    print(f"wrote {MODEL_PATH}")
