"""Language detection (lingua, offline, restricted to what a project needs) and the word lists
the filters read in eight languages (en, de, fr, es, it, nl, pl, pt): swearing, what rants are
made of, filler turns, self-promotion, the words of a request or a question, and function words
(spaCy's stop-word lists). The lists are in curation/data, one file each."""

import functools
import importlib.util
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from lingua import LanguageDetector

T = TypeVar("T")
DATA = Path(__file__).parent / "data"
FUNCTION_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")


def _entries(name: str) -> list[str]:
    """A word list in curation/data: comma-separated entries, "#" lines are comments."""
    return [
        entry.strip()
        for line in (DATA / name).read_text().splitlines()
        if line.strip() and not line.startswith("#")
        for entry in line.split(",")
        if entry.strip()
    ]


TOKEN = re.compile(r"[^\W_]+")

# Caches keyed on text hold only texts this short: a cache of whole turns (up to 100,000
# characters each) would take gigabytes in a worker and keep user text past its sample.
SHORT = 64


def short_cache(function: Callable[[str], T]) -> Callable[[str], T]:
    """Memoise function for texts of at most SHORT characters (filler, one-word turns, list
    entries: the repeated ones); longer texts are computed each time and never kept."""
    cached = functools.lru_cache(maxsize=4096)(function)

    @functools.wraps(function)
    def wrapper(text: str) -> T:
        return cached(text) if len(text) <= SHORT else function(text)

    wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper


@short_cache
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case runs of letters and digits: "Suivez-moi sur @x!" is suivez, moi, sur, x."""
    return tuple(TOKEN.findall(text.casefold().replace("ß", "ss")))


@dataclass(frozen=True)
class WordList:
    """Words, phrases and "stem*" entries of one list, matched on a text's tokens.

    A set lookup per token instead of one regular expression of a thousand alternatives,
    which took 80 µs a sample.
    """

    words: frozenset[str]
    stems: tuple[str, ...]
    # First token of a phrase -> the phrases (as token tuples) it starts.
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def load(cls, name: str) -> "WordList":
        words: set[str] = set()
        stems: list[str] = []
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for entry in _entries(name):
            parts = tokens(entry.rstrip("*"))
            if entry.endswith("*"):
                stems.append(parts[0])
            elif len(parts) == 1:
                words.add(parts[0])
            elif parts:
                phrases.setdefault(parts[0], []).append(parts)
        return cls(
            frozenset(words),
            tuple(stems),
            {first: tuple(sorted(p, key=len, reverse=True)) for first, p in phrases.items()},
        )

    def spans(self, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) token positions of each entry found, longest phrase first."""
        found = []
        i = 0
        while i < len(words):
            word = words[i]
            end = 0
            for phrase in self.phrases.get(word, ()):
                if words[i : i + len(phrase)] == phrase:
                    end = i + len(phrase)
                    break
            if not end and (word in self.words or (self.stems and word.startswith(self.stems))):
                end = i + 1
            if end:
                found.append((i, end))
                i = end
            else:
                i += 1
        return found

    def count(self, text: str) -> int:
        return len(self.spans(tokens(text)))

    def distinct(self, text: str) -> int:
        """How many different entries the text holds: "promo code ... the promo code" is one."""
        words = tokens(text)
        return len({words[start:end] for start, end in self.spans(words)})

    def search(self, text: str) -> bool:
        return bool(self.spans(tokens(text)))


PROFANITY = WordList.load("profanity.txt")
INSULTS = WordList.load("insults.txt")
RANT_WORDS = WordList.load("rant_words.txt")
PROMOTION_WORDS = WordList.load("promotion.txt")
BAIT_WORDS = WordList.load("bait.txt")
REQUEST_WORDS = WordList.load("requests.txt")
QUESTION_WORDS = WordList.load("question_words.txt")
TASK_WORDS = WordList.load("tasks.txt")

HELD = re.compile(r"(.)\1{2,}")


@short_cache
def filler_key(text: str) -> str:
    """A turn as the filler list is matched: words only, lower case, held letters let go
    ("Okkk 👍" is "ok", "test 123" is "test"), a word said twice in a row said once."""
    words = tokens(HELD.sub(r"\1", unicodedata.normalize("NFKC", text)))
    if any(not word.isdigit() for word in words):
        words = tuple(word for word in words if not word.isdigit())
    return " ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])


FILLERS = frozenset(filler_key(entry) for entry in _entries("fillers.txt"))


@functools.cache
def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of one language, as its list writes them.

    The language's stop_words.py is loaded on its own, without importing spacy: importing
    spacy.lang.fr builds its tokenizer exceptions (4 s at start-up); these files take 0.1 s.
    """
    spec = importlib.util.find_spec("spacy")
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin).parent / "lang" / code / "stop_words.py"
    module_spec = importlib.util.spec_from_file_location(f"_assay_stop_words_{code}", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@functools.cache
def function_words() -> frozenset[str]:
    """Stop words of the eight languages, case-folded."""
    return frozenset(w.casefold() for code in FUNCTION_WORD_LANGUAGES for w in stop_words(code))


# Languages detection may answer with, besides a project's own: a text in one of these is
# recognised as "not allowed" instead of being forced into the nearest allowed language.
COMMON = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja", "ko", "ar", "hi", "tr")

DETECT_CHARS = 1000


@functools.cache
def _detector(codes: tuple[str, ...]) -> "LanguageDetector":
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect(text: str, *, allowed: tuple[str, ...]) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and lingua's confidence; None if unsure."""
    codes = tuple(sorted(set(COMMON) | {code.lower() for code in allowed}))
    # Lingua is sure of a language long before 1,000 characters, and its time grows with the
    # text (7 s for 100,000).
    text = text[:DETECT_CHARS]
    detector = _detector(codes)
    language = detector.detect_language_of(text)
    if language is None:
        return None, 0.0
    confidence = detector.compute_language_confidence(text, language)
    return language.iso_code_639_1.name.lower(), confidence
