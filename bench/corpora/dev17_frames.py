"""A seventeenth DEV set ("dev17"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev17_pt.py, dev17_es.py and dev17_nl.py), wrote 170 each to a brief alone:
support-chat and chat-assistant questions with no personal data that name what people name
(shops, brands, products, clubs, shows, dishes, festivals, landmarks, hospitals, stations and
schools, many of them named after people or saints), about half with a {city}. None of them
read the scrubber, its tests, the benches or another frames module, nor ran the scrubber.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev16 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev17_es, dev17_nl, dev17_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev17_pt.HARMLESS},
    "es": {"harmless": dev17_es.HARMLESS},
    "nl": {"harmless": dev17_nl.HARMLESS},
}
