"""Any partner of Japan from COW's full dyadic file (``Dyadic_COW_4.0.csv``, the layout of
schema.COW_V4_FULL_COLUMNS): which partners the file holds, with the names its own
``importer1``/``importer2`` columns give, and the dyad (740, partner) as the tidy long table
the backbone reads (rjtrade.sources.cow's layout: one row per year and direction, US$).

The file is read by rjtrade.sources.cow (dyadic_rows, checked_flows): the same checks and
messages as for Russia and China (not a regular file, gzip/zip/UTF-16, a column name twice,
a short or long row, a year or code that is not a whole number, a dyad-year twice in either
order, a negative, infinite or absurd flow, no flow for the dyad). The partners' listing
reads the rows with Japan on either side; the flows checked are those of the dyad read.

A partner is named by its COW number (732) or, for the states listed in ISO_OF_COW, by its
ISO 3166 alpha-3 code ("KOR"); any other state is known by ``COW<number>``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..paths import regular_file
from ..schema import COW_STATE_CODES, SERIES_ECONOMY
from . import cow

JAPAN = 740
NAMES = ("importer1", "importer2")

# ISO alpha-3 codes of COW states often asked about with Japan (a convenience: the COW number
# always works). COW 365 is the USSR to 1991 and Russia from 1992 (SUN/RUS in this package).
ISO_OF_COW = {
    2: "USA", 20: "CAN", 70: "MEX", 140: "BRA", 160: "ARG", 200: "GBR", 210: "NLD",
    211: "BEL", 220: "FRA", 225: "CHE", 230: "ESP", 255: "DEU", 325: "ITA", 365: "RUS",
    380: "SWE", 385: "NOR", 560: "ZAF", 630: "IRN", 640: "TUR", 670: "SAU", 690: "KWT",
    694: "QAT", 696: "ARE", 710: "CHN", 712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR",
    750: "IND", 770: "PAK", 800: "THA", 816: "VNM", 820: "MYS", 830: "SGP", 840: "PHL",
    850: "IDN", 900: "AUS", 920: "NZL",
}  # fmt: skip
COW_OF_ISO = {iso: number for number, iso in ISO_OF_COW.items()}
PARTNER_COLUMNS = ["ccode", "code", "name", "first_year", "last_year", "years"]


def economy_of(ccode: int) -> str:
    """The package's code for a COW state: SUN/RUS, CHN, JPN as elsewhere; else ISO or COWn."""
    if ccode in COW_STATE_CODES:
        return COW_STATE_CODES[ccode]
    return ISO_OF_COW.get(ccode, f"COW{ccode}")


def _japan_rows(path: Path) -> pd.DataFrame:
    """The rows with Japan on either side (cow.dyadic_rows, with the names), as written."""
    return cow.dyadic_rows(path, state=JAPAN, texts=NAMES)


def _oriented(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows turned so that the partner is side 1 and Japan side 2 (names and flows swapped
    to match)."""
    swap = (frame["ccode1"] == JAPAN).to_numpy()
    out = frame.copy()
    for a, b in (("ccode1", "ccode2"), ("importer1", "importer2"), ("flow1", "flow2")):
        out[a] = frame[a].where(~swap, frame[b])
        out[b] = frame[b].where(~swap, frame[a])
    return out


def _partners(rows: pd.DataFrame) -> pd.DataFrame:
    """The partners' listing (PARTNER_COLUMNS) of Japan's rows."""
    listed = []
    for ccode, group in _oriented(rows).groupby("ccode1"):
        names = group["importer1"].dropna().astype(str).str.strip()
        listed.append(
            {
                "ccode": int(ccode),
                "code": economy_of(int(ccode)),
                "name": names.mode().iloc[0] if not names.empty else "",
                "first_year": int(group["year"].min()),
                "last_year": int(group["year"].max()),
                "years": int(group["year"].nunique()),
            }
        )
    return pd.DataFrame(listed, columns=PARTNER_COLUMNS)


def japan_partners(path: Path | str) -> pd.DataFrame:
    """The partners of Japan the file holds: COW number, code, name (the file's own
    importer1/importer2), first and last year, years with a row."""
    return _partners(_japan_rows(regular_file(path, "COW dyadic file")))


def series_code(partner):
    """RUS or CHN for the COW numbers of the partners of the packaged series (365, 710), so
    that official_series(365) is official_series("RUS"); any other partner as given."""
    text = str(partner).strip()
    code = COW_STATE_CODES.get(int(text)) if text.isdigit() else None
    return SERIES_ECONOMY.get(code, code) if code not in (None, "JPN") else partner


def _number(partner) -> int | None:
    """The COW number a partner's name stands for (None when it names none)."""
    text = str(partner).strip().upper()
    if text.isdigit():
        return int(text)
    if text in ("SUN", "RUS"):
        return 365
    if text in COW_OF_ISO:
        return COW_OF_ISO[text]
    if text.startswith("COW") and text[3:].isdigit():
        return int(text[3:])
    return None


def _resolve(partner, held: pd.DataFrame, file: str) -> tuple[int, str, str]:
    """(COW number, code, name) of a partner the listing `held` has; else an error listing
    what it holds."""
    number = _number(partner)
    row = held[held["ccode"] == number]
    if row.empty:
        listed = ", ".join(f"{c} {n} ({k})" for c, n, k in held[["ccode", "name", "code"]].values)
        dyad = f"no flow for the dyad {number}-{JAPAN} (no row)" if number is not None else ""
        raise InputError(
            file,
            None,
            None,
            partner,
            f"{dyad + ': ' if dyad else ''}no dyad of Japan ({JAPAN}) with this partner in the"
            f" file; it holds: {listed or 'none'}",
        )
    row = row.iloc[0]
    return int(row["ccode"]), row["code"], row["name"]


def japan_dyad(path: Path | str, partner) -> tuple[pd.DataFrame, dict]:
    """The dyad (740, partner) as the tidy long table of rjtrade.sources.cow (importer,
    exporter, value_usd, the interval the written digits admit; -9 or empty is missing),
    economies named by economy_of (the USSR to 1991, Russia from 1992), read once; and what
    the partner is: {"ccode", "code", "name" (the file's importer1/importer2), "file"}."""
    path = regular_file(path, "COW dyadic file")
    rows = _japan_rows(path)
    ccode, code, name = _resolve(partner, _partners(rows), path.name)
    pair = [(ccode, JAPAN)]
    mine = ((rows["ccode1"] == ccode) | (rows["ccode2"] == ccode)).to_numpy()
    # checked as written, so that an error names the column of the file
    dyad = cow.checked_flows(rows[mine].reset_index(drop=True), path.name, pair)
    half = cow.written_half_unit(pd.concat([dyad["flow1"], dyad["flow2"]]))
    flows = cow.long_dyadic(dyad, cow.V4_SOURCE, path.name, half, code_of=economy_of)
    return flows, {"ccode": ccode, "code": code, "name": name, "file": path.name}
