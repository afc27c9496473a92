import logging
import re
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest

from feedback.models import Project

logger = logging.getLogger(__name__)


def origin_allowed_for_any_project(sender: Any, request: HttpRequest, **kwargs: Any) -> bool:
    """Answer CORS for an origin that some project allows.

    A preflight carries no key, so it cannot know the project; the request that follows is
    then held to its own key's project by HasProjectKey.
    """
    origin = request.headers.get("Origin", "")
    # The signal is asked for every URL; only the browser endpoints may answer CORS.
    if not origin or not re.match(settings.CORS_URLS_REGEX, request.path_info):
        return False
    try:
        return any(
            project.allows_origin(origin) for project in Project.objects.only("allowed_origins")
        )
    except DatabaseError:
        # Database down: no CORS answer; the request itself then gets a JSON 503.
        logger.warning("CORS check skipped: database unavailable")
        return False
