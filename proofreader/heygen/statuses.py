"""Small published lists: render states (`GET /v3/video-translations/statuses`, many renders in
one paginated call) and the account's brand glossaries.

Each item is `{video_id, status, error, batch_id, item_index}` as HeyGen publishes it; a status
of `not_found` means HeyGen has no such render (deleted, or never made), which is final, not
"still working".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from proofreader.heygen.parsing import as_mapping, integer, required_text, text
from proofreader.heygen.resources import TranslationStatus

NOT_FOUND = "not_found"


@dataclass(frozen=True)
class RenderStatus:
    """One render's state; `found` False when HeyGen answered `not_found` for its id."""

    video_id: str
    status: TranslationStatus
    found: bool
    error: str | None = None
    batch_id: str | None = None
    item_index: int | None = None

    @property
    def is_final(self) -> bool:
        """Completed, failed, or unknown to HeyGen: polling it again will not change it."""
        return not self.found or self.status.is_final

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> RenderStatus:
        raw = text(item, "status") or ""
        error = as_mapping(item.get("error"))
        found = raw.strip().lower() != NOT_FOUND
        return cls(
            video_id=text(item, "video_id", "id") or "",
            status=TranslationStatus.parse(raw) if found else TranslationStatus.UNKNOWN,
            found=found,
            error=text(error, "message", "detail", "code") if error else None,
            batch_id=text(item, "batch_id"),
            item_index=integer(item, "item_index"),
        )


def status_items(data: object) -> list[RenderStatus]:
    """The items of one page (`data` is the published list)."""
    items = data if isinstance(data, list) else []
    return [RenderStatus.from_json(as_mapping(item)) for item in items]


@dataclass(frozen=True)
class BrandGlossary:
    """A brand glossary: its `name` is shown, its `id` is sent as `brand_glossary_id`."""

    id: str
    name: str

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> BrandGlossary:
        ident = required_text(item, "brand_glossary_id", "id")
        return cls(id=ident, name=text(item, "name") or ident)
