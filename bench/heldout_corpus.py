"""A held-out PII corpus: TEST ONLY. Never tune the scrubber on it, never look at its misses
to add a rule; run it at the end to see how the scrubber does on wordings nobody tuned for.

- `build_heldout_corpus()`: the frames of bench/corpora/heldout_frames.py, written for this
  set by someone who had not read the scrubber, its recognizers or chat_frames.py's frame
  lists (only the data format), filled with values from each language's own Faker locales
  by multilingual_corpus's ChatCorpusBuilder. The bookkeeping is build_chat_corpus's: every
  name, phone, street or e-mail slot of a frame is a planted value of its message; a
  harmless frame's message is in `harmless` and must come back unchanged.
- `heldout_filter_conversations()`: the hand-written real and junk conversations of
  bench/corpora/heldout_filter_frames.py, labelled as filters_eval's hand-written set is.

Deterministic: seeded Random and Faker instances, nothing iterated in hash order, and dates
drawn from a fixed window (not relative to today, as ChatCorpusBuilder's are).
"""

import re
from datetime import date, timedelta

from bench.corpora.heldout_filter_frames import heldout_filter_conversations
from bench.corpora.heldout_frames import FRAMES, MONTHS, REPLIES
from bench.multilingual_corpus import LANGUAGES, ChatCorpusBuilder
from bench.pii_corpus import Conversation, fixed_clock

__all__ = ["build_heldout_corpus", "check_frames", "heldout_filter_conversations"]

# Kinds and how often a turn draws each, as build_chat_corpus does.
KINDS = ("person", "phone", "address", "mixed", "harmless")
KIND_WEIGHTS = (30, 18, 18, 8, 26)
SLOT_ENTITIES = {
    "name": "PERSON",
    "first": "PERSON",
    "last": "PERSON",
    "name_lc": "PERSON",
    "phone": "PHONE_NUMBER",
    "street": "STREET_ADDRESS",
    "address": "STREET_ADDRESS",
    "block": "STREET_ADDRESS",
    "email": "EMAIL_ADDRESS",
}
PERSONAL_SLOTS = {*SLOT_ENTITIES, "title"}
HARMLESS_SLOTS = {"order", "price", "date", "time", "version", "year", "n", "city"}
# Dates of harmless turns fall in these two years, whatever the day the corpus is built.
FIRST_DAY = date(2025, 1, 1)


def slots(frame: str) -> list[str]:
    return re.findall(r"\{(\w+)\}", frame)


def check_frames(
    frames_by_language: dict[str, dict[str, list[str]]] = FRAMES,
    replies: dict[str, list[str]] = REPLIES,
    months: dict[str, list[str]] = MONTHS,
    *,
    languages: tuple[str, ...] = LANGUAGES,
    entities: dict[str, str] = SLOT_ENTITIES,
    personal_slots: set[str] = PERSONAL_SLOTS,
) -> None:
    """Every frame uses only its kind's slots, a personal one plants something, a mixed one
    two kinds of value, and no frame is listed twice in its (language, kind). The held-out
    frames by default; another frames module's FRAMES, REPLIES and MONTHS if given, in its
    `languages`, with its slots of `entities` (slot -> entity) among `personal_slots`."""
    for language in languages:
        kinds = frames_by_language[language]
        if set(kinds) != set(KINDS) or language not in replies or language not in months:
            raise ValueError(f"{language}: kinds {sorted(kinds)}")
        for kind in KINDS:
            frames = kinds[kind]
            if len(set(frames)) != len(frames):
                raise ValueError(f"{language}/{kind}: a frame is listed twice")
            allowed = HARMLESS_SLOTS if kind == "harmless" else personal_slots
            for frame in frames:
                used = slots(frame)
                if not set(used) <= allowed:
                    raise ValueError(f"{language}/{kind}: {frame!r} uses {used}")
                if len(used) != len(set(used)):
                    raise ValueError(f"{language}/{kind}: {frame!r} repeats a slot")
                planted = {entities[s] for s in used if s in entities}
                if kind != "harmless" and not planted:
                    raise ValueError(f"{language}/{kind}: {frame!r} plants nothing")
                if kind == "mixed" and len(planted) < 2:
                    raise ValueError(f"{language}/mixed: {frame!r} has one kind of value")


class HeldoutCorpusBuilder(ChatCorpusBuilder):
    """ChatCorpusBuilder's values and bookkeeping over the held-out frames and replies
    (build_dev_corpus sets other `frames`, `replies` and `months` of the same structure)."""

    frames = FRAMES
    replies = REPLIES
    months = MONTHS
    kind_weights = KIND_WEIGHTS
    entities = SLOT_ENTITIES

    def frame_values(self, language: str, frame: str) -> dict[str, str]:
        """The values a personal frame is filled with: one person's of the language."""
        return self.values(language)

    def harmless_values(self, language: str) -> dict[str, str]:
        values = super().harmless_values(language)
        day = FIRST_DAY + timedelta(days=self.rng.randrange(730))
        month = self.months[language][day.month - 1]
        written = {
            "en": [f"{month} {day.day}", f"{day.day} {month} {day.year}", f"{month} {day.day}th"],
            "es": [f"{day.day} de {month}", f"{day.day} de {month} de {day.year}"],
            "pt": [f"{day.day} de {month}", f"{day.day} de {month} de {day.year}"],
        }.get(language, [f"{day.day} {month} {day.year}", f"{day.day} {month}"])
        if language == "en" and day.day in (1, 2, 3, 21, 22, 23, 31):
            written = written[:2]
        values["date"] = self.rng.choice(
            [
                day.strftime("%d.%m.%Y"),
                day.strftime("%d/%m/%Y"),
                day.isoformat(),
                day.strftime("%d.%m."),
                f"{day.day}/{day.month}",
                *written,
            ]
        )
        return values

    def turn(self, language: str, half: str = "test") -> tuple[str, list[tuple[str, str]], bool]:
        kind = self.rng.choices(KINDS, weights=self.kind_weights)[0]
        frame = self.rng.choice(self.frames[language][kind])
        if kind == "harmless":
            return frame.format(**self.harmless_values(language)), [], True
        values = self.frame_values(language, frame)
        planted = [(self.entities[s], values[s]) for s in slots(frame) if s in self.entities]
        return frame.format(**values), planted, False


def build_heldout_corpus(*, per_language: int = 60, seed: int = 2026) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the held-out frames.

    Test only: the frames were written without looking at the scrubber; never tune on them."""
    check_frames()
    builder = HeldoutCorpusBuilder(seed)
    return [
        builder.conversation(language, "test")
        for language in LANGUAGES
        for _ in range(per_language)
    ]


def build_dev_corpus(
    frames: dict[str, dict[str, list[str]]],
    replies: dict[str, list[str]],
    months: dict[str, list[str]],
    *,
    per_language: int,
    seed: int,
) -> list[Conversation]:
    """A dev set from another frames module of the held-out structure (dev2, dev3): its
    frames checked as check_frames does, filled by this builder under Faker's fixed clock."""
    check_frames(frames, replies, months)
    builder = HeldoutCorpusBuilder(seed)
    builder.frames, builder.replies, builder.months = frames, replies, months
    with fixed_clock():
        return [
            builder.conversation(language, "dev")
            for language in LANGUAGES
            for _ in range(per_language)
        ]
