"""A submission cannot name a revoked or deleted key: the database refuses the row.

Web processes keep the keys they found for a few seconds (assay.auth), so the revocation
check a request relies on is this one, made by the INSERT itself, at once.
"""

from django.db import migrations

ERROR = "feedback_submission_key_revoked"

POSTGRESQL = f"""
CREATE FUNCTION feedback_submission_key_active() RETURNS trigger AS $$
BEGIN
    IF NEW.api_key_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM feedback_apikey WHERE id = NEW.api_key_id AND revoked_at IS NULL
    ) THEN
        RAISE EXCEPTION '{ERROR}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER feedback_submission_key_active BEFORE INSERT ON feedback_submission
FOR EACH ROW EXECUTE FUNCTION feedback_submission_key_active();
"""
POSTGRESQL_REVERSE = """
DROP TRIGGER feedback_submission_key_active ON feedback_submission;
DROP FUNCTION feedback_submission_key_active();
"""
SQLITE = f"""
CREATE TRIGGER feedback_submission_key_active BEFORE INSERT ON feedback_submission
WHEN NEW.api_key_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM feedback_apikey WHERE id = NEW.api_key_id AND revoked_at IS NULL
)
BEGIN
    SELECT RAISE(ABORT, '{ERROR}');
END;
"""
SQLITE_REVERSE = "DROP TRIGGER feedback_submission_key_active;"


def _run(forward: bool):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        sql = {
            "postgresql": POSTGRESQL if forward else POSTGRESQL_REVERSE,
            "sqlite": SQLITE if forward else SQLITE_REVERSE,
        }.get(vendor)
        if sql is None:
            raise NotImplementedError(f"no revoked-key trigger for {vendor}")
        schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("feedback", "0004_cache_table")]

    operations = [migrations.RunPython(_run(True), _run(False))]
