"""The sample media shipped in resources/ and the transcripts the sandbox makes for a source."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from proofreader.media.mp4 import MediaInfo
from proofreader.sandbox import srt
from proofreader.sandbox.languages import SOURCE_LANGUAGE, code_of

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample"

# Hand-written translations of the sample talk, by output language.
_TRANSLATION_FILES = {
    "English": "original.en.srt",
    "Spanish (Spain)": "translation.es.srt",
    "French (France)": "translation.fr.srt",
    "German (Germany)": "translation.de.srt",
}


@dataclass(frozen=True)
class Transcripts:
    """The engine's transcript of the source audio and its 'translation' for one language."""

    original: bytes
    translated: bytes


@dataclass
class SampleMedia:
    """Locates the sample files and recognises the sample video when a client uploads it."""

    root: Path = SAMPLE_DIR
    _video_digest: str | None = field(default=None, init=False, repr=False)

    @property
    def video(self) -> Path:
        return self.root / "talk.mp4"

    @property
    def silent_video(self) -> Path:
        return self.root / "silent.mp4"

    @property
    def audio(self) -> Path:
        return self.root / "talk.m4a"

    def public_file(self, name: str) -> Path | None:
        """A file of the sample folder served without a signature, if it exists."""
        if name not in {"talk.mp4", "silent.mp4", "talk.m4a", "original.en.srt"}:
            return None
        path = self.root / name
        return path if path.is_file() else None

    def dubbed_audio(self, source: Path, language: str) -> Path | None:
        """The sample talk spoken in `language` (talk.<code>.m4a), for a render of the sample."""
        path = self.root / f"talk.{code_of(language)}.m4a"
        return path if path.is_file() and self.is_sample(source) else None

    def is_sample(self, path: Path) -> bool:
        """True when the file has the very bytes of the sample video."""
        if not self.video.is_file():
            return False
        try:
            if path.stat().st_size != self.video.stat().st_size:
                return False
        except OSError:
            return False
        if self._video_digest is None:
            self._video_digest = _sha256(self.video)
        return _sha256(path) == self._video_digest

    def transcripts(
        self, source: Path, info: MediaInfo, language: str, original: bytes | None = None
    ) -> Transcripts:
        """Hand-written files for the sample, deterministic placeholders for anything else.

        ``original`` replaces the engine's transcript (a client-supplied input SRT).
        """
        code = code_of(language)
        if original is None and self.is_sample(source):
            original = (self.root / "original.en.srt").read_bytes()
            name = _TRANSLATION_FILES.get(language)
            if name is not None and (self.root / name).is_file():
                return Transcripts(original, (self.root / name).read_bytes())
        if original is None:
            cues = srt.placeholder_transcript(info.duration_s)
            original = srt.format_srt(cues).encode("utf-8")
        else:
            cues = srt.parse(srt.decode(original))
        if language == SOURCE_LANGUAGE:
            return Transcripts(original, original)
        translated = srt.format_srt(srt.placeholder_translation(cues, code)).encode("utf-8")
        return Transcripts(original, translated)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
