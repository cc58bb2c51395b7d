"""What learners did, drawn from a seed: pure planning (no database) for one learner at a time.

Each learner gets their own random generator, derived from the seed and their number, so a
learner's activity does not depend on the batch size nor on the other learners.

The journey follows the site's rules: steps are done in outline order; a quiz step is completed
only by a passed attempt (any submission for a practice quiz); a learner who fails a quiz with no
attempt left, or gives up, stops there; an enrollment is completed when every step is done.
Answers are drawn per question (right with the learner's "skill" probability), checked with
``quizzes.grading.validate_answers`` and graded with ``quizzes.grading.grade``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from quizzes import grading
from quizzes.models import QuizPage
from quizzes.services import _orders as draw_orders  # the orders the site itself would draw

FIRST_NAMES = [
    "Léa", "Karim", "Chloé", "Mamadou", "Inès", "Thomas", "Aïcha", "Julien", "Sofia", "Yanis",
    "Camille", "Mehdi", "Manon", "Hugo", "Fatoumata", "Lucas", "Zoé", "Rayan", "Élodie", "Nicolas",
    "Amina", "Kevin", "Sarah", "Moussa", "Océane", "Antoine", "Lina", "Bruno", "Nadia", "Éric",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Benali", "Dubois", "Diallo", "Nguyen", "Lefèvre", "Traoré", "Moreau", "Garcia",
    "Haddad", "Laurent", "Fontaine", "Mercier", "Kone", "Rousseau", "Bertrand", "Da Silva",
    "Petit", "Chevalier", "Ouedraogo", "Girard", "Bonnet", "Roux", "Lambert", "Nicolas",
]  # fmt: skip
WRONG_TEXTS = ["lettre de présentation", "un courrier", "le CV", "je ne sais pas"]
CERTIFICATE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"


@dataclass(frozen=True)
class QuizInfo:
    page: QuizPage
    questions: tuple[grading.Question, ...]


@dataclass(frozen=True)
class StepInfo:
    page_id: int
    quiz: QuizInfo | None = None


@dataclass(frozen=True)
class CourseInfo:
    page_id: int
    steps: tuple[StepInfo, ...]


@dataclass
class AttemptPlan:
    quiz_id: int
    number: int
    started_at: datetime
    question_order: list[str]
    choice_order: dict
    is_practice: bool
    submitted_at: datetime | None = None
    score: float | None = None
    passed: bool | None = None
    answers: list[grading.QuestionResult] = field(default_factory=list)


@dataclass
class EnrollmentPlan:
    course_id: int
    enrolled_at: datetime
    last_step_id: int | None = None
    last_activity_at: datetime | None = None
    completed_at: datetime | None = None
    certificate_code: str = ""
    completions: list[tuple[int, datetime]] = field(default_factory=list)  # (step id, when)
    attempts: list[AttemptPlan] = field(default_factory=list)


@dataclass
class LearnerPlan:
    index: int
    email: str
    first_name: str
    last_name: str
    date_joined: datetime
    last_login: datetime | None
    enrollments: list[EnrollmentPlan] = field(default_factory=list)


def learner_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"scale-data/{seed}/learner/{index}")


def draw_response(question: grading.Question, rng: random.Random, right: bool):
    """A well-formed response to `question`: the right one, or a plausible wrong one."""
    kind = question.type
    correct = [c.id for c in question.choices if c.correct]
    wrong = [c.id for c in question.choices if not c.correct]
    if kind in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
        return rng.choice(correct if right or not wrong else wrong)
    if kind == grading.MULTIPLE_CHOICE:
        chosen = set(correct)
        if not right:
            if wrong and (len(correct) < 2 or rng.random() < 0.5):
                chosen.add(rng.choice(wrong))
            else:
                chosen.discard(rng.choice(correct))
        return [i for i in question.choice_ids if i in chosen]
    if kind == grading.SHORT_TEXT:
        if right:
            text = rng.choice(question.accepted_answers)
            return text.capitalize() if rng.random() < 0.5 else f"  {text.upper()} !"
        return rng.choice(WRONG_TEXTS)
    if kind == grading.ORDERING:
        ids = list(question.choice_ids)
        if not right and len(ids) > 1:
            shuffled = ids[:]
            while shuffled == ids:
                rng.shuffle(shuffled)
            return shuffled
        return ids
    if kind == grading.SELF_ASSESSMENT:
        return rng.choice(grading.SCALE)
    raise ValueError(f"unknown question type {kind!r}")


def _attempt(quiz: QuizInfo, number: int, rng: random.Random, when: datetime) -> AttemptPlan:
    question_order, choice_order = draw_orders(quiz.page, rng)
    return AttemptPlan(
        quiz_id=quiz.page.pk,
        number=number,
        started_at=when,
        question_order=question_order,
        choice_order=choice_order,
        is_practice=quiz.page.is_practice,
    )


def _submit(attempt: AttemptPlan, quiz: QuizInfo, rng: random.Random, skill: float, when):
    questions = grading.attempt_questions(quiz.questions, attempt.question_order)
    answers = {q.id: draw_response(q, rng, rng.random() < skill) for q in questions}
    result = grading.grade(questions, grading.validate_answers(questions, answers))
    attempt.submitted_at = when
    attempt.score = result.score
    attempt.passed = None if quiz.page.is_practice else result.passed(quiz.page.pass_mark)
    attempt.answers = list(result.questions)


def _plan_enrollment(
    course: CourseInfo, rng: random.Random, skill: float, enrolled_at: datetime, anchor: datetime
) -> EnrollmentPlan:
    plan = EnrollmentPlan(course_id=course.page_id, enrolled_at=enrolled_at)
    steps = course.steps
    state = rng.choices(("new", "progress", "done"), weights=(20, 50, 30))[0]
    target = {"new": 0, "progress": rng.randint(1, len(steps) - 1), "done": len(steps)}[state]
    span = (anchor - enrolled_at).total_seconds() * 0.9
    moments = sorted(rng.random() * span for _ in range(target))
    clock = enrolled_at
    latest = anchor - timedelta(seconds=1)

    def later(moment: datetime) -> datetime:
        return min(moment, latest)

    done, stuck_at = 0, None
    for step, offset in zip(steps[:target], moments, strict=True):
        clock = later(max(clock, enrolled_at + timedelta(seconds=offset)))
        if step.quiz is None:
            plan.completions.append((step.page_id, clock))
            done += 1
            continue
        quiz, passed, number = step.quiz, False, 0
        while True:
            number += 1
            attempt = _attempt(quiz, number, rng, clock)
            clock = later(clock + timedelta(minutes=rng.uniform(3, 15)))
            _submit(attempt, quiz, rng, skill, clock)
            plan.attempts.append(attempt)
            if quiz.page.is_practice or attempt.passed:
                passed = True
                break
            limit = quiz.page.attempt_limit
            if (limit is not None and number >= limit) or number >= 6 or rng.random() < 0.25:
                break  # no attempt left, or the learner gives up for now
            clock = later(clock + timedelta(minutes=rng.uniform(1, 90)))
        if not passed:
            stuck_at = step
            break
        plan.completions.append((step.page_id, clock))
        done += 1
    if plan.completions or plan.attempts:
        plan.last_activity_at = clock
        plan.last_step_id = stuck_at.page_id if stuck_at else plan.completions[-1][0]
    if done == len(steps):
        plan.completed_at = plan.completions[-1][1]
        plan.certificate_code = "".join(rng.choice(CERTIFICATE_ALPHABET) for _ in range(12))
    elif stuck_at is None and rng.random() < 0.6:
        # On the way: the next step was opened; a quiz may have an attempt in progress.
        following = steps[done]
        plan.last_step_id = following.page_id
        plan.last_activity_at = later(clock + timedelta(minutes=rng.uniform(1, 600)))
        if following.quiz is not None and rng.random() < 0.3:
            plan.attempts.append(_attempt(following.quiz, 1, rng, plan.last_activity_at))
    return plan


def plan_learner(
    *, seed: int, index: int, courses: list[CourseInfo], anchor: datetime, email_domain: str
) -> LearnerPlan:
    rng = learner_rng(seed, index)
    joined = anchor - timedelta(days=rng.uniform(2, 365))
    learner = LearnerPlan(
        index=index,
        email=f"apprenant.{index:06d}@{email_domain}",
        first_name=rng.choice(FIRST_NAMES),
        last_name=rng.choice(LAST_NAMES),
        date_joined=joined,
        last_login=None,
    )
    skill = rng.uniform(0.45, 0.97)
    count = min(len(courses), rng.choices((0, 1, 2, 3), weights=(5, 55, 28, 12))[0])
    for course in rng.sample(courses, count):
        enrolled_at = joined + (anchor - joined) * rng.uniform(0, 0.5)
        learner.enrollments.append(_plan_enrollment(course, rng, skill, enrolled_at, anchor))
    moments = [e.last_activity_at or e.enrolled_at for e in learner.enrollments]
    learner.last_login = max(moments) if moments else joined
    return learner
