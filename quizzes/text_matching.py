"""How a typed short answer is compared with the accepted answers: pure functions, no database.

The rule, as a person marking the answer would apply it:

1. **Normalise** both texts (``normalize_text``): Unicode NFKD, accents removed, casefold,
   punctuation and symbols replaced by spaces, runs of spaces collapsed, ends stripped.
   "  Lettre de MOTIVATION ! " becomes "lettre de motivation", "Élan" becomes "elan".
2. **Drop filler words** (``FILLER_WORDS``: articles, "de", "au", "en", "format", "fichier"...)
   from both sides: "le format PDF" and "un fichier pdf" both become "pdf". A text made only of
   filler words is kept whole: an accepted answer "le" must be typed "le".
3. **Accept** when the two results are equal, or when the accepted answer (after step 2) has at
   least ``TYPO_MIN_LENGTH`` characters and the two differ by at most one typo: one letter missing,
   added, replaced, or two neighbouring letters swapped (Damerau-Levenshtein distance, optimal
   string alignment variant, at most 1). "motivaton", "motivattion", "motivatoin" match
   "motivation"; "CV" and "PDF" must be exact (too short for a typo to be safe).
"""

from __future__ import annotations

import unicodedata

# Words that do not change the meaning of a short answer. Keep it small: every word added here is
# ignored in every accepted answer of every quiz. ("l" and "d" come from "l'offre", "d'emploi".)
FILLER_WORDS = frozenset(
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "en",
        "format", "fichier",
    }
)  # fmt: skip
TYPO_MIN_LENGTH = 6
MAX_TYPOS = 1


def normalize_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    chars = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category.startswith("M"):  # combining accents
            continue
        if category.startswith("P") or category.startswith("S") or char.isspace():
            chars.append(" ")
        else:
            chars.append(char)
    return " ".join("".join(chars).casefold().split())


def answer_core(text: str) -> str:
    """The normalised text without its filler words (the whole text if it is only fillers)."""
    words = normalize_text(text).split()
    kept = [w for w in words if w not in FILLER_WORDS]
    return " ".join(kept or words)


def edit_distance(a: str, b: str, *, limit: int = MAX_TYPOS) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), capped at ``limit + 1``.

    The cap keeps it fast for long texts: the answer is only ever compared with ``limit``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def text_matches(response: str, accepted: str) -> bool:
    """Whether `response` counts as the accepted answer `accepted` (see the module docstring)."""
    expected = answer_core(accepted)
    if not expected:
        return False
    given = answer_core(response)
    if given == expected:
        return True
    return len(expected) >= TYPO_MIN_LENGTH and edit_distance(given, expected) <= MAX_TYPOS
