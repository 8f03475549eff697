"""Extraction: from a parsed article to relations between mentions.

The stages, each in its own module: ``mentions`` (names, events, titles, pronouns),
``roles`` (leaderOf/officialOf from titles), ``relations`` (trigger verbs and nouns),
``coref`` (what references refer to), ``dates`` (event dates against the publication
date). The output holds no IRIs: that is resolution's job.

>>> from kg.nlp import load_pipeline
>>> from kg.model import Article
>>> import datetime as dt
>>> article = Article(id="a", text="Vladimir Putin met Emomali Rahmon on Monday.", date=dt.date(2022, 5, 17))
>>> found = extract(load_pipeline()(article.text), article)
>>> [(x.subject.name, x.predicate, x.object.name, x.date) for x in found.relations]
[('Vladimir Putin', 'met', 'Emomali Rahmon', '2022-05-16')]
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.coref import Salience, resolve_reference
from kg.extract.dates import resolve_date
from kg.extract.mentions import MentionIndex, find_mentions
from kg.extract.relations import Candidate, find_candidates
from kg.extract.roles import Role, find_roles
from kg.model import Article, Extraction, Mention, Provenance

@dataclass(frozen=True, slots=True)
class Extracted:
    """What one article (or chunk) yields: its named mentions and its relations."""

    mentions: tuple[Mention, ...]
    relations: tuple[Extraction, ...]


_STATES = {"memberOf", "tradePartnerOf", "leaderOf", "officialOf", "cooperatedWith"}
_ROLE_CONFIDENCE = {"role.title.v1": 0.9, "role.appos.v1": 0.85, "role.copula.v1": 0.8, "role.context.v1": 0.6}


def extract(doc: Doc, article: Article, *, offset: int = 0) -> Extracted:
    """Relations stated in ``doc`` (the article body, or a chunk of it starting at ``offset``)."""
    index = find_mentions(doc, offset=offset, date=article.date)
    roles = find_roles(index, article.date)
    salience = Salience(roles={(r.person.start, r.person.end): r for r in roles})
    event_dates = _event_dates(doc, index, article, offset)
    results = [_role_extraction(role, index, article, offset) for role in roles if role.of is not None]
    for number, sent in enumerate(doc.sents):
        candidates = find_candidates(sent, index)
        _note_persons(sent, number, index, salience)
        resolved = []
        for candidate in candidates:
            subject = resolve_reference(candidate.subject, number, salience)
            obj = resolve_reference(candidate.object, number, salience)
            if _unresolved(subject) or _unresolved(obj):
                continue
            obj = replace(obj, date=event_dates.get(obj.key, obj.date))
            resolved.append((candidate, subject, obj))
            results.append(_extraction(candidate, subject, obj, sent, article, offset))
        _note_groups(resolved, number, salience)
    names = tuple(replace(m, date=event_dates.get(m.key, m.date)) for m in index.mentions
                  if not m.is_reference and m.kind != "demonym")
    return Extracted(names, tuple(_deduplicated([r for r in results if r is not None])))


def _unresolved(mention: Mention) -> bool:
    return mention.is_reference and not mention.antecedents


def _note_persons(sent: Span, number: int, index: MentionIndex, salience: Salience) -> None:
    seen = set()
    for token in sent:
        mention = index.at(token)
        if mention is None or mention.key in seen:
            continue
        seen.add(mention.key)
        is_subject = token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj", "nsubjpass")
        if mention.type in ("Country", "Organization") and not mention.is_reference:
            salience.note_body(number, mention, subject=is_subject)
        if mention.type != "Person":
            continue
        if mention.kind == "name":
            salience.note_person(number, mention, subject=is_subject)
        elif mention.kind == "title":
            resolved = resolve_reference(mention, number, salience)
            for person in resolved.antecedents:
                if person.type == "Person":
                    salience.note_person(number, replace(person, start=mention.start, end=mention.end),
                                         subject=is_subject)


def _note_groups(resolved: list[tuple[Candidate, Mention, Mention]], number: int, salience: Salience) -> None:
    """Actors that acted together (coordinated subjects, both sides of a meeting) form a group."""
    by_trigger: dict[int, list[Mention]] = {}
    for candidate, subject, obj in resolved:
        members = by_trigger.setdefault(candidate.trigger.i, [])
        for mention in (subject, obj) if candidate.symmetric else (subject,):
            members.extend(mention.antecedents if mention.is_reference else [mention])
    for members in by_trigger.values():
        salience.note_group(number, members)


def _extraction(candidate: Candidate, subject: Mention, obj: Mention, sent: Span, article: Article,
                offset: int) -> Extraction:
    date = _relation_date(candidate.trigger, sent, article, future=candidate.modality == "planned") or obj.date
    trigger_start = candidate.trigger.idx + offset
    start = min(candidate.subject.start, candidate.object.start, trigger_start)
    end = max(candidate.subject.end, candidate.object.end, trigger_start + len(candidate.trigger))
    confidence = candidate.confidence * (0.85 if candidate.subject.is_reference else 1.0)
    confidence *= 0.9 if candidate.modality == "planned" else 1.0
    provenance = Provenance(article=article.id, sentence=sent.text.strip(), span=(start, end), rule=candidate.rule,
                            confidence=round(confidence, 3), attribution=candidate.attribution)
    return Extraction(subject, candidate.predicate, obj, provenance, date=date, modality=candidate.modality,
                      default_date=_publication_date(candidate, article))


def _role_extraction(role: Role, index: MentionIndex, article: Article, offset: int) -> Extraction:
    sent = index.span(role.person).sent
    confidence = _ROLE_CONFIDENCE.get(role.rule, 0.8) * (1.0 if role.current else 0.7)
    provenance = Provenance(article=article.id, sentence=sent.text.strip(), span=role.evidence, rule=role.rule,
                            confidence=confidence)
    title = role.title if role.current else f"former {role.title}"
    return Extraction(role.person, role.predicate, role.of, provenance, role=title)


def _relation_date(trigger: Token, sent: Span, article: Article, *, future: bool) -> str | None:
    """The date expression of the trigger's clause (or a clause above it) nearest in the parse.

    Dates that modify a noun ("the 1972 treaty", "last December's accord") date that
    noun, not the event, and are left out; so are dates of another clause ("talks with
    Thatcher, his first visit since he took power in June 1982").
    """
    best = None
    own = _clause_head(trigger)
    allowed = {own, *own.ancestors}
    for ent in sent.ents:
        clause = _clause_head(ent.root)
        if ent.label_ not in ("DATE", "TIME") or _modifies_noun(ent.root) or clause not in allowed:
            continue
        value = resolve_date(ent.text, article.date, future=future)
        if value is None:
            continue
        rank = (clause != own, _tree_distance(trigger, ent.root))
        if best is None or rank < best[0]:
            best = (rank, value)
    return best[1] if best else None


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token is in (the sentence root for a verbless one)."""
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node
    return token


def _modifies_noun(root: Token) -> bool:
    return root.dep_ in ("compound", "amod", "poss", "nummod", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


def _publication_date(candidate: Candidate, article: Article) -> str | None:
    """An event the text does not date is dated by the report: wire copy dates its news by the
    dateline, and a planned event by the day it was announced. Only for events, not for states
    such as membership, and never for negated or hypothetical ones."""
    if article.date is None or candidate.predicate in _STATES:
        return None
    return article.date.isoformat() if candidate.modality in ("asserted", "planned") else None


def _tree_distance(a: Token, b: Token) -> int:
    ancestors_a = [a, *a.ancestors]
    ancestors_b = [b, *b.ancestors]
    for i, node in enumerate(ancestors_a):
        if node in ancestors_b:
            return i + ancestors_b.index(node)
    return len(ancestors_a) + len(ancestors_b)


def _event_dates(doc: Doc, index: MentionIndex, article: Article, offset: int) -> dict:
    """Dates attached to event nouns: "the summit on Monday", "the commencement of the summit on Monday"."""
    dates = {}
    for mention in index.mentions:
        if mention.type != "Event":
            continue
        head = index.span(mention).root
        anchors = [head]
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            anchors.append(head.head.head)
        for anchor in anchors:
            value = _attached_date(anchor, article)
            if value:
                dates[mention.key] = value
                break
    return dates


def _attached_date(token: Token, article: Article) -> str | None:
    for child in token.children:
        nodes = [child] + ([c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [])
        for node in nodes:
            if node.ent_type_ == "DATE" and node.dep_ in ("pobj", "npadvmod", "tmod", "nmod"):
                ent = next((e for e in node.sent.ents if e.start <= node.i < e.end), None)
                if ent is not None:
                    return resolve_date(ent.text, article.date)
    return None


def _deduplicated(extractions: list[Extraction]) -> list[Extraction]:
    best: dict[tuple, Extraction] = {}
    for x in extractions:
        key = (x.subject.key, x.predicate, x.object.key)
        if key not in best or (bool(x.date), x.provenance.confidence) > (bool(best[key].date),
                                                                         best[key].provenance.confidence):
            best[key] = x  # a sentence that dates the relation beats a more confident one that does not
    return list(best.values())
