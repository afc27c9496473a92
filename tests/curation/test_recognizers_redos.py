"""The recognizers' patterns on messages as long as intake accepts (100,000 characters), in the
shapes that once made a regex rescan the text from every position ("A-A-A-…", "Anna, Anna, …",
blank lines), still find what is there and nothing else; and pairs of digits that are scores,
timeouts or prices are not phones.

No timings here: each test runs the pattern on the whole long input and checks its result; a
quadratic pattern shows as a test that takes minutes.
"""

import re

import pytest

from curation.recognizers import (
    ContextNameRecognizer,
    PhoneNumberRecognizer,
    StreetAddressRecognizer,
)
from curation.recognizers.addresses import _NAMED_STREET, _STREET_AFTER_CUE
from curation.recognizers.cues import (
    _AS_ROLE,
    _ENUMERATION,
    _FIRST_LAST,
    _GENITIVE,
    _HERE,
    _NAME_IS_MINE,
    _POSSESSIVE,
)
from curation.recognizers.lookalikes import (
    _FRENCH_TOWN,
    _PRODUCT_AFTER,
    _STREET_INSIDE,
    not_a_person,
)
from curation.recognizers.name_spans import (
    _DETERMINER_BEFORE,
    _GERMAN_NOUN,
    _KIN_AFTER,
    _LONE_CAPITALISED,
    _SENTENCE_START,
    _only_of_a_person,
)
from curation.recognizers.phones import _MY_PHONE

LONGEST = 100_000


def _repeat(unit: str, length: int = LONGEST) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _rule(name: str) -> re.Pattern[str]:
    return next(rule.pattern for rule in StreetAddressRecognizer.rules if rule.name == name)


_WORD_RULES = (
    "street type, name, number",
    "compound street name, number",
    "hyphenated compound street name, number",
    "street name, lower-case street type, number",
    "street name, number, then a flat or suite",
    "street name and number, then the word street",
    "street line above a town line and a postcode",
    "flat or suite, then street name and number",
)

ADVERSARIAL = {
    "hyphenated capitals": _repeat("A-"),
    "apostrophes": _repeat("A'"),
    "hyphenated words": _repeat("Hauptstraße-"),
    "enumeration": _repeat("Anna, "),
    "one letter words": "a " * (LONGEST // 2),
    "digit dashes": "1-" * (LONGEST // 2),
    "capitalised pairs": _repeat("Aa Bb "),
    "numbers": _repeat("12 "),
    "via": _repeat("Via "),
    "ul.": _repeat("ul. "),
    "name lines": _repeat("Anna\n"),
    "blank lines": "\n" * LONGEST,
    "name then spaces": "Anna" + " " * LONGEST,
    "name then blank lines": "Anna" + "\n" * LONGEST,
    "capitalised word, number": _repeat("Aa 1 "),
    # The look-alike checks and the cue rules added for local habits.
    "street type after an address word": _repeat("j'habite rue "),
    "products and names": _repeat("botas Anna "),
    "hyphenated places": _repeat("Rey-près-"),
    "phone words after numbers": _repeat("0612 my number "),
    "area codes and dashes": _repeat("(0388)-"),
    "names in lower case": _repeat("anna van "),
}


@pytest.mark.parametrize("name", _WORD_RULES)
@pytest.mark.parametrize("shape", ["hyphenated capitals", "apostrophes", "hyphenated words"])
def test_street_rules_find_nothing_in_one_long_word(name: str, shape: str) -> None:
    assert list(_rule(name).finditer(ADVERSARIAL[shape])) == []


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("street type, name, number", "ul. Długa 68"),
        ("compound street name, number", "Röhrichtweg 12"),
        ("hyphenated compound street name, number", "Karl-Marx-Straße 5"),
        ("street name, lower-case street type, number", "Bécsi utca 53"),
        ("street name, number, then a flat or suite", "Helmstok 174 Apt. 861"),
        ("street name and number, then the word street", "Dobrovského 1394 street"),
    ],
)
@pytest.mark.parametrize("shape", ["hyphenated capitals", "hyphenated words"])
def test_street_rules_find_the_address_after_a_long_word(
    name: str, address: str, shape: str
) -> None:
    text = ADVERSARIAL[shape] + " " + address + "."
    assert [m.group() for m in _rule(name).finditer(text)] == [address]


def test_no_street_match_starts_inside_a_hyphenated_word() -> None:
    # The rule sees the whole word "zeit-Bécsi", not "Bécsi" inside it.
    rule = _rule("street name, lower-case street type, number")
    assert list(rule.finditer("zeit-Bécsi utca 53")) == []
    assert [m.group() for m in rule.finditer("Zeit-Bécsi utca 53")] == ["Zeit-Bécsi utca 53"]


def test_no_street_match_starts_after_an_apostrophe_inside_a_word() -> None:
    # "zeit'Bécsi" is one word (an elision, a typo); an opening quotation mark is no word.
    rule = _rule("street name, lower-case street type, number")
    assert list(rule.finditer("zeit'Bécsi utca 53")) == []
    assert [m.group() for m in rule.finditer("is 'Bécsi utca 53' right")] == ["Bécsi utca 53"]


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_address_recognizer_on_adversarial_messages(shape: str) -> None:
    text = ADVERSARIAL[shape]
    found = {text[x.start : x.end] for x in StreetAddressRecognizer().analyze(text, [])}
    # Nothing in these shapes is an address but, at most, a run of numbers under an address
    # cue; every finding is short.
    assert all(len(value) <= 200 for value in found)


def test_enumeration_of_a_long_list_keeps_its_last_items() -> None:
    text = ADVERSARIAL["enumeration"] + "Platt, David, Claudia and Oscar."
    matches = [m.group(1) for m in _ENUMERATION.finditer(text)]
    assert matches
    assert matches[-1].endswith("Claudia and Oscar")
    assert all(m.count(",") <= 13 for m in matches)


def test_enumeration_without_a_conjunction_finds_nothing() -> None:
    assert list(_ENUMERATION.finditer(ADVERSARIAL["enumeration"])) == []


@pytest.mark.parametrize(
    "pattern",
    [_FIRST_LAST, _ENUMERATION, _POSSESSIVE, _AS_ROLE, _GENITIVE],
    ids=["first last", "enumeration", "possessive", "as role", "genitive"],
)
def test_name_patterns_find_nothing_in_one_long_word(pattern: re.Pattern[str]) -> None:
    assert list(pattern.finditer(ADVERSARIAL["hyphenated capitals"])) == []
    assert list(pattern.finditer(ADVERSARIAL["hyphenated words"])) == []


def test_name_patterns_still_find_names_after_a_long_word() -> None:
    text = ADVERSARIAL["hyphenated words"] + " Ella L Gawler said Ana's account, ask Anna or Jan."
    assert [m.group(1) for m in _FIRST_LAST.finditer(text)] == ["Ella L Gawler"]
    assert [m.group(1) for m in _POSSESSIVE.finditer(text)] == ["Ana"]
    assert [m.group(1) for m in _ENUMERATION.finditer(text)] == ["Anna or Jan"]


def test_name_is_mine_and_here_after_blank_lines() -> None:
    text = ADVERSARIAL["blank lines"] + "Anna Kowalski is my name\n"
    assert [m.group(1) for m in _NAME_IS_MINE.finditer(text)] == ["Anna Kowalski"]
    text = ADVERSARIAL["name then spaces"] + ".\nAnna Kowalski here"
    assert [m.group(1) for m in _HERE.finditer(text)] == ["Anna Kowalski"]
    assert list(_HERE.finditer(ADVERSARIAL["name then spaces"])) == []
    assert list(_NAME_IS_MINE.finditer(ADVERSARIAL["name then blank lines"])) == []


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_context_names_on_adversarial_messages(shape: str) -> None:
    text = ADVERSARIAL[shape]
    results = ContextNameRecognizer().analyze(text, [])
    assert all(x.end - x.start <= 200 for x in results)


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_phones_on_adversarial_messages(shape: str) -> None:
    text = ADVERSARIAL[shape]
    results = PhoneNumberRecognizer().analyze(text, [])
    assert all(x.end - x.start <= 40 for x in results)


def _phones(text: str) -> list[str]:
    return [text[x.start : x.end] for x in PhoneNumberRecognizer().analyze(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "scores were 12 34 56 78",
        "timeout 30 60 90",
        "costs 12 50 00",
        "the grid reads 11 22 33 44 55",
    ],
)
def test_pairs_of_digits_that_are_not_phones(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("write to 01.23.45.67.89 tonight", "01.23.45.67.89"),
        ("call me on 12 34 56 78", "12 34 56 78"),
        ("mon numéro: 12 34 56 78", "12 34 56 78"),
        ("12 34 56 78 (mobile)", "12 34 56 78"),
    ],
)
def test_pairs_of_digits_that_are_phones(text: str, phone: str) -> None:
    assert _phones(text) == [phone]


@pytest.mark.parametrize(
    "pattern",
    [_STREET_AFTER_CUE, _NAMED_STREET, _FRENCH_TOWN, _MY_PHONE, _STREET_INSIDE],
    ids=["street after cue", "named street", "french town", "my phone", "street inside"],
)
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_new_patterns_on_adversarial_messages(pattern: re.Pattern[str], shape: str) -> None:
    # One pass over the long message; every match is short.
    assert all(len(m.group()) <= 200 for m in pattern.finditer(ADVERSARIAL[shape]))


def test_not_a_person_on_a_long_hyphenated_word() -> None:
    # The look-back for a town's first part is bounded: a hyphenated "word" of 100,000
    # characters is read once and is no town; a real one still is.
    text = ADVERSARIAL["hyphenated places"] + "Mercier"
    assert not_a_person(text, len(text) - len("Mercier"), len(text)) is False
    town = "je pars à Rey-près-Mercier demain"
    assert not_a_person(town, town.index("Mercier"), town.index("Mercier") + len("Mercier"))


def test_foreign_name_patterns_on_long_words():
    word = _repeat("Lieferscheinx")
    assert not _GERMAN_NOUN.fullmatch(word)
    assert _GERMAN_NOUN.fullmatch(word + "ung")
    assert _DETERMINER_BEFORE.search(_repeat("die "))
    assert not _SENTENCE_START.search(_repeat("a. b"))


def test_product_after_a_name_then_a_long_run_of_blanks() -> None:
    # "Anna" then 100,000 spaces: the look-alike check after a name reads a few blanks only.
    text = "Anna" + " " * LONGEST
    assert _PRODUCT_AFTER.match(text, len("Anna")) is None
    assert not not_a_person(text, 0, len("Anna"))
    assert _PRODUCT_AFTER.match("Anna boots", len("Anna"))


@pytest.mark.parametrize(
    "pattern", [_LONE_CAPITALISED, _KIN_AFTER], ids=["lone capitalised", "kin after"]
)
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_person_context_patterns_on_adversarial_messages(
    pattern: re.Pattern[str], shape: str
) -> None:
    assert all(len(m.group()) <= 200 for m in pattern.finditer(ADVERSARIAL[shape]))


def test_person_context_after_a_long_run_of_names() -> None:
    text = "Anna " * 20_000 + "began writing"
    assert _only_of_a_person(text, len(text) - 19, len(text) - 14)
    assert not _only_of_a_person(text, 0, 4)
