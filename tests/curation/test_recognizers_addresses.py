"""Street addresses written name first with the number after and a flat or suite, with the
street type in lower case after the name, in US military mail, after "lives on"; and the
look-alikes that must stay (products with a number, "lives on a budget of 500")."""

import pytest

from curation.recognizers import PhoneNumberRecognizer, StreetAddressRecognizer
from curation.scrub import scrub_texts


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Thea Kokshoorn\n\n324 Helmstok 174\n Apt. 861\n Almere", "324 Helmstok 174\n Apt. 861"),
        ("It's in 5207 Bygget 64 Apt. 678, Šmartno", "5207 Bygget 64 Apt. 678"),
        ("Apt. 961 01836 Democracia 9967\nLascano RO 27300", "Apt. 961 01836 Democracia 9967"),
        ("Bécsi utca 53.", "Bécsi utca 53"),
        # Ring roads (not a noun in "-ering") and a market square with its postcode.
        ("Ik woon op de Westring 12, 5611 AB Eindhoven", "Westring 12, 5611 AB Eindhoven"),
        ("Adresse: Ostring 12, 44787 Bochum", "Ostring 12, 44787 Bochum"),
        ("Marktplatz 3, 12345 Berlin", "Marktplatz 3, 12345 Berlin"),
        ("The bus station is on Tompa u. 49", "Tompa u. 49"),
        ("Luite tee 87\n Suite 339", "Luite tee 87\n Suite 339"),
        ("sent to PSC 2322, Box 6025\nAPO AA 88307?", "PSC 2322, Box 6025\nAPO AA 88307"),
        ("I once lived in USS Sjöberg\nFPO AA 73641.", "USS Sjöberg\nFPO AA 73641"),
        ("Mika lives on Dobrovského 1394 street.", "Dobrovského 1394 street"),
        ("He lives on the north side of Turjaška 46.", "the north side of Turjaška 46"),
        ("What is your address? it is 774 Erbenova 1334", "774 Erbenova 1334"),
        ("sent to 2239 Gunzing 9\nHarburg\n, BY\n Germany 48629?", "2239 Gunzing 9"),
        ("a taxi to 98074 Κασνέτη 290\nBern, nan 55700.", "98074 Κασνέτη 290"),
        ("The title refers to Pärna 33 street in Rünga.", "Pärna 33 street"),
        ("The bus drops you off at 2925 Tyršova 1808 St.", "2925 Tyršova 1808 St."),
        ("to have the statement sent to USNV Chenard\nFPO AE 60075?", "USNV Chenard\nFPO AE 60075"),
        ("The bus station is on Brisas 2117", "Brisas 2117"),
        ("The restaurant is at 5625 Dunajska 97", "5625 Dunajska 97"),
        ("o estafeta deixou em Vereda Pastor?? nem é a minha rua", "Vereda Pastor"),
        ("recolham a devolução em Estrada Gonçalves na sexta", "Estrada Gonçalves"),
        ("mieszkam przy ul. Polnej od maja", "ul. Polnej"),
        # The second address after the first one's clause ends.
        (
            "I lived in 77 Pod Strání 10, Lynfield. I now live in 81213 Casa Posrclas 15",
            "81213 Casa Posrclas 15",
        ),
        # A street without a type above its postcode and town; a street type's line, a
        # district's, then the postcode.
        ("RSVP to Ctibor Doležal\nHvězdonická 9\n288 92 Bystré", "Hvězdonická 9\n288 92 Bystré"),
        ("Kerkstraat 5\n2000 Antwerpen", "Kerkstraat 5\n2000 Antwerpen"),
        (
            "papel timbrado:\nNathan Albuquerque\nVereda Lavínia Costela\nParaíso\n"
            "92978121 Lopes de Nogueira / MS\n\nTel. 44 32 16 55 35",
            "Vereda Lavínia Costela\nParaíso\n92978121 Lopes de Nogueira / MS",
        ),
    ],
)
def test_streets_name_first_in_blocks_and_in_other_orders(text, address):
    assert address in _found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "She lives on a budget of 500 a month",
        "I live on 2 hours of sleep since the release",
        "Is Office 365 Suite 2 still sold?",
        "Is the Bow tie 3 pack in stock?",
        # Nouns that end like a street's name, then a number or a year: a delivery, a booking,
        # an episode, a reference, an answer, a fair, a class.
        "Levering 2023-61211 is niet aangekomen",
        "Kunnen jullie bevestigen dat mijn tafel om 18h30 staat? Reservering 2023-61211",
        "Aflevering 5 van seizoen 2 staat er niet op",
        "Referentie 2025-10442 is niet aangekomen",
        "Antwoord 3 is fout bij de quiz",
        "De Kerstmarkt 2025 begint wanneer?",
        "Kindergarten 2 schließt um 16:00",
        # A street-like product name then a price.
        "waarom is het appartementtype Spuiplein 807,59 € per nacht duurder dan standaard?",
        # A town whose name opens with a street's word, after "I live in".
        "dá pra plantar manjericão na varanda? moro em Vila Real de Santo António",
        "moro em Vila Nova de Gaia e trabalho no Porto",
        "Upgrade from Windows 10 to Windows 11, apt-get fails",
        "Seite 3 u. 4 fehlen im Handbuch",
        "Windows 10\nThanks for the help\nTicket 48629",
        "Which bus goes down Oxford Street after 6pm?",
        "the office is on Level 3, next to the lifts",
        "the shop is at 50% capacity on Saturdays",
        "our office is on Windows 10 still",
        "I lived in 2019 in a van",
        "o livro fala da Via Láctea",
        "A Rua Augusta fica fechada ao domingo?",
        "a entrega ficou no Parque Industrial",
        "vamos a la Plaza Norte el sábado",
        # A year on the line below a version, common words above a count.
        "Version 2\n2025 Release Notes",
        "Step 3\n1200 Results found",
    ],
)
def test_numbers_after_words_that_are_no_streets_stay(text):
    assert _found(StreetAddressRecognizer(), text) == []


def test_a_flat_number_is_not_a_phone():
    assert _found(PhoneNumberRecognizer(), "Dr. Berta Szöllössy Apt. 122 1797 Ibirapita") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("schreibt man 'Eugsterstrasse 60' so richtig oder fehlt da ein bindestrich", "Eugster"),
        ("'Incrocio Clelia, 855' e scritto giusto o manca una virgola?", "Clelia"),
        ("czy 'pl. Reja 521' jest dobrze zapisane czy brakuje przecinka", "Reja"),
        ("is 'Studio 8\nSteven Freeway' written correctly for a uk address", "Studio"),
        ("im at Studio 95p\nThomas Ville, the van just drove right past", "Studio"),
    ],
)
def test_a_quoted_street_and_the_flat_before_a_street(text, street):
    assert street not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We live on Church Street 5", "Church Street 5"),
        ("I live on North Road 17", "North Road 17"),
    ],
)
def test_the_reviews_streets_of_common_words_after_live_on(text, address):
    assert address in _found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "The restaurant is at Terminal 5",
        "The bar is on Deck 12",
        "I lived in 3 Different Countries",
        "We lived in 2019 Barcelona and 2020 Lisbon",
    ],
)
def test_the_reviews_venues_and_years_stay(text):
    assert _found(StreetAddressRecognizer(), text) == []
