"""Print the real model's parse of a text as a table for a hand-built rule test.

Run it once while writing a case, then paste the table into the test:

    .venv/bin/python tests/rules/parse_table.py "Putin met Rahmon on Monday."

One row per token: index, word, lemma, POS, tag, dependency, head (absolute index) and the
entity label, if any ("B-" when an entity starts right after another of the same label).
The rule tests never run the model; the table is theirs to keep.
"""
from __future__ import annotations

import sys


def table(doc) -> str:
    """The rows of ``doc`` in the notation of ``tests/rules/conftest.py``."""
    rows = []
    for token in doc:
        ent = ""
        if token.ent_type_:
            previous = doc[token.i - 1] if token.i > 0 else None
            starts_again = (token.ent_iob_ == "B" and previous is not None
                            and previous.ent_type_ == token.ent_type_)
            ent = ("B-" if starts_again else "") + token.ent_type_
        rows.append([str(token.i), token.text, token.lemma_, token.pos_, token.tag_, token.dep_, str(token.head.i),
                     ent])
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


def main(texts: list[str]) -> None:
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    for text in texts:
        print(f'("{text}", """\n{table(nlp(text))}\n"""),')


if __name__ == "__main__":
    main(sys.argv[1:])
