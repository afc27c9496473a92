"""Language detection (lingua, offline, restricted to what a project needs) and the shipped
profanity list."""

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

PROFANITY = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(word)
        for line in (Path(__file__).parent / "data" / "profanity.txt").read_text().splitlines()
        if not line.startswith("#")
        for word in line.split()
    )
    + r")\b"
)

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
