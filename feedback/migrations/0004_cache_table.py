"""The database cache table, which holds rate-limit counters when no Redis is configured.

createcachetable does nothing for a cache that is not a database cache (Redis in production).
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0003_sealed_payload")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
