"""Large user files cost memory in proportion to what they hold, once: rows are read in
chunks, tables are stacked column by column, outputs are written straight to their staged
files, the same claim is checked once. Each behaviour on a small constructed case (the
chunk sizes made tiny), the results compared with what the whole-table way gives."""

from __future__ import annotations

import pandas as pd
import pytest

from rjtrade import config, files
from rjtrade.analyses.audit import Statement, statements
from rjtrade.claims.against_record import check_claims
from rjtrade.errors import InputError, OutputError
from rjtrade.outputs import tables
from rjtrade.outputs.tables import csv_bytes
from rjtrade.pipeline import build
from rjtrade.records import records, stack
from rjtrade.schema import ARTICLE_FIGURE_COLUMNS, OBSERVATION_COLUMNS
from rjtrade.sources import load
from rjtrade.sources.manifest import write_manifest
from rjtrade.store import backbone, observations

from .conftest import make_obs, user_figure, write_csv


def table(*rows: dict) -> pd.DataFrame:
    obs = pd.DataFrame(list(rows), columns=OBSERVATION_COLUMNS)
    return obs.astype({"year": "Int64", "base_year": "Int64", "base_year_to": "Int64"})


def turnover_2010(obs_id: str, economy: str, partner: str, billions: float) -> dict:
    """A claim of the article: 2010 turnover of a pair, exact to half a tenth of a billion."""
    value = billions * 1e9
    return make_obs(
        obs_id=obs_id,
        source_id="article_th",
        as_written=f"{billions} พันล้านดอลลาร์",
        economy=economy,
        partner=partner,
        flow="turnover",
        year=2010,
        value=value,
        low=value - 0.05e9,
        high=value + 0.05e9,
    )


# --- claims ----------------------------------------------------------------------------------
def test_a_claim_without_japan_is_not_checked_against_japans_trade():
    views = backbone()["official_series"]
    found = check_claims(table(turnover_2010("cr", "CHN", "RUS", 20.0)), views)
    # was: three findings, "inconsistent" against Japan-China trade
    assert len(found) == 1 and found["verdict"].iloc[0] == "unverifiable"
    assert "not Japan's trade (China and Russia)" in found["detail"].iloc[0]


def test_japans_trade_with_a_partner_outside_the_backbone_is_unverifiable():
    views = backbone()["official_series"]
    found = check_claims(table(turnover_2010("ju", "JPN", "USA", 20.0)), views)
    assert list(found["verdict"]) == ["unverifiable"]
    assert found["detail"].iloc[0].startswith("Japan and USA: the official series cover")


def test_the_same_claim_twice_is_checked_once_and_reported_under_each_id():
    views = backbone()["official_series"]
    first = turnover_2010("a", "RUS", "JPN", 20.0)
    other = turnover_2010("c", "RUS", "JPN", 30.8)
    again = first | {"obs_id": "b", "locator": "elsewhere"}
    found = check_claims(table(first, other, again), views)
    assert list(found["obs_id"].drop_duplicates()) == ["a", "c", "b"]
    per_claim = {
        i: g.drop(columns="obs_id").reset_index(drop=True) for i, g in found.groupby("obs_id")
    }
    pd.testing.assert_frame_equal(per_claim["a"], per_claim["b"])
    assert len(per_claim["a"]) == 3  # one per reporter basis: JPN, mixed, RUS
    assert not per_claim["a"].equals(per_claim["c"])
    assert isinstance(found["detail"].dtype, pd.CategoricalDtype)  # each text held once


# --- tables and rows -------------------------------------------------------------------------
def test_csv_written_in_slices_is_one_table(monkeypatch):
    monkeypatch.setattr(tables, "CSV_CHUNK_ROWS", 2)
    frame = pd.DataFrame(
        {"a": ["x", "=1", None, "y,z", "w"], "b": [1.5, float("inf"), 3.0, 4.0, 5.0]}
    )
    assert csv_bytes(frame) == b'a,b\nx,1.5\n\'=1,\n,3\n"y,z",4\nw,5\n'


def test_a_categorical_column_is_written_like_text():
    frame = pd.DataFrame({"a": pd.Categorical(["x", "=1", None, "x", "a\nb"])})
    assert csv_bytes(frame) == b'a\nx\n\'=1\n\nx\n"a\nb"\n'


def test_records_share_equal_values_and_give_none_for_missing():
    codes = pd.Series(["".join(["R", "U", "S"]) for _ in range(3)], dtype=object)
    rows = records(pd.DataFrame({"code": codes, "n": [1.0, float("nan"), 2.0]}))
    assert rows == [
        {"code": "RUS", "n": 1.0},
        {"code": "RUS", "n": None},
        {"code": "RUS", "n": 2.0},
    ]
    assert rows[0]["code"] is rows[2]["code"]


def test_stack_gives_the_concatenation_and_empties_the_parts():
    parts = [
        pd.DataFrame({"a": ["x", "y"], "b": [1.0, 2.0]}),
        pd.DataFrame({"a": ["z"], "b": [3.0]}),
    ]
    expected = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(stack(parts), expected)
    assert all(part.columns.empty for part in parts)


def test_a_statement_reads_like_a_dict():
    row = make_obs(
        obs_id="s", economy="RUS", partner="JPN", year=2010, value=1.0, low=0.5, high=1.5
    )
    statement = statements(table(row))[0]
    assert isinstance(statement, Statement)
    assert (
        statement["obs_id"] == "s" and statement["year"] == 2010 and statement["commodity"] is None
    )
    assert {**statement}["low"] == 0.5


# --- raw files read in chunks ----------------------------------------------------------------
def user_file(rows: list[dict], name: str = "mine.csv") -> None:
    header = ARTICLE_FIGURE_COLUMNS
    write_csv(config.RAW_DIR / name, header, [[r[c] for c in header] for r in rows])
    write_manifest(config.RAW_DIR)


def yearly(i: int) -> dict:
    year = 2001 + i
    return user_figure(obs_id=f"mine_{i}", year=str(year), period_as_written=f"ปี {year + 543}")


def test_a_duplicate_id_in_a_later_chunk_names_both_rows(workspace, monkeypatch):
    monkeypatch.setattr(load, "CHUNK_ROWS", 2)
    rows = [yearly(i) for i in range(5)]
    rows[4] = rows[4] | {"obs_id": "mine_0"}  # file row 6 repeats row 2's id
    user_file(rows)
    with pytest.raises(InputError, match=r"mine\.csv, row 6, column 'obs_id': duplicate id"
                       r", first in mine\.csv row 2"):  # fmt: skip
        build(figures=False)


def test_a_chunked_file_gives_the_table_of_a_whole_one(workspace, monkeypatch):
    user_file([yearly(i) for i in range(5)])
    whole = observations()
    monkeypatch.setattr(load, "CHUNK_ROWS", 2)
    user_file([yearly(i) for i in range(5)])  # same content, new signature: read again
    (config.RAW_DIR / "mine.csv").touch()
    pd.testing.assert_frame_equal(observations(), whole)


def test_a_bad_byte_far_into_a_file_names_its_row(workspace):
    user_file([yearly(i) for i in range(20)])
    path = config.RAW_DIR / "mine.csv"
    lines = path.read_bytes().split(b"\n")
    lines[15] = lines[15].replace("ปี".encode(), "ปี".encode("cp874"))  # row 16: Thai Windows bytes
    path.write_bytes(b"\n".join(lines))
    write_manifest(config.RAW_DIR)
    with pytest.raises(InputError, match=r"mine\.csv, row 16: not UTF-8 text \(byte \d+\)"):
        build(figures=False)


# --- outputs written as they are made --------------------------------------------------------
def test_a_writer_failing_half_way_changes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.csv").write_bytes(b"old a")
    (out / "b.csv").write_bytes(b"old b")

    def half_then_fail(handle):
        handle.write(b"half of b")
        raise OutputError("b.csv: cannot be made")

    with pytest.raises(OutputError, match="cannot be made"):
        files.replace_all({out / "a.csv": b"new a", out / "b.csv": half_then_fail})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        "a.csv": b"old a",
        "b.csv": b"old b",
    }


def test_writers_are_called_with_the_open_staged_file(tmp_path):
    out = tmp_path / "out"
    files.replace_all({out / "t.csv": lambda handle: handle.write(b"a\n1\n")})
    assert (out / "t.csv").read_bytes() == b"a\n1\n"
    assert [p.name for p in out.iterdir()] == ["t.csv"]
