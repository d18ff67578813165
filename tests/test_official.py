"""The official statistics: readers, checksums, backbone and claims, against values read by
hand from the files in data/raw/official/ (file and row in a comment)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade.analyses import backbone as bb
from rjtrade.analyses.series import SeriesBreakError, cagr, year_on_year
from rjtrade.claims import against_record as cl
from rjtrade.config import RAW_DIR
from rjtrade.errors import ChecksumError, InputError
from rjtrade.schema import COW_V4_FULL_COLUMNS
from rjtrade.sources import cow, customs, imf
from rjtrade.sources.manifest import verify_manifest
from rjtrade.sources.official import FILES, load_official

OFFICIAL = RAW_DIR / "official"


@pytest.fixture(scope="module")
def tables():
    return load_official(OFFICIAL)


@pytest.fixture(scope="module")
def customs_usd(tables):
    spread = bb.conversion_spread(tables["customs_month"], tables["rates"])
    return bb.customs_year_in_usd(
        tables["customs_year"], tables["rates"], widen=spread["relative_gap"].abs().max()
    )


def one(frame: pd.DataFrame, **where) -> pd.Series:
    for column, value in where.items():
        frame = frame[frame[column] == value]
    assert len(frame) == 1, where
    return frame.iloc[0]


# --- files and checksums -------------------------------------------------------------------


def test_official_files_verify_against_their_manifest():
    verify_manifest(OFFICIAL)  # raises ChecksumError naming any file that differs
    listed = (OFFICIAL / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines()
    assert len(listed) == 12  # the twelve CSV files copied from ../shared/data/official


def test_a_changed_official_file_is_caught(tmp_path):
    copy = tmp_path / "official"
    shutil.copytree(OFFICIAL, copy)
    path = copy / "cow_trade_4.0_dyadic_japan.csv"
    path.write_text(path.read_text() + "365,740,2015,1,1,1,1\n")
    with pytest.raises(ChecksumError, match=r"cow_trade_4\.0_dyadic_japan\.csv: changed"):
        verify_manifest(copy)


# --- COW readers ---------------------------------------------------------------------------


def test_cow_v4_1960_flows_and_the_articles_147_million(tables):
    flows = tables["cow_dyadic"]
    # cow_trade_4.0_dyadic_japan.csv row 65: 365,740,1960,60,87,60,87
    imports = one(flows, year=1960, importer="JPN", exporter="SUN")
    assert (imports["value_usd"], imports["low"], imports["high"]) == (87e6, 86.5e6, 87.5e6)
    assert imports["row"] == 65
    exports = one(flows, year=1960, importer="SUN", exporter="JPN")
    assert exports["value_usd"] == 60e6
    assert imports["value_usd"] + exports["value_usd"] == 147e6  # the article's US$147 million


def test_cow_v4_russia_from_1992_and_empty_is_missing(tables):
    flows = tables["cow_dyadic"]
    # row 97: 365,740,1992,1680,2402
    assert one(flows, year=1992, importer="RUS", exporter="JPN")["value_usd"] == 1680e6
    assert flows["value_usd"].isna().sum() == 3  # empty cells in the extract, never 0
    assert not (flows["value_usd"] < 0).any()


def test_cow_v3_two_decimals_and_not_a_zero_code():
    v3 = cow.read_cow_dyadic_v3(OFFICIAL / FILES["cow_dyadic_v3"])
    # cow_trade_3.0_dyadic_japan.csv row 69: 365,740,1970,...,340.90,481.00,3,2
    row = one(v3, year=1970, importer="SUN", exporter="JPN")
    assert row["value_usd"] == pytest.approx(340.9e6)
    assert row["high"] - row["low"] == pytest.approx(0.01e6)
    assert "unconfirmed" in row["note"]
    # row 59: 1960 source1 = 4, flow1 0.00 -> missing, not zero
    assert pd.isna(one(v3, year=1960, importer="SUN", exporter="JPN")["value_usd"])


def test_cow_national_japan_1960(tables):
    national = tables["cow_national"]
    # cow_trade_4.0_national_japan_russia_china.csv row 376: 740,1960,4163.2,3912.8
    assert one(national, economy="JPN", year=1960, flow="import")["value_usd"] == pytest.approx(
        4163.2e6
    )
    assert one(national, economy="SUN", year=1960, flow="export")["value_usd"] > 0


def write_full_cow(path: Path, rows: list[dict]) -> None:
    frame = pd.DataFrame([{c: row.get(c, 0) for c in COW_V4_FULL_COLUMNS} for row in rows])
    frame.to_csv(path, index=False)


def test_cow_reader_on_the_full_layout_with_minus_nine(tmp_path):
    path = tmp_path / "Dyadic_COW_4.0.csv"
    write_full_cow(
        path,
        [
            {"ccode1": 2, "ccode2": 20, "year": 1960, "flow1": 5.25, "flow2": 1.5, "version": 4},
            {"ccode1": 365, "ccode2": 740, "year": 1960, "flow1": 60.12, "flow2": -9},
            {"ccode1": 365, "ccode2": 740, "year": 1992, "flow1": -9, "flow2": 2401.98},
            {"ccode1": 710, "ccode2": 740, "year": 1960, "flow1": 2.7, "flow2": 20.7},
        ],
    )
    flows = cow.read_cow_dyadic_v4(path, pairs=[(365, 740)])
    assert len(flows) == 4  # two rows of the pair, two directions each; other dyads skipped
    ussr = one(flows, year=1960, importer="SUN")
    assert ussr["value_usd"] == pytest.approx(60.12e6)
    assert ussr["high"] - ussr["low"] == pytest.approx(0.01e6)  # two decimals: ±0.005 million
    assert ussr["row"] == 3
    assert pd.isna(one(flows, year=1960, importer="JPN")["value_usd"])  # -9 is missing
    assert pd.isna(one(flows, year=1992, importer="RUS")["value_usd"])
    assert one(flows, year=1992, importer="JPN", exporter="RUS")["value_usd"] == pytest.approx(
        2401.98e6
    )


# --- bad input -----------------------------------------------------------------------------


def test_cow_non_number_names_file_row_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("ccode1,ccode2,year,flow1,flow2\n365,740,1960,60,87\n365,740,1961,six,145\n")
    with pytest.raises(InputError, match=r"bad.csv, row 3, column 'flow1'.*not a number"):
        cow.read_cow_dyadic_v4(path)


def test_cow_missing_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("ccode1,ccode2,year,flow1\n365,740,1960,60\n")
    with pytest.raises(InputError, match=r"bad.csv, row 1, column 'flow2'"):
        cow.read_cow_dyadic_v4(path)


def test_cow_impossible_year(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("ccode1,ccode2,year,flow1,flow2\n365,740,1960,60,87\n365,740,19600,1,1\n")
    with pytest.raises(InputError, match=r"bad.csv, row 3, column 'year'"):
        cow.read_cow_dyadic_v4(path)


def test_cow_negative_flow_other_than_minus_nine(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("ccode1,ccode2,year,flow1,flow2\n365,740,1960,-5,87\n")
    with pytest.raises(InputError, match=r"bad.csv, row 2, column 'flow1'.*negative"):
        cow.read_cow_dyadic_v4(path)


def test_cow_v3_unknown_source_code(tmp_path):
    path = tmp_path / "bad3.csv"
    path.write_text(
        "ccode1,ccode2,year,importer1,importer2,flow1,flow2,source1,source2\n"
        "365,740,1960,Russia,Japan,1.00,2.00,2,2\n365,740,1961,Russia,Japan,1.00,2.00,9,2\n"
    )
    with pytest.raises(InputError, match=r"bad3.csv, row 3, column 'source1'.*unknown code"):
        cow.read_cow_dyadic_v3(path)


def test_customs_unknown_area_and_bad_value(tmp_path):
    path = tmp_path / "mof.csv"
    path.write_text(
        "ex_im,area,goods,year,value\nexport,Russia,Grand Total,2013,1.5\n"
        "export,Mars,Grand Total,2013,1.5\n"
    )
    with pytest.raises(InputError, match=r"mof.csv, row 3, column 'area'.*unknown code"):
        customs.read_customs_year(path)
    path.write_text("ex_im,area,goods,year,value\nexport,Russia,Grand Total,2013,1,5\n")
    with pytest.raises(InputError, match=r"mof.csv"):
        customs.read_customs_year(path)


def test_monthly_and_rates_bad_dates(tmp_path):
    path = tmp_path / "month.csv"
    path.write_text("Date;Exports;Imports\n2001/01;1;2\n2001-02;1;2\n")
    with pytest.raises(InputError, match=r"month.csv, row 3, column 'Date'"):
        customs.read_customs_monthly(path)
    path = tmp_path / "rates.csv"
    path.write_text("Date;CNY;JPY;KRW;USD\n02-Jan-2001;8.2;;;1\n31-Feb-2001;8.2;116;;1\n")
    with pytest.raises(InputError, match=r"rates.csv, row 3, column 'Date'"):
        imf.read_imf_rates(path)


# --- customs, rates, conversion ------------------------------------------------------------


def test_customs_russia_2013_and_the_readme_check(tables):
    year = tables["customs_year"]
    # japan_mof_trade_year_russia_china_world.csv row 3809:
    #   export,Russia,Grand Total,2013,1069.345366 (imports: row 4721, 2307.593028)
    exports = one(year, partner="RUS", flow="export", goods="Grand Total", year=2013)
    imports = one(year, partner="RUS", flow="import", goods="Grand Total", year=2013)
    assert exports["value_jpy"] == pytest.approx(1069.345366e9)
    assert exports["high_jpy"] - exports["low_jpy"] == pytest.approx(1e3)  # 6 decimals
    assert (exports["value_jpy"] + imports["value_jpy"]) / 1e9 == pytest.approx(3376.9, abs=0.05)
    rate = one(bb.annual_mean_rates(tables["rates"]), year=2013)["per_usd"]
    assert rate == pytest.approx(97.6, abs=0.06)  # the README's 97.6 yen per US$
    usd = (exports["value_jpy"] + imports["value_jpy"]) / rate
    assert usd / 1e9 == pytest.approx(34.6, abs=0.05)  # README: US$34.6 bn


def test_imf_rates_skip_empty_days(tables):
    rates = tables["rates"]
    # imf_exchange_rates_daily_2001_2019.csv rows 2-3: 02-Jan-2001;8.2779;;;1 (no JPY)
    jpy = rates[rates["currency"] == "JPY"]
    assert jpy["date"].min() == pd.Timestamp("2001-01-04")  # row 4: 04-Jan-2001;...;113.85
    assert jpy.iloc[0]["per_usd"] == 113.85
    assert not (rates["per_usd"] <= 0).any()


def test_yen_conversions_are_derived_and_say_how(tables, customs_usd):
    row = one(customs_usd, partner="RUS", flow="import", year=2013)
    assert row["status"] == "derived" and "annual mean" in row["method"]
    # README: Japan's imports from Russia 2013 converted ~ 23.63 bn; COW 23,591
    assert row["value_usd"] / 1e9 == pytest.approx(23.63, abs=0.01)
    monthly = bb.customs_month_in_usd(tables["customs_month"], tables["rates"])
    china = one(monthly, flow="export", year=2013)
    assert "month" in china["method"]
    spread = bb.conversion_spread(tables["customs_month"], tables["rates"])
    assert spread["relative_gap"].abs().max() < 0.01


# --- backbone ------------------------------------------------------------------------------


def test_backbone_complete_1960_2014_every_flow(tables, customs_usd):
    for partner in ("RUS", "CHN"):
        for view in ("JPN", "partner", "best"):
            series = bb.annual_backbone(
                tables["cow_dyadic"], customs_usd, partner, view, (1960, 2014), joined=True
            )
            assert len(series) == 55 * 3
            assert series["value_usd"].notna().all()
            assert series["reported_by"].ne("").all()


def test_ussr_and_russia_apart_unless_joined(tables):
    ussr = bb.annual_backbone(tables["cow_dyadic"], partner="SUN")
    russia = bb.annual_backbone(tables["cow_dyadic"], partner="RUS")
    assert ussr["year"].max() == 1991 and russia["year"].min() == 1992
    joined = bb.annual_backbone(tables["cow_dyadic"], partner="RUS", joined=True)
    assert set(joined["partner"]) == {"SUN", "RUS"} and joined["joined"].str.len().gt(0).all()


def test_backbone_reporters_by_period(tables, customs_usd):
    best = bb.annual_backbone(tables["cow_dyadic"], customs_usd, "RUS", "best", joined=True)
    # cow_trade_4.0_dyadic_japan.csv row 80: 1975 flow1 1626 (= Japan's FOB exports)
    assert one(best, year=1975, flow="export")["reported_by"] == "JPN"
    assert one(best, year=1987, flow="export")["reported_by"] == "IMF estimate"
    turnover_1993 = one(best, year=1993, flow="turnover")  # row 98: 1367 + 2777
    assert turnover_1993["value_usd"] == 4144e6 and turnover_1993["reported_by"] == "mixed"
    japan = bb.annual_backbone(tables["cow_dyadic"], customs_usd, "RUS", "JPN")
    t2011 = one(japan, year=2011, flow="turnover")
    assert t2011["reported_by"] == "JPN" and t2011["status"] == "derived"
    assert one(japan, year=2000, flow="export")["note"].startswith("Japan's own figure is not")


def test_growth_tools_refuse_a_break_unless_asked(tables):
    joined = bb.annual_backbone(tables["cow_dyadic"], partner="RUS", view="best", joined=True)
    with pytest.raises(SeriesBreakError, match=r"reporter changes.*USSR \(to 1991\) / Russia"):
        cagr(joined, 1985, 1995)
    marked = cagr(joined, 1985, 1995, allow_break=True)
    assert "1991" in marked["note"]
    # 1995 and 2005: both RUS exports + JPN imports (COW v4 rows 1995, 2005), one basis
    assert cagr(joined, 1995, 2005)["note"] == ""
    steps = year_on_year(joined).set_index("year")
    assert 1992 not in steps.index  # 1991-1992 crosses the break: left out unless asked
    assert "1991" in year_on_year(joined, allow_break=True).set_index("year").loc[1992, "note"]


def test_commodity_structure_never_double_counts(tables):
    structure = bb.commodity_structure(tables["customs_year"], "RUS", tables["rates"])
    sections = structure[structure["in_partition"]]
    totals = sections.groupby(["flow", "year"])["share_pct"].sum()
    assert totals.round(6).eq(100).all()
    fuels = one(structure, flow="import", year=2013, goods="Lng")
    assert fuels["parent"] == "Mineral Fuels" and not fuels["in_partition"]
    car = one(structure, flow="export", year=2013, goods="(Car)")
    assert car["section"] == "Transport Equipment" and car["level"] == 3
    detail = bb.detailed_partition(structure)
    assert detail.groupby(["flow", "year"])["share_pct"].sum().round(6).eq(100).all()


def test_shares_russia_of_japan(tables):
    best = bb.annual_backbone(tables["cow_dyadic"], partner="RUS", joined=True)
    shares = bb.trade_shares(best, tables["cow_national"], tables["customs_year"])
    cow_2000 = shares[
        (shares["year"] == 2000)
        & (shares["economy"] == "JPN")
        & shares["source_id"].str.contains("national")
    ]
    # (572 + 4554) / (379,581.3 + 478,363.1) = 0.597 %
    assert cow_2000["share_pct"].iloc[0] == pytest.approx(0.5975, abs=0.001)


# --- claims --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def verdicts(tables, customs_usd):
    views = pd.concat([bb.all_views(tables["cow_dyadic"], customs_usd, p) for p in ("RUS", "CHN")])
    shares = pd.concat(
        [
            bb.trade_shares(
                bb.annual_backbone(tables["cow_dyadic"], customs_usd, p, joined=True),
                tables["cow_national"],
                tables["customs_year"],
            )
            for p in ("RUS", "CHN")
        ]
    )
    return cl.check_claims(rj.observations(), views, shares)


def test_2007_twenty_billion_is_not_japans_figure(verdicts):
    rows = verdicts[verdicts["obs_id"] == "th_2007_turnover"].set_index("reported_by")
    assert rows.loc["JPN", "verdict"] == "inconsistent"
    assert rows.loc["JPN", "backbone_value"] / 1e9 == pytest.approx(21.2, abs=0.05)
    assert rows.loc["RUS", "verdict"] == "unverifiable"  # Russia's exports not in the files
    assert "6.78, 7.78" in rows.loc["RUS", "detail"]


def test_1960_and_2009_agree_with_japans_statistics(verdicts):
    assert one(verdicts, obs_id="th_1960_turnover", reported_by="JPN")["verdict"] == "consistent"
    assert one(verdicts, obs_id="th_2009_turnover", reported_by="JPN")["verdict"] == "consistent"


def test_less_than_one_percent_by_year(verdicts):
    rows = verdicts[verdicts["obs_id"] == "th_share_jpn_trade"]
    cow = rows[rows["backbone_source"].str.contains("national")].iloc[0]
    assert "1999" in cow["years_consistent"] and "2013" in cow["years_inconsistent"]


def test_jan_sep_2013_implies_a_large_fourth_quarter(verdicts):
    row = one(verdicts, obs_id="th_2014q3_turnover_growth__level_2013", reported_by="JPN")
    assert row["verdict"] == "inconsistent" and "1.89 average quarters" in row["detail"]


def test_doubling_and_imports_twice_exports_year_by_year(verdicts):
    doubled = verdicts[
        (verdicts["obs_id"] == "th_2004_multiple_1990s")
        & (verdicts["basis"] == "export:RUS+import:JPN")
    ].iloc[0]
    assert doubled["years_consistent"] == "2004/1996, 2004/1997"
    twice = verdicts[verdicts["obs_id"] == "th_import_export_multiple"]
    russia = twice[twice["basis"] == "RUS over JPN"].iloc[0]
    assert russia["verdict"] == "inconsistent" and russia["years_consistent"] == ""


def test_mirror_gaps_side_by_side(tables, customs_usd):
    gaps = bb.official_mirror_gaps(tables["cow_dyadic"], customs_usd, "RUS", (1960, 2014))
    # 2013: Russia's imports from Japan 13,560 (COW v4 row 118) vs Japan's exports 1,069.3 bn yen
    row = one(gaps, year=2013, direction="JPN->partner")
    assert row["importer_reported_by"] == "RUS" and row["exporter_reported_by"] == "JPN"
    assert row["gap_usd"] == pytest.approx(13560e6 - row["exporter_figure"])
    assert "no independent mirror" in one(gaps, year=1975, direction="JPN->partner")["note"]
