"""A twenty-first DEV set ("dev21"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev21_pt.py, dev21_es.py and dev21_nl.py), wrote 150 each to a brief alone:
what customers type into the support chat of a furniture, fashion or beauty shop, a grocery
app, a telecom operator, a bank, an energy firm, a car rental, a train, bus or airline, a
hotel chain, a travel agency or a ticket site, informal and with typos, with no personal
data: products and stores named like streets and squares, hotels, stations, airports and
stadiums named after people or saints, products and shops named like people, and plain
questions with order numbers, prices, dates and versions. None of them read the scrubber, its tests, the benches or
another frames module, nor ran the scrubber. Its first probe, before any rule was changed
for it, is in the notes.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev20 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev21_es, dev21_nl, dev21_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev21_pt.HARMLESS},
    "es": {"harmless": dev21_es.HARMLESS},
    "nl": {"harmless": dev21_nl.HARMLESS},
}
