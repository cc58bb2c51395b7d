"""Site search: a safe query, results ranked for learners, templates to download, a suggestion.

- The query a person typed is cleaned once (control characters out, length capped) and reduced to
  its words (letters and digits): search backends each have their own query syntax (quotes,
  parentheses, operators), and a word list is the one input that none of them can misread.
- Courses and lessons rank above general pages (home, "À propos"): results are grouped by type,
  in relevance order inside each group.
- Downloadable templates (Wagtail documents: PDF, Word, spreadsheets) are results too.
- A search that finds nothing tries the closest words of the site's own vocabulary (difflib),
  because the database backend has no fuzzy matching on SQLite (and needs pg_trgm on PostgreSQL).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import CharField, Count, Max
from django.db.models.functions import Cast
from django.template.defaultfilters import filesizeformat
from django.utils.translation import pgettext_lazy
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page
from wagtail.search.models import IndexEntry

from cms.templatetags.site_tags import page_summary

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_HITS = 200  # ranked in Python: a MOOC has hundreds of pages, not millions
PER_PAGE = 10

# What a result is, in words a learner uses, and its rank group (lower comes first).
PAGE_TYPES = {
    "courses.coursepage": (0, pgettext_lazy("type de résultat", "Cours")),
    "lessons.lessonpage": (2, pgettext_lazy("type de résultat", "Leçon")),
    "quizzes.quizpage": (3, pgettext_lazy("type de résultat", "Quiz")),
    "courses.modulepage": (3, pgettext_lazy("type de résultat", "Module")),
}
OTHER_PAGE = (4, pgettext_lazy("type de résultat", "Page"))
TEMPLATE = (1, pgettext_lazy("type de résultat", "Modèle à télécharger"))
# Documents offered as templates; lesson videos and captions are reached from their lesson.
TEMPLATE_EXTENSIONS = {"pdf", "doc", "docx", "odt", "ods", "xls", "xlsx", "rtf", "txt"}

_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
# Unicode categories dropped from a query: controls (NUL...), format characters (bidi overrides,
# zero-width), surrogates, private use and unassigned code points.
_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as shown back to the person, and whether it had to be shortened."""
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(" " if unicodedata.category(ch) in _DROPPED else ch for ch in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    return text[:MAX_QUERY_LENGTH].rstrip(), True


def search_terms(query: str) -> tuple[list[str], bool]:
    """The words searched for (at most MAX_TERMS), and whether some were left out."""
    words = _WORD.findall(query)
    if any(len(w) > 1 or w.isdigit() for w in words):
        # "d'emploi" -> "emploi": a lone letter left by an apostrophe matches everything.
        words = [w for w in words if len(w) > 1 or w.isdigit()]
    unique = list(dict.fromkeys(w.lower() for w in words))
    return unique[:MAX_TERMS], len(unique) > MAX_TERMS


@dataclass
class Result:
    title: str
    url: str
    label: str
    summary: str = ""
    details: str = ""  # "PDF, 25 Ko" for a template
    is_document: bool = False


@dataclass
class Hit:
    rank: int
    label: str
    page_id: int | None = None
    document: object | None = None


@dataclass
class SearchOutcome:
    submitted: bool  # something was typed, even if nothing searchable was left
    query: str
    terms: list[str]
    shortened: bool = False
    hits: list[Hit] = field(default_factory=list)
    # Set when the query found nothing and the closest words of the site did.
    corrected_query: str = ""


def site_search(raw_query: str) -> SearchOutcome:
    """Everything the search page needs except the page of results (see `results_page`)."""
    query, shortened = clean_query(raw_query)
    terms, dropped = search_terms(query)
    outcome = SearchOutcome(
        submitted=bool((raw_query or "").strip()),
        query=query,
        terms=terms,
        shortened=shortened or dropped,
    )
    if not terms:
        return outcome
    outcome.hits = _ranked_hits(terms)
    if not outcome.hits:
        corrected = suggest(terms)
        if corrected:
            hits = _ranked_hits(corrected)
            if hits:
                outcome.hits = hits
                outcome.corrected_query = " ".join(corrected)
    return outcome


def _ranked_hits(terms: list[str]) -> list[Hit]:
    search = " ".join(terms)
    pages = list(
        Page.objects.live()
        .public()
        .only("id", "content_type_id")
        .search(search, operator="and")[:MAX_HITS]
    )
    hits = []
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id)
        rank, label = PAGE_TYPES.get(f"{model.app_label}.{model.model}", OTHER_PAGE)
        hits.append(Hit(rank=rank, label=label, page_id=page.pk))
    hits += [
        Hit(rank=TEMPLATE[0], label=TEMPLATE[1], document=d) for d in _template_documents(search)
    ]
    # A stable sort: relevance order is kept inside each group.
    hits.sort(key=lambda hit: hit.rank)
    return hits


def _restricted_collection_paths() -> list[str]:
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def _is_template(document, restricted: list[str]) -> bool:
    if document.file_extension.lower() not in TEMPLATE_EXTENSIONS:
        return False
    return not any(document.collection.path.startswith(path) for path in restricted)


def _template_documents(search: str) -> list:
    documents = (
        get_document_model()
        .objects.select_related("collection")
        .search(search, operator="and")[:MAX_HITS]
    )
    documents = list(documents)
    if not documents:
        return []
    restricted = _restricted_collection_paths()
    return [d for d in documents if _is_template(d, restricted)]


def results_page(hits: list[Hit], *, request) -> list[Result]:
    """The displayable results for one page of hits: one query per page type on the page."""
    ids = [hit.page_id for hit in hits if hit.page_id is not None]
    pages = Page.objects.filter(pk__in=ids).specific().in_bulk() if ids else {}
    results = []
    for hit in hits:
        if hit.document is not None:
            document = hit.document
            details = document.file_extension.upper()
            if document.file_size:
                details = f"{details}, {filesizeformat(document.file_size)}"
            results.append(
                Result(
                    title=document.title,
                    url=document.url,
                    label=str(hit.label),
                    details=details,
                    is_document=True,
                )
            )
            continue
        page = pages.get(hit.page_id)
        if page is None:  # unpublished between the two queries
            continue
        results.append(
            Result(
                title=page.title,
                url=page.get_url(request=request) or "",
                label=str(hit.label),
                summary=page_summary(page),
            )
        )
    return results


# --- "Vouliez-vous dire ... ?" --------------------------------------------------------------------
VOCABULARY_CACHE_SECONDS = 60 * 60
MIN_SUGGESTED_LENGTH = 4
SIMILARITY = 0.75


def _fold(word: str) -> str:
    """Lower case without accents: "Réussir" and "reussir" are the same word to compare."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _index_text_fields() -> tuple[str, str]:
    # PostgreSQL keeps search vectors in title/body and the plain text in title_text/body_text.
    names = {f.name for f in IndexEntry._meta.get_fields()}
    return ("title_text", "body_text") if "title_text" in names else ("title", "body")


def _vocabulary_fingerprint() -> str:
    pages = Page.objects.live().aggregate(n=Count("pk"), last=Max("last_published_at"))
    documents = get_document_model().objects.aggregate(n=Count("pk"), last=Max("pk"))
    return f"{pages['n']}-{pages['last']}-{documents['n']}-{documents['last']}"


def _build_vocabulary() -> dict[str, str]:
    """{folded word: the word as most often written} from the text of public pages and documents.

    The text is the search index's own copy, so a suggested word is one the search can find.
    """
    public_pages = Page.objects.live().public()
    title, body = _index_text_fields()
    entries = IndexEntry.objects.filter(
        content_type_id__in=public_pages.values("content_type_id"),
        object_id__in=public_pages.annotate(key=Cast("pk", CharField())).values("key"),
    ).values_list(title, body)
    texts = [text for row in entries for text in row if text]
    documents = get_document_model().objects.all()
    for path in _restricted_collection_paths():
        documents = documents.exclude(collection__path__startswith=path)
    texts += list(documents.values_list("title", flat=True))
    counts = Counter(w.lower() for text in texts for w in _WORD.findall(text))
    vocabulary: dict[str, str] = {}
    for word, _count in counts.most_common():
        if len(word) >= MIN_SUGGESTED_LENGTH and not word.isdigit():
            vocabulary.setdefault(_fold(word), word)
    return vocabulary


def vocabulary() -> dict[str, str]:
    fingerprint = hashlib.sha1(_vocabulary_fingerprint().encode()).hexdigest()
    key = f"search-vocabulary:{fingerprint}"
    words = cache.get(key)
    if words is None:
        words = _build_vocabulary()
        cache.set(key, words, VOCABULARY_CACHE_SECONDS)
    return words


def suggest(terms: list[str]) -> list[str] | None:
    """The terms with unknown words replaced by the closest known ones, or None."""
    words = vocabulary()
    corrected, changed = [], False
    for term in terms:
        folded = _fold(term)
        if folded in words or len(term) < MIN_SUGGESTED_LENGTH or term.isdigit():
            corrected.append(term)
            continue
        close = difflib.get_close_matches(folded, words.keys(), n=1, cutoff=SIMILARITY)
        if close:
            corrected.append(words[close[0]])
            changed = True
        else:
            corrected.append(term)
    return corrected if changed else None
