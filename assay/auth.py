"""API keys: who may call the intake API, from where, and how often."""

from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle


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


class ApiKeyRateThrottle(SimpleRateThrottle):
    """Per-key request rate (ASSAY_KEY_RATE, e.g. "600/min"), shared through the cache."""

    scope = "api_key"

    def get_rate(self) -> str:
        return settings.ASSAY_KEY_RATE

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        key = request.auth
        return f"throttle:key:{key.pk}" if _is_key(key) else None
