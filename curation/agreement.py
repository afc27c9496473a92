"""Inter-reviewer agreement on approve/reject votes: pure functions, no database.

Cohen's kappa for one pair of reviewers over the samples both decided; Krippendorff's alpha
(nominal, from the `krippendorff` package) for any number of reviewers, where each sample
may have been decided by a different subset. Both are None when undefined: when every vote
in the data carries the same label there is no chance agreement to correct for.
"""

from collections import Counter
from collections.abc import Sequence

import krippendorff
import numpy as np


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """(p_o - p_e) / (1 - p_e) for two reviewers' labels on the same samples, in order."""
    if len(first) != len(second):
        raise ValueError("both reviewers must label the same samples")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    a_counts, b_counts = Counter(first), Counter(second)
    expected = sum(a_counts[label] * b_counts[label] for label in a_counts) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Sequence[dict[str, str]]) -> float | None:
    """Nominal alpha over units (samples), each a {reviewer: label} of whoever decided it."""
    pairable = [u for u in units if len(u) >= 2]
    labels = sorted({label for u in pairable for label in u.values()})
    if len(labels) < 2:
        return None
    # One row per unit, one column per label: how many reviewers gave it that label.
    counts = np.array([[list(u.values()).count(label) for label in labels] for u in pairable])
    return float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
