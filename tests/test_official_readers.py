"""Readers of the rates, price indexes and exporters' own reports in data/raw/official/,
against values read by hand from the files (file and row in a comment), and their refusals
of bad cells (file, row, column named)."""

from __future__ import annotations

import pytest

from rjtrade.config import RAW_DIR
from rjtrade.errors import InputError
from rjtrade.sources import comtrade, dots, fed_h10, price_indexes, wdi
from rjtrade.sources.manifest import verify_manifest

OFFICIAL = RAW_DIR / "official"
SHARED = RAW_DIR.parents[1].parent / "shared" / "data" / "official"


def one(frame, **where):
    for column, value in where.items():
        frame = frame[frame[column] == value]
    assert len(frame) == 1, where
    return frame.iloc[0]


def test_the_new_files_are_in_the_manifest_and_unchanged():
    verify_manifest(OFFICIAL)
    listed = (OFFICIAL / "MANIFEST.sha256").read_text(encoding="utf-8")
    for name in (
        "wdi_exchange_rates_annual_1960_2024.csv",
        "fed_h10_exchange_rates_annual_1971_2025.csv",
        "us_cpi_u_monthly_1913_2026.csv",
        "us_gdp_deflator_quarterly_1947_2025.csv",
        "imf_dots_exports_2019_2020.csv",
        "un_comtrade_hs2_exports_2019_2020.csv",
    ):
        assert f"  {name}\n" in listed
        if SHARED.is_dir():  # byte for byte the shared copy, where the shared folder is at hand
            assert (OFFICIAL / name).read_bytes() == (SHARED / name).read_bytes()


def test_wdi_rates_read_by_country_row_and_year_column():
    rates = wdi.read_wdi_rates(OFFICIAL / "wdi_exchange_rates_annual_1960_2024.csv")
    # row 7 (Japan), column "1960": 360.000000359; "1971": 350.677693533362; "2024":
    # 151.366291302752
    assert one(rates, currency="JPY", year=1960)["per_usd"] == pytest.approx(360.000000359)
    assert one(rates, currency="JPY", year=1971)["per_usd"] == pytest.approx(350.677693533362)
    assert one(rates, currency="JPY", year=2024)["row"] == 7
    # Russia: blank 1994-1995 and 2024 (README), so no row, never 0
    rub = rates[rates["currency"] == "RUB"]
    assert not rub["year"].isin([1994, 1995, 2024]).any()
    assert (rates["per_usd"] > 0).all()


def test_wdi_bad_cell_names_file_row_and_year_column(tmp_path):
    text = (OFFICIAL / "wdi_exchange_rates_annual_1960_2024.csv").read_text(encoding="utf-8-sig")
    bad = tmp_path / "wdi.csv"
    bad.write_text(text.replace('"360.000000359"', '"n/a"', 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"wdi\.csv, row 7, column '1960': not a number"):
        wdi.read_wdi_rates(bad)


def test_fed_rates_and_a_bad_date(tmp_path):
    path = OFFICIAL / "fed_h10_exchange_rates_annual_1971_2025.csv"
    rates = fed_h10.read_fed_rates(path)
    # row 101: 2025-01-01,Japan,149.5686; row 47: 1971-01-01,Japan,347.7857
    assert one(rates, currency="JPY", year=2025)["per_usd"] == pytest.approx(149.5686)
    assert one(rates, currency="JPY", year=1971)["row"] == 47
    bad = tmp_path / "fed.csv"
    bad.write_text("Date,Country,Value\n2025-03-01,Japan,149.5\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"fed\.csv, row 2, column 'Date'"):
        fed_h10.read_fed_rates(bad)


def test_price_indexes_read_by_month_and_quarter(tmp_path):
    cpi = price_indexes.read_cpi_monthly(OFFICIAL / "us_cpi_u_monthly_1913_2026.csv")
    # row 566: 1960-01-01,29.3,-0.34; October 2025 not published (README): 11 months
    assert one(cpi, year=1960, period=1)["index"] == 29.3
    assert one(cpi, year=1960, period=1)["row"] == 566
    assert len(cpi[cpi["year"] == 2025]) == 11
    gdp = price_indexes.read_gdp_deflator_quarterly(
        OFFICIAL / "us_gdp_deflator_quarterly_1947_2025.csv"
    )
    # rows 270-273: 2014 quarters 95.788, 96.330, 96.726, 96.822
    assert gdp[gdp["year"] == 2014]["index"].tolist() == [95.788, 96.330, 96.726, 96.822]
    bad = tmp_path / "cpi.csv"
    bad.write_text("Date,Index,Inflation\n1960-01-01,-29.3,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cpi\.csv, row 2, column 'Index'"):
        price_indexes.read_cpi_monthly(bad)
    bad.write_text("observation_date,GDPDEF\n1960-02-01,15.4\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cpi\.csv, row 2, column 'observation_date'"):
        price_indexes.read_gdp_deflator_quarterly(bad)


def test_dots_is_each_exporters_own_report(tmp_path):
    table = dots.read_dots_exports(OFFICIAL / "imf_dots_exports_2019_2020.csv")
    # row 10: 25,RU,JP,11380.8,9294.1 (US$ million): Russia's own report of its exports
    row = one(table, exporter="RUS", importer="JPN", year=2019)
    assert row["value_usd"] == pytest.approx(11380.8e6)
    assert (row["low"], row["high"]) == pytest.approx((11380.75e6, 11380.85e6))
    assert row["reported_by"] == "RUS" and row["row"] == 10
    # row 7: 37,JP,RU,7173.4,5855.0: Japan's own report
    assert one(table, exporter="JPN", importer="RUS", year=2020)["value_usd"] == 5855.0e6
    bad = tmp_path / "dots.csv"
    bad.write_text(",from,to,2019\n0,RU,XX,1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dots\.csv, row 2, column 'to': unknown code"):
        dots.read_dots_exports(bad)


def test_comtrade_chapters_are_the_reporters_own(tmp_path):
    path = OFFICIAL / "un_comtrade_hs2_exports_2019_2020.csv"
    table = comtrade.read_comtrade_chapters(path)
    # row 54: Russia -> Japan 2019, chapter 27, TradeValue 8489195848
    fuels = one(table, exporter="RUS", importer="JPN", year=2019, chapter="27")
    assert fuels["value_usd"] == 8489195848 and fuels["row"] == 54
    assert fuels["reported_by"] == "RUS"
    # row 609: the same in 2020, 6247673285
    assert one(table, exporter="RUS", importer="JPN", year=2020, chapter="27")["row"] == 609
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "comtrade.csv"
    bad.write_text("\n".join([lines[0], lines[53].replace(",8489195848,", ",x,")]) + "\n")
    with pytest.raises(InputError, match=r"comtrade\.csv, row 2, column 'TradeValue'"):
        comtrade.read_comtrade_chapters(bad)
