"""What looks like a person's name and is not: products, dishes, holidays, saints, places,
storms, landmarks, firms, AI assistants and choices between two things."""

import functools
import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common
from curation.language import _entries, tokens
from curation.recognizers.base import _LAST_WORD, _LOWER, _UPPER
from curation.recognizers.cues import (
    _CAP_TOKEN,
    _CAP_WORD,
    _POSSESSIVE,
    _POSSESSIVE_AFTER,
    _SPOKEN_TO,
    _TITLE_BEFORE,
    _TITLES,
)
from curation.recognizers.lexicon import (
    FIRST_NAMES,
    LAST_NAMES,
    NAME_PARTICLES,
    RAW_LAST_NAMES,
    _bare_name,
    _common,
    _function_words_by_language,
    _is_name_word,
    _mostly_english,
    _written_in,
    airports_named_after_people,
    calendar_words,
    large_cities,
    major_cities,
    place_names,
    world_cities,
)

# Kinds of goods a brand or a model is named after a person in: "botas Pedro del Hierro",
# "la lámpara Carmen", "die Jack Wolfskin jacke", "Dr. Martens boots". A name right
# before or after one of these words is a product's. Only unambiguous goods: no verbs ("set up",
# "pack my order") and no everyday words a person owns or uses ("bag", "watch", "bank", "model").
_PRODUCT_NOUNS = (
    # Trainers, not a trainer: "Trainer Ellie sagt" is the coach.
    r"boots?|shoes?|sneakers?|trainers|jacket|coat|dress|shirt|jeans|trousers|handbag|"
    r"lamp|sofa|couch|armchair|mattress|bottles?|gift set|"
    r"perfume|fragrance|sunglasses|wellies|wellingtons|raincoat|"
    r"jacke|schuhe?|stiefel|mantel|kleid|hemd|hose|tasche|handtasche|lampe|leuchte|sessel|"
    r"stuhl|tisch|bett|matratze|flaschen?|uhr|parfüm|anzug|modell|kollektion|"
    r"chaussures|bottes|baskets|veste|manteau|robe|chemise|pantalon|sac|lampe|canapé|fauteuil|"
    r"chaise|matelas|bouteilles?|coffrets?|montre|parfum|costume|modèle|"
    r"botas|zapatos|zapatillas|chaqueta|abrigo|vestido|camisa|pantalones|bolso|lámpara|sofá|"
    r"sillón|silla|mesa|cama|colchón|botellas?|reloj|perfume|traje|modelo|colección|"
    r"scarpe|stivali|giacca|cappotto|vestito|camicia|pantaloni|borsa|lampada|divano|poltrona|"
    r"sedia|tavolo|letto|materasso|bottiglie|bottiglia|confezione|orologio|profumo|modello|"
    r"schoenen|laarzen|jas|jurk|overhemd|broek|tas|handtas|lamp|fauteuil|stoel|tafel|"
    r"matras|fles|flessen|horloge|parfum|"
    r"buty|kozaki|kurtka|kurtkę|płaszcz|sukienka|sukienkę|koszula|spodnie|torba|torebka|"
    r"torebkę|lampa|lampę|sofa|sofę|kanapa|kanapę|fotel|krzesło|stół|łóżko|materac|butelki|"
    r"butelka|zegarek|perfumy|"
    r"sapatos|sapatilhas|ténis|casaco|vestido|camisa|calças|mala|bolsa|candeeiro|sofá|"
    r"poltrona|cadeira|mesa|cama|colchão|garrafas?|relógio|perfume|fato|modelo|coleção|"
    # Toys and mugs: "de Jip en Janneke puzzel", "the Peppa mug".
    r"puzzel|puzzle|puzzles|speelgoed|spielzeug|jouets?|juguetes?|giocattol[oi]|zabawk[ai]|"
    r"brinquedos?|mok|mug|mugs|tasse|taza|tazza|kubek|caneca"
)


# Goods, plans and colours sold under a name, right before it (not after: "Sarah and John
# plan to …"; "plan" after an article: "help me plan Anna's party"), in the shop's own
# languages: "a sandália Melissa", "la cajonera Alex", "o
# sabonete Granado", "de leche Pascual", "de kast Billy".
_NAMED_GOODS_NOUNS = (
    r"sandálias?|sandalias?|sandalen|chinelos|chanclas|blusa|saia|falda|camiseta|t-shirt|"
    r"bloes|rok|estante|estantes|estantería|estanteria|cajonera|cómoda|comoda|roupeiro|"
    r"armário|armario|guarda-roupa|kast|kasten|ladekast|boekenkast|sabonete|jabón|jabon|zeep|"
    r"creme|crema|crème|batom|pintalabios|labial|lippenstift|champô|champú|shampoo|"
    r"iogurte|yogur|yoghurt|macarrão|macarrao|azeite|aceite|leite|leche|melk|arroz|rijst|"
    r"cerveja|cerveza|bier|vinho|vino|wijn|bombons|bombones|bonbons|pralines|chocolates?|"
    r"chocolade|conjunto|kit|cama|camas|cabeceira|sapatos?|sillón|sillon|comedor|escritorio|"
    r"colchon|vajilla|cafeteira|cafetera|airfryer|leesbril|bril|crucero|cruzeiro|"
    r"módulo|modulo|module|"
    r"kinderbed|sjaal|mascara|máscara|rímel|rimel|base|mascarilla|foundation|serum|sérum|"
    r"cadeauset|tequila|pisco|cachaça|cachaca|licor|licores|ron|rum|whisky|gin|vodka|"
    r"cafe|café|koffie|pudding|pudim|flan|bolo|tarta|"
    # A bank's account or an energy contract sold under a name: "spaarrekening Lisa",
    # "energiecontract Fleur", "la cuenta Clara".
    r"spaarrekening|rekening|energiecontract|contract|contrato|cuenta|conta|"
    # Virtual assistants named like people: "o robô Tomé", "de chatbot Emma".
    r"robô|robo|robot|bot|chatbot|assistente virtual|asistente virtual|"
    # Not German "laut App Marianne" (the app says the courier was Marianne).
    r"(?-i:app|appje)|aplicativo|aplicación|aplicacion|"
    # Playlists, tours and packages: "la playlist Rosalía Hits", "el tour Ruta de Don Quijote".
    r"playlist|ruta|rota|tour|circuito|arrangement|"
    # Plans, cards and templates: "el plan Marco", "la tarjeta Clara", "a linha Rosa".
    r"plano|(?:el|del|al|un|mi|tu|su|le|du|mon|ton|son|het|mijn)[ \t]+plan|tarifa|tarief|pacote|paquete|bundel|abonnement|cartão|cartao|tarjeta|kaart|"
    r"plantilla|template|sjabloon|colecao|coleccion|collectie|linha|línea|linea|lijn|"
    # A colour named like a person: "in de kleur Jasmijn", "na cor Rosa".
    r"kleur|cor|color|colour|farbe|couleur|colore"
)


# Food, drink and what a pharmacy sells, named after people and saints: "pizza Margherita",
# "Caesar salad", "galletas María", "Douwe Egberts koffie", "Marie biscuits". Not "pan" (the
# Polish "Mr"), "ser" (Spanish "to be"), "drop" (a verb).
_FOOD_NOUNS = (
    r"pizza|pasta|tart|cakes?|pies?|sponge|buns?|biscuits?|cookies?|salad|soup|tea|coffee|"
    r"wine|beer|apples?|chocolates?|sauce|sandwich|burger|bread|cheese|juice|gin|rum|whisky|"
    r"vodka|cider|muffins?|scones?|tablets|pills|syrup|cream|fettuccine|spaghetti|risotto|"
    r"lasagne|"
    r"kaffee|tee|wein|bier|kuchen|torte|kekse|keks|brot|brötchen|schokolade|käse|saft|soße|"
    r"salat|suppe|tabletten|tropfen|sirup|salbe|pralinen|bonbons|"
    r"café|thé|vin|bière|gâteau|tarte|pain|chocolat|fromage|jus|salade|soupe|comprimés|"
    r"gouttes|sirop|crème|"
    r"té|vino|cerveza|tarta|pastel|roscón|galletas?|queso|zumo|salsa|ensalada|sopa|"
    r"pastillas|comprimidos|gotas|jarabe|crema|bizcocho|turrón|"
    r"caffè|tè|birra|torta|biscotti|pane|cioccolato|formaggio|succo|insalata|zuppa|compresse|"
    r"gocce|sciroppo|panettone|"
    r"koffie|thee|wijn|taart|koek|koekjes|brood|chocolade|kaas|sap|saus|soep|druppels|siroop|"
    r"hagelslag|"
    r"kawa|kawę|herbata|herbatę|wino|piwo|ciasto|tort|ciastka|cukierki|chleb|czekolada|"
    r"czekoladę|sok|sos|sałatka|zupa|tabletki|krople|syrop|krem|"
    r"chá|vinho|cerveja|bolo|bolacha|bolachas|biscoitos|pão|queijo|sumo|suco|molho|salada|"
    r"xarope|creme|pastéis|caldo|bacalhau|bife|frango|"
    # Desserts named after people: "pêche Melba", "poire Belle-Hélène", "crêpes Suzette".
    r"pêche|poire|crêpes?|coupe|glace|sorbet"
)


_FOOD_AFTER = re.compile(rf"(?i)[ \t]{{1,3}}(?:{_FOOD_NOUNS})(?![\w'’\-])")


_FOOD_WORD = re.compile(rf"(?i)(?:{_FOOD_NOUNS})")


_FOOD_FIRST = re.compile(rf"(?i)(?:{_FOOD_NOUNS})[ \t]+")


# A food word in lower case the name ran on to: "Marie biscuits", "Victoria sponge".
_FOOD_LAST = re.compile(rf"[ \t]+(?:{_FOOD_NOUNS})$")


def _food_not_given(text: str, start: int, end: int) -> bool:
    """A food word after a name that is the rest of the product's name, not what someone was
    given ("I brought Anna tea", "thanks Maria cake arrived"), nor an acronym ("SAP")."""
    food = _FOOD_AFTER.match(text, end)
    return bool(
        food
        and not food.group().strip().isupper()
        and not _GIVEN_BEFORE.search(text, max(0, start - 16), start)
    )


def _food_named_after(text: str, start: int, end: int, words: list[str]) -> bool:
    """Food or drink named after someone or somewhere, in the languages that put the food
    first ("la pizza Margherita", "tarta de Santiago", "caffè Lavazza Qualità Rossa", "teneis
    Tío Pepe o solo vino"); not in English, where "The cake Sarah Miller ordered" is hers, and
    not a first name after "de" ("la torta de Marta" is Marta's)."""
    if _mostly_english(text):
        return False
    before = text[max(0, start - 40) : start]
    if (
        _FOOD_BRAND_BEFORE.search(before)
        or _OR_FOOD_AFTER.match(text, end)
        or _FOOD_IN_A_STYLE_BEFORE.search(before)
    ):
        return True
    if len(words) != 1:
        return False
    if _FOOD_BEFORE.search(before):
        return True
    return bool(_FOOD_OF_BEFORE.search(before)) and (
        words[0] not in FIRST_NAMES or words[0] in place_names()
    )


def _names_food(text: str, result: RecognizerResult) -> bool:
    """Whether a name found is food named after someone: the name with the food in lower case
    after it ("Marie biscuits", "Victoria sponge") or right after it ("granny smith apples")."""
    one_word = " " not in text[result.start : result.end].strip()
    return bool(
        _FOOD_LAST.search(text, result.start, result.end)
        or _FOOD_FIRST.match(text, result.start, result.end)
        or (one_word and _food_not_given(text, result.start, result.end))
        or (one_word and _PRODUCT_AFTER.match(text, result.end))
        or _PAIR_THEN_GOODS.match(text, result.end)
        or _CONTAINER_OF_BEFORE.search(text, max(0, result.start - 24), result.start)
    )


# A brand and a name of the range after a kind of food: "Il caffè Lavazza |Qualità Rossa".
_FOOD_BRAND_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+(?-i:[{_UPPER}])[\w'’\-]*[ \t]+$"
)


# Two names, then goods: "de Jip en Janneke puzzel", "the Ben & Holly toys".
_PAIR_THEN_GOODS = re.compile(
    rf"[ \t]+(?:and|&|en|und|et|y|e|i)[ \t]+[{_UPPER}][\w'’\-]*"
    rf"(?i:[ \t]{{1,3}}(?:{_FOOD_NOUNS}|{_PRODUCT_NOUNS}))(?![\w'’\-])"
)


# A dish of someone or somewhere, in the Romance order: "tarta de Santiago", "roscón de Reyes".
_FOOD_OF_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+(?:de|di|da|do|du|del|della|dos|das)[ \t]+$"
)
# In someone's style, whoever it is: "bacalhau à Gomes de Sá", "bife à Oswaldo Aranha",
# "pollo a la Maryland".
_FOOD_IN_A_STYLE_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+(?:à|à la|a la|alla)[ \t]+$"
)


# A container of a brand, in the Romance order: "una botella de Don Simón", "el pack de
# Estrella Galicia", "uma garrafa de Mateus Rosé".
_CONTAINER_OF_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:botellas?|pack|packs|latas?|cajas?|paquetes?|garrafas?|frascos?|"
    r"tarros?|caixas?|pacotes?|bottiglie|bottiglia|confezioni|confezione|scatol[ae]|lattin[ae]|"
    r"bouteilles?|canettes?|boîtes?|paquets?|packs?)[ \t]+(?:de|di|da|do|du|del|della|d')[ \t]*"
    r"(?:(?:don|doña|dom|dona|t[ií]o|t[ií]a)[ \t]+)?$|"
    # "85 bottles of the Jack Daniel's gift set", "two cans of Dr Pepper".
    r"(?<![\w'’\-])(?:bottles?|cans|crates?|jars?|packets?|packs?|boxes|box|tubes?|bags?|"
    r"cartons?|tins?|loaf|loaves|sachets?|tubs?)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


# The other of two things asked for is food or drink: "teneis Tío Pepe o solo vino de mesa?",
# "tem Mateus Rosé ou só vinho verde?".
_OR_FOOD_AFTER = re.compile(
    r"(?i)[ \t]+(?:or|o|ou|oder|of|czy|lub)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
    rf"(?:{_FOOD_NOUNS})(?![\w'’\-])"
)


# Dutch names the maker, the shop or the brand before the thing with no genitive, in lower
# case, alone or as a compound's end: "een Marshall box", "het Fletcher hotel", "een Jim
# Mobile simkaart", "de Marlies Dekkers kerstcollectie" (someone's is "Annes box" or "de box
# van Anne"). A thing counted in the singular needs an article, so none follows a subject
# ("Heeft Jan koffie gezet?", "kan Piet schoenen kopen?": plurals and what is not counted
# only after an article or "mijn": "mijn Mollie betalingen", "de Billy kasten").
_DUTCH_THING_AFTER = re.compile(
    r"[ \t]+[a-zë]*(?:box|kast|set|hotel|kaart|collectie|abonnement|bundel|app|winkel|"
    r"filiaal|webshop|pakket|tarief|jas|jurk|broek|tas|speaker|koptelefoon|printer|laptop|"
    r"telefoon|router|modem|stofzuiger|matras|stoel|tafel|lamp|fiets|lijn|serie|editie|"
    r"model|versie)(?![\w'’\-])"
)
_DUTCH_THINGS_AFTER = re.compile(
    r"[ \t]+[a-zë]*(?:boxen|kasten|sets|kaarten|betaling|betalingen|pralines|bonbons|"
    r"winkels|producten|sneakers|schoenen|jassen|tassen|stoelen|fietsen|bier|koffie|thee|"
    r"chips|koekjes|chocolade|shampoo|parfum)(?![\w'’\-])"
)
_DUTCH_ARTICLE_OR_MINE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:de|het|een|ne|die|deze|dat|dit|mijn|m'n|je|jouw|uw|onze|ons)[ \t]+$"
)


# "pack" is a verb too ("Tomasz pack my order"): goods only after an article ("do pack …").
# The kind may be two nouns joined by "de" or "pra": "mesas de cabeceira |Leonor|", "cadeira de
# escritório |Joaquim|", "mistura pra bolo |Dona Benta|" (not "a mesa de |Ana|").
_PRODUCT_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:(?:{_PRODUCT_NOUNS}|{_NAMED_GOODS_NOUNS})"
    rf"(?:[ \t]+(?:de|do|da|pra|para|van)[ \t]+(?-i:[{_LOWER}][{_LOWER}\-]{{2,}}))?|"
    r"(?:the|a|an|this|do|da|o|um|le|un|du|el|del|un|il|lo|het|de|das|der|ein|den)[ \t]+pack)"
    r"[ \t]+$"
)


# An article right before a name and goods after it: "die Tom Tailor jacke", "the Jack
# Wolfskin jacket" is a brand.
_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:the|a|an|this|my|die|der|das|den|dem|eine?n?|la|le|les|el|los|las|"
    r"una?|il|lo|gli|het|de|een|o|os|as|um|uma)[ \t]+$"
)


# Not after a possessive: "Pedro Alvarez's bag" is his bag, not a brand. A few blanks only: a
# name then a long run of spaces is not rescanned from every position.
_PRODUCT_AFTER = re.compile(rf"(?i)[ \t]{{1,3}}(?:{_PRODUCT_NOUNS})(?![\w'’\-])")


_FOOD_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_FOOD_NOUNS})[ \t]+$")


# Someone given, sent or thanked for food: "I brought Anna tea", "thanks Maria cake arrived".
_GIVEN_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:brought|bring|gave|give|made|make|baked|bake|send|sent|get|got|buy|"
    r"bought|ordered|order|for|thanks|thank|thx|with|to|para|pour|für|per|voor|dla|a|à|al|ao|"
    r"gebracht|gegeben|gemacht|apporté|donné|traído|dado|portato|dato|gegeven|"
    r"przyniosłem|przyniosłam|dałem|dałam|trouxe|dei)[ \t]+$"
)


# Software named after people, and what it is: "my Jenkins pipeline", "the Kafka consumer".
_SOFTWARE_AFTER = re.compile(
    r"[ \t]{1,3}(?:pipelines?|job|build|servers?|plugins?|clusters?|instances?|containers?|"
    r"dashboards?|api|sdk|cli|config|configuration|integration|workflows?|agent|runner|"
    r"bot|node|consumer|producer|topic|broker|queue|worker|script|module|"
    r"package|library|extension|deployment|endpoint|webhook|template|playbook|operator)"
    r"(?![\w'’\-])"
)


# A saint, and the places and holidays named after one: "St Patrick's Day", "Semana Santa",
# "San Sebastián", "Sankt Martin".
_SAINTS = frozenset(
    {"st", "saint", "sainte", "ste", "san", "santa", "santo", "são", "sao", "sankt", "sint",
     "św", "święty", "święta", "święte", "santi", "santissima"}
)  # fmt: skip


_SAINT_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{'|'.join(sorted(_SAINTS, key=len, reverse=True))})\.?[ \t]+$"
)


# Brands named after people, known wherever they are sold: an honorific and a name ("sind
# Dr. Martens gut für lange Spaziergänge?", "Dr. Oetker Backpulver", "Mr Muscle") or two
# names ("Ben & Jerry's"; "Tom & Sarah's place" is theirs).
_KNOWN_BRANDS = re.compile(
    r"(?i)(?<![\w'’\-])(?:(?:dr|doc)\.?[ \t]*(?:martens\w{0,3}|oetker|pepper|hauschka|"
    r"scholl'?s?)|mr\.?[ \t]*(?:muscle|clean|proper)|m\.[ \t]*propre|"
    r"ben[ \t]*(?:&|and)[ \t]*jerry['’]?s?|marks[ \t]*(?:&|and)[ \t]*spencer|"
    r"dolce[ \t]*(?:&|e)[ \t]*gabbana|procter[ \t]*(?:&|and)[ \t]*gamble|"
    r"johnson[ \t]*(?:&|and)[ \t]*johnson|barnes[ \t]*(?:&|and)[ \t]*noble|"
    r"abercrombie[ \t]*(?:&|and)[ \t]*fitch|tom[ \t]*(?:&|and)[ \t]*jerry|"
    # Shops and fashion houses under a founder's full name: "chez Leroy Merlin", "bij Albert
    # Heijn", "en El Corte Inglés".
    r"leroy[ \t]+merlin|albert[ \t]+heijn|el[ \t]+corte[ \t]+ingl[ée]s|massimo[ \t]+dutti|"
    r"tommy[ \t]+hilfiger|calvin[ \t]+klein|ralph[ \t]+lauren|hugo[ \t]+boss|"
    r"louis[ \t]+vuitton|yves[ \t]+saint[ \t]+laurent|christian[ \t]+dior|giorgio[ \t]+armani|"
    # A car named after a first name: after a determiner or before its model ("my Mercedes",
    # "Mercedes engines", "Mercedes-Benz"; not "Mercedes called me", "Mercedes Sosa").
    r"(?:(?<=\bmy )|(?<=\bthe )|(?<=\bour )|(?<=\bnew )|(?<=\bold )|(?<=\bher )|(?<=\bhis )|"
    r"(?<=\ba ))mercedes|"
    # "une Mercedes Classe A", "een Mercedes A-klasse", "um Mercedes".
    r"(?:(?<=\bun )|(?<=\bune )|(?<=\bum )|(?<=\buma )|(?<=\been )|(?<=\bein )|(?<=\beine )|"
    r"(?<=\bmijn )|(?<=\bmein )|(?<=\bmeine )|(?<=\bma )|(?<=\bmon )|(?<=\bmi )|(?<=\bmio )|"
    r"(?<=\bmeu )|(?<=\bminha ))mercedes|"
    r"mercedes(?=-benz|[ \t]+(?:benz|amg|[a-z]-class|[a-z]-klasse|classe|klasse|clase|sprinter|"
    r"vito|engines?|cars?|vans?|dealers?|garage)\b))"
    r"(?![\w'’])"
)


# The brands, shops and product lines of curation/data/brands.txt: first word -> (words,
# the entry as written with its spaces made single), longest first. Matched on words, then
# on the text as written, so "Jack Jones" is no "Jack & Jones" and "s.Oliver" is one.
def _load_brands() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    brands: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for entry in _entries("brands.txt"):
        words = tokens(entry)
        if words:
            brands.setdefault(words[0], []).append((words, " ".join(entry.casefold().split())))
    return {
        first: tuple(sorted(found, key=lambda brand: len(brand[0]), reverse=True))
        for first, found in brands.items()
    }


_BRANDS = _load_brands()
_WORD = re.compile(r"[^\W_]+")


# Goods and services a shop or a maker's name stands beside: "lave-linge Bosch", "Malm bed",
# "Douglas Gutschein", "wiertarka Bosch", "boormachine van Bosch".
_GOODS_NOUNS = (
    r"washing machine|washer|dryer|fridge|freezer|dishwasher|oven|hob|microwave|kettle|toaster|"
    r"vacuum|hoover|drill|phone|smartphone|laptop|tablet|tv|television|router|printer|"
    r"headphones|earbuds|speaker|coffee machine|bed|wardrobe|bookcase|shelf|shelves|desk|"
    r"drawers?|cabinet|chairs?|tables?|voucher|gift card|order|delivery|account|app|card|"
    r"waschmaschine|trockner|kühlschrank|gefrierschrank|spülmaschine|geschirrspüler|backofen|"
    r"herd|mikrowelle|wasserkocher|staubsauger|bohrmaschine|akkuschrauber|handy|"
    r"fernseher|drucker|kopfhörer|kaffeemaschine|kaffeevollautomat|schrank|kleiderschrank|"
    r"regal|schreibtisch|kommode|stühle|tische|gutschein|bestellung|lieferung|konto|karte|"
    r"kundenkarte|filiale|"
    r"lave-linge|sèche-linge|réfrigérateur|frigo|congélateur|lave-vaisselle|four|"
    r"micro-ondes|bouilloire|grille-pain|aspirateur|perceuse|téléphone|portable|ordinateur|"
    r"télé|imprimante|casque|cafetière|machine à café|lit|armoire|étagère|bureau|commode|"
    r"chaises|tables|bon d'achat|carte cadeau|commande|livraison|compte|carte|magasin|"
    r"lavadora|secadora|frigorífico|nevera|congelador|lavavajillas|horno|microondas|"
    r"hervidor|tostadora|aspiradora|taladro|teléfono|móvil|portátil|televisor|impresora|"
    r"auriculares|cafetera|armario|estantería|escritorio|cómoda|sillas|mesas|vale|"
    r"tarjeta regalo|pedido|entrega|cuenta|tarjeta|tienda|"
    r"lavatrice|asciugatrice|frigorifero|congelatore|lavastoviglie|forno|microonde|"
    r"bollitore|tostapane|aspirapolvere|trapano|telefono|cellulare|portatile|televisore|"
    r"stampante|cuffie|macchina del caffè|armadio|libreria|scaffale|scrivania|cassettiera|"
    r"sedie|tavoli|buono|carta regalo|ordine|consegna|conto|carta|negozio|"
    r"wasmachine|droger|koelkast|vriezer|vaatwasser|magnetron|waterkoker|broodrooster|"
    r"stofzuiger|boormachine|telefoon|mobiel|televisie|koptelefoon|"
    r"koffiezetapparaat|kast|kledingkast|boekenkast|ladekast|stoelen|tafels|bon|"
    r"cadeaubon|cadeaukaart|bestelling|levering|rekening|pas|winkel|kaart|bankkaart|bankpas|"
    r"betaalkaart|debetkaart|kredietkaart|"
    r"pralka|suszarka|lodówka|zamrażarka|zmywarka|piekarnik|mikrofalówka|czajnik|toster|"
    r"odkurzacz|wiertarka|wiertarkę|telefon|telewizor|drukarka|słuchawki|ekspres|"
    r"szafa|szafę|regał|biurko|komoda|krzesła|stoły|karta podarunkowa|zamówienie|dostawa|"
    r"karta|sklep|"
    r"máquina de lavar|máquina de secar|máquina da loiça|"
    r"micro-ondas|chaleira|torradeira|aspirador|berbequim|telemóvel|telefone|"
    r"televisão|impressora|auscultadores|máquina de café|roupeiro|estante|secretária|"
    r"cadeiras|cartão oferta|encomenda|conta|cartão|loja|"
    # Glasses and kitchen machines: "de leesbril van Hans Anders", "airfryer van Philips".
    r"leesbril|bril|zonnebril|airfryer|beleggingen"
)
_GOODS_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_PRODUCT_NOUNS}|{_GOODS_NOUNS})"
    r"(?:[ \t]+(?:van|von|de|di|da|do|du|of|from|der|des|del|della))?[ \t]+$"
)
_GOODS_AFTER = re.compile(rf"(?i)[ \t]{{1,3}}(?:{_PRODUCT_NOUNS}|{_GOODS_NOUNS})(?![\w'’\-])")


# "It is a …" before a make: "het is een |Bosch|", "es una |Balay|", "c'est un |Miele|".
_A_MAKE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:is|it's|it’s|its|is het|es|é|è|c'est|c’est|ist|jest|to)[ \t]+"
    r"(?:een|a|an|un|una|uma|um|une|ein|eine|de|der|die|das)[ \t]+$"
)
_GOODS_EARLIER = re.compile(rf"(?i)(?<![\w'’\-])(?:{_PRODUCT_NOUNS}|{_GOODS_NOUNS})(?![\w'’\-])")


# Where one shops or banks: "bei Douglas", "chez Boulanger", "bij Hema", "w Biedronce".
_SHOP_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:bei|beim|bij|chez|at|w|u|desde el|en el|en la|del|dal|dalla|no|na|"
    r"au|du)[ \t]+$"
)


# An article before a surname: "desde el Santander", "la Fnac", "die Bosch" (not before a
# first name: "der Otto hat angerufen" is how much of Germany speaks of Otto).
_ARTICLE_BEFORE_BRAND = re.compile(
    r"(?i)(?<![\w'’\-])(?:the|el|la|il|lo|le|der|die|das|dem|den|het|de)[ \t]+$"
)
_DUTCH_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’\-])(?:het|de)[ \t]+$")


def known_brand(text: str, start: int, end: int) -> bool:
    """Whether the words at start..end open with a brand, a shop or a product line of
    curation/data/brands.txt, or end one that began just before ("s.|Oliver|"), and the rest
    are no names: "Rossmann Bestellung", "Ryanair", "desde el Santander" (not "Otto Müller").

    A brand whose words are all first names or surnames too ("Bosch", "Tom Tailor") is one
    only beside goods, a shop's preposition or, for a surname, an article ("lave-linge
    Bosch", "bei Douglas"), and never after an honorific ("Frau Braun"; but "pan" is bread
    too before a brand no name list holds: "pan Bimbo")."""
    # The words from a few before the span to the end of its last ("Douwe |Egbert|s").
    around = [
        (m.start(), m.end(), m.group().casefold())
        for m in _WORD.finditer(text, max(0, start - 40), min(len(text), end + 40))
    ]
    words = [w for w in around if w[0] < end]
    first = next((i for i, (s, _, _) in enumerate(words) if s >= start), None)
    if first is None:
        return False
    # Particles the span opens with: "van Bosch", "de Besse".
    while first + 1 < len(words) and words[first][2] in NAME_PARTICLES:
        first += 1
    for i in range(max(0, first - 3), first + 1):
        for brand, written in _BRANDS.get(words[i][2].replace("ß", "ss"), ()):
            last = i + len(brand) - 1
            # A brand may run on past the span: "|Canal| de Isabel II".
            if last < first or last >= len(around):
                continue
            if tuple(w.replace("ß", "ss") for _, _, w in around[i : last + 1]) != brand:
                continue
            brand_start, brand_end = around[i][0], around[last][1]
            if " ".join(text[brand_start:brand_end].casefold().split()) != written:
                continue
            return _a_brand_there(text, brand_start, brand_end, brand, words[last + 1 :])
    return False


def brands_named(text: str, start: int, end: int) -> int:
    """How many brands of two words or more of curation/data/brands.txt have a word in
    text[start:end]: in "(Tommy Hilfiger, |Calvin Klein e Massimo| Dutti)" two."""
    words = [
        (m.start(), m.end(), m.group().casefold())
        for m in _WORD.finditer(text, max(0, start - 40), min(len(text), end + 40))
    ]
    found = 0
    for i, (brand_start, _, word) in enumerate(words):
        for brand, written in _BRANDS.get(word.replace("ß", "ss"), ()):
            last = i + len(brand) - 1
            if len(brand) < 2 or last >= len(words):
                continue
            if tuple(w.replace("ß", "ss") for _, _, w in words[i : last + 1]) != brand:
                continue
            brand_end = words[last][1]
            if (
                brand_start < end
                and start < brand_end
                and " ".join(text[brand_start:brand_end].casefold().split()) == written
            ):
                found += 1
                break
    return found


def _a_brand_there(
    text: str,
    start: int,
    end: int,
    brand: tuple[str, ...],
    rest: list[tuple[int, int, str]],
) -> bool:
    """Whether the brand at start..end is one there, the span's words after it (rest) and
    what stands around it considered."""
    # "Otto Müller", "Douglas Adams": a name runs on (not "Allegro Smart", a plan).
    # A brand's word that is a common English word is no name here: "Elden Ring".
    named = all(
        w in FIRST_NAMES or (_is_name_word(w) and not is_common(w, 4.5, english=True))
        for w in brand
    )
    if any(_is_name_word(text[s:e]) and (named or not is_common(w, 4.5)) for s, e, w in rest):
        return False
    before = text[max(0, start - 24) : start]
    # Never after an honorific ("Frau Braun"), but "pan" is bread too: "pan Bimbo" is a
    # brand no name list holds.
    title = _TITLE_BEFORE.search(before)
    if title and not (title.group().strip().casefold() == "pan" and not named):
        return False
    # Names are typed in lower case, shops rarely: "aan tim de witte gegeven".
    if text[start:end].islower() and any(w in FIRST_NAMES for w in brand):
        return False
    if not named:
        return True
    # A common word after it says what it is: "Douglas Gutschein", "Ingolf Stühle" (not
    # "Tobias Xylander", a surname no list holds).
    return bool(
        any(len(w) > 3 and w not in NAME_PARTICLES and is_common(w, 3.0) for _, _, w in rest)
        or _GOODS_BEFORE.search(text, max(0, start - 40), start)
        or _GOODS_AFTER.match(text, end)
        # Food or drink right before: "zumo Don Simón", "café Delta".
        or _FOOD_BEFORE.search(text, max(0, start - 40), start)
        # The make of goods named before: "mijn wasmachine geeft E21 … het is een Bosch".
        or (
            _A_MAKE_BEFORE.search(before) is not None
            and _GOODS_EARLIER.search(text, max(0, start - 80), start) is not None
        )
        or _SHOP_BEFORE.search(before)
        or (brand[-1] not in FIRST_NAMES and _ARTICLE_BEFORE_BRAND.search(before))
        # Dutch gives no one an article: "Heeft de Hema in Utrecht …?".
        or (_DUTCH_ARTICLE_BEFORE.search(before) is not None and _written_in(text, ("nl",)))
    )


# Car makes, whose models people name after them: "ma Renault Clio", "a Vauxhall Corsa",
# "Honda Civic or Suzuki Swift", "Renault Zoe". A make is one only before a model or as a
# whole two-word make; alone it may be someone's name ("Ford called", "Mr Porsche").
_CAR_MAKES = frozenset(
    {
        "renault", "peugeot", "citroën", "citroen", "vauxhall", "opel", "fiat", "seat", "skoda",
        "škoda", "dacia", "volkswagen", "vw", "audi", "bmw", "toyota", "honda", "nissan",
        "mazda", "kia", "hyundai", "ford", "volvo", "tesla", "suzuki", "mitsubishi", "lancia",
        "porsche", "jaguar", "cupra", "lexus", "subaru", "chevrolet", "chrysler", "jeep",
        "dodge", "ferrari", "maserati", "lamborghini", "bentley", "mclaren", "bugatti",
        "polestar", "byd", "saab", "isuzu", "daihatsu", "ssangyong", "lada", "cadillac",
        "mercedes", "mercedes-benz", "vespa", "lambretta",
    }
)  # fmt: skip
_TWO_WORD_MAKES = frozenset(
    {"aston martin", "alfa romeo", "land rover", "range rover", "rolls royce", "rolls-royce"}
)
_CAR_MAKE_BEFORE = re.compile(r"([^\W\d_][\w\-]*)[ \t]+$")
_CAR_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:the|der|die|das|den|dem|la|il|el|le|het|una|un|une|ein|eine|einen|"
    r"einem)[ \t]+$"
)
# The make's word, then its class: "Mercedes klasy A", "Mercedes A-Klasse".
_CLASS_AFTER_THE_MAKE = re.compile(
    r"\S*[ \t]+(?:klasy|Klasa|Classe|Clase|Class|Klasse|[A-Z]-Klasse)"
)


# Polish declines the make: "za Skodę Fabię", "do Toyoty", "Hondą".
_POLISH_CASE_ENDING = re.compile(r"(?:ę|y|ą|i)$")


def _make(word: str) -> str:
    """The make a word names, declined or not ("skodę" -> "skoda")."""
    if word in _CAR_MAKES:
        return word
    stem = _POLISH_CASE_ENDING.sub("a", word)
    return stem if stem != word and stem in _CAR_MAKES else word


def _a_car(text: str, start: int, words: list[str]) -> bool:
    """Whether the words are a car: a make and its model, a two-word make, or the model right
    after its make (see _CAR_MAKES)."""
    words = [_make(words[0]), *words[1:]]
    if " ".join(words[:2]) in _TWO_WORD_MAKES:
        return True
    # Before a surname that is no English word a make is a first name: "Kia Müller" (not
    # "Suzuki Swift", "VW Polo").
    if (
        len(words) >= 2
        and words[0] in _CAR_MAKES
        and not (words[-1] in LAST_NAMES and not is_common(words[-1], 3.5, english=True))
    ):
        return True
    # A make alone after an article or before a class: "the Mercedes we picked up", "la
    # Mercedes Classe A", "Mercedes klasy A" (not "Ford called").
    if (
        words[0] in _CAR_MAKES
        and (
            _CAR_ARTICLE_BEFORE.search(text, max(0, start - 8), start)
            # Dutch "de" is "the" ("is de Mercedes gegarandeerd?"), Spanish "de" is "of".
            or (text[max(0, start - 3) : start] == "de " and _written_in(text, ("nl",)))
            or _CLASS_AFTER_THE_MAKE.match(text, start)
        )
    ):
        return True
    # The make before the words is written as a brand is: "the seat Anna booked" is none.
    make = _CAR_MAKE_BEFORE.search(text, max(0, start - 16), start)
    if make is None or not make.group(1)[:1].isupper():
        return False
    before = make.group(1).casefold()
    return before in _CAR_MAKES or f"{before} {words[0]}" in _TWO_WORD_MAKES


# A street's type right before the words: "la calle Serrano", "a Avenida da Liberdade".
_STREET_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:street|road|avenue|rue|avenue|boulevard|calle|avenida|avda\.|plaza|"
    r"paseo|viale|piazza|corso|vicolo|rua|travessa|praça|largo|estrada|ulica|ul\.|aleja|"
    r"al\.|plac|osiedle|straat|laan|weg|strasse|straße)"
    # With its particle: "Avenida de América", "Paseo de Gracia", "Rua da Conceição".
    r"(?:[ \t]+(?:de|del|de la|da|do|das|dos|di|della|du|des))?[ \t]+$"
)


# A German preposition fused with its article stands before a thing or a place, never a
# person: "zum Glück", "vom Bodensee" (not "im": English chat's "I'm" too).
_GERMAN_CONTRACTION_BEFORE = re.compile(r"(?i)(?<![\w'’\-])(?:vom|zum|zur|beim|ins|aufs)[ \t]+$")

# A German noun after an indefinite article: "hat einen Kratzer" (not "eine Frau Müller",
# which has a title, nor "einer Sarah": only the articles no one puts before a lone name).
_GERMAN_INDEFINITE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:einen|einem|eines|keinen|keinem)[ \t]+$"
)


# "im" too where the text is German: "Im Ernst, schon der dritte Termin".
_IM_BEFORE = re.compile(r"(?i)(?<![\w'’\-])im[ \t]+$")


# German function words no other of the languages writes.
_GERMAN_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:der|die|das|und|nicht|schon|ist|eine?|wird|dem|den|mit|auf|für|noch|"
    r"ich|wir|bitte|wurde|kann)(?![\w'’])"
)


def _german(text: str) -> bool:
    """Whether the text has two or more German function words."""
    return len(_GERMAN_WORD.findall(text, 0, 2000)) >= 2


# "di Via Roma": the Italian street, inside a sentence (not "Via Kagiso Mthembu we got …").
_VIA_BEFORE = re.compile(r"[^\W\d_][\w'’]*[ \t]+(?:Via|V\.le)[ \t]+$")


# Where a delivery or a trip goes: "vuelo a Salamanca", "Dostawa do Stalowa Wola".
_DESTINATION_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:to|in|into|from|nach|in|aus|à|au|en|de|a|en|desde|hasta|para|"
    r"per|da|naar|uit|in|do|w|z|ze|pra|em|no|na)[ \t]+$"
)


# Going or shipping somewhere, then "to": "moving to Victoria", "the festival returns to
# Beder", "shipping to Elizabethmouth" (not "dedicated to Barbara", "sold the farm to Torma",
# "sent it to Laura").
_MOTION_TO_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:go|goes|going|gone|went|come|comes|coming|came|get|gets|getting|got|"
    r"move|moves|moving|moved|travel\w*|fly|flies|flying|flew|flights?|drive|driving|drove|"
    r"trips?|journey|way|back|welcome|relocat\w*|head\w*|ship\w*|deliver\w*|"
    r"return\w*|bus|train|tickets?|route|directions|road|visit\w*|holiday|"
    r"vacation|commute)[ \t]+(?:[\w'’]+[ \t]+){0,2}to[ \t]+$"
)


_SPOKEN_TO_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_SPOKEN_TO})[ \t]+$")


# A trip or a ticket to somewhere: "viagem a Santiago de Compostela", "Reise nach Marienberg",
# "flight to Florence" (not "ticket for Anna", "billete para María": someone's).
_TRAVEL_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:viagem|viagens|viaje|viajes|voyage|viaggio|reis|reise|podróż\w*|trip|"
    r"flight|flights|vuelo|vuelos|voo|voos|vol|volo|vlucht|flug|lot|billete|bilhete|billet|"
    r"biglietto|ticket|tickets|bilet|train|tren|treno|comboio|zug|trein|pociąg|bus|autobus|"
    r"ferry|cruise|crucero|cruzeiro|croisière|crociera)[ \t]+(?:a|à|to|nach|au|em|en)[ \t]+$|"
    # Where one comes from: "Viemos de Costa de Rezende", "we moved here from Port Jenna" (said
    # of oneself: "the email came from Tunradee Sukhenai" is someone).
    r"(?<![\w'’\-])(?:(?:i|we)[ \t]+(?:came|come|moved)|(?:i'm|we're|i am|we are)[ \t]+"
    r"(?:coming|moving)|viemos|vim|venho|vengo|venimos|"
    r"vine|viens|venons|vengono|veniamo|komme|kommen|kam|kamen|kom|komen|kwam|kwamen|"
    # Or left, or came back: "Saímos de Santos às 10pm", "salimos de Teruel", "Voltamos de
    # Vila Real ontem".
    r"saímos|saimos|salimos|partimos|vertrokken|voltamos|voltei|regressamos|regressei|"
    r"volvimos|volví|regresamos|regresé|"
    r"przyjechałem|przyjechałam|przyjechaliśmy|przeprowadziliśmy się)"
    r"(?:[ \t]+(?:here|hier|aqui|aquí|qui|ici|tutaj))?[ \t]+"
    r"(?:from|de|da|do|desde|aus|uit|van|z|ze)[ \t]+$"
)


# A flight by its number, then where it goes: "Flug LH1234 nach Palma", "voo TP1934 para o
# Funchal". No one is flown to, so a first name there is a town.
_FLIGHT_TO = re.compile(
    r"(?i)(?<![\w'’\-])(?:flight|vuelo|voo|vol|volo|vlucht|flug|lot)[ \t]+[a-z0-9]{2}[ \t]?"
    r"\d{1,4}[ \t]+(?:a|à|to|nach|au|em|en|para|para o|para a|naar|per|do|vers|pour)[ \t]+$"
)


# The capitalised words and particles of a place's name before the span: "Cunha do |Campo".
_PLACE_WORDS_BEFORE = re.compile(
    rf"(?:[{_UPPER}][\w'’\-]*+[ \t]++(?:(?:de|do|da|dos|das|del|di|du|la|le|sur|am|an)[ \t]+)?)*+$"
)


# A trip, a stay or a hire car, then where it goes or comes from, in the same clause: "the
# train to |Florence", "vol retour depuis |Florence", "noleggio auto a |Santiago". Not
# "para"/"for" (a hotel for Victoria is hers) nor the Spanish "a" that marks a person.
_TRIP_TO_CITY_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:flights?|trains?|bus|coach|trip|journey|travel\w*|hotel|holiday|"
    r"car hire|hire car|rental car|car rental|ferry|cruise|transfer|shuttle|airport|"
    r"vuelos?|tren|viajes?|alquiler|coche|excursión|aeropuerto|vols?|voyage|séjour|location|"
    r"voiture|billet|excursion|aéroport|volo|treno|viaggio|noleggio|auto|albergo|aeroporto|"
    r"vlucht|trein|reis|huurauto|vakantie|luchthaven|flug|zug|reise|mietwagen|urlaub|"
    r"flughafen|lot|pociąg|podróż|wycieczka|wynajem|samochód|lotnisko|voo|comboio|viagem|"
    r"aluguer|carro|excursão|férias)"
    r"[^.!?\n]{0,40}?(?<![\w'’\-])(?:to|from|in|into|nach|aus|von|à|au|depuis|vers|en|desde|"
    r"hasta|de|da|dalla|dal|naar|uit|van|do|z|ze|w|em|no|na|pra|até)[ \t]+$"
)


def _trip_to_a_city(text: str, start: int, value: str) -> bool:
    """Whether the words are one of the world's cities, a first name too ("Florence",
    "Santiago", "Victoria"), where a trip goes or comes from."""
    return value.casefold() in world_cities() and bool(
        _TRIP_TO_CITY_BEFORE.search(text, max(0, start - 72), start)
    )


def _after_a_trip(text: str, start: int) -> bool:
    """Whether the words at start are where a trip or a ticket goes ("viagem a Cunha do
    Campo"): a trip word and a preposition, then only the place's capitalised words."""
    if _FLIGHT_TO.search(text, max(0, start - 40), start):
        return True
    cut = start
    if not _TRAVEL_BEFORE.search(text, max(0, cut - 40), cut):
        gap = _PLACE_WORDS_BEFORE.search(text, max(0, start - 60), start)
        cut = gap.start() if gap else start
        if not _TRAVEL_BEFORE.search(text, max(0, cut - 40), cut):
            return False
    # "billete a Lucía Fernández", "my train to Grandma Rose's", "came from Marta Kowalska's
    # office": a person after all.
    words = [_POSSESSIVE_AFTER.sub("", w.strip(",.")) for w in text[cut : cut + 80].split()[:2]]
    if _POSSESSIVE.match(text, cut) or (
        len(words) == 2 and words[1][:1].isupper() and words[1].casefold() in LAST_NAMES
    ):
        return False
    first = words[0].casefold()
    return first not in FIRST_NAMES or first in place_names() or first in large_cities()


# Towns of Portugal, Brazil, Spain and Latin America are often named like families, and told
# by the words a town's name carries: "Nueva Italia", "Vila Nova", "Porto Alegre", "Campo
# Grande", "Rio do Sul", "Conceição de Minas", "San Pedro los Altos", "East Keith". Some of
# these words are surnames too ("Alegre", "Grande", "da Serra"): after a first name those
# stay a person's ("Pedro Alegre").
_TOWN_ADJECTIVES = frozenset(
    {"nueva", "nuevo", "vieja", "viejo", "nova", "novo", "velha", "velho", "ciudad", "cidade",
     "puerto",
     # And in English: "East Keith", "Port Talbot", "Lake Placid" (not "New": "New Sarah
     # joined the team").
     "east", "west", "north", "south", "port", "lake", "fort", "mount"}
)  # fmt: skip
_TOWN_ENDINGS = (
    r"Paulista|Mineiro|Mineira|Baiano|Goiano|"
    r"(?:do|de|del|dos)[ \t]+(?:Sul|Norte|Oeste|Leste|Sur|Este|Minas|Goiás|Goias)|"
    r"(?:da|de la)[ \t]+(?:Praia|Playa|Montaña|Montanha|Sierra)|das[ \t]+Pedras|"
    # Portugal's rivers and provinces: "Miranda do Douro", "Ponte de Lima", "Vila Real".
    r"do[ \t]+(?:Douro|Minho|Tejo|Mondego|Vouga|Sado)|da[ \t]+Beira|"
    r"(?i:los[ \t]+(?:altos|bajos))"
)
_TOWN_ENDINGS_OF_SURNAMES = (
    r"Alegre|Verde|Grande|Preto|Preta|Novo|Nova|da[ \t]+Serra|do[ \t]+Campo|do[ \t]+Amparo|"
    r"da[ \t]+Mata|da[ \t]+Prata|das[ \t]+Flores|dos[ \t]+Dourados|do[ \t]+Galho"
)
_ENDING = rf"[ \t]+(?:(?P<town>{_TOWN_ENDINGS})|{_TOWN_ENDINGS_OF_SURNAMES})"
_TOWN_ENDING_AFTER = re.compile(rf"{_ENDING}(?![\w'’\-])")
_TOWN_ENDING = re.compile(rf"{_ENDING}$")
_TOWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’\-])([^\W\d_]+)[ \t]+$")
_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{_UPPER}]")
_CAPITALISED_WORDS_AFTER = re.compile(rf"(?:[ \t]+[{_UPPER}][\w'’\-]*){{0,3}}")
# Portuguese towns named "<family> de <family>": "Oliveira de Azeméis", "Castro de Aire"; the
# model may take the end alone ("Abreu de |Cirino|"). A person takes a given name, a title or
# an article there ("a Maria de Lurdes", "o Gonçalves de Almeida").
_PERSON_ARTICLES = frozenset({"o", "a", "os", "as", "do", "da", "dos", "das", "ao", "à", "com"})
_FAMILY_DE_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?:(?P<article>{'|'.join(sorted(_PERSON_ARTICLES))}|[{_UPPER}][\w'’.\-]*)"
    rf"[ \t]+)?(?P<family>[{_UPPER}][\w'’\-]+)[ \t]+de[ \t]+$"
)


def _family_de_family(text: str, start: int, words: list[str]) -> bool:
    """Whether the words at start, in Portuguese, end or are a town named "X de Y" (where the
    function words tie between Portuguese and Spanish too: "para a zona rural de …")."""
    if not (
        _written_in(text, ("pt",))
        or (_written_in(text, ("pt", "es")) and not _written_in(text, ("es",)))
    ):
        return False
    if len(words) == 3 and words[1] == "de":
        first, before = words[0], _TOWN_ADJECTIVE_BEFORE.search(text, max(0, start - 16), start)
        # Nor after a greeting or a title: "Prezado Gonçalves de Almeida".
        article = before is not None and (
            before.group(1).casefold() in _PERSON_ARTICLES
            or before.group(1)[:1].isupper()
            or bool(_TITLE_BEFORE.search(text, max(0, start - 16), start))
        )
    elif len(words) == 1:
        match = _FAMILY_DE_BEFORE.search(text, max(0, start - 48), start)
        if match is None:
            return False
        first = match.group("family").casefold()
        article = match.group("article") is not None and (
            match.group("article").casefold() in _PERSON_ARTICLES
            or match.group("article").casefold() in FIRST_NAMES
            or bool(_TITLE_BEFORE.search(text, match.start(), match.start("family")))
        )
    else:
        return False
    return not article and first not in FIRST_NAMES and first in LAST_NAMES


_TOWN_START_BEFORE = re.compile(
    rf"(?<![\w'’\-])([{_UPPER}][\w'’\-]*)[ \t]+(?P<particle>do|da|dos|das|de|del)[ \t]+$"
)


def _town_shaped(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words at text[start:end] (case-folded in words) are a town by the words of
    a town's name before, in or after them: "Nueva |Leona|", "|Vieja| Colombia", "|Nogueira
    Paulista|", "|Sousa| do Sul" (not "Pedro Alegre", "Sr. Grande")."""
    if _TITLE_BEFORE.search(text, max(0, start - 16), start):
        return False
    # "Nova" is a first name too: then the rest must be a known place ("Nueva Italia"; not
    # "Nova van Noordeloos").
    before = _TOWN_ADJECTIVE_BEFORE.search(text, max(0, start - 12), start)
    if (
        before
        and before.group(1).istitle()
        and before.group(1).casefold() in _TOWN_ADJECTIVES
        and (before.group(1).casefold() not in FIRST_NAMES or " ".join(words) in place_names())
    ):
        return True
    if words[0] in _TOWN_ADJECTIVES and text[start : start + 1].isupper():
        after = _CAPITALISED_WORDS_AFTER.match(text, end)
        rest = words[1:] or (after.group().casefold().split() if after else [])
        if (
            rest
            and rest[0] not in NAME_PARTICLES
            and (words[0] not in FIRST_NAMES or " ".join(rest) in place_names())
        ):
            return True
    # The span holds only the end of the town's own words: "Sousa do |Amparo|".
    head = _TOWN_START_BEFORE.search(text, max(0, start - 40), start)
    split = head and _TOWN_ENDING.fullmatch(f" {head.group('particle')} {text[start:end]}")
    if (
        head
        and split
        and (split.group("town") is not None or head.group(1).casefold() not in FIRST_NAMES)
    ):
        return True
    # The span is the town's own last word: "passeio por Dias |Alegre|" (not "Pedro |Alegre|").
    last = _TOWN_ADJECTIVE_BEFORE.search(text, max(0, start - 24), start)
    if (
        last is not None
        and last.group(1)[:1].isupper()
        and last.group(1).casefold() not in FIRST_NAMES
        and _TOWN_ENDING.fullmatch(f" {text[start:end]}")
    ):
        return True
    # The town's own words end the span or follow it.
    inside = _TOWN_ENDING.search(text, start, end)
    ending = inside or _TOWN_ENDING_AFTER.match(text, end)
    if ending is None:
        return False
    # One word before the town's own words, or a particle and one ("da Rocha Paulista").
    named = text[start : inside.start() if inside else end]
    names = [w for w in named.split() if w not in NAME_PARTICLES]
    if len(names) != 1:
        return False
    return ending.group("town") is not None or names[0].casefold() not in FIRST_NAMES


# Where something is, goes or comes from, in Portuguese and Spanish, by the preposition alone:
# "entregam em Andrade", "sin internet en Segovia", "desde Salamanca", "até Fernandes"; and
# "para" after a trip or a delivery ("voo para Pereira", "entrega ao domingo para Monteiro";
# not "bilhete para" nor "transferência para": for someone). A person after these takes an
# article or a given name ("falei com o Silva", "em nome de"), or follows a verb that takes
# one ("confio em", "pienso en", "votei em"). After a particle with no given name it is no
# one's: "voo para da Luz", "hotel em da Rocha".

# A particle with no given name before it, or the start of the town's name and a particle:
# "em |da Rocha|", "para |Aragão do| Amparo".
_TOWN_PARTICLE = rf"(?P<particle>(?:[{_UPPER}][\w'’\-]*[ \t]+)?(?:(?:da|do|das|dos|de)[ \t]+)+)?$"
_IBERIAN_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?P<verb>[^\W\d_]+)[ \t]+)?"
    # "no"/"na" are Portuguese "em" and an article: "no Garcia ainda não chegou a fibra",
    # "na Silveira o cacifo …" (a first name there stays someone's: "deixei as chaves na Ana").
    r"(?P<prep>(?i:em|en|no|na|nos|nas|desde|até|hasta|hacia|rumo a|rumo ao|rumo à|perto de|cerca de|junto a|"
    r"junto de|longe de|lejos de|sou de|soy de|somos de|quem é de|quem for de|quem mora em|"
    r"alguém de|alguem de|alguien de|"
    r"quien es de|quien sea de|quien vive en)|"
    # Visiting a town: "a melhor época para visitar Andrade" (a person is visited with an
    # article or, in Spanish, "a": "visitar a Juan").
    r"visitar|visitamos|visitei|visitou|visitaram|visité|visitó|visitaremos|visitarei|"
    r"visitaré|visitando)"
    r"[ \t]+" + _TOWN_PARTICLE
)
# Through a place or from one, after a verb of going: "pasó por Valencia", "estou por Moura",
# "salió de Teruel", "vamos mudar de Moura para Braga" (not "hecho por Garcia", "o carro de
# Moura").
_GOING_VERBS = (
    r"pas[oó]|pasa|pasan|pasar|pasamos|pasando|pasado|pass[oe]u|passa|passam|passar|passamos|"
    r"passando|passado|estoy|estamos|estou|ando|andamos|sal[ií]|sali[oó]|sale|salen|salimos|"
    r"saiu|sai|saem|saímos|sair|salir|vengo|viene|vienen|vine|vino|venimos|vinimos|venho|vem|"
    r"vêm|vim|veio|viemos|vuelvo|vuelve|volvemos|volví|volvió|volto|volta|voltamos|voltei|"
    r"voltou|regreso|regresa|regresamos|regresso|regressa|regressamos|mudar|mudamos|mudo|mudei|"
    r"mudou|mudarme|mudarnos|mudança|mudanza|traslado|viajo|viajamos|parto|partimos|parte|"
    r"partiu|chego|chegamos|llego|llegamos|saindo|partindo|vindo|voltando|chegando|saliendo|"
    r"partiendo|viniendo|volviendo|llegando|passeio|passeios|passear|paseo|paseos|pasear"
)
_THROUGH_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{_GOING_VERBS})[ \t]+(?:por|pelo|pela)[ \t]+" + _TOWN_PARTICLE
)
# Arriving or going to a town with "a" or "para": "chego a Pastor da Prata às 2pm", "llegamos
# a Zaragoza", "vamos para Carvalho" (not "llamé a María": only after a verb of going).
_ARRIVE_AT_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:chego|chegamos|chegou|chegam|chegar|llego|llegamos|llegó|llegan|"
    r"llegar|voy|vamos|van|fui|fuimos|vou|vai|viajo|viajamos|viajar|ir|indo|iremos|irei|"
    r"mudando|mudar|mudamos|mudo|mudei|mudou|mudança|mudanza|mudarnos|mudarme)"
    r"[ \t]+(?:a|ao|à|para|pra)[ \t]+" + _TOWN_PARTICLE
)
_FROM_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_GOING_VERBS})[ \t]+$")
# The same with its "de" before the span: "partimos de |Barros|", "saiu do |Porto|" (not "da
# parte de Ferreira", on his behalf).
_GOING_FROM_BEFORE = re.compile(
    rf"(?i:(?<![\w'’\-])(?!parte[ \t])(?:{_GOING_VERBS})[ \t]+(?:de|do|da|dos|das|desde))[ \t]+"
    + _TOWN_PARTICLE
)
_SENT_TO_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:voos?|vuelos?|envios?|envíos?|entregas?|enviar|envían|enviam|"
    r"entregam|entregan|mandar|mandam|mandan|mandem|manden|mandamos|viagem|viaje|flixbus|"
    r"autocarro|autobús|autobus|ônibus|onibus|"
    r"comboio|tren|trem|trens|metrô|barco|balsa|avião|aviao|passagem|passagens|portes|frete|"
    r"linhas?|líneas?|lineas?|alfa pendular|intercidades|expressos|previsão do tempo|"
    r"previsao do tempo|previsión|pronóstico|portagem|portagens|peaje)"
    r"(?![\w'’\-])[^.!?\n]{0,40}?(?<![\w'’\-])(?:para|pra)[ \t]+" + _TOWN_PARTICLE
)
# What only goes to a place: a vehicle, a line, the weather ("o Alfa Pendular das 9:00 para
# Fernandes", "linha 314 para Pastor", "a previsão do tempo pra Novaes"); a parcel or a
# message goes to people too.
_BOUND_FOR_A_PLACE = re.compile(
    r"(?i)(?<![\w'’\-])(?:voos?|vuelos?|autocarros?|autobuses|autobús|autobus|ônibus|onibus|"
    r"comboios?|trenes|tren|trem|trens|metrô|metro|barcos?|balsa|avião|aviao|"
    r"linhas?|líneas?|lineas?|alfa pendular|intercidades|regional|expressos|flixbus|ave|"
    # The weather's words, not "tempo" alone: "quanto tempo até Marta chegar?" is about her.
    r"previsão do tempo|previsao do tempo|clima|previsión|pronóstico|el tiempo|"
    r"portagem|portagens|peaje)"
    r"(?![\w'’\-])[^.!?\n]{0,40}?(?<![\w'’\-])(?:para|pra|até|hasta)[ \t]+$"
)
_TAKES_A_PERSON = frozenset(
    {"pensar", "penso", "pensei", "pensamos", "pensando", "pienso", "pensé", "confiar", "confio",
     "confío", "confiei", "confié", "confiamos", "acreditar", "acredito", "acreditei", "creer",
     "creo", "creí", "votar", "voto", "votei", "voté", "votamos", "reparar", "reparei", "fijé",
     "bater", "bateu", "bati", "mandar", "manda", "tocar", "tocou", "esbarrei", "esbarrou",
     "esbarrar", "esbarramos", "tropecei", "tropecé", "tropezé", "apostar", "aposto", "apuesto",
     "insistir", "insisto", "mande", "falar", "fale", "reparé"}
)  # fmt: skip
# French verbs and nouns of going, moving and arriving: "on arrive a Nancy" (the "à" typed
# without its accent), "parti de Mathieu ce matin", "de retour de Saudan", "nous partons pour
# Hamon", "un déménagement de Guillon vers la Belgique".
_FRENCH_GOING = (
    r"arrive|arrives|arrivons|arrivez|arrivent|arrivé|arrivée|arrivés|arrivées|arriver|"
    r"pars|(?<!la )part|partons|partez|partent|parti|partie|partis|partir|retour|reviens|revient|"
    r"revenons|revenu|rentre|rentrons|rentré|viens|vient|venons|venu|venue|déménage|"
    r"déménageons|déménagé|déménager|déménagement|vais|va|allons|allez|vont|aller|livrez|"
    r"voyage|voyageons|séjour|weekend|week-end|jours|semaine|vacances|bus|car|navette|train|"
    r"passe|"
    r"trains|tgv|vol|vols|avion"
)
_FRENCH_FROM_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_FRENCH_GOING})[ \t]+$")
# The same in French: "livraison possible à Bousquet", "la livraison vers Potier", "vol pour
# Poirier" (not after a verb of speaking or giving: "j'ai parlé à Dupont", "envoyé à Martin").
_FRENCH_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?P<verb>[^\W\d_]+)[ \t]+)?(?i:à|vers|depuis|près de|direction|loin de|"
    r"autour de|à côté de|jusqu'à|jusqu’à|suis de|sommes de|originaire de|visiter|visité|"
    r"visitons|visitez)[ \t]+$|"
    rf"(?i:(?<![\w'’\-])(?:{_FRENCH_GOING})(?![\w'’\-])"
    r"(?:[ \t]+a|[ \t]+de|[ \t]+par|[^.!?\n]{0,20}?(?<![\w'’\-])pour))[ \t]+$"
)
# The same in Dutch: "de terugvlucht vanaf Florence", "we verhuizen van Kwintsheul naar
# Utrecht", "bus richting Venlo" (not "stuur het naar Jan": only after a verb of going).
_DUTCH_GOING = (
    r"verhuizen|verhuis|verhuist|verhuisd|verhuizing|rijden|rijdt|rijd|reden|reed|vliegen|"
    r"vlieg|vliegt|vlucht|terugvlucht|heenvlucht|trein|bus|tram|reis|reizen|reist|gaan|ga|gaat|"
    r"komen|kom|komt|kwam|vertrek|vertrekken|vertrekt|vertrok|terug|onderweg|wonen|woon|woont"
)
_DUTCH_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?P<verb>[^\W\d_]+)[ \t]+)?(?:vanaf|vanuit|richting|nabij|vlakbij|rond|"
    r"omgeving)[ \t]+$|"
    rf"(?i:(?<![\w'’\-])(?:{_DUTCH_GOING})(?![\w'’\-])[ \t]+(?:naar|uit|in|van))[ \t]+$"
)
_DUTCH_FROM_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_DUTCH_GOING})[ \t]+$")


# The same in Italian: "arriviamo a Marina di Pisa", "un bonifico verso Malva", "parto per
# Roma" (not "vado da Mario", at Mario's).
_ITALIAN_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?P<verb>[^\W\d_]+)[ \t]+)?(?:verso|fino a|vicino a|nei pressi di)[ \t]+$|"
    r"(?i:(?<![\w'’\-])(?:arrivo|arriva|arriviamo|arrivate|arrivano|arrivati|vado|"
    r"andiamo|andate|vanno|parto|partiamo|partono|partiti|torno|torniamo|tornati|trasferiamo|"
    r"trasferisco|trasloco|traslochiamo|viaggio|soggiorno|volo|treno|pullman|autobus|"
    r"spedizione|consegna|consegnate|consegnare)(?![\w'’\-])[ \t]+(?:a|ad|in|per))[ \t]+$"
)
# The same in Polish, whatever the other words say the language is: "mieszkam koło Wadowice"
# (not "pod", which books under a name: "rezerwacja pod Kowalski").
_POLISH_PLACE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:koło|kolo|niedaleko|w pobliżu|w okolicy|w okolicach)[ \t]+$"
)
_SPOKEN_OR_GIVEN_TO = frozenset(
    {"parler", "parlé", "parle", "dit", "dire", "dis", "écrit", "écrire", "écris", "demandé",
     "demander", "demande", "répondu", "répondre", "téléphoné", "téléphoner", "envoyé",
     "envoyer", "envoie", "donné", "donner", "donne", "montré", "montrer", "expliqué",
     "présenté", "transmis", "confié", "adressé", "appartient", "rendu", "merci", "grâce"}
)  # fmt: skip


_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,5}(?![\d:./])")
_NEXT_WORD = re.compile(r"\S+[ \t]+")


def _second_word(text: str, start: int) -> int:
    """Where the word after the one at start begins."""
    match = _NEXT_WORD.match(text, start)
    return match.end() if match else start


def _a_town_by_its_preposition(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words at start (case-folded in words) are where something is, goes or comes
    from, by the Portuguese, Spanish or French preposition before them."""
    # The model's span may open with the particle: "voo para |da Rosa|", "salió |de Teruel|".
    particle = len(words) > 1 and words[0] in ("da", "do", "das", "dos", "de", "van")
    written = text[start:end].split()
    if (
        len(words) > 4 + particle
        or len(written) != len(words)
        or not written[int(particle)][:1].isupper()
    ):
        return False
    window = max(0, start - 60)
    # The joining words a town's name has inside it: "Marina di Pisa"; in Portuguese and
    # Spanish, only where no one is sent anything, "em Duarte do Amparo", "até Santiago do
    # Cacém" (not "envio para Maria da Silva").
    joiners = _IN_A_TOWNS_NAME
    before: re.Match[str] | None
    if polish := _POLISH_PLACE_BEFORE.search(text, window, start):
        before = polish
    # A text too short to tell its language by its function words is read as Portuguese or
    # Spanish, whose prepositions these are: "Vocês mandam pra Barbosa?".
    elif _written_in(text, ("es", "pt")) or not any(_function_words_by_language(text).values()):
        if words[0] == "de" and particle:
            # "salió |de Teruel|", "vivo cerca |de Sevilla|".
            before = _FROM_BEFORE.search(text, window, start) or _IBERIAN_PLACE_BEFORE.search(
                text, window, _second_word(text, start)
            )
        else:
            before = _IBERIAN_PLACE_BEFORE.search(text, window, start)
            if before is None or (before.group("verb") or "").casefold() in _TAKES_A_PERSON:
                before = (
                    _THROUGH_BEFORE.search(text, window, start)
                    or _ARRIVE_AT_BEFORE.search(text, window, start)
                    or _GOING_FROM_BEFORE.search(text, window, start)
                )
            if before is not None:
                joiners = _IN_A_TOWNS_NAME | _IBERIAN_PARTICLES
            else:
                before = _SENT_TO_BEFORE.search(text, window, start)
        particle = particle or (
            before is not None and before.groupdict().get("particle") is not None
        )
    elif _written_in(text, ("nl",)):
        if words[0] == "van" and particle:
            before = _DUTCH_FROM_BEFORE.search(text, window, start)
        else:
            before = _DUTCH_PLACE_BEFORE.search(text, window, start)
    elif _written_in(text, ("fr", "it")):
        french = _written_in(text, ("fr",))
        if french and words[0] == "de" and particle:
            before = _FRENCH_FROM_BEFORE.search(text, window, start) or _FRENCH_PLACE_BEFORE.search(
                text, window, _second_word(text, start)
            )
        else:
            pattern = _FRENCH_PLACE_BEFORE if french else _ITALIAN_PLACE_BEFORE
            before = pattern.search(text, window, start)
        if before is not None and (before.groupdict().get("verb") or "").casefold() in (
            _SPOKEN_OR_GIVEN_TO
        ):
            before = None
    else:
        return False
    # A house number after it: a street named like a family ("em Campo de Alves, 29").
    if before is None or _HOUSE_NUMBER_AFTER.match(text, end):
        return False
    # The joiner inside the span, or right after it when the span is the name's first word.
    after = _JOINER_THEN_NAME.match(text, end)
    # Not where a site follows: "une poussette à Jacqueline sur Leboncoin".
    joined = (len(written) >= 3 + particle and written[1 + particle] in joiners) or (
        after is not None
        and after.group("joiner") in joiners
        # (known_brand reads the whole word that starts before its end)
        and not known_brand(text, after.end() - 1, after.end())
    )
    # A first name that is also a city of the world's larger ones: "on arrive a Nancy",
    # "noleggio auto a Santiago", "de terugvlucht vanaf Florence", "estou em Santos".
    city = " ".join(words[particle:]) in large_cities()
    # Or a first name and a town's own word: "em Cirino Grande".
    town = bool(_TOWN_ENDING.search(text, start, end) or _TOWN_ENDING_AFTER.match(text, end))
    # Right after "em" or "en", one word and no surname after it is where one is, first name
    # or not: "moro em Pastor", "estoy en Duarte" (one thinks of, votes for and trusts people
    # there: _TAKES_A_PERSON).
    at = (
        len(words) == 1
        and (before.groupdict().get("prep") or "").casefold() in ("em", "en")
        and not _CAPITALISED_AFTER.match(text, end)
    ) or (
        # Where a vehicle or the weather goes, one word and no surname after it: a town.
        len(words) == 1
        and (
            before.re is _SENT_TO_BEFORE
            or (before.groupdict().get("prep") or "").casefold() in ("até", "hasta")
        )
        and bool(_BOUND_FOR_A_PLACE.search(text, window, start))
        and not _CAPITALISED_AFTER.match(text, end)
    )
    return particle or joined or city or town or at or words[0] not in FIRST_NAMES


_JOINER_THEN_NAME = re.compile(rf"[ \t]+(?P<joiner>[a-zèé]{{1,5}})[ \t]+[{_UPPER}]")


_IN_A_TOWNS_NAME = frozenset({"di", "del", "della", "sul", "sulla", "sur", "sous", "lès", "en"})
_IBERIAN_PARTICLES = frozenset({"do", "da", "dos", "das", "de"})


_SPACES = re.compile(r"[ \t]+")


# A town's, a landmark's or a storm's word beside a name: "Jenna Ville", "Victoria Station",
# "Storm Babet". Some landmark words are surnames too ("David Harbour", "Roy Castle"): after a
# known first name those need an article or a place word before ("the Charles Bridge").
_TOWN_WORDS = frozenset({"Ville", "City"})


_LANDMARK_WORDS = frozenset(
    {"Station", "Cathedral", "Airport", "Stadium", "Arena", "Museum", "Monument", "Memorial",
     "Lighthouse", "Glacier"}
)  # fmt: skip


_SURNAME_LANDMARKS = frozenset(
    {"Bridge", "Tower", "Square", "Palace", "Castle", "Harbour", "Harbor", "Fountain", "Terminal",
     # Shopping centres: "el Jockey Plaza", "o Norte Shopping", "Dolce Vita Mall".
     "Plaza", "Shopping", "Mall", "Outlet"}
)  # fmt: skip


_STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})


_FOLLOWING_WORD = re.compile(r"[ \t]+([\w'’\-]+)")


_LANDMARK_ARTICLE = re.compile(r"(?i)(?<![\w'’\-])(?:the|at|near|to|from|by|across|over)[ \t]+$")

# The other languages' landmark words after a name, alone or ending a compound: "Jeroen Bosch
# Ziekenhuis", "Wilhelmina Kinderziekenhuis", "Jan Breydelstadion", "Johan Cruijff ArenA",
# "Karel de Grote Hogeschool", "Albert-Schweitzer-Gymnasium".
_LANDMARK_ENDINGS = (
    r"ziekenhuis|gasthuis|kliniek|klinik|klinikum|krankenhaus|spital|stadion|arena|hogeschool|"
    r"universiteit|universität|gymnasium|lyceum|atheneum|college|school|schule|museum|kerk|"
    r"kathedraal|basiliek|station|bahnhof|luchthaven|flughafen|schouwburg|theater|instituut|"
    r"institut"
)
_LANDMARK_COMPOUND = re.compile(rf"(?i)[\w'’\-]*(?:{_LANDMARK_ENDINGS})")
# Or a few capitalised words and particles later: "|Karel| de Grote Hogeschool".
_LANDMARK_AHEAD = re.compile(
    rf"(?:[ \t]+(?:de|den|der|van|von|ter|la|le|du)|[ \t]+[{_UPPER}][\w'’\-]*){{1,3}}[ \t]+"
    rf"[{_UPPER}][\w'’\-]*(?:{_LANDMARK_ENDINGS})(?![\w'’\-])"
)


# A place, then "or" or "and" another known place that is no first name: "Austin or Denver".
_PAIRED_PLACE = re.compile(rf"[ \t]+(?:or|and|&)[ \t]+(?P<other>{_CAP_WORD})")


def _named_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words name a town, a landmark or a storm by the word after them or their own
    last (or, for a storm, first) word: "Jenna Ville", "Victoria Station", "the Charles
    Bridge", "Eiffel Tower", "Storm Babet" (not "David Harbour", "Roy Castle")."""
    written = text[start:end].split()
    after = _FOLLOWING_WORD.match(text, end)
    beside = [after.group(1)] if after else []
    if len(written) > 1:
        beside.append(written[-1])
    for word in beside:
        if word in _TOWN_WORDS or word in _LANDMARK_WORDS:
            return True
        if word[:1].isupper() and _LANDMARK_COMPOUND.fullmatch(word):
            return True
        if word in _SURNAME_LANDMARKS and (
            words[0] not in FIRST_NAMES or _LANDMARK_ARTICLE.search(text, max(0, start - 12), start)
        ):
            return True
    if _LANDMARK_AHEAD.match(text, end):
        return True
    previous = _LAST_WORD.search(text, max(0, start - 24), start)
    return (previous is not None and previous.group(1).casefold() in _STORM_WORDS) or (
        len(written) > 1 and written[0].casefold() in _STORM_WORDS
    )


def _paired_with_a_place(text: str, end: int, word: str) -> bool:
    """A known place, then "or"/"and" and a known place that is no first name."""
    other = _PAIRED_PLACE.match(text, end)
    if not other or word not in place_names():
        return False
    name = other.group("other").casefold()
    return name in place_names() and name not in FIRST_NAMES


# Goods missing from an order, in a sentence that names the order: "w zamówieniu 36185790
# brakuje Ptasiego Mleczka i Michałków", "in my order the Jaffa Cakes are missing".
_MISSING_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:brakuje|brak|fehlt|fehlen|manque|manquent|falta|faltan|faltam|manca|"
    r"mancano|ontbreekt|ontbreken|missing|without|sin|sem|senza|ohne|sans|zonder|bez)[ \t]+"
    r"(?:(?:the|a|an|die|der|das|den|le|la|les|el|los|las|il|lo|i|gli|de|het|o|os|a|as|um|uma|"
    r"un|una|une|des|du|del|dei|delle)[ \t]+)?"
    # Possessive: a run of capitals ("ABCDEFGH!") is not split into words every way there is.
    rf"(?:(?-i:[{_UPPER}])[\w'’\-]*+[ \t]*+(?:,|and|und|et|y|e|en|i|oraz|&)?[ \t]*+)*+$"
)


_ORDER_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:order|orders|bestellung|commande|pedido|ordine|bestelling|zamówieni\w*|"
    r"encomenda|lieferung|livraison|entrega|consegna|levering|dostaw\w*|paczk\w*|paket|colis|"
    r"paquete|pacco|pakket)(?![\w'’])"
)


def _missing_from_an_order(text: str, start: int) -> bool:
    """Whether the words at start are goods said to be missing from an order named in the
    same sentence."""
    # Read back at most 200 characters: every name of a long text without a full stop would
    # otherwise read the text from its start.
    window = max(0, start - 200)
    sentence_start = max(text.rfind(mark, window, start) for mark in (".", "?", "!", "\n")) + 1
    sentence_start = max(sentence_start, window)
    return bool(
        _MISSING_BEFORE.search(text, max(sentence_start, start - 80), start)
        and _ORDER_WORD.search(text, sentence_start, min(len(text), start + 80))
    )


# French town names: "Rey-près-Mercier", "Saint-Martin-sur-Mer", "Fontenay-aux-Roses".
_FRENCH_TOWN = re.compile(
    r"[^\W\d_]{1,30}(?:-[^\W\d_]{1,30}){0,3}-(?:sur|sous|lès|lez|les|près|en|aux)-[^\W\d_]{1,30}"
)


_HYPHENATED_LEFT = re.compile(r"[^\W\d_][\w\-]{0,40}-$")


_HYPHENATED_RIGHT = re.compile(r"-[\w\-]{0,40}[^\W\d_]")


# A street's type inside the words, before a capitalised one: "mala Avenida da Liberdade".
_STREET_INSIDE = re.compile(
    r"(?<=\s)(?:Street|Road|Avenue|Rue|Boulevard|Calle|Avenida|Plaza|Paseo|Via|Viale|Piazza|"
    r"Corso|Rua|Travessa|Praça|Largo|Estrada|Ulica|Aleja|Plac)\s+"
    r"(?:(?:da|de|do|dos|das|del|della|di|la|le|du|des)\s+){0,2}[A-ZÀ-ÖØ-Þ]"
)


_AUTHORS_WORK = re.compile(
    r"(?<![\w'’])(?i:the)[ \t]+(?i:(?:new|latest|first|last|early|late|classic)[ \t]+)?"
    rf"({_CAP_TOKEN})[ \t]+(?:novels?|books|films|movies|biography|memoirs?|poems|paintings|"
    r"plays|trilogy|novellas?|short stories|translation|documentary|biopic)(?![\w'’\-])"
)


_ARTICLE_THEN = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|this|that)[ \t]+$")


_THING_AFTER = re.compile(
    r"[ \t]+(?!(?:family|families|household|kids|children|twins|brothers|sisters|sons|"
    r"daughters|couple|estate|case|affair|residence|house|"
    # A work is its author's: "the Cantú novel", "the Kadiev version".
    r"novels?|books?|films?|movies?|songs?|albums?|versions?|recordings?|paintings?|poems?|"
    r"biography|stories|story|plays?|operas?|symphony|letters?|diaries|diary|trial|murder|"
    r"killers?|funeral|wedding)\b)([a-z][a-z\-]{2,})\b"
)


# A day before a month: "12 Juli", "25 de Abril", "1er mai", "3rd of May".
_DIGIT_NEAR = re.compile(r"(?i)\d(?:er|e|st|nd|rd|th|º)?[ \t.,]*(?:(?:de|del|di|of)[ \t]+)?$")


_DIGIT_AFTER = re.compile(r"[ \t.,]*\d")


# A preposition of time before a month or a day, outside English ("a card for June" is
# hers): "die Rate für Juni", "seit Montag", "desde Abril", "vanaf Maart".
_WHEN_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:im|für|seit|bis|ab|vor|nach|am|en|desde|hasta|para|antes de|"
    r"después de|depuis|jusqu'en|avant|après|pour|dès|da|fino a|entro|per|dopo|prima di|"
    r"sinds|tot|voor|vanaf|na|in|od|do|przed|po|w|em|até|depois de)[ \t]+$"
)

# The same in English, where a day or a month is a name more often ("from April", "with May"):
# only words that say when: "until the end of August", "since June", "early May".
_ENGLISH_WHEN_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:(?:end|start|beginning|middle|rest|half)[ \t]+of|until|till|since|"
    r"during|early|late|mid-?|next|last|every)[ \t]+$"
)


# Holidays and dishes whose names are, or hold, names: "an Silvester", "Todos los Santos",
# "Sinterklaas", "tarta de Santiago", "Victoria sponge".
_HOLIDAYS_AND_DISHES = re.compile(
    r"(?i)(?<![\w'’\-])(?:silvester(?![ \t]+(?-i:[A-Z]))|heiligabend|martinstag|nikolaustag|sankt martin|"
    r"sinterklaas|koningsdag|todos los santos|d[ií]a de (?:los )?(?:reyes|muertos|san \w+)|"
    r"noche de reyes|reyes magos|ferragosto|befana|pasquetta|ognissanti|toussaint|"
    r"chandeleur|saint-valentin|wszystkich [śs]wi[ęe]tych|wigilia|andrzejki|"
    r"s[ãa]o jo[ãa]o|santos populares|dia de reis|thanksgiving|halloween|hogmanay|"
    r"valentine'?s day|st\.? valentine'?s|"
    # Feasts that are first names too: "Noël" only after a word that makes it the feast.
    r"(?:de|du|à|pour|avant|après|joyeux|bon|at|for|before|after|until|entre|between)[ \t]+no[ëe]l|weihnachten|kerstmis|navidad|natale|pâques|pascua|pasqua|"
    r"ostern|pasen|wielkanoc|páscoa|pentecôte|pfingsten|pinksteren|carnaval|karneval|fasching|"
    r"ascension day|ascensión|ascensione|assunzione|pentecost|whitsun|epiphany|epifan[ií]a|"
    r"corpus christi|corpo de deus|fronleichnam|boże ciało|boze cialo|fête-dieu|sacramentsdag|"
    r"(?:christi )?himmelfahrt|hemelvaart(?:sdag)?|l'ascension|l'assomption|"
    r"domingo de ramos|palmsonntag|dimanche des rameaux|domenica delle palme|palmzondag|"
    r"niedziela palmowa|semana santa|semana grande|jueves santo|viernes santo|"
    r"sexta-feira santa|karfreitag|gründonnerstag|goede vrijdag|witte donderdag|"
    r"vendredi saint|venerdì santo|wielki piątek|(?:eerste|tweede) (?:paas|pinkster)dag|"
    r"nowy rok|año nuevo|nouvel an|capodanno|nieuwjaar|neujahr|ano novo|"
    r"new year'?s? (?:day|eve)|nochevieja|nochebuena|réveillon|saint-sylvestre|san silvestro|"
    r"wigili[aięą]|sylwestr[aeu]?(?![ \t]+(?-i:[A-Z]))|trzech króli|driekoningen|"
    r"dreikönigstag|heilige drei könige|allerheiligen|allerzielen|dia de finados|"
    r"mardi gras|rosenmontag|martedì grasso|sanfermines|san ferm[ií]n|fallas|"
    r"feria de abril|oktoberfest|kermis|wianki|fête de la musique|palio(?: di siena)?|"
    # Feasts named after a saint or an advocation of Mary: "la Cabalgata de Reyes", "el
    # Viernes de Dolores", "las fiestas del Pilar", "a romaria de Fátima".
    r"cabalgata de reyes|viernes de dolores|fiestas? del pilar|(?:para|por) el pilar|"
    r"virgen del \w+|nuestra señora de \w+|nossa senhora d[aeo]s? \w+|romaria d[aeo]s? \w+|"
    r"santuário de f[aá]tima|"
    # Dishes known by a person's or a place's name.
    r"tarta de santiago|rosc[óo]n de reyes|rosca de reyes|bolo[ \-]rei|galette des rois|"
    r"bolacha maria|galletas? mar[ií]a|pizza margherita|"
    # A pizza ordered by its name: "une Margherita et un tiramisu".
    r"(?:une|una|eine|een|uma|an?)[ \t]+margherita|fettuccine alfredo|caesar salad|"
    r"victoria sponge|eggs benedict|earl grey|granny smith|beef wellington|peach melba|"
    r"cr[êe]pes? suzette|alla norma|shepherd'?s pie|p[êe]ra rocha|"
    # Pilgrimages, processions and houses named after someone.
    r"camino de santiago|senhor dos passos|anne frank ?huis|"
    # Coasts, ranges and lagoons named like people: "la Costa del Sol", "Sierra Nevada".
    r"costa (?:del sol|brava|blanca|dorada|de la luz|da caparica|vicentina|verde|azul)|"
    r"sierra (?:nevada|de gredos|morena)|serra (?:da estrela|de sintra|do gerês)|"
    r"ria (?:formosa|de aveiro)|puerta del sol|picos de europa)(?![\w'’\-])"
)


# The assistants and models people name in chats with an LLM app ("Claude czy Gemini do
# Rusta?", "ask Copilot"), which are first names too: one alone is no person unless a cue
# says so ("mon collègue Claude", "mamie Claude").
ASSISTANT_NAMES = frozenset(
    {"claude", "gemini", "bard", "llama", "mistral", "mixtral", "codestral", "grok", "copilot",
     "gemma", "qwen", "deepseek", "chatgpt", "ollama", "perplexity", "cohere", "siri", "alexa",
     "cortana", "midjourney"}
)  # fmt: skip


# Words that make the next one a person's name whatever else it names: kin, colleagues,
# friends and honorifics ("mon collègue Claude", "mamie Claude", "Frau Gemma").
_KIN_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:colleague|coworker|friend|mate|wife|husband|son|daughter|mom|mum|dad|"
    r"kid|child|baby|grandson|granddaughter|stepson|stepdaughter|fianc[ée]e?|"
    r"mother|father|brother|sister|uncle|aunt|cousin|niece|nephew|grandma|grandpa|granny|nana|"
    r"boss|manager|neighbou?r|partner|boyfriend|girlfriend|"
    r"kollege|kollegin|freund|freundin|frau|mann|sohn|tochter|mutter|vater|bruder|schwester|"
    r"onkel|tante|oma|opa|chef|chefin|"
    r"coll[eè]gue|ami|amie|copain|copine|femme|mari|fils|fille|m[eè]re|p[eè]re|fr[eè]re|"
    r"s[oœ]ur|oncle|mamie|papi|papy|"
    r"compañer[oa]|amig[oa]|espos[oa]|marido|mujer|hij[oa]|madre|padre|herman[oa]|t[ií][oa]|"
    r"abuel[oa]|jef[ea]|"
    r"collega|amic[oa]|moglie|marito|figli[oa]|mamma|papà|fratello|sorella|zi[oa]|nonn[oa]|capo|"
    r"collega|vriend|vriendin|vrouw|man|zoon|dochter|moeder|vader|broer|zus|oom|tante|"
    r"kolega|koleżanka|kumpel|przyjaciel|przyjaciółka|żona|mąż|syn|córka|mama|tata|brat|"
    r"siostra|wujek|ciocia|babcia|dziadek|szef|szefowa|"
    r"colega|esposa|filh[oa]|mãe|pai|irmã|irmão|avó|avô|chefe|"
    rf"{_TITLES})[ \t]+$"
)


def assistant_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one of ASSISTANT_NAMES alone, with no word before it that
    makes it a person's ("Claude of Gemini?" is; "mijn collega Claude" is not). Those that
    are people's first names as often (Claude, Gemma, Siri, Alexa) only beside another
    assistant or a word of AI ("Claude czy Gemini", "Claude's API"; not "Gemma called me")."""
    name = text[start:end].casefold()
    if name not in ASSISTANT_NAMES or _KIN_BEFORE.search(text, max(0, start - 24), start):
        return False
    if name not in _FIRST_NAME_ASSISTANTS or _DEVICE_BEFORE.search(text, max(0, start - 32), start):
        return True
    return bool(_ai_words(text) - {name})


@functools.lru_cache(maxsize=16)
def _ai_words(text: str) -> frozenset[str]:
    """The words of AI in the text, case-folded: read once per text, not once per name in it."""
    return frozenset(match.group().casefold() for match in _AI_WORD.finditer(text))


_FIRST_NAME_ASSISTANTS = frozenset({"claude", "gemma", "siri", "alexa"})


# An article or a possessive makes one a device or a product: "mi Alexa no conecta", "my Siri";
# so does what works with it: "a lâmpada funciona com a Alexa?".
_DEVICE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:my|the|your|our|mi|tu|su|la|el|mijn|het|mein|meine|die|der|das|"
    r"mon|ma|le|il|lo|moja|mój|moje|meu|minha|"
    r"(?:works?|working|compatible|compatível|compativel|funciona|funcionan|funcionam|"
    r"kompatibel|werkt|fonctionne|funziona|działa)[ \t]+(?:with|com|con|mit|met|avec|z)"
    r"(?:[ \t]+(?:a|o|la|el|der|die|de|het|l'))?)[ \t]+$"
)


_AI_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:ai|llm|llms|gpt[\w.\-]*|chatgpt|gemini|llama|mistral|copilot|grok|qwen|"
    r"deepseek|ollama|sonnet|opus|haiku|anthropic|openai|chatbot|prompt|prompts|tokens?|api|"
    r"model|models|claude|gemma|siri|alexa|assistant|ki|ia)(?![\w'’])"
)


# Shrines named like women, where pilgrims and coach tours go: "is Lourdes included in the
# coach tour?", "Fátima está incluída na excursão?".
_SHRINES = frozenset(
    {"lourdes", "fátima", "fatima", "montserrat", "guadalupe", "covadonga", "loreto",
     "medjugorje", "częstochowa", "czestochowa", "rocío", "rocio", "knock", "walsingham"}
)  # fmt: skip
_TRIP_WORDS = re.compile(
    r"(?i)(?<![\w'’])(?:tour|trip|coach|pilgrimage|excursion|itinerary|circuit|circuito|"
    r"excursión|excursion|excursão|excursao|peregrinación|peregrinacion|peregrinação|romaria|"
    r"santuario|santuário|sanctuary|autocar|autocarro|ônibus|pullman|gita|pellegrinaggio|"
    r"busreis|bedevaart|reis|pielgrzymk\w*|wycieczk\w*|pèlerinage|pelerinage|voyage|séjour|"
    r"wallfahrt|reise|ausflug|hotel)(?![\w'’])"
)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding text[start] begins: after the last ".", "!", "?" or line
    break before it."""
    return max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1


def _a_shrine_on_a_trip(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the one word at start is a shrine named like a woman in a sentence about a
    trip: "¿Hay autocar a Lourdes para la peregrinación?" (not "Lourdes García me llamó")."""
    if len(words) != 1 or words[0] not in _SHRINES:
        return False
    sentence_start = _sentence_start(text, start)
    found = min((i for i in (text.find(m, end) for m in ".!?\n") if i != -1), default=len(text))
    # Gone to, or part of the tour: "a Lourdes", "is Lourdes included", "Lourdes entra en el
    # circuito" (not "Lourdes booked the hotel for us").
    where = _DESTINATION_BEFORE.search(text, max(0, start - 12), start) or _IN_THE_TOUR.search(
        text, end, found
    )
    return bool(where and _TRIP_WORDS.search(text, sentence_start, found))


_IN_THE_TOUR = re.compile(
    r"(?i)(?<![\w'’])(?:included|inclu[ií]d[ao]s?|inclus[eao]?|inbegrepen|inkludiert|enthalten|"
    r"compris[e]?|incluso|entra|wchodzi)(?![\w'’])"
)


def _of_a_town_adjective(word: str, written_next: str, next_word: str) -> bool:
    """Whether the case-folded word is a German town's adjective before a capitalised thing:
    "wiener" before "Würstchen", "frankfurter" before "Kranz" (not a first name, "Henner
    Dörr", nor a surname before a name or a word in lower case, "Kapeller vom Fundbüro")."""
    if not word.endswith("er") or len(word) < 6 or word in FIRST_NAMES:
        return False
    if not written_next[:1].isupper() or (word in LAST_NAMES and _is_name_word(next_word)):
        return False
    town = word[:-2]
    return any(name in _german_towns() for name in (town, town + "e"))


@functools.cache
def _german_towns() -> frozenset[str]:
    """Towns of the lists, and the first word of those named on a river ("frankfurt am
    main")."""
    towns = place_names() | world_cities()
    on_rivers = (name.split()[0] for name in towns if re.search(r" (?:am|an der|ob der|im) ", name))
    return frozenset(towns) | frozenset(on_rivers)


_LANGUAGE_NAMES = frozenset(
    {"english", "german", "french", "spanish", "italian", "dutch", "polish", "portuguese",
     "japanese", "chinese", "korean", "russian", "arabic", "turkish", "greek", "swedish",
     "danish", "norwegian", "finnish", "czech", "hungarian", "romanian", "ukrainian", "hindi",
     # And as Dutch and German name them: "in het Frans", "auf Englisch".
     "frans", "engels", "duits", "spaans", "italiaans", "pools", "englisch", "französisch"}
)  # fmt: skip
_INTO_A_LANGUAGE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:into|in|speak|speaks|learn|learning|in het|naar het|auf|ins)[ \t]+$"
)
_FROM_OR_TO_BEFORE = re.compile(r"(?i)(?<![\w'’\-])(?:from|to)[ \t]+$")
_TRANSLATE = re.compile(r"(?i)(?<![\w'’\-])translat")


_TOWN_LABEL_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:miejscowość|miejscowosc|miasto|city|town|ville|ciudad|localidad|"
    r"cidade|localidade|città|citta|comune|stad|plaats|woonplaats|ort|stadt|wohnort|gemeinde)"
    r"(?:[ \t]+[^\W\d_]+)?[ \t]*:[ \t]*$"
    # Or in apposition after one's own town: "Na minha cidade, Pastor, não tem agência".
    r"|(?i:(?<![\w'’\-])(?:minha|nossa|mi|nuestra|ma|notre|mia|nostra|mijn|onze|my|our|meine|"
    r"unsere)[ \t]+(?:cidade|ciudad|ville|città|stad|city|town|stadt|vila|pueblo|village|dorp|"
    r"terra|aldeia)[ \t]*,[ \t]*$)"
    # Or in Polish before it, no colon: "jedziemy do miejscowości Rumia", "z miasta Reda".
    r"|(?i:(?<![\w'’\-])(?:miejscowości|miejscowosci|miasta|miasteczka|gminy|wsi)[ \t]+$)"
)


_POSSESSIVE_THEN_WORD = re.compile(r"['’]s[ \t]+[\w'’\-]+")
_GREETINGS_NAMED_LIKE_PEOPLE = {
    "ola": ("pt", "es"),
    "alo": ("pt", "es"),
    "allo": ("fr",),
    "dag": ("nl",),
    "beste": ("nl",),
}
_GREETING_END = re.compile(r"[ \t]*[,!]")
_TOWNS_WITH_AN_ARTICLE = frozenset(
    {"porto", "rio", "recife", "algarve", "alentejo", "minho", "douro", "ribatejo", "chiado",
     "rossio", "cairo"}
)  # fmt: skip
# Not with someone: "falei com o Rio ontem".
_MASCULINE_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’\-])(?:(?<!com )o|do|no|ao|pelo|pro)[ \t]+$")
_LOWER_VIA_BEFORE = re.compile(r"(?<![\w'’\-])via[ \t]+$")
_LOWER_WORD_AFTER = re.compile(rf"[ \t]+[{_LOWER}]")
_PLURAL_SUBJECT_AFTER = re.compile(r"[ \t]+(?:jullie|wij|we|Sie|wir|ihr)(?![\w'’])")
_SINGULAR_SUBJECT_AFTER = re.compile(r"[ \t]+(?:je|jij|u|ik)(?![\w'’])")
_DUTCH_VERBS_NAMED_LIKE_PEOPLE = frozenset({"ben", "wil", "mag", "kan", "zal", "heb", "kun"})
# "or" then a word in lower case: the other thing to choose.
_OTHER_CHOICE_AFTER = re.compile(
    r"[ \t]+(?P<conjunction>o|ou|of|or|oder|lub|albo)[ \t]+(?P<word>[a-zà-öø-ÿ][\w'’\-]*)"
)
# Words after "or" that make the choice one between people: pronouns, articles and
# possessives before a person ("Ana ou eu?", "Tom or the manager?").
_PERSON_AFTER_OR = frozenset(
    {"eu", "yo", "tu", "tú", "você", "vocês", "ele", "ela", "él", "ella", "nosotros", "nós",
     "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "me", "mij", "him", "her", "you",
     "moi", "toi", "lui", "elle", "io", "lei", "ja", "ty", "on", "ona", "ich", "du",
     "er", "sie", "mim", "ti", "mí", "il", "la", "los", "las", "el", "lo", "le", "les", "het",
     "a", "o", "os", "as", "um", "uma", "un", "una", "een", "the", "mi", "mis", "meu", "minha",
     "mijn", "my", "mon", "ma", "mes", "su", "seu", "sua", "zijn", "haar", "his", "alguien",
     "alguém", "nadie", "ninguém", "iemand", "someone", "anyone", "quelqu'un", "qualcuno"}
)  # fmt: skip


def _of_a_saint(words: list[str], after_saint: bool) -> bool:
    """Whether the words (case-folded) name a saint, or a place or a holiday after one: a
    saint's word then a first name or nothing ("St Patrick's", "São Paulo", "Semana Santa"),
    not then a surname ("Santo Armendáriz", "Santa Lopez" are people)."""
    listed = ["saint", *words] if after_saint else words
    for index, word in enumerate(listed):
        if word.rstrip(".") not in _SAINTS:
            continue
        # "Jonathan St. John", "Sarah San Martin": a name before it is a person's.
        if any(w in FIRST_NAMES or w in LAST_NAMES for w in listed[:index]):
            return False
        following = listed[index + 1 :]
        if not following:
            return True
        name = following[0].removesuffix("'s").removesuffix("’s")
        return not (name in LAST_NAMES and name not in FIRST_NAMES)
    return False


# A choice between two things, then "which": "Gaviscon or Rennie for heartburn, which one is
# ok?", "Jacobs Krönung czy Tchibo, który macie?", "Sanitas o Adeslas, cuál tiene la empresa?"
# (not "who": "Anna or Maria, who is on call?").
_CHOICE_ITEM = rf"{_CAP_WORD}(?:[ \t]+(?:&[ \t]+)?{_CAP_WORD}){{0,2}}"


_CHOICE = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*)(?P<choice>{_CHOICE_ITEM}[ \t]+(?:or|oder|ou|o|of|czy|lub)[ \t]+"
    rf"{_CHOICE_ITEM})(?:[ \t]+(?:for|für|pour|para|per|voor|na|do)[ \t]+[^,?!\n]{{1,40}})?"
    r"[ \t]*,[ \t]*(?i:which|what|welche[rsn]?|was|welke?|quale|quali|cosa|cu[áa]l|cu[áa]les|"
    r"qual|quais|c'est lequel|c'est laquelle|lequel|laquelle|który|która|które|co)(?![\w'’])"
)


def _a_choice(text: str, start: int, end: int) -> bool:
    """Whether the words are one of two things to choose from (see _CHOICE)."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(
        choice.start("choice") <= start and end <= choice.end("choice")
        for choice in _CHOICE.finditer(text, line_start, end + 200)
    )


# Stations and airports in the languages, whose town follows or stands in the name.
_STATIONS_AND_AIRPORTS = frozenset(
    {"dworca", "dworzec", "lotnisko", "lotniska", "estação", "estacao", "estación", "estacion",
     "stazione", "gare", "bahnhof", "flughafen", "aeroporto", "aeropuerto", "aéroport",
     "luchthaven", "cercanías", "cercanias", "rodalies"}
)  # fmt: skip


# Town halls and public offices, which the languages name with capitals: "A Câmara
# Municipal de …", "la Mairie de …", "das Rathaus …" (not "Câmara" alone, a surname too).
_OFFICE_WORDS = frozenset(
    {
        "municipal", "freguesia", "mairie", "préfecture", "prefecture",
        "ayuntamiento", "comune", "gemeente", "rathaus", "stadtwerke", "urząd", "gmina",
        # Water and energy boards: "Waterbedrijf Lelystad", "Serviços Municipalizados de …".
        "municipalizados", "waterbedrijf", "energiebedrijf", "wasserwerk", "wasserwerke",
        "régie",
        # Stations and airports: "do Dworca Centralnego", "na estação de Campanhã".
        "dworcu", "stacja", "stacji", "hauptbahnhof",
    }
    | _STATIONS_AND_AIRPORTS
)  # fmt: skip


# A match's sides: "Legia - Lech", "Benfica against Porto", "Ajax vs. PSV".
_VERSUS = r"(?:[-–]|vs\.?|v\.?|versus|against|contre|contra|gegen|tegen|przeciw|contro)"
_FIXTURE_BEFORE = re.compile(rf"(?<![\w'’\-])([{_UPPER}][\w'’\-]+)[ \t]+{_VERSUS}[ \t]+$")
_FIXTURE_AFTER = re.compile(rf"[ \t]+{_VERSUS}[ \t]+([{_UPPER}][\w'’\-]+)(?![\w'’\-])")


def _a_fixture(text: str, start: int, end: int) -> bool:
    """Whether the one word at start is a side of a match or a route across a spaced dash,
    the other side a club or a town ("Legia - Lech", "Betis - Sevilla"): no name and no
    common word there (not "Kontakt - Anna")."""
    other = _FIXTURE_BEFORE.search(text, max(0, start - 40), start) or _FIXTURE_AFTER.match(
        text, end
    )
    if other is None:
        return False
    word = other.group(1)
    bare = word.casefold()
    return not _is_name_word(word) and (not _common(bare) or bare in place_names())


# A colour after "in", as shops write it: "auch in Schwarz? in Weiß", "en Blanco", "w kolorze
# Biały" ("Weiß", "Blanco", "Rosa" are surnames and first names too).
_IN_A_COLOUR = re.compile(
    r"(?i)(?<![\w'’])(?:in|en|em|im|w|op|auf|na|kolorze|colou?r|farbe|couleur|colore|cor|kleur)"
    r"[ \t]+(?:white|black|red|blue|green|grey|gray|brown|pink|purple|beige|silver|gold|"
    r"weiß|weiss|schwarz|rot|blau|grün|gelb|grau|braun|rosa|lila|silber|türkis|"
    r"blanc|blanche|noir|noire|rouge|bleu|vert|jaune|gris|marron|rose|violet|"
    r"blanco|blanca|negro|negra|rojo|azul|verde|amarillo|marrón|morado|"
    r"bianco|bianca|nero|nera|rosso|azzurro|giallo|grigio|marrone|viola|"
    r"wit|zwart|rood|blauw|groen|geel|grijs|bruin|roze|paars|oranje|"
    r"biały|biała|czarny|czarna|czerwony|niebieski|zielony|szary|różowy|"
    r"branco|branca|preto|preta|vermelho|amarelo|cinzento|cinza|castanho|roxo|dourado)"
    r"(?![\w'’\-])"
)


# The prepositions that join a thing to its town: "Europcar de Faro", "Dworca Zachodniego do
# Pszczyna", "Hotel am Wörthersee".
_TOWN_JOINERS = frozenset(
    {"de", "do", "da", "di", "del", "du", "am", "an", "in", "z", "w", "von", "van"}
)


# A shop's or a firm's branch, then where it is: "la Fnac de |Besse|", "Lidl in |Hameln|",
# "o armazém de |Alverca|". After a shop's own name any word is a town; after a word for a
# branch not a known first name ("la tienda de Marta" is hers).
_BRANCH_WORDS = (
    r"shop|store|branch|warehouse|outlet|office|loja|armazém|armazem|agência|agencia|"
    r"sucursal|tienda|almacén|almacen|oficina|magasin|dépôt|depot|entrepôt|agence|succursale|"
    r"boutique|negozio|magazzino|filiale|agenzia|sede|winkel|vestiging|magazijn|filiaal|"
    r"kantoor|lager|geschäft|zweigstelle|geschäftsstelle|sklep|oddział|oddzial|magazyn|"
    r"salon|placówka|hotel|shopping|municipal|municipalizados|multibanco|cajero|"
    # Town halls, areas and sorting centres: "la mairie de Bègue", "na zona de Oliveira",
    # "o centro de distribuição de Rocha".
    r"mairie|câmara|camara|prefeitura|ayuntamiento|comune|municipio|município|gemeente|"
    r"rathaus|zona|região|regiao|région|region|regione|regio|bairro|barrio|quartier|"
    r"arredores|alrededores|environs|distribuição|distribuicao|distribución|distribucion|"
    r"distribution|triagem|sortownia|sortowni|"
    # Clubs, teams, schools and practices: "la squadra di basket di Gallarate", "a academia de
    # Oeiras", "le cabinet médical de Bègue" (not a first name: "el equipo de Pedro").
    r"squadra|equipo|equipa|équipe|equipe|club|clube|verein|vereniging|klub|drużyna|druzyna|"
    r"academia|académie|accademia|academie|akademia|clínica|clinica|clinique|kliniek|"
    r"klinika|veterinária|veterinaria|vétérinaire|médical|medical|consultorio|"
    r"consultório|biblioteca|bibliothèque|bibliotheek|biblioteka|"
    # The last word of a town's thing, or what is typical of a town: "o centro de saúde de
    # Nogueira", "la vieille ville de Rapin", "le gâteau typique de Bonnet" (not "typique de
    # Pierre": a first name is a person after these).
    r"histórico|historico|storico|ville|antiguo|alimentar|saúde|saude|salud|médicale|"
    r"medicale|típico|típica|típicos|típicas|tipico|tipica|tipici|typique|typiques|typisch|"
    r"typische|typowy|typowe|"
    # Day nurseries and races: "a creche de Rocha", "a meia maratona de Sales".
    r"creche|crèche|guardería|guarderia|kinderopvang|kita|asilo nido|żłobek|maratona|maratón|"
    r"maraton|marathon|marathonloop|"
    # Local papers: "de lokale krant van Rijnsburg", "o jornal de Barros".
    r"krant|jornal|periódico|periodico|diario|journal|giornale|zeitung|gazeta|gazzetta|"
    # Pharmacies and restaurants: "a farmácia de Souza" (not "la farmacia de Pilar", hers).
    r"farmácia|farmacia|pharmacie|apotheek|apotheke|apteka|restaurante|ristorante|restaurant|"
    # Pizzerias, gyms, cinemas, bakeries and supermarkets: "a pizzaria de Correia", "o ginásio
    # de Melo", "no cinema de Rocha".
    r"pizzaria|pizzeria|pizzería|ginásio|ginasio|gimnasio|sportschool|cinema|bioscoop|"
    r"padaria|panadería|panaderia|bakkerij|pastelaria|pastelería|supermercado|supermercato|"
    r"supermarkt|supermarché|hipermercado|livraria|librería|boekhandel|lavandaria|lavandería|"
    r"pousada|posada|albergue|"
    # And what a town has many of: "os restaurantes de Barbosa", "les plages de Hamon", "os
    # pontos turísticos de …" (not "os restaurantes de Ana Luísa").
    r"restaurantes|restaurants|ristoranti|lojas|tiendas|magasins|negozi|winkels|hotéis|hoteis|"
    r"hoteles|hôtels|hotels|alberghi|bares|praias|playas|plages|spiagge|escolas|escuelas|"
    r"écoles|scuole|scholen|farmácias|farmacias|pharmacies|farmacie|apotheken|museus|museos|"
    r"musées|musei|musea|igrejas|iglesias|églises|chiese|kerken|parques|parcs|parchi|"
    r"monumentos|monuments|monumenti|atrações|atracoes|atracciones|attractions|attrazioni|"
    r"bairros|barrios|quartiers|trilhas|senderos|sentieri|cachoeiras|cascadas|autocarros|"
    r"autobuses|comboios|trens|turísticos|turisticos|turísticas|turisticas|touristiques|"
    r"turistici|turistiche|toeristische"
)
# What a town has and no one owns, named after it: "o mercado de Barros", "las fiestas de
# León", "l'hôpital de Grégoire", "het ziekenhuis van Opheusden", "la plage près de …" (not
# "la fiesta de María", her party).
_TOWN_THINGS = frozenset(
    {"market", "mercado", "mercadillo", "feira", "feria", "marché", "marche", "mercato", "markt",
     "jaarmarkt", "weekmarkt", "wochenmarkt", "targ", "targowisko", "fiestas", "festas",
     "fêtes", "feste", "festival", "carnaval", "carnevale", "kermis", "romaria", "romería",
     "hospital", "hôpital", "hopital", "ospedale", "ziekenhuis", "szpital", "krankenhaus",
     "museo", "museu", "musée", "musee", "museum", "muzeum", "playa", "praia", "plage",
     "spiaggia", "strand", "plaża", "plaza", "catedral", "cathédrale", "cattedrale",
     "kathedraal", "castillo", "castelo", "château", "chateau", "castello", "kasteel", "zamek",
     "universidad", "universidade", "université", "università", "universiteit",
     "uniwersytet", "universität", "university", "estadio", "estádio", "stade", "stadio",
     "stadion", "duomo", "campismo", "camping", "brocante", "zoo", "patinoire", "piscine",
     "piscina", "zwembad", "basen", "igreja", "iglesia", "église", "chiesa", "kerk", "kościół",
     "matriz", "parroquia", "paróquia", "paroisse", "parrocchia", "parochie", "parafia",
     "verbena", "procissão", "procesión", "procession", "processione", "pavilhão",
     "polideportivo",
     # Bus stations, post offices, town halls and sorting centres: "a rodoviária de Brito",
     # "os correios de Pereira", "a prefeitura de Pastor", "o centro de distribuição de
     # Cirino".
     "rodoviária", "rodoviaria", "terminal", "correios", "correos", "postkantoor", "poczta",
     "mairie", "prefeitura", "ayuntamiento", "municipio", "município", "gemeentehuis",
     "stadhuis", "rathaus", "distribuição", "distribuicao", "distribución", "distribucion",
     "triagem", "sortownia", "sortowni",
     # Provinces, counties and districts: "en la provincia de Cuenca".
     "provincia", "província", "provincie", "province", "comarca", "distrito", "district",
     "departamento", "département", "county", "condado", "concelho", "powiat",
     # Libraries, registry offices, bike paths.
     "biblioteca", "bibliotecas", "bibliothèque",
     "bibliotheek", "biblioteka", "bibliothek", "cartório", "cartorio", "ciclovia",
     # Where a town's waste goes: "het recyclagepark van Wuustwezel", "el punto limpio de …".
     "recyclagepark", "containerpark", "milieustraat", "milieupark", "déchetterie",
     "decheterie", "ecoparque", "ecocentro", "ecoponto", "wertstoffhof", "recyclinghof",
     "isola ecologica", "pszok",
     # Bike paths, pounds, pick-up points and fine-arts museums: "la piste cyclable de
     # Beguin", "la fourrière de Cousin", "le point relais de Lejeune".
     "piste cyclable", "pista ciclabile", "carril bici", "fietspad", "radweg", "fourrière",
     "deposito veicoli", "depósito municipal", "relais", "point relais", "beaux-arts",
     "bureau de poste", "semi-marathon", "semi-maratona", "media maratón", "mezza maratona",
     "halve marathon", "halbmarathon",
     # Health posts: "o posto de saúde de Fátima" (but "a saúde de Fátima" is hers).
     "posto de saúde", "postos de saúde", "centro de saúde", "centros de saúde",
     "unidade de saúde", "centro de salud"}
)  # fmt: skip
_STATIONS = "|".join(
    sorted(
        _STATIONS_AND_AIRPORTS
        | _TOWN_THINGS
        | {"airport", "station", "centre", "centro", "zentrum", "centrum"},
        key=lambda word: (-len(word), word),
    )
)
_BRANCH_WORDS += "|" + _STATIONS
_STATION_WORD = re.compile(rf"(?i)(?:{_STATIONS})")
# An elided article before the word: "l'aéroport", "dell'agenzia".
_ELIDED = re.compile(r"(?i)^(?:l|d|dell|all|nell|sull|dall)['’]")
# Polish names the town after the branch with no preposition: "w oddziale Rumia".
# A joining word the model's span may open with: "au dépôt |de Besse|".
_OPENING_JOINERS = _TOWN_JOINERS | {"van", "uit"}
_POLISH_BRANCH = re.compile(r"(?i)oddzia[łl]\w*|filii|filia|placówce|placówka|sklepie")
# And Dutch airports and town halls, in Dutch: "op het vliegveld Eindhoven", "het stadhuis
# Zwolle" (not "the station Anna told us about").
_DUTCH_BRANCH = re.compile(
    r"(?i)vliegveld|luchthaven|station|stadhuis|gemeentehuis|regio|omgeving|gemeente|provincie"
)
_BRANCH_WORD = re.compile(rf"(?i)(?:{_BRANCH_WORDS})")
_BRANCH_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?P<branch>{_BRANCH_WORDS}|[^\W\d_][\w'’&.\-]*)[ \t]+"
    r"(?P<joiner>(?:de|do|da|di|del|della|du|des|in|at|von|van|of|w|z|em|en|à)"
    # A town's own particle after it: "o armazém de da Paz".
    r"(?:[ \t]+(?:la|l'|le|da|do|das|dos))?[ \t]+)?$"
)


# The same with a word that says what kind of branch it is: "a feira livre de Viana", "la
# zona rural de Sá", "o hospital municipal de …".
_BRANCH_OF_A_KIND_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?P<branch>{_BRANCH_WORDS})[ \t]+"
    r"(?!(?:de|do|da|di|del|della|du|des|van|von|em|en|in|at|of|das|dos)[ \t])"
    rf"(?-i:[{_LOWER}][{_LOWER}\-]{{2,}})[ \t]+"
    r"(?P<joiner>(?:de|do|da|di|del|della|du|des|van|von|em|en)"
    r"(?:[ \t]+(?:la|l'|le|da|do|das|dos))?[ \t]+)?$"
)


_COMPOUND_BRANCH = re.compile(
    r"(?i)[^\W\d_]{3,}(?:vereniging|verein|club|klub|school|schule|winkel|markt|kantoor|"
    r"ziekenhuis|bibliotheek|museum|centrum|zentrum|station|bahnhof|park|bad|halle|hal|kerk|"
    r"kirche|stadion|team|ploeg)"
    # Or what the town hall levies or runs: "de gemeentebelasting van Broek".
    r"|(?i:(?:gemeente|gemeinde|stads|stadt)[^\W\d_]{3,})"
)


def _a_branch_in(text: str, start: int, words: list[str]) -> bool:
    """Whether the words at start are where a shop, a firm's branch or a depot is."""
    window = max(0, start - 40)
    match = _BRANCH_BEFORE.search(text, window, start)
    of_a_kind = _BRANCH_OF_A_KIND_BEFORE.search(text, window, start)
    # The kind's own word may be a branch word too: "a biblioteca municipal de Pastor".
    if of_a_kind is not None and (
        match is None
        or not _BRANCH_WORD.fullmatch(_ELIDED.sub("", match.group("branch")))
        or _STATION_WORD.fullmatch(_ELIDED.sub("", of_a_kind.group("branch")))
    ):
        match = of_a_kind
    # The joining word before the span or inside it ("au dépôt |de Besse|", "het ziekenhuis
    # |van Loker|").
    joined = len(words) > 1 and words[0] in _OPENING_JOINERS
    if match is None:
        return False
    dutch = _DUTCH_BRANCH.fullmatch(match.group("branch")) and _written_in(text, ("nl",))
    if not (
        match.group("joiner") or joined or _POLISH_BRANCH.fullmatch(match.group("branch")) or dutch
    ):
        return False
    place = words[1] if joined else words[0]
    branch = _ELIDED.sub("", match.group("branch"))
    # No one owns a station or an airport: "l'aéroport de Renaud"; nor a health post: "o
    # posto de saúde de Fátima" (but "a saúde de Fátima" is hers).
    if _STATION_WORD.fullmatch(branch):
        return True
    # Dutch and German write the kind into one word: "de korfbalvereniging van Basse-Bodeux",
    # "der Sportverein von …", "de voetbalclub van …".
    compound = _COMPOUND_BRANCH.fullmatch(branch) and _written_in(text, ("nl", "de"))
    if _BRANCH_WORD.fullmatch(branch) or _POLISH_BRANCH.fullmatch(branch) or dutch or compound:
        # After a particle with no given name the place is no one's: "o armazém de da Paz".
        particle = (match.group("joiner") or "").split()[1:] in (["da"], ["do"], ["das"], ["dos"])
        # Nor is a town of two words or more that opens with one: "a creche municipal de
        # Santiago do Cacém"; nor a city of 100,000 or more alone: "la oficina de León".
        town = words[1:] if joined else words
        return (
            particle
            or place not in FIRST_NAMES
            or (len(town) > 1 and " ".join(town) in place_names())
            or (len(town) == 1 and place in large_cities())
        )
    return branch[:1].isupper() and known_brand(text, match.start("branch"), match.end("branch"))


def _of_a_town(words: list[str]) -> bool:
    """Whether case-folded words are a thing and its town: words that hold no known name, a
    joining word, then a known town ("europcar de faro"; not "maria de faro", "ponce de
    león")."""
    for index in range(len(words) - 2, 0, -1):
        if words[index] in _TOWN_JOINERS:
            return " ".join(words[index + 1 :]) in place_names() and not any(
                word in FIRST_NAMES or word in LAST_NAMES for word in words[:index]
            )
    return False


_SPAN_WORD = re.compile(r"\S+")


def _a_branch_named(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words at text[start:end] (case-folded in words) are a shop's or an office's
    name and its town, in one span: a known brand or common words, a joining word, then no
    known first name ("Worten de Nunes", "Serviços Municipalizados de Farias"; not "Maria de
    Faro", "Ponce de León", "Dona de Souza"), no street with its house number ("Favela de
    Melo, 357")."""
    if _HOUSE_NUMBER_AFTER.match(text, end):
        return False
    for index in range(1, len(words) - 1):
        if words[index] not in _TOWN_JOINERS:
            continue
        head = words[:index]
        if any(word in FIRST_NAMES or word in LAST_NAMES for word in head):
            return False
        written = list(_SPAN_WORD.finditer(text, start, end))
        if len(written) != len(words):
            return False
        head_end, joiner = written[index - 1].end(), written[index].end()
        if _TITLE_BEFORE.search(text, start, joiner + 1):
            return False
        # What no one owns, and its town: "|Recyclagepark van Wuustwezel|".
        if known_brand(text, start, head_end) or (
            len(head) == 1
            and _STATION_WORD.fullmatch(head[0])
            and words[index + 1] not in FIRST_NAMES
        ):
            return True
        return (
            _common(head[0])
            and not any(map(_is_name_word, head))
            and words[index + 1] not in FIRST_NAMES
        )
    return False


# A trip between two towns, written with a dash: "vuelo de Vueling Almería-Palma", "voo da
# TAP Vila Nova de Gaia-Funchal", "the Berlin-Warsaw train".
_ROUTE_WORDS_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:flights?|trains?|bus|coach|ferry|route|vuelos?|tren|autobús|ruta|"
    r"trayecto|vols?|trajet|volo|voli|treno|tratta|vlucht|trein|flug|zug|lot|pociąg|voos?|"
    r"comboio|autocarro|ônibus|rota|trajeto|caminho|camino|distância|distancia|distance|"
    r"distanza|percorso|afstand|entfernung|strecke|odległość|trasa)(?![\w'’\-])[^.!?\n]{0,40}$"
)
_ROUTE = re.compile(r"([^\W\d_][\w'’]*)-([^\W\d_][\w'’]*)")


_ROUTE_END = re.compile(r"[ \t]+[-–][ \t]+([^\W\d_][\w'’]*)")
_ROUTE_START = re.compile(r"(?<![\w'’\-])([^\W\d_][\w'’]*)[ \t]+[-–][ \t]+$")
# An arrow between two places is a trip whatever is said before: "Porto → Melo".
_ARROW_END = re.compile(r"[ \t]*(?:→|->|=>|⇒|➔)[ \t]*([^\W\d_][\w'’]*)")
_ARROW_START = re.compile(r"(?<![\w'’\-])([^\W\d_][\w'’]*)[ \t]*(?:→|->|=>|⇒|➔)[ \t]*$")

# A town on its river, German-style: "Frankfurt am Main", "Bruck an der Mur", "Sandoz an der
# Aare"; the river and the town's first word are a place either way.
_RIVERS = (
    r"Main|Rhein|Donau|Mur|Oder|Elbe|Isar|Ruhr|Lahn|Mosel|Neckar|Inn|Aare|Saale|Havel|Spree|"
    r"Weser|Lech|Ilm|Ill|Lippe|Sieg|Fulda|Werra|Enns|Ybbs|Traun|Salzach|Drau|Limmat|Reuss|Thur|"
    # And on a lake or a ridge: "Zell am See", "Hausen am Albis".
    r"See|Albis"
)
_ON_A_RIVER_AFTER = re.compile(rf"[ \t]+(?:am|an der|ob der|im)[ \t]+(?:{_RIVERS})(?!\w)")
_ON_A_RIVER_BEFORE = re.compile(rf"[{_UPPER}][\w'’\-]*[ \t]+(?:am|an der|ob der|im)[ \t]+$")
_A_RIVER = re.compile(rf"(?:{_RIVERS})")


def _on_a_river(text: str, start: int, end: int) -> bool:
    """Whether the words at start are a town by its river, or the river that ends one."""
    if _ON_A_RIVER_AFTER.match(text, end):
        return True
    return bool(
        _A_RIVER.fullmatch(text, start, end)
        and _ON_A_RIVER_BEFORE.search(text, max(0, start - 40), start)
    )


_TOWN_WORD_BEFORE = re.compile(
    rf"(?:[{_UPPER}][\w'’\-]*|de|da|do|dos|das|di|del|della|la|le|sur|en|aan|den|het|op)$"
)


def _end_of_a_town(text: str, start: int, words: list[str]) -> bool:
    """Whether the words end a town of the lists whose first words stand right before them:
    "Vila Nova de |Gaia|", "Santa Cruz de |Tenerife|"."""
    before = text[max(0, start - 40) : start].split()
    taken: list[str] = []
    while before and len(taken) < 4 and _TOWN_WORD_BEFORE.fullmatch(before[-1]):
        taken.insert(0, before.pop())
        # A town's name opens with a capital: "Vila", not "de".
        if taken[0][:1].isupper() and " ".join(taken + words).casefold() in place_names():
            return True
    return False


def _start_of_a_town(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words' last ones open a town of the lists whose other words follow right
    after them: "o balcão |de Oliveira| do Bairro", "o ponto |Pickup de Torres| Vedras". What
    stands before the town in the span is joining or common words, no name ("|João Oliveira|
    do Bairro" is someone)."""
    written = [w.group().strip(",.") for w in _SPAN_WORD.finditer(text, start, end)]
    if len(written) != len(words):
        return False
    after: list[str] = []
    for word in text[end : end + 48].split()[:4]:
        bare = word.rstrip(",.;:!?)")
        if not _TOWN_WORD_BEFORE.fullmatch(bare):
            break
        after.append(bare.casefold())
        for opening in range(len(words)):
            head = words[:opening]
            if not written[opening][:1].isupper() or any(
                w in FIRST_NAMES or w in LAST_NAMES for w in head if w not in _TOWN_JOINERS
            ):
                continue
            if " ".join(words[opening:] + after) in place_names():
                return True
        if bare != word:
            break
    return False


def part_of_a_town(text: str, start: int, end: int) -> bool:
    """Whether the one word at start..end opens or ends a town of two words or more of the
    lists whose other words stand beside it: "Torres" in "o Carnaval de Torres Vedras",
    "Gaia" in "Vila Nova de Gaia"."""
    word = [text[start:end].casefold()]
    return _start_of_a_town(text, start, end, word) or _end_of_a_town(text, start, word)


def _a_route(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] hold or end in a trip between two towns, one of
    them a known town, after a word for the trip: "Almería-Palma", "Transavia Cattin - Porto",
    "trajet Paris - Didier"."""
    arrow = _ARROW_END.match(text, end) or _ARROW_START.search(text, max(0, start - 40), start)
    if arrow is not None and arrow.group(1).casefold() in place_names():
        return True
    if not _ROUTE_WORDS_BEFORE.search(text, max(0, start - 48), start):
        return False
    right = _HYPHENATED_RIGHT.match(text, end)
    stretch = text[start : right.end() if right else end]
    other = _ROUTE_END.match(text, right.end() if right else end) or _ROUTE_START.search(
        text, max(0, start - 40), start
    )
    return any(
        a.casefold() in place_names() or b.casefold() in place_names()
        for a, b in _ROUTE.findall(stretch)
    ) or (other is not None and other.group(1).casefold() in place_names())


# Both towns of a trip between two: "el mejor camino entre León y Zamora", "le trajet entre
# Lyon et Bazin" (not "entre Marie et Paul": only after a word for the trip).
_BETWEEN = r"(?:entre|between|tra|fra|tussen|zwischen|między|miedzy)"
_TOWN_WORDS_OF = (
    rf"(?:(?:da|do|das|dos)[ \t]+)?"
    rf"[{_UPPER}][\w'’\-]*(?:[ \t]+(?:(?:de|do|da|del|di)[ \t]+)?[{_UPPER}][\w'’\-]*)?"
)
# Or one side a place by its kind: "a distância entre Porto e a capital".
_A_KIND_OF_PLACE = (
    r"(?i:(?:the|a|o|la|el|le|l'|il|het|de|das|die|der)[ \t]*(?:capital|capitale|centro|"
    r"centre|center|cidade|ciudad|ville|città|city|stad|stadt|hoofdstad|hauptstadt|costa|coast|"
    r"côte|kust|küste|litoral|praia|playa|plage|airport|aeroporto|aeropuerto|aéroport|"
    r"luchthaven|flughafen|fronteira|frontera|frontière|border|grens|grenze|centrum|zentrum|"
    r"estação|estacao|estación|estacion|station|gare|stazione|bahnhof|rodoviária|rodoviaria|"
    r"terminal)"
    r"(?![\w'’\-]))"
)
_BETWEEN_TWO = re.compile(
    rf"(?i:(?<![\w'’\-]){_BETWEEN})[ \t]+(?P<first>{_TOWN_WORDS_OF}|{_A_KIND_OF_PLACE})"
    rf"[ \t]+(?i:e|y|et|and|en|und|i|ed)[ \t]+(?P<second>{_TOWN_WORDS_OF}|{_A_KIND_OF_PLACE})"
)


# From a town to a known one: "dá pra ir de Moura a Sintra", "le trajet de Bazin à Lyon" (not
# where the model's span opens with the "de" or "van": "vuelo |de Bohan| a Madrid").
_FROM_BEFORE_A_TOWN = re.compile(
    r"(?i)(?<![\w'’\-])(?:de|desde|do|da|van|vanuit|vanaf|from|von|depuis|dal|dalla|z|ze)[ \t]+$"
)
_TO_WORDS = (
    r"[ \t]+(?i:a|à|ao|para|pra|até|hasta|naar|do|to|nach|bis|al|fino a|jusqu'à|jusqu’à)[ \t]+"
)
_TO_A_TOWN_AFTER = re.compile(
    rf"{_TO_WORDS}([{_UPPER}][\w'’\-]+(?:[ \t]+[{_UPPER}][\w'’\-]+)?)(?![\w'’\-])"
)


_OPENING_FROM = re.compile(
    r"(?i)(?:de|desde|van|vanuit|vanaf|von|depuis)[ \t]+(?:(?:da|do|das|dos|la|del)[ \t]+)?"
    r"(?=[^\W\d_])"
)
_FROM_A_PARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’\-])(?:de|desde)[ \t]+(?:da|do|das|dos)[ \t]+$")
_KIND_OF_PLACE_AFTER = re.compile(_TO_WORDS + _A_KIND_OF_PLACE)


_TRIP_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:pasaje|pasajes|boleto|boletos|billete|billetes|bilhete|bilhetes|"
    r"passagem|passagens|viaje|viagem|vuelo|voo|caminho|camino|ruta|rota|trajeto|trayecto|"
    r"trajet|route|kaartje|treinkaartje|rit|vlucht|comboio|tren|trein|ônibus|onibus|autocarro|"
    r"autobús|autobus|colectivo|viajar|viajo|viajamos|reizen)"
    r"(?![\w'’\-])"
)


def _from_a_town_to_another(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end], no first name, are where a trip starts, to a known
    town that is no one's name ("een cadeau van Jan naar Utrecht" is Jan's)."""
    after = _TO_A_TOWN_AFTER.match(text, end) or _KIND_OF_PLACE_AFTER.match(text, end)
    # The model's span may open with the "de" or the "van": "leva |de da Cruz| até …".
    written = text[start:end].split()
    opening = _OPENING_FROM.match(text, start, end)
    named = written[len(opening.group().split()) :] if opening else written
    # Not in English, where things go from people to places: "a parcel from Smith to Leeds".
    if (
        after is None
        or not named
        or not (opening or _FROM_BEFORE_A_TOWN.search(text, max(0, start - 12), start))
        or _mostly_english(text)
    ):
        return False
    # After a particle with no given name before it the town is no one's: "de da Cruz".
    particle = (
        len(opening.group().split()) == 2
        if opening
        else bool(_FROM_A_PARTICLE_BEFORE.search(text, max(0, start - 16), start))
    )
    # Or a first name with a town's own word: "voo direto de Cirino Grande pra Lisboa".
    town_word = bool(_TOWN_ENDING.search(text, start, end))
    # Or a ticket or a way there before it: "el pasaje de Turbus de |Santiago| a Burgos", "a
    # gente vai de |Oliveira| pra Gramado".
    trip = _TRIP_BEFORE.search(text, max(_sentence_start(text, start), start - 48), start)
    if named[0].casefold() in FIRST_NAMES and not (particle or town_word or trip):
        return False
    # Or to a kind of place: "quanto tempo leva de |da Cruz| até o aeroporto".
    if after.re is _KIND_OF_PLACE_AFTER:
        return True
    other = after.group(1).casefold()
    return other in large_cities() or (
        (other in place_names() or other in world_cities())
        and other.split()[0] not in FIRST_NAMES
        and other not in LAST_NAMES
    )


def _between_two_towns(text: str, start: int) -> bool:
    """Whether the words at start are one of the two towns of a trip between them, after a
    word for the trip, one of the two a known town that is no first name ("a lot of tension
    between Anna and Mark" is no trip)."""
    window = max(0, start - 64)
    between = _BETWEEN_TWO.search(text, window, min(len(text), start + 64))
    if between is None or not between.start("first") <= start <= between.start("second"):
        return False
    # With no word for a trip, the other side a town that is no one's name: "Entre Siqueira e
    # Campinas, onde é mais barato o aluguel?" (not "entre Ana e Porto").
    side = "second" if start < between.start("second") else "first"
    other = between.group(side).casefold()
    this = between.group("first" if side == "second" else "second").casefold()
    # The model's span may hold both sides: "entre |Lisboa e Pimenta|".
    both = start == between.start("first")
    if not _mostly_english(text) and (
        any(
            town in place_names()
            and not any(word in FIRST_NAMES or word in RAW_LAST_NAMES for word in town.split())
            # And the other side no first name: "entre Ana e Lisboa" is a choice of hers.
            and rest.split()[0] not in FIRST_NAMES
            for town, rest in (((other, this), (this, other)) if both else ((other, this),))
        )
        # Or both towns of the lists, neither a first name: "Entre Burgos y Alcalá".
        or all(
            town in place_names() and town.split()[0] not in FIRST_NAMES for town in (this, other)
        )
    ):
        return True
    if not _ROUTE_WORDS_BEFORE.search(text, max(0, between.start() - 48), between.start()):
        return False
    return any(
        town not in FIRST_NAMES and (town in place_names() or town in world_cities())
        for town in (this, other)
    )


# A Swiss town by its canton: "Boichat (BE)", "Rapperswil (SG)".
_CANTON_AFTER = re.compile(
    r"[ \t]*\((?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)\)"
)


# A list's other item, right after or right before: "Austin or Denver", "Porto and Lisbon".
_LISTED = r"(?:,|or|and|oder|und|ou|et|o|y|e|of|en|lub|i)"
_ITEM_AFTER = re.compile(rf"[ \t]*{_LISTED}[ \t]+([{_UPPER}][\w'’\-]+)(?![\w'’\-])")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’\-])([{_UPPER}][\w'’\-]+)[ \t]*{_LISTED}[ \t]+$")


def _listed_with_a_town(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end], a city's name, are listed with a town that is no
    one's name: "Austin or Denver for a conference?" (not "Anna and Denver")."""
    value = text[start:end].casefold()
    if value not in world_cities() and value not in place_names():
        return False
    for other in (
        _ITEM_AFTER.match(text, end),
        _ITEM_BEFORE.search(text, max(0, start - 40), start),
    ):
        if other is not None:
            bare = other.group(1).casefold()
            if bare in place_names() and bare not in FIRST_NAMES and bare not in LAST_NAMES:
                return True
    return False


_OPENING = re.compile(r"[ \t\"'“(¿¡]*")


def _opens_the_text(text: str, start: int) -> bool:
    """Whether only quotation marks, brackets and spaces stand before start (read from the
    text's start, not copied: this runs for every span)."""
    opening = _OPENING.match(text, 0, start)
    return opening is not None and opening.end() == start


# Whom a greeting or a title addresses when it names no one: "Caro Cliente", "Beste Klant",
# "Szanowny Kliencie", "Bom dia Sr. Cliente", "Olá Tia", "Oi Vó" ("Tia" is a first name too,
# but not after a greeting in these languages).
_ADDRESSEE_WORDS = frozenset(
    {"cliente", "clientes", "client", "clients", "customer", "customers", "klant", "klanten",
     "kunde", "kundin", "kunden", "klient", "kliencie", "klientko", "utente", "utenti",
     "usuário", "usuario", "usuária", "usuaria", "utilisateur", "utilisatrice", "gebruiker",
     "nutzer", "nutzerin", "użytkowniku", "user", "socio", "sócio", "socia", "sócia", "membro",
     "abonné", "abonnée", "abonado", "abonada", "assinante", "abbonato", "abbonata",
     "abonnee", "abonencie", "passageiro", "passageira", "pasajero", "pasajera", "passager",
     "passagère", "paciente", "morador", "moradora", "vecino", "vecina", "inquilino",
     "inquilina", "condómino", "condomino", "condômino", "senhor", "senhora", "señor",
     "señora", "signore", "signora", "monsieur", "madame", "meneer", "mevrouw", "pan", "pani",
     "tia", "tio", "tía", "tío", "vó", "vô", "vovó", "vovô", "avó", "avô", "mãe", "mae", "pai",
     "abuela", "abuelo", "mamá", "papá", "mamãe", "papai", "zia", "zio", "nonna", "nonno",
     "ciocia", "wujek", "babcia", "dziadek", "oma", "opa", "tante", "oom", "mamie", "papi",
     "prof", "professor", "professora", "profe", "doutor", "doutora", "doctor", "doctora",
     "dottore", "dottoressa", "docteur", "chefe", "jefe", "capo", "equipa", "equipe", "equipo",
     "team", "amigo", "amiga", "amigos", "amigas", "amici", "pessoal", "galera", "gente",
     "todos", "todas", "tutti", "allemaal", "iedereen", "alle", "tous", "wszyscy"}
)  # fmt: skip
_GREETING_WORDS = frozenset(
    {"olá", "ola", "oi", "hola", "bom", "boa", "dia", "tarde", "noite", "buenos", "buenas",
     "días", "dias", "caro", "cara", "querido", "querida", "prezado", "prezada", "estimado",
     "estimada", "beste", "lieber", "liebe", "hallo", "hoi", "ciao", "salve", "gentile",
     "cher", "chère", "bonjour", "bonsoir", "szanowny", "szanowna", "cześć", "dzień", "dobry",
     "sr", "sra", "hi", "hello", "dear"}
)  # fmt: skip


_UTILITIES = frozenset(
    {"luz", "água", "agua", "gás", "gas", "eletricidade", "electricidade", "electricidad",
     "internet", "net", "telefone", "teléfono", "telefono", "telemóvel", "móvil", "luce",
     "acqua", "gaz", "électricité", "eau", "condomínio", "condominio", "comunidad"}
)  # fmt: skip
_PLACE_OR_BRACKET_BEFORE = re.compile(
    r"(?i)(?:\(|(?<![\w'’\-])(?:de|del|da|do|en|em|à|in|near|van|naar|uit|nach|aus|bei|di|"
    r"per|z|w|pod|desde|hasta|até|vers|près de|cerca de|perto de|entre|tussen|zwischen|tra|"
    r"fra|między)[ \t]+)$"
)
_PERSON_ARTICLE_BEFORE = re.compile(
    rf"(?i)(?<![\w'’\-])(?:{'|'.join(sorted(_PERSON_ARTICLES))})[ \t]+$"
)
_BILL_OF_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:conta|contas|fatura|faturas|factura|facturas|recibo|recibos|boleto|"
    r"boletos|boleta|boletas|cuenta|cuentas|bolletta|bollette|facture|factures)[ \t]+"
    r"(?:de|da|do|del|della|d')[ \t]*$"
)


def only_greets(words: list[str], text: str) -> bool:
    """Whether case-folded words are a greeting, a title and whom they address, naming no one:
    "olá tia", "caro cliente" (not in English, where "Tia" is a name: "Hi Tia")."""
    return (
        words[-1] in _ADDRESSEE_WORDS
        and all(word in _GREETING_WORDS for word in words[:-1])
        and not (words[-1] in FIRST_NAMES and _mostly_english(text))
    )


# Landmarks by their word. No one's name opens with these: "Ponte Vasco da Gama", "Estadio
# Santiago Bernabéu", "Museo Reina Sofía", "Hospital Santa Maria".
_NAMELESS_LANDMARKS = (
    r"Ponte|Mosteiro|Monasterio|Palácio|Palazzo|Museu|Museo|Estádio|Estadio|Stadio|Parque|"
    r"Parco|Jardim|Jardín|Praça|Piazza|Igreja|Basílica|Catedral|Convento|Capela|Capilla|Teatro|"
    r"Aeroporto|Aeropuerto|Estação|Estación|Hospital|Ospedale|Universidade|Universidad|"
    r"Fundação|Fundación|Hotel|Pousada|Hostal|Hostel|Resort|Aeroparque"
)
# These are surnames too, so a landmark only before a particle: "Torre de Belém", "Puerta del
# Sol" (not "Maria Torres de Oliveira", where the name opens with Maria).
_LANDMARKS_LIKE_SURNAMES = r"Torre|Puente|Castelo|Castillo|Palacio|Plaza|Puerta|Metro|Metrô"
_LANDMARK_PARTICLE = r"(?:de|do|da|dos|das|del|de la|di|della|degli)[ \t]+"
_LANDMARK_FIRST = re.compile(
    rf"(?:(?:{_NAMELESS_LANDMARKS})[ \t]+"
    rf"|(?:{_LANDMARKS_LIKE_SURNAMES}|Castello|Porta|Fuente|Fonte|Mercado|Centro|Colégio|"
    rf"Colegio|Instituto)[ \t]+(?={_LANDMARK_PARTICLE}))"
    rf"(?:{_LANDMARK_PARTICLE})?[A-ZÀ-Ý]"
)


_LANGUAGES_TAUGHT = frozenset({"Frans", "Engels", "Duits", "Spaans", "Latijn", "Grieks"})
_SCHOOL_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:mondeling|mondelinge|schriftelijk|toets|toetsen|examen|les|lessen|"
    r"bijles|cursus|docent|docente|leraar|lerares|juf|meester|cijfer|huiswerk|proefwerk|"
    r"vak|boek|woordenboek|tentamen|opdracht|werkstuk|presentatie)[ \t]+(?:(?:voor|in|van)[ \t]+)?$"
)
# Or the landmark's word right before the model's span: "Estadio |Santiago Bernabéu|".
_LANDMARK_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?:{_NAMELESS_LANDMARKS}|{_LANDMARKS_LIKE_SURNAMES}|"
    # Written in lower case, as chat does: "o aeroporto |Santos Dumont|", "saindo da estação
    # |Cardeal Arcoverde|", "het station |Gent-Sint-Pieters|".
    rf"(?:aeroporto|aeropuerto|aéroport|estação|estacao|estación|estacion|estádio|estadio|"
    rf"stadion|luchthaven|flughafen|hospital|ospedale|hôpital|ziekenhuis|museu|museo|musée|"
    rf"teatro)(?:[ \t]+(?:do|da|de|del|di)[ \t]+metr[oô])?)[ \t]+"
    rf"(?:{_LANDMARK_PARTICLE})?$"
)
# And outside English ("the hotel Anna booked"): "o hotel |Dona Filipa|", "perto do metro
# |Martim Moniz|".
_FOREIGN_LANDMARK_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:hotel|pousada|hostal|metro|metrô|parque|parc|ponte|puente|"
    r"auditorio|auditório|monumento(?:[ \t]+(?:a|ao|al))?|rodovi[aá]ria|terminal|"
    # A Belgian hospital: "het AZ Jan Palfijn".
    r"(?-i:AZ))[ \t]+"
    rf"(?:{_LANDMARK_PARTICLE})?$"
)
# The capitalised words and particles of a name running back from the span: "Teatro |Lope de|
# Vega".
_NAME_RUN_BEFORE = re.compile(
    rf"(?:[{_UPPER}][\w'’\-]*[ \t]+(?:(?:de|da|do|dos|das|del|di|van|von|y|e)[ \t]+)?){{1,3}}$"
)
# A bot, a chat's or an app's assistant: "el asistente Sofía del chat", "a assistente Clara
# da app".
_ASSISTANT_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:asistente|assistente|assistent|assistant)[ \t]+$"
)
_CHAT_OR_APP = re.compile(
    r"(?i)(?<![\w'’\-])(?:chat|chatbot|bot|app|aplicativo|virtual|online|site|web)(?![\w'’\-])"
)
# Spans that open with what they are: "Tarifa Luz Triana", "Sandalias Carla".
_PRODUCT_FIRST = re.compile(rf"(?i)(?:{_NAMED_GOODS_NOUNS})[ \t]+(?-i:[{_UPPER}])")


# A family or someone one is with: "en casa de los |Zaragoza|", "hablé con |Valencia|".
_FAMILY_OR_COMPANY_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:los|las|os|as|die|les|con|com|met|mit|avec|chez|família|familia|"
    r"familie|famille|rodzina|famiglia)[ \t]+$"
)


# A trip by air: the message speaks of a flight, landing, luggage or getting to town.
_AIR_TRAVEL = re.compile(
    r"(?i)(?<![\w'’\-])(?:vo[oô]s?|vuelos?|flights?|vlucht(?:en)?|flug|vol|lot|aeroporto|"
    r"aeropuerto|airport|luchthaven|vliegveld|aéroport|flughafen|lotnisko|aterr\w*|"
    r"desembarc\w*|embarqu\w*|despeg\w*|decol\w*|land(?:en|ing|ed|s)?|escalas?|"
    r"conex[aã]o|conexi[oó]n|overstap|layover|transfer|traslado|shuttle|sala vip|lounge|"
    r"terminal|check-in|bagagem|equipaje|maletas?|malas?|bagage|baggage|luggage|koffers?|"
    r"gate|port[aã]o|counter|locadora|rent-a-car|huurauto|alquiler|arriendo|aluguer|"
    r"t[aá]xi|uber|cabify|carro|coche|auto|car)(?![\w'’\-])"
)
_AT_AN_AIRPORT_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:no|na|do|da|ao|à|pro|pra|pelo|pela|em|el|del|al|en|desde|hasta|"
    r"a|de|op|naar|vanaf|via|at|to|from|into|in|au|depuis|nach|von|am|ab)[ \t]+$"
)


_NAME_RUNS_ON = re.compile(
    rf"(?:[ \t]+(?:(?:da|de|del|di|do|dos|du|van|von)[ \t]+)?[{_UPPER}][\w'’\-]*){{1,3}}"
)


def _an_airport(text: str, start: int, end: int) -> bool:
    """Whether the words at start..end name an airport after whom it is named, on a trip by
    air: "o transfer sai do |Santos Dumont|", "aterrizo en el |Arturo Merino Benítez|", "wij
    landen op |Leonardo da Vinci|"."""
    if not _AT_AN_AIRPORT_BEFORE.search(text, max(0, start - 12), start):
        return False
    # With the rest of the name the model left out: "op |Leonardo| da Vinci".
    words = [w.strip(".,:;!?") for w in text[start:end].split()]
    rest = _NAME_RUNS_ON.match(text, end)
    more = rest.group().split() if rest else []
    # The trip, a scan of the whole message, only for a name an airport bears.
    return any(
        _bare_name(words + more[:taken]) in airports_named_after_people()
        for taken in range(len(more) + 1)
    ) and bool(_AIR_TRAVEL.search(text))


def after_a_landmark_word(text: str, start: int) -> bool:
    """Whether a landmark's word stands right before start, or before the name whose end
    starts there: "Estadio |Santiago Bernabéu|", "o aeroporto |Santos Dumont|", "Teatro Lope
    de |Vega|", outside English "o hotel |Dona Filipa|"."""
    # Or before the name the span ends: "Teatro Lope de |Vega|".
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 48), start)
    openings = (
        [start, *(w.start() for w in _SPAN_WORD.finditer(text, run.start(), start))]
        if run
        else [start]
    )
    english = None
    for position in openings:
        before = text[max(0, position - 24) : position]
        if _LANDMARK_BEFORE.search(before):
            return True
        if _FOREIGN_LANDMARK_BEFORE.search(before):
            english = _mostly_english(text) if english is None else english
            if not english:
                return True
    return False


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end], found as a name, are something else by what stands
    around them: a product's name (a kind of goods right before or after it), a day or a month
    (lower case, or next to a number: "12 Juli 2025", "di domenica"), a street ("calle
    Serrano"), or a town where something goes ("vuelo a Salamanca", "à Rey-près-Mercier")."""
    value = text[start:end]
    before = text[max(0, start - 24) : start]
    # A landmark named after a place or a person: "Torre de Belém", "Ponte Vasco da Gama",
    # "Museo del Prado", "Puerta del Sol".
    if _LANDMARK_FIRST.match(text, start, end) or after_a_landmark_word(text, start):
        return True
    if _an_airport(text, start, end):
        return True
    if _ASSISTANT_BEFORE.search(before) and _CHAT_OR_APP.search(text):
        return True
    if _PRODUCT_FIRST.match(text, start, end):
        return True
    # A language as a school subject: "Het mondeling Frans", "bijles Engels", "Nachhilfe in
    # Französisch".
    if value in _LANGUAGES_TAUGHT and _SCHOOL_BEFORE.search(before):
        return True
    # Bounded, with the character after the word for the pattern's end.
    colour = _IN_A_COLOUR.search(text, max(0, start - 12), end + 1)
    if colour and colour.end() == end and value.casefold() not in FIRST_NAMES:
        return True
    # Goods named right before: "botas Pablo Ortega", "the sneakers Adidas Stan Smith".
    if _PRODUCT_BEFORE.search(before) or _CONTAINER_OF_BEFORE.search(before):
        return True
    # The thing may be the span's own last word: "de |Doro seniorentelefoon|".
    last_space = text.rfind(" ", start, end)
    thing_at = last_space if last_space > start and text[last_space + 1 : end].islower() else end
    if (
        _DUTCH_THING_AFTER.match(text, thing_at)
        or (
            _DUTCH_THINGS_AFTER.match(text, thing_at)
            and _DUTCH_ARTICLE_OR_MINE_BEFORE.search(before)
        )
    ) and _written_in(text, ("nl",)):
        return True
    words = [word.strip(".,").casefold() for word in value.split()]
    if _food_named_after(text, start, end, words):
        return True
    if _of_a_town(words) or _listed_with_a_town(text, start, end):
        return True
    if _a_branch_in(text, start, words) or _a_branch_named(text, start, end, words):
        return True
    if _town_shaped(text, start, end, words) or _a_town_by_its_preposition(text, start, end, words):
        return True
    if (
        _a_route(text, start, end)
        or _between_two_towns(text, start)
        or _from_a_town_to_another(text, start, end)
        or _CANTON_AFTER.match(text, end)
        or _on_a_river(text, start, end)
    ):
        return True
    # A city of two words or more, named like a person or not: "Campo Grande", "Juiz de Fora";
    # a town of the lists whose first word is no first name: "Mińsk Mazowiecki", "Stalowa
    # Wola"; or the end of one: "voo desde Vila Nova de |Gaia|".
    # The model's span may open with the place's "de": "escrevo |de Oliveira de Azeméis|".
    named = words[1:] if len(words) >= 3 and words[0] in _OPENING_JOINERS else words
    if len(named) >= 2 and (
        " ".join(named) in world_cities()
        or (" ".join(named) in place_names() and named[0] not in FIRST_NAMES)
    ):
        return True
    if _end_of_a_town(text, start, words) or _family_de_family(text, start, words):
        return True
    if _start_of_a_town(text, start, end, words):
        return True
    if _of_a_saint(words, bool(_SAINT_BEFORE.search(before))):
        return True
    if _a_shrine_on_a_trip(text, start, end, words):
        return True
    # A language: "Translate 'good morning' into German" ("German" is a first name too).
    if (
        len(words) == 1
        and words[0] in _LANGUAGE_NAMES
        and (
            _INTO_A_LANGUAGE_BEFORE.search(before)
            or (_FROM_OR_TO_BEFORE.search(before) and _TRANSLATE.search(text))
        )
    ):
        return True
    if only_greets(words, text):
        return True
    # A large city of the lists, alone or after its "de", and no first name, no one's with no
    # article or title before it: "la farmacia de guardia |de Madrid|", "(Burgos)" (not
    # "falei com o Lima", "Sr. Toledo").
    town = words[1:] if len(words) == 2 and words[0] in _OPENING_JOINERS else words
    if (
        len(town) == 1
        # Where a place stands, not as a subject ("Santana raised concerns", "Constantine is
        # from …" are people); but a city of half a million or more is one in the other
        # languages wherever it stands: "Valencia tiene tasa turística", "Real |Madrid|".
        and (
            town is not words
            or _PLACE_OR_BRACKET_BEFORE.search(before)
            or (
                town[0] in major_cities()
                and not _mostly_english(text)
                and not _FAMILY_OR_COMPANY_BEFORE.search(before)
            )
        )
        and town[0] in large_cities()
        and town[0] in place_names()
        and town[0] not in FIRST_NAMES
        and not _PERSON_ARTICLE_BEFORE.search(before)
        and not _TITLE_BEFORE.search(before)
    ):
        return True
    # A currency's letters: "een betaalverzoek |van R|$ 563,90", "US$ 20".
    if text.startswith("$", end) and value.split()[-1].isupper():
        return True
    # What a bill is for, in lower case: "a conta de |luz da Enel|", "la factura de |luz|".
    if value[:1].islower() and words[0] in _UTILITIES and _BILL_OF_BEFORE.search(before):
        return True
    # A greeting that opens its line, a first name too: "Ola, queria saber …" (Olá without
    # its accent), "Alo!", Dutch "Dag, kunnen jullie …", "Beste klantenservice," (not "Ola,
    # the report is ready"; a text too short to tell its language keeps the name: "Dag, kun
    # je …?").
    languages = _GREETINGS_NAMED_LIKE_PEOPLE.get(words[0]) if len(words) == 1 else None
    if (
        languages
        and (_GREETING_END.match(text, end) or _LOWER_WORD_AFTER.match(text, end))
        and not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and _written_in(text, languages)
    ):
        return True
    # Towns and regions Portuguese names with an article: "para o Porto", "no Algarve".
    if (
        len(words) == 1
        and words[0] in _TOWNS_WITH_AN_ARTICLE
        and _MASCULINE_ARTICLE_BEFORE.search(before)
    ):
        return True
    # A town under its label: "miejscowość docelowa: Jawor", "Stadt: Halle", "City: Reading".
    if _TOWN_LABEL_BEFORE.search(text, max(0, start - 32), start):
        return True
    # A town's adjective before a thing: "Wiener Würstchen", "Frankfurter Kranz", "Berliner
    # Dom" (the town and "-er", then a second word).
    if len(words) >= 2 and _of_a_town_adjective(words[0], value.split()[1], words[1]):
        return True
    # Italian "via" in lower case before a street's name: "si dice 'in via Roma'?"; "Mia"
    # before a noun is "my": "Mia madre ha 84 anni".
    if (
        _LOWER_VIA_BEFORE.search(before)
        or (words[0] in ("mia", "mio") and len(words) == 1 and _LOWER_WORD_AFTER.match(text, end))
    ) and _written_in(text, ("it",)):
        return True
    # A Dutch or German verb opening a question, a plural subject after it: "Bakken jullie ook
    # oliebollen?", "Liefern Sie auch samstags?" (not "Jan, je moet bellen").
    if (
        len(words) == 1
        and words[0].endswith(("en", "rn", "ln"))
        and words[0] not in FIRST_NAMES
        and _PLURAL_SUBJECT_AFTER.match(text, end)
        and _opens_the_text(text, start)
    ):
        return True
    # A Dutch verb named like someone opening a question, "you" or "I" after it: "Ben je
    # morgen open?", "Wil je …?", "Mag ik …?" (not "Jan, je moet bellen").
    if (
        len(words) == 1
        and words[0] in _DUTCH_VERBS_NAMED_LIKE_PEOPLE
        and _SINGULAR_SUBJECT_AFTER.match(text, end)
        and _opens_the_text(text, start)
    ):
        return True
    # A thing opening a question, then another to choose in lower case: "Luz o sombra?",
    # "Roos of tulp voor Moederdag?", "Mar o montaña …?" (not "Ana ou eu?", "Pedro o conhece
    # bem", "Pedro of accounts said"; not "de": "Rosa da farmácia disse" is someone).
    if len(words) == 1 and _opens_the_text(text, start) and text.find("?", end) != -1:
        thing = _OTHER_CHOICE_AFTER.match(text, end)
        if (
            thing is not None
            # English "of" names someone's team: "Smith of accounts, can you …?".
            and not (thing.group("conjunction") == "of" and _mostly_english(text))
            and thing.group("word") not in _PERSON_AFTER_OR
            and is_common(thing.group("word"), 3.0)
        ):
            return True
    if assistant_named(text, start, end) or _a_car(text, start, words):
        return True
    # A brand whose name runs on past the model's possessive: "|Tony|'s Chocolonely".
    possessive = _POSSESSIVE_THEN_WORD.match(text, end)
    if known_brand(text, start, possessive.end() if possessive else end) or _trip_to_a_city(
        text, start, value
    ):
        return True
    if _OFFICE_WORDS.intersection(words):
        return True
    if any(
        brand.start() < end and start < brand.end()
        for brand in _KNOWN_BRANDS.finditer(text, max(0, start - 24), end + 24)
    ) or any(
        # "Jean Toussaint", "Silvester Stallone" are people; "Santos Populares" is a feast.
        holiday.start() < end
        and start < holiday.end()
        and (
            not (len(words) >= 2 and words[0] in FIRST_NAMES)
            or (holiday.start() <= start and end <= holiday.end())
        )
        for holiday in _HOLIDAYS_AND_DISHES.finditer(text, max(0, start - 24), end + 24)
    ):
        return True
    # "Jan de Vries …", "Kasia Nowak watch …": a known first name and a known surname are a
    # person whatever follows, unless an article makes the words and the goods one thing ("die
    # Tom Tailor jacke").
    known = (
        len(words) >= 2
        and words[0] in FIRST_NAMES
        and (words[-1] in LAST_NAMES or " ".join(words[1:]) in LAST_NAMES)
    )
    if known and not _ARTICLE_BEFORE.search(before):
        return False
    if _PRODUCT_AFTER.match(text, end) or _a_choice(text, start, end):
        return True
    # A town by its last word: "the removal van from Jenna Ville", "cash out in Ciarrai Ville";
    # a landmark or a storm named after someone: "Victoria Station", "the Charles Bridge",
    # "Storm Babet".
    if _named_place(text, start, end, words) or _paired_with_a_place(text, end, words[-1]):
        return True
    if known:
        return False
    if len(words) == 1 and _food_not_given(text, start, end):
        return True
    if len(words) == 1 and _SOFTWARE_AFTER.match(text, end):
        return True
    if len(words) == 1:
        # "max 495 kart SIM": a word in lower case before a number is no name.
        if value.islower() and _DIGIT_AFTER.match(text, end):
            return True
        # "the Grace period", "a Victoria sponge": an article, the word, a thing (not "the
        # Jones family").
        thing = _THING_AFTER.match(text, end)
        if (
            _ARTICLE_THEN.search(before)
            and thing
            and thing.group(1) not in STOP_WORDS
            and _mostly_english(text)
        ):
            return True
        if _a_fixture(text, start, end):
            return True
    # A month after a common word, before its year: "Fwd: Factura Abril 2025".
    if (
        len(words) == 2
        and words[1] in calendar_words()
        and _DIGIT_AFTER.match(text, end)
        and _common(words[0])
    ):
        return True
    if value.casefold() in calendar_words() and (
        value.islower()
        or _DIGIT_NEAR.search(before)
        or _DIGIT_AFTER.match(text, end)
        or (_WHEN_BEFORE.search(before) and not _mostly_english(text))
        or (len(words) == 1 and _ENGLISH_WHEN_BEFORE.search(before))
    ):
        return True
    if _STREET_BEFORE.search(before) or _STREET_INSIDE.search(value):
        return True
    if (
        _VIA_BEFORE.search(before)
        or _GERMAN_CONTRACTION_BEFORE.search(before)
        or (_IM_BEFORE.search(before) and _german(text))
        or (len(words) == 1 and _GERMAN_INDEFINITE_BEFORE.search(before))
    ) and not _mostly_english(text):
        return True
    # The whole hyphenated word the span is part of ("Rey" in "Rey-près-Mercier").
    left = _HYPHENATED_LEFT.search(text, max(0, start - 40), start)
    right = _HYPHENATED_RIGHT.match(text, end)
    whole = text[left.start() if left else start : right.end() if right else end]
    if _FRENCH_TOWN.fullmatch(whole):
        return True
    # Or the model's span runs from the trip to the place: "|Viemos de Barbosa| das Flores".
    if _after_a_trip(text, start) or (
        len(words) >= 3
        and any(_after_a_trip(text, start + gap.end()) for gap in _SPACES.finditer(value))
    ):
        return True
    if _missing_from_an_order(text, start):
        return True
    # "to Laura" is where something goes, unless one spoke to her ("spoke to Laura") or, in
    # English, nothing goes anywhere ("dedicated to Barbara", "according to Berg").
    return (
        bool(_DESTINATION_BEFORE.search(before))
        and value.casefold() in place_names()
        and not _SPOKEN_TO_BEFORE.search(before)
        and not (
            before.endswith(("to ", "To "))
            and _is_name_word(words[0])
            and _mostly_english(text)
            and not _MOTION_TO_BEFORE.search(text, max(0, start - 48), start)
        )
    )
