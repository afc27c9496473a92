"""A ninth DEV PII corpus ("dev9"): messages to classifieds, gym, letting, airline, school and
pharmacy help chats; tune on it.

Written independently of dev2 to dev8, by another writer, on another theme: what people
type into the help chat of a second-hand marketplace or classifieds site (buyers and
sellers, pick-ups, listings), a gym, sports club or swimming pool (memberships, classes,
trainers, children's courses), a letting agency or landlord (viewings, rent, repairs,
tenants), an airline or travel agency (bookings, passengers, lost luggage, seats), a school
or university admin office (enrolment, parents, teachers, exams) and a pharmacy or clinic
reception (prescriptions, appointments), so a change that only fits the wordings of the
earlier sets shows here. Extra weight on: harmless messages full of capitalised words and
numbers that are not personal data (brands, car models, shop chains, clubs, airlines and
airports, cities, holidays, school subjects, medicines, apps and portals, landmarks,
weekdays and months, German nouns; booking, flight, gate, seat, room and course numbers,
prices, dates, times, versions), at least 45 frames each in Spanish, German and Dutch and
at least 30 in the other languages; Spanish, German, French, Italian and Polish names in
running text with and without cue words (at least 35 person frames each); Spanish phone
numbers (at least 20 frames); at least 15 address and 10 mixed frames per language. The
writer had read neither the scrubber, its recognizers, the filters, the tests nor the
other corpora's frame lists (only the slot names, check_frames and builder of
bench/heldout_corpus.py, bench/corpora/months.py, bench/dev8_corpus.py, the module
docstrings of dev6's and dev8's frames modules, the closing REPLIES lines of dev8's frames
module for the data structure, and the set table of bench/dev2_eval.py), and did not run
the scrubber on it nor look at what it misses.

- `build_dev9_corpus()`: the frames of bench/corpora/dev9_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev9.

Like dev2 to dev8 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev9_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev9_corpus"]


def build_dev9_corpus(*, per_language: int = 60, seed: int = 9999) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev9 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
