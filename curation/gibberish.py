"""Character-bigram plausibility: the classic keyboard-mash detector.

The model is a table of log-probabilities of one letter following another (with word
boundaries), trained on English prose: the docstrings of Python's standard library, which every
install has. `python -m curation.gibberish` retrains it into curation/data/bigrams.json.
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


def keyboard_run_fraction(text: str) -> float:
    """Share of letters in runs of 4+ neighbouring keys in one direction ("asdf", "poiu").

    One direction only, so "were" (w-e-r-e) is not a run.
    """
    keys = [_position(c) for c in re.sub(r"[^a-z0-9]", "", text.lower())]
    if not keys:
        return 0.0
    in_runs = 0
    run, step = 1, 0
    for previous, current in itertools.pairwise(keys):
        delta = (
            current[1] - previous[1] if previous and current and previous[0] == current[0] else 0
        )
        if abs(delta) == 1 and (run == 1 or delta == step):
            run, step = run + 1, delta
        else:
            in_runs += run if run >= 4 else 0
            run, step = (2, delta) if abs(delta) == 1 else (1, 0)
    in_runs += run if run >= 4 else 0
    return in_runs / len(keys)


def _position(char: str) -> tuple[int, int] | None:
    for row, keys in enumerate(KEYBOARD_ROWS):
        if char in keys:
            return row, keys.index(char)
    return None


def is_mash(word: str, threshold: float) -> bool:
    """A word of four or more letters that is implausible English or a keyboard run."""
    score = plausibility(word)
    return (score is not None and score < threshold) or keyboard_run_fraction(word) >= 0.8


HOME_ROW = set("asdfghjkl;")


def is_mashed_text(text: str, threshold: float) -> bool:
    """A whole turn of short mashed chunks with spaces ("asdf jkl; asdf", "sdf gh jkl"):
    its letters, spaces removed, are one keyboard run or home-row mashing, and its words read
    as no language."""
    letters = re.sub(r"[^a-z;]", "", text.lower())
    if len(letters) < 6 or len(letters) < 0.7 * len(text.replace(" ", "")):
        return False
    score = plausibility(text)
    if score is None:
        return False
    home = sum(c in HOME_ROW for c in letters) / len(letters)
    runs = keyboard_run_fraction(letters)
    if runs >= 0.6 and score < threshold + 1.5:
        return True
    # Home-row mashing: "a glass flask" is home row too, but reads as English (about -2.6 to
    # -2.9 per letter pair); chunks of two to four mashed letters score below -2.8, or hold a
    # ";".
    chunks = text.split()
    mashed_chunks = len(chunks) >= 3 and (
        re.search(r"[a-z];|;[a-z]", text.lower()) is not None
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
