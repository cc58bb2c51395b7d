"""`manage.py generate_scale_data` (cms.scale_data) at size XS: counts, consistency, seed."""

import json
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from cms import roles, scale_data
from cms.counselling.models import CounsellorLink, CounsellorProfile
from cms.scale_data import activity
from courses.models import Certificate, CoursePage, Enrollment, StepCompletion
from courses.selectors import course_outline
from quizzes import grading
from quizzes.models import QuizAnswer, QuizAttempt, QuizPage

pytestmark = pytest.mark.django_db
ANCHOR = datetime(2026, 6, 1, tzinfo=UTC)


def _scale_users():
    return get_user_model().objects.filter(email__endswith=f"@{scale_data.EMAIL_DOMAIN}")


def test_the_command_writes_what_it_reports():
    out = StringIO()
    call_command("generate_scale_data", size="XS", seed=3, stdout=out)
    output = out.getvalue()
    assert "Size XS generated in" in output

    learners = _scale_users().filter(groups__name=roles.LEARNERS)
    assert learners.count() == scale_data.SIZES["XS"]
    assert _scale_users().filter(groups__name=roles.COUNSELLORS).count() == 1
    courses = CoursePage.objects.filter(slug__startswith="echelle-")
    assert courses.count() == scale_data.COURSES["XS"]
    for course in courses:
        assert len(course_outline(course).steps) == 50
    expected = {
        "enrollments": Enrollment.objects.count(),
        "step completions": StepCompletion.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "quiz answers": QuizAnswer.objects.count(),
        "certificates": Certificate.objects.count(),
        "caseload links": CounsellorLink.objects.count(),
        "counsellor profiles": CounsellorProfile.objects.count(),
    }
    for name, count in expected.items():
        assert f"{name:18} {count:>10,}" in output
        assert count > 0, name

    with pytest.raises(CommandError, match="--replace"):
        call_command("generate_scale_data", size="XS", stdout=StringIO())
    call_command("generate_scale_data", size="XS", seed=3, replace=True, stdout=StringIO())
    assert learners.count() == scale_data.SIZES["XS"]


def test_the_activity_follows_the_rules_of_the_site():
    report = scale_data.generate(size="S", seed=5, anchor=ANCHOR)
    links = list(CounsellorLink.objects.select_related("learner"))
    assert len(links) == report.counts["caseload links"]
    assert 0.25 < len(links) / scale_data.SIZES["S"] < 0.55  # SHARING_SHARE of the learners
    counsellors = set(
        _scale_users().filter(groups__name=roles.COUNSELLORS).values_list("pk", flat=True)
    )
    learners = set(_scale_users().filter(groups__name=roles.LEARNERS).values_list("pk", flat=True))
    assert {link.counsellor_id for link in links} <= counsellors
    assert {link.learner_id for link in links} <= learners
    assert all(link.learner.date_joined <= link.consented_at <= ANCHOR for link in links)
    assert CounsellorProfile.objects.filter(user_id__in=counsellors).count() == len(counsellors)

    quizzes = {q.pk: q for q in QuizPage.objects.all()}
    done = set(StepCompletion.objects.values_list("user_id", "step_id"))
    for attempt in QuizAttempt.objects.prefetch_related("answers"):
        quiz = quizzes[attempt.quiz_id]
        if attempt.submitted_at is None:
            assert not attempt.answers.all()
            continue
        # Regrading the stored answers gives the stored score and verdict.
        questions = grading.attempt_questions(quiz.get_questions(), attempt.question_order)
        answers = {a.question_id: a.response for a in attempt.answers.all()}
        assert set(answers) == {q.id for q in questions}
        result = grading.grade(questions, grading.validate_answers(questions, answers))
        assert result.score == attempt.score
        assert attempt.passed == (None if quiz.is_practice else result.passed(quiz.pass_mark))
        assert attempt.submitted_at <= ANCHOR
        if attempt.passed or quiz.is_practice:
            assert (attempt.user_id, quiz.pk) in done
    for user_id, step_id in done:
        if step_id in quizzes:  # a quiz step is done only through a passing submission
            assert (
                QuizAttempt.objects.filter(user_id=user_id, quiz_id=step_id)
                .exclude(passed=False)
                .filter(submitted_at__isnull=False)
                .exists()
            )
    for enrollment in Enrollment.objects.select_related("course"):
        steps = {s.page.pk for s in course_outline(enrollment.course).steps}
        mine = {s for u, s in done if u == enrollment.user_id} & steps
        assert (enrollment.completed_at is not None) == (mine == steps)
        assert hasattr(enrollment, "certificate") == (enrollment.completed_at is not None)


def _fingerprint():
    def rows(queryset, *fields):
        return sorted(json.dumps(list(r), default=str) for r in queryset.values_list(*fields))

    return {
        "users": rows(_scale_users(), "email", "first_name", "last_name", "date_joined"),
        "enrollments": rows(
            Enrollment.objects.all(),
            "user__email", "course__slug", "enrolled_at", "last_step__url_path",
            "last_activity_at", "completed_at",
        ),
        "completions": rows(
            StepCompletion.objects.all(), "user__email", "step__url_path", "completed_at"
        ),
        "attempts": rows(
            QuizAttempt.objects.all(),
            "user__email", "quiz__url_path", "number", "started_at", "submitted_at",
            "question_order", "choice_order", "score", "passed",
        ),
        "answers": rows(
            QuizAnswer.objects.all(),
            "attempt__user__email", "attempt__quiz__url_path", "attempt__number",
            "question_id", "response", "credit",
        ),
        "certificates": rows(Certificate.objects.all(), "user__email", "course__slug", "code"),
        "links": rows(
            CounsellorLink.objects.all(), "counsellor__email", "learner__email", "consented_at"
        ),
        "codes": rows(CounsellorProfile.objects.all(), "user__email", "invitation_code"),
    }  # fmt: skip


def test_the_same_seed_gives_the_same_data():
    scale_data.generate(size="XS", seed=11, anchor=ANCHOR)
    first = _fingerprint()
    scale_data.remove()
    assert not _scale_users().exists() and not scale_data.exists()
    scale_data.generate(size="XS", seed=11, anchor=ANCHOR)
    assert _fingerprint() == first


def test_another_seed_draws_other_learners():
    scale_data.generate(size="XS", seed=1, anchor=ANCHOR)
    infos = scale_data._course_infos(scale_data.content.existing_courses())

    def plans(seed):
        return [
            activity.plan_learner(
                seed=seed, index=i, courses=infos, anchor=ANCHOR, email_domain="x"
            )
            for i in range(1, 11)
        ]

    assert plans(1) == plans(1)
    assert plans(1) != plans(2)


def test_the_bench_caseload_adds_only_the_learners_not_yet_followed():
    scale_data.generate(size="XS", seed=2, anchor=ANCHOR)
    counsellor = _scale_users().get(groups__name=roles.COUNSELLORS)
    learners = list(_scale_users().filter(groups__name=roles.LEARNERS).values_list("pk", flat=True))
    before = CounsellorLink.objects.filter(counsellor=counsellor).count()
    added = scale_data.link_caseload(counsellor.pk, learners)
    assert added == len(learners) - before
    assert CounsellorLink.objects.filter(counsellor=counsellor).count() == len(learners)
    assert scale_data.link_caseload(counsellor.pk, learners) == 0
