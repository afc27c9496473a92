from django.urls import re_path

from feedback import api

urlpatterns = [
    re_path(r"^feedback/?$", api.FeedbackApi.as_view(), name="feedback"),
    re_path(r"^conversations/?$", api.ConversationApi.as_view(), name="conversations"),
    re_path(r"^batch/?$", api.BatchApi.as_view(), name="batch"),
]
