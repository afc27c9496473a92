"""The scrub step around the recognizers: which stretches of text count as already found, when
a value may occur elsewhere (the shortcut that keeps propagation linear), and how one
replacement per distinct value is chosen for a conversation."""

import pytest
from presidio_analyzer import RecognizerResult

from curation import scrub
from curation.scrub import PiiPolicy, _Findings, _may_match_elsewhere, _Replacements, scrub_texts


def _findings(*spans: tuple[int, int]) -> _Findings:
    return _Findings([RecognizerResult("PERSON", start, end, 0.9) for start, end in spans])


def test_a_stretch_is_new_only_if_it_overlaps_no_finding():
    found = _findings((10, 20), (2, 5), (30, 40))
    assert found.is_new(0, 2) and found.is_new(5, 10) and found.is_new(20, 30)
    assert found.is_new(40, 45)
    assert not found.is_new(4, 6)
    assert not found.is_new(19, 21)
    assert not found.is_new(12, 14)
    assert not found.is_new(0, 50)
    # A long finding reaches past later, shorter ones.
    nested = _findings((0, 50), (5, 8))
    assert not nested.is_new(20, 25)
    assert _findings().is_new(0, 100)


def test_a_value_may_match_elsewhere_only_where_nothing_was_found():
    text = "ada wrote to Ada, and ada replied"
    at_first = _findings((0, 3))
    every = _findings((0, 3), (13, 16), (22, 25))
    assert _may_match_elsewhere(text, {"ada": "PERSON"}, True, at_first)
    assert not _may_match_elsewhere(text, {"ada": "PERSON"}, True, every)
    assert _may_match_elsewhere(text, {"ada": "PERSON"}, True, _findings((22, 25)))
    # Case-sensitive values look for themselves as they are.
    assert _may_match_elsewhere(text, {"Ada": "PERSON"}, False, _findings())
    assert not _may_match_elsewhere(text, {"Ada": "PERSON"}, False, _findings((13, 16)))
    assert not _may_match_elsewhere(text, {"bob": "PERSON"}, True, _findings())


def test_a_value_found_twice_is_still_looked_for_after_both():
    text = "adaada and ada"
    assert _may_match_elsewhere(text, {"ada": "PERSON"}, True, _findings((0, 3), (3, 6)))
    assert not _may_match_elsewhere(
        text, {"ada": "PERSON"}, True, _findings((0, 3), (3, 6), (11, 14))
    )


def test_outside_ascii_or_past_the_scan_limit_the_pattern_decides():
    found = _findings((0, 3))
    assert _may_match_elsewhere("ada and Ädä", {"ada": "PERSON"}, True, found)
    assert _may_match_elsewhere("ada", {"ädä": "PERSON"}, True, found)
    # Case-sensitive values need no folding: non-ASCII is looked up exactly.
    assert not _may_match_elsewhere("Zoë wrote", {"Zoë": "PERSON"}, False, found)
    many = {f"name{i:03}": "PERSON" for i in range(scrub._SCAN_VALUES + 1)}
    assert _may_match_elsewhere("nothing here", many, True, found)
    assert not _may_match_elsewhere(
        "nothing here", dict(list(many.items())[: scrub._SCAN_VALUES]), True, found
    )


def test_each_distinct_value_gets_one_placeholder_in_reading_order():
    replacements = _Replacements("placeholder")
    for entity_type, value in [
        ("PERSON", "Jane  Doe"),
        ("EMAIL_ADDRESS", "jane@example.com"),
        ("PERSON", "jane doe"),
        ("PERSON", "Bob"),
        ("EMAIL_ADDRESS", "bob@example.com"),
    ]:
        replacements.add(entity_type, value)
    assert replacements.mapping == {
        "PERSON": {"jane doe": "<PERSON_1>", "bob": "<PERSON_2>"},
        "EMAIL_ADDRESS": {
            "jane@example.com": "<EMAIL_ADDRESS_1>",
            "bob@example.com": "<EMAIL_ADDRESS_2>",
        },
    }
    assert replacements.report() == {"EMAIL_ADDRESS": 2, "PERSON": 2}


def test_a_word_of_a_persons_name_is_that_person_but_only_as_a_person():
    replacements = _Replacements("placeholder")
    replacements.add("PERSON", "Paris Hilton")
    replacements.add("LOCATION", "Paris")
    replacements.add("PERSON", "Hilton")
    replacements.add("PERSON", "Paris")
    assert replacements.mapping["LOCATION"] == {"paris": "<LOCATION_1>"}
    assert set(replacements.mapping["PERSON"].values()) == {"<PERSON_1>"}
    assert replacements.report() == {"LOCATION": 1, "PERSON": 1}


def test_surrogates_come_from_faker_and_two_people_never_share_one(monkeypatch):
    made: list[str] = []

    def same_name_every_time(fake):
        made.append("Ann Lee")
        return "Ann Lee"

    monkeypatch.setitem(scrub._SURROGATES, "PERSON", same_name_every_time)
    replacements = _Replacements("surrogate")
    replacements.add("PERSON", "Jane Doe")
    replacements.add("PERSON", "Bob Stone")
    # The second person cannot have Ann Lee too: after a few tries, a placeholder.
    assert replacements.mapping["PERSON"] == {"jane doe": "Ann Lee", "bob stone": "<PERSON_2>"}
    assert len(made) > 1
    # Types Faker has no value for are placeholders in surrogate mode as well.
    replacements.add("NRP", "Martian")
    assert replacements.mapping["NRP"] == {"martian": "<NRP_1>"}


def test_surrogate_mode_writes_the_surrogate_into_the_text(monkeypatch):
    monkeypatch.setitem(scrub._SURROGATES, "PERSON", lambda fake: "Ann Lee")
    result = scrub_texts(["I am Jane Doe."], policy=PiiPolicy(mode="surrogate"))
    assert result.texts == ["I am Ann Lee."]


@pytest.mark.parametrize("mode", ["placeholder", "surrogate"])
def test_texts_without_findings_come_back_unchanged(mode):
    texts = ["What is the capital of Australia?", "", "Thanks!"]
    result = scrub_texts(texts, policy=PiiPolicy(mode=mode))
    assert result.texts == texts
    assert result.report == {}
    assert result.mode == mode


# -- propagation: a value found once is redacted wherever else it occurs ----------------------


def _found(text: str, value: str, entity_type: str = "PERSON") -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(entity_type, start, start + len(value), 0.85)


def _propagated(texts: list[str], found: list[list[RecognizerResult]], **policy) -> list[set]:
    scrub._propagate(texts, found, PiiPolicy(**policy))
    return [
        {(text[r.start : r.end], r.entity_type) for r in results}
        for text, results in zip(texts, found, strict=True)
    ]


def test_a_value_found_once_is_found_in_every_text_whatever_its_case():
    texts = ["Mail ada@example.com please", "ADA@EXAMPLE.COM bounced", "not xada@example.com"]
    found = [[_found(texts[0], "ada@example.com", "EMAIL_ADDRESS")], [], []]
    assert _propagated(texts, found) == [
        {("ada@example.com", "EMAIL_ADDRESS")},
        {("ADA@EXAMPLE.COM", "EMAIL_ADDRESS")},
        set(),
    ]


def test_the_words_of_a_capitalised_name_are_found_capitalised_only():
    texts = ["I am Jane Doe.", "Thanks Jane! Doe is rare.", "jane street, doe eyes"]
    found = [[_found(texts[0], "Jane Doe")], [], []]
    assert _propagated(texts, found) == [
        {("Jane Doe", "PERSON")},
        {("Jane", "PERSON"), ("Doe", "PERSON")},
        set(),
    ]


def test_the_words_of_a_lowercase_name_are_found_in_any_case():
    texts = ["i am jane doe", "Jane wrote; DOE replied"]
    found = [[_found(texts[0], "jane doe")], []]
    assert _propagated(texts, found)[1] == {("Jane", "PERSON"), ("DOE", "PERSON")}


def test_short_words_particles_and_common_words_of_a_name_are_not_names_alone():
    texts = ["Hi, I'm Jo van Will Dijk's.", "Jo and Will went to the van in Dijk"]
    found = [[_found(texts[0], "Jo van Will Dijk's")], []]
    assert _propagated(texts, found)[1] == {("Dijk", "PERSON")}


def test_allowed_terms_are_not_looked_for_elsewhere():
    texts = ["Jane Doe from Acme", "Acme and Jane"]
    found = [[_found(texts[0], "Jane Doe"), _found(texts[0], "Acme", "ORGANIZATION")], []]
    assert _propagated(texts, found, allow_list=("acme", "Jane"))[1] == set()
    assert _propagated(texts, [list(found[0]), []], allow_list=("acme",))[1] == {("Jane", "PERSON")}


def test_propagation_adds_nothing_where_something_was_already_found():
    texts = ["Jane Doe", "Jane Doe called Jane"]
    second = [RecognizerResult("PERSON", 0, 8, 0.85)]
    found = [[_found(texts[0], "Jane Doe")], second]
    result = _propagated(texts, found)[1]
    assert result == {("Jane Doe", "PERSON"), ("Jane", "PERSON")}
    assert len(found[1]) == 2


def test_every_occurrence_between_the_first_and_the_last_is_looked_at():
    text = "ada, then ada, then ada"
    ends_found = _findings((0, 3), (20, 23))
    assert _may_match_elsewhere(text, {"ada": "PERSON"}, True, ends_found)
    assert not _may_match_elsewhere(text, {"ada": "PERSON"}, True, _findings((0, 23)))
    # An occurrence starting one character after another still counts.
    assert _may_match_elsewhere("xxaaaa", {"aaa": "PERSON"}, False, _findings((0, 3)))


def test_a_surname_found_elsewhere_is_left_where_it_opens_a_town():
    texts = [
        "Bom dia, fala Noah Torres, tenho uma dúvida sobre o passe",
        "o Carnaval de Torres Vedras tem comboios especiais?",
        "obrigado Torres, até amanhã",
    ]
    first, second, third = scrub_texts(texts).texts
    assert "Torres" not in first and "Torres" not in third
    assert second == texts[1]
