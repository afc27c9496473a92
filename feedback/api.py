from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from rest_framework.response import Response

from assay.api import ERRORS, KeyedApi
from assay.auth import REVOKED, HasSecretKey, forget_key, request_key
from assay.errors import flatten
from assay.parsers import JSONParser, PlainTextJSONParser
from feedback import services
from feedback.serializers import (
    AcceptedSerializer,
    BatchInSerializer,
    BatchOutSerializer,
    ConversationInSerializer,
    FeedbackInSerializer,
)

ACCEPTED = {
    202: AcceptedSerializer,
    200: OpenApiResponse(AcceptedSerializer, description="Repeat of an idempotency_key"),
}


class BrowserIntakeApi(KeyedApi):
    """Endpoints a web page calls directly, with a publishable key."""

    parser_classes = [JSONParser, PlainTextJSONParser]
    body_key_allowed = True
    # A submission is all these endpoints write, and the database refuses one whose key is
    # revoked: a key looked up a few seconds ago will do (assay.auth.find_key).
    recent_key_allowed = True
    input_serializer: Any
    service: Any

    def post(self, request: Request) -> Response:
        serializer = self.input_serializer.for_data(request.data)
        serializer.is_valid(raise_exception=True)
        try:
            accepted = type(self).service(
                api_key=request_key(request), data=serializer.validated_data
            )
        except services.KeyRevoked as revoked:
            forget_key(revoked.api_key)
            raise AuthenticationFailed(REVOKED) from None
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


EVENT_TYPES = {"feedback": FeedbackInSerializer, "conversation": ConversationInSerializer}


class BatchApi(KeyedApi):
    permission_classes = [HasSecretKey]
    recent_key_allowed = True  # as BrowserIntakeApi

    @extend_schema(request=BatchInSerializer, responses={207: BatchOutSerializer, **ERRORS})
    def post(self, request: Request) -> Response:
        """Submit many feedback/conversation events at once; one result per event, in order.

        Each valid event is accepted on its own; a bad event costs only its own result.
        """
        serializer = BatchInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        api_key = request_key(request)
        results: list[dict[str, Any]] = []
        revoked = False
        for event in serializer.validated_data["events"]:
            error, kind, data = _validate_event(event)
            if revoked:
                error = {"authorization": REVOKED}
            if error:
                results.append({"error": error})
                continue
            try:
                accepted = services.submit_event(api_key=api_key, kind=kind, data=data)
            except services.KeyRevoked:
                # Revoked while the batch ran: what came before stays accepted.
                forget_key(api_key)
                revoked = True
                results.append({"error": {"authorization": REVOKED}})
                continue
            results.append({"id": str(accepted.id), "status": accepted.status})
        return Response({"results": results}, status=status.HTTP_207_MULTI_STATUS)


def _validate_event(event: Any) -> tuple[dict[str, str] | None, str, dict[str, Any]]:
    """(errors, kind, validated data) for one batch event."""
    if not isinstance(event, dict):
        return {"body": "Each event must be a JSON object."}, "", {}
    kind = event.get("type")
    if kind not in EVENT_TYPES:
        return {"type": "Must be one of: feedback, conversation."}, "", {}
    serializer = EVENT_TYPES[kind].for_data({k: v for k, v in event.items() if k != "type"})
    if not serializer.is_valid():
        return flatten(serializer.errors), kind, {}
    return None, kind, serializer.validated_data
