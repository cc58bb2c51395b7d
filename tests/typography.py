"""French and English typography rules, as functions returning what is wrong with a string.

French (the source language): a non-breaking space (U+00A0, or the narrow U+202F) before : ; ? ! %
and », and after « and n°. English: no space before : ; ? ! %, no French quotes or "n°".
URLs, times (10:30), e-mail and format placeholders (%(name)s, {name}), HTML tags and entities are
not prose and are left out.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_HARD = NBSP + NNBSP

_NOT_PROSE = [
    (re.compile(r"(?:https?|mailto|tel):[^\s\"'<>]+|www\.[^\s\"'<>]+"), "URL"),
    (re.compile(r"<[^>]*>"), ""),  # tags go, their text stays
    (re.compile(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE), "E"),
    (re.compile(r"%\([a-z_0-9]+\)[-#0 +]?\d*(?:\.\d+)?[sdif]|%[sdif]"), "X"),
    (re.compile(r"\{[a-z_0-9.]*\}"), "X"),
    (re.compile(r"%%"), "%"),
    (re.compile(r"\b\d{1,2}:\d{2}\b"), "T"),
]


def prose(text: str) -> str:
    for pattern, replacement in _NOT_PROSE:
        text = pattern.sub(replacement, text)
    return text


_FRENCH_RULES = [
    (re.compile(r"[ \t\n](?=[:;?!%»])"), "a regular space before {char} (use U+00A0)"),
    (re.compile(rf"(?<=[^\s{_HARD}«(\[])(?=[;?!»])"), "no space before {char}"),
    (re.compile(rf"(?<=[^\s{_HARD}\d])(?=:(?:\s|$))"), "no space before {char}"),
    (re.compile(r"(?<=[\w])(?=%)"), "no space before {char}"),
    (re.compile(rf"«(?=[^{_HARD}])"), "no non-breaking space after «"),
    (re.compile(r"\b[nN]°(?=[ \d])"), "no non-breaking space after n°"),
]

_ENGLISH_RULES = [
    (re.compile(rf"[\s{_HARD}](?=[:;?!%])"), "a space before {char} (none in English)"),
    (re.compile(r"n°|N°"), "French 'n°' (English: 'No.' or '#')"),
    (re.compile(r"[«»]"), "French quotes (English: “ ”)"),
]


def _errors(text: str, rules) -> list[str]:
    found = []
    clean = prose(text)
    for pattern, message in rules:
        for match in pattern.finditer(clean):
            char = clean[match.end() : match.end() + 1] or clean[match.start() : match.end()]
            context = clean[max(0, match.start() - 20) : match.end() + 10]
            found.append(f"{message.format(char=repr(char))}: …{context}…")
    return found


def french_errors(text: str) -> list[str]:
    """What breaks French typography in `text` (an empty list when nothing does)."""
    return _errors(text, _FRENCH_RULES)


def english_errors(text: str) -> list[str]:
    return _errors(text, _ENGLISH_RULES)
