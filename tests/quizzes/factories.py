"""Quiz factories: a QuizPage under a module, with questions whose ids are fixed and known."""

import factory

from quizzes import stream_data
from quizzes.models import QuizPage
from tests.factories import ModulePageFactory, PageFactory, build_course


def sample_questions():
    """One question of each type, with readable fixed ids, and the answers that get full marks."""
    questions = [
        stream_data.single_choice(
            "Quelle rubrique placer en premier sur un CV pour un premier emploi ?",
            [
                ("La formation", True, "Oui : sans expérience, elle montre vos acquis."),
                ("Les loisirs", False, "Les loisirs viennent plutôt à la fin."),
                ("La photo", False),
            ],
            explanation="Sans expérience, la formation vient d'abord.",
            id="q-single",
            ids=["c-formation", "c-loisirs", "c-photo"],
        ),
        stream_data.multiple_choice(
            "Quelles informations ont leur place sur un CV ?",
            [("Vos coordonnées", True), ("Vos expériences", True), ("Votre religion", False)],
            explanation="Rien qui puisse donner lieu à une discrimination.",
            id="q-multi",
            ids=["c-coord", "c-exp", "c-religion"],
        ),
        stream_data.true_false(
            "Une lettre de motivation doit être adaptée à chaque offre.",
            True,
            explanation="Le recruteur repère vite une lettre générique.",
            feedback_false="Une lettre générique se remarque tout de suite.",
            id="q-tf",
        ),
        stream_data.short_text(
            "Comment appelle-t-on la lettre qui accompagne un CV ?",
            ["lettre de motivation", "lettre de candidature"],
            explanation="On parle de lettre de motivation.",
            id="q-text",
        ),
        stream_data.ordering(
            "Dans quel ordre mener une candidature ?",
            ["Lire l'offre", "Adapter son CV", "Envoyer", "Relancer"],
            id="q-order",
            ids=["o-1", "o-2", "o-3", "o-4"],
        ),
        stream_data.self_assessment(
            "À quel point êtes-vous à l'aise pour rédiger votre CV ?", id="q-self"
        ),
    ]
    key = {
        "q-single": "c-formation",
        "q-multi": ["c-coord", "c-exp"],
        "q-tf": "true",
        "q-text": "Lettre de Motivation !",
        "q-order": ["o-1", "o-2", "o-3", "o-4"],
        "q-self": 3,
    }
    return questions, key


def many_questions(n):
    """`n` single-choice questions q-0..q-n-1 with choices a (correct) and b."""
    return [
        stream_data.single_choice(
            f"Question {i}",
            [("Bonne", True), ("Mauvaise", False)],
            id=f"q-{i}",
            ids=[f"q-{i}-a", f"q-{i}-b"],
        )
        for i in range(n)
    ]


class QuizPageFactory(PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Quiz {n}")
    intro = "Vérifiez ce que vous avez retenu."
    questions = factory.LazyFunction(lambda: sample_questions()[0])
    pass_mark = 70

    @classmethod
    def _create(cls, model_class, parent=None, **kwargs):
        parent = parent or ModulePageFactory(parent=build_course(modules=0)[0])
        return super()._create(model_class, parent=parent, **kwargs)


def form_data(attempt, answers):
    """POST data for the quiz form from {question_id: response} (what a browser would send)."""
    data = {"action": "submit", "attempt": str(attempt.pk)}
    for qid, response in answers.items():
        if (
            isinstance(response, list)
            and qid in (attempt.choice_order or {})
            and _is_ordering(attempt, qid)
        ):
            for position, item in enumerate(response, start=1):
                data[f"q_{qid}__{item}"] = str(position)
        elif isinstance(response, list):
            data[f"q_{qid}"] = response
        else:
            data[f"q_{qid}"] = str(response)
    return data


def _is_ordering(attempt, qid):
    return any(q.id == qid and q.type == "ordering" for q in attempt.quiz.get_questions())
