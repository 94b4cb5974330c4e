"""The Qt-free layers speak the window's language: a file that cannot be opened, and a refused
key, read in Spanish in a Spanish window (they used to stay English inside a Spanish frame)."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.heygen import AuthenticationError
from proofreader.library import KeySource
from proofreader.workflow.api_key import refused_sentence
from proofreader.workspace.document_source import local_source
from proofreader.workspace.inputs import LoadError
from proofreader.workspace.loading import load_document


def test_a_missing_translation_is_said_in_spanish(spanish: None, tmp_path: Path) -> None:
    missing = tmp_path / "charla.es.srt"
    with pytest.raises(LoadError) as raised:
        load_document(local_source(missing))
    assert str(raised.value) == f"No se puede leer la traducción {missing}: ese archivo no existe."


def test_a_broken_line_is_said_in_spanish(spanish: None, tmp_path: Path) -> None:
    broken = tmp_path / "charla.es.srt"
    broken.write_text("1\n00:00:01,000 --> 00:00:0x,000\nHola\n")
    with pytest.raises(LoadError) as raised:
        load_document(local_source(broken))
    assert str(raised.value).startswith(f"No se puede leer la traducción {broken}, línea 2: ")


def test_a_refused_key_is_said_in_spanish(spanish: None) -> None:
    refused = AuthenticationError(status=401)
    sentence = refused_sentence(refused, KeySource.KEYCHAIN)
    assert sentence.startswith("HeyGen no ha aceptado la clave guardada en este equipo")
