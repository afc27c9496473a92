"""Keyed hashes for client strings that are only ever compared for equality.

Conversation and message ids, end-user ids and idempotency keys can carry personal data (an
e-mail address as a conversation id, a user's name as an end-user id). They are joined on,
never read, so intake stores only an HMAC of them under ASSAY_HASH_KEY: stable across
requests and processes, useless for looking the value up.
"""

from assay.crypto import keyed_hash


def conversation_hash(conversation_id: str) -> str:
    """How a conversation id is stored: what `erase_conversation` and joins compare."""
    return keyed_hash(conversation_id, purpose="conversation")


def message_hash(message_id: str) -> str:
    return keyed_hash(message_id, purpose="message")


def end_user_hash(end_user_id: str) -> str:
    return keyed_hash(end_user_id, purpose="end_user")


def idempotency_hash(idempotency_key: str) -> str:
    return keyed_hash(idempotency_key, purpose="idempotency")
