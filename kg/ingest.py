"""Read articles from files and folders: ``.txt``, ``.jsonl`` (optionally ``.gz``), ``.html``.

Every input yields either an :class:`~kg.model.Article` or a :class:`~kg.model.Problem`
that says, in words a user understands, why it was skipped; one bad input never stops
the others.

>>> from pathlib import Path
>>> [a.date.isoformat() for a in read_articles([Path("seeds")]) if isinstance(a, Article)]
['2022-05-17']
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import Article, Problem

SUPPORTED = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm")

# A ".txt" article may open with "date YYYY-MM-DD" (DESIGN.md, Input).
_DATE_HEADER = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
# Trailing picture and photo credits, e.g. "(Image: AP/ Twitter@EmomaliRahmon)".
_CREDIT = re.compile(r"\n\s*\((?:image|images|photo|photos|picture|pictures|video)s?\s*:[^)\n]*\)\s*\Z",
                     re.IGNORECASE)
_MIN_ENGLISH_STOPWORD_SHARE = 0.2
_MIN_WORDS_FOR_LANGUAGE_CHECK = 12


def read_articles(paths: Iterable[Path], *, check_language: bool = True) -> Iterator[Article | Problem]:
    """Yield the articles found under ``paths``, and a Problem for each bad input."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Problem(str(path), "folder holds no files")
            for file in files:
                yield from _read_file(file, check_language=check_language)
        elif path.exists():
            yield from _read_file(path, check_language=check_language)
        else:
            yield Problem(str(path), "no such file or folder")


def _read_file(path: Path, *, check_language: bool) -> Iterator[Article | Problem]:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        reader = _read_jsonl(path)
    elif name.endswith(".txt"):
        reader = _read_txt(path)
    elif name.endswith((".html", ".htm")):
        reader = _read_html(path)
    else:
        yield Problem(str(path), f"unsupported file type (supported: {', '.join(SUPPORTED)})")
        return
    for item in reader:
        if isinstance(item, Article) and check_language:
            item = _english_or_problem(item)
        yield item


def _read_txt(path: Path) -> Iterator[Article | Problem]:
    text = _decode(path)
    if isinstance(text, Problem):
        yield text
        return
    date = None
    header = _DATE_HEADER.match(text)
    if header:
        date = parse_date(header.group(1))
        if date is None:
            yield Problem(str(path), f"unparseable or impossible date in header: {header.group(1)!r}")
            return
        text = text[header.end():]
    yield from _article_or_problem(id=path.name, text=text, date=date, source=str(path))


def _read_jsonl(path: Path) -> Iterator[Article | Problem]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="strict") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _article_from_json_line(line, path, number)
    except (UnicodeDecodeError, OSError, EOFError) as error:
        yield Problem(str(path), f"cannot read as UTF-8 JSON lines ({type(error).__name__}: {error})")


def _article_from_json_line(line: str, path: Path, number: int) -> Article | Problem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Problem(str(path), f"malformed JSON ({error.msg} at column {error.colno})", line=number)
    if not isinstance(record, dict):
        return Problem(str(path), "a line must hold a JSON object", line=number)
    text, ident = record.get("text"), record.get("id")
    if not isinstance(text, str) or not str(ident or "").strip():
        return Problem(str(path), 'a line needs a string "id" and a string "text"', line=number)
    date = None
    if record.get("date"):
        date = parse_date(str(record["date"]))
        if date is None:
            return Problem(str(path), f"unparseable or impossible date {record['date']!r}", line=number)
    article = next(_article_or_problem(
        id=str(ident), text=text, date=date, title=record.get("title"), url=record.get("url"),
        source=f"{path}:{number}"))
    if isinstance(article, Problem):
        return Problem(str(path), f"article {ident!r}: {article.reason}", line=number)
    return article


def _read_html(path: Path) -> Iterator[Article | Problem]:
    import trafilatura  # heavy: only for HTML input

    html = _decode(path)
    if isinstance(html, Problem):
        yield html
        return
    document = trafilatura.bare_extraction(html, with_metadata=True, as_dict=True)
    if not document or not document.get("text"):
        yield Problem(str(path), "no article text found in the HTML")
        return
    date = parse_date(document.get("date") or "") if document.get("date") else None
    yield from _article_or_problem(id=path.name, text=document["text"], date=date,
                                   title=document.get("title"), url=document.get("url"), source=str(path))


def _article_or_problem(*, id: str, text: str, source: str, **fields) -> Iterator[Article | Problem]:
    text = _CREDIT.sub("", text.strip()).strip()
    if not text:
        yield Problem(source, "empty article")
        return
    yield Article(id=id, text=text, source=source, **fields)


def _decode(path: Path) -> str | Problem:
    """Read a file as text: UTF-8 first, then the encoding charset-normalizer detects."""
    data = path.read_bytes()
    if not data.strip():
        return Problem(str(path), "empty file")
    if b"\x00" in data[:8192]:
        return Problem(str(path), "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return Problem(str(path), "undecodable text: neither UTF-8 nor a recognisable encoding")
    return str(best)


def parse_date(value: str) -> dt.date | None:
    """Parse a publication date; None for what is not a real calendar date.

    >>> parse_date("2022-05-17"), parse_date("2022-02-30"), parse_date("17 May 2022")
    (datetime.date(2022, 5, 17), None, datetime.date(2022, 5, 17))
    """
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}.*", value):
        return None  # ISO-looking but impossible: do not let dateutil guess
    from dateutil import parser

    try:
        return parser.parse(value, fuzzy=False).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None


def _english_or_problem(article: Article) -> Article | Problem:
    share = english_stopword_share(article.text)
    if share is not None and share < _MIN_ENGLISH_STOPWORD_SHARE:
        return Problem(article.source or article.id,
                       f"article {article.id!r} does not look like English "
                       f"({share:.0%} English function words)")
    return article


def english_stopword_share(text: str) -> float | None:
    """Share of words that are English function words; None for too short a text.

    >>> english_stopword_share("The minister said on Monday that the talks with the envoy about the "
    ...                        "situation in the region had been very useful.") > 0.3
    True
    >>> english_stopword_share("Der Minister sagte am Montag in Berlin, dass die Gespräche mit dem Gesandten "
    ...                        "über die Lage in der Region sehr nützlich gewesen seien.") < 0.2
    True
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < _MIN_WORDS_FOR_LANGUAGE_CHECK:
        return None
    return sum(word in STOP_WORDS for word in words) / len(words)


def count_articles(paths: Iterable[Path]) -> int:
    """How many articles (files, or JSON lines) ``paths`` hold: the total of a progress bar."""
    total = 0
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = file.name.lower()
            if name.endswith((".jsonl", ".ndjson")):
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif name.endswith(".jsonl.gz"):
                with gzip.open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total
