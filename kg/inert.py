"""Text from articles made inert in the outputs: spreadsheet cells, Markdown, bidirectional controls.

Article text, titles, ids and file names are untrusted: a cell starting with ``=`` is a
formula to a spreadsheet, ``[x](javascript:...)`` is a live link in Markdown, and a
right-to-left override turns a name around on screen.

>>> csv_cell('=HYPERLINK("http://x", "y")')
'\\'=HYPERLINK("http://x", "y")'
>>> csv_cell("-8.0"), csv_cell(-8.0)
('-8.0', -8.0)
>>> print(markdown("[click](javascript:alert(1))"))
\\[click\\]\\(javascript\\:alert\\(1\\)\\)
>>> strip_bidi("Pu\u202etin")
'Putin'
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


# Characters that open a Markdown construct anywhere in a line: emphasis, code, links and
# images, strikethrough, tables, HTML, entities; ':' and '@' too, which GitHub's bare-URL and
# e-mail autolinks key on. CommonMark lets any ASCII punctuation be escaped with a backslash.
_INLINE = re.compile(r"([\\`*_\[\]()!|~:@])")
# At the start of a line they open a block: a heading, a list, a quote, a setext underline.
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def markdown(text: object) -> str:
    r"""Text from an input, inert in Markdown: no link, image, emphasis, HTML, heading or list survives.

    Numbers are written as they are; line breaks become spaces (a table cell is one line).

    >>> print(markdown("![pixel](http://host/track.png)"))
    \!\[pixel\]\(http\://host/track.png\)
    >>> print(markdown("# www.example.org"), markdown("12. twelve"), markdown(0.25))
    \# www\.example.org 12\. twelve 0.25
    """
    if text is None:
        return ""
    if isinstance(text, (int, float)):
        return str(text)
    text = re.sub(r"\s*[\r\n]+\s*", " ", str(text))
    text = _INLINE.sub(r"\\\1", text)
    text = "".join(_HTML.get(c, c) for c in text)
    text = text.replace("www.", "www\\.")
    return _BLOCK_START.sub(_escape_block_start, text)


def _escape_block_start(match: re.Match) -> str:
    marker = match.group(2)
    if marker[0].isdigit():  # "12." opens a list: its '.' is what to escape (a digit cannot be)
        return match.group(1) + marker[:-1] + "\\" + marker[-1]
    return match.group(1) + "\\" + marker


# Explicit directional formatting (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI) and the
# directional marks (LRM, RLM, ALM): they reorder text on screen, and inside a name they
# split it into junk tokens. Removed, not replaced: "Pu<RLO>tin" is the name Putin.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional control characters."""
    return _BIDI.sub("", text)
