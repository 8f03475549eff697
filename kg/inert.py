"""Text from articles made inert in the outputs: spreadsheet cells, Markdown, bidirectional controls.

Article text, titles, ids and file names are untrusted: a cell starting with ``=`` is a
formula to a spreadsheet, ``[x](javascript:...)`` is a live link in Markdown, and a
right-to-left override turns a name around on screen.

>>> csv_cell('=HYPERLINK("http://x", "y")')
'\\'=HYPERLINK("http://x", "y")'
>>> csv_cell("-8.0"), csv_cell(-8.0)
('-8.0', -8.0)
"""
from __future__ import annotations

import re

# OWASP, CSV injection: a cell starting with one of these is a formula (or an old DDE
# trigger) to Excel, LibreOffice and Google Sheets; a leading apostrophe makes it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(value):
    """A value safe as a spreadsheet cell: text that would start a formula gets a leading apostrophe.

    Numbers stay numbers (``-8.0`` is no formula); anything else is left as it is.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or _NUMBER.fullmatch(value):
        return value
    return "'" + value


def csv_row(values) -> list:
    """:func:`csv_cell` on each value of a row."""
    return [csv_cell(value) for value in values]
