"""Hostile and odd inputs (issue 15): each refused with one clear line naming the file, row,
column and value, or handled as documented; output text that stays inert; bounded cost.
Every hostile file is built here, small."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from rjtrade import config
from rjtrade.analyses.audit import audit
from rjtrade.cli import EXIT_ERROR, EXIT_INTERRUPTED, main
from rjtrade.errors import InputError, OutputError
from rjtrade.outputs.tables import csv_bytes, defuse_text, parquet_bytes
from rjtrade.outputs.workbook import workbook_bytes
from rjtrade.pipeline import build
from rjtrade.schema import ARTICLE_FIGURE_COLUMNS, LATEST_YEAR
from rjtrade.sources.manifest import raw_files, write_manifest

from .conftest import make_obs, user_figure
from .test_audit import level, table

ROW = user_figure()


def user_csv(rows, name: str = "mine.csv") -> Path:
    """A user's figures file, every field quoted (so a lone CR stays inside its cell)."""
    path = config.RAW_DIR / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writerow(ARTICLE_FIGURE_COLUMNS)
        writer.writerows([r[c] for c in ARTICLE_FIGURE_COLUMNS] for r in rows)
    write_manifest(config.RAW_DIR)
    return path


def one_error_line(capsys, argv=("build", "--no-figures")) -> str:
    """Run the command; it must fail with exactly one 'rjtrade <command>: error:' line."""
    assert main(list(argv)) == EXIT_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"rjtrade {argv[0]}: error: "), err
    return err[0]


# --- CSV cells -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "column, value, message",
    [
        ("note", "x" * 10_000_000, "mine.csv, row 2: unreadable CSV (field larger than"),
        ("note", "x" * 40_000, "row 2, column 'note': cell longer than 32,767"),
        ("note", "a\x1bb", "row 2, column 'note': control character U+001B"),
        ("note", "a\x0bb", "control character U+000B"),
        ("note", "a\x0cb", "control character U+000C"),
        ("note", "x\r=1+1", "control character U+000D"),
        ("obs_id", "abc\u202edef", "row 2, column 'obs_id': control character U+202E"),
        ("obs_id", "two\nlines", "row 2, column 'obs_id': an id is letters"),
        ("obs_id", "th_2005_growth__level_2004", "no '__'"),
        ("year", str(LATEST_YEAR + 74), "row 2, column 'year': year out of range"),
        ("year", "٢٠١٠", "row 2, column 'year': a year is four digits"),
        ("period", "١٩٩٢-١٩٩٥", "row 2, column 'period': unknown period"),
        ("locator", "table \ue000", "row 2, column 'locator': control or unprintable"),
    ],
    ids=[
        "10 MB cell",
        "40 KB cell",
        "ESC",
        "VT",
        "FF",
        "lone CR",
        "U+202E in an id",
        "newline in an id",
        "a generated id",
        "2099",
        "Arabic-Indic year",
        "Arabic-Indic period",
        "private-use character in a text cell",
    ],
)
def test_hostile_csv_cells_are_refused(workspace, capsys, column, value, message):
    user_csv([ROW | {column: value}])
    line = one_error_line(capsys)
    assert "mine.csv" in line and message in line
    assert len(line) < 600  # a huge value is never printed whole


def test_a_field_over_the_csv_limit_names_file_and_row(workspace, capsys):
    path = config.RAW_DIR / "mine.csv"
    path.write_text(",".join(ARTICLE_FIGURE_COLUMNS) + '\n"' + "x" * 200_000 + "\n")
    write_manifest(config.RAW_DIR)
    line = one_error_line(capsys)
    assert "mine.csv, row 2: unreadable CSV (field larger than field limit" in line


def test_a_generated_value_id_equal_to_a_user_id_names_both_rows(workspace):
    composition = config.RAW_DIR / "published_composition.csv"
    with composition.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    number, valued = next((n, r) for n, r in enumerate(rows, start=2) if r["value"])
    user_csv([ROW | {"obs_id": f"{valued['figure_id']}_value"}])  # the id made for its value
    with pytest.raises(InputError) as info:
        build(figures=False)
    message = str(info.value)
    assert message.startswith(f"published_composition.csv, row {number}, column 'obs_id'")
    assert "the same observation id as mine.csv row 2" in message


def test_error_literals_and_a_long_note_pass_in_and_stay_text(workspace):
    other = {"obs_id": "my_2", "note": "#REF!", "year": "2011", "period_as_written": "ปี 2554"}
    user_csv([ROW | {"note": "#N/A"}, ROW | other])
    computed = build(figures=False)
    assert set(computed["observations"]["note"]) >= {"#N/A", "#REF!"}
    obs = pd.read_csv(config.PROCESSED_DIR / "observations.csv", keep_default_na=False)
    assert set(obs["note"]) >= {"'#N/A", "'#REF!"}
    book = openpyxl.load_workbook(config.PROCESSED_DIR / "rjtrade.xlsx", read_only=True)
    notes = [r[-1] for r in book["observations"].iter_rows(values_only=True)]
    book.close()
    assert "#N/A" in notes and "#REF!" in notes  # text, not error cells


def test_a_note_longer_than_a_cell_is_refused_at_the_door(workspace, capsys):
    user_csv([ROW | {"note": "n" * 100_000}])
    assert "cell longer than 32,767 characters" in one_error_line(capsys)


# --- the raw folder ----------------------------------------------------------------------------
def test_dotfiles_and_excel_lock_files_are_ignored(workspace):
    (config.RAW_DIR / ".hidden.csv").write_text("junk\n")
    (config.RAW_DIR / "~$figures.xlsx").write_bytes(b"\x00lock")
    write_manifest(config.RAW_DIR)
    assert not [p for p in raw_files(config.RAW_DIR) if p.name.startswith((".", "~$"))]
    build(figures=False)


def test_a_file_name_with_a_newline_is_refused_by_manifest_and_build(workspace, capsys):
    (config.RAW_DIR / "bad\nname.csv").write_text("x\n")
    line = one_error_line(capsys, ("manifest",))
    assert "file name with a control character" in line and "'bad\\nname.csv'" in line
    assert "file name with a control character" in one_error_line(capsys)


def test_a_raw_file_linked_outside_is_refused_without_its_content(workspace, tmp_path, capsys):
    secret = tmp_path / "secret.csv"
    secret.write_text("root:x:0:0:secret line\n")
    (config.RAW_DIR / "linked.csv").symlink_to(secret)
    line = one_error_line(capsys, ("manifest",))
    assert (
        "linked.csv" in line
        and "a link" in line
        and "secret" not in line.replace(str(tmp_path), "")
    )


@pytest.mark.parametrize("state", ["missing", "a file"])
def test_the_raw_folder_missing_or_a_file(workspace, capsys, state):
    import shutil

    shutil.rmtree(config.RAW_DIR)
    if state == "a file":
        config.RAW_DIR.write_text("not a folder")
    line = one_error_line(capsys)
    assert str(config.RAW_DIR) in line


@pytest.mark.parametrize("value, message", [("", "set but empty"), ("/no/such", "no such")])
def test_rjtrade_root_empty_or_missing(monkeypatch, capsys, value, message):
    monkeypatch.setenv("RJTRADE_ROOT", value)
    assert message in one_error_line(capsys, ("audit",))


def test_ctrl_c_is_one_line_and_exit_130(workspace, monkeypatch, capsys):
    import rjtrade.pipeline as pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "compute", interrupted)
    assert main(["build", "--no-figures"]) == EXIT_INTERRUPTED == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["rjtrade build: error: interrupted (Ctrl-C); outputs left as they were"]


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_notebooks_missing_or_none_is_an_error(monkeypatch, tmp_path, capsys, state):
    folder = tmp_path / "notebooks"
    if state == "empty":
        folder.mkdir()
    monkeypatch.setattr(config, "NOTEBOOKS_DIR", folder)
    assert "notebooks" in one_error_line(capsys, ("notebooks",))


def test_ctrl_c_stops_notebooks_with_130(monkeypatch, tmp_path, capsys):
    import nbclient

    folder = tmp_path / "notebooks"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"0{n}_x.ipynb").write_text(
            '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
        )

    def interrupted(self, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(nbclient.NotebookClient, "start_new_kernel", interrupted)
    monkeypatch.setattr(config, "NOTEBOOKS_DIR", folder)
    assert main(["notebooks"]) == 130
    assert "interrupted" in capsys.readouterr().err


# --- workbooks -------------------------------------------------------------------------------
def workbook_file(extra=None) -> Path:
    path = config.RAW_DIR / "mine.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "figures"
    sheet.append(ARTICLE_FIGURE_COLUMNS)
    sheet.append([ROW[c] for c in ARTICLE_FIGURE_COLUMNS])
    if extra:
        extra(book, sheet)
    book.save(path)
    write_manifest(config.RAW_DIR)
    return path


def test_a_cell_at_xfd1048576_is_refused(workspace, capsys):
    path = workbook_file(lambda book, sheet: sheet.cell(1_048_576, 16_384, "x"))
    assert path.stat().st_size < 10_000
    line = one_error_line(capsys)  # time and memory: benchmarks/bench_workbooks.py
    assert "mine.xlsx" in line and ("beyond column" in line or "more than 100,000 rows" in line)


def test_a_sheet_declaring_too_many_rows_is_refused_before_reading_them(workspace, capsys):
    workbook_file(lambda book, sheet: sheet.cell(150_001, 1, "x"))  # saved with A1:..150001
    line = one_error_line(capsys)
    assert "mine.xlsx: declares 150,000 data rows: more than 100,000 rows" in line


def test_a_sheet_with_too_many_rows_is_refused(workspace, capsys):
    path = workbook_file()
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c></row>'
        for r in range(3, 200_003)
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        "</sheetData>", rows + "</sheetData>"
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    write_manifest(config.RAW_DIR)
    line = one_error_line(capsys)
    assert "more than 100,000 rows" in line


def test_a_zip_bomb_is_refused_before_inflating(workspace, capsys):
    path = workbook_file()
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zout:
        zout.writestr("xl/media/bomb.bin", b"\0" * (300 * 2**20))
    assert path.stat().st_size < 2 * 2**20
    write_manifest(config.RAW_DIR)
    line = one_error_line(capsys)
    assert "workbook too large" in line


def test_a_hidden_sheet_behind_a_visible_one_is_refused(workspace, capsys):
    def hide(book, sheet):
        decoy = book.create_sheet("decoy", 0)
        decoy.append(["nothing to see"])
        sheet.sheet_state = "hidden"

    workbook_file(hide)
    assert "hidden sheet refused" in one_error_line(capsys)


def test_control_characters_in_a_workbook_cell(workspace, capsys):
    def escape(book, sheet):
        sheet.cell(2, ARTICLE_FIGURE_COLUMNS.index("note") + 1)._value = "a\x0bb"

    workbook_file(escape)  # openpyxl writes the raw character: XML that no reader accepts
    line = one_error_line(capsys)
    assert "mine.xlsx" in line and ("U+000B" in line or "not a readable" in line)


# --- output text -----------------------------------------------------------------------------
def test_a_carriage_return_cannot_start_a_new_csv_row():
    data = csv_bytes(pd.DataFrame({"a": ["x\r=1+1", "ok"], "b": [1, 2]}))
    assert data == b'a,b\n"x\r=1+1",1\nok,2\n'
    assert len(pd.read_csv(io.BytesIO(data))) == 2


@pytest.mark.parametrize("text", ["=1+1", " =1", "\t=1", "\r=1", "\x1b@x", "\n+1", "-2", "#N/A"])
def test_the_formula_guard_looks_at_the_first_visible_character(text):
    assert defuse_text(text) == "'" + text
    assert defuse_text("a=1") == "a=1" and defuse_text("#hash") == "#hash"


def test_text_longer_than_a_cell_is_an_error_naming_it():
    frame = pd.DataFrame({"note": ["n" * 40_000]})
    with pytest.raises(OutputError, match=r"sheet 'notes', row 2, column 'note': 40,000"):
        workbook_bytes({"notes": frame}, [("a", "b")], pd.Timestamp("2024-01-01").date())


def test_numbers_without_float_noise_and_no_infinity_anywhere():
    frame = pd.DataFrame(
        {
            "share_pct": [3.6500000000000004, 37.85],
            "low": [1.0, 37.85],
            "high": [float("inf"), 2.0],
        }
    )
    assert csv_bytes(frame) == b"share_pct,low,high\n3.65,1,\n37.85,37.85,2\n"
    back = pd.read_parquet(io.BytesIO(parquet_bytes(frame)))
    assert back["high"].isna().iloc[0] and back["share_pct"].iloc[0] == 3.6500000000000004
    data = workbook_bytes({"shares": frame}, [("a", "b")], pd.Timestamp("2024-01-01").date())
    sheet = openpyxl.load_workbook(io.BytesIO(data))["shares"]
    assert sheet.cell(2, 3).value is None  # the open bound: empty, not "inf"
    assert sheet.cell(3, 1).number_format == '0.00"%"'  # 37.85 shown as 37.85, never 38
    assert sheet.auto_filter.ref == "A1:C3"


# --- bounded cost ----------------------------------------------------------------------------
def test_a_thousand_statements_of_one_year_give_few_findings():
    rows = [level(f"u{i}", 2010, 10.0, 9.95, 10.05, source_id=f"s{i}") for i in range(1000)]
    rows.append(level("odd", 2010, 20.0, 19.95, 20.05, source_id="odd"))
    found = audit(table(*rows))
    same = found[found["check"] == "same_year"]
    assert len(same) == 2  # was 500,500 pairs
    group, outlier = same.iloc[0], same.iloc[1]
    assert group["verdict"] == "inconsistent" and "1000 of 1001 agree" in group["detail"]
    assert outlier["obs_ids"].startswith("odd;") and outlier["verdict"] == "inconsistent"


def test_few_statements_are_still_compared_pair_by_pair():
    rows = [level(f"u{i}", 2010, 10.0 + i, 9.95 + i, 10.05 + i) for i in range(3)]
    same = audit(table(*rows)).query("check == 'same_year'")
    assert len(same) == 3 and set(same["verdict"]) == {"inconsistent"}


def test_many_record_claims_cost_linear_time():
    japan = {"economy": "JPN", "partner": "CHN"}
    rows = [level(f"l{y}", y, 1.0 * y, y - 0.5, y + 0.5, **japan) for y in range(1900, 2020)]
    rows += [
        level(f"r{y}", y, 1.0 * y, y - 0.5, y + 0.5, claim="record_high", **japan)
        for y in range(1950, 2020)
    ]
    found = audit(table(*rows)).query("check == 'record'")
    assert len(found) == 70 and set(found["verdict"]) == {"consistent"}


def test_a_killed_workbook_writer_leaves_no_temporary_file(tmp_path, monkeypatch):
    # The writer runs with its own temporary folder (TMPDIR), so only its files are looked at,
    # whatever other rjtrade processes leave in the shared one meanwhile.
    import tempfile

    code = (
        "import os, signal, pandas as pd, datetime as dt\n"
        "from rjtrade.outputs import workbook\n"
        "real = workbook.row_cells\n"
        "def dies(*a):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "workbook.row_cells = dies\n"
        "frame = pd.DataFrame({'a': [1]})\n"
        "workbook.workbook_bytes({'t': frame}, [('a', 'b')], dt.date(2024, 1, 1))\n"
    )
    env = os.environ | {
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "TMPDIR": str(tmp_path),
    }
    killed = subprocess.run([sys.executable, "-c", code], env=env, check=False)
    assert killed.returncode == -9
    left = [p.name for p in tmp_path.iterdir()]
    # killed inside its scratch folder (named with its pid), which holds openpyxl's files
    assert len(left) == 1 and left[0].startswith("rjtrade-scratch-"), left
    from rjtrade.files import remove_dead_scratch

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    remove_dead_scratch()  # what the next save does
    assert list(tmp_path.iterdir()) == []


def test_make_obs_is_shared(workspace):
    assert make_obs(obs_id="x")["obs_id"] == "x"


def test_a_table_longer_than_the_workbook_shows_is_cut_and_said(monkeypatch):
    from rjtrade.outputs import workbook

    monkeypatch.setattr(workbook, "WORKBOOK_MAX_ROWS", 3)
    frame = pd.DataFrame({"a": range(5)})
    data = workbook.workbook_bytes({"t": frame}, [("a", "b")], pd.Timestamp("2024-01-01").date())
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book["t"].max_row == 4
    readme = {r[0].value: r[1].value for r in book["README"].iter_rows()}
    assert readme["sheet t: rows shown"].startswith("the first 3 of 5 rows; t.csv")


@pytest.mark.parametrize(
    "space",
    ["\u2003", "\u200b", "\ufeff", "\u2028", "\u205f", "\u3000", "\u034f", "\u115f", "\u3164"],
)
def test_csv_defuses_a_formula_behind_any_invisible_character(space):
    text = space + "=1+1"
    assert csv_bytes(pd.DataFrame({"a": [text, "ok"]})) == ("a\n'" + text + "\nok\n").encode()


def test_a_manifest_that_is_a_link_is_refused_unread(workspace, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:secret\n")
    manifest = config.RAW_DIR / "MANIFEST.sha256"
    manifest.unlink()
    manifest.symlink_to(secret)
    line = one_error_line(capsys)
    assert "MANIFEST.sha256: not a regular file" in line and "secret" not in line
