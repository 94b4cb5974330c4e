"""The review report as one self-contained HTML page: inline CSS, no script, no external file.

Subtitle text, notes and titles are untrusted (a cue may hold "<script>"): every one of them is
escaped, and a Content-Security-Policy forbids scripts anyway. Changes are marked with <del> and
<ins> (struck through and underlined, not colour alone); the page follows the reader's light or
dark preference and prints with its column headers on every page.
"""

from __future__ import annotations

import html

from proofreader import __version__
from proofreader.subtitles.checks import Finding, Severity
from proofreader.subtitles.display import format_time
from proofreader.subtitles.document import ReviewState
from proofreader.subtitles.report.model import ReportRow, ReportSummary, ReviewReport

_REVIEW_LABELS = {
    ReviewState.REVIEWED: "✓ Reviewed",
    ReviewState.FLAGGED: "⚑ Flagged",
    ReviewState.UNREVIEWED: "Unreviewed",
}

_CSS = """
:root { color-scheme: light dark; --text: #1f2328; --muted: #656d76; --bg: #ffffff;
  --line: #d0d7de; --head: #f6f8fa; --del-bg: #ffebe9; --del: #a40e26; --ins-bg: #dafbe1;
  --ins: #116329; --error: #a40e26; --warning: #7d4e00; --flag: #9a6700; --ok: #116329; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --line: #30363d; --head: #161b22;
    --del-bg: #4b1820; --del: #ffa198; --ins-bg: #12361f; --ins: #7ee787; --error: #ff7b72;
    --warning: #e3b341; --flag: #e3b341; --ok: #7ee787; } }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text);
  background: var(--bg); margin: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.meta, .quiet, .was { color: var(--muted); }
.notices { border-left: 4px solid var(--warning); padding: .25rem 1rem; margin: 1rem 0; }
dl.counts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; }
dl.counts div { min-width: 7rem; } dt { color: var(--muted); font-size: .85rem; }
dd { margin: 0; font-size: 1.3rem; font-weight: 600; } dd small { font-weight: 400; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: var(--head); font-weight: 600; }
table.checks { width: auto; margin-top: 1rem; } td.n, th.n { text-align: right; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 12rem; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
ul.findings { margin: 0; padding-left: 1.1rem; }
.sev { font-weight: 600; } .error .sev { color: var(--error); }
.warning .sev { color: var(--warning); }
.state-flagged .review { color: var(--flag); font-weight: 600; }
.state-reviewed .review { color: var(--ok); }
.filter { display: inline-block; margin: .25rem 0 .75rem; }
#only-notable:checked ~ table.cues tbody tr:not(.notable) { display: none; }
@media print {
  body { margin: 0; font-size: 10pt; } #only-notable, .filter { display: none; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""


def render_html(report: ReviewReport) -> str:
    """The whole page as text (write it as UTF-8)."""
    title = _text(report.title)
    created = report.created.strftime("%Y-%m-%d %H:%M")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f"<title>Review report: {title}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Review report: {title}</h1>",
        f'<p class="meta">Made with Proofreader {__version__} on {created}.</p>',
    ]
    if report.notices:
        items = "".join(f"<li>{_text(n)}</li>" for n in report.notices)
        parts.append(f'<ul class="notices">{items}</ul>')
    parts.append("</header>")
    parts.extend(_summary(report.summary))
    parts.extend(_cues(report))
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def _text(text: str) -> str:
    """Untrusted text made inert: escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def _summary(summary: ReportSummary) -> list[str]:
    detail = f"{summary.text_edited} text, {summary.timing_edited} timing, {summary.added} added"
    counts = [
        ("Cues", str(summary.cues)),
        ("Edited", f"{summary.edited} <small>({detail})</small>"),
        ("Reviewed", str(summary.reviewed)),
        ("Flagged", str(summary.flagged)),
        ("Unreviewed", str(summary.unreviewed)),
        ("Notes", str(summary.notes)),
        ("Errors", str(summary.errors)),
        ("Warnings", str(summary.warnings)),
    ]
    items = "".join(
        f'<div id="count-{name.lower()}"><dt>{name}</dt><dd>{value}</dd></div>'
        for name, value in counts
    )
    lines = ['<section aria-labelledby="summary">', '<h2 id="summary">Summary</h2>']
    lines.append(f'<dl class="counts">{items}</dl>')
    if not summary.by_check:
        lines.append("<p>The checks found no problems.</p>")
    else:
        lines.append('<table class="checks"><caption hidden>Findings by check</caption>')
        lines.append(
            '<thead><tr><th>Check</th><th>Severity</th><th class="n">Findings</th></tr></thead>'
        )
        lines.append("<tbody>")
        for c in summary.by_check:
            lines.append(
                f'<tr class="{c.severity.value}"><td>{_text(c.title)} <code>{_text(c.check)}'
                f'</code></td><td class="sev">{c.severity.value.capitalize()}</td>'
                f'<td class="n">{c.count}</td></tr>'
            )
        lines.append("</tbody></table>")
    lines.append("</section>")
    return lines


def _cues(report: ReviewReport) -> list[str]:
    headers = ["#", "Time"]
    if report.has_originals:
        headers.append("Original")
    headers += ["Machine", "Final", "Findings", "Review", "Note"]
    head = "".join(f'<th scope="col"{" class=n" if h == "#" else ""}>{h}</th>' for h in headers)
    lines = [
        '<section aria-labelledby="cues">',
        '<h2 id="cues">Cues</h2>',
        '<p class="meta">Machine: the translation as delivered, its removed words '
        "<del>struck through</del>. Final: the text after review, its added words "
        "<ins>underlined</ins>.</p>",
        '<input type="checkbox" id="only-notable">',
        '<label class="filter" for="only-notable">Show only cues that changed, have findings, '
        "a flag or a note</label>",
        f'<table class="cues"><thead><tr>{head}</tr></thead>',
        "<tbody>",
    ]
    lines.extend(_row(row, report.has_originals) for row in report.rows)
    lines.append("</tbody></table>")
    lines.append("</section>")
    return lines


def _row(row: ReportRow, with_original: bool) -> str:
    notable = (
        row.added
        or row.text_changed
        or row.timing_changed
        or row.findings
        or row.review is ReviewState.FLAGGED
        or row.note.strip()
    )
    classes = f"state-{row.review.value}" + (" notable" if notable else "")
    cells = [
        f'<td class="n">{row.number}</td>',
        f'<td class="time">{_times(row)}</td>',
    ]
    if with_original:
        original = (
            '<span class="quiet">none</span>' if row.original is None else _text(row.original)
        )
        cells.append(f'<td class="text" dir="auto">{original}</td>')
    cells.append(f'<td class="text machine" dir="auto">{_machine(row)}</td>')
    cells.append(f'<td class="text final" dir="auto">{_final(row)}</td>')
    cells.append(f"<td>{_findings(row.findings)}</td>")
    cells.append(f'<td class="review">{_REVIEW_LABELS[row.review]}</td>')
    cells.append(f'<td class="text note" dir="auto">{_text(row.note)}</td>')
    return f'<tr id="cue-{row.number}" class="{classes}">{"".join(cells)}</tr>'


def _times(row: ReportRow) -> str:
    now = f"{format_time(row.start_ms)} → {format_time(row.end_ms)}"
    if row.timing_changed and row.machine_times is not None:
        start, end = row.machine_times
        was = f"{format_time(start)} → {format_time(end)}"
        return f'{now}<br><span class="was">was <del>{was}</del></span>'
    return now


def _machine(row: ReportRow) -> str:
    if row.machine is None:
        return '<span class="quiet">none: cue added in review</span>'
    if not row.text_changed:
        return '<span class="quiet">unchanged</span>'
    return "".join(
        f"<del>{_text(text)}</del>" if kind == "delete" else _text(text)
        for kind, text in row.diff
        if kind != "insert"
    )


def _final(row: ReportRow) -> str:
    return "".join(
        f"<ins>{_text(text)}</ins>" if kind == "insert" else _text(text)
        for kind, text in row.diff
        if kind != "delete"
    )


def _findings(findings: tuple[Finding, ...]) -> str:
    if not findings:
        return ""
    items = "".join(
        f'<li class="{f.severity.value}"><span class="sev">'
        f"{'Error' if f.severity is Severity.ERROR else 'Warning'}</span> "
        f"<code>{_text(f.check)}</code>: {_text(f.message)}</li>"
        for f in findings
    )
    return f'<ul class="findings">{items}</ul>'
