"""One error shape for every API response: {"error": {field: message}}.

Messages never repeat what the client sent: request bodies carry user text.
"""

from typing import Any

from django.core.exceptions import RequestDataTooBig
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "Request body is too large."
    default_code = "too_large"


# The field a client should look at when the error is not about one body field.
_FIELD_FOR = {
    exceptions.NotAuthenticated: "authorization",
    exceptions.AuthenticationFailed: "authorization",
    PayloadTooLarge: "body",
    exceptions.UnsupportedMediaType: "content_type",
    exceptions.Throttled: "rate",
    exceptions.MethodNotAllowed: "method",
    exceptions.NotFound: "id",
}


def flatten(detail: Any, prefix: str = "") -> dict[str, str]:
    """Turn DRF's nested error detail into {"messages.0.role": "…"}, one message per field."""
    if isinstance(detail, dict):
        flat: dict[str, str] = {}
        for key, value in detail.items():
            if key in ("non_field_errors", "detail"):
                # An error about the object as a whole belongs to the object's own name.
                flat.update(flatten(value, prefix or "body"))
            else:
                flat.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list):
        if detail and all(not isinstance(item, dict | list) for item in detail):
            return {prefix or "body": " ".join(str(item) for item in detail)}
        flat = {}
        for index, item in enumerate(detail):
            if item:
                flat.update(flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "body": str(detail)}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, RequestDataTooBig):
        # Django refused the body on its Content-Length before the parser saw it.
        exc = PayloadTooLarge()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = getattr(exc, "detail", response.data)
    if isinstance(exc, exceptions.ParseError):
        # The JSON decoder's message can quote the body; say where, not what.
        errors = {"body": "Body is not valid JSON."}
    elif isinstance(detail, dict | list):
        errors = flatten(detail)
    else:
        field = next((f for cls, f in _FIELD_FOR.items() if isinstance(exc, cls)), "body")
        errors = {field: str(detail)}
    response.data = {"error": errors}
    return response
