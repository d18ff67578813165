"""rjtrade/pipeline.py and export.py: what the build writes, and how."""

from __future__ import annotations

import os

import openpyxl
import pandas as pd
import pytest

from rjtrade import figures, paths
from rjtrade.errors import RjtradeError
from rjtrade.export import csv_bytes, defuse_text
from rjtrade.pipeline import TABLE_FILES, build
from rjtrade.render import render_all

from .conftest import edit_cell


@pytest.fixture
def built(workspace, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    edit_cell(
        paths.RAW_DIR / "article_figures.csv", "th_1960_turnover", "note", '=HYPERLINK("http://x")'
    )
    build(figures=False, progress=lambda _m: None)
    return paths.PROCESSED_DIR


def test_every_table_is_written(built):
    for name in TABLE_FILES:
        assert (built / f"{name}.csv").stat().st_size > 0
        assert len(pd.read_parquet(built / "parquet" / f"{name}.parquet")) == len(
            pd.read_csv(built / f"{name}.csv")
        )
    obs = pd.read_csv(built / "observations.csv")
    assert obs.loc[obs["obs_id"] == "th_1982_turnover", "value"].iloc[0] == 5.581e9  # line 86


def test_no_leftover_temporary_files(built):
    assert not [p for p in built.rglob("*") if p.name.endswith(".tmp")]


def test_formula_text_is_inert_in_csv(built):
    obs = pd.read_csv(built / "observations.csv").set_index("obs_id")
    assert obs.loc["th_1960_turnover", "note"] == '\'=HYPERLINK("http://x")'
    assert (
        defuse_text("@SUM(A1)") == "'@SUM(A1)"
        and defuse_text("-20.1%") == "'-20.1%"
        and defuse_text("ok") == "ok"
    )
    assert csv_bytes(pd.DataFrame({"a": ["+1"]})) == b"a\n'+1\n"


def test_workbook_layout(built):
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    assert book.sheetnames == ["README", *TABLE_FILES, "structure"]
    obs = book["observations"]
    assert obs.freeze_panes == "A2"
    assert all(cell.font.bold for cell in obs[1])
    header = [c.value for c in obs[1]]
    assert "status" in header and obs.column_dimensions["A"].width > 10
    series = book["annual_series"]
    head = [c.value for c in series[1]]
    value_cell = next(
        r[head.index("value_usd")]
        for r in series.iter_rows(min_row=2)
        if r[head.index("value_usd")].value
    )
    assert value_cell.number_format == "#,##0;-#,##0"  # US$ with thousands separators
    shares = book["commodity_shares"]
    head = [c.value for c in shares[1]]
    assert shares.cell(2, head.index("share_pct") + 1).number_format == '0.0#"%"'
    readme = {r[0].value: r[1].value for r in book["README"].iter_rows(min_row=2)}
    assert readme["data built"] == "2023-11-14"


def test_formula_text_is_text_in_the_workbook(built):
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    sheet = book["observations"]
    head = [c.value for c in sheet[1]]
    note = next(
        r[head.index("note")]
        for r in sheet.iter_rows(min_row=2)
        if r[0].value == "th_1960_turnover"
    )
    assert note.data_type == "s" and note.value.startswith("=HYPERLINK")


def test_figures_are_byte_identical_when_rebuilt_one_by_one_or_in_parallel(workspace):
    first = render_all(["jan_sep_2014", "dip_2009"], workers=1)
    second = render_all(["jan_sep_2014", "dip_2009"], workers=2)
    assert list(first) == list(second)  # same files, in the order of CHART_NAMES
    assert first == second
    assert b"<dc:date>" not in first[paths.FIGURES_DIR / "dip_2009.svg"]


def test_a_chart_failing_in_a_worker_stops_the_render_with_its_error(workspace, monkeypatch):
    def failing(names, tables):
        raise ValueError(f"cannot draw {names[0]}")

    monkeypatch.setattr(figures, "draw", failing)  # forked workers inherit the patch
    with pytest.raises(Exception, match="cannot draw (dip_2009|jan_sep_2014)"):
        render_all(["jan_sep_2014", "dip_2009"], workers=2)


def test_a_worker_that_dies_is_reported_not_waited_for(workspace, monkeypatch):
    parent = os.getpid()

    def dying(names, tables):
        assert os.getpid() != parent  # charts are drawn in worker processes only
        os._exit(3)

    monkeypatch.setattr(figures, "draw", dying)
    with pytest.raises(RjtradeError, match="stopped \\(exit code 3\\)"):
        render_all(["jan_sep_2014", "dip_2009"], workers=2)
