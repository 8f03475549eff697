"""Load the lexicons and gazetteers kept as TOML files next to this module.

Each loader reads its file once and returns frozen, typed data; the files are meant to
be read and extended without touching Python (see ``README.md`` here).

>>> triggers()[0].predicate
'spokeWith'
>>> title_category("prime minister"), title_category("foreign minister")
('leader', 'official')
"""
from __future__ import annotations

import difflib
import functools
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jsonschema

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
        """How many words the pattern requires: the most specific matching pattern wins."""
        return 1 + len(self.middle) + (self.prep is not None)


@dataclass(frozen=True, slots=True)
class Trigger:
    """The patterns of one predicate and how to read its arguments."""

    predicate: str
    rule: str  # with its version: "meet.v1"
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
    blocked_nouns: frozenset[str] = frozenset()  # direct objects that cancel the predicate ("granted a pardon")
    irrealis: bool = False
    needs_action: frozenset[str] = frozenset()
    clause_targets: bool = False
    alleging: frozenset[str] = frozenset()  # verbs whose that-clause's subject is the target
    event_participants: bool = False
    intransitive: frozenset[str] = frozenset()
    shallow: frozenset[str] = frozenset()  # verbs of a deep predicate whose complement holds no target
    deep_partners: bool = False  # inside a complement, only a "with" partner is the target
    mutual: frozenset[str] = frozenset()
    inverted: frozenset[str] = frozenset()  # verbs whose document subject its actor object acts on
    # the predicate a named person as object makes the relation ("visited Lyng": met him)
    persons_as: str | None = None
    one_sided: frozenset[str] = frozenset()  # verbs of a reciprocal predicate each subject does alone
    joint_limit: int | None = None  # the most coordinated subjects a reciprocal verb pairs with one another
    framing: frozenset[str] = frozenset()  # prepositions of the verb that name the document acted under
    goods_only: frozenset[str] = frozenset()
    things_only: frozenset[str] = frozenset()  # verbs whose object is a document or event, never an actor
    places_stand_for_owners: bool = False
    middle_owners: frozenset[str] = frozenset()
    deep_through_triggers: bool = False
    conditional_targets: bool = False
    figurative_verbs: tuple[Pattern, ...] = ()
    verb_classes: tuple[tuple[str, frozenset[str]], ...] = ()
    verb_cues: tuple[tuple[str, frozenset[str]], ...] = ()  # cued verbs with cue words of their own
    bidding_nouns: frozenset[str] = frozenset()
    answered_nouns: frozenset[str] = frozenset()
    guest_nouns: frozenset[str] = frozenset()
    sponsor_participles: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()  # the classes both sides must be of (empty: any actor)
    never_parties: frozenset[str] = frozenset()  # the classes neither side may be of


class LexiconError(ValueError):
    """A lexicon file that does not fit its schema or the ontology; the message names the file,
    the table and the key, on one line."""


#: Every cache built from the lexicons, cleared when user lexicons change (:func:`use_lexicons`).
_CACHES: list = []
#: The user lexicons in use (``kg extract --lexicon FILE``), in the order given.
_USER: tuple[Path, ...] = ()


def cached(function):
    """``functools.cache``, cleared whenever :func:`use_lexicons` changes the lexicons in use.

    Rules that build tables from the lexicons (pattern indexes, say) use it too.
    """
    wrapped = functools.cache(function)
    _CACHES.append(wrapped)
    return wrapped


@functools.cache
def _schema(name: str) -> dict:
    return json.loads((HERE / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def _load_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise LexiconError(f"{path}: cannot be read ({error.strerror or error})") from None


def validate(data: dict, schema: str, source: Path | str) -> dict:
    """Check ``data`` read from ``source`` against ``schemas/<schema>.schema.json``.

    >>> validate({"criticized": {"verbz": ["rebuke"]}}, "triggers", "mine.toml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.lexicon.LexiconError: mine.toml: [criticized] unknown key 'verbz' (known: ...)
    """
    validator = jsonschema.Draft202012Validator(_schema(schema))
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        raise LexiconError(_describe(errors[0], source))
    return data


def _describe(error: jsonschema.ValidationError, source: Path | str) -> str:
    """One line that says where in the file the error is, in TOML terms: ``[table] key``."""
    item = ""
    path = list(error.absolute_path)
    if path and isinstance(path[-1], int):
        item = f" item {path.pop() + 1}"
    path = [str(p) for p in path]
    if error.validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(known))
        table = f"[{'.'.join(path)}] " if path else ""
        hint = f" (known: {', '.join(known)})" if known else ""
        return f"{source}: {table}unknown key {extra[0]!r}{hint}"
    if len(path) > 1:
        where = f"[{'.'.join(path[:-1])}] {path[-1]!r}{item}: "
    elif path:
        where = f"[{path[0]}]: " if isinstance(error.instance, dict) else f"{path[0]!r}{item}: "
    else:
        where = ""
    return f"{source}: {where}{error.message}"


@functools.cache
def _read(name: str) -> dict:
    """A shipped lexicon file, validated against its schema (a broken file is a bug: it fails loudly)."""
    path = HERE / name
    return validate(_load_toml(path), name.removesuffix(".toml"), path)


def read_user_lexicon(path: Path) -> dict:
    """A user lexicon: trigger tables in the format of ``triggers.toml``, validated against its
    schema and the ontology. Raises :class:`LexiconError` with the file, table and key."""
    path = Path(path)
    data = validate(_load_toml(path), "triggers", path)
    _check_predicates(data, path)
    return data


def _check_predicates(tables: dict, source: Path | str) -> None:
    from kg.ontology import predicates

    known = predicates()
    for name in tables:
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise LexiconError(f"{source}: [{name}] is not a predicate of the ontology{hint}")
    _check_classes(tables, source)


def _check_classes(tables: dict, source: Path | str) -> None:
    from kg.ontology import classes

    known = classes()
    for name, table in tables.items():
        for verb, listed in table.get("verb_classes", {}).items():
            for cls in listed:
                if cls not in known:
                    raise LexiconError(f"{source}: [{name}] verb_classes.{verb}: {cls!r} is not a class of the ontology")
        for key in ("parties", "never_parties"):
            for cls in table.get(key, []):
                if cls not in known:
                    raise LexiconError(f"{source}: [{name}] {key}: {cls!r} is not a class of the ontology")


def use_lexicons(paths: Iterable[Path | str] = ()) -> None:
    """Add the trigger patterns of user lexicon files to the shipped ones, for every later
    extraction in this process (``()`` goes back to the shipped lexicons alone).

    Each file is validated first: a bad one raises :class:`LexiconError` and changes nothing.
    """
    global _USER
    paths = tuple(Path(p) for p in paths)
    if paths == _USER:
        return  # every batch of a run asks again: the files were read when they were set
    for path in paths:
        read_user_lexicon(path)
    _USER = paths
    for cache in _CACHES:
        cache.cache_clear()


def user_lexicons() -> tuple[Path, ...]:
    """The user lexicon files in use."""
    return _USER


def _trigger_tables() -> dict[str, dict]:
    """The shipped trigger tables with the user lexicons merged in: pattern lists are extended,
    settings replaced; a predicate the shipped file lacks comes last."""
    tables = {name: dict(table) for name, table in _read("triggers.toml").items()}
    _check_predicates(tables, HERE / "triggers.toml")
    for path in _USER:
        for name, table in read_user_lexicon(path).items():
            merged = tables.setdefault(name, {})
            for key, value in table.items():
                if isinstance(value, list):
                    merged[key] = list(dict.fromkeys([*merged.get(key, []), *value]))
                else:
                    merged[key] = value
    return tables


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


@cached
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon (``triggers.toml`` and the user lexicons), in file order: earlier
    tables win ties. Symmetry comes from the ontology, the rule's version from the table."""
    from kg.ontology import symmetric_predicates

    symmetric = symmetric_predicates()
    default_version = rules()["relations"]["version"]
    result = []
    for predicate, table in _trigger_tables().items():
        result.append(Trigger(
            predicate=predicate,
            rule=f"{table.get('rule', predicate)}.v{table.get('version', default_version)}",
            objects=frozenset(table.get("objects", ["actor"])),
            verbs=tuple(map(parse_verb_pattern, table.get("verbs", []))),
            cued_verbs=tuple(map(parse_verb_pattern, table.get("cued_verbs", []))),
            cues=frozenset(c.lower() for c in table.get("cues", [])),
            nouns=tuple(map(parse_noun_pattern, table.get("nouns", []))),
            relational=tuple(map(parse_noun_pattern, table.get("relational", []))),
            co_subjects=frozenset(table.get("co_subjects", [])),
            symmetric=predicate in symmetric,
            confidence=float(table.get("confidence", 0.75)),
            deep=bool(table.get("deep", False)),
            reciprocal=bool(table.get("reciprocal", False)),
            blocked_by=frozenset(table.get("blocked_by", [])),
            blocked_nouns=frozenset(w.lower() for w in table.get("blocked_nouns", [])),
            irrealis=bool(table.get("irrealis", False)),
            needs_action=frozenset(w.lower() for w in table.get("needs_action", [])),
            clause_targets=bool(table.get("clause_targets", False)),
            alleging=frozenset(w.lower() for w in table.get("alleging", [])),
            event_participants=bool(table.get("event_participants", False)),
            intransitive=frozenset(w.lower() for w in table.get("intransitive", [])),
            shallow=frozenset(w.lower() for w in table.get("shallow", [])),
            deep_partners=bool(table.get("deep_partners", False)),
            mutual=frozenset(w.lower() for w in table.get("mutual", [])),
            one_sided=frozenset(w.lower() for w in table.get("one_sided", [])),
            joint_limit=table.get("joint_limit"),
            framing=frozenset(w.lower() for w in table.get("framing", [])),
            inverted=frozenset(w.lower() for w in table.get("inverted", [])),
            persons_as=table.get("persons_as"),
            goods_only=frozenset(w.lower() for w in table.get("goods_only", [])),
            things_only=frozenset(w.lower() for w in table.get("things_only", [])),
            places_stand_for_owners=bool(table.get("places_stand_for_owners", False)),
            middle_owners=frozenset(w.lower() for w in table.get("middle_owners", [])),
            deep_through_triggers=bool(table.get("deep_through_triggers", False)),
            conditional_targets=bool(table.get("conditional_targets", False)),
            figurative_verbs=tuple(map(parse_verb_pattern, table.get("figurative_verbs", []))),
            verb_classes=tuple((verb.lower(), frozenset(classes))
                               for verb, classes in table.get("verb_classes", {}).items()),
            verb_cues=tuple((verb.lower(), frozenset(w.lower() for w in cues))
                            for verb, cues in table.get("verb_cues", {}).items()),
            bidding_nouns=frozenset(w.lower() for w in table.get("bidding_nouns", [])),
            answered_nouns=frozenset(w.lower() for w in table.get("answered_nouns", [])),
            guest_nouns=frozenset(w.lower() for w in table.get("guest_nouns", [])),
            sponsor_participles=frozenset(w.lower() for w in table.get("sponsor_participles", [])),
            parties=frozenset(table.get("parties", [])),
            never_parties=frozenset(table.get("never_parties", [])),
        ))
    return tuple(result)


@cached
def trigger(predicate: str) -> Trigger:
    """The trigger table of one predicate: what it accepts as objects, its confidence.

    >>> trigger("criticized").predicate
    'criticized'
    """
    return next(t for t in triggers() if t.predicate == predicate)


@functools.cache
def rules() -> dict:
    """Rule versions, confidences, constants and word lists (``rules.toml``)."""
    return _read("rules.toml")


@functools.cache
def words(name: str) -> frozenset[str]:
    """One word list of ``rules.toml`` (``[words]``), lower case.

    >>> "palace" in words("place_words")
    True
    """
    return frozenset(w.lower() for w in rules()["words"][name])


def rule_name(family: str, name: str) -> str:
    """A versioned rule name of ``rules.toml``: ``rule_name("roles", "title")`` is ``role.title.v1``."""
    entry = rules()[family][name]
    prefix = {"roles": "role", "relations": "verb"}[family]
    return f"{prefix}.{name.replace('_', '')}.v{entry['version']}"


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


@functools.cache
def usual_countries() -> dict[str, str]:
    """Titles of one country in most news (``titles.toml``, ``[usual_country]``).

    >>> usual_countries()["home secretary"]
    'GBR'
    """
    return {title.lower(): code for title, code in _read("titles.toml").get("usual_country", {}).items()}


@functools.cache
def categories_by_country() -> dict[str, dict[str, str]]:
    """Titles whose category depends on the country (``titles.toml``, ``[category_by_country]``).

    >>> categories_by_country()["chancellor"]["GBR"]
    'official'
    """
    return {title.lower(): dict(by_country)
            for title, by_country in _read("titles.toml").get("category_by_country", {}).items()}


@functools.cache
def bare_chambers() -> dict[str, dict[str, str]]:
    """The chamber a bare word names in a presiding title, by country (``titles.toml``, ``[bare_chambers]``).

    >>> bare_chambers()["USA"]["house"]
    'United States House of Representatives'
    """
    return {code: {word.lower(): label for word, label in words.items()}
            for code, words in _read("titles.toml").get("bare_chambers", {}).items()}


@functools.cache
def generic_organization_types() -> dict[str, frozenset[str]]:
    """The kinds of organisation a generic noun can stand for (``titles.toml``,
    ``[generic_organization_types]``); a noun not listed fits any kind.

    >>> sorted(generic_organization_types()["network"])
    ['Company', 'MediaOrganization']
    """
    table = _read("titles.toml").get("generic_organization_types", {})
    return {noun.lower(): frozenset(types) for noun, types in table.items()}


def is_local_title(title: str) -> bool:
    """Is this an office of a city or town (``titles.toml``, ``local``)?

    >>> is_local_title("Mayor"), is_local_title("Minister")
    (True, False)
    """
    return title.lower() in titles()["local"]


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


@functools.cache
def _title_vocabulary() -> frozenset[str]:
    known = titles()
    return frozenset(w for key in ("leader", "official", "portfolios") for phrase in known[key] for w in phrase.split())


def is_title_phrase(text: str) -> bool:
    """Is every word of ``text`` a word of a title or a portfolio ("cabinet secretary", "foreign
    minister"), so that it names an office and no one ("Martin Luther King" has "martin")?"""
    words = text.lower().split()
    return bool(words) and all(w in _title_vocabulary() for w in words) and title_category(text) is not None


def title_category(title: str) -> str | None:
    """``leader`` or ``official`` by the title's longest known ending, else None."""
    known = titles()
    for before, ending in _endings(title):
        if ending in known["leader"] and not is_deputy_word(before):
            return "leader"
        if ending in known["official"] or ending in known["leader"]:
            return "official"
    return None


def is_deputy_word(words: list[str]) -> bool:
    """Does one of ``words`` make a head's title a deputy's ("Deputy", "Assistant")?

    >>> is_deputy_word(["assistant", "general"]), is_deputy_word(["opec"])
    (True, False)
    """
    return any(w in {"vice", "deputy", "assistant", "associate", "under", "sub", "co"} for w in words)


@functools.cache
def event_nouns() -> dict[str, tuple[str, str]]:
    """Map each event/document noun (``events.toml``) to its (kind, ontology class)."""
    from kg.ontology import classes

    table = {}
    known = classes()
    for kind, groups in _read("events.toml").items():
        for cls, nouns in groups.items():
            if cls not in known:
                raise LexiconError(f"{HERE / 'events.toml'}: [{kind}] {cls!r} is not a class of the ontology")
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
