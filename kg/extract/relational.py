"""The relational-noun family: relations a noun states of a copula, apposition or title.

"Tajikistan's key trading partner is Russia", "Turkey, a NATO member", "NATO member
Turkey": the noun (``relational`` in ``triggers.toml``) relates its holder (the subject
of the copula, the head of the apposition) to its owner ("Tajikistan's", "of NATO").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate, tried
from kg.extract.mentions import MentionIndex
from kg.extract.modality import ASSERTED, attribution, modality_of
from kg.extract.nouns import pairs, patterns_at
from kg.lexicon import Pattern
from kg.model import Mention


def relational_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """The candidates of every relational noun in ``sent``."""
    for token in sent:
        if token.pos_ in d.NOUNS:
            yield from _relational_relations(token, index)


def _relational_relations(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    # the longest pattern first: "trading partner" is a trade relation before "partner" is a peer
    for trigger, pattern in sorted(patterns_at(token, "relational", forms=False), key=lambda tp: -len(tp[1].middle)):
        if not _has_modifiers_anywhere(token, pattern):
            continue
        # "members Greece and Turkey", "Tusk, a Civic Platform member": a noun that names its holder
        # presupposes the state whatever the clause around it ("to discuss tension between ...").
        presupposed = _names_its_holder(token)
        holder_tokens = _relational_holders(token)
        owners = args.actors(_relational_owners(token, index)) or _body_named_before(token, trigger.predicate, index)
        if token.lemma_.lower() in lexicon.words("peer_nouns"):
            possessors = [c for c in token.children if c.dep_ == d.POSS]
            owners = [m for m in owners if m.type == "Organization" and not _possessor(m, token, index)]
            holder_tokens += possessors
            presupposed = presupposed or bool(possessors)
        if token.lemma_.lower() in lexicon.words("candidacy_nouns"):
            owners = [m for m in owners if args.is_party(m)]
        fellows = _fellows(token, trigger.predicate)
        holder_tokens += fellows
        own = index.at(token)
        referring = (not holder_tokens and own is not None and own.kind == "group"
                     and any(c.dep_ == d.NUMMOD for c in token.lefts))  # not "members of Congress"
        presupposed = presupposed or referring
        reading = ASSERTED if presupposed or fellows else modality_of(token)
        holders = args.actors([m for t in holder_tokens for m in args.mentions_for(t, index)])
        if referring:
            holders = [own]  # "the two NATO members": those it refers back to, not NATO
        outside = _outsiders_from(token.sent, owners, index)
        if outside is not None:  # "four OPEC members -- A, B, C and D -- and non-OPEC nations E and F"
            holders = [h for h in holders if h.start < outside]
        rule = f"noun.{trigger.rule}"
        # "Japan and Korea are trading partners" pairs them; "trading partners such as Japan and Korea"
        # and "the main suppliers were Australia and Canada" are someone else's, not each other's
        if (not owners and trigger.symmetric and len(holders) > 1 and not _listed_examples(token)
                and token.lemma_.lower() in lexicon.words("peer_nouns")):
            yield from pairs(holders, trigger, token, rule, trigger.confidence, reading, None, pattern)
            return
        if not holders or not owners:
            yield tried(trigger.predicate, token, rule, "no holder" if not holders else "no owner",
                        pattern=pattern.text)
        for holder in holders:
            for owner in owners:
                predicate = _membership(trigger.predicate, holder, owner)
                if holder != owner and predicate:
                    yield Candidate(predicate, token, rule, holder, owner, trigger.confidence, reading,
                                    attribution(token, index), trigger.symmetric, pattern.text)
        return


def _listed_examples(token: Token) -> bool:
    """ "trading partners such as Japan and Korea", of no one named ("the EC's partners such as Japan" are the EC's)."""
    return (any(c.dep_ == d.PREP and c.lower_ in ("including", "like", "as") for c in token.children)
            and not any(c.dep_ == d.POSS for c in token.children))


def _fellows(token: Token, predicate: str) -> list[Token]:
    """ "Britain and other EC members", "Indonesia, together with other members of ASEAN": the one
    a member noun of "other" or "fellow" members is named with is a member too."""
    if predicate != "memberOf" or not any(c.lower_ in lexicon.words("fellow_words") for c in token.lefts):
        return []
    if token.dep_ == d.CONJ:
        return [token.head]
    head = token.head
    if token.dep_ == d.POBJ and head.lower_ in ("with", "like") and head.head.dep_ in (d.ADVMOD, d.ADVCL):
        return [head.head.head] if head.head.head.pos_ in d.NOUNS else []  # "X, together with ..."
    if token.dep_ == d.POBJ and head.lower_ == "with" and head.head.pos_ in d.NOUNS:
        return [head.head]  # "Indonesia along with other ASEAN members"
    return []


def _possessor(mention: Mention, token: Token, index: MentionIndex) -> bool:
    return any(mention in args.mentions_for(c, index) for c in token.children if c.dep_ == d.POSS)


def _membership(predicate: str, holder: Mention, owner: Mention) -> str | None:
    """A person sitting in a legislature holds an office of it; a person in a party or another
    organisation is its member ("Tusk, a founding Civic Platform member"); no one is a member of a person."""
    if predicate != "memberOf" or holder.type != "Person":
        return predicate
    if owner.type not in ("Organization",):
        return None
    words = set((owner.name or owner.text).lower().split())
    return "officialOf" if words & lexicon.words("legislatures") else "memberOf"


def _names_its_holder(token: Token) -> bool:
    return (token.dep_ in (d.COMPOUND, d.APPOS) and token.head.pos_ == d.PROPN) or any(
        c.dep_ == d.APPOS or (c.dep_ == d.PREP and c.lower_ in ("including", "like", "as")) for c in token.children)


def _body_named_before(token: Token, predicate: str, index: MentionIndex) -> list[Mention]:
    """ "NATO ambassadors met to discuss tension between members Greece and Turkey": members of no
    named body are members of the one international organisation the sentence named before them."""
    if predicate != "memberOf" or token.tag_ not in d.PLURAL_TAGS:
        return []
    bodies = {m.name or m.text: m for m in index.within(token.sent) if m.type == "Organization"
              and m.org_type == "InternationalOrganization" and not m.is_reference}
    if len(bodies) != 1:
        return []
    body = next(iter(bodies.values()))
    return [body] if body.end <= token.idx + index.offset else []


def _has_modifiers_anywhere(token: Token, pattern: Pattern) -> bool:
    """Modifiers may be coordinated: "key trading and economic partner"."""
    present = set()
    for child in token.lefts:
        for node in (child, *child.conjuncts):
            present.update({node.lower_, node.lemma_.lower()})
    return all(word in present for word in pattern.middle)


#: Verbs that state what their subject is: "Trump became the Republican Party's nominee".
_COPULAS = frozenset({"be", "become", "remain"})


def _outsiders_from(sent: Span, owners: list[Mention], index: MentionIndex) -> int | None:
    """Where the sentence starts naming those outside an owner: "non-OPEC nations Bahrain and Oman"
    (the character offset of "non"), if it does."""
    for token in sent:
        if token.lower_ == "non" and token.i + 2 < sent.end and token.nbor(1).text == "-":
            word = token.nbor(2).text
            if any(word in (owner.text, owner.name) for owner in owners):
                return token.idx + index.offset
    return None


def _relational_holders(token: Token) -> list[Token]:
    head = token.head
    if token.dep_ == d.ATTR and head.lemma_ in _COPULAS:
        # "were part of the task force"; "to be part of the EU": the subject the clause takes
        return [c for c in head.children if c.dep_ == d.NSUBJ] or args.subject_tokens(head)
    if token.dep_ == d.NSUBJ and head.lemma_ in _COPULAS:
        return [c for c in head.children if c.dep_ == d.ATTR]
    if token.dep_ == d.APPOS:
        return [head]
    if token.dep_ in (d.COMPOUND, d.AMOD) and head.pos_ == d.PROPN:
        return [head]
    # "EU member states such as Hungary", "OPEC members including Iraq": the ones named
    return [c for c in token.children if c.dep_ == d.APPOS] + args.included_tokens(token)


def _relational_owners(token: Token, index: MentionIndex) -> list[Mention]:
    owners: list[Mention] = []
    for child in token.children:
        if child.dep_ == d.POSS or (child.dep_ in (d.COMPOUND, d.NMOD) and child.i < token.i):
            owners += args.mentions_for(child, index)
        elif child.dep_ == d.PREP and child.lower_ in ("of", "to"):
            owners += [m for p in child.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index)]
    return owners
