"""A twenty-third DEV set ("dev23"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev23_pt.py, dev23_es.py and dev23_nl.py), wrote 150 each to a brief alone,
much like dev22's: messages to the support chat of an online shop, a SaaS tool, a mobile or internet operator,
a bank or payment app, or an airline, hotel or travel agency, casual and with typos, with no
personal data: half plain, half with one look-alike (a brand, product line or plan named like
a person, a street-like word as a product, plan or screen name, a town or landmark, a long
reference number, a price, a date, a version, a time). None of them read the scrubber, its
tests, the benches or another frames module, nor ran the scrubber. It was written after the
rules of dev20 to dev22 and measured once, at the start and at the end of that work, to
see how they carry over; no rule was changed for it (the figures are in the notes).

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev22 it is a development set, not a held-out test set.
"""

from bench.corpora import dev23_es, dev23_nl, dev23_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev23_pt.HARMLESS},
    "es": {"harmless": dev23_es.HARMLESS},
    "nl": {"harmless": dev23_nl.HARMLESS},
}
