"""Extraction: from a parsed article to relations between mentions.

One module per rule family, each read top to bottom in :mod:`kg.extract.extractor`:
``names``, ``titles`` and ``mentions`` (what the text refers to), ``roles`` (leaderOf and
officialOf from titles), ``verbs``, ``nouns`` and ``relational`` (trigger patterns of
``kg/lexicon/triggers.toml``), ``modality``, ``coref`` and ``dates``; ``arguments`` is
the argument-reading API the families share and ``deps`` names the parser's labels.

>>> from kg.nlp import load_pipeline
>>> from kg.model import Article
>>> import datetime as dt
>>> article = Article(id="a", text="Vladimir Putin met Emomali Rahmon on Monday.", date=dt.date(2022, 5, 17))
>>> found = extract(load_pipeline()(article.text), article)
>>> [(x.subject.name, x.predicate, x.object.name, x.date) for x in found.relations]
[('Vladimir Putin', 'met', 'Emomali Rahmon', '2022-05-16')]
"""
from kg.extract.candidates import Candidate, Decision, SentenceTrace, Trace
from kg.extract.extractor import Extracted, extract, find_mentions

__all__ = ["Candidate", "Decision", "Extracted", "SentenceTrace", "Trace", "extract", "find_mentions"]
