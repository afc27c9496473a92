from django.urls import URLPattern

# The datasets API arrives with the datasets issue.
urlpatterns: list[URLPattern] = []
