"""rj.check and `rjtrade check`: claims found in a text, each checked against the official
backbone and the other sources, with what is left open and the option that settles it.

Backbone figures by hand from data/raw/official/: Japan's customs 2013 with Russia
(japan_mof_trade_year_russia_china_world.csv, Grand Total): exports 1,069.3 + imports
2,307.6 = 3,376.9 bn yen; at the 2013 mean of the IMF daily rates (about 97.6 yen per US$)
that is about US$34.6 bn; the record "$34.8 billion" (34.75 to 34.85, the article's own, line
98) meets Japan's figure only with the spread between rate sources and between monthly and
annual conversion in its interval (34.41 to 34.77): METI's 34.8 is Japan's converted by month.
"""

from __future__ import annotations

import json

import pytest

import rjtrade as rj
from rjtrade.cli import main


def by_basis(checked):
    return checked.set_index("basis")["verdict"].to_dict()


def test_a_claim_is_checked_against_japans_figure_the_mixed_one_and_the_article():
    checked = rj.check("Russia–Japan trade hit a record $34.8 billion in 2013")
    verdicts = by_basis(checked)
    # METI's US$34.8 bn is Japan's customs converted by month (official README); at the
    # annual mean it is 34.58, and the rate sources' spread (IMF 97.6536, WDI 97.5957 yen per
    # US$) with the monthly/annual conversion spread (0.48 %) puts 34.77 bn in the interval.
    assert verdicts["export:JPN+import:JPN"] == "consistent"
    assert verdicts["source:article_th"] == "consistent"
    japan = checked[checked["basis"] == "export:JPN+import:JPN"].iloc[0]
    assert japan["backbone_value"] == pytest.approx(34.58e9, rel=2e-3)
    # Russia's own exports to Japan are not in the files: said, not guessed.
    assert verdicts["export:RUS+import:RUS"] == "unverifiable"


def test_a_claim_without_a_year_names_the_option_that_settles_it():
    thai = "การค้าระหว่างญี่ปุ่นกับจีนมากกว่าญี่ปุ่นกับรัสเซียเกิน 10 เท่า"  # more than 10 times
    open_claim = rj.check(thai).iloc[0]
    assert open_claim["verdict"] == "unverifiable"
    assert open_claim["options"] == "--year" and "year" in open_claim["detail"]
    # 2007 (COW v4 rows 2007 of 710/740 and 365/740): Japan–China over Russia–Japan is
    # about 12.9 on the best view, more than 10: consistent.
    settled = rj.check(thai, year=2007)
    assert set(settled["verdict"]) == {"consistent"}


def test_text_without_trade_figures_gives_no_claims(capsys):
    assert rj.check("The weather in Tokyo was fine.").empty
    assert main(["check", "The weather in Tokyo was fine."]) == 0
    assert "no trade claims found" in capsys.readouterr().out


def test_the_command_prints_json_for_programs(capsys):
    assert main(["check", "--json", "2013年の日ロ貿易額は348億ドル"]) == 0
    both = json.loads(capsys.readouterr().out)
    (claim,) = both["claims"]  # one claim, one verdict; the findings beneath as evidence
    assert claim["verdict"] in {"consistent", "inconsistent", "unverifiable"}
    records = both["evidence"]
    assert len(records) > 1
    assert {r["verdict"] for r in records} <= {"consistent", "inconsistent", "unverifiable"}
    assert all(r["claim"].startswith("348億ドル") for r in records)
    assert {r["claim_verdict"] for r in records} == {claim["verdict"]}


def test_a_file_that_is_not_utf8_is_one_error_line(tmp_path, capsys):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        "Russia–Japan trade: 20 billion dollars in 2007, café".encode("latin-1", "replace")
    )
    latin.write_bytes(b"caf\xe9 \xff\xfe")
    assert main(["check", "--file", str(latin)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("rjtrade check: error:") and "latin1.txt" in err[0]


def test_a_missing_file_or_a_folder_is_named_as_such(tmp_path, capsys):
    assert main(["check", "--file", str(tmp_path / "none.txt")]) == 1
    assert capsys.readouterr().err.strip().endswith("none.txt: no such file")
    assert main(["check", "--file", str(tmp_path)]) == 1
    assert "not a file" in capsys.readouterr().err


def test_a_usage_mistake_is_one_line_naming_where_help_is(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["audit", "--out", "x"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["rjtrade: error: unrecognized arguments: --out x (see rjtrade --help)"]


def test_a_reader_that_stops_early_is_not_an_error():
    import subprocess
    import sys

    shell = f"{sys.executable} -m rjtrade.cli parse '5 พันล้าน 581 ล้านดอลลาร์' | head -c 0"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""


def test_a_derived_figure_of_another_source_is_cited_in_words_not_nan():
    # published_figures.csv rows 71 and 74 (jetro_2010): US$232.2 billion in 2009 and 'fell
    # 12.8%' imply a 2008 level, derived: no locator and nothing as written of its own
    found = rj.check("Japan-China trade reached $266 billion in 2008")
    jetro = found[found["basis"] == "source:jetro_2010"]
    assert len(jetro) == 1
    detail = jetro["detail"].iloc[0]
    assert "nan" not in detail and detail.startswith("jetro_2010: implied by")


# Japan's customs 2013 with Russia (japan_mof_trade_year_russia_china_world.csv, Grand Total,
# 2013: exports 1,069.3 + imports 2,307.6 = 3,376.9 bn yen) at the 2013 mean IMF rate is
# US$34.58 bn, [34.41, 34.77] with the rate sources' spread; the partner view (COW 2013,
# 365->740 and 740->365 rows) is 37.15 bn. "$45.2 billion" (45.15 to 45.25) meets neither: one
# claim, inconsistent. The article's own 34.8 (line 98) is the text being checked.
RECORD_2013 = "Russia–Japan trade hit a record $45.2 billion in 2013"


def test_one_verdict_per_claim_with_the_findings_as_evidence():
    checked = rj.check(RECORD_2013)
    assert set(checked["claim_no"]) == {1}
    assert set(checked["claim_verdict"]) == {"inconsistent"}
    reason = checked["claim_reason"].iloc[0]
    assert "Japan's figure (export:JPN+import:JPN) US$34.58 bn" in reason
    evidence = checked.set_index("basis")["evidence"]
    assert evidence["source:article_th"].startswith("does not count: the article's own")
    assert evidence["export:JPN+import:JPN"] == "counts"


# People's Daily 2012 ("more than 344.9 billion", Japan's statistics) meets "exceeded $450
# billion in 2011"'s open bound, but the official files hold Japan's own 2011 figure
# (customs: 345.3 bn) and the partner view (421.4 bn): both miss it, so it is inconsistent.
def test_an_open_published_bound_does_not_outweigh_the_official_record():
    checked = rj.check("Japan–China trade exceeded $450 billion in 2011")
    assert set(checked["claim_verdict"]) == {"inconsistent"}
    people = checked[checked["basis"].str.startswith("source:")]
    assert (people["evidence"] != "counts").all()


# The article's 2007 "$20 bn" (line 98 of the Thai article) checked as a sentence: the partner
# view 23.28 bn and Japan's 21.23 bn both miss [19.5, 20.5]; the article itself agrees, but it
# is the text being checked.
def test_agreement_with_the_article_itself_verifies_nothing():
    checked = rj.check("In 2007 Russia-Japan trade was $20 billion")
    assert set(checked["claim_verdict"]) == {"inconsistent"}


def test_the_command_counts_claims_not_rows(capsys):
    assert main(["check", RECORD_2013]) == 0
    captured = capsys.readouterr()
    assert "1 claim: 0 consistent, 1 inconsistent, 0 unverifiable" in captured.err
    assert captured.out.count("inconsistent misses every reporter's figure") == 1


def test_strict_exits_3_when_a_claim_is_inconsistent(capsys):
    assert main(["check", "--strict", RECORD_2013]) == 3
    assert main(["check", RECORD_2013]) == 0
    # a claim the files cannot check is not inconsistent: --strict exits 0
    assert main(["check", "--strict", "Russia–Japan trade was $20 billion"]) == 0
    # Japan's customs 2010 imports from Russia: 1,412.03 bn yen at the 2010 mean rate is
    # US$16.0-16.2 bn; "US$16.1 billion" meets it: consistent, exit 0
    assert (
        main(["check", "--strict", "In 2010 Japan's imports from Russia were $16.1 billion"]) == 0
    )
    capsys.readouterr()


def test_a_claim_repeated_in_a_long_text_is_worked_out_once(monkeypatch):
    from rjtrade.claims import check as checking

    calls = []
    original = checking._findings
    monkeypatch.setattr(
        checking, "_findings", lambda claim, *rest: calls.append(1) or original(claim, *rest)
    )
    text = "\n".join([RECORD_2013] * 50 + ["In 2007 Russia-Japan trade was $20 billion"] * 50)
    checked = rj.check(text)
    assert len(calls) == 2  # two distinct claims
    assert checked["claim_no"].nunique() == 100
    first = checked[checked["claim_no"] == 1]
    last = checked[checked["claim_no"] == 50]
    # the same findings under each claim's own id and line
    assert list(first["verdict"]) == list(last["verdict"])
    assert set(last["obs_id"]) == {"text_line50_50"} and set(last["locator"]) == {"line 50"}
