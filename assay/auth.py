"""API keys: who may call the intake API, from where, and how often."""

import hashlib
import hmac
import logging
import time
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

logger = logging.getLogger(__name__)


def api_key_model() -> type[models.Model]:
    """The project API key model (ASSAY_API_KEY_MODEL), named the way AUTH_USER_MODEL is.

    The key model belongs to the intake app, which builds on this package; naming it in a
    setting keeps the dependency one way.
    """
    return apps.get_model(settings.ASSAY_API_KEY_MODEL)


def _is_key(value: Any) -> bool:
    return isinstance(value, api_key_model())


def request_key(request: Request) -> Any:
    """The key a request was authenticated with (views behind a key permission only)."""
    key = request.auth
    assert _is_key(key), "view is not behind an API key permission"
    return key


class ApiKeyAuthentication(BaseAuthentication):
    """`Authorization: Bearer <key>`; on browser endpoints a publishable key may also be the
    body field "key", because sendBeacon cannot set headers."""

    def authenticate(self, request: Request) -> tuple[None, Any] | None:
        header = get_authorization_header(request).decode("latin-1").strip()
        from_body = False
        raw: Any
        if header:
            scheme, _, raw = header.partition(" ")
            raw = raw.strip()
            if scheme.lower() != "bearer" or not raw:
                raise exceptions.AuthenticationFailed("Use 'Authorization: Bearer <key>'.")
        else:
            view = request.parser_context.get("view")
            if not getattr(view, "body_key_allowed", False):
                return None
            data = request.data
            raw = data.get("key") if isinstance(data, dict) else None
            if not raw:
                return None
            if not isinstance(raw, str):
                raise exceptions.AuthenticationFailed("Unknown or revoked API key.")
            from_body = True
        model: Any = api_key_model()
        key = model.objects.select_related("project").filter(hashed=model.hash(raw)).first()
        if key is None or key.is_revoked:
            raise exceptions.AuthenticationFailed("Unknown or revoked API key.")
        if from_body and key.is_secret:
            # A secret key in a request body came from a browser: refuse rather than use it.
            raise exceptions.AuthenticationFailed(
                "Only a publishable key may travel in the body; send secret keys as a header."
            )
        return None, key

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="assay"'


class HasProjectKey(BasePermission):
    """Any active key; a publishable one only from its project's allowed origins."""

    def has_permission(self, request: Request, view: Any) -> bool:
        key: Any = request.auth
        if not _is_key(key):
            return False
        if key.is_secret:
            return True
        origin = request.headers.get("Origin", "")
        if not origin or not key.project.allows_origin(origin):
            self.message = {
                "origin": "This origin is not allowed for the project's publishable key."
            }
            return False
        return True


class HasSecretKey(BasePermission):
    message = {"authorization": "This endpoint needs a secret key (sk_…)."}

    def has_permission(self, request: Request, view: Any) -> bool:
        key: Any = request.auth
        return _is_key(key) and key.is_secret


def client_ip(request: Any) -> str:
    """The client's address: REMOTE_ADDR, or with ASSAY_TRUSTED_PROXIES = n proxies in front,
    the address the n-th proxy from the right in X-Forwarded-For saw (what it appended).
    Entries left of it are whatever the client claimed and are ignored."""
    proxies = settings.ASSAY_TRUSTED_PROXIES
    remote = request.META.get("REMOTE_ADDR", "")
    if proxies <= 0:
        return str(remote)
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    if len(hops) >= proxies:
        return hops[-proxies]
    return hops[0] if hops else str(remote)


def parse_rate(rate: str) -> tuple[int, int]:
    """ "600/min" → (600, 60): requests per period in seconds."""
    count, period = rate.split("/")
    return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period[0]]


class ApiKeyRateThrottle(BaseThrottle):
    """Request rates per key, counted in fixed windows in the shared cache.

    - a publishable key (browsers): ASSAY_CLIENT_RATE per client address, so one visitor
      cannot use up a project's allowance, and ASSAY_KEY_RATE for the key as a whole;
    - a secret key (servers): ASSAY_SECRET_KEY_RATE, apart from the browsers' counts.

    The counters live in the cache every web process shares (Redis in production, the
    database cache by default). If the cache is unreachable the request goes through with a
    logged warning: the quarantine row, not the throttle, is what must not be lost.
    """

    wait_seconds: float = 0.0

    def _buckets(self, key: Any, request: Request) -> list[tuple[str, str]]:
        if key.is_secret:
            return [(f"sk:{key.pk}", settings.ASSAY_SECRET_KEY_RATE)]
        address = hmac.new(
            settings.ASSAY_HASH_KEY, client_ip(request).encode(), hashlib.sha256
        ).hexdigest()[:24]
        return [
            (f"pk:{key.pk}:{address}", settings.ASSAY_CLIENT_RATE),
            (f"pk:{key.pk}", settings.ASSAY_KEY_RATE),
        ]

    def allow_request(self, request: Request, view: Any) -> bool:
        key: Any = request.auth
        if not _is_key(key):
            return True
        now = time.time()
        try:
            for name, rate in self._buckets(key, request):
                limit, period = parse_rate(rate)
                window = int(now // period)
                counter = f"throttle:{name}:{window}"
                cache.add(counter, 0, timeout=period + 5)
                if cache.incr(counter) > limit:
                    self.wait_seconds = period - (now % period)
                    return False
        except Exception as exc:
            logger.warning(
                "rate-limit cache unreachable (%s); request let through", type(exc).__name__
            )
        return True

    def wait(self) -> float:
        return self.wait_seconds
