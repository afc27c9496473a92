"""A fourteenth DEV PII corpus ("dev14"): messages to the support chats of parcel and courier
services, removal and storage firms, letting agents, transport and car hire companies,
utilities and local shops; tune on it.

Written independently of dev2 to dev13, by another writer, on another theme: what people
type into the support chat of a parcel or courier service (tracking, depots, lockers,
redelivery, neighbours), a removal or storage firm (quotes, vans, boxes, storage units), a
property portal or letting agent (listings, viewings, deposits, keys), a public transport or
coach company (cancellations, refunds), car hire or car sharing (pickup and drop-off, second
drivers, damage), a utility (water, gas, electricity, internet: outages, bills, meters) or a
local shop with several branches (click and collect, returns, pickup points), informal, with
typos and missing accents, so a change that only fits the wordings of the earlier sets shows
here. Extra weight on harmless messages above all: at least 70 frames each in Spanish,
Portuguese (European and Brazilian wording), French and Dutch and at least 35 each in
English, German, Italian and Polish, most of them naming a town by {city} the way people
write about a place (where a parcel is stuck, where a branch, depot or locker is, where they
move to or from, where a flat is, where a bus, train or flight goes, where the internet is
down, where a car is picked up), after every preposition the language uses for places, as
the subject, in parentheses, in one-slot routes and with shop names ("a loja da Worten de
{city}", "el Mercadona de {city}", "l'agence Orpi de {city}", "de Kruidvat in {city}"),
besides shops and brands named like people, furniture with first-name-like model names,
residences named after people, street-like words as shop locations and stations, and
tracking, order and contract numbers, prices, dates, times, versions and amounts, never a
real ID format. Then at least 30 person frames per language (names in running text, above
all surnames and names right after the prepositions a town takes, meaning a person: "falei
com o {last}", "a encomenda é para {name}", "remis à {title} {last}", "se lo dieron a
{name}", "bij {name} afgeleverd"; subjects, objects, possessives, lists, signatures,
forwarded headers, account holders, second drivers, the courier or agent who helped), and at
least 15 phone, 15 address and 10 mixed frames per language. The writer had read neither the
scrubber, its recognizers, the filters, the tests, the README nor the other corpora's frame
lists (only bench/dev13_corpus.py; the slot names, `slots`, check_frames and
build_dev_corpus of bench/heldout_corpus.py with what build_dev_corpus calls, that is
HeldoutCorpusBuilder and bench/multilingual_corpus.py's ChatCorpusBuilder; bench/corpora/
months.py; the module docstring and the last 40 lines of bench/corpora/dev13_frames.py for
the data structure; and the SETS table and argument parsing of bench/dev2_eval.py), and did
not run the scrubber on it nor look at what it misses. As written: 83 harmless frames in
Portuguese, 79 in Spanish and Dutch, 78 in French, 42 in English and German and 41 in
Italian and Polish (55 to 61 of them with {city} in es, pt, fr and nl, 25 to 27 in the
others); 33 or 34 person, 16 or 17 phone, 16 address and 11 mixed frames in every language.

- `build_dev14_corpus()`: the frames of bench/corpora/dev14_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev14.

Like dev2 to dev13 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev14_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev14_corpus"]


def build_dev14_corpus(*, per_language: int = 60, seed: int = 1414) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev14 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
