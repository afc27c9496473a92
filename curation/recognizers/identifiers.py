"""Identifiers with a fixed shape: e-mail addresses spelled out, secrets and passwords, card
numbers, IBANs in lower case, NHS numbers, and URLs that carry personal tokens."""

import functools
import re

import tldextract
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer, NhsRecognizer
from presidio_analyzer.predefined_recognizers.generic import iban_patterns

from curation.frequency import is_common
from curation.recognizers.base import (
    _NON_DIGITS,
    _URL_PARTS,
    RegexGroupRecognizer,
    Rule,
    _rx,
    shannon_entropy,
)
from curation.recognizers.lexicon import COMMON_WORDS, _is_name_word

# An e-mail address spelled out to keep it from spam robots: "jane dot doe at gmail dot com",
# "jane.doe [at] gmail [dot] com", "jan.kowalski(at)example.de", "ana arroba gmail punto com".
_DOT_WORD = r"(?:dot|punto|punkt|point|ponto|punt|kropka)"


# Words only an address's "@" is called; "at" is English for much else.
_AT_NAME = r"(?:arroba|arobase|chiocciola|apenstaartje|klammeraffe|małpa|malpa)"


_BRACKETED_AT = rf"[ \t]*[\[(][ \t]*(?:at|{_AT_NAME}|@)[ \t]*[\])][ \t]*"


_SPELLED_DOT = rf"(?:[ \t]*[\[(][ \t]*(?:{_DOT_WORD}|\.)[ \t]*[\])][ \t]*|[ \t]+{_DOT_WORD}[ \t]+)"


# Possessive: a label never gives back what it took, so no start backtracks through a run of
# "+" or "%" (a form-encoded URL).
_EMAIL_LABEL = r"[a-z0-9_%+\-]++"


_SPELLED_EMAIL = re.compile(
    rf"(?i)(?<![\w.@%+\-])({_EMAIL_LABEL}(?:(?:\.|{_SPELLED_DOT}){_EMAIL_LABEL}){{0,4}}"
    rf"(?:{_BRACKETED_AT}|[ \t]+(?:at|{_AT_NAME})[ \t]+|[ \t]*@[ \t]*)"
    rf"{_EMAIL_LABEL}(?:(?:\.|{_SPELLED_DOT}){_EMAIL_LABEL}){{0,3}}(?:\.|{_SPELLED_DOT})([a-z]{{2,6}}))"
    r"(?![\w@\-]|\.\w)"
)


# Or an "@" with a space beside it: "jane.doe @ gmail.com".
_SPELLED_MARK = re.compile(
    rf"(?i){_BRACKETED_AT}|(?<!\w){_AT_NAME}(?!\w)|{_SPELLED_DOT}|[ \t]@|@[ \t]"
)


_PLAIN_AT = re.compile(r"(?i)[ \t]+at[ \t]+")


_SPELLED_DOT_IN = re.compile(_SPELLED_DOT, re.IGNORECASE)


# A mailbox's own name: with a dot, an underscore or a digit ("jane.doe", "jsmith99").
_MAILBOX_SHAPE = re.compile(r"[._\d]")


@functools.cache
def _top_level(suffix: str) -> bool:
    """Whether an address can end in the suffix: the public suffix list bundled with
    tldextract, as Presidio's own e-mail recognizer checks it ("com", "de"; not "of", "txt")."""
    return tldextract.tldextract.TLD_EXTRACTOR(f"x.{suffix}").suffix == suffix


class SpelledEmailRecognizer(EntityRecognizer):
    """E-mail addresses written out so robots miss them: "jane dot doe at gmail dot com",
    "jane.doe [at] gmail [dot] com", "jan(at)example.de". Something must say it is spelled out
    (an "at" in brackets or by its name in some language, a dot spelled), and it must end in
    a top-level domain. After a plain " at ", the part before must be a mailbox's shape or no
    common word: "look at google.com", "we met at home dot com", "Shopify at the point of
    sale" are no addresses; "jane.doe at gmail.com" is."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["EMAIL_ADDRESS"], name=type(self).__name__)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in _SPELLED_EMAIL.finditer(text):
            value = match.group(1)
            if _top_level(match.group(2).casefold()) and _spelled_out(value):
                results.append(RecognizerResult("EMAIL_ADDRESS", *match.span(1), 0.8))
        return results


def _spelled_out(value: str) -> bool:
    """Whether something says the address is written out (see SpelledEmailRecognizer)."""
    plain = _PLAIN_AT.search(value)
    if plain is None or _SPELLED_MARK.search(value, 0, plain.start()):
        return bool(_SPELLED_MARK.search(value))
    # After a plain " at ": a mailbox's name, or a spelled dot after no common word.
    local = value[: plain.start()]
    if _MAILBOX_SHAPE.search(local):
        return True
    return bool(_SPELLED_DOT_IN.search(value, plain.end())) and not (
        is_common(local, 4.0) and not _is_name_word(local)
    )


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


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


class CardNumberRecognizer(RegexGroupRecognizer):
    """Card numbers in every issuer range (Presidio's misses Mastercard's 2-series),
    validated by the Luhn checksum; Maestro's 12 digits only after a card word (a tenth of
    all 12-digit numbers pass the checksum)."""

    entity = "CREDIT_CARD"
    rules = (
        # JCB's fifteen digits may start 1800.
        Rule(
            "luhn", _rx(r"(?<![\d-])(?:[2-6](?:[ -]?\d){12,18}|1800(?:[ -]?\d){11})(?![\d-])"), 0.9
        ),
        Rule(
            "12 digits after a card word",
            _rx(
                # Compounds ("Kreditkarte", "creditcard"), and what names a card: "cc",
                # "credit", "debit", its network.
                r"(?i)\b(?:\w*card|\w*karte|carte|tarjeta|carta|\w*kaart|karta|cartão|cartao|cc|"
                r"credit|debit|crédito|credito|débito|debito|maestro|visa|mastercard|amex)\b"
                r"[^\d\n]{0,20}?"
                r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])"
            ),
            0.8,
            group=1,
        ),
    )

    def accept(self, value: str, rule: Rule) -> bool:
        digits = _NON_DIGITS.sub("", value)
        return 12 <= len(digits) <= 19 and luhn_valid(digits)


# What names an NHS (or CHI, H&C) number near it.
_NHS_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?:nhs|chi|h&c|health|patient|hospital|gp|surgery|clinic|doctor|medical|"
    r"prescription|nurse|pharmacy)(?![\w])"
)


# An IBAN in lower case: a country, two check digits, then groups of letters and digits.
_LOWER_IBAN = re.compile(
    r"(?<![\w\-])([a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?)(?![\w\-])"
)


_GROUP_TAIL = re.compile(r"[ ]?[a-z0-9]{1,4}$")


def _whole_iban(candidate: str) -> bool:
    """The candidate is an IBAN of its country's pattern from end to end (Presidio's own
    check also passes it with a word after it: "ES91 … 1332 GRACIAS")."""
    compact = candidate.replace(" ", "").upper()
    pattern = iban_patterns.regex_per_country.get(compact[:2])
    return pattern is not None and re.fullmatch(pattern, compact) is not None


class LowerCaseIbanRecognizer(IbanRecognizer):
    """Presidio's IBANs (pattern and checksum), and the ones typed in lower case: "de89 3704
    0044 0532 0130 00". The checksum keeps words that look like one out; a lower-case match
    is shortened group by group from its end until it passes ("es91 … 1332 gracias")."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # Presidio annotates both without None, and defaults both to None.
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)  # type: ignore[arg-type]
        name: str = self.name  # type: ignore[has-type]  # Presidio's, unannotated
        for match in _LOWER_IBAN.finditer(text):
            start, candidate = match.start(1), match.group(1)
            if not any(c.islower() for c in candidate):
                continue
            while len(candidate.replace(" ", "")) >= 15:
                if _whole_iban(candidate) and self.validate_result(candidate.upper()):
                    results.append(
                        RecognizerResult(
                            "IBAN_CODE",
                            start,
                            start + len(candidate),
                            1.0,
                            # Presidio's context step adds its supporting words here.
                            analysis_explanation=AnalysisExplanation(name, 1.0),
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            },
                        )
                    )
                    break
                candidate = _GROUP_TAIL.sub("", candidate)
        return results


class NhsNumberRecognizer(NhsRecognizer):
    """NHS numbers: ten digits with the mod-11 check digit, printed in groups of 3, 3 and 4
    ("943 476 5919") or with a health word near them ("NHS no 9434765919"). One run of ten
    digits alone is as often a Unix time, an id or an invoice number, and one in eleven of
    those passes the check ("convierte el timestamp 1704067200 a fecha")."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        return [
            result
            for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not text[result.start : result.end].isdigit()
            # England and Wales issue 400… to 499… and 600… to 799… (a Unix time is 17…).
            or text[result.start] in "467"
            or _NHS_CONTEXT.search(text, max(0, result.start - 60), result.end + 30)
        ]


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
            segment = _URL_PARTS.split(value.rstrip("/"))
            longest = max(segment, key=len)
            return shannon_entropy(longest) >= 3.8 and any(c.isdigit() for c in longest)
        return True
