"""Encryption at rest for the raw quarantine payload, and keyed hashes.

The payload exists between intake and the scrub step (and for a failed sample until its
retention ends). Sealed with Fernet (AES-128-CBC + HMAC-SHA256) under ASSAY_PAYLOAD_KEYS, it
leaves only ciphertext in dead PostgreSQL rows, the WAL, dumps and backups. Several keys
rotate: the first seals, any of them opens.
"""

import hashlib
import hmac
import json
from functools import cache
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models


def keyed_hash(value: str, *, purpose: str) -> str:
    """A 128-bit hex HMAC of the value under ASSAY_HASH_KEY: equal inputs give equal hashes,
    the value cannot be looked up. `purpose` keeps hashes of different things apart."""
    message = f"{purpose}\x1f{value}".encode()
    return hmac.new(settings.ASSAY_HASH_KEY, message, hashlib.sha256).hexdigest()[:32]


@cache
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in settings.ASSAY_PAYLOAD_KEYS])


def seal(value: Any) -> str:
    return _fernet().encrypt(json.dumps(value, ensure_ascii=False).encode()).decode("ascii")


def unseal(token: str) -> Any:
    try:
        return json.loads(_fernet().decrypt(token.encode("ascii")))
    except InvalidToken:
        raise ValueError(
            "a sealed payload could not be opened: is ASSAY_PAYLOAD_KEYS the key it was "
            "sealed with (or does it still list that key)?"
        ) from None


if TYPE_CHECKING:
    _TextColumn = models.Field[Any, Any]
else:
    _TextColumn = models.Field


class SealedJSONField(_TextColumn):
    """A JSON value stored as a Fernet token (a text column); the database never sees the
    plaintext, so it cannot be queried by content."""

    def get_internal_type(self) -> str:
        return "TextField"

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        return None if value is None else unseal(value)

    def to_python(self, value: Any) -> Any:
        return value

    def get_prep_value(self, value: Any) -> str | None:
        return None if value is None else seal(value)
