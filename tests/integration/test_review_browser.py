"""The reviewer queue in a real browser: Debian's chromium, driven by Playwright's sync API,
against the admin served by pytest-django's live server on PostgreSQL.

A reviewer logs in through the admin's own login form, opens the queue, and decides samples
with the keyboard only (review.js): approve into a dataset, reject with a reason, skip, next.
A transcript holding a <script> and an onerror attribute must show them as text and run
neither. Screenshots of the dashboard, the queue and the review page are written to
$ASSAY_TEST_OUTPUT (default var/test-output/) for a human to look at.

Chromium missing: the test skips locally and fails under CI, like the services in conftest.
Playwright's own browser download needs the internet: point CHROMIUM at an installed one
(`make browser` installs Debian's).
"""

import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connections

from curation.models import Membership, Review, Sample
from curation.pipeline import advance_sample
from feedback.models import ApiKey, Project
from feedback.services import create_project, share_conversation
from tests.conftest import share_body

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery-42"
SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
# Chromium must not reach out on this closed network: without the background-networking
# flags its connections are refused (and retried) at every start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Each expect/wait gives up after this long instead of Playwright's 30 s default: a broken
# page fails fast and the whole test stays well under 30 s.
TIMEOUT_MS = 10_000


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def _allow_orm_beside_playwright(monkeypatch: pytest.MonkeyPatch) -> None:
    # Playwright's sync API runs an asyncio event loop in this (the test's) thread, so Django
    # sees a "running loop" and refuses ORM calls from here with SynchronousOnlyOperation.
    # The ORM calls are still plain blocking calls made between browser steps, never from a
    # coroutine, so the guard is a false alarm: switch it off for this test only. The live
    # server answers the browser from its own threads, which the guard never concerned.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def output_dir() -> Path:
    folder = Path(os.environ.get("ASSAY_TEST_OUTPUT") or ROOT / "var" / "test-output")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(_allow_orm_beside_playwright: None) -> Iterator[Any]:
    """A fresh headless chromium page (its own empty profile), closed afterwards."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        _unavailable(f"no chromium at {executable} (set CHROMIUM, or `make browser`)")
    profile = tempfile.mkdtemp(prefix="assay-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=executable,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
            )
            context.set_default_timeout(TIMEOUT_MS)
            try:
                yield context.pages[0] if context.pages else context.new_page()
            finally:
                context.close()
                # While Playwright's loop runs, Django keeps this thread's connection in
                # context-local storage (an "async" thread, to asgiref), apart from the one it
                # uses outside: close it now, or it stays open and the test database cannot
                # be dropped at the end of the session ("being accessed by other users").
                connections.close_all()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def groups(transactional_db: None) -> None:
    """The Reviewers group of migration 0006: a transactional test's flush empties it."""
    migration = importlib.import_module("curation.migrations.0006_reviewer_groups")
    group, _ = Group.objects.get_or_create(name="Reviewers")
    for app_label, codename in migration.REVIEWER_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


@pytest.fixture
def project_key(groups: None, _allow_orm_beside_playwright: None) -> tuple[Project, ApiKey]:
    # Samples here differ by a number only: the duplicate filter would reject them.
    created = create_project(
        slug="acme",
        name="Acme",
        origins=["https://chat.example.com"],
        settings={"filters": {"near_duplicate": False}},
    )
    key = ApiKey.objects.get(hashed=ApiKey.hash(created.secret_key))
    return created.project, key


@pytest.fixture
def reviewer(project_key: tuple[Project, ApiKey]) -> User:
    user = User.objects.create_user(username="rita", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Reviewers"))
    Membership.objects.create(project=project_key[0], user=user)
    return user


@pytest.fixture
def pending(project_key: tuple[Project, ApiKey]) -> Callable[..., Sample]:
    """Share a conversation and run the pipeline: a sample waiting for review."""
    counter = iter(range(100))

    def _pending(question: str | None = None) -> Sample:
        n = next(counter)
        body = share_body(conversation_id=f"conv-{n}")
        body["messages"][-1]["content"] = (
            question or f"Question number {n}: what is the capital of Peru?"
        )
        accepted = share_conversation(api_key=project_key[1], data=body)
        state = advance_sample(sample_id=accepted.id)
        assert state == Sample.State.PENDING_REVIEW, state
        return Sample.objects.get(pk=accepted.id)

    return _pending


def test_reviewer_decides_samples_with_the_keyboard(
    live_server: Any,
    page: Any,
    reviewer: User,
    pending: Callable[..., Sample],
    output_dir: Path,
    record_property: Callable[[str, object], None],
) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    # Oldest first: the queue hands them out in this order.
    hostile = pending(f"Does this render? {SCRIPT} and {IMG} — please answer.")
    to_reject, to_skip, last = pending(), pending(), pending()
    base = live_server.url
    review_url = f"{base}/admin/curation/sample/{{}}/review/"
    dialogs: list[str] = []  # alert(), confirm()… from anything the page runs
    failed: list[str] = []  # pages, scripts and stylesheets that did not load

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_response(response: Any) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("dialog", on_dialog)
    page.on("response", on_response)

    def shot(name: str) -> None:
        path = output_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        record_property(f"screenshot {name}", str(path))
        print(f"screenshot: {path}")

    def reviews_of(sample: Sample) -> list[tuple[Any, ...]]:
        return list(
            Review.objects.filter(sample=sample).values_list(
                "reviewer_id", "reviewer_name", "action", "dataset", "reason"
            )
        )

    # -- log in through the admin's own form ----------------------------------------------
    page.goto(f"{base}/admin/")
    page.wait_for_url("**/admin/login/**")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/admin/")
    dashboard = page.locator("#review-dashboard")
    expect(dashboard).to_be_visible()
    # The admin's stylesheet and ours loaded (served by the live server's static handler).
    expect(page.locator("#header")).to_have_css("display", "flex")
    expect(dashboard.locator(".assay-actions")).to_have_css("display", "flex")
    expect(dashboard.locator("tbody tr").first).to_contain_text("acme")
    shot("review-dashboard")

    # -- the queue ------------------------------------------------------------------------
    page.goto(f"{base}/admin/curation/sample/?state__exact=pending_review")
    expect(page.locator("#result_list tbody tr")).to_have_count(4)
    shot("review-queue")
    page.locator("#review-next").click()
    page.wait_for_url(review_url.format(hostile.pk))

    # -- the hostile transcript stays text ------------------------------------------------
    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text(SCRIPT)
    expect(transcript).to_contain_text(IMG)
    expect(transcript.locator("script")).to_have_count(0)
    expect(transcript.locator("img")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # review.js and review.css came with the page.
    expect(page.locator(".assay-review-body")).to_have_css("display", "flex")
    shot("review-page")

    # -- approve: `a` with no dataset goes to the field; Esc leaves it; `a` approves ---------
    dataset = page.locator("#id_dataset")
    expect(dataset).to_have_value("")
    page.keyboard.press("a")
    expect(dataset).to_be_focused()  # review.js ran: nothing else moves the focus there
    page.keyboard.type("golden-support")  # the `a` went to the page, not into the field
    expect(dataset).to_have_value("golden-support")
    # Keyboard focus is visible: Tab through the form to the Approve button.
    page.keyboard.press("Tab")
    expect(page.locator("#id_reference")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#id_tags")).to_be_focused()
    page.keyboard.press("Tab")
    approve = page.locator("#approve-button")
    expect(approve).to_be_focused()
    assert approve.evaluate("b => b.matches(':focus-visible')")
    expect(approve).to_have_css("outline-style", "solid")
    expect(approve).to_have_css("outline-width", "3px")
    page.keyboard.press("Shift+Tab")
    tags = page.locator("#id_tags")
    expect(tags).to_be_focused()
    page.keyboard.press("Escape")
    expect(tags).not_to_be_focused()
    assert page.evaluate("document.activeElement === document.body")
    page.keyboard.press("a")
    page.wait_for_url(review_url.format(to_reject.pk))
    expect(page.locator(".messagelist")).to_contain_text(f"Sample {str(hostile.pk)[:8]}: approved.")
    hostile.refresh_from_db()
    assert (hostile.state, hostile.dataset_name) == (Sample.State.APPROVED, "golden-support")
    assert reviews_of(hostile) == [(reviewer.pk, "rita", "approve", "golden-support", "")]

    # -- reject: `r` goes to the reason; ArrowDown picks one; Enter rejects -----------------
    reason = page.locator("#id_reason")
    expect(reason).to_have_value("")
    page.keyboard.press("r")
    expect(reason).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(reason).to_have_value(Review.RejectReason.PERSONAL_DATA)
    page.keyboard.press("Enter")
    page.wait_for_url(review_url.format(to_skip.pk))
    to_reject.refresh_from_db()
    assert to_reject.state == Sample.State.REJECTED
    assert "review: Personal data left in" in to_reject.reasons
    assert reviews_of(to_reject) == [(reviewer.pk, "rita", "reject", "", "personal_data")]

    # -- skip: `s` passes; the sample stays in the queue for the others ---------------------
    page.keyboard.press("s")
    page.wait_for_url(review_url.format(last.pk))
    to_skip.refresh_from_db()
    assert (to_skip.state, to_skip.claimed_by_id) == (Sample.State.PENDING_REVIEW, None)
    assert reviews_of(to_skip) == [(reviewer.pk, "rita", "skip", "", "")]

    # -- next: from a decided sample, `n` goes back to the one this reviewer holds ----------
    page.goto(review_url.format(to_reject.pk))
    expect(page.locator("#decided")).to_contain_text("Rejected")
    page.keyboard.press("n")
    page.wait_for_url(review_url.format(last.pk))
    last.refresh_from_db()
    assert (last.state, last.claimed_by_id) == (Sample.State.PENDING_REVIEW, reviewer.pk)
    assert reviews_of(last) == []

    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert failed == []
