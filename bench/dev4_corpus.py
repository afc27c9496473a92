"""A fourth DEV PII and filter corpus ("dev4"): user turns to an LLM chat assistant; tune on it.

Written independently of dev2 and dev3, by another writer, on another theme: the user side
of chats with a ChatGPT-like assistant embedded in products (writing e-mails and letters to
named people, CVs and cover letters, toasts and speeches for relatives, filling in forms,
translating, summarising pasted mail threads and signatures, planning trips, fixing code and
explaining logs), so a change that only fits the support-desk wordings of dev2 and dev3
shows here. The writer had read neither the scrubber, its recognizers, the filters, the
tests nor the other corpora's frame lists (only the slot names and builder of
bench/heldout_corpus.py, the docstrings of dev3's frames modules and the labelling helpers).

- `build_dev4_corpus()`: the frames of bench/corpora/dev4_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- `dev4_filter_conversations()`: the hand-written real and junk conversations of
  bench/corpora/dev4_filter_frames.py, labelled as filters_eval's hand-written set is;
  `dev4_filter_examples()` the same with each one's language.

Like dev2 and dev3 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev4_filter_frames import dev4_filter_conversations, dev4_filter_examples
from bench.corpora.dev4_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev4_corpus", "dev4_filter_conversations", "dev4_filter_examples"]


def build_dev4_corpus(*, per_language: int = 60, seed: int = 4444) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev4 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
