"""Column names, codes and allowed values: the one place for each of them."""

from __future__ import annotations

ECONOMIES = {
    "SUN": "USSR (to 1991)",
    "RUS": "Russia (from 1992)",
    "JPN": "Japan",
    "CHN": "China (excluding Hong Kong)",
}
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

# Charts under reports/figures/, longest to draw first: processes drawing them in turn
# then finish close together.
CHART_NAMES = (
    "japan_vs_china",
    "timeline_1855_2014",
    "commodity_structure",
    "growth_1960_2014",
    "dip_2009",
    "jan_sep_2014",
)

# Appended for the parser's limits and the Thai edition.
CURRENCIES["THB"] = "Thai baht"
# The latest year a source can give a figure for: the year this version was written (a year in
# progress can already have January-September figures, like the article's 2014). Raise it with
# each release; a later year is refused as a typo, not read as a forecast.
LATEST_YEAR = 2026
# The longest figure, year or date text the parsers read (characters). The longest in the data
# is 36; the limit bounds the cost of hostile input, every parser being linear below it.
MAX_TEXT_LENGTH = 1_000
