"""One error shape for every API response: {"error": {field: message}}.

Messages never repeat what the client sent: request bodies carry user text.
"""

import logging
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.views.debug import SafeExceptionReporterFilter
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

# How long a client should wait before retrying while the database is unreachable.
RETRY_AFTER_SECONDS = 30


class ServiceUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The service is temporarily unavailable; retry shortly."


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
    if isinstance(exc, OperationalError | InterfaceError):
        # The database is down or unreachable: nothing was accepted, so say when to retry.
        # Only the error's type is logged; database messages can quote parameters.
        logger.warning("database unavailable (%s)", type(exc).__name__)
        unavailable = Response(
            {"error": {"service": ServiceUnavailable.default_detail}},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
        unavailable["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return unavailable
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = getattr(exc, "detail", response.data)
    if isinstance(exc, exceptions.ParseError):
        # The JSON decoder's message can quote the body; say where, not what.
        errors = {"body": "Body is not valid JSON."}
    elif isinstance(exc, exceptions.UnsupportedMediaType):
        # DRF's message quotes the Content-Type header as sent.
        errors = {"content_type": "Send JSON: Content-Type: application/json."}
    elif isinstance(exc, exceptions.MethodNotAllowed):
        allowed = response.get("Allow", "")
        errors = {"method": f"Not allowed here; use {allowed}." if allowed else "Not allowed here."}
    elif isinstance(detail, dict | list):
        errors = flatten(detail)
    else:
        field = next((f for cls, f in _FIELD_FOR.items() if isinstance(exc, cls)), "body")
        errors = {field: str(detail)}
    response.data = {"error": errors}
    return response


class QuietReporterFilter(SafeExceptionReporterFilter):
    """Error reports (the DEBUG page, mailed reports) without request bodies, POST data or
    frame variables: any of them can hold user text or SQL parameters."""

    def is_active(self, request: Any) -> bool:
        return True

    def get_post_parameters(self, request: Any) -> dict[str, str]:
        return {}

    def get_traceback_frame_variables(self, request: Any, tb_frame: Any) -> Any:
        return [("(hidden)", "frame variables are not shown: they can hold user text")]
