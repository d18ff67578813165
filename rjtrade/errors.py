"""The package's own error types: every failure names what was read and where."""

from __future__ import annotations


class RjtradeError(Exception):
    """Base class of every error rjtrade raises on purpose."""


class ParseError(RjtradeError, ValueError):
    """A figure, year or date as written that cannot be read without guessing."""

    def __init__(self, message: str, text: str):
        """The message quotes the text that could not be read."""
        super().__init__(f"{message}: {text!r}")
        self.text = text


class InputError(RjtradeError):
    """Bad content in an input file, located by file, row and column."""

    def __init__(self, file, row, column, value, problem: str):
        """The message names the file, row, column and value, then the problem."""
        where = f"{file}, row {row}" if row is not None else f"{file}"
        if column is not None:
            where += f", column {column!r}"
        quoted = "" if value is None else f" (value: {shown(value)})"
        super().__init__(f"{where}: {problem}{quoted}")
        self.file, self.row, self.column, self.value = str(file), row, column, value


SHOWN_CHARS = 120  # a value quoted in an error is cut to this many characters


def shown(value) -> str:
    """A value as quoted in an error: its repr, cut short when long (a 10 MB cell stays out)."""
    if isinstance(value, str) and len(value) > SHOWN_CHARS:
        return f"{value[:SHOWN_CHARS]!r}... ({len(value):,} characters)"
    text = repr(value)
    return text if len(text) <= 2 * SHOWN_CHARS else f"{text[: 2 * SHOWN_CHARS]}..."


class ChecksumError(RjtradeError):
    """A raw file differs from the checksum manifest."""


class OutputError(RjtradeError):
    """An output that cannot be written: the message names the file or folder and why."""


class Stopped(BaseException):
    """The process was asked to stop (SIGTERM, SIGHUP): unwinds like Ctrl-C, cleaning up."""

    def __init__(self, signum: int):
        """The message names the signal."""
        super().__init__(f"stopped by signal {signum}")
        self.signum = signum


class StoppedAfterSaving(Stopped):
    """Ctrl-C or a stop signal that arrived while the outputs were renamed into place: acted on
    once every one of them was (the outputs are the new ones)."""
