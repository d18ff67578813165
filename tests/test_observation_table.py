"""rjtrade/observation_table.py: the observation table from every raw source, stated and derived.

Expected numbers are the article's figures computed by hand; each comment gives
the line of ../shared/seed/russia-japan-relations.th.txt.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

import rjtrade as rj
from rjtrade.schema import CURRENCIES, OBSERVATION_COLUMNS, STATUSES

from .conftest import ARTICLE, REPO_RAW

ARTICLE_LINES = json.loads(
    (Path(__file__).parent / "fixtures" / "article_figures_at_lines.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def obs():
    return rj.observations().set_index("obs_id")


def test_columns_are_the_designed_ones():
    assert list(rj.observations().columns) == OBSERVATION_COLUMNS


def test_statuses_and_currencies_are_the_designed_ones():
    table = rj.observations()
    series = rj.annual_series("RUS", "JPN", interpolate=True)
    assert set(table["status"]) | set(series["status"]) <= set(STATUSES)
    assert set(table["currency"].dropna()) <= set(CURRENCIES)
    assert set(table.loc[table["unit"] == "money", "currency"]) >= {
        "USD",
        "SUR",
    }  # dollars and Soviet roubles


def test_every_raw_figure_becomes_one_observation(obs):
    with (REPO_RAW / "article_figures.csv").open(encoding="utf-8") as f:
        article_ids = [r["obs_id"] for r in csv.DictReader(f)]
    with (REPO_RAW / "published_figures.csv").open(encoding="utf-8") as f:
        published_ids = [r["figure_id"] for r in csv.DictReader(f)]
    assert set(article_ids) | set(published_ids) <= set(obs.index)
    assert len(article_ids) == 41  # trade passages, lines 84-104 and 309-329
    assert len(published_ids) == 87


@pytest.mark.parametrize(
    "obs_id, value, low, high",
    [
        ("th_1960_turnover", 147e6, 146.5e6, 147.5e6),  # line 86: 147 ล้านดอลลาร์ ในปี 2503
        ("th_1982_turnover", 5.581e9, 5.5805e9, 5.5815e9),  # line 86: 5 พันล้าน 581 ล้านดอลลาร์
        ("th_2005_turnover", 10.7e9, 10.65e9, 10.75e9),  # line 96
        ("th_2013_turnover", 34.8e9, 34.75e9, 34.85e9),  # line 98
        ("th_2014q3_export", 13.3e9, 13.25e9, 13.35e9),  # line 100
        ("ru_jp_1995_tot", 5933.4e6, 5933.35e6, 5933.45e6),  # erina_4789: "5,933.4" USD million
        ("jp_su_1981_tot", 5.3e9, 5.25e9, 5.35e9),  # kotobank: 往復53億ドル
        ("su_jp_1957_tot", 15e6, 14.25e6, 15.75e6),  # about 15 mln roubles: +-5 %
    ],
)
def test_stated_values(obs, obs_id, value, low, high):
    row = obs.loc[obs_id]
    assert (row["value"], row["low"], row["high"]) == (
        pytest.approx(value),
        pytest.approx(low),
        pytest.approx(high),
    )
    assert row["status"] == "stated"


def test_years_are_ce_and_economies_split_at_1991(obs):
    assert obs.loc["th_1960_turnover", "year"] == 1960  # ปี 2503
    assert obs.loc["th_1960_turnover", "economy"] == "SUN"
    assert obs.loc["th_2009_turnover", "year"] == 2009  # ปี 2552
    assert obs.loc["th_2013_turnover", "year"] == 2013  # ปี 2013 is CE
    assert obs.loc["th_2004_turnover", "economy"] == "RUS"


def test_whose_statistics(obs):
    assert (
        obs.loc["th_2014q3_turnover", "reported_by"] == "RUS"
    )  # line 100: Federal Customs Service
    # line 98: 34.8 bn in 2013 is Japan's figure (METI: "a record US$34.8 billion",
    # data/raw/official/README.md); the article does not say whose, the record does.
    assert obs.loc["th_2013_turnover", "reported_by"] == "JPN"
    assert obs.loc["th_2007_turnover", "reported_by"] == "unstated"
    assert obs.loc["jp_su_1970_tot", "reported_by"] == "JPN"
    assert obs.loc["su_jp_1970_tot", "currency"] == "SUR"


@pytest.mark.parametrize(
    "obs_id, inputs, value, low, high",
    [
        # line 309: 20 bn in 2007 is +65 % on 2006 -> 20/1.65; interval 19.5/1.655 .. 20.5/1.645
        (
            "th_2007_growth__level_2006",
            "th_2007_turnover;th_2007_growth",
            20e9 / 1.65,
            19.5e9 / 1.655,
            20.5e9 / 1.645,
        ),
        # line 309: fivefold since 2003 -> 20/5; interval 19.5/5.5 .. 20.5/4.5
        (
            "th_2007_multiple_2003__level_2003",
            "th_2007_turnover;th_2007_multiple_2003",
            4e9,
            19.5e9 / 5.5,
            20.5e9 / 4.5,
        ),
        # line 96: 10.7 bn in 2005 is +40 % -> 10.7/1.4
        (
            "th_2005_growth__level_2004",
            "th_2005_turnover;th_2005_growth",
            10.7e9 / 1.4,
            10.65e9 / 1.405,
            10.75e9 / 1.395,
        ),
        # line 100: Jan-Sep 2014 turnover 20.8 bn, -1.9 % -> 20.8/0.981
        (
            "th_2014q3_turnover_growth__level_2013",
            "th_2014q3_turnover;th_2014q3_turnover_growth",
            20.8e9 / 0.981,
            20.75e9 / 0.9815,
            20.85e9 / 0.9805,
        ),
        # line 100: exports 13.3 bn, +12.7 % -> 13.3/1.127
        (
            "th_2014q3_export_growth__level_2013",
            "th_2014q3_export;th_2014q3_export_growth",
            13.3e9 / 1.127,
            13.25e9 / 1.1275,
            13.35e9 / 1.1265,
        ),
        # line 100: imports 7.5 bn, -20.1 % -> 7.5/0.799
        (
            "th_2014q3_import_growth__level_2013",
            "th_2014q3_import;th_2014q3_import_growth",
            7.5e9 / 0.799,
            7.45e9 / 0.7995,
            7.55e9 / 0.7985,
        ),
    ],
)
def test_derived_levels(obs, obs_id, inputs, value, low, high):
    row = obs.loc[obs_id]
    assert row["status"] == "derived"
    assert row["derived_from"] == inputs
    assert row["method"]
    assert (row["value"], row["low"], row["high"]) == (
        pytest.approx(value),
        pytest.approx(low),
        pytest.approx(high),
    )
    assert (
        row["as_written"] is None or row["as_written"] != row["as_written"]
    )  # nothing is shown as written


def test_events_keep_both_dates_where_the_article_gives_two():
    events = rj.events()
    tokyo = events[events["event_id"] == "tokyo_declaration"]
    assert sorted(tokyo["date_iso"]) == ["1993-10", "1993-11-11/1993-11-13"]  # lines 146 and 88
    assert set(tokyo["flag"]) == {"two_dates"}
    wanted = {
        "diplomatic_relations": "1855-02-07",
        "joint_declaration": "1956-10-19",
        "first_trade_agreement": "1957-12-06",
        "portsmouth_treaty": "1905-09-05",
        "irkutsk_statement": "2001-03-25",
        "sakhalin_lng_plant": "2009",
    }
    for event_id, iso in wanted.items():
        assert iso in set(events.loc[events["event_id"] == event_id, "date_iso"])


def test_every_source_is_registered():
    registry = rj.source_registry()
    assert set(rj.observations()["source_id"]) <= set(registry["source_id"])
    assert registry["whose_statistics"].str.len().min() > 0


def test_every_figure_as_written_stands_at_its_locator():
    # tests/fixtures/article_figures_at_lines.json keeps each cited line of the article with
    # everything but the recorded figures, periods and dates masked (never the prose).
    for row, fragments in cited_fragments():
        line = ARTICLE_LINES[row["locator"].split()[1]]["masked"]
        for fragment in fragments:
            assert fragment in line, (row["locator"], fragment)


def test_the_masked_lines_are_the_articles_own():
    # Each masked line must keep its characters where the article has them; with the article
    # beside the repository (../shared/seed), every line's checksum is compared too.
    article = ARTICLE.read_text(encoding="utf-8").split("\n") if ARTICLE.exists() else None
    for number, entry in ARTICLE_LINES.items():
        kept = [(i, c) for i, c in enumerate(entry["masked"]) if c != "·"]
        assert kept, number  # every cited line keeps at least one figure
        if article is not None:
            line = article[int(number) - 1]
            assert hashlib.sha256(line.encode("utf-8")).hexdigest() == entry["sha256"], number
            assert all(line[i] == c for i, c in kept), number


def cited_fragments():
    """(row, fragments) for every article figure and event: what must stand at its locator."""
    with (REPO_RAW / "article_figures.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row, [row["as_written"], *filter(None, row["period_as_written"].split(" … "))]
    with (REPO_RAW / "article_events.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row, [row["date_as_written"]]
