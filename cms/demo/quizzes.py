# ruff: noqa: E501  (French content strings read better unbroken)
"""Demo quizzes: one real French quiz at the end of every module of the three demo courses.

``load_demo_quizzes()`` is idempotent: quizzes are found by slug under their module and only
republished when their content changed; question and choice ids are derived from the quiz slug
and the question's position, so they stay the same from one run to the next (attempts made on the
demo site keep their meaning).

Across each course every question type is used, including a self-assessment; one quiz is a
practice quiz ("Organiser sa semaine").
"""

from __future__ import annotations

import uuid

from wagtail.models import Page

from cms.demo.builder import fr, upsert_page
from courses.models import CoursePage
from quizzes import stream_data as a
from quizzes.models import QuizPage

NAMESPACE = uuid.UUID("6f1d3c52-2a0b-4b8e-9d55-7c1f0e0a9b21")


_NOT_TEXT = {"id", "type", "correct_answer"}


def _typography(value):
    """Every text of a quiz spec with French typography (as the lessons have it, through the
    builder's fr()); ids and keys left alone."""
    if isinstance(value, str):
        return fr(value)
    if isinstance(value, dict):
        return {k: v if k in _NOT_TEXT else _typography(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typography(v) for v in value]
    return value


def _stable_ids(blocks: list[dict], seed: str) -> list[dict]:
    for i, block in enumerate(blocks):
        block["id"] = str(uuid.uuid5(NAMESPACE, f"{seed}/{i}"))
        for key in ("choices", "items", "accepted_answers"):
            for j, item in enumerate(block["value"].get(key, [])):
                item["id"] = str(uuid.uuid5(NAMESPACE, f"{seed}/{i}/{key}/{j}"))
    return blocks


QUIZZES = {
    # -- Réussir son CV ---------------------------------------------------------------------------
    ("reussir-son-cv", "comprendre-le-recruteur"): {
        "title": "Quiz : le regard du recruteur",
        "slug": "quiz-le-regard-du-recruteur",
        "intro": "Cinq questions pour vérifier ce que vous avez retenu sur la lecture d'un CV.",
        "settings": {"pass_mark": 60, "max_attempts": None, "shuffle_choices": True},
        "questions": [
            a.single_choice(
                "Combien de temps un recruteur passe-t-il en moyenne sur un CV lors d'un premier tri ?",
                [
                    (
                        "Moins d'une minute",
                        True,
                        "Exact : c'est pourquoi l'essentiel doit être en haut.",
                    ),
                    (
                        "Environ cinq minutes",
                        False,
                        "C'est beaucoup plus court, d'où l'importance du haut de page.",
                    ),
                    ("Un quart d'heure", False, "Un premier tri va bien plus vite que cela."),
                ],
                explanation="Le premier tri est très rapide : le titre, l'accroche et la première "
                "expérience doivent suffire à donner envie d'en lire plus.",
            ),
            a.multiple_choice(
                "Dans une offre d'emploi, quels éléments repérer pour adapter votre CV ?",
                [
                    ("Les compétences demandées", True),
                    ("Les mots-clés du métier", True),
                    (
                        "Le nom du logiciel de recrutement",
                        False,
                        "Il n'aide pas à adapter votre CV.",
                    ),
                    ("Les missions principales du poste", True),
                ],
                explanation="Reprenez dans votre CV les mots de l'offre : compétences, missions, "
                "outils. Le recruteur (et parfois un logiciel) les cherche.",
            ),
            a.true_false(
                "Un même CV peut être envoyé tel quel à toutes les offres.",
                False,
                feedback_true="Un CV générique se remarque : adaptez au moins le titre et l'accroche.",
                explanation="Adapter le titre, l'accroche et l'ordre des expériences à chaque offre "
                "augmente nettement vos chances d'être appelé.",
            ),
            a.short_text(
                "Comment appelle-t-on les mots de l'offre que le recruteur s'attend à retrouver "
                "dans votre CV ? (un mot composé)",
                ["mots-clés", "mots clés", "mot-clé", "mots-cles"],
                explanation="Les mots-clés : le vocabulaire du métier et de l'offre.",
            ),
            a.self_assessment(
                "Aujourd'hui, à quel point vous sentez-vous capable de repérer ce qu'attend une offre ?"
            ),
        ],
    },
    ("reussir-son-cv", "construire-un-cv-clair"): {
        "title": "Quiz : construire un CV clair",
        "slug": "quiz-construire-un-cv-clair",
        "intro": "Les rubriques, leur ordre, le titre et la description des expériences.",
        "settings": {"pass_mark": 70, "max_attempts": 3, "grading_method": "highest"},
        "questions": [
            a.single_choice(
                "Quelle rubrique placer en premier sur un CV pour un premier emploi ?",
                [
                    (
                        "La formation",
                        True,
                        "Oui : sans expérience, elle montre d'abord vos acquis.",
                    ),
                    ("Les centres d'intérêt", False, "Ils viennent plutôt en fin de CV."),
                    ("Les langues", False, "Utiles, mais rarement en premier."),
                ],
                explanation="Sans expérience professionnelle, la formation (et les stages) montre "
                "ce que vous savez faire : placez-la juste après le titre.",
            ),
            a.ordering(
                "Remettez les rubriques d'un CV classique dans l'ordre, du haut vers le bas.",
                [
                    "Coordonnées",
                    "Titre et accroche",
                    "Expériences",
                    "Formation",
                    "Centres d'intérêt",
                ],
                explanation="Le recruteur doit savoir qui vous êtes et ce que vous visez avant de "
                "lire le détail de votre parcours.",
            ),
            a.multiple_choice(
                "Quelles formulations décrivent une expérience par ses résultats ?",
                [
                    ("Tenue de caisse : 200 clients par jour, aucun écart en deux ans", True),
                    ("Responsable de la caisse", False, "C'est un intitulé, pas un résultat."),
                    ("Réduction des délais de livraison de 20 %", True),
                    ("Polyvalent et motivé", False, "Des qualités à prouver par des faits."),
                ],
                explanation="Des chiffres et des faits montrent ce que vous avez réellement apporté.",
            ),
            a.true_false(
                "Le titre du CV doit reprendre l'intitulé du poste visé.",
                True,
                feedback_false="Si, c'est la première chose que lit le recruteur.",
                explanation="Le titre dit en quelques mots quel poste vous visez : reprenez celui de l'offre.",
            ),
        ],
    },
    ("reussir-son-cv", "finaliser-et-envoyer"): {
        "title": "Quiz : finaliser et envoyer",
        "slug": "quiz-finaliser-et-envoyer",
        "intro": "Relecture, format et envoi : les derniers réflexes avant de cliquer sur « Envoyer ».",
        "settings": {
            "pass_mark": 70,
            "max_attempts": 2,
            "grading_method": "last",
            "feedback_timing": "after_pass_or_last",
            "shuffle_questions": True,
        },
        "questions": [
            a.short_text(
                "Sous quel format de fichier envoyer votre CV pour que sa mise en page ne bouge pas ?",
                ["PDF", "format PDF", "un PDF"],
                explanation="Le PDF s'affiche de la même façon sur tous les ordinateurs et téléphones.",
            ),
            a.ordering(
                "Dans quel ordre préparer l'envoi d'une candidature ?",
                [
                    "Relire l'offre",
                    "Adapter le CV et la lettre",
                    "Faire relire par quelqu'un",
                    "Envoyer en PDF",
                    "Noter l'envoi dans son suivi",
                ],
                explanation="Adapter, faire relire, envoyer, puis garder une trace pour relancer.",
            ),
            a.single_choice(
                "Comment nommer le fichier de votre CV ?",
                [
                    (
                        "CV-Prenom-Nom-Poste.pdf",
                        True,
                        "Clair pour le recruteur, qui le retrouve facilement.",
                    ),
                    ("cv_final_v3_ok.pdf", False, "Ce nom ne dit ni qui vous êtes, ni le poste."),
                    ("Document1.pdf", False, "Le recruteur risque de ne pas le retrouver."),
                ],
            ),
            a.self_assessment(
                "À quel point êtes-vous à l'aise pour envoyer votre CV dès cette semaine ?",
                low="Pas encore prêt·e",
                high="Tout à fait prêt·e",
            ),
        ],
    },
    # -- Organiser sa recherche d'emploi -----------------------------------------------------------
    ("organiser-sa-recherche-d-emploi", "definir-sa-cible"): {
        "title": "Quiz : définir sa cible",
        "slug": "quiz-definir-sa-cible",
        "intro": "Métiers cibles et sources d'offres : faites le point en quatre questions.",
        "settings": {"pass_mark": 60, "max_attempts": None, "shuffle_choices": True},
        "questions": [
            a.single_choice(
                "Combien de métiers cibles est-il conseillé de viser en même temps ?",
                [
                    (
                        "Un ou deux",
                        True,
                        "Oui : assez pour avoir des offres, assez peu pour rester précis.",
                    ),
                    ("Tous ceux qui recrutent", False, "Trop de cibles dispersent vos efforts."),
                    (
                        "Un seul, sans exception",
                        False,
                        "Un deuxième métier proche élargit vos chances.",
                    ),
                ],
                explanation="Un ou deux métiers proches permettent d'adapter vos candidatures sans vous disperser.",
            ),
            a.multiple_choice(
                "Où trouver des offres d'emploi ?",
                [
                    ("Les sites d'offres d'emploi", True),
                    ("Les sites carrières des entreprises", True),
                    ("Votre réseau (anciens collègues, proches)", True),
                    (
                        "Uniquement les petites annonces papier",
                        False,
                        "Une source parmi d'autres, pas la seule.",
                    ),
                ],
                explanation="Beaucoup d'offres ne sont jamais publiées : le réseau et les "
                "candidatures spontanées comptent autant que les sites.",
            ),
            a.true_false(
                "Une grande partie des recrutements se fait sans offre publiée.",
                True,
                explanation="C'est le « marché caché » : réseau, candidatures spontanées, bouche-à-oreille.",
            ),
            a.self_assessment(
                "À quel point votre cible (métier, secteur, zone) est-elle claire pour vous aujourd'hui ?",
                low="Pas du tout claire",
                high="Très claire",
            ),
        ],
    },
    ("organiser-sa-recherche-d-emploi", "organiser-sa-semaine"): {
        "title": "Entraînement : organiser sa semaine",
        "slug": "entrainement-organiser-sa-semaine",
        "intro": "Un entraînement sans note pour tester vos réflexes d'organisation.",
        "settings": {"is_practice": True},
        "questions": [
            a.ordering(
                "Dans quel ordre organiser une semaine de recherche ?",
                [
                    "Fixer ses objectifs de la semaine",
                    "Bloquer des créneaux dans son agenda",
                    "Chercher et envoyer ses candidatures",
                    "Faire le bilan en fin de semaine",
                ],
                explanation="Des objectifs d'abord, des créneaux ensuite, un bilan pour ajuster.",
            ),
            a.single_choice(
                "Quel objectif est le plus réaliste et mesurable ?",
                [
                    (
                        "Envoyer 5 candidatures adaptées cette semaine",
                        True,
                        "Précis, mesurable, atteignable.",
                    ),
                    ("Trouver un emploi cette semaine", False, "Cela ne dépend pas que de vous."),
                    ("Chercher beaucoup", False, "Difficile de savoir quand c'est atteint."),
                ],
            ),
            a.short_text(
                "Comment appelle-t-on l'outil qui répartit vos tâches de recherche sur les jours de la semaine ?",
                ["planning", "un planning", "planning hebdomadaire", "agenda", "emploi du temps"],
                explanation="Un planning hebdomadaire (ou agenda) rend vos objectifs concrets.",
            ),
        ],
    },
    ("organiser-sa-recherche-d-emploi", "suivre-ses-candidatures"): {
        "title": "Quiz : suivre ses candidatures",
        "slug": "quiz-suivre-ses-candidatures",
        "intro": "Suivi, relances et bilan : vérifiez vos acquis.",
        "settings": {"pass_mark": 70, "max_attempts": 3},
        "questions": [
            a.single_choice(
                "Au bout de combien de temps relancer après une candidature restée sans réponse ?",
                [
                    (
                        "Environ une à deux semaines",
                        True,
                        "Oui : assez pour laisser le temps, pas trop pour être oublié.",
                    ),
                    ("Le lendemain", False, "Un peu tôt : laissez au recruteur le temps de lire."),
                    ("Jamais", False, "Une relance polie montre votre motivation."),
                ],
                explanation="Une relance courte et polie après une à deux semaines est bien perçue.",
            ),
            a.multiple_choice(
                "Que noter dans votre tableau de suivi pour chaque candidature ?",
                [
                    ("La date d'envoi", True),
                    ("L'entreprise et le poste", True),
                    ("La date de relance prévue", True),
                    ("Votre humeur du jour", False, "Utile pour vous, mais pas pour le suivi."),
                ],
            ),
            a.true_false(
                "Faire un bilan régulier de ses candidatures aide à ajuster sa méthode.",
                True,
                explanation="Le bilan montre ce qui marche (types d'offres, canaux) et ce qu'il faut changer.",
            ),
            a.self_assessment(
                "À quel point vous sentez-vous à l'aise pour relancer un recruteur ?"
            ),
        ],
    },
    # -- Préparer un entretien d'embauche ---------------------------------------------------------
    ("preparer-un-entretien-d-embauche", "se-preparer-a-l-entretien"): {
        "title": "Quiz : se préparer à l'entretien",
        "slug": "quiz-se-preparer-a-l-entretien",
        "intro": "L'employeur, votre présentation, l'entretien à distance : cinq questions pour faire le point.",
        "settings": {"pass_mark": 60, "max_attempts": None, "shuffle_choices": True},
        "questions": [
            a.multiple_choice(
                "Où trouver des informations sur un employeur avant l'entretien ?",
                [
                    ("Le site de l'entreprise et ses actualités", True),
                    ("Les avis de clients et la presse locale", True),
                    ("Une personne de votre réseau qui y travaille", True),
                    (
                        "Nulle part : le recruteur présentera l'entreprise",
                        False,
                        "Il vous demandera souvent ce que vous en savez déjà.",
                    ),
                ],
                explanation="Une heure de recherche suffit : l'offre, le site, les avis et votre "
                "réseau donnent de quoi répondre à « Que savez-vous de nous ? ».",
            ),
            a.single_choice(
                "Combien de temps doit durer votre réponse à « Parlez-moi de vous » ?",
                [
                    ("Une minute trente à deux minutes", True, "Oui : assez pour convaincre, assez court pour laisser place aux questions."),
                    ("Dix secondes", False, "Trop court : le recruteur n'apprend rien sur vous."),
                    ("Dix minutes, pour tout raconter", False, "Le recruteur décroche bien avant la fin."),
                ],
                explanation="Une présentation courte et préparée, qui mène au poste, ouvre bien l'entretien.",
            ),
            a.ordering(
                "Remettez dans l'ordre les trois temps de votre présentation.",
                [
                    "Qui je suis aujourd'hui, professionnellement",
                    "Deux ou trois étapes de mon parcours, avec une réalisation",
                    "Ce que je cherche et le lien avec ce poste",
                ],
                explanation="Présent, passé, avenir : vous commencez par votre métier et finissez sur le poste.",
            ),
            a.true_false(
                "En visioconférence, il vaut mieux regarder la caméra que le visage du recruteur à l'écran quand vous parlez.",
                True,
                feedback_false="Pour le recruteur, c'est la caméra qui est votre regard.",
                explanation="Regarder la caméra donne au recruteur l'impression que vous le regardez dans les yeux.",
            ),
            a.self_assessment(
                "À quel point vous sentez-vous prêt·e à vous présenter en deux minutes ?",
                low="Pas encore prêt·e",
                high="Tout à fait prêt·e",
            ),
        ],
    },
    ("preparer-un-entretien-d-embauche", "convaincre-pendant-l-entretien"): {
        "title": "Quiz : convaincre pendant l'entretien",
        "slug": "quiz-convaincre-pendant-l-entretien",
        "intro": "Questions classiques, méthode STAR et fin d'entretien : vérifiez vos réflexes.",
        "settings": {"pass_mark": 70, "max_attempts": 3, "grading_method": "highest"},
        "questions": [
            a.single_choice(
                "Quelle réponse à « Quels sont vos défauts ? » est la plus convaincante ?",
                [
                    (
                        "J'ai du mal à dire non ; maintenant, je regarde mon planning avant d'accepter.",
                        True,
                        "Un vrai défaut, et ce que vous faites pour le corriger.",
                    ),
                    (
                        "Je suis trop perfectionniste : je reste souvent tard pour que tout soit parfait.",
                        False,
                        "Un faux défaut déguisé en qualité, que tous les recruteurs connaissent.",
                    ),
                    (
                        "Je n'en vois pas vraiment : mes anciens responsables étaient toujours contents.",
                        False,
                        "Personne n'y croit : le recruteur veut voir que vous vous connaissez.",
                    ),
                ],
                explanation="Choisissez un défaut réel, qui n'empêche pas de faire le poste, et montrez comment vous progressez.",
            ),
            a.ordering(
                "Remettez dans l'ordre les étapes de la méthode STAR.",
                ["Situation", "Tâche", "Action", "Résultat"],
                explanation="Le contexte, ce qu'on attendait de vous, ce que vous avez fait, ce que cela a donné.",
            ),
            a.short_text(
                "Dans la méthode STAR, quelle étape doit être la plus longue ?",
                ["action", "l'action", "une action"],
                explanation="L'action : ce que vous avez fait, vous, étape par étape.",
            ),
            a.true_false(
                "Un recruteur a le droit de vous demander si vous avez des projets d'enfants.",
                False,
                feedback_true="Non : cette question n'a pas de lien direct avec le poste.",
                explanation="Seules les questions en lien direct avec le poste et vos compétences sont permises "
                "(article L1221-6 du Code du travail).",
            ),
            a.multiple_choice(
                "Quelles questions sont utiles à poser en fin d'entretien ?",
                [
                    ("À quoi ressemble une journée type dans ce poste ?", True),
                    ("Quelles sont les prochaines étapes du recrutement ?", True),
                    (
                        "Combien de jours de congé aurai-je la première année ?",
                        False,
                        "À garder pour la fin ou un second entretien, si le recruteur n'en parle pas.",
                    ),
                    ("Avec qui vais-je travailler au quotidien ?", True),
                ],
                explanation="Des questions sur le poste montrent que vous vous y projetez ; celle sur les "
                "prochaines étapes vous dit quand relancer.",
            ),
        ],
    },
    ("preparer-un-entretien-d-embauche", "la-lettre-de-motivation"): {
        "title": "Quiz : la lettre de motivation",
        "slug": "quiz-la-lettre-de-motivation",
        "intro": "La structure « vous, moi, nous », l'adaptation à l'offre et l'e-mail qui l'accompagne.",
        "settings": {
            "pass_mark": 70,
            "max_attempts": 2,
            "grading_method": "last",
            "feedback_timing": "after_pass_or_last",
            "shuffle_questions": True,
        },
        "questions": [
            a.ordering(
                "Remettez dans l'ordre les trois paragraphes d'une lettre « vous, moi, nous ».",
                [
                    "L'entreprise et son besoin",
                    "Mes atouts, chacun avec une preuve",
                    "La rencontre et la proposition d'entretien",
                ],
                explanation="On parle d'abord de l'entreprise, puis de vous pour répondre à son besoin, "
                "et l'on conclut sur la rencontre.",
            ),
            a.single_choice(
                "Quelle première phrase donne le plus envie de lire la suite ?",
                [
                    (
                        "Votre agence recherche un agent d'accueil habitué aux standards chargés : j'ai géré "
                        "40 appels par jour pendant trois ans.",
                        True,
                        "Elle part du besoin de l'entreprise et y répond par un fait.",
                    ),
                    (
                        "Je me permets de vous adresser ma candidature.",
                        False,
                        "Une formule toute faite, que le recruteur lit dans toutes les lettres.",
                    ),
                    (
                        "Je suis une personne dynamique et motivée.",
                        False,
                        "Des adjectifs sans preuve ne distinguent personne.",
                    ),
                ],
            ),
            a.multiple_choice(
                "Que doit contenir l'e-mail qui accompagne votre candidature ?",
                [
                    ("Un objet avec le poste et la référence de l'offre", True),
                    ("Une phrase sur votre atout principal", True),
                    ("La mention du CV et de la lettre joints", True),
                    ("Rien : les pièces jointes suffisent", False, "Un message vide donne une impression de négligence."),
                ],
                explanation="Cinq à huit lignes suffisent, avec votre nom et votre téléphone en signature.",
            ),
            a.true_false(
                "Une lettre de motivation peut faire deux pages si l'on a beaucoup d'expérience.",
                False,
                feedback_true="Non : au-delà d'une page, la fin n'est presque jamais lue.",
                explanation="Une page, trois paragraphes, 250 à 300 mots : c'est la longueur qui est lue.",
            ),
            a.short_text(
                "Sous quel format joindre votre lettre pour que sa mise en page ne bouge pas ?",
                ["PDF", "format PDF", "un PDF", "en PDF"],
                explanation="Comme le CV : un PDF, nommé par exemple Lettre-Prenom-Nom-Poste.pdf.",
            ),
            a.self_assessment(
                "À quel point êtes-vous à l'aise pour écrire une lettre adaptée à une offre ?"
            ),
        ],
    },
}


def load_demo_quizzes(stdout=None) -> list[QuizPage]:
    """Add (or update) the quiz at the end of every module of the demo courses."""
    quizzes = []
    for (course_slug, module_slug), spec in QUIZZES.items():
        course = CoursePage.objects.filter(slug=course_slug).first()
        module = (
            course.get_children().filter(slug=module_slug).first() if course is not None else None
        )
        if module is None:
            if stdout:
                stdout.write(f"Quiz ignoré : module {course_slug}/{module_slug} introuvable.\n")
            continue
        fields = {
            "title": _typography(spec["title"]),
            "intro": _typography(spec["intro"]),
            "questions": _stable_ids(_typography(spec["questions"]), spec["slug"]),
            **spec["settings"],
        }
        quiz = upsert_page(module, QuizPage, slug=spec["slug"], **fields)
        _move_last(quiz, module)
        quizzes.append(quiz)
        if stdout:
            stdout.write(f"Quiz prêt : {quiz.title}\n")
    return quizzes


def _move_last(quiz: Page, module: Page) -> None:
    last = module.get_children().order_by("-path").first()
    if last is not None and last.pk != quiz.pk:
        Page.objects.get(pk=quiz.pk).move(module, pos="last-child")
