"""Rule tests on hand-built parses: a Doc made from a table of tokens, and the rule families run on it.

A case gives the text and its parse, one row per token, as the real model parsed it once
(``tests/rules/parse_table.py`` prints the table; the tests never run the model):

    i  word       lemma      POS    tag  dep       head  [entity]
    0  Putin      Putin      PROPN  NNP  nsubj     1     PERSON
    1  met        meet       VERB   VBD  ROOT      1
    2  Rahmon     Rahmon     PROPN  NNP  dobj      1     PERSON
    3  .          .          PUNCT  .    punct     1

Heads are absolute token indices. Consecutive tokens with the same entity label form one
entity; ``B-LABEL`` starts a new one right after another of that label. Whitespace comes
from the text, so character offsets are the real ones. The Doc uses the vocab of the real
pipeline (``kg.nlp.load_pipeline``), so lexeme attributes (``is_title``, ``lower_``) work.

The tests reach these helpers through fixtures (``parse``, ``mentions``, ``candidates``,
``described``, ``describe``, ``word``, ``name``), never by importing this module: a second
module named ``conftest`` would shadow ``tests/conftest.py`` (hence the package's
``__init__.py``).
"""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span, Token

from kg.extract.candidates import Candidate
from kg.extract.extractor import find_mentions
from kg.extract.mentions import MentionIndex
from kg.model import Mention

#: The article date of every case unless one is given: a Tuesday.
PUBLISHED = dt.date(2022, 5, 17)


def _rows(table: str) -> list[list[str]]:
    return [line.split() for line in table.strip().splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _spaces(text: str, words: list[str]) -> list[bool]:
    """Whether each word is followed by whitespace in ``text`` (the words must spell it)."""
    spaces, at = [], 0
    for word in words:
        while at < len(text) and text[at].isspace():
            at += 1
        if text[at:at + len(word)] != word:
            raise ValueError(f"word {word!r} is not at character {at} of {text!r}")
        at += len(word)
        spaces.append(at < len(text) and text[at].isspace())
    if text[at:].strip():
        raise ValueError(f"the words end before the text: {text[at:]!r} left")
    return spaces


def _iob(labels: list[str]) -> list[str]:
    tags, previous = [], None
    for label in labels:
        if not label:
            tags.append("O")
        elif label.startswith("B-"):
            tags.append(label)
        else:
            tags.append(f"I-{label}" if label == previous else f"B-{label}")
        previous = label.removeprefix("B-") or None
    return tags


def build_doc(vocab, text: str, table: str) -> Doc:
    """The Doc of ``text`` parsed as ``table`` says (see the module's docstring)."""
    rows = _rows(table)
    for n, row in enumerate(rows):
        if len(row) not in (7, 8) or row[0] != str(n):
            raise ValueError(f"row {n} of the table of {text!r} is malformed: {row}")
    words = [r[1] for r in rows]
    return Doc(vocab, words=words, spaces=_spaces(text, words), lemmas=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], deps=[r[5] for r in rows],
               heads=[int(r[6]) for r in rows], ents=_iob([r[7] if len(r) == 8 else "" for r in rows]))


@pytest.fixture(scope="session")
def vocab():
    """The vocab of the real pipeline (its statistical components are never run here)."""
    from kg.nlp import load_pipeline

    return load_pipeline().vocab


@pytest.fixture(scope="session")
def parse(vocab):
    """``parse(text, table)``: the hand-built Doc of ``text``."""
    return lambda text, table: build_doc(vocab, text, table)


@pytest.fixture(scope="session")
def mentions():
    """``mentions(doc, date=PUBLISHED)``: the MentionIndex of ``doc``, as extraction builds it."""
    return lambda doc, date=PUBLISHED: find_mentions(doc, date=date)


def token(doc: Doc, word: str, nth: int = 0) -> Token:
    """The ``nth`` token of ``doc`` spelt ``word``."""
    return [t for t in doc if t.text == word][nth]


@pytest.fixture(scope="session")
def word():
    """``word(doc, "met")``: the token spelt so (``nth`` for a later one)."""
    return token


def label(mention: Mention | None) -> str | None:
    """How a test names a mention: its canonical name, else its text."""
    return None if mention is None else (mention.name or mention.text)


@pytest.fixture(scope="session")
def name():
    """``name(mention)``: the mention's canonical name, else its text."""
    return label


def describe(mention: Mention) -> tuple:
    """(text, type, kind, fields) of a mention; ``fields`` holds the optional fields that are set."""
    fields = {key: getattr(mention, key) for key in ("name", "code", "title", "event_class", "org_type", "reference")
              if getattr(mention, key)}
    return (mention.text, mention.type, mention.kind, fields)


@pytest.fixture(scope="session", name="describe")
def describe_fixture():
    """``describe(mention)``: see :func:`describe`."""
    return describe


@pytest.fixture(scope="session")
def described(parse, mentions):
    """``described(text, table, date=PUBLISHED)``: every mention of the text, in text order, as
    :func:`describe` tuples."""
    def run(text: str, table: str, date: dt.date | None = PUBLISHED) -> list[tuple]:
        return [describe(m) for m in mentions(parse(text, table), date).mentions]

    return run


def summary(candidate: Candidate) -> tuple:
    """(predicate, subject, object, modality, problem) of a candidate, arguments by :func:`label`."""
    return (candidate.predicate, label(candidate.subject), label(candidate.object), candidate.modality,
            candidate.problem)


@pytest.fixture(scope="session")
def candidates(parse, mentions):
    """``candidates(family, text, table, date=PUBLISHED)``: what one relation family yields for the
    first sentence, as :func:`summary` tuples. ``family`` is a generator over (sentence, index)
    such as :func:`kg.extract.verbs.verb_candidates`."""
    def run(family, text: str, table: str, date: dt.date | None = PUBLISHED) -> list[tuple]:
        doc = parse(text, table)
        index: MentionIndex = mentions(doc, date)
        sent: Span = next(iter(doc.sents))
        return [summary(c) for c in family(sent, index)]

    return run
