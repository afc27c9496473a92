"""An eighth DEV PII corpus ("dev8"): messages to local services' help chats; tune on it.

Written independently of dev2 to dev7, by another writer, on another theme: what people
type into the help chat of an energy or water utility, a car garage or dealership, a vet
clinic, a parcel or post service, a hotel or holiday-rental host, a town hall / citizen
service desk, a tax advisor and a restaurant booking line (meter readings and bills,
services and tow trucks, vaccinations and pet owners, parcels taken in by neighbours,
bookings and guest lists, passports and registrations, tax returns, tables booked under a
name), so a change that only fits the wordings of the earlier sets shows here. German and
Polish names in running text without cue words, and French and Portuguese harmless messages
full of capitalised words that are not people (car models, energy firms, banks, post
brands, holidays, dishes, clubs, portals), have extra weight. The writer had read neither
the scrubber, its recognizers, the filters, the tests nor the other corpora's frame lists
(only the slot names, check_frames and builder of bench/heldout_corpus.py, the docstring of
dev6's frames module, bench/dev6_corpus.py and bench/corpora/months.py), and did not run the
scrubber on it.

- `build_dev8_corpus()`: the frames of bench/corpora/dev8_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev8; bench/dev2_eval.py runs no
  filter stage for it.

Like dev2 to dev7 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev8_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev8_corpus"]


def build_dev8_corpus(*, per_language: int = 60, seed: int = 8888) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev8 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
