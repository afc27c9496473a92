from django.urls import re_path

from curation import api

urlpatterns = [
    re_path(
        r"^samples/(?P<sample_id>[^/]+)/?$", api.SampleDetailApi.as_view(), name="sample-detail"
    ),
]
