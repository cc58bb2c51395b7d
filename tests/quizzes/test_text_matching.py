"""Short answers marked as a person would: filler words and one typo in longer answers do not
make an answer wrong (quizzes.text_matching). Examples, then Hypothesis properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes import grading
from quizzes.grading import Question, grade
from quizzes.text_matching import (
    FILLER_WORDS,
    TYPO_MIN_LENGTH,
    answer_core,
    edit_distance,
    normalize_text,
    text_matches,
)


def marked(typed, *accepted):
    question = Question("t", grading.SHORT_TEXT, "?", accepted_answers=accepted)
    return grade([question], {"t": typed}).questions[0].is_correct


@pytest.mark.parametrize(
    "typed, accepted",
    [
        ("le format PDF", "PDF"),  # the case seen on a real walk
        ("un fichier pdf", "PDF"),
        ("PDF", "le format PDF"),
        ("la lettre de motivation", "lettre de motivation"),
        ("lettre motivation", "Lettre de motivation"),
        ("l'entretien d'embauche", "entretien embauche"),
        ("au Pôle emploi", "pole emploi"),
        ("en CDI", "CDI"),
        ("motivaton", "motivation"),  # a letter missing
        ("motivattion", "motivation"),  # a letter added
        ("motivatiin", "motivation"),  # a letter changed
        ("motivatoin", "motivation"),  # two neighbouring letters swapped
        ("lettre de motivations", "lettre de motivation"),
        ("le", "le"),  # an accepted answer made only of filler words is compared whole
    ],
)
def test_accepted(typed, accepted):
    assert marked(typed, accepted)


@pytest.mark.parametrize(
    "typed, accepted",
    [
        ("CV", "PDF"),
        ("PDG", "PDF"),  # a typo in a short answer is another answer
        ("CDD", "CDI"),
        ("lettre", "lettre de motivation"),
        ("motivtoin", "motivation"),  # two typos
        ("lettre de candidature", "lettre de motivation"),
        ("la", "le"),
        ("format", "PDF"),  # only filler words left: not the answer
        ("", "PDF"),
    ],
)
def test_refused(typed, accepted):
    assert not marked(typed, accepted)


def test_answer_core_drops_filler_words_but_keeps_a_text_made_only_of_them():
    assert answer_core("Le format PDF !") == "pdf"
    assert answer_core("L'offre d'emploi") == "offre emploi"
    assert answer_core("Les") == "les"
    assert {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d"} <= FILLER_WORDS
    assert {"au", "aux", "en", "format", "fichier"} <= FILLER_WORDS


def test_edit_distance():
    assert edit_distance("motivation", "motivation") == 0
    assert edit_distance("motivation", "motivatoin") == 1
    assert edit_distance("motivation", "motivaton") == 1
    assert edit_distance("abc", "cab") == 2  # capped at limit + 1
    assert edit_distance("a" * 200, "b" * 200) == 2  # stops early


def test_the_rule_is_documented_for_editors():
    from quizzes.question_types.short_text import ShortTextBlock

    help_text = str(ShortTextBlock().child_blocks["accepted_answers"].meta.help_text)
    assert "format" in help_text and "6 caractères" in help_text
    assert "FILLER_WORDS" in grading.__doc__ and "Damerau-Levenshtein" in grading.__doc__


# -- properties ------------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Words that are not filler words (at least 2 letters, and none of the list).
words = st.text(alphabet=LETTERS, min_size=2, max_size=12).filter(lambda w: w not in FILLER_WORDS)
answers = st.lists(words, min_size=1, max_size=4).map(" ".join)
fillers = st.sampled_from(sorted(FILLER_WORDS))
long_words = st.text(alphabet=LETTERS, min_size=TYPO_MIN_LENGTH, max_size=20)


@settings(max_examples=300, deadline=None)
@given(answers, fillers, st.booleans(), st.sampled_from(["", "!", "?", ".", " ", "'"]))
def test_an_accepted_answer_with_a_filler_word_added_still_passes(accepted, filler, before, mark):
    typed = f"{filler} {accepted}{mark}" if before else f"{accepted} {filler}{mark}"
    assert text_matches(typed, accepted)
    assert text_matches(typed.upper(), accepted)


@settings(max_examples=300, deadline=None)
@given(answers, st.lists(fillers, min_size=1, max_size=3))
def test_filler_words_between_the_words_do_not_count(accepted, added):
    words = accepted.split()
    between = (added + [""] * len(words))[: len(words)]
    typed = " ".join(w for pair in zip(words, between, strict=True) for w in pair if w)
    assert text_matches(typed, accepted)


@st.composite
def one_typo(draw):
    word = draw(long_words)
    i = draw(st.integers(0, len(word) - 1))
    letter = draw(st.sampled_from(LETTERS))
    kind = draw(st.sampled_from(["missing", "added", "changed", "swapped"]))
    if kind == "missing":
        typo = word[:i] + word[i + 1 :]
    elif kind == "added":
        typo = word[:i] + letter + word[i:]
    elif kind == "changed":
        typo = word[:i] + letter + word[i + 1 :]
    else:
        i = min(i, len(word) - 2)
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word, typo


@settings(max_examples=400, deadline=None)
@given(one_typo())
def test_a_single_letter_typo_in_an_answer_of_6_letters_or_more_passes(pair):
    word, typo = pair
    if word in FILLER_WORDS or typo in FILLER_WORDS:  # "format", "fichier": not an answer
        return
    assert text_matches(typo, word)


@st.composite
def two_changes(draw):
    """A word with two letters, not next to each other, replaced by letters it does not contain:
    two typos, never one."""
    word = draw(st.text(alphabet="abcdefghij", min_size=TYPO_MIN_LENGTH, max_size=20))
    i = draw(st.integers(0, len(word) - 3))
    j = draw(st.integers(i + 2, len(word) - 1))
    return word, word[:i] + "x" + word[i + 1 : j] + "y" + word[j + 1 :]


@settings(max_examples=300, deadline=None)
@given(two_changes())
def test_a_different_word_does_not_pass(pair):
    word, other = pair
    assert not text_matches(other, word)


@settings(max_examples=300, deadline=None)
@given(answers, words)
def test_an_added_word_that_is_not_a_filler_does_not_pass(accepted, extra):
    assert not text_matches(f"{accepted} {extra}", accepted)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_matching_never_crashes_and_equal_cores_match(typed, accepted):
    result = text_matches(typed, accepted)
    assert isinstance(result, bool)
    if normalize_text(accepted) and answer_core(typed) == answer_core(accepted):
        assert result
