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
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev2_corpus", "dev2_filter_conversations", "dev2_filter_examples"]


def build_dev2_corpus(*, per_language: int = 60, seed: int = 4242) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev2 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
