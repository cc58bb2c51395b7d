"""Editor validation of question blocks, and stable ids across edits."""

import pytest
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.test.utils.form_data import nested_form_data, streamfield

from quizzes import stream_data
from quizzes.blocks import QuestionStreamBlock
from quizzes.models import QuizPage
from quizzes.question_types.multiple_choice import MultipleChoiceBlock
from quizzes.question_types.ordering import OrderingBlock
from quizzes.question_types.short_text import ShortTextBlock
from quizzes.question_types.single_choice import SingleChoiceBlock
from quizzes.selectors import attempt_for_owner, attempt_review
from quizzes.services import attempt_start, attempt_submit
from tests.factories import build_course
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers


def messages(error):
    data = error.as_json_data()
    return str(data)


def choices(*flags):
    return [{"text": f"Réponse {i}", "is_correct": f, "feedback": ""} for i, f in enumerate(flags)]


@pytest.mark.parametrize("flags", [(False, False), (True, True, False)])
def test_single_choice_needs_exactly_one_correct_choice(flags):
    block = SingleChoiceBlock()
    with pytest.raises(Exception) as error:
        block.clean(
            block.to_python({"question": "?", "choices": choices(*flags), "explanation": ""})
        )
    assert "Cochez exactement une bonne réponse" in messages(error.value)


def test_single_choice_with_one_correct_choice_is_valid():
    block = SingleChoiceBlock()
    block.clean(
        block.to_python({"question": "?", "choices": choices(True, False), "explanation": ""})
    )


def test_multiple_choice_needs_a_correct_choice():
    block = MultipleChoiceBlock()
    with pytest.raises(Exception) as error:
        block.clean(
            block.to_python({"question": "?", "choices": choices(False, False), "explanation": ""})
        )
    assert "Cochez au moins une bonne réponse" in messages(error.value)


def test_ordering_needs_two_items():
    block = OrderingBlock()
    with pytest.raises(Exception) as error:
        block.clean(block.to_python({"question": "?", "items": ["Seul"], "explanation": ""}))
    assert "au moins 2 éléments" in messages(error.value)


@pytest.mark.parametrize("accepted", [[], ["  ?! "]])
def test_short_text_needs_an_accepted_answer(accepted):
    block = ShortTextBlock()
    with pytest.raises(Exception) as error:
        block.clean(
            block.to_python({"question": "?", "accepted_answers": accepted, "explanation": ""})
        )
    assert "au moins une réponse acceptée" in messages(error.value)


def test_every_block_has_a_preview_value_description_and_icon():
    for name, block in QuestionStreamBlock().child_blocks.items():
        assert block.meta.icon and block.meta.description, name
        block.clean(block.normalize(block.meta.preview_value))


@pytest.mark.django_db
def test_admin_refuses_an_ill_formed_question(client, admin_user):
    quiz = QuizPageFactory()
    client.force_login(admin_user)
    data = nested_form_data(
        {
            "title": quiz.title,
            "slug": quiz.slug,
            "intro": "",
            "questions": streamfield(
                [
                    (
                        "single_choice",
                        {
                            "question": "Laquelle ?",
                            "choices": streamfield([])
                            | {
                                "count": 2,
                                "0": {
                                    "value": {"text": "A", "is_correct": "", "feedback": ""},
                                    "deleted": "",
                                    "order": "0",
                                },
                                "1": {
                                    "value": {"text": "B", "is_correct": "", "feedback": ""},
                                    "deleted": "",
                                    "order": "1",
                                },
                            },
                            "explanation": "",
                        },
                    )
                ]
            ),
            "pass_mark": 70,
            "max_attempts": "",
            "grading_method": "highest",
            "feedback_timing": "immediate",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[quiz.pk]), data)
    assert response.status_code == 200  # re-rendered with errors, nothing saved
    error = response.context["form"].errors["questions"].as_data()[0]
    assert "Cochez exactement une bonne réponse" in messages(error)
    assert not QuizPage.objects.get(pk=quiz.pk).has_unpublished_changes


@pytest.mark.django_db
def test_rewording_keeps_question_and_choice_ids_and_history(learner):
    quiz = QuizPageFactory()
    attempt = attempt_submit(
        attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers()
    )
    page = QuizPage.objects.get(pk=quiz.pk)
    raw = page.questions.raw_data
    raw = [dict(block) for block in raw]
    raw[0] = {**raw[0], "value": {**raw[0]["value"], "question": "Nouvelle formulation ?"}}
    page.questions = StreamValue(page.questions.stream_block, raw, is_lazy=True)
    page.save_revision().publish()
    page = QuizPage.objects.get(pk=quiz.pk)
    assert [q.id for q in page.get_questions()] == [b["id"] for b in sample_questions()[0]]
    review = attempt_review(attempt_for_owner(learner, attempt.pk))
    assert review[0].question.prompt == "Nouvelle formulation ?"
    assert review[0].answer.response == "c-loisirs"
    assert [c.id for c in review[0].choices] == ["c-formation", "c-loisirs", "c-photo"]


def test_authoring_ids_survive_to_python():
    block = QuestionStreamBlock()
    value = block.to_python(
        [stream_data.single_choice("?", [("A", True), ("B", False)], id="x", ids=["a", "b"])]
    )
    child = value[0] if not hasattr(value, "_raw_data") else list(value)[0]
    assert value.raw_data[0]["id"] == "x"
    assert [c.id for c in child.value["choices"].bound_blocks] == ["a", "b"]


def test_every_graded_question_offers_a_lesson_to_revise_limited_to_lessons():
    for name, block in QuestionStreamBlock().child_blocks.items():
        lesson = block.child_blocks.get("lesson")
        if name == "self_assessment":
            assert lesson is None
            continue
        assert lesson is not None and not lesson.required, name
        assert lesson.page_type == ["lessons.LessonPage"]  # a string: quizzes never import lessons
        assert lesson.target_model.__name__ == "LessonPage"


@pytest.mark.django_db
def test_the_lesson_to_revise_is_kept_by_id_and_dropped_once_deleted():
    _course, lessons = build_course(modules=1, lessons_per_module=1)
    quiz = QuizPageFactory(
        questions=[
            stream_data.single_choice(
                "?", [("A", True), ("B", False)], id="q", lesson=lessons[0].pk
            )
        ]
    )
    assert QuizPage.objects.get(pk=quiz.pk).get_questions()[0].lesson_id == lessons[0].pk
    lessons[0].delete()
    assert QuizPage.objects.get(pk=quiz.pk).get_questions()[0].lesson_id is None
