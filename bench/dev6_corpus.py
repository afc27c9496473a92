"""A sixth DEV PII corpus ("dev6"): messages to service help desks; tune on it.

Written independently of dev2 to dev5, by another writer, on another theme: what people type
into the help chat of their employer's HR / payroll desk, their landlord or property
manager, their child's school or kindergarten office, an insurance claims desk, a doctor's
practice booking line, a gym or sports club and a moving company (payslips and sick notes,
deposits, damp and caretakers, pick-up lists and class teachers, accidents and the other
driver, appointments, memberships, movers and loading addresses), so a change that only
fits the wordings of the earlier sets shows here. German, Polish and Dutch names in running
text without cue words, and French, Portuguese, Spanish, Italian and German harmless
messages full of capitalised words that are not people, have extra weight. The writer had
read neither the scrubber, its recognizers, the filters, the tests nor the other corpora's
frame lists (only the slot names, check_frames and builder of bench/heldout_corpus.py, the
docstring of dev5's frames module, bench/dev5_corpus.py and bench/corpora/months.py), and
did not run the scrubber on it.

- `build_dev6_corpus()`: the frames of bench/corpora/dev6_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev6; bench/dev2_eval.py runs no
  filter stage for it.

Like dev2 to dev5 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev6_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev6_corpus"]


def build_dev6_corpus(*, per_language: int = 60, seed: int = 6666) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev6 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
