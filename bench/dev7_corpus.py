"""A seventh DEV PII corpus ("dev7"): English prose about people from many countries; tune on it.

Written independently of dev2 to dev6, by another writer, on another theme: English messages
of the kinds people paste or type into an LLM chat app or a support desk (short
biographies, news snippets, meeting minutes, HR notes, reference letters, reviews, match
reports, complaints naming staff, transcripts with speaker labels, e-mail signatures, lists
of attendees and founders), naming people whose names come from some fifty Latin-script
Faker locales: English-speaking, German, French, Spanish and Latin American, Italian, Dutch
and Flemish, Polish, Portuguese and Brazilian, Nordic, Baltic, Central European, Balkan,
Romanian, Turkish, Azerbaijani, Uzbek, Indian, Pakistani, Thai, Indonesian, Vietnamese,
Algerian, Nigerian, Kenyan, Ghanaian and Zulu. Harmless messages are English too, full of
capitalised words that are not people (founders' companies, places, landmarks, works,
teams, holidays, brands, software, institutions, storms). The writer had read neither the
scrubber, its recognizers, the filters, the tests nor the other corpora's frame lists (only
bench/dev5_corpus.py, bench/dev6_corpus.py and the docstring of dev6's frames module, the
builder, check_frames and slot names of bench/heldout_corpus.py, ChatCorpusBuilder's methods,
the Conversation class, pii_eval's evaluate and leaked, and bench/corpora/months.py), and did
not run the scrubber on it.

- `build_dev7_corpus()`: the frames of bench/corpora/dev7_frames.py, filled by
  heldout_corpus's builder (its harmless values and dates from a fixed window, the
  conversation bookkeeping of build_chat_corpus: every name, phone, street or e-mail slot of
  a frame is a planted value of its message; a harmless frame's message is in `harmless` and
  must come back unchanged), with the person slots drawn here: each person in a message from
  a locale of NAME_LOCALES chosen at random, a first name and surname of one gender, the full
  name either those two or one of the locale's own name formats without honorifics (so
  Hungarian and Uzbek surnames may come first, Spanish ones twice, Icelandic and Vietnamese
  with a middle name); now and then a first name or surname that is also an English word or
  brand (WORD_NAMES). Phones, addresses and e-mails come from the person's locale when it has
  its own, else from one of CONTACT_LOCALES.
- Every conversation is labelled "en" (the language of the text; the scrubber is not told
  it), so bench/dev2_eval.py reports dev7 as one English row. `per_language` keeps the meaning
  it has for the other sets' command line: the corpus has as many conversations as an
  eight-language set, 8 x per_language (480 by default).
- A conversation in which a word of a planted name also stands elsewhere in its text (a
  surname "Long" and "how long", "Costa" in a harmless question about coffee) is drawn again:
  the leak check looks for a planted name's words anywhere in the scrubbed conversation.
- PII only: no filter conversations were written for dev7; bench/dev2_eval.py runs no
  filter stage for it.

Like dev2 to dev6 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

import re

from faker import Faker

from bench.corpora.dev7_frames import (
    CITIES,
    CONTACT_LOCALES,
    FRAMES,
    MONTHS,
    NAME_LOCALES,
    REPLIES,
    TITLES,
    WORD_NAMES,
)
from bench.heldout_corpus import (
    PERSONAL_SLOTS,
    SLOT_ENTITIES,
    HeldoutCorpusBuilder,
    check_frames,
    slots,
)
from bench.multilingual_corpus import LANGUAGES, NAME_AFFIXES, NAME_PARTICLES, _stable_order
from bench.pii_corpus import Conversation, fixed_clock

__all__ = [
    "Dev7CorpusBuilder",
    "build_dev7_corpus",
    "check_dev7_frames",
]

LANGUAGE = "en"
# How often a user turn draws each of KINDS (person, phone, address, mixed, harmless): mostly
# names, about a third harmless.
KIND_WEIGHTS = (50, 3, 3, 9, 35)
# A person's slots; "2" and "3" after a slot name are a second and a third person.
PERSON_FIELDS = ("name", "first", "last", "name_lc", "name_uc", "last_uc")
PEOPLE = ("", "2", "3")
ENTITIES = {
    **SLOT_ENTITIES,
    **{f"{field}{person}": "PERSON" for field in PERSON_FIELDS for person in PEOPLE},
}
GENDERS = ("female", "male")


def check_dev7_frames(
    frames: dict[str, dict[str, list[str]]] = FRAMES,
    replies: dict[str, list[str]] = REPLIES,
) -> None:
    """check_frames's rules for the one language of dev7, with its extra person slots: every
    frame uses only its kind's slots, once each; a personal one plants something, a mixed one
    two kinds of value; no frame is listed twice in its kind."""
    if set(frames) != {LANGUAGE}:
        raise ValueError(f"dev7 frames: languages {sorted(frames)}")
    check_frames(
        frames,
        replies,
        MONTHS,
        languages=(LANGUAGE,),
        entities=ENTITIES,
        personal_slots=PERSONAL_SLOTS | set(ENTITIES),
    )


def _formatter(fake: Faker, token: str) -> bool:
    """Whether the locale has the formatter a name format asks for (es_AR's list some it has
    not)."""
    try:
        fake.get_formatter(token)
    except AttributeError:
        return False
    return True


def _present(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


class Dev7CorpusBuilder(HeldoutCorpusBuilder):
    """HeldoutCorpusBuilder over the dev7 frames, its person and contact values drawn from
    NAME_LOCALES and CONTACT_LOCALES instead of one language's locales."""

    frames = FRAMES
    replies = REPLIES
    months = MONTHS
    kind_weights = KIND_WEIGHTS
    entities = ENTITIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.name_fakers: dict[str, Faker] = {}
        for index, locale in enumerate(NAME_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 1000 + 500 + index)
            _stable_order(fake)
            self.name_fakers[locale] = fake
        self._formats: dict[tuple[str, str], list[str]] = {}

    def name_formats(self, locale: str, gender: str) -> list[str]:
        """The locale's formats of a full name for one gender, without honorifics, degrees
        or a comma ("Kazlauskas, Vasarė"); particles ("de la", "da") are kept."""
        if (locale, gender) not in self._formats:
            fake = self.name_fakers[locale]
            provider = next(
                p
                for p in fake.get_providers()
                if type(p).__module__.startswith("faker.providers.person")
            )
            prefixes = {
                word.casefold()
                for attribute in ("prefixes", "prefixes_female", "prefixes_male")
                for prefix in getattr(provider, attribute, ())
                for word in prefix.split()
            }
            particles_only = prefixes <= NAME_PARTICLES
            formats = getattr(provider, f"formats_{gender}", None) or provider.formats
            self._formats[locale, gender] = [
                f
                for f in formats
                if "suffix" not in f
                and "," not in f
                and ("prefix" not in f or particles_only)
                and ("_female" not in f if gender == "male" else "_male" not in f)
                and all(_formatter(fake, token) for token in re.findall(r"\{\{\s*(\w+)", f))
            ] or [f"{{{{first_name_{gender}}}}} {{{{last_name}}}}"]
        return self._formats[locale, gender]

    def person(self, whole: bool) -> tuple[str, dict[str, str]]:
        """One person's locale and slots. With `whole` (the frame uses more than one of the
        person's slots) the full name is the first name and the surname."""
        locale = self.rng.choice(NAME_LOCALES)
        fake = self.name_fakers[locale]
        gender = self.rng.choice(GENDERS)
        first = getattr(fake, f"first_name_{gender}")()
        last = getattr(fake, f"last_name_{gender}")()
        roll = self.rng.random()
        if roll < 0.05:
            first = self.rng.choice(WORD_NAMES[gender])
        elif roll < 0.12:
            last = self.rng.choice(WORD_NAMES["last"])
        if whole or roll < 0.12 or self.rng.random() < 0.5:
            full = f"{first} {last}"
        else:
            full = " ".join(fake.parse(self.rng.choice(self.name_formats(locale, gender))).split())
        return locale, {
            "name": full,
            "first": first,
            "last": last,
            "name_lc": full.lower(),
            "name_uc": full.upper(),
            "last_uc": last.upper(),
        }

    def frame_values(self, language: str, frame: str) -> dict[str, str]:
        """The values of the frame's people, each from a locale of NAME_LOCALES, and contact
        details from the first one's locale (or one of CONTACT_LOCALES)."""
        used = set(slots(frame))
        values: dict[str, str] = {"title": self.rng.choice(TITLES)}
        locale = CONTACT_LOCALES[0]
        for index, suffix in enumerate(PEOPLE):
            fields = {f"{field}{suffix}" for field in PERSON_FIELDS}
            if index and not used & fields:
                continue
            person_locale, person = self.person(len(used & fields) > 1)
            values.update({f"{field}{suffix}": value for field, value in person.items()})
            if not index:
                locale = person_locale
        if locale not in CONTACT_LOCALES:
            locale = self.rng.choice(CONTACT_LOCALES)
        fake = self.name_fakers[locale]
        block = fake.address()
        values.update(
            phone=self.phone(fake),
            street=fake.street_address().strip(),
            address=", ".join(line.strip() for line in block.splitlines() if line.strip()),
            block=block,
            email=fake.email(),
        )
        return values

    def harmless_values(self, language: str) -> dict[str, str]:
        values = super().harmless_values(language)
        values["city"] = self.rng.choice(CITIES)
        return values

    def conversation(self, language: str, half: str) -> Conversation:
        """A conversation whose planted names' words appear nowhere else in its text."""
        while True:
            conversation = super().conversation(language, half)
            if not _name_words_elsewhere(conversation):
                return conversation


def _name_words_elsewhere(conversation: Conversation) -> bool:
    """Whether a word of a planted name (three letters or more, not an honorific or a
    particle) stands in the conversation outside the planted values (each taken out of the
    message it was planted in)."""
    messages = list(conversation.messages)
    for _, value, index in sorted(conversation.planted, key=lambda p: -len(p[1])):
        messages[index] = re.sub(
            rf"(?<!\w){re.escape(value)}(?!\w)", " ", messages[index], flags=re.IGNORECASE
        )
    rest = "\n".join(messages)
    return any(
        _present(word, rest)
        for entity, value, _ in conversation.planted
        if entity == "PERSON"
        for word in value.split()
        if len(word) >= 3
        and word.casefold().strip(".,") not in NAME_AFFIXES
        and word.casefold() not in NAME_PARTICLES
    )


def build_dev7_corpus(*, per_language: int = 60, seed: int = 7777) -> list[Conversation]:
    """8 x `per_language` English conversations from the dev7 frames (all labelled "en")."""
    check_dev7_frames()
    builder = Dev7CorpusBuilder(seed)
    with fixed_clock():
        return [builder.conversation(LANGUAGE, "dev") for _ in range(len(LANGUAGES) * per_language)]
