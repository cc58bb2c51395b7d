"""The one place where user-supplied HTML is cleaned (bleach, against an allow-list).

bleach is no longer maintained upstream (since June 2026): to swap it for nh3, change this module
only; tests/cms/test_sanitize.py checks the behaviour whichever library is behind it.
"""

import bleach
from bleach.linkifier import DEFAULT_CALLBACKS, Linker

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote", "h3", "h4"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _nofollow_new_tab_safe(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


_linker = Linker(callbacks=[*DEFAULT_CALLBACKS, _nofollow_new_tab_safe], skip_tags={"pre", "code"})


def sanitize_html(html: str) -> str:
    """Keep a small set of formatting tags; drop scripts, styles, event handlers and bad URLs."""
    cleaned = bleach.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return _linker.linkify(cleaned)


def plain_text(html: str) -> str:
    """Every tag removed; what is left is text that templates escape on output."""
    return bleach.clean(html or "", tags=set(), attributes={}, strip=True, strip_comments=True)
