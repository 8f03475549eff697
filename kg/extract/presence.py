"""The presence family: who was where, said of any verb rather than a trigger.

"Britain called for cuts at a meeting of EC ministers", "speaking at the conference",
"on the sidelines of the summit": whoever does something at an event attended it.
"De Croo was in Washington for trade talks": a person who is in a place visited it.
"The Security Council met in emergency session": a body that meets in a session holds it.
"Howe's talks in Washington": a participant from another country visited the place.
"In talks last week, the U.S. criticised Japan": who says something to another in talks met them.
The words are data (``rules.toml``, ``[presence]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Australia made the appeal at a special meeting of GATT.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in presence_candidates(next(doc.sents), find_mentions(doc))]
[('Australia', 'attended', 'special meeting')]
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex
from kg.extract.modality import attribution, modality_of
from kg.extract.nouns import nominal_subjects, phrase_objects
from kg.extract.roles import Role
from kg.model import Mention


def presence_candidates(sent: Span, index: MentionIndex, *, roles: Sequence[Role] = ()) -> Iterator[Candidate]:
    """Attendance of the events the sentence's verbs happen at, visits of the places people are in,
    and of the places foreign participants (by the article's ``roles``) hold talks in."""
    for token in sent:
        if token.pos_ in d.VERBS:
            yield from _at_event(token, index)
            yield from _in_place(token, index)
            yield from _in_session(token, index)
            yield from _listed_attendees(token, index)
            yield from _meeting_abroad(token, index, roles)
        elif token.pos_ in d.NOUNS:
            yield from _talks_abroad(token, index, roles)
            yield from _visit_to_the_host(token, index, roles)
            yield from _destination_named_before(token, index)


def exchanges_in_talks(candidates: Iterable[Candidate], index: MentionIndex) -> Iterator[Candidate]:
    """ "In talks last week, the U.S. criticised Japan", "at the meeting, Japan asked the U.S. to lift
    the tariffs": whoever says something to another during talks or a meeting met them there."""
    settings = _settings()
    rule = f"presence.intalks.v{settings['version']}"
    for candidate in candidates:
        if (candidate.predicate not in settings["exchange_predicates"] or not candidate.emitted
                or candidate.trigger.pos_ not in d.VERBS
                or not all(m.type in ("Person", "Country", "Organization") for m in (candidate.subject, candidate.object))):
            continue
        talks = _talks_phrase(candidate.trigger, index, settings)
        if talks is not None:
            yield Candidate("met", candidate.trigger, rule, candidate.subject, candidate.object,
                            settings["confidence"], candidate.reading, candidate.attribution, True,
                            pattern=f"{candidate.trigger.lemma_.lower()} <actor> {talks.head.lower_} <talks>")


def _talks_phrase(verb: Token, index: MentionIndex, settings: dict) -> Token | None:
    """The talks or meeting a verb is said to happen in ("in talks", "during the meeting"), unless the
    noun names its own participants ("in talks with Rahmon": the noun family reads those)."""
    for prep in (c for c in verb.children if c.dep_ == d.PREP and c.lower_ in settings["talks_prepositions"]):
        for pobj in (p for p in prep.children if p.dep_ == d.POBJ):
            mention = index.at(pobj)
            if (mention is not None and mention.type == "Event" and mention.event_class in settings["talks_classes"]
                    and not _has_participants(pobj, index) and not _excluded(mention)):
                return pobj
    return None


def _settings() -> dict:
    return lexicon.rules()["presence"]


def _event_phrases(verb: Token, index: MentionIndex) -> list[Mention]:
    """Events the verb is said to happen at: "at the summit", "during talks", "on the sidelines of"."""
    found = []
    settings = _settings()
    addressing = verb.lemma_.lower() in settings["audience_verbs"]
    prepositions = settings["event_prepositions"] + ["for"] * (verb.lemma_.lower() in settings["travel_verbs"])
    for child in verb.children:
        if addressing and (child.dep_ in d.OBJECTS or (child.dep_ == d.PREP and child.lower_ in
                                                        settings["audience_prepositions"])):
            # "told the annual conference of the FNSEA", "speaking to the NGFA convention": its audience
            audience = [child] if child.dep_ in d.OBJECTS else [p for p in child.children if p.dep_ == d.POBJ]
            found += [_antecedent_event(t, m, index) for t in audience if (m := index.at(t)) is not None
                      and m.type == "Event" and _attendable(t, m) and not _excluded(m)
                      and t.lemma_.lower() not in settings["listener_nouns"]]
            continue
        if child.dep_ != d.PREP or child.lower_ not in prepositions:
            continue
        for pobj in (p for p in child.children if p.dep_ == d.POBJ):
            if pobj.lower_ == "sidelines":  # "on the sidelines of the summit"
                pobj = next((g for c in pobj.children if c.dep_ == d.PREP and c.lower_ == "of"
                             for g in c.children if g.dep_ == d.POBJ), pobj)
            elif child.lower_ == "on":
                continue  # "placed importance on the meeting": only "on the sidelines of" places
            mention = index.at(pobj)
            if (mention is None or mention.type != "Event" or not _attendable(pobj, mention)
                    or _has_participants(pobj, index) or _excluded(mention)):
                continue  # "during a meeting with Rahmon" is the meeting with him: met says it
            found.append(_antecedent_event(pobj, mention, index))
    return found


def _attendable(noun: Token, mention: Mention) -> bool:
    """A gathering ("the summit", "the ceremony"), or a public event one is at ("the rally", "the hearing")."""
    settings = _settings()
    return mention.event_class in settings["event_classes"] or (
        mention.event_class == "Event" and (noun.lemma_.lower() in settings["attended_events"]
                                            or (mention.name or mention.text).lower().endswith(
                                                tuple(settings["attended_events"]))))


def _listed_attendees(verb: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Guests at the ceremony included Tim Gunn and Mickey Hart", "leaders attending the summit
    included Putin and Xi": those a verb of listing names, of people at an event, attended it."""
    settings = _settings()
    if verb.lemma_.lower() not in settings["listing_verbs"]:
        return
    for group in (c for c in verb.children if c.dep_ == d.NSUBJ and c.lemma_.lower() in settings["attendee_nouns"]):
        events = [m for c in group.children if c.dep_ == d.PREP and c.lower_ in ("at", "in", "of", "to")
                  for p in c.children if p.dep_ == d.POBJ
                  for m in [index.at(p)] if m is not None and m.type == "Event" and _attendable(p, m)]
        events += [m for c in group.children if c.dep_ == d.ACL and c.lemma_.lower() in ("attend", "join")
                   for p in c.children if p.dep_ == d.DOBJ
                   for m in [index.at(p)] if m is not None and m.type == "Event" and _attendable(p, m)]
        attendees = args.actors([m for c in verb.children if c.dep_ == d.DOBJ for m in args.mentions_for(c, index)])
        rule = f"presence.listed.v{settings['version']}"
        for attendee in attendees:
            for event in events:
                yield Candidate("attended", verb, rule, attendee, event, settings["confidence"], modality_of(verb),
                                attribution(verb, index), False, pattern=f"{group.lemma_} at <event> {verb.lemma_}")


def _excluded(mention: Mention) -> bool:
    return bool(set((mention.name or mention.text).lower().split()) & set(_settings()["excluded_words"]))


def _has_participants(noun: Token, index: MentionIndex) -> bool:
    """ "a meeting with Rahmon", or with an actor named after its place: "a meeting at the mission with the Soviet team"."""
    return any(c.dep_ == d.PREP and c.lower_ in ("with", "between", "among") for c in noun.children) or any(
        args.actors(args.mentions_for(t, index)) for t in phrase_objects(noun, "with"))


def _antecedent_event(noun: Token, mention: Mention, index: MentionIndex) -> Mention:
    """ "at the meeting" after "the CSTO summit": a bare definite event noun is the event named
    before it, when one of the classes of presence was."""
    bare = all(c.dep_ == d.DET and c.lower_ == "the" for c in noun.lefts) and any(True for _ in noun.lefts)
    if not bare:
        return mention
    gatherings = {*lexicon.rules()["events"]["meetings"], "Conference"}
    if mention.event_class not in gatherings:
        return mention
    earlier = [m for m in index.mentions if m.type == "Event" and m.start < mention.start
               and m.event_class in ("Summit", "Conference") and m.name != mention.name]
    return earlier[-1] if earlier else mention


def _at_event(verb: Token, index: MentionIndex) -> Iterator[Candidate]:
    if _impersonal_participle(verb):
        return
    events = _event_phrases(verb, index)
    if not events:
        return
    subjects = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)])
    reading = modality_of(verb)
    settings = _settings()
    rule = f"presence.atevent.v{settings['version']}"
    for subject in subjects:
        for event in events:
            yield Candidate("attended", verb, rule, subject, event, settings["confidence"], reading,
                            attribution(verb, index), False, pattern=f"{verb.lemma_} at <event>")


def _impersonal_participle(verb: Token) -> bool:
    """ "As revealed at trial, the Turpins had kept ...": a passive participle of its own clause says
    nothing of who was at the event, unlike "speaking at the summit, Putin said"."""
    return (verb.tag_ == d.PAST_PARTICIPLE and verb.dep_ in (d.ADVCL, d.ACL)
            and not any(c.dep_ in d.SUBJECTS or c.dep_ == d.AGENT for c in verb.children))


def _in_place(verb: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "X was in Washington for talks": a person in a place or country visited it."""
    if verb.lemma_ != "be" or any(c.dep_ in (d.ATTR, d.ACOMP) for c in verb.children):
        return
    purposes = _settings()["purpose_prepositions"]
    ins = [c for c in verb.children if c.dep_ == d.PREP and c.lower_ == "in"]
    if len(ins) != 1 or not any((c.dep_ == d.PREP and c.lower_ in purposes) or c.dep_ in (d.ADVCL, d.XCOMP)
                                for c in verb.children):
        return  # "was in Washington for talks" is a visit; "is in prison in Seoul" is not
    places = [m for c in verb.children if c.dep_ == d.PREP and c.lower_ == "in"
              for p in c.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index)
              if m.type in ("Place", "Country") and not m.is_reference]
    if not places:
        return
    people = [m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index) if m.type == "Person"]
    settings = _settings()
    rule = f"presence.inplace.v{settings['version']}"
    reading = modality_of(verb)
    for person in people:
        for place in places:
            yield Candidate("visited", verb, rule, person, place, settings["confidence"], reading,
                            attribution(verb, index), False, pattern="be in <place>")


def _in_session(verb: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "The Security Council met in emergency session", "NATO ambassadors met in special session":
    a body that meets in a session holds it; its envoys' meeting is the body's own."""
    settings = _settings()
    if verb.lemma_.lower() not in settings["session_verbs"]:
        return
    sessions = [m for c in verb.children if c.dep_ == d.PREP and c.lower_ == "in"
                for p in c.children if p.dep_ == d.POBJ for m in [index.at(p)]
                if m is not None and m.type == "Event" and m.event_class == "Meeting"]
    if not sessions:
        return
    bodies = [m for t in args.subject_tokens(verb) for m in _bodies(t, index)]
    rule = f"presence.session.v{settings['version']}"
    for body in bodies:
        for session in sessions:
            yield Candidate("held", verb, rule, body, session, settings["confidence"], modality_of(verb),
                            attribution(verb, index), False, pattern=f"{verb.lemma_} in <session>")


def _bodies(subject: Token, index: MentionIndex) -> list[Mention]:
    """The organisation a subject is ("the Council") or whose envoys it names ("NATO ambassadors")."""
    tokens = [subject, *(c for c in subject.lefts if c.dep_ == d.COMPOUND)]
    return [m for t in tokens for m in [index.at(t)]
            if m is not None and m.type == "Organization" and not m.is_reference]


def _talks_abroad(noun: Token, index: MentionIndex, roles: Sequence[Role]) -> Iterator[Candidate]:
    """ "British Foreign Secretary Howe and U.S. Secretary of State Shultz plan to discuss trade in talks
    in Washington": a participant whose office is another country's visited the place; one of the
    country (Shultz) or resident there (an ambassador) did not, and one of no known country is left alone."""
    settings = _settings()
    event = index.at(noun)
    if event is None or event.type != "Event" or event.event_class not in settings["abroad_classes"]:
        return
    places = [m for t in phrase_objects(noun, "in") for m in args.mentions_for(t, index)
              if m.type in ("Place", "Country") and m.code and not m.is_reference]
    if not places:
        return
    people = [m for m in nominal_subjects(noun, index, exclude={"in"}) if m.type == "Person" and not m.is_reference]
    yield from _visits_abroad(noun, people, places, index, roles, pattern="<talks> in <place>")


def _visits_abroad(trigger: Token, people: list[Mention], places: list[Mention], index: MentionIndex,
                   roles: Sequence[Role], *, pattern: str) -> Iterator[Candidate]:
    """The places of talks visited by the participants whose office is another country's."""
    settings = _settings()
    rule = f"presence.talksabroad.v{settings['version']}"
    for person in people:
        country = _home_country(person, roles, settings["resident_titles"])
        for place in places:
            if country is not None and country != place.code:
                yield Candidate("visited", trigger, rule, person, place, settings["confidence"], modality_of(trigger),
                                attribution(trigger, index), False, pattern=pattern)


#: Verbs of meeting whose "in" names where the meeting was: "Obama met Castro in Havana".
_MEETING_VERBS = frozenset({"meet", "confer", "negotiate"})


def _meeting_abroad(verb: Token, index: MentionIndex, roles: Sequence[Role]) -> Iterator[Candidate]:
    """ "US President Barack Obama met Cuban President Raul Castro in Havana": a participant whose office
    is another country's visited the place of the meeting, as one holding talks there does."""
    if verb.lemma_.lower() not in _MEETING_VERBS:
        return
    met = [t for o in verb.children if o.dep_ == d.DOBJ for t in args.conjuncts(o)]
    # the parser may hang the place on the one met: "met Cuban President Raul Castro in Havana"
    places = [m for h in (verb, *met) for c in h.children if c.dep_ == d.PREP and c.lower_ == "in"
              for t in c.children if t.dep_ == d.POBJ for m in args.mentions_for(t, index)
              if m.type in ("Place", "Country") and m.code and not m.is_reference]
    people = [m for t in (*args.subject_tokens(verb), *met) for m in args.mentions_for(t, index)
              if m.type == "Person" and not m.is_reference]
    yield from _visits_abroad(verb, people, places, index, roles, pattern="meet in <place>")


def _destination_named_before(noun: Token, index: MentionIndex) -> Iterator[Candidate]:
    """ "Nakasone's week-long Washington visit", "his Moscow trip": the place named before a visit
    noun is where the visitor went."""
    event = index.at(noun)
    if event is None or event.event_class != "Visit":
        return
    places = [m for c in noun.lefts if c.dep_ in (d.COMPOUND, d.NMOD) and c.pos_ == d.PROPN
              and (m := index.at(c)) is not None and m is not event and m.type in ("Place", "Country")
              and m.kind == "name" and not m.is_reference]
    if not places:
        return
    visitors = [m for m in nominal_subjects(noun, index, exclude=set()) if m not in places
                and all(m.code != p.code for p in places)]
    settings = _settings()
    rule = f"presence.destination.v{settings['version']}"
    for visitor in visitors:
        for place in places:
            yield Candidate("visited", noun, rule, visitor, place, settings["confidence"], modality_of(noun),
                            attribution(noun, index), False, pattern="<place> <visit>")


def _visit_to_the_host(noun: Token, index: MentionIndex, roles: Sequence[Role]) -> Iterator[Candidate]:
    """ "the German leader's four-day visit", "to coincide with the visit of U.S. Secretary of State
    George Shultz": a visit that names no destination, by a visitor of a known country, is to the one
    other country the article is about (see :func:`_host_country`)."""
    settings = _settings()
    event = index.at(noun)
    if (event is None or event.event_class != "Visit" or noun.lemma_.lower() not in settings["host_visit_nouns"]
            or any(c.dep_ == d.PREP and c.lower_ in ("to", "in", "at", "of") and not _agent_phrase(c, index)
                   for c in noun.children)):
        return
    rule = f"presence.visithost.v{settings['version']}"
    for visitor in nominal_subjects(noun, index, exclude=set()):
        if visitor.type != "Person":
            continue
        home = visitor.code if visitor.kind == "title" else _home_country(visitor, roles, settings["resident_titles"])
        host = _host_country(index, home) if home else None
        if host is not None:
            yield Candidate("visited", noun, rule, visitor, host, settings["confidence"] * 0.9, modality_of(noun),
                            attribution(noun, index), False, pattern="<visitor>'s visit (to the article's country)")


def _agent_phrase(prep: Token, index: MentionIndex) -> bool:
    """ "the visit of Shultz": an "of" phrase naming a person says who visits, not where."""
    return prep.lower_ == "of" and any((m := index.at(p)) is not None and m.type == "Person"
                                       for p in prep.children if p.dep_ == d.POBJ)


def _host_country(index: MentionIndex, home: str) -> Mention | None:
    """The country, other than the visitor's ``home``, that the article names at least three times and
    more than twice as often as any other; None when no one country stands out."""
    named = [m for m in index.mentions if m.type in ("Country", "Place") and m.code and m.code != home
             and not m.is_reference and m.kind != "demonym"]
    ranked = Counter(m.code for m in named).most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return next(m for m in named if m.code == ranked[0][0] and m.type == "Country")


def _home_country(person: Mention, roles: Sequence[Role], resident_titles: list[str]) -> str | None:
    """The code of the one country the person's offices in the article are of; None when none is
    known, they differ, or one is a post held abroad ("Portuguese Ambassador to Peking")."""
    held = [r for r in roles if _same_person(r.person, person)]
    if any(r.title.lower() in resident_titles for r in held):
        return None
    codes = {r.of.code for r in held if r.of is not None and r.of.code}
    return codes.pop() if len(codes) == 1 else None


def _same_person(named: Mention, person: Mention) -> bool:
    """ "Chirac" continues "Jacques Chirac" (and "Jacques Chirac" a "Chirac" given a role)."""
    first, second = ((m.name or m.text).split() for m in (named, person))
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter) and longer[-len(shorter):] == shorter
