"""The demo chat page (/demo/): a toy echo bot with the feedback widget on every answer.

It is wired to the demo project's publishable key, which `manage.py seed_demo` keeps in
var/demo.json; it is read at request time, so the page works as soon as the command has run.
The page sends the same Content-Security-Policy as every Assay page: its script and styles
are static files, and the key and endpoint travel as data- attributes.
"""

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path


def _publishable_key() -> str:
    try:
        saved: Any = json.loads((settings.VAR_DIR / "demo.json").read_text())
    except (OSError, ValueError):
        return ""
    key = saved.get("publishable_key", "") if isinstance(saved, dict) else ""
    return key if isinstance(key, str) else ""


def demo_chat(request: HttpRequest) -> HttpResponse:
    """The demo chat, or how to create the demo project when it does not exist yet."""
    return render(
        request,
        "demo/index.html",
        {
            "publishable_key": _publishable_key(),
            "endpoint": f"{request.scheme}://{request.get_host()}",
        },
    )


# Included by assay.urls at /demo/.
urlpatterns = [path("", demo_chat, name="demo")]
