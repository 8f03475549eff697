"""The tally of problems: the first of each input in full, the rest counted, in bounded memory."""
from __future__ import annotations

from kg.model import Problem
from kg.problems import COUNTED_INPUTS, ProblemTally, skipped_lines


def test_the_first_twenty_of_an_input_are_listed_and_the_rest_summarised():
    tally = ProblemTally()
    shown = [tally.add(Problem("big.jsonl.gz", "malformed JSON (Expecting value at column 1)", line=n))
             for n in range(1, 10_001)]
    shown.append(tally.add(Problem("other.txt", "empty file")))
    assert shown.count(True) == 21 and shown[-1] is True
    assert len(tally) == 10_001
    assert tally.summary() == ["big.jsonl.gz: 9,980 more problems not listed: 9,980 × malformed JSON "
                               "(Expecting value at column N)"]
    assert len(skipped_lines(tally)) == 22


def test_the_list_and_the_counts_stay_bounded_whatever_the_inputs():
    tally = ProblemTally(listed_max=100)
    for n in range(5 * COUNTED_INPUTS):
        tally.add(Problem(f"file-{n}.txt", f"article 'a{n}' is not English (de, 0.{n % 100:02d})"))
        tally.add(Problem("feed.jsonl", f"reason number {n} of its own kind x{'y' * (n % 50)}", line=n))
    assert len(tally.listed) == 100 and len(tally) == 10 * COUNTED_INPUTS
    lines = tally.summary()
    assert len(lines) <= COUNTED_INPUTS + 1 and any(line.startswith("other inputs: ") for line in lines)
    assert "and " in next(line for line in lines if line.startswith("feed.jsonl: "))  # kinds pooled beyond 20
