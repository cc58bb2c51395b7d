"""Demo caseload of the demo counsellor (conseillere@example.org): 33 job seekers with varied,
realistic progress, so that every caseload flag shows on first run, plus notes and appointments.
The demo learner (apprenant@example.org) is linked to her too, with a shared note and a planned
appointment at the agency.

Activity goes through the real services (enrolment, completion, quiz attempts), then its dates
are moved back in time. Idempotent: a demo job seeker who already exists is left as is, and a
learner who withdrew consent is not linked again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from cms import roles
from cms.counselling.models import CounsellorLink, Note
from cms.counselling.services import counsellor_profile, link_accept, note_create
from courses.models import CoursePage, Enrollment, StepCompletion
from courses.selectors import course_outline
from courses.services import certificate_issue, enrollment_create, step_complete
from quizzes import grading
from quizzes.models import QuizAttempt, QuizPage
from quizzes.services import attempt_start, attempt_submit

COUNSELLOR = "conseillere@example.org"
DEMO_LEARNER = "apprenant@example.org"
CV = "reussir-son-cv"
SEARCH = "organiser-sa-recherche-d-emploi"
LIMITED_QUIZ = "quiz-construire-un-cv-clair"  # 3 attempts
OPEN_QUIZ = "quiz-le-regard-du-recruteur"  # unlimited attempts


@dataclass(frozen=True)
class Seeker:
    first_name: str
    last_name: str
    scenario: str  # progressing, inactive, stalled, failed, exhausted, low, completed, new
    course: str = CV
    share: float = 0.5  # part of the course done
    days: int = 2  # days since the last activity
    confidence: int = 4  # answer to self-assessments (1-5)


SEEKERS = [
    Seeker("Aïcha", "Diallo", "progressing", share=0.8, days=1, confidence=4),
    Seeker("Mehdi", "Haddad", "inactive", share=0.3, days=21),
    Seeker("Camille", "Martin", "completed", days=3, confidence=5),
    Seeker("Lan", "Nguyễn Thị", "stalled", course=SEARCH, share=0.4, days=2),
    Seeker("Łucja", "Kowalska", "failed", days=3, confidence=3),
    Seeker("Yasmine", "Benali", "low", share=0.6, days=1, confidence=1),
    Seeker("Jean-Baptiste", "Moreau", "exhausted", days=4),
    Seeker("Fatoumata", "Traoré", "progressing", course=SEARCH, share=0.6, days=0, confidence=5),
    Seeker("Kevin", "Lefebvre", "inactive", share=0.1, days=35),
    Seeker("Inès", "Rodrigues", "new", days=1),
    Seeker("Samuel", "Cohen", "stalled", share=0.5, days=3),
    Seeker("Léa", "Dubois", "progressing", share=0.5, days=2, confidence=3),
    Seeker("Moussa", "Konaté", "failed", days=6, confidence=2),
    Seeker("Chloé", "Bernard", "completed", course=SEARCH, days=9, confidence=4),
    Seeker("Rachid", "El Amrani", "inactive", course=SEARCH, share=0.5, days=18),
    Seeker("Sandrine", "Petit", "low", course=SEARCH, share=0.5, days=4, confidence=2),
    Seeker("Tiago", "Ferreira", "progressing", share=0.4, days=5, confidence=4),
    Seeker("Amina", "Ouédraogo", "exhausted", days=8, confidence=2),
    Seeker("Lucas", "Girard", "inactive", share=0.7, days=27),
    Seeker("Nadia", "Cherif", "progressing", course=SEARCH, share=0.3, days=1, confidence=4),
    Seeker("Océane", "Lambert", "stalled", share=0.3, days=1),
    Seeker("Hugo", "Nguyen", "new", days=0),
    Seeker("Awa", "Ndiaye", "progressing", share=0.9, days=0, confidence=5),
    Seeker("Thierry", "Fontaine", "inactive", share=0.2, days=44),
    Seeker("Sofia", "Rossi", "failed", days=2, confidence=4),
    Seeker("Bilal", "Mansouri", "progressing", course=SEARCH, share=0.8, days=3, confidence=3),
    Seeker("Manon", "Roux", "completed", days=12, confidence=4),
    Seeker("Ibrahim", "Sow", "stalled", course=SEARCH, share=0.6, days=4),
    Seeker("Élodie", "Garnier", "low", share=0.4, days=6, confidence=2),
    Seeker("Kofi", "Mensah", "progressing", share=0.2, days=2, confidence=4),
    Seeker("Marie-Claire", "Lemoine", "inactive", course=SEARCH, share=0.2, days=16),
    Seeker("Dylan", "Perrin", "progressing", share=0.6, days=7, confidence=3),
    Seeker("Zeynep", "Yılmaz", "exhausted", days=1, confidence=3),
]

NOTES = {
    "Mehdi Haddad": (
        "Pas de nouvelles depuis trois semaines. Message laissé sur son répondeur.\n\n"
        "- le rappeler en début de semaine\n- lui proposer l'atelier CV du jeudi",
        False,
        None,
    ),
    "Jean-Baptiste Moreau": (
        "Le quiz sur le CV clair bloque : on reprend ensemble la leçon sur les rubriques "
        "avant de lui rouvrir une tentative.",
        True,
        (5, "agency"),
    ),
    "Yasmine Benali": (
        "Se sent **peu sûre d'elle** pour son CV. Bon dynamisme par ailleurs. Idée : une "
        "simulation d'entretien pour reprendre confiance.",
        False,
        None,
    ),
}


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message + "\n")


def _answers(questions, *, right: int, confidence: int) -> dict:
    """The first `right` graded questions answered correctly, the others wrongly."""
    answers, graded = {}, 0
    for q in questions:
        if q.type == grading.SELF_ASSESSMENT:
            answers[q.id] = confidence
            continue
        good = graded < right
        graded += 1
        correct = [c.id for c in q.choices if c.correct]
        wrong = [c.id for c in q.choices if not c.correct]
        if q.type in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
            answers[q.id] = (correct if good else wrong or correct)[0]
        elif q.type == grading.MULTIPLE_CHOICE:
            answers[q.id] = correct if good else (wrong[:1] or correct)
        elif q.type == grading.SHORT_TEXT:
            answers[q.id] = (q.accepted_answers or ("?",))[0] if good else "je ne sais pas"
        else:  # ordering
            ids = list(q.choice_ids)
            answers[q.id] = ids if good else ids[::-1]
    return answers


def _attempt(user, quiz: QuizPage, *, right: int, confidence: int) -> QuizAttempt:
    attempt = QuizAttempt.objects.filter(
        user=user, quiz=quiz, submitted_at__isnull=True
    ).first() or attempt_start(user=user, quiz=quiz)
    questions = grading.attempt_questions(quiz.get_questions(), attempt.question_order)
    return attempt_submit(
        attempt=attempt, answers=_answers(questions, right=right, confidence=confidence)
    )


def _steps(course: CoursePage):
    return [(step, step.page.specific) for step in course_outline(course).steps]


def _play(user, course: CoursePage, seeker: Seeker) -> None:
    """Do the seeker's part of the course through the services (dates fixed afterwards)."""
    enrollment_create(user=user, course=course)
    steps = _steps(course)
    if seeker.scenario == "new":
        return
    if seeker.scenario in {"failed", "exhausted"}:
        stop_slug = LIMITED_QUIZ if seeker.scenario == "exhausted" else OPEN_QUIZ
    else:
        stop_slug = None
    done_target = len(steps) if seeker.scenario == "completed" else round(seeker.share * len(steps))
    for index, (step, page) in enumerate(steps):
        if isinstance(page, QuizPage):
            if page.slug == stop_slug:
                tries = page.max_attempts or 2
                for _try in range(tries):
                    _attempt(user, page, right=1, confidence=seeker.confidence)
                Enrollment.objects.filter(user=user, course=course).update(last_step=step.page)
                return
            if index >= done_target and stop_slug is None:
                break
            _attempt(user, page, right=99, confidence=seeker.confidence)
        else:
            if index >= done_target and stop_slug is None:
                break
            step_complete(user=user, step=step.page)
        Enrollment.objects.filter(user=user, course=course).update(last_step=step.page)
    if steps and stop_slug is None and index + 1 < len(steps):
        Enrollment.objects.filter(user=user, course=course).update(last_step=steps[index][0].page)


def _backdate(user, course: CoursePage, seeker: Seeker, now) -> None:
    """Spread the activity over the weeks before `days` ago, as a real learner's would be."""
    last = now - timedelta(days=seeker.days, hours=3)
    # "Stuck" learners still visit, but completed nothing for three weeks.
    last_progress = last - timedelta(days=20) if seeker.scenario == "stalled" else last
    start = last_progress - timedelta(days=24)
    completions = list(StepCompletion.objects.filter(user=user).order_by("pk"))
    attempts = list(QuizAttempt.objects.filter(user=user).order_by("pk"))
    count = max(len(completions) + len(attempts), 1)
    events = sorted(
        completions + attempts, key=lambda r: getattr(r, "completed_at", None) or r.started_at
    )
    for i, row in enumerate(events):
        at = start + (last_progress - start) * (i + 1) / count
        if isinstance(row, StepCompletion):
            StepCompletion.objects.filter(pk=row.pk).update(completed_at=at)
        else:
            QuizAttempt.objects.filter(pk=row.pk).update(
                started_at=at - timedelta(minutes=12), submitted_at=at
            )
    enrollment = Enrollment.objects.get(user=user, course=course)
    enrollment.enrolled_at = start - timedelta(days=2)
    enrollment.last_activity_at = None if seeker.scenario == "new" else last
    if enrollment.completed_at:
        enrollment.completed_at = last_progress
    Enrollment.objects.filter(pk=enrollment.pk).update(
        enrolled_at=enrollment.enrolled_at,
        last_activity_at=enrollment.last_activity_at,
        completed_at=enrollment.completed_at,
    )
    if seeker.scenario == "new":
        Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=last)


def _seeker_user(seeker: Seeker, learners: Group):
    User = get_user_model()
    # "Łucja Kowalska" -> demo.lucja.kowalska@example.org (accents dropped, ASCII only).
    name = f"{seeker.first_name}.{seeker.last_name}".translate(str.maketrans("łŁı", "lLi"))
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = "".join(ch for ch in ascii_name.replace(" ", "-") if ch.isalnum() or ch in ".-")
    email = f"demo.{slug}@example.org"
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user, False
    user = User.objects.create_user(
        email=email, first_name=seeker.first_name, last_name=seeker.last_name
    )  # no password: these accounts never sign in
    user.groups.add(learners)
    return user, True


def load_demo_counselling(stdout=None) -> dict:
    User = get_user_model()
    counsellor = User.objects.filter(email__iexact=COUNSELLOR).first()
    if counsellor is None:
        _write(stdout, f"Suivi de démo ignoré : compte {COUNSELLOR} introuvable.")
        return {}
    profile = counsellor_profile(user=counsellor)
    courses = {c.slug: c for c in CoursePage.objects.live().filter(slug__in=[CV, SEARCH])}
    if len(courses) < 2:
        _write(stdout, "Suivi de démo ignoré : les cours de démonstration sont introuvables.")
        return {}
    learners = Group.objects.get(name=roles.LEARNERS)
    now = timezone.now()
    created = 0
    for seeker in SEEKERS:
        user, new = _seeker_user(seeker, learners)
        if not new:
            continue
        created += 1
        link, _ = link_accept(learner=user, profile=profile)
        course = courses[seeker.course]
        _play(user, course, seeker)
        enrollment = Enrollment.objects.get(user=user, course=course)
        if enrollment.completed_at:
            certificate_issue(enrollment=enrollment)
        _backdate(user, course, seeker, now)
        linked_days = 3 if seeker.scenario == "new" else 40 + seeker.days
        CounsellorLink.objects.filter(pk=link.pk).update(
            consented_at=now - timedelta(days=linked_days)
        )
        full_name = f"{seeker.first_name} {seeker.last_name}"
        if full_name in NOTES:
            body, shared, appointment = NOTES[full_name]
            when = None
            if appointment:
                when = (now + timedelta(days=appointment[0])).replace(
                    hour=10, minute=30, second=0, microsecond=0
                )
            note = note_create(
                learner=user,
                author=counsellor,
                body=body,
                shared=shared,
                appointment_at=when,
                appointment_mode=appointment[1] if appointment else "",
            )
            Note.objects.filter(pk=note.pk).update(created_at=now - timedelta(days=seeker.days + 5))

    demo_learner = User.objects.filter(email__iexact=DEMO_LEARNER).first()
    if (
        demo_learner is not None
        and not CounsellorLink.objects.filter(counsellor=counsellor, learner=demo_learner).exists()
    ):
        link_accept(learner=demo_learner, profile=profile)
        when = (now + timedelta(days=3)).replace(hour=14, minute=0, second=0, microsecond=0)
        note_create(
            learner=demo_learner,
            author=counsellor,
            body="Bravo pour votre certificat « Réussir son CV » !\n\n"
            "Pour notre prochain rendez-vous :\n"
            "- apportez votre tableau de suivi des candidatures\n"
            "- choisissez deux offres qui vous intéressent\n\n"
            "Le module *Définir sa cible* vous aidera à préparer ce rendez-vous.",
            shared=True,
            appointment_at=when,
            appointment_mode=Note.Mode.AGENCY,
        )
        note_create(
            learner=demo_learner,
            author=counsellor,
            body="Motivé, à l'aise à l'écrit. Piste : métiers de la logistique.",
            shared=False,
        )
    total = CounsellorLink.objects.active().filter(counsellor=counsellor).count()
    followed = "personne suivie" if total < 2 else "personnes suivies"  # 0 is singular in French
    new = "créée" if created < 2 else "créées"
    _write(
        stdout,
        f"Suivi de démo : {total} {followed} par {COUNSELLOR} "
        f"({created} {new}), code d'invitation {profile.display_code}.",
    )
    return {"created": created, "total": total}
