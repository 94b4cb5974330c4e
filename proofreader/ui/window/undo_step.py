"""Undo and redo that say which cue they changed, so the window can go there.

An undo of a change made far away (a merge, a retime, a typed word fifty cues up) must show
the cue it put back, as in any editor; the document's change events name the rows touched.
"""

from __future__ import annotations

from proofreader.ui.editor_session import EditorSession


def undo_step(session: EditorSession, *, undo: bool) -> int | None:
    """Undo (or redo) one step; the first row it touched, None when nothing changed."""
    touched: list[int] = []

    def watch(event: object) -> None:
        first = getattr(event, "first", None)
        if isinstance(first, int) and not touched:
            touched.append(first)

    document = session.document
    document.add_listener(watch)
    try:
        if undo:
            session.undo.stack.undo()
        else:
            session.undo.stack.redo()
    finally:
        document.remove_listener(watch)
    if not touched or not len(document):
        return None
    return min(touched[0], len(document) - 1)
