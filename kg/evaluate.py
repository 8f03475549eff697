"""Measure extraction quality against gold annotations (the format of ``eval/ANNOTATION.md``).

The metrics are those of the project's reference scorer: relations are compared by
normalised labels; precision counts only predicates of the core vocabulary; a
prediction is right when its subject and object match the entities of a gold relation
with that predicate (either direction for symmetric ones); recall counts required gold
relations; date accuracy is checked on the first match of each dated gold relation;
node hygiene counts junk node labels and entities split over several ids.

>>> normalize_label("The Kremlin's")
'kremlin'
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.ontology import predicates

_LEADING = re.compile(r"^(the|a|an)\s+")
_TRAILING = re.compile(r"('s|')$")


def normalize_label(label: str) -> str:
    """Lower case, straight apostrophes, no leading article, no trailing possessive or punctuation."""
    text = " ".join(str(label).lower().replace("’", "'").split())
    text = _LEADING.sub("", text)
    return _TRAILING.sub("", text).strip(" .,;:\"()")


def scored_predicates() -> frozenset[str]:
    """The core vocabulary (``dip:coreVocabulary true`` in the ontology)."""
    return frozenset(name for name, info in predicates().items() if info.core)


def gold_keys(value: str | list[str]) -> set[str]:
    """A gold relation's side as a set of entity keys: one key, or any of several."""
    return set(value) if isinstance(value, list) else {value}


@dataclass
class Gold:
    """One article's gold file."""

    article: str
    entities: dict
    relations: list[dict]
    must_not: set[str]

    @classmethod
    def load(cls, path: Path) -> Gold:
        """Read a gold file."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(Path(data["article"]).name, data["entities"], data["relations"],
                   {normalize_label(x) for x in data.get("must_not", {}).get("node_labels", [])})

    def keys_for(self, label: str) -> set[str]:
        """Gold entities a predicted node label matches: by alias, or by keyword for events/documents."""
        norm = normalize_label(label)
        keys = set()
        for key, entity in self.entities.items():
            if any(k.lower() in norm for k in entity.get("keywords", [])):
                keys.add(key)
            if entity.get("kind") not in ("event", "document") and norm in {
                    normalize_label(a) for a in entity.get("aliases", []) + [entity["label"]]}:
                keys.add(key)
        return keys

    def matching(self, subject: str, predicate: str, obj: str) -> list[int]:
        """The gold relations a predicted (subject label, predicate, object label) matches, by index.

        Labels match an entity as :meth:`keys_for` says; a symmetric relation matches either way round.
        """
        s_keys, o_keys = self.keys_for(subject), self.keys_for(obj)
        hits = []
        for i, relation in enumerate(self.relations):
            if predicate not in relation["p"]:
                continue
            rs, ro = gold_keys(relation["s"]), gold_keys(relation["o"])
            if (s_keys & rs and o_keys & ro) or (relation.get("symmetric") and s_keys & ro and o_keys & rs):
                hits.append(i)
        return hits

    def is_document_or_event(self, key: str) -> bool:
        """Events and documents are matched by keyword and are not checked for splits."""
        return self.entities[key].get("kind") in ("event", "document")


@dataclass
class ArticleScore:
    """One article's counts: required and found, predicted and correct, dates, node hygiene."""

    article: str
    required: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    date_correct: int = 0
    date_total: int = 0
    junk_nodes: list[str] = field(default_factory=list)
    split_entities: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    # predicate -> [predicted, correct, required, found]
    by_predicate: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))

    @property
    def f1(self) -> float:
        """The article's F1."""
        return _f1(self.correct / self.predicted if self.predicted else 0.0,
                   self.found / self.required if self.required else 0.0)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_article(gold: Gold, predictions: list[dict]) -> ArticleScore:
    """Score one article's predicted relations (``kg extract`` JSON records)."""
    result = ArticleScore(gold.article)
    core = scored_predicates()
    unique: dict[tuple, dict] = {}
    for p in predictions:
        unique.setdefault((normalize_label(p["subject"]["label"]), p["predicate"],
                           normalize_label(p["object"]["label"])), p)
    matched: set[int] = set()
    for (subject, predicate, obj), p in unique.items():
        if predicate not in core:
            continue
        result.predicted += 1
        result.by_predicate[predicate][0] += 1
        if _match(gold, subject, predicate, obj, p, matched, result):
            result.correct += 1
            result.by_predicate[predicate][1] += 1
        else:
            result.wrong.append(f"{subject} --{predicate}--> {obj}")
    for i, relation in enumerate(gold.relations):
        if relation.get("optional"):
            continue
        result.required += 1
        for predicate in relation["p"][:1]:
            result.by_predicate[predicate][2] += 1
        if i in matched:
            result.found += 1
            result.by_predicate[relation["p"][0]][3] += 1
        else:
            result.missed.append(f"{sorted(gold_keys(relation['s']))} --{'/'.join(relation['p'])}--> "
                                 f"{sorted(gold_keys(relation['o']))}")
    _node_hygiene(gold, predictions, result)
    return result


def _match(gold: Gold, subject: str, predicate: str, obj: str, prediction: dict, matched: set[int],
           result: ArticleScore) -> bool:
    hits = gold.matching(subject, predicate, obj)
    for i in hits:
        date = gold.relations[i].get("date")
        if i not in matched and date:
            result.date_total += 1
            result.date_correct += str(prediction.get("date") or "").startswith(date)
        matched.add(i)
    return bool(hits)


def _node_hygiene(gold: Gold, predictions: list[dict], result: ArticleScore) -> None:
    labels: set[str] = set()
    ids: dict[str, set[str]] = defaultdict(set)
    for p in predictions:
        for side in ("subject", "object"):
            node = p[side]
            labels.add(normalize_label(node["label"]))
            for key in gold.keys_for(node["label"]):
                if not gold.is_document_or_event(key):
                    ids[key].add(node.get("id") or normalize_label(node["label"]))
    result.junk_nodes = sorted(labels & gold.must_not)
    result.split_entities = sorted(k for k, v in ids.items() if len(v) > 1)


@dataclass
class Evaluation:
    """The scores of a set of articles."""

    articles: list[ArticleScore]

    def summary(self) -> dict:
        """Micro precision, recall and F1, macro F1, date accuracy, junk nodes and split entities."""
        total = lambda attr: sum(getattr(a, attr) for a in self.articles)  # noqa: E731
        precision = total("correct") / total("predicted") if total("predicted") else 0.0
        recall = total("found") / total("required") if total("required") else 0.0
        return {
            "articles": len(self.articles), "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(_f1(precision, recall), 3),
            "macro_f1": round(sum(a.f1 for a in self.articles) / len(self.articles), 3) if self.articles else 0.0,
            "date_accuracy": round(total("date_correct") / total("date_total"), 3) if total("date_total") else None,
            "junk_nodes": sum(len(a.junk_nodes) for a in self.articles),
            "split_entities": sum(len(a.split_entities) for a in self.articles),
        }

    def per_predicate(self) -> dict[str, dict]:
        """Precision and recall of each predicate over all articles."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for a in self.articles:
            for predicate, counts in a.by_predicate.items():
                table[predicate] = [x + y for x, y in zip(table[predicate], counts)]
        return {p: {"predicted": c[0], "correct": c[1], "required": c[2], "found": c[3],
                    "precision": round(c[1] / c[0], 3) if c[0] else None,
                    "recall": round(c[3] / c[2], 3) if c[2] else None} for p, c in sorted(table.items())}


def evaluate(gold_paths: Iterable[Path], predictions: Iterable[dict]) -> Evaluation:
    """Score predictions (``kg extract`` records) against gold files, matched by article id."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        by_article[Path(str(p.get("article", ""))).name].append(p)
    golds = [Gold.load(path) for path in gold_paths]
    return Evaluation([score_article(g, by_article.get(g.article, [])) for g in golds])


def read_predictions(path: Path) -> list[dict]:
    """The records of a ``kg extract --format jsonl`` file."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


# -- PLOVER sentence suites ---------------------------------------------------------------


@dataclass
class SentenceScore:
    """Whether one PLOVER sentence passed, with what was found in it."""

    id: str
    plover: str | None
    passed: bool
    found: list[str]


def plover_of(predicate: str) -> str | None:
    """The PLOVER event type of a predicate, from the ontology."""
    info = predicates().get(predicate)
    return info.plover if info else None


def score_sentence(case: dict, relations: list[dict]) -> SentenceScore:
    """Does some relation of the case's PLOVER type link a source actor to a target actor?

    Negative cases (``expect_none``) pass when no relation of a ``forbidden`` type exists.
    Symmetric predicates count in either direction.
    """
    found = [f"{r['subject']['label']} --{r['predicate']}--> {r['object']['label']}" for r in relations]
    if case.get("expect_none"):
        forbidden = set(case.get("forbidden") or [])
        bad = [r for r in relations if plover_of(r["predicate"]) in forbidden]
        return SentenceScore(case["id"], None, not bad, found)
    sources = {normalize_label(s) for s in case["source"]}
    targets = {normalize_label(t) for t in case["target"]}
    symmetric = {name for name, info in predicates().items() if info.symmetric}
    for r in relations:
        if plover_of(r["predicate"]) != case["plover"]:
            continue
        s, o = normalize_label(r["subject"]["label"]), normalize_label(r["object"]["label"])
        if (s in sources and o in targets) or (r["predicate"] in symmetric and o in sources and s in targets):
            return SentenceScore(case["id"], case["plover"], True, found)
    return SentenceScore(case["id"], case["plover"], False, found)


def plover_summary(scores: list[SentenceScore]) -> dict:
    """Share of sentences passed, overall and by PLOVER type (negatives apart)."""
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        key = s.plover or "negative"
        by_type[key][0] += s.passed
        by_type[key][1] += 1
    positives = [s for s in scores if s.plover]
    return {
        "sentences": len(positives), "passed": sum(s.passed for s in positives),
        "share": round(sum(s.passed for s in positives) / len(positives), 3) if positives else 0.0,
        "negatives_clean": f"{by_type['negative'][0]}/{by_type['negative'][1]}",
        "by_type": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_type.items())},
        "failed": [s.id for s in scores if not s.passed],
    }


# -- the date probe (eval/dates/probe.jsonl) ----------------------------------------------


@dataclass
class DateCaseScore:
    """One case of the date probe: found, dated right, and the relations dated too far away."""

    id: str
    shape: str
    found: bool
    dated: bool
    far: list[str]


def score_date_case(case: dict, relations: list[dict]) -> DateCaseScore:
    """Is the case's relation found, with its date? And is any relation dated more than a year
    away from the article's date ("far")?

    The expected date is matched at its own precision: "2019-02" accepts "2019-02" only.
    """
    wanted = case["relation"]
    sources = {normalize_label(s) for s in wanted["s"]}
    targets = {normalize_label(o) for o in wanted["o"]}
    symmetric = {name for name, info in predicates().items() if info.symmetric}
    found = dated = False
    for r in relations:
        if r["predicate"] not in wanted["p"]:
            continue
        s, o = normalize_label(r["subject"]["label"]), normalize_label(r["object"]["label"])
        if (s in sources and o in targets) or (r["predicate"] in symmetric and o in sources and s in targets):
            found = True
            dated = dated or (r.get("date") or "") == wanted["date"]
    return DateCaseScore(case["id"], case.get("shape", ""), found, dated, _far_dated(case["date"], relations))


def _far_dated(published: str, relations: list[dict]) -> list[str]:
    base = dt.date.fromisoformat(published)
    far = []
    for r in relations:
        date = r.get("date")
        if not date:
            continue
        first = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
        if abs((first - base).days) > 366:
            far.append(f"{r['subject']['label']} --{r['predicate']}--> {r['object']['label']} {date}")
    return far


def date_probe_summary(scores: list[DateCaseScore]) -> dict:
    """Relations found with the right date, by shape, and the relations dated over a year away."""
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        by_shape[s.shape][0] += s.dated
        by_shape[s.shape][1] += 1
    return {"cases": len(scores), "found": sum(s.found for s in scores), "dated": sum(s.dated for s in scores),
            "far_dated": sum(len(s.far) for s in scores),
            "by_shape": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_shape.items())},
            "misses": [s.id for s in scores if not s.dated]}
