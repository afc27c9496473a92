"""The letter-trigram model of the eight languages: mash typed with each language's letters is
rejected; real turns in those languages (diacritics, lower case, informal, short), code, IDs,
URLs and other scripts are not."""

import json
import subprocess
import sys

import pytest

from curation import gibberish
from curation.filters import FILTERS, check_gibberish
from curation.gibberish import is_mash, plausibility
from tests.test_filters import config, subject

THRESHOLD = FILTERS["gibberish"][1]["threshold"]

MASH = {
    "en": ["qpwoeiruty zmxncbv", "fjdkgh wpqoeu"],
    "de": ["höäsjkf üöpqlk", "wüdläkz zuötrew"],
    "fr": ["qmsdùéç lkjqùm", "éèàçù pomlkj", "mqsléù àçèpo"],
    "es": ["ñlkjqñwe sñdkfñ", "qwñeoi añsldkj"],
    "it": ["òàùèì jkhgàò", "lkòjà ùèpoiq"],
    "nl": ["ijkjë ëöklj qwë", "ëïjkqw ëpqë"],
    "pl": ["zxćąłęś qwęółą", "łąkjśćż ęsdfą", "gąłęśk wżźćą"],
    "pt": ["ãõçpqlkm õãçjkl", "çãlkjõ qwãõe"],
}

REAL = {
    "en": ["ugh the export broke again", "thx that fixed it", "nope still broken"],
    "de": ["warum lädt die seite so langsam", "schlüssel geht nicht", "größe ändern?", "grüße"],
    "fr": ["ça marche pas quand je télécharge", "déjà essayé, même problème", "reçu"],
    "es": ["no funciona el botón de pagar", "¿por qué tarda tanto?", "contraseña"],
    "it": ["perché non funziona più", "già fatto, però niente", "città"],
    "nl": ["waarom werkt het niet meer", "één vraag nog", "geen idee wat er mis is"],
    "pl": ["dlaczego nie działa", "źle mi się wyświetla", "żółć", "dzięki"],
    "pt": ["não consigo fazer login", "está muito lento", "atualização"],
}


@pytest.mark.parametrize(
    ("language", "turn"), [(language, turn) for language, turns in MASH.items() for turn in turns]
)
def test_mash_typed_with_each_languages_letters_is_rejected(language, turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "reject"


@pytest.mark.parametrize(
    ("language", "turn"), [(language, turn) for language, turns in REAL.items() for turn in turns]
)
def test_real_turns_in_each_language_are_not_mashing(language, turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


@pytest.mark.parametrize(
    "turn",
    [
        "kubectl get pods -n prod",
        "SELECT id FROM users WHERE email LIKE '%@x.pl';",
        "https://example.com/zażółć/path?q=1",
        "ModuleNotFoundError: No module named 'requests'",
        "git rebase -i HEAD~3",
        "SKU 4XJ-2291-KB",
        "order #A7F3-99KX",
        "FR76 3000 6000 0112 3456 7890 189",
        "xlsx or pptx?",
        "llvm vs gcc",
        "tldr",
        "Почему не работает экспорт?",
        "为什么导出失败",
        "Dvořák",
        "ok",
        "k",
        "?",
    ],
)
def test_code_ids_urls_other_scripts_and_short_turns_are_not_mashing(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


@pytest.mark.parametrize("turn", ["das glas lag da", "kasa jak da", "alla sala gala"])
def test_home_row_words_of_the_other_languages_are_not_mashing(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


def test_a_word_is_judged_whole_by_the_language_it_fits_best():
    # Polish and German words with their letters read as language; German letters mashed do
    # not, though their ASCII parts ("w", "dl", "kz") are too short to judge on their own.
    assert plausibility("wyłącza") > THRESHOLD + 1.5
    assert plausibility("miesięcznie") > THRESHOLD + 1.5
    assert plausibility("schlüssel") > THRESHOLD + 1.5
    assert is_mash("wüdläkz", THRESHOLD)
    assert not is_mash("wyłącza", THRESHOLD)


def test_words_with_letters_no_table_knows_are_not_judged():
    assert plausibility("smørrebrød") is None
    assert plausibility("smørrebrød wyłącza") == plausibility("wyłącza")


@pytest.mark.parametrize(
    "turn",
    ["Köszönöm", "Számla", "Nem tudok belépni a fiókomba", "Objednávka", "Děkuji", "Teşekkürler"],
)
def test_turns_in_the_neighbouring_languages_are_not_mash(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


def test_four_letters_without_a_vowel_are_an_abbreviation_unless_a_row():
    assert not is_mash("xlsx", THRESHOLD)
    assert not is_mash("tldr", THRESHOLD)
    assert is_mash("sdfg", THRESHOLD)
    assert is_mash("pqxkz", THRESHOLD)


@pytest.mark.parametrize("turn", ["aaaaaaaaaa", "zzzzzzz", "????????"])
def test_one_key_held_down_is_mash(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "reject"


@pytest.mark.parametrize("turn", ["aaah", "hmmmm"])
def test_a_letter_held_in_a_word_is_not_mash(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


def test_the_projects_threshold_is_what_the_model_is_held_to():
    turn = "wüdläkz qwñeoi"
    assert check_gibberish(subject(turn), {"threshold": THRESHOLD}).verdict == "reject"
    assert check_gibberish(subject(turn), {"threshold": -50.0}).verdict == "pass"


def test_the_tables_are_read_without_wordfreq():
    """wordfreq is a dev dependency: production reads the committed JSON."""
    code = (
        "import sys; sys.modules['wordfreq'] = None\n"
        "from curation.gibberish import plausibility\n"
        "assert plausibility('wyłącza') > -3\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=gibberish.MODEL_PATH.parents[2])


def test_the_committed_tables_are_what_training_writes():
    pytest.importorskip("wordfreq")
    committed = json.loads(gibberish.MODEL_PATH.read_text())
    assert sorted(committed) == sorted(gibberish.LETTERS)
    assert gibberish.train() == committed


@pytest.mark.parametrize("turn", ["nginx 502", "ffmpeg mkv to mp4", "tcpdump -i eth0"])
def test_a_terse_technical_turn_with_a_number_is_not_mash(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


@pytest.mark.parametrize("turn", ["ffmpeg", "tcpdump", "nginx", "rsync", "gguf", "qlora?"])
def test_one_tool_name_alone_is_left_to_a_reviewer(turn):
    verdict = check_gibberish(subject(turn), config("gibberish"))
    assert verdict.verdict == "flag"
    assert "one word" in verdict.reason


@pytest.mark.parametrize(
    "turn", ["xkxnbvljdl", "ipgfwbsnmx", "jfkdls", "mnbvcxz", "nsjdjdj", "kfnekfn", "aksjdbakjsd"]
)
def test_one_word_of_random_keys_or_of_a_chunk_typed_twice_is_still_rejected(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "reject"


@pytest.mark.parametrize("turn", ["Taipei", "potpourri", "Dask", "masala", "klamka", "Asda"])
def test_rare_real_words_alone_are_not_mash(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict != "reject"
