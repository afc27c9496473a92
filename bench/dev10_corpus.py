"""A tenth DEV PII corpus ("dev10"): messages to library and bookshop, car/scooter/bike
sharing, food-delivery, dentist and physio, wedding and venue, kindergarten, recruitment
and ticket-office help chats; tune on it.

Written independently of dev2 to dev9, by another writer, on another theme: what people
type into the help chat of a public library or bookshop (cards, loans, reservations,
orders), a car-sharing, scooter or bike-rental app (trips, parking, second drivers,
charges), a food-delivery platform (couriers, restaurants, orders), a dentist or
physiotherapy practice (appointments, prescriptions, bills), a wedding or event planner and
a venue (guest lists, caterers, DJs, florists), a kindergarten or after-school club
(pick-ups, children, staff, outings), a recruitment agency (candidates, CVs, interviews)
and a concert or football ticket office (seats, blocks, transfers), so a change that only
fits the wordings of the earlier sets shows here. Extra weight on: names in running text
with and without cue words (subject at the start and in the middle of a sentence, object,
after prepositions, first name alone, surname after a title, pairs, guest and children
lists, possessives, signatures, forms and CV headers), at least 45 person frames each in
German, French, Spanish, Italian and Polish and at least 30 in English, Dutch and
Portuguese; harmless messages full of capitalised words and numbers that are not personal
data (publishers, book series, bookshops, delivery platforms and dishes, sharing and
payment apps, health insurers, football clubs, stands and stadiums, venues and festivals,
cities, holidays, German nouns, weekdays and months; order, ticket, block, row, seat,
table, room and course numbers, ISBN-like numbers, prices, dates, times, versions), at
least 40 frames each in German, Spanish, Portuguese, Dutch and French and at least 30 in
English, Italian and Polish, with no person's name at all (not even a famous one or one in
a book title); at least 15 phone, 15 address and 10 mixed frames per language. The writer
had read neither the scrubber, its recognizers, the filters, the tests nor the other
corpora's frame lists (only the slot names, check_frames and builder of
bench/heldout_corpus.py, bench/corpora/months.py, bench/dev9_corpus.py, the module
docstring and the closing REPLIES lines of dev9's frames module for the data structure,
and the set table of bench/dev2_eval.py), and did not run the scrubber on it nor look at
what it misses.

- `build_dev10_corpus()`: the frames of bench/corpora/dev10_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev10.

Like dev2 to dev9 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev10_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev10_corpus"]


def build_dev10_corpus(*, per_language: int = 60, seed: int = 1010) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev10 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
