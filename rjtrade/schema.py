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
# Japan's partners in the official backbone, and the economies a partner code stands for in a
# series (RUS: the USSR to 1991 and Russia from 1992; SUN: the USSR's years only).
BACKBONE_PARTNERS = ("RUS", "CHN")
SERIES_PARTNERS = {"RUS": RUSSIA_OR_USSR, "SUN": ("SUN",), "CHN": ("CHN",), "JPN": ()}
SERIES_ECONOMY = {"SUN": "RUS"}  # annual_series("RUS", ...) joins the USSR (to 1991) and Russia
# What rj.pairs() says of each pair the data hold.
PAIR_COLUMNS = [
    "economy",
    "partner",
    "first_year",
    "last_year",
    "years_with_a_figure",
    "flows",
    "own_side",
    "mirrored",
    "note",
]


def economy_in(economy: str, year: int) -> str:
    """The economy a figure for `year` belongs to: Russia (RUS) means the USSR (SUN) up to 1991."""
    if economy in RUSSIA_OR_USSR:
        return "SUN" if year <= USSR_LAST_YEAR else "RUS"
    return economy


FLOWS = ("export", "import", "turnover", "investment_stock", "direct_investment")
TRADE_FLOWS = ("turnover", "export", "import")
MIRROR_FLOW = {"export": "import", "import": "export", "turnover": "turnover"}
FLOW_TEXT = {
    "turnover": "exports plus imports of the pair",
    "export": "the economy's exports to the partner",
    "import": "the economy's imports from the partner",
    "investment_stock": "stock of direct investment (not in annual_series)",
    "direct_investment": "direct investment in a year (not in annual_series)",
}

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
    "THB": "Thai baht",
}
REPORTERS = ("SUN", "RUS", "JPN", "CHN", "third_party", "mixed", "unstated")
REPORTER_TEXT = {
    "SUN": "the USSR's own statistics",
    "RUS": "Russia's own statistics",
    "JPN": "Japan's statistics (customs, JETRO, MOFA)",
    "CHN": "China's statistics",
    "third_party": "neither side: a third party's estimate",
    "mixed": "both sides' figures quoted together",
    "unstated": "the source does not say whose statistics",
}
YEAR_BASES = {
    "written": "the year is written in the source",
    "context": "the year is not written next to the figure; taken from the surrounding passage",
    "none": "no year given",
}
PERIODS = ("annual", "jan-sep", "jan-jun", "year-end", "unstated")  # or a span "YYYY-YYYY"

# Interval rules, applied to every figure as written (see rjtrade.intervals).
ABOUT_TOLERANCE = 0.05  # "about", "approximately": +-5 % around the figure (at least the rounding)
NEARLY_TOLERANCE = 0.10  # "nearly", "almost": up to 10 % below the figure

# A figure as recorded (the header of data/raw/article_figures.csv, less reported_by, claim
# and note); the observation table adds how it reads (value, interval) and its provenance.
FIGURE_FIELDS = [
    "obs_id", "source_id", "locator", "as_written", "period_as_written", "year_basis",
    "economy", "partner", "flow", "measure", "commodity", "year", "period",
    "base_year", "base_year_to", "base_partner", "base_flow",
]  # fmt: skip
READING_FIELDS = [
    "value", "unit", "currency", "bound", "low", "high", "status", "derived_from", "method",
]  # fmt: skip
ATTRIBUTION_FIELDS = ["reported_by", "claim", "note"]
OBSERVATION_COLUMNS = [*FIGURE_FIELDS, *READING_FIELDS, *ATTRIBUTION_FIELDS]
OBSERVATION_YEARS = ("year", "base_year", "base_year_to")  # CE years, or missing
OBSERVATION_NUMBERS = ("value", "low", "high")  # floats: an open bound is infinite
OBSERVATION_DTYPES = {
    c: "Int64" if c in OBSERVATION_YEARS else "float64" if c in OBSERVATION_NUMBERS else "str"
    for c in OBSERVATION_COLUMNS
}

SOURCE_COLUMNS = [
    "source_id",
    "publisher",
    "title",
    "url",
    "language",
    "reporter",
    "whose_statistics",
]

ARTICLE_FIGURE_COLUMNS = [*FIGURE_FIELDS, *ATTRIBUTION_FIELDS]
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
# The published tables' headers (copied unchanged from their compilation): a shared start.
PUBLISHED_HEAD = ["figure_id", "source_id", "economy", "partner", "flow", "period"]
PUBLISHED_FIGURE_COLUMNS = [*PUBLISHED_HEAD, "value", "unit", "bound", "as_written", "note"]
PUBLISHED_COMPOSITION_COLUMNS = [
    *PUBLISHED_HEAD,
    "category_as_written",
    "share_pct",
    "value",
    "unit",
    "bound",
    "note",
]
CLAIMS = ("record_high",)

# CE years the package accepts in files; the public functions cover YEAR_MIN to LATEST_YEAR
# (below), refusing any other year (rjtrade.arguments)
YEAR_MIN, YEAR_MAX = 1800, 2100
BUDDHIST_ERA_OFFSET = 543  # BE year = CE year + 543

# One level of a series (a year and flow of a pair) with its interval and whose it is.
SERIES_LEVEL_FIELDS = [
    "economy", "partner", "joined", "flow", "year", "period",
    "value_usd", "low", "high", "bound", "status", "reported_by",
]  # fmt: skip
SERIES_COLUMNS = [
    "economy_pair",
    *SERIES_LEVEL_FIELDS,
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
AUDIT_DTYPES = {c: "float64" if c.endswith(("_low", "_high")) else "str" for c in AUDIT_COLUMNS}
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
GROWTH_COLUMNS = ["year", "flow", "growth_pct", "low", "high", "status", "obs_ids", "note"]
INDEX_COLUMNS = ["year", "flow", "index", "low", "high", "status", "note"]

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
    " (SUR = Soviet rouble) or the value was converted (constant dollars: rj.constant_dollars"
    " or `rjtrade series --real`, the index and base year on every row); values in units,"
    " not millions",
    "rates and prices": "yen converted at each year's rate, its source on the row"
    " (rate_source): IMF representative rates' annual mean 2001-2019; World Bank WDI"
    " PA.NUS.FCRF (IMF IFS) other years to 2024; Federal Reserve H.10 (FRED AEXJPUS) 2025; the"
    " spread between rate sources is in the interval. Constant dollars: BLS CPI-U"
    " (CUUR0000SA0) or BEA GDP deflator (GDPDEF). Russia's own report: IMF Direction of Trade"
    " Statistics (exports 2019-2020) and UN Comtrade (HS chapters 2019-2020). Citations:"
    " data/raw/official/README.md",
    "flag": "official rows: an anomaly found by a stated rule (a record moving against its"
    " neighbouring years unlike the other side's record; a total far from its seven-year"
    " median, or breaking against trade with Japan), the reason in flag_reason",
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
    "official_series": "the official backbone 1960–2025 (COW to 2014, Japan's customs from"
    " 2009, Japan–China by month from 2001), Japan–USSR/Russia and Japan–China,"
    " every year and flow, by view (JPN = Japan's statistics, partner = the partner's,"
    " best = each flow as its importer recorded it), with whose statistics each value is",
    "official_mirror_gaps": "one side's imports beside the other side's exports, year by year,"
    " from the official files, with the gap",
    "trade_shares": "Russia's (China's) share of Japan's trade and Japan's share of theirs, by"
    " year, from COW national totals and Japan's customs Grand Total",
    "customs_structure": "Japan's customs trade with Russia by commodity group, 2009–2025, in"
    " yen and US$, with each group's share; groups containing others are never added twice",
    "claims_vs_official": "every claim of the article checked against the official backbone,"
    " one row per claim and reporter basis, with the figure compared, its source and the gap;"
    " claim_verdict and claim_reason: the claim's one verdict (an undated claim that holds in"
    " some years only is unverifiable, naming them)",
    "structure_match": "the article's undated commodity shares against Japan's customs"
    " structure of each year up to its latest dated figure: distance in percentage points,"
    " the nearest year marked best",
    "structure": "primary and manufactured shares of Russia's exports to and imports from"
    " Japan, by source and period, as intervals",
}

# The parsers' limits.
# The latest year a source can give a figure for: the year this version was written (a year in
# progress can already have January-September figures, like the article's 2014). Raise it with
# each release; a later year is refused as a typo, not read as a forecast.
LATEST_YEAR = 2026
# The longest figure, year or date text the parsers read (characters). The longest in the data
# is 36; the limit bounds the cost of hostile input, every parser being linear below it.
MAX_TEXT_LENGTH = 1_000

# --- Official statistics (data/raw/official/): codes and tidy columns ---------------------------

OFFICIAL_DIR_NAME = "official"  # data/raw/official/, checked against its own MANIFEST.sha256
WORLD = "WLD"  # the world as a partner (a customs "Grand Total" area)
MILLION = 1e6
BILLION = 1e9
THOUSAND = 1e3

# Correlates of War state codes. COW keeps 365 for the USSR and Russia; economy_in splits it.
COW_STATE_CODES = {740: "JPN", 365: "SUN", 710: "CHN"}
COW_PAIRS = ((365, 740), (710, 740))  # the dyads this package reads
COW_MISSING = -9  # COW writes a missing flow as -9
# US$ million: a flow above this (10 trillion US$, about half of world trade) is absurd for
# one dyad and year, refused as an error in the file (1e305 would become inf in US$)
COW_FLOW_MAX_MILLION = 1e7
COW_V4_EXTRACT_HALF_UNIT = 0.5  # US$ million: the extract was rounded to whole millions
COW_TWO_DECIMALS_HALF_UNIT = 0.005  # US$ million: COW v3 (and the full v4 file) write 2 decimals
# The first columns of COW's full dyadic layouts (v3.0 and v4.0 alike)
COW_DYAD_HEAD = ["ccode1", "ccode2", "year", "importer1", "importer2", "flow1", "flow2"]
COW_V4_FULL_COLUMNS = [
    *COW_DYAD_HEAD, "smoothflow1", "smoothflow2", "smoothtotrade", "spike1", "spike2",
    "dip1", "dip2", "trdspike", "tradedip", "bel_lux_alt_flow1", "bel_lux_alt_flow2",
    "china_alt_flow1", "china_alt_flow2", "source1", "source2", "version",
]  # fmt: skip
COW_V4_NEEDED = ["ccode1", "ccode2", "year", "flow1", "flow2"]
COW_V3_COLUMNS = [*COW_DYAD_HEAD, "source1", "source2"]
COW_NATIONAL_COLUMNS = ["ccode", "year", "imports", "exports"]
# COW v3 source codes. Their meaning is in the v3 codebook, which is not at hand: these readings
# come from the data (see data/raw/official/README.md) and are UNCONFIRMED.
COW_V3_SOURCE_CODES = {
    1: "unconfirmed: historical (pre-IMF) source",
    2: "unconfirmed: IMF Direction of Trade figure",
    3: "unconfirmed: the partner's (mirror) report",
    4: "unconfirmed: not a real zero (0.00 where v4.0 has a value); read as missing",
    13: "unconfirmed: code 13, meaning not inferred",
}
COW_V3_NOT_A_ZERO = 4

# Tidy long table of COW dyadic flows: one row per year, importer and exporter.
COW_FLOW_COLUMNS = [
    "source_id",
    "file",
    "row",
    "year",
    "importer",
    "exporter",
    "value_usd",
    "low",
    "high",
    "cow_source",
    "note",
]
COW_NATIONAL_TIDY_COLUMNS = [
    "source_id",
    "file",
    "row",
    "economy",
    "year",
    "flow",
    "value_usd",
    "low",
    "high",
]

# Japan's Ministry of Finance customs statistics.
CUSTOMS_YEAR_COLUMNS = ["ex_im", "area", "goods", "year", "value"]
CUSTOMS_AREAS = {"Russia": "RUS", "China": "CHN", "Grand Total": WORLD}
CUSTOMS_FLOWS = {"export": "export", "import": "import"}  # from Japan's side
CUSTOMS_MAX_DECIMALS = (
    6  # billion yen to 6 decimals is a thousand yen; longer digits are float noise
)
CUSTOMS_MONTHLY_COLUMNS = ["Date", "Exports", "Imports"]
CUSTOMS_TIDY_COLUMNS = [
    "source_id",
    "file",
    "row",
    "reporter",
    "partner",
    "flow",
    "goods",
    "year",
    "month",
    "value_jpy",
    "low_jpy",
    "high_jpy",
]
GRAND_TOTAL = "Grand Total"
# The Ministry's summary groups: each group -> the group that contains it (None: a section).
# The nine sections partition the Grand Total; a group is never added to its own parts.
COMMODITY_PARENT = {
    "Foodstuff": None,
    "Raw Materials": None,
    "Mineral Fuels": None,
    "Chemicals": None,
    "Manufactured Goods": None,
    "Machinery": None,
    "Electrical Machinery": None,
    "Transport Equipment": None,
    "Others": None,
    "Meat And Meat Preparation": "Foodstuff",
    "Fish And Fish Preparation": "Foodstuff",
    "(Shrimps, Prawns, Lobsters)": "Fish And Fish Preparation",
    "Cereals, Cereal Preparation": "Foodstuff",
    "Vegetables": "Foodstuff",
    "Fruits": "Foodstuff",
    "Wood": "Raw Materials",
    "Soy Beans": "Raw Materials",
    "Iron Ore And Concentrates": "Raw Materials",
    "Ore Of Nonferrous": "Raw Materials",
    "Petroleum": "Mineral Fuels",
    "Petroleum Products": "Mineral Fuels",
    "(Petroleum Spirits)": "Petroleum Products",
    "Lng": "Mineral Fuels",
    "Lpg": "Mineral Fuels",
    "Coal": "Mineral Fuels",
    "(Coal N.e.s)": "Coal",
    "Organic Chemicals": "Chemicals",
    "Medical Products": "Chemicals",
    "Plastic Materials": "Chemicals",
    "Iron And Steel Products": "Manufactured Goods",
    "Nonferrous Metals": "Manufactured Goods",
    "Manufactures Of Metals": "Manufactured Goods",
    "Rubber Manufactured": "Manufactured Goods",
    "Non-Metallic Mineral Ware": "Manufactured Goods",
    "Textile Yarn, Fabrics": "Manufactured Goods",
    "Paper & Paper Manufactures": "Manufactured Goods",
    "Wood & Cork Manufactured": "Manufactured Goods",
    "Power Generating Machine": "Machinery",
    "Computers And Units": "Machinery",
    "Parts Of Computer": "Machinery",
    "Metalworking Machinery": "Machinery",
    "Construction Machines": "Machinery",
    "Pump And Centrifuges": "Machinery",
    "Heating Or Cooling Machine": "Machinery",
    "Mechanical Handling Equip": "Machinery",
    "Ball Or Roller Bearings": "Machinery",
    "Textile Machines": "Machinery",
    "Semicon Machinery Etc": "Machinery",
    "Semiconductors Etc": "Electrical Machinery",
    "(Ic)": "Semiconductors Etc",
    "Electrical Apparatus": "Electrical Machinery",
    "Audio And Visual Apparatus": "Electrical Machinery",
    "Audio & Visual Apparatus": "Electrical Machinery",
    "Audio Apparatus": "Electrical Machinery",
    "Visual Apparatus": "Electrical Machinery",
    "(Video Rec Or Repro App)": "Electrical Machinery",
    "(Tv Receiver)": "Electrical Machinery",
    "Parts Of Audio, Visual App.": "Electrical Machinery",
    "Telephony, Telegraphy": "Electrical Machinery",
    "(Telephone Sets)": "Telephony, Telegraphy",
    "Electrical Power Machinery": "Electrical Machinery",
    "Batteries And Accumulators": "Electrical Machinery",
    "Electrical Measuring": "Electrical Machinery",
    "Insulated Wire And Cable": "Electrical Machinery",
    "Blank/Recorded Media": "Electrical Machinery",
    "Motor Vehicles": "Transport Equipment",
    "(Car)": "Motor Vehicles",
    "(Bus&Truck)": "Motor Vehicles",
    "Parts Of Motor Vehicles": "Transport Equipment",
    "Motorcycles, Autocycles": "Transport Equipment",
    "Ships": "Transport Equipment",
    "Aircraft": "Transport Equipment",
    "Scientific, Optical Inst": "Others",
    "Photographic Supplies": "Others",
    "Furniture": "Others",
    "Clothing And Accessories": "Others",
    "Bags": "Others",
}
CUSTOMS_COMMODITY_COLUMNS = [
    "reporter",
    "partner",
    "flow",
    "year",
    "goods",
    "parent",
    "section",
    "level",
    "value_jpy",
    "value_usd",
    "share_pct",
    "in_partition",
    "source_id",
    "rate_source",
]

# IMF representative exchange rates (units of currency per US dollar).
IMF_DATE_FORMAT = "%d-%b-%Y"
RATE_COLUMNS = ["date", "currency", "per_usd"]

# Source ids of the official files (keys a sources registry can use): the readers and the
# analyses take them from here.
IMF_RATES_SOURCE = "imf_rates_daily"
WDI_RATES_SOURCE = "wdi_rates_annual"
FED_RATES_SOURCE = "fed_h10_rates_annual"
OFFICIAL_SOURCES = {
    "cow_trade_4.0_dyadic": "Correlates of War Trade v4.0, dyadic (Barbieri and Keshk 2016)",
    "cow_trade_3.0_dyadic": "Correlates of War Trade v3.0, dyadic (Barbieri and Keshk 2012)",
    "cow_trade_4.0_national": "Correlates of War National Trade v4.0 (Barbieri and Keshk 2016)",
    "mof_japan_year": "Ministry of Finance Japan, Trade Statistics of Japan (by year)",
    "mof_japan_china_month": "Ministry of Finance Japan, Japan-China trade by month",
    IMF_RATES_SOURCE: "IMF representative exchange rates, daily",
}

# Whose statistics a figure is (the backbone's reported_by).
IMF_ESTIMATE = "IMF estimate"
MIXED = "mixed"
BACKBONE_VIEWS = ("JPN", "partner", "best")
BACKBONE_YEARS = (1960, 2025)  # COW to 2014, Japan's customs to 2025
# Who reported COW's "partner imports from Japan" (flow1), by partner and years (README):
# equal to Japan's own FOB exports 1960-1980 for the USSR; an IMF estimate with freight added
# 1981-1991; Russia's own figures from 1992. For China, China's own customs from 1978; before,
# COW v3 marks the flow with source code 3 (a mirror report, meaning unconfirmed), read as
# Japan's exports.
PARTNER_IMPORT_REPORTER = (
    ("SUN", 1960, 1980, "JPN"),
    ("SUN", 1981, 1991, IMF_ESTIMATE),
    ("RUS", 1992, 2100, "RUS"),
    ("CHN", 1950, 1977, "JPN"),
    ("CHN", 1978, 2100, "CHN"),
)
BACKBONE_COLUMNS = [
    "view", *SERIES_LEVEL_FIELDS, "basis", "source_id", "method", "note",
    "rate_source", "flag", "flag_reason",
]  # fmt: skip
MIRROR_GAP_COLUMNS = [
    "economy",
    "partner",
    "year",
    "direction",
    "importer_figure",
    "importer_reported_by",
    "exporter_figure",
    "exporter_reported_by",
    "gap_usd",
    "gap_pct",
    "note",
    "flag",
    "flag_reason",
]
SHARE_COLUMNS = [
    "year",
    "economy",
    "partner",
    "share_pct",
    "low",
    "high",
    "reported_by",
    "source_id",
    "method",
    "flag",
    "flag_reason",
]
CLAIM_CHECK_COLUMNS = [
    "obs_id",
    "claim",
    "year",
    "basis",
    "reported_by",
    "stated_low",
    "stated_high",
    "backbone_value",
    "backbone_low",
    "backbone_high",
    "backbone_source",
    "gap",
    "verdict",
    "years_consistent",
    "years_inconsistent",
    "detail",
    "flag",
    "flag_reason",
]
# The article's claims (claims_vs_official): each finding, and the claim's one verdict and its
# reason by the precedence of rjtrade.claims.verdicts (repeated on each of its findings).
ARTICLE_CHECK_COLUMNS = [*CLAIM_CHECK_COLUMNS, "claim_verdict", "claim_reason"]
# A Japanese customs figure converted at the annual mean rate may differ from a conversion
# month by month (as METI and JETRO convert); rjtrade.analyses.backbone measures that spread on
# the Japan-China monthly file and widens converted intervals by it.
PARTIAL_YEAR_MAX_QUARTER_RATIO = 1.5  # an implied last quarter above 1.5 average quarters is odd
# Source whose reporter the observation table records too broadly: ERINA's 2007 commodity
# figures are Japan's customs statistics (Ministry of Finance), not a mix.
SOURCE_REPORTER_CORRECTIONS = {"erina_1590": "JPN"}
# Claims found in free text (rjtrade.claims.finder): observation rows plus what could not be told.
CLAIM_FLOWS = (*FLOWS, "balance")  # a trade balance is claimed in texts, never recorded as a flow
CLAIM_COLUMNS = [*OBSERVATION_COLUMNS, "column", "missing", "options", "settled_by"]
# What a claim can lack, and the command-line option that supplies it (reporter: whose
# exports or imports, the economy of the pair that reports the flow).
CLAIM_OPTIONS = {"year": "--year", "pair": "--pair", "direction": "--reporter"}
MONTH_CODES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The longest text find_claims reads (characters, about six times the Thai article): the cost of
# reading grows linearly below it, and a longer text is refused with a ParseError.
MAX_CLAIM_TEXT_LENGTH = 1_000_000
# Limits on what is read: every reader refuses more, naming the file (and row and column).
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
