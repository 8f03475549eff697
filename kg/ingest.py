"""Read articles from files and folders: ``.txt``, ``.jsonl`` (optionally ``.gz``), ``.html``.

Every input yields either an :class:`~kg.model.Article` or a :class:`~kg.model.Problem`
that says, in words a user understands, why it was skipped; one bad input never stops
the others, and nothing in a file (binary junk, a truncated archive, a file that vanishes
while the folder is read) raises. Articles longer than :data:`LONG_ARTICLE_CHARS` are
logged as a warning (they are parsed in pieces); files beyond :data:`MAX_ARTICLE_BYTES`
are skipped unread, so memory stays bounded.

>>> from pathlib import Path
>>> [a.date.isoformat() for a in read_articles([Path("seeds")]) if isinstance(a, Article)]
['2022-05-17']
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import os
import re
import stat
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.inert import strip_bidi
from kg.labels import strip_ticker_markers
from kg.language import detect_language, is_english
from kg.model import Article, Problem

log = logging.getLogger(__name__)

SUPPORTED = (".txt", ".jsonl", ".jsonl.gz", ".ndjson", ".html", ".htm")
#: No news article is this big: such a file (or JSON line) is skipped without being read.
MAX_ARTICLE_BYTES = 20_000_000
#: Longer articles are parsed in pieces (``kg.nlp.MAX_CHUNK_CHARS``); the user is warned.
LONG_ARTICLE_CHARS = 100_000

# A ".txt" article may open with "date YYYY-MM-DD" (DESIGN.md, Input), or another common
# form of a date ("date: 17 May 2022", "2022/05/17", "May 17, 2022", "17/05/2022"); the body
# may follow on the same line. The value must hold a digit, so that a body opening with
# "Date palms ..." is not taken for a header.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_HEADER = re.compile(
    r"\A\s*date:?[ \t]+("
    r"\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?|\d{4}/\d{1,2}/\d{1,2}"
    rf"|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\S*\d\S*)(?=\s|\Z)\s*", re.IGNORECASE)
# Day and month in digits: told apart only when one of them is over 12.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# Trailing picture and photo credits, e.g. "(Image: AP/ Twitter@EmomaliRahmon)".
_CREDIT = re.compile(r"\n\s*\((?:image|images|photo|photos|picture|pictures|video)s?\s*:[^)\n]*\)\s*\Z",
                     re.IGNORECASE)
# Control characters (tab and line breaks aside) and non-characters: never text, and not
# allowed in XML exports. They become spaces, so that offsets keep their place.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))
_MAX_CONTROL_SHARE = 0.1  # text may hold a stray form feed; binary data is full of them
_MIN_HTML_WORDS = 12  # fewer is a menu or a caption that trafilatura kept, not an article


def read_articles(paths: Iterable[Path], *, check_language: bool = True) -> Iterator[Article | Problem]:
    """Yield the articles found under ``paths``, and a Problem for each bad input.

    With ``check_language``, an article whose main language is not English is a Problem
    that names the language (``kg.language``). A second article with an id already read is
    a Problem: it would replace the first one's graph in the store.
    """
    first_seen: dict[str, str] = {}
    for item in _read_paths(paths, check_language=check_language):
        if isinstance(item, Article):
            if item.id in first_seen:
                item = Problem(item.source or item.id,
                               f"duplicate article id {item.id!r} (first read from {first_seen[item.id]})")
            else:
                first_seen[item.id] = item.source or item.id
        yield item


def _read_paths(paths: Iterable[Path], *, check_language: bool) -> Iterator[Article | Problem]:
    visited: set[Path] = set()
    for path in map(Path, paths):
        for file in _files(path):
            if isinstance(file, Problem):
                yield file
            elif file.absolute() not in visited:  # the same file named twice is read once
                visited.add(file.absolute())
                yield from _read_file(file, check_language=check_language)


def _files(path: Path) -> Iterator[Path | Problem]:
    """The files a path names, folders walked in a stable order; a Problem for what cannot be listed."""
    if not path.is_dir():
        yield _regular(path) if path.exists() or path.is_symlink() else Problem(str(path), "no such file or folder")
        return
    problems: list[Problem] = []
    found: list[Path] = []
    for root, dirs, names in os.walk(path, onerror=lambda e: problems.append(_folder_problem(e, path))):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # .git, .ipynb_checkpoints: copies, not articles
        found.extend(Path(root, name) for name in names if not name.startswith("."))
    yield from problems
    if not found and not problems:
        yield Problem(str(path), "folder holds no files")
    yield from map(_regular, sorted(found))


def _regular(path: Path) -> Path | Problem:
    """The path of a regular file, or a Problem for a FIFO, socket or device: reading one could block forever.

    Checked before anything opens the file, counting its lines included.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return path  # gone or a broken link: reading it says so
    if stat.S_ISREG(mode):
        return path
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"))
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return Problem(str(path), f"not a regular file ({kind}); skipped unread")


def _folder_problem(error: OSError, path: Path) -> Problem:
    return Problem(error.filename or str(path), f"cannot read folder ({_os_reason(error)})")


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "it vanished while being read, or is a broken link"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def _read_file(path: Path, *, check_language: bool) -> Iterator[Article | Problem]:
    reader = _reader(path.name.lower())
    if reader is None:
        yield Problem(str(path), f"unsupported file type (supported: {', '.join(SUPPORTED)})")
        return
    try:
        for item in reader(path):
            if isinstance(item, Article) and check_language:
                item = _english_or_problem(item)
            yield item
    except OSError as error:
        yield Problem(str(path), f"cannot read file ({_os_reason(error)})")


def _reader(name: str):
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return _read_jsonl
    if name.endswith(".txt"):
        return _read_txt
    if name.endswith((".html", ".htm")):
        return _read_html
    return None


# -- .txt ------------------------------------------------------------------------------


def _read_txt(path: Path) -> Iterator[Article | Problem]:
    text = _read_text(path)
    if isinstance(text, Problem):
        yield text
        return
    date = None
    header = _DATE_HEADER.match(text)
    if header:
        date = parse_date(header.group(1))
        if date is None:
            yield Problem(str(path), _date_reason(header.group(1), "in the date header: "))
            return
        text = text[header.end():]
    yield _article_or_problem(id=path.name, text=text, date=date, source=str(path))


def _read_text(path: Path) -> str | Problem:
    """A whole file as text, unless it is too large to be one article."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        return Problem(str(path), f"file too large for one article ({size / 1e6:,.0f} MB; "
                                  f"the limit is {MAX_ARTICLE_BYTES / 1e6:,.0f} MB)")
    return _decode(path.read_bytes(), str(path))


def _decode(data: bytes, source: str) -> str | Problem:
    """Text of a file: by its byte-order mark, else UTF-8, else the encoding charset-normalizer detects."""
    if not data.strip():
        return Problem(source, "empty file")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        return Problem(source, "binary file (contains NUL bytes)")
    text = _decode_bytes(data, encoding)
    if text is None:
        return Problem(source, "undecodable text: neither UTF-8 nor a recognisable encoding")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        return Problem(source, "binary file (control characters, not text)")
    return text


def _decode_bytes(data: bytes, encoding: str | None) -> str | None:
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError:
        return _detected(data)


def _detected(data: bytes) -> str | None:
    """Text in the encoding charset-normalizer detects; None when it finds none.

    Among its calmest guesses, Windows-1252 wins: the usual legacy encoding of English
    news, whose accented letters a short text cannot tell from Windows-1250's.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    calmest = [m for m in matches if m.chaos <= matches[0].chaos]
    return str(next((m for m in calmest if "cp1252" in m.could_be_from_charset), matches[0]))


# -- .jsonl, .jsonl.gz -----------------------------------------------------------------


def _read_jsonl(path: Path) -> Iterator[Article | Problem]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(_json_lines(handle), start=1):
                if line is None:
                    yield Problem(str(path), f"line too long for one article (over {MAX_ARTICLE_BYTES / 1e6:,.0f} MB)",
                                  line=number)
                elif line.strip():
                    yield _article_from_json_line(line, path, number)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        where = f"after line {number}" if number else "from the start"
        yield Problem(str(path), f"truncated or corrupt gzip file: unreadable {where} ({error})")
        return
    if number == 0:
        yield Problem(str(path), "empty file")


def _json_lines(handle) -> Iterator[bytes | None]:
    """The lines of a binary file, each read with a bounded buffer; None for a line too long to keep."""
    while line := handle.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) <= MAX_ARTICLE_BYTES:
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the line unread
            line = handle.readline(1 << 20)
        yield None


def _article_from_json_line(line: bytes, path: Path, number: int) -> Article | Problem:
    record = _json_record(line.removeprefix(b"\xef\xbb\xbf"))
    if isinstance(record, str):
        return Problem(str(path), record, line=number)
    text, ident = record.get("text"), record.get("id")
    ident = _clean(str(ident)).strip() if isinstance(ident, (str, int)) and not isinstance(ident, bool) else ""
    if not ident:
        return Problem(str(path), 'a line needs an "id" (a non-empty string)', line=number)
    if not isinstance(text, str):
        return Problem(str(path), f'article {ident!r}: "text" must be a string, not {_json_type(text)}', line=number)
    date = None
    if record.get("date"):
        date = parse_date(str(record["date"]))
        if date is None:
            return Problem(str(path), f"article {ident!r}: {_date_reason(str(record['date']))}", line=number)
    article = _article_or_problem(id=ident, text=text, date=date, title=_string(record.get("title")),
                                  url=_string(record.get("url")), source=f"{path}:{number}")
    if isinstance(article, Problem):
        return Problem(str(path), f"article {ident!r}: {article.reason}", line=number)
    return article


def _json_record(line: bytes) -> dict | str:
    """The JSON object on a line, or the reason there is none."""
    try:
        record = json.loads(line.decode("utf-8").strip())
    except UnicodeDecodeError as error:
        return f"not UTF-8 (byte {line[error.start]:#04x} at column {error.start + 1})"
    except json.JSONDecodeError as error:
        return f"malformed JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return "malformed JSON (nested too deeply)"
    return record if isinstance(record, dict) else f"a line must hold a JSON object, not {_json_type(record)}"


def _json_type(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _string(value) -> str | None:
    return (_clean(value).strip() or None) if isinstance(value, str) else None


# -- .html -----------------------------------------------------------------------------


def _read_html(path: Path) -> Iterator[Article | Problem]:
    html = _read_text(path)
    if isinstance(html, Problem):
        yield html
        return
    document = _main_text(html)
    if not document or len(str(document.get("text") or "").split()) < _MIN_HTML_WORDS:
        yield Problem(str(path), "no article text found in the HTML")
        return
    date = parse_date(document["date"]) if document.get("date") else None  # metadata is best effort
    yield _article_or_problem(id=path.name, text=document["text"], date=date, title=_string(document.get("title")),
                              url=_string(document.get("url")), source=str(path))


def _main_text(html: str) -> dict | None:
    """The main text and metadata of a page, by trafilatura; None when it finds none."""
    import trafilatura  # heavy: only for HTML input

    try:
        document = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # noqa: BLE001 -- a third-party parser on untrusted markup
        log.debug("trafilatura failed: %r", error)
        return None
    if document is not None and not isinstance(document, dict):
        document = document.as_dict()  # trafilatura >= 2 returns a Document
    return document


# -- articles --------------------------------------------------------------------------


def _article_or_problem(*, id: str, text: str, source: str, **fields) -> Article | Problem:
    # Reuters' ticker markers ("Sears, Roebuck and Co <S>") would end up in names (kg.labels).
    text = strip_ticker_markers(_CREDIT.sub("", _clean(text).strip()).strip())
    if fields.get("title"):
        fields["title"] = strip_ticker_markers(fields["title"])
    if not text:
        return Problem(source, "empty article")
    id = _clean(id)  # a file name may hold undecodable bytes (surrogate escapes)
    if len(text) > LONG_ARTICLE_CHARS:
        log.warning("%s: article %r is very long (%s characters); it is parsed in pieces of at most %s "
                    "characters, split at paragraph or sentence breaks", source, id, f"{len(text):,}",
                    f"{LONG_ARTICLE_CHARS:,}")
    return Article(id=id, text=text, source=source, **fields)


def _clean(text: str) -> str:
    """Text safe for every later stage: no control characters, no lone surrogates (from JSON escapes),
    no bidirectional controls (inside a name they split it into junk; :func:`kg.inert.strip_bidi`).

    >>> _clean("a\\x00b\\ud800c Pu\\u202etin")
    'a b\\ufffdc Putin'
    """
    return strip_bidi(_CONTROL.sub(" ", _LONE_SURROGATE.sub("\ufffd", text)))


def parse_date(value: str) -> dt.date | None:
    """Parse a publication date; None for what is not a real, complete calendar date.

    >>> parse_date("2022-05-17"), parse_date("2022-02-30"), parse_date("17 May 2022")
    (datetime.date(2022, 5, 17), None, datetime.date(2022, 5, 17))
    >>> parse_date("May 2022"), parse_date("17"), parse_date("9999-01-01")
    (None, None, None)
    """
    value = value.strip()
    if len(value) > 64:
        return None  # a date, not a paragraph
    iso = re.match(r"(\d{4})-(\d{1,2})-(\d+)", value)
    if iso:
        try:
            return _plausible(dt.date(*map(int, iso.groups())))
        except (ValueError, OverflowError):
            return None  # ISO-looking but impossible: do not let dateutil guess
    numeric = _NUMERIC_DATE.fullmatch(value)
    if numeric:
        return _day_month_year(*map(int, numeric.groups()))
    if not re.search(r"\d{4}", value):
        return None  # no year: dateutil would silently take this year's
    return _plausible(_parse_complete(value))


def _day_month_year(first: int, second: int, year: int) -> dt.date | None:
    """17/05/2022 and 05/17/2022 are 17 May; 03/04/2022 is ambiguous (None), 04/04/2022 is not."""
    if first > 12 >= second:
        first, second = second, first
    elif not (second > 12 >= first or first == second):
        return None
    try:
        return _plausible(dt.date(year, first, second))
    except ValueError:
        return None


def is_ambiguous_date(value: str) -> bool:
    """True for a numeric date whose day and month could be either way round.

    >>> is_ambiguous_date("03/04/2022"), is_ambiguous_date("17/05/2022"), is_ambiguous_date("04.04.2022")
    (True, False, False)
    """
    numeric = _NUMERIC_DATE.fullmatch(value.strip())
    return bool(numeric) and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]


def _date_reason(value: str, where: str = "") -> str:
    if is_ambiguous_date(value):
        return (f"ambiguous date {where}{value!r}: day and month could be either way round; "
                "write it as YYYY-MM-DD")
    return f"unparseable or impossible date {where}{value!r}"


def _parse_complete(value: str) -> dt.date | None:
    """A date by dateutil, None when it lacks a day or month (two defaults would give two dates)."""
    from dateutil import parser

    try:
        first, second = (parser.parse(value, default=dt.datetime(2000, m, m)).date() for m in (1, 2))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return first if first == second else None


def _plausible(date: dt.date | None) -> dt.date | None:
    """A publication date from before the press, or from after next year, is a mistake."""
    if date is None or not 1800 <= date.year <= dt.date.today().year + 1:
        return None
    return date


def _english_or_problem(article: Article) -> Article | Problem:
    """The article, or a Problem naming the language it is written in (``kg.language``)."""
    language = detect_language(article.text)
    if is_english(language):
        return article
    return Problem(article.source or article.id, f"article {article.id!r} is not English ({language})")


def count_articles(paths: Iterable[Path], *, seconds: float | None = None) -> int | None:
    """How many articles (files, or JSON lines) ``paths`` hold: the total of a progress bar.

    Never raises: what cannot be counted counts as one, and reading it will say what is wrong.
    With ``seconds``, gives up (None) once counting takes longer: a gzip file of a few
    kilobytes can expand to a billion lines, and the bar had better start without a total.
    """
    deadline = None if seconds is None else time.monotonic() + seconds
    total = 0
    for path in map(Path, paths):
        for file in _files(path):
            count = 1 if isinstance(file, Problem) else _count_file(file, deadline)
            if count is None:
                return None
            total += count
    return total


def _count_file(file: Path, deadline: float | None = None) -> int | None:
    name = file.name.lower()
    if not name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return 1
    opener = gzip.open if name.endswith(".gz") else open
    count = 0
    try:
        with opener(file, "rb") as handle:
            for number, line in enumerate(_json_lines(handle)):
                count += line is None or bool(line.strip())
                if deadline is not None and number % 65536 == 0 and time.monotonic() > deadline:
                    return None
    except (OSError, EOFError, zlib.error):
        count += 1  # the Problem that reading it will yield
    return max(1, count)
