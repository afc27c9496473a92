"""A twelfth DEV PII corpus ("dev12"): messages to public-transport and rail-ticketing, car
rental and car-sharing, museum, tourist-office and guided-tour, postal and courier,
streaming and video-game, market and bakery, parish, community-centre and festival, and pet
shop help chats; tune on it.

Written independently of dev2 to dev11, by another writer, on another theme: what people
type into the help chat of a rail, bus or public-transport operator or ticket app
(cancellations, delays, refunds, seats, railcards, lost property), a car rental or
car-sharing service (deposits, damage, fuel and charging, drivers), a museum, tourist office
or guided-tour company (opening days, groups, audio guides, vouchers), a postal or courier
service (tracking, lockers, customs, redirects), a streaming or video-game platform
(subscriptions, double charges, error codes), a market stall or bakery (pre-orders, opening
hours), a parish, community centre or festival committee (halls, fêtes, processions,
stands) or a pet shop (food, cages, harnesses, aquariums), so a change that only fits the
wordings of the earlier sets shows here. Extra weight on harmless look-alikes above all: at
least 60 frames each in Portuguese, Spanish, German and Dutch, at least 45 in French and at
least 35 each in English, Italian and Polish, with no person's name at all (not a famous
one, none in a brand, a title or a place; a saint stands only in a feast or a place name),
full of capitalised words and numbers that are not personal data (rail and transport
companies and trains, car rental and sharing brands, museums and sights, postal services,
streaming and game platforms, festivals and feasts, stations, districts and streets as
places, German nouns, weekdays and months, words that are also first names such as
"Vitória" the club, "Santiago" and "Florence" the cities, "Victoria" the coach station,
"Lourdes" the town, "Luz" the district, "Mercedes" the car, "Rosa" the metro line,
"Dolores" the feast day, "Augusta" and "Georgia" in place names; ticket, booking, tracking,
parcel, locker, seat, carriage, platform, gate, order and voucher numbers, error codes,
prices, dates, times, versions, distances, kWh and weights, never a real ID format). Then at
least 30 person frames per language (names in running text with and without cue words,
sentence-initial subjects before a past-tense verb, objects, after prepositions, lists,
first names alone, surnames after titles, possessives, signatures, drivers on a rental,
passengers, guides, couriers), and at least 15 phone, 15 address and 10 mixed frames per
language. The writer had read neither the scrubber, its recognizers, the filters, the tests
nor the other corpora's frame lists (only bench/dev11_corpus.py; the slot names, `slots`,
check_frames and build_dev_corpus of bench/heldout_corpus.py with what build_dev_corpus
calls, that is HeldoutCorpusBuilder and bench/multilingual_corpus.py's ChatCorpusBuilder;
bench/corpora/months.py; the module docstring and the last 40 lines of
bench/corpora/dev11_frames.py for the data structure; and the SETS table of
bench/dev2_eval.py), and did not run the scrubber on it nor look at what it misses. As
written: 65 or 66 harmless frames in German, Spanish, Dutch and Portuguese, 51 in French,
40 or 41 in English, Italian and Polish; 33 or 34 person, 16 phone, 16 address and 11 mixed
frames in every language.

- `build_dev12_corpus()`: the frames of bench/corpora/dev12_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev12.

Like dev2 to dev11 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev12_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev12_corpus"]


def build_dev12_corpus(*, per_language: int = 60, seed: int = 1212) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev12 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
