"""Quality checks: each check's trigger and limit, language thresholds, incremental re-checking."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proofreader.subtitles.checks import CHECKS, Checker, Finding, Severity
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import Edit, InsertCues, SetText, SetTimes, SplitCue
from proofreader.subtitles.events import RowsInserted
from proofreader.subtitles.glossary import parse_glossary
from proofreader.subtitles.text_metrics import (
    chars_per_second,
    line_lengths,
    measure_cue,
    reading_chars,
)
from proofreader.subtitles.thresholds import Thresholds, lookup_language, thresholds_for
from tests.subtitles.document_support import cues
from tests.subtitles.test_edits import edit_for

SPANISH = thresholds_for("Spanish (Spain)")
# Most tests use short texts, which a dubbing voice would say far faster than their cue lasts.
QUIET = SPANISH.with_overrides({"disabled": {"speech-fit"}})


def findings_of(
    translated: list[Cue],
    originals: list[Cue] | None = None,
    thresholds: Thresholds = QUIET,
    glossary_text: str | None = None,
) -> list[tuple[int, Finding]]:
    glossary = parse_glossary(glossary_text) if glossary_text else None
    checker = Checker(ProofreadDocument(translated, originals), thresholds, glossary)
    return list(checker.all_findings())


def ids(found: list[tuple[int, Finding]]) -> list[tuple[int, str]]:
    return [(row, f.check) for row, f in found]


def only(found: list[tuple[int, Finding]], check: str) -> list[str]:
    return [f.message for _, f in found if f.check == check]


def test_every_check_has_a_stable_id_and_the_severity_the_issue_asks() -> None:
    assert list(CHECKS) == [
        "empty", "bad-timing", "overlap", "min-duration", "max-duration", "min-gap",
        "max-lines", "line-length", "cps", "untranslated", "length-ratio", "speech-fit",
        "numbers", "glossary",
    ]  # fmt: skip
    errors = {c.id for c in CHECKS.values() if c.severity is Severity.ERROR}
    assert errors == {"empty", "bad-timing", "overlap"}


def test_a_clean_file_has_no_findings() -> None:
    assert (
        findings_of(
            cues("Hola, ¿qué tal?", "Muy bien, gracias."), cues("Hi, how are you?", "Fine, thanks.")
        )
        == []
    )


# ----- timing -----


@pytest.mark.parametrize("text", ["", "   ", "<i></i>", "{\\an8}\n", "\u200b"])
def test_empty_cue_is_an_error(text: str) -> None:
    found = findings_of([Cue(0, 2000, text)])
    assert ids(found) == [(0, "empty")]
    assert found[0][1].severity is Severity.ERROR


def test_end_not_after_start_is_bad_timing() -> None:
    found = findings_of([Cue(5000, 5000, "Hola")])
    assert ids(found) == [(0, "bad-timing")]
    assert "ends at 0:00:05.000, not after its start at 0:00:05.000" in found[0][1].message


def test_overlap_is_reported_on_the_earlier_cue() -> None:
    found = findings_of(
        [Cue(0, 2250, "Hola, ¿cómo estás hoy?"), Cue(2000, 4000, "Muy bien, gracias.")]
    )
    assert ids(found) == [(0, "overlap")]
    assert found[0][1].message == "Overlaps the next cue by 0.250 s; cues must not overlap."


@pytest.mark.parametrize(
    ("duration", "flagged"), [(833, False), (832, True), (7000, False), (7001, True)]
)
def test_duration_limits_are_five_sixths_of_a_second_and_seven_seconds(
    duration: int, flagged: bool
) -> None:
    found = findings_of(
        [Cue(0, duration, "Sí")], thresholds=SPANISH.with_overrides({"dead_air_min_ms": 1e9})
    )
    assert bool(found) == flagged
    if flagged:
        message = found[0][1].message
        assert "minimum of 0.833 s" in message or "maximum of 7.000 s" in message


@pytest.mark.parametrize(
    ("fps", "gap", "flagged"), [(24, 83, False), (24, 82, True), (25, 80, False), (25, 79, True)]
)
def test_min_gap_is_two_frames_at_the_frame_rate(fps: float, gap: int, flagged: bool) -> None:
    thresholds = QUIET.with_overrides({"fps": fps})
    found = findings_of(
        [Cue(0, 2000, "Hola"), Cue(2000 + gap, 4000, "Adiós")], thresholds=thresholds
    )
    assert ids(found) == ([(0, "min-gap")] if flagged else [])
    if flagged:
        assert (
            "minimum of 2 frames" in found[0][1].message and f"at {fps} fps" in found[0][1].message
        )


# ----- reading -----


def test_three_lines_are_too_many() -> None:
    found = findings_of([Cue(0, 6000, "uno\ndos\ntres")])
    assert only(found, "max-lines") == ["3 lines; the limit is 2 for Spanish."]


def test_line_length_counts_visible_characters_per_line() -> None:
    long_line = "x" * 43
    found = findings_of([Cue(0, 6000, f"<i>{'y' * 42}</i>\n{long_line}")])
    assert only(found, "line-length") == ["Line 2 has 43 characters; the limit is 42 for Spanish."]


def test_cps_message_names_the_limit_and_the_language() -> None:
    text = "a" * 40 + "\n" + "b" * 40 + "\n" + "c" * 37  # 117 characters, line breaks free
    found = findings_of([Cue(0, 5000, text)])
    assert only(found, "cps") == [
        "Reading speed 23.4 CPS is above the limit of 17 CPS for Spanish."
    ]


def test_cps_ignores_tags_and_counts_line_breaks_as_nothing() -> None:
    assert reading_chars('{\\an8}<i>Hola</i>\n<font color="#fff">mundo</font>') == 9
    assert chars_per_second("<b>abcd</b>", 1000) == 4
    assert chars_per_second("", 1000) == 0


def test_english_allows_20_cps_and_children_17() -> None:
    text = "x" * 38  # 19 CPS over 2 s
    assert only(findings_of([Cue(0, 2000, text)], thresholds=thresholds_for("en")), "cps") == []
    children = thresholds_for("English (United States)", children=True)
    assert only(findings_of([Cue(0, 2000, text)], thresholds=children), "cps")


def test_japanese_counts_full_width_as_one_and_half_width_as_half() -> None:
    japanese = thresholds_for("ja")
    assert line_lengths("ｱｲｳ漢字", half_width_halves=True) == [3.5]
    fourteen = "日本語の字幕です。はい、そう"
    found = findings_of([Cue(0, 7000, fourteen)], thresholds=japanese)
    assert only(found, "line-length") == [
        "Line 1 has 14 full-width characters; the limit is 13 for Japanese."
    ]
    half_width = "abcdefghijklmnopqrstuvwxyz"  # 26 half-width = 13
    assert only(findings_of([Cue(0, 7000, half_width)], thresholds=japanese), "line-length") == []


def test_japanese_cps_limit_is_four() -> None:
    japanese = thresholds_for("Japanese")
    assert only(findings_of([Cue(0, 2000, "日本語の字幕")], thresholds=japanese), "cps") == []
    assert only(findings_of([Cue(0, 1000, "日本語の字幕")], thresholds=japanese), "cps") == [
        "Reading speed 6.0 CPS is above the limit of 4 CPS for Japanese."
    ]


def test_a_none_limit_turns_its_check_off() -> None:
    thai = thresholds_for("Thai")
    assert thai.max_cps is None
    assert only(findings_of([Cue(0, 1000, "ก" * 30)], thresholds=thai), "cps") == []


# ----- against the original -----


def test_untranslated_ignores_case_punctuation_and_spaces() -> None:
    found = findings_of(cues("¡HELLO,  world!"), cues("Hello world."))
    assert only(found, "untranslated") == [
        "The translation is the same as the original (apart from case, punctuation and spaces)."
    ]
    assert only(findings_of(cues("123"), cues("123")), "untranslated") == []  # no letters
    assert only(findings_of(cues("Hola mundo"), cues("Hello world")), "untranslated") == []


def test_untranslated_spares_do_not_translate_names() -> None:
    found = findings_of(cues("HeyGen"), cues("HeyGen"), glossary_text="HeyGen")
    assert only(found, "untranslated") == []


def test_length_ratio_flags_far_outside_the_languages_band() -> None:
    original = "I don't think she knows about it at all."  # 40 characters
    found = findings_of(cues("No."), cues(original))
    assert only(found, "length-ratio") == [
        "The translation is 0.07× the original's length; usual for Spanish is 1.10–1.15×, "
        "flagged outside 0.55–2.30× (a possible omission or addition)."
    ]
    normal = findings_of(cues("No creo que ella lo sepa en absoluto, de verdad."), cues(original))
    assert only(normal, "length-ratio") == []
    short = findings_of(cues("De acuerdo, de acuerdo."), cues("OK."))
    assert only(short, "length-ratio") == []  # too short to judge


def test_length_ratio_counts_chinese_characters_as_two_columns() -> None:
    chinese = thresholds_for("Chinese (Mandarin, Simplified)")
    found = findings_of(
        [Cue(0, 4000, "我明天要去商店买东西。")],
        cues("I'm going to the store tomorrow to buy things."),
        thresholds=chinese,
    )
    assert only(found, "length-ratio") == []


def test_speech_fit_flags_rushed_and_dead_air() -> None:
    rushed = findings_of([Cue(0, 1500, "Tenemos que irnos ahora mismo, ya")], thresholds=SPANISH)
    assert only(rushed, "speech-fit") == [
        "Will be rushed: about 1.9 s to speak at 17 characters/s for Spanish, but the cue lasts "
        "1.5 s (limit 120% of the cue)."
    ]
    dead_air = findings_of([Cue(0, 6000, "Sí.")], thresholds=SPANISH)
    assert only(dead_air, "speech-fit") == [
        "Will leave dead air: about 0.2 s to speak at 17 characters/s for Spanish fills 3% of the "
        "6.0 s cue (limit 50%)."
    ]
    fits = findings_of([Cue(0, 2000, "Tenemos que irnos ya")], thresholds=SPANISH)
    assert only(fits, "speech-fit") == []


def test_checks_can_be_turned_off_per_project() -> None:
    assert findings_of([Cue(0, 6000, "Sí.")], thresholds=QUIET) == []


@pytest.mark.parametrize("written", ["1.000", "1,000", "1 000", "1\u202f000", "1000"])
def test_numbers_equal_in_any_thousands_writing(written: str) -> None:
    found = findings_of(cues(f"Cuesta {written} dólares."), cues("It costs 1,000 dollars."))
    assert only(found, "numbers") == []


def test_numbers_missing_or_changed_are_flagged_with_the_original_writing() -> None:
    found = findings_of(
        cues("Tengo 25 años y 3,5 hijos."), cues("I am 52, with 3.5 kids and 2 dogs.")
    )
    assert only(found, "numbers") == [
        "The number 52 of the original is missing or changed in the translation.",
        "The number 2 of the original is missing or changed in the translation.",
    ]


def test_glossary_requires_the_rendering_case_insensitively_as_a_whole_word() -> None:
    glossary = "term,rendering\nAccount,cuenta\nHeyGen,,dnt\n"
    found = findings_of(
        cues("Abre tu perfil.", "Abre tu CUENTA.", "Cuentas de Heygen.", "Usa Heygenio."),
        cues("Open your account.", "Open your Account.", "HeyGen accounts.", "Use HeyGen."),
        glossary_text=glossary,
    )
    assert only(found, "glossary") == [
        "Glossary: “Account” must be rendered “cuenta”.",
        "Glossary: “HeyGen” must stay as is (do not translate).",
    ]
    assert [row for row, f in found if f.check == "glossary"] == [0, 3]


def test_cues_sharing_an_original_are_judged_together() -> None:
    original = Cue(0, 6000, "It costs 1,000 dollars, my friend, believe me.")
    doc = ProofreadDocument([Cue(0, 6000, "Cuesta 1.000 dólares, amigo mío, créeme.")], [original])
    checker = Checker(doc, QUIET)
    assert list(checker.all_findings()) == []
    doc.apply(SplitCue(0, 21, 3000, gap_ms=100))
    # each half alone lacks the number or is half as long; together they are fine
    assert [f.check for _, f in checker.all_findings()] == []


# ----- thresholds -----


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Spanish (Spain)", "es"), ("Spanish (Mexico)", "es"), ("es", "es"), ("es-419", "es"),
        ("Chinese (Mandarin, Simplified)", "zh"), ("zh", "zh"), ("zh-Hans", "zh"),
        ("Chinese (Cantonese, Traditional)", "zh"), ("pt-BR", "pt"), ("Portuguese (Brazil)", "pt"),
        ("Japanese (Japan)", "ja"), ("KO", "ko"), ("Arabic (Saudi Arabia)", "ar"),
        ("Hindi (India)", "hi"), ("Dutch (Netherlands)", "nl"), ("Norwegian Bokmål (Norway)", "nb"),
        ("English (United States)", "en"), ("fr_CA", "fr"), ("German", "de"),
    ],
)  # fmt: skip
def test_language_profiles_are_found_by_api_name_and_by_code(name: str, code: str) -> None:
    profile = lookup_language(name)
    assert profile is not None and profile.code == code


@pytest.mark.parametrize("name", ["Klingon", "", "xx", "Esperanto (World)"])
def test_unknown_languages_have_no_profile_and_get_generic_limits(name: str) -> None:
    assert lookup_language(name) is None
    generic = thresholds_for(name)
    assert (generic.max_cps, generic.max_chars_per_line, generic.language) == (17, 42, "")


def test_the_table_numbers_per_language() -> None:
    table = {
        "en": (42, 20), "es": (42, 17), "ar": (42, 20), "ja": (13, 4), "zh": (16, 9),
        "ko": (16, 12), "th": (35, None), "hi": (None, 22),
    }  # fmt: skip
    for code, (line, cps) in table.items():
        t = thresholds_for(code)
        assert (t.max_chars_per_line, t.max_cps) == (line, cps), code
    assert thresholds_for("zh", children=True).max_cps == 7


def test_overrides_apply_and_unknown_settings_are_refused() -> None:
    t = thresholds_for("es", overrides={"max_cps": 15, "fps": 25})
    assert (t.max_cps, t.min_gap_ms) == (15, 80)
    with pytest.raises(ValueError, match="Unknown check setting max_speed"):
        thresholds_for("es", overrides={"max_speed": 3})
    with pytest.raises(ValueError, match="frame rate"):
        Thresholds().with_overrides({"fps": 0})


# ----- the checker -----


def test_checker_rechecks_edited_rows_and_their_neighbours() -> None:
    doc = ProofreadDocument([Cue(0, 2000, "Hola"), Cue(2500, 4500, "Adiós"), Cue(5000, 7000, "Ya")])
    checker = Checker(doc, QUIET)
    notified: list[tuple[int, int]] = []
    checker.add_listener(lambda first, last: notified.append((first, last)))
    doc.apply(SetTimes(1, 1900, 4500))  # now overlaps cue 1 (row 0)
    assert [f.check for f in checker.findings(0)] == ["overlap"]
    assert checker.error_count == 1
    assert notified == [(0, 2)]
    doc.apply(SetText(2, ""))
    assert checker.error_count == 2
    assert checker.next_problem(0) == 2
    assert checker.next_problem(2) == 0  # wraps
    assert checker.next_problem(0, backwards=True) == 2
    assert checker.next_problem(1, wrap=False) == 2
    checker.close()
    doc.apply(SetText(2, "Ya"))
    assert checker.error_count == 2  # no longer following


def test_review_and_note_changes_do_not_trigger_a_recheck() -> None:
    from proofreader.subtitles.document import ReviewState
    from proofreader.subtitles.edits import SetNote, SetReviewState

    doc = ProofreadDocument(cues("a", "b"))
    checker = Checker(doc, SPANISH)
    notified: list[tuple[int, int]] = []
    checker.add_listener(lambda first, last: notified.append((first, last)))
    doc.apply(SetNote(0, "x"))
    doc.apply(SetReviewState((1,), ReviewState.REVIEWED))
    assert notified == []


def test_configure_changes_limits_and_rechecks_everything() -> None:
    doc = ProofreadDocument([Cue(0, 2000, "x" * 38)])
    checker = Checker(doc, thresholds_for("en", overrides={"disabled": {"speech-fit"}}))
    assert checker.warning_count == 0
    checker.configure(QUIET)
    assert [f.check for f in checker.findings(0)] == ["cps"]
    checker.configure(glossary=parse_glossary("xx,yy"))
    assert checker.glossary is not None
    checker.clear_glossary()
    assert checker.glossary is None


def _full(doc: ProofreadDocument, thresholds: Thresholds) -> list[tuple[Finding, ...]]:
    fresh = Checker(doc, thresholds, follow=False)
    return [fresh.findings(row) for row in range(len(doc))]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_incremental_findings_always_equal_a_full_recheck(data: st.DataObject) -> None:
    originals = [
        Cue(t, t + 1800, f"Line {t // 2000} costs {t} dollars.") for t in range(0, 16_000, 2000)
    ]
    translated = [Cue(c.start_ms, c.end_ms, c.text.replace("costs", "cuesta")) for c in originals]
    doc = ProofreadDocument(translated, originals)
    thresholds = SPANISH.with_overrides({"length_ratio_min_chars": 5})
    checker = Checker(doc, thresholds)
    for _ in range(data.draw(st.integers(1, 10), label="edits")):
        edit: Edit = data.draw(edit_for(doc), label="edit")
        doc.apply(edit)
        assert [checker.findings(r) for r in range(len(doc))] == _full(doc, thresholds)
    assert checker.error_count == sum(
        1 for found in _full(doc, thresholds) for f in found if f.severity is Severity.ERROR
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_deferred_first_pass_interleaved_with_edits_ends_equal_to_a_full_check(
    data: st.DataObject,
) -> None:
    """A big file is shown before its checks finish; edits made meanwhile must not leave a
    row unchecked or checked against stale neighbours."""
    originals = [
        Cue(t, t + 1800, f"Line {t // 2000} costs {t} dollars.") for t in range(0, 24_000, 2000)
    ]
    translated = [Cue(c.start_ms, c.end_ms, c.text.replace("costs", "cuesta")) for c in originals]
    translated[3] = Cue(translated[3].start_ms, translated[3].end_ms, "")  # an error to find
    doc = ProofreadDocument(translated, originals)
    thresholds = SPANISH.with_overrides({"length_ratio_min_chars": 5})
    checker = Checker(doc, thresholds, deferred=True)
    assert checker.pending and checker.error_count == 0
    refreshed: list[tuple[int, int]] = []
    checker.add_listener(lambda first, last: refreshed.append((first, last)))
    for _ in range(data.draw(st.integers(1, 8), label="steps")):
        if data.draw(st.booleans(), label="edit or slice"):
            doc.apply(data.draw(edit_for(doc), label="edit"))
        else:
            checker.check_pending(data.draw(st.integers(1, 4), label="rows"))
    while checker.check_pending(3):
        pass
    assert not checker.pending
    assert refreshed, "views must hear of rows the pass checked"
    assert [checker.findings(r) for r in range(len(doc))] == _full(doc, thresholds)
    assert checker.error_count == sum(
        1 for found in _full(doc, thresholds) for f in found if f.severity is Severity.ERROR
    )


def test_reading_every_finding_finishes_a_deferred_pass_first() -> None:
    """F8 and the upload check read the whole document: they must not see a partial pass."""
    doc = ProofreadDocument(cues("Hola.", "", "Adiós."))
    checker = Checker(doc, deferred=True)
    assert checker.next_problem(1) is not None
    assert not checker.pending
    assert list(checker.all_findings()) == list(Checker(doc, follow=False).all_findings())
    assert checker.has_errors(1) and checker.error_count >= 1


def test_measures_for_the_editor_count_like_the_checks() -> None:
    measures = measure_cue("<i>Hola</i>\nmundo", 1000, speech_rate_cps=SPANISH.speech_rate_cps)
    assert measures.line_lengths == (4, 5)
    assert measures.cps == 9
    assert measures.fit == pytest.approx(9 / 17)
    assert measure_cue("", 0, speech_rate_cps=15).cps == 0


def test_findings_are_current_when_a_view_hears_of_an_insert_even_if_it_listened_first() -> None:
    doc = ProofreadDocument([Cue(0, 2000, "Hola, ¿cómo estás?")])
    seen: list[tuple[str, ...]] = []

    def view(event: object) -> None:
        if isinstance(event, RowsInserted):
            seen.append(tuple(f.check for f in checker.findings(event.first)))

    doc.add_listener(view)
    checker = Checker(doc, QUIET)
    doc.apply(InsertCues(1, (Cue(2000, 3000, ""),)))
    assert seen == [("empty",)]


HOSTILE = [
    "مرحبا بالعالم\u200f 123",
    "👍🏽👨‍👩‍👧 emoji",
    "zero\u200bwidth\u2060joiners\ufeff",
    "<i>unclosed <b>tags",
    "a < b and c > d",
    '{\\an8}{\\pos(1,2)}<font color="red">x</font>',
    "١٬٠٠٠ ٣٫٥",
    "9" * 5000,
    "x\n" * 50,
    "\t \u3000",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_odd_text_is_checked_without_crashing(text: str) -> None:
    glossary = "HeyGen,,dnt\nx,y"
    for language in ("es", "ja", "ar", "zh"):
        findings_of(
            [Cue(0, 2000, text), Cue(1500, 1500, text)],
            [Cue(0, 2000, text), Cue(1500, 3000, "HeyGen 1,000")],
            thresholds=thresholds_for(language),
            glossary_text=glossary,
        )


def test_arabic_indic_digits_equal_western_ones() -> None:
    found = findings_of(cues("التكلفة ١٬٠٠٠ دولار"), cues("It costs 1,000 dollars."))
    assert only(found, "numbers") == []


@settings(max_examples=50, deadline=None)
@given(translation=st.text(max_size=60), original=st.text(max_size=60))
def test_any_text_pair_gives_well_formed_findings(translation: str, original: str) -> None:
    found = findings_of([Cue(0, 3000, translation)], [Cue(0, 3000, original)], thresholds=SPANISH)
    for _, f in found:
        assert f.check in CHECKS and f.severity is CHECKS[f.check].severity
        assert f.message.endswith(".")
