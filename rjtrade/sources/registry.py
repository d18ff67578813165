"""The sources registry: publisher, title, address, language and whose statistics each gives."""

from __future__ import annotations

from ..schema import (
    REPORTERS,
    SOURCE_COLUMNS,
)
from .cells import (
    code,
    text_cell,
)
from .csvfile import Row


def read_sources(rows: list[Row]) -> dict[str, dict]:
    """The registry rows by source_id (ids checked unique by the loader)."""
    registry = {}
    for row in rows:
        code(row, "reporter", REPORTERS)
        for column in ("publisher", "title", "language", "whose_statistics"):
            text_cell(row, column)
        registry[row["source_id"]] = {c: row[c] for c in SOURCE_COLUMNS}
    return registry
