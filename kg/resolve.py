"""Resolution: one entity per real-world referent, with a canonical label and a stable IRI.

Within an article, names are clustered ("Putin" joins "Vladimir Putin", "CSTO" joins
"Collective Security Treaty Organization"); references are replaced by what they refer
to; events and documents with the same head ("the summit", "the CSTO summit") merge.
Across articles, a :class:`Resolver` remembers full names so that an article that only
says "Putin" links to the Vladimir Putin of the others, and IRIs derive from canonical
labels (countries from their ISO alpha-3 code), so the same entity has the same IRI
everywhere.

>>> Resolver().iri("Person", "Vladimir Putin")
'https://w3id.org/dipkg/id/person/vladimir-putin'
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg import gazetteer, lexicon
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.model import Article, ArticleResult, Entity, Extraction, Mention, Relation
from kg.ontology import symmetric_predicates

DEFAULT_BASE = "https://w3id.org/dipkg/id/"
_LOCATIVE = {"visited"}
_ACRONYM_STOPWORDS = {"of", "the", "and", "for", "on", "in", "de", "&"}
_OBJECT_TYPES = {  # a region's or a city's government too: "First Minister of Scotland", "the mayor of Seoul"
    "leaderOf": {"Country", "Organization", "Place"}, "officialOf": {"Country", "Organization", "Place"},
    "memberOf": {"Country", "Organization"},
}


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Recep Tayyip Erdoğan"), slug("Collective Security Treaty Organization's")
    ('recep-tayyip-erdogan', 'collective-security-treaty-organization-s')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


@dataclass
class _Cluster:
    type: str
    names: list[str] = field(default_factory=list)
    code: str | None = None
    subtype: str | None = None
    date: str | None = None

    def add(self, name: str) -> None:
        """Add a name of the cluster once."""
        if name and name not in self.names:
            self.names.append(name)


@dataclass
class Resolver:
    """Resolves extractions to entities; keeps what it learnt across the articles of a run."""

    base: str = DEFAULT_BASE
    known_persons: dict[str, set[str]] = field(default_factory=dict)  # surname -> full names
    known_acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> long name
    _date: dt.date | None = None  # publication date of the article being resolved

    def remember(self, names: Iterable[tuple[str, str]]) -> None:
        """Learn (full name, alias) pairs of earlier builds, so that a resumed or incremental build
        resolves "Putin" as a build of the whole corpus would have (see ``known_names`` in kg.store)."""
        for full, alias in names:
            if " " in full and " " not in alias:
                self.known_persons.setdefault(alias.lower(), set()).add(full)
            elif _is_acronym(alias) and not _is_acronym(full):
                self.known_acronyms[alias] = full

    def iri(self, type: str, label: str, *, code: str | None = None, article: str | None = None) -> str:
        """The IRI of an entity: countries by code, events and documents within their article."""
        if type == "Country" and code:
            return f"{self.base}country/{code}"
        if type in ("Event", "Document") and article:
            return f"{self.base}{type.lower()}/{slug(article)}/{slug(label)}"
        return f"{self.base}{type.lower()}/{slug(label)}"

    def resolve(self, article: Article, extractions: list[Extraction], mentions: Iterable[Mention] = ()) -> ArticleResult:
        """Entities and relations of one article."""
        self._date = article.date
        clusters, lookup = self._cluster(article, list(mentions) + _mentions_of(extractions))
        entities = {key: self._entity(cluster, article) for key, cluster in clusters.items()}
        relations: dict[tuple, tuple[int, Relation]] = {}
        for x in extractions:
            for subject in self._entities_for(x.subject, lookup, entities, role="subject", predicate=x.predicate):
                local = x.role is not None and lexicon.is_local_title(x.role)  # "the mayor of Seoul"
                for obj in self._entities_for(x.object, lookup, entities, role="object", predicate=x.predicate,
                                              local=local):
                    relation = _relation(x, subject, obj)
                    if relation is not None:
                        _keep_best(relations, relation, _date_evidence(x, obj))
        kept = [relation for _, relation in relations.values()]
        used = {r.subject.id for r in kept} | {r.object.id for r in kept}
        return ArticleResult(article=article, relations=kept,
                             entities=[e for e in entities.values() if e.id in used])

    # -- clustering ---------------------------------------------------------------------

    def _cluster(self, article: Article, mentions: list[Mention]):
        clusters: dict[tuple, _Cluster] = {}
        lookup: dict[tuple, tuple] = {}
        first_seen: dict[str, int] = {}
        # A headline names people by surname before the body introduces them ("Blair rejects Tory tax
        # claims" over "Tony Blair has rejected ..."): a name is first seen where the body first uses it
        headline = _headline_end(article.text)
        for m in mentions:
            if m.type == "Person" and m.kind == "name" and m.name:
                start = m.start if m.start >= headline else len(article.text) + m.start
                first_seen[m.name] = min(first_seen.get(m.name, start), start)
        person_key = self._person_keys(first_seen)
        org_key = self._org_keys([m for m in mentions if m.type == "Organization"])
        series = _series_numbers(mentions)
        variants = _event_variants(mentions)
        for m in mentions:
            key = self._key(m, person_key, org_key)
            if key is not None and m.type == "Event":
                key = (*key, series.get(m.key, ""))
            if key is not None and m.type in ("Event", "Document"):
                key = (*key, variants.get(m.key, 0))
            if key is None:
                continue
            cluster = clusters.setdefault(key, _Cluster(type=key[0], code=key[1] if key[0] == "Country" else None))
            if key[0] in ("Person", "Organization"):
                cluster.add(key[1])  # the fullest name, possibly learnt from another article
            cluster.add(m.name or gazetteer.normalize(m.text))
            if m.type in ("Event", "Document"):
                cluster.subtype = cluster.subtype or m.subtype
                cluster.date = cluster.date or m.date
            lookup[m.key] = key
        return clusters, lookup

    def _key(self, m: Mention, person_key: dict, org_key: dict) -> tuple | None:
        if m.is_reference:
            return None
        if m.type == "Country" and m.code:
            return ("Country", gazetteer.code_on(m.code, self._date))
        if m.type == "Person":
            return ("Person", person_key.get(m.name, m.name))
        if m.type == "Organization":
            return ("Organization", org_key.get(m.name, m.name))
        if m.type in ("Event", "Document"):
            return (m.type, m.subtype or "", _head_word(m.name))
        if m.type == "Place":
            return ("Place", m.name)
        if m.type == "Topic" and m.name:
            return ("Topic", m.name.lower())  # "discussed Third World debt": the topic is a node too
        return None

    def _person_keys(self, first_seen: dict[str, int]) -> dict[str, str]:
        """Map each person name to the fullest name of the same person in the article or run.

        A short name joins a fuller one introduced before it ("Vladimir Putin ... Putin");
        when several fit, the one introduced last before it wins.
        """
        names = sorted(first_seen, key=lambda n: (-len(n.split()), -len(n)))
        full: dict[str, str] = {}
        canon: list[str] = []
        for name in names:
            fits = [c for c in canon if _same_person(name, c) and first_seen[c] <= first_seen[name]]
            match = max(fits, key=lambda c: first_seen[c]) if fits else None
            if match is None and len(name.split()) == 1:
                match = (self._known_person(name) or _by_paternal_surname(name, canon, first_seen)
                         or _by_first_name(name, canon, first_seen))
            if match is None:
                canon.append(name)
                match = name
            full[name] = match
        # Remember a full name for later articles only when this article itself used the
        # surname alone for that person: "Reagan" must not become "Nancy Reagan" elsewhere.
        for short, fuller in full.items():
            if short != fuller and len(short.split()) == 1 and len(fuller.split()) > 1:
                self.known_persons.setdefault(short.lower(), set()).add(fuller)
        return full

    def _known_person(self, surname: str) -> str | None:
        names = self.known_persons.get(surname.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def _org_keys(self, mentions: list[Mention]) -> dict[str, str]:
        names = {m.name for m in mentions if m.name}
        long_names = [n for n in names if not _is_acronym(n)]
        keys = {}
        for name in names:
            if _is_acronym(name):
                long = next((n for n in long_names if _initials(n) == name.replace(".", "")), None)
                long = long or self.known_acronyms.get(name)
                if long:
                    self.known_acronyms[name] = long
                    keys[name] = long
            else:
                # "the Commission" after "the European Commission", "the Farm Bureau" after "the
                # American Farm Bureau", "the task force" after "the international task force": the
                # one longer name it ends
                ending = [n for n in long_names if _ends(n, name)]
                if len(ending) == 1:
                    keys[name] = ending[0]
            if name not in keys:
                # "MCI" after "MCI Communications Corp", "Versatile" after "Versatile Pacific Shipyards
                # Inc": a company's short name is the one longer name of the article it begins
                company = [n for n in long_names if _short_company_name(name, n)]
                if len(company) == 1:
                    keys[name] = company[0]
            if name not in keys and len(name.split()) >= 2:
                # "the Expediency Council" after "the Iranian Expediency Discernment Council": the
                # one longer name that has its words, in order, from a first to its last
                fuller = [n for n in long_names if _omits_words_of(n, name)]
                if len(fuller) == 1:
                    keys[name] = fuller[0]
        return keys

    # -- entities -----------------------------------------------------------------------

    def _entity(self, cluster: _Cluster, article: Article) -> Entity:
        label = _canonical_label(cluster, article.date)
        subtype = cluster.subtype if cluster.type in ("Event", "Document") else None
        aliases = tuple(n for n in cluster.names if n != label)
        # A surname alone keeps its label as written, but its IRI is the listed office holder's
        # ("Reagan" in 1987 is person/ronald-reagan), so articles that name him in full agree.
        known = gazetteer.full_name(label, on=article.date) if cluster.type == "Person" and " " not in label else None
        return Entity(id=self.iri(cluster.type, known or label, code=cluster.code, article=article.id), label=label,
                      type=cluster.type, aliases=aliases, code=cluster.code, subtype=subtype, date=cluster.date)

    def _entities_for(self, mention: Mention, lookup: dict, entities: dict, *, role: str,
                      predicate: str, local: bool = False) -> list[Entity]:
        if mention.is_reference:
            return [e for a in mention.antecedents
                    for e in self._entities_for(a, lookup, entities, role=role, predicate=predicate, local=local)]
        key = lookup.get(mention.key)
        entity = entities.get(key) if key else None
        if entity is None:
            return []
        # a capital stands for its country, except as a place visited or the city a mayor's office is of:
        # "visited Havana" is a visit to the city, whose country its code gives
        if entity.type == "Place" and mention.code and not (role == "object" and (predicate in _LOCATIVE or local)):
            code = gazetteer.code_on(mention.code, self._date)
            return [entities.get(("Country", code)) or self._country(code)]
        return [entity]

    def _country(self, code: str) -> Entity:
        label = gazetteer.country_name(code, on=self._date)
        return Entity(id=self.iri("Country", label, code=code), label=label, type="Country", code=code)


def _mentions_of(extractions: list[Extraction]) -> list[Mention]:
    found = []
    for x in extractions:
        for m in (x.subject, x.object):
            found.extend(m.antecedents if m.is_reference else [m])
    return found


def _headline_end(text: str) -> int:
    """Where a headline line opening the text ends (0 if there is none): a first line of at most 20
    words that does not end like a sentence."""
    first, newline, _ = text.partition("\n")
    if not newline or not first.strip() or len(first.split()) > 20 or first.rstrip()[-1:] in ".!?:;\"”'":
        return 0
    return len(first)


def _by_first_name(name: str, canon: list[str], first_seen: dict[str, int]) -> str | None:
    """ "John" after "John R. Bolton", when one person named before has that first name."""
    fits = [c for c in canon if len(c.split()) > 1 and c.split()[0].lower() == name.lower()
            and first_seen[c] <= first_seen[name]]
    return fits[0] if len(fits) == 1 else None


def _by_paternal_surname(name: str, canon: list[str], first_seen: dict[str, int]) -> str | None:
    """ "Martinez" after "Alejandro Martinez Cuenca", "Lechin" after "Juan Lechin Oquendo": Spanish and
    Portuguese names are shortened to the first of two surnames. Only when one fuller name fits."""
    fits = [c for c in canon if len(c.split()) >= 3 and c.split()[-2].lower() == name.lower()
            and first_seen[c] <= first_seen[name]]
    return fits[0] if len(fits) == 1 else None


def _same_person(name: str, fuller: str) -> bool:
    """ "Putin" and "Vladimir Putin", "Mr Erdogan" and "Recep Tayyip Erdogan"."""
    words, full = gazetteer.name_words(name.lower()), gazetteer.name_words(fuller.lower())
    if len(words) >= len(full):
        return words == full
    return words[-1] == full[-1] and all(w in full for w in words)


def _ends(fuller: str, name: str) -> bool:
    words, full = name.lower().split(), fuller.lower().split()
    return len(full) > len(words) and full[-len(words):] == words


def _omits_words_of(fuller: str, name: str) -> bool:
    """Are the words of ``name`` those of ``fuller``, in order, with some left out between them and
    the same last word ("Expediency Council" in "Iranian Expediency Discernment Council")?"""
    words, full = name.lower().split(), fuller.lower().split()
    if len(full) <= len(words) or full[-1] != words[-1] or words[0] in _GENERIC_FIRST_WORDS:
        return False
    at = 0
    for word in words:
        while at < len(full) and full[at] != word:
            at += 1
        if at == len(full):
            return False
        at += 1
    return True


#: First words too common to tell one body from another: "National Council", "Supreme Court".
_GENERIC_FIRST_WORDS = frozenset({"national", "international", "supreme", "central", "federal", "state",
                                  "general", "united", "high", "security", "the"})


def _short_company_name(name: str, fuller: str) -> bool:
    """ "ITT" for "ITT Corp", "MCI" for "MCI Communications Corp": the company's name without its
    legal suffix, or its first words. Only companies (a legal suffix) are shortened so: "EC" does
    not begin "EC Commission"."""
    words, full = name.lower().split(), fuller.lower().split()
    suffixes = lexicon.words("organization_suffixes") - {"bank", "news"}
    if len(full) < 2 or full[-1] not in suffixes or len(words) >= len(full):
        return False
    return full[:len(words)] == words


def _is_acronym(name: str) -> bool:
    compact = name.replace(".", "").replace("-", "")
    return compact.isupper() and 2 <= len(compact) <= 8 and " " not in name


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w.lower() not in _ACRONYM_STOPWORDS).upper()


#: Words that tell one event of a series from the others: "the first debate", "the final round".
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "final"})


def _series_numbers(mentions: list[Mention]) -> dict[tuple, str]:
    """Which event of a series each event mention is: "the first presidential debate" and "the
    second presidential debate" are two events; "the debate" after "the first debate" is the first."""
    numbered: dict[tuple, str] = {}
    latest: dict[tuple, tuple[int, str]] = {}
    events = sorted((m for m in mentions if m.type == "Event" and not m.is_reference), key=lambda m: m.start)
    for m in events:
        words = (m.name or m.text).lower().split()
        series = (m.subtype or "", _head_word(m.name or m.text))
        if len(words) > 1 and words[0] in _ORDINALS:
            latest[series] = (m.start, words[0])
        if series in latest:
            numbered[m.key] = latest[series][1]
    return numbered


def _event_variants(mentions: list[Mention]) -> dict[tuple, int]:
    """Which of the events or documents of one head word each mention is: "the February monetary
    conference in Paris" and "a news conference" are two; "the conference" after them is the last
    one named, and "the Venice summit" is "the June Venice summit"."""
    variants: dict[tuple, int] = {}
    seen: dict[tuple, list[set[str]]] = {}  # (type, class, head) -> the modifier words of each variant
    latest: dict[tuple, int] = {}
    ordered = sorted((m for m in mentions if m.type in ("Event", "Document") and not m.is_reference),
                     key=lambda m: m.start)
    for m in ordered:
        name = (m.name or m.text).lower().replace("-", " ")
        group = (m.type, m.subtype or "", _head_word(m.name or m.text))
        words = {w for w in name.split()[:-1] if w not in _ORDINALS and not _is_date_word(w)}
        known = seen.setdefault(group, [])
        if not words:
            variant = latest.get(group, 0)
        else:
            variant = next((i for i, other in enumerate(known) if not other or words <= other or other <= words),
                           len(known))
        while len(known) <= variant:
            known.append(set())
        known[variant] |= words
        latest[group] = variant
        variants[m.key] = variant
    return variants


def _is_date_word(word: str) -> bool:
    """A word that dates an event rather than telling which it is: "the January meeting", "Monday's talks"."""
    return word.isdigit() or word.rstrip("'s") in _DATE_WORDS


_DATE_WORDS = frozenset({*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "weekend", "last", "next", "recent",
                         "this", "that"})


def _head_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def _canonical_label(cluster: _Cluster, date: dt.date | None = None) -> str:
    if cluster.type == "Country" and cluster.code:
        return gazetteer.country_name(cluster.code, on=date)
    if cluster.type == "Organization":
        known = next((gazetteer.organization(n) for n in cluster.names if gazetteer.organization(n)), None)
        if known:
            return known.label
        return max(cluster.names, key=lambda n: (not _is_acronym(n), len(n.split()), len(n)))
    if cluster.type in ("Event", "Document"):
        return max(cluster.names, key=lambda n: (any(w[:1].isupper() for w in n.split()[:-1]), -abs(len(n.split()) - 2)))
    return max(cluster.names, key=lambda n: (len(n.split()), len(n)))


def _relation(x: Extraction, subject: Entity, obj: Entity) -> Relation | None:
    if subject.id == obj.id:
        return None
    allowed = _OBJECT_TYPES.get(x.predicate)
    if allowed and obj.type not in allowed:
        return None
    date, source = _date_of(x, obj)
    return Relation(subject, x.predicate, obj, x.provenance, date=date, modality=x.modality, role=x.role,
                    date_source=source)


def _date_of(x: Extraction, obj: Entity) -> tuple[str | None, str | None]:
    """The relation's date and where it came from: its own words, its event, the day of the
    article's lead, else the report."""
    if x.date and x.date_source != "lead":
        return x.date, x.date_source or "text"
    if obj.date and obj.type == "Event":
        return obj.date, "event"
    if x.date:
        return x.date, "lead"
    if x.default_date:
        return x.default_date, "publication"
    return None, None


def _date_evidence(x: Extraction, obj: Entity) -> int:
    """How well a relation is dated: 3 by its own words or its event, 2 by the lead's day, 1 by
    the report's date, 0 not."""
    if (x.date and x.date_source != "lead") or (obj.date and obj.type == "Event"):
        return 3
    return 2 if x.date else 1 if x.default_date else 0


def _keep_best(relations: dict[tuple, tuple[int, Relation]], relation: Relation, dated: int) -> None:
    """One relation per (subject, predicate, object): the best dated, then the most confident."""
    key = (relation.subject.id, relation.predicate, relation.object.id)
    if relation.predicate in symmetric_predicates():
        mirrored = (relation.object.id, relation.predicate, relation.subject.id)
        if mirrored in relations:
            key = mirrored
    current = relations.get(key)
    if current is None or (dated, relation.provenance.confidence) > (current[0], current[1].provenance.confidence):
        relations[key] = (dated, relation)
