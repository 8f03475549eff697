from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import resolve_date

TUESDAY = dt.date(2022, 5, 17)


@pytest.mark.parametrize("text, expected", [
    ("Monday", "2022-05-16"), ("on Tuesday", "2022-05-17"), ("last Tuesday", "2022-05-10"),
    ("last Friday", "2022-05-13"), ("May 13", "2022-05-13"), ("13 May", "2022-05-13"),
    ("December 3", "2021-12-03"), ("yesterday", "2022-05-16"), ("today", "2022-05-17"),
    ("the month of January of this year", "2022-01"), ("in January", "2022-01"), ("last year", "2021"),
    ("this year", "2022"), ("last month", "2022-04"), ("March 2019", "2019-03"), ("1986", "1986"),
    ("May 13, 2020", "2020-05-13"), ("2021-06-01", "2021-06-01"), ("three days ago", "2022-05-14"),
    ("three years", None), ("the past decade", None), ("recent weeks", None),
])
def test_past_dates(text, expected):
    assert resolve_date(text, TUESDAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Friday", "2022-05-20"), ("next Monday", "2022-05-23"), ("January", "2023-01"), ("June 3", "2022-06-03"),
])
def test_future_dates(text, expected):
    assert resolve_date(text, TUESDAY, future=True) == expected


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_date("Monday", None) is None
    assert resolve_date("May 13, 2020", None) == "2020-05-13"
