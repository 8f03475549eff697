"""Relations from trigger verbs and nouns (``kg/lexicon/triggers.toml``).

For each sentence, every token whose lemma heads a pattern is tried; the most specific
matching pattern wins. Arguments come from the parse (subjects, objects, prepositions,
passives, coordination); modality decides whether the relation is emitted.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract.mentions import MentionIndex
from kg.extract.modality import attribution, modality_of
from kg.lexicon import PARTICLES, Pattern, Trigger
from kg.model import ACTOR_TYPES, Mention

_PREP_DEPS = ("prep", "agent", "dative", "prt")
_MIDDLE_DEPS = ("dobj", "nsubjpass", "prt", "acomp", "attr", "oprd", "advmod", "npadvmod", "dative", "xcomp",
                "compound", "amod", "prep", "pobj", "ccomp", "nsubj")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation read off one sentence, before coreference and dating."""

    subject: Mention
    predicate: str
    object: Mention
    trigger: Token
    rule: str
    confidence: float
    modality: str
    attribution: str | None
    symmetric: bool


@functools.cache
def _verb_index() -> dict[str, list[tuple[Trigger, Pattern, bool]]]:
    table: dict[str, list] = {}
    for trigger in lexicon.triggers():
        for pattern in trigger.verbs:
            table.setdefault(pattern.head, []).append((trigger, pattern, False))
        for pattern in trigger.cued_verbs:
            table.setdefault(pattern.head, []).append((trigger, pattern, True))
    return table


@functools.cache
def _pattern_index(kind: str) -> dict[str, list[tuple[Trigger, Pattern]]]:
    """Patterns of one kind ("nouns", "relational") by head word."""
    table: dict[str, list] = {}
    for trigger in lexicon.triggers():
        for pattern in getattr(trigger, kind):
            table.setdefault(pattern.head, []).append((trigger, pattern))
    return table


def _noun_index() -> dict[str, list[tuple[Trigger, Pattern]]]:
    return _pattern_index("nouns")


def _relational_index() -> dict[str, list[tuple[Trigger, Pattern]]]:
    return _pattern_index("relational")


def find_candidates(sent: Span, index: MentionIndex) -> list[Candidate]:
    """All relations that triggers in ``sent`` state between mentions."""
    words = {t.lower_ for t in sent}
    found: list[Candidate] = []
    verb_targets: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            for candidate, targets in _verb_relations(token, index, words):
                found.append(candidate)
                verb_targets.update(targets)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN"):
            # A noun the verb already took ("held talks with X") adds only its "between" pairs.
            found.extend(_noun_relations(token, index, pairs_only=token.i in verb_targets))
            found.extend(_relational_relations(token, index))
    found.extend(_joint_meetings(found))
    return found


def _joint_meetings(found: list[Candidate]) -> list[Candidate]:
    """Actors who held talks or a summit together met: "Washington and Tehran held indirect talks"."""
    extra = []
    by_event: dict[tuple[int, tuple[int, int, str]], list[Candidate]] = {}
    for c in found:
        if c.predicate == "held" and c.object.role in _MEETINGS:
            by_event.setdefault((c.trigger.i, c.object.key), []).append(c)
    for group in by_event.values():
        actors = [c.subject for c in group]
        for i, first in enumerate(actors):
            for second in actors[i + 1:]:
                c = group[0]
                predicate = "spokeWith" if c.object.role in ("PhoneCall", "VideoConference") else "met"
                extra.append(Candidate(first, predicate, second, c.trigger, "verb.jointmeeting.v1",
                                       c.confidence * 0.9, c.modality, c.attribution, True))
    return extra


_MEETINGS = {"Talks", "Meeting", "Summit", "PhoneCall", "VideoConference"}


def _verb_matches(token: Token, words: set[str]) -> list[tuple[Trigger, Pattern, list[Token]]]:
    """Every pattern that matches at ``token``, most specific first (file order breaks ties)."""
    lemma = token.lemma_.lower()
    found = []
    for order, (trigger, pattern, cued) in enumerate(
            _verb_index().get(lemma, []) + _verb_index().get(token.lower_, []) * (token.lower_ != lemma)):
        if cued and not (trigger.cues & words):
            continue
        targets = match_verb(token, pattern)
        if targets is not None:
            found.append((-pattern.specificity, order, (trigger, pattern, targets)))
    return [match for *_, match in sorted(found, key=lambda f: f[:2])]


def match_verb(token: Token, pattern: Pattern) -> list[Token] | None:
    """The target tokens of ``pattern`` at verb ``token``; None when it does not match.

    An empty list means the pattern's words are all there but the target is not where the
    pattern puts it (it may be in a complement clause, or the verb is reciprocal).
    """
    anchors = [token]
    for word in pattern.middle:
        found = _find_child(anchors, word)
        if found is None:
            return None
        anchors.append(found)
    if pattern.prep is None:
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative") and c not in anchors]
        if not objects and args.is_passive(token) and not pattern.middle:
            objects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not objects and token.dep_ == "acl" and token.tag_ == "VBN" and not pattern.middle:
            objects = [token.head]  # "the agreement signed by Shultz"
        return objects
    # The preposition may hang from the verb, from a middle word, or from the direct object:
    # "pledged $5 billion in aid to Ukraine".
    objects_of_verb = [c for c in token.children if c.dep_ == "dobj"] if not pattern.middle else []
    for anchor in anchors + objects_of_verb:
        for child in anchor.children:
            if child.dep_ in _PREP_DEPS and child.lower_ == pattern.prep:
                if child.dep_ == "prt":
                    objects = [c for c in token.children if c.dep_ == "dobj"]
                else:
                    objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    return objects
    return None


def _find_child(anchors: list[Token], word: str) -> Token | None:
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in _MIDDLE_DEPS and (child.lemma_.lower() == word or child.lower_ == word):
                if word in PARTICLES and child.dep_ not in ("prt", "advmod", "prep"):
                    continue
                return child
    return None


def _verb_relations(token: Token, index: MentionIndex, words: set[str]) -> Iterator[tuple[Candidate, list[int]]]:
    """The relations of the first matching pattern whose target fits its predicate.

    "welcomed Gorbachev's offer" matches hosted ("welcome" + actor) and supported
    ("welcome" + owner); the object decides. Coordinated subjects of a reciprocal verb
    ("Israel and Hamas agreed to a truce") are related to each other.
    """
    for trigger, pattern, target_tokens in _verb_matches(token, words):
        if trigger.blocked_by and _has_object_of_kind(token, trigger.blocked_by, index):
            continue
        objects = [m for t in target_tokens for m in objects_for(t, trigger, index)]
        if not objects and trigger.deep:
            objects = _deep_objects(token, trigger, index)
        subjects = _actors([m for t in args.subject_tokens(token) for m in args.mentions_for(t, index)])
        reciprocal = trigger.reciprocal and len(subjects) > 1
        if not objects and not reciprocal:
            continue
        modality = modality_of(token, irrealis=trigger.irrealis)
        if modality is None:
            return
        if trigger.co_subjects:
            subjects += _co_subjects(token, trigger, index)
        source = attribution(token, index)
        rule = f"verb.{trigger.rule}.v1"
        pairs = [(s, o) for s in subjects for o in objects]
        if reciprocal:
            pairs += [(s, o) for s in subjects for o in subjects if s is not o]
        for subject, obj in pairs:
            if subject != obj:
                yield (Candidate(subject, trigger.predicate, obj, token, rule, trigger.confidence, modality,
                                 source, trigger.symmetric), [t.i for t in target_tokens])
        return


def _has_object_of_kind(token: Token, kinds: frozenset[str], index: MentionIndex) -> bool:
    return any((m := index.at(c)) is not None and m.type.lower() in kinds
               for c in token.children if c.dep_ == "dobj")


def _deep_objects(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """The target inside a complement: "threatened to impose restrictions on Japanese banks" -> Japan.

    A complement that is itself a trigger ("vowed to retaliate against X") speaks for itself.
    """
    for child in token.children:
        if child.dep_ not in ("xcomp", "ccomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        if child.lemma_.lower() in _verb_index() and child.lemma_.lower() not in _LIGHT_VERBS:
            continue
        nodes = [n for n in child.children if n.dep_ in ("dobj", "dative", "prep")]
        nodes += [n for d in child.children if d.dep_ == "dobj" for n in d.children if n.dep_ == "prep"]
        for node in nodes:
            if node.dep_ == "prep" and node.lower_ not in _TARGET_PREPS:
                continue
            heads = [p for p in node.children if p.dep_ == "pobj"] if node.dep_ == "prep" else [node]
            found = [m for h in heads for m in (_actors(args.mentions_for(h, index)) or args.owners_for(h, index))]
            if found:
                return found
    return []


_TARGET_PREPS = {"on", "against", "with", "to", "at", "into", "for", "toward", "towards"}
# Verbs that carry no relation of their own in a complement: "agreed to hold talks with X".
_LIGHT_VERBS = {"hold", "have", "make", "take", "give", "open", "resume", "start", "begin", "continue"}


def _co_subjects(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """Parties that share the subject's role: "X signed a deal with Y" -> Y signed too."""
    found = []
    for node in [token, *[c for c in token.children if c.dep_ == "dobj"]]:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in trigger.co_subjects:
                found += [m for pobj in child.children if pobj.dep_ == "pobj"
                          for m in args.mentions_for(pobj, index) if m.type in ACTOR_TYPES]
    return found


def objects_for(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """The mentions at ``token`` that fit what ``trigger`` accepts as an object."""
    mentions = args.mentions_for(token, index)
    accepted = [m for m in mentions if _fits(m, trigger.objects)]
    if accepted and "owner" in trigger.objects and all(m.type in ("Event", "Document") for m in accepted):
        return accepted + args.owners_for(token, index)  # "rejected Argentina's plan": the plan and Argentina
    if accepted:
        return accepted
    if mentions and any(m.type in ("Event", "Document") for m in mentions) and "owner" not in trigger.objects:
        return []
    if "owner" in trigger.objects or ("actor" in trigger.objects and _is_demonym_phrase(token, index)):
        owners = args.owners_for(token, index)
        if owners:
            return owners
    if "topic" in trigger.objects:
        return args.topics_for(token, index) or args.topic_phrase(token, index.offset)
    return []


def _is_demonym_phrase(token: Token, index: MentionIndex) -> bool:
    """ "Japanese finance houses", "Chinese imports": a group named by its country."""
    return index.at(token) is None and any(
        c.dep_ == "amod" and (m := index.at(c)) is not None and m.kind == "demonym" for c in token.lefts)


def _fits(mention: Mention, kinds: frozenset[str]) -> bool:
    if _is_actor(mention):
        return "actor" in kinds or ("place" in kinds and mention.type == "Country") or (
            "topic" in kinds and not mention.is_reference)
    if mention.type == "Place":
        return "place" in kinds or "topic" in kinds
    return mention.type.lower() in kinds


def _actors(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if _is_actor(m)]


def _is_actor(mention: Mention) -> bool:
    """Persons, countries, organisations, and capitals standing for their government ("Washington")."""
    return mention.type in ACTOR_TYPES or (mention.type == "Place" and mention.code is not None)


def _noun_relations(token: Token, index: MentionIndex, *, pairs_only: bool = False) -> Iterator[Candidate]:
    lemma = token.lemma_.lower()
    for trigger, pattern in _noun_index().get(lemma, []) + _noun_index().get(token.lower_, []) * (
            token.lower_ != lemma):
        if not _has_modifiers(token, pattern) or (pairs_only and pattern.prep not in ("between", "among")):
            continue
        targets = [pobj for child in token.children if child.dep_ == "prep" and child.lower_ == pattern.prep
                   for pobj in child.children if pobj.dep_ == "pobj"]
        if not targets:
            continue
        modality = modality_of(token)
        if modality is None or any(c.lower_ in ("no", "without") for c in token.children):
            return
        objects = [m for t in targets for m in objects_for(t, trigger, index)]
        rule = f"noun.{trigger.rule}.v1"
        confidence = trigger.confidence * 0.9
        source = attribution(token, index)
        if pattern.prep in ("between", "among"):
            yield from _pairs(objects, trigger, token, rule, confidence, modality, source)
            return
        for subject in _nominal_subjects(token, index, exclude=set(pattern.middle)):
            for obj in objects:
                if subject != obj:
                    yield Candidate(subject, trigger.predicate, obj, token, rule, confidence, modality, source,
                                    trigger.symmetric)
        return


def _has_modifiers(token: Token, pattern: Pattern) -> bool:
    present = {c.lower_ for c in token.lefts} | {c.lemma_.lower() for c in token.lefts}
    return all(word in present for word in pattern.middle)


def _pairs(objects, trigger, token, rule, confidence, modality, source) -> Iterator[Candidate]:
    actors = [m for m in objects if m.type in ACTOR_TYPES]
    for i, first in enumerate(actors):
        for second in actors[i + 1:]:
            yield Candidate(first, trigger.predicate, second, token, rule, confidence, modality, source,
                            trigger.symmetric)


def _nominal_subjects(token: Token, index: MentionIndex, *, exclude: set[str]) -> list[Mention]:
    """Who performs a nominal event: "Putin's meeting", "a visit by Putin", "US sanctions", or the clause's subject."""
    for child in token.children:
        if child.dep_ == "poss":
            return _actors(args.mentions_for(child, index))
        if child.dep_ == "prep" and child.lower_ == "by":
            return _actors([m for p in child.children if p.dep_ == "pobj" for m in args.mentions_for(p, index)])
    modifiers = [m for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in exclude
                 for m in (args.mentions_for(c, index) or args._demonym_as_actor(c, index))]
    if _actors(modifiers):
        return _actors(modifiers)
    return _actors([m for t in _governing_subject_tokens(token) for m in args.mentions_for(t, index)])


def _governing_subject_tokens(token: Token) -> list[Token]:
    node = token
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass") or node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return args.subject_tokens(node)
    return []


def _relational_relations(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Tajikistan's key trading partner is Russia", "Turkey, a NATO member", "NATO member Turkey"."""
    lemma = token.lemma_.lower()
    for trigger, pattern in _relational_index().get(lemma, []):
        if not _has_modifiers_anywhere(token, pattern):
            continue
        modality = modality_of(token)
        if modality is None:
            return
        holders = _actors([m for t in _relational_holders(token) for m in args.mentions_for(t, index)])
        owners = _actors(_relational_owners(token, index))
        rule = f"noun.{trigger.rule}.v1"
        if not owners and trigger.symmetric and len(holders) > 1:
            yield from _pairs(holders, trigger, token, rule, trigger.confidence, modality, None)
            return
        for holder in holders:
            for owner in owners:
                predicate = _membership(trigger.predicate, holder, owner)
                if holder != owner and predicate:
                    yield Candidate(holder, predicate, owner, token, rule, trigger.confidence, modality,
                                    attribution(token, index), trigger.symmetric)
        return


_LEGISLATURES = {"parliament", "congress", "senate", "house", "assembly", "duma", "knesset", "bundestag", "diet",
                 "commons", "lords", "legislature", "majlis", "council"}


def _membership(predicate: str, holder: Mention, owner: Mention) -> str | None:
    """memberOf is for countries and organisations; a person sitting in a legislature holds an office."""
    if predicate != "memberOf" or holder.type != "Person":
        return predicate
    words = set((owner.name or owner.text).lower().split())
    return "officialOf" if words & _LEGISLATURES else None


def _has_modifiers_anywhere(token: Token, pattern: Pattern) -> bool:
    """Modifiers may be coordinated: "key trading and economic partner"."""
    present = set()
    for child in token.lefts:
        for node in (child, *child.conjuncts):
            present.update({node.lower_, node.lemma_.lower()})
    return all(word in present for word in pattern.middle)


def _relational_holders(token: Token) -> list[Token]:
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "nsubj"]
    if token.dep_ == "nsubj" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "attr"]
    if token.dep_ == "appos":
        return [head]
    if token.dep_ in ("compound", "amod") and head.pos_ == "PROPN":
        return [head]
    return [c for c in token.children if c.dep_ == "appos"]


def _relational_owners(token: Token, index: MentionIndex) -> list[Mention]:
    owners: list[Mention] = []
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.i < token.i):
            owners += args.mentions_for(child, index)
        elif child.dep_ == "prep" and child.lower_ in ("of", "to"):
            owners += [m for p in child.children if p.dep_ == "pobj" for m in args.mentions_for(p, index)]
    return owners
