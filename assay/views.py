import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse

from assay.celery import app as celery_app

logger = logging.getLogger(__name__)


def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up and serving requests."""
    return JsonResponse({"status": "ok"})


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception as exc:
        logger.warning("readyz: database unreachable (%s)", type(exc).__name__)
        return False


def _broker_ok() -> bool:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception as exc:
        logger.warning("readyz: broker unreachable (%s)", type(exc).__name__)
        return False


def _cache_ok() -> bool:
    try:
        cache.get("readyz")
        return True
    except Exception as exc:
        logger.warning("readyz: cache unreachable (%s)", type(exc).__name__)
        return False


def readyz(request: HttpRequest) -> JsonResponse:
    """The database, the broker and (with REDIS_URL) the cache answer; 503 names what does
    not. An unreachable cache only loosens rate limits, but an operator should know."""
    checks = {"database": _database_ok(), "broker": _broker_ok()}
    if settings.REDIS_URL:
        checks["cache"] = _cache_ok()
    ready = all(checks.values())
    response = JsonResponse(
        {
            "status": "ok" if ready else "unavailable",
            "checks": {k: "ok" if v else "unreachable" for k, v in checks.items()},
        },
        status=200 if ready else 503,
    )
    if not ready:
        response["Retry-After"] = "30"
    return response


def api_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return JsonResponse({"error": {"path": "No such endpoint."}}, status=404)


def api_server_error(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"error": {"server": "Something went wrong on our side."}}, status=500)
