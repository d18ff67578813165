"""Column names, codes and allowed values: the one place for each of them."""

from __future__ import annotations

ECONOMIES = {
    "SUN": "USSR (to 1991)",
    "RUS": "Russia (from 1992)",
    "JPN": "Japan",
    "CHN": "China (excluding Hong Kong)",
}
PRIMARY_SOURCE = "article_th"  # the Thai article: first in every choice among figures
USSR_LAST_YEAR = 1991  # dissolution in December 1991; Russia reports from 1992
RUSSIA_OR_USSR = ("SUN", "RUS")  # the two economies of the Russian side, never merged silently


def economy_in(economy: str, year: int) -> str:
    """The economy a figure for `year` belongs to: Russia (RUS) means the USSR (SUN) up to 1991."""
    if economy in RUSSIA_OR_USSR:
        return "SUN" if year <= USSR_LAST_YEAR else "RUS"
    return economy


FLOWS = ("export", "import", "turnover", "investment_stock", "direct_investment")
TRADE_FLOWS = ("turnover", "export", "import")
MIRROR_FLOW = {"export": "import", "import": "export", "turnover": "turnover"}

MEASURES = {
    "value": "money value of the flow",
    "quantity": "physical quantity (unit column)",
    "growth": "percent change on the base year (same period)",
    "avg_annual_growth": "average annual percent change over the period",
    "multiple": "ratio of this flow to its base (base_year, base_partner or base_flow)",
    "share_of_total": "partner's percent share of the economy's total flow",
    "commodity_share": "commodity's percent share of the flow",
    "rank": "partner's rank among the economy's partners",
}
BOUNDS = ("exact", "at_least", "at_most", "about")
STATUSES = ("stated", "derived", "interpolated", "missing")
CURRENCIES = {
    "USD": "US dollar",
    "SUR": "Soviet rouble",
    "RUB": "Russian rouble",
    "JPY": "Japanese yen",
}
REPORTERS = ("SUN", "RUS", "JPN", "CHN", "third_party", "mixed", "unstated")
YEAR_BASES = {
    "written": "the year is written in the source",
    "context": "the year is not written next to the figure; taken from the surrounding passage",
    "none": "no year given",
}
PERIODS = ("annual", "jan-sep", "jan-jun", "year-end", "unstated")  # or a span "YYYY-YYYY"

# Interval rules, applied to every figure as written (see rjtrade.intervals).
ABOUT_TOLERANCE = 0.05  # "about", "approximately": +-5 % around the figure (at least the rounding)
NEARLY_TOLERANCE = 0.10  # "nearly", "almost": up to 10 % below the figure

OBSERVATION_COLUMNS = [
    "obs_id",
    "source_id",
    "locator",
    "as_written",
    "period_as_written",
    "year_basis",
    "economy",
    "partner",
    "flow",
    "measure",
    "commodity",
    "year",
    "period",
    "base_year",
    "base_year_to",
    "base_partner",
    "base_flow",
    "value",
    "unit",
    "currency",
    "bound",
    "low",
    "high",
    "status",
    "derived_from",
    "method",
    "reported_by",
    "claim",
    "note",
]

SOURCE_COLUMNS = [
    "source_id",
    "publisher",
    "title",
    "url",
    "language",
    "reporter",
    "whose_statistics",
]

ARTICLE_FIGURE_COLUMNS = [
    "obs_id",
    "source_id",
    "locator",
    "as_written",
    "period_as_written",
    "year_basis",
    "economy",
    "partner",
    "flow",
    "measure",
    "commodity",
    "year",
    "period",
    "base_year",
    "base_year_to",
    "base_partner",
    "base_flow",
    "reported_by",
    "claim",
    "note",
]
EVENT_COLUMNS = [
    "event_id",
    "source_id",
    "locator",
    "event",
    "date_as_written",
    "date_iso",
    "flag",
    "note",
]
PUBLISHED_FIGURE_COLUMNS = [
    "figure_id",
    "source_id",
    "economy",
    "partner",
    "flow",
    "period",
    "value",
    "unit",
    "bound",
    "as_written",
    "note",
]
PUBLISHED_COMPOSITION_COLUMNS = [
    "figure_id",
    "source_id",
    "economy",
    "partner",
    "flow",
    "period",
    "category_as_written",
    "share_pct",
    "value",
    "unit",
    "bound",
    "note",
]
CLAIMS = ("record_high",)

YEAR_MIN, YEAR_MAX = 1800, 2100  # CE years the package accepts
BUDDHIST_ERA_OFFSET = 543  # BE year = CE year + 543

SERIES_COLUMNS = [
    "economy_pair",
    "economy",
    "partner",
    "joined",
    "flow",
    "year",
    "period",
    "value_usd",
    "low",
    "high",
    "bound",
    "status",
    "reported_by",
    "source_id",
    "obs_ids",
    "method",
    "alternatives",
]
AUDIT_COLUMNS = [
    "check",
    "claim",
    "obs_ids",
    "implied_low",
    "implied_high",
    "stated_low",
    "stated_high",
    "unit",
    "verdict",
    "detail",
]
VERDICTS = ("consistent", "inconsistent", "unverifiable")

MIRROR_COLUMNS = [
    "flow",
    "year",
    "period",
    "own_obs",
    "own_reported_by",
    "own_value",
    "own_low",
    "own_high",
    "mirror_obs",
    "mirror_reported_by",
    "mirror_value",
    "mirror_low",
    "mirror_high",
    "gap",
    "gap_pct",
]
COMMODITY_COLUMNS = [
    "obs_id",
    "source_id",
    "locator",
    "economy",
    "partner",
    "flow",
    "russia_flow",
    "reported_by",
    "category",
    "category_as_written",
    "mapping",
    "hs_codes",
    "class",
    "class_rule",
    "share_pct",
    "low",
    "high",
    "bound",
    "year",
    "period",
    "reference_period",
    "status",
]
COMMODITY_VALUE_COLUMNS = [
    "value_usd",
    "value_low",
    "value_high",
    "value_status",
    "value_method",
    "total_obs_id",
]
STRUCTURE_COLUMNS = [
    "source_id",
    "russia_flow",
    "reference_period",
    "primary_low",
    "primary_high",
    "manufactured_low",
    "manufactured_high",
    "categories",
]
GROWTH_COLUMNS = ["year", "flow", "growth_pct", "low", "high", "status", "obs_ids"]
INDEX_COLUMNS = ["year", "flow", "index", "low", "high", "status"]

# Grouping keys, each named once.
LEVEL_KEY = ("economy", "partner", "flow", "year", "period", "commodity")  # one level of one flow
STATEMENT_KEY = ("economy", "partner", "flow", "measure", "period", "commodity")  # any year
SHARE_GROUP = ("source_id", "economy", "partner", "flow", "period", "year")  # shares of one flow
RATIO_COLUMNS = ["year", "flow", "ratio", "low", "high", "obs_ids"]

# What the outputs say about themselves (the workbook's README sheet), each said once.
ABOUT = (
    "Russia(USSR)–Japan and Japan–China trade figures from a Thai-language article"
    " and other published sources"
)
GLOSSARY = {
    "money": "current US dollars unless the currency column says otherwise"
    " (SUR = Soviet rouble); values in units, not millions",
    "status": "stated = as the source writes it; derived = computed from stated figures"
    " (see derived_from and method); interpolated = filled between known years;"
    " missing = no figure",
    "low, high": "the interval a figure admits: half a unit of its last written digit,"
    " widened by 'more than', 'nearly', 'about'",
    "reported_by": "whose statistics: SUN/RUS = the Soviet or Russian side, JPN = Japan's"
    " side; mirror figures are never merged",
    "USSR and Russia": f"{ECONOMIES['SUN']} and {ECONOMIES['RUS']} are different economies;"
    " annual_series joins them only for the pair RUS-JPN and says so",
    "partial years": "period jan-sep or jan-jun rows are partial years, never annual totals",
}
TABLES = {  # every output table, in the order of the workbook's sheets
    "observations": "every figure of every source, one row each, with source, locator and"
    " the text as written",
    "annual_series": "one row per pair, year and flow; alternatives lists the figures not chosen",
    "mirror_gaps": "the Soviet/Russian figure beside Japan's mirror figure for the same year"
    " and flow, with the gap",
    "commodity_shares": "commodity structure by source, with the computed remainder"
    " ('other') and approximate values",
    "audit": "every check of one claim against another: verdict consistent, inconsistent or"
    " unverifiable",
    "sources": "the sources registry: publisher, title, address, language, whose statistics",
    "events": "dated events of the article's timeline; flag two_dates where the article"
    " gives two dates",
    "structure": "primary and manufactured shares of Russia's exports to and imports from"
    " Japan, by source and period, as intervals",
}

# Limits on what is read: every reader refuses more, naming the file (and row and column).
LATEST_YEAR = 2025  # the latest year the official data here know; later years are refused
MAX_CELL_CHARS = 32_767  # characters in one cell: Excel's limit, so every cell fits a workbook
MAX_XLSX_ROWS = 100_000  # rows of a user's workbook sheet (larger data: use CSV)
MAX_XLSX_COLUMNS = 64  # columns of a user's workbook sheet (the widest layout has 20)
MAX_XLSX_UNCOMPRESSED = 256 * 2**20  # bytes of a workbook once unzipped (declared sizes)
MAX_XLSX_PARTS = 1_000  # files inside a workbook's zip archive
ID_COLUMNS = ("obs_id", "figure_id", "event_id", "source_id")  # ids: letters, digits, _ . -
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}"  # at most 100 characters
DERIVED_ID_MARK = "__"  # only ids made by rjtrade (derived rows) contain it
EXCEL_MAX_ROWS = 1_048_576  # rows of a worksheet, the header included
WORKBOOK_MAX_ROWS = 100_000  # rows of a table shown in the workbook; CSV and Parquet hold all
