import re
from typing import Any

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from curation import reviews
from curation.selectors import SHOWN_STATES, queue_figures

register = template.Library()

# Matched after escaping, so "<PERSON_1>" arrives as "&lt;PERSON_1&gt;".
_PLACEHOLDER = re.compile(r"&lt;[A-Z][A-Z_]*_\d+&gt;")


@register.filter
def highlight_placeholders(text: str) -> SafeString:
    """Escape user text, then mark the scrubber's placeholders; nothing else becomes HTML."""
    escaped = str(conditional_escape(text))
    return mark_safe(_PLACEHOLDER.sub(r'<mark class="assay-pii">\g<0></mark>', escaped))


@register.inclusion_tag("admin/curation/review_dashboard.html", takes_context=True)
def review_dashboard(context: dict[str, Any]) -> dict[str, Any]:
    """Queue counts, reviewer throughput and agreement for the admin index."""
    user = context["request"].user
    if not reviews.is_reviewer(user):
        return {"show": False}
    return {
        "show": True,
        "figures": queue_figures(project_ids=reviews.project_ids_for(user)),
        "states": [state.label for state in SHOWN_STATES],
        "is_curator": reviews.is_curator(user),
    }
