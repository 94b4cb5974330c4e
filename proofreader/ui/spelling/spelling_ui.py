"""The window's spelling part: View ▸ Check Spelling, remembered between runs.

A WindowPart (window/host.py): it registers its toggle through the action
registry and attaches the SpellingController to the cue pane's translation field and to each
in-cell editor of the table as they are created. Spelling starts off; turned on, the open
document's language decides the dictionary (`talk.es.srt`, or the session's language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextEdit, QWidget

from proofreader.library.spelling_words import LOCAL_SCOPE, WORDS_FOLDER, WordLists, project_scope
from proofreader.ui.actions import ActionSpec
from proofreader.ui.editor.cue_columns import Column
from proofreader.ui.editor.cue_delegates import TranslationDelegate
from proofreader.ui.i18n import translate
from proofreader.ui.spelling.controller import (
    ScopeResolver,
    SpellingController,
    SpellingTarget,
    local_scope,
)
from proofreader.workspace.heygen_session import is_session

if TYPE_CHECKING:
    from proofreader.ui.editor_session import EditorSession
    from proofreader.ui.window.host import WindowHost
    from proofreader.workspace.document_source import DocumentSource

ACTION_ID = "view.spelling"
SPELLING_KEY = "check_spelling"


class SpellingUi:
    """Owns the window's SpellingController and wires it to the editor widgets."""

    def __init__(self, window: WindowHost) -> None:
        self._window = window
        settings = window.context.settings_path
        lists = WordLists(settings.parent / WORDS_FOLDER) if settings is not None else None
        self.controller = SpellingController(lists, window.background, window.widget)
        self.controller.status_changed.connect(self._show_status)

    def specs(self) -> list[ActionSpec]:
        return [
            ActionSpec(
                ACTION_ID, translate("SpellingUi", "Check &Spelling"), "View", self.apply,
                group="spelling", order=510, checkable=True,
                checked=self._window.state.flag(SPELLING_KEY, False),
                tip=translate("SpellingUi", "Underline misspelled words in the translation; "
                              "right-click one for suggestions"),
            )
        ]  # fmt: skip

    def mount(self) -> None:
        window = self._window
        window.session_changed.connect(self._on_session)
        delegate = window.area.table.itemDelegateForColumn(Column.TRANSLATION)
        if isinstance(delegate, TranslationDelegate):
            delegate.editor_created.connect(self._on_cell_editor)
        self.apply()
        self._on_session(window.session)

    def apply(self) -> None:
        """Turn spelling on or off as the View menu says, and remember it."""
        on = self._window.registry.action(ACTION_ID).isChecked()
        self._window.state.set_flag(SPELLING_KEY, on)
        self.controller.set_enabled(on)

    def _show_status(self, sentence: str) -> None:
        if sentence:
            self._window.show_message(sentence, 10_000)

    def _on_cell_editor(self, editor: QWidget) -> None:
        if isinstance(editor, QTextEdit):
            self.controller.attach(editor)

    def _on_session(self, session: EditorSession | None) -> None:
        if session is None:
            self.controller.set_target(SpellingTarget(None, is_open=False))
            return
        pane = self._window.area.pane
        if pane is not None:
            self.controller.attach(pane.translation_edit)
        source = session.source
        self.controller.set_target(
            SpellingTarget(source.language, self._scope_of(source), session.checker.glossary)
        )

    def _scope_of(self, source: DocumentSource) -> ScopeResolver:
        """Which word list a document uses: its project's for a session, else the local one."""
        if not is_session(source):  # a HeyGen session's words belong to its project
            return local_scope
        store, proofread_id = self._window.store, source.key

        def resolve() -> str:
            session = store.get_session(proofread_id)
            return project_scope(session.project_id) if session is not None else LOCAL_SCOPE

        return resolve
