"""A twenty-second DEV set ("dev22"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev22_pt.py, dev22_es.py and dev22_nl.py), wrote 150 each to a brief alone:
messages to the support desk of a shop, a SaaS product, a telecom, a bank or a travel
company, informal and with typos, with no personal data: half plain questions and
complaints, half with one thing a privacy filter might take for personal data (a brand,
product or plan named like a person, a street-like word as a product or room name, a town
or landmark, an order, invoice or tracking number, a price, a date, a version, a time).
None of them read the scrubber, its tests, the benches or another frames module, nor ran
the scrubber. Its first probe, before any rule was changed for it, is in the notes.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev21 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev22_es, dev22_nl, dev22_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev22_pt.HARMLESS},
    "es": {"harmless": dev22_es.HARMLESS},
    "nl": {"harmless": dev22_nl.HARMLESS},
}
