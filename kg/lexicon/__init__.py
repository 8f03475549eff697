"""Load the lexicons and gazetteers kept as TOML files next to this module.

Each loader reads its file once and returns frozen, typed data; the files are meant to
be read and extended without touching Python (see ``README.md`` here).

>>> triggers()[0].predicate
'spokeWith'
>>> title_category("prime minister"), title_category("foreign minister")
('leader', 'official')
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent

#: Words that, at the end of a pattern, introduce its target.
PREPOSITIONS = frozenset({
    "with", "to", "on", "against", "at", "for", "in", "into", "from", "of", "over", "about", "by",
    "upon", "between", "among", "toward", "towards", "behind", "near", "along", "after",
})
#: Words that, after a verb, are its particle ("lash out at", "turn down").
PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "aside", "in", "on"})


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: ``verb [particle|noun ...] [preposition]`` or ``[modifier] noun preposition``."""

    head: str
    middle: tuple[str, ...]
    prep: str | None
    text: str

    @property
    def specificity(self) -> int:
        return 1 + len(self.middle) + (self.prep is not None)


@dataclass(frozen=True, slots=True)
class Trigger:
    """The patterns of one predicate and how to read its arguments."""

    predicate: str
    rule: str
    objects: frozenset[str]
    verbs: tuple[Pattern, ...]
    cued_verbs: tuple[Pattern, ...]
    cues: frozenset[str]
    nouns: tuple[Pattern, ...]
    relational: tuple[Pattern, ...]
    co_subjects: frozenset[str]
    symmetric: bool
    confidence: float
    deep: bool = False
    reciprocal: bool = False
    blocked_by: frozenset[str] = frozenset()
    irrealis: bool = False


def _read(name: str) -> dict:
    with open(HERE / name, "rb") as file:
        return tomllib.load(file)


def parse_verb_pattern(text: str) -> Pattern:
    """Split a verb pattern into its verb, middle words and preposition.

    >>> parse_verb_pattern("impose sanction on")
    Pattern(head='impose', middle=('sanction',), prep='on', text='impose sanction on')
    >>> parse_verb_pattern("lash out at").middle
    ('out',)
    """
    words = text.lower().split()
    prep = words[-1] if len(words) > 1 and words[-1] in PREPOSITIONS else None
    middle = tuple(words[1:-1] if prep else words[1:])
    return Pattern(head=words[0], middle=middle, prep=prep, text=text)


def parse_noun_pattern(text: str) -> Pattern:
    """Split a noun pattern into modifiers, head noun and preposition.

    >>> parse_noun_pattern("phone call with")
    Pattern(head='call', middle=('phone',), prep='with', text='phone call with')
    """
    words = text.lower().split()
    prep = words[-1] if len(words) > 1 and words[-1] in PREPOSITIONS else None
    nouns = words[:-1] if prep else words
    return Pattern(head=nouns[-1], middle=tuple(nouns[:-1]), prep=prep, text=text)


@functools.cache
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon (``triggers.toml``), in file order: earlier tables win ties."""
    result = []
    for predicate, table in _read("triggers.toml").items():
        result.append(Trigger(
            predicate=predicate,
            rule=table.get("rule", predicate),
            objects=frozenset(table.get("objects", ["actor"])),
            verbs=tuple(map(parse_verb_pattern, table.get("verbs", []))),
            cued_verbs=tuple(map(parse_verb_pattern, table.get("cued_verbs", []))),
            cues=frozenset(c.lower() for c in table.get("cues", [])),
            nouns=tuple(map(parse_noun_pattern, table.get("nouns", []))),
            relational=tuple(map(parse_noun_pattern, table.get("relational", []))),
            co_subjects=frozenset(table.get("co_subjects", [])),
            symmetric=bool(table.get("symmetric", False)),
            confidence=float(table.get("confidence", 0.75)),
            deep=bool(table.get("deep", False)),
            reciprocal=bool(table.get("reciprocal", False)),
            blocked_by=frozenset(table.get("blocked_by", [])),
            irrealis=bool(table.get("irrealis", False)),
        ))
    return tuple(result)


@functools.cache
def titles() -> dict[str, frozenset[str]]:
    """Title words by category (``titles.toml``): leader, official, collective, group, ..."""
    return {key: frozenset(v.lower() for v in values) for key, values in _read("titles.toml").items()
            if isinstance(values, list)}


@functools.cache
def implied_countries() -> dict[str, str]:
    """Titles that imply their country (``titles.toml``, ``[implied_country]``).

    >>> implied_countries()["taoiseach"]
    'IRL'
    """
    return {title.lower(): code for title, code in _read("titles.toml").get("implied_country", {}).items()}


def is_national_title(title: str) -> bool:
    """Is this an office of a national government (``titles.toml``, ``national``)?

    >>> is_national_title("Finance Minister"), is_national_title("party leader"), is_national_title("Secretary General")
    (True, False, False)
    """
    known = titles()
    for _, ending in _endings(title):  # the longest known ending decides: "secretary general" is not "general"
        if ending in known["national"] or ending in known["leader"] or ending in known["official"]:
            return ending in known["national"]
    return False


def _endings(title: str):
    """(words before, ending) for each ending of a title, longest first; hyphens kept."""
    words = title.lower().replace("-", " - ").split()
    for start in range(len(words)):
        yield words[:start], " ".join(words[start:]).replace(" - ", "-")


def title_category(title: str) -> str | None:
    """``leader`` or ``official`` by the title's longest known ending, else None."""
    known = titles()
    for before, ending in _endings(title):
        if ending in known["leader"] and not _is_deputy(before):
            return "leader"
        if ending in known["official"] or ending in known["leader"]:
            return "official"
    return None


def _is_deputy(words: list[str]) -> bool:
    return any(w in {"vice", "deputy", "assistant", "associate", "under", "sub", "co"} for w in words)


@functools.cache
def event_nouns() -> dict[str, tuple[str, str]]:
    """Map each event/document noun (``events.toml``) to its (kind, ontology class)."""
    table = {}
    for kind, classes in _read("events.toml").items():
        for cls, nouns in classes.items():
            for noun in nouns:
                table.setdefault(noun.lower(), (kind, cls))
    return table


@functools.cache
def modality() -> dict[str, frozenset[str]]:
    """Words that make a relation negated, hypothetical or planned (``modality.toml``)."""
    return {key: frozenset(values) for key, values in _read("modality.toml").items()}


@functools.cache
def countries() -> dict[str, dict]:
    """The country gazetteer (``countries.toml``), keyed by ISO 3166 alpha-3 code."""
    return {code: table for code, table in _read("countries.toml").items() if not code.startswith("_")}


@functools.cache
def organizations() -> dict[str, dict]:
    """The organisation gazetteer (``organizations.toml``), keyed by slug."""
    return _read("organizations.toml")


@functools.cache
def people() -> dict[str, dict]:
    """The office holders gazetteer (``people.toml``), keyed by slug."""
    return _read("people.toml")
