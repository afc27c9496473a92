import uuid

from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from assay.api import ERRORS, KeyedApi
from assay.auth import HasSecretKey, request_key
from curation.models import Sample
from curation.serializers import SampleOutSerializer
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
