"""Certificate verification codes: the one definition of their alphabet, format and display."""

from __future__ import annotations

import re
import secrets

# Crockford-like alphabet: no I, L, O, U, 0 or 1, so a code read aloud or retyped stays unambiguous.
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
LENGTH = 12
GROUP = 4
_WELL_FORMED = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")


def new_certificate_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(raw: str) -> str:
    """The code as stored, from the code as printed (groups with dashes or spaces, any case)."""
    return re.sub(r"[\s\-]", "", raw or "").upper()


def is_well_formed(code: str) -> bool:
    return bool(_WELL_FORMED.match(code))


def display(code: str) -> str:
    """The code in groups of four, easier to read and to type: ABCD-EFGH-JKMN."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
