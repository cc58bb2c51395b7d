"""The order in which choices and ordering items are shown, decided by each question type."""

import random
from collections import Counter
from itertools import permutations

import pytest

from quizzes import grading
from quizzes.grading import Choice, Question
from quizzes.question_types import registry
from quizzes.services import attempt_start
from tests.quizzes.factories import QuizPageFactory


def ordering(n):
    ids = tuple(str(i) for i in range(1, n + 1))
    return Question("o", grading.ORDERING, "?", tuple(Choice(i, i, True) for i in ids))


def draws(question, n, *, shuffle_choices=False):
    kind = registry.get(question.type)
    rng = random.Random(2024)  # seeded: the same counts on every run
    return Counter(
        tuple(kind.display_order(question, shuffle_choices=shuffle_choices, rng=rng))
        for _ in range(n)
    )


def test_a_two_item_ordering_shows_the_correct_order_about_half_the_time():
    # Refusing the correct order would give the answer away: the learner would know it is the
    # other one. Uniform: each order about 1 in 2 (binomial, n=4000: mean 2000, sd about 32).
    counts = draws(ordering(2), 4000)
    assert set(counts) == {("1", "2"), ("2", "1")}
    assert 1800 < counts[("1", "2")] < 2200


def test_every_order_of_three_items_is_about_equally_likely():
    counts = draws(ordering(3), 6000)
    assert set(counts) == set(permutations(("1", "2", "3")))
    for count in counts.values():  # about 1000 each (sd about 29)
        assert 850 < count < 1150


def test_ordering_is_shuffled_whatever_the_quiz_setting():
    assert len(draws(ordering(4), 200, shuffle_choices=False)) > 1


def test_choices_are_shuffled_only_when_the_quiz_says_so():
    single = Question(
        "s", grading.SINGLE_CHOICE, "?", tuple(Choice(i, i, i == "a") for i in "abcd")
    )
    assert list(draws(single, 50)) == [("a", "b", "c", "d")]
    assert len(draws(single, 200, shuffle_choices=True)) > 1
    true_false = Question(
        "v", grading.TRUE_FALSE, "?", (Choice("true", "Vrai", True), Choice("false", "Faux"))
    )
    assert (
        registry.get("true_false").display_order(
            true_false, shuffle_choices=True, rng=random.Random(1)
        )
        is None
    )  # always "Vrai" then "Faux"


@pytest.mark.django_db
def test_start_records_the_types_display_orders(learner):
    quiz = QuizPageFactory(shuffle_choices=True)
    attempt = attempt_start(user=learner, quiz=quiz, rng=random.Random(5))
    assert set(attempt.choice_order) == {"q-single", "q-multi", "q-order"}
    assert sorted(attempt.choice_order["q-order"]) == ["o-1", "o-2", "o-3", "o-4"]
