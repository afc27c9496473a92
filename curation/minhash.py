"""MinHash maths for duplicate detection: normalizing text, fingerprints and similarity.

Pure functions, no database: curation.dedup keeps the shared index that uses them.

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


def _band_keys(signature: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit key per band (band number included, so bands never collide)."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


@dataclass(frozen=True)
class Fingerprint:
    exact: str
    signature: np.ndarray  # NUM_PERM uint32 values
    length: int  # characters of normalized text
    band_keys: tuple[int, ...]


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
    signature = minhash.hashvalues.astype(np.uint32)
    return Fingerprint(
        exact=exact, signature=signature, length=len(text), band_keys=_band_keys(signature)
    )


@dataclass(frozen=True)
class Candidate:
    sample_id: Any
    exact: str
    signature: np.ndarray


def best_match(
    fingerprint: Fingerprint,
    candidates: list[Candidate],
    *,
    threshold: float,
    exact_only: bool = False,
) -> Match | None:
    """The most similar candidate at or above threshold; exact matches first."""
    best: Match | None = None
    for candidate in candidates:
        if candidate.exact == fingerprint.exact:
            return Match(sample_id=candidate.sample_id, similarity=1.0)
        if exact_only:
            continue
        similarity = float(np.mean(candidate.signature == fingerprint.signature))
        if similarity >= threshold and (best is None or similarity > best.similarity):
            best = Match(sample_id=candidate.sample_id, similarity=similarity)
    return best
