"""The review report as HTML: what a reader sees per cue and in the summary, and that hostile
subtitle text stays text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import SetNote
from proofreader.subtitles.report import build_report, render_html, write_report
from tests.subtitles.report_support import CREATED, reviewed_report


@dataclass
class Row:
    cells: dict[str, str] = field(default_factory=dict)  # by column header
    deleted: list[str] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    classes: str = ""


class Page(HTMLParser):
    """The report as a reader sees it: tags, summary counts, the cue table's cells and marks."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.counts: dict[str, str] = {}
        self.headers: list[str] = []
        self.rows: dict[int, Row] = {}
        self.text = ""
        self._count: str | None = None
        self._in_dd = False
        self._in_th = False
        self._row: Row | None = None
        self._cell: list[str] | None = None
        self._column = 0
        self._mark: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend(attrs)
        a = dict(attrs)
        if tag == "div" and (a.get("id") or "").startswith("count-"):
            self._count = (a["id"] or "")[len("count-") :]
        elif tag == "dd" and self._count:
            self._in_dd = True
            self.counts[self._count] = ""
        elif tag == "th" and a.get("scope") == "col":
            self._in_th = True
            self.headers.append("")
        elif tag == "tr" and (a.get("id") or "").startswith("cue-"):
            self._row = self.rows[int((a["id"] or "")[4:])] = Row(classes=a.get("class") or "")
            self._column = 0
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag in ("del", "ins") and self._row is not None:
            self._mark = self._row.deleted if tag == "del" else self._row.inserted
            self._mark.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "dd":
            self._in_dd = False
            self._count = None
        elif tag == "th":
            self._in_th = False
        elif tag == "td" and self._row is not None and self._cell is not None:
            self._row.cells[self.headers[self._column]] = "".join(self._cell)
            self._column += 1
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag in ("del", "ins"):
            self._mark = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._in_dd and self._count:
            self.counts[self._count] += data
        if self._in_th:
            self.headers[-1] += data
        if self._cell is not None:
            self._cell.append(data)
        if self._mark is not None:
            self._mark[-1] += data


def test_the_summary_shows_the_counts() -> None:
    report, _ = reviewed_report()
    page = Page(render_html(report))
    assert page.counts == {
        "cues": "5",
        "edited": "4 (2 text, 1 timing, 1 added)",
        "reviewed": "1",
        "flagged": "1",
        "unreviewed": "3",
        "notes": "2",
        "errors": "1",
        "warnings": "2",
    }
    assert "Empty cue empty" in page.text and "Number missing or changed numbers" in page.text
    assert "Made with Proofreader" in page.text and "2025-03-14 09:26" in page.text


def test_each_cue_shows_its_changed_words_state_note_and_findings() -> None:
    report, _ = reviewed_report()
    page = Page(render_html(report))
    assert page.headers == [
        "#",
        "Time",
        "Original",
        "Machine",
        "Final",
        "Findings",
        "Review",
        "Note",
    ]
    first, second, third, fourth, fifth = (page.rows[n] for n in range(1, 6))
    assert (first.deleted, first.inserted) == (["gato"], ["perro"])
    assert first.cells["Machine"] == "El gato negro duerme."
    assert first.cells["Final"] == "El perro negro duerme."
    assert first.cells["Original"] == "The black cat sleeps."
    assert (second.deleted, second.inserted) == ([], [])
    assert second.cells["Machine"] == "unchanged"
    assert second.cells["Review"] == "✓ Reviewed"
    assert second.cells["Note"] == "Checked with the client: «tú» is right."
    assert "notable" in second.classes  # a note makes a cue worth a look
    assert (third.deleted, third.inserted) == (["30"], ["31"])
    assert third.cells["Review"] == "⚑ Flagged" and third.cells["Note"] == "Ask: 13 or 30?"
    assert third.cells["Findings"].startswith("Warning numbers: The number 13 of the original")
    assert fourth.cells["Time"] == "0:00:08.600 → 0:00:10.500\nwas 0:00:08.500 → 0:00:10.500"
    assert fourth.deleted == ["0:00:08.500 → 0:00:10.500"]
    assert fifth.cells["Machine"] == "none: cue added in review"
    assert fifth.cells["Findings"].startswith("Error empty: The cue has no text")
    assert fifth.cells["Review"] == "Unreviewed"


def test_a_cue_with_nothing_to_see_is_not_marked_for_the_notable_filter() -> None:
    document = ProofreadDocument(
        [Cue(1000, 2500, "Hola, ¿qué tal estás?"), Cue(3000, 4500, "Muy bien, gracias.")]
    )
    page = Page(render_html(build_report(document, title="t", created=CREATED)))
    assert [r.classes for r in page.rows.values()] == ["state-unreviewed"] * 2
    assert "Original" not in page.headers  # no original file: no empty column
    assert "The checks found no problems." in page.text


HOSTILE = '<script>alert("cue")</script><img src=x onerror=alert(1)>'


def test_hostile_text_in_cues_notes_and_title_stays_text() -> None:
    document = ProofreadDocument(
        [Cue(0, 2000, HOSTILE + " & más")],
        originals=[Cue(0, 2000, "</td></tr></table><script>alert('o')</script>")],
        machine=[Cue(0, 2000, "Texto")],
    )
    document.apply(SetNote(0, "<b onmouseover=alert(2)>note</b>"))
    report = build_report(document, title='"><script>alert(3)</script>', created=CREATED)
    text = render_html(report)
    page = Page(text)
    assert page.tags.isdisjoint({"script", "img", "b", "iframe", "object"})
    assert not any(name.startswith("on") for name, _ in page.attributes)
    row = page.rows[1]
    assert row.cells["Final"] == HOSTILE + " & más"
    assert row.cells["Original"] == "</td></tr></table><script>alert('o')</script>"
    assert row.cells["Note"] == "<b onmouseover=alert(2)>note</b>"
    assert "".join(row.inserted) == HOSTILE + " & más"
    assert '"><script>alert(3)</script>' in page.text
    assert "default-src 'none'" in text  # and a policy forbidding scripts, in case


def test_the_page_is_self_contained_themed_and_printable(tmp_path) -> None:
    report, _ = reviewed_report()
    path = tmp_path / "report.HTML"
    assert write_report(path, report) == "html"
    text = path.read_text(encoding="utf-8")
    page = Page(text)
    assert page.tags.isdisjoint({"link", "script", "img", "iframe"})
    assert "http://" not in text and "https://" not in text and "src=" not in text
    assert "prefers-color-scheme: dark" in text and "@media print" in text
    assert '<meta charset="utf-8">' in text and not list(tmp_path.glob(".*.tmp"))
