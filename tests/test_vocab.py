"""kg/vocab.py names exactly the terms that ontology/dipkg.ttl defines."""
from __future__ import annotations

from rdflib import OWL, RDF

from kg.ontology import ontology_graph
from kg.vocab import DIP


def test_vocab_and_ontology_define_the_same_terms():
    graph = ontology_graph()
    namespace = str(DIP._NS)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    kinds += (DIP.Modality,)  # its individuals: dip:Asserted, dip:Planned ...
    defined = {str(s)[len(namespace):] for kind in kinds for s in graph.subjects(RDF.type, kind)
               if str(s).startswith(namespace)}
    named = {name for name in DIP.__annotations__}
    assert named == defined, (sorted(named - defined), sorted(defined - named))
