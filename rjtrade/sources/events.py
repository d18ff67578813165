"""Dated events of the article's timeline, with the date as written and in ISO form."""

from __future__ import annotations

from ..errors import ParseError
from ..parse import (
    parse_date,
)
from ..records import group_by
from ..schema import (
    EVENT_COLUMNS,
)
from .cells import (
    check_year,
    source_of,
)
from .csvfile import Row

MAX_DATES_PER_EVENT = 2  # a source may give two dates for one event (flag two_dates), no more


def read_events(rows: list[Row], registry: dict) -> list[dict]:
    """Dated events with their date as written; the ISO date must be what the text says."""
    out = []
    for row in rows:
        source_of(row, registry)
        try:
            parsed = parse_date(row["date_as_written"])
        except ParseError as exc:
            raise row.error("date_as_written", str(exc)) from None
        if parsed != row["date_iso"]:
            raise row.error("date_iso", f"the date as written reads {parsed}")
        check_year(row, "date_as_written", int(parsed[:4]))
        if row["flag"] not in ("", "two_dates"):
            raise row.error("flag", "unknown flag (allowed: two_dates)")
        out.append({c: row[c] for c in EVENT_COLUMNS} | {"year": int(parsed[:4])})
    dates = {
        key[0]: [e["date_iso"] for e in group]
        for key, group in group_by(out, ("event_id",)).items()
    }
    for row, event in zip(rows, out, strict=False):
        others = dates[event["event_id"]]
        if len(others) > MAX_DATES_PER_EVENT:
            raise row.error("event_id", f"more than {MAX_DATES_PER_EVENT} dates for one event")
        if (
            any(not dates_agree(event["date_iso"], other) for other in others)
            and event["flag"] != "two_dates"
        ):
            raise row.error(
                "flag", "the source gives this event two different dates: flag each 'two_dates'"
            )
    return out


def dates_agree(a: str, b: str) -> bool:
    """'1991-12' agrees with '1991-12-27'; '1993-10' not with '1993-11-11/1993-11-13'."""
    return any(x.startswith(y) or y.startswith(x) for x in a.split("/") for y in b.split("/"))
