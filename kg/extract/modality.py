"""Modality: is a relation asserted, planned, hypothetical or negated? And who reports it?

Negated and hypothetical relations are not emitted (DESIGN.md: "refused to meet" is not
``met``); planned ones are, with modality ``planned``. :func:`modality_of` says which, and
names the word that decided it, so that ``kg explain`` can show why a candidate was dropped.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Putin refused to meet Rahmon.")
>>> modality_of(doc[3])
Reading(modality='negated', cue='refused')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from kg import lexicon
from kg.extract import deps as d
from kg.extract.mentions import MentionIndex

Modality = Literal["asserted", "planned", "hypothetical", "negated"]

#: The edges followed up from a trigger to the words that govern it within its clause.
_CLAUSE_CHAIN = frozenset({d.XCOMP, d.CCOMP, d.CONJ, d.ADVCL, d.PCOMP, d.POBJ, d.PREP, d.DOBJ, d.ACL, d.RELCL,
                           d.NSUBJ, d.NSUBJPASS, d.ATTR, d.APPOS, d.COMPOUND, d.AMOD, d.NMOD, d.NPADVMOD, d.OPRD})
#: Where the walk up stops: the clause's own head.
_CLAUSE_HEADS = frozenset({d.CCOMP, d.ROOT, d.ADVCL, d.RELCL})
#: A governing word changes the modality only when the trigger's clause is its complement
#: ("refused to meet", "called for sanctions"), not when it is merely attached to it
#: ("after a day of meetings with X, Clark told reporters").
_COMPLEMENT_EDGES = frozenset({d.XCOMP, d.CCOMP, d.DOBJ, d.PCOMP, d.ATTR, d.OPRD, d.ACOMP, d.NSUBJPASS, d.NSUBJ})
#: Children of a governing word that can mark negation or mood.
_MARKER_EDGES = frozenset({d.NEG, d.AUX_DEP, d.MARK, d.ADVMOD, d.DET, d.PRECONJ})
_NEGATIVE_WORDS = frozenset({"never", "no", "neither", "nor"})
_OPEN_QUESTIONS = frozenset({"if", "unless", "whether"})
_EMITTED = frozenset({"asserted", "planned"})
#: Modals of mere possibility, which make even a threat hypothetical.
_POSSIBILITY = frozenset({"could", "might", "may"})


@dataclass(frozen=True, slots=True)
class Reading:
    """The modality of a trigger and the word that decided it (None for a plain assertion)."""

    modality: Modality
    cue: str | None = None

    @property
    def emitted(self) -> bool:
        """Asserted and planned relations are emitted; negated and hypothetical ones are not."""
        return self.modality in _EMITTED


ASSERTED = Reading("asserted")


def modality_of(trigger: Token, *, irrealis: bool = False) -> Reading:
    """How the clause of ``trigger`` and the words governing it present the relation.

    ``irrealis`` predicates (threats) are about intent already: what would make another
    relation hypothetical ("vowed to retaliate", "would strike") does not cancel them.
    """
    words = lexicon.modality()
    planned: str | None = None
    chain = _governors(trigger)
    for position, node in enumerate(chain):
        # "The US accuses Iran of seeking weapons, a charge Tehran denies": a denial after the clause, past a
        # comma, disputes what the clause says; the accusing stands
        governs = position > 0 and _is_complement(chain[position - 1], node) and not _disputed_after(chain[position - 1])
        cues = _marker_words(node)
        negation = _negation(node, cues, governs, words, irrealis=irrealis)
        if negation is not None:
            return negation
        if not irrealis:
            mood = _mood(node, cues, governs, words)
            if mood is not None and mood.modality == "hypothetical":
                return mood
            planned = planned or (mood.cue if mood is not None else None)
        elif position == 0 and cues.keys() & _POSSIBILITY:
            # "could threaten" is a possibility of a threat; "vowed to strike" is a threat
            return Reading("hypothetical", cues[min(cues.keys() & _POSSIBILITY)].text)
        elif position > 0 and _asks_another(node) and _to_infinitive(chain[position - 1]):
            # "Congress urged Reagan to retaliate against Japan": the threat is asked of Reagan, not his
            return Reading("hypothetical", node.text)
        if node.dep_ == d.CCOMP and _bare_infinitive(node):
            continue  # "would help him forge a partnership": the helping's mood is the forging's
        if node.dep_ in (d.CCOMP, d.ROOT):
            if planned and _forecast(node, words):
                return Reading("hypothetical", node.head.text)  # "he expects the House will approve the bill"
            if is_denied_clause(node) and not _disputed_after(node):
                return Reading("negated", node.head.text)
            if node.dep_ == d.CCOMP and any(c.dep_ == d.NEG for c in node.head.children) and (
                    node.head.lemma_.lower() not in words["reporting"]):
                return Reading("negated", node.head.text)  # "did not mean the US was sending a warning"
            break
        if node.dep_ == d.RELCL:
            break  # a relative clause asserts on its own: "the plan, which Germany rejected, failed"
        if node.dep_ in (d.AMOD, d.ACL) and node.tag_ == "VBN":
            break  # a participle describing a noun presupposes: "the Cuban-backed government refused"
    return Reading("planned", planned) if planned else ASSERTED


def _disputed_after(clause: Token) -> bool:
    """Is ``clause`` a statement its governor comments on after a comma ("..., a charge Tehran denies")?"""
    head = clause.head
    return clause.i < head.i and any(t.text == "," for t in clause.doc[clause.right_edge.i + 1:head.i + 1])


def _bare_infinitive(clause: Token) -> bool:
    """ "help him forge", "let Iran enrich": a bare infinitive the parser made a clause of its own,
    which has no mood but its governor's (not "demanded that Iraq withdraw", marked by "that")."""
    return clause.tag_ == "VB" and not any(c.dep_ in (d.AUX_DEP, d.MARK, d.AUXPASS) for c in clause.children)


def _to_infinitive(clause: Token) -> bool:
    """ "to retaliate", however the parser hangs it: "urged Reagan to retaliate", "called on Reagan to retaliate"."""
    return clause.dep_ in (d.XCOMP, d.ADVCL, d.CCOMP) and any(
        c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in clause.children)


def _asks_another(verb: Token) -> bool:
    """A verb asking its object to do its complement: "urged Reagan to", "was asked to"."""
    return verb.lemma_.lower() in lexicon.words("object_control") and verb.lemma_.lower() not in ("help", "allow") and (
        any(c.dep_ in (d.DOBJ, d.NSUBJPASS) or (c.dep_ == d.PREP and c.lower_ in ("on", "upon"))
            for c in verb.children))  # "called on Reagan to retaliate"


def _forecast(clause: Token, words: dict) -> bool:
    """Is ``clause`` what someone predicts or hopes ("predicted Congress will pass a bill", "is
    optimistic the Council will reject it")? Not what a schedule says: "is expected to visit"."""
    head = clause.head
    return (clause.dep_ == d.CCOMP and head.lemma_.lower() in words["forecasting"]
            and not any(c.dep_ == d.AUXPASS for c in head.children))


def is_denied_clause(clause: Token) -> bool:
    """Is ``clause`` what a verb of denial denies ("Russia denied that it attacked Ukraine")? A
    reported clause otherwise stands for itself ("said that it attacked")."""
    return clause.dep_ == d.CCOMP and clause.head.lemma_.lower() in lexicon.modality()["denying"]


def _marker_words(node: Token) -> dict[str, Token]:
    """The lemmas and forms of the words marking ``node`` ("not", "will", "if"), to the word."""
    markers = [c for c in node.children if c.dep_ in _MARKER_EDGES
               and not c.ent_type_]  # "Theresa May travelled": a name, not a modal
    found = {c.lemma_.lower(): c for c in markers}
    found.update({c.lower_: c for c in markers})
    return found


def _negation(node: Token, cues: dict[str, Token], governs: bool, words: dict, *, irrealis: bool) -> Reading | None:
    negator = next((c for c in node.children if c.dep_ == d.NEG), None)
    if negator is not None:
        return Reading("negated", negator.text)
    for word in _NEGATIVE_WORDS & cues.keys():
        return Reading("negated", cues[word].text)
    denier = next((c for s in node.children if s.dep_ in (d.NSUBJ, d.NSUBJPASS) for c in s.children
                   if c.dep_ in (d.PRECONJ, d.DET) and c.lower_ in ("no", "neither")), None)
    if denier is not None:
        return Reading("negated", denier.text)  # "Neither Sarney nor Funaro accepted", "no country recognised"
    lemma = node.lemma_.lower()
    if governs and (lemma in words["negating"] or _phrasal(node) in words["negating"]):
        return Reading("negated", node.text)  # "refused to meet", "ruled out talks with"
    if governs and node.pos_ == d.NOUN and lemma in words["hypothetical_nouns"] and not irrealis:
        if lemma in words["planned"] and node.head.lemma_.lower() in words["announcing"]:
            return Reading("planned", node.text)  # "announced plans to visit China": a plan made known
        return Reading("hypothetical", node.text)
    if node.dep_ == d.PREP and node.lower_ == "without":
        return Reading("negated", node.text)
    return None


def _phrasal(verb: Token) -> str:
    """The verb with its particle, as the lexicons write it: "rule out", "call off"."""
    particle = next((c for c in verb.children if c.dep_ == d.PRT), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


def _mood(node: Token, cues: dict[str, Token], governs: bool, words: dict) -> Reading | None:
    """Planned ("will visit", "plans to meet") or hypothetical ("could meet", "urged to meet")."""
    lemma = node.lemma_.lower()
    planned = cues.keys() & words["planned"]
    open_question = cues.keys() & _OPEN_QUESTIONS
    if open_question:  # "whether the Council will approve the tax is uncertain": no plan, a question
        return Reading("hypothetical", cues[min(open_question)].text)
    if planned and governs and lemma in words["hypothetical"] - words["planned"]:
        return Reading("hypothetical", node.text)  # "will seek talks with Yeutter": a future seeking
    if planned:
        return Reading("planned", cues[min(planned)].text)
    hypothetical = cues.keys() & (words["hypothetical"] - words["planned"])
    if governs and lemma in words["planned"] and not hypothetical & _POSSIBILITY:
        return Reading("planned", node.text)  # not "may be planning to introduce a bill": only possible
    if governs and lemma in words["hypothetical"] - words["planned"]:
        return Reading("hypothetical", node.text)  # "said he would urge Reagan to veto": no veto yet
    if hypothetical == {"would"} and _reported_future(node, words):
        return Reading("planned", cues["would"].text)  # "said it would ask GATT to rule": its future
    if hypothetical:
        return Reading("hypothetical", cues[min(hypothetical)].text)
    return None


def _reported_future(clause: Token, words: dict) -> bool:
    """ "would" in a clause a reporting verb governs, with no condition: the report's future
    ("the Commission said it would ask GATT"), not a hypothesis ("it would ask if ...")."""
    conditional = _conditional(clause)
    while clause.dep_ == d.CONJ and clause.head != clause:  # "said they would be in Rome ... and would have"
        clause = clause.head
        conditional = conditional or _conditional(clause)
    return (clause.dep_ == d.CCOMP and clause.head.lemma_.lower() in words["reporting"] and not conditional)


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == d.ADVCL and any(m.dep_ == d.MARK and m.lower_ in ("if", "unless") for m in c.children)
               for c in clause.children)


def _is_complement(child: Token, governor: Token) -> bool:
    """Is ``child`` (on the path up from the trigger) a complement of ``governor``?"""
    if child.dep_ in _COMPLEMENT_EDGES or (child.dep_ == d.ACL and governor.pos_ == d.NOUN):
        return True
    return child.dep_ == d.PREP and child.lower_ in ("for", "to", "on") and governor.pos_ in (d.VERB, d.NOUN)


def _governors(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it within its clause."""
    chain = [trigger]
    node = trigger
    while node.dep_ in _CLAUSE_CHAIN and node.head != node and len(chain) < 8 and not _presupposed(node):
        node = node.head
        chain.append(node)
        if node.dep_ in _CLAUSE_HEADS and not (node.dep_ == d.CCOMP and _bare_infinitive(node)) \
                and not _purpose_infinitive(node):
            break
    return chain


def _purpose_infinitive(clause: Token) -> bool:
    """ "votes to override the veto", "will fly to Ankara to meet Erdogan": an infinitive of purpose
    has the mood of the clause it serves ("unless the Senate votes to override" overrides nothing yet)."""
    return clause.dep_ == d.ADVCL and clause.tag_ == "VB" and any(
        c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in clause.children)


def _presupposed(clause: Token) -> bool:
    """A clause of time or cause ("after they joined the Community", "because Iran attacked") states
    its event as a fact, whatever the mood of the clause it hangs on."""
    return clause.dep_ == d.ADVCL and any(c.dep_ == d.MARK and c.lower_ in _PRESUPPOSING for c in clause.children)


#: Conjunctions of clauses whose events are facts: "after", "since", "because".
_PRESUPPOSING = frozenset({"after", "since", "because", "when", "as", "while", "once"})


def reported_clauses(verb: Token) -> list[Token]:
    """What a reporting verb reports: its complement clauses, and the quotation it follows
    ('"Washington violated the accord," Iran said': the parser makes the quote the head)."""
    clauses = [c for c in verb.children if c.dep_ in (d.CCOMP, d.PARATAXIS)]
    if verb.dep_ == d.PARATAXIS:
        clauses.append(verb.head)
    return clauses


def attribution(trigger: Token, index: MentionIndex) -> str | None:
    """Who reports the relation: "TASS reported", "according to the Kremlin"; None if asserted plainly."""
    reporting = lexicon.modality()["reporting"]
    node = trigger
    for _ in range(8):
        for child in node.children:
            if child.dep_ == d.PREP and child.lower_ == "according":
                return _source_in(child, index)
        if node.head == node:
            break
        if node.dep_ in (d.CCOMP, d.PARATAXIS) and node.head.lemma_.lower() in reporting:
            subjects = [c for c in node.head.children if c.dep_ in d.SUBJECTS]
            return _name(subjects[0], index) if subjects else None
        node = node.head
    root = trigger.sent.root
    if root.lemma_.lower() in reporting and trigger != root and not trigger.is_ancestor(root):
        subjects = [c for c in root.children if c.dep_ == d.NSUBJ]
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
