"""Spell checking in the editor: underlines, the right-click menu and the View toggle."""
