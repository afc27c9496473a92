"""A second DEV PII and filter corpus ("dev2"): tune the scrubber and the filters on it.

- `build_dev2_corpus()`: the frames of bench/corpora/dev2_frames.py, written for this set by
  someone who had read neither the scrubber, its recognizers, the filters nor the other
  corpora's frame lists, filled by heldout_corpus's builder (each language's own Faker
  locales, harmless dates from a fixed window) with a seed of its own. The bookkeeping is
  build_chat_corpus's: every name, phone, street or e-mail slot of a frame is a planted value
  of its message; a harmless frame's message is in `harmless` and must come back unchanged.
- `dev2_filter_conversations()`: the hand-written real and junk conversations of
  bench/corpora/dev2_filter_frames.py, labelled as filters_eval's hand-written set is;
  `dev2_filter_examples()` the same with each one's language.

Unlike heldout_corpus's sets this one is for tuning: bench/dev2_eval.py prints its misses.
Deterministic: seeded Random and Faker instances, nothing iterated in hash order, Faker's
clock fixed and dates of harmless turns drawn from a fixed window.
"""

from bench.corpora.dev2_filter_frames import dev2_filter_conversations, dev2_filter_examples
from bench.corpora.dev2_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import HeldoutCorpusBuilder, check_frames
from bench.multilingual_corpus import LANGUAGES
from bench.pii_corpus import Conversation, fixed_clock

__all__ = [
    "Dev2CorpusBuilder",
    "build_dev2_corpus",
    "check_dev2_frames",
    "dev2_filter_conversations",
    "dev2_filter_examples",
]


class Dev2CorpusBuilder(HeldoutCorpusBuilder):
    """The held-out builder's values and bookkeeping over the dev2 frames and replies."""

    frames = FRAMES
    replies = REPLIES
    months = MONTHS


def check_dev2_frames() -> None:
    """heldout_corpus.check_frames on the dev2 frames: slots of each kind, no repeats."""
    check_frames(FRAMES, REPLIES, MONTHS)


def build_dev2_corpus(*, per_language: int = 60, seed: int = 4242) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev2 frames."""
    check_dev2_frames()
    builder = Dev2CorpusBuilder(seed)
    with fixed_clock():
        return [
            builder.conversation(language, "dev")
            for language in LANGUAGES
            for _ in range(per_language)
        ]
