"""Project dictionaries on disk: one word list per project, one for local files."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.library.spelling_words import LOCAL_SCOPE, WordLists, project_scope
from proofreader.subtitles.spelling import ProjectDictionary


def test_words_survive_a_save_and_load(tmp_path: Path) -> None:
    lists = WordLists(tmp_path / "spelling")
    scope = project_scope("a1b2c3")
    lists.save(scope, ProjectDictionary(["zorglub", "HeyGen", "Áfrico"]))
    loaded = lists.load(scope)
    assert loaded.words() == ["HeyGen", "zorglub", "Áfrico"]
    assert "ZORGLUB" in loaded
    assert (tmp_path / "spelling" / "project-a1b2c3.txt").read_text(encoding="utf-8") == (
        "HeyGen\nzorglub\nÁfrico\n"
    )


def test_each_project_has_its_own_list(tmp_path: Path) -> None:
    lists = WordLists(tmp_path)
    lists.save(project_scope("one"), ProjectDictionary(["uno"]))
    assert len(lists.load(project_scope("two"))) == 0
    assert len(lists.load(LOCAL_SCOPE)) == 0


def test_unusual_project_ids_get_a_safe_file_name(tmp_path: Path) -> None:
    scope = project_scope("../../etc/passwd")
    assert scope.startswith("project-") and "/" not in scope
    lists = WordLists(tmp_path)
    lists.save(scope, ProjectDictionary(["x1"]))
    assert [p.parent for p in tmp_path.iterdir()] == [tmp_path]
    with pytest.raises(ValueError):
        lists.path("../escape")


def test_an_unreadable_list_gives_an_empty_dictionary(tmp_path: Path) -> None:
    (tmp_path / "local.txt").write_bytes(b"\xff\xfe\x00bad")
    assert len(WordLists(tmp_path).load(LOCAL_SCOPE)) == 0
