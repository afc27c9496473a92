"""The junk the filters reject since issue 12, and the real turns that look like it."""

import pytest

from curation.filters import (
    check_empty,
    check_gibberish,
    check_repetition,
    check_spam,
)
from tests.test_filters import config, subject


@pytest.mark.parametrize("turn", ["asdf jkl; asdf", "sdf gh jkl", "fjfj dkdk fjfj", "qwer tyui"])
def test_keyboard_rows_and_home_row_mashing_with_spaces_are_rejected(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "reject"


@pytest.mark.parametrize(
    "turn", ["a glass flask", "sad dad had a salad", "ask a lad", "jQuery $.ajax"]
)
def test_home_row_words_are_not_mashing(turn):
    assert check_gibberish(subject(turn), config("gibberish")).verdict == "pass"


@pytest.mark.parametrize("turn", ["hahahahaha", "lolololol", "asdasdasd", "jajaja!", "xDxDxD"])
def test_a_short_chunk_repeated_without_spaces_is_rejected(turn):
    assert check_repetition(subject(turn), config("repetition")).verdict == "reject"


@pytest.mark.parametrize("turn", ["Mississippi", "committee", "banana bread recipe?", "2000000"])
def test_words_with_repeated_letters_are_not_repetition(turn):
    assert check_repetition(subject(turn), config("repetition")).verdict == "pass"


@pytest.mark.parametrize(
    "turn",
    [
        "follow me @coolguy follow me @coolguy",
        "@deals_4u @deals_4u @deals_4u",
        "ig: @shop_now for more",
        "folgt mir auf insta: @xyz",
    ],
)
def test_follow_me_and_handle_spam_is_rejected(turn):
    assert check_spam(subject(turn), config("spam")).verdict == "reject"


def test_a_question_about_decorators_is_not_handle_spam():
    turn = "what does @property do in Python, and @staticmethod?"
    assert check_spam(subject(turn), config("spam")).verdict == "pass"


@pytest.mark.parametrize(
    "turns",
    [("nvm",), ("k",), ("lol",), ("?",), ("ok",), ("lol", "?"), ("lol ok",), ("brb gtg ttyl",)],
)
def test_a_user_side_with_no_content_is_rejected(turns):
    assert check_empty(subject(*turns), {}).verdict == "reject"


@pytest.mark.parametrize(
    "turns",
    [
        ("nvm", "How do I sort a dict by value?"),
        ("why?",),
        ("lol ok", "the export still fails on row 12"),
        ("ok", "the export still fails on row 12"),
    ],
)
def test_short_turns_in_a_real_conversation_stay(turns):
    assert check_empty(subject(*turns), {}).verdict == "pass"
