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
    """HTML of a note (already sanitised)."""
    blocks = re.split(r"\n\s*\n", (source or "").replace("\r\n", "\n").strip())
    parts = []
    for block in blocks:
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith(("- ", "* ")) for line in lines):
            items = "".join(f"<li>{_inline(line.lstrip()[2:].strip())}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>".join(_inline(line.strip()) for line in lines) + "</p>")
    return sanitize_html("".join(parts))
