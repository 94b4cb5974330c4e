#!/usr/bin/env python3
"""Remake the sandbox's sample media from a known English script.

Needs espeak-ng and ffmpeg/ffprobe on PATH; uses only the standard library. Writes into
resources/sample/: talk.mp4 (640x360, animated gradient with the speech waveform, AAC audio),
talk.m4a (the audio alone), silent.mp4 (no audio track, for the "audio missing" path),
original.en.srt whose cue timings are the measured durations of each spoken sentence, and the
hand-written translations translation.{es,fr,de}.srt with the same timings.

Run:  python3 resources/make_sample_media.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "sample"
VOICE = "en-us"
WORDS_PER_MINUTE = "178"
GAP_S = 0.3  # silence between sentences
LEAD_S = 0.5  # silence before the first sentence
TAIL_S = 0.6  # silence after the last sentence

ENGLISH = [
    "Welcome to Proofreader, the review desk for your translated videos.",
    "Before a dubbed video is rendered, you can read every subtitle line.",
    "Our team ships 12 product videos every month, in 4 languages.",
    "A single wrong number, like 30 percent instead of 13 percent, can cost a customer.",
    "Proofreader checks names, numbers and your glossary terms automatically.",
    "Fix a line, press save, and the new subtitles go straight back to HeyGen.",
    "The lip-synced render starts only when you are happy with the text.",
    "Thank you for watching, and happy proofreading.",
]

TRANSLATIONS = {
    "es": [
        "Bienvenido a Proofreader, la mesa de revisión de tus vídeos traducidos.",
        "Antes de renderizar un vídeo doblado, puedes leer cada línea de subtítulos.",
        "Nuestro equipo publica 12 vídeos de producto al mes, en 4 idiomas.",
        "Un solo número erróneo, como un 30 por ciento en lugar de un 13 por ciento,"
        " puede costarnos un cliente.",
        "Proofreader revisa automáticamente nombres, números y los términos de tu glosario.",
        "Corrige una línea, pulsa guardar y los nuevos subtítulos vuelven directamente a HeyGen.",
        "El renderizado con sincronización labial solo empieza cuando el texto te convence.",
        "Gracias por vernos, y feliz revisión.",
    ],
    "fr": [
        "Bienvenue dans Proofreader, le bureau de relecture de vos vidéos traduites.",
        "Avant le rendu d'une vidéo doublée, vous pouvez lire chaque ligne de sous-titres.",
        "Notre équipe publie 12 vidéos produit chaque mois, en 4 langues.",
        "Un seul chiffre erroné, comme 30 pour cent au lieu de 13 pour cent,"
        " peut coûter un client.",
        "Proofreader vérifie automatiquement les noms, les chiffres et les termes"
        " de votre glossaire.",
        "Corrigez une ligne, enregistrez, et les nouveaux sous-titres repartent"
        " directement chez HeyGen.",
        "Le rendu avec synchronisation labiale ne démarre que lorsque le texte vous convient.",
        "Merci de votre attention, et bonne relecture.",
    ],
    "de": [
        "Willkommen bei Proofreader, dem Prüfpult für Ihre übersetzten Videos.",
        "Bevor ein synchronisiertes Video gerendert wird, können Sie jede Untertitelzeile lesen.",
        "Unser Team veröffentlicht jeden Monat 12 Produktvideos in 4 Sprachen.",
        "Eine einzige falsche Zahl, etwa 30 Prozent statt 13 Prozent, kann einen Kunden kosten.",
        "Proofreader prüft Namen, Zahlen und Ihre Glossarbegriffe automatisch.",
        "Korrigieren Sie eine Zeile, speichern Sie, und die neuen Untertitel gehen direkt"
        " zurück an HeyGen.",
        "Das lippensynchrone Rendering startet erst, wenn Sie mit dem Text zufrieden sind.",
        "Danke fürs Zuschauen und viel Spaß beim Korrekturlesen.",
    ],
}

BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact"]


def run(*args: str) -> str:
    result = subprocess.run(args, check=True, capture_output=True, text=True)
    return result.stdout


def duration_of(path: Path) -> float:
    out = run(
        "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)
    )
    return float(out.strip())


def speak(text: str, raw: Path, trimmed: Path) -> float:
    """Synthesize one sentence, trim its leading/trailing silence, return the spoken length."""
    run("espeak-ng", "-v", VOICE, "-s", WORDS_PER_MINUTE, "-w", str(raw), text)
    trim = (
        "silenceremove=start_periods=1:start_threshold=-50dB,areverse,"
        "silenceremove=start_periods=1:start_threshold=-50dB,areverse"
    )
    run("ffmpeg", "-y", "-v", "error", "-i", str(raw), "-af", trim, "-ar", "22050", "-ac", "1",
        *BITEXACT, str(trimmed))  # fmt: skip
    return duration_of(trimmed)


def timestamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{ms:03d}"


def wrap(text: str, width: int = 42) -> str:
    """Break a long sentence into two balanced subtitle lines."""
    if len(text) <= width:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def write_srt(path: Path, texts: list[str], spans: list[tuple[float, float]]) -> None:
    blocks = [
        f"{n}\n{timestamp(start)} --> {timestamp(end)}\n{wrap(text)}\n"
        for n, (text, (start, end)) in enumerate(zip(texts, spans, strict=True), start=1)
    ]
    path.write_text("\n".join(blocks), encoding="utf-8", newline="\n")


def main() -> int:
    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            print(
                f"{tool} is not installed; install it and run this script again.", file=sys.stderr
            )
            return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        spans: list[tuple[float, float]] = []
        pieces: list[Path] = []
        cursor = LEAD_S
        for n, sentence in enumerate(ENGLISH):
            piece = tmp / f"s{n}.wav"
            length = speak(sentence, tmp / f"raw{n}.wav", piece)
            spans.append((cursor, cursor + length))
            pieces.append(piece)
            cursor += length + GAP_S
        total = cursor - GAP_S + TAIL_S

        # One audio track: each sentence delayed to its measured start, mixed, padded to length.
        inputs: list[str] = []
        chains: list[str] = []
        for n, (piece, (start, _end)) in enumerate(zip(pieces, spans, strict=True)):
            inputs += ["-i", str(piece)]
            delay = round(start * 1000)
            chains.append(f"[{n}:a]adelay={delay}:all=1[d{n}]")
        labels = "".join(f"[d{n}]" for n in range(len(pieces)))
        mix = f"{labels}amix=inputs={len(pieces)}:normalize=0,apad,atrim=0:{total:.3f}[a]"
        speech = tmp / "talk.wav"
        run("ffmpeg", "-y", "-v", "error", *inputs, "-filter_complex", ";".join([*chains, mix]),
            "-map", "[a]", "-ar", "22050", "-ac", "1", *BITEXACT, str(speech))  # fmt: skip

        run("ffmpeg", "-y", "-v", "error", "-i", str(speech), "-c:a", "aac", "-b:a", "40k",
            *BITEXACT, str(OUT / "talk.m4a"))  # fmt: skip

        video_filter = (
            f"gradients=s=640x360:r=12:c0=0x1d3557:c1=0x457b9d:c2=0x2a9d8f:n=3:speed=0.02:seed=7"
            f":d={total:.3f}[bg];"
            "[0:a]showwaves=s=640x160:mode=cline:rate=12:scale=sqrt:colors=0xf1faee[w];"
            "[bg][w]overlay=0:100:shortest=1,format=yuv420p[v]"
        )
        run("ffmpeg", "-y", "-v", "error", "-i", str(speech), "-filter_complex", video_filter,
            "-map", "[v]", "-map", "0:a", "-c:v", "libx264", "-preset", "slow", "-crf", "36",
            "-threads", "1", "-c:a", "aac", "-b:a", "40k", "-movflags", "+faststart",
            *BITEXACT, str(OUT / "talk.mp4"))  # fmt: skip

        run("ffmpeg", "-y", "-v", "error", "-f", "lavfi", "-i",
            "color=c=0x1d3557:s=160x90:r=10:d=2", "-c:v", "libx264", "-preset", "slow",
            "-threads", "1", "-an", "-movflags", "+faststart", *BITEXACT,
            str(OUT / "silent.mp4"))  # fmt: skip

    write_srt(OUT / "original.en.srt", ENGLISH, spans)
    for code, texts in TRANSLATIONS.items():
        write_srt(OUT / f"translation.{code}.srt", texts, spans)
    print(f"Sample media written to {OUT} ({total:.1f} s of speech).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
