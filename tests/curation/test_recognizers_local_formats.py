"""Phones and cards as address blocks and local habits write them, escaped line breaks, and
the look-alikes beside them that must stay (timestamps, postcodes, ranges, order numbers)."""

import pytest

from curation.recognizers import CardNumberRecognizer, PhoneNumberRecognizer
from curation.scrub import scrub_texts


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("723 813 266 office", "723 813 266"),
        ("0494 41 18 24-Office", "0494 41 18 24"),
        ("26 841054-Office, 806.578.7598-Fax", "806.578.7598"),
        ("26 841054-Office, 806.578.7598-Fax", "26 841054"),
        ("Desk: 6038505064", "6038505064"),
        ("738 3565 (mobile)", "738 3565"),
        ("0171 2345678 privat", "0171 2345678"),
        ("message on my registered 87 47 98, please", "87 47 98"),
        ("stop receiving messages to 31 17 09", "31 17 09"),
        ("ring 20-33-70-48 after six", "20-33-70-48"),
    ],
)
def test_local_numbers_with_a_word_after_them_or_in_pairs(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "On 2010-04-23 05:07:32.691548, the government began the process",
        "When: 1984-08-13 10:32:23.442402",
        "My zip code is 3500-037",
        "PLZ 10115 Berlin",
        "prices went from 1,234,567 to 1,300,000",
        "the meeting is on 12.05.24 at the office",
        "order 12 34 56 78 office supplies",
        "between 500-1000 users at home",
    ],
)
def test_timestamps_postcodes_and_amounts_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Need to change billing date of my card 676285034465", "676285034465"),
        ("What's your credit card? 587662702899", "587662702899"),
        ("meine Karte 5020 0618 1759 ist gesperrt", "5020 0618 1759"),
        # Compounds, "cc", "credit", "debit" and the networks name a card too.
        ("Kreditkarte 502092085567", "502092085567"),
        ("cc: 502092085567", "502092085567"),
        ("charged to my maestro 676285034465 twice", "676285034465"),
        ("paid by debit 502092085567", "502092085567"),
        # JCB's fifteen digits from 1800, no card word needed.
        ("Please charge 180003268361645 today", "180003268361645"),
    ],
)
def test_twelve_digit_maestro_numbers_after_a_card_word(text, card):
    assert _found(CardNumberRecognizer(), text) == [card]


@pytest.mark.parametrize(
    "text",
    [
        # Luhn-valid twelve digits, but no card word: an order or tracking number.
        "my order 676285034465 has not arrived",
        # A card word, twelve digits failing the checksum.
        "card 676285034466",
        "cc: 676285034466",
        # A toll-free 1800 number is no card.
        "call 1800 123 4567 for help",
    ],
)
def test_twelve_digits_without_a_card_word_or_checksum_are_not_cards(text):
    assert _found(CardNumberRecognizer(), text) == []


def test_escaped_line_breaks_read_as_line_breaks():
    text = "Jerzy Hapka\\n+447700006848\\nTel.\\n0612345678\\,thanks"
    [scrubbed] = scrub_texts([text]).texts
    for value in ("Hapka", "447700006848", "0612345678"):
        assert value not in scrubbed
    # Offsets hold: what is left is the original text around the placeholders.
    assert scrubbed == "<PERSON_1>\\n<PHONE_NUMBER_1>\\nTel.\\n<PHONE_NUMBER_2>\\,thanks"


def test_an_escaped_address_block_with_its_phones():
    text = (
        "Mille Kristensen\\n\\n9 Huntly Street\\nBARNHILL\\n723 813 266 office\\,+447700006848-Fax"
    )
    [scrubbed] = scrub_texts([text]).texts
    for value in ("Kristensen", "Huntly", "723 813 266", "447700006848"):
        assert value not in scrubbed
    assert scrubbed.endswith("office\\,<PHONE_NUMBER_2>-Fax")


def test_an_escaped_signature_reads_as_the_model_reads_real_line_breaks():
    # With the breaks padded to keep the offsets ("Mackay \\n \\nLa"), the model calls the
    # name an organisation; read unpadded, it is the name it finds in the real block.
    text = "Leigha Mackay\\n\\nLa Sagne\\nSwitzerland"
    assert scrub_texts([text]).texts == ["<PERSON_1>\\n\\nLa Sagne\\nSwitzerland"]
    escaped_crlf = "Leigha Mackay\\r\\n\\r\\nLa Sagne\\r\\nSwitzerland"
    assert scrub_texts([escaped_crlf]).texts == ["<PERSON_1>\\r\\n\\r\\nLa Sagne\\r\\nSwitzerland"]


def test_a_windows_path_with_backslashes_stays_intact():
    text = r"Why can't I save to C:\Users\nadia\new folder\report.xlsx?"
    assert scrub_texts([text]).texts == [text]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Best,\nLucy Ansboro\nAccount Manager\n470-244-6114 | lucy@example.net", "470-244-6114"),
        ("Un saludo,\nÚrsula Caballero\nAtención al Cliente\n+34954 73 43 23", "+34954 73 43 23"),
        ("Met vriendelijke groet,\nThomas Horemans\nKlantenservice\n0903149005", "0903149005"),
        ("Daria Rossini\nVicolo Novaro, 12\n35016778698", "35016778698"),
        ("Cailum Slamon\n86 MacGilligan Street\n9312108242", "9312108242"),
    ],
)
def test_the_number_line_of_a_signature_or_an_address_block(text, phone):
    assert phone not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung\n123456789",
        "Bestellnummer:\n123456789",
        "my order is\n123456789",
        "tracking no 1Z 999 AA1 01 2345 6784 hasn't moved since Tuesday",
        "Pièce détachée réf. 4471-2290-118 indisponible ?",
        "Ricambio cod. 4471-2290-118 non disponibile?",
        "Onderdeel nr. 4471-2290-118 niet leverbaar?",
        "SKU 4471229011 is out of stock",
    ],
)
def test_labelled_numbers_and_part_codes_are_not_phones(text):
    assert scrub_texts([text]).texts[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "Missing item, please call 07700 900123",
        "Promo code failed, call me 0612345678",
        "I can't receive the verification code, my number is 07700 900123",
        "Mi móvil, modelo Samsung, número 612 345 678",
        "call me after 5pm 0612345678",
        "WhatsApp 24h 0612345678",
        "O2 07700 900123",
    ],
)
def test_a_part_word_or_a_time_before_a_phone_word_does_not_hide_the_phone(text):
    assert "PHONE_NUMBER" in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "EAN\n4006381333931",
        "Steuer-ID\n12345678901",
        "DHL Express\n1234567890",
        "Gift card\n6006491234567",
    ],
)
def test_a_number_under_a_label_is_not_a_signature_phone(text):
    assert scrub_texts([text]).texts[0] == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("hi, you can reach me at garry@example.com or 2816845674", "2816845674"),
        ("I tried 4155551234 and it just rings out", "4155551234"),
        ("a minha mulher está no 2835326267, é ela que levanta o carro", "2835326267"),
        ("I tried 9882484837 like your website says and it just rings out", "9882484837"),
        # A message of the number alone answers "your number?"; twelve digits are one with
        # its country code.
        ("4155551234", "4155551234"),
        ("  3313770174\n", "3313770174"),
        ("351284258689", "351284258689"),
    ],
)
def test_ten_digits_in_one_run_valid_in_north_america_inside_a_sentence(text, phone):
    assert _found(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "order 4155551234 is late",
        "my order is late, it says 4155551234 on the box",
        "ISBN 3161484100, second edition",
        "tracking 4155551234 has not moved",
        "DHL 4155551234 has not moved",
        "No. 4155551234, please check",
        "the epoch 1733456789 is in the future",
        "DHL Express\n4155551234",
        # Nine digits under a label are what the label says.
        "Pedido:\n853274578",
    ],
)
def test_ten_digit_runs_named_as_other_numbers_or_under_a_label_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


def test_a_run_of_ten_digits_is_left_alone_where_no_region_expected_validates_it():
    recognizer = PhoneNumberRecognizer(regions=("DE", "FR"))
    assert _found(recognizer, "I tried 4155551234 and it just rings out") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("90 63 51 05 96\nese es mi número por si lo necesita el repartidor", "90 63 51 05 96"),
        ("0612345678 is my number in case the driver needs it", "0612345678"),
    ],
)
def test_a_number_then_my_number_and_a_condition(text, phone):
    assert _found(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("resposta automatica: volto dia 14, urgencias pelo 351968882677", "351968882677"),
        ("contatto di emergenza mia mamma, 3772098982, compila il modulo", "3772098982"),
    ],
)
def test_a_country_code_without_plus_and_an_italian_mobile_in_one_run(text, phone):
    assert _found(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "scan 4006381333931 at the till",
        "the id is 49176123456 ok",
        "ho pagato 3401234567 euro",
        "na conta 3401234567 falta dinheiro",
    ],
)
def test_barcodes_ids_amounts_and_accounts_in_one_run_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("nobody picks up, the voicemail says 34 13 74", "34 13 74"),
        ("They're not answering at 60-77-74-40", "60-77-74-40"),
        ("nobody answers on 35 86 37 since monday", "35 86 37"),
        ("you can reach me at garrahydermot.longname@example.com or 1234 567 890", "1234 567 890"),
        ("Dahl\n0571 Megali 203 Apt. 656 PAFOS PA\n470 78 605 office", "470 78 605"),
        ("the corner of Karaiskaki 137 and Tomislav Flat\n99 748592 office", "99 748592"),
    ],
)
def test_answering_an_email_between_and_a_number_that_says_it_is_an_office(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text", ["the answer is 12 34 56", "You keep answering 1048576", "answers 10 20 30 40"]
)
def test_the_answer_to_a_sum_is_no_phone(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A blocking word in an earlier clause than the phone word.
        ("Überweisung ging aufs falsche Konto, ruft mich an 04228 85398", "04228 85398"),
        ("foi para outra conta, liguem-me +55 11 98765-4321", "+55 11 98765-4321"),
        # A request to be called is no order.
        ("pedido de contacto\n(351) 930249389\nde manha", "(351) 930249389"),
        ("tlf +34 612 34 56 78", "+34 612 34 56 78"),
        ("the top up went to 8108328071 by mistake, can it be moved", "8108328071"),
        # What the rest of the clause says of a number without a cue before it.
        ("el 17969876078 no para de llamarme diciendo que es del banco", "17969876078"),
        ("il 3894677381 mi chiama di continuo", "3894677381"),
        ("3482967431\nquesto è il numero da portare", "3482967431"),
        # Nine digits as Spain, Portugal and Poland write them.
        ("se eu nao atender, a minha mae no 969665971", "969665971"),
        ("chamada perdida do 968934052, era sobre a reclamacao?", "968934052"),
    ],
)
def test_phones_after_a_clause_break_a_request_or_said_after_them(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "o pedido 968934052 chegou partido",
        "el pedido 612345678 no llegó",
        "zamówienie 512345678 nie dotarło",
        "paguei 123456789 no total",
        "the build 512345678 failed",
        "Bestellung\n3482967431\ndas ist die Nummer",
        "la factura 3482967431 me llama la atención",
        "top up 250000 euros please",
        "combien font 123456789 x 987654321, detaille le calcul",
        "quanto e 987654321 vezes 123, passo a passo",
        "vlucht geannuleerd, boekingsnummer 336480148",
        "wo ist meine Buchungsnummer 3482967431 hin",
    ],
)
def test_nine_digit_orders_and_amounts_and_named_numbers_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # The review's leaks (session 8).
        ("Meine Zweitnummer ist 491761234567, bitte dort melden", "491761234567"),
        ("Mijn noodnummer is 32471234567", "32471234567"),
        (
            "Die Buchungsnummer finde ich nicht, bitte melden Sie sich bei mir 491761234567",
            "491761234567",
        ),
        ("**3471234567** scrivimi qui", "3471234567"),
        ("mio marito al 3471234567 x qualsiasi cosa", "3471234567"),
    ],
)
def test_the_reviews_phones_are_found(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "¿Es primo 987654321?",
        # Ten digits valid as an Italian mobile, in a sum and beside a maths word.
        "quanto fa 3471234567 x 2?",
        "3471234567 è un numero primo?",
        "Calcula la raíz cuadrada de 912345678",
        "Mi reserva 912345678 no aparece",
        "Transakcja 712345678 jest zdublowana",
        "Error 80070005 when calling the API",
        "El 87654321 es el número de seguimiento",
        "Het bedrag 12345678 belt niet aan",
        "My top up of 20 pounds, voucher 1234567890123 failed",
        "A chamada 20231105 caiu",
    ],
)
def test_the_reviews_numbers_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


def test_a_plus_and_a_trunk_in_parentheses_is_a_phone_whatever_its_plan():
    # Romania's plan has no 11-digit numbers; written so, it is still a phone.
    [scrubbed] = scrub_texts(["el +40(8)0252608452 no para de llamarme"]).texts
    assert scrubbed == "el <PHONE_NUMBER_1> no para de llamarme"


def test_a_plus_on_a_version_is_no_phone():
    [scrubbed] = scrub_texts(["upgrade to version +3.14.15926 first"]).texts
    assert scrubbed == "upgrade to version +3.14.15926 first"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A whole number typed in pairs, its country code and all.
        ("Tijn van Hagen, Vortum-Mullem, 31 04 28 12 33 77", "31 04 28 12 33 77"),
        ("a administração deu o 77 56 48 66 81 para avarias", "77 56 48 66 81"),
        ("noodcontact gewijzigd, nu 00 83 87 12 43", "00 83 87 12 43"),
        # Six pairs on an English line, with any separator.
        ("Put 54-15-23-26-56-88 on the poster under Bookings", "54-15-23-26-56-88"),
        # An Italian mobile of eleven digits in one run.
        ("di chi è il 32243538705? chiamano di continuo", "32243538705"),
    ],
)
def test_numbers_typed_in_pairs_and_eleven_digit_italian_mobiles(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # Six pairs in order are a draw; four bare pairs a score.
        "I picked 04 12 23 34 41 45 this week",
        "scores were 12 34 56 78",
        # Eleven digits after a word for another kind of number.
        "il numero d'ordine è 32243538705",
        # Five pairs on an English line, pairs after an id word or before a unit.
        "Final scores by round were 21 18 25 19 22.",
        "Tire pressures 32 30 31 33 32 psi",
        "The ISBN is 97 80 13 11 03 62",
        "The combination is 12-45-33-08-19",
    ],
)
def test_draws_scores_order_numbers_and_measures_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # No other number is written with a "+" and a country code, whatever the words
        # before it; the trunk 0 may be kept after the code.
        ("het nummer in mijn account klopt niet, moet +320729634894 zijn", "+320729634894"),
        ("the number on my account should be +44 07911 123456", "+44 07911 123456"),
    ],
)
def test_a_plus_and_a_country_code_is_a_phone_after_any_word(text, phone):
    assert _found(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        # Claims, meters, tax and vehicle numbers.
        "numer zgłoszenia 853274578, kiedy będzie rozliczenie?",
        "Meine Zählernummer ist 123456789",
        "meu NIF é 234567891, está certo?",
        "numéro de sinistre 0612345678",
        # Too long for its country even without a trunk 0: no phone.
        "order number +4412345678901",
    ],
)
def test_claim_meter_and_tax_numbers_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


def test_a_word_for_another_number_blocks_no_polish_or_italian_phone():
    """Polish "nie" (not) and Italian "nipote" (nephew) are no id words."""
    assert _found(PhoneNumberRecognizer(), "mio nipote 3331234567 non risponde") == ["3331234567"]
    found = _found(PhoneNumberRecognizer(), "nie mogę się dodzwonić, mój numer 600123456")
    assert found == ["600123456"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # What the phone is for is no label of it.
        ("new mobile for my membership: 4997376777", "4997376777"),
        ("nieuw mobiel nummer voor mijn lidmaatschap: 07/ 290 45 30", "07/ 290 45 30"),
        # A flat's number in the clause before a number written as a phone.
        (
            "Sharon Melton, 467 Pearson Brooks Suite 773, (347)399-4758x5379",
            "(347)399-4758x5379",
        ),
        # A ticket office is no ticket number.
        (
            "the ticket office called me from 654.804.3835x400 but i couldnt answer",
            "654.804.3835x400",
        ),
        # The line below says it is mine, then asks something.
        (
            "921436848\ne o meu telemovel, mandem sms quando o carro estiver pronto",
            "921436848",
        ),
    ],
)
def test_a_phone_for_a_membership_or_after_a_flat_is_a_phone(text, phone):
    assert _found(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        # The number that labels it still rules; a booking locator is no phone.
        "my membership number: 4997376777",
        "Localizador 858065180, vuelo IB3412 a Tenerife Norte",
        "Apt. 961 01836 Democracia 9967",
        "ticket number 12345678 please call",
        "12345678\nis not my number, it is the order",
    ],
)
def test_membership_numbers_locators_and_flats_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A label glued to its number.
        ("tel.334678310 (di sera)", "334678310"),
        ("tlm.2825222822 (à noite)", "2825222822"),
        # What the number is for, between the label and the number.
        ("Tél. pour le sinistre : 0326288652", "0326288652"),
        ("telefon kontaktowy do szkody: 782928597", "782928597"),
        ("contacto para o sinistro: 32 1584-3779", "32 1584-3779"),
        # Only a phone number is ported.
        ("vorrei fare la portabilità del 352044294", "352044294"),
    ],
)
def test_glued_labels_what_a_phone_is_for_and_porting(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # A dot joins the number to what is no phone's abbreviation.
        "my phone app v.2.334678310 crashed",
        # "number" alone, then what the number is for: that thing's number.
        "number for my claim: 48213377",
        "Nummer für den Schaden: 48213377",
        "numero per il sinistro: 48213377",
    ],
)
def test_numbers_after_a_dot_or_named_for_a_claim_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A request to be called: what stands before it names no number.
        ("about the bike order ring me on 6125550187", "6125550187"),
        ("for the group booking call 0808 1570090, it's the club office", "0808 1570090"),
        # The account keeps the phone number; it is not the account's number.
        ("the number on my account is old, it's 0612345678 now", "0612345678"),
        ("O número na conta está errado, o certo é 1764769713", "1764769713"),
        ("the number on the account is wrong, it should be 7082519769", "7082519769"),
        ("o numero no contrato esta errado, o certo é 3566083938", "3566083938"),
        # Roaming is a phone's.
        ("Roaming isn't working on 0320-2181777 since I landed", "0320-2181777"),
        # Labels: a landline, "reachable", a glued "cel".
        ("fixo 964348524", "964348524"),
        ("la signora è reperibile al 3779047832", "3779047832"),
        ("cel:228056922", "228056922"),
    ],
)
def test_call_requests_phones_kept_on_an_account_and_more_labels(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the number of my account is 12345678",
        "the booking number is 1234567890",
        "o numero do contrato é 3566083938",
        "call me about order 12345678 please",
        "loyalty card shows 40 points. Card number 586662255. Can you check?",
        "numer przesyłki 12345678901 nie działa",
        "de eShop geeft fout 2811-7503",
        "Fehler 4471-2290 beim Start",
        # Reviewed: the call words, the account and the labels are whole words.
        "Invoice Belgium 0470 12 34 56",
        "The number on the customer account 12345678 is wrong.",
        "Il numero sul contratto è 48213377.",
        "Mój cel to 12345678 kroków w miesiąc.",
        "Valor fixo: 12345678",
    ],
)
def test_account_card_parcel_and_error_numbers_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Please call our Cardiff office on 029 2087 2087.", "029 2087 2087"),
        ("Call Carter on 07700 900123 after five.", "07700 900123"),
        ("Call Errol on 07700 900123.", "07700 900123"),
    ],
)
def test_a_blocking_word_is_whole_not_the_start_of_a_name(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # What the phone is for, then "is": the phone's own word says it is one.
        ("contact number for the booking is 312.555.0187x204", "312.555.0187x204"),
        ("my mobile for the order is (312)555-0187", "(312)555-0187"),
    ],
)
def test_a_phone_for_a_booking_is_a_phone(text, phone):
    assert phone not in scrub_texts([text]).texts[0]


def test_a_number_for_a_booking_without_a_phone_word_stays():
    text = "the number for the booking is 48213377"
    assert scrub_texts([text]).texts[0] == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # Abbreviations and words for reaching someone.
        ("tlm: 917203448", "917203448"),
        ("Cumprimentos\nTlm. 8123407765", "8123407765"),
        ("tél.0612457893", "0612457893"),
        ("Cordialement\nPort. 33 07 12 45 78 90", "33 07 12 45 78 90"),
        ("Sie erreichen mich unter 0798123097083 ab 18 Uhr", "0798123097083"),
        ("app me op 00 871 23 56 over de fiets", "00 871 23 56"),
        ("noodnummer tijdens het kamp: 0029123905", "0029123905"),
        ("ik heb (003)-4123374 gebeld maar niemand neemt op", "(003)-4123374"),
        # Said after the number: dialled, let know, a kind of line, whose, who.
        ("der Bote soll 49 07 11 23 45 67 8 anrufen", "49 07 11 23 45 67 8"),
        ("für Termine soll ich 00221 408123 wählen", "00221 408123"),
        ("bitte unter 0057123456 Bescheid geben", "0057123456"),
        ("Opa ist unter (00131) 99123 erreichbar", "(00131) 99123"),
        ("is 63 12 38 84 74 a mobile or a landline?", "63 12 38 84 74"),
        ("o 931234506 é vosso? pedem um pagamento", "931234506"),
        ("marta ruiz 16561234845 soy yo", "16561234845"),
        ("el vendedor me dio el 18301234331 pero salta el buzon de voz", "18301234331"),
        ("570123688\nten numer chcę przenieść", "570123688"),
        ("960123663\nesse é o meu número se o estafeta precisar", "960123663"),
        # An e-mail address and its "or", or beside the number.
        ("contesten a ana@example.org o al 16481234495", "16481234495"),
        ("Chargée de clientèle\n0786123856 | ana@example.net", "0786123856"),
        # A correction with the phone's word in the line.
        (
            "the phone number on the car hire booking is wrong, should be 55 21 34 23 87",
            "55 21 34 23 87",
        ),
        ("die Rufnummer im Vertrag stimmt nicht, richtig ist 03 20 61 97 75 0", "03 20 61 97 75 0"),
        # What the phone is for, said after a new one; a SIM card's; a ticket office's.
        ("telemóvel novo para o contrato: 916 123 741", "916 123 741"),
        ("roubaram-me o cartão SIM do 934123502, bloqueiem já", "934123502"),
        ("a bilheteira ligou-me do 21 8244-9538 mas não atendi", "21 8244-9538"),
        # A first name that starts like a blocking word: "Pina" is no PIN.
        ("per le chiavi chiamare Pina Rossi al 3471234567", "3471234567"),
        ("I'm on 2079123457 if easier", "2079123457"),
        ("nieodebrane połączenie z 693123382, to w sprawie reklamacji?", "693123382"),
    ],
)
def test_phones_by_the_words_around_them_in_the_languages(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # The number line of a contact block under an e-mail address, a name or a street,
        # whatever a region's plan says.
        ("Candidata:\nAna Domingues\nana@example.org\n961234667", "961234667"),
        # A message of nine digits alone answers "your number?" where numbers have nine.
        ("888123306", "888123306"),
        ("Gruß\nHeimo Beyer\n49 05 11 19 59 74 1", "49 05 11 19 59 74 1"),
        ("Siofra Gorey\n47 Parker Street F58 4FT7 Finn Ville\n6815987855", "6815987855"),
        # The last field of a contact's line, after a name and a street.
        ("Ryszard Zaniewicz, pl. Powstańców Wielkopolskich 813, 320123574", "320123574"),
        ("o senhorio é Hugo Loureiro-Machado, 939123352, pediram os contactos dele", "939123352"),
    ],
)
def test_contact_blocks_and_lines_end_in_their_phone(text, phone):
    assert phone not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung\n123456789",
        "Ana Lima, Rua Augusta 12, pedido 123456789",
        "Maria Silva, encomenda 12, 123456789",
        "commande 0786151856 / chloe@example.net",
        "the booking number is wrong, should be 55 29 34 23 81",
        "el número de pedido está mal, el bueno es 123456789",
        "o cartão 123456789 foi recusado",
        "Sim, o pedido 912345678 chegou",
        "mijn bestelling 0029453905 is gebeld",
        "Ist die Bestellung 123456789 erreichbar?",
        "the PIN 12345678 does not work",
    ],
)
def test_orders_cards_and_labels_near_the_new_phone_words_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # The digits typed wrong, then "it is" the number.
        ("desculpem, errei os dígitos, é 249123054", "249123054"),
        ("sorry, wcześniej pomyliłem cyfry, poprawny to 662123194", "662123194"),
        ("sorry typo earlier, it's 3477123609", "3477123609"),
        # Called the writer's own later in the message.
        (
            "it says 4493123282 is already registered to another account?? it's my number",
            "4493123282",
        ),
        ("diz que o 965123639 já está cadastrado?? é o meu número", "965123639"),
        # Eleven digits or more after a "+", whatever the plan; a country code in brackets.
        ("+9420213123773", "+9420213123773"),
        (
            "O número associado à conta da Vivo é (351) 236 123 672, mas já não uso esse chip.",
            "(351) 236 123 672",
        ),
        # Emergencies and "anything" before a colon; abbreviations glued or spaced.
        ("In geval van nood: 0029123042", "0029123042"),
        ("Qualquer coisa: 929123632", "929123632"),
        ("kom.+48222123934", "+48222123934"),
        ("cel 351913123146", "351913123146"),
        ("port:33 02 49 12 69 22", "33 02 49 12 69 22"),
        # The line itself, porting it, whose it is, where one is, write to me.
        ("quero cancelar a linha 914123821", "914123821"),
        ("can u cancel the line 3512123853 from the end of the month", "3512123853"),
        ("can you port 7639123719 over from my old provider", "7639123719"),
        ("de quién es el 1444123225? llaman todo el rato", "1444123225"),
        ("wem gehört 0749905123805? die rufen ständig an", "0749905123805"),
        ("para la analítica estoy en el 15513123445", "15513123445"),
        ("escríbeme al 17644123123 cuando llegues", "17644123123"),
        ("se non rispondo, mia madre al 352123113", "352123113"),
        # Said after it: rings out, a voicemail, reachable there, ring through.
        ("I tried 56 38 12 10 96 like your website says and it just rings out", "56 38 12 10 96"),
        ("o vendedor deu-me o 938123485 mas vai sempre para a caixa de correio", "938123485"),
        ("662123774 - tu jestem dostępna cały dzień", "662123774"),
        (
            "Apotheke soll kurz durchklingeln wenn das Rezept da ist: 01 12 80 12 72 5",
            "01 12 80 12 72 5",
        ),
        # "livreur" ends in no currency.
        ("le livreur Liliane m'a appelé du 0901 123 018, il trouve pas l'immeuble", "0901 123 018"),
        ("depois das 17h no 21987123321", "21987123321"),
    ],
)
def test_corrections_claims_and_more_words_around_a_phone(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Lost and found: a bag labelled Cherie McNamara, 5836123294 was left in room 2.",
            "5836123294",
        ),
        ("Dinis Valente, Alameda Rocha, S/N, 351968123164", "351968123164"),
        ("Daniel Johnson, 083 Victoria Wells Apt. 971, 3535123991", "3535123991"),
    ],
)
def test_a_contacts_phone_after_a_name_or_a_street_without_a_number(text, phone):
    assert phone not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "the order number was wrong, it's 123456789",
        "o pedido 123456789 está disponível?",
        "it says order 4493123282 was cancelled?? it's my account",
        "+12345678 points",
        "pago 20 EUR el 612345678",
    ],
)
def test_orders_and_scores_beside_corrections_and_plus_runs_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("pelo whats 935123850 é mais fácil", "935123850"),
        (
            "er staat dat 00 152 12 28 al geregistreerd is?? dat is gewoon mijn nummer",
            "00 152 12 28",
        ),
        ("Kind regards\nm. 3329123482", "3329123482"),
        ("ist 03296123579 ne handynummer oder festnetz?", "03296123579"),
        ("ik krijg de verificatiecode niet op 0042123397", "0042123397"),
        ("Ich bekomme keine TAN auf die 07990 12583 246", "07990 12583 246"),
        ("gemiste oproep van 0097022437, ging dat over mijn klacht?", "0097022437"),
        ("(000)-3451236 is mijn werknummer, geen reclame daarheen aub", "(000)-3451236"),
        ("4549123571 is my work number, dont use that one for marketing", "4549123571"),
        ("931123517 é o melhor, estou a trabalhar até às 17h", "931123517"),
        ("dame un toque al 19782123295 cuando llegues", "19782123295"),
        ("staat 0112898327 gekoppeld aan mijn rekening? iemand kreeg een code", "0112898327"),
        ("is 9543123685 registered on my account? someone got a code", "9543123685"),
        ("dostawa pod blok, jak nikogo nie ma: 796123186", "796123186"),
        ("02796 12967 770", "02796 12967 770"),
        # A trunk 0 and six digits is no range of round numbers; "m:" on a signature line.
        ("sorry cijfer verkeerd, het is 0200-958690", "0200-958690"),
        ("kind regards\nJ.\nm: 2483123427", "2483123427"),
    ],
)
def test_work_numbers_codes_sent_to_a_phone_and_linked_accounts(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the verification code 123456 does not work",
        "Mein Code 12345678 auf die Karte geht nicht",
        "order 123456789 is the best",
        "is order 9543123685 registered on my account?",
    ],
)
def test_codes_and_orders_beside_those_words_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # After a signature's e-mail address and a bullet, or on the last line under its
        # delimiter and a "name | job" line, whatever the lines between say.
        ("Ana Cazares\nMunicipal court judge\nana.cazares@example.com · 35 97 03", "35 97 03"),
        ("--\nLiberata Ceja | Radio announcer\nCarriage Services Inc.\n50-93-15-36", "50-93-15-36"),
        (
            "--\nAlexandra Eross | Dinkey operator\nISHS/SHS CL-ACCUMG USD\n060-7528601",
            "060-7528601",
        ),
        # A contact's line whose name holds a common word: "Forza".
        (
            "Adelasia Forza, Strada Cutrufo, 99 Piano 7, 88842, Steccato Di Cutro (KR), 353422893",
            "353422893",
        ),
        # Said after it: where it calls from, given for repairs.
        ("Which country is 8142436099 from?", "8142436099"),
        ("a administração deu o 1965754987 para avarias, está certo?", "1965754987"),
    ],
)
def test_signature_lines_and_contact_lines_end_in_their_phone(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "--\nOrder summary\n2024-12345",
        "Scores | Round 2\n12 34 56",
        "which country is order 12345678 shipped from?",
    ],
)
def test_orders_and_scores_under_a_signature_like_line_stay(text):
    assert _found(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "aanvraag 7730-5541-209 voor een persoonlijke lening, hoe ver is het daarmee?",
        "storingsnummer 20250411-8832 staat al een week open",
        "a operaçao com a referencia 00482193770015 ficou pendente, o que faço",
        "meu protocolo é 2025048213 e ninguém responde",
    ],
)
def test_a_reference_request_or_fault_number_is_no_phone(text):
    assert scrub_texts([text]).texts == [text]


@pytest.mark.parametrize(
    "text",
    [
        "bij een storing bel me op 0612345678",
        "sobre a reclamação, liga-me para 912345678",
        "o protocolo não chegou, meu celular é 11987654321",
    ],
)
def test_a_phone_after_its_cue_beside_a_reference_word_is_still_found(text):
    assert "<PHONE_NUMBER_1>" in scrub_texts([text]).texts[0]
