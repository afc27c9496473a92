"""A twentieth DEV set ("dev20"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev20_pt.py, dev20_es.py and dev20_nl.py), wrote 160 each to a brief alone:
what customers type into the support chat of a shop, a marketplace, a SaaS app, a telecom
operator, a bank, an insurer, a utility, an airline or a travel site, informal and with
typos, with no personal data but full of what looks like it: brands, products, tariffs and
places named like people, street-like words as product or feature names, order numbers,
prices, dates and versions. None of them read the scrubber, its tests, the benches or
another frames module, nor ran the scrubber. Its first probe, before any rule was changed
for it, is in the notes.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev19 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev20_es, dev20_nl, dev20_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev20_pt.HARMLESS},
    "es": {"harmless": dev20_es.HARMLESS},
    "nl": {"harmless": dev20_nl.HARMLESS},
}
