"""Named SPARQL queries (``kg/queries/*.rq``) and their parameters.

A query names its parameters in a header comment, ``# params: actor since until``;
``kg query NAME --param actor="Vladimir Putin"`` binds them as values, never by
pasting text into the query. Parameters listed in ``# names: actor`` are entity names:
``actor=Putin`` is read as the label it matches (:func:`resolve_names`).

>>> sorted(named_queries())[:3]
['country_relations', 'events', 'events_per_month']
>>> parse_params(["actor=Vladimir Putin"], query=load_query("meetings"))
{'actorLabel': 'Vladimir Putin'}
"""
from __future__ import annotations

import re
from importlib import resources

_PARAMS = re.compile(r"^#\s*params:\s*(.*)$", re.MULTILINE)
_NAMES = re.compile(r"^#\s*names:\s*(.*)$", re.MULTILINE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def named_queries() -> dict[str, str]:
    """Every named query: name -> SPARQL text."""
    folder = resources.files("kg").joinpath("queries")
    return {entry.name[:-3]: entry.read_text(encoding="utf-8") for entry in folder.iterdir()
            if entry.name.endswith(".rq")}


def load_query(name_or_text: str) -> str:
    """A named query's text, or ``name_or_text`` itself when it is SPARQL."""
    queries = named_queries()
    if name_or_text in queries:
        return queries[name_or_text]
    if _NAME.match(name_or_text):
        import difflib

        near = difflib.get_close_matches(name_or_text, list(queries), n=1)
        hint = f"did you mean {near[0]}? " if near else ""
        raise ValueError(f"no named query {name_or_text!r}; {hint}known: {', '.join(sorted(queries))}")
    return name_or_text


def declared_params(query: str) -> dict[str, str]:
    """Parameter name -> query variable, from the ``# params: a b=var`` header."""
    found = {}
    for line in _PARAMS.findall(query):
        for item in line.split():
            name, _, variable = item.partition("=")
            found[name] = variable or name
    return found


def parse_params(items: list[str], *, query: str) -> dict[str, str]:
    """Turn ``k=v`` options into variable bindings, checking names against the query."""
    declared = declared_params(query)
    bindings = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not _NAME.match(name):
            raise ValueError(f"--param needs name=value, got {item!r}")
        variable = declared.get(name, name)
        if declared and name not in declared:
            raise ValueError(f"unknown parameter {name!r}; this query takes: {', '.join(declared)}")
        bindings[variable] = value
    return bindings


def name_params(query: str) -> list[str]:
    """The parameters that are entity names, from the ``# names: a b`` header."""
    return [name for line in _NAMES.findall(query) for name in line.split()]


def resolve_names(bindings: dict[str, str], *, query: str, labels: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    r"""Bindings with each name parameter replaced by the one label it matches (:func:`kg.names.match_name`
    over ``labels``, IRI -> label), and a note for each name read as another, or matched by none or
    by several (kept as given then: the answer is empty, the note says why and what was meant).

    >>> query = "# params: actor=who\n# names: actor\nSELECT ?x WHERE { ?x ?p ?who }"
    >>> resolve_names({"who": "putin"}, query=query, labels={"id:p": "Vladimir Putin"})
    ({'who': 'Vladimir Putin'}, ["actor: 'putin' read as 'Vladimir Putin'"])
    >>> resolve_names({"who": "Putn"}, query=query, labels={"id:p": "Vladimir Putin"})[1]
    ["actor: no entity is called 'Putn'; did you mean Vladimir Putin?"]
    """
    from kg.names import UnknownName, match_name

    declared = declared_params(query)
    resolved, notes = dict(bindings), []
    for name in name_params(query):
        variable = declared.get(name, name)
        value = bindings.get(variable)
        if value is None or value in labels.values() or value.startswith(("http://", "https://")):
            continue
        try:
            resolved[variable] = labels[match_name(value, labels)]
        except UnknownName as error:
            notes.append(f"{name}: {error}")
            continue
        notes.append(f"{name}: {value!r} read as {resolved[variable]!r}")
    return resolved, notes
