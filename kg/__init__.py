"""dipkg: a knowledge-graph builder for diplomatic relations.

News articles go in; an RDF graph of who did what to whom comes out.

>>> import kg
>>> kg.__version__
'0.1.0'
"""
from __future__ import annotations

__version__ = "0.1.0"

from kg.model import Article, Entity, Mention, Provenance, Relation  # noqa: E402

__all__ = ["Article", "Entity", "Mention", "Provenance", "Relation", "__version__"]
