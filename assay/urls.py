from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.defaults import page_not_found, server_error
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from assay import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("api/v1/", include("feedback.urls")),
    path("api/v1/", include("curation.urls")),
    path("api/v1/", include("datasets.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("admin/", admin.site.urls),
    path("demo/", include("assay.demo")),
]


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    # API clients get JSON, people get Django's page.
    if request.path.startswith("/api/"):
        return views.api_not_found(request, exception)
    return page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    # API clients get JSON without details; people get Django's plain page.
    if request.path.startswith("/api/"):
        return views.api_server_error(request)
    return server_error(request)
