"""A fifth DEV PII and filter corpus ("dev5"): customer messages to support chats; tune on it.

Written independently of dev2, dev3 and dev4, by another writer, on another theme: what
customers type on their phone into the chat widget of a bank, a telecom / mobile operator,
an online grocery and food-delivery app, a pharmacy and a travel agency (blocked cards,
authorised persons, SIM swaps and number porting, missing items and couriers, prescriptions
and pharmacists, bookings and travellers, delivery address changes), so a change that only
fits the wordings of the earlier sets shows here. German and Polish personal messages and
Spanish and Portuguese harmless ones have extra weight. The writer had read neither the
scrubber, its recognizers, the filters, the tests nor the other corpora's frame lists (only
the slot names, check_frames and builder of bench/heldout_corpus.py, the docstrings of
dev4's frames modules, bench/dev4_corpus.py and the labelling helpers).

- `build_dev5_corpus()`: the frames of bench/corpora/dev5_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- `dev5_filter_conversations()`: the hand-written real and junk conversations of
  bench/corpora/dev5_filter_frames.py, labelled as filters_eval's hand-written set is;
  `dev5_filter_examples()` the same with each one's language.

Like dev2, dev3 and dev4 this one is for tuning, not a held-out test set. Deterministic:
seeded Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and
dates of harmless turns drawn from a fixed window.
"""

from bench.corpora.dev5_filter_frames import dev5_filter_conversations, dev5_filter_examples
from bench.corpora.dev5_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev5_corpus", "dev5_filter_conversations", "dev5_filter_examples"]


def build_dev5_corpus(*, per_language: int = 60, seed: int = 5555) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev5 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
