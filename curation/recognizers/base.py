"""What the recognizers share: a recognizer of named regex rules, and small patterns compiled once."""

import math
import re
from collections import Counter
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    score: float
    # Which regex group is the sensitive value (0: the whole match).
    group: int = 0


class RegexGroupRecognizer(EntityRecognizer):
    """Like Presidio's PatternRecognizer, but the finding can be one group of the match,
    so "password: hunter2" redacts only "hunter2"."""

    rules: tuple[Rule, ...] = ()
    entity = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.entity], name=type(self).__name__)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for rule in self.rules:
            for match in rule.pattern.finditer(text):
                start, end = match.span(rule.group)
                if start < end and self.accept(match.group(rule.group), rule):
                    results.append(RecognizerResult(self.entity, start, end, rule.score))
        return results

    def accept(self, value: str, rule: Rule) -> bool:
        return True


def shannon_entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Letters of the Latin alphabets, as regex class contents: Latin-1, Extended-A and -B (Romanian
# "ș", "ț", Azerbaijani "Ə"), the IPA block's "ə" and Extended Additional (Vietnamese "ọ",
# "ễ"), split by case so that a lower-case "ł" or "ș" does not start a capitalised word.
_LATIN_BLOCKS = (*range(0x100, 0x2B0), *range(0x1E00, 0x1F00))
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, _LATIN_BLOCKS) if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, _LATIN_BLOCKS) if c.islower())
_LETTER = _UPPER + _LOWER

# Helpers compiled once: a pattern passed to re.* as a string is looked up in re's cache, and
# that cache is FIFO with 512 entries, which the scrubber's per-conversation patterns churn.
_NON_DIGITS = re.compile(r"\D")


_DIGIT = re.compile(r"\d")


_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


_WORD_OR_NUMBER = re.compile(r"[^\W\d_][\w'’\-]*|\d+")


_LETTERS = re.compile(r"[^\W\d_]+")


_NON_SPACE = re.compile(r"\S+")


_INITIAL = re.compile(r"\w\.")


_LAST_WORD = re.compile(r"(\S+)\s+$")


_URL_PARTS = re.compile(r"[/?#]")
