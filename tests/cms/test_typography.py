"""French typography everywhere, English typography in the English catalogue, French plurals.

Scanned: every translatable string of the sources (Python gettext calls, {% translate %} and
{% blocktranslate %} in templates), every msgid of the catalogues, the plain text of templates,
and the French strings of Python code that are not translated (demo content, command output).
The rules themselves are in tests/typography.py and tested at the end of this file.
"""

import ast
import re

import pytest
from django.utils import translation

from cms.demo.builder import fr as demo_fr
from tests import i18n_sources as sources
from tests.typography import english_errors, french_errors

# Owned by the certificates work (fonts, layout); its strings are checked there.
NOT_SCANNED = {"courses/certificate_pdf.py"}
# Demo content modules: their text reaches pages through cms.demo.builder.fr(), which adds the
# non-breaking spaces; what is checked there is the text after fr().
THROUGH_DEMO_FR = {
    "cms/demo/cv_course.py",
    "cms/demo/interview_course.py",
    "cms/demo/search_course.py",
    "cms/demo/site.py",
}
# Counting by "(s)" instead of ngettext: "1 page(s)", "cochée(s)".
PLURAL_HACK = re.compile(r"\w\((?:e?s|x)\)")


def _report(problems: list[str], shown: int = 60) -> str:
    more = f"\n… and {len(problems) - shown} more" if len(problems) > shown else ""
    return "\n".join(problems[:shown]) + more


@pytest.fixture(scope="module")
def messages():
    return sources.source_messages()


@pytest.fixture(scope="module")
def english():
    return sources.catalogue("en")


@pytest.fixture(scope="module")
def french():
    return sources.catalogue("fr")


def test_the_scan_sees_the_project(messages, english):
    # Guards against a scan that silently finds nothing.
    assert len(messages) > 500
    assert len(english) > 500
    assert any(m.where.startswith("cms/templates/") for m in messages)
    assert any(".py:" in m.where for m in messages)


def test_every_source_message_follows_french_typography(messages):
    problems = [
        f"{m.where}: {error}"
        for m in messages
        for text in (m.msgid, m.plural)
        if text
        for error in french_errors(text)
    ]
    assert not problems, _report(problems)


def test_every_catalogue_msgid_follows_french_typography(english, french):
    problems = [
        f"{language} .po line {entry.line}: {error}"
        for language, entries in (("en", english), ("fr", french))
        for entry in entries
        for text in (entry.msgid, entry.plural)
        if text
        for error in french_errors(text)
    ]
    problems += [
        f"fr .po line {entry.line}: {error}"
        for entry in french
        if entry.msgid
        for text in entry.strings.values()
        for error in french_errors(text)
    ]
    assert not problems, _report(problems)


def test_template_text_follows_french_typography():
    problems = [
        f"{where}: {error}"
        for path in sources.source_files("*.html") + sources.source_files("*.txt")
        if "templates" in path.parts
        for where, text in sources.template_text(path)
        for error in french_errors(text)
    ]
    assert not problems, _report(problems)


def test_template_text_is_translated():
    """Plain words in a template would stay French in English ("n° 2"): only the brand may."""
    untranslated = [
        f"{where}: {text!r}"
        for path in sources.source_files("*.html") + sources.source_files("*.txt")
        if "templates" in path.parts
        for where, text in sources.template_text(path)
        if re.search(r"[^\W\d_]{2,}", text.replace("Cap Emploi", ""))
    ]
    assert not untranslated, _report(untranslated)


_LOOKS_FRENCH = re.compile(
    r"[àâçéèêëîïôûùüœ]|\b(?:le|la|les|des|une|vous|votre|pour|est)\b", re.IGNORECASE
)


def _docstring_lines(tree) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                lines.add(first.value.lineno)
    return lines


def test_french_strings_in_python_follow_french_typography():
    """Demo content, command output, messages: French text that is not a gettext msgid."""
    problems = []
    for path in sources.source_files("*.py"):
        where = str(path.relative_to(sources.ROOT))
        if where in NOT_SCANNED:
            continue
        tree = ast.parse(path.read_text())
        docstrings = _docstring_lines(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):  # f-string: its literal parts, joined
                text = "".join(
                    v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values
                )
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.lineno in docstrings:
                    continue
                text = node.value
            else:
                continue
            if where in THROUGH_DEMO_FR:
                text = demo_fr(text)
            if _LOOKS_FRENCH.search(text):
                problems += [f"{where}:{node.lineno}: {e}" for e in french_errors(text)]
    assert not problems, _report(problems)


def test_english_translations_follow_english_typography(english):
    problems = [
        f"en .po line {entry.line} ({entry.msgid[:40]!r}): {error}"
        for entry in english
        if entry.msgid
        for text in entry.strings.values()
        for error in english_errors(text)
    ]
    assert not problems, _report(problems)


def test_every_source_message_has_an_english_translation(messages, english):
    translated = {e.key for e in english if e.msgid and all(e.strings.values()) and not e.fuzzy}
    missing = sorted({f"{m.where}: {m.msgid!r}" for m in messages if m.key not in translated})
    assert not missing, _report(missing)


def test_counts_use_ngettext_not_plural_hacks(messages):
    hacks = [
        f"{m.where}: {m.msgid!r}" for m in messages if PLURAL_HACK.search(m.msgid + m.plural)
    ]
    for path in sources.source_files("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if PLURAL_HACK.search(line) and _LOOKS_FRENCH.search(line):
                hacks.append(f"{path.relative_to(sources.ROOT)}:{number}: {line.strip()}")
    assert not hacks, _report(hacks)


def _french_entry(message) -> str:
    return (
        f'#, python-format\nmsgid "{message.msgid}"\nmsgid_plural "{message.plural}"\n'
        f'msgstr[0] "{message.msgid}"\nmsgstr[1] "{message.plural}"'
    )


def test_every_plural_message_has_its_french_forms(messages, french):
    """Zero takes the singular in French ("0 résultat"): each plural needs a French entry."""
    entries = {e.key: e for e in french}
    missing = []
    for message in {m.key: m for m in messages if m.plural}.values():
        entry = entries.get(message.key)
        if entry is None or entry.strings != {0: message.msgid, 1: message.plural}:
            missing.append(f"{message.where}, add to cms/locale/fr:\n{_french_entry(message)}")
    assert not missing, "\n\n".join(missing)


def test_french_plurals_apply_the_french_rule(messages):
    plurals = {m.key: m for m in messages if m.plural and not m.context}.values()
    assert len(plurals) > 10
    with translation.override("fr"):
        for message in plurals:
            for count, expected in ((0, message.msgid), (1, message.msgid), (2, message.plural)):
                assert translation.ngettext(message.msgid, message.plural, count) == expected


def test_a_count_of_zero_reads_singular_in_a_rendered_template():
    """The attempts left, rendered from the quiz result template's own source."""
    from django.template import Context, Template

    source = (sources.ROOT / "quizzes/templates/quizzes/attempt_detail.html").read_text()
    block = re.search(r"{% blocktranslate count n=.*?{% endblocktranslate %}", source).group(0)
    template = Template("{% load i18n %}" + block.replace("overview.attempts_left", "left"))
    with translation.override("fr"):
        assert template.render(Context({"left": 0})) == "Il vous reste 0 tentative."
        assert template.render(Context({"left": 2})) == "Il vous reste 2 tentatives."
    with translation.override("en"):
        assert template.render(Context({"left": 0})) == "You have 0 attempts left."


# The rules themselves.


@pytest.mark.parametrize(
    "text",
    [
        "Erreur\u00a0:",
        "Bonjour\u00a0!",
        "Vraiment\u202f?",
        "«\u00a0Mon parcours\u00a0»",
        "Réussi à partir de %(mark)s\u00a0%%",
        "100\u00a0%",
        "Rendez-vous à 10:30.",
        "Voir https://example.org/page?x=1 : non",
        "Bienvenue %(name)s\u00a0!",
        "class=\"hover:underline\"",
        "Tentative n°\u00a0%(number)s",
    ],
)
def test_french_text_that_is_right(text):
    assert french_errors(text.replace(" : non", "\u00a0: non")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Erreur :",
        "Erreur:",
        "Bonjour !",
        "Bonjour!",
        "« Mon parcours »",
        "«Mon parcours»",
        "Réussi à partir de %(mark)s %%",
        "60%",
        "100 %",
        "Il reste 2 jours ; courage",
        "Tentative n° 2",
    ],
)
def test_french_text_that_is_wrong(text):
    assert french_errors(text)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Pass mark: %(mark)s%%", True),
        ("Error:", True),
        ("Attempt #%(number)s", True),
        ("Passed from %(mark)s %%", False),
        ("Error :", False),
        ("Attempt no. %(number)s", True),
        ("Tentative n° 1", False),
        ("Click «Start»", False),
    ],
)
def test_english_rules(text, right):
    assert (english_errors(text) == []) is right
