"""The affiliation family: a person named with the organisation they belong to.

"Sabrina Bennoui of Reporters Without Borders", "Nikki Holland, of the National Crime
Agency": a named person followed by "of" (or "from") and a public body speaks for it, as
an official, or belongs to it, as a member of a party or an armed group. Companies and
media are left out: their analysts and reporters are sources, not actors. A place ("Mike Lee
of Utah") or a country ("a man of Iraq") says where a person is from, not whom they serve.
The words and confidences are data (``rules.toml``, ``[affiliation]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Kenneth Roth of Human Rights Watch criticized the ruling.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in affiliation_candidates(next(doc.sents), find_mentions(doc))]
[('Kenneth Roth', 'officialOf', 'Human Rights Watch')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex
from kg.extract.modality import ASSERTED
from kg.model import Mention


def affiliation_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """The organisation each named person of ``sent`` is said to be "of"."""
    settings = lexicon.rules()["affiliation"]
    rule = f"affiliation.of.v{settings['version']}"
    for person in index.within(sent):
        if person.type != "Person" or person.kind != "name":
            continue
        span = index.span(person)
        for prep in _prepositions_after(span, settings["prepositions"]):
            for organization in _organizations(prep, index):
                yield Candidate(_predicate(organization), prep, rule, person, organization,
                                settings["confidence"], ASSERTED, None, False, pattern=f"<person> {prep.lower_} <org>")


def _prepositions_after(span: Span, prepositions: list[str]) -> list[Token]:
    """ "of" hanging from the name, right after it or after a comma: "Hotak, of the council"."""
    return [c for c in span.root.children if c.dep_ == d.PREP and c.lower_ in prepositions
            and (c.i == span.end or (c.i == span.end + 1 and span.doc[span.end].text == ","))]


def _organizations(prep: Token, index: MentionIndex) -> list[Mention]:
    found = [index.at(p) for p in prep.children if p.dep_ == d.POBJ]
    return [m for m in found if m is not None and m.type == "Organization" and not m.is_reference
            and _is_public_body(m)]


def _is_public_body(organization: Mention) -> bool:
    """Governments, international bodies, parties, armed groups and NGOs, known or named as one
    ("the California Energy Commission"). An analyst "of Salomon Brothers" or a reporter "of
    PBS" is a source, not an actor the graph is about."""
    settings = lexicon.rules()["affiliation"]
    if organization.org_type is not None:
        return organization.org_type in settings["organization_types"]
    words = set((organization.name or organization.text).lower().split())
    return bool(words & set(settings["bodies"]))


def _predicate(organization: Mention) -> str:
    """Members of parties and armed groups; officials of everything else (a ministry, an NGO, a court)."""
    words = set((organization.name or organization.text).lower().split())
    party = organization.org_type in ("PoliticalParty", "ArmedGroup") or bool(words & lexicon.words("parties"))
    return "memberOf" if party else "officialOf"
