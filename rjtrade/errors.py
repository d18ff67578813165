"""The package's own error types: every failure names what was read and where."""

from __future__ import annotations


class RjtradeError(Exception):
    """Base class of every error rjtrade raises on purpose."""


class ParseError(RjtradeError, ValueError):
    """A figure, year or date as written that cannot be read without guessing."""

    def __init__(self, message: str, text: str):
        super().__init__(f"{message}: {text!r}")
        self.text = text


class InputError(RjtradeError):
    """Bad content in an input file, located by file, row and column."""

    def __init__(self, file, row, column, value, problem: str):
        where = f"{file}, row {row}" if row is not None else f"{file}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {problem} (value: {value!r})")
        self.file, self.row, self.column, self.value = str(file), row, column, value


class ChecksumError(RjtradeError):
    """A raw file differs from the checksum manifest."""
