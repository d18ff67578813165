"""rjtrade.check against a labelled set of claim sentences whose verdicts were worked out by
hand from the official files (tests/fixtures/labelled_claims.csv; the rule and the files are
described in tests/fixtures/labelled_claims.md). Every sentence makes one claim; the test
compares the one verdict rjtrade gives that claim with the expected one. The target is every
verdict right, and never "consistent" for a false claim.

`claim_verdict` is the only place that knows the shape of rjtrade.check's answer.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
LABELLED = FIXTURES / "labelled_claims.csv"
COLUMNS = [
    "id",
    "lang",
    "kind",
    "text",
    "pair",
    "year",
    "basis",
    "expected_verdict",
    "official_figure",
    "source_row",
    "working",
]
VERDICTS = ("consistent", "inconsistent", "unverifiable")
OFFICIAL_DIRS = (
    Path(__file__).parents[1] / "data" / "raw" / "official",
    Path(__file__).parents[2] / "shared" / "data" / "official",
)


def labelled() -> list[dict[str, str]]:
    """The labelled sentences, one dict per row of labelled_claims.csv."""
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- the adapter: rjtrade.check's answer -> one verdict for the sentence's claim ----------


def claim_verdict(checked) -> str:
    """The verdict of the one claim in a checked sentence.

    When rjtrade.check gives a `claim_verdict` column (one verdict per claim, repeated on the
    claim's evidence rows), it is taken as it stands. Until then check gives one row per claim
    and basis, and the verdict a reader would draw from those rows is derived here: the rows
    from the official files (basis not "source:…") decide when any of them is not
    unverifiable, else the rows of published sources; any consistent row makes the claim
    consistent, else any inconsistent row makes it inconsistent, else it is unverifiable.

    A sentence in which no claim is read gives "no claim read"; one in which several claims
    are read with different verdicts gives "several claims: …" (both count as wrong).
    """
    if checked.empty:
        return "no claim read"
    verdicts = []
    for _, rows in checked.groupby("obs_id", sort=False):
        if "claim_verdict" in rows.columns:
            verdicts.append(str(rows["claim_verdict"].iloc[0]))
            continue
        official = rows[~rows["basis"].astype(str).str.startswith("source:")]
        decided = official[official["verdict"] != "unverifiable"]
        evidence = official if not decided.empty else rows
        found = set(evidence["verdict"])
        for verdict in VERDICTS:
            if verdict in found:
                verdicts.append(verdict)
                break
        else:
            verdicts.append("unverifiable")
    if len(set(verdicts)) == 1:
        return verdicts[0]
    return "several claims: " + ", ".join(verdicts)


def checked_verdict(text: str) -> str:
    """rjtrade.check on one sentence, reduced to its claim's verdict."""
    import rjtrade

    return claim_verdict(rjtrade.check(text))


def _rows(*found: tuple[str, str, str]):
    """check-shaped rows from (obs_id, basis, verdict) triples."""
    import pandas as pd

    return pd.DataFrame(found, columns=["obs_id", "basis", "verdict"])


def test_claim_verdict_reads_rows_by_the_stated_rule():
    official_wins = _rows(
        ("c1", "export:JPN+import:JPN", "inconsistent"),
        ("c1", "export:RUS+import:JPN", "unverifiable"),
        ("c1", "source:article_th", "consistent"),
    )
    assert claim_verdict(official_wins) == "inconsistent"
    any_official_consistent = _rows(
        ("c1", "export:JPN+import:JPN", "inconsistent"),
        ("c1", "export:RUS+import:JPN", "consistent"),
    )
    assert claim_verdict(any_official_consistent) == "consistent"
    only_sources = _rows(
        ("c1", "export:JPN+import:JPN", "unverifiable"),
        ("c1", "source:erina_4789", "inconsistent"),
    )
    assert claim_verdict(only_sources) == "inconsistent"
    assert claim_verdict(_rows(("c1", "", "unverifiable"))) == "unverifiable"
    assert claim_verdict(_rows()) == "no claim read"
    two = _rows(("c1", "JPN", "consistent"), ("c2", "JPN", "inconsistent"))
    assert claim_verdict(two) == "several claims: consistent, inconsistent"
    one_verdict_per_claim = _rows(("c1", "JPN", "consistent")).assign(claim_verdict="inconsistent")
    assert claim_verdict(one_verdict_per_claim) == "inconsistent"


# --- the labelled set itself -----------------------------------------------------------


def test_labelled_set_has_the_columns_and_the_mix():
    rows = labelled()
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS
    assert len(rows) >= 120
    languages = Counter(row["lang"] for row in rows)
    assert set(languages) == {"en", "ru", "ja", "th"}
    assert min(languages.values()) >= 30
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["expected_verdict"] for row in rows} <= set(VERDICTS)
    verdicts = Counter(row["expected_verdict"] for row in rows)
    # true and false claims in about equal numbers
    assert abs(verdicts["consistent"] - verdicts["inconsistent"]) <= len(rows) // 10
    assert {"value", "share", "growth", "multiple", "record", "partial_year"} <= {
        row["kind"] for row in rows
    }
    years = [int(row["year"]) for row in rows]
    assert min(years) == 1960 and max(years) == 2025
    for row in rows:
        assert row["official_figure"] and row["source_row"] and row["working"], row["id"]


def _official_line(name: str, number: int) -> str:
    for folder in OFFICIAL_DIRS:
        path = folder / name
        if path.exists():
            with path.open(encoding="utf-8-sig") as handle:
                for i, line in enumerate(handle, start=1):
                    if i == number:
                        return line.rstrip("\n")
            raise AssertionError(f"{name} has no line {number}")
    raise AssertionError(f"{name} is in neither {OFFICIAL_DIRS[0]} nor {OFFICIAL_DIRS[1]}")


def test_quoted_source_rows_are_the_official_lines():
    """Where a locator quotes a row ("file row N: text"), line N of that file starts with it."""
    quoted = 0
    for row in labelled():
        for part in row["source_row"].split("; "):
            name, _, rest = part.partition(" row ")
            number, colon, text = rest.partition(": ")
            if not (colon and number.isdigit() and name.endswith(".csv") and "," in text):
                continue
            line = _official_line(name.strip("({ "), int(number))
            assert line.startswith(text.strip()), (row["id"], name, number, line)
            quoted += 1
    assert quoted >= 60


# --- rjtrade.check against the labels --------------------------------------------------


@pytest.mark.parametrize("row", labelled(), ids=lambda row: row["id"])
def test_check_gives_the_hand_worked_verdict(row):
    got = checked_verdict(row["text"])
    assert got == row["expected_verdict"], (
        f"{row['id']} {row['text']!r}: rjtrade says {got}, the official files say "
        f"{row['expected_verdict']} ({row['official_figure']}; {row['working']})"
    )
