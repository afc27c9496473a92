"""Names without a cue word before them: in enumerations, as the subject that opens a
sentence, called to, in a role, asked for, and the model's one-word names said of a person;
with the look-alikes that must stay (places, products, days, language of the message)."""

import re

import pytest

from curation.recognizers.base import _LETTER, _LOWER, _UPPER
from curation.scrub import scrub_texts


def _scrubbed(text: str) -> str:
    [scrubbed] = scrub_texts([text]).texts
    return scrubbed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("They had 6: Platt, David, Claudia, Brenda, Jennifer and Oscar.", ["Platt", "Claudia"]),
        ("our 3 founders: Lapresse, Morris and Wright.", ["Lapresse", "Morris", "Wright"]),
        ("Alina is very reliable. You can always depend on her.", ["Alina"]),
        ("so Cliona said the feature would ship in march, did it?", ["Cliona"]),
        ("Don't go to town, Brett!", ["Brett"]),
        ("we need to add Alda Ragnarsdóttir as guardian", ["Alda", "Ragnarsdóttir"]),
        ("Bitte tragen Sie Jan Kowalski als Bevollmächtigten ein", ["Kowalski"]),
        ("What's your last name? Fokina", ["Fokina"]),
        ("I would like to remove my kid Fuyuka from the will.", ["Fuyuka"]),
        ("Racław W. Symanski's killers sentenced to life in prison", ["Symanski"]),
        ('"I\'m glad to hear that," says Hrafnsdóttir.', ["Hrafnsdóttir"]),
        ("It was a done thing between him and Zulikhan's kid.", ["Zulikhan"]),
        ('Kauã: "Who are you?"', ["Kauã"]),
        # A dialogue with a known first name: the other speakers are people too.
        ('Dmitar: "Who are you?"\nDominique: "I\'m Megan\'s daughter".', ["Dmitar"]),
        ("Yudin began writing as a teenager.", ["Yudin"]),
        ("He is injured, but Luiz just has to get laid.", ["Luiz"]),
        # A name found with a possessive is looked for without it elsewhere.
        (
            "the verses from Maite Lemmens's Cautionary Tales. Better than early Lemmens?",
            ["Lemmens"],
        ),
        # People listed before oneself, surnames that are words too among them.
        ("wir sind zu dritt: Hanna, Klein und ich", ["Hanna", "Klein"]),
        ("jedziemy we trójkę: Bożena, Mazur i ja", ["Bożena", "Mazur"]),
        ("vamos três: Telma, Cordeiro e eu", ["Telma", "Cordeiro"]),
        # A name, then "who" after its comma.
        ('The book is dedicated "To Danielle, who never stopped asking questions."', ["Danielle"]),
        # "Here" before the name, thanks before it.
        ("Merci Solange, tout est en ordre !", ["Solange"]),
        ("Grazie Danilo, risolto!", ["Danilo"]),
        ("Boa tarde, aqui Filipa. a fatura veio errada", ["Filipa"]),
    ],
)
def test_names_without_a_cue_before_them(text, names):
    scrubbed = _scrubbed(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Do you ship to Paris, Austin and Jordan?",
        "Compare Heroku, Vercel and Netlify for a small startup.",
        "We are open Monday, Tuesday and Friday.",
        "Is Python or Java better for this?",
        "How many days until Easter?",
        "Amazon told me the package was lost, can you check?",
        "Stockelsdorf bridge is falling down.",
        "Explain Kubernetes pods simply.",
        "Note: the export runs at night.",
        "the traceback says IntegrityError on the title column",
        "My Django app returns a 500 when I save a model with a null CharField",
        "add Redis as a cache in front of Postgres",
        "Paris is lovely in spring, is the office open in May?",
        # Named after someone, or a first name after a determiner: not that person.
        "Where: Carlos Reyles Country Club.",
        "During 1995, Agnico Eagle Mines Limited invested heavily in new designs.",
        "On 1970-06-10, the German government formally began the process of withdrawal",
        # A firm or a town before "who".
        "I called Apple, who said the warranty had ended.",
        "We met in Berlin, who knew it would rain?",
        # Towns listed before oneself, "here", thanks before a town or a common word.
        "visitámos: Lisboa, Porto e eu adorei tudo",
        "Favoriten: Berlin, Paris und ich war nie in Rom",
        "aquí Madrid, hace mucho calor",
        "aqui tenho o recibo da compra",
        "Grazie Mille, risolto!",
        "Obrigado Lisboa, até à próxima!",
    ],
)
def test_places_products_and_days_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Food and drink named after people and saints, in both orders.
        "nell'ordine A-928867 mancano la pizza Margherita e le fettuccine Alfredo",
        "en mi pedido falta la tarta de Santiago y las galletas María",
        "Chelsea buns and a Caesar salad, order #3661386, both wrong",
        "and Marie biscuits if you have them",
        "Jaffa Cakes, Rich Tea and a Victoria sponge were all missing",
        "can i swap the granny smith apples for pink lady ones",
        "haceis roscón de Reyes por encargo?",
        # Holidays.
        "Habt ihr an Heiligabend offen? Und an Silvester?",
        "buñuelos para el dia de Todos los Santos, se pueden encargar?",
    ],
)
def test_food_and_holidays_named_after_people_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I had coffee with Anna Schmidt yesterday", "Schmidt"),
        ("Silvester Stallone called me about the refund", "Stallone"),
        ("my daughter Chelsea bakes the cake", "Chelsea"),
    ],
)
def test_people_beside_food_words_and_holiday_names_are_still_names(text, name):
    assert name not in _scrubbed(text)


def test_a_lower_case_word_after_a_name_is_left_and_a_lower_case_name_is_not():
    assert _scrubbed("Utrecht bridge is falling down.").endswith(" bridge is falling down.")
    assert "liao" not in _scrubbed("I spoke with yang liao yesterday about the refund.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name is Ella L Gawler but everyone calls me Ella", "Gawler"),
        ("I want to add Marcus O. Paulsen as a beneficiary to my account", "Paulsen"),
        ("The Helena Carlsen version recorded for Eiger Inc. sold a million", "Carlsen"),
    ],
)
def test_middle_initials_and_a_determiner_before_the_name(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is Plan B Options cheaper than the default plan?",
        "Is Type A Personality a real thing?",
        "Is Grace C Compiler still maintained?",
        "We use Section A Part 2 of the form",
    ],
)
def test_capital_letters_between_words_that_are_no_names_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("they were singing the verses from Isolda Marrero's Cautionary Tales", "Marrero"),
        ('Lorenza: "Who are you?"', "Lorenza"),
        ("Anna: the export is empty again\nMe: which project?", "Anna"),
    ],
)
def test_possessives_of_full_names_and_speakers_labels(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is Google Cloud's pricing per second?",
        "Summary: the import failed twice",
        "Update: it works after the restart",
    ],
)
def test_possessives_of_products_and_labels_of_notes_stay(text):
    assert _scrubbed(text) == text


def test_labels_beside_a_speaker_who_is_a_person_stay_labels():
    text = "Anna: the export is empty again\nUser: hi\nNote: see above\nERROR: disk full"
    assert _scrubbed(text) == "<PERSON_1>" + text[len("Anna") :]


def test_a_surname_ending_in_s_is_not_a_genitive_of_a_first_name():
    assert _scrubbed("Williams lives in Leeds") == "<PERSON_1> lives in Leeds"
    assert _scrubbed("Annas Zugang ist gesperrt") == "<PERSON_1>s Zugang ist gesperrt"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The model calls these a place, an organisation or nothing.
        ("Woźniak began writing as a teenager, publishing her first story.", ["Woźniak"]),
        ("Wacława spent a year at Progenity Inc. as an assistant.", ["Wacława"]),
        ('"I\'m glad to hear that Slovenia is moving," says Janković.', ["Janković"]),
        ("It was a done thing between him and Yuzuna's kid.", ["Yuzuna"]),
        ("Santo Armendáriz lives at 844 Eastbourne Rd, Cold Blow", ["Santo", "Armendáriz"]),
        ("Csanád had given Csanád his address: 83 Damvergi Street", ["Csanád"]),
    ],
)
def test_a_capitalised_word_spoken_of_as_only_a_person_is(text, names):
    scrubbed = _scrubbed(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Tesla's new model is out, is it worth it?",
        "GitHub says the token expired.",
        "AWS said the quota is fine.",
        "The Lebedeva said nothing about the order.",
        "Monday began with an outage.",
        "Kubernetes began as a Google project.",
        "The delivery was late, says Amazon.",
        "Kubernetes spent a year in beta and Netflix lives on ads.",
    ],
)
def test_companies_places_days_and_nouns_before_person_verbs_stay(text):
    assert _scrubbed(text) == text


def test_known_surnames_the_model_calls_places_count_as_people_in_a_list():
    scrubbed = _scrubbed(
        "Acme Inc. is the brainchild of our 3 founders: Torvik, Mendez and Crawford."
    )
    assert "Mendez" not in scrubbed and "Crawford" not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Any cheap flights to Denver, Phoenix or Orlando in March?",
        "Compare Salesforce, HubSpot and Zoho for a small team.",
    ],
)
def test_lists_of_towns_and_products_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The true gender of Selina has been debated for years.", "Selina"),
        ("Why is Carola so impulsive?", "Carola"),
    ],
)
def test_a_known_first_name_the_model_calls_a_place_is_a_person(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Austin is nice in May.",
        "Is Jordan safe for tourists?",
        "How do I bake a Victoria sponge?",
        "Does Georgia have good wine?",
        "We fly from Orlando on Monday.",
    ],
)
def test_places_that_are_first_names_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Follow up with Đurđa J Jovanović in a couple of months.", ["Đurđa", "Jovanović"]),
        ("Taiji A Komori lives at the end of the road", ["Taiji", "Komori"]),
        ("please add Djevad V. Šušulić to the lease", ["Djevad", "Šušulić"]),
        ("a mandolin coda (not by Haroun D van der Kruk).", ["Haroun", "Kruk"]),
    ],
)
def test_two_rare_words_around_a_middle_initial_are_a_name(text, names):
    scrubbed = _scrubbed(text)
    assert not [name for name in names if name in scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "Buy Vitamin D Tablets in packs of 60",
        "Terminal C Parking is closed on Sundays",
        "Is Grace C Compiler still maintained?",
        "Our Studio X Edition ships in May",
    ],
)
def test_common_words_around_a_capital_letter_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Leigha Mackay\n\nLa Sagne\nSwitzerland", ["Leigha", "Mackay"]),
        ("Toshimi Arata\n\n34078 Rue de Genville 364\nBelgium", ["Toshimi", "Arata"]),
        ("Ship to:\nOumaima Ronner\n56078 Kalampaka 8\nNICOSIA", ["Oumaima", "Ronner"]),
        # The label on the name's own line.
        ("Billing address: Landro Panicucci\n  9611 Dili Street Apt. 879\n  Pentalia", ["Landro"]),
        # The model runs the name line into the company's and calls both an organisation.
        (
            "Kristíana Valbergsdóttir\nBritvic Plc\n380 Main Street Apt. 620\nMobile: 794 1672",
            ["Kristíana", "Valbergsdóttir"],
        ),
    ],
)
def test_a_name_heading_an_address_block(text, names):
    scrubbed = _scrubbed(text)
    assert not [name for name in names if name in scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "Order Summary\n2x coffee beans, 1x filter paper",
        "Opening Hours\nMon-Fri 9-17",
        "Delivery Address\nBERLIN",
        "hi, quick question\n2 of the 3 mugs arrived broken",
        "Error Code: Timeout Exceeded\n 504 after 30 s",
        "Subject: Spring Sale\n20% off everything",
    ],
)
def test_a_heading_over_an_address_like_line_stays(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is there a better crafted pop song? Caird and Jones were precision engineers.", "Caird"),
        ("Allaire and Richardson wrote it in one night.", "Allaire"),
        ("the founders: Møller, Sultygov and Dixon.", "Sultygov"),
    ],
)
def test_a_rare_word_joined_to_a_name_is_a_name(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I met Anna and Google Drive was down again", "Google Drive"),
        ("Anna and Table 4 were booked twice", "Table"),
        ("Compare Heroku and Cloudflare for me", "Cloudflare"),
        ("Anna and Spotify both charged me twice", "Spotify"),
        ("Thanks Anna, Berlin is lovely in May", "Berlin"),
    ],
)
def test_common_words_places_and_products_beside_a_name_stay(text, kept):
    assert kept in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("proszę anulować rezerwację na nazwisko Oślizło, przesunęli mi lot", "Oślizło"),
        ("o cartão tá no nome de Torres, é do meu pai", "Torres"),
        ("la reserva está a nombre de Quintanilla", "Quintanilla"),
        ("LG Marie-Louise 😊", "Marie-Louise"),
        ("ok danke\nGr. Philippe", "Philippe"),
        ("contact sur place : Aimé Noël de Loiseau, merci", "Loiseau"),
        ("nuestra vecina María Manuela Mateos Piquer recogió el paquete", "Piquer"),
    ],
)
def test_names_after_a_name_word_a_short_closing_or_more_of_the_name(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("thanks\nLG TV", "LG TV"),
        ("I spoke to Jan Nowak Support team", "Support team"),
        ("au nom de la société, merci", "au nom de la société"),
    ],
)
def test_what_follows_a_name_or_a_closing_stays_when_it_is_no_name(text, kept):
    assert kept in _scrubbed(text)


def test_a_first_name_that_is_also_a_word_opens_a_name():
    assert "Floor" not in _scrubbed("Floor van Praagh, Hoofd Inkoop\nVerzonden vanaf mijn iPhone")


@pytest.mark.parametrize("text", ["Will Payment be taken today?", "May Sale starts Monday"])
def test_a_first_name_that_is_a_word_before_a_common_word_stays(text):
    assert _scrubbed(text) == text


def test_polish_surnames_in_both_forms_are_known():
    from curation.recognizers import LAST_NAMES

    assert {"kozłowska", "kozłowski", "zawadzka"} <= LAST_NAMES
    # Not the everyday words among the long lists: "nova" (pt: new), "kot" (pl: cat), "zegar"
    # (pl: clock).
    assert not {"nova", "kot", "zegar"} & LAST_NAMES


def test_two_rare_words_with_a_possessive_are_a_name():
    assert "Desnoyer" not in _scrubbed("the verses from Iven Desnoyer's Cautionary Tales")
    assert "Cloud's pricing" in _scrubbed("is Google Cloud's pricing page down?")


# -- what a review of the rules above found: each once left a name or changed a harmless text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My account is under Blessing Okafor, can you check the refund?", "Okafor"),
        ("The courier Innocent Moyo never delivered the parcel.", "Moyo"),
        ("hola im Chidi, tengo un problema con mi pedido", "Chidi"),
        ("Via Kagiso Mthembu we got the invoice.", "Mthembu"),
        ("a encomenda de Kagiso Mthembu ainda não chegou", "Mthembu"),
    ],
)
def test_names_the_new_vetoes_must_not_drop(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hi Tom, Jira is down again", "Jira"),
        ("Jones and Kubernetes", "Kubernetes"),
        ("Does Terraform and Pulumi support this?", "Terraform and Pulumi"),
        ("The account is under the name Acme Ltd", "Acme Ltd"),
        ("La factura a nombre de Amazon EU", "Amazon EU"),
        ("in the name of God why is this so slow", "God"),
        ("Which monitor?\nLG Ultragear", "LG Ultragear"),
        ("Zegar w telefonie się spieszy", "Zegar"),
    ],
)
def test_products_companies_and_words_the_new_rules_must_leave(text, kept):
    assert kept in _scrubbed(text)


def test_a_name_stretched_up_to_an_email_keeps_both_findings_apart():
    assert (
        _scrubbed("Contact John Smith JSmith@example.com") == "Contact <PERSON_1> <EMAIL_ADDRESS_1>"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("our 3 founders: Møller, Price and Dixon.", ["Møller", "Price", "Dixon"]),
        ("They had 6: Piusz, Sharon, Bill, Sarah, Candice and Kim.", ["Bill", "Sharon"]),
    ],
)
def test_names_that_are_words_too_count_in_a_list_of_people(text, names):
    scrubbed = _scrubbed(text)
    assert all(name not in scrubbed for name in names), scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Anna, Tom, Monday and Friday work",
        "Paris, Nice and Lille are the towns we serve",
        "Anna, Google and Microsoft are partners",
    ],
)
def test_days_places_and_companies_in_a_list_of_people_stay(text):
    scrubbed = _scrubbed(text)
    assert all(
        word in scrubbed
        for word in ("Monday", "Friday", "Paris", "Lille", "Google", "Microsoft")
        if word in text
    ), scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a film directed by Azarías Segovia and starring Segovia", "Azarías"),
        ("Wacława spent a year at Progenity as the assistant to Wacława Sobczak.", "Sobczak"),
    ],
)
def test_the_rest_of_a_name_found_around_a_part_found_elsewhere(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dear Segovia, thanks for the call", "Dear"),
        ("Hello. Segovia is here", "Hello"),
        ("I flew to Berlin. Anna Kowalska called", "Berlin"),
    ],
)
def test_a_word_before_a_name_is_not_taken_at_a_sentence_start_or_when_common(text, kept):
    assert kept in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is 'Dear Darcy,' too stiff for a recruiter i've never met?", "Darcy"),
        ("'Salut Stéphanie,' ca passe pour ecrire a ma manager ?", "Stéphanie"),
        ("teilnehmer: Lilli Pechel, Doreen aus der IT und ich", "Doreen"),
        ("participants : Margaret Hamel, Anouk du juridique et moi.", "Anouk"),
        ("mon collegue Guy part a la retraite, j'ecris quoi sur la carte", "Guy"),
        ("my friend Will is coming over", "Will"),
        ("pan młody to mój najlepszy kumpel Apolonia", "Apolonia"),
        ("Beijos\nSara\n\n^ serve pra fechar email pra cliente?", "Sara"),
    ],
)
def test_quoted_greetings_listed_attendees_kin_and_friendly_closings(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    ["my colleague said no", "my manager told me to wait", "Flüge nach Berlin, Paris oder Rom"],
)
def test_verbs_after_kin_and_places_after_a_comma_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unlike the Lasseter novel, it's not about necrophilia.", "Lasseter"),
        ("I loved the Ferrante novels, which one first?", "Ferrante"),
    ],
)
def test_a_work_named_after_its_author(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    ["the Django books are outdated", "the Dune novels are long", "the Marvel films ranked"],
)
def test_works_named_after_a_thing_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # A trip to somewhere.
        "Reise nach Marienberg storniert, bekomme ich das Geld zurück?",
    ],
)
def test_trips_to_places_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna or Ben, who is better at support?", ["Anna", "Ben"]),
        ("should I ask Anna Kowalski or Ben Novak, which of them signs?", ["Kowalski", "Novak"]),
        ("billete para María López, por favor", ["López"]),
        ("posiadacz karty to gaja lula, karta kończy się na 4411", ["lula"]),
    ],
)
def test_people_to_choose_between_or_to_travel_for_are_names(text, names):
    scrubbed = _scrubbed(text)
    assert not [name for name in names if name in scrubbed]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lieferung bitte bei Salcher im 2. Stock abgeben, die nehmen das an", "Salcher"),
        ("déposez chez les Théraulaz au 2e, ils acceptent les colis", "Théraulaz"),
        ("dejadlo en casa de los España, 2º izquierda, ellos lo cogen", "España"),
        ("deixem em casa dos Araújo no 2º esq, eles recebem", "Araújo"),
        ("lever het maar af bij van der Heyden op 2 hoog", "Heyden"),
        ("sinds mijn huwelijk heet ik Verbeeck", "Verbeeck"),
    ],
)
def test_a_household_by_its_name_and_a_name_said_after_the_verb(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "bestellt bei Amazon am 3. Mai",
        "acheté chez Darty le 12 mai",
        "je suis chez Orange depuis 2019",
        "bei DHL im 2. Quartal",
        "en casa de mi madre, 2º izquierda",
    ],
)
def test_shops_and_firms_after_bei_or_chez_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "como cancelo a viagem a Cunha do Campo sem custos?",
        "una botella de Don Simón y unas Cruzcampo, llegan esta noche?",
        "el pack de Estrella Galicia venia con 93 latas abolladas",
        "teneis Tío Pepe o solo vino de mesa?",
        "tem Mateus Rosé ou só vinho verde?",
        "w zamówieniu 36185790 brakuje Ptasiego Mleczka i Michałków",
    ],
)
def test_places_of_a_trip_brands_in_a_bottle_and_goods_missing_from_an_order_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my order came without Anna Kowalska's signature", "Kowalska"),
        ("do you have Anna or only Ben on shift?", "Ben"),
        ("the parcel is missing, Anna Kowalska signed for it", "Kowalska"),
    ],
)
def test_people_beside_orders_and_alternatives_are_still_names(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il caffè Lavazza Qualità Rossa è tornato disponibile?",
        "A Bolacha Maria veio toda partida",
        "Cukierki Michałki przyszły całe rozpuszczone",
        "is de Jip en Janneke puzzel uitverkocht?",
    ],
)
def test_food_first_a_brand_then_its_range_and_two_names_before_a_toy_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my son Jack and Ben play with the puzzle", "Jack"),
        ("Anna's mug broke in the parcel", "Anna"),
    ],
)
def test_people_near_toys_and_mugs_are_still_names(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The review's privacy regressions (session 8): food words beside people's names.
        ("La ricetta di Giulia Rossi compresse è pronta?", "Rossi"),
        ("My name is Sarah Pie and I need help", "Sarah"),
        ("Mein Nachbar Peter Wein hat das Paket", "Peter"),
        ("Il corriere Marco Torta è passato", "Marco"),
        ("I brought Anna Kowalski tea yesterday", "Kowalski"),
        ("Please contact Anna Becker SAP team lead", "Becker"),
        ("The cake Sarah Miller ordered was wrong", "Miller"),
        ("The pizza Marco delivered was cold", "Marco"),
        ("la torta de Marta llegó rota", "Marta"),
        ("il caffè di Giulia era freddo", "Giulia"),
        ("thanks Maria cake arrived fine", "Maria"),
        # People to choose between, or given a ticket.
        ("I spoke to either Sarah or Emma, not sure which", "Emma"),
        ("Juan o Pedro, no sé cuál, me llamó ayer", "Pedro"),
        ("Vorrei comprare un biglietto per Giulia Bianchi", "Bianchi"),
        ("Quiero pasar mi billete a Lucía Fernández", "Fernández"),
        ("Mon conseiller s'appelle Jean Toussaint", "Toussaint"),
        ("ik ben jan groot en wacht op mijn pakket", "groot"),
        ("Falei ontem com o Rui, qual é o estado do pedido?", "Rui"),
    ],
)
def test_the_reviews_people_stay_names(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "bei Zalando 2 Paar Schuhe bestellt",
        "bij Coolblue op 3 mei besteld",
        "chez Leclerc à la 2e caisse",
        "Cobraram-me na Via Verde duas vezes",
        "Destino: Santa Cruz\n3 noches",
        "Paul: Error in line 3\nTraceback: something",
    ],
)
def test_the_reviews_shops_services_and_labels_stay(text):
    scrubbed = _scrubbed(text)
    assert "<PERSON" not in scrubbed.replace("<PERSON_1>: Error", "") and "<STREET" not in scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Quarantino Marcelo, the Aircraft pilot, said: "I\'m glad."', "Quarantino"),
        ("John Smith, our account manager, promised a refund", "Smith"),
    ],
)
def test_a_name_then_a_role_between_commas_then_speech(text, name):
    assert name not in _scrubbed(text)


def test_a_company_then_its_role_between_commas_stays():
    text = "Amazon, the online retailer, said it would refund the order"
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Goodenough and Bradford were precision engineers.", ["Goodenough", "Bradford"]),
        ("have you heard Lea Ekström speak yet?", ["Ekström"]),
        ("Itamar is from Potlatch Corp", ["Itamar"]),
    ],
)
def test_people_by_what_only_people_are_or_do(text, names):
    scrubbed = _scrubbed(text)
    assert not [name for name in names if name in scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "Python and Java are programming languages",
        "Kubernetes is from Google LLC",
        "Have you heard Metallica play live?",
        "Gemini and Claude are both models",
    ],
)
def test_languages_tools_bands_and_models_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("My name is Else", "Else"), ("My name is Rive", "Rive"), ("My name is Will Smith", "Will")],
)
def test_a_word_that_is_a_name_after_my_name_is(text, name):
    assert name not in _scrubbed(text)


def test_a_function_word_after_my_name_is_stays():
    assert _scrubbed("My name is Not important here") == "My name is Not important here"


@pytest.mark.parametrize(
    "text",
    [
        # First names that only the larger list (gender-guesser's) knows.
        "The true gender of Giacinta has been under debate for years.",
        "so Radomir said the feature would ship in march, did it?",
        "He is injured, but Tamerlan just has to get laid.",
    ],
)
def test_first_names_of_fifty_countries_are_known(text):
    scrubbed = _scrubbed(text)
    assert "<PERSON_1>" in scrubbed
    assert not {"Giacinta", "Radomir", "Tamerlan"} & set(scrubbed.replace(".", " ").split())


@pytest.mark.parametrize(
    "text",
    [
        # A lower-case name is a whole word, not the tail of one ("emini" in "Gemini").
        "Claude czy Gemini do pisania w Rust, szczerze",
        # A genitive without an apostrophe takes no article and is German or Dutch.
        "los Donettes y el Bollycao venian aplastados",
        "na encomenda #7721262 falta o bacalhau à Brás e os pastéis de nata",
        "j'ai commandé 163 coffrets Ricard et j'en ai reçu un seul",
    ],
)
def test_words_that_hold_or_follow_a_rare_first_name_stay(text):
    assert _scrubbed(text) == text


def test_a_genitive_in_a_german_question_is_still_a_name():
    assert _scrubbed("Kannst du Annas Zugang sperren?") == "Kannst du <PERSON_1>s Zugang sperren?"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname by its ending, after a word that can be a name.
        (
            "The Zarita Akhtakhanov version recorded for Daikokuya Holdings became a hit.",
            "Akhtakhanov",
        ),
        ("The Tihomila Crnić version recorded for Genus Power Ltd. became a hit.", "Crnić"),
        ("Katrín Óladóttir from PG&E Corporation is the keynote speaker", "Óladóttir"),
        # A full name from a company, then what the person is.
        ("Naoharu Sahaku from Cardinal Co.Ltd. is the keynote speaker", "Sahaku"),
        (
            "Mimount Y Bijster from Cornerstone Building Brands Inc. is the keynote speaker",
            "Bijster",
        ),
        # A trait only people have.
        ("Why is Soib so impulsive?", "Soib"),
        ("Zair is really stubborn about it", "Zair"),
    ],
)
def test_names_by_their_shape_or_what_is_said_of_them(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why is Windows so slow?",
        "Why is Docker so slow on my Mac?",
        "Java from Oracle Corp is the best choice here",
        "Visual Studio Code from Microsoft Corporation is free",
        "Flights from Moscow Sheremetyevo to Saratov",
        "Is Kubernetes really mean to beginners?",
    ],
)
def test_things_said_like_people_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A word between two people of a list.
        ("They had 6: Donald, Barbara, Amy, Rachel, Judy and Crystal.", "Rachel"),
        # After a word for a child, a capitalised word that is a word too.
        ("I would like to remove my kid Fern from the will.", "Fern"),
        # A possessive of a name with its particles.
        ("Louelle van den Brandhof's killers sentenced to life in prison", "Brandhof"),
    ],
)
def test_names_in_lists_after_kin_and_with_particles(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "I love Gemini's output more than the others",
            "I love Gemini's output more than the others",
        ),
        # Common words between a name and a list are things.
        (
            "Hi Tom, Slack, Zoom and Teams all fail to load",
            "Hi <PERSON_1>, Slack, Zoom and Teams all fail to load",
        ),
    ],
)
def test_things_beside_names_stay_things(text, scrubbed):
    assert _scrubbed(text) == scrubbed


# The rules added for English prose, forms, transcripts and lists, and the review of them:
# the names they must take, then the look-alikes they must leave.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Words of the other languages ("nel", "durante", "pero", "Mauer") are names in
        # English prose.
        ("I want to add Nel Mandel as a beneficiary to my account", ["Nel", "Mandel"]),
        ("we need to add Durante Pinto as guardian", ["Durante", "Pinto"]),
        ("Unlike the Mauer novel, it's not about anything in particular.", ["Mauer"]),
        ("have you heard Władysława Kozłowska speak yet?", ["Władysława", "Kozłowska"]),
        # A name, then that it is the name.
        ("Brun, c'est le nom sur le contrat, pas le mien", ["Brun"]),
        ("Kowalska to nazwisko panieńskie", ["Kowalska"]),
        # Spoken to: the model calls "Veronica" a town.
        ("spoke to Veronica in payroll, she said to ask you", ["Veronica"]),
        # A doctor by name.
        ("afspraak graag bij dokter Aerts, niet bij de waarnemer", ["Aerts"]),
        # Someone's place after "came from", a full name after a trip word.
        ("I came from Marta Kowalska's office", ["Kowalska"]),
        ("we came from Anna's place", ["Anna"]),
        ("a flight to Marta Kowalska", ["Kowalska"]),
        # Two people to choose from.
        ("Anna Schmidt or Maria Lopez, which one is on call?", ["Schmidt"]),
        ("Anna or Maria, which one is on call?", ["Maria"]),
        # A name atop an address block whose house number or country comes further down.
        ("Tenchi Kouno\n\nVestmannaeyjar\nIceland", ["Kouno"]),
        ("Borna Jerković\n\nMaribor\nSlovenia", ["Jerković"]),
        ("Hleb Tikhonov\nWt-Trader\n0492 R Projectada 21 Apt. 170", ["Tikhonov"]),
        # Followed up with, given something of someone's.
        ("Follow up with Kuon Satou in a couple of months.", ["Satou"]),
        ("Daniel had given Shovda his address: 25677 Kongshøj Allé 70", ["Shovda"]),
        # After a trade.
        ("Producer Cinzia Dellucci explained to Fuse TV", ["Dellucci"]),
        ("the songwriter Ancelina Vaillancour employs corporate lingo", ["Vaillancour"]),
        # The name of many in its country, though a word of the table.
        ("Carlos had given Weronika his address: 7908 Rue de Bouillon 316", ["Weronika"]),
        # By the job they came to do, met or spoken with, written to.
        ("the technician Naail Talal never showed up on Wednesday", ["Talal"]),
        ("Complaint: your courier Tunradee Sukhenai left my parcel outside", ["Tunradee"]),
        ("Just got off the phone with Pattapon Pinto. Good news, they renewed.", ["Pattapon"]),
        ("Write a thank-you card to Nomasonto and family.", ["Nomasonto"]),
        ("Can you write an email to Berrin about the delay?", ["Berrin"]),
        # Surname first, a reference, a word asked about as a surname.
        ("From the booking system: guest Parra, José / 2 adults.", ["Parra"]),
        ("Signature: BESENÇON, Jean | Procurement", ["BESENÇON"]),
        ("References: Calvillo, K. M. and Ojo, P. (2021).", ["Calvillo"]),
        ("Is Ferrer a Hungarian or a Croatian surname?", ["Ferrer"]),
        # What people do, a role then the name between commas, the name before a work.
        ("Exit interview notes: Corboz cited the commute.", ["Corboz"]),
        ("Mikkelsen raised concerns; Wathelet suggested postponing.", ["Wathelet"]),
        ("the receptionist, Bjarkar, was rude when we asked.", ["Bjarkar"]),
        ("The new head of sales, Mai Mai, wants weekly reports.", ["Mai"]),
        ("Which edition of the Brenna translation has the better notes?", ["Brenna"]),
        # The speakers of a transcript, one of them a known name.
        (
            "INTERVIEWER: When did you start?\nLUND: Back in 2014.\nSJÖGREN: Right after.",
            ["LUND", "SJÖGREN"],
        ),
        ("fix the punctuation: [Sylvia] yeah so we drove [Ekansh] in that snow", ["Ekansh"]),
        # People listed under a label that says so, surnames that are words too.
        ("Co-authors in order: Abreu, Balogun, Mwangi.", ["Balogun", "Mwangi"]),
        ("the brainchild of our 3 founders: Bunce, Green and Lamb.", ["Green", "Lamb"]),
        # Found in review: people that the new place, brand and feast rules must not hide.
        ("The email came from Tunradee Sukhenai yesterday.", ["Sukhenai"]),
        ("David Harbour is my neighbour.", ["Harbour"]),
        ("Roy Castle called me yesterday.", ["Castle"]),
        ("Mercedes called me about the invoice.", ["Mercedes"]),
        ("Noël will join the call at 3.", ["Noël"]),
        ("Daniel had given Shovda his address", ["Shovda"]),
        # Letters past Latin Extended-A: Romanian, Azerbaijani, Vietnamese.
        ("From the booking system: guest Ioniță, Andrei / 2 adults.", ["Ioniță"]),
        ("Ədiloğlu asked whether the board could meet in person this time.", ["Ədiloğlu"]),
        ("Met Müslüm Gəncəli at the trade fair yesterday, very sharp.", ["Gəncəli"]),
        ("Film script:\nNgọc Lê: I told you.\nJelena Kaur: You said the tunnel.", ["Ngọc"]),
        # A lower-case name with a second surname; an Irish "Ó".
        (
            "Nobody told francis ledoux fontaine about the room change so we started late",
            ["fontaine"],
        ),
        ("The referee's name is Finbar Ó Craidheáin. Should I phone or email?", ["Craidheáin"]),
        # Names in capitals, read as they would be in title case.
        ("Spell-check the name on this certificate: RÉGINE WAUTHIER", ["RÉGINE", "WAUTHIER"]),
        ("Spell-check the name on this certificate: İLNARƏ ƏHMƏDZADƏ", ["ƏHMƏDZADƏ"]),
        # A genitive without its apostrophe before a noun, in English too.
        ("I think Annas phone is broken, can you reset the account for her?", ["Anna"]),
        # Labels of forms in the other languages; a name ends at its line.
        ("Cognome: Peano\nNome: Gioacchino\nMotivo: carta d'identità", ["Peano", "Gioacchino"]),
        ("Nachname: Egger\nVorname: Tea", ["Egger", "Tea"]),
        # A table booked in someone's name; a trade before a known first name.
        ("tavolo per 4 a nome Mantegazza, sabato alle 20:30", ["Mantegazza"]),
        ("ich hatte schon mit eurem Monteur Livio gesprochen", ["Livio"]),
        ("le technicien Matthieu est passé hier", ["Matthieu"]),
        # A compound first name's names each count; a surname that is a street type after
        # an honorific.
        ("sou Luiz Miguel Cassiano e o meu email mudou", ["Luiz", "Cassiano"]),
        ("can I book my dog in with Dr Estrada again, she was great", ["Estrada"]),
        # The model's name atop an address block, its first word a word elsewhere.
        ("Saber Mailly\n\nArtilleros\nUruguay", ["Saber", "Mailly"]),
        # A name to be corrected to; a surname that is a word in another language, found
        # again in English prose.
        (
            "The name in the account is not correct, please change it to Peverell Racine",
            ["Peverell"],
        ),
        ("The name on the card should read Ana Costa, thanks.", ["Costa"]),
        # A role whole ("Patientin", not "Patient" + "in"); trainers, teachers as titles.
        ("Patientin Annika Küng, erreichbar unter 0816278427 ab 18 Uhr", ["Küng"]),
        ("Trainerin Aline meinte die Kinder dürfen früher schwimmen", ["Aline"]),
        ("el profesor Cuervo aun no ha subido las notas del parcial", ["Cuervo"]),
        # The field named without a colon; the name on a record, then what it is.
        ("Wilson is the surname on the booking, first name Scott", ["Wilson", "Scott"]),
        ("van der Ven is de achternaam op de boeking, voornaam Mark", ["Ven", "Mark"]),
        ("nazwisko w rezerwacji to Fuławka, imię Kalina", ["Fuławka", "Kalina"]),
        # A parent by the child; a luggage tag's name; a passenger listed surname first.
        ("sou a mae do Melissa, ele esqueceu-se do equipamento", ["Melissa"]),
        ("mi maleta no ha llegado, lleva una etiqueta con Soto", ["Soto"]),
        ("Pasażer: Otremba Kaja\nlot jutro rano, chcę dokupić miejsce", ["Otremba", "Kaja"]),
        # A day's name is a person where no article or preposition makes it the day.
        ("Why is Maj so impulsive?", ["Maj"]),
        # A known first name ending the message; a DJ; told to someone; a household; a
        # surname in the locative; someone spoken to whose name is also a town's.
        ("czy możecie odblokować konto Przemysław?", ["Przemysław"]),
        ("dzwońcie pod +48 508 398 439 (odbiera Maksymilian)", ["Maksymilian"]),
        ("notre DJ Catherine a annulé au dernier moment !!", ["Catherine"]),
        ("tu peux dire a Alexandria que les places sont arrivees", ["Alexandria"]),
        ("Gästeliste Nachtrag:\nDenis + Begleitung\nFamilie Rüegg", ["Rüegg"]),
        ("rezerwację anulowała osoba o nazwisku Gosz, nie ja", ["Gosz"]),
        ("spoke to Laura on the phone, the caterer comes at 4", ["Laura"]),
        ("persona que recoge al niño: Srita. Clara Villarreal", ["Villarreal"]),
        # A surname that is a word after a first name's particles; a compound first name.
        ("Kandidaat:\nAmira van Mil\nvan-marethijs@example.com", ["Mil"]),
        ("René et Diane-Marianne Rodriguez doivent etre a la meme table", ["Rodriguez"]),
        # "van" joins only names: the model's span stays a name with no word known.
        ("Gijsbrecht van Hecke\n\n23421 57 Rue Abdelkader\n Apt. 890", ["Hecke"]),
        # The field's label with a space before its colon.
        ("Nachname : Egger\nVorname : Tea", ["Egger", "Tea"]),
        # A rota of days and people; a biography's subject whose surname is a word.
        ("Shift rota: Mon/Tue Otto, Wed Lotfi, Thu/Fri Giulia. Put it in a table.", ["Lotfi"]),
        ("Edit my book review: The new Price biography is meticulous but dull", ["Price"]),
    ],
)
def test_names_the_newer_rules_take(text, names):
    scrubbed = _scrubbed(text)
    assert not any(name in scrubbed for name in names), scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # Still function words in their own language.
        "Ciao, sono io, nel pomeriggio non ci sono durante la riunione",
        "Pero no me llega el paquete durante la semana",
        # Company suffixes and the words that join a place's name stay in English prose.
        "During 2023, Krystal Biotech Inc. invested heavily in new designs.",
        "The Princess Royal arrived at Gioia Dei Marsi this morning from Italy.",
        "Invoice is the name of the file",
        # Two things to choose from, then "which".
        "Gaviscon or Rennie for heartburn, which one is ok when pregnant?",
        # Feasts listed; brands listed in another language; a day's genitive look-alike; a
        # day after an article; a town after a flight's number.
        "Öffnungszeiten zwischen Weihnachten und Silvester? Hat die Sauna am 27. offen?",
        "Nasenspray von Ratiopharm oder Hexal, ist das das Gleiche?",
        "El Spinning del Martes ya es con las bicis nuevas?",
        "El partido es el Domingo, lo poneis en la cafeteria del club?",
        "Buchungsnummer A-317716, Flug LH1234 nach Palma, kann ich einen Koffer dazubuchen?",
        # The name of a thing, not on a record.
        "the name of the hotel is Hilton, right?",
        # A match between two clubs; a shop under its founder's name; a feast between
        # words; a day typed without its accent.
        "Legia - Lech w Niedzielę, puszczacie mecz w klubowej kawiarni?",
        "La Kangoo est chez Leroy Merlin, je la récupère Samedi",
        "Horaires entre Noël et le Jour de l'An ? Le Centre est ouvert le 27 ?",
        "A aula de Zumba de Sabado comeca as 4pm ou mais tarde?",
        # A month ending the message; no genitive "s" in Spanish; a pizza by its name.
        "Is the water in the Douro warm enough to swim in June?",
        "Sanitas cubre la limpieza dental?",
        "J'ai commandé une Margherita et un tiramisu, recu une 4 fromages",
        "flights to Laura next week",
        # A publisher's name after a weak cue, opening with a common word.
        "czy box z Wydawnictwa Literackiego kosztuje online też 398 zł?",
        # A particle that is a first name too makes no name known; a model by its number.
        "Matricula del Grado en ADE: plazo hasta el 24/8, pago en 241 plazos?",
        "Tenemos que rellenar el Modelo 145 antes de la entrevista?",
        "De Gazelle fiets is van 1936, Shimano Nexus 7, zonder slot",
        # Opening hours are no rota.
        "Open Mon 9-17, Sat Closed. Sun Closed.",
        "Jacobs Krönung czy Tchibo, który macie bezkofeinowy?",
        "Sanitas o Adeslas, cuál tiene la empresa?",
        "Harmonie Mutuelle ou Malakoff Humanis, c'est laquelle la mutuelle d'entreprise ?",
        # Feasts and dates.
        "La prime de Noël tombe quand ?",
        "25 de Abril: o escritório fecha?",
        # Where one comes from, a town by its last word.
        "Viemos de Barbosa das Flores, a mensalidade dá para todos os clubes?",
        "The removal van from Jenna Ville was 241 minutes late but all fine",
        # A firm's name of common words after a preposition; a parking space.
        "Seguro del coche con Línea Directa y el del hogar con vosotros, se puede juntar?",
        "Stellplatz 38 ist von einem fremden Auto belegt",
        "Order Summary\n2 x Pizza Margherita\nTotal 12 EUR",
        "Opening Hours\n\nMonday 9-17\nFriday 9-15",
        "I gave Python my whole weekend",
        "please reach out to Microsoft Support",
        "our photographer Team was late",
        # A car named after a first name.
        "my Mercedes broke down again, can you tow it today?",
        "a letter to Amazon Web Services",
        "meeting with Google Cloud tomorrow",
        "Berlin, Paris and Rome are on the list",
        "Step 2, A. install the package",
        "Is Python a good first language?",
        "Copilot suggested a fix",
        "the capital, Paris, is lovely",
        "my favourite language, Rust, is fast",
        "the Netflix documentary about whales was great",
        "Edit my book review: it is meticulous but dull",
        # Landmarks, storms and models named after people; a day and a time.
        "Victoria Station to Brighton: fastest train after 9:15?",
        "Is the Charles Bridge less crowded at 8:15?",
        "Storm Babet flooded the car park.",
        "Compare Llama, Mistral and Gemma for summarising legal text on a laptop.",
        "Meeting moved to Thursday at 7h30, room 4B.",
        "Error: file not found\nWarning: disk full\nTraceback: line 3",
        "INTERVIEWER: When did you start?\nCustomer: yesterday",
        "speakers: Python, Rust and Go",
        # Found in review: things the new rules must leave.
        "My Mercedes Benz needs a service.",
        "Give me a recipe for thai green curry with chicken.",
        "What is the difference between Pero and Sino in Spanish?",
        "The phrase Buen Camino is what pilgrims say",
        "Ryanair apologised for the delay.",
        "Vodafone promised to call me back",
        "Olympiacos won the Conference League",
        "My favourite band, Radiohead, is touring",
        "The app, Duolingo, keeps crashing.",
        "Configure the mocha reporter Mochawesome in CI.",
        "Our courier Parcelforce lost the parcel.",
        "I have heartburn. Gaviscon or Rennie, which one is ok?",
        # Acronyms and shouting are not names in capitals.
        "Please ask the CEO about the ASAP delivery from DHL and IKEA.",
        "URGENT PLEASE CALL ME BACK ABOUT MY ORDER, NOBODY ANSWERS",
        "Dear HR team, the PDF from MARKETING has the wrong logo.",
        # One word in capitals that is a first name too.
        "differenza tra partita IVA forfettaria e ordinaria, in breve",
        "Boeing 737 MAX or Airbus A320neo: which is quieter on take-off?",
        "The name of the file should be Report Final, not Draft.",
        # No genitive before a function word in English.
        "Barclays and Lloyds both closed their branches; any cash machines near Leeds?",
    ],
)
def test_look_alikes_the_newer_rules_leave(text):
    assert _scrubbed(text) == text


def test_a_surname_found_again_only_where_it_cannot_be_a_word():
    """In English prose "Dias" found once is the person everywhere; in Portuguese "Dias" at the
    start of a sentence is days."""
    assert "Dias" not in _scrubbed("A comedy directed by Samuel Dias and starring Dias himself.")
    scrubbed = _scrubbed("Falei com o Pedro Dias. Dias depois, nada mudou na minha conta.")
    assert scrubbed.endswith(". Dias depois, nada mudou na minha conta."), scrubbed
    assert "Pedro" not in scrubbed


def test_a_name_after_a_label_ends_at_its_line():
    """ "Nome: Gioacchino\nMotivo: …": the next line's label is no surname."""
    scrubbed = _scrubbed("Cognome: Peano\nNome: Gioacchino\nMotivo: carta d'identità")
    assert scrubbed.endswith("\nMotivo: carta d'identità"), scrubbed


def test_the_latin_letter_classes_split_by_case_past_latin_1():
    """Romanian, Azerbaijani and Vietnamese letters are letters; a lower-case "ł" or "ș" is
    no capital (the old class "Ā-Ž" ran over both cases)."""
    for capital in "ŁŚŻȘȚƏỌ":
        assert re.fullmatch(f"[{_UPPER}]", capital), capital
        assert not re.fullmatch(f"[{_LOWER}]", capital), capital
    for small in "łśżșțəọễ":
        assert re.fullmatch(f"[{_LOWER}]", small), small
        assert not re.fullmatch(f"[{_UPPER}]", small), small
    assert re.fullmatch(f"[{_LETTER}]+", "IonițăƏdiloğluNgọc")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wished a happy birthday, called to before a closing quote, asked about.
        ("Happy birthday Maryam!!! hope u have a great day", "Maryam"),
        ('"Pass the salt, Iwao," said her mother without looking up.', "Iwao"),
        ('"Not now, Mimount!" she shouted from the kitchen.', "Mimount"),
        ("Can Sophia pick up the parcel on my behalf? She has my ID.", "Sophia"),
        ("I like it. Can Janka pick up the parcel?", "Janka"),
        # "to" a first name where nothing goes anywhere.
        ('The book is dedicated "To Barbara, who never stopped asking questions."', "Barbara"),
        ("According to Berg, the deal could be signed as early as 1996.", "Berg"),
    ],
)
def test_names_called_to_asked_about_and_given_to(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        # After a verb of going a first name that is a place is the place.
        "How long is the drive to Lorraine from here?",
        "we are moving to Victoria next month",
        "How long does shipping to Elizabethmouth take?",
        "Welcome to Adelaide!",
        "Berlin, Paris, London!",
    ],
)
def test_towns_one_goes_to_and_lists_of_towns_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A "he" or a "she" of the sentence can only be a person.
        ("Shares fell 4% after Trevanna announced she would step down.", "Trevanna"),
        ("Raised by his aunt, Okonkwe left school at sixteen.", "Okonkwe"),
        # A speaker after a quotation, a novel, a birthday, a home one is at.
        ("The barbecue is at Quenby's place on Saturday.", "Quenby"),
        ("Pavia had given Pavia his address: 07139 29 Wattle St", "Pavia"),
        ('"It rained all week," Ilvara explained to the magazine.', "Ilvara"),
        ("Vontrell's second novel sold poorly.", "Vontrell"),
        ("When is Zaferiya's birthday again?", "Zaferiya"),
        # A family's firm, a rank, a name called out, who sent something.
        ("Dobrowski & Sons have traded here since 1921.", "Dobrowski"),
        ("Judge Ellermann dismissed the case.", "Ellermann"),
        ("Captain Gladstrom welcomed us aboard.", "Gladstrom"),
        ("Filippa? Cristian! Over here!", "Cristian"),
        ("Message from Agnieszka at 10:42: call me asap", "Agnieszka"),
        ("The flowers are from Kristiina and the kids.", "Kristiina"),
        # A sentence's first word before a first name, a known surname after a rare word.
        ("Starring Roland Pena and a cast of unknowns.", "Roland"),
        ("The firm, founded by Czcibor Borkowski, raised $2 million.", "Borkowski"),
        # Who signed for a parcel or wrote back, in the languages; who is coming.
        ("Quinn signed for the parcel, but nobody here has that name", "Quinn"),
        ("Tavares assinou a entrega mas aqui não mora ninguém com esse nome", "Tavares"),
        ("Bühler hat den Empfang quittiert, aber so jemand wohnt hier nicht", "Bühler"),
        ("Rodrigues respondeu que o reembolso demorava 10 dias", "Rodrigues"),
        ("siamo Giovanni, Carocci e due bambini, ci stiamo?", "Carocci"),
        ("jedziemy w składzie: Fabian, Cyganik i dwoje dzieci", "Cyganik"),
        # For someone's attention, fetched from school, known from the gym, where one lived.
        ("Invoice to:\nHarlow Ltd\nAttn: Cosimus Dellavalle\n12 High Street", "Dellavalle"),
        ("Can u pick up Zofia from school today? im stuck at work", "Zofia"),
        ("hey its Dida from the gym, remember me?", "Dida"),
        ("Did you know Holba used to live in Gersloot?", "Holba"),
        # Named, an emergency contact, a doctor, a booking under a surname that is a town.
        ("jemand namens Lagler stellt ständig Zahlungsanforderungen", "Lagler"),
        ("une personne du nom de Leblanc m'envoie des demandes", "Leblanc"),
        ("contatto di emergenza: Amadeo, 0183556902", "Amadeo"),
        ("il dottor Cheda mi ha fatto il certificato", "Cheda"),
        ("o quarto está reservado em nome de Castro, não no meu", "Castro"),
        # Who translated a book, who holds a certificate, whatever the model calls them.
        ("Translated from the Polish by Todsawun Sukhenai.", "Sukhenai"),
        ("This certifies that Chibuzo Ogbuehi has completed the course.", "Ogbuehi"),
        # A city's name that lives somewhere is a person's.
        ("Zama lives on Letališka 103 street.", "Zama"),
    ],
)
def test_names_by_pronoun_speech_firm_rank_or_sender(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        # A firm is no "he": only after a question's verb with "his" or "her".
        "Does Revolut let him open an account at 16?",
        "Walker said he would come",
        "What did Vodafone say about the outage?",
        # Sent from places and firms; words that stand alone with a "?".
        "a postcard from Lisbon",
        "an email from Revolut about my card",
        "Hello? Anyone there?",
        # A firm writes back too; a page.
        "Vodafone replied that the refund would take 10 days.",
        "we are Vodafone customers and want a refund",
        "see p. 12 of the manual",
        # What the reviewer of these rules found they took: firms, medicines, films, shows,
        # groups, activities, departments, a sale.
        "Revolut froze his account and he cannot pay rent.",
        "My wife uses Ozempic and she needs a refill.",
        "Does Revolut let her pay in instalments?",
        "Message from Klarna: your payment is due.",
        "Captain America was on TV last night.",
        "Inspector Gadget boxset please.",
        "I want to return the Fathers and Sons book",
        "Lucky! It arrived on time.",
        "Chase? Santander? Which bank is better?",
        "We are Vegans, Vegetarians and Pescatarians.",
        "it's Zumba from the gym, they changed the time",
        "Can you pick up Calpol from the nursery?",
        "Macy's birthday sale ended early.",
        "Airbnb's place in Porto was dirty.",
        '"Refund approved," Vinted wrote.',
        "Bitcoin was born in 2009.",
        "Portería firmó la entrega.",
        "See p. Appendix for the table.",
        "The A/C Daikin unit makes noise.",
        "Attn: Billing Department",
        "Kindle Paperwhite\nReading\nThe screen flickers",
        "it's Vodafone from the start, not Orange",
        "pick up Amazon parcels from the station",
        # Beside a city of the world Faker does not list.
        "we love Porto and Lisbon",
        "Tramwajem do Dworca Centralnego, potem autobus 175.",
        # A city listed with a town, cars listed together, a match, boots by their brand.
        "Austin or Denver for a tech conference next spring?",
        "Aston Martin and McLaren both use Mercedes engines?",
        "Benfica against Porto kicks off at 15h00.",
        "Are Hunter wellies worth the price?",
        # German "im", where the text is German.
        "Im Ernst, schon der dritte Techniker-Termin, der abgesagt wird",
        # On a firm's behalf.
        "namens der Vodafone GmbH",
        "en nombre de Vodafone",
        "This certifies that Acme Industries complies",
        "directed by Netflix",
        # A thing and its town.
        "a Europcar de Faro cobrou 60 euros por um risco",
        "FlixBus z Dworca Zachodniego do Pszczyna odjechał wcześniej",
        # Ranks only as English capitalises them; "Mayor" and "Pastor" are no ranks here.
        "la Plaza Mayor Norte está cerrada",
        "the judge said no",
        # A feast, a colour, a greeting, a compass point, a town by its airport, a street.
        "Hola! a qué hora abre la panadería el Domingo de Ramos?",
        "Zijn jullie open met Hemelvaart?",
        "czy w Wigilię i w Sylwestra jesteście otwarci? a w Nowy Rok?",
        "quando si corre il Palio di Siena quest'anno?",
        "Gibt es das auch in Schwarz? in Weiß passt es nicht zu uns",
        "Moin, fährt die Fähre nach Helgoland auch im November?",
        "gibt es am Eingang Nord einen Aufzug?",
        "the rental desk at Florence airport wants a deposit",
        "para saber quando fecham a rua da padaria",
    ],
)
def test_firms_feasts_colours_greetings_and_streets_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names the first version of these rules lost: a city's name that is a first name
        # beside another, a town-named Japanese surname, a first name after "en", a feast's
        # name, a surname before "de" and a town, lower-case names with particles, a list
        # after a car make.
        ("Sydney and Adelaide called me yesterday.", "Sydney"),
        ("Yamaguchi insisted on a full refund.", "Yamaguchi"),
        ("Confío en Blanca para esto.", "Blanca"),
        ("The order is in Violet's name.", "Violet"),
        ("Ascension Lopez called about the refund.", "Ascension"),
        ("Hablé con Ponce de León ayer sobre el pedido.", "Ponce"),
        ("hi im sofia de luca", "luca"),
        ("ciao sono giovanni dell'acqua", "acqua"),
        ("Seat Kowalczyk, Nowicki and Zielińska at table 4.", "Nowicki"),
    ],
)
def test_names_the_reviewed_rules_keep(text, name):
    assert name not in _scrubbed(text)


def test_a_first_name_beside_a_town_is_still_a_name():
    """Only a city's name listed with a town is a town: Anna is no city."""
    assert "Anna" not in _scrubbed("I called Anna and Berlin is next")
    assert "Anna" not in _scrubbed("Anna and Berlin")


def test_im_before_a_name_in_english_or_spanish_chat_is_i_am():
    assert "Chidi" not in _scrubbed("hola im Chidi, tengo un problema")
    assert "Laura" not in _scrubbed("hi im Laura, my order is late")


def test_a_polish_first_name_is_no_new_years_eve():
    assert "Sylwester" not in _scrubbed("Sylwester Nowak dzwonił wczoraj")


def test_platforms_and_lockers_are_no_streets():
    assert _scrubbed("Bussteig 6, wir standen da eine Stunde") == (
        "Bussteig 6, wir standen da eine Stunde"
    )
    assert "Packstation 112" in _scrubbed("Paket liegt in der Packstation 112 seit Montag")


def test_a_name_in_a_we_are_list_keeps_the_space_before_its_comma():
    assert _scrubbed("We zijn met Elena , Dachgelder en twee kinderen") == (
        "We zijn met <PERSON_1> , <PERSON_2> en twee kinderen"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname and nothing else, whatever the model calls it: Faker's surnames that are
        # no word and no first name, and a surname's ending.
        ("The letter was addressed to Wiśniewska, not to me.", "Wiśniewska"),
        ("The parcel was left with Zielińska next door.", "Zielińska"),
    ],
)
def test_a_word_that_is_only_a_surname_is_a_name(text, name):
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        # Shops and places that are surnames too are common words or places.
        "I bought it at Lidl, the one near Kraków.",
        "Our office moved to Gdańsk last year.",
        # A surname where a place stands, or after a saint, is the place.
        "Many shops in Zamarripa close on Sundays.",
        "We drove through San Millán de la Cogolla on the way.",
    ],
)
def test_shops_and_towns_like_surnames_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # One of "X and I"; called by name inside a quotation, its speaker after it.
        ("Szebasztián and I have been friends since kindergarten.", "Szebasztián"),
        ('"Pass the salt, Belle," said her mother without looking up.', "Belle"),
        ('"Not now, Maile!" she shouted from the kitchen.', "Maile"),
        # Collected from school; a photographer's credit.
        ("Can u pick up Seweryna from school today? im stuck at work", "Seweryna"),
        ("Photo: Jesenko Maćilo / RakutenInc.", "Maćilo"),
    ],
)
def test_people_by_and_i_a_call_in_quotes_a_school_run_and_a_photo_credit(text, name):
    assert name not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Google and I have a complicated relationship.",
        '"Put it on the table, Monday," he said.',
        "Can you pick up Calpol from the nursery?",
        "pick up Pizza from work",
    ],
)
def test_things_beside_those_rules_stay(text):
    assert scrub_texts([text]).texts[0] == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A known first name no list knows as a town, after "from" or "to" in English.
        ("Bought a pram from Conall on Marketplace, paid 80 quid", "Conall"),
        ("Huge thanks to Brogan from your removals team, nothing broke this time!", "Brogan"),
        # "sur" before a site is no town's "sur".
        ("J'ai acheté une poussette à Jacqueline sur Leboncoin, payé 70 euros.", "Jacqueline"),
    ],
)
def test_first_names_after_from_and_to_and_before_a_site(text, name):
    assert name not in scrub_texts([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "We are moving from Chelsea to Camden",
        "The offer runs from June, is that right?",
        "On arrive à Boulogne sur Mer demain",
    ],
)
def test_trips_months_and_towns_with_sur_stay(text):
    assert scrub_texts([text]).texts[0] == text
