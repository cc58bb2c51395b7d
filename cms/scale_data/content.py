"""The few pages of the scale data: courses of 50 steps, created through Wagtail's tree API.

Each course has 5 modules of 9 lessons and 1 quiz (50 steps). Lessons carry a realistic body
(headings, ~250 words of rich text, an image, a callout, an example pair, a checklist, a
document); quizzes carry real question blocks, one of each type, with ids derived from the course
slug and positions so that two runs give the same ids.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cms.models import HomePage
from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic
from lessons.models import LessonPage
from quizzes import stream_data
from quizzes.models import QuizPage

NBSP = "\u00a0"
SLUG_PREFIX = "echelle-"
MODULES_PER_COURSE = 5
LESSONS_PER_MODULE = 9  # + 1 quiz per module: 50 steps per course
NAMESPACE = uuid.UUID("0b7f7b52-5a4e-4d0e-8f1c-3c3a4b8c9d10")

COURSE_TITLES = [
    ("Réussir son CV", "cv"),
    ("Préparer un entretien d'embauche", "entretien"),
    ("Organiser sa recherche d'emploi", "organisation"),
    ("Écrire une lettre de motivation", "lettre"),
]
MODULE_TITLES = [
    "Comprendre le recruteur",
    "Mettre en valeur son parcours",
    "Trouver les bons mots",
    "Se relire et s'améliorer",
    "Passer à l'action",
]


@dataclass
class Step:
    page: Page
    is_quiz: bool


@dataclass
class Course:
    page: CoursePage
    steps: list[Step]  # in outline order

    @property
    def quizzes(self) -> list[QuizPage]:
        return [s.page for s in self.steps if s.is_quiz]


def _paragraph(n: int) -> str:
    return (
        "<p>Un recruteur passe en moyenne <b>moins d'une minute</b> sur un CV : placez "
        "l'essentiel en haut de la page. Votre titre, vos coordonnées et un résumé de trois "
        "lignes disent ce que vous savez faire et ce que vous cherchez. Pour chaque "
        f"expérience, un verbe d'action et un résultat chiffré valent mieux qu'une liste de "
        f"tâches (point {n}).</p>"
    )


def lesson_body(image, document, n: int) -> list:
    return [
        ("heading", {"text": "Les rubriques essentielles", "level": "h2"}),
        ("paragraph", _paragraph(n) * 3),
        ("image", {"image": image, "alt_text": "Un CV sur une page", "caption": "Un CV aéré"}),
        (
            "callout",
            {"kind": "tip", "title": "Astuce", "text": "<p>Adaptez le titre à chaque offre.</p>"},
        ),
        ("heading", {"text": "Décrire ses expériences", "level": "h2"}),
        ("paragraph", _paragraph(n + 1) * 2),
        (
            "example_pair",
            {
                "title": "Une expérience",
                "bad": "Responsable de la caisse.",
                "good": "Tenue de caisse : 200 clients par jour, zéro écart en 2 ans.",
                "explanation": "Des faits chiffrés montrent ce que vous savez faire.",
            },
        ),
        (
            "checklist",
            {"title": "Avant d'envoyer", "items": ["Coordonnées", "Orthographe", "Format PDF"]},
        ),
        ("document", {"document": document, "title": "Modèle de CV", "description": "À remplir."}),
    ]


def _stable_ids(blocks: list[dict], key: str) -> list[dict]:
    for i, block in enumerate(blocks):
        block["id"] = str(uuid.uuid5(NAMESPACE, f"{key}/{i}"))
        for name in ("choices", "items", "accepted_answers"):
            for j, item in enumerate(block["value"].get(name, [])):
                item["id"] = str(uuid.uuid5(NAMESPACE, f"{key}/{i}/{name}/{j}"))
    return blocks


def quiz_questions(key: str, module_title: str) -> list[dict]:
    """Six questions, one of each type (a self-assessment included), with stable ids."""
    a = stream_data
    return _stable_ids(
        [
            a.single_choice(
                f"« {module_title} » : que regarde d'abord un recruteur ?",
                [
                    ("Le titre et le résumé en haut du CV", True, "Oui, c'est lu en premier."),
                    ("La liste des loisirs", False, "Les loisirs viennent à la fin."),
                    ("La police de caractères", False, "Elle compte moins que le contenu."),
                ],
                explanation="Le haut de la page décide si le recruteur lit la suite.",
            ),
            a.multiple_choice(
                "Quelles informations ont leur place sur un CV ?",
                [
                    ("Vos coordonnées", True),
                    ("Vos expériences", True),
                    ("Vos compétences", True),
                    ("Votre religion", False, "Rien qui puisse donner lieu à une discrimination."),
                ],
                explanation="Coordonnées, expériences et compétences suffisent.",
            ),
            a.true_false(
                "Un même CV peut être envoyé tel quel à toutes les offres.",
                False,
                feedback_true="Un CV générique se remarque tout de suite.",
                explanation="Adaptez au moins le titre et le résumé.",
            ),
            a.short_text(
                "Comment appelle-t-on la lettre qui accompagne un CV ?",
                ["lettre de motivation", "lettre de candidature"],
                explanation="On parle de lettre de motivation.",
            ),
            a.ordering(
                "Dans quel ordre mener une candidature ?",
                ["Lire l'offre", "Adapter son CV", "Envoyer la candidature", "Relancer"],
            ),
            a.self_assessment(f"À quel point vous sentez-vous prêt·e pour « {module_title} » ?"),
        ],
        key,
    )


def _png(colour: str) -> ImageFile:
    buffer = BytesIO()
    PILImage.new("RGB", (1200, 675), colour).save(buffer, "PNG")
    return ImageFile(buffer, name="echelle-cv.png")


def _publish(parent: Page, page: Page) -> Page:
    """Add a live page under `parent`. No revision is written: learners' pages never read
    revisions, and skipping them halves the time to build the pages."""
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    parent.add_child(instance=page)
    return page


def ensure_catalogue() -> CourseIndexPage:
    """The catalogue (there is at most one), created under the home page when missing."""
    catalogue = CourseIndexPage.objects.first()
    if catalogue is not None:
        return catalogue
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise ValueError("The default site's root page is not the home page.")
    return _publish(home, CourseIndexPage(title="Nos cours", slug="cours", intro="Tous nos cours."))


def build_courses(count: int) -> list[Course]:
    """`count` published courses of 50 steps under the catalogue; returns them with their steps."""
    catalogue = ensure_catalogue()
    image = get_image_model().objects.create(title="Échelle : un CV aéré", file=_png("#1d4ed8"))
    document = get_document_model().objects.create(
        title="Échelle : modèle de CV",
        file=ContentFile(b"%PDF-1.4\n" + b"% modele\n" * 200, name="echelle-modele-cv.pdf"),
    )
    courses = []
    for c in range(count):
        title, topic_slug = COURSE_TITLES[c % len(COURSE_TITLES)]
        topic, _created = Topic.objects.get_or_create(
            slug=f"{SLUG_PREFIX}{topic_slug}", defaults={"name": f"{title} (échelle)"}
        )
        slug = f"{SLUG_PREFIX}{c + 1}"
        course = _publish(
            catalogue,
            CoursePage(
                title=f"{title} ({c + 1})",
                slug=slug,
                summary="Un cours en cinq modules pour avancer pas à pas dans sa recherche.",
                audience="Toute personne en recherche d'emploi, débutante ou non.",
                learning_outcomes=[("outcome", "Rédiger un CV clair"), ("outcome", "Relancer")],
                estimated_duration_minutes=240,
                topic=topic,
                cover_image=image,
            ),
        )
        steps = []
        for m, module_title in enumerate(MODULE_TITLES[:MODULES_PER_COURSE]):
            module = _publish(
                course,
                ModulePage(
                    title=module_title, slug=f"module-{m + 1}", intro="Ce que couvre ce module."
                ),
            )
            for n in range(LESSONS_PER_MODULE):
                lesson = _publish(
                    module,
                    LessonPage(
                        title=f"Leçon {m + 1}.{n + 1}",
                        slug=f"lecon-{m + 1}-{n + 1}",
                        intro="Ce que vous allez apprendre.",
                        estimated_minutes=5,
                        body=lesson_body(image, document, n),
                    ),
                )
                steps.append(Step(lesson, is_quiz=False))
            quiz = _publish(
                module,
                QuizPage(
                    title=f"Quiz : {module_title.lower()}",
                    slug=f"quiz-{m + 1}",
                    intro="Six questions pour vérifier ce que vous avez retenu.",
                    questions=quiz_questions(f"{slug}/{m}", module_title),
                    # The first quiz is a practice quiz; later ones alternate limits and shuffling.
                    is_practice=m == 0,
                    pass_mark=60 + 5 * (m % 3),
                    max_attempts=3 if m % 2 else None,
                    shuffle_choices=m % 2 == 0,
                ),
            )
            steps.append(Step(quiz, is_quiz=True))
        courses.append(Course(page=course, steps=steps))
    return courses


def existing_courses() -> list[Course]:
    """The scale courses already in the database, with their live steps in outline order."""
    courses = []
    for course in CoursePage.objects.filter(slug__startswith=SLUG_PREFIX).order_by("path"):
        pages = (
            course.get_descendants()
            .live()
            .filter(depth=course.depth + 2)
            .specific()
            .order_by("path")
        )
        courses.append(Course(page=course, steps=[Step(p, isinstance(p, QuizPage)) for p in pages]))
    return courses


def remove_courses() -> int:
    """Delete the scale courses (and their image and document); returns the pages removed."""
    removed = 0
    for course in CoursePage.objects.filter(slug__startswith=SLUG_PREFIX):
        removed += course.get_descendant_count() + 1
        course.delete()
    get_image_model().objects.filter(title__startswith="Échelle").delete()
    get_document_model().objects.filter(title__startswith="Échelle").delete()
    Topic.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    return removed
