"""Spell checking: words found in subtitle text, dictionaries per language, findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.subtitles.glossary import Glossary, GlossaryEntry
from proofreader.subtitles.spelling import (
    NoDictionary,
    ProjectDictionary,
    Speller,
    choose_dictionary,
    language_from_filename,
    load_speller,
    spelling_findings,
    words,
)

# A planted Spanish translation: the misspellings are exactly recivir, aplicacion, ecsamen.
SPANISH_CUES = [
    "<i>Hola</i>, ¿cómo estás? Quiero recivir la aplicacion.",
    "Gracias por el vídeo: después del ecsamen, ¿qué harás?",
    "{\\an8}El niño está en Madrid con HeyGen y la NASA.",
    "Cuesta 1.000 dólares en https://heygen.com o en www.ejemplo.es (MP4, 3D).",
]
SPANISH_WRONG = ["recivir", "aplicacion", "ecsamen"]
# A planted French translation: the misspellings are exactly recevior and beaucop.
FRENCH_CUES = [
    "Aujourd’hui, l'homme qu'il voit est peut-être à Paris.",
    "Je vais recevior beaucop de sous-titres.",
    "C'est la traduction de la vidéo, n'est-ce pas ?",
]
FRENCH_WRONG = ["recevior", "beaucop"]


@pytest.fixture(scope="module")
def spanish() -> Speller:
    return load_speller("Spanish (Spain)")


@pytest.fixture(scope="module")
def french() -> Speller:
    return load_speller("French (France)")


def misspelled_words(speller: Speller, texts: list[str]) -> list[str]:
    return [token.word for text in texts for token in speller.misspelled(text)]


def test_planted_spanish_misspellings_are_exactly_the_ones_found(spanish: Speller) -> None:
    assert misspelled_words(spanish, SPANISH_CUES) == SPANISH_WRONG


def test_planted_french_misspellings_are_exactly_the_ones_found(french: Speller) -> None:
    assert misspelled_words(french, FRENCH_CUES) == FRENCH_WRONG


def test_correct_text_has_no_misspelling(spanish: Speller, french: Speller) -> None:
    corrected = [
        text.replace("recivir", "recibir")
        .replace("aplicacion", "aplicación")
        .replace("ecsamen", "examen")
        for text in SPANISH_CUES
    ]
    assert misspelled_words(spanish, corrected) == []
    fixed = [t.replace("recevior", "recevoir").replace("beaucop", "beaucoup") for t in FRENCH_CUES]
    assert misspelled_words(french, fixed) == []


def test_offsets_point_at_the_word_in_the_raw_text(spanish: Speller) -> None:
    text = SPANISH_CUES[0]
    found = spanish.misspelled(text)
    assert [(text[t.start : t.start + t.length], t.word) for t in found] == [
        ("recivir", "recivir"),
        ("aplicacion", "aplicacion"),
    ]


def test_a_missing_accent_is_a_misspelling(spanish: Speller) -> None:
    # a frequency list of subtitles would accept "cancion"; a real dictionary does not
    assert misspelled_words(spanish, ["Una cancion para la nacion."]) == ["cancion", "nacion"]


def test_suggestions_come_best_first_and_are_capped(spanish: Speller, french: Speller) -> None:
    assert "recibir" in spanish.suggestions("recivir")
    assert spanish.suggestions("aplicacion")[0] == "aplicación"
    assert french.suggestions("beaucop")[0] == "beaucoup"
    assert len(spanish.suggestions("recivir", limit=1)) == 1


def test_hyphenated_words_are_judged_by_their_parts(spanish: Speller) -> None:
    assert spanish.misspelled("El acuerdo franco-alemán.") == []
    assert [t.word for t in spanish.misspelled("El acuerdo franko-alemán.")] == ["franko"]


def test_project_dictionary_accepts_added_words_in_any_case() -> None:
    project = ProjectDictionary(["Proofreader"])
    speller = load_speller("es", project)
    assert speller.misspelled("Abre Proofreader y PROOFREADERS.") == []
    assert [t.word for t in speller.misspelled("Usa proofreader con Lipsync.")] == ["Lipsync"]
    assert project.add("lipsync") is True
    assert project.add("LIPSYNC") is False
    assert speller.misspelled("Usa proofreader con Lipsync.") == []
    assert project.words() == ["lipsync", "Proofreader"]


def test_ignore_accepts_a_word_for_this_speller_only() -> None:
    speller = load_speller("es")
    speller.ignore("Zorglub")
    assert speller.misspelled("Hola, zorglub.") == []
    assert [t.word for t in load_speller("es").misspelled("Hola, Zorglub.")] == ["Zorglub"]


def test_glossary_terms_and_renderings_are_accepted() -> None:
    glossary = Glossary(
        [
            GlossaryEntry("Proofreader", "Proofreader", True),
            GlossaryEntry("lip sync", "lipsync", False),
        ]
    )
    speller = load_speller("Spanish (Spain)", glossary=glossary)
    assert speller.misspelled("Proofreader hace el lipsync.") == []


def test_words_skip_markup_addresses_numbers_capitals_and_names() -> None:
    text = '<font color="red">Mira</font> {\\i1}https://x.io/a{\\i0} a@b.com NASA iPhone 3D x Casa'
    assert [t.word for t in words(text)] == ["Mira", "Casa"]


def test_words_keep_combining_marks_inside_words() -> None:
    assert [t.word for t in words("हिन्दी भाषा")] == ["हिन्दी", "भाषा"]
    assert load_speller("Hindi").misspelled("हिन्दी भाषा") == []


def test_curly_apostrophes_reach_a_latin1_dictionary(spanish: Speller) -> None:
    # es_ES is ISO 8859-1: the typographic apostrophe must not break the lookup
    assert [t.word for t in spanish.misspelled("O’Neill dijo l’agua")] == ["l’agua"]


@pytest.mark.parametrize(
    ("language", "first"),
    [
        ("Spanish (Spain)", "es_ES"),
        ("Spanish (Mexico)", "es_MX"),
        ("es", "es"),
        ("pt-BR", "pt_BR"),
        ("French (Canada)", "fr_CA"),
        ("German (Germany)", "de_DE"),
        ("English", "en_US"),
        ("English (United Kingdom)", "en_GB"),
        ("en-GB", "en_GB"),
        ("Portuguese (Portugal)", "pt_PT"),
        ("Norwegian", "nb_NO"),
        ("Filipino", "tl_PH"),
    ],
)
def test_language_names_choose_a_dictionary(language: str, first: str) -> None:
    choice = choose_dictionary(language)
    assert choice is not None
    assert choice.candidates[0] == first


def test_regional_names_fall_back_to_the_languages_dictionary() -> None:
    assert load_speller("Spanish (Mexico)").dictionary.stem == "es_MX"  # type: ignore[attr-defined]
    assert load_speller("English (India)").dictionary.stem == "en_US"  # type: ignore[attr-defined]
    assert load_speller("English (UK)").dictionary.stem == "en_GB"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("Chinese (Mandarin, Simplified)", "There is no spelling dictionary for Chinese "
         "(Mandarin, Simplified)."),
        ("Klingon", "There is no spelling dictionary for Klingon."),
        ("Finnish", "There is no spelling dictionary for Finnish; put fi_FI.aff and "
         "fi_FI.dic in the dictionaries folder to check it."),
    ],
)  # fmt: skip
def test_a_language_without_dictionary_says_so(language: str, sentence: str) -> None:
    with pytest.raises(NoDictionary) as raised:
        load_speller(language)
    assert str(raised.value) == sentence


def test_a_users_dictionary_folder_comes_first(tmp_path: Path) -> None:
    (tmp_path / "fi_FI.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tmp_path / "fi_FI.dic").write_text("2\nkiitos\nhyvää\n", encoding="utf-8")
    speller = load_speller("Finnish", folders=[tmp_path])
    assert [t.word for t in speller.misspelled("Kiitos hyvää päivää")] == ["päivää"]


def test_file_names_give_the_language() -> None:
    assert language_from_filename("talk.es.srt") == "es"
    assert language_from_filename("/x/talk.pt-BR.vtt") == "pt-BR"
    assert language_from_filename("talk.srt") is None
    assert language_from_filename("talk.final.srt") is None


def test_findings_name_each_misspelled_word_occurrence(spanish: Speller) -> None:
    found = list(spelling_findings([*SPANISH_CUES, "Otra vez recivir."], spanish))
    assert [(row, f.check, str(f.severity), f.message) for row, f in found] == [
        (0, "spelling", "warning", 'Possible misspelling: "recivir".'),
        (0, "spelling", "warning", 'Possible misspelling: "aplicacion".'),
        (1, "spelling", "warning", 'Possible misspelling: "ecsamen".'),
        (4, "spelling", "warning", 'Possible misspelling: "recivir".'),
    ]
