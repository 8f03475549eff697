"""The dipkg ontology's terms as an rdflib namespace: a misspelt term fails loudly.

The terms mirror ``ontology/dipkg.ttl``; ``tests/test_vocab.py`` checks that both agree.

>>> str(DIP.met)
'https://w3id.org/dipkg/ontology#met'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/dipkg/ontology"
SCHEMA = Namespace("https://schema.org/")


class DIP(DefinedNamespace):
    """Classes and properties of the dipkg ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    GovernmentBody: URIRef
    PoliticalParty: URIRef
    ArmedGroup: URIRef
    MediaOrganization: URIRef
    Company: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    Talks: URIRef
    PhoneCall: URIRef
    VideoConference: URIRef
    Visit: URIRef
    Conference: URIRef
    MilitaryExercise: URIRef
    Attack: URIRef
    Election: URIRef
    Ceremony: URIRef
    Document: URIRef
    Agreement: URIRef
    Treaty: URIRef
    Statement: URIRef
    Resolution: URIRef
    Declaration: URIRef
    Measure: URIRef
    Law: URIRef
    Place: URIRef
    Topic: URIRef
    Article: URIRef
    RelationStatement: URIRef
    Modality: URIRef
    Asserted: URIRef
    Planned: URIRef
    Reported: URIRef
    Negated: URIRef
    DerivedRelation: URIRef
    RelationEvent: URIRef
    RelationState: URIRef
    EventLayer: URIRef

    # relation predicates
    leaderOf: URIRef
    officialOf: URIRef
    memberOf: URIRef
    tradePartnerOf: URIRef
    met: URIRef
    spokeWith: URIRef
    visited: URIRef
    hosted: URIRef
    held: URIRef
    attended: URIRef
    discussed: URIRef
    signed: URIRef
    approved: URIRef
    adopted: URIRef
    agreedTo: URIRef
    cooperatedWith: URIRef
    supported: URIRef
    aided: URIRef
    requested: URIRef
    rejected: URIRef
    criticized: URIRef
    accused: URIRef
    threatened: URIRef
    sanctioned: URIRef
    attacked: URIRef
    reported: URIRef
    locatedIn: URIRef
    partOf: URIRef

    # annotations
    ploverType: URIRef
    ploverMode: URIRef
    quadClass: URIRef
    cooperationScore: URIRef
    cameoCode: URIRef
    coreVocabulary: URIRef
    statePredicate: URIRef

    # statement, entity and article properties
    date: URIRef
    dateSource: URIRef
    inferred: URIRef
    inferredFrom: URIRef
    modality: URIRef
    confidence: URIRef
    evidence: URIRef
    spanStart: URIRef
    spanEnd: URIRef
    rule: URIRef
    role: URIRef
    attributedTo: URIRef
    attribution: URIRef
    isoAlpha3: URIRef
    eventDate: URIRef
    mentionCount: URIRef
    articleId: URIRef
    contentHash: URIRef

    # the event layer
    report: URIRef
    exemplar: URIRef
    reportCount: URIRef
    articleCount: URIRef
    firstReported: URIRef
    lastReported: URIRef
    dateSource: URIRef
    mergedInto: URIRef
    mergeWindowDays: URIRef
    sourceDigest: URIRef
