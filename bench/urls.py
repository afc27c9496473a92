import uuid

from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from assay.urls import urlpatterns as assay_urlpatterns
from feedback.models import Project, Submission

_project_ids: list[int] = []


@csrf_exempt
def bare_insert(request: HttpRequest) -> JsonResponse:
    """The baseline: a bare Django view that does one INSERT and answers 202."""
    if not _project_ids:
        _project_ids.append(Project.objects.values_list("pk", flat=True).latest("pk"))
    submission = Submission.objects.create(
        id=uuid.uuid4(),
        project_id=_project_ids[0],
        kind="feedback",
        payload={"raw": request.body.decode()},
    )
    return JsonResponse({"id": str(submission.pk)}, status=202)


urlpatterns = [path("bench/bare", bare_insert), *assay_urlpatterns]
