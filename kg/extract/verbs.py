"""The verb-trigger family: relations stated by a verb ("met", "imposed sanctions on").

Every verb of a sentence whose lemma heads a pattern of ``triggers.toml`` is tried; the
most specific pattern that matches wins, and its target must fit what the predicate
accepts, else the next pattern is tried ("welcomed Gorbachev's offer" is support, not
hosting). Subjects come from :func:`kg.extract.arguments.subject_tokens`.

>>> from kg.nlp import load_pipeline
>>> from kg.extract.mentions import MentionIndex
>>> from kg.extract.names import name_mentions
>>> doc = load_pipeline()("France condemned Italy.")
>>> index = MentionIndex()
>>> name_mentions(doc, index, None)
>>> [(c.subject.name, c.predicate, c.object.name) for c in verb_candidates(next(doc.sents), index)]
[('France', 'criticized', 'Italy')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import gazetteer, lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate, tried
from kg.extract.mentions import MentionIndex, is_group
from kg.extract.modality import Reading, attribution, is_denied_clause, modality_of
from kg.extract.nouns import voices_stance
from kg.lexicon import PARTICLES, Pattern, Trigger
from kg.model import ACTOR_TYPES, Mention

#: Children of a verb (or of a word of its pattern) that can be a pattern's middle word.
_MIDDLE_DEPS = frozenset({d.DOBJ, d.NSUBJPASS, d.PRT, d.ACOMP, d.ATTR, d.OPRD, d.ADVMOD, d.NPADVMOD, d.DATIVE,
                          d.XCOMP, d.COMPOUND, d.AMOD, d.PREP, d.POBJ, d.CCOMP, d.NSUBJ,
                          d.AUX_DEP})  # the "to" of "apply to join"


@lexicon.cached
def verb_index() -> dict[str, list[tuple[Trigger, Pattern, str]]]:
    """Verb patterns by their head lemma: (trigger, pattern, kind), the kind "plain", "cued"
    (counts only with a cue word in the sentence) or "figurative" (only of an event or document)."""
    table: dict[str, list] = {}
    for trigger in lexicon.triggers():
        for kind, patterns in (("plain", trigger.verbs), ("cued", trigger.cued_verbs),
                               ("figurative", trigger.figurative_verbs)):
            for pattern in patterns:
                table.setdefault(pattern.head, []).append((trigger, pattern, kind))
    return table


def is_verb(token: Token) -> bool:
    """A verb or auxiliary, by part of speech or tag (the tagger and the parser may disagree), or a
    word the tagger took for a noun that the parser gave a subject and a clause: "The U.S. charges
    Japan has violated a pact"."""
    return token.pos_ in d.VERBS or token.tag_.startswith("VB") or (
        token.pos_ == d.NOUN and any(c.dep_ == d.NSUBJ for c in token.children)
        and any(c.dep_ == d.CCOMP for c in token.children))


def verb_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """The candidates of every trigger verb in ``sent``."""
    words = {t.lower_ for t in sent}
    for token in sent:
        if is_verb(token):
            yield from _verb_relations(token, index, words)


def _verb_matches(token: Token, words: set[str]) -> list[tuple[Trigger, Pattern, list[Token], bool]]:
    """Every pattern that matches at ``token``, most specific first (file order breaks ties),
    and whether it is figurative."""
    lemma = token.lemma_.lower()
    index = verb_index()
    found = []
    for order, (trigger, pattern, kind) in enumerate(
            index.get(lemma, []) + index.get(token.lower_, []) * (token.lower_ != lemma)):
        if kind == "cued" and not (dict(trigger.verb_cues).get(pattern.text, trigger.cues) & words):
            continue
        targets = match_verb(token, pattern)
        if targets is not None:
            found.append((-pattern.specificity, order, (trigger, pattern, targets, kind == "figurative")))
    return [match for *_, match in sorted(found, key=lambda f: f[:2])]


def match_verb(token: Token, pattern: Pattern) -> list[Token] | None:
    """The target tokens of ``pattern`` at verb ``token``; None when it does not match.

    An empty list means the pattern's words are all there but the target is not where the
    pattern puts it (it may be in a complement clause, or the verb is reciprocal).
    """
    if _particle_changes_meaning(token, pattern):
        return None  # "called off the meeting" holds none; "turned down the offer" is no turn
    anchors = _middle_anchors(token, pattern)
    if anchors is None:
        return None
    if pattern.prep is None:
        return _direct_objects(token, pattern, anchors)
    return _prepositional_objects(token, pattern, anchors)


def _particle_changes_meaning(token: Token, pattern: Pattern) -> bool:
    particles = {c.lower_ for c in token.children if c.dep_ == d.PRT}
    wanted = set(pattern.middle) | {pattern.prep}
    return bool(particles & lexicon.words("meaning_particles") - wanted)


def _direct_objects(token: Token, pattern: Pattern, anchors: list[Token]) -> list[Token]:
    objects = [c for c in token.children if c.dep_ in d.OBJECTS and c not in anchors]
    if not objects:
        # a pattern with a verb of its own takes that verb's object: "applied to join GATT"
        objects = [c for a in anchors[1:] if a.pos_ == d.VERB for c in a.children if c.dep_ in d.OBJECTS]
    if not objects and not pattern.middle:
        # "Iran was condemned", "the agreement signed by Shultz", "were trained and armed by Iran"
        objects = args.patients(token) or []
    if not objects and args.is_hyphen_participle(token) and not pattern.middle:
        objects = [token.head]  # "Iran-backed Houthi rebels"
    if not objects:
        objects = _named_by_free_relative(token)
    if not objects and not pattern.middle:
        objects = _gapped_relative_head(token)
    return objects


def _gapped_relative_head(verb: Token) -> list[Token]:
    """ "the contract Pertamina signed", "the accord Iran agreed to": a relative clause without a
    pronoun has the noun it modifies as its missing object. A clause with a subject pronoun ("the
    country that protested") or a relative adverb ("the city where they met") has none."""
    if verb.dep_ != d.RELCL or verb.head.pos_ not in d.NOUNS:
        return []
    words = lexicon.words("relative_pronouns") | _RELATIVE_ADVERBS
    if any(c.lower_ in words for c in verb.children) or any(c.dep_ in d.OBJECTS for c in verb.children):
        return []
    if not any(c.dep_ in d.SUBJECTS for c in verb.children):
        return []
    return [verb.head]


#: Words that open a relative clause about a time, place or reason, not a thing: "the city where".
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby", "how"})


def _named_by_free_relative(verb: Token) -> list[Token]:
    """ "condemned what it called Argentina's aggression", "denounced what he described as a U.S.
    plot": the object is the thing the "what" clause names."""
    return [n for clause in verb.children if clause.dep_ == d.CCOMP
            and any(w.lower_ == "what" and w.dep_ == d.DOBJ for w in clause.children)
            for n in (*(c for c in clause.children if c.dep_ == d.OPRD),
                      *(p for c in clause.children if c.dep_ == d.PREP and c.lower_ == "as"
                        for p in c.children if p.dep_ == d.POBJ))]


def _prepositional_objects(token: Token, pattern: Pattern, anchors: list[Token]) -> list[Token] | None:
    """The preposition may hang from the verb, from a middle word, or from the direct object:
    "pledged $5 billion in aid to Ukraine"."""
    objects_of_verb = [c for c in token.children if c.dep_ == d.DOBJ] if not pattern.middle else []
    # "sent planes carrying medicine to Italy", "pledged $5 billion in aid to Ukraine": the parser
    # may hang the preposition on a participle or on the noun of the object's own phrase
    objects_of_verb += [g for o in objects_of_verb for g in o.children if g.dep_ == d.ACL]
    objects_of_verb += [p for o in objects_of_verb for c in o.children if c.dep_ == d.PREP and c.lower_ in ("in", "of")
                        for p in c.children if p.dep_ == d.POBJ]
    # A document or event object owns its own preposition: "agreed a deal on gas supplies" agreed to the
    # deal, not on the supplies
    events = lexicon.event_nouns()
    objects_of_verb = [o for o in objects_of_verb if o.dep_ != d.DOBJ or o.lemma_.lower() not in events]
    # The pattern's own noun first: "launched strikes on Houthi targets ... on Thursday".
    for anchor in [*reversed(anchors[1:]), token, *objects_of_verb]:
        for child in anchor.children:
            if child.dep_ in d.PREPOSITIONAL and child.lower_ == pattern.prep:
                if child.dep_ == d.PRT:
                    objects = [c for c in token.children if c.dep_ == d.DOBJ]
                else:
                    objects = [c for c in child.children if c.dep_ in (d.POBJ, d.PCOMP)
                               and c.ent_type_ not in d.TIME_LABELS]
                if objects:
                    return objects
                if child.dep_ == d.PREP and not list(child.children) and child.i > token.i:
                    stranded = _gapped_relative_head(token) or _stranded_participle_head(token)
                    if stranded:
                        return stranded  # "the accord Iran agreed to", "the price agreed to by OPEC"
    return _for_to_subjects(token, pattern)


def _stranded_participle_head(verb: Token) -> list[Token]:
    """ "the benchmark price agreed to by OPEC": the noun the participle modifies."""
    if verb.dep_ == d.ACL and verb.tag_ == d.PAST_PARTICIPLE and verb.head.pos_ in d.NOUNS:
        return [verb.head]
    return []


def _for_to_subjects(token: Token, pattern: Pattern) -> list[Token] | None:
    """ "called for NATO members to increase spending": the parser makes "for" the mark of a clause
    whose subject is the target."""
    if pattern.middle or pattern.prep != "for":
        return None
    for clause in token.children:
        if ((clause.dep_ in d.COMPLEMENT_CLAUSES or clause.dep_ == d.ADVCL)
                and any(c.dep_ == d.MARK and c.lower_ == "for" for c in clause.children)):
            subjects = [c for c in clause.children if c.dep_ == d.NSUBJ]
            if subjects:
                return subjects
    return None


def _middle_anchors(token: Token, pattern: Pattern) -> list[Token] | None:
    """The verb and the words of the pattern between it and its preposition ("reach" and
    "agreement" of "reach agreement with"); None when one is missing."""
    anchors = [token]
    missing = list(pattern.middle)
    while missing:  # a word may hang on a later one: "issue joint declaration" has "joint" on "declaration"
        found = next(((w, f) for w in missing if (f := _find_child(anchors, w)) is not None), None)
        if found is None:
            return None
        missing.remove(found[0])
        anchors.append(found[1])
    return anchors


def _find_child(anchors: list[Token], word: str) -> Token | None:
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in _MIDDLE_DEPS and (child.lemma_.lower() == word or child.lower_ == word):
                if word in PARTICLES and child.dep_ not in (d.PRT, d.ADVMOD, d.PREP):
                    continue
                return child
    return None


def _verb_relations(token: Token, index: MentionIndex, words: set[str]) -> Iterator[Candidate]:
    """The relations of the first matching pattern whose target fits its predicate.

    "welcomed Gorbachev's offer" matches hosted ("welcome" + actor) and supported
    ("welcome" + owner); the object decides. Coordinated subjects of a reciprocal verb
    ("Israel and Hamas agreed to a truce") are related to each other.
    """
    matches = _verb_matches(token, words)
    # "they agreed with that": a verb with a target of any pattern is not used reciprocally
    targeted = any(targets for _, _, targets, _ in matches)
    for trigger, pattern, target_tokens, figurative in matches:
        rule = f"verb.{trigger.rule}"
        if pattern.head in trigger.needs_action and not pattern.prep and not asks_for_action(token):
            yield tried(trigger.predicate, token, rule, "no action asked for (\"told reporters\" is not a request)",
                        pattern=pattern.text)
            continue
        if trigger.blocked_nouns and any(t.lemma_.lower() in trigger.blocked_nouns for t in _given(token)):
            yield tried(trigger.predicate, token, rule, "blocked: what is given is no help", pattern=pattern.text)
            continue
        if trigger.blocked_by and _has_object_of_kind(token, trigger.blocked_by, index):
            yield tried(trigger.predicate, token, rule, f"blocked: its object is a {'/'.join(sorted(trigger.blocked_by))}",
                        pattern=pattern.text)
            continue
        if not pattern.prep and voices_stance(token, target_tokens):
            yield tried(trigger.predicate, token, rule, "the judgement it voices speaks for itself", pattern=pattern.text)
            continue
        if pattern.text in trigger.intransitive and any(c.dep_ == d.DOBJ for c in token.children):
            continue  # "withdrew its forces from Kuwait" rejects nothing; "withdrew from the treaty" does
        if pattern.text in trigger.goods_only and _moves_people(token, index):
            continue  # "sent a team to Washington" is no aid
        classes = dict(trigger.verb_classes).get(pattern.text)
        # one "calls" a meeting or an election, not an investigation; an event of another class takes its
        # owners with it ("proposed a meeting of the Andean Pact presidents")
        objects = [m for t in target_tokens if classes is None or not _of_other_class(t, classes, index)
                   for m in args.objects_for(t, trigger, index)
                   if classes is None or m.type not in ("Event", "Document") or m.event_class in classes]
        if pattern.text in trigger.things_only:  # "introduced a bill" backs it, "introduced the party" no one
            objects = [m for m in objects if m.type in ("Event", "Document")]
        if trigger.clause_targets and not objects:
            objects = _clause_subjects(token, index)  # "demanded that Iraq withdraw": Iraq is asked
        # "alleged that the government is hiding the figures": the clause's subject is the one accused,
        # not what the clause says was wronged ("charges the accord breached GATT rules" accuses no GATT)
        alleging = pattern.text in trigger.alleging and any(c.dep_ == d.CCOMP for c in token.children)
        if alleging and not objects:
            objects = _alleged(token, index)
        if trigger.event_participants:
            objects += _participants(target_tokens, objects, index)
        if trigger.framing and not any(m.type == "Document" for m in objects):
            objects += _framing_documents(token, trigger, index)
        if figurative:  # "attacked the impeachment inquiry" criticised it; "attacked Kyiv" is no criticism;
            # "attacked U.S. trade policy" criticised the US, whose policy it is
            stances = lexicon.words("stance_nouns")
            owned = [m for t in target_tokens if t.lemma_.lower() in stances and index.at(t) is None
                     for m in args.owners_for(t, index)]
            objects = [m for m in objects if m.type == "Document" or (m.type == "Event" and m.event_class != "Attack")
                       or m in owned]
        if trigger.conditional_targets and not objects:
            conditioned = _conditioned(token, index)
            if trigger.deep and all(m.is_reference for m in conditioned):
                # "threatened to refer Iran to the Security Council if it resumes enrichment": the one
                # the threatened act falls on, whom the condition's pronoun stands for
                objects = [m for m in _deep_objects(token, trigger, index) if args.is_actor(m)]
            objects = (objects or conditioned or _means_targets(token, index)
                       or _story_counterpart(token, pattern, index))
        if (not objects and trigger.deep and pattern.head not in trigger.needs_action and not alleging
                and pattern.text not in trigger.shallow):
            objects = _deep_objects(token, trigger, index)
        subjects = args.actors([m for t in args.subject_tokens(token) for m in args.mentions_for(t, index)])
        # "threatened each other with strikes": the pattern's target is the means, "each other" the object
        each_other = _each_other([*target_tokens, *(c for c in token.children if c.dep_ in d.OBJECTS)])
        mutual = pattern.text in trigger.mutual or each_other
        # "China, Iran and Russia have pledged funds": each pledged, none to the others
        joint = (trigger.reciprocal and pattern.text not in trigger.one_sided
                 and (trigger.joint_limit is None or len(subjects) <= trigger.joint_limit))
        reciprocal = (joint or mutual) and len(subjects) > 1 and (each_other or not _partner_elsewhere(
            token, pattern, target_tokens, objects, trigger))
        # "the two leaders met": a group subject of a reciprocal verb that has no target at all
        # ("to talk to officials, with a visit to Canada" has targets, none of them an actor)
        group = subjects[0] if ((joint and not targeted or mutual) and not objects and len(subjects) == 1
                                and is_group(subjects[0])) else None
        documents = _middle_documents(token, pattern, trigger, index, objects)
        if not objects and pattern.text in trigger.inverted:
            subjects, objects = _inverted(token, index) or (subjects, objects)  # "the bill passed the Senate"
        if not objects and not target_tokens and trigger.middle_owners and pattern.text in trigger.middle_owners:
            objects = _middle_owner(token, pattern, index)  # "summoned the Japanese ambassador": Japan
        if not objects and not documents and not reciprocal and group is None:
            yield tried(trigger.predicate, token, rule,
                        f"no object of an accepted kind ({', '.join(sorted(trigger.objects))})", pattern=pattern.text)
            continue
        reading = _denied_middle(token, pattern) or modality_of(token, irrealis=trigger.irrealis)
        if trigger.co_subjects:
            subjects += _co_subjects(token, trigger, index)
        if not subjects:
            yield tried(trigger.predicate, token, rule, "no subject", pattern=pattern.text)
            return
        source = attribution(token, index)
        if len(subjects) > 1 and not reciprocal and not mutual and {o.key for o in objects} <= {s.key for s in subjects}:
            objects = []  # "Brazil and the U.S. are both refusing to alter their positions": their own
        pairs = [(s, o) for s in subjects for o in (*objects, *documents)]
        if reciprocal:
            pairs += [(s, o) for s in subjects for o in subjects if s is not o]
        if mutual:  # "India clashed with China", "traded accusations with Hamas": both ways
            pairs += [(o, s) for s, o in pairs if (o, s) not in pairs and args.is_actor(o)]
        threat = (_conditional_threat(token, trigger, reading) or _announced_harm(trigger, reading, subjects, source)
                  or _threatened_harm(trigger, reading))
        if threat:  # "would strike Israel if attacked": a threat, the strike only a condition's outcome
            reading = Reading("hypothetical", "if")
        threat_rule = f"verb.conditionalthreat.v{lexicon.rules()['relations']['version']}"
        if group is not None:  # "the two leaders met": each member met the others
            yield Candidate(trigger.predicate, token, rule, group, group, trigger.confidence, reading, source,
                            trigger.symmetric, pattern.text, targets=_taken(token, pattern, target_tokens), among=True)
        for subject, obj in pairs:
            if subject != obj:
                # "before visiting Agriculture Secretary Richard Lyng": visiting a person is meeting them
                met = trigger.persons_as is not None and obj.type == "Person" and obj.kind == "name"
                yield Candidate(trigger.persons_as if met else trigger.predicate, token, rule, subject, obj,
                                trigger.confidence, reading, source, met or trigger.symmetric, pattern.text,
                                targets=_taken(token, pattern, target_tokens))
                if threat:
                    yield Candidate("threatened", token, threat_rule, subject, obj, trigger.confidence * 0.9,
                                    Reading("asserted"), source, False, f"would {pattern.text} if")
        return


def _participants(targets: list[Token], objects: list[Mention], index: MentionIndex) -> list[Mention]:
    """The actors of an event object: "hosted talks between Israeli and Hamas negotiators" hosted
    both sides."""
    found: list[Mention] = []
    for target in targets:
        event = index.at(target)
        if event is None or event.type != "Event" or event not in objects:
            continue
        for prep in (c for c in target.children if c.dep_ == d.PREP and c.lower_ in ("between", "among", "with")):
            found += [m for p in prep.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index)
                      if args.is_actor(m) and m not in objects and m not in found]
            found += [m for p in prep.children if p.dep_ == d.POBJ and not args.mentions_for(p, index)
                      for m in args.owners_for(p, index) if m not in objects and m not in found]
    return found


def _framing_documents(verb: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """The document a verb's framing phrase names: "Under the Paris accords, the five agreed to
    stabilise their currencies" agreed to the accords."""
    return [m for c in verb.children if c.dep_ == d.PREP and c.lower_ in trigger.framing
            for p in c.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index) if m.type == "Document"]


def _clause_subjects(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actors told what to do in a that-clause in the subjunctive or with "must"/"should":
    "demanded that Iraq withdraw", "insisted that Washington should lift the ban", or in an
    infinitive clause the parser gave its own subject: "wants Tokyo to open its market"."""
    found: list[Mention] = []
    for clause in (c for c in verb.children if c.dep_ == d.CCOMP and c.i > verb.i):
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == d.AUX_DEP}
        base = clause.tag_ == "VB" or (clause.tag_ in ("VBD", "VBP") and clause.lower_ == clause.lemma_.lower())
        if not (auxiliaries & _DEONTIC or (base and not auxiliaries) or _infinitive_clause(clause)):
            continue  # "that Qatar shut down": the tagger may take a bare "shut" or "cut" for a past form
        for subject in (c for c in clause.children if c.dep_ == d.NSUBJ):
            found += [m for m in args.mentions_for(subject, index) if args.is_actor(m) and m not in found]
    return found


def _alleged(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who a that-clause says did it: "alleged the government is hiding the figures" accuses the
    government, "alleged Biden's plan would strip Medicare" accuses Biden, "alleged that he was
    beaten by the police" the police; "alleged Navalny was poisoned" names no one."""
    found: list[Mention] = []
    for clause in (c for c in verb.children if c.dep_ == d.CCOMP and c.i > verb.i):
        doers = [c for c in clause.children if c.dep_ == d.NSUBJ]
        doers += [p for c in clause.children if c.dep_ == d.AGENT for p in c.children if p.dep_ == d.POBJ]
        for doer in (t for t in doers if t.pos_ != d.PRON):  # "alleged he drank poisoned tea": the victim
            named = [m for m in args.mentions_for(doer, index) if args.is_actor(m)]
            if not named and _is_measure(doer, index):  # whose plan or ban it is, not whose producers
                named = args.owners_for(doer, index)
            found += [m for m in named if m not in found]
    return found


def _is_measure(token: Token, index: MentionIndex) -> bool:
    """Is ``token`` a thing an actor does or adopts ("plan", "ban", "policy"), not a group of people?"""
    mention = index.at(token)
    return ((mention is not None and mention.type in ("Document", "Event"))
            or token.lemma_.lower() in lexicon.words("stance_nouns"))


def _infinitive_clause(clause: Token) -> bool:
    """ "Tokyo to open its market" under "wants", which the parser reads as a clause with its own subject."""
    return clause.tag_ == "VB" and any(c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in clause.children)


def _moves_people(verb: Token, index: MentionIndex) -> bool:
    """Is the direct object of ``verb`` people ("a three-man team", "its envoy", "Pompeo")?"""
    return any(((m := index.at(c)) is not None and m.type == "Person")
               or c.lemma_.lower() in lexicon.words("envoy_nouns") for c in verb.children if c.dep_ == d.DOBJ)


def _middle_owner(token: Token, pattern: Pattern, index: MentionIndex) -> list[Mention]:
    """Whose the pattern's own noun is: "summoned the Japanese ambassador" summons Japan's."""
    anchors = _middle_anchors(token, pattern)
    if anchors is None:
        return []
    noun = anchors[-1]
    mention = index.at(noun)
    if mention is not None and mention.code and mention.kind == "title":
        return [args.country_mention(mention.code, mention)]
    return [m for m in args.owners_for(noun, index) if m.type in ("Country", "Organization")
            or (m.type == "Place" and m.code)]


def _each_other(targets: list[Token]) -> bool:
    """ "accused each other", "blamed one another", "have each accused the other": the subjects act
    on each other."""
    return any((t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in t.lefts))
               or (t.lower_ == "one" and any(c.lower_ == "another" for c in t.rights))
               or (t.lower_ == "other" and any(c.lower_ == "the" for c in t.lefts) and _each_before(t))
               for t in targets)


def _each_before(other: Token) -> bool:
    """ "India and Pakistan each accused the other": a floating "each" on the verb or its subject."""
    verb = other.head if other.head.pos_ in d.VERBS else other.head.head
    return any(t.lower_ == "each" for t in verb.subtree if t.i < other.i)


def _middle_documents(token: Token, pattern: Pattern, trigger: Trigger, index: MentionIndex,
                      objects: list[Mention]) -> list[Mention]:
    """The document a pattern's own noun names: "reached a tentative agreement with India" agreed
    to that agreement as well as with India."""
    anchors = _middle_anchors(token, pattern) if pattern.middle and "document" in trigger.objects else None
    if anchors is None:
        return []
    mention = next((m for a in reversed(anchors[1:]) if (m := index.at(a)) is not None), None)
    return [mention] if mention is not None and mention.type == "Document" and mention not in objects else []


def _partner_elsewhere(verb: Token, pattern: Pattern, targets: list[Token], objects: list[Mention],
                       trigger: Trigger) -> bool:
    """ "The CME and the CBOE will negotiate with a third party": the partner a "with" phrase names
    is there but is no actor, so the coordinated subjects did it with that partner, not with each other
    (whether the pattern names the "with" or, as bare "negotiate", not). "Brazil and China pledged
    to cooperate with the ATPC": an actor partner too. Those who meet or speak with someone named are
    one side of the meeting: "Funaro and Gros are meeting Lawson", "Britain, France and Germany held
    talks with Iran" are no meetings of Funaro with Gros or of Britain with France."""
    if objects:
        return ((pattern.prep == "with" or trigger.predicate in _GATHERINGS)
                and any(args.is_actor(m) for m in objects))
    if pattern.prep is None:
        return any(c.dep_ == d.PREP and c.lower_ == "with" for c in verb.children)
    return pattern.prep == "with" and bool(targets)


#: Reciprocal predicates whose coordinated subjects meet the partner they name, not each other.
_GATHERINGS = frozenset({"met", "spokeWith"})
#: Auxiliaries of a that-clause that make it the action asked for: "told Iran that it must stop".
_DEONTIC = frozenset({"must", "should", "ought"})
#: Verbs whose that-clause in the subjunctive is what they ask for: "recommended that Washington use".
_SUBJUNCTIVE_VERBS = frozenset({"ask", "recommend", "insist"})


def asks_for_action(verb: Token) -> bool:
    """Does ``verb`` ("told", "asked") name an action its object is to take: a to-infinitive
    ("told Iran to stop"), a that-clause after it with must or should ("told Iran that it must
    stop"), or, after "ask", what is asked for ("asked Xi for help") or a subjunctive ("asked
    that Washington cancel")? A clause before the
    verb is what was said, not asked: "Manila must devalue, the minister told Reuters"."""
    objects = [c for c in verb.children if c.dep_ == d.DOBJ]
    for child in [*verb.rights, *(g for o in objects for g in o.rights if g.dep_ == d.ACL)]:
        if (child.dep_ in (d.XCOMP, d.ADVCL, d.ACL)
                and any(c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in child.children)):
            return True  # "asked the OAS on Tuesday to invoke", "ask Saudi Arabia to help": the parser varies
        if child.dep_ == d.PREP and child.lower_ == "for" and verb.lemma_ == "ask":
            return True  # "asked Xi for help"
        if child.dep_ == d.CCOMP:
            auxiliaries = {c.lower_ for c in child.children if c.dep_ == d.AUX_DEP}
            subject = any(c.dep_ in d.SUBJECTS for c in child.children)
            subjunctive = verb.lemma_ in _SUBJUNCTIVE_VERBS and child.tag_ == "VB" and subject and not auxiliaries
            # "wants Tokyo to open its market": the parser may make the one asked the clause's subject
            infinitive = verb.lemma_ == "want" and child.i > verb.i and _infinitive_clause(child) and any(
                c.dep_ in d.SUBJECTS and (c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                                          or (c.pos_ == d.PRON and c.lower_ not in ("it", "this", "that")))
                for c in child.children)  # an actor asked, not "wanted the communique to imply"
            if (auxiliaries & _DEONTIC and _addressee_acts(child, objects)) or subjunctive or infinitive:
                return True
    return False


def _addressee_acts(clause: Token, told: list[Token]) -> bool:
    """Is the one who must act in a that-clause the one told, or an actor it speaks for ("told Iran
    that it must stop", "told Putin that Russia must withdraw")? What a thing must do is only said to
    the listener: "told the Grain and Feed Association the program should continue", "told Reuters
    that the laws must be strengthened"."""
    subjects = [c for c in clause.children if c.dep_ == d.NSUBJ]
    return any(s.pos_ in (d.PRON, d.PROPN) or any(s.lower_ == t.lower_ for t in told) for s in subjects)


def _middle_words(token: Token, pattern: Pattern) -> list[Token]:
    """The words of the pattern's middle in the parse: "talks" in "held talks with"."""
    return [c for c in token.subtree if c is not token and (c.lemma_.lower() in pattern.middle
                                                              or c.lower_ in pattern.middle)]


def _taken(token: Token, pattern: Pattern, targets: list[Token]) -> tuple[int, ...]:
    """The tokens a verb pattern used: its target and its middle words ("held talks with X")."""
    return tuple(t.i for t in targets) + tuple(t.i for t in _middle_words(token, pattern))


def _denied_middle(token: Token, pattern: Pattern) -> Reading | None:
    """ "had no meeting with": the pattern's noun is denied, so is the relation."""
    for word in _middle_words(token, pattern):
        denial = next((c for c in word.children if c.lower_ in ("no", "without")), None)
        if denial is not None:
            return Reading("negated", denial.text)
    return None


def verb_targets(candidates: list[Candidate]) -> set[int]:
    """The tokens the emitted verb candidates took as objects ("held talks with X": "talks")."""
    return {i for c in candidates if c.emitted for i in c.targets}


def _of_other_class(target: Token, classes: frozenset[str], index: MentionIndex) -> bool:
    mention = index.at(target)
    return mention is not None and mention.type in ("Event", "Document") and mention.event_class not in classes


def _inverted(token: Token, index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
    """A document subject and an actor object swapped: "This bill passed the Senate on Tuesday"
    is the Senate's passing the bill."""
    documents = [m for t in args.subject_tokens(token) for m in args.mentions_for(t, index) if m.type == "Document"]
    actors = args.actors([m for c in token.children if c.dep_ == d.DOBJ for m in args.mentions_for(c, index)])
    return (actors, documents) if documents and actors else None


def _given(token: Token) -> list[Token]:
    """What a verb gives: its direct object, which the parser may hang on the receiver ("granted
    Stanton a full pardon" as an apposition of Stanton), or on the receiver's own apposition
    ("granted Safavian, formerly its chief of staff, a full pardon")."""
    objects = [c for c in token.children if c.dep_ in (d.DOBJ, d.DATIVE)]
    beside = [a for o in objects for a in o.children if a.dep_ == d.APPOS]
    return [*objects, *beside, *(a for b in beside for a in b.children if a.dep_ in (d.APPOS, d.CONJ))]


def _has_object_of_kind(token: Token, kinds: frozenset[str], index: MentionIndex) -> bool:
    return any((m := index.at(c)) is not None and m.type.lower() in kinds
               for c in token.children if c.dep_ == d.DOBJ)


def _deep_objects(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """The target inside a complement: "threatened to impose restrictions on Japanese banks" -> Japan.

    A complement that is itself a trigger ("vowed to retaliate against X") speaks for itself.
    """
    for child in token.children:
        if child.dep_ not in d.COMPLEMENT_CLAUSES or child.pos_ not in d.VERBS or is_denied_clause(child):
            continue  # "denied that it attacked Ukraine" rejects no Ukraine
        lemma = child.lemma_.lower()
        if (lemma in verb_index() and lemma not in lexicon.words("light_verbs") and not trigger.irrealis
                and not trigger.deep_through_triggers):
            continue  # "vowed to retaliate against X" speaks for itself; a threat takes what it threatens
        if lemma in lexicon.words("disclosure_verbs"):
            continue  # "declined to identify the U.S. buyers" withholds their names, it rejects no one
        if trigger.irrealis and lemma not in verb_index() and _thing_does_it(child, index):
            continue  # "warned that failure to cut the deficit would jeopardize the U.S. economy": a forecast
        found = _partners(child, index) if trigger.deep_partners else args.complement_targets(child, index)
        if found:
            return found
    if trigger.irrealis:  # "threatened sanctions against Iran", "a resumption of air raids on Iranian towns"
        for obj in (c for c in token.children if c.dep_ == d.DOBJ):
            found = _harm_targets(obj, index)
            if found:
                return found
    return []


def _partners(clause: Token, index: MentionIndex) -> list[Mention]:
    """The actors a "with" names in ``clause``: "agreed to hold talks with the United States"."""
    return args.actors([m for p in clause.subtree if p.dep_ == d.PREP and p.lower_ == "with"
                        for o in p.children if o.dep_ == d.POBJ for m in args.mentions_for(o, index)])


def _thing_does_it(clause: Token, index: MentionIndex) -> bool:
    """Is the subject of ``clause`` a thing, not an actor ("failure to reduce the deficit would ...")?"""
    subjects = [c for c in clause.children if c.dep_ in d.SUBJECTS]
    return bool(subjects) and not args.actors([m for t in subjects for m in args.mentions_for(t, index)])


def _harm_targets(noun: Token, index: MentionIndex, depth: int = 0) -> list[Mention]:
    """Whom a threatened harm named by a noun would hit: its "against", "on" or "to" phrase, one
    "of" down ("a resumption of air raids on Iranian towns")."""
    for prep in (c for c in noun.children if c.dep_ == d.PREP):
        heads = [p for p in prep.children if p.dep_ == d.POBJ]
        if prep.lower_ in lexicon.words("target_prepositions"):
            found = [m for h in heads for m in (args.actors(args.mentions_for(h, index)) or args.owners_for(h, index))]
            if found:
                return found
        elif prep.lower_ == "of" and depth == 0:
            found = [m for h in heads for m in _harm_targets(h, index, depth + 1)]
            if found:
                return found
    return []


def _conditional_threat(verb: Token, trigger: Trigger, reading: Reading) -> bool:
    """Is a harm said to come on a condition ("would strike Israel if attacked")? Then it is a threat."""
    if trigger.predicate not in lexicon.rules()["relations"]["conditional_harm"] or reading.modality in (
            "asserted", "negated"):
        return False
    conditioned = any(c.dep_ == d.ADVCL and any(m.dep_ == d.MARK and m.lower_ in _CONDITIONS for m in c.children)
                      for c in verb.children)
    return conditioned or _in_threat_frame(verb)


#: Modals of a harm its doer says it would or could do: "Britain would use its powers to ban".
_ANNOUNCING_MODALS = frozenset({"would", "could"})


def _announced_harm(trigger: Trigger, reading: Reading, subjects: list[Mention], source: str | None) -> bool:
    """Is a harm one its doer says (``source``, the relation's attribution) it would or could do
    ("Iran said it could strike U.S. bases")? Said by the doer, it is a threat; said of the doer by
    someone else ("analysts said the US could impose sanctions"), it is only a possibility."""
    if (trigger.predicate not in lexicon.rules()["relations"]["conditional_harm"]
            or reading.modality not in ("hypothetical", "planned")
            or (reading.cue or "").lower() not in _ANNOUNCING_MODALS or not subjects or source is None):
        return False  # "will impose sanctions" is a plan; "would impose" one's warning
    return any((s.name or s.text) == source or (s.kind == "pronoun" and s.type != "Person")
               or _speaks_for(source, s) for s in subjects)


def _speaks_for(source: str, subject: Mention) -> bool:
    """Is the speaker one of the country's office holders the gazetteer knows ("Britain would use its powers
    to ban Japanese banks, Thatcher said")?"""
    return bool(subject.code) and subject.type in ("Country", "Place") and any(
        o.country == subject.code for o in gazetteer.offices_of(source, on=None))


def _threatened_harm(trigger: Trigger, reading: Reading) -> bool:
    """Is the harm what a threat announces ("Reagan's threat to impose tariffs on Japanese goods")?"""
    return (trigger.predicate in lexicon.rules()["relations"]["conditional_harm"] and reading.modality == "hypothetical"
            and (reading.cue or "").lower() in lexicon.rules()["relations"]["threat_nouns"])


def _in_threat_frame(verb: Token) -> bool:
    """Is the harm a retaliation or one its doer stands ready to do ("would retaliate by imposing
    taxes", "is poised to impose tariffs")? Only the verbs of its own clause count."""
    frames = lexicon.rules()["relations"]["threat_frames"]
    node = verb
    while node.dep_ in (d.XCOMP, d.PCOMP, d.PREP, d.ADVCL, d.ACOMP) and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in frames:
            return True
    return False


#: Conjunctions of a condition: "would strike if Sweden joined", "unless Israel halted".
_CONDITIONS = frozenset({"if", "unless", "should"})


def _conditioned(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actors whose doing sets off what ``verb`` threatens: the subject of an "if" or "unless"
    clause under it ("warned that Moscow would deploy missiles if Sweden joined NATO")."""
    found: list[Mention] = []
    for node in verb.subtree:
        if node.dep_ != d.ADVCL or not any(c.dep_ == d.MARK and c.lower_ in _CONDITIONS for c in node.children):
            continue
        for subject in (c for c in node.children if c.dep_ in d.SUBJECTS):
            found += [m for m in args.mentions_for(subject, index) if args.is_actor(m) and m not in found]
    return found


def _means_targets(verb: Token, index: MentionIndex) -> list[Mention]:
    """Whom the means of a reprisal falls on: "would retaliate by imposing taxes on U.S. exports" (the
    US), "hit back by expelling Russian diplomats" (Russia)."""
    found: list[Mention] = []
    means = [g for c in verb.children if c.dep_ == d.PREP and c.lower_ == "by" for g in c.children if g.dep_ == d.PCOMP]
    for gerund in means:
        targets = [o for o in gerund.children if o.dep_ == d.DOBJ]
        targets += [p for c in gerund.children if c.dep_ == d.PREP and c.lower_ in ("on", "against")
                    for p in c.children if p.dep_ == d.POBJ]
        for target in targets:
            actors = [m for m in args.mentions_for(target, index) if args.is_actor(m)] or args.owners_for(target, index)
            found += [m for m in actors if m not in found]
    return found


def _story_counterpart(verb: Token, pattern: Pattern, index: MentionIndex) -> list[Mention]:
    """Whom a country's threat of reprisal with no target in its clause is aimed at: "Senior U.S.
    officials have accused Tokyo of reneging and have threatened retaliatory action". The one other
    country the sentence, or else the one before it, names; none when it names several."""
    if pattern.text not in lexicon.rules()["relations"]["untargeted_threats"] or not _threatens_reprisal(verb):
        return []
    subjects = [m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)]
    if not subjects or not all(m.code for m in subjects):
        return []  # only a country's threat: a person's or a body's own side is not known here
    own = {m.code for m in subjects}
    sentences = [verb.sent]
    if verb.sent.start > 0:
        sentences.append(verb.doc[verb.sent.start - 1].sent)
    for sentence in sentences:
        named = {m.code: m for m in index.within(sentence)
                 if m.type == "Country" and m.code and not m.is_reference and m.code not in own}
        if named:
            return list(named.values()) if len(named) == 1 else []
    return []


def _threatens_reprisal(verb: Token) -> bool:
    """Does the verb threaten a reprisal rather than name what it threatens?"""
    reprisals = {w.lower() for w in lexicon.rules()["ultimatum"]["reprisal_nouns"]}
    def is_reprisal(noun: Token) -> bool:
        return noun.dep_ == d.DOBJ and (noun.lemma_.lower() in reprisals or noun.lower_ in reprisals)

    # "threatened retaliatory action", "threatened to retaliate", "threatened to take retaliatory action"
    return any(is_reprisal(c) or (c.dep_ == d.XCOMP and (c.lemma_.lower() in ("retaliate", "respond") or any(
        is_reprisal(g) for g in c.children))) for c in verb.children)


def _co_subjects(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """Parties that share the subject's role: "X signed a deal with Y" -> Y signed too."""
    found = []
    for node in [token, *[c for c in token.children if c.dep_ == d.DOBJ]]:
        for child in node.children:
            if child.dep_ == d.PREP and child.lower_ in trigger.co_subjects:
                found += [m for pobj in child.children if pobj.dep_ == d.POBJ
                          for m in args.mentions_for(pobj, index) if m.type in ACTOR_TYPES]
    return found


def joint_meetings(candidates: list[Candidate]) -> Iterator[Candidate]:
    """Actors who held talks or a summit together met: "Washington and Tehran held indirect talks";
    those who held an exercise together cooperated: "China and Russia began joint naval drills"."""
    settings = lexicon.rules()
    meetings, calls = set(settings["events"]["meetings"]), set(settings["events"]["calls"])
    exercises = set(settings["events"]["joint"])
    joint = settings["relations"]["joint_meeting"]
    rule = f"verb.jointmeeting.v{joint['version']}"
    by_event: dict[tuple[int, tuple[int, int, str]], list[Candidate]] = {}
    for c in candidates:
        if c.emitted and c.predicate == "held" and c.object.event_class in meetings | exercises:
            by_event.setdefault((c.trigger.i, c.object.key), []).append(c)
    for group in by_event.values():
        first_report = group[0]
        cls = first_report.object.event_class
        predicate = "spokeWith" if cls in calls else "cooperatedWith" if cls in exercises else "met"
        holders = [c.subject for c in group]
        for i, first in enumerate(holders):
            for second in holders[i + 1:]:
                yield Candidate(predicate, first_report.trigger, rule, first, second,
                                first_report.confidence * joint["confidence"], first_report.reading,
                                first_report.attribution, True, event=first_report.object)
