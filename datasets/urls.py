from django.urls import re_path

from datasets import api

NAME = r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]{0,99})"
REF = r"(?P<ref>[A-Za-z0-9][A-Za-z0-9._-]{0,59})"

urlpatterns = [
    re_path(r"^datasets/?$", api.DatasetListApi.as_view(), name="datasets"),
    re_path(
        rf"^datasets/{NAME}/versions/?$", api.VersionListApi.as_view(), name="dataset-versions"
    ),
    re_path(
        rf"^datasets/{NAME}/versions/{REF}/manifest/?$",
        api.ManifestApi.as_view(),
        name="dataset-manifest",
    ),
    re_path(
        rf"^datasets/{NAME}/versions/{REF}/export/?$",
        api.ExportApi.as_view(),
        name="dataset-export",
    ),
    re_path(
        rf"^datasets/{NAME}/versions/{REF}/card/?$", api.CardApi.as_view(), name="dataset-card"
    ),
    re_path(rf"^datasets/{NAME}/diff/?$", api.DiffApi.as_view(), name="dataset-diff"),
]
