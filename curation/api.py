import uuid

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from assay.api import ERRORS, KeyedApi
from assay.auth import HasSecretKey, request_key
from assay.parsers import JSONParser
from curation import reviews, selectors
from curation.models import Sample
from curation.serializers import (
    ClaimedSampleSerializer,
    ReviewInSerializer,
    ReviewOutSerializer,
    SampleOutSerializer,
)
from feedback.models import ApiKey


def access_sample(*, api_key: ApiKey, sample_id: str) -> Sample:
    """Fetch a sample of the key's own project; anything else is simply not found."""
    try:
        pk = uuid.UUID(sample_id)
    except ValueError:
        raise NotFound("No sample with this id.") from None
    sample = (
        Sample.objects.select_related("submission")
        .filter(pk=pk, project=api_key.project_id)
        .first()
    )
    if sample is None:
        raise NotFound("No sample with this id.")
    return sample


class SampleDetailApi(KeyedApi):
    permission_classes = [HasSecretKey]

    @extend_schema(responses={200: SampleOutSerializer, **ERRORS})
    def get(self, request: Request, sample_id: str) -> Response:
        """A sample's state, the reasons it got there and its PII report (types and counts)."""
        sample = access_sample(api_key=request_key(request), sample_id=sample_id)
        return Response(SampleOutSerializer(sample).data)


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This sample is already decided."


REVIEW_ERRORS: dict[type[reviews.ReviewError], type[exceptions.APIException]] = {
    reviews.InvalidDecision: exceptions.ValidationError,
    reviews.NotAllowed: exceptions.PermissionDenied,
    reviews.SampleNotFound: exceptions.NotFound,
    reviews.AlreadyDecided: Conflict,
}
REVIEWER_ERRORS = {
    400: OpenApiResponse(description='Invalid decision: {"error": {field: message}}'),
    401: OpenApiResponse(description="No valid 'Authorization: Token …' header"),
    403: OpenApiResponse(description="The user has no reviewer role"),
    404: OpenApiResponse(description="No such sample in the user's projects"),
    409: OpenApiResponse(description="Already decided (by this reviewer, or finally)"),
}


def as_http(exc: reviews.ReviewError) -> exceptions.APIException:
    """The HTTP error for a review service's refusal, naming the field to fix."""
    return REVIEW_ERRORS[type(exc)]({exc.field: str(exc)})


class ReviewerApi(APIView):
    """Base for endpoints a reviewer tool calls as a Django user: `Authorization: Token …`."""

    authentication_classes = [TokenAuthentication]
    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser]


class ReviewNextApi(ReviewerApi):
    @extend_schema(
        request=None,
        responses={
            200: ClaimedSampleSerializer,
            204: OpenApiResponse(description="Nothing is waiting"),
            **REVIEWER_ERRORS,
        },
    )
    def post(self, request: Request) -> Response:
        """Claim the next sample of your projects, with a lease; 204 when none is waiting."""
        try:
            sample = reviews.claim_next(user=request.user)
        except reviews.ReviewError as exc:
            raise as_http(exc) from None
        if sample is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(ClaimedSampleSerializer(selectors.review_view(sample)).data)


class SampleReviewApi(ReviewerApi):
    @extend_schema(
        request=ReviewInSerializer, responses={200: ReviewOutSerializer, **REVIEWER_ERRORS}
    )
    def post(self, request: Request, sample_id: str) -> Response:
        """Approve (into a dataset), reject (with a reason) or skip a sample."""
        serializer = ReviewInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            if data["decision"] == "skip":
                outcome = reviews.skip_sample(user=request.user, sample_id=sample_id)
            else:
                outcome = reviews.decide_sample(
                    user=request.user,
                    sample_id=sample_id,
                    decision=data["decision"],
                    dataset=data.get("dataset", ""),
                    reference=data.get("reference", ""),
                    tags=data.get("tags", []),
                    reason=data.get("reason", ""),
                    note=data.get("note", ""),
                )
        except reviews.ReviewError as exc:
            raise as_http(exc) from None
        return Response(
            ReviewOutSerializer(
                {
                    "id": outcome.sample.pk,
                    "status": outcome.sample.state,
                    "needs_adjudication": outcome.sample.needs_adjudication,
                    "votes": outcome.votes,
                    "reviews_per_sample": outcome.required,
                }
            ).data
        )
