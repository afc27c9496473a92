"""The two name recognizers: ContextNameRecognizer (names from the words around them) and
NerPersonRecognizer (spaCy's PERSON entities, less its mistakes on chat text)."""

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common, zipf
from curation.recognizers.base import (
    _INITIAL,
    _LAST_WORD,
    _LOWER,
    _NON_SPACE,
    _UPPER,
    _WORD_OR_NUMBER,
    _WORD_TOKEN,
)
from curation.recognizers.cues import (
    _AND_SONS,
    _APPOSITIVE,
    _AS_ROLE,
    _ASKED_AS_A_NAME,
    _AT_HOME,
    _CALLED_OUT,
    _CAP_TOKEN,
    _CITED,
    _CLOSING,
    _CUES,
    _DETERMINERS,
    _ENUMERATION,
    _FETCHED,
    _FIRST_LAST,
    _FIRST_LAST_LINES,
    _FIRST_SUBJECT,
    _GENITIVE,
    _GREETING_BEFORE,
    _HERE,
    _HERE_BEFORE,
    _HOUSEHOLD,
    _HOUSEHOLD_FLOOR,
    _IT_IS_WORDS,
    _ITS_NAME_FROM,
    _LABELLED_NAME_LINE,
    _NAME,
    _NAME_IS_MINE,
    _NAME_LINE,
    _NAME_ON_RECORD,
    _NAME_THEN_PHONE,
    _NAME_TOKEN,
    _NAMED_CUE,
    _PEOPLE_SHAPES,
    _POSSESSIVE,
    _POST_NOMINAL,
    _RANK_THEN_NAME,
    _ROLE,
    _ROLE_THEN_NAME,
    _ROTA_ITEM,
    _SAYS_WHO,
    _SENT_FROM,
    _SPOKEN_TO_WORDS,
    _STAFF_FROM,
    _SURNAME_FIRST,
    _THANKS_TO,
    _THING_ROLE,
    _TRADE_WORDS,
    _VOCATIVE,
    _WE_ARE,
    _WEAK_CUES,
    _WHO_AFTER,
    _introduced,
)
from curation.recognizers.lexicon import (
    _ENGLISH_PROSE,
    _STOP_OR_FIRST_NAMES,
    _TECH_WORDS,
    COMMON_WORDS,
    FAKER_FIRST_NAMES,
    FIRST_NAMES,
    LAST_NAMES,
    NAME_PARTICLES,
    RAW_LAST_NAMES,
    _common,
    _countries,
    _is_name_word,
    _mostly_english,
    _reading,
    _stop,
    _surname_shaped,
    _unaccented,
    _written_in,
    calendar_words,
    large_cities,
    place_names,
    unaccented_place_names,
    writes_no_genitive,
)
from curation.recognizers.lookalikes import (
    _ARTICLE_BEFORE,
    _AUTHORS_WORK,
    _DESTINATION_BEFORE,
    _FOOD_AFTER,
    _FOOD_WORD,
    _HOLIDAYS_AND_DISHES,
    _KIN_BEFORE,
    _MOTION_TO_BEFORE,
    _SAINT_BEFORE,
    _TWO_WORD_MAKES,
    ASSISTANT_NAMES,
    _a_choice,
    _after_a_trip,
    _between_two_towns,
    _family_de_family,
    _german,
    _names_food,
    assistant_named,
    brands_named,
    known_brand,
    not_a_person,
    only_greets,
)
from curation.recognizers.name_spans import (
    _BOOKED_UNDER,
    _CAPITAL,
    _COMMA_AFTER_WORD,
    _INITIAL_BETWEEN,
    _LABEL_AFTER,
    _LEADING_PARTICLES,
    _LIST_FULL_NAME,
    _LIST_ITEM,
    _LIST_SELF,
    _LISTED_BEFORE_SELF,
    _LONE_CAPITALISED,
    _MIDDLE_INITIAL,
    _NOT_PERSON_WORDS,
    _ONLY_PERSON_VERB_AFTER,
    _PEOPLE_LABEL,
    _QUOTE_AFTER,
    _SHORT_CLOSING,
    _SPEAKER,
    _STREET_TYPE_START,
    _SUBJECT_OF_A_PERSON_VERB,
    _TITLE_BEFORE,
    _TITLE_CUE,
    _common_word,
    _could_be_a_name,
    _first_name_before_name,
    _foreign_name,
    _heads_a_block,
    _lower_case_names,
    _name_shaped,
    _only_of_a_person,
    _referred_to_as_he_or_she,
    _said_of_a_person,
    _transcript_speakers,
    _trim_to_name,
    recased,
    shouted_words,
)

_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


# An elision inside a word in lower case: "quest'anno", "l'hôtel" (not a surname's particle:
# "giovanni dell'acqua").
_ELIDED = re.compile(r"^(?!(?:d|de|dell|della|dall|dalla|degli|l|lo)['’])[a-zà-ÿ]+['’][a-zà-ÿ]")


# The words of one item of a comma-separated list, without the spaces around them.
_LIST_ITEM_WORDS = re.compile(r"[^\s,](?:[^,]*[^\s,])?")


# Two or more capitalised words each asked or called out: "Chase? Santander?", "Legia! Lech!".
_ALTERNATIVES = re.compile(rf"[{_UPPER}][\w'’\-]*[ \t]*([?!])[ \t]+[{_UPPER}][\w'’\-]*[ \t]*\1")


# Who made a work: "Translated from the Polish by …", "written by …".
_MADE_BY = re.compile(r"(?i)\w+(?:[ \t]+from[ \t]+the[ \t]+\w+)?[ \t]+by|certif(?:y|ies)[ \t]+that")


# English questions open with these: "Can Sophia pick up the parcel?", "Did Olaisen say …".
_AUXILIARIES = frozenset(
    {"can", "could", "will", "would", "did", "does", "do", "should", "shall", "may", "might",
     "must", "is", "was", "has", "had", "have", "won't", "didn't", "doesn't", "can't", "isn't",
     "wasn't", "hasn't"}
)  # fmt: skip


# Text before a sentence's first word: nothing, or a sentence's end, then spaces or quotes.
_AT_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t\"“]*$")


# The articles and prepositions a day or a month takes: "el Domingo", "del Martes", "am
# Sonntag", "w Niedzielę", "op Zondag", "no Sábado", "next Tuesday".
_DAY_BEFORE = frozenset(
    {"el", "del", "al", "los", "la", "le", "les", "ce", "du", "au", "der", "die", "das", "am",
     "jeden", "il", "lo", "di", "dal", "de", "op", "deze", "w", "we", "o", "a", "no", "na",
     "do", "da", "ao", "on", "next", "last", "this", "every", "until", "till", "by", "from",
     "in", "im", "em", "en", "nel", "à", "dans", "since", "before", "after", "during",
     "od", "przed", "po", "seit", "ab", "bis", "vor", "nach", "desde", "hasta", "antes",
     "depois", "dopo", "prima", "tot", "sinds", "voor"}
)  # fmt: skip


_MODEL_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}(?!\d|[.,:/]\d)")


def _only_a_surname(word: str) -> bool:
    """Whether the word is a surname and nothing else: Faker's surnames or a surname's ending
    ("Dolgorukova", "Stanković"), no first name, no English word nor a very common one of
    another language, no place."""
    bare = word.strip("'’.,").casefold()
    return (
        (bare in LAST_NAMES or _surname_shaped(word.strip("'’.,")))
        and bare not in FIRST_NAMES
        # A surname its own country writes often is still one: "Wiśniewska".
        and not is_common(bare, 3.0, english=True)
        and not is_common(bare, 4.0)
        and bare not in place_names()
        and bare not in _TECH_WORDS
    )


_LIST_ENTRY = re.compile(rf"{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?")


def _no_brand_or_town(text: str, span: tuple[int, int], word: str) -> bool:
    """Whether the word after a cue only people take is no brand and no town of the lists, as
    a name there must be ("Message from Joar", "According to Szathmáry,"; not "a text from
    Klarna", "According to Berlin,")."""
    return not known_brand(text, *span) and (
        _unaccented(word.casefold()) not in unaccented_place_names()
    )


# What a person does, right after a name no language uses or a known surname that is no
# common word: "Shishani published", "Tomonari earned a living", "Townsend wrote".
_DONE_BY_A_PERSON_AFTER = re.compile(
    r"[ \t]+(?:(?:later|also|never|then|once|first|finally|always|has always|had always)"
    r"[ \t]+)?(?:published|wrote|co-wrote|earned|founded|co-founded|sold|admitted|denied|"
    r"composed|directed|painted|recorded|retired|resigned|married|graduated|studied|"
    r"was driving|was walking|was sitting|was wearing|takes lead|sang|shouted|whispered|"
    r"received a letter|quit|began (?:writing|singing|painting|acting|his|her))(?![\w'’])"
)


_LAST_EN = re.compile(r"\sen\s+\S+$")
_ANOTHER_PLACE_AFTER = re.compile(rf"[ \t]*(?:,|to|and|or|&|via|through|-)[ \t]+[{_UPPER}]")
_PICKED_UP_OR_PHOTOGRAPHED = re.compile(
    rf"(?i:(?<![\w'’])(?:pick[ \t]+up|picking[ \t]+up|collect|drop[ \t]+off|get)[ \t]+)"
    # Where a child is collected, with no article: "from school" (not "Calpol from the
    # nursery", a shop).
    rf"(?P<name>[{_UPPER}][{_LOWER}'’\-]+)(?=[ \t]+(?i:from|at)[ \t]+"
    r"(?i:school|nursery|daycare|day care|kindergarten|kindy|preschool|practice|training|"
    r"football|swimming|ballet|piano|rehearsal|grandma's|granny's)\b)|"
    rf"(?m:^(?i:photo|photos|photograph|picture|image|credit|foto|fotó|zdjęcie|bild)[ \t]*:[ \t]*)"
    rf"(?P<photographer>[{_UPPER}][{_LOWER}'’\-]+(?:[ \t]+[{_UPPER}][{_LOWER}'’\-]+){{1,2}})"
    r"(?=[ \t]*/)"
)


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
            results = self._analyze(text, nlp_artifacts)
            shouted = shouted_words(text)
            if shouted:
                # Names in capitals, read as the same text with them in title case. Only
                # what covers one of them is new; the rest was found above. A whole name
                # only: one word in capitals is as often a tax or a model ("IVA", "737 MAX").
                for result in self._analyze(recased(text, shouted), nlp_artifacts):
                    if len(text[result.start : result.end].split()) > 1 and any(
                        result.start < end and start < result.end for start, end in shouted
                    ):
                        results.append(result)
            return results

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

        def a_location(span: tuple[int, int]) -> bool:
            """Whether the model calls the words there a place ("a card from Reykjavik")."""
            return any(label == "LOCATION" for _, _, label in entities_over(span))

        def a_firm(span: tuple[int, int]) -> bool:
            """Whether the model calls the words there an organisation ("our supplier, Makro,
            is late")."""
            return any(label == "ORGANIZATION" for _, _, label in entities_over(span))

        def a_country(span: tuple[int, int]) -> bool:
            """Whether the words there are a country, no first name nor after a title, that
            the model reads as a place: "I never called Ireland" (not "I called Jordan", "a
            Dra. Montenegro")."""
            value = text[span[0] : span[1]].casefold()
            return (
                value in _countries()
                and value not in FIRST_NAMES
                and not _TITLE_BEFORE.search(text, max(0, span[0] - 16), span[0])
                and any(label == "LOCATION" for _, _, label in entities_over(span))
            )

        def add(span: tuple[int, int] | None, score: float, *, cued: bool = False) -> None:
            # A name a cue word announces ("my name is", "account holder:", "as the admin")
            # is a person whatever stands after it; the look-alike veto is for names found
            # by their shape alone. Not food named after someone: "granny smith apples".
            if not span:
                return
            if (
                assistant_named(text, *span)
                or (text[span[0] : span[1]].islower() and _FOOD_AFTER.match(text, span[1]))
                or _after_a_trip(text, span[0])
                or a_country(span)
                # A feast, whatever cue stands before it: "we komen met Pinksteren".
                or (
                    _HOLIDAYS_AND_DISHES.fullmatch(text, *span)
                    and text[span[0] : span[1]].casefold() not in FIRST_NAMES
                )
            ):
                return
            post = _POST_NOMINAL.match(text, span[1])
            end = post.end() if post else span[1]
            # Read with what follows it too: "Canal de Isabel II" is a firm.
            if cued or not (
                not_a_person(text, *span) or (post and not_a_person(text, span[0], end))
            ):
                results.append(RecognizerResult("PERSON", span[0], end, score))

        for cue in self.CUE.finditer(text):
            # "im" is "I'm" in English chat, "in the" in German: "im Warenkorb", "liegt im
            # Paketzentrum" (not "hola im Chidi, tengo…": a name then a comma).
            # In German text it is German whatever follows: "Im Ernst, schon der dritte Termin".
            if (
                not english
                and cue.group().rstrip(",: \t\n").casefold() == "im"
                and (not _COMMA_AFTER_WORD.match(text, cue.end()) or _german(text))
            ):
                continue
            # A salutation ends at its comma and its line: "Geachte Heer/Mevrouw,\nMijn pakket
            # …" (not "Dear Anna,": the name stands before the comma).
            if "," in cue.group() and "\n" in cue.group():
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
            # Whom the greeting or the title addresses is no one's name: "Caro Cliente",
            # "Bom dia Sr. Cliente", "Oi Vó".
            if span and only_greets(
                [w.strip(",.").casefold() for w in text[span[0] : span[1]].split()], text
            ):
                continue
            preposition = cue.group("weak") and cue.group("weak").casefold() not in _IT_IS_WORDS
            # Common words that no name list holds are a firm's name: "con Línea Directa"; so
            # is a name that opens with one ("z Wydawnictwa Literackiego", a publisher).
            if span and weak:
                named = [w.strip(",.") for w in text[span[0] : span[1]].split()]
                if not any(map(_is_name_word, named)) and (
                    all(_common(w) for w in named) or _common(named[0].casefold())
                ):
                    continue
                # "certifies that Acme Industries", "by Harlow Foundation".
                if any(w.casefold() in _NOT_PERSON_WORDS for w in named):
                    continue
            # No one speaks to a town: the model's places after "spoke to" are people.
            spoken_to = weak and cue.group("weak").casefold() in _SPOKEN_TO_WORDS | _TRADE_WORDS
            # Nor writes a book or holds a certificate: the model's firms after "translated by"
            # and "certifies that" are people.
            made_by = weak and bool(_MADE_BY.fullmatch(cue.group("weak")))
            # In English a known first name that no list knows as a town is someone after
            # "from" or "to", whatever the model says: "a pram from Conall on Marketplace",
            # "thanks to Brogan from your removals team" (not "flights to Austin").
            named_alone = (
                english
                and span is not None
                and (bare := text[span[0] : span[1]].casefold()) in FIRST_NAMES
                and bare not in place_names()
                and bare not in large_cities()
                and bare not in calendar_words()
                # Not one end of a trip: "moving from Chelsea to Camden".
                and not _ANOTHER_PLACE_AFTER.match(text, span[1])
            )
            # A town of two words or more that Faker's or GeoNames' lists know is one, whatever
            # the model says: "l'appartamento di Mombello Monferrato".
            if (
                span
                and weak
                and not (spoken_to or made_by or named_alone)
                and (
                    is_place(span, strict=bool(preposition))
                    or (
                        " " in text[span[0] : span[1]].strip()
                        and text[span[0] : span[1]].casefold() in place_names()
                    )
                )
            ):
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
                # Nor the end of a town named "<family> de <family>": "Azevedo de Duarte".
                if _family_de_family(text, span[0], [w.casefold() for w in named]):
                    continue
            # A shop, a bank or a maker, whatever greets it: "hi, Ryanair cancelled my flight"
            # (not "Hallo Otto", "my name is Douglas"). After a weak cue not_a_person reads it.
            if span and not weak and not titled and known_brand(text, *span):
                continue
            # "Dr. Martens boots": after a title, a product word still says it is a brand.
            add(span or None, 0.7, cued=not weak and not titled)
        for booked in _BOOKED_UNDER.finditer(text):
            match = self.NAME.match(text, booked.end())
            span = (match and self._name_span(text, match.start(1), match.group(1))) or None
            # A name rarer than one use in 300,000 words, no company, place or common word; a
            # known name whatever else it names ("em nome de Castro").
            named = [w.strip(",.") for w in text[span[0] : span[1]].split()] if span else []
            if span and all(_could_be_a_name(w, 3.5) for w in named):
                add(span, 0.7, cued=all(map(_is_name_word, named)))
        for role in itertools.chain(_ROLE.finditer(text), _NAME_ON_RECORD.finditer(text)):
            match = self.NAME.match(text, role.end())
            span = (match and self._name_span(text, match.start(1), match.group(1))) or None
            add(span, 0.7, cued=True)
        for match in _NAME_IS_MINE.finditer(text):
            # Particles may open it: "van der Ven is de achternaam".
            span = self._name_span(text, match.start(1), match.group(1), titled=True)
            add(span, 0.7, cued=True)
        for match in _HERE.finditer(text):
            add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _WHO_AFTER.finditer(text) if english else ():
            word = match.group(1)
            bare = word.casefold()
            if bare not in place_names() and (
                (bare in FIRST_NAMES and not _stop(bare))
                or _only_a_surname(word)
                or _unheard_of(text, match.start(1), word)
            ):
                add(match.span(1), 0.6)
        # Thanks or "aquí" before a known first name that is no place, or a phone number after
        # it ("Grazie Mille", "aquí Madrid" are none).
        for match in itertools.chain(
            _THANKS_TO.finditer(text), _HERE_BEFORE.finditer(text), _NAME_THEN_PHONE.finditer(text)
        ):
            first = match.group(1).split()[0].casefold()
            if first in FIRST_NAMES and not _stop(first) and first not in place_names():
                add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _STAFF_FROM.finditer(text):
            # After a title any name; otherwise no common word, place or firm ("Marsden", "De
            # Schryver"; not "Sales from the team said", "Vodafone support said").
            named = [w for w in match.group("name").split() if w.casefold() not in NAME_PARTICLES]
            if match.group("title") or (
                all(_could_be_a_name(w, 3.5) and not is_common(w.casefold(), 3.5) for w in named)
                and not known_brand(text, *match.span("name"))
            ):
                add(match.span("name"), 0.7, cued=True)
        for match in _AS_ROLE.finditer(text):
            add(self._name_span(text, match.start(1), match.group(1)), 0.7, cued=True)
        for match in _VOCATIVE.finditer(text):
            word = match.group(1).casefold()
            # Or a word no language uses, in English: "Not now, Mimount!"; or after thanks or
            # a greeting, a word that is no common word, place or brand: "Danke, Bartele!".
            if (
                (word in FIRST_NAMES and not _stop(word))
                or (english and _unheard_of(text, match.start(1), match.group(1)))
                or (
                    _GREETING_BEFORE.search(text, max(0, match.start() - 16), match.start())
                    and _could_be_a_name(match.group(1), 3.0)
                    and not known_brand(text, *match.span(1))
                )
            ):
                add((match.start(1), match.end(1)), 0.6)
        for match in _WE_ARE.finditer(text):
            items = list(_LIST_ITEM_WORDS.finditer(text, *match.span(1)))
            # Among them a known first name: "We are Vegans, Vegetarians and …" are no one.
            if not any(
                w.casefold() in FIRST_NAMES and not _stop(w.casefold())
                for item in items
                for w in item.group().split()
            ):
                continue
            for item in items:
                words = item.group().split()
                if all(
                    w.casefold() in FIRST_NAMES or _could_be_a_name(w, 3.5) for w in words
                ) and not _TECH_WORDS.intersection(w.casefold() for w in words):
                    add(item.span(), 0.6)
        # Fetched from school, known from the gym, called out, sending something: a known
        # first name ("pick up Calpol", "it's Zumba from the gym", "a text from Klarna" are
        # things), or one called out that no language uses, in English ("Tomonari? …").
        for match in itertools.chain(
            _FETCHED.finditer(text),
            _ITS_NAME_FROM.finditer(text),
            _CALLED_OUT.finditer(text),
            _SENT_FROM.finditer(text),
        ):
            word = match.group(1).casefold()
            span = match.span(1)
            if (
                word in FIRST_NAMES
                and not _stop(word)
                # Not "Lucky!", "Joy!", "Chase?": English words before names.
                and not is_common(word, 4.0, english=True)
                and word not in place_names()
                # Nor one of alternatives: "Chase? Santander? Which bank …", "Legia! Lech!".
                and not _ALTERNATIVES.search(
                    text, max(0, span[0] - 40), min(len(text), span[1] + 40)
                )
            ) or (english and self._unknown_name_after(text, match, a_location)):
                add(span, 0.6)
            elif match.re is _CALLED_OUT and _could_be_a_name(match.group(1), 3.0):
                # Called out beside a known first name: "Tomonari? Thomas! Over here!".
                beside = _CALLED_OUT.search(text, match.end(), match.end() + 40)
                if (
                    beside
                    and beside.group(1).casefold() in FIRST_NAMES
                    and not (text[match.end() : beside.start()].strip())
                ):
                    add(span, 0.6)
        # Who says something, in English: a known first name or a word that is no common word,
        # brand or town of the lists ("According to Szathmáry,"; not "According to Berlin,",
        # "did Apple say"; the model's own places miss names it has not seen).
        if english:
            for match in _SAYS_WHO.finditer(text):
                said = next(group for group in (1, 2, 3) if match.group(group))
                span = match.span(said)
                word = match.group(said)
                known = word.casefold() in FIRST_NAMES and not _stop(word.casefold())
                if (known or _could_be_a_name(word, 3.0)) and _no_brand_or_town(text, span, word):
                    add(span, 0.6)
        # A family's firm by a surname or a rare word ("Mumford & Sons" too; not "Fathers and
        # Sons").
        for match in _AND_SONS.finditer(text):
            if _could_be_a_name(match.group(1), 3.5):
                add(match.span(1), 0.6)
        for match in _RANK_THEN_NAME.finditer(text):
            word = match.group(1)
            if _could_be_a_name(word, 3.5) and word.casefold() not in _TECH_WORDS:
                add(match.span(1), 0.6)
        across = (m for m in _FIRST_LAST_LINES.finditer(text) if "\n" in m.group(1))
        for match in itertools.chain(_FIRST_LAST.finditer(text), across):
            start, end = match.span(1)
            # Not into the next line's label: "Nome: Gioacchino\nMotivo: …".
            newline = text.find("\n", start, end)
            if newline != -1 and _LABEL_AFTER.match(text, end):
                end = newline
            words = text[start:end].split()
            if not words:
                continue
            # "The Helena Carlsen version": the name starts at the second word.
            # So it does after a word that opens a sentence: "Starring Roland Pena, …".
            if len(words) >= 3 and (
                _stop(words[0].casefold())
                or (
                    words[0].casefold() not in FIRST_NAMES
                    and words[1].casefold() in FIRST_NAMES
                    and words[1][1:].islower()
                    and bool(_AT_SENTENCE_START.search(text, 0, start))
                )
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            last = words[-1].casefold()
            # Or a word that can be a name before a surname by its ending ("Zarita
            # Akhtakhanov", "Tihomila Crnić") or before a known surname no language uses as a
            # word ("Czcibor Borkowski", "Yaco Angulo").
            # A compound first name's parts each count: "Diane-Marianne Rodriguez".
            parts = words[0].casefold().split("-")
            if (
                not all(part in FIRST_NAMES for part in parts)
                and not (
                    (
                        _surname_shaped(words[-1])
                        or (len(words) == 2 and last in LAST_NAMES and not _common(last, 3.0))
                    )
                    and _could_be_a_name(words[0], 3.5)
                )
            ) or (_stop(last) and last not in RAW_LAST_NAMES):
                continue
            span = self._name_span(text, start, text[start:end], weak=True)
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
                    # A question's verb first: "Can Sophia pick up the parcel?".
                    and not (
                        english
                        and previous is not None
                        and before.casefold() in _AUXILIARIES
                        and _AT_SENTENCE_START.search(text, 0, previous.start(1))
                    )
                    # A known name before the comma ("Lilli Pechel, Doreen"; not "GitHub, Hugo").
                    and not (
                        before.endswith(",")
                        and _is_name_word(before.rstrip(","))
                        and word.casefold() not in place_names()
                    )
                )
                # "the German government", "a Victoria sponge": a determiner, not a person.
                and before.casefold() not in _DETERMINERS
                # A day after an article or a preposition: "el Domingo", "w Niedzielę" (not
                # "Why is Maj so impulsive?").
                and not (word.casefold() in calendar_words() and before in _DAY_BEFORE)
                # A town by what it has: "the desk at Florence airport".
                and not _TOWN_NOUN_AFTER.match(text, match.end(1))
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
                    # A town, unless it does what only people do: "Zama lives on Letališka
                    # 103", "Pavia had given Pavia his address".
                    or (
                        text[start:end].casefold() in place_names()
                        and not _ONLY_PERSON_VERB_AFTER.match(text, end)
                    )
                    or before in _DETERMINERS
                    or not (
                        _only_of_a_person(text, start, end)
                        # Or a surname no language uses as a word nor as a first name:
                        # "reminded me of Majewska", "sold the farm to Dolgorukova".
                        # Not where a place stands: "shops in Coronado", "San Millán".
                        or (
                            len(words) == 1
                            and _only_a_surname(words[0])
                            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
                            and not _SAINT_BEFORE.search(text, max(0, start - 12), start)
                        )
                        # Or a word no language uses doing what authors and people do:
                        # "In 2008, Shishani published …", "Mudrová wrote the lyrics".
                        # A known surname that is no common word does so too: "Townsend
                        # wrote the lyrics", "Maas wrote the lyrics" (not "Costa began
                        # writing": a common word in Portuguese).
                        or (
                            len(words) == 1
                            and (
                                not zipf(words[0])
                                or (
                                    words[0].casefold() in LAST_NAMES
                                    and not _common(words[0].casefold(), 4.0)
                                )
                            )
                            and words[0].casefold() not in _TECH_WORDS
                            and not known_brand(text, start, end)
                            and _DONE_BY_A_PERSON_AFTER.match(text, end)
                            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
                        )
                        # Or a rare word a "he" or a "she" refers to: "Petković announced she
                        # would step down", "Raised by his grandparents, Karp left school"
                        # (not "Walker said he", "Revolut froze his account and he …").
                        or (
                            all(
                                _could_be_a_name(w, 3.5) and not _common(w.casefold(), 3.5)
                                for w in words
                            )
                            and not _TECH_WORDS.intersection(map(str.casefold, words))
                            # Not a place's: "at the University of Türi", "in Tarhos".
                            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
                            and not _OF_A_NAMED_PLACE.search(text, max(0, start - 40), start)
                            and _referred_to_as_he_or_she(text, start, end)
                        )
                    )
                ):
                    continue
                add((start, end), 0.6)
            # Who is picked up from school, and who took a photo: "Can u pick up Seweryna from
            # school today?", "Photo: Jesenko Maćilo / RakutenInc." (rare words or names only).
            for match in _PICKED_UP_OR_PHOTOGRAPHED.finditer(text):
                group = "name" if match.group("name") else "photographer"
                named = match.group(group).split()
                if all(_could_be_a_name(w, 3.5) for w in named) and not known_brand(
                    text, *match.span(group)
                ):
                    add(match.span(group), 0.6, cued=True)
            # A work named after its author: "Unlike the Lasseter novel", "the Ferrante
            # books". A known name or a rare word ("the Django books", "the Dune novels", "the
            # Marvel films" are things).
            for match in _AUTHORS_WORK.finditer(text):
                word = match.group(1)
                # A biography is of a person, whatever else the surname means ("The new
                # Price biography").
                of_a_life = match.group(0).endswith(("biography", "biopic", "memoir", "memoirs"))
                if word.casefold() not in _TECH_WORDS and (
                    _is_name_word(word)
                    or _could_be_a_name(word, 3.5)
                    or (of_a_life and word.casefold() in RAW_LAST_NAMES)
                ):
                    # Cued: "the Grace period" is a thing, but no thing has a biography.
                    add(match.span(1), 0.6, cued=True)
        # A rota: days, then who works them ("Mon/Tue Otto, Wed Lotfi, Thu/Fri Giulia").
        rota = list(_ROTA_ITEM.finditer(text))
        for match in rota if len(rota) >= 2 else ():
            word = match.group(1)
            bare = word.casefold()
            if bare not in calendar_words() and (
                (bare in FIRST_NAMES and not _stop(bare)) or _could_be_a_name(word, 3.5)
            ):
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
        # "Sanitas cubre la limpieza": Spanish writes no genitive "s".
        genitives = [
            m for m in _GENITIVE.finditer(text) if m.group(1).casefold() in FAKER_FIRST_NAMES
        ]
        if genitives and writes_no_genitive(text):
            genitives = []
        for match in genitives:
            stem = match.group(1)
            written = (stem + "s").casefold()
            if (
                written not in _STOP_OR_FIRST_NAMES
                # "naar Ans": a town, not An's.
                and written not in place_names()
                # Nor a word of its own: "el Spinning del Martes" is Tuesday's, not Marte's.
                and not _common(written)
                and written not in calendar_words()
                # A genitive takes no article: "los Donettes" are things.
                and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())
                # Nor a function word after it in English: "Barclays and Lloyds both closed".
                and not (
                    _ENGLISH_PROSE.get()
                    and (after := _WORD_TOKEN.match(text, match.end())) is not None
                    and after.group().casefold() in STOP_WORDS
                )
            ):
                # "Maile Jaimes", "Williams": a surname of its own, not Jaime's or William's.
                whole = written in LAST_NAMES
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
        for match in _LISTED_BEFORE_SELF.finditer(text):
            # Names that are words too count ("Klug"); not a list with a town in it.
            listed = list(_LIST_ENTRY.finditer(text, *match.span(1)))
            if any(entry.group().casefold() in place_names() for entry in listed):
                continue
            for entry in listed:
                if all(
                    _could_be_a_name(w, 4.0) or w.casefold() in RAW_LAST_NAMES
                    for w in entry.group().split()
                ):
                    add(entry.span(), 0.6, cued=True)
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
        for match in (
            *_HOUSEHOLD.finditer(text),
            *_HOUSEHOLD_FLOOR.finditer(text),
            *_AT_HOME.finditer(text),
        ):
            # "chez les Théraulaz", "em casa dos Araújo", "bei Salcher im 2. Stock", "heet ik
            # Verbeeck", "chez Paccot": a family or a person by their home, or a name said of
            # oneself.
            name = match.lastindex or 1
            # After "chez" alone only a known name: shops are named there too ("chez
            # Norauto", "chez TotalEnergies").
            words = [w for w in match.group(name).split() if w.casefold() not in NAME_PARTICLES]
            if known_brand(text, match.start(name), match.end(name)) or (
                match.re is _AT_HOME and not all(map(_is_name_word, words))
            ):
                continue
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
            results.extend(self._enumerations(text, nlp_artifacts, english=english))
        return [result for result in results if not _names_food(text, result)]

    @staticmethod
    def _enumerations(
        text: str, nlp_artifacts: NlpArtifacts, *, english: bool
    ) -> list[RecognizerResult]:
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
            # The two towns of a trip: "le trajet entre Lyon et Bazin".
            if _between_two_towns(text, match.start(1)):
                continue
            # Dutch "en" is "in" in Spanish and French: "la romería de San Isidro en Murcia".
            if _LAST_EN.search(match.group(1)) and not _written_in(text, ("nl",)):
                continue
            words = list(_WORD_TOKEN.finditer(text, match.start(1), match.end(1)))
            # Feasts are no one: "zwischen Weihnachten und Silvester".
            feasts = [feast.span() for feast in _HOLIDAYS_AND_DISHES.finditer(text, *match.span(1))]
            items = [
                w
                for w in words
                if w.group()[:1].isupper()
                and not any(start <= w.start() < end for start, end in feasts)
            ]
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
                # The English model's labels on other languages are noise: "Nasenspray von
                # Ratiopharm oder Hexal" are no people there.
                elif (label == "PERSON" and english) or _is_name_word(item.group()):
                    people += 1
            # Tried: a pair of one person and a word nothing else is known of ("Caird and
            # Jones", "Butusov and Robles"): "Compare Heroku and Cloudflare", "Jones and
            # Kubernetes", "Terraform and Pulumi" became people, product names being as rare
            # as surnames.
            if people < 2 or people <= places:
                continue
            # A town no one is named after, or towns only, and no first name: a list of places
            # ("entregam em Lisboa, Porto e Barbosa", "Madrid, Sevilla y Córdoba"; not "Anna,
            # Lisboa and Tom").
            towns = [item.group().casefold() in place_names() for item in items]
            if (
                all(towns)
                or any(
                    town and not _is_name_word(item.group())
                    for town, item in zip(towns, items, strict=True)
                )
            ) and not any(item.group().casefold() in FIRST_NAMES for item in items):
                continue
            # Programming languages and tools are listed together ("Julia, Ruby, Swift or
            # Rust"): no list of people.
            if any(item.group().casefold() in _TECH_WORDS | ASSISTANT_NAMES for item in items):
                continue
            # So are brands named after people: "Tommy Hilfiger, Calvin Klein e Massimo Dutti".
            if brands_named(text, match.start(1), match.end(1)) >= 2:
                continue
            # Cars are listed together: "Aston Martin and McLaren both use Mercedes engines" (not
            # "Seat Kowalczyk, Nowicki and Zielińska").
            if any(
                f"{previous.group(1).casefold()} {item.group().casefold()}" in _TWO_WORD_MAKES
                for item in items
                if (previous := _LAST_WORD.search(text, max(0, item.start() - 24), item.start()))
            ):
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
    def _unknown_name_after(
        text: str, match: re.Match[str], a_location: Callable[[tuple[int, int]], bool]
    ) -> bool:
        """In English, a name no list knows after a cue that only people take: called out, a
        word no language uses ("Tomonari?"); after a message's or a gift's "from", a word that
        is no common word, no brand and no place of the lists or the model's ("Message
        from Joar at 10:42"; not "a card from Reykjavik", "a text from Klarna"). Not after
        "pick up … from school": "pick up Calpol from the nursery"."""
        span = match.span(1)
        if match.re is _CALLED_OUT:
            return not known_brand(text, *span) and _unheard_of(text, span[0], match.group(1))
        return (
            match.re is _SENT_FROM
            and _could_be_a_name(match.group(1), 3.0)
            and _no_brand_or_town(text, span, match.group(1))
            and not a_location(span)
        )

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
        lower_common_first = False
        words = 0
        if titled:
            leading = _LEADING_PARTICLES.match(candidate)
            if leading and leading.end() < len(candidate) and candidate[leading.end()].isupper():
                after_particle = True
                words = 1  # the particles open the name
                end = start + leading.end()
        tokens = list(_NON_SPACE.finditer(candidate))
        # "Rua Augusta", "Via Roma": a street, not a person; after an honorific a surname
        # ("Dr Estrada").
        if _STREET_TYPE_START.match(candidate) and not titled:
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
            # Nor an elided word in lower case: "il Palio di Siena quest'anno".
            if (_stop(bare) and not surname_word) or len(bare) < 2 or _ELIDED.search(token):
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
                lower_common_first = not capitalised and _common(bare)
                if not (first_is_known or capitalised):
                    return None
                # "my colleague said no", "my friend will come": a very common word. Nor a
                # word of some language that only the long list of first names holds: "kwam
                # met krassen" (Krassen is Bulgarian).
                if not capitalised and (
                    _common(bare, 5.5) or (bare not in FAKER_FIRST_NAMES and is_common(bare, 3.0))
                ):
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
            # Nor, in lower case after a first name that is a common word too, a word of no
            # name list however rare: "tive a mala extraviada" (not "met sanne de vries").
            elif not (capitalised or all_known_so_far or surname_word) or (
                weak
                and not capitalised
                and not surname_word
                and bare not in FIRST_NAMES
                and (_common(bare, 3.5) or (lower_common_first and not _is_name_word(bare)))
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


# Where a town stands: "arrived at Loiu", "the festival returns to Beder" (not "sold the
# farm to Torma"), "Fartouna bridge".
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:at|in|into|from|near|off|via|across|around|outside|inside|towards|"
    r"nad|pod)[ \t]+$"
)
# A named thing's "of": "the University of Tarhos", "the Bank of Valletta".
_OF_A_NAMED_PLACE = re.compile(rf"[{_UPPER}][\w'’\-]+[ \t]+of[ \t]+$")


# What a town has, in lower case after its name: "Florence airport", "Victoria station"
# ("Grace Park", "Anna Hill" are people).
_TOWN_NOUN_AFTER = re.compile(
    r"[ \t]+(?:airport|station|train station|bus station|harbou?r|cathedral|old town|"
    r"city cent(?:re|er)|town cent(?:re|er))\b"
)


_PLACE_NOUN_AFTER = re.compile(
    r"(?i)[ \t]+(?:bridge|station|airport|river|lake|harbou?r|port|castle|cathedral|valley|bay|"
    r"beach|island|hills?|park|square|county|district|region|province|village|town|city|"
    r"municipality|area|branch|office|plant|factory|campus|"
    # The rest of a town's name: "Kostelec nad Orlicí", "Frankfurt am Main", "Pinares - Las
    # Delicias".
    r"nad|pod|am|an[ \t]+der|sur|sous|upon|-[ \t]+\w+)\b"
)


# An article, of English or of the other languages, or a word that counts goods: a thing
# follows ("the Brennick", "El Prat", "some Lemsip"), not a person.
_THING_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:the|a|an|this|that|some|any|more|much|extra)|"
    r"La|Le|Il|El|Les|Los|Las|Der|Die|Das|Het)[ \t]+$"
)
_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{_UPPER}]")


def _unheard_of(text: str, start: int, word: str) -> bool:
    """Whether the model's one-word person in English prose is a word none of the eight
    languages uses, written as a name ("Agoti and I", "Zekö sold the farm"): a name from
    anywhere. Not a technical word ("Kubernetes"), one after an
    article ("the Brennick"), a word the text also writes in lower case ("Salesperson of the
    Month … salesperson"), nor a town by what stands around it."""
    end = start + len(word)
    return (
        len(word) > 3
        and word[:1].isupper()
        and word[1:].islower()
        and not zipf(word)
        and word.casefold() not in _TECH_WORDS
        # Worked out once per text by _reading, which both recognizers read inside.
        and _ENGLISH_PROSE.get()
        and not _THING_BEFORE.search(text, max(0, start - 8), start)
        and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 24), start)
        and not _MOTION_TO_BEFORE.search(text, max(0, start - 48), start)
        and not _PLACE_NOUN_AFTER.match(text, end)
        and not _FOOD_AFTER.match(text, end)
        # One word of a longer proper noun: "Gatwick North", "Vilnius Old Town".
        and not _CAPITALISED_AFTER.match(text, end)
        and word.casefold() not in text
    )


_IN_A_PLACE_COMPOUND = re.compile(rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*-[{_LOWER}]+-$")


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

    @staticmethod
    def _between_dashes(text: str, results: list[RecognizerResult]) -> Iterator[RecognizerResult]:
        """The model's spans, each split at a spaced dash into parts judged on their own:
        "Benfica - Porto" is a match, "Ana Silva - Porto" a person and her town, "Kontakt -
        Anna Schmidt" a label and a person."""
        for result in results:
            dashes = list(_SPACED_DASH.finditer(text, result.start, result.end))
            if not dashes:
                yield result
                continue
            starts = [result.start, *(dash.end() for dash in dashes)]
            ends = [*(dash.start() for dash in dashes), result.end]
            for start, end in zip(starts, ends, strict=True):
                # A town on its own side of the dash is the town: "Benfica - Porto".
                if text[start:end].strip().casefold() not in place_names():
                    yield RecognizerResult("PERSON", start, end, result.score)

    @staticmethod
    def _heads_an_address(text: str, result: RecognizerResult, words: list[re.Match[str]]) -> bool:
        """Whether the model's name is a line of its own atop an address block, where a first
        word that is also a word is a name ("Saber Mailly\n\nArtilleros\nUruguay")."""
        if len(words) < 2 or words[-1].group()[:1].islower():
            return False
        start = text.rfind("\n", 0, result.start) + 1
        end = text.find("\n", result.end)
        end = len(text) if end == -1 else end
        if text[start : result.start].strip() or text[result.end : end].strip():
            return False
        return _heads_a_block(text.split("\n"), text.count("\n", 0, start), further=True)

    def _analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None
    ) -> list[RecognizerResult]:
        kept = []
        english: bool | None = None
        for result in self._between_dashes(text, super().analyze(text, entities, nlp_artifacts)):
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
            # The end of a hyphenated place whose inner words are in lower case:
            # "Heist-op-den-|Berg|", "Saint-Pierre-sur-|Dives|" (not "Jean-|Pierre|").
            if _IN_A_PLACE_COMPOUND.search(text, max(0, result.start - 40), result.start):
                continue
            # Trim common words the model pulled in ("Explain Kubernetes", "Compare Oracle"),
            # not a first name that is also a word before the rest of a name ("Floor van
            # Praagh").
            while words and _stop(words[0].group().casefold()):
                if _first_name_before_name(words) or self._heads_an_address(text, result, words):
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
            # A Romance particle that is a first name too ("Del") makes no name known: it
            # joins nouns ("Matricula del Grado en ADE"); "van" and "von" join only names
            # ("Gijsbrecht van Hecke").
            known = any(
                _is_name_word(w.group())
                and not (
                    w.group().islower()
                    and w.group() in NAME_PARTICLES
                    and w.group() not in {"van", "von", "ter", "ten"}
                )
                for w in words
            )
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
                    and (
                        _said_of_a_person(
                            text, result.start + words[0].start(), result.start + words[0].end()
                        )
                        or _unheard_of(text, result.start + words[0].start(), words[0].group())
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
            # Past the particles the model took in: "cerca |de la Plaza| Mayor".
            opening = next(
                (w for w in words if not (w.group().islower() and w.group() in NAME_PARTICLES)),
                words[0],
            )
            if _STREET_TYPE_START.match(text, result.start + opening.start()) or (
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
                # A model by its number, no name known in it: "Shimano Nexus 7".
                or (not known and _MODEL_NUMBER_AFTER.match(text, end))
            ):
                continue
            kept.append(RecognizerResult("PERSON", start, end, result.score))
        return kept
