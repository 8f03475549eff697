"""The composition family: a body said to be made of its members.

"The bloc includes Brazil, Russia, India, China and South Africa", "the Quad is made up of the
United States, Japan, India and Australia", "the GCC, which groups Saudi Arabia, Kuwait and
Qatar", "the EC's twelve members include Spain and Portugal": each country or body named is a
member of the organisation. The words are data (``rules.toml``, ``[composition]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("NATO includes Norway and Denmark.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in composition_candidates(next(doc.sents), find_mentions(doc))]
[('Norway', 'memberOf', 'NATO'), ('Denmark', 'memberOf', 'NATO')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex
from kg.extract.modality import ASSERTED, attribution, modality_of
from kg.model import Mention


def composition_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """Memberships stated by a verb of composition whose subject is an organisation."""
    settings = lexicon.rules()["composition"]
    rule = f"composition.members.v{settings['version']}"
    for verb in sent:
        if verb.pos_ not in d.VERBS or verb.lemma_.lower() not in settings["verbs"]:
            continue
        body = _body(verb, index)
        if body is None:
            continue
        reading = modality_of(verb)
        for member in _members(verb, settings, index):
            if member != body:
                yield Candidate("memberOf", verb, rule, member, body, settings["confidence"], reading,
                                attribution(verb, index), False, pattern=f"<body> {verb.lemma_.lower()} <members>")
    yield from _listed_members(sent, index, settings)


def _listed_members(sent: Span, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "The Group of Seven -- the U.S., Japan, West Germany, France ... --": countries listed in
    apposition to an international organisation are its members (two at least: one is a name)."""
    rule = f"composition.listed.v{settings['version']}"
    for token in sent:
        body = index.at(token)
        if body is None or body.type != "Organization" or body.org_type != "InternationalOrganization":
            continue
        listed = [m for c in token.children if c.dep_ == d.APPOS for h in (c, *c.conjuncts)
                  if (m := index.at(h)) is not None and m.type == "Country" and not m.is_reference]
        if len({m.code for m in listed}) < 2:
            continue
        for member in listed:
            yield Candidate("memberOf", token, rule, member, body, settings["confidence"], ASSERTED, None, False,
                            pattern="<body> -- <members> --")


def _body(verb: Token, index: MentionIndex) -> Mention | None:
    """The organisation the verb's subject names: "the bloc", "NATO", "the EC's members"."""
    grown = _enlarged(verb)
    if grown is not None:
        subjects = grown
    elif verb.dep_ in (d.ACL, d.ADVCL) and verb.tag_ in ("VBG", "VBN"):
        # "the Quad, comprising ...": what the participle describes, not the clause's subject ("Tesco
        # centralized its management in the region, comprising Czechia, Hungary ...")
        subjects = [verb.head] if verb.dep_ == d.ACL else []
    else:
        subjects = ([c for c in verb.children if c.dep_ == d.NSUBJPASS] if args.is_passive(verb)  # "is made up of"
                    else args.subject_tokens(verb))  # "the GCC, which groups": the antecedent
    for subject in subjects:
        mention = index.at(subject)
        if mention is not None and mention.type == "Organization" and mention.org_type != "GovernmentBody":
            return mention  # a legislature's members are people and parties, not what it is made of
        if subject.lower_ in lexicon.words("members"):  # "the EC's twelve members include"
            owners = [m for m in args.owners_for(subject, index) if m.type == "Organization"]
            if len(owners) == 1:
                return owners[0]
    return None


def _enlarged(verb: Token) -> list[Token] | None:
    """What grows to include new members: "the EC was enlarged to include" (the EC), "the enlargement of
    the EC to include", "NATO's expansion to include". None when the verb is no such complement."""
    head = verb.head
    if verb.dep_ not in (d.XCOMP, d.ACL, d.ADVCL) or head.lemma_.lower() not in lexicon.rules()["composition"]["enlarging"]:
        return None
    if head.pos_ in d.VERBS:
        return args.patients(head) or args.subject_tokens(head)
    owners = [c for c in head.children if c.dep_ == d.POSS]
    return owners + [p for c in head.children if c.dep_ == d.PREP and c.lower_ == "of"
                     for p in c.children if p.dep_ == d.POBJ]


def _members(verb: Token, settings: dict, index: MentionIndex) -> list[Mention]:
    """The countries and bodies the verb lists: its object, or the object of "of" ("made up of")."""
    targets = [c for c in verb.children if c.dep_ == d.DOBJ]
    targets += [p for c in verb.children if c.dep_ in (d.PREP, d.AGENT) and c.lower_ in settings["prepositions"]
                for p in c.children if p.dep_ == d.POBJ]
    return [m for t in targets for m in args.mentions_for(t, index) if not m.is_reference
            and (m.type == "Country" or (m.type == "Organization" and m.org_type == "InternationalOrganization"))]
