"""Street addresses across the languages Assay expects: US and British forms, street types
before or after the name, house numbers, flats and floors, postal codes and address blocks."""

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common
from curation.recognizers.base import (
    _DIGIT,
    _LOWER,
    _UPPER,
    _WORD_TOKEN,
    RegexGroupRecognizer,
    Rule,
    _rx,
)
from curation.recognizers.lexicon import (
    COMMON_WORDS,
    _mostly_english,
    calendar_words,
    place_names,
)

# Street suffixes from USPS Publication 28 (C1), with the common abbreviations, plus British ones.
_STREET_SUFFIX = (
    r"(?:alley|annex|arcade|avenue|ave|bayou|beach|bend|bluffs?|bottom|boulevard|blvd|branch|"
    r"bridge|brooks?|burgs?|bypass|camp|canyon|cape|causeway|centers?|circles?|cir|cliffs?|club|"
    r"commons?|corners?|course|courts?|ct|coves?|creek|crescent|crest|crossing|crossroad|curve|"
    r"dale|dam|divide|drives?|dr|estates?|expressway|extensions?|falls?|ferry|fields?|flats?|"
    r"fords?|forest|forges?|forks?|fort|freeway|gardens?|gateway|glens?|greens?|groves?|"
    r"harbors?|haven|heights|highway|hwy|hills?|hollow|inlet|islands?|isle|junctions?|keys?|"
    r"knolls?|lakes?|land|landing|lane|ln|lights?|loaf|locks?|lodge|loop|mall|manors?|"
    r"meadows?|mews|mills?|mission|motorway|mount|mountains?|neck|orchard|oval|overpass|parks?|"
    r"parkways?|pkwy|pass|passage|path|pike|pines?|place|pl|plains?|plaza|points?|ports?|"
    r"prairie|radial|ramp|ranch|rapids?|rest|ridges?|river|roads?|rd|route|row|rue|run|"
    r"shoals?|shores?|skyway|springs?|spurs?|squares?|sq|station|stravenue|stream|streets?|st|"
    r"summit|terrace|throughway|trace|track|trafficway|trail|trailer|tunnel|turnpike|"
    r"underpass|unions?|valleys?|viaduct|views?|villages?|ville|vista|walks?|wall|ways?|"
    r"wells?|close|broadway)"
)


_UNIT = r"(?:,?\s*(?:apt|apartment|suite|ste|unit|flat|floor|fl|#)\.?\s*[A-Za-z0-9\-]+)?"


# Words that say an address follows, for addresses written in lower case.
_ADDRESS_CUE = r"(?:live|living|lives|address|ship|shipped|deliver|delivered|send|sent|mail|went|located|moved|stay|staying|at|to)\b[^.\n\d]{0,20}?"


_CITY_STATE_ZIP = (
    r"(?:,\s*[A-Z][A-Za-z\-']+(?:\s[A-Z][A-Za-z\-']+){0,2})?"  # , Springfield
    r"(?:,?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"  # , IL 62704
    r"(?:,?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?"  # , SW1A 1AA
)


# Street types written before the name, with their usual abbreviations: French, Spanish,
# Italian, Portuguese, Polish (and the German "Am/An der" forms).
_STREET_TYPE = (
    r"rue|r\.|avenue|av\.?|bd|boulevard|bvd|chemin|ch\.|allée|impasse|imp\.|place|quai|cours|"
    r"route|rte|passage|square|voie|sentier|résidence|lotissement|hameau|faubourg|fg|montée|"
    r"rond-point|parvis|promenade|esplanade|cité|"
    r"calle|c/|c\.|cl\.|avenida|avda\.?|plaza|pza\.?|paseo|pº|p\.º|camino|carretera|ctra\.?|"
    r"ronda|travesía|glorieta|rambla|urbanización|urb\.|cañada|callejón|pasaje|vía|alameda|"
    r"acceso|cuesta|pasadizo|vial|bulevar|circuito|calzada|cerrada|privada|prolongación|"
    r"andador|periférico|diagonal|retorno|ampliación|continuación|corredor|peatonal|"
    r"viaducto|circunvalación|"
    r"via|v\.|viale|v\.le|piazza|p\.za|p\.zza|piazzale|corso|c\.so|borgo|vicolo|vico|largo|"
    r"strada|contrada|c\.da|località|loc\.|lungomare|rotonda|stretto|salita|traversa|"
    r"incrocio|canale|galleria|fondamenta|"
    r"rua|travessa|tv\.|trav\.|praça|pç\.|lg\.|estrada|rodovia|beco|ladeira|sítio|vila|quinta|"
    r"lago|lagoa|morro|trecho|setor|conjunto|núcleo|parque|vereda|viela|chácara|fazenda|"
    r"quadra|jardim|residencial|condomínio|loteamento|recanto|pátio|praia|vale|trevo|"
    r"viaduto|rotunda|calçada|caminho|estação|esplanada|distrito|colônia|passarela|campo|"
    # Brazil names streets after an airport, a favela or an area too: "Aeroporto Barros, 20".
    r"aeroporto|favela|área|"
    r"ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|rondo|skwer|bulwar|"
    r"am|an der|an den|auf der|auf dem|im|in der|zum|zur|"
    r"οδός|οδ\.|λεωφόρος|λεωφ\.|λ\.|πλατεία|πλ\."
)


# Compound street names (German, Dutch, Scandinavian, Finnish): "Röhrichtweg", "Fennelaan",
# "Sammerstr.", "Mannerheimintie".
_STREET_COMPOUND = (
    r"straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|markt|pfad|steig|"
    r"stieg|garten|kamp|twiete|brücke|wall|graben|zeile|promenade|kai|höhe|aue|anger|winkel|"
    r"siedlung|"
    r"straat|laan|plein|gracht|kade|singel|dreef|hof|pad|steeg|plantsoen|dijk|baan|markt|"
    r"boulevard|"
    r"veld|erf|hoven|lei|dam|burg|weide|akker|haven|poort|brug|kanaal|vaart|hout|dal|horst|"
    r"donk|oord|park|berg|heuvel|kamp|hoeve|"
    r"gatan|gata|vägen|veien|vej|gade|katu|tie"
)


_PARTICLE = (
    r"de|del|de la|de las|de los|des|du|da|das|do|dos|della|delle|dei|degli|di|le|la|les|"
    r"los|las|el|al|van|von|der|den|het|am|im|an|zum|zur|sur|sous|e|y|i|na|nad|pod|'t|d'|l'"
)


# A word of a street's name: capitalised, in Latin or Greek script ("Κασνέτη 290"). Bounded,
# and the rules that start with one refuse to start inside a word (_NOT_IN_WORD): otherwise on
# "A-A-A-…" every start rescanned to the end of the word, quadratic on a long message.
# No dash before a digit inside: "zur Rechnung A-385459" is an invoice's number.
_WORD = rf"(?:\d{{1,2}}[º°ª]?\s+(?:de\s+)?)?[{_UPPER}Ά-ΏΑ-Ω](?:[\w'’]|-(?!\d)){{0,40}}\.?"


# Street types that only streets start with, capitalised, and French ones in lower case as
# French writes them (not "Parque", "Praia", "Plaza", the names of parks, beaches and malls;
# not "chemin": "en chemin de …" is on the way).
_NAMED_STREET_TYPE = (
    r"Rua|Avenida|Av\.|Travessa|Estrada|Vereda|Alameda|Ladeira|Calle|Avda\.|Paseo|Camino|"
    r"Carretera|Via|Viale|Vicolo|Rue|Boulevard|Allée|Impasse|Chemin|Ulica|ul\.|Aleja|al\.|"
    # "j'ai déménagé au rue de Maire".
    r"rue|boulevard|allée|impasse"
)


_STREET_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:em|na|no|en|in|au|przy|w)[ \t]+"
    # The Portuguese toll service, Canada's railway, a mall, the Milky Way.
    r"(?!(?i:via verde|via rail|via láctea|via lactea|boulevard shopping|via crucis)(?!\w))"
    rf"((?:{_NAMED_STREET_TYPE})(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{1,3}})"
)


# An opening quotation mark is no word: "schreibt man 'Eugsterstrasse 60' so?" (not "d'Italia").
_NOT_IN_WORD = r"(?<![\w\-])(?<!\w['’])"


# What a number counts, right after it: hours, days, nights, people, kilometres, times.
_COUNT_AFTER = re.compile(
    r"(?i)[ \t]*(?:hours?|hrs?|horas?|heures?|stunden?|uur|ore|godzin\w*|minut\w*|days?|dias?|"
    r"días?|jours?|tage?n?|dagen|giorni|dni|nights?|noches?|noites?|nuits?|nächte|nachten|"
    r"notti|weeks?|semanas?|semaines?|wochen|weken|settimane|tygodni\w*|months?|meses|mois|"
    r"monate|maanden|mesi|years?|anos|años|ans|jahre|jaar|anni|lat|km|people|personas?|"
    r"pessoas?|personnes?|personen|persone|osób|osoby|times|vezes|veces|fois|keer|volte|razy)"
    # Not a date: "Núcleo de Aragão, 7 dia 1".
    r"(?![\w'’])(?![ \t]*\d)"
)


_FLAT_BEFORE = re.compile(
    rf"(?i){_NOT_IN_WORD}(?:flat|studio|apartment|apt|unit|suite)\.?[ \t]+"
    r"(?:\d{1,3}[a-z]?,?[ \t]*\n?[ \t]*)?$"
)


_HOUSE_NUMBER = (
    r"(?:n[º°o]\.?\s*|nr\.?\s*|núm\.?\s*|n\.\s*)?\d{1,5}(?:\s?[a-zA-Z](?![\w]))?"
    r"(?:\s?[\-/]\s?\d{1,5}[a-zA-Z]?)?|[sS]/[nN](?!\w)"
)


_UNIT_PART = (
    r"(?i:,?\s*(?:piano|scala|sc\.|int\.|interno|appartamento|apt\.?|apartamento|apto\.?|piso|"
    r"planta|puerta|pta\.?|esc\.?|escalera|m\.|lok\.|mieszkanie|bus|boîte|bte|étage|bât\.?|"
    r"bâtiment|edif\.?|depto\.?|dpto\.?|interior|stock|whg\.?|wohnung|top|tür|stiege|andar|"
    r"sala|bloco|casa|lote|flat|unit|suite|ste\.?|#)\s*[A-Za-z0-9\-]{1,4}\b"
    r"|,?\s*\d{1,2}\s?[º°ª]\s?(?:[A-Za-z](?!\w)|(?:izq|izda|dcha|dcho|esq|dto|frente)\.?)?"
    r"|,?\s*(?:r/c|bajo|izq\.?|izda\.?|dcha\.?|dcho\.?|esq\.?|dto\.?|frente))"
)


# Street types written in lower case after the name: Hungarian, Estonian, Latvian,
# Lithuanian, Slovene and Croatian, Czech, Scandinavian, Finnish, Turkish ("Bécsi utca 53",
# "Luite tee 87", "Tompa u. 49").
_LOWER_STREET_TYPE = (
    r"utca|u\.|út|tér|körút|krt\.|rakpart|sétány|köz|tee|maantee|puiestee|iela|gatvė|gatve|"
    r"pr\.|cesta|ulica|trg|ulice|náměstí|nám\.|třída|nábřeží|vej|gade|gata|gatan|vägen|veien|"
    r"katu|sokak|sokağı|caddesi|cad\.|sk\."
)


_ON_CUE = re.compile(r"(?i)\bon\W*$")


_YEAR_START = re.compile(r"(?:19|20)\d\d(?!\d)")


_PLACE_CUE = re.compile(r"(?i)\b(?:is at|is on|(?:live|lives|lived|living) in)\W*$")


_VENUE = re.compile(
    r"(?i)\b(?:terminal|deck|pier|platform|junction|aisle|etage|gate|level|floor|room|stand|"
    r"booth|hall|wework|westfield|mall|centre|center|disneyland|km|miles?|minutes?)\b"
)

# A room, a gate or a platform and its number alone: "Interview moved to Room 3B".
_VENUE_ONLY = re.compile(rf"{_VENUE.pattern}[ \t]+[\w\-]{{1,6}}")


# An address has a house number and another number (a postcode, a flat) or a street word:
# "5625 Dunajska 97", "Brisas 2117" after "on" (not "3 Different Countries").
_TWO_NUMBERS_OR_TYPE = re.compile(
    rf"\d[^\d\n]*\d|(?i:\b(?:{_STREET_SUFFIX}|{_STREET_TYPE})\b)|[{_UPPER}][\w'’\-]+[ \t]+\d"
)


_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")


# Rules whose street need only have a name that is not a common word ("Office 365 Suite 2").
_UNTYPED_STREET = "street name and number above a postcode and town"
_NAMED_RULES = {
    _UNTYPED_STREET,
    "street name and number, then the word street",
    "street line above a town line and a postcode",
    "street name, number, then a flat or suite",
    "flat or suite, then street name and number",
    "named street after a preposition",
}


_NAMED_NUMBER = re.compile(rf"[{_UPPER}][\w'’\-]*\.?,?[ \t]+\d|\d[a-z]?[ \t]+[{_UPPER}]")


_FLAT_WORDS = {
    "apt", "apartment", "suite", "ste", "unit", "flat", "app", "appartement", "wohnung", "whg",
    "piso", "interno", "int", "mieszkanie", "m", "lok", "apto",
}  # fmt: skip


# Words that end like a compound street name but are things: "Notepad 8", "iPad 2".
_NOT_STREETS = {
    "notepad", "keypad", "touchpad", "trackpad", "launchpad", "wordpad", "numpad", "gamepad",
    "scratchpad", "ipad", "bootcamp", "homestead", "firmware",
    # Places that are not a street's: "Stellplatz 38 ist belegt", "Parkplatz 12".
    "stellplatz", "parkplatz", "abstellplatz", "tiefgaragenstellplatz", "arbeitsplatz",
    "sitzplatz", "spielplatz", "liegeplatz", "campingplatz", "studienplatz", "kitaplatz",
    "ausbildungsplatz", "parkeerplaats", "standplaats", "werkplek",
}  # fmt: skip


# An HTTP status, whose "Gateway" ends like a street: "502 Bad Gateway", "504 Gateway Timeout".
_HTTP_GATEWAY = re.compile(r"(?i)[45]0\d[ \t]+(?:bad[ \t]+)?gateway(?!\w)")


# Platforms and lockers, wherever they stand in the match: "Bussteig 6", "in der Packstation
# 112".
_PLATFORMS = {
    "bussteig", "bahnsteig", "flugsteig", "packstation", "ladestation", "paketstation",
}  # fmt: skip


# Postal codes of the countries served, then the town: "10115 Berlin", "02-690 Piotrków",
# "6366-258 Santiago do Cacém", "8851 QG\nDiepenveen", "63812, Montegranaro (FM)".
_POSTAL_TOWN = (
    r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z]{1,2}-)?"
    r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5}|\d{3}\s\d{2})"
    r"[ \t]*,?[ \t]*\n?[ \t]*[A-ZÀ-ÖØ-Þ][\w\-'’]+"
    r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w\-'’]+|de|do|da|dos|am|an|der|sur|sous|del|di|la|le|en|im|bei))"
    r"{0,3}(?:[ \t]*\([A-Z]{2}\))?)?"
)


# A postcode and its town on the line below a street: "Hvězdonická 9\n288 92 Bystré",
# "Vereda Lavínia Costela\nParaíso\n92978121 Lopes de Nogueira / MS".
_POSTCODE_TOWN_LINE = (
    # Not a year and what happened in it ("Version 2\n2025 Release Notes").
    r"[ \t]*\n[ \t]*(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d[ \t])"
    r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{8}|\d{4}\s?[A-Z]{2}|\d{4,5}|\d{3}\s\d{2})"
    rf"[ \t]*,?[ \t]+[{_UPPER}][\w\-'’]+"
    rf"(?:[ \t]+(?:[{_UPPER}][\w\-'’]+|de|do|da|dos|am|an|der|sur|sous|del|di|la|le|en|im|bei))"
    r"{0,3}(?:[ \t]*(?:/[ \t]*[A-Z]{2}|\([A-Z]{2}\)))?(?![\w\-'’])"
)

# Words that say an address follows, in the languages Assay expects.
_ADDRESS_CUES = (
    r"live at|living at|lives at|lived at|live on|lives on|living on|lived on|address is|"
    r"address:|address\? it is|address\? it's|my address|new address|ship to|"
    r"ship it to|deliver to|deliver it to|send it to|send them to|send the \w+ to|mail it to|"
    r"shipping address|billing address|delivery address|postal address|home address|"
    r"moved to|located at|residing at|resides at|reside at|"
    # A number-led address after "lived in" ("I once lived in 77119 Pod Strání 10"), a place
    # that "is at" or "is on" one ("The bus station is on Brisas 2117").
    r"(?:live|lives|lived|living) in(?=[ \t]+\d)|"
    r"(?:restaurant|station|office|shop|store|hotel|clinic|pharmacy|bakery|salon|studio|"
    r"warehouse|branch|depot|school|café|cafe|bar|pub|gym) is (?:at|on)|"
    r"wohne in der|wohne in|wohne am|wohne an der|wohne|wohnen|adresse|anschrift|lieferadresse|"
    r"rechnungsanschrift|rechnungsadresse|liefern an|schicken an|senden an|umgezogen:|"
    r"j'habite au|j'habite à|j'habite|habite au|habite à|adresse est|livrez à|livrer à|"
    r"envoyez-le à|envoyez à|expédiez à|domicilié au|domicilié à|"
    r"vivo en|dirección es|dirección|envíenlo a|enviar a|entregar en|domicilio|mándenlo a|"
    r"abito in|abito a|indirizzo è|indirizzo|spedite a|spedire a|consegnare a|mandatelo a|"
    r"residente in|"
    r"woon op|woon aan|woon in|adres is|adres|leveren op|afleveradres|factuuradres|"
    r"stuur het naar|bezorgen op|"
    r"mieszkam przy|mieszkam na|mieszkam w|adres to|adresem|wysłać na adres|wysłać na|wyślijcie na|"
    r"dostawa na|"
    r"moro na|moro no|moro em|morada é|morada|endereço é|endereço|enviem para|entregar em|"
    r"mandem para|residente em|mudámos de casa:|mudamos para"
)


_CLOSING_LINE = re.compile(
    r"(?i)^\s*(?:thanks|thank|cheers|regards|best|danke|viele|mit freundlichen|gruß|grüße|"
    r"merci|cordialement|bien|gracias|saludos|un saludo|atentamente|grazie|saluti|cordiali|"
    r"distinti|bedankt|dank|groet|met vriendelijke|dzięki|dziękuję|pozdrawiam|z poważaniem|"
    r"obrigad|cumprimentos|atenciosamente|tel|phone|mobile|email|e-mail|fax|handy|tél|móvil|"
    r"cell|whatsapp)\b"
)


# End of the clause: ?, !, a full stop that ends a sentence (not "str." or "Av."), or a comma
# before a lower-case word that does not continue a street name.
_CLAUSE_END = re.compile(
    r"[!?;]|(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.(?=\s|$)|,\s+(?=(?!(?:"
    + _PARTICLE
    + r")\b)[a-zà-ÿ]{2,}\b(?!\s*\d))|\s+(?:but|aber|mais|pero|ma|maar|ale|mas|and|und|et|y|e|en|i|oder|or|ou|o|of|lub)\s+(?=[a-zà-ÿ])"
)


# Words that end a request after the address: "ship to 10 Downing Street please".
_CLAUSE_TAIL = re.compile(
    r"(?i)(?:[\s,]+(?:please|pls|asap|thanks|thx|bitte|danke|s'il vous plaît|svp|merci|"
    r"por favor|gracias|per favore|grazie|alstublieft|aub|a\.u\.b\.|graag|proszę|dzięki|"
    r"obrigad[oa]|instead|not the old place|nicht|pas|no|non|niet|nie|não))+[\s.!]*$"
)


# The German street types that are a preposition and an article.
_NOT_GERMAN_ARTICLE = r"(?!(?i:am|an der|an den|auf der|auf dem|im|in der|zum|zur)(?!\w))"


# A street type, then a capitalised name: an address after an address word even without a
# house number ("j'habite rue Gilbert Babey", "moro na Rua Augusta"), not "the street".
_DECIMAL_BEFORE = re.compile(r"\d[.,:]$")
# Nor a price's whole part: "het appartementtype Spuiplein 807,59 € per nacht".
_PRICE_AFTER = re.compile(
    r"(?i)(?:[.,]\d{1,2})?[ \t]*(?:€|£|\$|zł|eur\b|euros?\b|usd\b|pln\b|chf\b|gbp\b)"
)


_NAMED_STREET = re.compile(rf"(?i:{_STREET_TYPE})[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[{_UPPER}]")


# The same street without a house number, as far as its name goes: its capitalised words and
# the particles between them ("Plaza Mayor" of "vivo en Plaza Mayor desde hace años"). Not the
# German "am", "im", "zum" … alone: "ich wohne im Allgäu" is a region.
_NAMED_STREET_SPAN = re.compile(
    _NOT_GERMAN_ARTICLE + rf"(?P<type>(?i:{_STREET_TYPE}))"
    rf"(?:[ \t]{{1,3}}(?:(?i:{_PARTICLE})(?!\w)|[{_UPPER}][\w'’\-]{{0,40}}\.?))+"
)


_TRAILING_PARTICLES = re.compile(rf"(?:[ \t]+(?i:{_PARTICLE}))+$")


# English street types, whose number-less name before a noun is a business's ("ship to Route
# One Logistics warehouse").
_ENGLISH_STREET_TYPES = {
    "route", "road", "street", "avenue", "lane", "drive", "way", "court", "place", "square",
    "boulevard", "highway", "terrace", "close", "crescent", "park", "parkway",
}  # fmt: skip


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’\-]*)")


_STREET_AFTER_CUE = re.compile(
    rf"(?i:(?<![\w])(?:{_ADDRESS_CUES}))\s*(?::[ \t]*)?"
    rf"(?i:{_STREET_TYPE})[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{0,2}}[{_UPPER}]"
)


# A weekday or a month, then what makes it a date or a time, not a street's name.
_WHEN = re.compile(r"([^\W\d_]+)[ \t]+(?:at|um|à|a las|alle|om|o|às|\d)", re.IGNORECASE)


# A time of day and nothing else: "the flight got moved to 14:30", "verschoben auf 9.15 Uhr".
_TIME_ONLY = re.compile(r"(?i)[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*(?:am|pm|h|uhr))?[ \t.,!?]*")


_NAMED_COMPOUND = re.compile(rf"[{_UPPER}][{_LOWER}ß'’]{{2,40}}(?i:{_STREET_COMPOUND})")
# The endings only streets have ("-straße", "-laan"); the others end common nouns too:
# "Antwoord", "Kerstmarkt", "Kindergarten", "Sportpark", "Zomerkamp", and Dutch nouns made
# of verbs end like a ring road or a Finnish road: "Levering", "Reservering", "Referentie".
_STREET_ONLY_ENDING = re.compile(
    r"(?i)(?:straße|strasse|str\.|weg|gasse|allee|straat|laan|gracht|kade|singel|dreef|steeg|"
    r"plantsoen|dijk|boulevard|gatan|gata|vägen|veien|vej|gade|katu)$"
)


class StreetAddressRecognizer(RegexGroupRecognizer):
    """Street addresses as the countries served write them, with flat, floor, postcode and town.

    House number after the street ("Hauptstraße 5", "Via Roma, 12", "ul. Długa 68/54") or
    before it ("12 rue de la Paix", "742 Evergreen Terrace"), compound names ("Fennelaan 5"),
    blocks over several lines, and after an address word ("ship to", "meine neue Adresse ist",
    "j'habite", "mieszkam przy") the whole address up to the end of the clause.
    """

    entity = "STREET_ADDRESS"
    rules = (
        Rule(
            "number Street Name suffix",
            _rx(
                rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:[A-Z][A-Za-z'\.\-]*\s+){{1,4}}(?i:{_STREET_SUFFIX})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?i:{_UNIT}){_CITY_STATE_ZIP}"
            ),
            0.8,
        ),
        Rule(
            "flat line, then Street Name suffix",
            _rx(
                rf"(?im)^[ \t]*(?:flat|studio|apartment|apt\.?|unit)\s+\d+[a-z]?[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z][A-Za-z'\-]*\s+){{1,3}}{_STREET_SUFFIX}\b(?:[ \t]*\n[ \t]*[A-Z][\w \-']{{2,40}})?(?:[ \t]*\n[ \t]*[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}})?"
            ),
            0.8,
        ),
        Rule(
            "lower-case address after an address word",
            _rx(
                rf"(?i:{_ADDRESS_CUE})(\b\d{{1,6}}[A-Za-z]?\s+(?:[A-Za-z][A-Za-z'\.\-]*\s+){{1,4}}(?i:{_STREET_SUFFIX})\b\.?(?i:{_UNIT}))"
            ),
            0.7,
            group=1,
        ),
        Rule(
            # "deixou em Vereda Pastor", "recolham em Estrada Gonçalves", "vivo en Calle
            # Mayor": a capitalised street type and name after a locative preposition.
            "named street after a preposition",
            _STREET_AFTER_PREPOSITION,
            0.6,
            group=1,
        ),
        Rule(
            "street type, name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?i:{_STREET_TYPE})(?:\s+(?i:{_PARTICLE}))?(?:\s+(?:(?i:{_PARTICLE})\s+)?{_WORD}){{1,5}}"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "compound street name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?:[A-ZÀ-ÖØ-Þ][\w']{{0,40}}(?:-[A-ZÀ-ÖØ-Þ][\w']{{0,40}}){{0,3}}-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’]{{2,40}}(?i:{_STREET_COMPOUND})"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "hyphenated compound street name, number",
            _rx(
                rf"{_NOT_IN_WORD}(?:[A-ZÀ-ÖØ-Þ][\w'’]{{0,40}}-){{1,4}}(?i:{_STREET_COMPOUND}|straße|strasse|platz|weg|ring|gasse|allee)"
                rf"\s*,?\s*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "number, street type name (french/spanish order)",
            _rx(
                # Not the German "am", "zum" …, whose streets put the number last: "Packstation
                # 112 am Bahnhof".
                rf"\b\d{{1,5}}(?:\s?(?:bis|ter|[a-z]))?,?\s+{_NOT_GERMAN_ARTICLE}(?i:{_STREET_TYPE})(?:\s+(?i:{_PARTICLE}))?(?:\s+(?:(?i:{_PARTICLE})\s+)?{_WORD}){{1,4}}{_POSTAL_TOWN}"
            ),
            0.8,
        ),
        Rule(
            "address after an address word, to the end of the clause",
            _rx(
                # A whole cue: "wohne" is not the start of "wohnen Zur Mühle 5".
                rf"(?i)(?<![\w])(?:{_ADDRESS_CUES})(?:(?<=[:?])|(?!\w))"
                r"\s*(?:is|ist|est|es|è|is|to|é|:)?[ \t]*:?[ \t]*"
                r"((?:\n[ \t]*)?[^\s,.;!?][^\n]{2,100}(?:\n[ \t]*[^\n]{2,60}){0,3})"
            ),
            0.7,
            group=1,
        ),
        Rule("uk postcode", _rx(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"), 0.6),
        Rule("po box", _rx(r"(?i)\bP\.?\s?O\.?\s+Box\s+\d+\b"), 0.7),
        Rule(
            "US military mail",
            _rx(
                r"\b(?:(?:PSC|CMR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}|"
                r"(?:USS|USNS|USNV|USCGC)\s+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})"
                r"[ \t]*,?[ \t]*\n?[ \t]*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
            ),
            0.8,
        ),
        Rule(
            "street name, lower-case street type, number",
            _rx(
                rf"{_NOT_IN_WORD}{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+(?:{_LOWER_STREET_TYPE})"
                rf"[ \t]*,?[ \t]*(?:{_HOUSE_NUMBER})(?![\d\w/]){_UNIT_PART}{{0,3}}{_POSTAL_TOWN}"
            ),
            0.75,
        ),
        Rule(
            "street name, number, then a flat or suite",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])[ \t]*,?[ \t]*\n?[ \t]*"
                r"(?i:apt|apartment|suite|ste|unit|flat|app|appartement|wohnung|whg|piso|"
                r"interno|int|mieszkanie|m|lok|apto)\.?[ \t]*\d{1,5}[a-zA-Z]?\b"
            ),
            0.75,
        ),
        Rule(
            "street name and number, then the word street",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?[ \t]+(?i:street|st\.|road|rd\.|avenue|ave\.|lane)(?!\w)"
            ),
            0.7,
        ),
        Rule(
            "street line above a town line and a postcode",
            _rx(
                rf"{_NOT_IN_WORD}(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])"
                # The town's line, maybe a region's, then a postcode; or town and postcode.
                r"(?=[ \t]*,?[ \t]*\n[ \t]*[^\W\d_][^\n\d]{1,40}"
                r"(?:(?:\n[^\n\d]{0,40})?\n[^\n\d]{0,40})?\d{4,5}(?!\d))"
            ),
            0.7,
        ),
        Rule(
            # Streets written without a type, as in Czech or Slovak, above a postcode line.
            _UNTYPED_STREET,
            _rx(
                rf"{_NOT_IN_WORD}{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                rf"[ \t]+\d{{1,5}}[a-zA-Z]?(?:/\d{{1,4}})?(?![\w/])[ \t]*,?{_POSTCODE_TOWN_LINE}"
            ),
            0.7,
        ),
        Rule(
            # A street type's line, a district's line or two, then the postcode and town.
            "street type line above a postcode and town",
            _rx(
                rf"(?m)^[ \t]*(?i:{_STREET_TYPE})(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{1,5}}"
                r"(?:[ \t]*,?[ \t]*\d{1,5}[a-zA-Z]?)?(?:[ \t]*\n[ \t]*[^\W\d_][^\n\d]{1,40}){0,2}"
                rf"{_POSTCODE_TOWN_LINE}"
            ),
            0.7,
        ),
        Rule(
            "flat or suite, then street name and number",
            _rx(
                rf"{_NOT_IN_WORD}(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]*\d{{1,5}}[a-zA-Z]?,?[ \t]+"
                rf"(?:\d{{1,6}}[ \t]+)?{_WORD}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?{_WORD}){{0,3}}"
                r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w/])"
            ),
            0.75,
        ),
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        # Every rule needs a digit (a house number, a postcode, a box), "s/n" (sin número) or
        # an address word before a street ("j'habite rue Gilbert Babey").
        if (
            "s/n" not in text
            and "S/N" not in text
            and not _DIGIT.search(text)
            and not _STREET_AFTER_CUE.search(text)
            and not _STREET_AFTER_PREPOSITION.search(text)
        ):
            return results
        for rule in self.rules:
            for match in self._matches(rule, text):
                start, end = match.span(rule.group)
                if rule.name.startswith("address after"):
                    span = self._clause(text, start, end)
                    if span is None:
                        continue
                    # A day and a time: "Meeting moved to Thursday at 7h30, room 4B".
                    when = _WHEN.match(text, span[0])
                    if (
                        (when and when.group(1).casefold() in calendar_words())
                        or _TIME_ONLY.fullmatch(text, *span)
                        or _VENUE_ONLY.fullmatch(text, *span)
                    ):
                        continue
                    # "lives on a budget of 500", "live on 2 hours of sleep": after "on" a
                    # capitalised name stands next to a number ("the north side of Turjaška 46").
                    if _ON_CUE.search(text, match.start(), start) and not _NAMED_NUMBER.search(
                        text, *span
                    ):
                        continue
                    # After "is at", "is on" and "lived in" the name must be no common word
                    # nor a place in a building ("the office is on Level 3", "The restaurant is
                    # at Terminal 5", "I lived in 3 Different Countries").
                    if _PLACE_CUE.search(text, match.start(), start) and not (
                        _NAMED_NUMBER.search(text, *span)
                        and self._named(text[span[0] : span[1]])
                        and not _VENUE.search(text, *span)
                        and _TWO_NUMBERS_OR_TYPE.search(text, *span)
                        and not _YEAR_START.match(text, span[0])
                    ):
                        continue
                    start, end = span
                elif rule.name in _NAMED_RULES:
                    if not self._named(match.group()):
                        continue
                    # A street without a type has a name no language uses much ("Step 3\n1200
                    # Results found" is none).
                    if rule.name == _UNTYPED_STREET and all(
                        is_common(word.casefold(), 3.0)
                        for word in _WORD_TOKEN.findall(match.group().split("\n", 1)[0])
                    ):
                        continue
                elif not self._plausible(match.group(rule.group)):
                    continue
                # The cents of a price are no house number: "€700.14, an der Kasse"; nor is a
                # count of hours, days or people: "à estação de Faro, 2 horas de atraso".
                if _DECIMAL_BEFORE.search(text, max(0, start - 8), start) or (
                    text[end - 1 : end].isdigit()
                    and (_COUNT_AFTER.match(text, end) or _PRICE_AFTER.match(text, end))
                ):
                    continue
                # "Studio 8\nSteven Freeway", "Flat 3, 12 Baker Street": the flat goes with it.
                flat = _FLAT_BEFORE.search(text, max(0, start - 16), start)
                if flat:
                    start = flat.start()
                if start < end:
                    results.append(RecognizerResult(self.entity, start, end, rule.score))
        return results

    @staticmethod
    def _matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
        """The rule's matches; after an address word, each search starts right after the last
        address word, not after the text its match ran on to, as the clause is cut later ("I
        lived in 7 Pod Strání 10. I now live in 81213 Casa Posrclas 15")."""
        if not rule.name.startswith("address after"):
            yield from rule.pattern.finditer(text)
            return
        match = rule.pattern.search(text)
        while match:
            yield match
            match = rule.pattern.search(text, match.start(rule.group))

    @staticmethod
    def _named(value: str) -> bool:
        """Whether the street has a name that is not a common word: "Office 365 Suite 2",
        "Windows 10 street view" have none."""
        return any(
            w.casefold() not in COMMON_WORDS and w.casefold() not in _FLAT_WORDS
            for w in _WORD_TOKEN.findall(value)
        )

    @staticmethod
    def _plausible(value: str) -> bool:
        # "Version 2", "Tarif S und M": a street type word then a number is not enough when the
        # "name" is a common word and nothing else (postcode, unit) follows. A house number
        # first is shape enough: "12 Baker Street" (whose last word is a common one).
        if value[:1].isdigit():
            return not _HTTP_GATEWAY.match(value)
        words = _WORD_TOKEN.findall(value)
        if words and words[0].casefold() in _NOT_STREETS:
            return False
        if any(w.casefold() in _PLATFORMS for w in words[:3]):
            return False
        # A street type inside a compound carries the name: "Götzstraße 116, 1388 Rust".
        # Not a common noun with another ending, alone with its number or year: "Antwoord 3",
        # "Kerstmarkt 2025" (a postcode, a town or a flat after it make it a street).
        if words and _NAMED_COMPOUND.fullmatch(words[0]):
            return not (
                len(words) == 1
                and not _STREET_ONLY_ENDING.search(words[0])
                and is_common(words[0].casefold(), 3.0)
            )
        # "am 3 Juli 2025": a date, not a street named after one ("Avenida 5 de Mayo 12").
        if _YEAR_END.search(value) and all(
            w.casefold() in calendar_words() for w in words[1:] if w[:1].isupper()
        ):
            return False
        return any(w.casefold() not in COMMON_WORDS for w in words[1:] or words)

    @staticmethod
    def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
        """The address after a cue: up to the end of its clause, or its lines in a block."""
        value = text[start:end]
        lines = value.split("\n")
        if value.startswith("\n") or not lines[0].strip():
            # A block: the lines that follow, up to a blank or closing line.
            kept = []
            for line in lines[1:] if not lines[0].strip() else lines:
                if not line.strip() or _CLOSING_LINE.match(line) or len(line) > 60:
                    break
                kept.append(line)
            if not kept:
                return None
            offset = start + value.index(kept[0])
            block = "\n".join(kept)
            if not _DIGIT.search(block):
                return None
            return offset, offset + len(block.rstrip(" ,."))
        first = lines[0]
        cut = _CLAUSE_END.search(first)
        clause = first[: cut.start()] if cut else first
        clause = _CLAUSE_TAIL.sub("", clause).rstrip(" ,.:-")
        if _DIGIT.search(clause):
            return (start, start + len(clause)) if len(clause) >= 5 else None
        # A named street without a number ("s/n" ones are found with the street type alone):
        # only its name, not the rest of the clause.
        named = _NAMED_STREET_SPAN.match(clause)
        if not named or "s/n" in clause.casefold():
            return None
        name = _TRAILING_PARTICLES.sub("", named.group())
        following = _NEXT_WORD.match(clause, len(name))
        if (
            following
            and named.group("type").casefold() in _ENGLISH_STREET_TYPES
            and following.group(1).casefold() not in STOP_WORDS
            and _mostly_english(text)
        ):
            return None
        if len(name) < 5 or not _NAMED_STREET.match(name):
            return None
        # A town whose name opens with a street's word: "moro em Vila Nova de Gaia".
        if name.casefold() in place_names():
            return None
        return start, start + len(name)
