"""Where an open document comes from and goes back to, and loading it (no widgets: runs on a
thread; its sentences are translated with QCoreApplication.translate, which is thread-safe).

A DocumentSource is also what an autosaved draft remembers (as the snapshot's meta), so a
restored draft knows its files, its language and how to write the translation back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.file_state import FileState
from proofreader.subtitles.glossary import Glossary, GlossaryError, load_glossary
from proofreader.subtitles.snapshot import JsonScalar
from proofreader.subtitles.srt_io import SrtWriteOptions, SubtitleFile, read_subtitle_file
from proofreader.subtitles.thresholds import lookup_language, thresholds_for
from proofreader.ui.i18n import translate

SAMPLE_DIR = Path(__file__).resolve().parents[3] / "resources" / "sample"
SAMPLE_KEY = "sample:translation.es"
Kind = Literal["file", "sample"]
_DEFAULT_OPTIONS = SrtWriteOptions(
    newline="\n", bom=False, final_newline=True, trailing_blank_line=False
)
_LANGUAGE_SUFFIX = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")


class LoadError(Exception):
    """A file of the document cannot be used; the message is one sentence for the user.

    `lenient_helps` says that a lenient read would open the rest ("Open What Can Be Read")."""

    def __init__(self, sentence: str, *, lenient_helps: bool = False) -> None:
        super().__init__(sentence)
        self.lenient_helps = lenient_helps


@dataclass(frozen=True)
class DocumentSource:
    """The files behind one open document.

    `key` names its autosaved draft (the translation's absolute path, or a fixed key for the
    bundled sample); `save_in_place` is False when Save must ask where (the sample).
    A HeyGen session is kind "session", keyed by its proofread id; its `machine` file is the
    translation as HeyGen made it (the editor shows it beside the corrections).
    """

    key: str
    kind: str
    title: str
    translation: Path | None
    original: Path | None = None
    video: Path | None = None
    language: str | None = None
    glossary: Path | None = None
    save_in_place: bool = True
    machine: Path | None = None
    write_options: SrtWriteOptions = field(
        default_factory=lambda: SrtWriteOptions(**_DEFAULT_OPTIONS)
    )
    lenient: bool = False  # read what can be read; skipped blocks are listed on opening

    def saved_as(self, path: Path) -> DocumentSource:
        """The same document once saved under `path` (its new home and draft key)."""
        path = path.absolute()
        return replace(
            self, key=str(path), kind="file", title=path.name, translation=path, save_in_place=True
        )

    def to_meta(self) -> dict[str, JsonScalar]:
        def text(path: Path | None) -> str | None:
            return None if path is None else str(path)

        return {
            "key": self.key,
            "kind": self.kind,
            "title": self.title,
            "translation": text(self.translation),
            "original": text(self.original),
            "video": text(self.video),
            "language": self.language,
            "glossary": text(self.glossary),
            "save_in_place": self.save_in_place,
            "machine": text(self.machine),
            "newline": self.write_options["newline"],
            "bom": self.write_options["bom"],
            "final_newline": self.write_options["final_newline"],
            "trailing_blank_line": self.write_options["trailing_blank_line"],
            "lenient": self.lenient,  # a restored lenient draft reloads leniently too
        }

    @classmethod
    def from_meta(cls, meta: dict[str, JsonScalar]) -> DocumentSource:
        """Rebuild from to_meta(); raises LoadError when the meta is not one of ours."""

        def path(name: str) -> Path | None:
            value = meta.get(name)
            return Path(value) if isinstance(value, str) and value else None

        def string(name: str, default: str = "") -> str:
            value = meta.get(name)
            return value if isinstance(value, str) else default

        key, kind = string("key"), string("kind")
        if not key or not kind:
            raise LoadError(
                translate("DocumentSource", "This draft does not say which document it belongs to.")
            )
        newline = string("newline", "\n")
        options = SrtWriteOptions(
            newline=newline if newline in ("\n", "\r\n", "\r") else "\n",
            bom=meta.get("bom") is True,
            final_newline=meta.get("final_newline") is not False,
            trailing_blank_line=meta.get("trailing_blank_line") is True,
        )
        return cls(
            key=key,
            kind=kind,
            title=string("title", key),
            translation=path("translation"),
            original=path("original"),
            video=path("video"),
            language=string("language") or None,
            glossary=path("glossary"),
            save_in_place=meta.get("save_in_place") is not False,
            machine=path("machine"),
            write_options=options,
            lenient=meta.get("lenient") is True,
        )


@dataclass
class LoadedDocument:
    """A document ready for the editor: built and checked, off the GUI thread if need be."""

    source: DocumentSource
    document: ProofreadDocument
    checker: Checker
    skipped: list[str] = field(default_factory=list)  # "name, line N: why", a lenient read
    disk: FileState | None = None  # the translation file as read (to notice other programs)


def guess_language(path: Path) -> str | None:
    """The language code in a name like talk.es.srt or talk.pt-BR.vtt, when it is one."""
    suffixes = path.suffixes
    if len(suffixes) < 2:
        return None
    code = suffixes[-2].lstrip(".")
    if _LANGUAGE_SUFFIX.match(code) and lookup_language(code) is not None:
        return code
    return None


def local_source(
    translation: Path,
    original: Path | None = None,
    video: Path | None = None,
    *,
    language: str | None = None,
    glossary: Path | None = None,
    kind: Kind = "file",
    lenient: bool = False,
) -> DocumentSource:
    """A source for files on this computer (paths are made absolute: they key the draft)."""
    translation = translation.expanduser().absolute()
    is_sample = kind == "sample"
    return DocumentSource(
        key=SAMPLE_KEY if is_sample else str(translation),
        kind=kind,
        title=translate("DocumentSource", "Sample") if is_sample else translation.name,
        translation=translation,
        original=original.expanduser().absolute() if original else None,
        video=video.expanduser().absolute() if video else None,
        language=language or guess_language(translation),
        glossary=glossary.expanduser().absolute() if glossary else None,
        save_in_place=not is_sample,
        lenient=lenient,
    )


def sample_source() -> DocumentSource:
    """The bundled Spanish sample with its English original and the talk video."""
    return local_source(
        SAMPLE_DIR / "translation.es.srt",
        SAMPLE_DIR / "original.en.srt",
        SAMPLE_DIR / "talk.mp4",
        kind="sample",
    )


def load_document(source: DocumentSource, *, defer_checks: bool = False) -> LoadedDocument:
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
    checker = make_checker(document, source, defer=defer_checks)
    return LoadedDocument(source, document, checker, skipped, disk)


def restore_document(source: DocumentSource, document: ProofreadDocument) -> LoadedDocument:
    """A document rebuilt from a draft, checked with its source's settings and its file's
    layout. What the file holds now is what Save will compare with (the restore list said if
    it changed since the draft)."""
    source = _with_layout(source)
    disk = FileState.of(source.translation) if source.translation is not None else None
    return LoadedDocument(source, document, make_checker(document, source), disk=disk)


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
    document: ProofreadDocument, source: DocumentSource, *, defer: bool = False
) -> Checker:
    return Checker(
        document, thresholds_for(source.language), _glossary(source.glossary), deferred=defer
    )


def _glossary(path: Path | None) -> Glossary | None:
    if path is None:
        return None
    try:
        return load_glossary(path)
    except GlossaryError as exc:
        raise LoadError(str(exc)) from exc
    except OSError as exc:
        raise LoadError(
            translate("DocumentSource", "Cannot read the glossary {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def file_role(role: str) -> str:
    """A file's role as sentences name it after "the" ("Cannot read the translation …"); the
    translations carry their article (Spanish "la traducción")."""
    roles = {
        "translation": translate("FileRoles", "translation", "file role, with its article"),
        "original": translate("FileRoles", "original", "file role, with its article"),
        "machine translation": translate(
            "FileRoles", "machine translation", "file role, with its article"
        ),
        "video": translate("FileRoles", "video", "file role, with its article"),
        "glossary": translate("FileRoles", "glossary", "file role, with its article"),
    }
    return roles.get(role, role)


def _read(
    path: Path, role: str, lenient: bool = False, skipped: list[str] | None = None
) -> SubtitleFile:
    who = file_role(role)
    try:
        read = read_subtitle_file(path, lenient=lenient)
    except SubtitleParseError as exc:
        sentence = translate("DocumentSource", "Cannot read the {role} {name}: {problem}")
        raise LoadError(
            sentence.format(role=who, name=path.name, problem=exc),
            lenient_helps=exc.line is not None,
        ) from exc
    except IsADirectoryError as exc:
        sentence = translate(
            "DocumentSource", "Cannot read the {role} {path}: it is a folder, not a file."
        )
        raise LoadError(sentence.format(role=who, path=path)) from exc
    except FileNotFoundError as exc:
        sentence = translate(
            "DocumentSource", "Cannot read the {role} {path}: there is no such file."
        )
        raise LoadError(sentence.format(role=who, path=path)) from exc
    except OSError as exc:
        sentence = translate("DocumentSource", "Cannot read the {role} {path}: {reason}.")
        raise LoadError(sentence.format(role=who, path=path, reason=exc.strerror or exc)) from exc
    if skipped is not None:
        skipped.extend(f"{path.name}, line {p.line}: {p.message}" for p in read.problems)
    return read
