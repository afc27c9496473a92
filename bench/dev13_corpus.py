"""A thirteenth DEV PII corpus ("dev13"): messages to the support chats of online shops,
SaaS and software products, telecom and mobile operators, banks and travel companies; tune
on it.

Written independently of dev2 to dev12, by another writer, on another theme: what people
type into the support chat of an online shop (electronics, fashion and shoes, furniture and
home, DIY, groceries: orders, returns, refunds, deliveries, warranty, price matches), a SaaS
or software product (accounts, licences and seats, invoices, integrations, bugs, versions),
a telecom or mobile operator (SIM and eSIM, roaming, data, contracts, routers, bills, number
porting), a bank (cards, transfers, direct debits, loans, the app) or a travel company
(flights, hotels, package holidays, trains, car hire), so a change that only fits the
wordings of the earlier sets shows here. Extra weight on harmless look-alikes above all: at
least 65 frames each in German, Spanish, Portuguese and Dutch, at least 55 in French and at
least 40 each in English, Italian and Polish, with no private person's name in them but
full of things that look like names and are not personal data (brands named after people
or looking like names, as shoppers mention them: Massimo Dutti, Hugo Boss, Tommy Hilfiger,
Ted Baker, Adolfo Domínguez, Marc O'Polo, Dr. Oetker, Ben & Jerry's, Tony's Chocolonely,
Leen Bakker, Yves Rocher; appliance, tech, car and food brands; shops and chains;
first-name-like model names such as IKEA's Billy, Kallax, Malm, Hemnes, Ivar, Pax and
Ingolf; software and SaaS, telecoms, banks, airlines, travel sites and hotel chains;
street-like words as product names and as shop locations or sights, not addresses: the
Avenue sofa, the Boulevard lamp, Kalverstraat, Via del Corso, Champs-Élysées, Rua Augusta,
the Ramblas, the Piccadilly line; {city} as a branch, warehouse, hotel or flight end; words
that are also first names such as "Victoria" the station, "Mercedes" the car, "rosa" the
colour, "Lourdes" and "Fátima" the towns, "Florence" and "Santiago"; German nouns, weekdays
and months; order, invoice, contract, booking, tracking, flight, article and model numbers,
error codes, prices, dates, times, versions, GB, Mbit/s and amounts, never a real ID
format). Then at least 30 person frames per language (names in running text with and
without cue words, sentence-initial subjects, objects, after prepositions, lists, first
names alone, surnames after titles, possessives, signatures, forwarded headers, account and
card holders, travellers on a booking, second drivers, the employee who helped), and at
least 15 phone, 15 address and 10 mixed frames per language. The writer had read neither
the scrubber, its recognizers, the filters, the tests nor the other corpora's frame lists
(only bench/dev12_corpus.py; the slot names, `slots`, check_frames and build_dev_corpus of
bench/heldout_corpus.py with what build_dev_corpus calls, that is HeldoutCorpusBuilder and
bench/multilingual_corpus.py's ChatCorpusBuilder; bench/corpora/months.py; the module
docstring and the last 40 lines of bench/corpora/dev12_frames.py for the data structure;
and the SETS table of bench/dev2_eval.py), and did not run the scrubber on it nor look at
what it misses. As written: 67 or 68 harmless frames in German, Spanish, Dutch and
Portuguese, 57 in French, 42 in English and 44 in Italian and Polish; 33 to 35 person, 16
phone, 16 address and 11 mixed frames in every language.

- `build_dev13_corpus()`: the frames of bench/corpora/dev13_frames.py, filled by
  heldout_corpus's builder (each language's own Faker locales, harmless dates from a fixed
  window) with a seed of its own. The bookkeeping is build_chat_corpus's: every name, phone,
  street or e-mail slot of a frame is a planted value of its message; a harmless frame's
  message is in `harmless` and must come back unchanged.
- PII only: no filter conversations were written for dev13.

Like dev2 to dev12 this one is for tuning, not a held-out test set. Deterministic: seeded
Random and Faker instances, nothing iterated in hash order, Faker's clock fixed and dates of
harmless turns drawn from a fixed window.
"""

from bench.corpora.dev13_frames import FRAMES, MONTHS, REPLIES
from bench.heldout_corpus import build_dev_corpus
from bench.pii_corpus import Conversation

__all__ = ["build_dev13_corpus"]


def build_dev13_corpus(*, per_language: int = 60, seed: int = 1313) -> list[Conversation]:
    """`per_language` conversations in each of the eight languages from the dev13 frames."""
    return build_dev_corpus(FRAMES, REPLIES, MONTHS, per_language=per_language, seed=seed)
