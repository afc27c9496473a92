"""Phones and cards as address blocks and local habits write them, escaped line breaks, and
the look-alikes beside them that must stay (timestamps, postcodes, ranges, order numbers)."""

from curation.scrub import scrub_texts


def test_escaped_line_breaks_read_as_line_breaks():
    text = "Jerzy Hapka\\n+447700006848\\nTel.\\n0612345678\\,thanks"
    [scrubbed] = scrub_texts([text]).texts
    for value in ("Hapka", "447700006848", "0612345678"):
        assert value not in scrubbed
    # Offsets hold: what is left is the original text around the placeholders.
    assert scrubbed == "<PERSON_1>\\n<PHONE_NUMBER_1>\\nTel.\\n<PHONE_NUMBER_2>\\,thanks"


def test_a_windows_path_with_backslashes_stays_intact():
    text = r"Why can't I save to C:\Users\nadia\new folder\report.xlsx?"
    assert scrub_texts([text]).texts == [text]
