"""The pure grading function: examples for every rule, then Hypothesis properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes import grading
from quizzes.grading import (
    Choice,
    InvalidAnswers,
    Question,
    grade,
    normalize_text,
    validate_answers,
)


def single(qid="s", correct="a", ids=("a", "b", "c")):
    return Question(qid, grading.SINGLE_CHOICE, "?", tuple(Choice(i, i, i == correct) for i in ids))


def multi(qid="m", correct=("a", "b"), ids=("a", "b", "c", "d")):
    return Question(
        qid, grading.MULTIPLE_CHOICE, "?", tuple(Choice(i, i, i in correct) for i in ids)
    )


def ordering(qid="o", ids=("1", "2", "3", "4")):
    return Question(qid, grading.ORDERING, "?", tuple(Choice(i, i, True) for i in ids))


def text(qid="t", accepted=("Lettre de motivation",)):
    return Question(qid, grading.SHORT_TEXT, "?", accepted_answers=tuple(accepted))


def scale(qid="x"):
    return Question(qid, grading.SELF_ASSESSMENT, "?")


def true_false(qid="v", answer=True):
    return Question(
        qid,
        grading.TRUE_FALSE,
        "?",
        (Choice("true", "Vrai", answer), Choice("false", "Faux", not answer)),
    )


@pytest.mark.parametrize(
    "selected, credit",
    [
        (["a", "b"], 1.0),
        (["a"], 0.5),
        (["a", "c"], 0.0),
        (["a", "b", "c"], 0.5),
        (["a", "b", "c", "d"], 0.0),
        (["c", "d"], 0.0),  # floored at 0, never negative
    ],
)
def test_multiple_choice_partial_credit(selected, credit):
    result = grade([multi()], {"m": selected})
    assert result.questions[0].credit == credit
    assert result.questions[0].is_correct is (credit == 1.0)
    assert result.score == credit * 100


@pytest.mark.parametrize(
    "order, credit",
    [
        (["1", "2", "3", "4"], 1.0),
        (["2", "1", "3", "4"], 0.5),
        (["4", "3", "2", "1"], 0.0),
        (["1", "3", "2", "4"], 0.5),
        (["2", "3", "4", "1"], 0.0),
    ],
)
def test_ordering_credit_is_the_share_of_items_in_place(order, credit):
    assert grade([ordering()], {"o": order}).questions[0].credit == credit


@pytest.mark.parametrize(
    "typed",
    [
        "lettre de motivation",
        "  LETTRE   de Motivation ! ",
        "lettre-de-motivation",
        "Léttre de motivâtion.",
    ],
)
def test_short_text_ignores_case_accents_spaces_and_punctuation(typed):
    assert grade([text()], {"t": typed}).questions[0].is_correct


@pytest.mark.parametrize("typed", ["lettre", "lettre de candidature", "", "CV"])
def test_short_text_other_answers_are_wrong(typed):
    assert grade([text()], {"t": typed}).questions[0].credit == 0.0


def test_normalize_text():
    assert normalize_text("  Élan, ÇA   va ?! ") == "elan ca va"
    assert normalize_text("ﬁche") == "fiche"  # NFKD compatibility forms


def test_self_assessment_is_kept_but_never_scored():
    result = grade([single(), scale()], {"s": "a", "x": 1})
    assert result.score == 100.0
    kept = result.by_question()["x"]
    assert kept.response == 1 and kept.credit is None and kept.is_correct is None


def test_quiz_of_only_self_assessments_scores_100():
    assert grade([scale()], {"x": 4}).score == 100.0


def test_score_is_the_mean_credit():
    questions = [single(), multi(), true_false(), ordering()]
    answers = {"s": "a", "m": ["a"], "v": "false", "o": ["2", "1", "3", "4"]}
    assert grade(questions, answers).score == pytest.approx(100 * (1 + 0.5 + 0 + 0.5) / 4)


def test_pass_mark_is_inclusive():
    result = grade([single(), single("s2")], {"s": "a", "s2": "b"})
    assert result.score == 50.0 and result.passed(50) and not result.passed(51)


def test_missing_answers_earn_nothing():
    assert grade([single(), text(), ordering(), multi()], {}).score == 0.0


@pytest.mark.parametrize(
    "answers",
    [
        {"s": "z"},
        {"s": ["a"]},
        {"s": 1},
        {"m": []},
        {"m": ["a", "a"]},
        {"m": "a"},
        {"t": "x" * 201},
        {"t": "   "},
        {"t": 3},
        {"o": ["1", "2", "3"]},
        {"o": ["1", "1", "2", "3"]},
        {"x": 0},
        {"x": 6},
        {"x": True},
        {"x": "3"},
        {"inconnue": "a"},
    ],
)
def test_validate_answers_refuses_ill_formed_answers(answers):
    questions = [single(), multi(), text(), ordering(), scale()]
    full = {"s": "a", "m": ["a"], "t": "ok", "o": ["1", "2", "3", "4"], "x": 3}
    with pytest.raises(InvalidAnswers):
        validate_answers(questions, full | answers)


def test_validate_answers_refuses_missing_answers():
    with pytest.raises(InvalidAnswers):
        validate_answers([single(), scale()], {"x": 3})


def test_attempt_order_helpers():
    questions = [single("q1"), single("q2"), single("q3")]
    assert [q.id for q in grading.attempt_questions(questions, ["q3", "gone", "q1"])] == [
        "q3",
        "q1",
    ]
    shown = grading.displayed_choices(
        single(ids=("a", "b", "c", "new")), {"s": ["c", "gone", "a", "b"]}
    )
    assert [c.id for c in shown] == ["c", "a", "b", "new"]


# -- properties ------------------------------------------------------------------------------------

ids = st.text(alphabet="abcdefgh0123456789-", min_size=1, max_size=6)


@st.composite
def question_sets(draw):
    questions = []
    for index in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(grading.QUESTION_TYPES))
        qid = f"q{index}"
        if kind in (grading.SINGLE_CHOICE, grading.MULTIPLE_CHOICE, grading.ORDERING):
            choice_ids = draw(st.lists(ids, min_size=2, max_size=6, unique=True))
            if kind == grading.SINGLE_CHOICE:
                correct = {draw(st.sampled_from(choice_ids))}
            elif kind == grading.MULTIPLE_CHOICE:
                correct = set(draw(st.lists(st.sampled_from(choice_ids), min_size=1, unique=True)))
            else:
                correct = set(choice_ids)
            choices = tuple(Choice(c, c, c in correct) for c in choice_ids)
            questions.append(Question(qid, kind, "?", choices))
        elif kind == grading.TRUE_FALSE:
            questions.append(true_false(qid, draw(st.booleans())))
        elif kind == grading.SHORT_TEXT:
            # As the block's validation requires: answers that are not only spaces/punctuation.
            accepted = draw(
                st.lists(
                    st.text(min_size=1, max_size=20).filter(normalize_text), min_size=1, max_size=3
                )
            )
            questions.append(text(qid, accepted))
        else:
            questions.append(scale(qid))
    return questions


def key_for(questions):
    answers = {}
    for q in questions:
        if q.type in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
            answers[q.id] = next(c.id for c in q.choices if c.correct)
        elif q.type == grading.MULTIPLE_CHOICE:
            answers[q.id] = [c.id for c in q.choices if c.correct]
        elif q.type == grading.ORDERING:
            answers[q.id] = list(q.choice_ids)
        elif q.type == grading.SHORT_TEXT:
            answers[q.id] = q.accepted_answers[0]
        else:
            answers[q.id] = 3
    return answers


def random_response(draw, q):
    if q.type in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
        return draw(st.sampled_from(q.choice_ids))
    if q.type == grading.MULTIPLE_CHOICE:
        return draw(st.lists(st.sampled_from(q.choice_ids), min_size=1, unique=True))
    if q.type == grading.ORDERING:
        return draw(st.permutations(q.choice_ids))
    if q.type == grading.SHORT_TEXT:
        return draw(st.text(max_size=30))
    return draw(st.sampled_from(grading.SCALE))


@st.composite
def questions_and_answers(draw):
    questions = draw(question_sets())
    return questions, {q.id: random_response(draw, q) for q in questions}


@settings(max_examples=300, deadline=None)
@given(questions_and_answers())
def test_score_is_always_between_0_and_100(data):
    questions, answers = data
    result = grade(questions, answers)
    assert 0.0 <= result.score <= 100.0
    for r in result.questions:
        assert r.credit is None or 0.0 <= r.credit <= 1.0
        assert (r.credit is None) == (r.question_type == grading.SELF_ASSESSMENT)


@settings(max_examples=300, deadline=None)
@given(question_sets())
def test_the_key_gets_full_marks(questions):
    answers = key_for(questions)
    assert validate_answers(questions, answers) is not None
    assert grade(questions, answers).score == 100.0


@settings(max_examples=200, deadline=None)
@given(questions_and_answers(), st.randoms())
def test_question_order_does_not_change_the_score(data, rnd):
    questions, answers = data
    shuffled = list(questions)
    rnd.shuffle(shuffled)
    assert grade(shuffled, answers).score == pytest.approx(grade(questions, answers).score)


@settings(max_examples=200, deadline=None)
@given(question_sets(), st.randoms())
def test_multiple_choice_selection_order_does_not_matter(questions, rnd):
    answers = key_for(questions)
    for q in questions:
        if q.type == grading.MULTIPLE_CHOICE:
            rnd.shuffle(answers[q.id])
    assert grade(questions, answers).score == 100.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalisation_is_idempotent_and_case_blind(value):
    once = normalize_text(value)
    assert normalize_text(once) == once
    assert normalize_text(value.upper()) == normalize_text(value.lower()) or not value.isascii()


@settings(max_examples=300, deadline=None)
@given(
    question_sets(),
    st.dictionaries(
        st.text(max_size=5),
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=10),
            st.lists(st.text(max_size=4), max_size=4),
            st.booleans(),
            st.floats(allow_nan=True),
        ),
        max_size=6,
    ),
)
def test_validate_answers_accepts_or_refuses_but_never_crashes(questions, junk):
    try:
        clean = validate_answers(questions, junk)
    except InvalidAnswers:
        return
    assert 0 <= grade(questions, clean).score <= 100
