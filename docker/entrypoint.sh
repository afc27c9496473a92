#!/bin/sh
# Assay's container roles. The first argument picks one; anything else runs as given, e.g.
#   docker compose -f docker/compose.yaml run --rm migrate python manage.py createsuperuser
#
#   migrate   wait for the database (up to DB_WAIT_SECONDS, 60), then `manage.py migrate`
#   web       gunicorn on :8000 (WEB_CONCURRENCY processes, 3 by default)
#   worker    a Celery worker (CELERY_CONCURRENCY processes, 2 by default: spaCy holds the GIL)
#   beat      the Celery beat scheduler: run exactly one
# Extra arguments after a role are passed on to its program.
set -eu

role="${1:-web}"
[ "$#" -gt 0 ] && shift

case "$role" in
migrate)
    # Compose waits for PostgreSQL's healthcheck; this covers a database it does not run
    # (DATABASE_URL elsewhere) and a server that restarts just after answering.
    python - <<'EOF'
import os, sys, time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
django.setup()
from django.db import connection

deadline = time.monotonic() + int(os.environ.get("DB_WAIT_SECONDS", "60"))
while True:
    try:
        connection.ensure_connection()
        break
    except Exception as exc:  # any failure to connect is worth a retry
        if time.monotonic() > deadline:
            sys.exit(f"migrate: the database is still unreachable ({type(exc).__name__}); giving up")
        print(f"migrate: waiting for the database ({type(exc).__name__})", file=sys.stderr)
        connection.close()
        time.sleep(2)
EOF
    exec python manage.py migrate --noinput "$@"
    ;;
web)
    exec gunicorn assay.wsgi --bind "0.0.0.0:8000" --workers "${WEB_CONCURRENCY:-3}" \
        --access-logfile - "$@"
    ;;
worker)
    exec celery -A assay worker --loglevel="${LOG_LEVEL:-INFO}" \
        --concurrency="${CELERY_CONCURRENCY:-2}" "$@"
    ;;
beat)
    exec celery -A assay beat --loglevel="${LOG_LEVEL:-INFO}" \
        --schedule=/var/lib/assay/celerybeat-schedule "$@"
    ;;
*)
    exec "$role" "$@"
    ;;
esac
