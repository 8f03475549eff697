"""Resolve date expressions against the article's publication date.

Results are ISO 8601 at the precision the text gives: ``2022-05-16``, ``2022-01``, ``2022``.

>>> import datetime as dt
>>> published = dt.date(2022, 5, 17)  # a Tuesday
>>> resolve_date("Monday", published), resolve_date("May 13", published)
('2022-05-16', '2022-05-13')
>>> resolve_date("the month of January of this year", published), resolve_date("last year", published)
('2022-01', '2021')
>>> resolve_date("next Friday", published, future=True), resolve_date("three years", published)
('2022-05-20', None)
>>> resolve_date("next month", dt.date(2022, 12, 30))
'2023-01'
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as dateparser

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "tomorrow": 1, "the day before": -1, "overnight": 0}
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DURATION = re.compile(r"\b(years?|months?|weeks?|days?|decades?|hours?|minutes?)\b(?!\s+(?:ago|before|earlier))")
# Two distinct defaults tell which components dateutil really read from the text.
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 2, 2))


def resolve_date(text: str, published: dt.date | None, *, future: bool = False) -> str | None:
    """ISO date of an expression such as "on Monday", "May 13", "last week"; None if vague."""
    phrase = " ".join(text.lower().replace("’", "'").split())
    phrase = re.sub(r"^(?:on|in|at|since|from|by|during|until|the|of)\s+", "", phrase)
    iso = _ISO.search(phrase)
    if iso:
        return _checked(int(iso[1]), int(iso[2]), int(iso[3]))
    if published is None:
        return _absolute(phrase)
    for resolver in (_relative_day, _weekday, _relative_period, _month_day, _month, _year_only):
        value = resolver(phrase, published, future)
        if value:
            return value
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _absolute(phrase: str) -> str | None:
    parts = _parsed_parts(phrase)
    if parts and parts.get("year"):
        if parts.get("day") and parts.get("month"):
            return _checked(parts["year"], parts["month"], parts["day"])
        if parts.get("month"):
            return f"{parts['year']:04d}-{parts['month']:02d}"
        return f"{parts['year']:04d}"
    return None


def _relative_day(phrase: str, published: dt.date, future: bool) -> str | None:
    for words, offset in _RELATIVE_DAYS.items():
        if phrase == words or phrase.startswith(words + " ") or phrase.endswith(" " + words):
            return (published + dt.timedelta(days=offset)).isoformat()
    match = re.fullmatch(r"(\w+) days? (ago|earlier|before|later|from now)", phrase)
    count = _NUMBERS.get(match[1], int(match[1]) if match[1].isdigit() else None) if match else None
    if count is not None:
        sign = 1 if match[2] in ("later", "from now") else -1
        return (published + dt.timedelta(days=sign * count)).isoformat()
    return None


def _weekday(phrase: str, published: dt.date, future: bool) -> str | None:
    words = re.findall(r"[a-z]+", phrase)
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1 or any(w in MONTHS for w in words) or _has_number(phrase):
        return None
    target = WEEKDAYS[days[0]]
    if "next" in words or (future and "last" not in words):
        ahead = (target - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7
    if back == 0 and ("last" in words or "previous" in words):
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _relative_period(phrase: str, published: dt.date, future: bool) -> str | None:
    if _DURATION.search(phrase) and not re.search(r"\b(last|this|next|previous|current)\s+(year|month)\b", phrase):
        return None
    if re.search(r"\b(this|current) year\b", phrase) and not _mentions_month(phrase):
        return str(published.year)
    if re.search(r"\b(last|previous|past) year\b", phrase) and not _mentions_month(phrase):
        return str(published.year - 1)
    if re.search(r"\bnext year\b", phrase) and not _mentions_month(phrase):
        return str(published.year + 1)
    if re.search(r"\b(this|current) month\b", phrase):
        return f"{published.year:04d}-{published.month:02d}"
    if re.search(r"\b(last|previous|past) month\b", phrase):
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if re.search(r"\bnext month\b", phrase):
        following = published.replace(day=28) + dt.timedelta(days=4)
        return f"{following.year:04d}-{following.month:02d}"
    return None


def _month_day(phrase: str, published: dt.date, future: bool) -> str | None:
    parts = _parsed_parts(phrase)
    if not parts or not parts.get("month") or not parts.get("day"):
        return None
    year = parts.get("year") or _year_for(parts["month"], parts["day"], published, future, phrase)
    return _checked(year, parts["month"], parts["day"])


def _month(phrase: str, published: dt.date, future: bool) -> str | None:
    words = re.findall(r"[a-z]+", phrase)
    months = [MONTHS[w] for w in words if w in MONTHS and (w != "may" or _mentions_month(phrase))]
    if len(months) != 1:
        return None
    year_match = _YEAR.search(phrase)
    if year_match:
        year = int(year_match[1])
    elif re.search(r"\b(last|previous|past) year\b", phrase):
        year = published.year - 1
    elif re.search(r"\bnext year\b", phrase):
        year = published.year + 1
    else:
        year = _year_for(months[0], 1, published, future, phrase)
    return f"{year:04d}-{months[0]:02d}"


def _year_only(phrase: str, published: dt.date, future: bool) -> str | None:
    years = _YEAR.findall(phrase)
    if len(years) == 1 and not _mentions_month(phrase) and not _DURATION.search(phrase):
        return years[0]
    return None


def _year_for(month: int, day: int, published: dt.date, future: bool, phrase: str) -> int:
    """The year of a month (and day) given without one: the nearest in the right direction."""
    if re.search(r"\b(last|previous|past) year\b", phrase):
        return published.year - 1
    if re.search(r"\bnext year\b", phrase):
        return published.year + 1
    try:
        candidate = dt.date(published.year, month, min(day, 28))
    except ValueError:
        return published.year
    if future and candidate < published - dt.timedelta(days=31):
        return published.year + 1
    if not future and candidate > published + dt.timedelta(days=31):
        return published.year - 1
    return published.year


def _parsed_parts(phrase: str) -> dict[str, int] | None:
    if not _mentions_month(phrase) and not _YEAR.search(phrase):
        return None
    cleaned = re.sub(r"\b(of|this|last|next|year|earlier|later|early|late|mid|the|month|on|in)\b", " ", phrase)
    parsed = []
    for default in _DEFAULTS:
        try:
            parsed.append(dateparser.parse(cleaned, default=default, fuzzy=True))
        except (ValueError, OverflowError, dateparser.ParserError):
            return None
    first, second = parsed
    parts = {}
    if first.year == second.year:
        parts["year"] = first.year
    if first.month == second.month:
        parts["month"] = first.month
    if first.day == second.day:
        parts["day"] = first.day
    return parts


def _mentions_month(phrase: str) -> bool:
    return any(w in MONTHS for w in re.findall(r"[a-z]+", phrase) if w != "may") or bool(
        re.search(r"\bmay\s+\d|\d\s+may\b|\bin may\b|^may\b", phrase))


def _has_number(phrase: str) -> bool:
    return bool(re.search(r"\d", phrase))
