"""The demo quizzes: one at the end of every module of the demo courses, loaded idempotently."""

import pytest
from wagtail.models import Revision

from cms.demo.load import load_all
from cms.demo.quizzes import load_demo_quizzes
from courses.models import CoursePage, ModulePage
from quizzes import grading
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit

COURSES = [
    "reussir-son-cv",
    "organiser-sa-recherche-d-emploi",
    "preparer-un-entretien-d-embauche",
]


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_all()
    return load_demo_quizzes()


def key_for(question):
    if question.type in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
        return next(c.id for c in question.choices if c.correct)
    if question.type == grading.MULTIPLE_CHOICE:
        return [c.id for c in question.choices if c.correct]
    if question.type == grading.ORDERING:
        return list(question.choice_ids)
    if question.type == grading.SHORT_TEXT:
        return question.accepted_answers[0]
    return 4


def test_every_module_ends_with_a_valid_quiz_and_every_type_is_used(demo, learner):
    assert len(demo) == 9
    for slug in COURSES:
        course = CoursePage.objects.get(slug=slug)
        types = set()
        for module in ModulePage.objects.child_of(course):
            last = module.get_children().order_by("-path").first().specific
            assert isinstance(last, QuizPage) and last.live
            last.questions.stream_block.clean(last.questions)  # passes the editor's validation
            types |= {q.type for q in last.get_questions()}
            answers = {q.id: key_for(q) for q in last.get_questions()}
            attempt = attempt_submit(
                attempt=attempt_start(user=learner, quiz=last), answers=answers
            )
            assert attempt.score == 100.0
        assert types == set(grading.QUESTION_TYPES), slug
    assert QuizPage.objects.filter(is_practice=True).count() >= 1


def test_loading_twice_changes_nothing(demo):
    ids = {q.pk: [x.id for x in q.get_questions()] for q in QuizPage.objects.all()}
    revisions = Revision.objects.count()
    again = load_demo_quizzes()
    assert len(again) == 9 and QuizPage.objects.count() == 9
    assert Revision.objects.count() == revisions
    assert {q.pk: [x.id for x in q.get_questions()] for q in QuizPage.objects.all()} == ids


def test_quiz_texts_keep_french_typography(demo):
    for quiz in QuizPage.objects.all():
        texts = [quiz.title, quiz.intro] + [q.prompt for q in quiz.get_questions()]
        texts += [c.text for q in quiz.get_questions() for c in q.choices]
        for text in texts:
            assert not any(f" {mark}" in text for mark in ":;!?»"), text
            assert "« " not in text, text
