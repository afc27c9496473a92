"""An eighteenth DEV set ("dev18"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev18_pt.py, dev18_es.py and dev18_nl.py), wrote 150 each to a brief alone:
a customer's everyday questions to a firm's or a public service's support chat (orders,
deliveries, returns, opening hours, stock, bookings, invoices, apps) with no personal data,
naming products, brands, branches, stations, towns, clubs and events, about half with a
{city}. None of them read the scrubber, its tests, the benches or another frames module, nor
ran the scrubber. Its first probe, before any rule was changed for it, is in the notes.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev16 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev18_es, dev18_nl, dev18_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev18_pt.HARMLESS},
    "es": {"harmless": dev18_es.HARMLESS},
    "nl": {"harmless": dev18_nl.HARMLESS},
}
