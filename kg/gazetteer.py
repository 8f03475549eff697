"""Look up countries and organisations by the names news uses for them.

Codes and official names come from pycountry; common names, short forms, demonyms,
capitals and well-known organisations from ``kg/lexicon/*.toml``.

>>> country_code("Tajikistan's"), country_code("U.S."), country_code("Russian")
('TJK', 'USA', 'RUS')
>>> country_name("RUS")
'Russia'
>>> organization("CSTO").label
'Collective Security Treaty Organization'
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import pycountry

from kg import lexicon

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Organization:
    """A known organisation (``organizations.toml``)."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...]
    country: str | None = None
    members: tuple[str, ...] = ()  # words naming a member: "Republican", "Democrat"


def normalize(name: str) -> str:
    """Surface form without leading article, trailing possessive or surrounding punctuation.

    >>> normalize("the Collective Security Treaty Organization's")
    'Collective Security Treaty Organization'
    """
    name = " ".join(name.split()).strip(" \t\n,;:\"()[]")
    name = _ARTICLE.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def _case_key(name: str) -> str:
    """Acronyms and short all-caps forms match case-sensitively ("US" is not "us")."""
    compact = name.replace(".", "")
    if compact.isupper() and len(compact) <= 5:
        return name
    return name.lower()


@functools.cache
def _country_names() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_case_key(value), country.alpha_3)
    for code, table in lexicon.countries().items():
        for value in [table.get("name", "")] + list(table.get("aliases", [])):
            if value:
                index[_case_key(normalize(value))] = code
    for skipped in lexicon._read("countries.toml").get("_ambiguous", {}).get("skip", []):
        index.pop(_case_key(skipped), None)
    return index


@functools.cache
def _demonyms() -> dict[str, str]:
    return {d.lower(): code for code, table in lexicon.countries().items() for d in table.get("demonyms", [])}


@functools.cache
def _capitals() -> dict[str, str]:
    index = {}
    for code, table in lexicon.countries().items():
        for value in [table.get("capital", "")] + list(table.get("seats", [])):
            if value:
                index[normalize(value).lower()] = code
    return index


def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code of a country named, short-named or described by a demonym."""
    return country_by_name(name) or demonym_code(name)


def country_by_name(name: str) -> str | None:
    """Like :func:`country_code`, but only for names of the country itself, not demonyms.

    >>> country_by_name("Russia"), country_by_name("Russian")
    ('RUS', None)
    """
    name = normalize(name)
    if not name:
        return None
    return _country_names().get(_case_key(name)) or _country_names().get(name.lower())


def demonym_code(word: str) -> str | None:
    """Country of a demonym or adjective ("Russian", "Tajik", "Soviet")."""
    return _demonyms().get(normalize(word).lower())


def capital_code(name: str) -> str | None:
    """Country whose government a capital or seat stands for ("Moscow", "Downing Street")."""
    return _capitals().get(normalize(name).lower())


def code_on(code: str, date: dt.date | None) -> str:
    """The state a code stood for at ``date``: RUS is the Soviet Union before 1992 (``continued_by``).

    >>> code_on("RUS", dt.date(1987, 3, 2)), code_on("RUS", dt.date(2022, 5, 17))
    ('SUN', 'RUS')
    """
    if date is None:
        return code
    for historic, table in lexicon.countries().items():
        dissolved = table.get("dissolved")
        if table.get("continued_by") == code and dissolved and date < dt.date.fromisoformat(dissolved):
            return historic
    return code


def country_name(code: str, *, on: dt.date | None = None) -> str:
    """The short common name used as the country's label (the former name at an earlier date).

    >>> country_name("DEU", on=dt.date(1987, 3, 2)), country_name("DEU")
    ('West Germany', 'Germany')
    """
    table = lexicon.countries().get(code)
    until = (table or {}).get("former_name_until")
    if on is not None and until and on < dt.date.fromisoformat(until):
        return table["former_name"]
    if table and table.get("name"):
        return table["name"]
    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@functools.cache
def _organization_index() -> dict[str, Organization]:
    index = {}
    for key, table in lexicon.organizations().items():
        org = Organization(key=key, label=table["label"], type=table.get("type", "Organization"),
                           aliases=tuple(table.get("aliases", [])), country=table.get("country"),
                           members=tuple(table.get("members", [])))
        for name in (org.label, *org.aliases):
            index[_case_key(normalize(name))] = org
    return index


def organization(name: str) -> Organization | None:
    """The gazetteer entry for an organisation's name or acronym, if known."""
    name = normalize(name)
    if not name:
        return None
    index = _organization_index()
    return index.get(_case_key(name)) or index.get(name.lower())


@functools.cache
def _member_words() -> dict[str, Organization]:
    return {word: org for org in _organization_index().values() for word in org.members}


def party_of_member(word: str) -> Organization | None:
    """The party a capitalised word names a member of: ``party_of_member("Republican")`` is the
    US Republican Party; lower-case "conservative" names none."""
    return _member_words().get(word)


def all_country_names() -> list[str]:
    """Every name and alias of a country (for phrase matching), as written."""
    names = set()
    for _code, table in lexicon.countries().items():
        names.update(v for v in [table.get("name", "")] + list(table.get("aliases", [])) if v)
    return sorted(names)


def all_organization_names() -> list[str]:
    """Every name and alias of a known organisation (for phrase matching), as written."""
    return sorted({name for org in _organization_index().values() for name in (org.label, *org.aliases)})


def all_capitals() -> list[str]:
    """Capitals and seats of government (for phrase matching), as written."""
    return sorted({v for table in lexicon.countries().values()
                   for v in [table.get("capital", "")] + list(table.get("seats", [])) if v})


@dataclass(frozen=True, slots=True)
class Office:
    """An office a well-known person held (``people.toml``)."""

    person: str
    title: str
    country: str | None
    org: str | None
    start: str
    end: str | None

    def held_on(self, date: dt.date | None) -> bool:
        if date is None:
            return True
        day = date.isoformat()
        return self.start <= day[: len(self.start)] and (self.end is None or day[: len(self.end)] <= self.end)


@functools.cache
def _people_index() -> dict[str, list[tuple[str, Office]]]:
    index: dict[str, list[tuple[str, Office]]] = {}
    for table in lexicon.people().values():
        offices = [Office(table["name"], o["title"], o.get("country"), o.get("org"), o["start"], o.get("end"))
                   for o in table.get("offices", [])]
        for name in {table["name"], *table.get("aliases", [])}:
            for office in offices:
                index.setdefault(_person_key(name), []).append((table["name"], office))
    return index


#: Words after a surname that are not the surname: "Cyrus R. Vance Jr.", "John Paul II".
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """A person's name as words, without a generational suffix.

    >>> name_words("Cyrus R. Vance, Jr."), surname("Martin Luther King Jr.")
    (['Cyrus', 'R.', 'Vance'], 'King')
    """
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in _NAME_SUFFIXES:
        words.pop()
    return words


def surname(name: str) -> str:
    """The last word of a person's name that is not a generational suffix."""
    words = name_words(name)
    return words[-1] if words else name


def _person_key(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(ascii_name.lower().replace(".", "").split())


def offices_of(name: str, *, on: dt.date | None) -> list[Office]:
    """Offices held at ``on`` by the one listed person called ``name`` (full name or alias).

    >>> [o.country for o in offices_of("Reagan", on=dt.date(1987, 3, 2))]
    ['USA']
    >>> offices_of("Reagan", on=dt.date(2020, 1, 1))
    []
    """
    found = [(person, office) for person, office in _people_index().get(_person_key(name), [])
             if office.held_on(on)]
    if len({person for person, _ in found}) != 1:
        return []  # nobody, or several people of that name in office then: not ours to guess
    return [office for _, office in found]


def led_country(name: str) -> str | None:
    """The one country the listed person called ``name`` heads or headed, as a leader.

    >>> led_country("Thatcher")
    'GBR'
    """
    codes = {o.country for o in offices_of(name, on=None) if o.country and lexicon.title_category(o.title) == "leader"}
    return codes.pop() if len(codes) == 1 else None


def full_name(name: str, *, on: dt.date | None) -> str | None:
    """The canonical full name of the one listed person called ``name`` in office at ``on``.

    >>> full_name("Putin", on=dt.date(2022, 5, 17))
    'Vladimir Putin'
    """
    offices = offices_of(name, on=on)
    return offices[0].person if offices else None


@functools.cache
def _subdivisions() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            index.setdefault(_case_key(sub.name), set()).add(country.alpha_3)
    return index


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region named ``name`` (ISO 3166-2, through pycountry),
    when exactly one country has a subdivision of that name, else the one ``rules.toml`` prefers.

    >>> subdivision_country("California"), subdivision_country("Florida"), subdivision_country("Atlantis")
    ('USA', 'USA', None)
    """
    codes = _subdivisions().get(_case_key(normalize(name)), set())
    if len(codes) == 1:
        return next(iter(codes))
    # "Florida" is a state of the US and a department of Uruguay: the country news names most wins.
    preferred = [c for c in lexicon.rules()["gazetteer"]["subdivision_preference"] if c in codes]
    return preferred[0] if preferred else None
