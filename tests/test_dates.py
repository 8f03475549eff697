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
    ("last May", "2021-05"), ("this past May", "2021-05"), ("last December", "2021-12"), ("last night", "2022-05-16"),
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


WEDNESDAY = dt.date(2023, 3, 15)


@pytest.mark.parametrize("text, future, expected", [
    ("from June 18 to 21", True, "2023-06-18"), ("June 18-21", True, "2023-06-18"), ("5 to 8 May", True, "2023-05-05"),
    ("on February 21 and 22", False, "2023-02-21"), ("between March 3 and 5", False, "2023-03-03"),
    ("March 3 to April 5", False, "2023-03-03"), ("April 27, 1987 to May 2", False, "1987-04-27"),
    ("between 1987 and 1989", False, None), ("Monday and Tuesday", False, None),
])
def test_a_range_gives_its_first_day_in_the_right_year(text, future, expected):
    assert resolve_date(text, WEDNESDAY, future=future) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuesday evening", "2023-03-14"), ("on Monday night", "2023-03-13"), ("the night of March 3", "2023-03-03"),
    ("this morning", "2023-03-15"), ("tonight", "2023-03-15"),
])
def test_a_part_of_the_day_keeps_its_day(text, expected):
    assert resolve_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("last week", WEDNESDAY, "2023-03"), ("earlier this week", WEDNESDAY, "2023-03"),
    # the week of February 20-26; the week of March 27 to April 2 is March's (its Thursday's)
    ("last week", dt.date(2023, 3, 2), "2023-02"), ("next week", dt.date(2023, 3, 22), "2023-03"),
    ("this week", dt.date(2023, 4, 1), "2023-03"), ("next week", dt.date(2023, 3, 29), "2023-04"),
    ("two weeks", WEDNESDAY, None),
])
def test_weeks_resolve_to_their_month(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text, date, source", [
    ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Tuesday evening.",
     "2023-03-14", "text"),
    ("Chinese Premier Li Qiang will visit Berlin from June 18 to 21.", "2023-06-18", "text"),
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris last week.", "2023-03", "text"),
    ("Scholz attended Monday's summit in Brussels.", "2023-03-13", "event"),
    ("Scholz had earlier met Macron in Paris.", None, None),
    # A clause told in the future takes the coming weekday, whatever the relation's modality.
    ("Officials said Scholz would leave on Monday for talks with Macron.", "2023-03-20", "text"),
    # A date after a closing quotation mark is not the quotation's, even where the parser hangs it there.
    ('Scholz accused Macron of "lacking the courage to tell farmers their methods were outdated" during a '
     'private meeting on Sunday.', "2023-03-12", "text"),
    # A year that modifies the event noun dates the event.
    ("Eight years earlier, at the 1972 Democratic National Convention, Gloria Steinem received 400 votes.",
     "1972", "text"),
    # The date of the setting the event happens in, or of the trigger's own noun; not of what is asked for.
    ("The Gaza Strip was captured by Israel in the 1967 Middle East war.", "1967", "text"),
    ("In a letter sent yesterday, Scholz told Macron that Berlin did not object.", "2023-03-14", "text"),
    ("Nickles cited a 1985 World Bank loan to Hungary.", "1985", "text"),
    ("Macron complied with the request of Scholz to suspend the talks in September.", "2023-03-15", "publication"),
])
def test_relations_are_dated_by_the_words_that_date_them(extract_text, text, date, source):
    result = extract_text(text, date=WEDNESDAY, full=True)
    events = [r for r in result.relations if r.predicate not in ("leaderOf", "officialOf")]
    assert events and all((r.date, r.date_source) == (date, source) for r in events), events


def test_a_sentence_that_continues_a_dated_event_takes_its_date(extract_text):
    result = extract_text("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday. "
                          "Putin praised China.", date=dt.date(2023, 3, 22), full=True)
    praised = next(r for r in result.relations if r.predicate == "supported")
    assert (praised.date, praised.date_source) == ("2023-03-20", "previous")
    unrelated = extract_text("Putin met Xi in Moscow on Monday. France criticized Italy.", date=dt.date(2023, 3, 22),
                             full=True)
    # Not the sentence before's event: the story's day, that of its lead, dates it.
    assert next(r for r in unrelated.relations if r.predicate == "criticized").date_source == "lead"


FRIDAY = dt.date(2019, 11, 1)


@pytest.mark.parametrize("text, expected", [
    # The rest of the story happened on the lead's day, not on the day it was reported.
    ("Yesterday, the House passed a resolution. Nancy Pelosi criticized Donald Trump.", ("2019-10-31", "lead")),
    ("On Monday, Judge Marrero ruled against Trump. Spain has criticized France.", ("2019-10-28", "lead")),
    # Not what is told in the present or the future, nor a lead older than a week.
    ("Yesterday, the House passed a resolution. Nancy Pelosi will meet Donald Trump.", ("2019-11-01", "publication")),
    ("On October 3, the House passed a resolution. Nancy Pelosi criticized Donald Trump.", ("2019-11-01", "publication")),
    # A lead that is the report's own day changes nothing.
    ("Spain said today it was worried. Nancy Pelosi criticized Donald Trump.", ("2019-11-01", "publication")),
])
def test_an_undated_past_event_falls_on_the_leads_day(extract_text, text, expected):
    result = extract_text(text, date=FRIDAY, full=True)
    second = [r for r in result.relations if r.provenance.sentence not in text.split(". ")[0] + "."]
    assert second and all((r.date, r.date_source) == expected for r in second), second


def test_a_sentence_of_its_own_still_dates_a_relation_after_the_lead(extract_text):
    result = extract_text("Yesterday, the House passed a resolution. Nancy Pelosi met Donald Trump on Tuesday.",
                          date=FRIDAY, full=True)
    met = next(r for r in result.relations if r.predicate == "met")
    assert (met.date, met.date_source) == ("2019-10-29", "text")


def test_the_dateline_dates_the_report_not_the_event(extract_text):
    result = extract_text("Monday, August 3, 2020 On Thursday, Angela Merkel met Emmanuel Macron in Paris.",
                          date=dt.date(2020, 8, 3), full=True)
    met = next(r for r in result.relations if r.predicate == "met")
    assert (met.date, met.date_source) == ("2020-07-30", "text")
