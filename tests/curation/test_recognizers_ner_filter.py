"""spaCy's PERSON spans in messages in other languages: the words of a span that are a name's
are kept (cue words the model pulled in are trimmed, particles stay inside, a title or an
unknown full name is evidence enough), and its spans of things stay dropped (German nouns,
products, streets, months, towns, function words that are also first names)."""

import re

import pytest

from curation.recognizers import NerPersonRecognizer
from curation.recognizers.name_spans import _foreign_name, _trim_to_name
from curation.scrub import get_engines

_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d+")


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _kept(text: str) -> list[str]:
    analyzer = get_engines().analyzer.analyzer_engine
    assert analyzer is not None
    nlp_engine = analyzer.nlp_engine
    artifacts = nlp_engine.process_text(text, "en")
    return [
        text[r.start : r.end] for r in NerPersonRecognizer().analyze(text, ["PERSON"], artifacts)
    ]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("paciente Máxima Simó", "Máxima Simó"),
        ("ben Sylvie", "Sylvie"),
        ("mio marito Adriano", "Adriano"),
        ("Charles n'arrive plus", "Charles"),
        ("van Beieren van de receptie", "van Beieren"),
        ("ajoutez astrid gomes", "astrid gomes"),
        ("kaylee bos nog steeds mijn contactpersoon", "kaylee bos"),
        ("józef pastucha", "józef pastucha"),
        ("ubaldo rastelli e", "ubaldo rastelli"),
        ("Liliana Kurz", "Liliana Kurz"),
    ],
)
def test_span_is_trimmed_to_the_name(span, name):
    words = _trim_to_name(_words(span))
    assert span[words[0].start() : words[-1].end()] == name


@pytest.mark.parametrize(
    "text",
    [
        "Lena van Dalem",  # a particle between capitalised words
        "Erna De Waele",  # a capitalised particle inside
        "antoni bienia",  # lower case: a known first name, then no common word
        "Zbylut Garczarek",  # no known name: capitalised words that are no common word
    ],
)
def test_foreign_names(text):
    words = _words(text)
    known = text != "Zbylut Garczarek" and text != "antoni bienia"
    assert _foreign_name("napisz do " + text, len("napisz do "), words, known)


@pytest.mark.parametrize(
    ("before", "span"),
    [
        ("kannst du ", "Rechnung Lieferschein"),  # German nouns by their endings
        ("wo ist ", "Bestellung Kundennummer"),
        ("kannst du die ", "Schreibtisch Lampe"),  # an article before: a thing
        ("het ", "Basis Pakket"),
        ("", "Zbylut Garczarek"),  # the start of a message: any word has a capital
        ("Danke. ", "Zbylut Garczarek"),
        ("ik ", "ben bereikbaar"),  # a function word that is also a first name
        ("por favor ", "rosa blanca"),  # two common words
        ("Termin im ", "Juli Garczarek"),  # a month
        ("wir fahren nach ", "Bad Homburg"),  # a town
    ],
)
def test_foreign_look_alikes(before, span):
    assert not _foreign_name(before + span, len(before), _words(span), known=False)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("empfänger der überweisung ist Liliana Kurz, ist das geld angekommen?", ["Liliana Kurz"]),
        (
            "ich schreibe für meine mutter Zbylut Garczarek, sie kommt nicht klar",
            ["Zbylut Garczarek"],
        ),
        ("już działa, pozdrawiam\nNicole", ["Nicole"]),
        ("pan Kuziora dzwonił wczoraj", ["Kuziora"]),
        ("de naam moet Erna De Waele zijn", ["Erna De Waele"]),
    ],
)
def test_model_names_in_other_languages_are_kept(text, names):
    assert _kept(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "kannst du die Rechnung Lieferschein schicken?",
        "wo ist meine Bestellung Kundennummer 1234?",
        "wo bleibt mein Gutschein Code?",
        "ik ben bereikbaar op maandag",
        "rosa blanca por favor",
        "mam problem z Allegro Smart",
        "ich wohne in der Kaiser Wilhelm Straße",
        "die Siemens Waschmaschine ist kaputt",
        "mevrouw, de Fennelaan is afgesloten",
    ],
)
def test_model_look_alikes_in_other_languages_are_dropped(text):
    assert _kept(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A word no language of the eight uses, which the model reads as a person in English.
        ("Agoti and I have been friends since kindergarten.", "Agoti"),
        ("Zekö sold the farm to Torma for far less than it was worth.", "Zekö"),
    ],
)
def test_an_unheard_of_word_the_model_calls_a_person_in_english_is_kept(text, name):
    assert name in _kept(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Each a word the model calls a person that no language uses, kept out by one guard:
        # goods counted, an article, goods after it, a town by its preposition, by a verb of
        # going, by a place noun after it, one word of a longer name, a word in lower case too.
        ("need 2 packs of Calpol and some Lemsip, can i get them by 19:00", "Lemsip"),
        ("My mother says that the Brennick was the best thing she ever bought.", "Brennick"),
        ("I was charged 811 zł for Kingsmill bread that never came", "Kingsmill"),
        ("The Princess Royal arrived at Loiu this morning from Spain.", "Loiu"),
        ("How long does shipping to Elizabethmouth take?", "Elizabethmouth"),
        ("The old Fartouna bridge is falling down and nobody has fixed it for a year.", "Fartouna"),
        ("Riga Old Town or Vilnius Old Town for a weekend in December?", "Vilnius"),
        ("Awarded Salesperson of the Month three times as a salesperson.", "Salesperson"),
    ],
)
def test_unheard_of_words_that_are_goods_towns_or_words_stay(text, word):
    assert not any(word in span for span in _kept(text))
