"""The Content-Security-Policy breaks nothing: a lesson with a video, the learner's pages and the
Wagtail admin (editor, preview) load in Chromium without a single CSP violation."""

import pytest
from django.core.files.base import ContentFile

from tests.factories import CourseIndexPageFactory, DocumentFactory, build_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Every violation the page reports, from the moment it starts loading.
LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


@pytest.fixture
def lesson_with_video():
    video = DocumentFactory(file=ContentFile(b"\x1aE\xdf\xa3" + b"\0" * 64, name="cv.webm"))
    captions = DocumentFactory(file=ContentFile(b"WEBVTT\n", name="cv.vtt"))
    _course, lessons = build_course(
        modules=1, lessons_per_module=1, index=CourseIndexPageFactory(), title="Réussir son CV"
    )
    lesson = lessons[0]
    lesson.body = [
        (
            "video",
            {
                "title": "Les trois zones du CV",
                "video": video,
                "captions": captions,
                "transcript": "<p>Le haut du CV est lu en premier.</p>",
            },
        ),
        ("paragraph", "<p>Un recruteur lit d'abord le haut du CV.</p>"),
    ]
    lesson.save_revision().publish()
    return lesson


def _violations(page, path):
    messages = []
    page.on(
        "console",
        lambda m: messages.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(path, wait_until="networkidle")
    return page.evaluate("window.__csp") + messages


def test_no_csp_violation_on_the_site_and_in_the_admin(
    desktop_page, login, lesson_with_video, admin_user, learner
):
    page = desktop_page
    page.context.add_init_script(LISTEN)
    assert _violations(page, lesson_with_video.url) == []
    assert page.locator("video track").count() == 1

    login(page, learner)
    for path in ["/apprendre/mon-parcours/", "/compte/", "/compte/mes-donnees/"]:
        assert _violations(page, path) == [], path

    login(page, admin_user)
    course = lesson_with_video.get_parent().get_parent()
    for path in [
        "/admin/",
        f"/admin/pages/{course.pk}/",
        f"/admin/pages/{lesson_with_video.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
    ]:
        assert _violations(page, path) == [], path
    # The live preview of the lesson, in the editor's side panel.
    page.goto(f"/admin/pages/{lesson_with_video.pk}/edit/", wait_until="networkidle")
    page.locator("button[data-side-panel-toggle='preview']").click()
    preview = page.locator("iframe[data-w-preview-target='iframe']").last.content_frame
    preview.locator("video").wait_for(state="attached")
    frames = [frame for frame in page.frames if "preview" in frame.url]
    assert frames, "the preview did not load"
    for frame in [page.main_frame, *frames]:
        assert frame.evaluate("window.__csp || []") == [], frame.url
