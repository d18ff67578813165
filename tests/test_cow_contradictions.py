"""The COW v4.0 reader refuses a file that contradicts itself or is not what it claims to be,
each in one line naming the file, row and column. Every file is written here, small; the
extract's rows quoted below are data/raw/official/cow_trade_4.0_dyadic_japan.csv.

Each hostile case runs twice (the `layout` fixture): Russia-Japan (365, 740) in the extract's
five columns, read by cow.read_cow_dyadic_v4, and South Korea-Japan (732, 740) in the full
file's layout (schema.COW_V4_FULL_COLUMNS, with importer1/importer2), read as any partner of
Japan by cow_full.japan_dyad: one reader, the same refusals."""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade.errors import InputError, RjtradeError
from rjtrade.schema import COW_V4_FULL_COLUMNS
from rjtrade.sources import cow, cow_full
from tests.test_named_paths import within

NAMES = {  # importer1/importer2 of the full layout (names as COW writes them)
    2: "United States of America",
    20: "Canada",
    365: "Russia",
    710: "China",
    732: "South Korea",
    740: "Japan",
}
FULL_TAIL = ",0,0,0,0,0,0,0,0,0,,,,,1,1,4"  # smoothflow1 ... version: never read


@dataclass(frozen=True)
class Layout:
    """A dyadic file's layout, the partner of Japan it is read for, and how it is read."""

    name: str
    partner: int

    @property
    def header(self) -> str:
        columns = cow.COW_V4_NEEDED if self.name == "extract" else COW_V4_FULL_COLUMNS
        return ",".join(columns) + "\n"

    @property
    def width(self) -> int:
        return self.header.count(",") + 1

    def row(self, c1, c2, year, flow1, flow2) -> str:
        if self.name == "extract":
            return f"{c1},{c2},{year},{flow1},{flow2}\n"
        return f"{c1},{c2},{year},{NAMES[c1]},{NAMES[c2]},{flow1},{flow2}{FULL_TAIL}\n"

    def good(self) -> str:
        """Rows 2 and 3 of every file below."""
        a = self.partner
        return self.row(a, 740, 1999, 2000.5, 3000.25) + self.row(a, 740, 2000, 2500, 2626)

    def read(self, path):
        if self.name == "extract":
            return cow.read_cow_dyadic_v4(path, pairs=[(self.partner, 740)])
        return cow_full.japan_dyad(path, self.partner)[0]


LAYOUTS = [Layout("extract", 365), Layout("full", 732)]


@pytest.fixture(params=LAYOUTS, ids=["RUS-extract-layout", "KOR-full-layout"])
def layout(request) -> Layout:
    return request.param


def write(tmp_path, text: str, name: str = "cow.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(layout, path, pattern: str) -> str:
    with pytest.raises(InputError, match=pattern) as info:
        layout.read(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(path.name)
    return message


def test_a_reversed_order_duplicate_of_a_dyad_year_is_refused(tmp_path, layout):
    # was: 2000's turnover became 78.349 bn (both rows added) without a word
    a = layout.partner
    path = write(tmp_path, layout.header + layout.good() + layout.row(740, a, 2000, 77777, 77777))
    refused(
        layout, path, rf"cow\.csv, row 4, column 'year'.*{a}-740 has this year already at row 3"
    )


def test_a_same_order_duplicate_is_refused_also_at_the_end_of_a_long_file(tmp_path, layout):
    others = "".join(layout.row(2, 20, 1870 + i % 140, i % 50, i % 70) for i in range(20_000))
    end = layout.row(layout.partner, 740, 1999, 1, 1)
    path = write(tmp_path, layout.header + layout.good() + others + end)
    refused(layout, path, r"row 20004, column 'year'.*has this year already at row 2")


@pytest.mark.parametrize("flow", ["1e305", "inf", "12000000"])
def test_an_absurd_or_infinite_flow_is_refused(tmp_path, layout, flow):
    path = write(
        tmp_path, layout.header + layout.good() + layout.row(layout.partner, 740, 2001, flow, 5)
    )
    refused(layout, path, r"row 4, column 'flow1'.*not a flow")


def test_a_bad_flow_in_a_row_of_the_reversed_order_names_the_files_column(tmp_path, layout):
    # row 4 is written Japan first (740, partner): its second flow is the bad one
    path = write(
        tmp_path, layout.header + layout.good() + layout.row(740, layout.partner, 2001, 5, "inf")
    )
    refused(layout, path, r"row 4, column 'flow2'.*not a flow")


def test_an_empty_year_is_refused(tmp_path, layout):
    path = write(
        tmp_path, layout.header + layout.good() + layout.row(layout.partner, 740, "", 5, 6)
    )
    refused(layout, path, r"row 4, column 'year': empty")


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("minus-nine", "every flow missing"),
        ("", "no row"),
        ("other-dyad", "no row"),
    ],
    ids=["all-minus-nine", "header-only", "without-the-pair"],
)
def test_a_file_without_a_flow_for_the_pair_is_an_error(tmp_path, layout, body, held):
    a = layout.partner
    rows = {
        "minus-nine": layout.row(a, 740, 1999, -9, -9) + layout.row(a, 740, 2000, -9, ""),
        "other-dyad": layout.row(2, 20, 1999, 5, 6),
    }.get(body, "")
    path = write(tmp_path, layout.header + rows)
    refused(layout, path, f"no flow for the dyad {a}-740 \\({held}")


def test_official_series_with_a_file_without_the_pair_is_an_error(tmp_path, layout):
    # was: 18 rows (customs years only) instead of an error
    path = write(tmp_path, layout.header + layout.row(710, 740, 1999, 5, 6))
    with pytest.raises(InputError, match=f"no flow for the dyad {layout.partner}-740"):
        rj.official_series(layout.partner, cow_dyadic=path)


def test_a_repeated_column_name_is_refused(tmp_path, layout):
    row = layout.row(layout.partner, 740, 1999, 1, 2).rstrip("\n") + ",2000\n"
    path = write(tmp_path, layout.header.rstrip("\n") + ",year\n" + row)
    refused(layout, path, r"row 1, column 'year'.*appears twice")


def test_a_gzip_file_is_named_as_such(tmp_path, layout):
    path = tmp_path / "cow.csv"
    path.write_bytes(gzip.compress((layout.header + layout.good()).encode()))
    refused(layout, path, r"row 1: not a UTF-8 CSV file: gzip-compressed")


def test_a_utf16_file_is_named_as_such(tmp_path, layout):
    path = tmp_path / "cow.csv"
    path.write_bytes((layout.header + layout.good()).encode("utf-16"))
    refused(layout, path, r"row 1: not a UTF-8 CSV file: UTF-16")


def test_a_header_with_spaces_is_read_by_its_names(tmp_path, layout):
    # the stated rule: spaces around a column name are not part of it (was: ArrowKeyError)
    header = layout.header.replace("ccode1,ccode2,year,", "ccode1, ccode2, year , ")
    path = write(tmp_path, header + layout.good())
    flows = layout.read(path)
    # row 3 of the file written above: partner,740,2000,...,2500,2626 (US$ million)
    assert sorted(flows.loc[flows["year"] == 2000, "value_usd"]) == [2500e6, 2626e6]


@pytest.mark.parametrize("extra", [-1, 1], ids=["short", "long"])
def test_a_short_or_long_row_is_named_by_its_number(tmp_path, layout, extra):
    fields = layout.row(layout.partner, 740, 2001, 5, 6).rstrip("\n").split(",")
    fields = fields[:extra] if extra < 0 else [*fields, "7"]
    body = layout.good() + ",".join(fields) + "\n" + layout.row(layout.partner, 740, 2002, 1, 1)
    path = write(tmp_path, layout.header + body)
    refused(
        layout, path, f"row 4: {layout.width + extra} fields where the header has {layout.width}"
    )


def test_the_extract_still_reads():
    series = rj.official_series("RUS", cow_dyadic=cow_extract())
    assert not series.empty


def cow_extract():
    from rjtrade.sources.official import FILES, official_dir

    return official_dir() / FILES["cow_dyadic"]


def test_a_cow_number_of_russia_is_russias_series():
    # was: 365 went to the any-partner reader, which refused the extract (no importer1)
    by_number = rj.official_series(365, "best", cow_dyadic=cow_extract())
    pd.testing.assert_frame_equal(
        by_number, rj.official_series("RUS", "best", cow_dyadic=cow_extract())
    )


def test_a_partner_written_second_is_listed_and_read_by_its_own_name(tmp_path):
    layout = Layout("full", 732)
    # row 2: Japan first, so Korea's name is importer2 and its imports from Japan are flow2
    path = write(tmp_path, layout.header + layout.row(740, 732, 2000, 20466.04, 31827.94))
    held = rj.pairs(cow_dyadic=path).set_index("ccode")
    assert held.loc[732, "name"] == "South Korea" and held.loc[732, "code"] == "KOR"
    flows = cow_full.japan_dyad(path, "KOR")[0].set_index(["importer", "exporter"])
    assert flows.loc[("KOR", "JPN"), "value_usd"] == pytest.approx(31827.94e6)  # row 2, flow2
    assert flows.loc[("JPN", "KOR"), "value_usd"] == pytest.approx(20466.04e6)  # row 2, flow1


@pytest.mark.parametrize(
    "call",
    [lambda p: rj.official_series(732, cow_dyadic=p), lambda p: rj.pairs(cow_dyadic=p)],
    ids=["official_series", "pairs"],
)
def test_a_fifo_or_a_device_is_refused_for_any_partner_before_reading(tmp_path, call):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with within(20), pytest.raises(RjtradeError, match=r"pipe\.csv: a FIFO \(named pipe\)"):
        call(fifo)
    with within(20), pytest.raises(RjtradeError, match="/dev/zero: a character device"):
        call("/dev/zero")
