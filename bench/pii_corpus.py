"""A labelled synthetic corpus of multi-turn chats with planted personal values.

Seeded, so every run sees the same corpus. Names come from many origins and formats
(including locales the scrubber's first-name list does not draw from: Yoruba, Swahili,
romanised Chinese and Japanese), secrets from several providers, and harmless questions
that mention places, organisations, dates and tech terms.
"""

import hashlib
import json
import random
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from unittest import mock

from faker import Faker

# Locales whose first names the context recognizer knows, and some it does not.
NAME_LOCALES = [
    "en_US",
    "en_GB",
    "es_ES",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pl_PL",
    "tr_TR",
    "en_IN",
    "nl_NL",
    "pt_BR",
    "sv_SE",
]
HELD_OUT_LOCALES = ["yo_NG", "sw", "zh_CN", "ja_JP"]
STRUCTURED = {
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_TOKEN",
}


@dataclass
class Conversation:
    messages: list[str]
    # (entity type, value, index of the message it was planted in)
    planted: list[tuple[str, str, int]] = field(default_factory=list)
    harmless: set[int] = field(default_factory=set)
    language: str = "en"


def fingerprint(corpus: list[Conversation]) -> str:
    """A sha256 of a corpus's messages and labels: equal prefixes mean the same corpus."""
    rows = [[c.language, c.messages, c.planted, sorted(c.harmless)] for c in corpus]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


# Faker draws dates relative to today ("-1y", "between 1970 and now"): a corpus built on
# another day would hold other dates and years. Every corpus is built as of this moment.
CORPUS_CLOCK = datetime(2026, 1, 1, 12, 0)


class _DatetimeType(type):
    def __instancecheck__(cls, value: Any) -> bool:
        return isinstance(value, datetime)


class _DateType(type):
    def __instancecheck__(cls, value: Any) -> bool:
        return isinstance(value, date)


@contextmanager
def fixed_clock(moment: datetime = CORPUS_CLOCK) -> Iterator[None]:
    """Faker's date provider sees `moment` (UTC) as now."""
    from faker.providers import date_time

    class FixedDatetime(datetime, metaclass=_DatetimeType):
        @classmethod
        def now(cls, tz: Any = None) -> "FixedDatetime":
            naive = cls.combine(moment.date(), moment.time())
            return naive if tz is None else naive.replace(tzinfo=UTC).astimezone(tz)

        @classmethod
        def today(cls) -> "FixedDatetime":
            return cls.now()

    class FixedDate(date, metaclass=_DateType):
        @classmethod
        def today(cls) -> "FixedDate":
            return cls(moment.year, moment.month, moment.day)

    with (
        mock.patch.object(date_time, "datetime", FixedDatetime),
        mock.patch.object(date_time, "dtdate", FixedDate),
    ):
        yield


class CorpusBuilder:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in NAME_LOCALES + HELD_OUT_LOCALES + ["en_US"]}
        for index, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed + index)

    # -- values ---------------------------------------------------------------------------
    def name(self) -> str:
        locale = self.rng.choice(NAME_LOCALES + HELD_OUT_LOCALES)
        fake = self.fakers[locale]
        if locale in ("zh_CN", "ja_JP"):
            first, last = fake.first_romanized_name(), fake.last_romanized_name()
        else:
            first, last = fake.first_name(), fake.last_name()
        style = self.rng.random()
        if style < 0.15:
            return first
        if style < 0.30:
            return f"{first} {last}".lower()
        return f"{first} {last}"

    def phone(self) -> str:
        d = lambda n: "".join(self.rng.choice(string.digits) for _ in range(n))  # noqa: E731
        return self.rng.choice(
            [
                f"({self.rng.randint(201, 989)}) {self.rng.randint(201, 989)}-{d(4)}",
                f"{self.rng.randint(201, 989)}-{self.rng.randint(201, 989)}-{d(4)}",
                f"+1 {self.rng.randint(201, 989)} {self.rng.randint(201, 989)} {d(4)}",
                f"+44 20 7946 {d(4)}",
                f"+44 7700 900{d(3)}",
                f"07700 900{d(3)}",
                f"+49 30 {d(7)}",
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+91 98{d(3)} {d(5)}",
                f"+61 4{d(2)} {d(3)} {d(3)}",
            ]
        )

    def secret(self) -> str:
        a = string.ascii_letters + string.digits
        r = lambda n, alphabet=a: "".join(self.rng.choice(alphabet) for _ in range(n))  # noqa: E731
        return self.rng.choice(
            [
                f"sk-proj-{r(48)}",
                f"sk-{r(48)}",
                f"sk-ant-api03-{r(40)}",
                f"ghp_{r(36)}",
                f"github_pat_{r(22)}_{r(40)}",
                f"AKIA{r(16, string.ascii_uppercase + string.digits)}",
                f"xoxb-{r(11, string.digits)}-{r(12, string.digits)}-{r(24)}",
                f"sk_live_{r(24)}",
                f"AIza{r(35)}",
                f"hf_{r(34)}",
                f"glpat-{r(20)}",
                f"eyJ{r(20)}.eyJ{r(30)}.{r(25)}",
            ]
        )

    def address(self) -> str:
        locale = self.rng.choice(["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES"])
        fake = self.fakers[locale]
        if locale == "en_US":
            street = fake.street_address()
            return self.rng.choice(
                [street, f"{street}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}"]
            )
        if locale == "en_GB":
            return (
                f"{self.rng.randint(1, 220)} {fake.street_name()}, {fake.city()} {fake.postcode()}"
            )
        if locale == "de_DE":
            return (
                f"{fake.street_name()} {self.rng.randint(1, 120)}, {fake.postcode()} {fake.city()}"
            )
        if locale == "fr_FR":
            return (
                f"{self.rng.randint(1, 120)} {fake.street_name()}, {fake.postcode()} {fake.city()}"
            )
        return (
            f"Calle {fake.last_name()} {self.rng.randint(1, 120)}, {fake.postcode()} {fake.city()}"
        )

    # -- messages -------------------------------------------------------------------------
    def harmless(self) -> str:
        fake = self.fakers["en_US"]
        return self.rng.choice(
            [
                f"What is the capital of {fake.country()}?",
                f"How do I {self.rng.choice(['reverse a list', 'read a CSV file', 'sort a dict by value', 'parse JSON'])} in {self.rng.choice(['Python', 'JavaScript', 'Go', 'Rust', 'Java'])}?",
                f"Compare {self.rng.choice(['AWS', 'Azure', 'Google Cloud', 'Oracle'])} and {self.rng.choice(['DigitalOcean', 'Hetzner', 'Cloudflare'])} pricing for a small startup.",
                f"What happened in {fake.city()} in {self.rng.randint(1900, 2020)}?",
                f"Translate '{self.rng.choice(['good morning', 'see you tomorrow', 'where is the station'])}' into {self.rng.choice(['French', 'German', 'Spanish', 'Japanese'])}.",
                f"Explain {self.rng.choice(['TCP slow start', 'DNS caching', 'CSS grid', 'the CAP theorem', 'OAuth scopes', 'Kubernetes pods'])} simply.",
                f"Schedule a reminder for {self.rng.choice(['Monday morning', 'next Friday at 3pm', 'tomorrow evening'])}.",
                f"How many days until {self.rng.choice(['Christmas', 'Easter', 'the end of March'])}?",
                f"Is {self.rng.choice(['PostgreSQL', 'MySQL', 'SQLite'])} better than {self.rng.choice(['MongoDB', 'Redis', 'DynamoDB'])} for analytics?",
                "SELECT name, COUNT(*) FROM orders GROUP BY name HAVING COUNT(*) > 5;",
                "Why does `for i in range(10): print(i)` print 0 to 9?",
                f"What is {self.rng.randint(12, 999)} times {self.rng.randint(12, 999)}?",
                f"Write a haiku about {self.rng.choice(['Mount Fuji', 'the Amazon river', 'autumn in Kyoto', 'the Sahara'])}.",
                f"Did {self.rng.choice(['Microsoft', 'Apple', 'Meta', 'IBM'])} buy {self.rng.choice(['GitHub', 'LinkedIn', 'Red Hat', 'Instagram'])}?",
                f"Summarize the history of the {self.rng.choice(['Roman Empire', 'Ottoman Empire', 'European Union', 'United Nations'])}.",
                "thanks, that fixed it!",
                "why?",
                "Can you make it shorter?",
                f"Convert {self.rng.randint(1, 500)} km to miles.",
                f"What's the weather usually like in {fake.country()} in {fake.month_name()}?",
            ]
        )

    def personal(self) -> tuple[str, list[tuple[str, str]]]:
        """A user turn carrying one or two planted values, and their labels."""
        fake = self.fakers["en_US"]
        kind = self.rng.choice(
            [
                "name",
                "name",
                "name",
                "email",
                "phone",
                "card",
                "iban",
                "ssn",
                "ip",
                "secret",
                "secret",
                "address",
                "address",
                "url",
                "mixed",
            ]
        )
        if kind == "name":
            name = self.name()
            template = self.rng.choice(
                [
                    "Hi, I'm {n}. My order never arrived.",
                    "My name is {n} and I need help with my account.",
                    "Please ask for {n} at the front desk.",
                    "Dear {n},\nthank you for your patience.",
                    "Can you write an email to {n} about the delay?",
                    "Thanks, {n}",
                    "That worked, cheers!\n— {n}",
                    "My colleague {n} said the report is late.",
                    "I spoke with {n} yesterday about the refund.",
                    "this is {n} from the billing team",
                    "Draft a birthday message for my friend {n}.",
                    "Could you forward this to {n}?",
                ]
            )
            return template.format(n=name), [("PERSON", name)]
        if kind == "email":
            email = fake.email()
            return f"You can reach me at {email} if needed.", [("EMAIL_ADDRESS", email)]
        if kind == "phone":
            phone = self.phone()
            return self.rng.choice(
                ["Call me on {p} after 5.", "my number is {p}", "Text {p} when it ships."]
            ).format(p=phone), [("PHONE_NUMBER", phone)]
        if kind == "card":
            card = fake.credit_card_number(
                card_type=self.rng.choice(["visa16", "mastercard", "amex", "discover"])
            )
            return f"I was charged twice on card {card}.", [("CREDIT_CARD", card)]
        if kind == "iban":
            iban = self.fakers[
                self.rng.choice(["de_DE", "en_GB", "fr_FR", "es_ES", "nl_NL"])
            ].iban()
            return f"Please refund to IBAN {iban}.", [("IBAN_CODE", iban)]
        if kind == "ssn":
            ssn = fake.ssn()
            return f"My SSN is {ssn}, do you need anything else?", [("US_SSN", ssn)]
        if kind == "ip":
            ip = fake.ipv4_public()
            return f"The server at {ip} keeps timing out.", [("IP_ADDRESS", ip)]
        if kind == "secret":
            secret = self.secret()
            template = self.rng.choice(
                [
                    "Here is my API key: {s} why does it fail?",
                    "export OPENAI_API_KEY={s}",
                    "curl -H 'Authorization: Bearer {s}' https://api.example.com/v1/me",
                    'I set token = "{s}" in config.py',
                    "my key {s} stopped working",
                ]
            )
            if self.rng.random() < 0.2:
                password = self.rng.choice(
                    ["Hunter2!x", "Summer2024#", "p@ssw0rd99", "Tr0ub4dor&3", "correct-horse-9"]
                )
                return f"My password is {password} and it doesn't work", [("SECRET", password)]
            return template.format(s=secret), [("SECRET", secret)]
        if kind == "address":
            address = self.address()
            return self.rng.choice(
                ["Please ship it to {a}.", "I live at {a}", "The package went to {a} instead."]
            ).format(a=address), [("STREET_ADDRESS", address)]
        if kind == "url":
            token = "".join(
                self.rng.choice(string.ascii_letters + string.digits) for _ in range(32)
            )
            url = f"https://app.example.com/reset-password?token={token}"
            return f"The reset link {url} says expired.", [("URL_TOKEN", url)]
        name, email = self.name(), fake.email()
        return f"I'm {name}, email me at {email}.", [("PERSON", name), ("EMAIL_ADDRESS", email)]

    def conversation(self) -> Conversation:
        conversation = Conversation(messages=[])
        for _ in range(self.rng.randint(1, 3)):
            if self.rng.random() < 0.55:
                text, labels = self.personal()
                index = len(conversation.messages)
                conversation.messages.append(text)
                conversation.planted.extend((entity, value, index) for entity, value in labels)
                person = next((v for e, v in labels if e == "PERSON"), None)
                reply = (
                    f"Thanks {person.split()[0]}, I can help with that."
                    if person and self.rng.random() < 0.5
                    else "Sure, here is what I found."
                )
            else:
                conversation.harmless.add(len(conversation.messages))
                conversation.messages.append(self.harmless())
                reply = "Here is an answer."
            conversation.messages.append(reply)
        return conversation

    def build(self, size: int) -> list[Conversation]:
        with fixed_clock():
            return [self.conversation() for _ in range(size)]
