"""A fifteenth DEV PII corpus ("dev15"): messages to an everyday LLM chat assistant or to the
support chat of a consumer service about food, sport, hobbies, day trips, homework, local
news and weather, second-hand cars and bikes, health appointments, parish events and
volunteering; tune on it.

Written independently of dev2 to dev14, by another writer, on another theme: what people
type to a chat assistant or a consumer service's support chat about cooking and recipes,
restaurants, cafés and food markets, sports (local football and basketball clubs, matches,
gyms, running races, cycling routes), hobbies (gardening, DIY, knitting, photography, music
lessons, choirs), tourism and day trips (museums, beaches, hiking trails, monuments,
festivals, fairs, markets, campsites), homework and school help (history, geography, maths,
languages), local news and weather, second-hand cars and bikes, health and wellbeing
(opening hours of a pharmacy or clinic, appointments), church and parish events and
volunteering, informal, with typos and missing accents, in European and Brazilian
Portuguese, Spain and Latin American Spanish, Netherlands and Belgian Dutch, so a change that
only fits the wordings of the earlier sets shows here. Extra weight on harmless messages
above all: at least 80 frames each in Spanish, Portuguese and Dutch, at least 60 in French
and at least 30 each in English, German, Italian and Polish, more than half of them in es,
pt, nl and fr naming a town by {city} the way people write about a place (where a market,
match, race, festival, museum, trail, restaurant, pharmacy, church or club is; going to, from,
through or around a place; as the subject, in parentheses, in one-slot routes), besides
dishes and cakes named like people or places (tarta de Santiago, bacalhau à Brás, pastéis
de Belém, crêpes Suzette, pêche Melba, Sachertorte, pizza margherita, pasta alla Norma),
feasts and fairs (San Fermín, Santos Populares, Koningsdag, Sinterklaas, Fête de la
Musique), clubs (Real Betis, Benfica, Sporting, Ajax, PSV, Legia), monuments, squares and
streets named after people as places to go (Plaza Mayor, Gran Vía, Praça do Comércio,
Marquês de Pombal, Rembrandtplein, Anne Frank Huis, rue Victor Hugo), scores, distances,
temperatures, prices, booking numbers, versions, years and counts, never a real ID format.
Then at least 25 person frames per language (names in running text: subjects, objects,
possessives, after prepositions, lists, greetings and sign-offs, roles and titles: "my coach
{first}", "la profe {last}", "o padre {last}", "met {name} gesproken", "juf {last}", "la
maîtresse, {title} {last}"), and at least 12 phone, 12 address and 8 mixed frames per
language. The writer had read neither the scrubber, its recognizers, the filters, the tests,
the README, bench/pii_eval.py nor the other corpora's frame lists (only bench/dev14_corpus.py;
KINDS, SLOT_ENTITIES, PERSONAL_SLOTS, HARMLESS_SLOTS, `slots`, check_frames,
build_dev_corpus and HeldoutCorpusBuilder of bench/heldout_corpus.py; the values, harmless
values and LOCALES of bench/multilingual_corpus.py's ChatCorpusBuilder; bench/corpora/
months.py; the module docstring and the last 45 lines of bench/corpora/dev14_frames.py for
the data structure), and did not run the scrubber on it nor look at what it misses. As
written: 102 harmless frames in Spanish, Portuguese and Dutch, 84 in French and 40 in
English, German, Italian and Polish (54 of them with {city} in es, 57 in pt, 56 in nl, 49 in
fr, 19 in de and it, 18 in en and pl); 28 person frames in es, pt, nl and fr, 27 in en, de
and it, 30 in pl; 13 phone, 13 address and 9 mixed frames in every language.

- `build_dev15_corpus()`: the frames of bench/corpora/dev15_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev15.

Like dev2 to dev14 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev15_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev15_corpus"]


def build_dev15_corpus(*, per_language: int = 60, seed: int = 1515) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev15 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
