"""Loading a document: reading its files, pairing them, checking it (blocking: the window
runs it on its Background worker)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from proofreader.i18n import translate
from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.file_state import FileState
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.srt_io import SubtitleFile, read_subtitle_file
from proofreader.subtitles.thresholds import GENERIC, Thresholds, lookup_language, thresholds_for
from proofreader.workspace.document_source import DocumentSource
from proofreader.workspace.inputs import LoadError, Role, read_glossary, read_subtitles


@dataclass
class LoadedDocument:
    """A document ready for the editor: built and checked, off the GUI thread if need be."""

    source: DocumentSource
    document: ProofreadDocument
    checker: Checker
    skipped: list[str] = field(default_factory=list)  # "name, line N: why", a lenient read
    disk: FileState | None = None  # the translation file as read (to notice other programs)


Limits = Callable[[str | None], Thresholds]
"""The checks' limits for a language: `thresholds_for`, or with the user's Preferences on top
(the window passes those, so a document is checked once, by the limits it is shown with)."""


def load_document(
    source: DocumentSource, *, limits: Limits = thresholds_for, defer_checks: bool = False
) -> LoadedDocument:
    """Read the translation and original, pair them and run the checks (blocking).

    With `defer_checks` the checks are left for the session to run in slices after the
    table's first paint (a big file is on screen sooner; its flags fill in a moment later).
    """
    if source.translation is None:
        raise LoadError(
            translate("DocumentSource", "{title} has no translation file to open.").format(
                title=source.title
            )
        )
    disk = FileState.of(source.translation)  # before reading: a change meanwhile is noticed
    skipped: list[str] = []
    subtitle_file = _read(source.translation, "translation", source.lenient, skipped)
    originals = []
    if source.original:
        originals = _read(source.original, "original", source.lenient, skipped).cues
    machine = None
    if source.machine is not None and source.machine != source.translation:
        machine = _read(source.machine, "machine translation", source.lenient, skipped).cues
    document = ProofreadDocument(subtitle_file.cues, originals, machine)
    source = replace(source, write_options=subtitle_file.write_options())
    checker = make_checker(document, source, limits=limits, defer=defer_checks)
    return LoadedDocument(source, document, checker, skipped, disk)


def restore_document(
    source: DocumentSource, document: ProofreadDocument, *, limits: Limits = thresholds_for
) -> LoadedDocument:
    """A document rebuilt from a draft, checked with its source's settings and its file's
    layout. What the file holds now is what Save will compare with (the restore list said if
    it changed since the draft)."""
    source = _with_layout(source)
    disk = FileState.of(source.translation) if source.translation is not None else None
    checker = make_checker(document, source, limits=limits)
    return LoadedDocument(source, document, checker, disk=disk)


def _with_layout(source: DocumentSource) -> DocumentSource:
    """A draft keeps the cues, not the file's layout (WebVTT header, NOTE/STYLE blocks, cue
    settings, numbering): read it again from the file, so that Save keeps what the file had."""
    if source.translation is None or "layout" in source.write_options:
        return source
    try:
        read = read_subtitle_file(source.translation, lenient=True)
    except (SubtitleParseError, OSError):
        return source
    return replace(source, write_options=read.write_options())


def make_checker(
    document: ProofreadDocument,
    source: DocumentSource,
    *,
    limits: Limits = thresholds_for,
    defer: bool = False,
) -> Checker:
    """The window's checker: the source's language limits and glossary, following edits."""
    glossary = read_glossary(source.glossary) if source.glossary is not None else None
    return Checker(document, limits(source.language), glossary, deferred=defer)


def checked_once(
    cues: list[Cue],
    originals: list[Cue] | None,
    machine: list[Cue] | None,
    thresholds: Thresholds,
    glossary: Glossary | None,
) -> tuple[ProofreadDocument, Checker]:
    """A document and its findings for a command that reads, checks and ends (check, report):
    the same pairing and checks as the window's, without following edits."""
    document = ProofreadDocument(cues, originals, machine)
    return document, Checker(document, thresholds, glossary, follow=False)


def unknown_language_note(language: str | None) -> str | None:
    """The sentence for a language the limits table does not know (checked with the generic
    limits), or None."""
    if not language or lookup_language(language) is not None:
        return None
    return translate(
        "DocumentSource",
        "The language '{language}' is not known; checking with the generic limits ({chars} "
        "characters per line, {cps} CPS).",
    ).format(language=language, chars=f"{GENERIC.max_chars_per_line:g}", cps=f"{GENERIC.max_cps:g}")


def _read(path: Path, role: Role, lenient: bool, skipped: list[str]) -> SubtitleFile:
    read = read_subtitles(path, role, lenient=lenient)
    skipped.extend(f"{path.name}, line {p.line}: {p.message}" for p in read.problems)
    return read
