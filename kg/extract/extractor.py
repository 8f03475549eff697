"""Extraction: from a parsed article to relations between mentions, in a handful of named steps.

1. mentions: names (``names``), bare titles (``titles``), event nouns, groups, pronouns;
2. roles stated for the named persons (``roles``);
3. per sentence, the candidates of each rule family (``verbs``, ``nouns``, ``relational``);
4. each candidate decided: modality (``modality``), references resolved (``coref``);
5. the kept ones dated (``dates``) and the duplicates dropped.

The output holds no IRIs: that is resolution's job. Pass a :class:`Trace` to record every
candidate and decision (``kg explain``).
"""
from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import coref, dates
from kg.extract import deps as d
from kg.extract.affiliation import affiliation_candidates, nominee_candidates, own_party_candidates, party_candidates
from kg.extract.candidates import Candidate, Decision, Trace, modality_problem
from kg.extract.composition import composition_candidates
from kg.extract.evaluation import evaluation_candidates
from kg.extract.mentions import MentionIndex, group_mention, nominal_mention, pronoun_mention
from kg.extract.names import name_mentions
from kg.extract.parties import signatory_candidates
from kg.extract.nouns import noun_candidates
from kg.extract.grounds import grounds_candidates
from kg.extract.pledges import pledge_candidates
from kg.extract.presence import exchanges_in_talks, presence_candidates
from kg.extract.relational import relational_candidates
from kg.extract.roles import Role, find_roles
from kg.extract.stances import stance_candidates
from kg.extract.titles import title_mention
from kg.extract.ultimatums import ultimatum_candidates
from kg.extract.verbs import joint_meetings, verb_candidates, verb_targets
from kg.model import Article, Extraction, Mention, Provenance


@dataclass(frozen=True, slots=True)
class Extracted:
    """What one article (or chunk) yields: its named mentions and its relations."""

    mentions: tuple[Mention, ...]
    relations: tuple[Extraction, ...]


def extract(doc: Doc, article: Article, *, offset: int = 0, trace: Trace | None = None) -> Extracted:
    """Relations stated in ``doc`` (the article body, or a chunk of it starting at ``offset``).

    >>> from kg.nlp import load_pipeline
    >>> article = Article(id="a", text="Vladimir Putin met Emomali Rahmon on Monday.", date=dt.date(2022, 5, 17))
    >>> found = extract(load_pipeline()(article.text), article)
    >>> [(x.subject.name, x.predicate, x.object.name, x.date) for x in found.relations]
    [('Vladimir Putin', 'met', 'Emomali Rahmon', '2022-05-16')]
    """
    index = find_mentions(doc, offset=offset, date=article.date)
    roles = find_roles(index, article.date)
    salience = coref.Salience.of_roles(roles, article.date)
    event_dates = dates.event_dates(index, article.date)
    sentences = list(doc.sents)
    if trace is not None:
        trace.start(sentences)
    decided: list[tuple[Extraction, Decision]] = list(_role_extractions(roles, index, article, sentences, trace))
    story: dict[tuple, str] = {}  # participants of the previous sentence's dated events -> the date
    for number, sent in enumerate(sentences):
        if trace is not None:
            trace.sentence(number, sent).mentions = index.within(sent)
        candidates = sentence_candidates(sent, index, roles=roles)
        coref.note_mentions(sent, number, index, salience)
        resolved = []
        first = len(decided)  # this sentence's extractions are decided[first:]
        for candidate in candidates:
            decision = decide(candidate, number, salience)
            extraction = None
            if decision.kept:
                # an event's date is its participants' ("attended the summit on Monday"); a document's
                # dates only the agreeing its own phrase states ("reiterated its commitment to last
                # December's accord" is not of December)
                dated = decision.object.type == "Event" or candidate.background
                own = event_dates.get(decision.object.key) if dated else None
                obj = replace(decision.object, date=own or decision.object.date)
                resolved.append((candidate, decision.subject, obj))
                event = candidate.event
                event_date = event_dates.get(event.key, event.date) if event is not None else None
                extraction = _extraction(candidate, decision.subject, obj, sent, article, offset,
                                         event_date=event_date)
                decided.append((extraction, decision))
            if trace is not None:
                trace.decide(number, sent, decision)
        coref.note_groups(resolved, number, salience)
        story = _continue_story(decided, first, story, undated_sentence=not dates.date_spans(sent))
    if offset == 0 and sentences:
        _date_by_the_lead(decided, dates.lead_date(sentences[0], article.date))
    names = tuple(replace(m, date=event_dates.get(m.key, m.date)) for m in index.mentions
                  if not m.is_reference and m.kind != "demonym")
    relations = _deduplicated(decided, trace)
    if trace is not None:
        trace.relations = list(relations)
    return Extracted(names, tuple(relations))


def find_mentions(doc: Doc, *, offset: int = 0, date: dt.date | None = None) -> MentionIndex:
    """All mentions of ``doc``: names first, then, on the tokens no name took, event and
    document nouns, bare titles, groups and pronouns. ``offset`` shifts character positions
    (for split articles); ``date`` (the article's) tells which office holders a lone surname names."""
    index = MentionIndex(offset=offset)
    name_mentions(doc, index, date)
    for token in doc:
        if token.i in index.by_token:
            continue
        found = (nominal_mention(token, index) or title_mention(token, index) or group_mention(token, index)
                 or pronoun_mention(token, index))
        if found is not None:
            index.add(*found)
    index.mentions = index.sorted()
    return index


def sentence_candidates(sent: Span, index: MentionIndex, *, roles: Sequence[Role] = ()) -> list[Candidate]:
    """Every candidate the relation families read in ``sent``: verbs first, then nouns and
    relational nouns in text order, then the meetings implied by talks held together, then
    pledges ("offered to help Kuwait"), grounds ("sanctions against Japan for violating"),
    judgements ("called the move a provocation"), stances ("is critical of"), presence ("spoke
    at the summit"), affiliation ("Kenneth Roth of Human Rights Watch"), composition ("the bloc
    includes Brazil"), signatories ("the U.S.-Japan pact"), ultimatums ("gave Moscow until midnight
    to") and the meetings where one said something to another ("in talks, the U.S. criticised Japan"). ``roles`` (the
    article's) tell whose talks in a place are abroad."""
    found = list(verb_candidates(sent, index))
    nominal = heapq.merge(noun_candidates(sent, index, taken=verb_targets(found)),
                          relational_candidates(sent, index), key=lambda c: c.trigger.i)
    found.extend(nominal)
    found.extend(joint_meetings(found))
    found.extend(pledge_candidates(list(found)))
    found.extend(grounds_candidates(list(found)))
    found.extend(evaluation_candidates(sent, index))
    found.extend(stance_candidates(sent, index))
    found.extend(presence_candidates(sent, index, roles=roles))
    found.extend(affiliation_candidates(sent, index))
    found.extend(party_candidates(sent, index))
    found.extend(own_party_candidates(sent, index))
    found.extend(nominee_candidates(sent, index))
    found.extend(composition_candidates(sent, index))
    found.extend(signatory_candidates(sent, index))
    found.extend(ultimatum_candidates(sent, index))
    found.extend(exchanges_in_talks(list(found), index))
    return found


def decide(candidate: Candidate, number: int, salience: coref.Salience) -> Decision:
    """Keep ``candidate``, or drop it with the reason: no arguments, its modality, an
    unresolved reference, the same actor on both sides (unless it is a group whose members
    the relation is between)."""
    if candidate.problem is not None:
        return Decision(candidate, False, candidate.problem)
    if not candidate.reading.emitted:
        return Decision(candidate, False, modality_problem(candidate.reading))
    subject = coref.resolve_reference(candidate.subject, number, salience)
    obj = coref.resolve_reference(candidate.object, number, salience)
    if candidate.among:
        return _decide_among(candidate, subject)
    for side, mention in (("subject", subject), ("object", obj)):
        if mention.is_reference and not mention.antecedents:
            return Decision(candidate, False, f"unresolved reference {mention.text!r} ({side})", subject, obj)
    if subject.is_reference and any(a.type in ("Document", "Event") for a in subject.antecedents):
        return Decision(candidate, False, f"{subject.text!r} refers to a document or event, which does not act",
                        subject, obj)
    if _referents(subject) == _referents(obj) and obj.is_reference:
        obj = coref.other_than(candidate.object, number, salience, subject)  # "spoke to Bush and urged him"
        if not obj.antecedents:
            return Decision(candidate, False, "the same actor on both sides", subject, obj)
    if _referents(subject) == _referents(obj):
        return Decision(candidate, False, "the same actor on both sides", subject, obj)
    if obj.is_reference and len(obj.antecedents) > 1 and _referents(subject) <= _referents(obj):
        # "Brazil and the U.S. are both refusing to alter their positions": their own, not each other's
        return Decision(candidate, False, "the same actor on both sides", subject, obj)
    outsider = _outside_parties(candidate.predicate, subject, obj)
    if outsider is not None:
        return Decision(candidate, False, f"{outsider.text!r} ({outsider.subtype or outsider.type}) is no party "
                        f"to {candidate.predicate}", subject, obj)
    return Decision(candidate, True, "kept", subject, obj)


def _outside_parties(predicate: str, *sides: Mention) -> Mention | None:
    """The first actor, references replaced by what they refer to, of no class the predicate's
    ``parties`` (triggers.toml) allow or of one its ``never_parties`` exclude: companies are no
    trading partners, a newspaper one speaks to interviews, it does not meet."""
    trigger = next((t for t in lexicon.triggers() if t.predicate == predicate), None)
    if trigger is None or not (trigger.parties or trigger.never_parties):
        return None
    for side in sides:
        for m in side.antecedents if side.is_reference else (side,):
            # a capital stands for its country: "Seoul's trade surplus with Washington"
            kinds = {"Country" if m.type == "Place" and m.code else m.type, m.subtype}
            if (trigger.parties and not kinds & trigger.parties) or kinds & trigger.never_parties:
                return m
    return None


def _decide_among(candidate: Candidate, group: Mention) -> Decision:
    """A relation between the members of one group ("the two leaders met") needs two of them."""
    if len(_referents(group)) < 2:
        return Decision(candidate, False, f"unresolved reference {group.text!r} (a group of fewer than two)",
                        group, group)
    if group.is_reference and len(_referents(group)) > lexicon.rules()["coreference"]["pairing_limit"]:
        return Decision(candidate, False, f"a group of {len(_referents(group))}: who with whom the text does not say",
                        group, group)
    return Decision(candidate, True, "kept (between the members of the group)", group, group)


def _referents(mention: Mention) -> set[tuple]:
    return {_actor_key(m) for m in (mention.antecedents if mention.is_reference else (mention,))}


def _actor_key(mention: Mention) -> tuple:
    """Who a mention is: a country's body stands for the country, but a party is itself, not the
    country it is of ("The Republicans accused the Democrats")."""
    if mention.org_type == "PoliticalParty" and mention.name:
        return (mention.type, mention.name)
    return (mention.type, mention.code or mention.name or mention.text)


def _participants(x: Extraction) -> set[tuple]:
    """Who takes part in a relation, references replaced by what they refer to."""
    found = set()
    for mention in (x.subject, x.object):
        for m in mention.antecedents if mention.is_reference else (mention,):
            if m.type == "Person":  # "Putin" continues "Vladimir Putin"
                found.add((m.type, (m.name or m.text).split()[-1]))
            elif m.type in ("Country", "Organization"):
                found.add((m.type, m.code or m.name or m.text))
    return found


def _continue_story(decided: list, first: int, story: dict[tuple, str], *,
                    undated_sentence: bool) -> dict[tuple, str]:
    """A sentence with no date of its own that goes on about the actors of the sentence before's
    dated event goes on about that event: its relations take that date ("Putin met Xi on
    Monday. The two leaders discussed trade."). The sentence's extractions are ``decided[first:]``;
    they are redated in place. Returns what the next sentence may continue."""
    if undated_sentence and story:
        for i in range(first, len(decided)):
            x, decision = decided[i]
            if not x.date and x.default_date and x.predicate not in dates.undated_by_report():
                shared = [story[p] for p in _participants(x) if p in story]
                if shared:
                    decided[i] = (replace(x, date=shared[0], date_source="previous"), decision)
    following = {}
    for x, decision in decided[first:]:
        # an event told in passing ("Putin, who met Iranian officials last week, said ...") is no story
        # the next sentence goes on with
        if x.date and x.date_source in ("text", "event") and not _in_passing(decision.candidate.trigger):
            for participant in _participants(x):
                following.setdefault(participant, x.date)
    return following


def _in_passing(trigger: Token) -> bool:
    """Is the trigger inside a relative clause of the sentence ("who met Iranian officials last week")?"""
    return any(t.dep_ == d.RELCL for t in (trigger, *trigger.ancestors))


def _date_by_the_lead(decided: list, lead: dates.DateReading | None) -> None:
    """The story's events the text does not date, told in the past, happened on the lead's day
    ("Yesterday, the House passed a resolution. [...] Pelosi presided over the vote."), not on
    the day they were reported. Redated in place; states and what happened before are not
    (they have no report's date either)."""
    if lead is None:
        return
    for i, (x, decision) in enumerate(decided):
        if not x.date and x.default_date and dates.told_in_the_past(decision.candidate.trigger):
            decided[i] = (replace(x, date=lead.value, date_source="lead", date_text=lead.expression), decision)


def _extraction(candidate: Candidate, subject: Mention, obj: Mention, sent: Span, article: Article,
                offset: int, *, event_date: str | None = None) -> Extraction:
    factors = lexicon.rules()["relations"]
    planned = candidate.modality == "planned"
    # a state (membership, trade) is not dated by the setting it is mentioned in
    found = None if candidate.background else dates.relation_date(
        candidate.trigger, sent, article.date, future=planned, settings=candidate.predicate not in dates.undated_by_report())
    event_date = event_date or obj.date
    date, source = (found.value, "text") if found else (event_date, "event" if event_date else None)
    expression = found.expression if found else None
    trigger_start = candidate.trigger.idx + offset
    # The evidence is the sentence's: an argument named earlier (an event "the meeting" stands for)
    # does not widen it.
    first, last = sent.start_char + offset, sent.end_char + offset
    start = max(first, min(candidate.subject.start, candidate.object.start, trigger_start))
    end = min(last, max(candidate.subject.end, candidate.object.end, trigger_start + len(candidate.trigger)))
    confidence = candidate.confidence * (factors["reference_factor"] if candidate.subject.is_reference else 1.0)
    confidence *= factors["planned_factor"] if planned else 1.0
    provenance = Provenance(article=article.id, sentence=as_written(sent, article, offset), span=(start, end),
                            rule=candidate.rule,
                            confidence=round(confidence, 3), attribution=candidate.attribution,
                            trigger=candidate.trigger.text)
    default = dates.publication_date(candidate.predicate, candidate.modality, article.date,
                                     earlier=candidate.background or dates.before_the_report(candidate.trigger))
    return Extraction(subject, candidate.predicate, obj, provenance, date=date, modality=candidate.modality,
                      default_date=default, date_source=source, date_text=expression)


def as_written(sent: Span, article: Article, offset: int) -> str:
    """The sentence as the article wrote it: the parser read a copy with wire capitals repaired
    (``kg.nlp.repair_case``), of the same length."""
    return article.text[sent.start_char + offset:sent.end_char + offset].strip()


def _dedup_rank(x: Extraction) -> tuple[int, float]:
    """Which of two readings of one relation to keep: dated by its sentence, then by the lead, then the more confident."""
    dated = 0 if not x.date else 1 if x.date_source == "lead" else 2
    return dated, x.provenance.confidence


def _role_extractions(roles: list[Role], index: MentionIndex, article: Article, sentences: list[Span],
                      trace: Trace | None) -> Iterator[tuple[Extraction, Decision]]:
    """leaderOf and officialOf from the roles whose country or organisation is known."""
    numbers = {sent.start: n for n, sent in enumerate(sentences)}
    for role in roles:
        span = index.span(role.person)
        candidate = Candidate(role.predicate, span.root, role.rule, role.person, role.of, role.confidence,
                              pattern=role.title)
        decision = (Decision(candidate, True, "kept", role.person, role.of) if role.of is not None
                    else Decision(candidate, False, f"no country or organisation for the title {role.title!r}"))
        if trace is not None:
            trace.decide(numbers[span.sent.start], span.sent, decision)
        if role.of is None:
            continue
        provenance = Provenance(article=article.id, sentence=as_written(span.sent, article, index.offset),
                                span=role.evidence,
                                rule=role.rule, confidence=role.confidence)
        title = role.title if role.current else f"former {role.title}"
        yield Extraction(role.person, role.predicate, role.of, provenance, role=title), decision


def _deduplicated(decided: list[tuple[Extraction, Decision]], trace: Trace | None) -> list[Extraction]:
    """One relation per (subject, predicate, object) mention triple: a sentence that dates the
    relation beats a more confident one that does not, and one dated by the lead's day alone."""
    best: dict[tuple, tuple[Extraction, Decision]] = {}
    for x, decision in decided:
        key = (x.subject.key, x.predicate, x.object.key)
        current = best.get(key)
        if current is None or _dedup_rank(x) > _dedup_rank(current[0]):
            if current is not None and trace is not None:
                trace.drop(current[1], f"duplicate of the relation read at character {x.provenance.span[0]}")
            best[key] = (x, decision)
        elif trace is not None:
            trace.drop(decision, f"duplicate of the relation read at character {current[0].provenance.span[0]}")
    return [x for x, _ in best.values()]
