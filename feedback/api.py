from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from feedback import services
from feedback.auth import (
    ApiKeyAuthentication,
    ApiKeyRateThrottle,
    HasProjectKey,
    HasSecretKey,
    request_key,
)
from feedback.parsers import JSONParser, PlainTextJSONParser
from feedback.serializers import (
    AcceptedSerializer,
    BatchInSerializer,
    BatchOutSerializer,
    ConversationInSerializer,
    FeedbackInSerializer,
)

ERRORS = {
    400: OpenApiResponse(description='Malformed or invalid body: {"error": {field: message}}'),
    401: OpenApiResponse(description="Missing, unknown or revoked key"),
    403: OpenApiResponse(description="Origin not allowed, or a secret key is needed"),
    413: OpenApiResponse(description="Body over the configured limit"),
    415: OpenApiResponse(description="Body is not JSON"),
    429: OpenApiResponse(description="Per-key rate exceeded; see Retry-After"),
}
ACCEPTED = {
    202: AcceptedSerializer,
    200: OpenApiResponse(AcceptedSerializer, description="Repeat of an idempotency_key"),
}


class KeyedApi(APIView):
    """Base for endpoints called with a project's API key."""

    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasProjectKey]
    throttle_classes = [ApiKeyRateThrottle]
    parser_classes = [JSONParser]
    body_key_allowed = False


class BrowserIntakeApi(KeyedApi):
    """Endpoints a web page calls directly, with a publishable key."""

    parser_classes = [JSONParser, PlainTextJSONParser]
    body_key_allowed = True
    input_serializer: Any
    service: Any

    def post(self, request: Request) -> Response:
        serializer = self.input_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        accepted = type(self).service(api_key=request_key(request), data=serializer.validated_data)
        return Response(
            {"id": str(accepted.id), "status": accepted.status},
            status=status.HTTP_202_ACCEPTED if accepted.created else status.HTTP_200_OK,
        )


class FeedbackApi(BrowserIntakeApi):
    input_serializer = FeedbackInSerializer
    service = services.submit_feedback

    @extend_schema(request=FeedbackInSerializer, responses={**ACCEPTED, **ERRORS})
    def post(self, request: Request) -> Response:
        """Record a thumbs up/down on an answer."""
        return super().post(request)


class ConversationApi(BrowserIntakeApi):
    input_serializer = ConversationInSerializer
    service = services.share_conversation

    @extend_schema(request=ConversationInSerializer, responses={**ACCEPTED, **ERRORS})
    def post(self, request: Request) -> Response:
        """Share a whole conversation (the end user consented) for review."""
        return super().post(request)


class BatchApi(KeyedApi):
    permission_classes = [HasSecretKey]

    @extend_schema(request=BatchInSerializer, responses={207: BatchOutSerializer, **ERRORS})
    def post(self, request: Request) -> Response:
        """Submit many feedback/conversation events at once; one result per event, in order."""
        serializer = BatchInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        results = services.submit_batch(
            api_key=request_key(request), events=serializer.validated_data["events"]
        )
        return Response({"results": results}, status=status.HTTP_207_MULTI_STATUS)
