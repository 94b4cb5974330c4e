"""Change events a ProofreadDocument sends to its listeners (plain callbacks, no Qt).

They are precise enough for a table model to refresh only the rows touched: structural changes
come as an "about to" event before the rows list changes and a "done" event after it, which maps
one to one onto Qt's beginInsertRows/endInsertRows and beginRemoveRows/endRemoveRows.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class Field(enum.Flag):
    """Which parts of a row changed."""

    TEXT = enum.auto()
    TIMES = enum.auto()
    REVIEW = enum.auto()
    NOTE = enum.auto()
    ORIGINAL = enum.auto()
    MACHINE = enum.auto()
    ALL = TEXT | TIMES | REVIEW | NOTE | ORIGINAL | MACHINE


#: Fields whose change can change the quality-check findings of a row or its neighbours.
CHECKED_FIELDS = Field.TEXT | Field.TIMES | Field.ORIGINAL


@dataclass(frozen=True, slots=True)
class RowsChanged:
    """Rows first..last (0-based, inclusive) changed in place; `fields` says what changed."""

    first: int
    last: int
    fields: Field


@dataclass(frozen=True, slots=True)
class RowsAboutToBeInserted:
    """`count` rows are about to be inserted so that the first new one is at row `first`."""

    first: int
    count: int


@dataclass(frozen=True, slots=True)
class RowsInserted:
    """`count` rows were inserted; the first new one is at row `first`."""

    first: int
    count: int


@dataclass(frozen=True, slots=True)
class RowsAboutToBeRemoved:
    """Rows first..first+count-1 are about to be removed."""

    first: int
    count: int


@dataclass(frozen=True, slots=True)
class RowsRemoved:
    """Rows that were at first..first+count-1 have been removed."""

    first: int
    count: int


DocumentEvent = (
    RowsChanged | RowsAboutToBeInserted | RowsInserted | RowsAboutToBeRemoved | RowsRemoved
)
DocumentListener = Callable[[DocumentEvent], None]
