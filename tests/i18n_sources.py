"""The project's translatable strings, read from its sources and from its catalogues, in pure
Python (no xgettext): for the typography and catalogue tests.

- Python files: the literal arguments of gettext-like calls (`_`, `gettext`, `gettext_lazy`,
  `ngettext`, `pgettext`...), found with `ast`.
- Templates: the strings of `{% translate %}` and `{% blocktranslate %}` (Django's own
  `templatize` turns them into gettext calls), and the plain text between tags.
- Catalogues: the entries of a .po file (msgctxt, msgid, msgid_plural, msgstr[n]).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("cms", "courses", "lessons", "quizzes")
SKIPPED_DIRS = {"migrations", "node_modules", "static", "static_src", "locale", "__pycache__"}

GETTEXT_SINGULAR = {"_", "gettext", "gettext_lazy", "gettext_noop", "_lazy"}
GETTEXT_PLURAL = {"ngettext", "ngettext_lazy"}
GETTEXT_CONTEXT = {"pgettext", "pgettext_lazy"}
GETTEXT_CONTEXT_PLURAL = {"npgettext", "npgettext_lazy"}


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str = ""
    context: str = ""
    where: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.msgid)


@dataclass
class Entry:
    msgid: str = ""
    plural: str = ""
    context: str = ""
    strings: dict[int, str] = field(default_factory=dict)  # msgstr, or msgstr[n]
    fuzzy: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.msgid)


def source_files(pattern: str) -> list[Path]:
    files = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob(pattern)):
            if not SKIPPED_DIRS & set(path.relative_to(ROOT).parts):
                files.append(path)
    return files


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_messages(path: Path) -> list[Message]:
    messages = []
    tree = ast.parse(path.read_text(), filename=str(path))
    where = str(path.relative_to(ROOT))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, args = _name(node.func), [_literal(a) for a in node.args]
        at = f"{where}:{node.lineno}"
        if name in GETTEXT_SINGULAR and args and args[0] is not None:
            messages.append(Message(args[0], where=at))
        elif name in GETTEXT_PLURAL and len(args) >= 2 and None not in args[:2]:
            messages.append(Message(args[0], args[1], where=at))
        elif name in GETTEXT_CONTEXT and len(args) >= 2 and None not in args[:2]:
            messages.append(Message(args[1], context=args[0], where=at))
        elif name in GETTEXT_CONTEXT_PLURAL and len(args) >= 3 and None not in args[:3]:
            messages.append(Message(args[1], args[2], context=args[0], where=at))
    return messages


_TEMPLATIZED_CALL = re.compile(r"(?<![\w.])(_|n?p?gettext)\(")


def template_messages(path: Path) -> list[Message]:
    from django.utils.translation.template import templatize

    code = templatize(path.read_text(), origin=str(path))
    where = str(path.relative_to(ROOT))
    messages = []
    for match in _TEMPLATIZED_CALL.finditer(code):
        # The call's arguments are Python literals (and a trailing "count"): parse them alone.
        rest = code[match.end() :]
        depth, end = 1, 0
        for end, char in enumerate(rest):  # noqa: B007 (end is used after the loop)
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
        call = ast.parse(f"f({rest[:end]})", mode="eval").body
        args = [_literal(a) for a in call.args]
        line = code[: match.start()].count("\n") + 1
        at = f"{where}:{line}"
        kind = match.group(1)
        if kind in ("gettext", "_"):
            messages.append(Message(args[0], where=at))
        elif kind == "ngettext":
            messages.append(Message(args[0], args[1], where=at))
        elif kind == "pgettext":
            messages.append(Message(args[1], context=args[0], where=at))
        else:
            messages.append(Message(args[1], args[2], context=args[0], where=at))
    return messages


def source_messages() -> list[Message]:
    messages = []
    for path in source_files("*.py"):
        messages += python_messages(path)
    for path in source_files("*.html") + source_files("*.txt"):
        if "templates" in path.parts:
            messages += template_messages(path)
    return messages


_NOT_TEXT = re.compile(
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}"
    r"|{#.*?#}"
    r"|{%\s*(?:block)?trans(?:late)?\b.*?%}.*?{%\s*end(?:block)?trans(?:late)?\s*%}"
    r"|{%.*?%}|{{.*?}}"
    r"|<script\b.*?</script>|<style\b.*?</style>|<svg\b.*?</svg>"
    r"|<!--.*?-->|<[^>]*>",
    re.DOTALL,
)


def template_text(path: Path) -> list[tuple[str, str]]:
    """(where, text) for each run of plain text in a template (outside tags and translations)."""
    source = path.read_text()
    where = str(path.relative_to(ROOT))
    pieces = []
    for chunk in _NOT_TEXT.split(source):
        if chunk and chunk.strip():
            pieces.append((where, chunk.strip()))
    return pieces


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def po_entries(path: Path) -> list[Entry]:
    """The entries of a .po file (the header entry included, with msgid "")."""
    entries: list[Entry] = []
    current = Entry()
    target: tuple[str, int | None] | None = None

    def flush():
        nonlocal current
        if current.line:
            entries.append(current)
        current = Entry()

    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        line = raw.strip()
        if not line:
            flush()
            target = None
            continue
        if line.startswith("#,") and "fuzzy" in line:
            current.fuzzy = True
        if line.startswith("#"):
            continue
        keyword, _, value = line.partition(" ")
        if line.startswith('"'):
            keyword, value = "", line
        if keyword:
            if keyword in ("msgctxt", "msgid") and current.line and target and (
                target[0] == "msgstr"
            ):
                flush()
            current.line = current.line or number
            if keyword.startswith("msgstr["):
                target = ("msgstr", int(keyword[7:-1]))
            elif keyword == "msgstr":
                target = ("msgstr", 0)
            else:
                target = (keyword, None)
        text = _unquote(value)
        kind, index = target
        if kind == "msgid":
            current.msgid += text
        elif kind == "msgid_plural":
            current.plural += text
        elif kind == "msgctxt":
            current.context += text
        else:
            current.strings[index] = current.strings.get(index, "") + text
    flush()
    return entries


def catalogue(language: str) -> list[Entry]:
    return po_entries(ROOT / "cms" / "locale" / language / "LC_MESSAGES" / "django.po")
