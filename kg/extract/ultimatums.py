"""The ultimatum family: a demand with a deadline or a consequence is a threat.

"Abiy Ahmed gave Tigrayan forces 72 hours to surrender", "Theresa May gave Moscow until
midnight to explain", "Mexico must stem the flow of migrants or face tariffs, Trump said":
whoever sets the deadline or names the consequence threatens the one who is to act. The
words are data (``rules.toml``, ``[ultimatum]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Iran gave Britain 60 days to release the tanker.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in ultimatum_candidates(next(doc.sents), find_mentions(doc))]
[('Iran', 'threatened', 'United Kingdom')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex
from kg.extract.modality import attribution, modality_of, reported_clauses
from kg.model import Mention


def ultimatum_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """Threats stated as a deadline ("gave X 72 hours to"), as "X must ... or face Y", or as a
    reprisal that would follow what X does."""
    settings = lexicon.rules()["ultimatum"]
    reporting = lexicon.modality()["reporting"]
    for token in sent:
        if token.pos_ not in d.VERBS:
            continue
        if token.lemma_.lower() in settings["deadline_verbs"]:
            yield from _deadline(token, index, settings)
        elif token.lemma_.lower() in reporting:
            yield from _or_else(token, index, settings)
            yield from _consequences(token, index, settings)


def _deadline(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "gave Tigrayan forces 72 hours to surrender", "gave Moscow until midnight to explain"."""
    if not any(c.dep_ in (d.XCOMP, d.ADVCL, d.ACL, d.RELCL) and _is_infinitive(c) for t in (verb, *verb.children)
               for c in t.children):
        return
    if not _names_a_time(verb, settings):
        return
    targets = [c for c in verb.children if c.dep_ in (d.DATIVE, d.DOBJ)]
    objects = [m for t in targets for m in args.actors(args.mentions_for(t, index))]
    subjects = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)])
    rule = f"ultimatum.deadline.v{settings['version']}"
    yield from _threats(verb, subjects, objects, rule, settings, index, f"{verb.lemma_} X <time> to")


def _names_a_time(verb: Token, settings: dict) -> bool:
    """Is what the verb gives a span of time ("72 hours", "until midnight")? "granted Indonesia a
    loan last month to help" gives a loan."""
    units = set(settings["time_nouns"])
    for child in verb.children:
        if child.dep_ == d.DOBJ and (child.lemma_.lower() in units or child.ent_type_ in ("DATE", "TIME")):
            return True
        if child.dep_ == d.PREP and child.lower_ == "until":
            return True
    return False


def _is_infinitive(verb: Token) -> bool:
    return verb.pos_ in d.VERBS and any(c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in verb.children)


def _or_else(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Mexico must stem the flow or face tariffs, Trump said": the speaker threatens Mexico."""
    consequences = set(settings["consequence_verbs"])
    for clause in reported_clauses(verb):
        if not any(c.dep_ == d.AUX_DEP and c.lower_ in ("must", "should") for c in clause.children):
            continue
        # "or face tariffs", wherever the parser hangs "face" (it may read it as a noun coordinated with the object)
        if not any(t.lower_ in consequences or t.lemma_.lower() in consequences for t in clause.subtree
                   if t.i > clause.i and t.doc[t.i - 1].lower_ in ("or", "else")):
            continue
        objects = args.actors([m for s in clause.children if s.dep_ == d.NSUBJ for m in args.mentions_for(s, index)])
        subjects = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
        rule = f"ultimatum.orelse.v{settings['version']}"
        yield from _threats(verb, subjects, objects, rule, settings, index, "X must ... or face")


def _consequences(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Any interference by the U.S. would meet a strong response, Tehran said", "U.S. retaliatory
    measures would cover more than farm goods if the EC approved the tax, Lyng said": a reprisal
    the speaker says would follow what another does threatens that other."""
    punitive = set(settings["reprisal_nouns"])
    for clause in reported_clauses(verb):
        if not any(c.dep_ == d.AUX_DEP and c.lower_ in ("would", "will") for c in clause.children):
            continue
        nouns = [t for t in clause.children if t.dep_ in (*d.SUBJECTS, d.DOBJ)]
        reprisals = [t for t in nouns if t.lemma_.lower() in punitive or t.lower_ in punitive]
        if not reprisals:
            continue
        targets = [m for c in clause.children if c.dep_ == d.ADVCL
                   and any(m.dep_ == d.MARK and m.lower_ in ("if", "unless") for m in c.children)
                   for s in c.children if s.dep_ in d.SUBJECTS for m in args.mentions_for(s, index)]
        targets += [m for t in nouns if t.dep_ in d.SUBJECTS and t not in reprisals
                    for c in t.children if c.dep_ in d.NOUN_PHRASES and c.lower_ in ("by", "from")
                    for p in c.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index)]
        speakers = [m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)]
        speakers += [m for t in reprisals for m in args.owners_for(t, index)]
        rule = f"ultimatum.reprisal.v{settings['version']}"
        yield from _threats(verb, args.actors(speakers), args.actors(targets), rule, settings, index,
                            "<reprisal> would follow if X")


def _threats(verb: Token, subjects: list[Mention], objects: list[Mention], rule: str, settings: dict,
             index: MentionIndex, pattern: str) -> Iterator[Candidate]:
    reading = modality_of(verb, irrealis=True)
    for subject in subjects:
        for obj in objects:
            if subject != obj:
                yield Candidate("threatened", verb, rule, subject, obj, settings["confidence"], reading,
                                attribution(verb, index), False, pattern=pattern)
