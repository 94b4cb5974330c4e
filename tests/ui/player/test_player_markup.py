"""Subtitle markup in the preview: only <i>, <b>, <u> are honoured; everything else is text."""

from __future__ import annotations

import pytest

from proofreader.ui.player.subtitle_markup import parse_markup, plain_text, to_html


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<i>Hola</i> mundo", "<i>Hola</i> mundo"),
        ("<B>fuerte</B>", "<b>fuerte</b>"),
        ("<u>sub</u>", "<u>sub</u>"),
        ("<i>abierta", "<i>abierta</i>"),
        ("suelta</b>", "suelta"),
        ("<i><b>x</i>y</b>", "<i><b>x</b></i><b>y</b>"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("a < b > c", "a &lt; b &gt; c"),
        ("uno\ndos", "uno<br>dos"),
    ],
)
def test_honoured_tags_become_well_formed_html_and_the_rest_is_escaped(text: str, html: str):
    assert to_html(text) == html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<font color="red">rojo</font>',
        '<img src="x.png">',
        "<a href='http://example.com'>link</a>",
    ],
)
def test_other_tags_are_shown_literally_not_interpreted(text: str):
    html = to_html(text)
    assert "<" not in html.replace("<br>", "")
    assert plain_text(text) == text


def test_ass_override_blocks_are_stripped_and_hard_breaks_kept():
    assert plain_text(r"{\an8}Arriba{\i1} del todo") == "Arriba del todo"
    assert to_html(r"uno\Ndos") == "uno<br>dos"


def test_runs_carry_the_styles_in_force():
    runs = parse_markup("a<i>b<b>c</b></i>")
    assert [(r.text, r.italic, r.bold) for r in runs] == [
        ("a", False, False),
        ("b", True, False),
        ("c", True, True),
    ]
