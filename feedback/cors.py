"""Which browser pages may call the intake API (django-cors-headers asks
`origin_allowed_for_any_project`, named for what it answered first).

A preflight carries no key, so it cannot know the project: it is answered for an origin that
some project allows, and the request that follows is held to its own key's project by
HasProjectKey. The request itself (a POST, which the widget sends as text/plain so it needs
no preflight) is answered for any origin: these endpoints authenticate with keys, never
cookies, so the answer gives a page nothing but the response, and for a disallowed origin
that is the 403 saying so, which the widget then reports instead of guessing "offline".
"""

import logging
import re
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest

from feedback.models import Project

logger = logging.getLogger(__name__)


def origin_allowed_for_any_project(sender: Any, request: HttpRequest, **kwargs: Any) -> bool:
    """Answer CORS on the browser endpoints: preflights for an origin some project allows,
    requests for any origin."""
    origin = request.headers.get("Origin", "")
    # The signal is asked for every URL; only the browser endpoints may answer CORS.
    if not origin or not re.match(settings.CORS_URLS_REGEX, request.path_info):
        return False
    if request.method != "OPTIONS":
        return True
    try:
        return any(
            project.allows_origin(origin) for project in Project.objects.only("allowed_origins")
        )
    except DatabaseError:
        # Database down: no CORS answer; the request itself then gets a JSON 503.
        logger.warning("CORS check skipped: database unavailable")
        return False
