"""A project's `settings` JSON: the PII policy, the filters and the review queue.

One function checks it all; the admin form and `createproject` call it before saving.
"""

import dataclasses
import hashlib
import json
from typing import Any

from curation.filters import FilterConfigError, project_config
from curation.scrub import PiiPolicy, PiiPolicyError

SECTIONS = ("pii", "filters", "review")
MAX_REVIEWS_PER_SAMPLE = 10


class ProjectSettingsError(ValueError):
    pass


def reviews_per_sample(settings: dict[str, Any]) -> int:
    """How many different reviewers must decide a sample (default 1)."""
    return int((settings.get("review") or {}).get("reviews_per_sample", 1))


def _check_review(review: Any) -> None:
    if review is None:
        return
    if not isinstance(review, dict):
        raise ProjectSettingsError("review must be a JSON object")
    unknown = set(review) - {"reviews_per_sample"}
    if unknown:
        raise ProjectSettingsError(f"unknown review settings: {', '.join(sorted(unknown))}")
    count = review.get("reviews_per_sample", 1)
    if type(count) is not int or not 1 <= count <= MAX_REVIEWS_PER_SAMPLE:
        raise ProjectSettingsError(
            f"review.reviews_per_sample must be a whole number from 1 to {MAX_REVIEWS_PER_SAMPLE}"
        )


def validate_project_settings(settings: Any) -> None:
    """Raise ProjectSettingsError, saying which part is wrong, unless the settings are valid."""
    if not isinstance(settings, dict):
        raise ProjectSettingsError("settings must be a JSON object")
    unknown = set(settings) - set(SECTIONS)
    if unknown:
        raise ProjectSettingsError(f"unknown settings: {', '.join(sorted(unknown))}")
    try:
        PiiPolicy.from_settings(settings.get("pii"))
        project_config(settings.get("filters"))
    except (PiiPolicyError, FilterConfigError) as exc:
        raise ProjectSettingsError(str(exc)) from None
    _check_review(settings.get("review"))


def settings_version(value: Any) -> str:
    """A short, stable hash of effective settings (a PiiPolicy or the merged filter configs)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=list)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
