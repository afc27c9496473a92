"""A nineteenth DEV set ("dev19"): harmless messages only, in Portuguese, Spanish and Dutch,
the three languages whose harmless turns fare worst. Three writers, one per language
(bench/corpora/dev19_pt.py, dev19_es.py and dev19_nl.py), wrote 150 each to a brief alone:
what people ask an everyday chat assistant (trips, food, festivals, homework, sport, films,
books, cars, money, health, shopping advice) with no personal data, naming towns, landmarks,
clubs, shops, brands, dishes and festivals, many named after people or saints, about half
with a {city}. None of them read the scrubber, its tests, the benches or another frames
module, nor ran the scrubber. Its first probe, before any rule was changed for it, is in
the notes.

Read by bench/harmless_probe.py, which fills each frame with the held-out builder's harmless
values; like dev2 to dev16 it is a development set for tuning, not a held-out test set.
"""

from bench.corpora import dev19_es, dev19_nl, dev19_pt
from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "pt": {"harmless": dev19_pt.HARMLESS},
    "es": {"harmless": dev19_es.HARMLESS},
    "nl": {"harmless": dev19_nl.HARMLESS},
}
