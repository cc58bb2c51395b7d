"""A counsellor at 390 px and 1280 px: filter the caseload to inactive learners, open one, write a
shared note, print the meeting brief; the learner sees the note and the access record, withdraws
consent, and the counsellor loses access. axe-core: no serious or critical violation on any
counsellor page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms import roles
from courses.models import Enrollment, StepCompletion
from courses.services import step_complete
from quizzes.services import attempt_start, attempt_submit
from tests.counselling.factories import link
from tests.factories import CourseIndexPageFactory, UserFactory, build_course
from tests.quizzes.factories import QuizPageFactory
from tests.quizzes.test_services import wrong_answers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def caseload():
    index = CourseIndexPageFactory()
    course, lessons = build_course(
        modules=2, lessons_per_module=2, index=index, title="Réussir son CV"
    )
    quiz = QuizPageFactory(parent=lessons[1].get_parent(), title="Quiz du CV", max_attempts=2)
    counsellor = UserFactory(first_name="Sophie", last_name="Marchand", groups=[roles.COUNSELLORS])
    quiet = UserFactory(first_name="Mehdi", last_name="Haddad", groups=[roles.LEARNERS])
    busy = UserFactory(first_name="Awa", last_name="Ndiaye", groups=[roles.LEARNERS])
    for learner in (quiet, busy):
        link(counsellor, learner)
        step_complete(user=learner, step=lessons[0])
    attempt = attempt_submit(attempt=attempt_start(user=quiet, quiz=quiz), answers=wrong_answers())
    past = timezone.now() - timedelta(days=30)
    Enrollment.objects.filter(user=quiet).update(enrolled_at=past, last_activity_at=past)
    StepCompletion.objects.filter(user=quiet).update(completed_at=past)
    attempt.__class__.objects.filter(pk=attempt.pk).update(started_at=past, submitted_at=past)
    return {"counsellor": counsellor, "quiet": quiet, "busy": busy, "attempt": attempt}


@pytest.mark.parametrize("device", ["phone_page", "desktop_page"])
def test_counsellor_journey(
    request,
    device,
    caseload,
    login,
    assert_accessible,
    assert_no_horizontal_scroll,
    screenshot,
    tmp_path,
):
    from playwright.sync_api import expect

    page = request.getfixturevalue(device)
    counsellor, quiet = caseload["counsellor"], caseload["quiet"]
    login(page, counsellor)

    # The caseload, filtered to inactive learners.
    page.goto("/conseil/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes demandeurs d'emploi")
    assert_accessible(page)
    assert_no_horizontal_scroll(page)
    page.select_option("#id_flag", "inactive")
    page.get_by_role("button", name="Afficher").click()
    rows = page.locator("[data-learner]:visible")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Mehdi Haddad")
    expect(rows.first).to_contain_text("Inactif depuis 14 jours")
    screenshot(page, "counsellor-caseload-inactive")
    assert_accessible(page)

    # Open the learner; write a shared note.
    rows.first.get_by_role("link", name="Mehdi Haddad").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mehdi Haddad")
    assert_accessible(page)
    assert_no_horizontal_scroll(page)
    page.fill("#id_body", "Bonjour Mehdi, on se voit **jeudi** pour reprendre le CV.")
    page.get_by_label("Partagée avec la personne").check()
    page.get_by_role("button", name="Enregistrer la note").click()
    expect(page.get_by_role("status").first).to_contain_text("partagée avec la personne")
    screenshot(page, "counsellor-learner-detail")
    assert_accessible(page)

    # The attempt drill-down, the invitation code page and the note editor pass axe too.
    detail_url = page.url.split("#")[0]
    page.get_by_role("link", name="Voir les réponses").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz du CV")
    assert_accessible(page)
    page.goto(detail_url)
    page.get_by_role("link", name="Modifier").first.click()
    expect(page.locator("#id_body")).to_have_value(
        "Bonjour Mehdi, on se voit **jeudi** pour reprendre le CV."
    )
    assert_accessible(page)
    page.goto("/conseil/mon-code/")
    assert_accessible(page)

    # The meeting brief, printed: one page, navigation hidden.
    page.goto(detail_url)
    page.get_by_role("link", name="Préparer le rendez-vous").click()
    expect(page.get_by_role("heading", name="Sujets à aborder")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "counsellor-brief")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Navigation principale")).to_be_hidden()
    expect(page.get_by_role("button", name="Imprimer la fiche")).to_be_hidden()
    pdf = page.pdf(path=str(tmp_path / "fiche.pdf"), format="A4", print_background=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages == 1, f"the brief prints on {pages} pages"
    page.emulate_media(media="screen")

    # The learner sees the shared note and the access record, then withdraws.
    page.context.clear_cookies()
    login(page, quiet)
    page.goto("/apprendre/mon-parcours/")
    section = page.locator("[data-section=counselling]")
    expect(section).to_contain_text("Bonjour Mehdi")
    expect(section.locator("strong", has_text="jeudi")).to_be_visible()
    page.goto("/compte/mes-donnees/")
    log = page.locator("[data-access-log]")
    expect(log).to_contain_text("Sophie Marchand")
    expect(log).to_contain_text("a consulté votre suivi")
    expect(log).to_contain_text("a préparé la fiche de rendez-vous")
    screenshot(page, "learner-my-data")
    assert_accessible(page)
    page.goto("/conseil/mon-conseiller/")
    assert_accessible(page)
    page.get_by_role("button", name="Arrêter le partage avec Sophie Marchand").click()
    expect(page.get_by_role("status").first).to_contain_text("n'a plus accès")

    # The counsellor has lost access at once.
    page.context.clear_cookies()
    login(page, counsellor)
    response = page.goto(detail_url)
    assert response.status == 404
    page.goto("/conseil/")
    expect(page.locator("[data-learner]:visible")).to_have_count(1)
    expect(page.locator("[data-learner]:visible").first).to_contain_text("Awa Ndiaye")
