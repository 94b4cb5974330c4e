"""Find and replace in one column; replace-all is a single undo step."""

from __future__ import annotations

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.search import (
    Column,
    Match,
    SearchError,
    SearchQuery,
    count_matches,
    find_all,
    find_next,
    find_previous,
    replace_all,
    replace_in_text,
    replace_match,
)
from tests.subtitles.document_support import Mirror, cues, snapshot


def make_doc() -> ProofreadDocument:
    return ProofreadDocument(
        cues("El gato come.", "Gatos y perros.", "Sin nada.", "gato, GATO, gato"),
        cues("The cat eats.", "Cats and dogs.", "Nothing cat.", "cat, CAT, cat"),
    )


def test_plain_search_is_case_insensitive_by_default() -> None:
    assert find_all(make_doc(), SearchQuery("gato")) == [
        Match(0, 3, 7), Match(1, 0, 4), Match(3, 0, 4), Match(3, 6, 10), Match(3, 12, 16),
    ]  # fmt: skip


def test_whole_word_and_case_sensitive() -> None:
    doc = make_doc()
    assert [m.row for m in find_all(doc, SearchQuery("gato", whole_word=True))] == [0, 3, 3, 3]
    assert find_all(doc, SearchQuery("GATO", case_sensitive=True)) == [Match(3, 6, 10)]


def test_plain_text_is_not_a_pattern() -> None:
    doc = ProofreadDocument(cues("a.b", "axb", "(x)"))
    assert [m.row for m in find_all(doc, SearchQuery("a.b"))] == [0]
    assert [m.row for m in find_all(doc, SearchQuery("(x)"))] == [2]


def test_regex_search() -> None:
    assert count_matches(make_doc(), SearchQuery(r"gatos?\b", regex=True)) == 5


def test_searching_the_original_leaves_the_translation_alone() -> None:
    doc = make_doc()
    assert [m.row for m in find_all(doc, SearchQuery("cat", column=Column.ORIGINAL))] == [
        0,
        1,
        2,
        3,
        3,
        3,
    ]
    with pytest.raises(SearchError, match="original is read-only"):
        replace_all(doc, SearchQuery("cat", column=Column.ORIGINAL), "dog")


def test_find_next_and_previous_step_through_matches_and_wrap() -> None:
    doc = make_doc()
    query = SearchQuery("gato")
    assert find_next(doc, query, 0, 0) == Match(0, 3, 7)
    assert find_next(doc, query, 0, 4) == Match(1, 0, 4)
    assert find_next(doc, query, 3, 13) == Match(0, 3, 7)  # wrapped
    assert find_next(doc, query, 3, 13, wrap=False) is None
    assert find_previous(doc, query, 3, 6) == Match(3, 0, 4)
    assert find_previous(doc, query, 0, 3) == Match(3, 12, 16)  # wrapped
    assert find_previous(doc, query, 0, 3, wrap=False) is None


def test_find_next_comes_back_to_an_only_match_before_the_cursor() -> None:
    doc = ProofreadDocument(cues("uno dos"))
    assert find_next(doc, SearchQuery("uno"), 0, 3) == Match(0, 0, 3)
    assert find_next(doc, SearchQuery("tres"), 0, 0) is None


def test_replace_all_is_one_edit_undone_at_once() -> None:
    doc = make_doc()
    before = snapshot(doc)
    mirror = Mirror(doc)
    edit, count = replace_all(doc, SearchQuery("gato", whole_word=True), "perro")
    assert count == 4
    inverse = doc.apply(edit)
    assert [r.text for r in doc.rows] == [
        "El perro come.",
        "Gatos y perros.",
        "Sin nada.",
        "perro, perro, perro",
    ]
    assert mirror.in_sync()
    doc.apply(inverse)
    assert snapshot(doc) == before


def test_plain_replacement_is_literal_and_regex_replacement_expands_groups() -> None:
    doc = ProofreadDocument(cues("10 EUR", "5 EUR"))
    assert replace_in_text(SearchQuery("EUR"), "10 EUR", r"\1 €") == (r"10 \1 €", 1)
    edit, count = replace_all(doc, SearchQuery(r"(\d+) EUR", regex=True), r"\1 €")
    doc.apply(edit)
    assert count == 2
    assert [r.text for r in doc.rows] == ["10 €", "5 €"]


def test_replace_all_with_no_match_changes_nothing() -> None:
    doc = make_doc()
    edit, count = replace_all(doc, SearchQuery("zebra"), "x")
    assert count == 0
    before = snapshot(doc)
    doc.apply(edit)
    assert snapshot(doc) == before


def test_replace_one_match() -> None:
    doc = make_doc()
    query = SearchQuery("gato")
    match = find_next(doc, query, 3, 5)
    assert match is not None
    doc.apply(replace_match(doc, query, match, "perro"))
    assert doc[3].text == "gato, perro, gato"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            SearchQuery("(unclosed", regex=True),
            "not a valid regular expression: missing \\), unterminated subpattern at position 1.",
        ),
        (SearchQuery(""), "Type something to search for."),
    ],
)
def test_invalid_searches_say_what_is_wrong(query: SearchQuery, message: str) -> None:
    with pytest.raises(SearchError, match=message):
        find_all(make_doc(), query)


def test_invalid_replacement_template_is_refused_before_any_change() -> None:
    doc = make_doc()
    with pytest.raises(SearchError, match="replacement text is not valid"):
        replace_all(doc, SearchQuery("gato", regex=True), r"\3")


def test_stale_match_is_refused() -> None:
    doc = make_doc()
    with pytest.raises(SearchError, match="changed since it was found"):
        replace_match(doc, SearchQuery("gato"), Match(2, 0, 4), "x")


def test_empty_regex_matches_are_not_reported() -> None:
    doc = ProofreadDocument([Cue(0, 1000, "abc")])
    assert find_all(doc, SearchQuery("x*", regex=True)) == []
