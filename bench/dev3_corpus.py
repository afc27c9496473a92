"""A third DEV PII and filter corpus ("dev3"): tune the scrubber and the filters on it.

Written independently of dev2, by a different writer, to give tuning a second set of
wordings nobody shaped the rules on, so a change that only fits dev2's phrasing shows here.

- `build_dev3_corpus()`: the frames of bench/corpora/dev3_frames.py, written for this set by
  someone who had read neither the scrubber, its recognizers, the filters nor the other
  corpora's frame lists, filled by heldout_corpus's builder (each language's own Faker
  locales, harmless dates from a fixed window) with a seed of its own. The bookkeeping is
  build_chat_corpus's: every name, phone, street or e-mail slot of a frame is a planted value
  of its message; a harmless frame's message is in `harmless` and must come back unchanged.
- `dev3_filter_conversations()`: the hand-written real and junk conversations of
  bench/corpora/dev3_filter_frames.py, labelled as filters_eval's hand-written set is;
  `dev3_filter_examples()` the same with each one's language.

Like dev2 this one is for tuning, not a held-out test set. Deterministic: seeded Random and
Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of harmless
turns drawn from a fixed window.
"""

from bench.corpora.dev3_filter_frames import dev3_filter_conversations, dev3_filter_examples
from bench.corpora.dev3_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import HeldoutCorpusBuilder, check_frames
from bench.multilingual_corpus import LANGUAGES
from bench.pii_corpus import Conversation, fixed_clock

__all__ = [
    "Dev3CorpusBuilder",
    "build_dev3_corpus",
    "check_dev3_frames",
    "dev3_filter_conversations",
    "dev3_filter_examples",
]


class Dev3CorpusBuilder(HeldoutCorpusBuilder):
    """The held-out builder's values and bookkeeping over the dev3 frames and replies."""

    frames = FRAMES
    replies = REPLIES
    months = MONTHS


def check_dev3_frames() -> None:
    """heldout_corpus.check_frames on the dev3 frames: slots of each kind, no repeats."""
    check_frames(FRAMES, REPLIES, MONTHS)


def build_dev3_corpus(*, per_language: int = 60, seed: int = 4343) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev3 frames."""
    check_dev3_frames()
    builder = Dev3CorpusBuilder(seed)
    with fixed_clock():
        return [
            builder.conversation(language, "dev")
            for language in LANGUAGES
            for _ in range(per_language)
        ]
