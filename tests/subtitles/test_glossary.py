"""Glossary files: formats, do-not-translate rows, whole-word case-insensitive matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.subtitles.glossary import GlossaryError, load_glossary, parse_glossary


def test_csv_with_header_marker_column_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        "\ufeffterm,rendering,dnt\n# brand names\nHeyGen,,yes\naccount,cuenta,\nvideo,vídeo,\n"
        'New York,"Nueva York",\nAvatar,Avatar,\n',
        encoding="utf-8",
    )
    glossary = load_glossary(path)
    assert [(e.term, e.rendering, e.do_not_translate) for e in glossary.entries] == [
        ("HeyGen", "HeyGen", True),
        ("account", "cuenta", False),
        ("video", "vídeo", False),
        ("New York", "Nueva York", False),
        ("Avatar", "Avatar", True),
    ]


def test_tsv_and_semicolon_files_and_single_column_names(tmp_path: Path) -> None:
    tsv = tmp_path / "g.tsv"
    tsv.write_text("account\tcuenta\nMaria\n", encoding="utf-8")
    assert [e.rendering for e in load_glossary(tsv).entries] == ["cuenta", "Maria"]
    assert [e.rendering for e in parse_glossary("account;cuenta\n").entries] == ["cuenta"]


def test_terms_match_whole_words_case_insensitively_even_across_a_line_break() -> None:
    glossary = parse_glossary("New York,Nueva York\ncat,gato\n")
    assert glossary.terms_in("I love NEW\nyork and my cat.") == ("new york", "cat")
    assert glossary.terms_in("Concatenate the category.") == ()


def test_missing_rendering_and_accepted_alternatives() -> None:
    glossary = parse_glossary("account,cuenta\naccount,perfil\n")
    terms = glossary.terms_in("Open your account")
    assert glossary.missing(terms, "Abre tu <i>perfil</i>") == []
    assert glossary.missing(terms, "Abre tu usuario") == ["account"]
    assert (
        glossary.describe("account") == "Glossary: “account” must be rendered “cuenta” or “perfil”."
    )


def test_rendering_glued_to_chinese_or_a_korean_particle_counts() -> None:
    glossary = parse_glossary("HeyGen\n")
    terms = glossary.terms_in("Made with HeyGen.")
    assert glossary.missing(terms, "我用HeyGen做的") == []
    assert glossary.missing(terms, "HeyGen은 좋아요") == []
    assert glossary.missing(terms, "HeyGenial") == ["heygen"]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "term,rendering\n"])
def test_a_glossary_without_terms_is_refused(text: str) -> None:
    with pytest.raises(GlossaryError, match="has no terms"):
        parse_glossary(text)


def test_a_glossary_that_is_not_utf8_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("cañón,canyon\n".encode("cp1252"))
    with pytest.raises(GlossaryError, match="not UTF-8 text; save it as UTF-8"):
        load_glossary(path)
