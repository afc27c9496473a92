import io
from typing import Any

from django.conf import settings
from rest_framework import parsers

from assay.errors import PayloadTooLarge


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with the intake body limit (413 past ASSAY_MAX_BODY_BYTES)."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        limit = settings.ASSAY_MAX_BODY_BYTES
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"Request body is over the {limit} byte limit.")
        # Read one byte past the limit so a body without Content-Length is caught too.
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise PayloadTooLarge(f"Request body is over the {limit} byte limit.")
        return super().parse(io.BytesIO(body), media_type, parser_context)


class PlainTextJSONParser(JSONParser):
    """JSON sent as text/plain: what sendBeacon and preflight-free fetch() send."""

    media_type = "text/plain"
