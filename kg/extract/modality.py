"""Is a relation asserted, planned, hypothetical or negated? And who reports it?

Negated and hypothetical relations are not emitted (DESIGN.md: "refused to meet" is not
``met``); planned ones are, with modality ``planned``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.mentions import MentionIndex

_CLAUSE_CHAIN = ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "relcl", "nsubj",
                 "nsubjpass", "attr", "appos", "compound", "amod", "nmod", "npadvmod", "oprd")


# A governing word changes the modality only when the trigger's clause is its complement
# ("refused to meet", "called for sanctions"), not when it is merely attached to it
# ("after a day of meetings with X, Clark told reporters").
_COMPLEMENT_EDGES = ("xcomp", "ccomp", "dobj", "pcomp", "attr", "oprd", "acomp", "nsubjpass", "nsubj")


def modality_of(trigger: Token, *, irrealis: bool = False) -> str | None:
    """``asserted`` or ``planned``; None when the relation is negated or hypothetical.

    ``irrealis`` predicates (threats) are about intent already: what would make another
    relation hypothetical ("vowed to retaliate", "would strike") does not cancel them.
    """
    words = lexicon.modality()
    planned = False
    chain = _governors(trigger)
    for position, node in enumerate(chain):
        markers = [c for c in node.children if c.dep_ in ("neg", "aux", "mark", "advmod", "det", "preconj")
                   and not c.ent_type_]  # "Theresa May travelled": a name, not a modal
        lemmas = {c.lemma_.lower() for c in markers} | {c.lower_ for c in markers}
        if any(c.dep_ == "neg" for c in node.children) or lemmas & {"never", "no", "neither", "nor"}:
            return None
        governs = position > 0 and _is_complement(chain[position - 1], node)
        lemma = node.lemma_.lower()
        if governs and lemma in words["negating"]:
            return None
        if governs and node.pos_ == "NOUN" and lemma in words["hypothetical_nouns"] and not irrealis:
            return None
        if node.dep_ == "prep" and node.lower_ == "without":
            return None
        if irrealis:
            pass
        elif lemmas & words["planned"] or (governs and lemma in words["planned"]):
            planned = True
        elif lemmas & (words["hypothetical"] - words["planned"]):
            return None
        elif governs and lemma in words["hypothetical"] - words["planned"]:
            return None
        if node.dep_ in ("ccomp", "ROOT"):
            break
    return "planned" if planned else "asserted"


def _is_complement(child: Token, governor: Token) -> bool:
    """Is ``child`` (on the path up from the trigger) a complement of ``governor``?"""
    if child.dep_ in _COMPLEMENT_EDGES or (child.dep_ == "acl" and governor.pos_ == "NOUN"):
        return True
    return child.dep_ == "prep" and child.lower_ in ("for", "to", "on") and governor.pos_ in ("VERB", "NOUN")


def _governors(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it within its clause."""
    chain = [trigger]
    node = trigger
    while node.dep_ in _CLAUSE_CHAIN and node.head != node and len(chain) < 8:
        node = node.head
        chain.append(node)
        if node.dep_ in ("ccomp", "ROOT", "advcl", "relcl"):
            break
    return chain


def attribution(trigger: Token, index: MentionIndex) -> str | None:
    """Who reports the relation: "TASS reported", "according to the Kremlin"; None if asserted plainly."""
    reporting = lexicon.modality()["reporting"]
    node = trigger
    for _ in range(8):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                return _source_in(child, index)
        if node.head == node:
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in reporting:
            subjects = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return _name(subjects[0], index) if subjects else None
        node = node.head
    root = trigger.sent.root
    if root.lemma_.lower() in reporting and trigger != root and not trigger.is_ancestor(root):
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].i > trigger.i:
            return _name(subjects[0], index)
    return None


def _source_in(token: Token, index: MentionIndex) -> str | None:
    for node in token.subtree:
        mention = index.at(node)
        if mention is not None and not mention.is_reference:
            return mention.name or mention.text
    return None


def _name(token: Token, index: MentionIndex) -> str:
    mention = index.at(token)
    if mention is not None and not mention.is_reference:
        return mention.name or mention.text
    return " ".join(t.text for t in token.subtree)
