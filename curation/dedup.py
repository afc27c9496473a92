"""Duplicate detection shared by every worker: fingerprints and LSH bands live in the database.

Exact duplicates match on a hash of the normalized user turns. Near-duplicates use MinHash
(datasketch) over character 5-grams, which still see something in a fairly short prompt where
5-word shingles would not; 128 permutations in 16 bands of 8 find pairs from about 0.7
Jaccard, and the full signatures then decide against the threshold. Very short prompts only
match exactly: "How do I sort a list in Go?" and "… in Java?" are different questions.
"""

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations


@dataclass(frozen=True)
class Fingerprint:
    exact: str
    signature: np.ndarray  # NUM_PERM uint32 values
    length: int  # characters of normalized text

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band (band number included, so bands never collide)."""
        keys = []
        for band in range(BANDS):
            chunk = self.signature[band * ROWS : (band + 1) * ROWS].tobytes()
            digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys


@dataclass(frozen=True)
class Match:
    sample_id: Any
    similarity: float


# Pleasantries at either end do not make a different question ("… thanks", "hi, …").
_COURTESY = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|please|pls|plz)\s+)+|(?:\s+(?:thanks|thank you|thx|ty|please|pls|plz|again))+$"
)


def normalize(text: str) -> str:
    lines = (
        " ".join(re.sub(r"[^\w<>]+", " ", line.casefold()).split()) for line in text.splitlines()
    )
    return "\n".join(_COURTESY.sub("", line) for line in lines if line)


def fingerprint(user_turns: list[str]) -> Fingerprint | None:
    text = normalize("\n".join(user_turns))
    if not text:
        return None
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS)
    padded = f" {text} "
    shingles = {padded[i : i + SHINGLE] for i in range(max(len(padded) - SHINGLE + 1, 1))}
    minhash.update_batch([s.encode() for s in shingles])
    exact = hashlib.sha256(text.encode()).hexdigest()
    return Fingerprint(
        exact=exact, signature=minhash.hashvalues.astype(np.uint32), length=len(text)
    )


def find_duplicate(
    *,
    project_id: int,
    fingerprint: Fingerprint,
    threshold: float,
    exclude_sample_id: Any = None,
    exact_only: bool = False,
) -> Match | None:
    """The most similar indexed sample of the project at or above threshold, if any.

    One query: identical texts have identical signatures, so they share every band and the
    band lookup finds exact duplicates too.
    """
    from curation.models import SampleFingerprint

    candidates = (
        SampleFingerprint.objects.filter(
            project_id=project_id,
            bands__project_id=project_id,
            bands__key__in=fingerprint.band_keys(),
        )
        .exclude(sample_id=exclude_sample_id)
        .values_list("sample_id", "exact", "signature")
        .distinct()[:50]
    )
    best: Match | None = None
    for sample_id, exact, signature in candidates:
        if exact == fingerprint.exact:
            return Match(sample_id=sample_id, similarity=1.0)
        if exact_only:
            continue
        other = np.frombuffer(bytes(signature), dtype=np.uint32)
        similarity = float(np.mean(other == fingerprint.signature))
        if similarity >= threshold and (best is None or similarity > best.similarity):
            best = Match(sample_id=sample_id, similarity=similarity)
    return best


def index_fingerprint(*, sample_id: Any, project_id: int, fingerprint: Fingerprint) -> None:
    """Add a sample to the index. Raises IntegrityError if an exact duplicate got there first."""
    from curation.models import LshBand, SampleFingerprint

    row = SampleFingerprint.objects.create(
        sample_id=sample_id,
        project_id=project_id,
        exact=fingerprint.exact,
        signature=fingerprint.signature.tobytes(),
    )
    LshBand.objects.bulk_create(
        LshBand(fingerprint=row, project_id=project_id, key=key) for key in fingerprint.band_keys()
    )


def forget(*, sample_id: Any) -> None:
    """Take a sample out of the index (it was rejected, or is being filtered again)."""
    from curation.models import SampleFingerprint

    SampleFingerprint.objects.filter(sample_id=sample_id).delete()
