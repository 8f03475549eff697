"""The problems of a run, in bounded memory: the first ones of each input in full, the rest counted.

A gzipped JSONL file of a few kilobytes can expand to millions of bad lines; listing each
would print millions of lines and keep them all. A :class:`ProblemTally` keeps the first
:data:`PER_INPUT` problems of each input (and :data:`LISTED` in all) and counts the others
by kind of reason, per input.

>>> from kg.model import Problem
>>> tally = ProblemTally(per_input=2)
>>> [tally.add(Problem("feed.jsonl", f"malformed JSON (Expecting value at column {n})", line=n)) for n in (1, 2, 3, 4)]
[True, True, False, False]
>>> len(tally), tally.summary()
(4, ['feed.jsonl: 2 more problems not listed: 2 × malformed JSON (Expecting value at column N)'])
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.model import Problem

#: Problems listed in full per input (a file, or one JSONL file's lines), and in all.
PER_INPUT = 20
LISTED = 1000
#: Inputs whose unlisted problems are counted each on their own; beyond, they are pooled.
COUNTED_INPUTS = 1000
_OTHER_INPUTS = "other inputs"
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NUMBER = re.compile(r"\d[\d,.]*")


def reason_kind(reason: str) -> str:
    """A reason without its particulars (quoted ids, numbers), so that repeated problems count as one kind.

    >>> reason_kind("article 'x-12' is not English (de, 0.99)")
    "article '…' is not English (de, N)"
    """
    return _NUMBER.sub("N", _QUOTED.sub("'…'", reason))


@dataclass
class ProblemTally:
    """Problems seen, the first of each input kept in full, the others counted by input and kind."""

    per_input: int = PER_INPUT
    listed_max: int = LISTED
    listed: list[Problem] = field(default_factory=list)
    total: int = 0
    _per_source: Counter = field(default_factory=Counter)
    _unlisted: defaultdict = field(default_factory=lambda: defaultdict(Counter))

    def add(self, problem: Problem) -> bool:
        """Count ``problem``; True when it is one to show in full."""
        self.total += 1
        if len(self._per_source) < COUNTED_INPUTS or problem.source in self._per_source:
            self._per_source[problem.source] += 1
            shown = self._per_source[problem.source] <= self.per_input
        else:
            shown = False
        if shown and len(self.listed) < self.listed_max:
            self.listed.append(problem)
            return True
        source = problem.source if problem.source in self._unlisted or len(self._unlisted) < COUNTED_INPUTS \
            else _OTHER_INPUTS
        kinds = self._unlisted[source]
        kind = reason_kind(problem.reason)
        kinds[kind if kind in kinds or len(kinds) < 20 else "other reasons"] += 1
        return False

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0

    def summary(self) -> list[str]:
        """One line per input with problems not listed: how many, and of which kinds."""
        lines = []
        for source, kinds in self._unlisted.items():
            count = sum(kinds.values())
            detail = "; ".join(f"{n:,} × {kind}" for kind, n in kinds.most_common(5))
            more = f"; and {len(kinds) - 5} other kinds" if len(kinds) > 5 else ""
            lines.append(f"{source}: {count:,} more problem{'s' * (count != 1)} not listed: {detail}{more}")
        return lines


def skipped_lines(tally: ProblemTally) -> list[str]:
    """The problems listed in full, then one line per input for the ones counted only."""
    return [str(problem) for problem in tally.listed] + tally.summary()
