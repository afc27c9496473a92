"""A user side with no content word of any language once fillers, greetings, pings, laughter,
numbers, emoji and punctuation are out, when it is the whole conversation: rejected as a class,
in the eight languages; real short turns and one-word requests stay."""

import pytest

from curation.filters import check_empty
from tests.curation.test_junk_rules import rejections
from tests.test_filters import subject

NO_CONTENT = {
    "en": ["lol ok", "hmm nvm sorry", "hellooo??", "is there anyone", "ok cool thx bye", "xDDD"],
    "de": ["hallo?? jemand da", "ok egal", "moin moin", "haha ok danke", "guten morgen 👋"],
    "fr": ["quelqu'un ?", "mdrrr", "slt", "ok merci bye", "ptdr ok", "bonjour bonjour"],
    "es": ["jajajaja", "hola?? alguien", "buenos días", "ok gracias", "vale vale"],
    "it": ["ahahah", "c'è qualcuno?", "buonasera", "ok grazie ciao", "boh 🤷"],
    "nl": ["hoi, iemand?", "haha oké", "goedemiddag", "laat maar, sorry", "ok dank je"],
    "pl": ["xd", "halo? jest ktoś", "hejka", "dzięki!", "spoko dzięki"],
    "pt": ["kkkkkk", "rsrsrs", "alguém aí??", "oi oi", "valeu obrigado"],
    "keys": ["asdf", "asdfgh", "qwerty", "sdfsdf", "test test 1 2 3", "...", "🙂🙂", "?!"],
}


@pytest.mark.parametrize("turn", [turn for turns in NO_CONTENT.values() for turn in turns], ids=str)
def test_a_lone_turn_with_no_content_is_rejected(turn):
    assert check_empty(subject(turn), {}).verdict == "reject"


@pytest.mark.parametrize(
    "turns",
    [
        ("hello?", "jajaja", "nvm"),
        ("hallo", "??", "egal"),
        ("coucou", "y a quelqu'un ?", "laisse tomber"),
    ],
)
def test_several_turns_with_no_content_are_rejected(turns):
    assert check_empty(subject(*turns), {}).verdict == "reject"


@pytest.mark.parametrize(
    "turns",
    [
        ("why?",),
        ("ok why?",),
        ("how?",),
        ("refund?",),
        ("help",),
        ("password",),
        ("never mind, found it",),
        ("ok the app crashes",),
        ("lol ok", "the export still fails on row 12"),
        ("hola?", "¿dónde está mi pedido?"),
        ("hallo?? jemand da", "meine Rechnung ist doppelt"),
        ("kkkk", "não consigo entrar na conta"),
        ("haha ok", "danke, und wie ändere ich die Adresse?"),
        ("ok thanks bye", "wait, the invoice is wrong"),
        ("Stornierung",),
        ("facture",),
        ("pedido 55120",),
    ],
)
def test_real_short_turns_and_one_word_requests_stay(turns):
    assert check_empty(subject(*turns), {}).verdict == "pass"
    assert rejections(*turns) == []


@pytest.mark.parametrize(
    "turn", ["hä?", "nvt", "jsp", "não sei", "nie wiem", "ni idea", "boh", "idc"]
)
def test_a_lone_i_dont_know_or_huh_is_no_content(turn):
    assert check_empty(subject(turn), {}).verdict == "reject"


def test_a_real_question_after_huh_stays():
    assert check_empty(subject("hä warum ist meine Bestellung weg"), {}).verdict == "pass"


@pytest.mark.parametrize(
    "turn", ["co to jest?", "qué?", "cosa?", "no sé qué hacer", "non so cosa fare", "wat nu?"]
)
def test_a_question_word_is_no_filler(turn):
    assert check_empty(subject(turn), {}).verdict == "pass"
