"""The word-frequency table the name rules read: common words high, names and mash absent."""

from curation.frequency import is_common, zipf


def test_common_words_of_each_language_are_common():
    for word in (
        "price",
        "Rechnung",
        "colis",
        "pedido",
        "ordine",
        "bestelling",
        "paczka",
        "pagamento",
    ):
        assert is_common(word), word


def test_rare_surnames_and_mash_are_not_in_the_table():
    for word in ("Šušulić", "Oyokawa", "Tuininga", "qwzxkj"):
        assert zipf(word) == 0.0, word


def test_the_lookup_folds_case_and_orders_words_by_use():
    assert zipf("PRICE") == zipf("price")
    assert zipf("the") > zipf("price") > zipf("compiler") > 3.0
    # Under 3.0 a word is out of the table: a product name reads as a rare surname.
    assert zipf("kubernetes") == zipf("šušulić") == 0.0


def test_english_alone_reads_words_of_the_other_languages_as_rare():
    # "Zimmer" is German for "room", "pero" Spanish for "but": in English they are names.
    for word in ("Zimmer", "pero", "durante"):
        assert is_common(word, 4.0) and not is_common(word, 4.0, english=True), word
    assert is_common("price", 4.0, english=True)
    assert zipf("kubernetes", english=True) == 0.0
