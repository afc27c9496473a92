"""How far a name goes and whether a capitalised word is one: lower-case names, names joined
by "and", surnames first, transcript speakers, address-block heads, and the trimming of
spaCy's person spans."""

import functools
import importlib
import importlib.resources
import importlib.util
import itertools
import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common
from curation.language import stop_words
from curation.recognizers.addresses import _STREET_TYPE
from curation.recognizers.base import _LOWER, _UPPER
from curation.recognizers.cues import (
    _CAP_TOKEN,
    _CAP_WORD,
    _NAME_TOKEN,
    _PARTICLES_ALTERNATION,
    _POSSESSIVE_AFTER,
    _TITLE_BEFORE,
    _TITLES,
)
from curation.recognizers.lexicon import (
    _STOP_LANGUAGES,
    _TECH_WORDS,
    FAKER_FIRST_NAMES,
    FIRST_NAMES,
    LAST_NAMES,
    NAME_PARTICLES,
    NAME_STOP,
    RAW_LAST_NAMES,
    _common,
    _countries,
    _is_name_word,
    _stop,
    calendar_words,
    place_names,
)
from curation.recognizers.lookalikes import _OFFICE_WORDS, not_a_person

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


# People listed before oneself, after a colon or at a line's start: "wir fahren zu dritt:
# Ariana, Klug und ich", "jedziemy we trójkę: Natan, Downar i ja", "vamos três: Sandro,
# Rodrigues e eu".
_LISTED_BEFORE_SELF = re.compile(
    rf"(?:^|(?<=[:\n]))[ \t]*((?:{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?[ \t]*,[ \t]*)+"
    rf"{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+(?:and|und|et|y|e|en|i|oraz)[ \t]+"
    r"(?:me|I|ich|moi|yo|io|ik|ja|eu)(?![\w'’])",
    re.MULTILINE,
)


_LIST_FULL_NAME = re.compile(rf"{_CAP_TOKEN}[ \t]+(?:[a-z]{{1,3}}[ \t]+){{0,2}}{_CAP_TOKEN},$")


# Particles of a name in lower case; not articles and conjunctions ("ci mette la spedizione").
_LOWER_PARTICLES = NAME_PARTICLES - {"la", "le", "el", "al", "y", "i", "e", "bin", "af"}


_LOWER_NAME_STOP = NAME_STOP | {"e", "i", "y"}


_LOWER_WORD = re.compile(rf"(?<![\w'’])[{_LOWER}][{_LOWER}'’\-]{{1,40}}")


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
        # A word of some language that only the long list holds as a name: "mala de porão".
        if bare not in FAKER_FIRST_NAMES and is_common(bare, 3.0):
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
        # After particles, a known surname with them ("tim de witte") or no common word: "a
        # rua da padaria" is a street, "romeu e julieta de sobremesa" a dessert.
        with_particles = text[words[index + 1].start() : last.end()].casefold()
        known = (
            surname in LAST_NAMES
            or with_particles in LAST_NAMES
            or (
                particles
                and surname not in _lorem_words()
                # An unknown surname not after a first name that is a word too: "uma mala de
                # porão" (not "sofia de luca").
                and (
                    surname in FIRST_NAMES
                    or (not _common(surname, 3.5) and not is_common(bare, 3.0))
                )
            )
        )
        if known and not (bare in _lorem_words() and surname in _lorem_words()):
            found.append((first.start(), _second_surname(text, words, position).end()))
    return found


def _second_surname(text: str, words: list[re.Match[str]], position: int) -> re.Match[str]:
    """The last word of a lower-case name: the surname at position, or a second surname or
    name right after it that is no common word ("francis ledoux fontaine", "blanca castro
    montes")."""
    if position + 1 < len(words):
        last, after = words[position], words[position + 1]
        word = after.group().casefold()
        if (
            text[last.end() : after.start()] == " "
            and (word in LAST_NAMES or word in FIRST_NAMES)
            and not _stop(word)
            and not _common(word)
            and word not in calendar_words()
        ):
            return after
    return words[position]


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
    r"(?i)(?<![\w'’])(?:na nazwisko|nazwisko|nazwiskiem|o nazwisku|(?:no|em|sob o) nome de|"
    r"a nombre de|"
    r"au nom de|op (?:de )?naam van|auf den namen|unter dem namen|(?:in|under) the name(?: of)?|"
    r"intestat[oa] a|a nome(?: di)?|"
    # A luggage tag or a label that carries the name: "una etiqueta con Soto", "ein Anhänger
    # mit Hasler dran".
    r"(?:etiqueta|étiquette|etiquette|anhänger|namensschild|etichetta|etykiet[aąy]|label|tag|"
    r"naamlabel|naamkaartje)[ \t]+(?:with|con|mit|avec|met|z|com))[ \t]+"
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
    rf"(?i)[ \t]*(?:\d|(?-i:[{_UPPER}Ά-ΏΑ-Ω'’\- ]{{3,40}}$)|(?:mobile|mob|cell|phone|tel|tél|"
    r"fax|desk|office|e-?mail|handy|telefon|telefono|teléfono|telefoon|telefone|móvil|"
    r"cellulare|portable|komórka)\b|.*\b(?:inc|ltd|llc|plc|gmbh|corp|ag|sa|srl|spa|bv|nv)\.?[ \t]*$)"
)


# A house number, then a capitalised word: "9611 25 Dili Gianni Street" (not "3 noches",
# "10:30 departure", "2 nights").
_HOUSE_NUMBER_LINE = re.compile(rf"[ \t]*\d[\d \t\-/]*[a-zA-Z]?,?[ \t]+[{_UPPER}]")


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
# A capitalised word right before: the joined word ends a name of several ("Calvin Klein and
# Tom Brady"), not a single one.
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])[{_UPPER}][\w'’\-]*[ \t]+$")


_NEXT_CAPITALISED = re.compile(rf"[ \t]+[{_UPPER}]")


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


def _name_goes_on(name: str, tail: re.Match[str]) -> bool:
    """Whether the name continues with the tail's word (_NAME_TAIL): one that could be a name,
    a little more common after particles. A name that ends in a particle is unfinished ("Marc
    De| Wilde"): any word but a very common one is its surname."""
    word = tail.group(2)
    if name.split()[-1].casefold() in NAME_PARTICLES:
        return _is_name_word(word) or not _common(word.casefold(), 6.0)
    return _could_be_a_name(word, 4.5 if tail.group(1) else 4.0)


def completed_names(text: str, results: list[RecognizerResult]) -> bool:
    """Stretch each person found over the rest of the name right after it: particles and a
    capitalised surname ("Aimé Noël de Loiseau"), or one or two more capitalised words that
    could be names ("María Manuela Mateos Piquer"; not "Anna Kowalska Warszawa", "Jan Nowak
    Support"); and over a known first name or a word that could be a name right before it,
    inside a sentence ("directed by Azarías Segovia"; not "Dear Segovia", "Berlin Segovia").
    One whose first words would make it a landmark, a town or a brand is dropped. Whether any was
    stretched or dropped."""
    stretched = False
    # A name whose first words, once taken in, make a landmark, a town or a brand is no
    # one's: "perto da estação Ana |Rosa|", "at the Abbi |Ville| store".
    no_ones = []
    for result in results:
        if result.entity_type != "PERSON":
            continue
        head = _NAME_HEAD.search(text, max(0, result.start - 42), result.start)
        if (
            head
            and _could_be_a_name(head.group(1))
            and not _SENTENCE_START.search(text, max(0, head.start(1) - 8), head.start(1))
        ):
            if not_a_person(text, head.start(1), result.end):
                no_ones.append(result)
                continue
            result.start = head.start(1)
            stretched = True
        for _ in range(2):
            tail = _NAME_TAIL.match(text, result.end)
            if not tail or not _name_goes_on(text[result.start : result.end], tail):
                break
            result.end = tail.end()
            stretched = True
    if no_ones:
        results[:] = [result for result in results if result not in no_ones]
    return stretched or bool(no_ones)


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
            if before and not _CAPITALISED_WORD_BEFORE.search(
                text, max(0, before.start(1) - 40), before.start(1)
            ):
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
    r"(?P<firms_too>apologi[sz]ed|admitted|complained|promised|drew with|won the|"
    # Signed for a delivery, in the languages: "Tavares assinou a entrega", "Bühler hat den
    # Empfang quittiert" (a front desk signs too: "Portería firmó la entrega").
    r"signed|firmó|firmo|assinou|a signé|a signe|podpisał|podpisała|ha firmato|"
    r"hat(?:[ \t]+\w+){0,4}[ \t]+(?:quittiert|unterschrieben)|"
    r"heeft(?:[ \t]+\w+){0,4}[ \t]+(?:getekend|ondertekend)|"
    # Wrote back, as a firm does too: "Rodrigues respondeu que …".
    r"wrote back|replied|respondió|respondio|me respondió|respondeu|m'a répondu|a répondu|"
    r"antwortete|hat(?:[ \t]+\w+){0,3}[ \t]+geantwortet|antwoordde|"
    r"heeft(?:[ \t]+\w+){0,3}[ \t]+geantwoord|odpisał|odpisała|odpowiedział|odpowiedziała|"
    r"ha risposto|mi ha risposto))\b",
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
    rf"(?:at|in|with)|lives|lived)[ \t]+(?:at|on|in)?[ \t]*(?=\d|[{_UPPER}Ά-ΏΑ-Ω])|"
    r"married|studied|used[ \t]+to[ \t]+live[ \t]+in|passed[ \t]+away|"
    # One of two who are "I" and someone: "Szebasztián and I have been friends".
    r"and[ \t]+I[ \t]+(?:have|had|were|are|went|met|used|will|would|both|grew|live|lived)|"
    r"(?:had|has)[ \t]+given[ \t]+[^\W\d_]{1,40}[ \t]+(?:his|her|their)|is[ \t]+very[ \t]+reliable|"
    # A trait of character: "Why is Soib so impulsive?", "Zair is really stubborn".
    r"(?:(?:is|was|gets|got)[ \t]+)?(?:so|very|really|too|always|such[ \t]+an?)[ \t]+"
    rf"(?:{_CHARACTER_TRAITS}))\b"
)


# A speaker after what was said: '"…like a rainy Sunday," Atso explained', '"No." Sam said'.
_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?…][\"”’][ \t]*$")


_COMMA_BEFORE = re.compile(r",[ \t]*$")
# A word in lower case right before: inside a clause.
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])[{_LOWER}]+[ \t]+$")
_CALLED_THEN_SPEAKER = re.compile(
    r"[,!?.]?[\"”][ \t]*(?:(?:she|he|they|I|we|her[ \t]+\w+|his[ \t]+\w+|the[ \t]+\w+)[ \t]+)?"
    r"(?:said|shouted|yelled|called|cried|asked|whispered|snapped|replied|muttered)\b"
)


# What a person does after speaking, not a firm (which says, adds, replies and writes too).
_SPEAKING_AFTER = re.compile(
    r"[ \t]+(?:explained|explains|recalled|admitted|insisted|laughed|joked|shouted|whispered|"
    r"sighed|remembers|remembered)\b"
)


# What only a person has, after a possessive: "Botolen's second novel", "Lom-Ali's birthday"
# (not "Tesla's second factory", "Macy's birthday sale", "Airbnb's place in Porto").
_LIFE_AFTER = re.compile(
    r"['’]s?[ \t]+(?:(?:first|second|third|latest|last|new|debut|final|early|late|own)[ \t]+)?"
    r"(?:novels?|memoirs?|autobiography|poems?|short stories|solo album|birthday|wedding|"
    r"funeral|grave|bedroom|plus-one)(?![\w'’\-])"
    r"(?![ \t]+(?:sale|sales|promo|promotion|offer|offers|deal|deals|voucher|discount|event))"
)


# A subject that opens its clause, then what it said or thought of itself as "he" or "she":
# "Petković announced she would step down", "Nishioka certainly thought so when he first
# heard it" (not "Revolut froze his account and he cannot pay").
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[.!?;:][ \t\"“]*|,[ \t]+|(?<![\w'’])(?:that|when|after|though|although|but|and|"
    r"because|until|[Oo]nly)[ \t]+)$"
)


_THOUGHT_OF_ONESELF_AFTER = re.compile(
    r"[ \t]+(?:(?:\w+ly|later|then|also|never|always|once)[ \t]+)?(?:announced|said|says|"
    r"thought|thinks|admitted|explained|claimed|insisted|decided|believed|felt|knew|realised|"
    r"realized|promised|confirmed|revealed|hoped|wanted|wished|agreed|added|swore|vowed|argued|"
    r"denied|remembered|recalled)(?![\w'’])[^.!?\n]{0,80}?(?<![\w'’])(?:he|she)(?![\w'’])"
)


# A clause about "his" or "her" before the subject it is about: "Raised by his grandparents,
# Karp left school at 16".
_HIS_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.!?][ \t]+)(?:[A-Z][a-z]+ed|Born|As)(?![\w'’])[^.!?,\n]{0,60}(?<![\w'’])(?:his|her)"
    r"(?![\w'’])[^.!?,\n]{0,40},[ \t]+$"
)


def _referred_to_as_he_or_she(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a subject a "he" or a "she" refers to."""
    if _HIS_CLAUSE_BEFORE.search(text, max(0, start - 120), start):
        return True
    return bool(
        _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 12), start)
        and _THOUGHT_OF_ONESELF_AFTER.match(text, end)
    )


# Someone's home one is at: "The party is at Beaufort's place" (not "Airbnb's place in Porto").
_AT_BEFORE = re.compile(r"(?<![\w'’])at[ \t]+$")
_HOME_AFTER = re.compile(r"['’]s[ \t]+(?:place|house|flat|apartment)(?![\w'’\-])")


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
    speech verb after a quotation or a speaker after one, what only people do right after it,
    a possessive of kin, a home, a birthday or a novel.
    Not a bare possessive ("Tesla's", "Google's" are companies') nor a label ("Summary:")."""
    if _INNER_CAPITAL.match(text, start, end):
        return False
    if _QUOTE_THEN_SPEECH.search(text, max(0, start - 16), start) or _KIN_AFTER.match(text, end):
        return True
    if _LIFE_AFTER.match(text, end) or (
        _AT_BEFORE.search(text, max(0, start - 4), start) and _HOME_AFTER.match(text, end)
    ):
        return True
    if _QUOTE_THEN_SPEAKER.search(text, max(0, start - 8), start) and _SPEAKING_AFTER.match(
        text, end
    ):
        return True
    # Called by name inside a quotation, its speaker after it: '"Pass the salt, Belle," said
    # her mother', '"Not now, Maile!" she shouted'.
    if _COMMA_BEFORE.search(text, max(0, start - 4), start) and _CALLED_THEN_SPEAKER.match(
        text, end
    ):
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
    "department", "dept", "abteilung", "buchhaltung", "geschäftsführung", "personalabteilung",
} | _OFFICE_WORDS  # fmt: skip


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
    """A capitalised surname that is also a function word, right after a known first name
    ("Liliana Kurz", "Sabine Klein") or after a known first name's particles ("Amira van
    Mil")."""
    last = words[-1].group()
    if len(words) < 2 or not last[:1].isupper():
        return False
    before = [w.group() for w in words[:-1]]
    while len(before) > 1 and before[-1].islower() and before[-1] in NAME_PARTICLES:
        before.pop()
    particles = len(before) < len(words) - 1
    return before[-1].casefold() in FIRST_NAMES and (particles or last.casefold() in RAW_LAST_NAMES)


# German nouns by their endings: "Lieferung", "Kundennummer", "Bestätigung", "Möglichkeit".
_GERMAN_NOUN = re.compile(
    r"(?i)[^\W\d_]{2,}(?:ung|ungen|heit|keit|schaft|nummer|nummern|tion|ität|zeit|ware|"
    r"konto|karte|adresse|paket|rechnung|datum|termin|service|dienst|anfrage|grüße|gruß)"
)


# The start of a sentence, where any word has a capital ("Rechnung Lieferschein …").
_SENTENCE_START = re.compile(r"(?:^|[.!?])[ \t\"'“„«(]*$")


_CAPITAL = re.compile(rf"[{_UPPER}]")


# An article or a possessive before capitalised words makes them a thing's name ("die
# Schreibtisch Lampe", "het Basis Pakket", "la Carte Cadeau"), not a person's.
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|"
    r"meinem|meiner|ihr|ihre|ihren|ihrem|unser|unsere|unseren|dein|deine|euer|eure|het|een|"
    r"mijn|uw|onze|jullie|le|la|les|un|une|mon|ma|mes|votre|vos|notre|el|los|las|una|mi|mis|"
    r"tu|su|sus|il|lo|gli|uno|mio|mia|o|os|as|um|uma|meu|minha|seu|sua|the|a|an|my|your|our)"
    r"[ \t]+$"
)


# Every language's function words, also those that are first names ("ik ben", "ben" Ben).
_ANY_STOP = frozenset(STOP_WORDS) | frozenset().union(*map(stop_words, _STOP_LANGUAGES))


def _foreign_name(text: str, start: int, words: list[re.Match[str]], known: bool) -> bool:
    """Whether a span of the English model in a message in another language is a name.

    Capitalised words, particles only between them ("Lena van Dalem", "Erna De Waele"), with
    a known first name or surname in them or a title before them ("pan Kuziora"); or, with
    neither, two or more capitalised words none of which is a function or common word of the
    languages, a place, a day or a month or a German noun by its ending, not at the start of a
    sentence (where any word has a capital). All in lower case: a known first name then words
    that are not common and are names ("antoni bienia", "józef pastucha"), not two common words
    ("rosa blanca") nor a first name and a thing ("luz laranja"), not a function word that is
    also a name ("ik ben bereikbaar").
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
            # "Amira van Mil": a capitalised surname after a first name's particles.
            and not (i and i == len(folded) - 1 and _stop_word_surname(words))
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
            # "luz laranja" is an orange light: every word after the first a name's or rare;
            # after a first name that is a common word too, inside a clause, a name's: "como
            # se tira bolor", "a mala extraviada" (not "ana júlia fonseca", "dane: alex
            # owsiak").
            and all(
                _is_name_word(part)
                or part.casefold() in NAME_PARTICLES
                or not (
                    _common(part.casefold(), 3.7)
                    or (
                        _common(folded[0])
                        and _LOWER_WORD_BEFORE.search(
                            text, max(0, start + words[0].start() - 24), start + words[0].start()
                        )
                    )
                )
                for name in names[1:]
                for part in name.split("-")
            )
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


# A word in capitals, as names are written on certificates, forms and signatures ("RÉGINE
# WAUTHIER", "DJEBBAR, Abdelatif"), not inside a word or a code ("ABC-123").
_SHOUTED = re.compile(
    rf"(?<![\w'’\-])[{_UPPER}][{_UPPER}'’]{{2,40}}(?:-[{_UPPER}]{{2,40}})?(?![\w'’\-])"
)
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]|[^\x00-\x7f]")


def shouted_words(text: str) -> list[tuple[int, int]]:
    """Words in capitals that may be names, in a text mostly in lower case: none in a text
    written all in capitals, nor acronyms with no vowel ("DHL", "KPI")."""
    spans = [m.span() for m in _SHOUTED.finditer(text) if _VOWEL.search(m.group())]
    if not spans or 3 * sum(end - start for start, end in spans) > len(text.strip()):
        return []
    return spans


def recased(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the words at spans in title case, each character kept where its case
    has another length ("İ")."""
    chars = list(text)
    for start, end in spans:
        for index in range(start + 1, end):
            lower = chars[index].lower()
            if len(lower) == 1 and chars[index - 1] not in "-'’":
                chars[index] = lower
    return "".join(chars)
