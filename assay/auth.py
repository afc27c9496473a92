"""API keys: who may call the intake API, from where, and how often."""

import logging
import time
import weakref
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import models
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from assay.crypto import keyed_hash

logger = logging.getLogger(__name__)

REVOKED = "Unknown or revoked API key."


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


# Keys found recently, by hash: (monotonic time they expire, key). Every intake request
# names its key, and the same few keys come back all day: looking one up is a round trip to
# the database that costs about as much as storing the submission. A key found here is
# trusted for at most ASSAY_KEY_CACHE_SECONDS (so a changed origin list applies within
# that time), and only by views that say so (`recent_key_allowed`): the intake endpoints,
# whose every effect is a submission row. There a revocation applies at once all the same,
# because the database refuses a submission whose key is revoked or gone (feedback migration
# 0005) and the key is then forgotten; every other view looks its key up on each request.
_recent_keys: dict[str, tuple[float, Any]] = {}
RECENT_KEYS_MAX = 1000


def find_key(hashed: str, *, recent_allowed: bool = False) -> Any:
    """The key with this hash (revoked or not), or None. With `recent_allowed`, from this
    process's recent keys if it was found in the last ASSAY_KEY_CACHE_SECONDS."""
    now = time.monotonic()
    recent = _recent_keys.get(hashed)
    if recent_allowed and recent is not None and recent[0] > now:
        return recent[1]
    key = api_key_model().objects.with_hash(hashed)  # type: ignore[attr-defined]
    ttl = settings.ASSAY_KEY_CACHE_SECONDS
    if key is not None and not key.is_revoked and ttl > 0:
        if len(_recent_keys) >= RECENT_KEYS_MAX:
            _recent_keys.clear()  # a crude bound: many live keys only cost lookups again
        _recent_keys[hashed] = (now + ttl, key)
    return key


def forget_key(key: Any) -> None:
    """Look the key up again next time (it was found revoked)."""
    for hashed, (_, recent) in list(_recent_keys.items()):
        if recent.pk == key.pk:
            _recent_keys.pop(hashed, None)


class ApiKeyAuthentication(BaseAuthentication):
    """`Authorization: Bearer <key>`; on browser endpoints a publishable key may also be the
    body field "key", because sendBeacon cannot set headers."""

    def authenticate(self, request: Request) -> tuple[None, Any] | None:
        header = get_authorization_header(request).decode("latin-1").strip()
        view = request.parser_context.get("view")
        from_body = False
        raw: Any
        if header:
            scheme, _, raw = header.partition(" ")
            raw = raw.strip()
            if scheme.lower() != "bearer" or not raw:
                raise exceptions.AuthenticationFailed("Use 'Authorization: Bearer <key>'.")
        else:
            if not getattr(view, "body_key_allowed", False):
                return None
            data = request.data
            raw = data.get("key") if isinstance(data, dict) else None
            if not raw:
                return None
            if not isinstance(raw, str):
                raise exceptions.AuthenticationFailed(REVOKED)
            from_body = True
        model: Any = api_key_model()
        key = find_key(model.hash(raw), recent_allowed=getattr(view, "recent_key_allowed", False))
        if key is None or key.is_revoked:
            raise exceptions.AuthenticationFailed(REVOKED)
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


# Count one request in each bucket, in order, stopping at the first one over its limit (the
# buckets after it are not charged): a fixed window per key, set to expire with its window.
# KEYS: the counters; ARGV: limit and time to live of each, in the same order. Returns the
# 1-based position of the bucket over its limit, or 0.
_COUNT_SCRIPT = """
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, ARGV[2 * i]) end
  if count > tonumber(ARGV[2 * i - 1]) then return i end
end
return 0
"""
# One registered script per Django Redis cache client (so per connection pool).
_count_scripts: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()


def _redis_count_script(backend: RedisCache) -> Any:
    """The counting script bound to the cache's write client, made once per cache client.

    Django's RedisCache builds a new redis client (and its table of response callbacks) on
    every call; the counters take one round trip with this script instead of three calls.
    """
    cache_client = backend._cache  # type: ignore[attr-defined]
    script = _count_scripts.get(cache_client)
    if script is None:
        script = cache_client.get_client(write=True).register_script(_COUNT_SCRIPT)
        _count_scripts[cache_client] = script
    return script


class ApiKeyRateThrottle(BaseThrottle):
    """Request rates per key, counted in fixed windows in the shared cache.

    - a publishable key (browsers): ASSAY_CLIENT_RATE per client address, so one visitor
      cannot use up a project's allowance, and ASSAY_KEY_RATE for the key as a whole;
    - a secret key (servers): ASSAY_SECRET_KEY_RATE, apart from the browsers' counts.

    A request is counted in the buckets in that order and stops at the first one over its
    limit, so a visitor over their own rate does not use up the key's ceiling.

    The counters live in the cache every web process shares (Redis in production, the
    database cache by default). On Redis, all of a request's buckets are counted in one
    round trip (a script); other caches use add + incr (incr first was measured slower on
    SQLite: more waiting on its write lock). If the cache is unreachable the
    request goes through with a logged warning: the quarantine row, not the throttle, is
    what must not be lost.
    """

    wait_seconds: float = 0.0

    def _buckets(self, key: Any, request: Request) -> list[tuple[str, str]]:
        if key.is_secret:
            return [(f"sk:{key.pk}", settings.ASSAY_SECRET_KEY_RATE)]
        address = keyed_hash(client_ip(request), purpose="client_address")
        return [
            (f"pk:{key.pk}:{address}", settings.ASSAY_CLIENT_RATE),
            (f"pk:{key.pk}", settings.ASSAY_KEY_RATE),
        ]

    def allow_request(self, request: Request, view: Any) -> bool:
        key: Any = request.auth
        if not _is_key(key):
            return True
        now = time.time()
        counters: list[tuple[str, int, int]] = []
        for name, rate in self._buckets(key, request):
            limit, period = parse_rate(rate)
            counters.append((f"throttle:{name}:{int(now // period)}", limit, period))
        try:
            over = self._count(counters)
        except Exception as exc:
            logger.warning(
                "rate-limit cache unreachable (%s); request let through", type(exc).__name__
            )
            return True
        if over is None:
            return True
        period = counters[over][2]
        self.wait_seconds = period - (now % period)
        return False

    @staticmethod
    def _count(counters: list[tuple[str, int, int]]) -> int | None:
        """Count the request in each (counter, limit, period) in order, stopping at the
        first over its limit; that one's index, or None if all allow it."""
        backend = caches[DEFAULT_CACHE_ALIAS]
        if isinstance(backend, RedisCache):
            script = _redis_count_script(backend)
            keys = [backend.make_and_validate_key(counter) for counter, _, _ in counters]
            args: list[int] = []
            for _, limit, period in counters:
                args += [limit, period + 5]
            position = int(script(keys=keys, args=args))
            return position - 1 if position else None
        for index, (counter, limit, period) in enumerate(counters):
            cache.add(counter, 0, timeout=period + 5)
            if cache.incr(counter) > limit:
                return index
        return None

    def wait(self) -> float:
        return self.wait_seconds
