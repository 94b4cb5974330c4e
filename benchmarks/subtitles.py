"""Subtitle core figures on a realistic 10,000-cue pair (issue 3's goals beside each median).

Run: uv run python benchmarks/subtitles.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import SetText
from proofreader.subtitles.spelling import load_speller, spelling_findings
from proofreader.subtitles.srt_io import format_srt, format_subtitles, read_srt
from proofreader.subtitles.thresholds import thresholds_for

CUES = 10_000

_EN_WORDS = (
    "we the you need to go now before they find out what happened at the station last night "
    "I don't think she knows about money house doctor tomorrow morning listen carefully"
)
_ES_WORDS = (
    "nosotros tenemos que irnos ahora antes de que descubran lo que pasó en la estación anoche "
    "no creo que ella sepa nada sobre dinero casa médico mañana por escuchen atentamente"
)
_EN = _EN_WORDS.split()
_ES = _ES_WORDS.split()


def _line(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n)).capitalize()


def make_pair(n: int = CUES, seed: int = 3) -> tuple[list[Cue], list[Cue]]:
    """Dialogue-like cues: one or two lines timed at 11-16 CPS in English, the Spanish about
    15 % longer in the same slots (as a machine translation is), gaps mostly of 2+ frames,
    some numbers written the other way, some italics."""
    rng = random.Random(seed)
    originals: list[Cue] = []
    translations: list[Cue] = []
    t = 1000
    for i in range(n):
        words = rng.randint(2, 12)
        en = _line(rng, _EN, words)
        es = _line(rng, _ES, round(words * 1.15))
        if words > 6:  # two lines
            en_words, es_words = en.split(), es.split()
            en = " ".join(en_words[: words // 2]) + "\n" + " ".join(en_words[words // 2 :])
            half = len(es_words) // 2
            es = " ".join(es_words[:half]) + "\n" + " ".join(es_words[half:])
        if i % 17 == 0:
            number = f"{rng.randint(1, 99)},{rng.randint(100, 999)}"
            en += f" {number} dollars."
            es += f" {number.replace(',', '.')} dólares."
        duration = min(max(round(len(en) / rng.uniform(11, 16) * 1000), 1000), 7000)
        if i % 23 == 0:
            es = f"<i>{es}</i>"
        originals.append(Cue(t, t + duration, en))
        translations.append(Cue(t, t + duration, es))
        t += duration + rng.choice((42, 83, 83, 125, 250, 250, 500, 1500, 3000))
    return translations, originals


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and best of `runs` timings, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> int:
    translations, originals = make_pair()
    with tempfile.TemporaryDirectory() as tmp:
        es_path, en_path = Path(tmp, "video.es.srt"), Path(tmp, "video.en.srt")
        es_path.write_text(format_srt(translations), encoding="utf-8")
        en_path.write_text(format_srt(originals), encoding="utf-8")

        def parse_and_pair() -> ProofreadDocument:
            return ProofreadDocument(read_srt(es_path).cues, read_srt(en_path).cues)

        parse = median_ms(parse_and_pair, 9)
        read = read_srt(es_path)

    document = parse_and_pair_result = ProofreadDocument(translations, originals)
    thresholds = thresholds_for("Spanish (Spain)")
    check = median_ms(lambda: Checker(document, thresholds, follow=False), 9)

    checker = Checker(parse_and_pair_result, thresholds)
    row = CUES // 2
    texts = [document[row].text, document[row].text + " más"]
    state = {"i": 0}

    def edit() -> None:
        state["i"] += 1
        document.apply(SetText(row, texts[state["i"] % 2]))

    one_edit = median_ms(edit, 501)
    serialize = median_ms(lambda: format_srt(document.to_cues()), 9)
    edited = document.to_cues()
    for index in range(0, CUES, 100):  # 100 cues edited across the file
        edited[index] = Cue(edited[index].start_ms, edited[index].end_ms, "editado")
    write_back = median_ms(lambda: format_subtitles(edited, "srt", **read.write_options()), 9)
    findings = checker.error_count + checker.warning_count

    print(f"Subtitle core, {CUES:,} cues (Spanish translation + English original), medians:")
    rows = (
        ("parse and pair (read_srt x2 + document)", parse, 150),
        ("full check", check, 100),
        ("one text edit + incremental re-check", one_edit, 2),
        ("serialize (format_srt)", serialize, 50),
        ("write back over the file's layout, 100 edited", write_back, 100),
    )
    for name, (median, best), goal in rows:
        verdict = "ok" if median <= goal else "OVER"
        print(f"  {name:<42} {median:8.3f} ms  (best {best:.3f})  goal <= {goal} ms  {verdict}")
    print(f"  ({findings} findings in the document)")
    spelling()
    return 0


_ARABIC = (
    "مرحبا، كيف حالك اليوم؟",
    "هذا البرنامج يساعد المترجمين على مراجعة الترجمة",
    "لقد ذهبنا إلى السوق واشترينا الخبز والحليب",
    "الطقس جميل جدا في المدينة هذا الصباح",
    "سيبدأ الاجتماع في الساعة العاشرة مع المديرين",
)


def spelling() -> None:
    """Issue 15: the Arabic dictionary loads once; a pass over 1,000 cues takes under 1 s."""
    rng = random.Random(5)
    words = " ".join(_ARABIC).replace("،", "").replace("؟", "").split()
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"

    def word() -> str:  # half real words, half letter strings the dictionary never saw
        if rng.random() < 0.5:
            return rng.choice(words)
        return "".join(rng.choice(letters) for _ in range(rng.randint(3, 7)))

    texts = [" ".join(word() for _ in range(rng.randint(4, 12))) for _ in range(1000)]
    start = time.perf_counter()
    load_speller("ar")
    loaded = (time.perf_counter() - start) * 1000
    again = median_ms(lambda: load_speller("ar"), 5)[0]
    # each pass gets a new Speller (the dictionary is shared): no word verdict is cached
    median, best = median_ms(lambda: list(spelling_findings(texts, load_speller("ar"))), 5)
    verdict = "ok" if median <= 1000 else "OVER"
    print("Spelling, Arabic (Hunspell ar), 1,000 cues, half the words unknown:")
    print(f"  dictionary load, first time in the process  {loaded:8.0f} ms")
    print(f"  dictionary load, again (cached)             {again:8.3f} ms")
    print(f"  pass over 1,000 cues                        {median:8.1f} ms  (best {best:.1f})"
          f"  goal <= 1000 ms  {verdict}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
