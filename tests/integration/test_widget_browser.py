"""The feedback widget in a real browser: Debian's chromium, driven by Playwright's sync API.

Assay runs as pytest-django's live server (http://localhost:<port>). The chat page that embeds
the widget is served by a tiny http.server on http://127.0.0.1:<port>, a different origin,
with a strict Content-Security-Policy of its own (scripts from itself and Assay only, styles
from itself only, no inline anything, Trusted Types required) and a hostile stylesheet. The
widget arrives by one script tag with data- attributes.

Covered: thumbs down after a thumbs up (one Feedback row, rating down), a reason, a comment
and sharing the conversation, by mouse and by keyboard alone; samples in the database and
through the pipeline; feedback queued while the API is down, kept across a reload and
delivered exactly once when it is back; a disallowed origin reported in the console; the
/demo/ page under Assay's own CSP. axe-core (node_modules, `make node_modules`) checks the
widget in each state, light and dark, and screenshots of those states are written to
$ASSAY_TEST_OUTPUT (default var/test-output/).
"""

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from curation.models import Sample
from curation.pipeline import advance_sample
from feedback.models import Feedback, Message, Project, Submission
from feedback.privacy import message_hash
from feedback.services import create_project
from tests.integration.test_review_browser import (
    TIMEOUT_MS,
    _allow_orm_beside_playwright,  # noqa: F401 (a fixture the page fixture uses)
    output_dir,  # noqa: F401 (fixture)
    page,  # noqa: F401 (fixture)
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
THANKS = "Thanks for your feedback!"
SHARED = "Thanks for sharing this conversation!"
QUEUED = "Saved, will send when back online."
FAILED = "Sorry, your feedback could not be sent."

HOST_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Acme support chat</title>
<link rel="stylesheet" href="/host.css">
<script src="{assay}/static/assay/widget.js" data-endpoint="{assay}" data-key="{key}"
        data-selector=".bot" data-model="acme-bot" data-prompt-version="support-v2"
        data-reasons="inaccurate:Inaccurate,unhelpful:Not helpful,incomplete:Incomplete" defer></script>
<script src="/host.js" defer></script>
</head>
<body>
<main>
<h1>Acme support</h1>
<div id="chat" data-conversation-id="{conversation}">
  <div data-role="user" id="u1">Hi, I'm Maria Lopez (maria.lopez@example.com). Where is my order?</div>
  <div data-role="assistant" class="bot" id="a1">It left the warehouse yesterday, Maria Lopez.</div>
  <div data-role="user" id="u2">Which carrier?</div>
  <div data-role="assistant" class="bot" id="a2">I am not sure.</div>
</div>
<button type="button" id="share-all">Share the whole chat</button>
</main>
</body>
</html>
"""
# What a careless host stylesheet does to everything on its page; none of it may reach the
# widget's shadow root (inherited properties are reset by `all: initial` on the host).
HOST_CSS = """
* { color: #f0f !important; font-family: serif !important; letter-spacing: 3px; }
button { display: none; }
#share-all { display: inline-block; }
div { border: 4px dashed red; padding: 10px; }
svg { width: 200px; height: 200px; }
"""
HOST_JS = """
document.getElementById("share-all").addEventListener("click", () => {
  const conversationId = document.getElementById("chat").dataset.conversationId;
  const getConversation = () => Array.from(document.querySelectorAll("#chat [data-role]"),
    (m) => ({ role: m.dataset.role, content: m.textContent.trim(), id: m.id }));
  AssayFeedback.share({ conversationId, getConversation }).then((r) => { window.__shared = r; });
});
"""
# Records what the CSP refuses; an init script runs in the page before its own scripts.
RECORD_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
"""


@dataclass
class Host:
    url: str  # the allowed origin
    other_url: str  # the same pages on an origin the project does not allow
    assay: str
    project: Project
    key: str


def _csp(assay: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'self' {assay}; connect-src {assay}; style-src 'self'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'; "
        "require-trusted-types-for 'script'"
    )


@pytest.fixture
def host(live_server: Any, _allow_orm_beside_playwright: None) -> Iterator[Host]:  # noqa: F811
    """A chat page on another origin, embedding the widget of a project that allows it."""
    assay = live_server.url
    files: dict[str, tuple[str, bytes]] = {}

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path not in files:
                self.send_error(404)
                return
            kind, body = files[path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            if kind.startswith("text/html"):
                self.send_header("Content-Security-Policy", _csp(assay))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(ROOT)))
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}"
    created = create_project(
        slug="widget",
        origins=[url],
        settings={"filters": {"near_duplicate": False}},
    )
    page_html = HOST_PAGE.format(assay=assay, key=created.publishable_key, conversation="chat-42")
    files.update(
        {
            "/": ("text/html; charset=utf-8", page_html.encode()),
            "/host.css": ("text/css", HOST_CSS.encode()),
            "/host.js": ("text/javascript", HOST_JS.encode()),
        }
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Host(
            url=url,
            other_url=f"http://localhost:{port}",
            assay=assay,
            project=created.project,
            key=created.publishable_key,
        )
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def browse(page: Any, host: Host) -> Iterator[Callable[..., Any]]:  # noqa: F811
    """Open the host page and check, on the way, that nothing was refused by its CSP."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    page.add_init_script(RECORD_CSP)
    # axe-core, in every page before its own scripts: the strict CSP (Trusted Types included)
    # would refuse a script tag added later, and an init script is the browser's, not the page's.
    if AXE.exists():
        page.add_init_script(path=str(AXE))
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.console = console

    def _browse(url: str | None = None) -> Any:
        page.goto(url or f"{host.url}/")
        expect(page.locator("#a1 assay-feedback")).to_be_attached()
        expect(page.locator("#a2").get_by_role("button", name="Thumbs up")).to_be_visible()
        return page

    yield _browse
    assert page.evaluate("window.__csp") == []
    assert not [m for m in console if "Content Security Policy" in m]


@pytest.fixture
def axe_check(page: Any, host: Host) -> Callable[[str], None]:  # noqa: F811
    """Run axe-core on the widgets of the page; no serious or critical violation allowed."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make node_modules` (npm ci)", pytrace=False)

    def _check(state: str) -> None:
        violations = page.evaluate(
            """async () => {
                const result = await axe.run(document.querySelectorAll("assay-feedback"));
                return result.violations.map((v) => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.map((n) => n.failureSummary)}));
            }"""
        )
        bad = [v for v in violations if v["impact"] in ("serious", "critical")]
        assert bad == [], f"axe, {state}: {json.dumps(bad, indent=1)}"

    return _check


@pytest.fixture
def shot(
    page: Any,  # noqa: F811
    output_dir: Path,  # noqa: F811
    record_property: Callable[[str, object], None],
) -> Callable[[str, str], None]:
    def _shot(name: str, selector: str = "#chat") -> None:
        path = output_dir / f"widget-{name}.png"
        page.locator(selector).screenshot(path=str(path))
        record_property(f"screenshot {name}", str(path))

    return _shot


def _api_response(tab: Any, path: str) -> Any:
    return tab.expect_response(lambda r: r.url.endswith(path) and r.request.method == "POST")


def _run_pipeline(project: Project) -> list[Sample]:
    samples = list(Sample.objects.filter(project=project).order_by("created_at"))
    for sample in samples:
        advance_sample(sample_id=sample.pk)
        sample.refresh_from_db()
    return samples


def test_feedback_and_sharing_from_another_origin_under_a_strict_csp(
    browse: Callable[..., Any], host: Host, axe_check: Callable[[str], None], shot: Any
) -> None:
    from playwright.sync_api import expect

    tab = browse()
    answer = tab.locator("#a1")
    up = answer.get_by_role("button", name="Thumbs up")
    down = answer.get_by_role("button", name="Thumbs down")
    status = answer.get_by_role("status")
    # The host's stylesheet reaches neither the widget's buttons nor its icons.
    expect(up).to_be_visible()
    assert up.evaluate("b => b.querySelector('svg').getBoundingClientRect().width") < 40
    expect(up).not_to_have_css("color", "rgb(255, 0, 255)")
    axe_check("idle")
    shot("light-idle")

    # A preflighted request (JSON with an Authorization header) from this origin is allowed
    # too, as any other client of the API would send it.
    preflighted = tab.evaluate(
        """async ([url, key]) => (await fetch(url, {method: "POST",
            headers: {"Content-Type": "application/json", Authorization: "Bearer " + key},
            body: JSON.stringify({conversation_id: "probe", rating: "up"})})).status""",
        [f"{host.assay}/api/v1/feedback", host.key],
    )
    assert preflighted == 202
    Submission.objects.filter(project=host.project).delete()

    # -- thumbs up, then a change of mind -------------------------------------------------
    with _api_response(tab, "/api/v1/feedback") as response:
        up.click()
    assert response.value.status == 202
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(status).to_have_text(THANKS)
    shot("light-thanks")
    axe_check("thanks")

    with _api_response(tab, "/api/v1/feedback") as response:
        down.click()
    assert response.value.status == 202
    expect(down).to_have_attribute("aria-pressed", "true")
    expect(up).to_have_attribute("aria-pressed", "false")
    reasons = answer.get_by_role("group", name="What went wrong? (optional)")
    expect(reasons).to_be_visible()
    expect(status).to_have_text(THANKS)

    # -- a reason and a comment ----------------------------------------------------------
    chip = reasons.get_by_role("button", name="Inaccurate")
    chip.click()
    expect(chip).to_have_attribute("aria-pressed", "true")
    reasons.get_by_label("Anything else? (optional)").fill("Maria Lopez never got a date.")
    shot("light-reasons")
    axe_check("reasons")
    with _api_response(tab, "/api/v1/feedback") as response:
        reasons.get_by_role("button", name="Send").click()
    assert response.value.status == 202
    expect(reasons).to_be_hidden()
    expect(status).to_have_text(THANKS)

    # -- share, after seeing what is shared -----------------------------------------------
    answer.get_by_role("button", name="Share conversation").click()
    consent = answer.get_by_role("group", name="Share these messages")
    expect(consent).to_be_visible()
    preview = consent.get_by_role("list", name="Messages to share")
    expect(preview.get_by_role("listitem")).to_have_count(4)
    expect(preview).to_contain_text("maria.lopez@example.com")
    shot("light-consent")
    axe_check("consent")
    assert Submission.objects.filter(project=host.project, kind="conversation").count() == 0
    with _api_response(tab, "/api/v1/conversations") as response:
        consent.get_by_role("button", name="Share", exact=True).click()
    assert response.value.status == 202
    expect(status).to_have_text(SHARED)
    expect(answer.get_by_role("button", name="Share conversation")).to_be_disabled()
    shot("light-shared")
    axe_check("shared")

    # -- the tab's own share button (AssayFeedback.share) --------------------------------
    tab.locator("#share-all").click()
    floating = tab.locator("body > assay-feedback")
    expect(floating.get_by_role("listitem")).to_have_count(4)
    axe_check("share dialog")
    floating.get_by_role("button", name="Cancel").click()
    expect(floating).to_have_count(0)
    assert tab.evaluate("window.__shared") == "cancelled"

    # -- dark: the second answer through the same states -----------------------------------
    tab.emulate_media(color_scheme="dark")
    second = tab.locator("#a2")
    expect(second.locator("assay-feedback .w")).to_have_css("background-color", "rgb(28, 32, 39)")
    shot("dark-idle")
    axe_check("dark idle")
    with _api_response(tab, "/api/v1/feedback"):
        second.get_by_role("button", name="Thumbs down").click()
    expect(second.get_by_role("status")).to_have_text(THANKS)
    shot("dark-reasons")
    axe_check("dark reasons")
    second.get_by_role("button", name="Not now").click()
    second.get_by_role("button", name="Share conversation").click()
    expect(second.get_by_role("group", name="Share these messages")).to_be_visible()
    shot("dark-consent")
    axe_check("dark consent")
    second.get_by_role("button", name="Cancel").click()
    shot("dark-thanks")
    axe_check("dark thanks")

    # -- what the database holds ----------------------------------------------------------
    submissions = Submission.objects.filter(project=host.project)
    assert sorted(submissions.values_list("kind", flat=True)) == [
        "conversation",
        "feedback",
        "feedback",
        "feedback",
        "feedback",
    ]
    samples = _run_pipeline(host.project)
    states = [s.state for s in samples]
    assert states.count(Sample.State.PENDING_REVIEW) == 1, [(s.state, s.reasons) for s in samples]
    # One row for each answer rated, the first one changed from up to down.
    assert Feedback.objects.filter(project=host.project, conversation=None).count() == 2
    changed = Feedback.objects.get(
        project=host.project, conversation=None, message_external_id=message_hash("a1")
    )
    assert changed.rating == Feedback.Rating.DOWN
    assert changed.reasons == ["inaccurate"]
    assert changed.comment == "<PERSON_1> never got a date."
    shared = next(s for s in samples if s.state == Sample.State.PENDING_REVIEW)
    contents = list(
        Message.objects.filter(conversation=shared.conversation_id).values_list("role", "content")
    )
    assert contents[0] == ("user", "Hi, I'm <PERSON_1> (<EMAIL_ADDRESS_1>). Where is my order?")
    assert len(contents) == 4
    assert shared.conversation is not None and shared.feedback is not None
    assert shared.conversation.model_name == "acme-bot"
    assert shared.conversation.prompt_version == "support-v2"
    assert shared.feedback.rating == Feedback.Rating.DOWN


def test_the_keyboard_alone_rates_explains_and_shares(
    browse: Callable[..., Any], host: Host, axe_check: Callable[[str], None], shot: Any
) -> None:
    from playwright.sync_api import expect

    tab = browse()
    answer = tab.locator("#a1")
    keyboard = tab.keyboard
    down = answer.get_by_role("button", name="Thumbs down")
    share = answer.get_by_role("button", name="Share conversation")

    # The widget's buttons come first in the tab order of the tab, answer by answer.
    keyboard.press("Tab")
    expect(answer.get_by_role("button", name="Thumbs up")).to_be_focused()
    keyboard.press("Tab")
    expect(down).to_be_focused()
    # Focus is visible: the accent outline, 3 px.
    expect(down).to_have_css("outline-style", "solid")
    expect(down).to_have_css("outline-width", "3px")
    with _api_response(tab, "/api/v1/feedback"):
        keyboard.press("Enter")
    expect(down).to_have_attribute("aria-pressed", "true")
    # The reasons open with the focus on the first one.
    first_reason = answer.get_by_role("button", name="Inaccurate")
    expect(first_reason).to_be_focused()
    keyboard.press("Tab")
    keyboard.press("Space")
    expect(answer.get_by_role("button", name="Not helpful")).to_have_attribute(
        "aria-pressed", "true"
    )
    keyboard.press("Tab")
    keyboard.press("Tab")
    comment = answer.get_by_label("Anything else? (optional)")
    expect(comment).to_be_focused()
    keyboard.type("It never said which carrier.")
    keyboard.press("Tab")
    expect(answer.get_by_role("button", name="Send")).to_be_focused()
    shot("light-keyboard-reasons")
    with _api_response(tab, "/api/v1/feedback") as response:
        keyboard.press("Enter")
    assert response.value.status == 202
    # The panel closes and the focus goes back where it came from.
    expect(down).to_be_focused()
    expect(answer.get_by_role("status")).to_have_text(THANKS)

    # Share: Escape backs out without sending; Enter on "Share" sends.
    keyboard.press("Tab")
    expect(share).to_be_focused()
    keyboard.press("Enter")
    confirm = answer.get_by_role("button", name="Share", exact=True)
    expect(confirm).to_be_focused()
    keyboard.press("Escape")
    expect(confirm).to_be_hidden()
    expect(share).to_be_focused()
    keyboard.press("Enter")
    expect(confirm).to_be_focused()
    shot("light-keyboard-consent")
    axe_check("keyboard consent")
    with _api_response(tab, "/api/v1/conversations") as response:
        keyboard.press("Enter")
    assert response.value.status == 202
    expect(answer.get_by_role("status")).to_have_text(SHARED)

    kinds = Submission.objects.filter(project=host.project).values_list("kind", flat=True)
    assert sorted(kinds) == ["conversation", "feedback", "feedback"]
    samples = _run_pipeline(host.project)
    assert sorted(s.state for s in samples) == [
        Sample.State.PENDING_REVIEW,
        Sample.State.RECORDED,
        Sample.State.RECORDED,
    ]
    rated = Feedback.objects.get(project=host.project, conversation=None)
    assert (rated.rating, rated.reasons, rated.comment) == (
        Feedback.Rating.DOWN,
        ["unhelpful"],
        "It never said which carrier.",
    )


def test_feedback_queued_while_the_api_is_down_is_delivered_once_after_a_reload(
    browse: Callable[..., Any], host: Host, shot: Any, request: pytest.FixtureRequest
) -> None:
    from playwright.sync_api import expect
    from rest_framework.response import Response

    from feedback.api import FeedbackApi

    tab = browse()
    answer = tab.locator("#a1")
    status = answer.get_by_role("status")
    refused: list[str] = []

    def bad_gateway(self: Any, incoming: Any) -> Response:
        # What a proxy answers while Assay behind it is down. The live server runs in this
        # process, so beacons sent as the tab unloads meet it too.
        refused.append(incoming.method)
        return Response({"error": {"service": "down"}}, status=502)

    # Down twice over: the network refuses the first attempt, the server all that follow.
    outage = pytest.MonkeyPatch()
    outage.setattr(FeedbackApi, "post", bad_gateway)
    request.addfinalizer(outage.undo)
    api = f"{host.assay}/api/v1/**"
    tab.route(api, lambda route: route.abort("connectionrefused"))
    answer.get_by_role("button", name="Thumbs down").click()
    # Honest: saved, not thanked.
    expect(status).to_have_text(QUEUED)
    shot("light-queued")
    queued = tab.evaluate("JSON.parse(localStorage.getItem('assay:queue'))")
    assert [item["b"]["rating"] for item in queued] == ["down"]
    tab.unroute(api)

    # Reload while the API is still down: the queue and the pressed button survive it.
    with tab.expect_response(lambda r: r.url.endswith("/api/v1/feedback")) as retried:
        tab.reload()
    assert retried.value.status == 502
    expect(status).to_have_text(QUEUED)
    expect(answer.get_by_role("button", name="Thumbs down")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert Submission.objects.filter(project=host.project).count() == 0

    # Back up: the next retry (backoff from one second) delivers it.
    outage.undo()
    expect(status).to_have_text(THANKS)
    assert tab.evaluate("JSON.parse(localStorage.getItem('assay:queue'))") == []
    assert refused, "the server never saw the API down"
    assert Submission.objects.filter(project=host.project).count() == 1
    # Another reload sends nothing again.
    tab.reload()
    expect(answer.get_by_role("button", name="Thumbs down")).to_have_attribute(
        "aria-pressed", "true"
    )
    tab.evaluate("window.AssayFeedback.flush()")
    assert Submission.objects.filter(project=host.project).count() == 1
    samples = _run_pipeline(host.project)
    assert [s.state for s in samples] == [Sample.State.RECORDED]
    assert Feedback.objects.filter(project=host.project).count() == 1


def test_a_disallowed_origin_gets_a_clear_console_error(
    browse: Callable[..., Any], host: Host
) -> None:
    from playwright.sync_api import expect

    tab = browse(f"{host.other_url}/")
    answer = tab.locator("#a1")
    with _api_response(tab, "/api/v1/feedback") as response:
        answer.get_by_role("button", name="Thumbs up").click()
    assert response.value.status == 403
    # Not thanked, not queued forever as if offline: refused, and the console says why.
    expect(answer.get_by_role("status")).to_have_text(FAILED)
    errors = [m for m in tab.console if m.startswith("error: Assay feedback widget")]
    assert len(errors) == 1, tab.console
    assert "This origin is not allowed for the project's publishable key" in errors[0]
    assert f"Add {host.other_url} to the project's allowed origins" in errors[0]
    assert tab.evaluate("JSON.parse(localStorage.getItem('assay:queue'))") == []
    assert Submission.objects.count() == 0


def test_the_demo_page_closes_the_loop_under_assays_own_csp(
    live_server: Any,
    page: Any,  # noqa: F811
    settings: Any,
    tmp_path: Path,
    shot: Any,
) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    created = create_project(slug="demo", origins=[live_server.url])
    settings.VAR_DIR = tmp_path
    (tmp_path / "demo.json").write_text(json.dumps({"publishable_key": created.publishable_key}))
    page.add_init_script(RECORD_CSP)

    response = page.goto(f"{live_server.url}/demo/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.get_by_role("textbox", name="Message").fill("I'm Ada Lovelace, ada@example.com")
    page.get_by_role("button", name="Send", exact=True).click()
    answer = page.locator("li.assistant").nth(1)
    expect(answer).to_contain_text("You said")
    with _api_response(page, "/api/v1/feedback"):
        answer.get_by_role("button", name="Thumbs down").click()
    answer.get_by_role("button", name="Incomplete").click()
    answer.get_by_role("button", name="Send").click()
    answer.get_by_role("button", name="Share conversation").click()
    with _api_response(page, "/api/v1/conversations") as sent:
        answer.get_by_role("button", name="Share", exact=True).click()
    assert sent.value.status == 202
    expect(answer.get_by_role("status")).to_have_text(SHARED)
    shot("demo", "main")
    assert page.evaluate("window.__csp") == []

    samples = _run_pipeline(created.project)
    shared = next(s for s in samples if s.conversation_id)
    assert shared.state == Sample.State.PENDING_REVIEW
    assert shared.conversation is not None
    contents = shared.conversation.messages.values_list("content", flat=True)
    assert "I'm <PERSON_1>, <EMAIL_ADDRESS_1>" in list(contents)
