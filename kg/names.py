"""Find an entity by the name a person types: its IRI, its full label, a surname, part of a name.

Shared by ``kg stats``, ``kg events``, ``kg view`` and the name parameters of ``kg query``,
so that "Reagan" means the same everywhere, an ambiguous name lists its candidates and a
misspelt one gets the nearest labels.

>>> labels = {"id:rr": "Ronald Reagan", "id:nr": "Nancy Reagan", "id:ms": "Mikhail Gorbachev"}
>>> match_name("gorbachev", labels)
'id:ms'
>>> match_name("Reagan", labels)
Traceback (most recent call last):
kg.names.AmbiguousName: 'Reagan' matches 2 names: Nancy Reagan, Ronald Reagan (give one in full)
>>> match_name("Gorbachov", labels)
Traceback (most recent call last):
kg.names.UnknownName: no entity is called 'Gorbachov'; did you mean Mikhail Gorbachev?
"""
from __future__ import annotations

import difflib
from collections.abc import Mapping

#: How many candidates an error lists.
SHOWN = 8


class UnknownName(KeyError):
    """No single entity has the name; the message lists the candidates or the nearest names."""

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousName(UnknownName):
    """Several entities have the name; the message lists them."""


def match_name(name: str, labels: Mapping[str, str], *, kind: str = "entity") -> str:
    """The key of ``labels`` (IRI -> label) that ``name`` means; :class:`UnknownName` otherwise.

    In order: the IRI itself; the label, case aside; the one label whose words include the
    name's ("Reagan", "Joe Biden" for "Biden"), or of several the one that ends with them (a
    surname: "Ronald Reagan", not "Reagan Administration"); the one label that contains it as
    text. Several labels at a step are an error that names them. ``kind`` words the messages.

    >>> match_name("Reagan", {"id:r": "Ronald Reagan", "id:a": "Reagan Administration"})
    'id:r'
    """
    if name in labels:
        return name
    wanted = name.casefold().split()
    for fits in (lambda words: words == wanted, lambda words: _contains_words(words, wanted),
                 lambda words: " ".join(wanted) in " ".join(words)):
        found = _found(labels, fits)
        if len(found) > 1:
            ending = {label: key for label, key in found.items() if label.casefold().split()[-len(wanted):] == wanted}
            found = ending or found
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            listed = ", ".join(sorted(found)[:SHOWN]) + (", ..." if len(found) > SHOWN else "")
            raise AmbiguousName(f"{name!r} matches {len(found)} names: {listed} (give one in full)")
    hint = nearest(name, labels.values())
    raise UnknownName(f"no {kind} is called {name!r}" + (f"; did you mean {' or '.join(hint)}?" if hint else ""))


def nearest(name: str, labels, *, limit: int = 3) -> list[str]:
    """The labels nearest to a misspelt name, by the whole label or by one of its words.

    >>> nearest("Tatcher", ["Margaret Thatcher", "Mikhail Gorbachev"])
    ['Margaret Thatcher']
    """
    labels = sorted(set(labels))
    by_word: dict[str, set[str]] = {}
    for label in labels:
        for word in label.casefold().split():
            by_word.setdefault(word, set()).add(label)
    key = name.casefold()
    close = difflib.get_close_matches(key, [label.casefold() for label in labels], n=limit, cutoff=0.75)
    found = [label for c in close for label in labels if label.casefold() == c]
    for word in difflib.get_close_matches(key, list(by_word), n=limit, cutoff=0.75):
        found += sorted(by_word[word])
    return list(dict.fromkeys(found))[:limit]


def _found(labels: Mapping[str, str], fits) -> dict[str, str]:
    """Label -> key of the labels that fit (one key per label: the same name is the same entity here)."""
    found: dict[str, str] = {}
    for key, label in sorted(labels.items()):
        if label and fits(label.casefold().split()):
            found.setdefault(label, key)
    return found


def _contains_words(words: list[str], wanted: list[str]) -> bool:
    n = len(wanted)
    return any(words[i:i + n] == wanted for i in range(len(words) - n + 1))
