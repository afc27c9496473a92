"""The duplicate index shared by every worker: fingerprints and LSH bands in the database.

The maths (fingerprints, similarity) is in curation.minhash; this module holds its queries.
"""

from typing import Any

import numpy as np

from curation.minhash import Candidate, Fingerprint, Match, best_match
from curation.models import LshBand, SampleFingerprint


def candidates_by_key(
    *, project_id: int, fingerprints: list[Fingerprint]
) -> dict[int, list[Candidate]]:
    """Indexed samples sharing a band with any of the fingerprints, by band key: one query.

    Identical texts have identical signatures, so exact duplicates are among them too.
    """
    keys = {key for f in fingerprints for key in f.band_keys}
    found: dict[int, list[Candidate]] = {}
    if not keys:
        return found
    rows = LshBand.objects.filter(project_id=project_id, key__any=keys).values_list(
        "key", "fingerprint__sample_id", "fingerprint__exact", "fingerprint__signature"
    )
    for key, sample_id, exact, signature in rows:
        found.setdefault(key, []).append(
            Candidate(sample_id, exact, np.frombuffer(bytes(signature), dtype=np.uint32))
        )
    return found


def find_duplicate(
    *, project_id: int, fingerprint: Fingerprint, threshold: float, exact_only: bool = False
) -> Match | None:
    """The most similar indexed sample of the project, at or above threshold, if any."""
    by_key = candidates_by_key(project_id=project_id, fingerprints=[fingerprint])
    candidates = {c.sample_id: c for key in fingerprint.band_keys for c in by_key.get(key, [])}
    return best_match(
        fingerprint, list(candidates.values()), threshold=threshold, exact_only=exact_only
    )


def forget(*, sample_ids: list[Any]) -> None:
    """Take samples out of the index (they are being filtered again)."""
    SampleFingerprint.objects.filter(sample_id__any=sample_ids).delete()
