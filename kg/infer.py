"""Inference: the relations other relations entail (``kg/lexicon/inference.toml``).

Runs on one article's resolved relations: each rule derives a relation ``to`` from a
relation ``from`` between the same entities. A derived relation says so: its rule is
``infer.<name>.v<version>``, its provenance names the relations it follows from
(``derived_from``, their statement keys), its confidence is lower; in RDF it is marked
``dip:inferred`` with ``dip:inferredFrom`` links. A relation the text states as well is not
derived again.

>>> from kg.model import Entity, Provenance, Relation, ArticleResult, Article
>>> xi, putin = Entity("id:xi", "Xi Jinping", "Person"), Entity("id:putin", "Vladimir Putin", "Person")
>>> hosted = Relation(xi, "hosted", putin, Provenance("a", "Xi hosted Putin.", (0, 16), "verb.host.v1", 0.8))
>>> [(r.predicate, r.provenance.rule) for r in infer(ArticleResult(Article("a", "Xi hosted Putin."), [hosted])).relations]
[('hosted', 'verb.host.v1'), ('met', 'infer.host-meets.v1')]
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from kg import lexicon
from kg.model import ArticleResult, Relation
from kg.ontology import predicates, symmetric_predicates


@dataclass(frozen=True, slots=True)
class InferenceRule:
    """One rule of ``inference.toml``."""

    name: str
    version: int
    source: str
    target: str
    object_types: frozenset[str]
    swap: bool
    factor: float

    @property
    def rule(self) -> str:
        """The versioned rule name recorded in provenance."""
        return f"infer.{self.name}.v{self.version}"

    def applies(self, relation: Relation) -> bool:
        """Does the rule derive something from ``relation``?"""
        types = {relation.object.type, relation.object.subtype}
        return relation.predicate == self.source and (not self.object_types or bool(types & self.object_types))


@functools.cache
def rules() -> tuple[InferenceRule, ...]:
    """The inference rules, checked against their schema and the ontology."""

    path = lexicon.HERE / "inference.toml"
    data = lexicon.validate(lexicon._load_toml(path), "inference", path)
    known = predicates()
    found = []
    for i, table in enumerate(data["rule"], 1):
        for key in ("from", "to"):
            if table[key] not in known:
                raise lexicon.LexiconError(
                    f"{path}: [[rule]] {i} {key!r}: {table[key]!r} is not a predicate of the ontology")
        found.append(InferenceRule(table["name"], table["version"], table["from"], table["to"],
                                   frozenset(table.get("object_types", [])), table.get("swap", False), table["factor"]))
    return tuple(found)


def infer(result: ArticleResult) -> ArticleResult:
    """``result`` with the relations its relations entail added after them."""
    stated = {(r.subject.id, r.predicate, r.object.id) for r in result.relations}
    symmetric = symmetric_predicates()
    derived: list[Relation] = []
    for relation in result.relations:
        for rule in rules():
            if not rule.applies(relation):
                continue
            subject, obj = (relation.object, relation.subject) if rule.swap else (relation.subject, relation.object)
            key = (subject.id, rule.target, obj.id)
            if key in stated or (rule.target in symmetric and (obj.id, rule.target, subject.id) in stated):
                continue
            stated.add(key)
            provenance = replace(relation.provenance, rule=rule.rule, derived_from=(relation.key,),
                                 confidence=round(relation.provenance.confidence * rule.factor, 3))
            derived.append(replace(relation, subject=subject, predicate=rule.target, object=obj,
                                   provenance=provenance, role=None))
    if not derived:
        return result
    return ArticleResult(result.article, result.relations + derived, result.entities, result.warnings)

