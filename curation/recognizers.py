"""Recognizers chat logs need beyond Presidio's defaults.

Secrets by well-known prefixes and shapes, passwords given in text, street addresses, URLs
that carry personal tokens, and person names from conversational context ("I'm …", "ask
for …", "Dear …", signatures), including names written in lower case.
"""

import bisect
import functools
import importlib
import importlib.resources
import importlib.util
import itertools
import math
import pkgutil
import re
import string
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import phonenumbers
import tldextract
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer, NhsRecognizer, SpacyRecognizer
from presidio_analyzer.predefined_recognizers.generic import iban_patterns
from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common
from curation.language import stop_words


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


# Street suffixes from USPS Publication 28 (C1), with the common abbreviations, plus British ones.
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
        Rule("luhn", _rx(r"(?<![\d-])[2-6](?:[ -]?\d){12,18}(?![\d-])"), 0.9),
        Rule(
            "12 digits after a card word",
            _rx(
                r"(?i)\b(?:card|karte|carte|tarjeta|carta|kaart|karta|cartão)\b[^\d\n]{0,20}?"
                r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])"
            ),
            0.8,
            group=1,
        ),
    )

    def accept(self, value: str, rule: Rule) -> bool:
        digits = _NON_DIGITS.sub("", value)
        return 12 <= len(digits) <= 19 and luhn_valid(digits)


# Regions a number written without a country code may belong to: Europe, the Americas and the
# other places support desks commonly serve. A project narrows or widens it (pii.phone_regions).
DEFAULT_PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "LI", "FR", "BE", "LU", "MC", "NL", "ES", "PT",
    "IT", "MT", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "DK", "SE", "NO",
    "FI", "IS", "EE", "LV", "LT", "UA", "TR", "IL", "AE", "ZA", "NG", "KE", "IN", "SG", "AU",
    "NZ", "BR", "MX", "AR", "CL", "CO", "PE", "GL",
)  # fmt: skip
# Words that say a phone number follows, in the languages Assay expects. Matched as the start of
# a word, so compounds count too ("Telefonnummer", "Handy", "telemóvel").
_PHONE_CUES = (
    r"call|calling|ring|phone|tel|telephone|mobile|mob|cell|whatsapp|signal|sms|text|texting|"
    r"voicemail|voice mail|answer(?:s|ing)?[ \t]+(?:at|on)(?!\w)|"
    r"fax|reach|dial|landline|hotline|number|contact|desk|direct|messag|"
    r"anruf|ruf|rückruf|zurückruf|telefon|handy|mobil|nummer|rufnummer|festnetz|erreichbar|"
    r"durchwahl|dostępn|disponible|disponibile|disponível|disponivel|bereikbaar|"
    r"appel|rappel|téléphone|tél|portable|numéro|joindre|fixe|"
    r"llam|llám|teléfono|móvil|movil|celular|número|numero|fijo|localiz|"
    r"chiam|richiam|telefono|cellulare|fisso|raggiung|trovate|contatto|contattami|contattatemi|"
    r"bel|bellen|terugbel|telefoon|mobiel|bereik|vast|"
    r"zadzwo|dzwo|oddzwo|komórk|kom|numer|stacjonarn|"
    r"lig|telefone|telemóvel|falar|chamad|"
    # Abbreviations: "tlf", "tfno", "telf"; a prepaid top-up goes to a number.
    r"tlf|tfno|telf|top[ \-]?up|recarga|carregamento|ricarica|aufladung|doładowa|opwaardering"
)
_PHONE_CUE = re.compile(rf"(?i)(?<![\w])(?:{_PHONE_CUES})")
# Numbers that are not phones even after "number": orders, invoices, accounts, versions...
_NOT_PHONE = re.compile(
    r"(?i)(?:(?<!\w)(?:order|invoice|ticket|tracking|customer|client|account|iban|version|"
    r"serial|reference|case|contract|policy|booking|confirmation|pin|ssn|passport|licen|voucher|"
    r"bestell|rechnung|kunden|konto|auftrag|vertrag|versand|sendung|"
    r"commande|facture|compte|dossier|suivi|contrat|"
    r"pedido|factura|cuenta|expediente|seguimiento|"
    r"ordine|fattura|conto|pratica|spedizione|"
    r"bestel|factuur|klant|rekening|zaak|"
    # Memberships: "is my membership number", "mi número de socio", "numer klienta".
    r"member|mitglied|socio|klient|lidmaatschap|lidnummer|adhérent|tessera|"
    # "konta"/"conta" (an account), not "kontakt"/"contacto" (a contact).
    r"zamówien|faktur|konta(?!kt)|zlecen|"
    r"encomenda|fatura|conta(?!ct|tt)|processo|contribuinte|"
    # Flats and boxes: "Apt. 961 01836 Democracia 9967" is an address.
    r"(?:apt|apartment|suite|ste|unit|flat|box|postfach|boîte)(?!\w)|"
    # Postcodes: "zip code 3500-037", "PLZ 10115".
    r"zip|post ?code|postal|plz|postleitzahl|code postal|código postal|codigo postal|"
    r"kod pocztowy|c\.a\.p\.)|[€$£]|(?<!\w)(?:eur|usd|chf|zł|pln)(?!\w))"
)
# A part or product code right before the number: "réf. 4471-2290-118", "Ricambio cod. …",
# "Onderdeel nr. …", "SKU 4471229011" (not "Missing item, please call …": only right before).
_PART_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:r[eé]f|cod|code|código|codice|sku|art|artikel|item|onderdeel|ricambio|"
    r"repuesto|pièce|model|modell|modelo|modello)\.?(?:[ \t]*(?:n[o°º]|nr|#)\.?)?[ \t]*:?[ \t]*$"
)
# A code of capitals and digits the number continues, two code parts before it: "1Z 999 AA1
# 01 2345 6784" (not "after 5pm", "WhatsApp 24h", "O2").
_CODE_PART = r"(?:[A-Z]{1,4}\d{1,4}[A-Z0-9]{0,4}|\d{1,4}[A-Z]{1,4}[A-Z0-9]{0,4})"
_CODE_BEFORE = re.compile(rf"(?<![\w])(?:{_CODE_PART}[ \t]+(?:\d{{1,6}}[ \t]+)?){{2}}$")
# Not after a digit and a comma ("1,234,567") or a colon (the seconds of "10:07:32.691548").
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+#@/.\-€$£])(?<!\d[,:])"
    r"(?P<number>(?:\+[ \t]?|00)?(?:\(0\d{1,4}\)[ \t]?[\-.]?[ \t]?|\(\d{1,5}\)[ \t]?)?\d{1,15}"
    r"(?:(?:[ \t]?[\-.][ \t]?|/|[ \t]|[ \t]?\(\d{1,5}\)[ \t]?)\d{1,15}){0,7})"
    r"(?:[ \t]?(?:x|ext\.?|extension|durchwahl|dw|poste|interno|int\.|wew\.?)[ \t]?\d{1,5})?"
    r"(?![\d])(?![.,]\d)",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./](?:\d{4}|\d{2})|"
    r"\d{1,3}(?:\.\d{1,3}){3}|\d{1,2}\.\d{1,2}\.?|(?:19|20)\d\d[\-/]\d{2,6}"
)
_NANP = re.compile(r"\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}")
# A price, a weight, a size after the number.
_UNIT_AFTER = re.compile(
    r"\s?(?:[€$£%]|eur|euros?|usd|dollars?|pounds?|reais|pesos|chf|zł|złotych|kg|km|mb|gb|psi|"
    r"kpa|bar|cm|mm|ms|points?|pts)\b",
    re.I,
)
_GROUPED = re.compile(r"\d[ \-./]\d")
# Groups a phone has and a decimal, coordinates or a build number do not ("+40.7127753").
_SPACED_OR_DASHED = re.compile(r"\d[ \-]\d")
# What a number is, written after it: "723 813 266 office", "0494 41 18 24-Office", "(fax)".
_PHONE_CUE_AFTER = re.compile(
    r"(?i)[ \t]*[\-–(/]?[ \t]*(?:office|fax|mobile|mob|cell|home|work|landline|tel|phone|desk|"
    r"direct|private|business|büro|privat|geschäftlich|handy|mobil|bureau|domicile|portable|"
    r"móvil|oficina|casa|ufficio|cellulare|kantoor|mobiel|thuis|biuro|komórka|escritório|"
    r"telemóvel)(?!\w)"
)
# "… is my number", "c'est mon numéro", "ese es mi número", "to mój numer": said after it, as
# the whole clause. A whole phone noun right after the possessive and nothing after it: "my
# phone app crashes", "mój komputer", "mijn belastingaangifte" are other things.
_MY_PHONE_NOUNS = (
    r"phone|phone number|number|mobile|mobile number|cell|cell number|cellphone|telephone|"
    r"landline|whatsapp|"
    r"nummer|telefonnummer|handynummer|mobilnummer|rufnummer|festnetznummer|telefon|handy|"
    r"numéro|portable|téléphone|fixe|"
    r"número|móvil|movil|celular|teléfono|telefono|numero|cellulare|fisso|"
    r"telefoonnummer|telefoon|mobiel|mobiele nummer|06|"
    r"numer|numer telefonu|telefon|komórka|komórki|"
    r"telemóvel|telemovel|telefone|contacto"
)
_EMAIL_THEN = re.compile(r"\S@\S+[ \t]*(?:,|/|or|oder|ou|o|of|lub|ou então)?[ \t]*$")
_IN_CASE = (
    r"in case|if|should|just in case|falls|für den fall|au cas|en cas|por si|en caso|"
    r"nel caso|in caso|per ogni|voor als|mocht|voor het geval|jeśli|jeżeli|gdyby|"
    r"na wypadek|w razie|para o caso"
)
_MY_PHONE = re.compile(
    r"(?i)^[ \t\-–:,(]*(?:[^\W\d_][\w'’]*[ \t]+){0,3}?"
    r"(?:my|mine|mein\w*|mon|ma|mes|mi|mis|mio|mia|il mio|mijn|m[oó]j\w*|meu|o meu|minha)[ \t]+"
    rf"(?:{_MY_PHONE_NOUNS})(?!\w)"
    # "… in case the driver needs it", "… por si lo necesita el repartidor": a condition after.
    rf"(?:[ \t,]+(?:{_IN_CASE})(?!\w).*)?[ \t]*[.!?)]*[ \t]*$"
)
_CLAUSE_MARK = re.compile(r"[,;.!?]\s")
# Amounts and vouchers, beside _NOT_PHONE's kinds of number: "Het bedrag 12345678 belt niet".
_AMOUNT_WORD = re.compile(
    r"(?i)(?<![\w])(?:bedrag|betrag|montant|importe|importo|kwota|valor|amount|transfer|"
    r"bono|gutschein|cupón|cupom|kupon)(?![\w])"
)
# A request to be called back, whose first word names no other kind of number.
_CONTACT_REQUEST = re.compile(
    r"(?i)(?:pedido|solicitud|richiesta|demande|verzoek|prośba|anfrage)[ \t]+"
    r"(?:de|di|du|de la|om|o|um)?[ \t]*(?:contact|contatt|rappel|chamada|llamada|kontakt|"
    r"r[üu]ckruf|terugbel)"
)
# What is said after a number with no cue before it, in its clause, when it is a phone: "el
# 17969876078 no para de llamarme", "il 389467738 mi chiama", "… questo è il numero da
# portare" (a number ported to another operator).
_CALL_AFTER = re.compile(
    r"(?i)^[^,;.!?\n]{0,40}?(?<![\w])(?:llam|chiam|appel|ruft|anruf|belt|bellen|dzwoni|"
    r"lig(?:a|ou|am|uem)|whatsapp|"
    r"il numero|el número|el numero|le numéro|das handy|de telefoon|o número|o numero|"
    r"numer telefonu)"
)
# A time after the number: "2010-04-23 05" in "2010-04-23 05:07:32".
_TIME_AFTER = re.compile(r":\d")
# A range of round numbers: "500-1000 users".
_RANGE = re.compile(r"\d+0[ \t]?-[ \t]?\d+0")
# Pairs of digits, as local numbers are written in France, Belgium...: "06 12 34 56 78". A
# phone with the trunk 0, or five pairs or more not in ascending order in the other languages
# (a whole number typed in pairs, "+" and all: see PhoneNumberRecognizer._in_pairs). Bare
# pairs are as often scores, timeouts or prices ("scores were 12 34 56 78", "costs 12 50 00"),
# even where libphonenumber calls them valid; after a phone word ("call me on 12 34 56 78") a
# number scores before its shape is looked at.
_PAIRS = re.compile(r"\d\d(?:[ .\-]\d\d){2,5}")


def _pairs(number: str) -> list[int]:
    """The pairs of digits of a number _PAIRS matched."""
    return [int(pair) for pair in re.split(r"[ .\-]", number)]


# Ten digits in one run that may be a phone in North America or India: 2 to 9 first.
_BARE_TEN = re.compile(r"[2-9]\d{9}")
# A country code and the national number without "+" or "00": "351968882677", "4917612345678"
# is 13 digits as EAN barcodes are, so up to 12.
_BARE_INTERNATIONAL = re.compile(r"[2-9]\d{10,11}")
# A compound noun naming another kind of number: "Buchungsnummer", "boekingsnummer",
# "Rechnungsnummer" (not "Telefonnummer", "Handynummer", "mobiele nummer").
_COMPOUND_NUMBER = re.compile(
    r"(?i)(?<![\w])(?!(?:telefon|telefoon|handy|mobil|mobiel|ruf|fax|festnetz|gsm|kontakt|zweit|"
    r"not|nood|privat|privé|prive|whatsapp|büro|buero|geschäfts|dienst|direkt|durchwahl|"
    r"service|hotline|werk|thuis|haus)\w*nummer)[^\W\d_]{3,}nummer(?!\w)"
)
_OPERATOR_WORDS = (
    r"x|×|\*|/|÷|\+|=|times|plus|minus|divided|fois|mal|geteilt|vezes|razy|keer|"
    r"dividido|diviso|podzielone|gedeeld|multiplied|multiplicado|moltiplicato"
)
# A sum, a root, a prime, code: "Calcula la raíz cuadrada de 912345678", "devuelve 712345678".
_MATHS = re.compile(
    r"(?i)(?<![\w])(?:raíz|raiz|racine|radice|pierwiastek|wurzel|wortel|square root|sqrt|primo|"
    r"prime|premier|pierwsz\w*|priemgetal|primzahl|calcul\w*|oblicz\w*|bereken\w*|berechne\w*|"
    r"podziel\w*|dividi\w*|divise\w*|hex\w*|binar\w*|binär\w*|devuelve|returns?|retorna|"
    r"restituisce|renvoie|zwraca|programa|program|programm|função|función|funzione|"
    r"fonction|funktion|functie|funkcja)(?![\w])"
)
_OPERATOR_AFTER = re.compile(rf"(?i)[ \t]*(?:{_OPERATOR_WORDS})[ \t]*\d")
_OPERATOR_BEFORE = re.compile(rf"(?i)\d[ \t]*(?:{_OPERATOR_WORDS})[ \t]*$")
# Nine digits in one run, where numbers have no trunk 0: Spain, Portugal, Poland.
_BARE_NINE = re.compile(r"[2-9]\d{8}")
_NINE_DIGIT_REGIONS = ("ES", "PT", "PL")
_NINE_DIGIT_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:no|do|ao|pelo|pela|al|el|pod|na|para o|para el)[ \t]+$"
)
# Where people write a number as ten digits without a trunk 0 (in Germany "4155551234" is a
# valid number people would write as 04155 551234).
_TEN_DIGIT_REGIONS = ("US", "CA", "IN", "IT")
# How far around a bare run of digits its line is read (bounded: a line of such numbers is
# read once per number).
_BARE_WINDOW = 120
_EMERGENCY = re.compile(
    r"(?i)(?<![\w])(?:emergenc|emergenz|urgenc|urgenz|notfall|notruf|nood|pilne|urgente)"
)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
# Words naming a number that is no phone, anywhere in its sentence (beside _NOT_PHONE's).
_ID_WORD = re.compile(
    r"(?i)(?<![\w])(?:id|ids|isbn|ean|upc|gtin|imei|awb|waybill|parcel|package|shipment|"
    r"paket|colis|paquete|pacco|pakket|paczk|encomenda|sku|ref|nr|no\.|n[º°]|code|pin|otp|"
    r"token|key|hash|timestamp|epoch|unix|seed|port|pid|uid|build|commit|job|run|issue|"
    r"dhl|ups|fedex|usps|gls|dpd|amazon|ebay|"
    # Returns and refunds: "il reso 4031829384", "Retoure", "devolución".
    r"reso|rimborso|retour|retoure|devoluci[oó]n|devolução|devolucao|zwrot|refund|return|rma)"
    r"(?![\w])|#"
)


# A job or a team on the line above a signature's number: "Account Manager", "Atención al
# Cliente", "Ufficio Clienti", "Klantenservice", "Dział Obsługi Klienta".
_TEAM_LINE = re.compile(
    r"(?i)(?:manager|service|support|team|department|desk|office|abteilung|dienst|"
    r"atención|atencion|servicio|ufficio|servizio|afdeling|klantenservice|dział|obsługi|"
    r"serviço|apoio|atendimento)"
)
# What may follow the number on its line in a block: nothing, or "| an e-mail" or the like.
_BLOCK_END = re.compile(r"[ \t]*(?:$|\n|[|·•,;][ \t]*\S)")


def _opens_block_line(line: str) -> bool:
    """Whether the line above a number alone on its line is a signature's or an address
    block's: a team ("Klantenservice"), a street (a capitalised word and a number: "Vicolo
    Novaro, 12"), or two to five capitalised words none of which is a common one (a name:
    "Lucy Ansboro"). Not a label ("EAN", "Steuer-ID", "DHL Express", "Gift card") or a
    sentence."""
    line = line.strip()
    words = line.split()
    if not line or line.endswith((":", ".", "?", "!")) or len(words) > 6:
        return False
    if _TEAM_LINE.search(line) or (_DIGIT.search(line) and _CAPITAL_WORD.search(line)):
        return True
    names = [w.strip(",") for w in words if w not in NAME_PARTICLES]
    return (
        2 <= len(names) <= 5
        and all(w[:1].isupper() and not w.isupper() for w in names)
        and not any(is_common(w, 3.5) and not _is_name_word(w) for w in names)
    )


_CAPITAL_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,}")


@functools.lru_cache(maxsize=4096)
def _valid_in(number: str, regions: tuple[str, ...]) -> bool:
    """Valid under libphonenumber's metadata, with its own country code or in one region."""
    try:
        if number.startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
        for region in regions:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


class PhoneNumberRecognizer(EntityRecognizer):
    """Phone numbers as people type them, in the formats of the regions a project expects.

    A run of digits with the separators of a phone number (spaces, dots, dashes, a slash,
    an area code in parentheses, "(0)", a leading + or 00, an extension) is a phone:
    - after a phone word ("call me back on", "Tel.", "Handy", "mon numéro", "WhatsApp") or
      before one ("… office", "…-Fax"), whenever it has 6 to 15 digits, valid or not;
    - with + or 00, when it is a possible international number;
    - otherwise when libphonenumber calls it valid in one of the regions, and it is written as
      a phone (leading 0 or area code, or in groups), or in the North American shape, or in
      three to five pairs of digits after a trunk 0 ("06 12 34 56 78"; other pairs
      are scores, timeouts and prices unless a phone word is near).
    Never when an order, invoice, account, version, postcode or price word is just before it,
    nor for dates, times, ranges of round numbers, IP addresses and decimals.
    """

    def __init__(self, regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> None:
        self.regions = tuple(regions)
        super().__init__(supported_entities=["PHONE_NUMBER"], name="PhoneNumberRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in _PHONE_CANDIDATE.finditer(text):
            number = match.group("number").strip()
            digits = _NON_DIGITS.sub("", number)
            if (
                not 6 <= len(digits) <= 15
                or _DATE_LIKE.fullmatch(number)
                or _RANGE.fullmatch(number)
            ):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - 40) : match.start()]
            if "@" in before and _EMAIL_THEN.search(before):
                # An e-mail address right before the number is one long word between it and
                # the cue: "reach me at jane.doe@example.com or 0612345678".
                before = text[max(line_start, match.start() - 80) : match.start()]
            in_block = False
            if not before.strip() and line_start >= 2:
                # A number alone on its line: the line before may carry the cue ("Tel.:\n…"),
                # or be a line of a signature or an address block.
                previous = text.rfind("\n", 0, line_start - 1) + 1
                before = text[max(previous, match.start() - 40) : line_start]
                in_block = _opens_block_line(text[previous:line_start])
                if (in_block and _TEAM_LINE.search(before)) or _PHONE_CUE_AFTER.match(
                    text, match.end()
                ):
                    # "Account Manager", "Ufficio Clienti": a job or a team, not what the
                    # number is; "…Apt. 656 ΠΑΦΟΣ PA\n470 78 605 office": the number says
                    # what it is itself.
                    before = ""
            after = text[match.end() : match.end() + 16]
            if (
                _TIME_AFTER.match(after)
                or _CODE_BEFORE.search(before)
                or _PART_BEFORE.search(before)
            ):
                continue
            score = self._score(number, digits, before, after)
            if not score and in_block and _BLOCK_END.match(text, match.end()):
                # The number line of a signature or an address block: "Daria Rossini\nVicolo
                # Novaro, 12\n35016778698" (not "Bestellung\n123456789").
                plain = 9 <= len(digits) <= 13 and not _NOT_PHONE.search(before)
                score = 0.5 if plain and _valid_in(number, self.regions) else 0.0
            if not score and not before.strip():
                score = self._named_after(text[match.end() : match.end() + 32])
            if not score and (
                _BARE_TEN.fullmatch(number)
                or _BARE_INTERNATIONAL.fullmatch(number)
                or _BARE_NINE.fullmatch(number)
            ):
                score = self._bare_digits(text, match.start(), match.end())
            if not score and len(digits) >= 8:
                score = self._called_after(text, match.start(), match.end(), number)
            if not score and _PAIRS.fullmatch(number):
                score = self._in_pairs(text, match.start(), match.end(), _pairs(number))
            if score:
                results.append(RecognizerResult("PHONE_NUMBER", *match.span(), score))
        return results

    def _bare_digits(self, text: str, start: int, end: int) -> float:
        """Digits in one run that are a phone as written, inside a sentence that names no
        other kind of number: ten valid in a region where numbers are written so (North
        American, Indian, Italian mobile: "I tried 9882484837 and it rings out", "reach me at
        … or 2816845674"), or eleven or twelve that are a valid international number with the
        "+" left out, in one of the regions ("urgencias pelo 351968882677"). Not alone on its
        line (under a label: "DHL Express\n4155551234"), not in a sentence with an order,
        tracking, part or id word ("order 4155551234", "ISBN 3161484100"), and never from a
        1 (Unix times, 17… and 18…, are valid in Brazil). And only with a phone word, an
        e-mail address or an emergency near it on its line in English, where maths and code
        questions are full of such numbers ("overflow at 2147483647", "convert 3735928559 to
        hex"); in the other languages as it stands ("a minha mulher está no 2835326267")."""
        line_start = text.rfind("\n", max(0, start - _BARE_WINDOW), start) + 1
        line_start = max(line_start, start - _BARE_WINDOW)
        line_end = text.find("\n", end, end + _BARE_WINDOW)
        line_end = min(len(text), end + _BARE_WINDOW) if line_end == -1 else line_end
        line = text[line_start:line_end]
        if line.strip() == text[start:end]:
            return 0.0
        # In English the maths and code questions are many; elsewhere the run alone will do.
        if not (
            _PHONE_CUE.search(line) or "@" in line or _EMERGENCY.search(line)
        ) and _mostly_english(line):
            return 0.0
        sentence_start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, line_start, start)), default=line_start
        )
        found = _SENTENCE_END.search(text, end, line_end)
        sentence = text[sentence_start : found.start() if found else line_end]
        just_before = text[max(line_start, start - 12) : start]
        if any(
            _NOT_PHONE.search(part) or _ID_WORD.search(part) for part in (sentence, just_before)
        ):
            return 0.0
        digits = text[start:end]
        clause = _CLAUSE_MARK.split(text[sentence_start:start])[-1]
        if _UNIT_AFTER.match(text, end) or _COMPOUND_NUMBER.search(clause):
            return 0.0
        # An operand: "combien font 123456789 x 987654321", "987654321 vezes 123".
        if (
            _OPERATOR_AFTER.match(text, end)
            or _OPERATOR_BEFORE.search(text, max(0, start - 24), start)
            or _MATHS.search(sentence)
        ):
            return 0.0
        if len(digits) == 9:
            # Nine digits: a mobile or a landline of Spain, Portugal or Poland as written there
            # right after "no", "do", "al", "pod" ("a minha mae no 969665971"), never in
            # English ("Mi reserva 912345678", "Referência: 912345678" stay).
            regions = tuple(r for r in self.regions if r in _NINE_DIGIT_REGIONS)
            english = _mostly_english(line)
            particle = _NINE_DIGIT_BEFORE.search(text, max(0, start - 16), start)
            return (
                0.4 if regions and particle and not english and _valid_in(digits, regions) else 0.0
            )
        if len(digits) > 10:
            # Or an Italian mobile of eleven digits as written there ("il 32243538705").
            if "IT" in self.regions and len(digits) == 11 and _valid_in(digits, ("IT",)):
                return 0.4
            try:
                number = phonenumbers.parse("+" + digits, None)
            except phonenumbers.NumberParseException:
                return 0.0
            region = phonenumbers.region_code_for_number(number)
            valid = region in self.regions and phonenumbers.is_valid_number(number)
            return 0.4 if valid else 0.0
        regions = tuple(r for r in self.regions if r in _TEN_DIGIT_REGIONS)
        return 0.4 if regions and _valid_in(digits, regions) else 0.0

    @staticmethod
    def _in_pairs(text: str, start: int, end: int, pairs: list[int]) -> float:
        """A whole number typed in pairs, "+" and all ("31 04 28 12 33 77", "77 56 48 66 81"):
        five pairs, or six on a line in English, where five are as often scores and bingo
        rows ("scores by round were 21 18 25 19 22"); not in ascending order (a draw), not
        after an id word ("ISBN") nor before a unit ("32 30 31 33 32 psi")."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        english = _function_words(line)[0] and _mostly_english(line)
        if (
            len(pairs) < (6 if english else 5)
            or all(a < b for a, b in itertools.pairwise(pairs))
            or _ID_WORD.search(text, max(line_start, start - 24), start)
            or _UNIT_AFTER.match(text, end)
        ):
            return 0.0
        return 0.4

    def _called_after(self, text: str, start: int, end: int, number: str) -> float:
        """A number the rest of its clause says calls or is a phone ("el 17969876078 no para
        de llamarme"; alone on its line, the next line: "3482967431\nquesto è il numero da
        portare"), valid as written or in a region, with no other kind of number named in
        its sentence."""
        rest = text[end : end + 60]
        if not rest.split("\n", 1)[0].strip():
            rest = rest.lstrip(" \t\r").removeprefix("\n")
        clause = _CALL_AFTER.match(rest)
        if not clause:
            return 0.0
        line_start = text.rfind("\n", 0, start) + 1
        # The whole clause after the number: "El 87654321 es el número de seguimiento".
        after = re.split(r"[,;.!?\n]", rest, maxsplit=1)[0]
        around = text[max(line_start, start - 40) : start] + " " + after
        if _NOT_PHONE.search(around) or _ID_WORD.search(around) or _AMOUNT_WORD.search(around):
            return 0.0
        plus = "+" + number.lstrip("+0") if number.startswith(("+", "00")) else number
        return 0.5 if _valid_in(plus, self.regions) else 0.0

    @staticmethod
    def _named_after(following: str) -> float:
        """A number that opens its line, then says what it is: "06 12 34 56 78\nc'est mon
        numéro", "0612345678 is my mobile" (not "… is the order number")."""
        # The rest of the number's line, or the next line when nothing follows it on its own;
        # never further ("20481234\nmy phone app crashes" is two things).
        rest, _, below = following.partition("\n")
        line = rest if rest.strip() else below.split("\n", 1)[0]
        clause = re.split(r"[.!?;](?:\s|$)", line, maxsplit=1)[0]
        if _MY_PHONE.search(clause) and not _NOT_PHONE.search(clause):
            return 0.6
        return 0.0

    def _score(self, number: str, digits: str, before: str, after: str) -> float:
        cues = list(_PHONE_CUE.finditer(before))
        cue = cues[-1] if cues else None
        # "order number 123…": the blocking word may stand just before the cue too, in its
        # clause ("aufs falsche Konto, ruft mich an 04228 85398" is a phone); not a request
        # to be called ("pedido de contacto").
        if cue is not None:
            lead = before[max(0, cue.start() - 16) : cue.start()]
            lead = _CLAUSE_MARK.split(lead)[-1]
            blocked = not _CONTACT_REQUEST.search(before) and _NOT_PHONE.search(
                lead + before[cue.start() :]
            )
        else:
            blocked = _NOT_PHONE.search(before[-20:])
        if blocked or _UNIT_AFTER.match(after):
            return 0.0
        if cue is not None or _PHONE_CUE_AFTER.match(after):
            return 0.75
        international = number.startswith("+") or (number.startswith("00") and len(digits) >= 10)
        if international:
            plus = "+" + digits[2:] if number.startswith("00") else number
            try:
                possible = phonenumbers.is_possible_number(phonenumbers.parse(plus, None))
            except phonenumbers.NumberParseException:
                possible = False
            if len(digits) < 8:
                return 0.0
            # A "+", eight digits or more and a phone's separators are how a phone is written,
            # whatever its country's plan says: "+40(8)0252608452" (not a score's "+12345678").
            written = (
                number.startswith("+")
                and not number.startswith("+0")
                and ("(" in number or bool(_SPACED_OR_DASHED.search(number)))
            )
            if possible or written:
                return 0.6 if possible else 0.5
        if _PAIRS.fullmatch(number):
            # "06 12 34 56 78" is a French mobile; six pairs from a 0 are a draw.
            return 0.5 if number.startswith("0") and len(_pairs(number)) <= 5 else 0.0
        if international:
            return 0.0
        if _NANP.fullmatch(number):
            return 0.5
        written_as_phone = number.startswith(("0", "(")) or bool(_GROUPED.search(number))
        if len(digits) >= 7 and written_as_phone and _valid_in(number, self.regions):
            return 0.5
        return 0.0


# Kept for the name: the shapes are now part of PhoneNumberRecognizer.
PhoneShapeRecognizer = PhoneNumberRecognizer


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


# Street types written before the name, with their usual abbreviations: French, Spanish,
# Italian, Portuguese, Polish (and the German "Am/An der" forms).
_STREET_TYPE = (
    r"rue|r\.|avenue|av\.?|bd|boulevard|bvd|chemin|ch\.|allée|impasse|imp\.|place|quai|cours|"
    r"route|rte|passage|square|voie|sentier|résidence|lotissement|hameau|faubourg|fg|montée|"
    r"rond-point|parvis|promenade|esplanade|cité|"
    r"calle|c/|c\.|cl\.|avenida|avda\.?|plaza|pza\.?|paseo|pº|p\.º|camino|carretera|ctra\.?|"
    r"ronda|travesía|glorieta|rambla|urbanización|urb\.|cañada|callejón|pasaje|vía|alameda|"
    r"acceso|cuesta|pasadizo|vial|bulevar|circuito|calzada|cerrada|privada|prolongación|"
    r"andador|periférico|diagonal|retorno|ampliación|continuación|corredor|peatonal|"
    r"viaducto|circunvalación|"
    r"via|v\.|viale|v\.le|piazza|p\.za|p\.zza|piazzale|corso|c\.so|borgo|vicolo|vico|largo|"
    r"strada|contrada|c\.da|località|loc\.|lungomare|rotonda|stretto|salita|traversa|"
    r"incrocio|canale|galleria|fondamenta|"
    r"rua|travessa|tv\.|trav\.|praça|pç\.|lg\.|estrada|rodovia|beco|ladeira|sítio|vila|quinta|"
    r"lago|lagoa|morro|trecho|setor|conjunto|núcleo|parque|vereda|viela|chácara|fazenda|"
    r"quadra|jardim|residencial|condomínio|loteamento|recanto|pátio|praia|vale|trevo|"
    r"viaduto|rotunda|calçada|caminho|estação|esplanada|distrito|colônia|passarela|"
    r"ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|rondo|skwer|bulwar|"
    r"am|an der|an den|auf der|auf dem|im|in der|zum|zur|"
    r"οδός|οδ\.|λεωφόρος|λεωφ\.|λ\.|πλατεία|πλ\."
)
# Compound street names (German, Dutch, Scandinavian): "Röhrichtweg", "Fennelaan", "Sammerstr.".
_STREET_COMPOUND = (
    r"straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|markt|pfad|steig|"
    r"stieg|garten|kamp|twiete|brücke|wall|graben|zeile|promenade|kai|höhe|aue|anger|winkel|"
    r"siedlung|"
    r"straat|laan|plein|gracht|kade|singel|dreef|hof|pad|steeg|plantsoen|dijk|baan|markt|"
    r"boulevard|"
    r"veld|erf|hoven|lei|dam|burg|weide|akker|haven|poort|brug|kanaal|vaart|hout|dal|horst|"
    r"donk|oord|park|berg|heuvel|kamp|hoeve|"
    r"gatan|gata|vägen|veien|vej|gade|katu|tie"
)
_PARTICLE = (
    r"de|del|de la|de las|de los|des|du|da|das|do|dos|della|delle|dei|degli|di|le|la|les|"
    r"los|las|el|al|van|von|der|den|het|am|im|an|zum|zur|sur|sous|e|y|i|na|nad|pod|'t|d'|l'"
)
# A word of a street's name: capitalised, in Latin or Greek script ("Κασνέτη 290"). Bounded,
# and the rules that start with one refuse to start inside a word (_NOT_IN_WORD): otherwise on
# "A-A-A-…" every start rescanned to the end of the word, quadratic on a long message.
_WORD = r"(?:\d{1,2}[º°ª]?\s+(?:de\s+)?)?[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-Ω][\w'’\-]{0,40}\.?"
# Capitalised street types that only streets start with (not "Parque", "Praia", "Plaza", the
# names of parks, beaches and malls).
_NAMED_STREET_TYPE = (
    r"Rua|Avenida|Av\.|Travessa|Estrada|Vereda|Alameda|Ladeira|Calle|Avda\.|Paseo|Camino|"
    r"Carretera|Via|Viale|Vicolo|Rue|Boulevard|Allée|Impasse|Chemin|Ulica|ul\.|Aleja|al\."
)
_STREET_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:em|na|no|en|in|au|przy|w)[ \t]+"
    # The Portuguese toll service, Canada's railway, a mall, the Milky Way.
    r"(?!(?i:via verde|via rail|via láctea|via lactea|boulevard shopping|via crucis)(?!\w))"
    rf"((?:{_NAMED_STREET_TYPE})(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{1,3}})"
)
# An opening quotation mark is no word: "schreibt man 'Eugsterstrasse 60' so?" (not "d'Italia").
_NOT_IN_WORD = r"(?<![\w\-])(?<!\w['’])"
_FLAT_BEFORE = re.compile(
    rf"(?i){_NOT_IN_WORD}(?:flat|studio|apartment|apt|unit|suite)\.?[ \t]+"
    r"(?:\d{1,3}[a-z]?,?[ \t]*\n?[ \t]*)?$"
)
_HOUSE_NUMBER = (
    r"(?:n[º°o]\.?\s*|nr\.?\s*|núm\.?\s*|n\.\s*)?\d{1,5}(?:\s?[a-zA-Z](?![\w]))?"
    r"(?:\s?[\-/]\s?\d{1,5}[a-zA-Z]?)?|[sS]/[nN](?!\w)"
)
_UNIT_PART = (
    r"(?i:,?\s*(?:piano|scala|sc\.|int\.|interno|appartamento|apt\.?|apartamento|apto\.?|piso|"
    r"planta|puerta|pta\.?|esc\.?|escalera|m\.|lok\.|mieszkanie|bus|boîte|bte|étage|bât\.?|"
    r"bâtiment|edif\.?|depto\.?|dpto\.?|interior|stock|whg\.?|wohnung|top|tür|stiege|andar|"
    r"sala|bloco|casa|lote|flat|unit|suite|ste\.?|#)\s*[A-Za-z0-9\-]{1,4}\b"
    r"|,?\s*\d{1,2}\s?[º°ª]\s?(?:[A-Za-z](?!\w)|(?:izq|izda|dcha|dcho|esq|dto|frente)\.?)?"
    r"|,?\s*(?:r/c|bajo|izq\.?|izda\.?|dcha\.?|dcho\.?|esq\.?|dto\.?|frente))"
)
# Street types written in lower case after the name: Hungarian, Estonian, Latvian,
# Lithuanian, Slovene and Croatian, Czech, Scandinavian, Finnish, Turkish ("Bécsi utca 53",
# "Luite tee 87", "Tompa u. 49").
_LOWER_STREET_TYPE = (
    r"utca|u\.|út|tér|körút|krt\.|rakpart|sétány|köz|tee|maantee|puiestee|iela|gatvė|gatve|"
    r"pr\.|cesta|ulica|trg|ulice|náměstí|nám\.|třída|nábřeží|vej|gade|gata|gatan|vägen|veien|"
    r"katu|sokak|sokağı|caddesi|cad\.|sk\."
)
_ON_CUE = re.compile(r"(?i)\bon\W*$")
_YEAR_START = re.compile(r"(?:19|20)\d\d(?!\d)")
_PLACE_CUE = re.compile(r"(?i)\b(?:is at|is on|(?:live|lives|lived|living) in)\W*$")
_VENUE = re.compile(
    r"(?i)\b(?:terminal|deck|pier|platform|junction|aisle|etage|gate|level|floor|room|stand|"
    r"booth|hall|wework|westfield|mall|centre|center|disneyland|km|miles?|minutes?)\b"
)
# An address has a house number and another number (a postcode, a flat) or a street word:
# "5625 Dunajska 97", "Brisas 2117" after "on" (not "3 Different Countries").
_TWO_NUMBERS_OR_TYPE = re.compile(
    rf"\d[^\d\n]*\d|(?i:\b(?:{_STREET_SUFFIX}|{_STREET_TYPE})\b)|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+[ \t]+\d"
)
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
# Rules whose street need only have a name that is not a common word ("Office 365 Suite 2").
_NAMED_RULES = {
    "street name and number, then the word street",
    "street line above a town line and a postcode",
    "street name, number, then a flat or suite",
    "flat or suite, then street name and number",
    "named street after a preposition",
}
_NAMED_NUMBER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\.?,?[ \t]+\d|\d[a-z]?[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]")
_FLAT_WORDS = {
    "apt", "apartment", "suite", "ste", "unit", "flat", "app", "appartement", "wohnung", "whg",
    "piso", "interno", "int", "mieszkanie", "m", "lok", "apto",
}  # fmt: skip
# Words that end like a compound street name but are things: "Notepad 8", "iPad 2".
_NOT_STREETS = {
    "notepad", "keypad", "touchpad", "trackpad", "launchpad", "wordpad", "numpad", "gamepad",
    "scratchpad", "ipad", "bootcamp", "homestead", "firmware",
    # Places that are not a street's: "Stellplatz 38 ist belegt", "Parkplatz 12".
    "stellplatz", "parkplatz", "abstellplatz", "tiefgaragenstellplatz", "arbeitsplatz",
    "sitzplatz", "spielplatz", "liegeplatz", "campingplatz", "studienplatz", "kitaplatz",
    "ausbildungsplatz", "parkeerplaats", "standplaats", "werkplek",
}  # fmt: skip
# Postal codes of the countries served, then the town: "10115 Berlin", "02-690 Piotrków",
# "6366-258 Santiago do Cacém", "8851 QG\nDiepenveen", "63812, Montegranaro (FM)".
_POSTAL_TOWN = (
    r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z]{1,2}-)?"
    r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5}|\d{3}\s\d{2})"
    r"[ \t]*,?[ \t]*\n?[ \t]*[A-ZÀ-ÖØ-Þ][\w\-'’]+"
    r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w\-'’]+|de|do|da|dos|am|an|der|sur|sous|del|di|la|le|en|im|bei))"
    r"{0,3}(?:[ \t]*\([A-Z]{2}\))?)?"
)
# Words that say an address follows, in the languages Assay expects.
_ADDRESS_CUES = (
    r"live at|living at|lives at|lived at|live on|lives on|living on|lived on|address is|"
    r"address:|address\? it is|address\? it's|my address|new address|ship to|"
    r"ship it to|deliver to|deliver it to|send it to|send them to|send the \w+ to|mail it to|"
    r"shipping address|billing address|delivery address|postal address|home address|"
    r"moved to|located at|"
    # A number-led address after "lived in" ("I once lived in 77119 Pod Strání 10"), a place
    # that "is at" or "is on" one ("The bus station is on Brisas 2117").
    r"(?:live|lives|lived|living) in(?=[ \t]+\d)|"
    r"(?:restaurant|station|office|shop|store|hotel|clinic|pharmacy|bakery|salon|studio|"
    r"warehouse|branch|depot|school|café|cafe|bar|pub|gym) is (?:at|on)|"
    r"wohne in der|wohne in|wohne am|wohne an der|wohne|adresse|anschrift|lieferadresse|"
    r"rechnungsanschrift|rechnungsadresse|liefern an|schicken an|senden an|umgezogen:|"
    r"j'habite au|j'habite à|j'habite|habite au|habite à|adresse est|livrez à|livrer à|"
    r"envoyez-le à|envoyez à|expédiez à|domicilié au|domicilié à|"
    r"vivo en|dirección es|dirección|envíenlo a|enviar a|entregar en|domicilio|mándenlo a|"
    r"abito in|abito a|indirizzo è|indirizzo|spedite a|spedire a|consegnare a|mandatelo a|"
    r"residente in|"
    r"woon op|woon aan|woon in|adres is|adres|leveren op|afleveradres|factuuradres|"
    r"stuur het naar|bezorgen op|"
    r"mieszkam przy|mieszkam na|mieszkam w|adres to|wysłać na adres|wysłać na|wyślijcie na|"
    r"dostawa na|"
    r"moro na|moro no|moro em|morada é|morada|endereço é|endereço|enviem para|entregar em|"
    r"mandem para|residente em|mudámos de casa:|mudamos para"
)
_CLOSING_LINE = re.compile(
    r"(?i)^\s*(?:thanks|thank|cheers|regards|best|danke|viele|mit freundlichen|gruß|grüße|"
    r"merci|cordialement|bien|gracias|saludos|un saludo|atentamente|grazie|saluti|cordiali|"
    r"distinti|bedankt|dank|groet|met vriendelijke|dzięki|dziękuję|pozdrawiam|z poważaniem|"
    r"obrigad|cumprimentos|atenciosamente|tel|phone|mobile|email|e-mail|fax|handy|tél|móvil|"
    r"cell|whatsapp)\b"
)


# End of the clause: ?, !, a full stop that ends a sentence (not "str." or "Av."), or a comma
# before a lower-case word that does not continue a street name.
_CLAUSE_END = re.compile(
    r"[!?;]|(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.(?=\s|$)|,\s+(?=(?!(?:"
    + _PARTICLE
    + r")\b)[a-zà-ÿ]{2,}\b(?!\s*\d))|\s+(?:but|aber|mais|pero|ma|maar|ale|mas|and|und|et|y|e|en|i|oder|or|ou|o|of|lub)\s+(?=[a-zà-ÿ])"
)
# Words that end a request after the address: "ship to 10 Downing Street please".
_CLAUSE_TAIL = re.compile(
    r"(?i)(?:[\s,]+(?:please|pls|asap|thanks|thx|bitte|danke|s'il vous plaît|svp|merci|"
    r"por favor|gracias|per favore|grazie|alstublieft|aub|a\.u\.b\.|graag|proszę|dzięki|"
    r"obrigad[oa]|instead|not the old place|nicht|pas|no|non|niet|nie|não))+[\s.!]*$"
)


# A street type, then a capitalised name: an address after an address word even without a
# house number ("j'habite rue Gilbert Babey", "moro na Rua Augusta"), not "the street".
_DECIMAL_BEFORE = re.compile(r"\d[.,]$")
_NAMED_STREET = re.compile(
    rf"(?i:{_STREET_TYPE})[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[A-ZÀ-ÖØ-ÞĀ-Ž]"
)
# The same street without a house number, as far as its name goes: its capitalised words and
# the particles between them ("Plaza Mayor" of "vivo en Plaza Mayor desde hace años"). Not the
# German "am", "im", "zum" … alone: "ich wohne im Allgäu" is a region.
_NAMED_STREET_SPAN = re.compile(
    r"(?!(?i:am|an der|an den|auf der|auf dem|im|in der|zum|zur)(?!\w))"
    rf"(?P<type>(?i:{_STREET_TYPE}))"
    rf"(?:[ \t]{{1,3}}(?:(?i:{_PARTICLE})(?!\w)|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]{{0,40}}\.?))+"
)
_TRAILING_PARTICLES = re.compile(rf"(?:[ \t]+(?i:{_PARTICLE}))+$")
# English street types, whose number-less name before a noun is a business's ("ship to Route
# One Logistics warehouse").
_ENGLISH_STREET_TYPES = {
    "route", "road", "street", "avenue", "lane", "drive", "way", "court", "place", "square",
    "boulevard", "highway", "terrace", "close", "crescent", "park", "parkway",
}  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’\-]*)")
_STREET_AFTER_CUE = re.compile(
    rf"(?i:(?<![\w])(?:{_ADDRESS_CUES}))\s*(?::[ \t]*)?"
    rf"(?i:{_STREET_TYPE})[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[A-ZÀ-ÖØ-ÞĀ-Ž]"
)


# A weekday or a month, then what makes it a date or a time, not a street's name.
_WHEN = re.compile(r"([^\W\d_]+)[ \t]+(?:at|um|à|a las|alle|om|o|às|\d)", re.IGNORECASE)


class StreetAddressRecognizer(RegexGroupRecognizer):
    """Street addresses as the countries served write them, with flat, floor, postcode and town.

    House number after the street ("Hauptstraße 5", "Via Roma, 12", "ul. Długa 68/54") or
    before it ("12 rue de la Paix", "742 Evergreen Terrace"), compound names ("Fennelaan 5"),
    blocks over several lines, and after an address word ("ship to", "meine neue Adresse ist",
    "j'habite", "mieszkam przy") the whole address up to the end of the clause.
    """

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
            "flat line, then Street Name suffix",
            _rx(
                rf"(?im)^[ \t]*(?:flat|studio|apartment|apt\.?|unit)\s+\d+[a-z]?[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z][A-Za-z'\-]*\s+){{1,3}}{_STREET_SUFFIX}\b(?:[ \t]*\n[ \t]*[A-Z][\w \-']{{2,40}})?(?:[ \t]*\n[ \t]*[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}})?"
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
            # "deixou em Vereda Pastor", "recolham em Estrada Gonçalves", "vivo en Calle
            # Mayor": a capitalised street type and name after a locative preposition.
            "named street after a preposition",
            _STREET_AFTER_PREPOSITION,
            0.6,
            group=1,
        ),
        Rule(
            "street type, name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?i:{_STREET_TYPE})(?:\s+(?i:{_PARTICLE}))?(?:\s+(?:(?i:{_PARTICLE})\s+)?{_WORD}){{1,5}}"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "compound street name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?:[A-ZÀ-ÖØ-Þ][\w']{{0,40}}(?:-[A-ZÀ-ÖØ-Þ][\w']{{0,40}}){{0,3}}-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’]{{2,40}}(?i:{_STREET_COMPOUND})"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "hyphenated compound street name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?:[A-ZÀ-ÖØ-Þ][\w'’]{{0,40}}-){{1,4}}(?i:{_STREET_COMPOUND}|straße|strasse|platz|weg|ring|gasse|allee)"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "number, street type name (french/spanish order)",
            _rx(
                rf"\b\d{{1,5}}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?i:{_STREET_TYPE})(?:\s+(?i:{_PARTICLE}))?(?:\s+(?:(?i:{_PARTICLE})\s+)?{_WORD}){{1,4}}{_POSTAL_TOWN}"
            ),
            0.8,
        ),
        Rule(
            "address after an address word, to the end of the clause",
            _rx(
                rf"(?i)(?<![\w])(?:{_ADDRESS_CUES})\s*(?:is|ist|est|es|è|is|to|é|:)?[ \t]*:?[ \t]*"
                r"((?:\n[ \t]*)?[^\s,.;!?][^\n]{2,100}(?:\n[ \t]*[^\n]{2,60}){0,3})"
            ),
            0.7,
            group=1,
        ),
        Rule("uk postcode", _rx(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"), 0.6),
        Rule("po box", _rx(r"(?i)\bP\.?\s?O\.?\s+Box\s+\d+\b"), 0.7),
        Rule(
            "US military mail",
            _rx(
                r"\b(?:(?:PSC|CMR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}|"
                r"(?:USS|USNS|USNV|USCGC)\s+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})"
                r"[ \t]*,?[ \t]*\n?[ \t]*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
            ),
            0.8,
        ),
        Rule(
            "street name, lower-case street type, number",
            _rx(
                rf"{_NOT_IN_WORD}{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+(?:{_LOWER_STREET_TYPE})"
                rf"[ \t]*,?[ \t]*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "street name, number, then a flat or suite",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])[ \t]*,?[ \t]*\n?[ \t]*"
                r"(?i:apt|apartment|suite|ste|unit|flat|app|appartement|wohnung|whg|piso|"
                r"interno|int|mieszkanie|m|lok|apto)\.?[ \t]*\d{1,5}[a-zA-Z]?\b"
            ),
            0.75,
        ),
        Rule(
            "street name and number, then the word street",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?[ \t]+(?i:street|st\.|road|rd\.|avenue|ave\.|lane)(?!\w)"
            ),
            0.7,
        ),
        Rule(
            "street line above a town line and a postcode",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])"
                # The town's line, maybe a region's, then a postcode; or town and postcode.
                r"(?=[ \t]*,?[ \t]*\n[ \t]*[^\W\d_][^\n\d]{1,40}"
                r"(?:(?:\n[^\n\d]{0,40})?\n[^\n\d]{0,40})?\d{4,5}(?!\d))"
            ),
            0.7,
        ),
        Rule(
            "flat or suite, then street name and number",
            _rx(
                rf"{_NOT_IN_WORD}(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]*\d{{1,5}}[a-zA-Z]?,?[ \t]+"
                rf"(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])"
            ),
            0.75,
        ),
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        # Every rule needs a digit (a house number, a postcode, a box), "s/n" (sin número) or
        # an address word before a street ("j'habite rue Gilbert Babey").
        if (
            "s/n" not in text
            and "S/N" not in text
            and not _DIGIT.search(text)
            and not _STREET_AFTER_CUE.search(text)
            and not _STREET_AFTER_PREPOSITION.search(text)
        ):
            return results
        for rule in self.rules:
            for match in self._matches(rule, text):
                start, end = match.span(rule.group)
                if rule.name.startswith("address after"):
                    span = self._clause(text, start, end)
                    if span is None:
                        continue
                    # A day and a time: "Meeting moved to Thursday at 7h30, room 4B".
                    when = _WHEN.match(text, span[0])
                    if when and when.group(1).casefold() in calendar_words():
                        continue
                    # "lives on a budget of 500", "live on 2 hours of sleep": after "on" a
                    # capitalised name stands next to a number ("the north side of Turjaška 46").
                    if _ON_CUE.search(text, match.start(), start) and not _NAMED_NUMBER.search(
                        text, *span
                    ):
                        continue
                    # After "is at", "is on" and "lived in" the name must be no common word
                    # nor a place in a building ("the office is on Level 3", "The restaurant is
                    # at Terminal 5", "I lived in 3 Different Countries").
                    if _PLACE_CUE.search(text, match.start(), start) and not (
                        _NAMED_NUMBER.search(text, *span)
                        and self._named(text[span[0] : span[1]])
                        and not _VENUE.search(text, *span)
                        and _TWO_NUMBERS_OR_TYPE.search(text, *span)
                        and not _YEAR_START.match(text, span[0])
                    ):
                        continue
                    start, end = span
                elif rule.name in _NAMED_RULES:
                    if not self._named(match.group()):
                        continue
                elif not self._plausible(match.group(rule.group)):
                    continue
                # The cents of a price are no house number: "€700.14, an der Kasse".
                if _DECIMAL_BEFORE.search(text, max(0, start - 8), start):
                    continue
                # "Studio 8\nSteven Freeway", "Flat 3, 12 Baker Street": the flat goes with it.
                flat = _FLAT_BEFORE.search(text, max(0, start - 16), start)
                if flat:
                    start = flat.start()
                if start < end:
                    results.append(RecognizerResult(self.entity, start, end, rule.score))
        return results

    @staticmethod
    def _matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
        """The rule's matches; after an address word, each search starts right after the last
        address word, not after the text its match ran on to, as the clause is cut later ("I
        lived in 7 Pod Strání 10. I now live in 81213 Casa Posrclas 15")."""
        if not rule.name.startswith("address after"):
            yield from rule.pattern.finditer(text)
            return
        match = rule.pattern.search(text)
        while match:
            yield match
            match = rule.pattern.search(text, match.start(rule.group))

    @staticmethod
    def _named(value: str) -> bool:
        """Whether the street has a name that is not a common word: "Office 365 Suite 2",
        "Windows 10 street view" have none."""
        return any(
            w.casefold() not in COMMON_WORDS and w.casefold() not in _FLAT_WORDS
            for w in _WORD_TOKEN.findall(value)
        )

    @staticmethod
    def _plausible(value: str) -> bool:
        # "Version 2", "Tarif S und M": a street type word then a number is not enough when the
        # "name" is a common word and nothing else (postcode, unit) follows. A house number
        # first is shape enough: "12 Baker Street" (whose last word is a common one).
        if value[:1].isdigit():
            return True
        words = _WORD_TOKEN.findall(value)
        if words and words[0].casefold() in _NOT_STREETS:
            return False
        # "am 3 Juli 2025": a date, not a street named after one ("Avenida 5 de Mayo 12").
        if _YEAR_END.search(value) and all(
            w.casefold() in calendar_words() for w in words[1:] if w[:1].isupper()
        ):
            return False
        return any(w.casefold() not in COMMON_WORDS for w in words[1:] or words)

    @staticmethod
    def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
        """The address after a cue: up to the end of its clause, or its lines in a block."""
        value = text[start:end]
        lines = value.split("\n")
        if value.startswith("\n") or not lines[0].strip():
            # A block: the lines that follow, up to a blank or closing line.
            kept = []
            for line in lines[1:] if not lines[0].strip() else lines:
                if not line.strip() or _CLOSING_LINE.match(line) or len(line) > 60:
                    break
                kept.append(line)
            if not kept:
                return None
            offset = start + value.index(kept[0])
            block = "\n".join(kept)
            if not _DIGIT.search(block):
                return None
            return offset, offset + len(block.rstrip(" ,."))
        first = lines[0]
        cut = _CLAUSE_END.search(first)
        clause = first[: cut.start()] if cut else first
        clause = _CLAUSE_TAIL.sub("", clause).rstrip(" ,.:-")
        if _DIGIT.search(clause):
            return (start, start + len(clause)) if len(clause) >= 5 else None
        # A named street without a number ("s/n" ones are found with the street type alone):
        # only its name, not the rest of the clause.
        named = _NAMED_STREET_SPAN.match(clause)
        if not named or "s/n" in clause.casefold():
            return None
        name = _TRAILING_PARTICLES.sub("", named.group())
        following = _NEXT_WORD.match(clause, len(name))
        if (
            following
            and named.group("type").casefold() in _ENGLISH_STREET_TYPES
            and following.group(1).casefold() not in STOP_WORDS
            and _mostly_english(text)
        ):
            return None
        if len(name) < 5 or not _NAMED_STREET.match(name):
            return None
        return start, start + len(name)


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


# Faker's person providers in Latin script: the name lists of some forty locales.
_NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "en_CA", "en_PH", "es_ES", "es_MX", "es_AR",
    "es_CO", "es_CL", "fr_FR", "fr_CH", "fr_QC", "de_DE", "de_AT", "de_CH", "it_IT", "pt_BR",
    "pt_PT", "nl_NL", "nl_BE", "pl_PL", "tr_TR", "sv_SE", "ga_IE", "id_ID", "da_DK", "fi_FI",
    "cs_CZ", "ro_RO", "no_NO", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "lt_LT", "lv_LV", "et_EE",
    "sq_AL", "az_AZ", "yo_NG", "zu_ZA", "sw", "tw_GH", "fil_PH", "vi_VN", "uz_UZ", "la",
)  # fmt: skip


# Lists some locales keep under other names: Polish surnames (most of them, "-ski" in the male
# form only), Estonian and Russian ones of et_EE, unisex and non-binary lists.
_MORE_NAME_LISTS = {
    "first_names": ("first_names_nonbinary", "first_names_unisex", "first_names_est", "first_names_rus"),
    "last_names": (
        "unisex_last_names", "male_last_names", "last_names_unisex", "last_names_nonbinary",
        "last_names_est", "last_names_rus",
    ),
}  # fmt: skip
# The female form of a Polish surname: "Kowalski" -> "Kowalska", "Zawadzki" -> "Zawadzka".
_POLISH_MALE_ENDING = re.compile(r"(?<=[cksz]k)i$")


def _faker_names(attributes: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    lists = attributes + tuple(more for a in attributes for more in _MORE_NAME_LISTS.get(a, ()))
    for locale in _NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in lists:
            values = getattr(provider, attribute, ())
            if attribute == "male_last_names":
                values = [*values, *(_POLISH_MALE_ENDING.sub("a", name) for name in values)]
            if attribute not in attributes:
                # The long lists hold words too ("Nova", "Kot"): not the common ones.
                values = [name for name in values if len(name) > 3 and not is_common(name, 3.5)]
            if not isinstance(values, list | tuple | dict | set | frozenset):
                continue  # some locales compute their lists per instance
            for name in values:
                if name.isascii() or all(c.isalpha() or c in "-' " for c in name):
                    names.add(name.casefold())
    return frozenset(names)


def _latin_first_names() -> frozenset[str]:
    """First names from Faker's locales and from gender-guesser's list, in Latin script,
    lower-cased."""
    return FAKER_FIRST_NAMES | _nam_dict()


# Jörg Michael's list of first names (the data of the `gender-guesser` package, GNU FDL),
# some 48,000 names of fifty countries, where Faker has a few hundred per locale: people
# are called "Giacinta", "Radomir" or "Tamerlan" too. A line is its gender code, then the name
# ("+" joins the parts of a compound name: "Jean+Pierre"), then from column 30 one frequency
# digit per country. Names that are words of the eight languages at all ("Will", "Rose",
# "Revert", "Feta") are left to Faker's lists and the rules that read them in context.
_NAM_DICT = "nam_dict.txt"


def _nam_dict() -> frozenset[str]:
    names: set[str] = set()
    lines = importlib.resources.files("gender_guesser").joinpath("data", _NAM_DICT)
    for line in lines.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line.split()[1]
        # How many are called so in the country where most are: 1 (rare) to 13 (very many).
        many = max((int(c, 16) for c in line[30:] if c in string.hexdigits), default=0)
        for variant in {name.replace("+", joint) for joint in ("", " ", "-")}:
            # A word of the languages is left out unless it is the name of many somewhere, not
            # a very common word and no English one ("Weronika", "Władysława"; not "Primo",
            # "Else", "Kia", "Thai", "Oak").
            if (
                len(variant) > 2
                and all(c.isalpha() or c in "-' " for c in variant)
                and (
                    not is_common(variant, 3.0)
                    or (
                        many >= 3
                        and not is_common(variant, 4.5)
                        and not is_common(variant, 3.0, english=True)
                    )
                )
            ):
                names.add(variant.casefold())
    return frozenset(names)


# Faker's lists alone: the names a rule that reads no context at all may count on ("Annas
# Zugang"); the long list holds "Redi", "Siemen" and "Barclay" too.
FAKER_FIRST_NAMES = _faker_names(("first_names", "first_names_male", "first_names_female"))
FIRST_NAMES = _latin_first_names()


def _faker_address_names(attributes: tuple[str, ...]) -> frozenset[str]:
    """The names listed under these attributes by Faker's address providers of every
    locale, lower-cased."""
    import faker.providers.address

    names: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.address.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in attributes:
            values = getattr(provider, attribute, ())
            if isinstance(values, list | tuple):
                for value in values:
                    # fr_FR's departments are (number, name) pairs.
                    for name in value if isinstance(value, tuple) else (value,):
                        if isinstance(name, str):
                            names.add(name.casefold())
    return frozenset(names)


@functools.cache
def place_names() -> frozenset[str]:
    """Towns, regions and countries from Faker's address providers of every locale,
    lower-cased: "Paris", "Victoria" and "Jordan" are first names and places."""
    return _faker_address_names(
        ("cities", "city_names", "countries", "states", "provinces", "regions", "departments")
    )


@functools.cache
def _countries() -> frozenset[str]:
    """Country names from Faker's address providers, lower-cased."""
    return _faker_address_names(("countries",))


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
    edit proofread rephrase reword shorten polish format
    can could would should will how what why when where which who whose whom
    yesterday today tomorrow tonight morning evening afternoon night week month year soon later
    says told asked wants wanted sent called wrote thinks thought replied agreed gave got
    left came went knows knew needs needed made took
    """
    words = set(STOP_WORDS) | {w.casefold() for w in Lorem.word_list} | set(extra.split())
    return frozenset(words)


COMMON_WORDS = _common_words()
# The languages Assay expects besides English: their function words are never names either.
_STOP_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt")
# Function words that are also common first names.
_NAMES_NOT_STOP = {
    "ben", "dan", "sam", "sara", "sean", "sue", "otto", "ella", "mia", "elke", "uwe", "anders",
    "allen", "bas", "mila", "inna", "nova", "aura", "ali", "anni", "ani", "bent", "darin",
    "tali", "máximo", "gil",
}  # fmt: skip


def _other_stop_words() -> frozenset[str]:
    return frozenset().union(*map(stop_words, _STOP_LANGUAGES)) - _NAMES_NOT_STOP


OTHER_STOP_WORDS = _other_stop_words()
# Words that never start or end a name in any of the languages: English common words and the
# other languages' function words (German nouns are capitalised; "Meine Bestellnummer" is not
# a person).
NAME_STOP = COMMON_WORDS | OTHER_STOP_WORDS
# Whether the text being read is English prose. There a word common only in the other
# languages reads as a name: "Costa", "Zimmer", "Pero" and "Nel" are names far more often
# than Portuguese, German, Spanish or Italian words in an English sentence. Set by the
# recognizers for the text they read (see _reading).
_ENGLISH_PROSE: ContextVar[bool] = ContextVar("english_prose", default=False)


# The other languages' function words that are no name in English prose either: articles and
# prepositions that join the words of a place's name ("Gioia Dei Marsi", "Castel Del Monte"),
# and a company's "Inc.".
_JOINING_WORDS = OTHER_STOP_WORDS & {
    "inc", "corp", "co", "sa", "ag", "spa", "srl", "bv", "nv",
    "de", "del", "della", "dei", "degli", "delle", "di", "da", "do", "dos", "das", "du", "des",
    "la", "le", "les", "los", "las", "el", "il", "lo", "van", "von", "der", "den", "het", "zu",
    "zum", "zur", "im", "am", "sur", "sous", "sul", "sulla", "al", "alla", "au", "aux", "y",
    "e", "i", "et", "en", "und", "na", "no", "nad", "pod", "w", "z",
}  # fmt: skip


def _stop(word: str) -> bool:
    """A common or function word of the languages, a case-folded word that is never a name;
    in English prose, of English alone or one that joins a place's name."""
    if _ENGLISH_PROSE.get():
        return word in COMMON_WORDS or word in _JOINING_WORDS
    return word in NAME_STOP


def _common(word: str, at_least: float = 4.0) -> bool:
    """is_common, in English alone when the text is English prose."""
    return is_common(word, at_least, english=_ENGLISH_PROSE.get())


RAW_LAST_NAMES = _faker_names(("last_names", "last_names_male", "last_names_female"))
LAST_NAMES = RAW_LAST_NAMES - NAME_STOP

_NAME_TOKEN = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*"
_NAME = rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})"
# Bounded, and the patterns that start with one refuse to start inside a word: unbounded,
# every start inside "A-A-A-…" rescanned to the end of the word.
_CAP_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]{1,40}"
# Lower-case words inside a name: "Luke de Pauw", "Vera del Bolaños", "Ana da Silva".
NAME_PARTICLES = {
    "de", "du", "da", "das", "dos", "do", "van", "von", "der", "den", "ter", "ten", "te", "di",
    "del", "della", "la", "le", "y", "i", "e", "zu", "vom", "op", "bin", "al", "el", "af",
}  # fmt: skip
# The particles as one regex alternation, longest first ("della" before "de").
_PARTICLES_ALTERNATION = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
# Post-nominals kept inside a name's span.
_POST_NOMINAL = re.compile(
    r",?\s+(?:MD|M\.D\.|DDS|D\.D\.S\.|PhD|Ph\.D\.|MBA|Jr\.?|Sr\.?|III|II|IV|DVM|Esq\.?|CPA|RN|MSc|BSc|"
    r"M\.Sc\.|B\.Sc\.|B\.Eng\.|M\.Eng\.|B\.A\.|M\.A\.|LL\.M\.|MPhil|DPhil|Dipl\.-Ing\.)(?![\w])"
)
_TITLES = (
    r"mr\.?|mrs\.?|ms\.?|miss|mx\.?|dr\.?|dra\.?|prof\.?|ing\.?|herr|frau|señor|señora|srta\.?|"
    r"sr\.?|sra\.?|don|doña|dña\.?|signor|signora|signorina|sig\.?|sig\.ra|dott\.?|dott\.ssa|"
    r"avv\.?|m\.|mme|mlle|monsieur|madame|meneer|mevrouw|dhr\.?|mevr\.?|pan|pani|panie|"
    r"senhor|senhora|sra\.|eng\.?"
)
_SELF = (
    r"my name is|my name's|name is|i am|i'm|im|this is|call me|it's me|its me|"
    r"ich bin|ich heiße|hier ist|hier spricht|mein name ist|"
    r"je suis|je m'appelle|c'est|moi c'est|mon nom est|"
    r"soy|me llamo|mi nombre es|"
    r"sono|mi chiamo|il mio nome è|"
    r"ik ben|mijn naam is|met|"
    r"jestem|nazywam się|mam na imię|"
    r"sou|chamo-me|me chamo|o meu nome é|meu nome é"
)
_IT_IS = r"it's|it’s|its|es ist|c'est|è|es|het is|to jest|é"
_IT_IS_WORDS = set(_IT_IS.split("|"))
# Spoken to: "spoke to Veronica in payroll", "hablé con Lucía" (and companies: "I spoke to
# Vodafone"): a known first name, or two capitalised words, the model may call a town.
_SPOKEN_TO = (
    r"spoke to|spoke with|spoken to|spoken with|talked to|talked with|speaking to|speaking with|"
    r"chatted with|hablé con|hable con|he hablado con|ho parlato con|ai parlé à|ai parlé avec|"
    r"falei com|rozmawiałem z|rozmawiałam z|gesproken met|gesprochen mit|sprach mit|"
    # And followed up with: "Follow up with Kuon Satou in a couple of months".
    r"follow up with|following up with|followed up with|catch up with|check in with|"
    r"checked in with|reach out to|reached out to|get in touch with|got in touch with|"
    r"on the phone with|off the phone with|a call with|meeting with|met with|lunch with|"
    r"dinner with|coffee with|"
    # Written or made by someone, or a message to them: "Translated from the Polish by
    # Todsawun Sukhenai", "a condolence message to Cakrajiya", "a birthday msg for …".
    r"written by|translated by|directed by|composed by|illustrated by|narrated by|edited by|"
    r"painted by|sung by|poem by|novel by|book by|song by|"
    r"card to|card for|message to|message for|msg to|msg for|note to|note for|letter to|"
    r"letter for|gift for|present for|congratulations to|email to|e-mail to|write to|wrote to|"
    r"text to|reply to|replied to"
)
_SPOKEN_TO_WORDS = set(_SPOKEN_TO.split("|"))
# A person by their trade or the job they came to do: "Producer Angus Stuart explained", "the
# technician Naail Talal", "Mayor Aabid". Products are named so too ("the mocha reporter
# Mochawesome", "our courier Parcelforce"): a known first name or two capitalised words.
_TRADES = (
    r"producer|songwriter|singer|novelist|journalist|reporter|photographer|spokesperson|"
    r"spokesman|spokeswoman|composer|guitarist|drummer|pianist|violinist|actor|actress|"
    r"painter|sculptor|poet|playwright|screenwriter|economist|"
    r"technician|courier|receptionist|plumber|electrician|cleaner|nanny|babysitter|tutor|"
    r"intern|trainee|pharmacist|nurse|caretaker|concierge|waiter|waitress|cashier|"
    r"instructor|referee|mayor|senator|governor|councillor|councilor|bishop|pastor|reverend|"
    r"sergeant|lieutenant"
)
_TRADE_WORDS = set(_TRADES.split("|"))
_CUES = (
    rf"{_SELF}|ask for|ask|speak to|speak with|talk to|talk with|dear|hi|hello|hey|"
    r"thanks|thank you|thx|cheers|regards|best regards|kind regards|best|sincerely|yours|"
    r"signed|colleague|manager|boss|wife|husband|son|daughter|friend|mom|dad|"
    r"mother|father|brother|sister|neighbour|neighbor|landlord|doctor|"
    # A doctor by name: "bij dokter Aerts", "beim Hausarzt Dr. Weber", "la dottoressa Bianchi".
    r"dokter|doktor|docteur|dottore|dottoressa|doutor|doutora|doctora|lekarz|lekarka|huisarts|"
    r"hausarzt|hausärztin|tandarts|zahnarzt|zahnärztin|dentist|dentista|"
    r"kid|child|partner|girlfriend|boyfriend|fiancé|fiancée|fiance|cousin|uncle|aunt|nephew|"
    r"niece|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|guardian|spouse|"
    r"named|called|"
    # A name asked for and given: "What's your last name? Fokina", "Name: …".
    r"(?:first |last |family |full |sur)?name\s*[?:]|nom\s*:|nombre\s*:|nome\s*:|naam\s*:|"
    r"imię\s*:|nazwisko\s*:|"
    # Grandparents, as they are called: "mamie Claude", "Oma Gerda".
    r"granny|nana|mamie|papi|papy|oma|opa|nonna|nonno|abuela|abuelo|avó|avô|babcia|dziadek|"
    r"tante|oncle|"
    r"sohn|tochter|enkelin|neffe|nichte|cousine|"
    r"fils|fille|neveu|nièce|"
    r"hijo|hija|sobrino|sobrina|"
    r"figlio|figlia|nipote|cugino|cugina|"
    r"zoon|dochter|neef|"
    r"syn|córka|wnuk|wnuczka|"
    r"filho|filha|sobrinho|sobrinha|"
    r"hallo|liebe|lieber|sehr geehrte|sehr geehrter|kollege|kollegin|chef|chefin|"
    r"bonjour|salut|cher|chère|collègue|collegue|"
    r"hola|estimado|estimada|compañero|compañera|companero|companera|"
    r"ciao|gentile|caro|cara|collega|"
    r"hoi|beste|collega|"
    r"cześć|czesc|szanowny|szanowna|kolega|koleżanka|kolezanka|kumpel|kumpela|"
    r"olá|ola|oi|prezado|prezada|caro|cara|colega|"
    rf"{_TITLES}"
)
# Cues that often precede other things too ("to Paris", "with Python"): only a known first
# name or two capitalised words count after them.
_WEAK_CUES = (
    rf"{_SPOKEN_TO}|{_TRADES}|to|with|for|from|and|cc|by|emailed|forward|introduce|meet|met|invite|tell|told|"
    r"an|mit|für|von|à|avec|pour|de|con|para|a|per|di|da|met|naar|voor|van|z|do|dla|od|tu|"
    rf"{_IT_IS}"
)
# Roles whose holder's name follows: "account holder: …", "Kontoinhaber ist …".
_ROLES = (
    r"account holder|cardholder|card holder|beneficiary|patient|tenant|recipient|addressee|"
    r"contact person|policy holder|policyholder|"
    r"kontoinhaber(?:in)?|inhaber(?:in)?|empfänger(?:in)?|begünstigte[r]?|patient(?:in)?|"
    r"mieter(?:in)?|ansprechpartner(?:in)?|"
    r"titulaire(?: du compte)?|bénéficiaire|destinataire|locataire|"
    r"titular(?: de la cuenta| da conta)?|beneficiari[oa]|destinatari[oa]|paciente|inquilin[oa]|"
    r"intestatari[oa](?: del conto)?|paziente|"
    r"rekeninghouder|kaarthouder|pashouder|begunstigde|ontvanger|patiënt|huurder|"
    r"contactpersoon|karteninhaber(?:in)?|titulaire de la carte|titular de la tarjeta|"
    r"titolare(?: della carta| del conto)?|posiadacz(?:ka)? karty|titular do cartão|"
    r"właściciel(?:ka)?(?: konta)?|odbiorca(?: przelewu)?|pacjent(?:ka)?|najemca|"
    r"beneficiário|destinatário"
)
_ROLE = re.compile(
    rf"(?i)(?<![\w'])(?:{_ROLES})\s*(?::|\bis\b|\bist\b|\best\b|\bes\b|\bè\b|\bis\b|\bto\b|\bé\b|"
    r"\bjest\b|\bshould be\b|\bsoll\b|\bdoit être\b|\bdebe ser\b)?\s*(?::\s*)?"
)
# Someone added or named in a role that only people hold: "add Alda Ragnarsdóttir as
# guardian", "Jan Kowalski als Bevollmächtigten".
_AS_ROLE = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s+(?:as|als|comme|como|come)\s+"
    r"(?:(?:a|an|the|my|our|his|her|their|mein\w*|sein\w*|ihr\w*|notre|mon|ma|mi|mio|mia|il|la|o|a)\s+)?"
    r"(?:guardian|legal guardian|beneficiary|trustee|executor|co-owner|co-signer|cosigner|"
    r"signatory|authori[sz]ed user|account holder|cardholder|emergency contact|next of kin|"
    r"dependant|dependent|guarantor|power of attorney|"
    r"vormund|begünstigte\w*|bevollmächtigte\w*|erbe|erbin|bürge|bürgin|"
    r"tuteur|tutrice|bénéficiaire|mandataire|garant|"
    r"tutor|tutora|beneficiari[oa]|apoderad[oa]|avalista|"
    r"tutore|garante|delegat[oa]|"
    r"voogd|begunstigde|gemachtigde|borg)\b",
)
# A first name called to at the end of a sentence: "Don't go to town, Brett!".
_VOCATIVE = re.compile(rf",[ \t]+({_CAP_TOKEN})[ \t]*(?:[!?.]|$)")
_HERE = re.compile(
    rf"(?im)(?:^|[,.!]\s+|\b(?:hi|hello|hey|hallo|bonjour|hola|ciao|hoi|cześć|olá|oi)[,!]?\s+)"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})(?:\s*,)?\s+"
    r"(?:here|hier|ici|aquí|aqui|qui|z tej strony|tutaj|speaking|am apparat|al habla)\b"
)
# A known first name as the subject or object of a sentence: "Mónica me dijo", "so Naomi said",
# "Gestern hat Sascha angerufen" (not after another capitalised word: "Santa Monica").
_FIRST_SUBJECT = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN})(?=\s+[a-zà-öø-ÿ]|\s*[,?!]\s*[a-zà-öø-ÿ])"
)
_NAME_IS_MINE = re.compile(
    rf"(?im)^[ \t]*({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})(?:\s*,)?\s+(?:"
    # "Brun, c'est le nom sur le contrat", "Kowalska to nazwisko panieńskie".
    r"(?:is|that's|that is) (?:my|the) (?:last |family |full |sur)?name|"
    r"ist (?:mein|der) (?:vor|nach|familien)?name|(?:c'est|c’est|est) (?:mon|le) (?:nom|prénom)|"
    r"es (?:mi|el) (?:nombre|apellido)|è il (?:mio )?(?:nome|cognome)|"
    r"is (?:mijn|de) (?:achter)?naam|to (?:moje )?(?:imię|nazwisko)|"
    r"é o (?:meu )?(?:nome|apelido|sobrenome))\b"
    # Not the name of something: "Invoice is the name of the file".
    r"(?![ \t]+(?:of|de|du|des|del|della|di|van|von|der|da|do|dos|das|dla)\b)"
)
_POSSESSIVE = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s+(?:(?:{_PARTICLES_ALTERNATION})\s+){{0,2}}{_CAP_TOKEN})?)"
    r"['’]s?(?!\w)"
)
# An enumeration of capitalised words: "Platt, David, Claudia and Oscar", "Caird and Jones".
# At most a dozen items: unbounded, "Anna, Anna, …" rescanned the list from every item.
_ENUMERATION = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s*,\s*{_CAP_TOKEN}){{0,12}},?\s+"
    rf"(?:and|or|&|und|oder|et|ou|y|o|e|en|of|i|lub|oraz)\s+{_CAP_TOKEN})(?![\w'’])"
)
# "Annas Zugang": a German or Dutch genitive of a known first name.
_GENITIVE = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN})s\s+(?=[A-ZÄÖÜa-zäöü])")
# A first name, then a middle initial ("Ella L Gawler", "Marcus O. Paulsen") or particles,
# then a capitalised word or two.
_FIRST_LAST = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s+[A-Z]\.?(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž]))?"
    rf"(?:\s+(?:{_PARTICLES_ALTERNATION})){{0,2}}"
    rf"\s+{_CAP_TOKEN}(?:\s+{_CAP_TOKEN})?)"
)
_CLOSING = re.compile(
    # The closing may end a line that says something else first: "all sorted, regards".
    r"(?i)^(?:[^\n]{0,80}[,.!][ \t]*)?\s*(?:[-–—~]+\s*)?(?:thanks|thank you|many thanks|cheers|regards|best|best regards|"
    r"kind regards|warm regards|sincerely|yours|ok thanks|"
    r"danke|vielen dank|viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|gruß|grüße|"
    r"merci|cordialement|bien à vous|bien cordialement|amitiés|"
    r"gracias|saludos|un saludo|atentamente|"
    r"grazie|grazie mille|saluti|cordiali saluti|distinti saluti|"
    r"bedankt|dank je|dank|groet|groeten|met vriendelijke groet|"
    r"dzięki|dziękuję|pozdrawiam|z poważaniem|"
    r"obrigad[oa]|cumprimentos|atenciosamente|abraço|"
    # Closings between friends: "Beijos\nSara", "Bisous", "Besos", "Liebe Grüße".
    r"beijos?|bjs|abraços|besos|un abrazo|bisous|bises|baci|un abbraccio|kusjes|groetjes|"
    r"buziaki|ściskam|lg|hugs|love|xoxo|xx)[\s,.!]*$"
)
_NAMED_CUE = re.compile(
    r"(?i)(?:my name is|my name's|je m'appelle|je m’appelle|mon nom est|ich heiße|ich heisse|"
    r"mein name ist|me llamo|mi nombre es|mi chiamo|il mio nome è|ik heet|mijn naam is|"
    r"nazywam się|mam na imię|chamo-me|o meu nome é|meu nome é)[,:]?\s+"
)


def _introduced(words: str) -> bool:
    """Whether the words after "my name is" open with a name: not a function word ("My name is
    not important") unless it is a first name ("Else") or a surname follows ("Will Smith")."""
    first, _, rest = words.partition(" ")
    return (
        not _stop(first.casefold())
        or first.casefold() in FIRST_NAMES
        or (rest[:1].isupper() or not rest)
    )


_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+"
_PEOPLE_SHAPES = re.compile(
    # Two people and what they were: "Sultygov and Walker were precision engineers".
    rf"(?<![\w'’\-])(?P<a>{_CAP_WORD})[ \t]+and[ \t]+(?P<b>{_CAP_WORD})[ \t]+(?:were|are)[ \t]+"
    r"(?:\w+[ \t]+){0,2}?(?:engineers|developers|designers|doctors|nurses|teachers|friends|"
    r"colleagues|partners|founders|co-founders|writers|authors|artists|musicians|singers|"
    r"actors|brothers|sisters|cousins|neighbou?rs|lawyers|managers|students|scientists|"
    r"researchers|players|pilots|drivers|owners|twins|siblings|parents|roommates|coworkers|"
    r"teammates|classmates|married|engaged|divorced)(?![\w])|"
    # Heard or seen speaking: "have you heard Lea Ek speak yet?".
    rf"(?<![\w'’\-])(?:heard|hear|seen|saw|see|watched|watch)[ \t]+"
    rf"(?P<heard>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})[ \t]+"
    r"(?:speak|talk|sing|play|perform|lecture|present)(?![\w])|"
    # Given something of someone's: "Carlos had given Weronika his address", "I sent Jorunn
    # my details".
    rf"(?<![\w'’\-])(?:gave|given|give|gives|giving|handed|sent|send|showed|shown|show|told|"
    rf"tell|lent|lend|owe|owed|emailed|texted|offered|promised)[ \t]+"
    rf"(?P<given>{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)[ \t]+(?:his|her|their|my|our|your)[ \t]+"
    r"(?!own\b)[a-z]|"
    # Someone from a company: "Mai is from GMS Inc.", "Itamar is from Potlatch Corp", "Naoharu
    # Sahaku from Cardinal Co.Ltd. is …" (a full name: "Java from Oracle Corp" is no one).
    rf"(?:^|(?<=[.!?\n][ \t])|(?<=[.!?\n]))(?P<member>{_CAP_WORD}|{_CAP_WORD}"
    rf"(?:[ \t]+[A-Z]\.?)?[ \t]+{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)[ \t]+"
    r"(?:is[ \t]+from|(?<=\w[ \t])from(?=[ \t]+[A-Z][^!?\n]{0,60}?[ \t]+(?:is|was)[ \t]))[ \t]+"
    r"(?=[^!?\n]{0,60}?\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|GmbH|AG|SA|ASA|AB|NV|BV|"
    r"SpA|SE|Co|Group|Holdings)\b)"
)
# Roles that things hold: "My favourite band, Radiohead,", "The app, Duolingo,".
_THING_ROLE = re.compile(
    r"(?i)\b(?:app|apps|band|tool|supplier|shop|store|company|firm|brand|product|service|"
    r"platform|website|site|bank|provider|vendor|team|club|restaurant|hotel|airline|game|"
    r"library|framework|language|model|phone|car|city|town|country|region|capital),"
)
# A surname, a comma, then the first name, as lists and forms write them: "guest Parra, José /
# 2 adults", "Signature: BESENÇON, Jean | Procurement".
_SURNAME_FIRST = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}),[ \t]+({_CAP_TOKEN})(?=[ \t]*(?:[/|;(]|$))", re.MULTILINE
)
# A reference: "Calvillo, K. M. and Ojo, P. (2021)".
_CITED = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}),[ \t]+(?:[A-Z]\.[ \t]?){{1,3}}(?=[ \t]*(?:,|&|and\b|\(|$))",
    re.MULTILINE,
)
# A word asked about as a name: "Is Ferrer a Hungarian or a Croatian surname?".
_ASKED_AS_A_NAME = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN})[ \t]+(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?"
    r"(?:surname|first name|last name|family name|given name|girl's name|boy's name)\b"
)
# A role, then the name between commas, then the rest of the clause in lower case: "the
# receptionist, Bjarkar, was rude", "The new head of sales, Mai Mai, wants weekly reports".
_ROLE_THEN_NAME = re.compile(
    r"(?<![\w'’])(?i:the|our|your|my|their|his|her)[ \t]+(?:[a-z\-]+[ \t]+){0,3}?[a-z\-]{3,},"
    rf"[ \t]+({_CAP_WORD}(?:[ \t]+(?:(?:van|von|de|der|da|di|du|dos|del)[ \t]+)?{_CAP_WORD}){{0,2}}),"
    r"[ \t]+(?=[a-z])"
)
# A name, its role between commas, then what the person said: "Quarantino Marcelo, the Aircraft
# pilot, said: …", "John Smith, our account manager, promised a refund".
_APPOSITIVE = re.compile(
    r"(?<![\w'’\-])([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+(?:(?:van|von|de|der|da|di|du|dos|del)[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){0,2}),[ \t]+(?i:the|our|your|my|their|his|her)[ \t]+[^,\n]{2,40},"
    r"[ \t]+(?i:said|says|told|tells|explained|wrote|writes|added|confirmed|promised|replied|"
    r"asked|insisted|admitted)(?![\w])"
)
# A household by its name, or a name said of oneself after the verb: "déposez chez les
# Théraulaz", "en casa de los España", "em casa dos Araújo", "lever af bij van der Heyden op 2
# hoog", "bei Salcher im 2. Stock" (a floor after "bei", "bij", "chez" alone: not "bei Amazon",
# "chez Darty"), "sinds mijn huwelijk heet ik Verbeeck".
_HOUSE_NAME = r"((?:(?:van|von|de|der|den|du|da|dos|di|del)[ \t]+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)"
_HOUSEHOLD = re.compile(
    r"(?<![\w'’])(?:(?P<family>(?i:chez les|en casa de los|en casa de las|em casa dos|"
    r"em casa das|a casa dei|bij de familie|bei familie|u państwa))|(?i:en casa de|em casa de|"
    r"em casa do|em casa da|a casa di|heet ik))[ \t]+" + _HOUSE_NAME
)
_HOUSEHOLD_FLOOR = re.compile(
    r"(?<![\w'’])(?i:bei|bij|chez)[ \t]+" + _HOUSE_NAME + r"(?=[ \t]+(?:(?i:im|in der|op|au|al|no|"
    r"na|en el)[ \t]+)?\d{1,2}(?i:\.?[ \t]*(?:stock|og|etage|obergeschoss)|[ \t]*hoog|"
    r"(?:e|ème|er|de|ste)?[ \t]*(?:étage|verdieping)|[ºª°][ \t]*\w)|[ \t]+au[ \t]+\d{1,2}e(?!\w))"
)
# A label, then only a name: "Billing address: Landro Panicucci", "Ship to: Ana Ruiz".
_LABELLED_NAME_LINE = re.compile(
    rf"[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){{0,3}}[ \t]*:[ \t]*"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,4}})[ \t]*$"
)
# A line that is a name and nothing else, in a signature or an address block.
_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-–—~]+[ \t]*)?(?:(?:{_TITLES})[ \t]+)?({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,5}})[ \t]*$"
)


def _is_name_word(word: str) -> bool:
    bare = word.strip("'’-.").casefold()
    return bare in FIRST_NAMES or bare in LAST_NAMES or _surname_shaped(word.strip("'’-."))


# Endings only surnames have, in the countries Faker's lists cover thinly: Icelandic
# patronymics ("Óladóttir", "Gunnarsson"), South Slavic ("Crnić", "Kovačič"), East Slavic
# ("Akhtakhanov", "Tokaryeva", "Shevchenko", "Kravchuk"), Romanian ("Popescu"), Turkish
# ("Karaosmanoğlu"), Greek ("Papadopoulos", "Nikolaidis"), Georgian ("Beridze", "Gelashvili"),
# Armenian ("Petrosyan"), Lithuanian ("Kazlauskas", "Petraitytė"). Not Finnish "-nen": German
# plurals end so ("Versandoptionen", "Kaffeemaschinen").
_SURNAME_ENDING = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,30}"
    r"(?:dóttir|dottir|sson|ić|ič|[^aeiou][oe]v|[^aeiou][oe]va|enko|chuk|ovich|evich|ovna|evna|"
    r"escu|eanu|oğlu|oglu|poulos|akis|idis|shvili|dze|[^aeiou]yan|auskas|aitis|ienė|aitė|ytė)"
)


def _surname_shaped(word: str) -> bool:
    """A capitalised word with an ending only surnames have, and no common word or place."""
    word = word.capitalize() if word.isupper() else word
    return (
        bool(_SURNAME_ENDING.fullmatch(word))
        and not _common(word, 3.0)
        and word.casefold() not in place_names()
    )


_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "every", "each",
    "any", "some", "no",
}  # fmt: skip


class ContextNameRecognizer(EntityRecognizer):
    """Person names the NER model misses, found by the words around them, in the languages
    Assay expects.

    After a cue ("I'm", "ask for", "Dear", "Thanks,", "my colleague", "ich bin", "je
    m'appelle", "Herr", "pani", an honorific or a role such as "account holder"), a run of one
    to five name-like words (particles such as "van der", "de la" inside) is a name if it
    starts with a known first name (any case) or is capitalised and not a common word. Also a
    name before "here" ("Anna Kowalski here"), a known first name before a capitalised word
    ("Giulia Rossi said"), a possessive ("Ana's account"), and a line that holds only a name
    (a signature, an address block).
    """

    # Only the cue is consumed, so cues can follow each other ("Hi, my name is …").
    # Not inside a word ("I'd"), but after an opening quotation mark ("is 'Dear Darcy,' too
    # stiff?").
    CUE = re.compile(rf"(?i)(?<!\w)(?<!\w')(?:(?P<strong>{_CUES})|(?P<weak>{_WEAK_CUES}))[,:]?\s+")
    NAME = re.compile(_NAME)
    SIGNATURE = re.compile(rf"(?m)^(?:[-–—~]+\s*)?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s*$")

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ContextNameRecognizer")
        # Loaded here, with the engines, rather than inside the first scrub that needs it:
        # reading every Faker address locale takes a fifth of a second.
        place_names()

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        with _reading(text):
            return self._analyze(text, nlp_artifacts)

    def _analyze(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        # A span the model calls a place or an organisation ("to Paris", "for Jordan",
        # "to Port Jeffreyshire") is not a name after a weak cue, however much it looks like one.
        # The model's entities do not overlap and come in reading order, so the ones a span
        # overlaps sit just before the first that starts after it.
        others = sorted(
            (entity.start_char, entity.end_char, entity.label_)
            for entity in (nlp_artifacts.entities if nlp_artifacts else [])
            if entity.label_ != "PERSON"
        )
        other_starts = [start for start, _, _ in others]

        english = _mostly_english(text)

        def is_place(span: tuple[int, int], *, strict: bool = True) -> bool:
            """Whether the model sees another entity there. A full name starting with a known
            first name, or one after a cue that is not a preposition, loses only to a place;
            an unknown word or one after "to"/"for" to any other entity ("to Florence", "for
            Jordan" the company). The English model's labels on other languages are noise."""
            words = text[span[0] : span[1]].split()
            known = words[0].strip(",.").casefold() in FIRST_NAMES
            if known and not english:
                return False
            lenient = known and (len(words) >= 2 or not strict)
            for start, end, label in entities_over(span):
                # The model runs a name line into the next ("Kristíana Valbergsdóttir\nBritvic
                # Plc" an organisation): an entity across a line break says nothing.
                if "\n" in text[start:end]:
                    continue
                if label == "LOCATION" or not lenient:
                    return True
            return False

        def entities_over(span: tuple[int, int]) -> Iterator[tuple[int, int, str]]:
            """The model's other entities the span overlaps, last first."""
            index = bisect.bisect_left(other_starts, span[1])
            while index > 0 and others[index - 1][1] > span[0]:
                index -= 1
                yield others[index]

        def a_firm(span: tuple[int, int]) -> bool:
            """Whether the model calls the words there an organisation ("our supplier, Makro,
            is late")."""
            return any(label == "ORGANIZATION" for _, _, label in entities_over(span))

        def add(span: tuple[int, int] | None, score: float, *, cued: bool = False) -> None:
            # A name a cue word announces ("my name is", "account holder:", "as the admin")
            # is a person whatever stands after it; the look-alike veto is for names found
            # by their shape alone. Not food named after someone: "granny smith apples".
            if span and (
                assistant_named(text, *span)
                or (text[span[0] : span[1]].islower() and _FOOD_AFTER.match(text, span[1]))
                or _after_a_trip(text, span[0])
            ):
                return
            if span and (cued or not not_a_person(text, *span)):
                end = span[1]
                post = _POST_NOMINAL.match(text, end)
                results.append(
                    RecognizerResult("PERSON", span[0], post.end() if post else end, score)
                )

        for cue in self.CUE.finditer(text):
            # "im" is "I'm" in English chat, "in the" in German: "im Warenkorb", "liegt im
            # Paketzentrum" (not "hola im Chidi, tengo…": a name then a comma).
            if (
                not english
                and cue.group().rstrip(",: \t\n").casefold() == "im"
                and not _COMMA_AFTER_WORD.match(text, cue.end())
            ):
                continue
            match = self.NAME.match(text, cue.end())
            weak = cue.group("weak") is not None
            # After an honorific or a word for kin or a colleague, a capitalised word that is
            # a word too is a name ("Herr Koch", "mon collègue Guy", "my friend Will").
            titled = (
                not weak
                and (
                    bool(_TITLE_CUE.fullmatch(cue.group()))
                    # "My name is Else", "ik heet Roos": a word that is a name here (not
                    # a function word: "My name is not important").
                    or (
                        match is not None
                        and bool(_NAMED_CUE.fullmatch(cue.group()))
                        and _introduced(match.group(1))
                    )
                    # Written in lower case: "Mother Nature", "Partner Network" are names of things.
                    or (
                        cue.group()[:1].islower()
                        and bool(_KIN_BEFORE.search(text, max(0, cue.end() - 24), cue.end()))
                    )
                )
            )
            span = match and self._name_span(
                text, match.start(1), match.group(1), weak=weak, titled=titled
            )
            preposition = cue.group("weak") and cue.group("weak").casefold() not in _IT_IS_WORDS
            # Common words that no name list holds are a firm's name: "con Línea Directa".
            if span and weak:
                named = [w.strip(",.") for w in text[span[0] : span[1]].split()]
                if not any(map(_is_name_word, named)) and all(_common(w) for w in named):
                    continue
            # No one speaks to a town: the model's places after "spoke to" are people.
            spoken_to = weak and cue.group("weak").casefold() in _SPOKEN_TO_WORDS | _TRADE_WORDS
            if span and weak and not spoken_to and is_place(span, strict=bool(preposition)):
                continue
            # "de" joins nouns ("tarta de Santiago", "Roscón de Reyes", "Correos de Gran Vía")
            # and is Dutch for "the" ("de Opel Corsa"): only a known first name that is no
            # place follows it as a person ("le compte de Xavier").
            if span and weak and cue.group("weak").casefold() == "de":
                named = text[span[0] : span[1]].split()
                opening = named[0].casefold()
                # Or two or more words rare in every language: "a encomenda de Kagiso Mthembu".
                rare = len(named) >= 2 and all(_could_be_a_name(w, 3.0) for w in named)
                if not rare and (opening not in FIRST_NAMES or opening in place_names()):
                    continue
            # "Dr. Martens boots": after a title, a product word still says it is a brand.
            add(span or None, 0.7, cued=not weak and not titled)
        for booked in _BOOKED_UNDER.finditer(text):
            match = self.NAME.match(text, booked.end())
            span = (match and self._name_span(text, match.start(1), match.group(1))) or None
            # A name rarer than one use in 300,000 words, no company, place or common word.
            if span and all(
                _could_be_a_name(w.strip(",."), 3.5) for w in text[span[0] : span[1]].split()
            ):
                add(span, 0.7)
        for role in _ROLE.finditer(text):
            match = self.NAME.match(text, role.end())
            span = (match and self._name_span(text, match.start(1), match.group(1))) or None
            add(span, 0.7, cued=True)
        for match in _NAME_IS_MINE.finditer(text):
            add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _HERE.finditer(text):
            add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _AS_ROLE.finditer(text):
            add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _VOCATIVE.finditer(text):
            word = match.group(1).casefold()
            if word in FIRST_NAMES and not _stop(word):
                add((match.start(1), match.end(1)), 0.6)
        for match in _FIRST_LAST.finditer(text):
            words = match.group(1).split()
            start = match.start(1)
            # "The Helena Carlsen version": the name starts at the second word.
            if len(words) >= 3 and _stop(words[0].casefold()):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            last = words[-1].casefold()
            # Or a word that can be a name before a surname by its ending ("Zarita
            # Akhtakhanov", "Tihomila Crnić").
            if (
                words[0].casefold() not in FIRST_NAMES
                and not (_surname_shaped(words[-1]) and _could_be_a_name(words[0], 3.5))
            ) or (_stop(last) and last not in RAW_LAST_NAMES):
                continue
            span = self._name_span(text, start, text[start : match.end(1)], weak=True)
            if span and (not is_place(span) or _is_name_word(words[-1])):
                add(span, 0.65)
        for match in _FIRST_SUBJECT.finditer(text):
            word = match.group(1)
            previous = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
            before = previous.group(1) if previous else ""
            after_capitalised = before[:1].isupper()
            if (
                word.casefold() in FIRST_NAMES
                and not _stop(word.casefold())
                # "partita IVA", "Ben & Jerry's": an acronym, a firm's name.
                and not (word.isupper() and len(word) <= 3)
                and before != "&"
                # After a capitalised word only across a sentence's end, or a comma when the
                # name is no place ("Lilli Pechel, Doreen aus der IT"; not "Berlin, Paris
                # oder Rom").
                and not (
                    after_capitalised
                    and not before.endswith((".", "!", "?", ":"))
                    # A known name before the comma ("Lilli Pechel, Doreen"; not "GitHub, Hugo").
                    and not (
                        before.endswith(",")
                        and _is_name_word(before.rstrip(","))
                        and word.casefold() not in place_names()
                    )
                )
                # "the German government", "a Victoria sponge": a determiner, not a person.
                and before.casefold() not in _DETERMINERS
            ):
                span = (match.start(1), match.end(1))
                # The model calls many first names it does not know places ("Alina is very
                # reliable", "so Cliona said", "The true gender of Selina has …"): a known
                # first name that is no known place is a person, but not where something goes
                # ("the weather in Austin is") nor in a list.
                unknown_place = (
                    english
                    and word.casefold() not in place_names()
                    and not _DESTINATION_BEFORE.search(text, max(0, span[0] - 24), span[0])
                    # An item of a list is left to the list ("to Denver, Phoenix or Orlando").
                    and before.casefold() not in {"and", "or", "&"}
                    and not before.endswith(",")
                )
                if unknown_place or not is_place(span, strict=False):
                    add(span, 0.6)
        if english:
            # A word the model labels a place or an organisation, or not at all, spoken of as
            # only a person is spoken of: "Woźniak began writing", '…," says Weld', "Yuzuna's
            # kid". Not a common word, a place, a day or a month, nor after a determiner.
            for match in _LONE_CAPITALISED.finditer(text):
                start, end = match.span(1)
                # "Yuzuna's kid": the possessive's ending is not the name's.
                if match.group(1).endswith(("'s", "’s")):
                    end -= 2
                words = text[start:end].split()
                # "Then Woźniak said": the name is the second word.
                if len(words) == 2 and not _name_shaped(words[:1]):
                    start, words = end - len(words[1]), words[1:]
                previous = _LAST_WORD.search(text, max(0, start - 40), start)
                before = previous.group(1).casefold() if previous else ""
                if (
                    not _name_shaped(words)
                    or text[start:end].casefold() in place_names()
                    or before in _DETERMINERS
                    or not _only_of_a_person(text, start, end)
                ):
                    continue
                add((start, end), 0.6)
            # A work named after its author: "Unlike the Lasseter novel", "the Ferrante
            # books". A known name or a rare word ("the Django books", "the Dune novels", "the
            # Marvel films" are things).
            for match in _AUTHORS_WORK.finditer(text):
                word = match.group(1)
                if word.casefold() not in _TECH_WORDS and (
                    _is_name_word(word) or _could_be_a_name(word, 3.5)
                ):
                    # Cued: "the Grace period" is a thing, but no thing has a biography.
                    add(match.span(1), 0.6, cued=True)
        for match in _POSSESSIVE.finditer(text):
            words = match.group(1).split()
            # "Louelle van den Brandhof's": particles between two words that can be names.
            named = [w for w in words if w not in NAME_PARTICLES]
            if len(named) < len(words) and all(_could_be_a_name(w, 3.0) for w in named):
                add(self._name_span(text, match.start(1), match.group(1)), 0.6)
                continue
            words = named
            if (
                words[0].casefold() in FIRST_NAMES
                or (len(words) == 1 and _is_name_word(words[0]))
                # "Isolda Marrero's": a known surname after a word that is not a common one.
                or (
                    len(words) == 2
                    and words[1].casefold() in LAST_NAMES
                    and not _stop(words[0].casefold())
                )
                # Two words rare in every language: "Iven Desnoyer's Cautionary Tales".
                or (len(words) == 2 and all(_could_be_a_name(w, 3.0) for w in words))
            ):
                add(self._name_span(text, match.start(1), match.group(1)), 0.6)
        speakers = list(_SPEAKER.finditer(text))
        # A dialogue: one speaker a known first name, the others words that can be names
        # ("Dmitar: \"Who are you?\"\nDominique: …"; not "Note:", "Error:", "User:").
        dialogue = len(speakers) >= 2 and any(
            m.group(1).casefold() in FIRST_NAMES and not _stop(m.group(1).casefold())
            for m in speakers
        )
        for match in speakers:
            word = match.group(1).casefold()
            if (word in FIRST_NAMES and not _stop(word)) or (
                dialogue
                and _QUOTE_AFTER.match(text, match.end())
                and _could_be_a_name(match.group(1), 3.0)
            ):
                add((match.start(1), match.end(1)), 0.6)
        for span in _transcript_speakers(text):
            add(span, 0.6)
        for match in _GENITIVE.finditer(text):
            stem = match.group(1)
            if (
                stem.casefold() in FAKER_FIRST_NAMES
                and (stem + "s").casefold() not in _STOP_OR_FIRST_NAMES
                # "naar Ans": a town, not An's.
                and (stem + "s").casefold() not in place_names()
                # A genitive takes no article: "los Donettes" are things.
                and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                # "Maile Jaimes", "Williams": a surname of its own, not Jaime's or William's.
                whole = (stem + "s").casefold() in LAST_NAMES
                add((match.start(1), match.end(1) + whole), 0.6)
        for match in _LIST_ITEM.finditer(text):
            # "participants: Ana Ruiz, Lucía, yo y dos más": a first name as an item of a list.
            # People listed with oneself or with a full name beside them, not towns in a row.
            word = match.group(1).casefold()
            span = (match.start(1), match.end(1))
            with_people = _LIST_SELF.match(text, match.end()) or _LIST_FULL_NAME.search(
                text, max(0, match.start() - 60), match.start()
            )
            if (
                with_people
                and word in FIRST_NAMES
                and not _stop(word)
                and word not in place_names()
            ):
                add(span, 0.6)
        for match in _PEOPLE_LABEL.finditer(text):
            # Surnames that are words count here ("Long", "Green"); places and common words
            # no list holds as a name do not, nor a list of tools ("speakers: Python, Rust").
            items = list(_WORD_TOKEN.finditer(text, match.start(1), match.end(1)))
            if any(item.group().casefold() in _TECH_WORDS | ASSISTANT_NAMES for item in items):
                continue
            for item in items:
                word = item.group()
                if word[:1].isupper() and (
                    word.casefold() in RAW_LAST_NAMES
                    or _is_name_word(word)
                    or _could_be_a_name(word, 3.0)
                ):
                    add(item.span(), 0.6, cued=True)
        for span in _lower_case_names(text):
            add(span, 0.6)
        for match in _PEOPLE_SHAPES.finditer(text):
            # "Goodenough and Bradford were precision engineers", "have you heard Lea Ek speak
            # yet?", "Motoko is from Potlatch Corp": what is said of people only.
            for group in ("a", "b", "heard", "given", "member"):
                if match.group(group) is None:
                    continue
                # A middle initial is no word: "Mimount Y Bijster".
                words = [w for w in match.group(group).split() if len(w.rstrip(".")) > 1]
                # "Itamar" is a town in Brazil too, and as common there as "compiler" is.
                place = group == "member"
                common = 4.0 if place else 3.0
                if (
                    all(_could_be_a_name(w, common, place=place) for w in words)
                    and not (
                        place
                        and (
                            _TECH_WORDS.intersection(map(str.casefold, words))
                            # A product from the company it is named after: "Garmin Fenix from
                            # Garmin Ltd.".
                            or words[0] in text[match.end() : match.end() + 60]
                        )
                    )
                ):
                    add((match.start(group), match.end(group)), 0.6)
        for match in _SURNAME_FIRST.finditer(text):
            surname, first = match.group(1), match.group(2)
            if (
                first.casefold() in FIRST_NAMES
                and not _stop(first.casefold())
                and (
                    _could_be_a_name(surname, 3.0)
                    or (surname.isupper() and len(surname) > 3 and not _common(surname, 3.0))
                )
            ):
                add((match.start(1), match.end(2)), 0.6)
        for match in _SUBJECT_OF_A_PERSON_VERB.finditer(text):
            words = match.group(1).split()
            if (
                all(_could_be_a_name(w, 3.5) for w in words)
                and not _TECH_WORDS.intersection(map(str.casefold, words))
                # Firms and clubs apologise, promise, win and draw too: a known name only. (The
                # model calls most names it does not know firms: "Bertoli raised concerns".)
                and (not match.group("firms_too") or any(_is_name_word(w) for w in words))
            ):
                add((match.start(1), match.end(1)), 0.6)
        for match in _ROLE_THEN_NAME.finditer(text):
            # Not a place or a tool: "the capital, Paris, is", "our new tool, Jira, is".
            words = [w for w in match.group(1).split() if w not in NAME_PARTICLES]
            folded = {w.casefold() for w in words}
            if (
                all(_could_be_a_name(w, 3.5) for w in words)
                and not folded & _TECH_WORDS
                and " ".join(words).casefold() not in place_names()
                and not a_firm(match.span(1))
                and not _THING_ROLE.search(text, match.start(), match.start(1))
            ):
                add((match.start(1), match.end(1)), 0.6)
        for match in _CITED.finditer(text):
            if _could_be_a_name(match.group(1), 3.0):
                add((match.start(1), match.end(1)), 0.6)
        for match in _ASKED_AS_A_NAME.finditer(text):
            if not _stop(match.group(1).casefold()):
                add((match.start(1), match.end(1)), 0.6, cued=True)
        for match in _APPOSITIVE.finditer(text):
            # "Arn Lind, the News camera operator, said: …", "John Smith, our account
            # manager, promised a refund": a name and a role between commas, then speech.
            words = [w for w in match.group(1).split() if w.casefold() not in NAME_PARTICLES]
            if words and all(_could_be_a_name(w) for w in words):
                add((match.start(1), match.end(1)), 0.6)
        for match in (*_HOUSEHOLD.finditer(text), *_HOUSEHOLD_FLOOR.finditer(text)):
            # "chez les Théraulaz", "em casa dos Araújo", "bei Salcher im 2. Stock", "heet ik
            # Verbeeck": a family or a person by their home, or a name said of oneself.
            name = match.lastindex or 1
            words = [w for w in match.group(name).split() if w.casefold() not in NAME_PARTICLES]
            plural = bool(match.groupdict().get("family"))
            if words and all(_could_be_a_name(w, 4.0, place=plural) for w in words):
                add((match.start(name), match.end(name)), 0.6)
        for match in _SHORT_CLOSING.finditer(text):
            # A known first name after it: "LG Marie-Louise", not "LG Ultragear", "Gr. Medium".
            opening = match.group(1).split()[0].split("-")[0].casefold()
            if opening in FIRST_NAMES and not _stop(opening):
                add(self._name_span(text, match.start(1), match.group(1)), 0.6)
        for match in _INITIAL_BETWEEN.finditer(text):
            first = str(match.group(1))
            *particles, last = str(match.group(2)).split()
            # Only words rarer than "compiler" or "toolkit" (3.0) around an initial: "Grace C
            # Compiler" is software; after particles a word may be commoner ("van der Kruk").
            # Surnames that are also towns ("Komori") count.
            if _could_be_a_name(first, 3.0, place=True) and _could_be_a_name(
                last, 4.5 if particles else 3.0, place=True
            ):
                add((match.start(1), match.end(2)), 0.6)
        results.extend(self._name_lines(text, is_place))
        if nlp_artifacts is not None:
            results.extend(self._enumerations(text, nlp_artifacts))
        return [result for result in results if not _names_food(text, result)]

    @staticmethod
    def _enumerations(text: str, nlp_artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """Every word of an enumeration whose words are mostly people: "founders: Lapresse,
        Morris and Wright", "They had 6: Platt, David, Claudia, Brenda and Oscar".

        A word counts for a person when the model calls it one, or when it is a known name the
        model does not call a place; for a place when the model does. Lists of places, days
        or products ("Paris, Austin and Jordan" are names too) have no majority of people.
        """
        found: list[RecognizerResult] = []
        entities = sorted(
            (entity.start_char, entity.end_char, entity.label_) for entity in nlp_artifacts.entities
        )
        starts = [start for start, _, _ in entities]
        for match in _ENUMERATION.finditer(text):
            words = list(_WORD_TOKEN.finditer(text, match.start(1), match.end(1)))
            items = [w for w in words if w.group()[:1].isupper()]
            people = places = 0
            located: set[int] = set()
            destination = _DESTINATION_BEFORE.search(
                text, max(0, match.start() - 24), match.start()
            )
            for item in items:
                index = bisect.bisect_right(starts, item.start()) - 1
                label = (
                    entities[index][2] if index >= 0 and entities[index][1] > item.start() else None
                )
                # The model calls many surnames places ("Mendez, Crawford"): a known name
                # that is no known place counts for a person whatever its label.
                # Not in a list where something goes ("flights to Denver, Phoenix or Orlando").
                known = (
                    not destination
                    and _is_name_word(item.group())
                    and item.group().casefold() not in place_names()
                )
                if label == "LOCATION" and not known:
                    places += 1
                    located.add(item.start())
                elif label == "PERSON" or _is_name_word(item.group()):
                    people += 1
            # Tried: a pair of one person and a word nothing else is known of ("Caird and
            # Jones", "Butusov and Robles"): "Compare Heroku and Cloudflare", "Jones and
            # Kubernetes", "Terraform and Pulumi" became people, product names being as rare
            # as surnames.
            if people < 2 or people <= places:
                continue
            # Programming languages and tools are listed together ("Julia, Ruby, Swift or
            # Rust"): no list of people.
            if any(item.group().casefold() in _TECH_WORDS | ASSISTANT_NAMES for item in items):
                continue
            # Two things to choose from ("Gaviscon or Rennie, which one …?"), unless they are
            # first names ("Anna or Maria, which one of them …?").
            if _a_choice(text, match.start(1), match.end(1)) and not all(
                item.group().casefold() in FIRST_NAMES for item in items
            ):
                continue
            for item in items:
                word, bare = item.group(), item.group().casefold()
                # Names that are words too count among people ("Møller, Price and Dixon",
                # "Sharon, Bill, Sarah"); days, months and what the model calls a place do
                # not ("Anna, Tom, Monday and Friday").
                if word.isupper() or bare in calendar_words():
                    continue
                if item.start() in located and bare in place_names():
                    continue
                if not _stop(bare) or bare in FIRST_NAMES or bare in RAW_LAST_NAMES:
                    found.append(RecognizerResult("PERSON", item.start(), item.end(), 0.6))
        return found

    def _name_lines(self, text: str, is_place: Any) -> list[RecognizerResult]:
        """Lines that hold only a name: after a closing line, in an address block, or last."""
        found = []
        lines = text.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
        for index, line in enumerate(lines):
            match = _NAME_LINE.match(line.rstrip("\r\n"))
            if not match and len(lines) >= 2:
                # A label before it, an address block after: "Billing address: Landro
                # Panicucci\n  9611 Dili Street …".
                labelled = _LABELLED_NAME_LINE.match(line.rstrip("\r\n"))
                if labelled and _heads_a_block(lines, index, labelled=True):
                    words = [w for w in labelled.group(1).split() if w not in NAME_PARTICLES]
                    # Words rarer than "timeout" or "exceeded" unless one is a known name
                    # ("Error Code: Timeout Exceeded\n 504 …" is no name).
                    rarity = 4.0 if any(_is_name_word(w) for w in words) else 2.5
                    if len(words) >= 2 and all(
                        w[:1].isupper() and _could_be_a_name(w, rarity) for w in words
                    ):
                        start = offsets[index] + labelled.start(1)
                        span = self._name_span(text, start, labelled.group(1))
                        if span:
                            found.append(RecognizerResult("PERSON", span[0], span[1], 0.6))
                continue
            if not match or len(lines) < 2:
                continue
            start = offsets[index] + match.start(1)
            candidate = match.group(1)
            words = candidate.split()
            after_closing = index > 0 and bool(_CLOSING.match(lines[index - 1]))
            known = words[0].casefold() in FIRST_NAMES
            two_capitalised = len(words) >= 2 and all(w[:1].isupper() for w in words)
            # Further down the block, a house number or a country: "Tenchi Kouno\n\n
            # Vestmannaeyjar\nIceland", "Primo Schiavone\nA.S.T Groupe SA\n3164 …": one word no
            # list holds, none an English function word ("Order Summary\n2 x …" is none).
            heads_an_address = (
                two_capitalised
                and _heads_a_block(lines, index, further=True)
                and not any(w.casefold() in COMMON_WORDS for w in words)
                and any(
                    _could_be_a_name(w, 3.0, place=True) for w in words if w not in NAME_PARTICLES
                )
            )
            if not (
                after_closing
                or (index == last and (known or two_capitalised))
                or (known and two_capitalised)
                or (
                    two_capitalised
                    and _heads_a_block(lines, index)
                    and all(_could_be_a_name(w) for w in words if w not in NAME_PARTICLES)
                )
                or heads_an_address
            ):
                continue
            span = self._name_span(text, start, candidate, titled=heads_an_address)
            if span is None and after_closing and len(words) == 1 and known:
                # "Nada", "Paz", "Will" signing off: a first name that is also a word.
                span = (start, start + len(candidate)) if candidate[:1].isupper() else None
            # The model reads a name atop an address as a firm as often as not.
            if span and not (is_place(span) and not known and not heads_an_address):
                found.append(RecognizerResult("PERSON", span[0], span[1], 0.6))
        return found

    @staticmethod
    def _name_span(
        text: str, start: int, candidate: str, *, weak: bool = False, titled: bool = False
    ) -> tuple[int, int] | None:
        """Keep the leading words that read as a name; None if the first does not.

        After an honorific (titled) the name may start with its particles ("mevrouw van
        Holland", "Sra. da Mota") and a capitalised surname that is also a word counts ("Ms
        Ball", "Herr Koch")."""
        end = start
        first_is_known = all_known_so_far = after_particle = capitals = False
        words = 0
        if titled:
            leading = _LEADING_PARTICLES.match(candidate)
            if leading and leading.end() < len(candidate) and candidate[leading.end()].isupper():
                after_particle = True
                words = 1  # the particles open the name
                end = start + leading.end()
        tokens = list(_NON_SPACE.finditer(candidate))
        # "Rua Augusta", "Via Roma": a street, not a person.
        if _STREET_TYPE_START.match(candidate):
            return None
        for index, word in enumerate(tokens):
            token = word.group()
            bare = token.strip("'’-,.").casefold()
            following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
            # A middle initial between two names: "Ella L Gawler", "Marcus O. Paulsen".
            if words and _MIDDLE_INITIAL.fullmatch(token) and following[:1].isupper():
                continue
            # Particles inside a name: "de la Masse", "van der Berg", once a name has begun; in a
            # name written in lower case, before one more word ("madelief van salmen").
            if words and bare in NAME_PARTICLES and token.islower():
                if (
                    following[:1].isupper()
                    or following.casefold() in NAME_PARTICLES
                    or (all_known_so_far and not _stop(following.casefold()))
                ):
                    after_particle = True
                    continue
                break
            # A surname that is also a word ("Sola", "Salvo", "Law"): capitalised after a
            # first name or a particle, or a known surname after known first names.
            surname_word = (titled and index == 0 and token[:1].isupper()) or (
                words > 0
                and (
                    (token[:1].isupper() and (bare in RAW_LAST_NAMES or after_particle))
                    or (all_known_so_far and bare in RAW_LAST_NAMES and bare not in STOP_WORDS)
                )
            )
            after_particle = False
            if (_stop(bare) and not surname_word) or len(bare) < 2:
                break
            # Acronyms (CSS, TCP, AWS, and "RAM", "MAX", "KIA" though they are names too) are
            # not names; a full name in capitals is ("JANE DOE" under a closing), and one known
            # name after a cue that says a name follows ("Mein Name ist MÜLLER, Hans").
            if (
                len(bare) > 1
                and token.isupper()
                and not (
                    _is_name_word(token)
                    and (
                        titled
                        or (words and capitals)
                        or (following.isupper() and _is_name_word(following.strip(",.")))
                    )
                )
            ):
                break
            capitals = token.isupper()
            capitalised = token[:1].isupper()
            if index == 0:
                first_is_known = all_known_so_far = bare in FIRST_NAMES
                if not (first_is_known or capitalised):
                    return None
                # "my colleague said no", "my friend will come": a very common word.
                if not capitalised and _common(bare, 5.5):
                    return None
                # "Hola Mundo", "Hello World": a greeting, then a common word no name list
                # holds (not "Hi Dawn", "Thanks Price").
                if (
                    capitalised
                    and not (weak or titled)
                    and bare not in FIRST_NAMES
                    and bare not in RAW_LAST_NAMES
                    and _common(bare, 4.0)
                ):
                    return None
            # After known first names a lower-case word may follow ("priya sharma", "ana júlia
            # fonseca"), but only one unknown one: "jerzy hapka yesterday".
            # Nor, after a weak cue, a common word in lower case that no name list holds: "a
            # mala ficou em Estremoz" (not "posiadacz karty to gaja lula").
            elif not (capitalised or all_known_so_far or surname_word) or (
                weak
                and not capitalised
                and not surname_word
                and bare not in FIRST_NAMES
                and _common(bare, 3.5)
            ):
                break
            all_known_so_far = all_known_so_far and bare in FIRST_NAMES
            end = start + word.start() + len(token.rstrip(",.:;!?"))
            words += 1
            if token.endswith((",", ".", ":", ";", "!", "?")) and not _INITIAL.fullmatch(token):
                break
        if weak and not (first_is_known or words >= 2):
            return None
        # One lower-case word after a weak cue that is a common word too: "só a nova", "with
        # grace" (not "met sanne").
        # In English only the very common ones ("with grace" is Grace, "only a nova" no one).
        if (
            weak
            and words == 1
            and candidate[:1].islower()
            and _common(tokens[0].group(), 5.5 if _mostly_english(text) else 4.0)
        ):
            return None
        return (start, end) if end > start else None


@functools.cache
def calendar_words() -> frozenset[str]:
    """Day and month names in the languages Assay expects, lower-cased: Faker's date providers
    of each locale, and the standard library's (C locale: English)."""
    import calendar

    words = {name.casefold() for name in (*calendar.day_name, *calendar.month_name) if name}
    for locale in ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT"):
        provider = importlib.import_module(f"faker.providers.date_time.{locale}").Provider
        for attribute in ("DAY_NAMES", "MONTH_NAMES"):
            words.update(name.casefold() for name in getattr(provider, attribute, {}).values())
    return frozenset(words)


# Kinds of goods a brand or a model is named after a person in: "botas Pedro del Hierro",
# "la lámpara Carmen", "die Jack Wolfskin jacke", "Dr. Martens boots". A name right
# before or after one of these words is a product's. Only unambiguous goods: no verbs ("set up",
# "pack my order") and no everyday words a person owns or uses ("bag", "watch", "bank", "model").
_PRODUCT_NOUNS = (
    r"boots?|shoes?|sneakers?|trainers?|jacket|coat|dress|shirt|jeans|trousers|handbag|"
    r"lamp|sofa|couch|armchair|mattress|bottles?|gift set|"
    r"perfume|fragrance|sunglasses|"
    r"jacke|schuhe?|stiefel|mantel|kleid|hemd|hose|tasche|handtasche|lampe|leuchte|sessel|"
    r"stuhl|tisch|bett|matratze|flaschen?|uhr|parfüm|anzug|modell|kollektion|"
    r"chaussures|bottes|baskets|veste|manteau|robe|chemise|pantalon|sac|lampe|canapé|fauteuil|"
    r"chaise|matelas|bouteilles?|coffrets?|montre|parfum|costume|modèle|"
    r"botas|zapatos|zapatillas|chaqueta|abrigo|vestido|camisa|pantalones|bolso|lámpara|sofá|"
    r"sillón|silla|mesa|cama|colchón|botellas?|reloj|perfume|traje|modelo|colección|"
    r"scarpe|stivali|giacca|cappotto|vestito|camicia|pantaloni|borsa|lampada|divano|poltrona|"
    r"sedia|tavolo|letto|materasso|bottiglie|bottiglia|confezione|orologio|profumo|modello|"
    r"schoenen|laarzen|jas|jurk|overhemd|broek|tas|handtas|lamp|fauteuil|stoel|tafel|"
    r"matras|fles|flessen|horloge|parfum|"
    r"buty|kozaki|kurtka|kurtkę|płaszcz|sukienka|sukienkę|koszula|spodnie|torba|torebka|"
    r"torebkę|lampa|lampę|sofa|sofę|kanapa|kanapę|fotel|krzesło|stół|łóżko|materac|butelki|"
    r"butelka|zegarek|perfumy|"
    r"sapatos|sapatilhas|ténis|casaco|vestido|camisa|calças|mala|bolsa|candeeiro|sofá|"
    r"poltrona|cadeira|mesa|cama|colchão|garrafas?|relógio|perfume|fato|modelo|coleção|"
    # Toys and mugs: "de Jip en Janneke puzzel", "the Peppa mug".
    r"puzzel|puzzle|puzzles|speelgoed|spielzeug|jouets?|juguetes?|giocattol[oi]|zabawk[ai]|"
    r"brinquedos?|mok|mug|mugs|tasse|taza|tazza|kubek|caneca"
)
# Food, drink and what a pharmacy sells, named after people and saints: "pizza Margherita",
# "Caesar salad", "galletas María", "Douwe Egberts koffie", "Marie biscuits". Not "pan" (the
# Polish "Mr"), "ser" (Spanish "to be"), "drop" (a verb).
_FOOD_NOUNS = (
    r"pizza|pasta|tart|cakes?|pies?|sponge|buns?|biscuits?|cookies?|salad|soup|tea|coffee|"
    r"wine|beer|apples?|chocolates?|sauce|sandwich|burger|bread|cheese|juice|gin|rum|whisky|"
    r"vodka|cider|muffins?|scones?|tablets|pills|syrup|cream|fettuccine|spaghetti|risotto|"
    r"lasagne|"
    r"kaffee|tee|wein|bier|kuchen|torte|kekse|keks|brot|brötchen|schokolade|käse|saft|soße|"
    r"salat|suppe|tabletten|tropfen|sirup|salbe|pralinen|bonbons|"
    r"café|thé|vin|bière|gâteau|tarte|pain|chocolat|fromage|jus|salade|soupe|comprimés|"
    r"gouttes|sirop|crème|"
    r"té|vino|cerveza|tarta|pastel|roscón|galletas?|queso|zumo|salsa|ensalada|sopa|"
    r"pastillas|comprimidos|gotas|jarabe|crema|bizcocho|turrón|"
    r"caffè|tè|birra|torta|biscotti|pane|cioccolato|formaggio|succo|insalata|zuppa|compresse|"
    r"gocce|sciroppo|panettone|"
    r"koffie|thee|wijn|taart|koek|koekjes|brood|chocolade|kaas|sap|saus|soep|druppels|siroop|"
    r"hagelslag|"
    r"kawa|kawę|herbata|herbatę|wino|piwo|ciasto|tort|ciastka|cukierki|chleb|czekolada|"
    r"czekoladę|sok|sos|sałatka|zupa|tabletki|krople|syrop|krem|"
    r"chá|vinho|cerveja|bolo|bolacha|bolachas|biscoitos|pão|queijo|sumo|suco|molho|salada|"
    r"xarope|creme|pastéis"
)
_FOOD_AFTER = re.compile(rf"(?i)[ \t]{{1,3}}(?:{_FOOD_NOUNS})(?![\w'’\-])")
_FOOD_WORD = re.compile(rf"(?i)(?:{_FOOD_NOUNS})")
_FOOD_FIRST = re.compile(rf"(?i)(?:{_FOOD_NOUNS})[ \t]+")
# A food word in lower case the name ran on to: "Marie biscuits", "Victoria sponge".
_FOOD_LAST = re.compile(rf"[ \t]+(?:{_FOOD_NOUNS})$")


def _food_not_given(text: str, start: int, end: int) -> bool:
    """A food word after a name that is the rest of the product's name, not what someone was
    given ("I brought Anna tea", "thanks Maria cake arrived"), nor an acronym ("SAP")."""
    food = _FOOD_AFTER.match(text, end)
    return bool(
        food
        and not food.group().strip().isupper()
        and not _GIVEN_BEFORE.search(text, max(0, start - 16), start)
    )


def _food_named_after(text: str, start: int, end: int, words: list[str]) -> bool:
    """Food or drink named after someone or somewhere, in the languages that put the food
    first ("la pizza Margherita", "tarta de Santiago", "caffè Lavazza Qualità Rossa", "teneis
    Tío Pepe o solo vino"); not in English, where "The cake Sarah Miller ordered" is hers, and
    not a first name after "de" ("la torta de Marta" is Marta's)."""
    if _mostly_english(text):
        return False
    before = text[max(0, start - 40) : start]
    if _FOOD_BRAND_BEFORE.search(before) or _OR_FOOD_AFTER.match(text, end):
        return True
    if len(words) != 1:
        return False
    if _FOOD_BEFORE.search(before):
        return True
    return bool(_FOOD_OF_BEFORE.search(before)) and (
        words[0] not in FIRST_NAMES or words[0] in place_names()
    )


def _names_food(text: str, result: RecognizerResult) -> bool:
    """Whether a name found is food named after someone: the name with the food in lower case
    after it ("Marie biscuits", "Victoria sponge") or right after it ("granny smith apples")."""
    one_word = " " not in text[result.start : result.end].strip()
    return bool(
        _FOOD_LAST.search(text, result.start, result.end)
        or _FOOD_FIRST.match(text, result.start, result.end)
        or (one_word and _food_not_given(text, result.start, result.end))
        or (one_word and _PRODUCT_AFTER.match(text, result.end))
        or _PAIR_THEN_GOODS.match(text, result.end)
        or _CONTAINER_OF_BEFORE.search(text, max(0, result.start - 24), result.start)
    )


# A brand and a name of the range after a kind of food: "Il caffè Lavazza |Qualità Rossa".
_FOOD_BRAND_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’\-]*[ \t]+$"
)
# Two names, then goods: "de Jip en Janneke puzzel", "the Ben & Holly toys".
_PAIR_THEN_GOODS = re.compile(
    r"[ \t]+(?:and|&|en|und|et|y|e|i)[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
    rf"(?i:[ \t]{{1,3}}(?:{_FOOD_NOUNS}|{_PRODUCT_NOUNS}))(?![\w'’\-])"
)
# A dish of someone or somewhere, in the Romance order: "tarta de Santiago", "roscón de Reyes".
_FOOD_OF_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+(?:de|di|da|do|du|del|della|dos|das)[ \t]+$"
)
# A container of a brand, in the Romance order: "una botella de Don Simón", "el pack de
# Estrella Galicia", "uma garrafa de Mateus Rosé".
_CONTAINER_OF_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:botellas?|pack|packs|latas?|cajas?|paquetes?|garrafas?|frascos?|"
    r"tarros?|caixas?|pacotes?|bottiglie|bottiglia|confezioni|confezione|scatol[ae]|lattin[ae]|"
    r"bouteilles?|canettes?|boîtes?|paquets?|packs?)[ \t]+(?:de|di|da|do|du|del|della|d')[ \t]*"
    r"(?:(?:don|doña|dom|dona|t[ií]o|t[ií]a)[ \t]+)?$|"
    # "85 bottles of the Jack Daniel's gift set", "two cans of Dr Pepper".
    r"(?<![\w'’\-])(?:bottles?|cans|crates?|jars?|packets?|cartons?|tins?)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
# The other of two things asked for is food or drink: "teneis Tío Pepe o solo vino de mesa?",
# "tem Mateus Rosé ou só vinho verde?".
_OR_FOOD_AFTER = re.compile(
    r"(?i)[ \t]+(?:or|o|ou|oder|of|czy|lub)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
    rf"(?:{_FOOD_NOUNS})(?![\w'’\-])"
)
# "pack" is a verb too ("Tomasz pack my order"): goods only after an article ("do pack …").
_PRODUCT_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_PRODUCT_NOUNS}|"
    r"(?:the|a|an|this|do|da|o|um|le|un|du|el|del|un|il|lo|het|de|das|der|ein|den)[ \t]+pack)"
    r"[ \t]+$"
)
# An article right before a name and goods after it: "die Tom Tailor jacke", "the Jack
# Wolfskin jacket" is a brand.
_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:the|a|an|this|my|die|der|das|den|dem|eine?n?|la|le|les|el|los|las|"
    r"una?|il|lo|gli|het|de|een|o|os|as|um|uma)[ \t]+$"
)
# Not after a possessive: "Pedro Alvarez's bag" is his bag, not a brand. A few blanks only: a
# name then a long run of spaces is not rescanned from every position.
_PRODUCT_AFTER = re.compile(rf"(?i)[ \t]{{1,3}}(?:{_PRODUCT_NOUNS})(?![\w'’\-])")
_FOOD_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+$")
# Someone given, sent or thanked for food: "I brought Anna tea", "thanks Maria cake arrived".
_GIVEN_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:brought|bring|gave|give|made|make|baked|bake|send|sent|get|got|buy|"
    r"bought|ordered|order|for|thanks|thank|thx|with|to|para|pour|für|per|voor|dla|a|à|al|ao|"
    r"gebracht|gegeben|gemacht|apporté|donné|traído|dado|portato|dato|gegeven|"
    r"przyniosłem|przyniosłam|dałem|dałam|trouxe|dei)[ \t]+$"
)
# Software named after people, and what it is: "my Jenkins pipeline", "the Kafka consumer".
_SOFTWARE_AFTER = re.compile(
    r"[ \t]{1,3}(?:pipelines?|job|build|servers?|plugins?|clusters?|instances?|containers?|"
    r"dashboards?|api|sdk|cli|config|configuration|integration|workflows?|agent|runner|"
    r"bot|node|consumer|producer|topic|broker|queue|worker|script|module|"
    r"package|library|extension|deployment|endpoint|webhook|template|playbook|operator)"
    r"(?![\w'’\-])"
)
# A saint, and the places and holidays named after one: "St Patrick's Day", "Semana Santa",
# "San Sebastián", "Sankt Martin".
_SAINTS = frozenset(
    {"st", "saint", "sainte", "ste", "san", "santa", "santo", "são", "sao", "sankt", "sint",
     "św", "święty", "święta", "święte", "santi", "santissima"}
)  # fmt: skip
_SAINT_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{'|'.join(sorted(_SAINTS, key=len, reverse=True))})\.?[ \t]+$"
)
# Brands named after people, known wherever they are sold: an honorific and a name ("sind
# Dr. Martens gut für lange Spaziergänge?", "Dr. Oetker Backpulver", "Mr Muscle") or two
# names ("Ben & Jerry's"; "Tom & Sarah's place" is theirs).
_KNOWN_BRANDS = re.compile(
    r"(?i)(?<![\w'’\-])(?:(?:dr|doc)\.?[ \t]*(?:martens\w{0,3}|oetker|pepper|hauschka|"
    r"scholl'?s?)|mr\.?[ \t]*(?:muscle|clean|proper)|m\.[ \t]*propre|"
    r"ben[ \t]*(?:&|and)[ \t]*jerry['’]?s?|marks[ \t]*(?:&|and)[ \t]*spencer|"
    r"dolce[ \t]*(?:&|e)[ \t]*gabbana|procter[ \t]*(?:&|and)[ \t]*gamble|"
    r"johnson[ \t]*(?:&|and)[ \t]*johnson|barnes[ \t]*(?:&|and)[ \t]*noble|"
    r"abercrombie[ \t]*(?:&|and)[ \t]*fitch|tom[ \t]*(?:&|and)[ \t]*jerry|"
    # A car named after a first name: after a determiner or before its model ("my Mercedes",
    # "Mercedes engines", "Mercedes-Benz"; not "Mercedes called me", "Mercedes Sosa").
    r"(?:(?<=\bmy )|(?<=\bthe )|(?<=\bour )|(?<=\bnew )|(?<=\bold )|(?<=\bher )|(?<=\bhis )|"
    r"(?<=\ba ))mercedes|"
    r"mercedes(?=-benz|[ \t]+(?:benz|amg|[a-z]-class|engines?|cars?|vans?|dealers?|garage)\b))"
    r"(?![\w'’])"
)
# A street's type right before the words: "la calle Serrano", "a Avenida da Liberdade".
_STREET_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:street|road|avenue|rue|avenue|boulevard|calle|avenida|avda\.|plaza|"
    r"paseo|viale|piazza|corso|vicolo|rua|travessa|praça|largo|estrada|ulica|ul\.|aleja|"
    r"al\.|plac|osiedle|straat|laan|weg|strasse|straße)[ \t]+$"
)
# "di Via Roma": the Italian street, inside a sentence (not "Via Kagiso Mthembu we got …").
_VIA_BEFORE = re.compile(r"[^\W\d_][\w'’]*[ \t]+(?:Via|V\.le)[ \t]+$")
# Where a delivery or a trip goes: "vuelo a Salamanca", "Dostawa do Stalowa Wola".
_DESTINATION_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:to|in|into|from|nach|in|aus|à|au|en|de|a|en|desde|hasta|para|"
    r"per|da|naar|uit|in|do|w|z|ze|pra|em|no|na)[ \t]+$"
)
# A trip or a ticket to somewhere: "viagem a Santiago de Compostela", "Reise nach Marienberg",
# "flight to Florence" (not "ticket for Anna", "billete para María": someone's).
_TRAVEL_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:viagem|viagens|viaje|viajes|voyage|viaggio|reis|reise|podróż\w*|trip|"
    r"flight|flights|vuelo|vuelos|voo|voos|vol|volo|vlucht|flug|lot|billete|bilhete|billet|"
    r"biglietto|ticket|tickets|bilet|train|tren|treno|comboio|zug|trein|pociąg|bus|autobus|"
    r"ferry|cruise|crucero|cruzeiro|croisière|crociera)[ \t]+(?:a|à|to|nach|au|em|en)[ \t]+$|"
    # Where one comes from: "Viemos de Costa de Rezende", "we moved here from Port Jenna" (said
    # of oneself: "the email came from Tunradee Sukhenai" is someone).
    r"(?<![\w'’\-])(?:(?:i|we)[ \t]+(?:came|come|moved)|(?:i'm|we're|i am|we are)[ \t]+"
    r"(?:coming|moving)|viemos|vim|venho|vengo|venimos|"
    r"vine|viens|venons|vengono|veniamo|komme|kommen|kam|kamen|kom|komen|kwam|kwamen|"
    r"przyjechałem|przyjechałam|przyjechaliśmy|przeprowadziliśmy się)"
    r"(?:[ \t]+(?:here|hier|aqui|aquí|qui|ici|tutaj))?[ \t]+"
    r"(?:from|de|da|do|desde|aus|uit|van|z|ze)[ \t]+$"
)
# The capitalised words and particles of a place's name before the span: "Cunha do |Campo".
_PLACE_WORDS_BEFORE = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*+[ \t]++(?:(?:de|do|da|dos|das|del|di|du|la|le|sur|am|an)[ \t]+)?)*+$"
)


def _after_a_trip(text: str, start: int) -> bool:
    """Whether the words at start are where a trip or a ticket goes ("viagem a Cunha do
    Campo"): a trip word and a preposition, then only the place's capitalised words."""
    cut = start
    if not _TRAVEL_BEFORE.search(text, max(0, cut - 40), cut):
        gap = _PLACE_WORDS_BEFORE.search(text, max(0, start - 60), start)
        cut = gap.start() if gap else start
        if not _TRAVEL_BEFORE.search(text, max(0, cut - 40), cut):
            return False
    # "billete a Lucía Fernández", "my train to Grandma Rose's", "came from Marta Kowalska's
    # office": a person after all.
    words = [_POSSESSIVE_AFTER.sub("", w.strip(",.")) for w in text[cut : cut + 80].split()[:2]]
    if _POSSESSIVE.match(text, cut) or (
        len(words) == 2 and words[1][:1].isupper() and words[1].casefold() in LAST_NAMES
    ):
        return False
    first = words[0].casefold()
    return first not in FIRST_NAMES or first in place_names()


_SPACES = re.compile(r"[ \t]+")
# A town's, a landmark's or a storm's word beside a name: "Jenna Ville", "Victoria Station",
# "Storm Babet". Some landmark words are surnames too ("David Harbour", "Roy Castle"): after a
# known first name those need an article or a place word before ("the Charles Bridge").
_TOWN_WORDS = frozenset({"Ville", "City"})
_LANDMARK_WORDS = frozenset(
    {"Station", "Cathedral", "Airport", "Stadium", "Arena", "Museum", "Monument", "Memorial",
     "Lighthouse", "Glacier"}
)  # fmt: skip
_SURNAME_LANDMARKS = frozenset(
    {"Bridge", "Tower", "Square", "Palace", "Castle", "Harbour", "Harbor", "Fountain", "Terminal"}
)
_STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})
_NEXT_WORD = re.compile(r"[ \t]+([\w'’\-]+)")
_LANDMARK_ARTICLE = re.compile(r"(?i)(?<![\w'’\-])(?:the|at|near|to|from|by|across|over)[ \t]+$")
# A place, then "or" or "and" another known place that is no first name: "Austin or Denver".
_PAIRED_PLACE = re.compile(rf"[ \t]+(?:or|and|&)[ \t]+(?P<other>{_CAP_WORD})")


def _named_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words name a town, a landmark or a storm by the word after them or their own
    last (or, for a storm, first) word: "Jenna Ville", "Victoria Station", "the Charles
    Bridge", "Eiffel Tower", "Storm Babet" (not "David Harbour", "Roy Castle")."""
    written = text[start:end].split()
    after = _NEXT_WORD.match(text, end)
    beside = [after.group(1)] if after else []
    if len(written) > 1:
        beside.append(written[-1])
    for word in beside:
        if word in _TOWN_WORDS or word in _LANDMARK_WORDS:
            return True
        if word in _SURNAME_LANDMARKS and (
            words[0] not in FIRST_NAMES or _LANDMARK_ARTICLE.search(text, max(0, start - 12), start)
        ):
            return True
    previous = _LAST_WORD.search(text, max(0, start - 24), start)
    return (previous is not None and previous.group(1).casefold() in _STORM_WORDS) or (
        len(written) > 1 and written[0].casefold() in _STORM_WORDS
    )


def _paired_with_a_place(text: str, end: int, word: str) -> bool:
    """A known place, then "or"/"and" and a known place that is no first name."""
    other = _PAIRED_PLACE.match(text, end)
    if not other or word not in place_names():
        return False
    name = other.group("other").casefold()
    return name in place_names() and name not in FIRST_NAMES


# Goods missing from an order, in a sentence that names the order: "w zamówieniu 36185790
# brakuje Ptasiego Mleczka i Michałków", "in my order the Jaffa Cakes are missing".
_MISSING_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:brakuje|brak|fehlt|fehlen|manque|manquent|falta|faltan|faltam|manca|"
    r"mancano|ontbreekt|ontbreken|missing|without|sin|sem|senza|ohne|sans|zonder|bez)[ \t]+"
    r"(?:(?:the|a|an|die|der|das|den|le|la|les|el|los|las|il|lo|i|gli|de|het|o|os|a|as|um|uma|"
    r"un|una|une|des|du|del|dei|delle)[ \t]+)?"
    # Possessive: a run of capitals ("ABCDEFGH!") is not split into words every way there is.
    r"(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’\-]*+[ \t]*+(?:,|and|und|et|y|e|en|i|oraz|&)?[ \t]*+)*+$"
)
_ORDER_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:order|orders|bestellung|commande|pedido|ordine|bestelling|zamówieni\w*|"
    r"encomenda|lieferung|livraison|entrega|consegna|levering|dostaw\w*|paczk\w*|paket|colis|"
    r"paquete|pacco|pakket)(?![\w'’])"
)


def _missing_from_an_order(text: str, start: int) -> bool:
    """Whether the words at start are goods said to be missing from an order named in the
    same sentence."""
    # Read back at most 200 characters: every name of a long text without a full stop would
    # otherwise read the text from its start.
    window = max(0, start - 200)
    sentence_start = max(text.rfind(mark, window, start) for mark in (".", "?", "!", "\n")) + 1
    sentence_start = max(sentence_start, window)
    return bool(
        _MISSING_BEFORE.search(text, max(sentence_start, start - 80), start)
        and _ORDER_WORD.search(text, sentence_start, min(len(text), start + 80))
    )


# French town names: "Rey-près-Mercier", "Saint-Martin-sur-Mer", "Fontenay-aux-Roses".
_FRENCH_TOWN = re.compile(
    r"[^\W\d_]{1,30}(?:-[^\W\d_]{1,30}){0,3}-(?:sur|sous|lès|lez|près|en|aux)-[^\W\d_]{1,30}"
)
_HYPHENATED_LEFT = re.compile(r"[^\W\d_][\w\-]{0,40}-$")
_HYPHENATED_RIGHT = re.compile(r"-[\w\-]{0,40}[^\W\d_]")
# A street's type inside the words, before a capitalised one: "mala Avenida da Liberdade".
_STREET_INSIDE = re.compile(
    r"(?<=\s)(?:Street|Road|Avenue|Rue|Boulevard|Calle|Avenida|Plaza|Paseo|Via|Viale|Piazza|"
    r"Corso|Rua|Travessa|Praça|Largo|Estrada|Ulica|Aleja|Plac)\s+"
    r"(?:(?:da|de|do|dos|das|del|della|di|la|le|du|des)\s+){0,2}[A-ZÀ-ÖØ-Þ]"
)
_AUTHORS_WORK = re.compile(
    r"(?<![\w'’])(?i:the)[ \t]+(?i:(?:new|latest|first|last|early|late|classic)[ \t]+)?"
    rf"({_CAP_TOKEN})[ \t]+(?:novels?|books|films|movies|biography|memoirs?|poems|paintings|"
    r"plays|trilogy|novellas?|short stories|translation|documentary|biopic)(?![\w'’\-])"
)
_ARTICLE_THEN = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|this|that)[ \t]+$")
_THING_AFTER = re.compile(
    r"[ \t]+(?!(?:family|families|household|kids|children|twins|brothers|sisters|sons|"
    r"daughters|couple|estate|case|affair|residence|house|"
    # A work is its author's: "the Cantú novel", "the Kadiev version".
    r"novels?|books?|films?|movies?|songs?|albums?|versions?|recordings?|paintings?|poems?|"
    r"biography|stories|story|plays?|operas?|symphony|letters?|diaries|diary|trial|murder|"
    r"killers?|funeral|wedding)\b)([a-z][a-z\-]{2,})\b"
)
# A day before a month: "12 Juli", "25 de Abril", "1er mai", "3rd of May".
_DIGIT_NEAR = re.compile(r"(?i)\d(?:er|e|st|nd|rd|th|º)?[ \t.,]*(?:(?:de|del|di|of)[ \t]+)?$")
_DIGIT_AFTER = re.compile(r"[ \t.,]*\d")


# Holidays and dishes whose names are, or hold, names: "an Silvester", "Todos los Santos",
# "Sinterklaas", "tarta de Santiago", "Victoria sponge".
_HOLIDAYS_AND_DISHES = re.compile(
    r"(?i)(?<![\w'’\-])(?:silvester(?![ \t]+(?-i:[A-Z]))|heiligabend|martinstag|nikolaustag|sankt martin|"
    r"sinterklaas|koningsdag|todos los santos|d[ií]a de (?:los )?(?:reyes|muertos|san \w+)|"
    r"noche de reyes|reyes magos|ferragosto|befana|pasquetta|ognissanti|toussaint|"
    r"chandeleur|saint-valentin|wszystkich [śs]wi[ęe]tych|wigilia|andrzejki|"
    r"s[ãa]o jo[ãa]o|santos populares|dia de reis|thanksgiving|halloween|hogmanay|"
    r"valentine'?s day|st\.? valentine'?s|"
    # Feasts that are first names too: "Noël" only after a word that makes it the feast.
    r"(?:de|du|à|pour|avant|après|joyeux|bon|at|for|before|after|until)[ \t]+no[ëe]l|weihnachten|kerstmis|navidad|natale|pâques|pascua|pasqua|"
    r"ostern|pasen|wielkanoc|páscoa|pentecôte|pfingsten|pinksteren|carnaval|karneval|fasching|"
    r"ascension day|ascensión|ascensione|assunzione|pentecost|whitsun|epiphany|epifan[ií]a|"
    r"corpus christi|"
    # Dishes known by a person's or a place's name.
    r"tarta de santiago|rosc[óo]n de reyes|rosca de reyes|bolo[ \-]rei|galette des rois|"
    r"bolacha maria|galletas? mar[ií]a|pizza margherita|fettuccine alfredo|caesar salad|"
    r"victoria sponge|eggs benedict|earl grey|granny smith|beef wellington|peach melba|"
    r"cr[êe]pes? suzette)(?![\w'’\-])"
)
# The assistants and models people name in chats with an LLM app ("Claude czy Gemini do
# Rusta?", "ask Copilot"), which are first names too: one alone is no person unless a cue
# says so ("mon collègue Claude", "mamie Claude").
ASSISTANT_NAMES = frozenset(
    {"claude", "gemini", "bard", "llama", "mistral", "mixtral", "codestral", "grok", "copilot",
     "gemma", "qwen", "deepseek", "chatgpt", "ollama", "perplexity", "cohere", "siri", "alexa",
     "cortana", "midjourney"}
)  # fmt: skip


# Words that make the next one a person's name whatever else it names: kin, colleagues,
# friends and honorifics ("mon collègue Claude", "mamie Claude", "Frau Gemma").
_KIN_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:colleague|coworker|friend|mate|wife|husband|son|daughter|mom|mum|dad|"
    r"kid|child|baby|grandson|granddaughter|stepson|stepdaughter|fianc[ée]e?|"
    r"mother|father|brother|sister|uncle|aunt|cousin|niece|nephew|grandma|grandpa|granny|nana|"
    r"boss|manager|neighbou?r|partner|boyfriend|girlfriend|"
    r"kollege|kollegin|freund|freundin|frau|mann|sohn|tochter|mutter|vater|bruder|schwester|"
    r"onkel|tante|oma|opa|chef|chefin|"
    r"coll[eè]gue|ami|amie|copain|copine|femme|mari|fils|fille|m[eè]re|p[eè]re|fr[eè]re|"
    r"s[oœ]ur|oncle|mamie|papi|papy|"
    r"compañer[oa]|amig[oa]|espos[oa]|marido|mujer|hij[oa]|madre|padre|herman[oa]|t[ií][oa]|"
    r"abuel[oa]|jef[ea]|"
    r"collega|amic[oa]|moglie|marito|figli[oa]|mamma|papà|fratello|sorella|zi[oa]|nonn[oa]|capo|"
    r"collega|vriend|vriendin|vrouw|man|zoon|dochter|moeder|vader|broer|zus|oom|tante|"
    r"kolega|koleżanka|kumpel|przyjaciel|przyjaciółka|żona|mąż|syn|córka|mama|tata|brat|"
    r"siostra|wujek|ciocia|babcia|dziadek|szef|szefowa|"
    r"colega|esposa|filh[oa]|mãe|pai|irmã|irmão|avó|avô|chefe|"
    rf"{_TITLES})[ \t]+$"
)


def assistant_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one of ASSISTANT_NAMES alone, with no word before it that
    makes it a person's ("Claude of Gemini?" is; "mijn collega Claude" is not). Those that
    are people's first names as often (Claude, Gemma, Siri, Alexa) only beside another
    assistant or a word of AI ("Claude czy Gemini", "Claude's API"; not "Gemma called me")."""
    name = text[start:end].casefold()
    if name not in ASSISTANT_NAMES or _KIN_BEFORE.search(text, max(0, start - 24), start):
        return False
    if name not in _FIRST_NAME_ASSISTANTS or _DEVICE_BEFORE.search(text, max(0, start - 12), start):
        return True
    return bool(_ai_words(text) - {name})


@functools.lru_cache(maxsize=16)
def _ai_words(text: str) -> frozenset[str]:
    """The words of AI in the text, case-folded: read once per text, not once per name in it."""
    return frozenset(match.group().casefold() for match in _AI_WORD.finditer(text))


# Programming languages, frameworks and tools that are names or words too.
_TECH_WORDS = frozenset(
    {"rust", "ruby", "swift", "julia", "python", "java", "go", "kotlin", "scala", "perl",
     "dart", "elixir", "crystal", "nim", "zig", "haskell", "erlang", "lua", "r", "c",
     "django", "flask", "rails", "spring", "celery", "redis", "kafka", "jenkins", "docker",
     "kubernetes", "ansible", "terraform", "react", "angular", "vue", "svelte", "ember",
     "laravel", "symfony", "hugo", "jekyll", "gatsby", "netlify", "vercel", "heroku",
     "postgres", "mysql", "mongo", "mongodb", "sqlite", "oracle", "excel", "jira", "slack",
     "github", "gitlab", "bitbucket", "linux", "ubuntu", "debian", "windows", "android",
     "ios", "pandas", "numpy", "spark", "hadoop", "airflow", "grafana", "prometheus"}
)  # fmt: skip
_FIRST_NAME_ASSISTANTS = frozenset({"claude", "gemma", "siri", "alexa"})
# An article or a possessive makes one a device or a product: "mi Alexa no conecta", "my Siri".
_DEVICE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:my|the|your|our|mi|tu|su|la|el|mijn|het|mein|meine|die|der|das|"
    r"mon|ma|le|il|lo|moja|mój|moje|meu|minha)[ \t]+$"
)
_AI_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:ai|llm|llms|gpt[\w.\-]*|chatgpt|gemini|llama|mistral|copilot|grok|qwen|"
    r"deepseek|ollama|sonnet|opus|haiku|anthropic|openai|chatbot|prompt|prompts|tokens?|api|"
    r"model|models|claude|gemma|siri|alexa|assistant|ki|ia)(?![\w'’])"
)


def _of_a_saint(words: list[str], after_saint: bool) -> bool:
    """Whether the words (case-folded) name a saint, or a place or a holiday after one: a
    saint's word then a first name or nothing ("St Patrick's", "São Paulo", "Semana Santa"),
    not then a surname ("Santo Armendáriz", "Santa Lopez" are people)."""
    listed = ["saint", *words] if after_saint else words
    for index, word in enumerate(listed):
        if word.rstrip(".") not in _SAINTS:
            continue
        # "Jonathan St. John", "Sarah San Martin": a name before it is a person's.
        if any(w in FIRST_NAMES or w in LAST_NAMES for w in listed[:index]):
            return False
        following = listed[index + 1 :]
        if not following:
            return True
        name = following[0].removesuffix("'s").removesuffix("’s")
        return not (name in LAST_NAMES and name not in FIRST_NAMES)
    return False


# A choice between two things, then "which": "Gaviscon or Rennie for heartburn, which one is
# ok?", "Jacobs Krönung czy Tchibo, który macie?", "Sanitas o Adeslas, cuál tiene la empresa?"
# (not "who": "Anna or Maria, who is on call?").
_CHOICE_ITEM = rf"{_CAP_WORD}(?:[ \t]+(?:&[ \t]+)?{_CAP_WORD}){{0,2}}"
_CHOICE = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*)(?P<choice>{_CHOICE_ITEM}[ \t]+(?:or|oder|ou|o|of|czy|lub)[ \t]+"
    rf"{_CHOICE_ITEM})(?:[ \t]+(?:for|für|pour|para|per|voor|na|do)[ \t]+[^,?!\n]{{1,40}})?"
    r"[ \t]*,[ \t]*(?i:which|what|welche[rsn]?|was|welke?|quale|quali|cosa|cu[áa]l|cu[áa]les|"
    r"qual|quais|c'est lequel|c'est laquelle|lequel|laquelle|który|która|które|co)(?![\w'’])"
)


def _a_choice(text: str, start: int, end: int) -> bool:
    """Whether the words are one of two things to choose from (see _CHOICE)."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(
        choice.start("choice") <= start and end <= choice.end("choice")
        for choice in _CHOICE.finditer(text, line_start, end + 200)
    )


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end], found as a name, are something else by what stands
    around them: a product's name (a kind of goods right before or after it), a day or a month
    (lower case, or next to a number: "12 Juli 2025", "di domenica"), a street ("calle
    Serrano"), or a town where something goes ("vuelo a Salamanca", "à Rey-près-Mercier")."""
    value = text[start:end]
    before = text[max(0, start - 24) : start]
    # Goods named right before: "botas Pablo Ortega", "the sneakers Adidas Stan Smith".
    if _PRODUCT_BEFORE.search(before) or _CONTAINER_OF_BEFORE.search(before):
        return True
    words = [word.strip(".,").casefold() for word in value.split()]
    if _food_named_after(text, start, end, words):
        return True
    if _of_a_saint(words, bool(_SAINT_BEFORE.search(before))):
        return True
    if assistant_named(text, start, end):
        return True
    if any(
        brand.start() < end and start < brand.end()
        for brand in _KNOWN_BRANDS.finditer(text, max(0, start - 24), end + 24)
    ) or any(
        # "Jean Toussaint", "Silvester Stallone" are people; "Santos Populares" is a feast.
        holiday.start() < end
        and start < holiday.end()
        and (
            not (len(words) >= 2 and words[0] in FIRST_NAMES)
            or (holiday.start() <= start and end <= holiday.end())
        )
        for holiday in _HOLIDAYS_AND_DISHES.finditer(text, max(0, start - 24), end + 24)
    ):
        return True
    # "Jan de Vries …", "Kasia Nowak watch …": a known first name and a known surname are a
    # person whatever follows, unless an article makes the words and the goods one thing ("die
    # Tom Tailor jacke").
    known = (
        len(words) >= 2
        and words[0] in FIRST_NAMES
        and (words[-1] in LAST_NAMES or " ".join(words[1:]) in LAST_NAMES)
    )
    if known and not _ARTICLE_BEFORE.search(before):
        return False
    if _PRODUCT_AFTER.match(text, end) or _a_choice(text, start, end):
        return True
    # A town by its last word: "the removal van from Jenna Ville", "cash out in Ciarrai Ville";
    # a landmark or a storm named after someone: "Victoria Station", "the Charles Bridge",
    # "Storm Babet".
    if _named_place(text, start, end, words) or _paired_with_a_place(text, end, words[-1]):
        return True
    if known:
        return False
    if len(words) == 1 and _food_not_given(text, start, end):
        return True
    if len(words) == 1 and _SOFTWARE_AFTER.match(text, end):
        return True
    if len(words) == 1:
        # "max 495 kart SIM": a word in lower case before a number is no name.
        if value.islower() and _DIGIT_AFTER.match(text, end):
            return True
        # "the Grace period", "a Victoria sponge": an article, the word, a thing (not "the
        # Jones family").
        thing = _THING_AFTER.match(text, end)
        if (
            _ARTICLE_THEN.search(before)
            and thing
            and thing.group(1) not in STOP_WORDS
            and _mostly_english(text)
        ):
            return True
    if value.casefold() in calendar_words() and (
        value.islower() or _DIGIT_NEAR.search(before) or _DIGIT_AFTER.match(text, end)
    ):
        return True
    if _STREET_BEFORE.search(before) or _STREET_INSIDE.search(value):
        return True
    if _VIA_BEFORE.search(before) and not _mostly_english(text):
        return True
    # The whole hyphenated word the span is part of ("Rey" in "Rey-près-Mercier").
    left = _HYPHENATED_LEFT.search(text, max(0, start - 40), start)
    right = _HYPHENATED_RIGHT.match(text, end)
    whole = text[left.start() if left else start : right.end() if right else end]
    if _FRENCH_TOWN.fullmatch(whole):
        return True
    # Or the model's span runs from the trip to the place: "|Viemos de Barbosa| das Flores".
    if _after_a_trip(text, start) or (
        len(words) >= 3
        and any(_after_a_trip(text, start + gap.end()) for gap in _SPACES.finditer(value))
    ):
        return True
    if _missing_from_an_order(text, start):
        return True
    return bool(_DESTINATION_BEFORE.search(before)) and value.casefold() in place_names()


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")
# One capitalised word between commas, or between a comma and "and"/a pronoun.
# A closing's abbreviation and a name on the last line: "LG Marie-Louise 😊", "Gr. Philippe",
# "Pozdr. Ania", "Bjs Rita".
_SHORT_CLOSING = re.compile(
    r"(?m)^[ \t]*(?:LG|VG|MfG|lg|vg|Gr\.?|gr\.|Grtz|grtz|Groetjes|groetjes|Pozdr\.?|pozdr\.?|"
    r"Pzdr\.?|pzdr\.?|Bjs|bjs|Bjos|Abs|abs|Abç|Cdlt|cdlt|Slds|slds|Bss|Xx|xx)[ \t,]+"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}})[ \t]*[^\w\n]*\Z"
)
_LIST_ITEM = re.compile(
    rf"(?<=,)[ \t]+({_CAP_TOKEN})[ \t]*(?=,|[ \t]+(?:and|und|et|y|e|en|i|or|ou|o|oder|of|lub)[ \t])"
)
# A list of people under a label that says so: "Co-authors in order: Abreu, Balogun, Mwangi.",
# "our 3 founders: L'Heureux, Long and Crosby".
_PEOPLE_LABEL = re.compile(
    r"(?i:co-?authors|authors|founders|co-?founders|attendees|participants|guests|speakers|"
    r"panell?ists|signatories|witnesses|players|cast|teilnehmer|participantes|partecipanti|"
    r"deelnemers|uczestnicy)(?:[ \t]+[a-z]+){0,2}[ \t]*:[ \t]*"
    rf"({_CAP_TOKEN}(?:[ \t]*,[ \t]*{_CAP_TOKEN}){{1,11}}(?:,?[ \t]+(?:and|&|und|et|y|e|en|i)"
    rf"[ \t]+{_CAP_TOKEN})?)"
)
_LIST_SELF = re.compile(
    r"[ \t]*(?:,|and|und|et|y|e|en|i|or|ou|o|oder|of|lub)[ \t]*"
    r"(?:me|myself|moi|ich|mich|yo|io|ik|mij|ja|eu|mim)(?![\w'’])",
    re.IGNORECASE,
)
_LIST_FULL_NAME = re.compile(rf"{_CAP_TOKEN}[ \t]+(?:[a-z]{{1,3}}[ \t]+){{0,2}}{_CAP_TOKEN},$")
# Particles of a name in lower case; not articles and conjunctions ("ci mette la spedizione").
_LOWER_PARTICLES = NAME_PARTICLES - {"la", "le", "el", "al", "y", "i", "e", "bin", "af"}
_LOWER_NAME_STOP = NAME_STOP | {"e", "i", "y"}
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’\-]{1,40}")


def _lower_case_names(text: str) -> list[tuple[int, int]]:
    """Names written all in lower case with no cue: a known first name, its particles, then a
    known surname ("pauline nicolas", "evi van luin"; after particles any word that is not a
    common one). Not two words that are both common in some language ("rosa blanca")."""
    found = []
    words = list(_LOWER_WORD.finditer(text))
    for index, first in enumerate(words):
        bare = first.group().casefold()
        if bare not in FIRST_NAMES or _stop(bare):
            continue
        position, particles = index + 1, 0
        while (
            position < len(words)
            and words[position].group() in _LOWER_PARTICLES
            and not text[words[position - 1].end() : words[position].start()].strip()
        ):
            position += 1
            particles += 1
        if position >= len(words) or particles > 3:
            continue
        last = words[position]
        if text[words[position - 1].end() : last.start()].strip():
            continue
        surname = last.group().casefold()
        if _stop(surname) or surname in calendar_words():
            continue
        known = surname in LAST_NAMES or (particles and surname not in _lorem_words())
        if known and not (bare in _lorem_words() and surname in _lorem_words()):
            found.append((first.start(), last.end()))
    return found


@functools.cache
def _lorem_words() -> frozenset[str]:
    """Common words of the languages Faker has word lists for (its lorem providers)."""
    words: set[str] = set()
    for locale in ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL"):
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        words.update(word.casefold() for word in provider.word_list)
    return frozenset(words)


_LEADING_PARTICLES = re.compile(rf"(?:(?:{_PARTICLES_ALTERNATION})[ \t]+){{1,3}}")
# Booked or made out in a name: "na nazwisko Ruszczak", "no nome de Torres" (a company may
# follow too: "a nombre de Amazon EU", "in the name of God").
_BOOKED_UNDER = re.compile(
    r"(?i)(?<![\w'’])(?:na nazwisko|nazwisko|nazwiskiem|(?:no|em|sob o) nome de|a nombre de|"
    r"au nom de|op (?:de )?naam van|auf den namen|unter dem namen|(?:in|under) the name(?: of)?|"
    r"intestat[oa] a|a nome di)[ \t]+"
)
_COMMA_AFTER_WORD = re.compile(r"[^\W\d_][\w'’\-]*[ \t]*,")
_TITLE_CUE = re.compile(rf"(?i)(?:{_TITLES})[,:]?\s+")
# A middle initial between two capitalised words: "Taiji A Komori", "Djevad V. Šušulić",
# "Haroun D van der Kruk" (not "Vitamin D Tablets", "Plan B Options", "Terminal C Parking").
_INITIAL_BETWEEN = re.compile(
    rf"(?<![\w'’\-.])({_CAP_TOKEN})[ \t]+[A-Z]\.?[ \t]+"
    rf"((?:(?:{_PARTICLES_ALTERNATION})[ \t]+){{0,3}}{_CAP_TOKEN})"
    r"(?![\w'’\-])"
)


# A line of an address or a signature block: a house number or a postal code, a town in
# capitals, a contact label ("Mobile:", "Tel.", "Fax"), a company ("Britvic Plc").
_BLOCK_LINE = re.compile(
    r"(?i)[ \t]*(?:\d|(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-Ω'’\- ]{3,40}$)|(?:mobile|mob|cell|phone|tel|tél|"
    r"fax|desk|office|e-?mail|handy|telefon|telefono|teléfono|telefoon|telefone|móvil|"
    r"cellulare|portable|komórka)\b|.*\b(?:inc|ltd|llc|plc|gmbh|corp|ag|sa|srl|spa|bv|nv)\.?[ \t]*$)"
)


# A house number, then a capitalised word: "9611 25 Dili Gianni Street" (not "3 noches",
# "10:30 departure", "2 nights").
_HOUSE_NUMBER_LINE = re.compile(r"[ \t]*\d[\d \t\-/]*[a-zA-Z]?,?[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _heads_a_block(
    lines: list[str], index: int, *, labelled: bool = False, further: bool = False
) -> bool:
    """Whether lines[index] opens a block (first of the text or after a label ending in ":")
    whose next line is an address's or a signature's ("Leigha Mackay\n\nLa Sagne\n…",
    "Toshimi Arata\n\n34078 Rue de Genville 364"); with `further`, one of the next four
    lines opens with a number or is a country ("Tenchi Kouno\n\nVestmannaeyjar\nIceland"). A
    line with its own label before the name (`labelled`) opens one wherever it stands if a
    number line follows."""
    # Walked by index, not sliced: a slice per line made long texts of name lines quadratic.
    before = index - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    if before >= 0 and not labelled and not lines[before].rstrip().endswith(":"):
        return False
    after = index + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after == len(lines):
        return False
    following = lines[after]
    if labelled:
        return bool(_HOUSE_NUMBER_LINE.match(following))
    if further:
        below = [line.strip() for line in lines[after : after + 8] if line.strip()]
        return any(line[:1].isdigit() or _country(line) for line in below[:4])
    return bool(_BLOCK_LINE.match(following)) or following.strip().casefold() in place_names()


def _country(line: str) -> bool:
    """A line that names a country alone ("Uruguay", "Cyprus (Greek)", "Finland 29032")."""
    words = _COUNTRY_LINE.fullmatch(line)
    return words is not None and words.group(1).casefold() in _countries()


_COUNTRY_LINE = re.compile(
    r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_][^\W\d_ ]*){0,2})(?: \(\w+\))?(?: \d+)?"
)


_AND = r"(?:and|&|und|et|y|e|en|i|oraz)"
# A capitalised word joined to a name found: "Caird and Jones", "Allaire and Richardson".
_JOINED_AFTER = re.compile(rf"[ \t]+{_AND}[ \t]+({_CAP_TOKEN})(?![\w'’\-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN})[ \t]+{_AND}[ \t]+$")
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]")
# One word between two people of a list: "Amy, Rachel, Judy", "Amy, Rachel and Judy".
_LISTED_BETWEEN = re.compile(
    rf",[ \t]*({_CAP_TOKEN})[ \t]*(?:,[ \t]*(?:{_AND}[ \t]+)?|{_AND}[ \t]+)"
)


# More of a name after the part found: "Aimé Noël| de Loiseau", "María Manuela Mateos| Piquer".
_NAME_TAIL = re.compile(
    rf"((?:[ \t]+(?:{_PARTICLES_ALTERNATION}))*)[ \t]+({_CAP_TOKEN})(?![\w'’\-@]|\.\w)"
)


# A first name right before the part found: "Azarías| Segovia", "Aleesha| Alexander".
_NAME_HEAD = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN})[ \t]+$")


def completed_names(text: str, results: list[RecognizerResult]) -> bool:
    """Stretch each person found over the rest of the name right after it: particles and a
    capitalised surname ("Aimé Noël de Loiseau"), or one or two more capitalised words that
    could be names ("María Manuela Mateos Piquer"; not "Anna Kowalska Warszawa", "Jan Nowak
    Support"); and over a known first name or a word that could be a name right before it,
    inside a sentence ("directed by Azarías Segovia"; not "Dear Segovia", "Berlin Segovia").
    Whether any was stretched."""
    stretched = False
    for result in results:
        if result.entity_type != "PERSON":
            continue
        head = _NAME_HEAD.search(text, max(0, result.start - 42), result.start)
        if (
            head
            and _could_be_a_name(head.group(1))
            and not _SENTENCE_START.search(text, max(0, head.start(1) - 8), head.start(1))
        ):
            result.start = head.start(1)
            stretched = True
        for _ in range(2):
            tail = _NAME_TAIL.match(text, result.end)
            if not tail or not _could_be_a_name(tail.group(2), 4.5 if tail.group(1) else 4.0):
                break
            result.end = tail.end()
            stretched = True
    return stretched


def joined_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Single capitalised words joined by "and" to a person found ("Goodenough and Bradford",
    "Møller, Sultygov and Dixon"), that could be names (see _could_be_a_name): people are
    listed with people. Not after a comma ("Hi Tom, Jira is down"), nor a word followed by
    more capitalised words ("Anna and Google Drive")."""
    people = sorted((r.start, r.end) for r in results if r.entity_type == "PERSON")
    taken = set(people)
    found: list[RecognizerResult] = []
    for (_, end), (start, _) in itertools.pairwise(people):
        between = _LISTED_BETWEEN.fullmatch(text, end, start)
        if (
            between
            and _could_be_a_name(between.group(1), 3.0, place=True)
            and between.group(1).casefold() not in _TECH_WORDS
        ):
            span = between.span(1)
            taken.add(span)
            found.append(RecognizerResult("PERSON", span[0], span[1], 0.6))
    while people:
        new: list[tuple[int, int]] = []
        for start, end in people:
            after = _JOINED_AFTER.match(text, end)
            if after and not _NEXT_CAPITALISED.match(text, after.end(1)):
                new.append(after.span(1))
            before = _JOINED_BEFORE.search(text, max(0, start - 60), start)
            if before:
                new.append(before.span(1))
        people = []
        for span in new:
            if span not in taken and _could_be_a_name(text[span[0] : span[1]], 3.0):
                taken.add(span)
                people.append(span)
                found.append(RecognizerResult("PERSON", span[0], span[1], 0.6))
    return found


def _could_be_a_name(word: str, common: float = 4.0, *, place: bool = False) -> bool:
    """A capitalised word that may be a name nothing else knows: a known first name or
    surname, or no acronym and no common word (Zipf frequency `common` or more in one of the
    languages), day or month, nor a known place unless `place` allows it."""
    if _is_name_word(word):
        return True
    bare = word.strip("'’-.").casefold()
    return not (
        word.isupper()
        or _stop(bare)
        or bare in calendar_words()
        or (not place and bare in place_names())
        or bare in _NOT_PERSON_WORDS
        or _common(bare, common)
    )


# The speakers of a transcript: labels at the start of lines ("LUND: Back in 2014", "Ngọc Lê:
# I told you", "Heinz-Günter (agent): Hello") or in brackets ("[Ekansh] in that snow").
_TRANSCRIPT_LABEL = re.compile(
    rf"^[ \t]*({_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})(?:[ \t]*\([^)\n]{{1,20}}\))?[ \t]*:[ \t]*\S"
    rf"|\[({_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})\]",
    re.MULTILINE,
)
# What labels the lines of a transcript besides people.
_LABEL_WORDS = frozenset(
    {"interviewer", "interviewee", "customer", "client", "agent", "user", "assistant", "bot",
     "ai", "q", "a", "note", "me", "you", "host", "guest", "narrator", "moderator",
     "speaker", "system", "support", "admin", "error", "warning", "info", "question",
     "answer", "reply", "re", "subject", "from", "to", "cc", "date", "time", "staff",
     "caller", "operator", "teacher", "student", "doctor", "patient", "chat", "log",
     "transcript", "traceback", "exception", "stacktrace", "stderr", "stdout", "output",
     "input", "result", "response", "request", "status", "message", "debug", "trace",
     "command", "prompt", "example", "summary", "title", "description", "total", "step",
     "id", "url", "path", "file", "version"}
)  # fmt: skip


def _transcript_speakers(text: str) -> list[tuple[int, int]]:
    """The labels of a transcript with two labels or more, one of them a known name, that
    read as names: every word a known name or one no list holds (in capitals too:
    "SJÖGREN"), none a role ("Customer")."""
    labels = [
        (match.start(match.lastindex), match.end(match.lastindex))
        for match in _TRANSCRIPT_LABEL.finditer(text)
        if match.lastindex
    ]
    # One of them a known name: "Error:", "Warning:", "Traceback:" are a log's.
    if len(labels) < 2 or not any(
        _is_name_word(w) for start, end in labels for w in text[start:end].split()
    ):
        return []
    speakers = []
    for start, end in labels:
        words = text[start:end].split()
        if any(w.casefold() in _LABEL_WORDS for w in words):
            continue
        plain = [w.capitalize() if w.isupper() and len(w) > 2 else w for w in words]
        if all(_is_name_word(w) or _could_be_a_name(w, 3.0) for w in plain):
            speakers.append((start, end))
    return speakers


# A speaker's label at the start of a line: "Lorenza: \"Who are you?\"", "Anna: hi".
_QUOTE_AFTER = re.compile(r"[ \t]*[\"“„«']")
_SPEAKER = re.compile(rf"(?m)^[ \t]*({_CAP_TOKEN})[ \t]*:")
_STREET_TYPE_START = re.compile(rf"(?i:{_STREET_TYPE})(?!\w)")
_STOP_OR_FIRST_NAMES = NAME_STOP | FIRST_NAMES


# A text is read by many rules one after the other, then never again: a few recent texts, not
# hundreds of users' messages, are kept.
@functools.lru_cache(maxsize=16)
def _function_words(text: str) -> tuple[int, int, int]:
    """The text's function words in lower case: English ones, English ones that are no word of
    the other languages, and the other languages' that are no English word.

    Only words written in lower case count: an initial ("Racław W. Symanski" is not Polish
    "w") or a capitalised particle of a place ("Cite El Farik") says nothing of the language.
    """
    english = english_only = other_only = 0
    for word in _LETTERS.findall(text):
        if not word.islower():
            continue
        if word in STOP_WORDS:
            english += 1
            english_only += word not in OTHER_STOP_WORDS
        elif word in OTHER_STOP_WORDS:
            other_only += 1
    return english, english_only, other_only


def _mostly_english(text: str) -> bool:
    """More English function words than function words of the other languages."""
    _, english_only, other_only = _function_words(text)
    return english_only >= other_only


def _english_prose(text: str) -> bool:
    """English sentences: three English function words or more (some are words of the other
    languages too: "a", "to", "my"), and at most one only of the other languages for every
    four ("Costa began writing as a teenager…", not "Ciao, sono Costa"); not about the other
    languages (_LANGUAGE_TALK)."""
    english, _, other_only = _function_words(text)
    return english >= 3 and other_only * 4 <= english and not _LANGUAGE_TALK.search(text)


# English about the other languages quotes their words: "the difference between Pero and Sino
# in Spanish", "the phrase Buen Camino", "Nel Mezzo del cammin" in a sentence to translate.
_LANGUAGE_TALK = re.compile(
    r"\b(?:Spanish|Italian|French|German|Dutch|Polish|Portuguese|(?i:translate|translation|"
    r"phrase|sentence|expression|idiom|means|meaning|pronounce|grammar))\b"
)


@contextmanager
def _reading(text: str) -> Iterator[None]:
    """Judge words against the languages of the text (_ENGLISH_PROSE) while it is read."""
    token = _ENGLISH_PROSE.set(_english_prose(text))
    try:
        yield
    finally:
        _ENGLISH_PROSE.reset(token)


# What is said only of a person, around one capitalised word: a possessive ("Zulikhan's
# kid"), a speaker's label at the start of a line ("Kauã: \"Who are you?\""), a speech
# verb after a quotation ('…," says Hrafnsdóttir'; "the traceback says IntegrityError" is
# no quotation).
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_LABEL_AFTER = re.compile(r"[ \t]*:")
# What people do, right after the word: "Yudin began writing", "Wacława spent a year",
# "Luiz just has to…" ("Stockelsdorf bridge is falling down", "X was founded" are not).
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:just|also|never|always|still|already|really|then|once)[ \t]+)?"
    r"(?:said|says|told|tells|asked|asks|began|begins|spent|spends|lives|lived|works|worked|"
    r"wants|wanted|thinks|thought|knows|knew|loves|loved|wrote|writes|called|calls|emailed|"
    r"replied|complained|mentioned|explained|promised|agreed|decided|married|studied|"
    r"suggested|proposed|raised|cited|argued|insisted|apologi[sz]ed|recommended|confirmed|"
    r"admitted|denied|claimed|resigned|retired|"
    r"had given|has given|gave|has to|had to|is very|was very)\b"
)
# Words no list holds, before what only people do, where a clause starts: "Exit interview
# notes: Corboz cited the commute", "Mikkelsen raised concerns; Wathelet suggested …",
# "Valette had already left when the alarm went off".
_SUBJECT_OF_A_PERSON_VERB = re.compile(
    rf"(?:^|(?<=[.:;!?])[ \t]+|(?<=[.:;!?])|(?<=\bthat)[ \t]+|(?<=\band)[ \t]+)"
    rf"({_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)[ \t]+(?:(?:also|never|always|then|once)[ \t]+)?"
    # Not what software does too ("Docker decided", "Zendesk wrote back", "Kubernetes wants").
    r"(?:cited|raised concerns|suggested|proposed|asked whether|asked if|agreed to|argued|"
    r"insisted|resigned|retired|married|had already left|is leaving|will brief|"
    r"will take over|interrupts|"
    r"(?P<firms_too>apologi[sz]ed|admitted|complained|promised|drew with|won the))\b",
    re.MULTILINE,
)
_SPEECH_BEFORE = re.compile(
    r"[\"”'’,][ \t]*(?:says|said|asks|asked|writes|wrote|replies|replied|adds|added|"
    r"explains|explained)[ \t]+$"
)
# "IntegrityError", "PostgreSQL": a capital inside the word (not "McDonald", "MacKenzie").
_INNER_CAPITAL = re.compile(r"(?!Mac)[^\W\d_]{3,}[A-Z]")


def _said_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is spoken of as a person (see above)."""
    if not text[start : start + 1].isupper() or _INNER_CAPITAL.match(text, start, end):
        return False
    before = text[max(0, start - 16) : start]
    if _POSSESSIVE_AFTER.match(text, end) or _SPEECH_BEFORE.search(before):
        return True
    if _PERSON_VERB_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    # A label that is a word of some language is a field's ("Referência: 912345678").
    return (
        not text[line_start:start].strip()
        and bool(_LABEL_AFTER.match(text, end))
        and _could_be_a_name(text[start:end])
    )


_LONE_CAPITALISED = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN}(?:[ \t]{_CAP_TOKEN})?)(?![\w'’\-])")
# People only have these: "Yuzuna's kid", "Louelle's killers".
_KIN_AFTER = re.compile(
    r"['’]s?[ \t]+(?:kid|kids|child|children|daughter|son|wife|husband|mother|father|mom|"
    r"dad|sister|brother|killers?|murderers?|widow|widower|parents|boyfriend|girlfriend|"
    r"fianc[ée]e?|grandmother|grandfather|nephew|niece|cousin|aunt|uncle)(?![\w'’\-])"
)

# After a closing quotation mark: "…," says Weld (not "…, says Amazon").
_QUOTE_THEN_SPEECH = re.compile(
    r"[\"”’][ \t]*(?:says|said|asks|asked|writes|wrote|replies|replied|adds|added)[ \t]+$"
)
# Traits only people (and pets) have; "reliable", "slow", "friendly", "smart", and "lazy",
# "greedy", "naive" and "rude" in code and software, are said of things too.
_CHARACTER_TRAITS = (
    r"impulsive|stubborn|selfish|arrogant|jealous|moody|grumpy|shy|bossy|clingy|needy|"
    r"cocky|immature|insecure|nosy|nosey|spoiled|spoilt|sarcastic|manipulative|narcissistic|"
    r"obnoxious|petty|impatient|cheeky|kind-hearted|"
    r"hot-headed|big-headed|short-tempered|introverted|extroverted|extraverted"
)
# What only people do (companies tell, say, want and decide too): "Woźniak began writing",
# "Wacława spent a year", "Csanád had given Csanád his address", "Flaviana lives on …".
_ONLY_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:just|also|never|always|still|already|really|then|once)[ \t]+)?"
    r"(?:began[ \t]+[a-z]{2,20}ing|"
    # Somewhere named: "spent a year at Progenity Inc.", "lives on Furuveien 141" (not "Netflix
    # lives on ads", "Kubernetes spent a year in beta").
    r"(?:spent[ \t]+(?:a|an|two|three|the)[ \t]+(?:year|month|week|summer|decade)[ \t]+"
    r"(?:at|in|with)|lives|lived)[ \t]+(?:at|on|in)?[ \t]*(?=\d|[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-Ω])|"
    r"married|studied|"
    r"(?:had|has)[ \t]+given[ \t]+[^\W\d_]{1,40}[ \t]+(?:his|her|their)|is[ \t]+very[ \t]+reliable|"
    # A trait of character: "Why is Soib so impulsive?", "Zair is really stubborn".
    r"(?:(?:is|was|gets|got)[ \t]+)?(?:so|very|really|too|always|such[ \t]+an?)[ \t]+"
    rf"(?:{_CHARACTER_TRAITS}))\b"
)


def _name_shaped(words: list[str]) -> bool:
    """No common word, day, month or acronym among the words."""
    return not any(
        _stop(w.casefold())
        or w.casefold() in _lorem_words()
        or w.casefold() in calendar_words()
        or w.isupper()
        for w in words
    )


def _only_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether any capitalised word at text[start:end] is spoken of as only a person is: a
    speech verb after a quotation, what only people do right after it, a possessive of kin.
    Not a bare possessive ("Tesla's", "Google's" are companies') nor a label ("Summary:")."""
    if _INNER_CAPITAL.match(text, start, end):
        return False
    if _QUOTE_THEN_SPEECH.search(text, max(0, start - 16), start) or _KIN_AFTER.match(text, end):
        return True
    return bool(_ONLY_PERSON_VERB_AFTER.match(text, end))


# Words of a place or an organisation's name: "Carlos Reyles Country Club", "Agnico Eagle
# Mines Limited".
_NOT_PERSON_WORDS = {
    "club", "inc", "ltd", "llc", "plc", "corp", "corporation", "company", "limited", "gmbh",
    "bank", "university", "college", "school", "hospital", "hotel", "restaurant", "airport",
    "station", "bridge", "park", "street", "road", "avenue", "church", "cathedral", "museum",
    "stadium", "center", "centre", "foundation", "institute", "group", "holdings", "partners",
    "associates", "systems", "technologies", "solutions", "services", "mines", "industries",
    "enterprises", "trust", "fund", "acquisition", "pharma", "pharmaceuticals", "energy",
}  # fmt: skip


def _trim_to_name(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of a spaCy span that can be a name's.

    Not the lower-case words the model ran on to before a capitalised name ("paciente Máxima
    Simó", "ik ben Sylvie", "mio marito Adriano"; a particle right before it is the surname's:
    "mevrouw van Beieren") or after it ("Lemona bridge", "Charles n'arrive plus"); in a name
    written all in lower case, not the words around it that are no known name ("ajoutez astrid
    gomes", "kaylee bos nog steeds mijn contactpersoon"; one unknown surname after a known name
    stays: "józef pastucha"); never a particle or a common word at the end ("ubaldo rastelli e").
    """
    if any(w.group()[:1].isupper() for w in words):
        first = next(i for i, w in enumerate(words) if w.group()[:1].isupper())
        while first > 0 and words[first - 1].group() in NAME_PARTICLES:
            first -= 1
        words = words[first:]
        while (
            len(words) > 1
            and words[-1].group().islower()
            and words[-1].group() not in NAME_PARTICLES
            and not _is_name_word(words[-1].group())
        ):
            words.pop()
    else:
        while words and not _is_name_word(words[0].group()):
            words.pop(0)
        while len(words) > 1 and not _is_name_word(words[-1].group()):
            if words[-1].group() not in _LOWER_NAME_STOP and _is_name_word(words[-2].group()):
                break
            words.pop()
    while words and (
        (_stop(words[-1].group().casefold()) and not _stop_word_surname(words))
        or (len(words) > 1 and words[-1].group() in NAME_PARTICLES)
    ):
        words.pop()
    return words


def _stop_word_surname(words: list[re.Match[str]]) -> bool:
    """A capitalised surname that is also a function word, right after a known first name:
    "Liliana Kurz", "Sabine Klein"."""
    last = words[-1].group()
    return (
        len(words) > 1
        and last[:1].isupper()
        and last.casefold() in RAW_LAST_NAMES
        and words[-2].group().casefold() in FIRST_NAMES
    )


# German nouns by their endings: "Lieferung", "Kundennummer", "Bestätigung", "Möglichkeit".
_GERMAN_NOUN = re.compile(
    r"(?i)[^\W\d_]{2,}(?:ung|ungen|heit|keit|schaft|nummer|nummern|tion|ität|zeit|ware|"
    r"konto|karte|adresse|paket|rechnung|datum|termin|service|dienst|anfrage|grüße|gruß)"
)
# The start of a sentence, where any word has a capital ("Rechnung Lieferschein …").
_SENTENCE_START = re.compile(r"(?:^|[.!?])[ \t\"'“„«(]*$")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
# An article or a possessive before capitalised words makes them a thing's name ("die
# Schreibtisch Lampe", "het Basis Pakket", "la Carte Cadeau"), not a person's.
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|"
    r"meinem|meiner|ihr|ihre|ihren|ihrem|unser|unsere|unseren|dein|deine|euer|eure|het|een|"
    r"mijn|uw|onze|jullie|le|la|les|un|une|mon|ma|mes|votre|vos|notre|el|los|las|una|mi|mis|"
    r"tu|su|sus|il|lo|gli|uno|mio|mia|o|os|as|um|uma|meu|minha|seu|sua|the|a|an|my|your|our)"
    r"[ \t]+$"
)
_TITLE_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{_TITLES})[ \t]+$")
# Every language's function words, also those that are first names ("ik ben", "ben" Ben).
_ANY_STOP = frozenset(STOP_WORDS) | frozenset().union(*map(stop_words, _STOP_LANGUAGES))


def _foreign_name(text: str, start: int, words: list[re.Match[str]], known: bool) -> bool:
    """Whether a span of the English model in a message in another language is a name.

    Capitalised words, particles only between them ("Lena van Dalem", "Erna De Waele"), with
    a known first name or surname in them or a title before them ("pan Kuziora"); or, with
    neither, two or more capitalised words none of which is a function or common word of the
    languages, a place, a day or a month or a German noun by its ending, not at the start of a
    sentence (where any word has a capital). All in lower case: a known first name then words
    that are not common ("antoni bienia", "józef pastucha"), not two common words ("rosa
    blanca"), not a function word that is also a name ("ik ben bereikbaar").
    """
    names = [
        w.group()
        for i, w in enumerate(words)
        if not (w.group() in NAME_PARTICLES or (i and w.group().casefold() in NAME_PARTICLES))
    ]
    if not names:
        return False
    folded = [n.casefold() for n in names]
    # A surname that is also a function word after a known first name: "Liliana Kurz"; a
    # first name that is also a word before a surname: "Floor van Praagh".
    first_name = _first_name_before_name(words)
    if any(
        (
            _stop(f)
            and not (i and f in RAW_LAST_NAMES and folded[0] in FIRST_NAMES)
            and not (i == 0 and first_name)
        )
        or f in calendar_words()
        for i, f in enumerate(folded)
    ):
        return False
    if all(n.islower() for n in names):
        return (
            len(names) >= 2
            and folded[0] in FIRST_NAMES
            and not any(f in _ANY_STOP for f in folded)
            and not all(f in _lorem_words() for f in folded)
            and not any(f in _lorem_words() and not _is_name_word(f) for f in folded)
        )
    if not all(n[:1].isupper() for n in names):
        return False
    first = start + words[0].start()
    before = text[max(0, first - 16) : first]
    if known or _TITLE_BEFORE.search(before):
        return True
    return (
        len(names) >= 2
        and folded[-1] not in _lorem_words()
        and not all(f in _lorem_words() for f in folded)
        # "Offerta Famiglia", "Qualità Rossa": common words of the languages.
        and not any(_common(f) for f in folded)
        and " ".join(folded) not in place_names()
        and not any(_GERMAN_NOUN.fullmatch(n) for n in names)
        and not _SENTENCE_START.search(before)
        and not _DETERMINER_BEFORE.search(before)
    )


def _first_name_before_name(words: list[re.Match[str]]) -> bool:
    """A capitalised known first name, then particles or a capitalised word that is no common
    one: "Floor van Praagh" (not "Will Payment", "May Sale")."""
    first, rest = words[0].group(), [w.group() for w in words[1:]]
    while rest and rest[0] in NAME_PARTICLES:
        rest = rest[1:]
    return (
        first[:1].isupper()
        and first.casefold() in FIRST_NAMES
        and bool(rest)
        and rest[0][:1].isupper()
        and not _common(rest[0], 3.5)
    )


def _common_word(word: str) -> bool:
    return len(word) > 2 and _common(word)


class NerPersonRecognizer(SpacyRecognizer):
    """spaCy's PERSON spans, without the small model's usual mistakes on chat text.

    A one-word span must be a known first name or surname (the small model calls "Easter",
    "Java" and "Kubernetes" people); a span with digits ("Convert 424 km") or made only of
    common words is not a name. The model is English: in a message in another language its
    spans of capitalised nouns ("Meine Bestellnummer") count only with a known name in them.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"])

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        with _reading(text):
            return self._analyze(text, entities, nlp_artifacts)

    def _analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None
    ) -> list[RecognizerResult]:
        kept = []
        english: bool | None = None
        for result in super().analyze(text, entities, nlp_artifacts):
            # A name does not run across lines ("Adriana Janisch\nHeinzlweg 55"); after a
            # closing in lower case it is on the next line ("saluti\nCipriano").
            newline = text.find("\n", result.start, result.end)
            while newline != -1 and not _CAPITAL.search(text, result.start, newline):
                result.start = newline + 1
                newline = text.find("\n", result.start, result.end)
            if newline != -1:
                result.end = newline
            words = list(_WORD_OR_NUMBER.finditer(text[result.start : result.end]))
            if not words or any(w.group().isdigit() for w in words):
                continue
            # Trim common words the model pulled in ("Explain Kubernetes", "Compare Oracle"),
            # not a first name that is also a word before the rest of a name ("Floor van
            # Praagh").
            while words and _stop(words[0].group().casefold()):
                if _first_name_before_name(words):
                    break
                words.pop(0)
            words = _trim_to_name(words)
            if (
                not words
                or any(
                    w.group().isupper() and len(w.group()) > 1 and not _is_name_word(w.group())
                    for w in words
                )
                # A club, a company, a bridge named after someone is not that person.
                or any(w.group().casefold() in _NOT_PERSON_WORDS for w in words)
            ):
                continue
            # One word in capitals is an acronym, whatever name it spells ("el IVA", "ANA").
            if (
                len(words) == 1
                and words[0].group().isupper()
                and 1 < len(words[0].group()) <= 3
                and not text.isupper()
            ):
                continue
            known = any(_is_name_word(w.group()) for w in words)
            # No name known: not the common words of the languages before two more
            # ("Producer Islambek Bazhaev"), nor a span of common words only ("Offerta
            # Famiglia"; not "Blessing Okafor"). Initials ("M.") are no words.
            while not known and len(words) > 2 and _common_word(words[0].group()):
                words.pop(0)
            if not known and len(words) >= 2 and all(_common_word(w.group()) for w in words):
                continue
            english = _mostly_english(text) if english is None else english
            if (
                len(words) == 1
                and not known
                and not (
                    english
                    and _said_of_a_person(
                        text, result.start + words[0].start(), result.start + words[0].end()
                    )
                )
                # "pan Kuziora", "il signor Grimani", "Ms Ball".
                and not _TITLE_BEFORE.search(
                    text,
                    max(0, result.start + words[0].start() - 16),
                    result.start + words[0].start(),
                )
            ):
                continue
            # The English model on other languages: lower-case words, street names ("Rua
            # Augusta", "Via del Corso") and runs of capitalised nouns without a known name.
            if _STREET_TYPE_START.match(text, result.start + words[0].start()) or (
                not english and not _foreign_name(text, result.start, words, known)
            ):
                continue
            start, end = result.start + words[0].start(), result.start + words[-1].end()
            # Food named after someone or something: "Jaffa Cakes", "Rich Tea", "Bolacha
            # Maria", "Cukierki Michałki".
            if (
                (
                    _FOOD_WORD.fullmatch(words[-1].group())
                    and (len(words) == 1 or words[0].group().casefold() not in FIRST_NAMES)
                )
                or (len(words) > 1 and _FOOD_WORD.fullmatch(words[0].group()))
                or not_a_person(text, start, end)
            ):
                continue
            kept.append(RecognizerResult("PERSON", start, end, result.score))
        return kept
