"""The Thai charts and the words table (rjtrade/outputs/words.py): every word in every
language; each Thai chart says what and when (a Buddhist-era year), its units and its source
in Thai; amounts in multiplier words; the user's matplotlib settings untouched; rebuilt
charts byte-identical. The Thai baselines are in tests/test_figures.py."""

from __future__ import annotations

import re

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest

import rjtrade as rj
from rjtrade import config
from rjtrade.categories import CATEGORIES, OTHER
from rjtrade.outputs import figures, words
from rjtrade.outputs.chartdata_recent import all_chart_tables
from rjtrade.outputs.charts import CHARTS, draw, render
from rjtrade.pipeline import compute, load
from rjtrade.schema import GLOSSARY, MEASURES, TABLES, YEAR_BASES

THAI = re.compile(r"[\u0e01-\u0e5b]")
BUDDHIST_YEAR = re.compile(r"\b2[345]\d\d\b")  # 2398 (1855) to 2557 (2014) and beyond


@pytest.fixture(scope="module")
def tables():
    return all_chart_tables(compute(load()))


def test_every_key_has_a_text_in_every_language():
    table = words.table()
    assert words.LANGUAGES == ("en", "th")
    for key, row in table.items():
        assert set(row) == set(words.LANGUAGES), key
        assert all(isinstance(row[lang], str) and row[lang].strip() for lang in row), key
    for lang in words.LANGUAGES:
        assert set(words.words(lang)) == set(table)


def test_the_workbook_words_are_there_in_thai_for_every_sheet_column_and_glossary_entry():
    from rjtrade import pipeline

    thai = words.words("th")
    for key in GLOSSARY:
        assert THAI.search(thai[f"glossary.{key}"]) and thai[f"glossary.{key}.label"]
    for group, keys in (("measure", MEASURES), ("year_basis", YEAR_BASES), ("table", TABLES)):
        assert all(THAI.search(thai[f"{group}.{key}"]) for key in keys), group
    assert THAI.search(thai["readme.about"]) and THAI.search(thai["readme.selection_rule"])
    computed = pipeline.compute(pipeline.load())
    columns = {c for name in pipeline.TABLE_FILES for c in computed[name].columns}
    missing = sorted(c for c in columns if f"column.{c}" not in thai)
    assert not missing, missing
    assert words.say("column.value_usd", "th") == "มูลค่า (ดอลลาร์สหรัฐ)"


def test_every_category_and_event_has_its_words():
    for name in (*CATEGORIES, OTHER):
        assert words.has(f"category.{name}")
    for event_id in rj.events()["event_id"].unique():
        assert words.has(f"event.{event_id}"), event_id


def test_an_unknown_language_is_an_error(tables):
    with pytest.raises(ValueError, match="lang must be one of"):
        words.say("axis.year", "ru")
    with pytest.raises(ValueError, match="lang must be one of"):
        draw("dip_2009", tables, lang="ru")


def test_years_amounts_and_dates_are_written_the_thai_way():
    assert words.year(1960, "th", "year.tick") == "2503\n(1960)"
    assert words.years(1960, 2014, "th", "years.title") == "พ.ศ. 2503–2557 (ค.ศ. 1960–2014)"
    assert words.year_runs([1992, 1993, 1994, 2000], "th") == "2535–2537, 2543"
    assert words.year_runs([1992, 1993, 1994, 2000], "en") == "1992–1994, 2000"
    assert words.date("1904-01-27", "th") == "27 ม.ค. 2447"
    assert words.date("1993-11-11/1993-11-13", "th") == "11 พ.ย. 2536 ถึง 13 พ.ย. 2536"
    # Axis ticks: the largest multiplier word not above the value, as the article writes
    # "3.48 หมื่นล้าน"; the currency is in the axis label.
    assert words.money_tick(1e10, "th") == "1 หมื่นล้าน"
    assert words.money_tick(2e9, "th") == "2 พันล้าน"
    assert words.money_tick(1.5e10, "th") == "1.5 หมื่นล้าน"
    assert words.money_tick(1e8, "th") == "100 ล้าน"
    assert words.money_tick(1e11, "th") == "1 แสนล้าน"
    assert words.money_tick(12e9, "en") == "12 bn"
    # Whatever the ticks write, the parser reads back to the value.
    for value in (1e8, 5e8, 1e9, 2e9, 5e9, 1e10, 1.5e10, 2.5e10, 1e11, 1e12):
        assert rj.parse_amount(words.money_tick(value, "th") + "ดอลลาร์").value == value


def texts(fig) -> list[str]:
    found = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        found += [ax.get_title(loc="left"), ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        found += [t.get_text() for t in ax.texts]
        legend = ax.get_legend()
        if legend is not None:
            found += [t.get_text() for t in legend.get_texts()]
    return [t for t in found if t]


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_thai_chart_says_what_when_units_and_source_in_thai(name, tables):
    fig = draw(name, tables, lang="th")
    title = (
        fig._suptitle.get_text()
        if fig._suptitle is not None
        else fig.axes[0].get_title(loc="left")
    )
    assert THAI.search(title) and BUDDHIST_YEAR.search(title), title
    assert re.search(r"พ\.ศ\. 2\d\d\d", title), title  # the era named in the title
    found = texts(fig)
    assert any("ดอลลาร์สหรัฐ" in t or "ร้อยละ" in t for t in found), found  # units
    assert any(t.startswith("ที่มา:") for t in found)  # the source note
    # No English sentence left: every text with three Latin letters in a row is Thai too,
    # or a proper name, code or file name.
    names = re.compile(r"COW|IMF|SITC|HS|ERINA|kotobank|rjtrade|data/raw|USSR|SUN|RUS|LNG")
    for text in found:
        if re.search(r"[A-Za-z]{3}", text) and not THAI.search(text):
            assert names.search(text), text
    plt.close(fig)


def test_thai_axes_write_buddhist_era_years_and_multiplier_words(tables):
    fig = draw("growth_1960_2014", tables, lang="th")
    fig.canvas.draw()
    ax = fig.axes[0]
    years = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "2523\n(1980)" in years
    money = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "1 หมื่นล้าน" in money and "1 พันล้าน" in money


def test_drawing_leaves_the_users_matplotlib_settings_as_they_were(tables):
    before = dict(mpl.rcParams)
    for lang in ("th", "en"):
        figures.figure_bytes(draw("jan_sep_2014", tables, lang=lang), ("png", "svg"), lang)
    assert dict(mpl.rcParams) == before
    assert "Noto Sans Thai" not in mpl.rcParams["font.family"]


def test_thai_charts_are_byte_identical_when_rebuilt(tables, tmp_path):
    names = ["dip_2009", "commodity_structure"]
    first = render(tables, tmp_path, names, ("png", "svg"), lang="th")
    again = render(tables, tmp_path, names, ("png", "svg"), lang="th")
    assert first == again
    # The same data beside the chart in both languages.
    english = render(tables, tmp_path, ["dip_2009"], ("png",))
    assert first[tmp_path / "dip_2009.csv"] == english[tmp_path / "dip_2009.csv"]


def test_the_committed_thai_charts_are_what_the_build_draws(tables):
    folder = config.PROJ_ROOT / "reports" / "figures" / "th"
    drawn = render(tables, folder, ["jan_sep_2014"], ("png",), lang="th")
    assert drawn[folder / "jan_sep_2014.png"] == (folder / "jan_sep_2014.png").read_bytes()


def test_the_workbook_readme_sheet_can_be_written_in_thai():
    import datetime as dt

    from rjtrade.outputs.words import readme_rows

    built = dt.date(2023, 11, 14)
    english, thai = dict(readme_rows(built)), dict(readme_rows(built, "th"))
    assert english["data built"] == "2023-11-14"
    assert thai["วันที่สร้างข้อมูล"] == "2023-11-14"  # "date the data were built"
    assert thai["obs_id"] == "รหัสตัวเลข"  # columns described in Thai ("figure id")
    assert "obs_id" not in english  # English column names explain themselves
