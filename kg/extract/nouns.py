"""The noun-trigger family: relations stated by a noun and its prepositional phrase.

"a meeting with X", "X's visit to Y", "a visit by Putin", "talks between X and Y",
"US sanctions on Iran": the noun's pattern (``nouns`` in ``triggers.toml``) names the
preposition that introduces the target; the subject is the noun's owner, its agent
("by"), an actor modifier, or the subject of the clause the noun is in.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import gazetteer, lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate, tried
from kg.extract.mentions import MentionIndex, is_group
from kg.extract.modality import Reading, attribution, modality_of
from kg.extract.names import org_mention
from kg.lexicon import Pattern, Trigger
from kg.model import Mention

#: Prepositions of a pattern whose objects relate to each other: "talks between X and Y"; "of", for a
#: symmetric predicate, only when it names two or more ("a meeting of Chile, Peru and Bolivia", not "a
#: meeting of EC ministers"; "the bombing of Libya" is no pairing at all).
_PAIRING = ("between", "among")
_PAIRING_WHEN_SEVERAL = ("of",)


@lexicon.cached
def pattern_index(kind: str) -> dict[str, list[tuple[Trigger, Pattern]]]:
    """Patterns of one kind ("nouns", "relational") by head word."""
    table: dict[str, list] = {}
    for trigger in lexicon.triggers():
        for pattern in getattr(trigger, kind):
            table.setdefault(pattern.head, []).append((trigger, pattern))
    return table


def patterns_at(token: Token, kind: str, *, forms: bool = True) -> list[tuple[Trigger, Pattern]]:
    """The patterns of ``kind`` headed by the token's lemma, then (with ``forms``) by its form."""
    lemma = token.lemma_.lower()
    table = pattern_index(kind)
    return table.get(lemma, []) + table.get(token.lower_, []) * (forms and token.lower_ != lemma)


def noun_candidates(sent: Span, index: MentionIndex, *, taken: set[int] = frozenset()) -> Iterator[Candidate]:
    """The candidates of every trigger noun in ``sent``. A noun a verb already took as its
    object (``taken``: "held talks with X", "rejected talks with X") adds only its "between"
    pairs and the participants it names itself ("welcomed the visit of Shultz to China")."""
    for token in sent:
        if token.pos_ in d.NOUNS:
            yield from _noun_relations(token, index, pairs_only=token.i in taken)
            yield from _received(token, index)
            yield from _framing(token, index)
            yield from _bidden(token, index)
            yield from _clausal_request(token, index)
            yield from _threat_clause(token, index)
            yield from _guests(token, index)
            yield from _joint_talks(token, index)
            yield from _sponsored(token, index)
            yield from _victims(token, index)
            yield from _targets_of(token, index)


def _noun_relations(token: Token, index: MentionIndex, *, pairs_only: bool = False) -> Iterator[Candidate]:
    for trigger, pattern in patterns_at(token, "nouns"):
        if not _has_modifiers(token, pattern):
            continue
        host = _passive_host(token)
        targets = phrase_objects(token, pattern.prep) or (phrase_objects(host, pattern.prep) if host is not None else [])
        if not targets:
            continue
        rule = f"noun.{trigger.rule}"
        reading = _noun_reading(token)
        objects = [m for t in targets for m in args.objects_for(t, trigger, index)]
        if pattern.prep in _PAIRING and "actor" in trigger.objects:  # "talks between Ottawa and Paris": governments
            objects += [m for t in targets for m in args.mentions_for(t, index)
                        if m.type == "Place" and m.code and not m.is_reference and m not in objects]
        if not objects:
            yield tried(trigger.predicate, token, rule,
                        f"no object of an accepted kind ({', '.join(sorted(trigger.objects))})", pattern=pattern.text)
            return
        confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
        source = attribution(token, index)
        if pattern.prep in _PAIRING:
            yield from pairs(objects, trigger, token, rule, confidence, reading, source, pattern)
            yield from _parties_to(token, objects, trigger, index, rule, confidence, reading, source, pattern)
            return
        if pattern.prep in _PAIRING_WHEN_SEVERAL and trigger.symmetric:
            if len({m.key for m in args.actors(objects)}) > 1:
                yield from pairs(objects, trigger, token, rule, confidence, reading, source, pattern)
            return
        # A noun the verb took has the verb's subject as its own only through the verb's relation.
        subjects = nominal_subjects(token, index, exclude={*pattern.middle, pattern.prep}, clause=not pairs_only)
        if host is not None and not subjects:
            subjects = _agents(host, index, tuple(p for p in _AGENT_PREPOSITIONS if p != pattern.prep))
        if not subjects and pairs_only:
            return
        if not subjects:
            yield tried(trigger.predicate, token, rule, "no subject", pattern=pattern.text)
        for subject in subjects:
            for obj in objects:
                if subject != obj:
                    yield Candidate(trigger.predicate, token, rule, subject, obj, confidence, reading, source,
                                    trigger.symmetric, pattern.text)
        return


#: Prepositions of a place a participant phrase may hang from: "a meeting at the mission with the Soviet team".
_SETTING_PREPOSITIONS = ("at", "in")


def _passive_host(token: Token) -> Token | None:
    """ "Protests had been received from Senegal over the tax", "objections were raised by Canada to
    the fee": the passive verb a noun is the subject of carries the noun's own phrases."""
    verb = token.head
    if token.dep_ == d.NSUBJPASS and verb.lemma_.lower() in lexicon.words("noun_hosting_verbs"):
        return verb
    return None


def phrase_objects(token: Token, prep: str) -> list[Token]:
    """The objects of the noun's ``prep`` phrase; a "with" phrase the parser hung on the place the
    noun is located at counts too: "a meeting at the American mission with the Soviet team"."""
    phrases = [c for c in token.children if c.dep_ == d.PREP and c.lower_ == prep]
    # "negotiations currently held between Ottawa and Paris", "an agreement reached between Nigeria and the
    # Paris Club": the phrase of a participle describing the noun
    phrases += [c for acl in token.children if acl.dep_ == d.ACL and acl.tag_ == d.PAST_PARTICIPLE
                and acl.lemma_.lower() in ("hold", "conduct", "schedule", "plan", "set", "reach", "sign", "conclude",
                                           "strike", "negotiate")
                for c in acl.children if c.dep_ == d.PREP and c.lower_ == prep]
    if prep == "with":
        phrases += [c for setting in token.children if setting.dep_ == d.PREP and setting.lower_ in _SETTING_PREPOSITIONS
                    for place in setting.children if place.dep_ == d.POBJ
                    for c in place.children if c.dep_ == d.PREP and c.lower_ == prep]
    if not phrases:
        phrases = _stranded_phrase(token, prep)
    return [pobj for phrase in phrases for pobj in phrase.children if pobj.dep_ == d.POBJ]


def voices_stance(verb: Token, targets: list[Token]) -> bool:
    """Does ``verb`` voice a judgement noun among ``targets`` ("expressed opposition to", "reaffirmed
    the objections of")? The noun's own relation says who judged what."""
    return verb.lemma_.lower() in lexicon.words("voicing_verbs") and any(
        trigger.predicate in _JUDGEMENTS for t in targets for trigger, _ in patterns_at(t, "nouns"))


#: What a voiced noun may judge.
_JUDGEMENTS = frozenset({"criticized", "rejected", "supported", "accused", "requested", "threatened"})


def _stranded_phrase(token: Token, prep: str) -> list[Token]:
    """ "to rule on objections by Canada to a customs fee": the noun's own phrase, right after the
    noun's phrase ends, that the parser hung on a word governing the noun. Not the noun's own
    verb's, "would impose sanctions on Syria" being the verb's pattern, read by the verb family,
    unless the verb is light: "had large trade surpluses with the U.S."."""
    after = token.right_edge.i + 1
    if after >= token.sent.end:
        return []
    follower = token.doc[after]
    if (follower.dep_ == d.PREP and follower.lower_ == prep and follower.head.i < token.i
            and follower.head in token.ancestors
            and (follower.head != token.head
                 or token.head.lemma_.lower() in lexicon.words("light_verbs") | lexicon.words("voicing_verbs"))):
        return [follower]
    return []


def _noun_reading(token: Token, *, own: bool = False) -> Reading:
    """A noun's modality; "no talks with", "without a meeting with" negate it. With ``own``,
    only the noun's own words count, not the words governing it."""
    denial = next((c for c in token.children if c.lower_ in ("no", "without")), None)
    if denial is not None:
        return Reading("negated", denial.text)
    # "an eventual meeting with President Reagan, which could take place in May": only possible
    maybe = next((a for c in token.children if c.dep_ == d.RELCL for a in c.children
                  if a.dep_ == d.AUX_DEP and a.lower_ in ("could", "might", "may")), None)
    if maybe is not None:
        return Reading("hypothetical", maybe.text)
    return Reading("asserted") if own else modality_of(token)


def _has_modifiers(token: Token, pattern: Pattern) -> bool:
    present = {c.lower_ for c in token.lefts} | {c.lemma_.lower() for c in token.lefts}
    return all(word in present for word in pattern.middle)


def pairs(objects: list[Mention], trigger: Trigger, token: Token, rule: str, confidence: float, reading: Reading,
          source: str | None, pattern: Pattern) -> Iterator[Candidate]:
    """Every pair of the actors among ``objects``: "talks between Russia, Ukraine and Turkey"; a
    group's members, pair by pair: "trade between the two countries"."""
    actors = args.actors(objects)  # a capital stands for its government
    if len(actors) == 1 and is_group(actors[0]):
        yield Candidate(trigger.predicate, token, rule, actors[0], actors[0], confidence, reading, source,
                        trigger.symmetric, pattern.text, among=True)
    for i, first in enumerate(actors):
        for second in actors[i + 1:]:
            yield Candidate(trigger.predicate, token, rule, first, second, confidence, reading, source,
                            trigger.symmetric, pattern.text)


def _parties_to(token: Token, objects: list[Mention], trigger: Trigger, index: MentionIndex, rule: str,
                confidence: float, reading: Reading, source: str | None, pattern: Pattern) -> Iterator[Candidate]:
    """ "an agreement reached between Nigeria and the Paris Club": each party is party to the
    agreement itself, as "Nigeria and the Paris Club reached an agreement" says."""
    document = index.at(token)
    if document is None or document.type != "Document" or "document" not in trigger.objects:
        return
    for party in args.actors(objects):
        yield Candidate(trigger.predicate, token, rule, party, document, confidence, reading, source, False,
                        pattern.text)


def _agents(token: Token, index: MentionIndex, prepositions: tuple[str, ...]) -> list[Mention]:
    return args.actors([m for c in token.children if c.dep_ in d.NOUN_PHRASES and c.lower_ in prepositions
                        for p in c.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index)])


def _received(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Japan faced sanctions from the US", "Kiev won Berlin's support", "came under criticism
    from Beijing": the one the noun comes from acts on the subject of the verb of receiving.
    A noun of asking or warning that is answered ("Sudan rejected a demand by the IMF", "Greece,
    responding to a warning by Turkey") was addressed to whoever answers it. A noun that names
    its own target ("Turkey's warning to Cyprus") says whom itself."""
    patterns = patterns_at(token, "nouns")
    verb = _verb_taking(token)
    if not patterns or verb is None or _has_target(token, patterns):
        return
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words("receiving_verbs"):
        trigger, reading, pattern = patterns[0][0], modality_of(token), "receive <noun> from"
    elif lemma in lexicon.words("responding_verbs"):
        trigger = next((t for t, _ in patterns if token.lemma_.lower() in t.answered_nouns), None)
        # the answer, refused or not, presupposes what it answers: "rejected a demand" was a demand
        reading, pattern = _noun_reading(token, own=True), "answer <noun> of"
        if trigger is None:
            return
    else:
        return
    agents = nominal_subjects(token, index, exclude=set(), clause=False) or _agents(verb, index, _giver_prepositions(verb))
    if not agents:
        return
    subjects = args.subject_tokens(verb)
    if pattern == "receive <noun> from":  # "the plan drew criticism": what receives may be a thing
        receivers = [m for t in subjects for m in args.objects_for(t, trigger, index)]
    else:  # who answers is an actor: "his government rejected" is not "his"
        receivers = args.actors([m for t in subjects for m in args.mentions_for(t, index)])
    rule = f"noun.{trigger.rule}"
    if not receivers:
        yield tried(trigger.predicate, token, rule, "no subject of the verb that receives or answers it",
                    pattern=pattern)
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    for agent in agents:
        for receiver in receivers:
            if agent != receiver:
                yield Candidate(trigger.predicate, token, rule, agent, receiver, confidence, reading,
                                attribution(token, index), trigger.symmetric, pattern)


def _framing(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "The plan was shelved because of opposition from Britain", "approved the cut over the
    objections of the administration", "adopted the tax despite Spanish opposition": a judgement
    that names its holder but not its object, in a phrase framing what a clause did, is a judgement
    of the document or event the clause acts on."""
    frame = _framing_phrase(token)
    if frame is None or token.lemma_.lower() not in lexicon.words("framing_nouns") or _names_its_content(token):
        return
    patterns = [(t, p) for t, p in patterns_at(token, "nouns") if t.predicate in _FRAMED_PREDICATES]
    if not patterns:
        return
    trigger, _ = patterns[0]
    holders = nominal_subjects(token, index, exclude=set(), clause=False)
    if not holders:
        return
    host = frame.head
    targets = [host] if host.pos_ in d.NOUNS else _acted_on(host)
    judged = [m for t in targets for m in args.mentions_for(t, index) if m.type in ("Document", "Event")]
    rule = f"noun.{trigger.rule}"
    if not judged:
        yield tried(trigger.predicate, token, rule, "no document or event in the clause it frames",
                    pattern=f"{frame.lower_} <noun>")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    reading = modality_of(host.head if host.dep_ == d.XCOMP else host)  # "agreed a scheme to rid ...": agreed
    for holder in holders:
        for obj in judged:
            yield Candidate(trigger.predicate, token, rule, holder, obj, confidence, reading,
                            attribution(token, index), trigger.symmetric, f"{frame.lower_} <noun>")


def _names_its_content(token: Token) -> bool:
    """Does the noun say what it is about itself: "opposition to the plan", "his concern the debt
    crisis was deepening"? Only who holds it may follow ("opposition from Madrid")."""
    return any(c.dep_ in d.COMPLEMENT_CLAUSES or c.dep_ in (d.ACL, d.RELCL)
               or (c.dep_ in d.NOUN_PHRASES and c.lower_ not in _AGENT_PREPOSITIONS) for c in token.children)


#: The judgements a framing phrase carries: opposition and criticism, not support.
_FRAMED_PREDICATES = frozenset({"rejected", "criticized"})


def _framing_phrase(token: Token) -> Token | None:
    """The preposition of "despite/over/amid/against <noun>", "because of <noun>", "in the face of <noun>"."""
    if token.dep_ != d.POBJ:
        return None
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ in ("because", "face"):
        prep = prep.head if prep.head.lower_ == "because" else prep.head.head
    return prep if prep.lower_ in lexicon.words("framing_prepositions") and prep.dep_ == d.PREP else None


def _acted_on(verb: Token) -> list[Token]:
    """What a clause acts on, nearest first: the passive subject ("the plan was shelved"), the object
    ("approved the budget"), the object of a preposition ("failed to agree on a program"), then an
    intransitive verb's subject ("the reform passed"). The verb the framing phrase hangs on may be
    the main verb or its complement: "agreed a scheme to rid the EC of ..., despite opposition"."""
    chain = [verb, *(c for c in verb.children if c.dep_ == d.XCOMP)]
    if verb.dep_ == d.XCOMP:
        chain.append(verb.head)
    framing = lexicon.words("framing_prepositions")
    found = []
    for clause in chain:
        found += args.patients(clause) or []
        found += [c for c in clause.children if c.dep_ == d.DOBJ]
        found += [p for c in clause.children if c.dep_ == d.PREP and c.lower_ not in framing
                  for p in c.children if p.dep_ == d.POBJ]
    return found + [c for c in verb.children if c.dep_ == d.NSUBJ]


def _giver_prepositions(verb: Token) -> tuple[str, ...]:
    """Where a verb of receiving names whom its noun comes from: "won support from Berlin"; an
    active verb's "by" phrase can only be its noun's ("the fee drew objections by Canada"), a
    passive one's is its own agent ("the offer was accepted by Kuwait")."""
    passive = any(c.dep_ == d.AUXPASS for c in verb.children)
    return ("from",) if passive else ("from", "by")


def _has_target(token: Token, patterns: list[tuple[Trigger, Pattern]]) -> bool:
    """Does the noun have the prepositional phrase one of its patterns takes its target from?"""
    preps = {pattern.prep for _, pattern in patterns}
    return any(c.dep_ == d.PREP and c.lower_ in preps and any(p.dep_ == d.POBJ for p in c.children)
               for c in token.children)


#: Prepositions before a noun of asking that make it the occasion of an act: "at the request of".
_OCCASION_PREPOSITIONS = ("at", "on", "upon")


def _bidden(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "U.S. troops returned at the Iraqi government's request", "the prorogation by the Queen
    at the request of Boris Johnson": whoever the noun is from asked whoever acted."""
    trigger = next((t for t in lexicon.triggers() if token.lemma_.lower() in t.bidding_nouns), None)
    if trigger is None or token.dep_ != d.POBJ or token.head.lower_ not in _OCCASION_PREPOSITIONS:
        return
    rule = f"noun.{trigger.rule}"
    askers = nominal_subjects(token, index, exclude=set(), clause=False)
    if not askers:
        yield tried(trigger.predicate, token, rule, "no one the request is from", pattern="at the <noun> of")
        return
    actors = args.actors([m for t in _acting(token.head.head) for m in args.mentions_for(t, index)])
    if not actors:
        yield tried(trigger.predicate, token, rule, "no one who acted at the request", pattern="at the <noun> of")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    for asker in askers:
        for actor in actors:
            if asker != actor:
                yield Candidate(trigger.predicate, token, rule, asker, actor, confidence, Reading("asserted"),
                                attribution(token, index), trigger.symmetric, "at the <noun> of")


def _clausal_request(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "the U.S. demand that Japan open its markets", "Britain's call for Iran to release the
    hostages": a noun of asking whose clause says who is to act asks that one."""
    trigger = next((t for t in lexicon.triggers() if token.lemma_.lower() in t.answered_nouns), None)
    if trigger is None:
        return
    asked = [m for clause in token.children if clause.dep_ in (d.ACL, d.RELCL, d.CCOMP) and clause.pos_ in d.VERBS
             and any(c.dep_ == d.MARK and c.lower_ in ("that", "for") for c in clause.children)
             for s in clause.children if s.dep_ == d.NSUBJ for m in args.mentions_for(s, index) if args.is_actor(m)]
    if not asked:
        return
    rule = f"noun.{trigger.rule}"
    askers = nominal_subjects(token, index, exclude=set())
    if not askers:
        yield tried(trigger.predicate, token, rule, "no one the request is from", pattern="<noun> that/for <actor> do")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    reading = _noun_reading(token)
    for asker in askers:
        for actor in asked:
            if asker != actor:
                yield Candidate(trigger.predicate, token, rule, asker, actor, confidence, reading,
                                attribution(token, index), trigger.symmetric, "<noun> that/for <actor> do")


def _threat_clause(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "the U.S. threat to impose tariffs on Japanese electronics", "Iran's warning to close the
    strait to American ships": a noun of threatening whose infinitive says what would be done
    threatens whoever that would hit."""
    trigger = next((t for t, _ in patterns_at(token, "nouns") if t.irrealis), None)
    if trigger is None:
        return
    clauses = [c for c in token.children if c.dep_ == d.ACL and c.tag_ == "VB"
               and any(a.dep_ == d.AUX_DEP and a.lower_ == "to" for a in c.children)]
    targets = [m for clause in clauses for m in args.complement_targets(clause, index)]
    if not targets:
        return
    rule = f"noun.{trigger.rule}"
    subjects = nominal_subjects(token, index, exclude={"to"})
    if not subjects:
        yield tried(trigger.predicate, token, rule, "no one the threat is from", pattern="<noun> to <harm>")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    reading = _noun_reading(token, own=True)  # a threat rejected or withdrawn was still made
    for subject in subjects:
        for target in targets:
            if subject != target:
                yield Candidate(trigger.predicate, token, rule, subject, target, confidence, reading,
                                attribution(token, index), trigger.symmetric, "<noun> to <harm>")


def _guests(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Reagan would be in Rome as the guest of President Cossiga", "came as Putin's guests":
    whoever the guest noun is of hosted whoever the clause is about."""
    trigger = next((t for t in lexicon.triggers() if token.lemma_.lower() in t.guest_nouns), None)
    if trigger is None or token.dep_ != d.POBJ or token.head.lower_ != "as":
        return
    verb = next((t for t in token.head.ancestors if t.pos_ in d.VERBS), None)
    rule = f"noun.{trigger.rule}"
    # a broadcaster's or a paper's guest is interviewed, not received
    hosts = [m for m in nominal_subjects(token, index, exclude=set(), clause=False)
             if m.subtype not in ("MediaOrganization", "Company")]
    guests = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)]) if verb else []
    if not hosts or not guests:
        yield tried(trigger.predicate, token, rule, "no host" if not hosts else "no guest", pattern="as the <noun> of")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    for host in hosts:
        for guest in guests:
            if host != guest:
                yield Candidate(trigger.predicate, token, rule, host, guest, confidence, modality_of(token),
                                attribution(token, index), trigger.symmetric, "as the <noun> of")


#: Prepositions that make a clause's act part of talks: "will discuss trade in talks in Washington",
#: "said after talks". Not "at": who speaks "at the meeting" attends it, perhaps with many others.
_WITHIN_TALKS = ("in", "during", "after", "following")
_JOINT_CLASSES = ("Talks", "Summit")


def _joint_talks(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Howe and Shultz plan to discuss trade in talks in Washington": two or more named actors
    who act together in talks that name no other participant met each other."""
    event = index.at(token)
    if (event is None or event.event_class not in _JOINT_CLASSES or token.dep_ != d.POBJ
            or token.head.lower_ not in _WITHIN_TALKS or _names_participants(token)):
        return
    actors = args.actors([m for t in args.governing_subject(token, stop_at_subject=True)
                          for m in args.mentions_for(t, index)])
    if len({m.key for m in actors}) < 2 or any(m.is_reference for m in actors):
        return
    trigger = lexicon.trigger("met")
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    yield from pairs(actors, trigger, token, f"noun.{trigger.rule}", confidence, modality_of(token),
                     attribution(token, index), Pattern(token.lemma_.lower(), (), None, "<actors> in <talks>"))


def _names_participants(token: Token) -> bool:
    """Does the noun say who takes part or whose it is ("talks with X", "their talks", "Iran's talks")?"""
    return any(c.dep_ == d.POSS or (c.dep_ in d.NOUN_PHRASES and c.lower_ in ("with", "between", "among", "of", "by"))
               for c in token.children)


def _sponsored(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "the current round of U.N.-sponsored talks", "the UN-organised summit": the actor hyphened to
    the participle holds the event, whether the tokenizer kept "U.N.-sponsored" whole or not."""
    event = index.at(token)
    if event is None or event.type != "Event":
        return
    trigger = lexicon.trigger("held")
    for modifier in (c for c in token.lefts if c.dep_ == d.AMOD):
        sponsors = _hyphened_actors(modifier, trigger.sponsor_participles, index)
        confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
        for sponsor in sponsors:
            yield Candidate(trigger.predicate, token, f"noun.{trigger.rule}", sponsor, event, confidence,
                            modality_of(token), attribution(token, index), trigger.symmetric, "<actor>-sponsored <event>")


def _hyphened_actors(modifier: Token, participles: frozenset[str], index: MentionIndex) -> list[Mention]:
    """The actor named before the hyphen of "U.N.-sponsored" (one token) or "UN - organised" (three)."""
    prefix, hyphen, participle = modifier.text.rpartition("-")
    if hyphen and prefix and participle.lower() in participles:
        return _known_actor(prefix, modifier, index)
    doc = modifier.doc
    if (modifier.lower_ in participles and modifier.i >= modifier.sent.start + 2 and doc[modifier.i - 1].text == "-"
            and doc[modifier.i - 2].whitespace_ == "" and doc[modifier.i - 1].whitespace_ == ""):
        return args.actors([m for m in [index.at(doc[modifier.i - 2])] if m is not None])
    return []


def _known_actor(name: str, token: Token, index: MentionIndex) -> list[Mention]:
    """A country or an organisation the gazetteer knows by ``name``, as a mention at ``token``."""
    start = token.idx + index.offset
    org = gazetteer.organization(name)
    if org is not None:
        return [org_mention(name, start, start + len(name), org)]
    code = gazetteer.country_by_name(name)
    if code is not None:
        return [Mention(name, start, start + len(name), "Country", name=gazetteer.country_name(code), code=code)]
    return []


def _acting(head: Token) -> list[Token]:
    """Who performs what "at the request of" qualifies: a verb's subject, an event noun's "by"
    agent ("the prorogation by the Queen at the request of"), or a named actor itself."""
    if head.pos_ in d.VERBS:
        return args.subject_tokens(head)
    agents = [p for c in head.children if c.dep_ in d.NOUN_PHRASES and c.lower_ == "by" for p in c.children
              if p.dep_ == d.POBJ]
    if agents:
        return agents
    if head.dep_ == d.POBJ and head.head.lower_ == "by":
        return [head]  # the parser hangs the phrase on the agent itself
    return []


def _victims(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Zawahiri was killed in a U.S. drone strike": whoever the attack is by attacked the victim."""
    mention = index.at(token)
    if (mention is None or mention.event_class != "Attack" or token.dep_ != d.POBJ
            or token.head.lower_ not in ("in", "by")):
        return
    verb = token.head.head
    if verb.lemma_.lower() not in lexicon.words("harm_verbs"):
        return
    attackers = args.actors([m for c in token.lefts if c.dep_ in d.MODIFIERS
                             for m in (args.mentions_for(c, index) or args.demonym_actor(c, index))])
    victims = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
    trigger = lexicon.trigger("attacked")
    rule = f"noun.{trigger.rule}"
    if not attackers or not victims:
        return
    reading = modality_of(verb)
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    for attacker in attackers:
        for victim in victims:
            if attacker != victim:
                yield Candidate("attacked", token, rule, attacker, victim, confidence, reading,
                                attribution(token, index), False, "killed in <attack>")


#: Nouns for what an attack falls on: "Kuwaiti ships have been the target of Iranian attacks".
_TARGET_NOUNS = frozenset({"target", "targets", "victim", "victims"})


def _targets_of(token: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Kuwaiti ships have been the target of Iranian attacks", "Kuwaiti tankers, regular targets for
    Iranian attacks": whoever the attacks are by attacked what the target noun describes (the
    copula's subject or the noun the target noun is in apposition to)."""
    mention = index.at(token)
    if (mention is None or mention.event_class != "Attack" or token.dep_ != d.POBJ
            or token.head.lower_ not in ("of", "for") or token.head.head.lower_ not in _TARGET_NOUNS):
        return
    target = token.head.head
    if target.dep_ == d.APPOS:
        described = [target.head]
    elif target.dep_ == d.ATTR and target.head.lemma_ == "be":
        described = [c for c in target.head.children if c.dep_ in d.SUBJECTS]
    else:
        return
    trigger = lexicon.trigger("attacked")
    attackers = nominal_subjects(token, index, exclude=set(), clause=False)
    victims = args.actors([m for t in described for m in args.objects_for(t, trigger, index)])
    rule = f"noun.{trigger.rule}"
    if not attackers or not victims:
        yield tried("attacked", token, rule, "no subject" if not attackers else "no object",
                    pattern="<victim> the target of <attacks>")
        return
    confidence = trigger.confidence * lexicon.rules()["relations"]["noun_factor"]
    reading = modality_of(target.head) if target.dep_ == d.ATTR else modality_of(token)
    for attacker in attackers:
        for victim in victims:
            if attacker != victim:
                yield Candidate("attacked", token, rule, attacker, victim, confidence, reading,
                                attribution(token, index), False, "<victim> the target of <attacks>")


#: Prepositions that name who performs a nominal event: "a visit by Putin", "criticism from
#: Beijing", "the visit of Shultz to China" (unless the pattern's own preposition is one).
_AGENT_PREPOSITIONS = ("by", "from", "of")


def nominal_subjects(token: Token, index: MentionIndex, *, exclude: set[str], clause: bool = True) -> list[Mention]:
    """Who performs a nominal event: "Putin's meeting", "a visit by Putin", "criticism from
    Beijing", "the visit of Shultz", "US sanctions", or the clause's subject.

    A possessor that is a time ("next week's visit to Tokyo by Howard") names no one; any other
    possessor that is no actor ("the minister's visit") leaves the event without a subject
    rather than giving it the clause's. Without ``clause``, only the participants the noun
    names itself count.
    """
    owner = next((c for c in token.children if c.dep_ == d.POSS), None)
    if owner is not None and not is_time(owner):
        return args.actors(args.mentions_for(owner, index))
    agents = _agents(token, index, tuple(p for p in _AGENT_PREPOSITIONS if p not in exclude))
    if agents:
        return agents
    # "Spanish and Portuguese opposition": each of the coordinated modifiers
    modifiers = [m for c in token.lefts if c.dep_ in d.PHRASE_MODIFIERS and c.lower_ not in exclude
                 for w in (c, *c.conjuncts) for m in (args.mentions_for(w, index) or args.demonym_actor(w, index))]
    if args.actors(modifiers) or not clause or _undergone(token) or _attack_not_performed(token, index):
        return args.actors(modifiers)
    return args.actors([m for t in args.governing_subject(token, stop_at_subject=True)
                        for m in args.mentions_for(t, index)])


def _attack_not_performed(token: Token, index: MentionIndex) -> bool:
    """Is the noun an attack its clause's subject does not perform? Only an attack the verb takes
    as its object is the subject's ("launched an attack on", "conducted air strikes"), and not
    one it reports ("a statement saying an attack on a base housing U.S. troops caused no
    casualties"), though one it announces or confirms is ("announced an offensive"). "backed
    Iraq in the war against Iran" or "its role in the bombing of an Israeli airliner" makes no
    attacker of the subject."""
    mention = index.at(token)
    if mention is None or mention.event_class != "Attack":
        return False
    if token.dep_ != d.DOBJ:
        return True
    modality = lexicon.modality()
    return token.head.lemma_.lower() in set(modality["reporting"]) - set(modality["announcing"])


def _undergone(token: Token) -> bool:
    """Is the noun what its clause's subject receives or answers ("Kiev won support", "a move to
    foil opposition to his plans")? Then the subject is not who performs it; one who accepts or
    agrees to it ("accepted talks with X") takes part."""
    verb = _verb_taking(token)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma in lexicon.words("holding_verbs") and not any(
            c.dep_ in d.NOUN_PHRASES and c.lower_ in ("of", "from") for c in token.children):
        return False  # "has a trade surplus with Japan" is the subject's own
    return lemma in (lexicon.words("receiving_verbs") | lexicon.words("responding_verbs")) - _PARTAKING


def _verb_taking(token: Token) -> Token | None:
    """The verb whose object the noun is: "drew criticism", "came under criticism", "responding
    to a warning", "comply with the request", "can rely on the support of"."""
    if token.dep_ == d.DOBJ:
        return token.head
    if token.dep_ == d.POBJ and token.head.lower_ in ("to", "with", "under", "on") and token.head.head.pos_ in d.VERBS:
        return token.head.head
    return None


#: Verbs of receiving or answering whose subject takes part in what it accepts.
_PARTAKING = frozenset({"accept", "agree"})


def is_time(token: Token) -> bool:
    """A time expression: "next week('s)", "Monday('s)", "last year('s)"."""
    return token.ent_type_ in d.TIME_LABELS
