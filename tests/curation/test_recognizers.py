"""The multilingual rules of the scrubber: phones, addresses and names as people write them,
and the look-alikes that must stay (orders, prices, dates, times, versions, street words)."""

import pytest

from curation.recognizers import (
    ContextNameRecognizer,
    PhoneNumberRecognizer,
    StreetAddressRecognizer,
)
from curation.scrub import PiiPolicy, PiiPolicyError, scrub_texts


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call me back on 0612345678", "0612345678"),
        ("reach me at 0044 20 7946 0958", "0044 20 7946 0958"),
        ("Tel.: +49 (0) 9141 777631", "+49 (0) 9141 777631"),
        ("Handy: 0171/2345678", "0171/2345678"),
        ("mon numéro est le 04 15 39 15 00", "04 15 39 15 00"),
        ("llámame al 612-34-56-78", "612-34-56-78"),
        ("WhatsApp 609 141 777", "609 141 777"),
        ("Tel 84 23 30", "84 23 30"),
        ("my number is (0161) 4960066", "(0161) 4960066"),
        ("office 206.269.0743x9150", "206.269.0743x9150"),
        ("ext. call +1-780-563-6083 ext. 12", "+1-780-563-6083 ext. 12"),
        ("można mnie złapać pod numerem 577 098 952", "577 098 952"),
    ],
)
def test_phone_numbers_as_people_type_them(text, phone):
    assert phone in _found(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "my order number is 443495221",
        "Meine Bestellnummer ist 0612345678",
        "Rechnung 2024-12345 wurde am 08.04.2027 bezahlt",
        "C'est 1 534,40 € par mois ?",
        "Kosten 1 200 000 EUR",
        "seit Version 2024.03.2 stürzt es ab",
        "the meeting is at 14:30 on 2026-11-22",
        "server 192.168.0.12 is down",
        "What is 424 times 51?",
    ],
)
def test_orders_prices_dates_versions_and_times_are_not_phones(text):
    assert _found(PhoneNumberRecognizer(), text) == []


def test_phone_regions_are_a_project_setting():
    assert PiiPolicy.from_settings({"phone_regions": ["DE", "AT"]}).phone_regions == ("DE", "AT")
    with pytest.raises(PiiPolicyError, match="phone_regions"):
        PiiPolicy.from_settings({"phone_regions": ["XX"]})


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ul. Długa 68/54, 02-690 Warszawa", "ul. Długa 68/54, 02-690 Warszawa"),
        ("Via Garibaldi, 12 Piano 3", "Via Garibaldi, 12 Piano 3"),
        ("C. Mayor 5, 2º B", "C. Mayor 5, 2º B"),
        ("Avda. de la Constitución 3-5", "Avda. de la Constitución 3-5"),
        ("Rua Augusta, 12a", "Rua Augusta, 12a"),
        ("Fennelaan 5\n8851 QG\nDiepenveen", "Fennelaan 5\n8851 QG\nDiepenveen"),
        ("Daniela-Fabian-Ring 8/3", "Daniela-Fabian-Ring 8/3"),
        ("48, rue Margaret Vasseur", "48, rue Margaret Vasseur"),
        (
            "Flat 37\nBennett Mall\nEast Harrietport\nN8 8HN",
            "Flat 37\nBennett Mall\nEast Harrietport\nN8 8HN",
        ),
        (
            "meine neue Adresse ist Am Markt 3, 12345 Kleinstadt, danke",
            "Am Markt 3, 12345 Kleinstadt",
        ),
        ("I live at Sítio Guilherme 4, is there a pickup point?", "Sítio Guilherme 4"),
        # A street type that is also a common word: the house number first is shape enough.
        ("send it to 12 Baker Street please", "12 Baker Street"),
        ("9 Huntly Street\nBARNHILL", "9 Huntly Street"),
    ],
)
def test_street_addresses_across_languages(text, address):
    assert address in _found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "La rue de Rivoli est-elle piétonne le dimanche ?",
        "Via del Corso è chiusa al traffico la domenica?",
        "Ist die Friedrichstraße in Berlin eine Einkaufsstraße?",
        "Is Notepad 8 free?",
        "Seit Version 2.14.3 stürzt die App ab",
        "Which bus goes down Oxford Street after 6pm?",
    ],
)
def test_street_words_in_harmless_questions_are_not_addresses(text):
    assert _found(StreetAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Kowalska here, I can't log in", "Anna Kowalska"),
        ("ich habe mit Herr Brandauer telefoniert", "Brandauer"),
        ("rozmawiałem wczoraj z pani Nowak", "Nowak"),
        ("Kontoinhaber: Jürgen Weber", "Jürgen Weber"),
        ("the account holder is Maria Santos", "Maria Santos"),
        ("Hola, soy Vera del Bolaños, mi factura está mal", "Vera del Bolaños"),
        ("ik ben madelief van salmen en ik heb een vraag", "madelief van salmen"),
        ("Cordialement,\nRémy de la Masse", "Rémy de la Masse"),
        ("Please email Gregory Ryan, PhD about it", "Gregory Ryan, PhD"),
        ("Mónica me dijo que el reembolso ya estaba hecho", "Mónica"),
        ("can you check why Olivia's account got locked?", "Olivia"),
        ("la fattura va intestata a Donatella Disdero-Tebaldi", "Donatella Disdero-Tebaldi"),
    ],
)
def test_names_across_languages(text, name):
    assert name in _found(ContextNameRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Meine Bestellnummer ist 443495221, wo bleibt das Paket?",
        "A Rua Augusta fica fechada ao domingo?",
        "Quanto costa la spedizione a Milano?",
        "¿A qué hora cierran el sábado, a las 18:30?",
        "Öffnungszeiten am Samstag bis 19h30?",
        "Is it €49.90 per month or per year?",
        "we upgraded to version 5.0.1 and the export broke",
    ],
)
def test_harmless_questions_in_other_languages_stay_intact(text):
    assert scrub_texts([text]).texts == [text]


def test_a_first_name_is_not_redacted_as_a_common_word_elsewhere():
    result = scrub_texts(["Domenica Rossi here", "siamo chiusi la domenica?"])
    assert result.texts == ["<PERSON_1> here", "siamo chiusi la domenica?"]


def test_a_full_name_wins_over_its_first_name_alone():
    [text] = scrub_texts(["I spoke with Wojciech Madura yesterday about the refund."]).texts
    assert "Madura" not in text and "Wojciech" not in text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vivo en Calle Mayor s/n, Madrid", "Calle Mayor s/n"),
        ("Estoy en Avenida de la Paz s/n", "Avenida de la Paz s/n"),
    ],
)
def test_addresses_without_a_digit_are_still_found(text, address):
    # The street name alone may be found too ("en Calle Mayor"); it lies inside the address.
    found = _found(StreetAddressRecognizer(), text)
    assert address in found and all(span in address for span in found)


def test_texts_without_a_digit_have_no_addresses():
    assert _found(StreetAddressRecognizer(), "I live at Main Street in Springfield") == []
