"""SpellingController: one window's spell checking, for whichever document is open.

It owns the speller of the open document (its language's dictionary, the project's added words
and the glossary's names) and the highlighters of the text fields it is attached to: the cue
pane's translation field and the table's in-cell editor. Nothing is loaded until spelling is on
and a document with a language is open; the dictionary and the word list are then read on the
window's worker thread (a first load takes 0.05-0.3 s of CPU; later documents in the same
language reuse it). Right-clicking a misspelled word offers suggestions, "Add to Project
Dictionary" (saved in the background, survives reopening) and "Ignore" (this session).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from proofreader.library.spelling_words import LOCAL_SCOPE, WordLists
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.spelling import (
    NoDictionary,
    ProjectDictionary,
    Speller,
    Token,
    load_speller,
)
from proofreader.ui.editor.colors import EditorColors
from proofreader.ui.spelling.highlighter import SpellingHighlighter, token_at, utf16_span
from proofreader.ui.window.background import Background

log = logging.getLogger(__name__)

ScopeResolver = Callable[[], str]  # runs on the worker: which word list the document uses


def local_scope() -> str:
    """The word list of documents outside any project."""
    return LOCAL_SCOPE


@dataclass(frozen=True)
class SpellingTarget:
    """What the open document needs spelled: its language and its word list."""

    language: str | None
    resolve_scope: ScopeResolver = local_scope
    glossary: Glossary | None = None
    is_open: bool = True  # False: no document is open (nothing to say about its language)


class SpellingController(QObject):
    """Enables, loads and applies spell checking for the open document."""

    status_changed = Signal(str)  # a sentence for the status bar ("" when nothing to say)
    speller_changed = Signal()  # a speller was set or dropped (tests wait on it)

    def __init__(
        self, word_lists: WordLists | None, background: Background, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._word_lists = word_lists
        self._background = background
        self._enabled = False
        self._target = SpellingTarget(None, is_open=False)
        self._speller: Speller | None = None
        self._scope = LOCAL_SCOPE
        self._generation = 0  # bumped on every change: late loads for an old target are dropped
        self._highlighters: list[SpellingHighlighter] = []
        self.status = ""

    # ----- state -----

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def speller(self) -> Speller | None:
        """The speller in use (None while off, loading, or without a dictionary)."""
        return self._speller

    def set_enabled(self, on: bool) -> None:
        if on != self._enabled:
            self._enabled = on
            self._reload()

    def set_target(self, target: SpellingTarget) -> None:
        """The document changed (or its language or glossary did)."""
        self._target = target
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        self._set_speller(None)
        language = self._target.language
        if not self._enabled or not self._target.is_open:
            self._set_status("")
            return
        if not language:
            self._set_status(
                self.tr(
                    "Spelling is not checked: this document's language is not known (name the "
                    "file like talk.es.srt)."
                )
            )
            return
        generation, target = self._generation, self._target
        folders = [self._word_lists.dictionaries_folder()] if self._word_lists else []

        def work() -> tuple[Speller, str]:
            scope = target.resolve_scope()
            words = self._word_lists.load(scope) if self._word_lists else ProjectDictionary()
            return load_speller(language, words, target.glossary, folders=folders), scope

        def done(result: tuple[Speller, str]) -> None:
            if generation == self._generation:
                self._scope = result[1]
                self._set_speller(result[0])
                self._set_status(
                    self.tr("Checking spelling in {language}.").format(language=result[0].language)
                )

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, NoDictionary):
                self._set_status(str(exc))
            else:
                log.exception("Cannot load the spelling dictionary", exc_info=exc)
                self._set_status(
                    self.tr(
                        "Spelling is not checked: the dictionary could not be read ({error})."
                    ).format(error=exc)
                )

        self._background.run(work, done, failed)

    def _set_speller(self, speller: Speller | None) -> None:
        self._speller = speller
        for highlighter in self._live_highlighters():
            highlighter.set_speller(speller)
        self.speller_changed.emit()

    def _set_status(self, sentence: str) -> None:
        self.status = sentence
        self.status_changed.emit(sentence)

    # ----- text fields -----

    def attach(self, edit: QTextEdit) -> SpellingHighlighter:
        """Underline misspellings in `edit` and give it the spelling context menu."""
        highlighter = SpellingHighlighter(edit.document(), EditorColors.current().over_limit)
        highlighter.setObjectName("spelling-highlighter")
        if self._speller is not None:
            highlighter.set_speller(self._speller)
        self._highlighters.append(highlighter)
        edit.viewport().installEventFilter(self)  # a scroll area's viewport gets the menu event
        return highlighter

    def _live_highlighters(self) -> list[SpellingHighlighter]:
        self._highlighters = [h for h in self._highlighters if shiboken6.isValid(h)]
        return self._highlighters

    def refresh(self) -> None:
        """Underline again everywhere (the words accepted changed)."""
        for highlighter in self._live_highlighters():
            highlighter.rehighlight()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = watched.parent() if isinstance(watched, QWidget) else None
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(edit, QTextEdit)
            and isinstance(event, QContextMenuEvent)
            and self._speller is not None
        ):
            menu = self.context_menu(edit, event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    # ----- the context menu -----

    def misspelling_at(self, edit: QTextEdit, pos: QPoint) -> tuple[Token, int] | None:
        """The misspelled word under a point of `edit`'s viewport, with its block's position."""
        speller = self._speller
        if speller is None:
            return None
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        token = token_at(block.text(), cursor.positionInBlock(), speller)
        return None if token is None else (token, block.position())

    def context_menu(self, edit: QTextEdit, pos: QPoint) -> QMenu:
        """The edit's standard menu, with suggestions and the dictionary actions on top when
        `pos` is on a misspelled word."""
        menu = edit.createStandardContextMenu(pos)
        found = self.misspelling_at(edit, pos)
        speller = self._speller
        if found is None or speller is None:
            return menu
        token, block_start = found
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = speller.suggestions(token.word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _c=False, s=suggestion: self._replace(edit, block_start, token, s)
            )
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("No Suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Add “{word}” to Project Dictionary").format(word=token.word), menu)
        add.setObjectName("spelling-add")
        add.triggered.connect(lambda: self.add_word(token.word))
        ignore = QAction(self.tr("Ignore “{word}”").format(word=token.word), menu)
        ignore.setObjectName("spelling-ignore")
        ignore.triggered.connect(lambda: self.ignore_word(token.word))
        separator = QAction(menu)
        separator.setSeparator(True)
        for action in [*actions, separator, add, ignore]:
            if first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def _replace(self, edit: QTextEdit, block_start: int, token: Token, word: str) -> None:
        block = edit.document().findBlock(block_start)
        start, length = utf16_span(block.text(), token)
        cursor = QTextCursor(block)
        cursor.setPosition(block_start + start)
        cursor.setPosition(block_start + start + length, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == token.word:  # the text has not changed since the menu
            cursor.insertText(word)
            edit.setTextCursor(cursor)

    def add_word(self, word: str) -> None:
        """Accept a word in this project from now on, and remember it on disk."""
        speller, lists, scope = self._speller, self._word_lists, self._scope
        if speller is None or not speller.project.add(word):
            return
        self.refresh()
        if lists is not None:
            snapshot = ProjectDictionary(speller.project.words())
            self._background.run(
                lambda: lists.save(scope, snapshot),
                lambda _none: None,
                lambda exc: self._set_status(
                    self.tr("The word was added for now, but could not be saved: {error}.").format(
                        error=exc
                    )
                ),
            )

    def ignore_word(self, word: str) -> None:
        """Accept a word until the document is closed."""
        if self._speller is not None:
            self._speller.ignore(word)
            self.refresh()
