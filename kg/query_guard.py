"""Checks on a SPARQL query's text before it reaches the engine: length, nesting, federation.

Oxigraph's parser recurses once per nested group, so a query of a few kilobytes nested
thousands of groups deep overflows its stack and kills the process; and ``SERVICE <url>``
makes the engine send requests to any URL and return the answers (server-side request
forgery). Both are told from the query's tokens, with strings, IRIs and comments skipped,
so that a literal holding "SERVICE" or "{{{" is no reason to refuse a query.

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE {{{' }")
>>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.query_guard.QueryRefused: federated queries (SERVICE <http://example.org/sparql>) are refused by this endpoint
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Deeper nesting of groups, brackets and parentheses is refused (Oxigraph crashes near 3,000).
MAX_DEPTH = 64
#: Longer query texts are refused: no honest query is this long.
MAX_QUERY_CHARS = 100_000

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00b7-\uffff]+)
  | (?P<name>[\w\u00c0-\uffff][\w\-.\u00b7-\uffff]*(?::[\w\-.:%\\\u00b7-\uffff]*)?|:[\w\-.:%\\\u00b7-\uffff]*)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


class QueryRefused(ValueError):
    """The query is refused before it reaches the engine; the message says why."""


def tokens(query: str) -> Iterator[tuple[str, str]]:
    """(kind, text) of each token, spaces and comments left out.

    >>> list(tokens("ASK { ?s dip:p 'x' } # done"))
    [('name', 'ASK'), ('open', '{'), ('variable', '?s'), ('name', 'dip:p'), ('string', "'x'"), ('close', '}')]
    """
    for kind, text, _ in _located(query):
        yield kind, text


def _located(query: str) -> Iterator[tuple[str, str, int]]:
    for match in _TOKEN.finditer(query):
        if match.lastgroup not in ("space", "comment"):
            yield match.lastgroup, match.group(), match.start()


def where_brace(query: str) -> int | None:
    """The offset of the brace that opens the query's WHERE group (comments and strings skipped); None if none.

    >>> query = "# WHERE { not here\\nSELECT ?x WHERE { ?x ?p 'WHERE {' }"
    >>> query[where_brace(query):]
    "{ ?x ?p 'WHERE {' }"
    """
    after_where = False
    first = None
    for kind, text, start in _located(query):
        if kind == "name" and text.upper() == "WHERE":
            after_where = True
        elif kind == "open" and text == "{":
            if after_where:
                return start
            first = start if first is None else first
    return first


def check_query(query: str, *, allow_service: Iterable[str] | None = (), max_depth: int = MAX_DEPTH,
                max_chars: int = MAX_QUERY_CHARS, prefixes: dict[str, str] | None = None) -> None:
    """Raise :class:`QueryRefused` for a query too long, nested too deeply, or federated to an endpoint not allowed.

    ``allow_service`` lists the endpoint IRIs a ``SERVICE`` may name (None: any, as for
    ``kg query``, whose user calls what they like); ``prefixes`` are those the engine adds
    (a ``SERVICE dip:x`` is resolved with them and the query's own).
    """
    if len(query) > max_chars:
        raise QueryRefused(f"query too long ({len(query):,} characters; the limit is {max_chars:,})")
    declared = dict(prefixes or {})
    depth = 0
    stream = tokens(query)
    for kind, text in stream:
        if kind == "open":
            depth += 1
            if depth > max_depth:
                raise QueryRefused(f"query nested too deeply (over {max_depth} levels of brackets)")
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "name" and text.upper() == "PREFIX":
            _declare(stream, declared)
        elif kind == "name" and text.upper() == "SERVICE" and allow_service is not None:
            _check_service(stream, set(allow_service), declared)


def _declare(stream: Iterator[tuple[str, str]], declared: dict[str, str]) -> None:
    name, iri = next(stream, ("", "")), next(stream, ("", ""))
    if name[0] == "name" and name[1].endswith(":") and iri[0] == "iri":
        declared[name[1][:-1]] = iri[1][1:-1]


def _check_service(stream: Iterator[tuple[str, str]], allowed: set[str], declared: dict[str, str]) -> None:
    kind, text = next(stream, ("", ""))
    if kind == "name" and text.upper() == "SILENT":
        kind, text = next(stream, ("", ""))
    endpoint = _iri(kind, text, declared)
    if endpoint is None:
        raise QueryRefused(f"federated queries (SERVICE {text}) are refused: the endpoint must be an IRI allowed "
                           "with --allow-service")
    if endpoint not in allowed:
        hint = "" if not allowed else f" (allowed: {', '.join(sorted(allowed))})"
        raise QueryRefused(f"federated queries (SERVICE <{endpoint}>) are refused by this endpoint{hint}")


def _iri(kind: str, text: str, declared: dict[str, str]) -> str | None:
    if kind == "iri":
        return text[1:-1]
    if kind == "name" and ":" in text:
        prefix, _, local = text.partition(":")
        return declared[prefix] + local if prefix in declared else None
    return None
