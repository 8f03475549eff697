"""The dates family: date expressions resolved against the article's publication date, and
which expression dates which relation.

Results are ISO 8601 at the precision the text gives: ``2022-05-16``, ``2022-01``, ``2022``.
A relation takes the date of its own clause or a clause above it (:func:`relation_date`),
else the date attached to the event it names (:func:`event_dates`), else, for an event told
in the past, the day the article's lead gives its news (:func:`lead_date`), else, for an
event, the report's date (:func:`publication_date`).

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
from dataclasses import dataclass

from dateutil import parser as dateparser
from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import deps as d

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "tomorrow": 1, "the day before": -1, "overnight": 0, "last night": -1,
                  "the previous day": -1, "the next day": 1, "the following day": 1}
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DURATION = re.compile(r"\b(years?|months?|weeks?|days?|decades?|hours?|minutes?)\b(?!\s+(?:ago|before|earlier))")
# Two distinct defaults tell which components dateutil really read from the text.
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 2, 2))


#: Parts of a day, which do not change the day: "Tuesday evening", "on the night of March 3".
_PARTS_OF_DAY = re.compile(r"\b(?:early|late)?\s*(?:morning|afternoon|evening|night|noon|midday|dawn|dusk|lunchtime)\b")
#: Words that join the two ends of a range: "April 16 to 27", "February 21 and 22", "5-8 May".
_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")


def resolve_date(text: str, published: dt.date | None, *, future: bool = False) -> str | None:
    """ISO date of an expression such as "on Monday", "May 13", "last week"; None if vague.

    A range ("from April 16 to 27", "on February 21 and 22") gives its first day.

    >>> resolve_date("from April 16 to 27", dt.date(1987, 4, 2), future=True)
    '1987-04-16'
    >>> resolve_date("Tuesday evening", dt.date(2022, 5, 19)), resolve_date("last week", dt.date(2022, 5, 19))
    ('2022-05-17', '2022-05')
    """
    phrase = " ".join(text.lower().replace("’", "'").split())
    phrase = re.sub(r"^(?:on|in|at|since|from|by|during|until|the|of|between)\s+", "", phrase)
    phrase = _first_of_range(_ORDINAL.sub(r"\1", phrase))
    rest = " ".join(_PARTS_OF_DAY.sub(" ", phrase).replace(" of ", " ").split()).strip(" ,")
    if rest != phrase and (re.search(r"\d", rest) or any(w in WEEKDAYS or w in MONTHS for w in rest.split())):
        phrase = rest  # "tuesday evening" is tuesday; "this evening" stays what it is
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


def _first_of_range(phrase: str) -> str:
    """The first end of a range of days, with the month and year the second end gives:
    "april 16 to 27" -> "april 16", "5 to 8 may 2021" -> "5 may 2021", "march 3 and 4" -> "march 3"."""
    parts = _RANGE.split(phrase, maxsplit=1)
    if len(parts) != 2 or _ISO.search(phrase):
        return phrase
    first, second = parts
    if not re.search(r"\d", first) or not re.fullmatch(r"[\w ,]*\d[\w ,]*", second):
        return phrase  # "on Monday and Tuesday", "between 1987 and 1989" are not day ranges
    if _YEAR.fullmatch(first.strip()):
        return phrase
    months = [w for w in re.findall(r"[a-z]+", first) if w in MONTHS]
    if not months:
        month = next((w for w in re.findall(r"[a-z]+", second) if w in MONTHS), None)
        if month is None:
            return phrase
        first = f"{first} {month}"
    year = _YEAR.search(second)
    if year and not _YEAR.search(first):
        first = f"{first} {year[1]}"
    return first.strip(" ,")


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
    week = _relative_week(phrase, published)
    if week:
        return week
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


def _relative_week(phrase: str, published: dt.date) -> str | None:
    """ "last week", "earlier this week", "next week": the month of that Monday-to-Sunday week, the
    precision the text gives (no day of it is named); a week across two months is in the month of
    its Thursday, which holds most of its days (as ISO 8601 weeks are counted)."""
    match = re.search(r"\b(last|previous|past|this|next|coming)\s+week\b", phrase)
    if not match or re.search(r"\d", phrase):
        return None
    shift = {"last": -7, "previous": -7, "past": -7, "this": 0, "next": 7, "coming": 7}[match[1]]
    thursday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=shift + 3)
    return f"{thursday.year:04d}-{thursday.month:02d}"


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
    elif re.search(r"\b(last|past)\s+(?:[a-z]+\s+)?[a-z]+$", phrase) and months[0] >= published.month:
        year = published.year - 1  # "last May", said in May or before it, is a year back
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
        re.search(r"\bmay\s+\d|\d\s+may\b|\b(in|last|past|this|next|early|late|mid|since|until) may\b|^may\b",
                  phrase))


def _has_number(phrase: str) -> bool:
    return bool(re.search(r"\d", phrase))


# -- which expression dates which relation ------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateReading:
    """A relation's date and the words it was read from."""

    value: str
    expression: str


def relation_date(trigger: Token, sent: Span, published: dt.date | None, *, future: bool,
                  settings: bool = True) -> DateReading | None:
    """The date expression of the trigger's clause (or a clause above it) nearest in the parse.

    Dates that modify a noun ("the 1972 treaty", "last December's accord") date that
    noun, not the event, and are left out; so are dates of another clause ("talks with
    Thatcher, his first visit since he took power in June 1982").
    """
    best = None
    own = _clause_head(trigger)
    allowed = {own, *own.ancestors}
    quotes = _quotations(sent)
    for ent in [*date_spans(sent), *_named_years(sent)]:
        clause = _clause_outside_quotes(ent, quotes)
        framing = settings and _frames(ent.root, trigger, allowed)
        if not framing and (_modifies_noun(ent.root) or clause not in allowed):
            continue
        clause = own if framing else clause
        value = resolve_date(ent.text, published, future=future or _told_as_future(clause))
        if value is None or _is_dateline(ent, value, published):
            continue
        rank = (clause != own, _tree_distance(trigger, ent.root))
        if best is None or rank < best[0]:
            best = (rank, DateReading(value, ent.text))
    return best[1] if best else None


def _is_dateline(ent: Span, value: str, published: dt.date | None) -> bool:
    """A full date opening the article that is the report's own day is its dateline ("Monday,
    August 3, 2020 On Thursday, Tsikhanouskaya held a rally"): it dates the report, not the event."""
    return ent.start == 0 and published is not None and value == published.isoformat() and bool(_YEAR.search(ent.text))


def date_spans(sent: Span) -> list[Span]:
    """The date and time expressions of ``sent``, a date and the time of day next to it as one:
    "Tuesday" + "evening" is "Tuesday evening" (NER gives them apart)."""
    spans: list[Span] = []
    for ent in sent.ents:
        if ent.label_ not in d.TIME_LABELS:
            continue
        if spans and spans[-1].end == ent.start:
            spans[-1] = Span(sent.doc, spans[-1].start, ent.end, label="DATE")
        else:
            spans.append(ent)
    return spans


def _quotations(sent: Span) -> list[tuple[int, int]]:
    """The token positions of the sentence's quotation marks, paired: (opening, closing)."""
    marks = [t.i for t in sent if t.tag_ in ("``", "''") or t.text == '"']
    return list(zip(marks[0::2], marks[1::2]))


def _clause_outside_quotes(ent: Span, quotes: list[tuple[int, int]]) -> Token:
    """The clause a date is in; a date after a closing quotation mark is not the quotation's,
    whatever the parse says ('accused Bonn of "lacking courage" during a meeting on Sunday':
    the parser hangs the date from the quoted verb)."""
    clause = _clause_head(ent.root)
    while any(start < clause.i < end < ent.start for start, end in quotes) and clause.head != clause:
        clause = _clause_head(clause.head)
    return clause


def _told_as_future(verb: Token) -> bool:
    """Does a modal of the future head the date's clause ("Chung would leave on Monday", "they
    will meet on Friday"), or a plain present ("begins a visit on Tuesday")? Its weekday or month is
    then the next one, whatever the relation's modality (``rules.toml`` ``[dates] future_auxiliaries``)."""
    words = lexicon.rules()["dates"]["future_auxiliaries"]
    if any(c.dep_ == d.AUX_DEP and c.lower_ in words for c in verb.children):
        return True
    # "King Fahd begins a four-day state visit on Tuesday": a plain present with a day is a schedule
    return (verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in ("be", "have")
            and verb.lemma_.lower() not in lexicon.modality()["reporting"]
            and not any(c.dep_ in (d.AUX_DEP, d.AUXPASS) for c in verb.children))


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token is in (the sentence root for a verbless one)."""
    for node in (token, *token.ancestors):
        if node.pos_ in d.VERBS or node.dep_ == d.ROOT:
            return node
    return token


def _named_years(sent: Span) -> list[Span]:
    """Years NER took into a name, which still date the noun: "the 1967 Middle East war"."""
    return [Span(sent.doc, t.i, t.i + 1, label="DATE") for t in sent
            if t.ent_type_ not in d.TIME_LABELS and t.tag_ == "CD" and re.fullmatch(r"(1[89]|20)\d\d", t.text)
            and t.dep_ in (d.NUMMOD, d.COMPOUND) and t.head.pos_ in d.NOUNS]


#: Prepositions of the setting a clause's event happens in: "captured in the 1967 war", "told
#: Baldrige in a letter sent yesterday", "agreed under the deal signed last year".
_SETTING = frozenset({"in", "at", "during", "under"})


def _frames(root: Token, trigger: Token, allowed: set[Token]) -> bool:
    """Does the date belong to the trigger's own noun ("a 1985 World Bank loan to Hungary") or to
    the setting of the trigger's clause ("captured by Israel in the 1967 war", "In a letter sent
    yesterday, Karasawa told Baldrige")? A date of the event's object stays the object's ("signed
    the 1972 treaty")."""
    noun = root.head if _modifies_noun(root) else None
    if noun is None:  # "a letter sent yesterday": the date of a participle describing the noun
        clause = _clause_head(root)  # ("the request to suspend Parliament in September" dates the suspension)
        noun = clause.head if (clause.dep_ == d.ACL and clause.tag_ == d.PAST_PARTICIPLE
                               and clause.head.pos_ in d.NOUNS) else None
    if noun is None:
        return False
    if noun == trigger:
        return True
    return noun.dep_ == d.POBJ and noun.head.lower_ in _SETTING and noun.head.head in allowed


def _modifies_noun(root: Token) -> bool:
    return root.dep_ in (d.COMPOUND, d.AMOD, d.POSS, d.NUMMOD, d.NMOD) and root.head.pos_ in d.NOUNS


def _tree_distance(a: Token, b: Token) -> int:
    ancestors_a = [a, *a.ancestors]
    ancestors_b = [b, *b.ancestors]
    for i, node in enumerate(ancestors_a):
        if node in ancestors_b:
            return i + ancestors_b.index(node)
    return len(ancestors_a) + len(ancestors_b)


def publication_date(predicate: str, modality: str, published: dt.date | None, *,
                     earlier: bool = False) -> str | None:
    """An event the text does not date is dated by the report: wire copy dates its news by the
    dateline, and a planned event by the day it was announced. Only for events, not for states
    such as membership (the ontology's states, ``rules.toml``), never for negated or
    hypothetical ones, and not for what the text says happened ``earlier`` ("had met")."""
    if published is None or earlier or predicate in undated_by_report():
        return None
    return published.isoformat() if modality in ("asserted", "planned") else None


#: Adverbs that put an event before the report: "had earlier met", "previously visited".
_EARLIER = frozenset({"earlier", "previously", "before", "once", "formerly"})


def before_the_report(trigger: Token) -> bool:
    """Does the text put the event before the time of the report ("had met", "earlier visited")?

    >>> from kg.nlp import load_pipeline
    >>> before_the_report(load_pipeline()("Scholz had met Macron.")[2])
    True
    """
    children = list(trigger.children)
    perfect = trigger.tag_ == d.PAST_PARTICIPLE and any(
        c.dep_ == d.AUX_DEP and c.lemma_ == "have" and c.tag_ == "VBD" for c in children)
    return perfect or any(c.dep_ == d.ADVMOD and c.lower_ in _EARLIER for c in children)


@lexicon.cached
def undated_by_report() -> frozenset[str]:
    """Predicates that the report's date does not date: states, and those ``rules.toml`` names."""
    from kg.ontology import state_predicates

    return state_predicates() | frozenset(lexicon.rules()["dates"]["undated_by_report"])


def event_dates(index, published: dt.date | None) -> dict[tuple, str]:
    """Dates attached to event and document nouns: "the summit on Monday", "the commencement of the
    summit on Monday", "the March 3 accord"."""
    dates = {}
    for mention in index.mentions:
        if mention.type not in ("Event", "Document"):
            continue  # a document is dated too: "the 1986 U.S.-Japan pact", "Monday's statement"
        head = index.span(mention).root
        anchors = [head]
        if head.dep_ == d.POBJ and head.head.lower_ == "of":
            anchors.append(head.head.head)
        if head.dep_ in (d.NSUBJ, d.NSUBJPASS, d.DOBJ) and head.head.lemma_.lower() in _OCCURRING:
            anchors.append(head.head)  # "a Senate hearing was conducted on February 24"
        for anchor in anchors:
            value = _attached_date(anchor, published)
            if value:
                dates[mention.key] = value
                break
    return dates


#: Verbs whose date is their event's: "the hearing was conducted on February 24", "the summit
#: took place on Monday", "they held the talks on Friday".
_OCCURRING = frozenset({"hold", "conduct", "take", "begin", "open", "start", "end", "close", "convene", "stage",
                        "happen", "occur", "organize", "organise", "launch"})
#: Participles that announce when an event is to be: "talks set for Friday".
_SCHEDULING = frozenset({"set", "schedule", "slate", "due", "plan", "expect", "planned", "scheduled"})
#: How a date hangs from the event noun it dates: "the summit on Monday", "Monday's meeting",
#: "the March 3 signing", "the talks Tuesday", "the 1972 Democratic National Convention".
_DATE_EDGES = frozenset({d.POBJ, d.NPADVMOD, d.TMOD, d.NMOD, d.POSS, d.COMPOUND, d.NUMMOD})


def _attached_date(token: Token, published: dt.date | None) -> str | None:
    children = list(token.children)
    children += [g for c in token.children if c.dep_ == d.ACL and c.lemma_.lower() in _SCHEDULING
                 for g in c.children]
    for child in children:
        nodes = [child] + ([c for c in child.children if c.dep_ == d.POBJ] if child.dep_ == d.PREP else [])
        for node in nodes:
            if node.ent_type_ in d.TIME_LABELS and node.dep_ in _DATE_EDGES:
                span = next((s for s in date_spans(node.sent) if s.start <= node.i < s.end), None)
                if span is not None:
                    future = token.i < node.i and any(c.dep_ == d.ACL for c in token.children)
                    return resolve_date(span.text, published, future=future)
    return None


# -- the day of the article's news --------------------------------------------------------


def lead_date(lead: Span, published: dt.date | None) -> DateReading | None:
    """The day the article's first sentence puts its news on ("Yesterday, the House passed a
    resolution"; "On Monday, Judge Marrero issued a ruling"): a day shortly before the report
    (``rules.toml`` ``[dates] lead_days``). The rest of the story happened then, not on the day
    it was reported."""
    if published is None:
        return None
    found = relation_date(lead.root, lead, published, future=False)
    if found is None or not _ISO.fullmatch(found.value):
        return None
    day = dt.date.fromisoformat(found.value)
    recent = published - dt.timedelta(days=lexicon.rules()["dates"]["lead_days"]) <= day < published
    return found if recent else None


def told_in_the_past(trigger: Token) -> bool:
    """Is the trigger's event told in the past tense, the tense of the story's news ("Pelosi
    called Trump's conduct a breach", "Democrats supporting the resolution", "Sudan has
    rejected")? The nearest verb with a tense tells: not a present ("says", "is expected to"),
    a future or a modal ("will meet", "would leave"), nor a past perfect (before the news)."""
    for node in (trigger, *trigger.ancestors):
        if node.pos_ not in d.VERBS:
            continue
        auxiliaries = [c for c in node.children if c.dep_ in (d.AUX_DEP, d.AUXPASS)]
        if any(a.tag_ == "MD" for a in auxiliaries):
            return False
        finite = next((a for a in auxiliaries if a.tag_ in ("VBD", "VBZ", "VBP")), None)
        if finite is not None and finite.lemma_ == "have":
            return finite.tag_ != "VBD"  # "has rejected" is news told as past; "had met" is before it
        if finite is not None:
            return finite.tag_ == "VBD"  # "was visiting" is past, "is visiting" is now
        if node.tag_ == "VBD":
            return True
        if node.tag_ in ("VBZ", "VBP"):
            return False
    return False
