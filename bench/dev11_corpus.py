"""An eleventh DEV PII corpus ("dev11"): messages to bank and fintech, telecom and internet,
utility, insurance, town-hall, hotel and holiday-rental, and online-course help chats; tune
on it.

Written independently of dev2 to dev10, by another writer, on another theme: what people
type into the help chat of a bank or fintech app (cards, transfers, standing orders, direct
debits, loans), a telecom or internet provider (contracts, routers, SIMs, roaming, bills), a
utility (electricity, gas, water meters and readings), an insurance company (claims, car
and home policies), a municipal office or town hall (permits, waste collection, parking,
registrations), a hotel or holiday-rental platform (bookings, check-in, rooms, reviews) and
an online course or e-learning platform (courses, certificates, teachers), so a change that
only fits the wordings of the earlier sets shows here. Extra weight on harmless look-alikes
above all: at least 55 frames each in Portuguese, Spanish, German, French and Dutch and at
least 35 each in English, Italian and Polish, with no person's name at all (not a famous
one, none in a brand or a title; holidays and words that are also first names stand only as
the holiday, town, club or product), full of capitalised words and numbers that are not
personal data (banks, fintechs and payment apps, telecoms, utilities and insurers,
towns and districts, holidays, hotel, course, plan and product names, German nouns,
weekdays and months, words that are also first names such as "Vitória" the club, "Graça"
the district, "Mercedes" the car, "rosa" the colour, "Pilar" and "Rocío" the festivities,
"la luz" the electricity bill, "Jumbo" the supermarket; contract, policy, claim, meter,
reference, booking, room and course numbers, prices, dates, times, versions, kWh and m³
readings, never a real ID format). Then at least 30 person frames per language (names in
running text with and without cue words, first names alone, surnames after titles, pairs,
possessives, signatures, policyholders and co-holders, guests, teachers), and at least 15
phone, 15 address and 10 mixed frames per language. The writer had read neither the
scrubber, its recognizers, the filters, the tests nor the other corpora's frame lists (only
bench/dev10_corpus.py; the slot names, check_frames and build_dev_corpus of
bench/heldout_corpus.py with what build_dev_corpus calls, that is HeldoutCorpusBuilder and
bench/multilingual_corpus.py's ChatCorpusBuilder; bench/corpora/months.py; the module
docstring and the last 40 lines of bench/corpora/dev10_frames.py for the data structure;
and the SETS table of bench/dev2_eval.py), and did not run the scrubber on it nor look at
what it misses. As written: 58 to 60 harmless frames in German, French, Spanish, Dutch and
Portuguese, 40 or 41 in English, Italian and Polish; 35 or 36 person, 16 phone, 16 address
and 11 mixed frames in every language.

- `build_dev11_corpus()`: the frames of bench/corpora/dev11_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev11.

Like dev2 to dev10 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev11_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev11_corpus"]


def build_dev11_corpus(*, per_language: int = 60, seed: int = 1111) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev11 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
