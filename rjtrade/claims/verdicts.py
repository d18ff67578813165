"""The verdicts a claim can get, one claim's findings summed up into one, and how each verdict
looks: one palette for the tables, the charts and the terminal alike.

The words themselves are schema.VERDICTS (the audit of rjtrade.analyses gives the same three).
"""

from __future__ import annotations

from ..schema import VERDICTS

__all__ = ["COLOURS", "TERMINAL_COLOURS", "VERDICTS", "claim_verdict"]

# Charts: green, red and grey; the terminal: the ANSI colours nearest to them.
COLOURS = {"consistent": "#1a9850", "inconsistent": "#c51b1b", "unverifiable": "#8c8c8c"}
TERMINAL_COLOURS = {"consistent": "32", "inconsistent": "31", "unverifiable": "33"}


def claim_verdict(checks) -> dict:
    """One claim's findings summed up: consistent (with some reporter basis), inconsistent
    (with every basis it could be checked on) or unverifiable; with the bases of each."""
    consistent = checks[checks["verdict"] == "consistent"]
    inconsistent = checks[checks["verdict"] == "inconsistent"]
    verdict = VERDICTS[0] if len(consistent) else VERDICTS[1] if len(inconsistent) else VERDICTS[2]
    return {
        "verdict": verdict,
        "consistent_bases": list(dict.fromkeys(consistent["basis"])),
        "inconsistent_bases": list(dict.fromkeys(inconsistent["basis"])),
    }
