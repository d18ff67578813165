"""`rjtrade check` under a POSIX locale and an ASCII output encoding: Thai text on the command
line is read, and what cannot be shown is escaped instead of the command failing."""

import os
import subprocess
import sys

# BE 2556 = 2013; Japan's own 2013 turnover 34.58 bn, its interval widened by the conversion
# spread to 34.41-34.77 (monthly against annual rates; see tests/test_check.py), meets 34.8
# [34.75, 34.85], METI's figure converted by month: one claim, consistent.
THAI = "ในปี 2556 การค้ารัสเซีย-ญี่ปุ่น 34.8 พันล้านดอลลาร์"


def run(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environment |= env
    return subprocess.run(
        [sys.executable, "-m", "rjtrade.cli", "check", THAI],
        capture_output=True,
        env=environment,
        check=False,
    )


def test_thai_argv_is_read_under_a_posix_locale():
    done = run(LC_ALL="POSIX", PYTHONUTF8="0")
    assert done.returncode == 0, done.stderr
    assert b"control character" not in done.stderr
    assert b"1 claim: 1 consistent, 0 inconsistent" in done.stderr


def test_an_ascii_output_gets_escapes_not_an_error():
    done = run(PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr
    assert b"UnicodeEncodeError" not in done.stderr
    assert b"34.8 \\u0e1e" in done.stdout  # the Thai words escaped, the claim printed
