"""Why a relation is (not) in the graph: extraction of one text, step by step.

:func:`explain` runs the extraction of an article with a :class:`kg.extract.Trace` and
resolves it; :func:`render_text` and :func:`to_json` show, per sentence, the tokens with
their parse, the mentions, the triggers tried, every candidate kept or dropped with the
reason, and the final relations with their dates and where each date came from.

:func:`explain_misses` does the same for a set of gold relations: each missed relation
is tagged with the first stage at which it was lost (``kg eval --explain``).

>>> import datetime as dt
>>> e = explain_text("Putin refused to meet Rahmon.", date=dt.date(2022, 5, 17))
>>> [(d.kept, d.reason) for d in e.trace.sentences[0].decisions if d.candidate.predicate == "met"]
[(False, "negated ('refused')")]
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span, Token

from kg.evaluate import Gold, gold_keys
from kg.extract import Trace, extract
from kg.extract.extractor import as_written
from kg.infer import infer
from kg.extract.candidates import Decision
from kg.model import Article, ArticleResult, Mention, Relation


@dataclass
class Explanation:
    """The trace of one article's extraction and what resolution made of it."""

    article: Article
    trace: Trace
    result: ArticleResult


def explain(article: Article, nlp: Language | None = None) -> Explanation:
    """Extract ``article`` recording every step (parse, mentions, candidates, decisions)."""
    from kg.nlp import load_pipeline
    from kg.resolve import Resolver

    nlp = nlp or load_pipeline()
    trace = Trace()
    found = extract(nlp(article.text), article, trace=trace)
    result = infer(Resolver().resolve(article, list(found.relations), found.mentions))
    return Explanation(article, trace, result)


def explain_text(text: str, *, date: dt.date | None = None, article_id: str = "text",
                 nlp: Language | None = None) -> Explanation:
    """:func:`explain` for a text given as a string."""
    return explain(Article(id=article_id, text=text, date=date), nlp)


# -- what the trace says, as data ---------------------------------------------------------


def _token(token: Token) -> dict:
    return {"i": token.i, "text": token.text, "lemma": token.lemma_, "pos": token.pos_, "tag": token.tag_,
            "dep": token.dep_, "head": token.head.i, "ent": token.ent_type_ or None}


def _mention(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    record = {"text": mention.text, "type": mention.type, "kind": mention.kind, "name": mention.name or None,
              "span": [mention.start, mention.end]}
    for key in ("code", "title", "event_class", "org_type", "reference", "date"):
        value = getattr(mention, key)
        if value:
            record[key] = value
    if mention.antecedents:
        record["antecedents"] = [a.name or a.text for a in mention.antecedents]
    return record


def _decision(decision: Decision) -> dict:
    c = decision.candidate
    return {"predicate": c.predicate, "rule": c.rule, "trigger": c.trigger.text, "trigger_i": c.trigger.i,
            "pattern": c.pattern, "subject": _mention(decision.subject or c.subject),
            "object": _mention(decision.object or c.object), "modality": c.modality,
            "confidence": round(c.confidence, 3), "kept": decision.kept, "reason": decision.reason}


def _relation(relation: Relation, explanation: Explanation) -> dict:
    record = relation.to_json()
    record.pop("sentence", None)
    words = next((x.date_text for x in explanation.trace.relations if x.provenance.span == relation.provenance.span
                  and x.predicate == relation.predicate and x.date_text), None)
    if words and relation.date_source == "text":
        record["date_text"] = words
    return record


def _tried_triggers(sent: Span, decisions: list[Decision]) -> list[dict]:
    """Every word of the sentence that heads a trigger pattern, with what came of it."""
    from kg.extract.nouns import pattern_index
    from kg.extract.verbs import is_verb, verb_index

    outcome = Counter(d.candidate.trigger.i for d in decisions)
    tried = []
    for token in sent:
        keys = {token.lemma_.lower(), token.lower_}
        kinds = []
        if is_verb(token) and keys & verb_index().keys():
            kinds.append("verb")
        if token.pos_ in ("NOUN", "PROPN") and keys & (pattern_index("nouns").keys() | pattern_index("relational").keys()):
            kinds.append("noun")
        if not kinds:
            continue
        predicates = sorted({t.predicate for k in keys for t, *_ in verb_index().get(k, [])}
                            | {t.predicate for k in keys for kind in ("nouns", "relational")
                               for t, _ in pattern_index(kind).get(k, [])})
        count = outcome.get(token.i, 0)
        tried.append({"i": token.i, "word": token.text, "as": "/".join(kinds), "predicates": predicates,
                      "candidates": count,
                      "note": "" if count else "no pattern of these predicates fits the parse here"})
    return tried


def to_json(explanation: Explanation, *, sentence: int | None = None) -> dict:
    """The explanation as plain data (``kg explain --format json``); ``sentence`` is 1-based."""
    sentences = []
    for trace in explanation.trace.sentences:
        if sentence is not None and trace.number + 1 != sentence:
            continue
        sentences.append({
            "number": trace.number + 1,
            "text": trace.sentence.text,
            "tokens": [_token(t) for t in trace.sentence],
            "mentions": [_mention(m) for m in trace.mentions],
            "triggers": _tried_triggers(trace.sentence, trace.decisions),
            "candidates": [_decision(d) for d in trace.decisions],
            "relations": [_relation(r, explanation) for r in _relations_in(explanation, trace.sentence)],
            "not_resolved": _not_resolved(explanation, trace.sentence),
        })
    return {"article": explanation.article.id,
            "date": explanation.article.date.isoformat() if explanation.article.date else None,
            "sentences": sentences}


def _not_resolved(explanation: Explanation, sent: Span) -> list[str]:
    """Relations extraction kept that resolution left out: no entity for a side (a topic such as
    "trade" is not a node), or an object of a type the predicate does not take."""
    text = as_written(sent, explanation.article, 0)
    resolved = {(r.predicate, r.provenance.span) for r in explanation.result.relations}
    kept = {(r.predicate, r.subject.label.lower(), r.object.label.lower()) for r in explanation.result.relations}

    def merged(x) -> bool:  # the same relation as another one, said more fully elsewhere ("Rha" and "Rha Woong-bae")
        subject, obj = (x.subject.name or x.subject.text).lower(), (x.object.name or x.object.text).lower()
        return any(p == x.predicate and subject in s and (obj in o or o in obj) for p, s, o in kept)

    return [f"{x.subject.name or x.subject.text} --{x.predicate}--> {x.object.name or x.object.text}"
            for x in explanation.trace.relations
            if x.provenance.sentence == text and (x.predicate, x.provenance.span) not in resolved and not merged(x)]


def _relations_in(explanation: Explanation, sent: Span) -> list[Relation]:
    # the relations quote the sentence as the article wrote it, not the case-repaired copy the parser read
    text = as_written(sent, explanation.article, 0)
    return [r for r in explanation.result.relations if r.provenance.sentence == text]


# -- as text ----------------------------------------------------------------------------------


def render_text(explanation: Explanation, *, sentence: int | None = None) -> str:
    """The explanation as the text ``kg explain`` prints."""
    data = to_json(explanation, sentence=sentence)
    lines = [f"article {data['article']}, published {data['date'] or 'unknown'}"]
    for s in data["sentences"]:
        lines += ["", f"sentence {s['number']}: {s['text'].strip()}", "  tokens"]
        lines += _wrapped([f"{t['i']}:{t['text']}/{t['lemma']}/{t['pos']}/{t['dep']}>{t['head']}" for t in s["tokens"]])
        lines.append("  mentions" if s["mentions"] else "  mentions: none")
        for m in s["mentions"]:
            extra = ", ".join(f"{k} {m[k]}" for k in ("code", "title", "event_class", "org_type", "reference", "date")
                              if k in m)
            lines.append(f"    {m['text']!r:30} {m['type']:12} {m['kind']:8} {extra}".rstrip())
        lines.append("  triggers tried" if s["triggers"] else "  triggers tried: none")
        for t in s["triggers"]:
            lines.append(f"    {t['word']} ({t['as']}: {', '.join(t['predicates'])}): "
                         f"{t['candidates']} candidate(s){'; ' + t['note'] if t['note'] else ''}")
        lines.append("  candidates" if s["candidates"] else "  candidates: none")
        for c in s["candidates"]:
            verdict = "kept   " if c["kept"] else "dropped"
            lines.append(f"    {verdict} {_side(c['subject'])} --{c['predicate']}--> {_side(c['object'])}"
                         f"  [{c['rule']}, {c['trigger']!r}{', ' + repr(c['pattern']) if c['pattern'] else ''}]"
                         + ("" if c["kept"] else f": {c['reason']}"))
        lines.append("  relations" if s["relations"] else "  relations: none")
        for r in s["relations"]:
            lines.append(f"    {r['subject']['label']} --{r['predicate']}--> {r['object']['label']}  "
                         f"{_date_note(r)}, {r['modality']}, confidence {r['confidence']}")
        for line in s["not_resolved"]:
            lines.append(f"    (not in the graph: {line}: no entity for a side, or an object type the predicate"
                         " does not take)")
    return "\n".join(lines)


def _side(mention: dict | None) -> str:
    if mention is None:
        return "?"
    name = mention.get("name") or mention["text"]
    if mention.get("antecedents"):
        return f"{mention['text']!r}={'/'.join(mention['antecedents'])}"
    return name


def _date_note(relation: dict) -> str:
    if not relation.get("date"):
        return "undated"
    source = {"text": "from the text", "event": "from its event", "previous": "from the sentence before",
              "lead": "the day of the article's lead",
              "publication": "the report's date"}.get(relation.get("date_source"), "")
    if relation.get("date_text"):
        source += f" {relation['date_text']!r}"
    return f"dated {relation['date']} ({source})" if source else f"dated {relation['date']}"


def _wrapped(items: list[str], width: int = 100, indent: str = "    ") -> list[str]:
    lines, line = [], indent
    for item in items:
        if len(line) + len(item) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


# -- kg eval --explain: where each missed gold relation was lost -------------------------------


@dataclass
class Miss:
    """A required gold relation not found, and the first stage at which it was lost."""

    article: str
    relation: str
    stage: str
    detail: str = ""
    evidence: str = ""


@dataclass
class MissReport:
    """The misses of a set of gold relations, each with where it was lost."""

    misses: list[Miss] = field(default_factory=list)

    def table(self) -> list[tuple[str, int, float]]:
        """(stage, misses, share) rows, most frequent first."""
        counts = Counter(m.stage for m in self.misses)
        total = sum(counts.values()) or 1
        return [(stage, n, round(n / total, 3)) for stage, n in counts.most_common()]

    def reasons(self) -> list[tuple[str, int]]:
        """Why dropped candidates were dropped, for the misses lost that way."""
        return Counter(m.detail for m in self.misses if m.stage == "candidate dropped").most_common()


def explain_misses(gold_paths: Iterable[Path], explanations: dict[str, Explanation]) -> MissReport:
    """Tag each missed required gold relation with the first stage at which it was lost:
    no mention for an argument; no trigger in the sentence; the candidate dropped (why);
    resolved to another node; found under another predicate, or reversed."""
    report = MissReport()
    for path in gold_paths:
        gold = Gold.load(path)
        explanation = explanations.get(gold.article)
        if explanation is None:
            continue
        predictions = [r.to_json() for r in explanation.result.relations]
        found = {i for p in predictions for i in gold.matching(p["subject"]["label"], p["predicate"], p["object"]["label"])}
        for i, relation in enumerate(gold.relations):
            if relation.get("optional") or i in found:
                continue
            stage, detail = _lost_at(gold, relation, explanation, predictions)
            report.misses.append(Miss(gold.article, _describe(relation), stage, detail, relation.get("evidence", "")))
    return report


def _describe(relation: dict) -> str:
    def side(value):
        return "/".join(value) if isinstance(value, list) else value
    return f"{side(relation['s'])} --{'/'.join(relation['p'])}--> {side(relation['o'])}"


def _mentioned_keys(gold, explanation: Explanation) -> set[str]:
    keys: set[str] = set()
    for trace in explanation.trace.sentences:
        for mention in trace.mentions:
            for label in {mention.name, mention.text} - {""}:
                keys |= gold.keys_for(label)
    for entity in explanation.result.entities:
        keys |= gold.keys_for(entity.label)
    return keys


def _lost_at(gold, relation: dict, explanation: Explanation, predictions: list[dict]) -> tuple[str, str]:
    subjects, objects = gold_keys(relation["s"]), gold_keys(relation["o"])
    mentioned = _mentioned_keys(gold, explanation)
    if not subjects & mentioned:
        return "no mention for the subject", ""
    if not objects & mentioned:
        return "no mention for the object", ""
    decisions = _decisions_near(explanation, relation.get("evidence", ""))
    wanted = [d for d in decisions if d.candidate.predicate in relation["p"]]
    dropped = [d for d in wanted if not d.kept]
    if wanted and len(dropped) == len(wanted):
        return "candidate dropped", _reason_kind(dropped[0].reason)
    for p in predictions:
        s_keys, o_keys = gold.keys_for(p["subject"]["label"]), gold.keys_for(p["object"]["label"])
        if s_keys & subjects and o_keys & objects:
            return "found under another predicate", p["predicate"]
        if s_keys & objects and o_keys & subjects and p["predicate"] in relation["p"]:
            return "reversed", p["predicate"]
    if not wanted:
        return "no trigger in the sentence", ""
    return "resolved to another node", ""


def _decisions_near(explanation: Explanation, evidence: str) -> list[Decision]:
    """The decisions of the sentences that hold the gold evidence (all sentences if not found)."""
    words = evidence.lower().split()
    traces = [t for t in explanation.trace.sentences
              if words and " ".join(words[:4]) in " ".join(t.sentence.text.lower().split())]
    if not traces and words:
        traces = [t for t in explanation.trace.sentences
                  if sum(w in t.sentence.text.lower() for w in words) >= max(2, len(words) * 2 // 3)]
    traces = traces or explanation.trace.sentences
    return [d for t in traces for d in t.decisions]


def _reason_kind(reason: str) -> str:
    """ "negated ('refused')" -> "negated": the reasons without their particulars, for the table."""
    for kind in ("negated", "hypothetical", "unresolved reference", "no object", "no subject", "no holder",
                 "no owner", "blocked", "duplicate", "no country"):
        if reason.startswith(kind):
            return kind
    return reason
