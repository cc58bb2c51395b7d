"""Site search: form, results, pagination, and hostile input."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.urls import reverse

from cms import search
from cms.models import StandardPage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    DocumentFactory,
    LessonPageFactory,
    ModulePageFactory,
    build_course,
    root_page,
)
from tests.quizzes.factories import QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def url():
    return reverse("search")


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The suggestion vocabulary is cached; each test builds its own site.
    cache.clear()


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def result_links(page):
    main = page.find("main")
    return [a["href"] for a in main.find_all("a", href=True)]


def test_search_without_query_shows_the_form(client, url):
    page = soup(client.get(url))
    search_input = page.find("input", attrs={"name": "q"})
    assert search_input is not None
    label = page.find("label", attrs={"for": search_input["id"]})
    assert label is not None and label.get_text(strip=True)
    assert page.find("h1") is not None


def test_search_finds_live_pages(client, url):
    index = CourseIndexPageFactory()
    course, lessons = build_course(
        modules=1, lessons_per_module=1, index=index, title="Préparer son entretien d'embauche"
    )
    CoursePageFactory(parent=index, title="Entretien caché", live=False)
    page = soup(client.get(url, {"q": "entretien"}))
    links = result_links(page)
    assert course.url in links
    assert "Entretien caché" not in page.get_text()
    assert page.find("input", attrs={"name": "q"})["value"] == "entretien"


def test_search_with_no_result(client, url):
    page = soup(client.get(url, {"q": "xylophone"}))
    heading = page.find(id="results-heading").get_text(" ", strip=True)
    assert heading == "Aucun résultat pour «\u00a0xylophone\u00a0»"


def test_search_paginates_and_survives_bad_page_numbers(client, url):
    index = CourseIndexPageFactory()
    for n in range(12):
        CoursePageFactory(parent=index, title=f"Lettre de motivation {n}")
    first = soup(client.get(url, {"q": "motivation"}))
    next_link = first.find("a", rel="next")
    assert next_link is not None and "q=motivation" in next_link["href"]
    assert client.get(url, {"q": "motivation", "page": "abc"}).status_code == 200
    assert client.get(url, {"q": "motivation", "page": "9999"}).status_code == 200


def test_search_escapes_the_query(client, url):
    response = client.get(url, {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    assert b'<script>alert("x")</script>' not in response.content


def test_search_truncates_very_long_queries(client, url):
    response = client.get(url, {"q": "cv " * 2000})
    assert response.status_code == 200
    assert response.context["query"] == ("cv " * 2000).strip()[:200]
    assert "ont été pris en compte" in response.content.decode()
    assert "ont été pris en compte" not in client.get(url, {"q": "cv " * 8}).content.decode()
    response = client.get(url, {"q": " ".join(f"mot{n}" for n in range(30))})
    assert "seuls les 8 premiers mots" in response.content.decode()


def test_search_only_answers_get(client, url):
    assert client.post(url, {"q": "cv"}).status_code == 405


# --- hostile and odd input: 200 with an honest message, never 500, on SQLite and PostgreSQL ---
ODD_QUERIES = [
    '"',
    '""',
    'cv"',
    '"lettre de motivation',
    "a\x00b",
    "\x00",
    "cv\x00",
    "\x01\x02\x1b[31m",
    "(",
    ")",
    "((cv)",
    "cv)",
    "!!!",
    "?",
    "...",
    "-",
    "*",
    "cv*",
    "^",
    "'",
    "l'entretien",
    "a:b",
    "title:cv",
    "AND",
    "OR",
    "NOT",
    "cv AND NOT",
    "NEAR(cv entretien)",
    "😀",
    "CV 👍",
    "‮cv",  # right-to-left override
    "' OR 1=1; --",
    "'; DROP TABLE wagtailcore_page; --",
    "1' UNION SELECT password FROM cms_user --",
    "\\",
    "%",
    "_",
    "<b>cv</b>",
    "\ufeffcv",
    "简历",
    "x" * 10_000,
    "cv " * 5_000,
]


@pytest.fixture
def searchable_site(db):
    index = CourseIndexPageFactory()
    build_course(modules=1, lessons_per_module=1, index=index, title="Réussir son CV")


@pytest.mark.parametrize("query", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
def test_odd_queries_answer_200_with_a_message(client, url, searchable_site, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    heading = page.find(id="results-heading").get_text(" ", strip=True)
    assert heading  # "Aucun mot à rechercher", "Aucun résultat pour ...", "N résultats pour ..."
    shown = page.find("input", attrs={"name": "q"})["value"]
    assert "\x00" not in shown and len(shown) <= 200


@pytest.mark.parametrize("query", ["!!!", "😀", '"', "\x00", "()"])
def test_a_query_without_words_says_so(client, url, query):
    page = soup(client.get(url, {"q": query}))
    assert page.find(id="results-heading").get_text(strip=True) == "Aucun mot à rechercher"


def test_nul_and_quotes_are_searched_as_words(client, url, searchable_site):
    for query in ['"CV"', "C\x00V cv", "(cv)"]:
        page = soup(client.get(url, {"q": query}))
        assert "Réussir son CV" in page.find("main").get_text(), query


def test_clean_query_and_terms():
    assert search.clean_query("  a\x00b\u202e  c\n") == ("a b c", False)
    assert search.clean_query("é" * 300) == ("é" * 200, True)
    assert search.search_terms('"lettre" (de) motivation*') == (
        ["lettre", "de", "motivation"],
        False,
    )
    assert search.search_terms("l'entretien d'embauche") == (["entretien", "embauche"], False)
    assert search.search_terms("CV cv Cv") == (["cv"], False)
    assert search.search_terms("' OR 1=1; --") == (["or", "1"], False)
    assert search.search_terms("😀 !!!") == ([], False)
    terms, dropped = search.search_terms(" ".join(f"m{n}" for n in range(20)))
    assert len(terms) == search.MAX_TERMS and dropped


# --- ranking, result types, templates, suggestions ---
def _result_items(page):
    items = page.find("main").find("ol").find_all("li")
    return [
        (li.find("p").get_text(" ", strip=True), li.find("h3").find("a").get_text(" ", strip=True))
        for li in items
    ]


def test_courses_and_lessons_rank_above_general_pages(client, url):
    home = root_page()
    about = StandardPage(title="À propos", intro="Nous aidons à écrire un CV, un CV, un CV.")
    home.add_child(instance=about)
    about.save_revision().publish()
    index = CourseIndexPageFactory()
    course, lessons = build_course(modules=1, lessons_per_module=1, index=index, title="Le CV")
    items = _result_items(soup(client.get(url, {"q": "cv"})))
    labels = [label for label, _title in items]
    assert labels[0] == "Cours"
    assert labels.index("Leçon") < labels.index("Page")
    assert ("Page", "À propos") in items


def test_result_types_are_named_for_people(client, url):
    index = CourseIndexPageFactory()
    course = CoursePageFactory(parent=index, title="Entretien : se préparer")
    module = ModulePageFactory(parent=course, title="Entretien, le jour J")
    LessonPageFactory(parent=module, title="Entretien : les questions")
    QuizPageFactory(parent=module, title="Quiz : entretien")
    labels = {label for label, _title in _result_items(soup(client.get(url, {"q": "entretien"})))}
    assert labels == {"Cours", "Module", "Leçon", "Quiz"}


def test_downloadable_templates_are_results(client, url):
    DocumentFactory(title="Modèle de CV", file=ContentFile(b"%PDF-1.4\n", name="modele-cv.pdf"))
    DocumentFactory(title="Vidéo CV", file=ContentFile(b"x", name="cv.webm"))
    items = _result_items(soup(client.get(url, {"q": "cv"})))
    assert ("Modèle à télécharger · PDF", "Modèle de CV (télécharger PDF)") in items
    assert not any("Vidéo" in title for _label, title in items)


def test_templates_in_a_private_collection_are_not_listed(client, url):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Équipe")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    DocumentFactory(title="CV interne", collection=private)
    page = soup(client.get(url, {"q": "interne"}))
    assert page.find(id="results-heading").get_text(" ", strip=True).startswith("Aucun résultat")


def test_a_misspelling_finds_the_closest_word(client, url):
    index = CourseIndexPageFactory()
    course = CoursePageFactory(parent=index, title="Réussir son CV")
    module = ModulePageFactory(parent=course)
    LessonPageFactory(
        parent=module,
        title="Le titre du CV",
        body=[("paragraph", "<p>Le mot « Curriculum vitae » n'apprend rien au recruteur.</p>")],
    )
    page = soup(client.get(url, {"q": "curiculum"}))
    heading = page.find(id="results-heading").get_text(" ", strip=True)
    assert heading == "1 résultat pour «\u00a0curriculum\u00a0»"
    assert "Aucun résultat pour «\u00a0curiculum\u00a0»" in page.find("main").get_text()
    assert _result_items(page) == [("Leçon", "Le titre du CV")]
    # Accents do not count as mistakes, and a word with no near neighbour is not "corrected".
    assert search.suggest(["reussir"]) is None
    assert search.suggest(["xylophone"]) is None
    assert search.suggest(["recrteur"]) == ["recruteur"]


def test_suggestions_never_come_from_unpublished_or_private_pages(client, url):
    index = CourseIndexPageFactory()
    CoursePageFactory(parent=index, title="Brouillon confidentiel", live=False)
    assert search.suggest(["confidentiell"]) is None


def test_search_query_count_does_not_grow_with_results(client, url, django_assert_max_num_queries):
    index = CourseIndexPageFactory()
    for n in range(3):
        build_course(modules=2, lessons_per_module=3, index=index, title=f"CV {n}")
    DocumentFactory(title="Modèle de CV")
    client.get(url, {"q": "cv"})  # fill per-process caches (site root paths, content types)
    with django_assert_max_num_queries(12):
        response = client.get(url, {"q": "cv"})
    assert response.status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(url, {"q": "curiculum"}).status_code == 200


def test_result_types_in_english(client, url, settings):
    index = CourseIndexPageFactory()
    build_course(modules=1, lessons_per_module=1, index=index, title="Interview")
    DocumentFactory(title="Interview checklist")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    labels = [label for label, _title in _result_items(soup(client.get(url, {"q": "interview"})))]
    assert labels == ["Course", "Template to download · PDF"]
