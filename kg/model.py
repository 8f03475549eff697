"""The typed records that flow between the stages of the pipeline.

ingest → :class:`Article`; extract → :class:`Mention` and :class:`Extraction`;
resolve → :class:`Entity` and :class:`Relation`. All are frozen: a stage never edits
what an earlier stage produced.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

#: Ontology classes an entity can have (local names in ``ontology/dipkg.ttl``).
ACTOR_TYPES = frozenset({"Person", "Country", "Organization"})
ENTITY_TYPES = ACTOR_TYPES | {"Event", "Document", "Place", "Topic"}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested.

    ``text`` is the body on which every character offset is computed.

    >>> a = Article(id="a.txt", text="Putin met Rahmon.")
    >>> a.content_hash == Article(id="a.txt", text="Putin met Rahmon.").content_hash
    True
    >>> a.content_hash == Article(id="a.txt", text="Putin met Rahmon.", title="Talks").content_hash
    False
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """A digest of everything the graph holds of the article: what is extracted, and its title and URL."""
        key = "\x1f".join([self.id, str(self.date or ""), self.text, self.title or "", self.url or ""])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be ingested, with the reason shown to the user."""

    source: str
    reason: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


#: How a mention refers: by a ``name`` ("Vladimir Putin"), a ``demonym`` ("Russian"), a bare
#: ``title`` ("the Russian leader"), a ``pronoun`` ("he", "it", "the country"), a ``group``
#: ("the leaders", "they") or a ``nominal`` phrase (an event, document or topic: "the summit").
MentionKind = Literal["name", "demonym", "title", "pronoun", "group", "nominal"]
#: What a pronoun-like reference stands for, which decides where coreference looks.
ReferenceKind = Literal["person", "it", "country", "organization", "speaker"]
#: Where a relation's date came from: the words of its clause, the event noun it names, the
#: sentence before that continues its story, or only the article's publication date.
DateSource = Literal["text", "event", "previous", "lead", "publication"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an entity.

    ``kind`` says how it refers (:data:`MentionKind`). Mentions other than names point to
    what they mean through ``antecedents``. The optional fields each mean one thing:
    ``title`` the role a title or group mention names ("Foreign Minister"),
    ``event_class`` the ontology class of an event or document ("Summit", "Treaty"),
    ``org_type`` the class of a known organisation ("InternationalOrganization"),
    ``reference`` what a pronoun-like mention can stand for (:data:`ReferenceKind`).

    >>> Mention("he", 0, 2, "Person", kind="pronoun", reference="person").is_reference
    True
    """

    text: str
    start: int
    end: int
    type: str
    kind: MentionKind = "name"
    name: str = ""
    code: str | None = None
    title: str | None = None
    event_class: str | None = None
    org_type: str | None = None
    reference: ReferenceKind | None = None
    date: str | None = None
    antecedents: tuple[Mention, ...] = ()

    @property
    def key(self) -> tuple[int, int, str, str | None]:
        """Where the mention is and what it is: unique within an article. The code is part of what
        it is: "the foreign ministers of India and China" stands for two countries at one place."""
        return (self.start, self.end, self.type, self.code)

    @property
    def is_reference(self) -> bool:
        """True for mentions that stand for something named elsewhere."""
        return self.kind in ("title", "pronoun", "group")

    @property
    def subtype(self) -> str | None:
        """The ontology subclass of the mention's type, when one is known ("Summit", "Company")."""
        return self.event_class or self.org_type


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a relation was read, by which rule, and how sure we are."""

    article: str
    sentence: str
    span: tuple[int, int]
    rule: str
    confidence: float
    attribution: str | None = None
    trigger: str | None = None  # the word that stated it ("told", "talks")
    derived_from: tuple[str, ...] = ()  # for an inferred relation: the keys of the relations it follows from


@dataclass(frozen=True, slots=True)
class Extraction:
    """A relation between two mentions, as read off one sentence."""

    subject: Mention
    predicate: str
    object: Mention
    provenance: Provenance
    date: str | None = None
    modality: str = "asserted"
    role: str | None = None
    default_date: str | None = None  # used when neither the text nor the event gives a date
    date_source: DateSource | None = None  # where ``date`` came from, when there is one
    date_text: str | None = None  # the words the date was read from ("on Monday")


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent, with its canonical label and stable IRI."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    subtype: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A resolved relation: what the graph stores and ``kg extract`` prints."""

    subject: Entity
    predicate: str
    object: Entity
    provenance: Provenance
    date: str | None = None
    modality: str = "asserted"
    role: str | None = None
    date_source: DateSource | None = None

    @property
    def key(self) -> str:
        """A stable identifier of the statement: article, subject, predicate, object and span."""
        p = self.provenance
        key = "\x1f".join([p.article, self.subject.id, self.predicate, self.object.id, str(p.span)])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    @property
    def inferred(self) -> bool:
        """Inferred from other relations by an inference rule (``kg/lexicon/inference.toml``)."""
        return bool(self.provenance.derived_from)

    def to_json(self) -> dict:
        """The record of the ``kg extract --format jsonl`` contract (DESIGN.md)."""
        side = lambda e: {"id": e.id, "label": e.label, "type": e.subtype or e.type}  # noqa: E731
        record = {
            "subject": side(self.subject),
            "predicate": self.predicate,
            "object": side(self.object),
            "date": self.date,
            "date_source": self.date_source,
            "article": self.provenance.article,
            "sentence": self.provenance.sentence,
            "span": list(self.provenance.span),
            "confidence": round(self.provenance.confidence, 3),
            "modality": self.modality,
            "rule": self.provenance.rule,
        }
        if self.role:
            record["role"] = self.role
        if self.provenance.attribution:
            record["attribution"] = self.provenance.attribution
        if self.provenance.trigger:
            record["trigger"] = self.provenance.trigger
        if self.provenance.derived_from:
            record["inferred_from"] = list(self.provenance.derived_from)
        return record


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article, resolved."""

    article: Article
    relations: list[Relation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
