"""The stance family: an actor's standing attitude to something, stated without a verb of judging.

"Ottawa is supportive of the plan", "West Germany, also opposed to the tax" (attitudes);
"Japan's surplus has come under fire in Congress" (criticism one comes under); "Taiwan said
it would not recognise the agreement" (refusals); "complaining that the plans would hit
farmers hard" (complaints). The words are data (``rules.toml``, ``[evaluation]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Japan remained highly critical of China.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in stance_candidates(next(doc.sents), find_mentions(doc))]
[('Japan', 'criticized', 'China')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate, tried
from kg.extract.evaluation import judgement_pairs
from kg.extract.mentions import MentionIndex
from kg.extract.modality import ASSERTED, attribution, modality_of, reported_clauses
from kg.model import Mention


def stance_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """Attitudes, criticism come under, refusals and complaints stated in ``sent``."""
    settings = lexicon.rules()["evaluation"]
    attitudes = _attitude_words(settings)
    for token in sent:
        yield from _attitudes(token, attitudes, index, settings)
        yield from _under_fire(token, index, settings)
        yield from _refusals(token, index, settings)
        yield from _complaints(token, index, settings)


def _attitude_words(settings: dict) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(word, preposition) to the predicate of the attitude and the words that lead to the word:
    "in favour of" is ("favour", "of") led by "in"."""
    found = {}
    for predicate, entries in settings["attitudes"].items():
        for entry in entries:
            *lead, word, preposition = entry.split()
            found[(word, preposition)] = (predicate, tuple(lead))
    return found


def _attitudes(word: Token, attitudes: dict, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Ottawa is supportive of the plan", "West Germany, also opposed to the tax": an actor's
    attitude to what the attitude's preposition names."""
    # "was disappointed by Iran's decision": the parser reads the attitude as a passive and its "by" as the agent
    for prep in (c for c in word.children if c.dep_ in d.NOUN_PHRASES):
        entry = attitudes.get((word.lemma_.lower(), prep.lower_)) or attitudes.get((word.lower_, prep.lower_))
        if entry is None:
            continue
        predicate, lead = entry
        anchor = word.head if lead else word
        if (lead and anchor.lower_ != lead[-1]) or _contrastive(word, anchor):
            continue  # "as opposed to" contrasts; "favour of" is an attitude only "in favour of"
        rule = f"evaluation.attitude.v{settings['version']}"
        subjects = args.actors([m for t in _holders(anchor) for m in args.mentions_for(t, index)])
        objects = [m for p in prep.children if p.dep_ == d.POBJ
                   for m in args.objects_for(p, lexicon.trigger(predicate), index)]
        if not objects or not subjects:
            yield tried(predicate, word, rule, "no object" if not objects else "no subject", pattern="X is Y to Z")
            continue
        clause = anchor.head if anchor.dep_ in _COPULAR_EDGES else anchor
        yield from judgement_pairs(predicate, word, rule, subjects, objects, settings["confidence"], index,
                          pattern=f"X is {word.lower_} {prep.lower_} Y", reading_at=clause)


#: Where an attitude hangs from a verb of being ("is critical of", "remained opposed to", "are in favour of").
_COPULAR_EDGES = frozenset({d.ACOMP, d.ATTR, d.OPRD, d.XCOMP, d.PREP})


def _holders(anchor: Token) -> list[Token]:
    """Who holds the attitude: the subject of its verb of being, the noun it qualifies ("West
    Germany, also opposed to"), or the subject of the participle itself ("Bonn opposed to")."""
    if anchor.dep_ in _COPULAR_EDGES:
        return args.subject_tokens(anchor.head)
    if anchor.dep_ in (d.ACL, d.AMOD, d.APPOS) and anchor.head.pos_ in d.NOUNS:
        return [anchor.head]
    if anchor.pos_ in d.VERBS and (felt := [c for c in anchor.children if c.dep_ == d.NSUBJPASS]):
        return [t for c in felt for t in args.conjuncts(c)]  # "Straw was disappointed with": who feels it
    return args.subject_tokens(anchor) if anchor.pos_ in d.VERBS else []


def _contrastive(word: Token, anchor: Token) -> bool:
    """ "as opposed to": a contrast, not an attitude."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (before is not None and before.lower_ == "as") or anchor.head.lower_ == "as"


def _under_fire(noun: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Japan's surplus has come under fire in Congress", "the plan came under fire from Bonn":
    the critic is named after "from" (or "in", a legislature or a capital), the target is what came."""
    verb = noun.head.head
    if (noun.lemma_.lower() not in settings["under_fire"] or noun.dep_ != d.POBJ or noun.head.lower_ != "under"
            or verb.pos_ not in d.VERBS or any(c.dep_ == d.COMPOUND for c in noun.children)):
        return  # "came under rocket fire" is shooting
    critics = [m for p in (*verb.children, *noun.children) if p.dep_ == d.PREP and p.lower_ in ("from", "in")
               for t in p.children if t.dep_ == d.POBJ and (m := index.at(t)) is not None
               and _unarmed_critic(m, by_place=p.lower_ == "in")]
    trigger = lexicon.trigger("criticized")
    targets = [m for t in args.subject_tokens(verb) for m in args.objects_for(t, trigger, index)]
    rule = f"evaluation.underfire.v{settings['version']}"
    if not critics or not targets:
        yield tried("criticized", noun, rule, "no object" if not targets else "no subject", pattern="come under fire")
        return
    yield from judgement_pairs("criticized", noun, rule, critics, targets, settings["confidence"], index,
                      pattern="come under fire from X", reading_at=verb)


def _complaints(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Kohl wrote to Delors, complaining that the plans would hit farmers hard", "China complained
    that the US had raised tariffs": what the complaint is about does wrong in its clause."""
    if verb.pos_ != d.VERB or verb.lemma_.lower() not in settings["complaint_verbs"]:
        return
    trigger = lexicon.trigger("criticized")
    for clause in (c for c in reported_clauses(verb) if c.pos_ in d.VERBS and modality_of(c).emitted):
        doers = [c for c in clause.children if c.dep_ == d.NSUBJ]
        objects = [m for t in doers for m in args.objects_for(t, trigger, index)
                   if m.type != "Event"]  # "complained that the talks had stalled" blames no talks
        subjects = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)])
        yield from judgement_pairs("criticized", verb, f"evaluation.complaint.v{settings['version']}", subjects, objects,
                          settings["confidence"], index, pattern="complain that X did")


#: Words that leave a refusal open: "has not yet accepted", "if it does not accept".
#: "could not accept" is a refusal as firm as "cannot accept".
_OPEN = frozenset({"yet", "still", "if", "unless", "whether", "might", "may", "should", "must"})


def _refusals(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Taiwan said it would not recognise the agreement", "decided not to accept a U.S. offer":
    not accepting something rejects it; not yet accepting it, or not if, does not."""
    if verb.pos_ != d.VERB or verb.lemma_.lower() not in settings["acceptance_verbs"]:
        return
    markers = {c.lower_ for c in verb.children if c.dep_ in (d.NEG, d.ADVMOD, d.MARK, d.AUX_DEP, d.PREP)}
    if not markers & {"not", "n't", "never"} or markers & _OPEN or "as" in markers:
        return  # "does not recognise Crimea as Russian" denies a status, not Crimea
    trigger = lexicon.trigger("rejected")
    objects = [m for c in verb.children if c.dep_ == d.DOBJ for m in args.objects_for(c, trigger, index)]
    subjects = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)])
    rule = f"evaluation.refusal.v{settings['version']}"
    if not objects or not subjects:
        yield tried("rejected", verb, rule, "no object" if not objects else "no subject", pattern="not accept X")
        return
    reading = modality_of(verb.head, irrealis=False) if verb.dep_ in (d.XCOMP, d.CCOMP) else ASSERTED
    for subject in subjects:
        for obj in objects:
            if subject != obj:
                yield Candidate("rejected", verb, rule, subject, obj, settings["confidence"], reading,
                                attribution(verb, index), False, pattern="not accept X")


def _unarmed_critic(mention: Mention, *, by_place: bool) -> bool:
    """A named actor that bears no arms; "in X" names a critic only as a legislature or a capital
    ("in Congress", "in Washington"), not as a country where something is criticised."""
    if mention.kind != "name" or not args.is_actor(mention) or mention.org_type == "ArmedGroup":
        return False
    return not by_place or mention.type in ("Organization", "Place")
