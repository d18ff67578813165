"""The COW v4.0 reader refuses a file that contradicts itself or is not what it claims to be,
each in one line naming the file, row and column. Every file is written here, small; the
extract's rows quoted below are data/raw/official/cow_trade_4.0_dyadic_japan.csv."""

from __future__ import annotations

import gzip

import pytest

import rjtrade as rj
from rjtrade.errors import InputError
from rjtrade.sources import cow

HEADER = "ccode1,ccode2,year,flow1,flow2\n"
GOOD = "365,740,1999,2000.5,3000.25\n365,740,2000,2500,2626\n"  # rows 2, 3


def write(tmp_path, text: str, name: str = "cow.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path, pattern: str, pairs=((365, 740),)) -> str:
    with pytest.raises(InputError, match=pattern) as info:
        cow.read_cow_dyadic_v4(path, pairs=pairs)
    message = str(info.value)
    assert "\n" not in message and message.startswith(path.name)
    return message


def test_a_reversed_order_duplicate_of_a_dyad_year_is_refused(tmp_path):
    # was: 2000's turnover became 78.349 bn (both rows added) without a word
    path = write(tmp_path, HEADER + GOOD + "740,365,2000,77777,77777\n")
    refused(path, r"cow\.csv, row 4, column 'year'.*365-740 has this year already at row 3")


def test_a_same_order_duplicate_is_refused_also_at_the_end_of_a_long_file(tmp_path):
    others = "".join(f"2,20,{1870 + i % 140},{i % 50},{i % 70}\n" for i in range(20_000))
    path = write(tmp_path, HEADER + GOOD + others + "365,740,1999,1,1\n")
    refused(path, r"row 20004, column 'year'.*has this year already at row 2")


@pytest.mark.parametrize("flow", ["1e305", "inf", "12000000"])
def test_an_absurd_or_infinite_flow_is_refused(tmp_path, flow):
    path = write(tmp_path, HEADER + GOOD + f"365,740,2001,{flow},5\n")
    refused(path, r"row 4, column 'flow1'.*not a flow")


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("365,740,1999,-9,-9\n365,740,2000,-9,\n", "every flow missing"),
        ("", "no row"),
        ("2,20,1999,5,6\n", "no row"),
    ],
    ids=["all-minus-nine", "header-only", "without-the-pair"],
)
def test_a_file_without_a_flow_for_the_pair_is_an_error(tmp_path, body, held):
    path = write(tmp_path, HEADER + body)
    refused(path, f"no flow for the dyad 365-740 \\({held}")


def test_official_series_with_a_file_without_the_pair_is_an_error(tmp_path):
    # was: 18 rows (customs years only) instead of an error
    path = write(tmp_path, HEADER + "710,740,1999,5,6\n")
    with pytest.raises(InputError, match="no flow for the dyad 365-740"):
        rj.official_series("RUS", cow_dyadic=path)


def test_a_repeated_column_name_is_refused(tmp_path):
    path = write(tmp_path, "ccode1,ccode2,year,flow1,flow2,year\n365,740,1999,1,2,2000\n")
    refused(path, r"row 1, column 'year'.*appears twice")


def test_a_gzip_file_is_named_as_such(tmp_path):
    path = tmp_path / "cow.csv"
    path.write_bytes(gzip.compress((HEADER + GOOD).encode()))
    refused(path, r"row 1: not a UTF-8 CSV file: gzip-compressed")


def test_a_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "cow.csv"
    path.write_bytes((HEADER + GOOD).encode("utf-16"))
    refused(path, r"row 1: not a UTF-8 CSV file: UTF-16")


def test_a_header_with_spaces_is_read_by_its_names(tmp_path):
    # the stated rule: spaces around a column name are not part of it (was: ArrowKeyError)
    path = write(tmp_path, "ccode1, ccode2, year , flow1,flow2\n" + GOOD)
    flows = cow.read_cow_dyadic_v4(path, pairs=[(365, 740)])
    # row 3 of the file written above: 365,740,2000,2500,2626 (US$ million)
    assert sorted(flows.loc[flows["year"] == 2000, "value_usd"]) == [2500e6, 2626e6]


@pytest.mark.parametrize(
    ("row", "fields"),
    [("365,740,2001,5\n", 4), ("365,740,2001,5,6,7\n", 6)],
    ids=["short", "long"],
)
def test_a_short_or_long_row_is_named_by_its_number(tmp_path, row, fields):
    path = write(tmp_path, HEADER + GOOD + row + "365,740,2002,1,1\n")
    refused(path, f"row 4: {fields} fields where the header has 5")


def test_the_extract_still_reads():
    series = rj.official_series("RUS", cow_dyadic=cow_extract())
    assert not series.empty


def cow_extract():
    from rjtrade.sources.official import FILES, official_dir

    return official_dir() / FILES["cow_dyadic"]
