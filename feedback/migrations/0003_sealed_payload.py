"""Seal the quarantine payload at rest and keep client ids only as keyed hashes.

Rows written before this migration held plaintext JSON and ids as sent; both are rewritten
here. End-user hashes made before it used another key and are left as they are (they only
count recent submissions for the flood filter).
"""

import json

from django.db import migrations

import assay.crypto
from feedback.privacy import conversation_hash, end_user_hash, idempotency_hash, message_hash


def _hash_payload(payload):
    payload = dict(payload)
    if payload.get("conversation_id"):
        payload["conversation_id"] = conversation_hash(payload["conversation_id"])
    if payload.get("end_user_id"):
        payload["end_user_id"] = end_user_hash(payload["end_user_id"])
    if payload.get("message_id"):
        payload["message_id"] = message_hash(payload["message_id"])
    payload["messages"] = [
        {**m, "id": message_hash(m["id"])} if m.get("id") else m
        for m in payload.get("messages") or []
    ]
    if isinstance(payload.get("feedback"), dict) and payload["feedback"].get("message_id"):
        feedback = payload["feedback"]
        payload["feedback"] = {**feedback, "message_id": message_hash(feedback["message_id"])}
    return payload


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    Submission = apps.get_model("feedback", "Submission")
    table = connection.ops.quote_name(Submission._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, payload, idempotency_key FROM {table}")
        rows = cursor.fetchall()
        for pk, raw, idempotency_key in rows:
            sealed = None
            if raw is not None and not str(raw).startswith("gAAAAA"):
                value = raw if isinstance(raw, dict) else json.loads(raw)
                sealed = assay.crypto.seal(_hash_payload(value))
            cursor.execute(
                f"UPDATE {table} SET payload = %s, idempotency_key = %s WHERE id = %s",
                [
                    sealed if sealed is not None else raw,
                    idempotency_hash(idempotency_key) if idempotency_key else None,
                    pk,
                ],
            )
    Conversation = apps.get_model("feedback", "Conversation")
    Message = apps.get_model("feedback", "Message")
    Feedback = apps.get_model("feedback", "Feedback")
    for conversation in Conversation.objects.all():
        conversation.external_id = conversation_hash(conversation.external_id)
        conversation.save(update_fields=["external_id"])
    for message in Message.objects.exclude(external_id=""):
        message.external_id = message_hash(message.external_id)
        message.save(update_fields=["external_id"])
    for feedback in Feedback.objects.all():
        feedback.conversation_external_id = conversation_hash(feedback.conversation_external_id)
        if feedback.message_external_id:
            feedback.message_external_id = message_hash(feedback.message_external_id)
        feedback.save(update_fields=["conversation_external_id", "message_external_id"])


class Migration(migrations.Migration):
    dependencies = [("feedback", "0002_filters")]

    operations = [
        migrations.AlterField(
            model_name="submission",
            name="payload",
            field=assay.crypto.SealedJSONField(null=True),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
