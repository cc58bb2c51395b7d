"""Private files stay private; pages with personal data are never stored; the CSP header."""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment
from courses.services import certificate_issue, step_complete
from tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner):
    _course, lessons = build_course(modules=1, lessons_per_module=1)
    step_complete(user=learner, step=lessons[0])
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.completed_at <= timezone.now()
    return certificate_issue(enrollment=enrollment)


def test_certificate_pdfs_live_outside_media_root_with_no_public_address(settings, certificate):
    path = certificate.file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        certificate.file.url  # noqa: B018 (a property that must refuse)


def test_the_media_url_of_a_certificate_answers_404(client, settings, certificate):
    settings.DEBUG = True  # the development server serves MEDIA_ROOT
    client.force_login(certificate.user)
    assert client.get(f"/media/{certificate.file.name}").status_code == 404


def test_only_the_owner_downloads_the_certificate(client, certificate, other_learner):
    url = reverse("courses:certificate_download", args=[certificate.pk])
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert "no-store" in response["Cache-Control"]


PRIVATE_URLS = [
    "accounts:profile",
    "accounts:password_change",
    "accounts:my_data",
    "accounts:my_data_export",
    "accounts:delete",
    "dashboard:home",
]


@pytest.mark.parametrize("name", PRIVATE_URLS)
def test_pages_with_personal_data_are_never_stored(client, learner, name):
    client.force_login(learner)
    response = client.get(reverse(name))
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_a_quiz_attempt_review_is_never_stored(client, learner):
    from quizzes.services import attempt_start, attempt_submit
    from tests.quizzes.factories import QuizPageFactory
    from tests.quizzes.test_services import wrong_answers

    quiz = QuizPageFactory(max_attempts=3)
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt, answers=wrong_answers())
    client.force_login(learner)
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]), follow=True)
    assert response.status_code == 200 and response.redirect_chain  # the quiz page's result
    assert "no-store" in response["Cache-Control"]


def test_the_private_page_helpers_work_for_functions_and_classes(rf):
    from django.http import HttpResponse
    from django.views import View

    from cms.http import PrivatePageMixin, private_page

    @private_page
    def view(request):
        return HttpResponse("x")

    class ClassView(PrivatePageMixin, View):
        def get(self, request):
            return HttpResponse("x")

    for response in (view(rf.get("/")), ClassView.as_view()(rf.get("/"))):
        assert "no-store" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]


def test_public_pages_carry_a_strict_csp(client):
    response = client.get("/")
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no inline script on the public site
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"


def test_the_admin_gets_its_additions_only(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]
