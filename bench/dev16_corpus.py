"""A sixteenth DEV PII corpus ("dev16"): household and personal admin typed to the support
chat of a consumer service or public body, or to an everyday LLM chat assistant; tune on it.

Written independently of dev2 to dev15, by another writer, on another theme: utility bills
(water, electricity, gas) and meter readings, internet and mobile contracts, banking and
cards (no real card or account numbers), insurance claims (car, home, travel), renting and
housing (landlords, repairs, deposits, condominium / HOA meetings), moving house, municipal
services (permits, waste collection, parking permits, local taxes, libraries, registering a
birth), parcel delivery and returns, online marketplaces and second-hand sales, car
servicing and MOT / TÜV / ITV / APK inspections, job applications and payslips, childcare,
school enrolment and after-school activities, pets and the vet, gym and streaming
subscriptions, concert, train and flight tickets and hotel bookings; informal and formal,
with typos and missing accents, in European and Brazilian Portuguese, Spain and Latin
American Spanish, Netherlands and Belgian Dutch and French from France, Belgium and
Switzerland. Extra weight on harmless messages, which name real shops, banks, telcos,
utilities, carriers, apps, public bodies, clubs, TV shows and holidays beside amounts, dates,
times, counts, tariffs and booking numbers, never a real ID format; about half of them in pt,
nl, es and fr name a town by {city} (after prepositions of place and motion, as a subject,
in parentheses, after a colon, next to a fixed real town, after the town's institutions and
services); Polish only where the nominative is grammatical. As written:

- harmless: 135 frames in Portuguese (68 with {city}), 126 in Dutch (62), 107 in Spanish
  (52), 104 in French (51), 36 in English (10), 34 in German (10), 34 in Italian (11) and
  34 in Polish (7);
- person: 28 frames in Dutch and Portuguese, 27 in English, German, French, Spanish,
  Italian and Polish;
- phone 13, address 13 and mixed 9 frames in every language.

Reading limits: the writer had read neither the scrubber, its recognizers, the filters,
curation/, the tests, the README, bench/pii_eval.py, bench/heldout_eval.py, git history nor
the other corpora's frame lists (only bench/dev15_corpus.py; KINDS, SLOT_ENTITIES,
PERSONAL_SLOTS, HARMLESS_SLOTS, `slots`, check_frames, build_dev_corpus and
HeldoutCorpusBuilder of bench/heldout_corpus.py; the values, harmless values and LOCALES of
bench/multilingual_corpus.py's ChatCorpusBuilder; bench/corpora/months.py; lines 1-25 and
the last 45 lines of bench/corpora/dev15_frames.py for the data structure), and did not run
the scrubber or any bench eval on these frames nor look at what it misses.

- `build_dev16_corpus()`: the frames of bench/corpora/dev16_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev16.

Like dev2 to dev15 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev16_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev16_corpus"]


def build_dev16_corpus(*, per_language: int = 60, seed: int = 1616) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev16 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
