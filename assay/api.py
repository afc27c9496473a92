"""The shared API base every app builds on: the keyed base view and the error responses
its endpoints document. Key auth lives in assay.auth, error shapes in assay.errors."""

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse
from rest_framework.views import APIView

from assay.auth import ApiKeyAuthentication, ApiKeyRateThrottle, HasProjectKey
from assay.parsers import JSONParser

ERRORS = {
    400: OpenApiResponse(description='Malformed or invalid body: {"error": {field: message}}'),
    401: OpenApiResponse(description="Missing, unknown or revoked key"),
    403: OpenApiResponse(description="Origin not allowed, or a secret key is needed"),
    413: OpenApiResponse(description="Body over the configured limit"),
    415: OpenApiResponse(description="Body is not JSON"),
    429: OpenApiResponse(description="Per-key rate exceeded; see Retry-After"),
}


class KeyedApi(APIView):
    """Base for endpoints called with a project's API key."""

    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasProjectKey]
    throttle_classes = [ApiKeyRateThrottle]
    parser_classes = [JSONParser]
    body_key_allowed = False
    # Whether a key this process looked up in the last few seconds will do (assay.auth).
    recent_key_allowed = False


class ApiKeyScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema describes project keys."""

    target_class = "assay.auth.ApiKeyAuthentication"
    name = "projectKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A project key: pk_… (browser pages, allowed origins) or sk_… (servers).",
        }
