"""'Mes données', printable summary: the export for a person to read (labels, dates, no ids)."""

import datetime as dt
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cms.accounts import summary
from courses.models import Enrollment
from courses.services import step_complete
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory, build_course
from tests.quizzes.factories import QuizPageFactory
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db

FIRST_OF_DECEMBER = dt.datetime(2026, 12, 1, 9, 5, tzinfo=dt.UTC)  # 10:05 in Paris


@pytest.fixture
def learner_with_activity(django_capture_on_commit_callbacks):
    learner = UserFactory(first_name="Łucja", last_name="Nguyễn Thị")
    course, lessons = build_course(modules=1, lessons_per_module=2, title="Réussir son CV")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            step_complete(user=learner, step=lesson)
    Enrollment.objects.filter(user=learner).update(enrolled_at=FIRST_OF_DECEMBER)
    quiz = QuizPageFactory(title="Quiz : le regard du recruteur")
    attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    return learner


def page_text(response) -> str:
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return re.sub(r"\s+", " ", main.get_text(" "))


def test_summary_shows_courses_certificates_and_quizzes_for_people(client, learner_with_activity):
    learner = learner_with_activity
    certificate = learner.certificates.get()
    client.force_login(learner)
    response = client.get(reverse("accounts:my_data_summary"))
    assert "no-store" in response["Cache-Control"]
    text = page_text(response)
    for heading in ["Mon compte", "Mes cours", "Mes quiz", "Sécurité de connexion"]:
        assert heading in text
    assert "Łucja" in text and learner.email in text
    assert "Réussir son CV" in text
    # Flat lists are tables; on a phone each cell repeats its column name ("Commencé le : ...").
    assert "Commencé le : 1er décembre 2026 à 10:05" in text
    assert f"Code de vérification : {certificate.display_code}" in text
    assert "Quiz : le regard du recruteur" in text
    assert "Votre réponse" in text and "un CV" in text  # the free-text answer, as typed
    assert "Réussi Non" in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", text)  # no ISO timestamps
    assert "certificates/" not in text  # storage paths stay in the JSON


def test_summary_is_the_requesters_only(client, learner_with_activity, other_learner):
    client.force_login(other_learner)
    text = page_text(client.get(reverse("accounts:my_data_summary")))
    assert "Réussir son CV" not in text
    assert learner_with_activity.email not in text
    assert "Cours suivis (0)" in text


def test_summary_needs_a_login(client):
    response = client.get(reverse("accounts:my_data_summary"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_summary_in_english(client, learner_with_activity):
    client.force_login(learner_with_activity)
    with translation.override("en"):
        url = reverse("accounts:my_data_summary")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    text = page_text(client.get(url))
    assert "My courses" in text
    assert "1 December 2026 at 10:05" in text


def test_any_section_of_the_registry_is_rendered():
    data = {
        "format_version": 1,
        "newapp": {
            "badges": [
                {
                    "badge_id": 7,
                    "won_at": "2026-12-01T09:05:00+00:00",
                    "shared": True,
                    "score": 87.5,
                    "steps": [{"name": "Étape 1", "done_at": None}],
                }
            ],
            "nickname": "Lulu",
        },
    }
    with translation.override("fr"):
        [section] = summary.export_summary(data)
    assert section.title == "Newapp"
    assert [(f.label, f.text) for f in section.fields] == [("Nickname", "Lulu")]
    [group] = section.groups
    assert group.label == "Badges"
    [record] = group.records
    assert [(f.label, f.text) for f in record[:3]] == [
        ("Won at", "1er décembre 2026 à 10:05"),
        ("Shared", "Oui"),
        ("Score (%)", "87,5"),
    ]
    assert [(f.label, f.text) for f in record[3].records[0]] == [
        ("Name", "Étape 1"),
        ("Done at", "—"),
    ]


def test_my_data_page_offers_the_summary_and_tells_the_truth_about_json(client, learner):
    client.force_login(learner)
    response = client.get(reverse("accounts:my_data"))
    html = response.content.decode()
    assert reverse("accounts:my_data_summary") in html
    assert "lisible par un tableur" not in html
    assert "un tableur ne l'ouvre pas" in html


def test_one_word_for_certificates():
    """French says "certificat", English "certificate": no attestation, diploma or variants."""
    root = Path(settings.BASE_DIR)
    templates = [
        p for app in ("cms", "courses", "lessons", "quizzes") for p in (root / app).rglob("*.html")
    ]
    wrong = re.compile(r"attestation|certificate of (completion|achievement)|diploma", re.I)
    offenders = [str(p.relative_to(root)) for p in templates if wrong.search(p.read_text())]
    po = (root / "cms/locale/en/LC_MESSAGES/django.po").read_text()
    msgstrs = re.findall(r'^msgstr "(.*)"$', po, re.M)
    offenders += [m for m in msgstrs if wrong.search(m)]
    assert offenders == []
