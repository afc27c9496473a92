"""Evaluation corpora the scrubber was not tuned on, beside the synthetic one in pii_corpus.py.

- `build_chat_corpus(half)`: the hand-written support-chat frames of bench/corpora/chat_frames.py
  in eight languages (en, de, fr, es, it, nl, pl, pt), filled with values from each language's
  own Faker locales (their phone and address formats, not templates of ours). Split by frame:
  in every (language, kind) the frames sorted by a hash of their text alternate between the
  `dev` half (for tuning) and the `test` half (run at the end, never tuned on).
- `build_presidio_corpus()`: test only. Presidio's own evaluation sentence templates filled by
  its generator (presidio-evaluator's PresidioSentenceFaker with the FakeNameGenerator records
  it ships: fake people from some thirty countries). Never used while tuning.
"""

import contextlib
import hashlib
import importlib.util
import io
import random
import re
import subprocess
import sys
import types
import zipfile
from pathlib import Path

from faker import Faker

from bench.corpora.chat_frames import FRAMES, REPLIES, TITLES
from bench.pii_corpus import Conversation, fixed_clock

LOCALES = {
    "en": ["en_US", "en_GB", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_CH"],
    "es": ["es_ES", "es_MX"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pl": ["pl_PL"],
    "pt": ["pt_PT", "pt_BR"],
}
LANGUAGES = tuple(LOCALES)
HALVES = ("dev", "test")
# Honorifics and post-nominals Faker puts around some names: not identifying on their own, so
# neither planted nor counted as a leak.
NAME_AFFIXES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "sr", "sra", "srta", "don",
    "doña", "dña", "d", "sig", "sig.ra", "dott", "ing", "mme", "mlle", "m", "dhr", "mevr",
    "pan", "pani", "md", "dds", "phd", "dvm", "jr", "iii", "ii", "iv", "v", "i", "univ.prof",
    "dipl.-ing", "mag", "ba", "bsc", "msc", "ma", "mba", "b.sc", "m.sc", "b.a", "m.a",
    "dipl.-ing.", "univ.prof.", "dr.", "prof.", "mag.", "ir", "drs", "mr.", "ing.", "lic",
    "dr.-ing", "dr.-ing.",
    # The rest of Faker's prefixes in the eight languages' locales ("Srita. Úrsula Saldaña",
    # "Dra. Julia Medrano", "Lic.", "Mtro."): a title left in place reveals nobody.
    "dra", "srita", "mtro", "mtra", "b.eng", "sr(a)",
}  # fmt: skip
# Particles inside surnames ("Lena van Dalem", "João dos Santos"): function words of their
# languages, so one left elsewhere in a conversation ("van de receptie") reveals nobody.
NAME_PARTICLES = {
    "de", "du", "da", "das", "dos", "do", "van", "von", "der", "den", "ter", "ten", "te", "di",
    "del", "della", "la", "le", "vom", "zu", "op",
}  # fmt: skip
_UNIT = re.compile(
    r"(?i)\b(?:apt|apartment|suite|ste|unit|flat|piano|puerta|piso|escalera|esc|m|lok|"
    r"bus|app|appartamento|int|interno|edif|depto|dpto|lote|casa|bloco|apto)\.?\s*\d+[a-z]?\b|\b\d+\s*º\s*[a-z]?\b"
)


def frame_half(language: str, kind: str, frame: str) -> str:
    """Which half a frame belongs to: alternate ranks by hash, within its language and kind."""
    ranked = sorted(FRAMES[language][kind], key=lambda f: hashlib.sha1(f.encode()).hexdigest())
    return HALVES[ranked.index(frame) % 2]


def frames_of(language: str, kind: str, half: str) -> list[str]:
    return [f for f in FRAMES[language][kind] if frame_half(language, kind, f) == half]


def strip_affixes(name: str) -> str:
    words = name.split()
    while words and words[0].casefold().rstrip(".") in NAME_AFFIXES | {"univ.prof", "dipl.-ing"}:
        words.pop(0)
    while words and words[-1].casefold().rstrip(".,") in NAME_AFFIXES:
        words.pop()
    return " ".join(words)


def street_key(address: str) -> str:
    """The street name of an address, without house number or flat: what must not survive.

    First line (after a "Flat 3" line), up to the first comma after the street's words;
    numbers, flat and floor parts removed.
    """
    lines = [line.strip() for line in address.strip().splitlines() if line.strip()]
    if len(lines) > 1 and not re.search(r"[^\W\d_]{3,}", _UNIT.sub("", lines[0])):
        lines = lines[1:]
    line = lines[0] if lines else address
    parts = [p.strip() for p in line.split(",")]
    street = ""
    for part in parts:
        street = f"{street}, {part}" if street else part
        if re.search(r"[^\W\d_]{3,}", _UNIT.sub("", part)):
            break
    street = _UNIT.sub(" ", street)
    street = re.sub(r"(?<!\w)[\d/\-]+[a-zA-Z]?(?!\w)|[,#]", " ", street)
    return " ".join(street.split())


def _stable_order(fake: Faker) -> None:
    """Make a seeded Faker draw the same values under every PYTHONHASHSEED.

    Faker's it_IT address provider lists its cities from a set, so their order (and the city
    a seed picks) changed with the hash seed; sorted, every run draws the same.
    """
    for provider in fake.get_providers():
        if type(provider).__module__ == "faker.providers.address.it_IT":
            provider.cities = sorted(provider.cities)


class ChatCorpusBuilder:
    """Conversations in one language from one half's frames, with planted values."""

    replies = REPLIES  # the assistant's turns between the user's, per language

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {locale: Faker(locale) for locales in LOCALES.values() for locale in locales}
        for index, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed * 1000 + index)
            _stable_order(fake)

    def fake(self, language: str) -> Faker:
        return self.fakers[self.rng.choice(LOCALES[language])]

    def phone(self, fake: Faker) -> str:
        phone = fake.phone_number()
        roll = self.rng.random()
        # As people type them: sometimes without any separators, sometimes in pairs.
        if roll < 0.15:
            return re.sub(r"[^\d+]", "", phone.split("x")[0])
        if roll < 0.25:
            digits = re.sub(r"\D", "", phone.split("x")[0])
            return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
        return phone

    def values(self, language: str) -> dict[str, str]:
        fake = self.fake(language)
        first, last = fake.first_name(), fake.last_name()
        full = (
            strip_affixes(fake.name()) if self.rng.random() < 0.4 else f"{first} {last}"
        ) or f"{first} {last}"
        block = fake.address()
        return {
            "name": full,
            "first": first,
            "last": last,
            "name_lc": full.lower(),
            "title": self.rng.choice(TITLES[language]),
            "phone": self.phone(fake),
            "street": fake.street_address().strip(),
            "address": ", ".join(line.strip() for line in block.splitlines() if line.strip()),
            "block": block,
            "email": fake.email(),
        }

    def harmless_values(self, language: str) -> dict[str, str]:
        fake = self.fake(language)
        n = self.rng.randint(2, 500)
        order = self.rng.choice(
            [
                str(self.rng.randint(100_000, 999_999_999)),
                f"#{self.rng.randint(10_000, 9_999_999)}",
                f"A-{self.rng.randint(100_000, 999_999)}",
                f"{self.rng.randint(2020, 2026)}-{self.rng.randint(10_000, 99_999)}",
            ]
        )
        price = self.rng.choice(
            [
                f"€{self.rng.randint(5, 999)}.{self.rng.randint(0, 99):02d}",
                f"{self.rng.randint(5, 999)},{self.rng.randint(0, 99):02d} €",
                f"${self.rng.randint(1, 9)},{self.rng.randint(100, 999)}",
                f"{self.rng.randint(5, 999)} zł",
                f"R$ {self.rng.randint(5, 999)},90",
            ]
        )
        day = fake.date_between(start_date="-1y", end_date="+1y")
        date = self.rng.choice(
            [
                day.strftime("%d.%m.%Y"),
                day.strftime("%d/%m/%Y"),
                day.isoformat(),
                day.strftime("%d %B %Y"),
                day.strftime("%d.%m."),
            ]
        )
        time = self.rng.choice(
            [
                f"{self.rng.randint(7, 20)}:{self.rng.choice(['00', '15', '30', '45'])}",
                f"{self.rng.randint(1, 11)}pm",
                f"{self.rng.randint(7, 20)}h{self.rng.choice(['00', '30'])}",
            ]
        )
        version = self.rng.choice(
            [
                f"{self.rng.randint(1, 12)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 99)}",
                f"{self.rng.randint(1, 5)}.{self.rng.randint(0, 9)}",
                f"{self.rng.randint(2019, 2026)}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1, 4)}",
            ]
        )
        return {
            "order": order,
            "price": price,
            "date": date,
            "time": time,
            "version": version,
            "year": str(self.rng.randint(1900, 2024)),
            "n": str(n),
            "city": fake.city(),
        }

    def turn(self, language: str, half: str) -> tuple[str, list[tuple[str, str]], bool]:
        kind = self.rng.choices(
            ["person", "phone", "address", "mixed", "harmless"], weights=[30, 18, 18, 8, 26]
        )[0]
        frame = self.rng.choice(frames_of(language, kind, half))
        if kind == "harmless":
            return frame.format(**self.harmless_values(language)), [], True
        values = self.values(language)
        text = frame.format(**values)
        planted = []
        for slot in re.findall(r"\{(\w+)\}", frame):
            if slot in ("name", "first", "last", "name_lc"):
                planted.append(("PERSON", values[slot]))
            elif slot == "phone":
                planted.append(("PHONE_NUMBER", values[slot]))
            elif slot in ("street", "address", "block"):
                planted.append(("STREET_ADDRESS", values[slot]))
            elif slot == "email":
                planted.append(("EMAIL_ADDRESS", values[slot]))
        return text, planted, False

    def conversation(self, language: str, half: str) -> Conversation:
        conversation = Conversation(messages=[], language=language)
        for _ in range(self.rng.randint(1, 3)):
            text, planted, harmless = self.turn(language, half)
            index = len(conversation.messages)
            conversation.messages.append(text)
            if harmless:
                conversation.harmless.add(index)
            conversation.planted.extend((entity, value, index) for entity, value in planted)
            conversation.messages.append(self.rng.choice(self.replies[language]))
        return conversation


def build_chat_corpus(half: str, *, per_language: int = 60, seed: int = 11) -> list[Conversation]:
    """`per_language` conversations in each language from the frames of one half."""
    builder = ChatCorpusBuilder(seed + HALVES.index(half))
    with fixed_clock():
        return [
            builder.conversation(language, half)
            for language in LANGUAGES
            for _ in range(per_language)
        ]


# -- Presidio's evaluation templates (test only) -------------------------------------------
PRESIDIO_EVALUATOR = "presidio-evaluator==0.3.2"
CACHE = Path(__file__).resolve().parent.parent / "var" / "bench-cache"


def _presidio_evaluator_path() -> Path:
    """presidio-evaluator's files, unpacked once from its wheel (fetched from the package index
    with pip, without its dependencies: only its generator and data files are used)."""
    target = CACHE / PRESIDIO_EVALUATOR.replace("==", "-")
    if (target / "presidio_evaluator").is_dir():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(CACHE)]
    subprocess.run([*pip, PRESIDIO_EVALUATOR], check=True)
    wheel = next(CACHE.glob("presidio_evaluator-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def build_presidio_corpus(
    size: int = 4000, seed: int = 42, templates: list[str] | None = None
) -> list[Conversation]:
    """Presidio's evaluation sentences, one message each, with their labelled spans; with
    `templates`, those sentence templates filled by the same generator instead of its own."""
    if importlib.util.find_spec("presidio_evaluator") is None:
        sys.path.insert(0, str(_presidio_evaluator_path()))
    # Its package imports python-dotenv only to read a .env file; nothing here needs it.
    sys.modules.setdefault("dotenv", types.SimpleNamespace(load_dotenv=lambda *a, **k: None))  # type: ignore[arg-type]
    from presidio_evaluator.data_generator import (
        PresidioSentenceFaker,
        presidio_additional_entity_providers,
    )
    from presidio_evaluator.data_generator.faker_extensions.providers import HospitalProvider

    # The hospital provider queries Wikidata over the network; no template uses it.
    providers = [p for p in presidio_additional_entity_providers if p is not HospitalProvider]
    # The generator seeds the random module only after loading its person records, which
    # draw each name's shape (with or without a middle initial) from it: seed it first.
    random.seed(seed)
    with contextlib.redirect_stdout(io.StringIO()):  # its notes on default mappings
        generator = PresidioSentenceFaker(
            "en_US",
            lower_case_ratio=0.05,
            sentence_templates=templates,
            entity_providers=providers,
            random_seed=seed,
        )
    corpus = []
    with fixed_clock():
        samples = generator.generate_new_fake_sentences(size)
    for sample in samples:
        text = sample.full_text
        conversation = Conversation(messages=[text], language="presidio")
        spans = sorted(sample.spans, key=lambda s: s.start_position)
        merged: list[list] = []
        for span in spans:
            if span.entity_type not in ("PERSON", "STREET_ADDRESS", *STRUCTURED_TYPES):
                continue
            if (
                merged
                and merged[-1][0] == span.entity_type == "STREET_ADDRESS"
                and not text[merged[-1][2] : span.start_position].strip(" ,\n")
            ):
                merged[-1][2] = span.end_position
                continue
            merged.append([span.entity_type, span.start_position, span.end_position])
        for entity, start, end in merged:
            value = text[start:end]
            if entity == "STREET_ADDRESS" and not re.search(r"[^\W\d_]{3,}", street_key(value)):
                continue  # a lone house number or postcode: nothing to check a leak against
            conversation.planted.append((entity, value, 0))
        if not merged and not any(s.entity_type in ("TITLE",) for s in spans):
            conversation.harmless.add(0)
        corpus.append(conversation)
    return corpus


STRUCTURED_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
)
