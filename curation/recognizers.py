"""Recognizers chat logs need beyond Presidio's defaults.

Secrets by well-known prefixes and shapes, passwords given in text, street addresses, URLs
that carry personal tokens, and person names from conversational context ("I'm …", "ask
for …", "Dear …", signatures), including names written in lower case.
"""

import functools
import importlib
import math
import re
from collections import Counter
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.lang.en.stop_words import STOP_WORDS


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


class SecretRecognizer(RegexGroupRecognizer):
    """API keys, access tokens, private keys and passwords written into a chat."""

    entity = "SECRET"
    rules = (
        Rule(
            "private key",
            _rx(
                r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"
            ),
            1.0,
        ),
        Rule(
            "openai/anthropic",
            _rx(r"\bsk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_\-]{20,}"),
            0.95,
        ),
        Rule("stripe", _rx(r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"), 0.95),
        Rule("assay key", _rx(r"\b(?:sk|pk)_[A-Za-z0-9_\-]{32,}"), 0.9),
        Rule("github", _rx(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"), 0.95),
        Rule("gitlab", _rx(r"\bglpat-[A-Za-z0-9_\-]{20,}"), 0.95),
        Rule("slack token", _rx(r"\bxox[abposre]-[A-Za-z0-9\-]{10,}"), 0.95),
        Rule("slack webhook", _rx(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"), 0.95),
        Rule("aws access key", _rx(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b"), 0.95),
        Rule("google api key", _rx(r"\bAIza[0-9A-Za-z_\-]{35}"), 0.95),
        Rule("huggingface", _rx(r"\bhf_[A-Za-z0-9]{30,}"), 0.95),
        Rule("npm", _rx(r"\bnpm_[A-Za-z0-9]{36}"), 0.95),
        Rule("sendgrid", _rx(r"\bSG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"), 0.95),
        Rule("twilio", _rx(r"\b(?:SK|AC)[0-9a-f]{32}\b"), 0.9),
        Rule(
            "jwt", _rx(r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"), 0.95
        ),
        Rule("bearer", _rx(r"(?i)\bbearer\s+([A-Za-z0-9._~+/\-]{16,}=*)"), 0.9, group=1),
        # The scheme is bounded: unbounded, every start inside a long word rescanned to its end.
        Rule(
            "basic auth in url",
            _rx(r"\b[a-z][a-z0-9+.\-]{0,31}://[^\s/:@]+:([^\s/@]+)@"),
            0.9,
            group=1,
        ),
        Rule(
            "password in text",
            _rx(
                r"(?i)\b(?:password|passwd|passphrase|pwd|passcode|pin(?: code)?)\b"
                r"(?:\s+(?:is|was|=|:|to|of))?\s*[:=]?\s*[\"'`]?([^\s\"'`,;]{4,})"
            ),
            0.85,
            group=1,
        ),
        Rule(
            "high-entropy value in key/token context",
            _rx(
                r"(?i)\b(?:api[_\s-]?key|secret|token|credential|auth|key|access[_\s-]?key)\b"
                r"[^\n]{0,30}?[\"'`=:\s]([A-Za-z0-9+/_\-]{20,}={0,2})"
            ),
            0.8,
            group=1,
        ),
    )

    def accept(self, value: str, rule: Rule) -> bool:
        if rule.name == "password in text":
            # "password is incorrect", "password reset": words, not passwords.
            return (value.lower() not in COMMON_WORDS and not value.isalpha()) or len(value) >= 12
        if rule.name == "high-entropy value in key/token context":
            has_digit = any(c.isdigit() for c in value)
            has_alpha = any(c.isalpha() for c in value)
            return has_digit and has_alpha and shannon_entropy(value) >= 3.5
        return True


# Street suffixes from USPS Publication 28 (C1), with the common abbreviations, plus British ones.
def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


class CardNumberRecognizer(RegexGroupRecognizer):
    """Card numbers in every issuer range (Presidio's misses Mastercard's 2-series),
    validated by the Luhn checksum."""

    entity = "CREDIT_CARD"
    rules = (Rule("luhn", _rx(r"(?<![\d-])[2-6](?:[ -]?\d){12,18}(?![\d-])"), 0.9),)

    def accept(self, value: str, rule: Rule) -> bool:
        digits = re.sub(r"\D", "", value)
        return 13 <= len(digits) <= 19 and luhn_valid(digits)


class PhoneShapeRecognizer(RegexGroupRecognizer):
    """Phone numbers by shape, for numbers libphonenumber calls invalid (unassigned area codes,
    fictional ranges) but that still identify someone when real."""

    entity = "PHONE_NUMBER"
    rules = (
        Rule("international", _rx(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?){2,5}(?!\w)"), 0.6),
        Rule("north american", _rx(r"(?<![\w+])\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?!\w)"), 0.5),
    )

    def accept(self, value: str, rule: Rule) -> bool:
        return 8 <= len(re.sub(r"\D", "", value)) <= 15


_STREET_SUFFIX = (
    r"(?:alley|annex|arcade|avenue|ave|bayou|beach|bend|bluffs?|bottom|boulevard|blvd|branch|"
    r"bridge|brooks?|burgs?|bypass|camp|canyon|cape|causeway|centers?|circles?|cir|cliffs?|club|"
    r"commons?|corners?|course|courts?|ct|coves?|creek|crescent|crest|crossing|crossroad|curve|"
    r"dale|dam|divide|drives?|dr|estates?|expressway|extensions?|falls?|ferry|fields?|flats?|"
    r"fords?|forest|forges?|forks?|fort|freeway|gardens?|gateway|glens?|greens?|groves?|"
    r"harbors?|haven|heights|highway|hwy|hills?|hollow|inlet|islands?|isle|junctions?|keys?|"
    r"knolls?|lakes?|land|landing|lane|ln|lights?|loaf|locks?|lodge|loop|mall|manors?|"
    r"meadows?|mews|mills?|mission|motorway|mount|mountains?|neck|orchard|oval|overpass|parks?|"
    r"parkways?|pkwy|pass|passage|path|pike|pines?|place|pl|plains?|plaza|points?|ports?|"
    r"prairie|radial|ramp|ranch|rapids?|rest|ridges?|river|roads?|rd|route|row|rue|run|"
    r"shoals?|shores?|skyway|springs?|spurs?|squares?|sq|station|stravenue|stream|streets?|st|"
    r"summit|terrace|throughway|trace|track|trafficway|trail|trailer|tunnel|turnpike|"
    r"underpass|unions?|valleys?|viaduct|views?|villages?|ville|vista|walks?|wall|ways?|"
    r"wells?|close|broadway)"
)
_UNIT = r"(?:,?\s*(?:apt|apartment|suite|ste|unit|flat|floor|fl|#)\.?\s*[A-Za-z0-9\-]+)?"
# Words that say an address follows, for addresses written in lower case.
_ADDRESS_CUE = r"(?:live|living|lives|address|ship|shipped|deliver|delivered|send|sent|mail|went|located|moved|stay|staying|at|to)\b[^.\n\d]{0,20}?"
_CITY_STATE_ZIP = (
    r"(?:,\s*[A-Z][A-Za-z\-']+(?:\s[A-Z][A-Za-z\-']+){0,2})?"  # , Springfield
    r"(?:,?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"  # , IL 62704
    r"(?:,?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?"  # , SW1A 1AA
)


class StreetAddressRecognizer(RegexGroupRecognizer):
    entity = "STREET_ADDRESS"
    rules = (
        Rule(
            "number Street Name suffix",
            _rx(
                rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:[A-Z][A-Za-z'\.\-]*\s+){{1,4}}(?i:{_STREET_SUFFIX})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?i:{_UNIT}){_CITY_STATE_ZIP}"
            ),
            0.8,
        ),
        Rule(
            "lower-case address after an address word",
            _rx(
                rf"(?i:{_ADDRESS_CUE})(\b\d{{1,6}}[A-Za-z]?\s+(?:[A-Za-z][A-Za-z'\.\-]*\s+){{1,4}}(?i:{_STREET_SUFFIX})\b\.?(?i:{_UNIT}))"
            ),
            0.7,
            group=1,
        ),
        Rule(
            "street word number (continental)",
            _rx(
                r"\b(?:[A-ZÀ-Ý][\w\-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|markt|laan|straat|gatan|vägen)|"
                r"(?:rue|avenue|boulevard|calle|carrer|via|viale|avenida|rua|praça|plaza|paseo)"
                r"(?:\s+(?:de|del|de la|des|du|da|do|della|dei|di|los|las))?(?:\s+[A-ZÀ-Ý][\w\-']*){1,3})"
                r"\s+\d{1,5}[a-z]?\b(?:,\s*\d{4,5}\s+[A-ZÀ-Ý][\w\-]+)?",
                re.IGNORECASE,
            ),
            0.75,
        ),
        Rule(
            "number rue/calle name (french/spanish order)",
            _rx(
                r"\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|calle|avenida|rua|chemin|allée|impasse|place)"
                r"(?:\s+(?:de|del|de la|des|du|da|do|la|le|les))?(?:\s+[A-ZÀ-Ý][\w\-']*){1,3}"
                r"(?:,\s*\d{4,5}\s+[A-ZÀ-Ý][\w\-]+)?",
                re.IGNORECASE,
            ),
            0.8,
        ),
        Rule("uk postcode", _rx(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"), 0.6),
        Rule("po box", _rx(r"(?i)\bP\.?\s?O\.?\s+Box\s+\d+\b"), 0.7),
    )


class TokenUrlRecognizer(RegexGroupRecognizer):
    """URLs carrying a personal token: magic links, signed links, reset links, ?email=…"""

    entity = "URL_TOKEN"
    rules = (
        Rule(
            "token query parameter",
            _rx(
                r"(?i)\bhttps?://[^\s<>\"']*?[?&#](?:token|access_token|id_token|api_key|apikey|key|"
                r"sig|signature|code|session|sessionid|sid|auth|password|pwd|email|e|user|uid|"
                r"invite|reset|otp|x-amz-signature|x-amz-credential)=[^\s<>\"']+"
            ),
            0.85,
        ),
        Rule(
            "long random path segment",
            _rx(
                r"\bhttps?://[^\s<>\"'/]+/(?:[^\s<>\"']*/)?([A-Za-z0-9_\-]{32,})(?=[/?#\s<>\"']|$)"
            ),
            0.7,
            group=0,
        ),
    )

    def accept(self, value: str, rule: Rule) -> bool:
        if rule.name == "long random path segment":
            segment = re.split(r"[/?#]", value.rstrip("/"))
            longest = max(segment, key=len)
            return shannon_entropy(longest) >= 3.8 and any(c.isdigit() for c in longest)
        return True


def _latin_first_names() -> frozenset[str]:
    """First names from Faker's locales in Latin script, lower-cased."""
    names: set[str] = set()
    for locale in (
        "en_US", "en_GB", "en_IN", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL",
        "pl_PL", "tr_TR", "sv_SE", "ga_IE", "id_ID", "da_DK", "fi_FI", "cs_CZ", "ro_RO",
    ):  # fmt: skip
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(provider, attribute, ()):
                if name.isascii() or all(c.isalpha() or c in "-' " for c in name):
                    names.add(name.casefold())
    return frozenset(names)


FIRST_NAMES = _latin_first_names()


@functools.cache
def _common_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider as Lorem

    extra = """
    sorry happy glad fine good great okay ok sure back here there done ready new trying looking
    working going getting using building running writing asking wondering stuck confused lost
    just not also still very really so too currently afraid able unable interested curious sure
    the team support admin user customer developer engineer student manager hi hello hey thanks
    thank cheers regards best dear all everyone guys folks sir madam mr mrs ms dr yes no please
    python java javascript rust react django excel google chrome windows linux mac ios android
    i'm i’m im i've i'd i'll it's its that's what's let's there's here's who's don't can't
    compare explain write convert translate summarize summarise describe list show tell give
    make create generate find fix help draft schedule calculate define check review rewrite
    suggest recommend plan build design debug optimize refactor implement solve did does is are
    can could would should will how what why when where which who whose whom
    yesterday today tomorrow tonight morning evening afternoon night week month year soon later
    """
    words = set(STOP_WORDS) | {w.casefold() for w in Lorem.word_list} | set(extra.split())
    return frozenset(words)


COMMON_WORDS = _common_words()

_NAME_TOKEN = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*"
_NAME = rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
_CUES = (
    r"my name is|my name's|name is|i am|i'm|im|this is|call me|it's me|its me|ask for|ask|"
    r"speak to|speak with|talk to|talk with|cc|emailed|dear|hi|hello|hey|"
    r"thanks|thank you|thx|cheers|regards|best regards|kind regards|best|sincerely|yours|"
    r"signed|colleague|manager|boss|wife|husband|son|daughter|friend|mom|dad|"
    r"mother|father|brother|sister|neighbour|neighbor|landlord|doctor|dr\.?|mr\.?|mrs\.?|ms\.?|"
    r"named|called"
)
# Cues that often precede other things too ("to Paris", "with Python"): only a known first
# name or two capitalised words count after them.
_WEAK_CUES = r"to|with|for|from|and|cc|by|emailed|forward|introduce|meet|met|invite|tell|told"


class ContextNameRecognizer(EntityRecognizer):
    """Person names the NER model misses, found by the words around them.

    After a cue ("I'm", "ask for", "Dear", "Thanks,", "my colleague"), a run of one to three
    name-like words is a name if it starts with a known first name (any case) or is
    capitalised and not a common English word. A short capitalised line closing a message
    ("— Priya", "Regards,\\nTom Becker") is a signature.
    """

    # Only the cue is consumed, so cues can follow each other ("Hi, my name is …").
    CUE = re.compile(rf"(?i)(?<![\w'])(?:(?P<strong>{_CUES})|(?P<weak>{_WEAK_CUES}))[,:]?\s+")
    NAME = re.compile(_NAME)
    SIGNATURE = re.compile(rf"(?m)^(?:[-–—~]+\s*)?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s*$")

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ContextNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        # A single word after a weak cue that the model calls a place or an organisation
        # ("to Paris", "for Jordan") is not a name, however much it looks like one.
        others = [
            (entity.start_char, entity.end_char)
            for entity in (nlp_artifacts.entities if nlp_artifacts else [])
            if entity.label_ != "PERSON"
        ]
        for cue in self.CUE.finditer(text):
            match = self.NAME.match(text, cue.end())
            weak = cue.group("weak") is not None
            span = match and self._name_span(text, match.start(1), match.group(1), weak=weak)
            single_word = span and " " not in text[span[0] : span[1]].strip()
            if (
                span
                and weak
                and single_word
                and any(s < span[1] and span[0] < e for s, e in others)
            ):
                continue
            if span:
                results.append(RecognizerResult("PERSON", span[0], span[1], 0.7))
        lines = text.rstrip().splitlines()
        if len(lines) >= 2:
            last = lines[-1]
            match = self.SIGNATURE.match(last)
            if match and self._name_span(last, match.start(1), match.group(1)):
                start = len(text.rstrip()) - len(last) + match.start(1)
                results.append(RecognizerResult("PERSON", start, start + len(match.group(1)), 0.6))
        return results

    @staticmethod
    def _name_span(
        text: str, start: int, candidate: str, *, weak: bool = False
    ) -> tuple[int, int] | None:
        """Keep the leading words that read as a name; None if the first does not."""
        end = start
        first_is_known = all_known_so_far = False
        words = 0
        for index, word in enumerate(re.finditer(r"\S+", candidate)):
            token = word.group()
            bare = token.strip("'’-").casefold()
            if bare in COMMON_WORDS or len(bare) < 2:
                break
            # Acronyms (CSS, TCP, AWS) are not names.
            if len(bare) > 1 and token.isupper():
                break
            capitalised = token[:1].isupper()
            if index == 0:
                first_is_known = all_known_so_far = bare in FIRST_NAMES
                if not (first_is_known or capitalised):
                    return None
            # After known first names a lower-case word may follow ("priya sharma", "ana júlia
            # fonseca"), but only one unknown one: "jerzy hapka yesterday".
            elif not (capitalised or all_known_so_far):
                break
            all_known_so_far = all_known_so_far and bare in FIRST_NAMES
            end = start + word.end()
            words += 1
        if weak and not (first_is_known or words >= 2):
            return None
        return (start, end) if end > start else None


class NerPersonRecognizer(SpacyRecognizer):
    """spaCy's PERSON spans, without the small model's usual mistakes on chat text.

    A one-word span must be a known first name (the small model calls "Easter", "Java" and
    "Kubernetes" people); a span with digits ("Convert 424 km") or made only of common words
    is not a name.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"])

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            words = list(re.finditer(r"[^\W\d_][\w'’\-]*|\d+", text[result.start : result.end]))
            if not words or any(w.group().isdigit() for w in words):
                continue
            # Trim common words the model pulled in ("Explain Kubernetes", "Compare Oracle").
            while words and words[0].group().casefold() in COMMON_WORDS:
                words.pop(0)
            while words and words[-1].group().casefold() in COMMON_WORDS:
                words.pop()
            if not words or any(w.group().isupper() and len(w.group()) > 1 for w in words):
                continue
            if len(words) == 1 and words[0].group().casefold() not in FIRST_NAMES:
                continue
            start, end = result.start + words[0].start(), result.start + words[-1].end()
            kept.append(RecognizerResult("PERSON", start, end, result.score))
        return kept
