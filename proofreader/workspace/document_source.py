"""Where an open document comes from and goes back to.

A DocumentSource is also what an autosaved draft remembers (as the snapshot's meta), so a
restored draft knows its files, its language and how to write the translation back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from proofreader.i18n import translate
from proofreader.subtitles.file_names import language_suffix
from proofreader.subtitles.snapshot import JsonScalar
from proofreader.subtitles.srt_io import SrtWriteOptions
from proofreader.subtitles.thresholds import lookup_language
from proofreader.workspace.inputs import LoadError

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample"
SAMPLE_KEY = "sample:translation.es"
Kind = Literal["file", "sample"]
_DEFAULT_OPTIONS = SrtWriteOptions(
    newline="\n", bom=False, final_newline=True, trailing_blank_line=False
)


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


def guess_language(path: Path) -> str | None:
    """The language code in a name like talk.es.srt or talk.pt-BR.vtt, when the checks know it
    (the window and `proofreader check`/`report` check a file by the same limits)."""
    code = language_suffix(path)
    return code if code is not None and lookup_language(code) is not None else None


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
