"""rjtrade/cli.py: commands, exit codes, messages on stderr."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from rjtrade import config
from rjtrade.cli import EXIT_ERROR, EXIT_INCONSISTENT, EXIT_OK, main
from rjtrade.outputs.chartdata import event_label

from .conftest import edit_cell


def test_parse_prints_value_currency_bound_interval(capsys):
    assert main(["parse", "5 พันล้าน 581 ล้านดอลลาร์"]) == EXIT_OK  # line 86
    out = capsys.readouterr().out
    assert "value: 5,581,000,000" in out and "currency: USD" in out and "bound: exact" in out
    assert "interval: [5,580,500,000, 5,581,500,000]" in out


def test_parse_percent_and_year(capsys):
    assert main(["parse", "ลดลง 1.9%"]) == EXIT_OK  # line 100
    assert "value: -1.9" in capsys.readouterr().out
    assert main(["parse", "--kind", "year", "พ.ศ. 2503"]) == EXIT_OK
    assert "year: 1960" in capsys.readouterr().out


def test_parse_error_goes_to_stderr_with_exit_1(capsys):
    assert main(["parse", "12 พันล้านยูโร"]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == "" and "12 พันล้านยูโร" in captured.err


def test_audit_strict_exits_non_zero_on_the_inconsistency(capsys):
    assert main(["audit"]) == EXIT_OK
    assert main(["audit", "--strict"]) == EXIT_INCONSISTENT  # the 2004/2005 figures of line 96
    out = capsys.readouterr().out
    assert "inconsistent" in out and "th_2005_growth" in out


def test_audit_strict_passes_when_consistent(workspace, capsys):
    # with 2005 growth written as 30 % instead of 40 %, line 96 would agree with itself
    edit_cell(config.RAW_DIR / "article_figures.csv", "th_2005_growth", "as_written", "เพิ่มขึ้น 30%")
    assert main(["audit", "--strict"]) == EXIT_OK


def test_build_error_names_the_file(workspace, capsys):
    edit_cell(config.RAW_DIR / "published_figures.csv", "jp_su_1958_exp", "unit", "EUR million")
    assert main(["build", "--no-figures"]) == EXIT_ERROR
    assert "published_figures.csv, row 2, column 'unit'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", ["build", "audit", "figures", "parse", "notebooks", "manifest"]
)
def test_every_command_has_help(command):
    result = subprocess.run(
        [sys.executable, "-m", "rjtrade.cli", command, "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "usage: rjtrade" in result.stdout


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == "rjtrade 0.1.0"


def test_parse_reads_a_negative_percent_without_a_double_dash(capsys):
    assert main(["parse", "-3.5%"]) == EXIT_OK
    assert "value: -3.5" in capsys.readouterr().out


def test_parse_reads_a_buddhist_era_year_without_being_told(capsys):
    assert main(["parse", "พ.ศ. 2503"]) == EXIT_OK  # 2503 - 543
    captured = capsys.readouterr()
    assert "year: 1960" in captured.out and "--kind year" in captured.err


def test_notebooks_without_notebooks_is_an_error(tmp_path, capsys):
    assert main(["notebooks", "--folder", str(tmp_path)]) == EXIT_ERROR
    assert "no notebooks" in capsys.readouterr().err


def test_figures_out_and_format(workspace, capsys):
    out = workspace / "charts"
    assert main(["figures", "jan_sep_2014", "--out", str(out), "--format", "pdf"]) == EXIT_OK
    assert sorted(p.name for p in out.iterdir()) == ["jan_sep_2014.csv", "jan_sep_2014.pdf"]


def test_build_out_writes_tables_and_charts_there(workspace, capsys):
    out = workspace / "elsewhere"
    assert main(["build", "--out", str(out)]) == EXIT_OK
    assert (out / "rjtrade.xlsx").exists() and (out / "figures" / "dip_2009.csv").exists()
    assert not config.PROCESSED_DIR.exists()  # the default folder is left alone


def test_what_a_cell_prints_is_stored_as_one_output_per_stream():
    import nbformat

    from rjtrade.outputs.notebooks import joined_streams

    out = [
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
        nbformat.v4.new_output("stream", name="stderr", text="c\n"),
    ]
    joined = joined_streams(out)
    assert [(o["name"], o["text"]) for o in joined] == [("stdout", "a\nb\n"), ("stderr", "c\n")]


def test_an_event_of_ones_own_builds_without_a_translation(tmp_path, capsys):
    # A user's own row in article_events.csv (no entry for it in outputs/words.py): the build
    # succeeds and the timeline names the event as written, in English and in Thai, instead
    # of failing on the missing key (the timeline is the one chart that names events).
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    with (raw / "article_events.csv").open("a", encoding="utf-8") as handle:
        handle.write("my_event,article_th,line 1,My own event,2000,2000,,\n")
    out = tmp_path / "out"
    assert main(["manifest", "--raw", str(raw)]) == EXIT_OK
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-figures"]) == EXIT_OK
    for lang in ("en", "th"):
        chart = ["figures", "timeline_1855_2014", "--raw", str(raw), "--out", str(out / lang)]
        assert main([*chart, "--lang", lang, "--format", "png"]) == EXIT_OK
        assert (out / lang / "timeline_1855_2014.png").is_file()
        # the chart's CSV holds the English labels in every language: "years event"
        text = (out / lang / "timeline_1855_2014.csv").read_text(encoding="utf-8")
        assert "2000 My own event" in text
    row = {"event_id": "my_event", "event": "My own event", "years": [2000], "begins": []}
    row["two_dates"] = []
    assert event_label(row, "th") == "2543 My own event"  # 2000 + 543, the text as written
    assert event_label(row, "en") == "2000 My own event"
