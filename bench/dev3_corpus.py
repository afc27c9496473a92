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
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev3_corpus", "dev3_filter_conversations", "dev3_filter_examples"]


def build_dev3_corpus(*, per_language: int = 60, seed: int = 4343) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev3 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
