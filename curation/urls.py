from django.urls import re_path

from curation import api

urlpatterns = [
    re_path(r"^review/next/?$", api.ReviewNextApi.as_view(), name="review-next"),
    re_path(
        r"^samples/(?P<sample_id>[^/]+)/review/?$",
        api.SampleReviewApi.as_view(),
        name="sample-review",
    ),
    re_path(
        r"^samples/(?P<sample_id>[^/]+)/?$", api.SampleDetailApi.as_view(), name="sample-detail"
    ),
]
