"""The tiny markup of counsellors' notes, turned into HTML that cms.sanitize then cleans.

    A blank line starts a new paragraph.
    - a line starting with "- " is a list item
    **bold**, *italics*, [link text](https://example.org); bare web addresses become links.

Everything typed is escaped first, so HTML typed in a note shows as text; the result only ever
contains the tags built here, and is passed through cms.sanitize.sanitize_html before storage.
"""

from __future__ import annotations

import re

from django.utils.html import escape

from cms.sanitize import sanitize_html

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^)\s]+)\)")


def _inline(text: str) -> str:
    html = escape(text)
    html = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', html)
    html = _BOLD.sub(r"<strong>\1</strong>", html)
    return _ITALIC.sub(r"<em>\1</em>", html)


def to_html(source: str) -> str:
    """HTML of a note (already sanitised). In a block, a run of "- " lines is a list and the
    other lines are a paragraph (lines joined by <br>)."""
    blocks = re.split(r"\n\s*\n", (source or "").replace("\r\n", "\n").strip())
    parts = []
    for block in blocks:
        runs: list[tuple[bool, list[str]]] = []
        for line in (line.strip() for line in block.split("\n")):
            if not line:
                continue
            is_item = line.startswith(("- ", "* "))
            text = line[2:].strip() if is_item else line
            if runs and runs[-1][0] == is_item:
                runs[-1][1].append(text)
            else:
                runs.append((is_item, [text]))
        for is_item, lines in runs:
            if is_item:
                parts.append("<ul>" + "".join(f"<li>{_inline(t)}</li>" for t in lines) + "</ul>")
            else:
                parts.append("<p>" + "<br>".join(_inline(t) for t in lines) + "</p>")
    return sanitize_html("".join(parts))
