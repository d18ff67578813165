"""rjtrade/sources/xlsx.py: users' figures from Excel, and hostile or broken workbooks.

Every broken workbook must raise the package's error naming the file (and row and
column where there is one), leave the processed outputs alone, and never evaluate
a formula."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from rjtrade import config
from rjtrade.errors import InputError
from rjtrade.pipeline import build
from rjtrade.schema import ARTICLE_FIGURE_COLUMNS
from rjtrade.sources.manifest import write_manifest
from rjtrade.store import observations

from .conftest import user_figure

ROW = user_figure(None, obs_id="xl_2010_turnover", year=2010)


def workbook(path, rows=(ROW,), header=ARTICLE_FIGURE_COLUMNS, title="figures", extra=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(c) for c in header])
    if extra:
        extra(book, sheet)
    book.save(path)
    write_manifest(path.parent)
    return path


def test_defusedxml_is_active():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML


def test_users_workbook_is_read_and_cited(workspace):
    workbook(config.RAW_DIR / "my_figures.xlsx")
    row = observations().set_index("obs_id").loc["xl_2010_turnover"]
    # 23.1 bn as written in the user's row: interval 23.05 .. 23.15 bn, year 2553 BE = 2010
    assert (row["value"], row["low"], row["high"]) == (
        pytest.approx(23.1e9),
        pytest.approx(23.05e9),
        pytest.approx(23.15e9),
    )
    assert row["year"] == 2010 and row["source_id"] == "article_th"


def rewrite_part(path, part, change):
    data = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(data, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            zout.writestr(
                item, change(content.decode()).encode() if item.filename == part else content
            )
    path.write_bytes(data.getvalue())
    write_manifest(path.parent)


BOMB = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
EXTERNAL = '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


def with_doctype(doctype, use):
    def change(xml):
        head, sep, body = xml.partition("?>")
        if not sep:
            head, body = "", xml
        else:
            head += sep
        return head + doctype + body.replace("<sheetData>", f"<sheetData>{use}", 1)

    return change


def merged_header(book, sheet):
    sheet.merge_cells("A1:B1")


def formula(book, sheet):
    sheet["D2"] = "=1+1"


def two_sheets(book, sheet):
    book.create_sheet("notes")
    sheet.title = "data"


def empty_sheet(book, sheet):
    sheet.delete_rows(1, sheet.max_row)


CASES = [
    (
        "entity expansion",
        lambda p: rewrite_part(workbook(p), "xl/worksheets/sheet1.xml", with_doctype(BOMB, "")),
        "unsafe XML",
    ),
    (
        "external entity",
        lambda p: rewrite_part(
            workbook(p), "xl/worksheets/sheet1.xml", with_doctype(EXTERNAL, "")
        ),
        "unsafe XML",
    ),
    (
        "corrupt file",
        lambda p: (p.write_bytes(b"PK\x03\x04 not really a workbook"), write_manifest(p.parent)),
        "not a readable",
    ),
    (
        "truncated file",
        lambda p: (workbook(p), p.write_bytes(p.read_bytes()[:400]), write_manifest(p.parent)),
        "not a readable",
    ),
    (
        "formula",
        lambda p: workbook(p, extra=formula),
        "row 2, column 'as_written': formula refused",
    ),
    (
        "merged header cells",
        lambda p: workbook(p, extra=merged_header),
        # read-only streaming sees no merge ranges: the empty second name gives it away
        "row 1, column 'B': merged header cells or an empty column name",
    ),
    ("wrong sheet names", lambda p: workbook(p, extra=two_sheets), "no sheet named 'figures'"),
    ("empty sheet", lambda p: workbook(p, rows=(), extra=empty_sheet), "empty"),
    (
        "missing column",
        lambda p: workbook(
            p, header=[c for c in ARTICLE_FIGURE_COLUMNS if c != "unit" and c != "locator"]
        ),
        "row 1, column 'locator': missing column",
    ),
    (
        "unknown currency word",
        lambda p: workbook(p, rows=(ROW | {"as_written": "23.1 พันล้านยูโร"},)),
        "row 2, column 'as_written': unknown word",
    ),
    (
        "negative figure",
        lambda p: workbook(p, rows=(ROW | {"as_written": "ลดลง 23.1 พันล้านดอลลาร์"},)),
        "row 2, column 'as_written': negative",
    ),
    (
        "year out of range",
        lambda p: workbook(p, rows=(ROW | {"year": 1750},)),
        "row 2, column 'year': year out of range",
    ),
    (
        "missing citation",
        lambda p: workbook(p, rows=(ROW | {"source_id": None},)),
        "row 2, column 'source_id'",
    ),
]


@pytest.mark.parametrize("case, make, message", CASES, ids=[c[0] for c in CASES])
def test_broken_workbooks(workspace, case, make, message):
    out = config.PROCESSED_DIR
    out.mkdir(parents=True)
    (out / "observations.csv").write_text("previous build\n", encoding="utf-8")
    make(config.RAW_DIR / "my_figures.xlsx")
    with pytest.raises(InputError) as info:
        build(figures=False)
    assert "my_figures.xlsx" in str(info.value)
    assert message in str(info.value)
    assert (out / "observations.csv").read_text(encoding="utf-8") == "previous build\n"
    assert [p.name for p in out.iterdir()] == ["observations.csv"]
