"""Find the mentions in a parsed article: names, events, documents, titles, pronouns, groups.

Names come from spaCy's entities, corrected and completed by the gazetteer; events and
documents from the nouns of ``events.toml``; bare titles ("the Russian leader"), groups
("the leaders") and pronouns become reference mentions that coreference resolves later.
"""
from __future__ import annotations

import calendar
import datetime as dt

import functools
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg import gazetteer, lexicon
from kg.model import Mention

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_COUNTRY_NOUNS = {"country", "kingdom", "nation", "republic", "emirate", "sultanate"}
_CALENDAR_WORDS = {w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name)}
_REGNAL = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}


@dataclass
class MentionIndex:
    """The mentions of one Doc, in order, with a lookup from token to mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[tuple[int, int, str], Span] = field(default_factory=dict)
    offset: int = 0

    def add(self, mention: Mention, span: Span) -> None:
        if any(i in self.by_token for i in range(span.start, span.end)):
            return
        self.mentions.append(mention)
        self.spans[mention.key] = span
        for i in range(span.start, span.end):
            self.by_token[i] = mention

    def replace(self, old: Mention, new: Mention) -> None:
        span = self.spans.pop(old.key)
        self.mentions[self.mentions.index(old)] = new
        self.spans[new.key] = span
        for i in range(span.start, span.end):
            self.by_token[i] = new

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def span(self, mention: Mention) -> Span:
        return self.spans[mention.key]

    def sorted(self) -> list[Mention]:
        return sorted(self.mentions, key=lambda m: m.start)


def find_mentions(doc: Doc, *, offset: int = 0, date: dt.date | None = None) -> MentionIndex:
    """All mentions of ``doc``; ``offset`` shifts character positions (for split articles), ``date``
    (the article's) tells which office holders a lone surname can name."""
    index = MentionIndex(offset=offset)
    for span in _name_spans(doc):
        mention = name_mention(span, offset)
        if mention is not None:
            index.add(mention, span)
    _people_taken_for_bodies(index, date)
    _known_surnames(doc, index, offset, date)
    _titled_names(doc, index, offset)
    _propagate_surnames(doc, index, offset)
    for token in doc:
        if token.i in index.by_token:
            continue
        found = _nominal(token, offset) or _title(token, offset) or _group(token, offset) or _pronoun(token, offset)
        if found is not None:
            index.add(*found)
    index.mentions = index.sorted()
    return index


def _name_spans(doc: Doc) -> list[Span]:
    """spaCy's entities, trimmed, and gazetteer names: a longer gazetteer name wins over the
    pieces NER cut it into ("United Nations Educational, Scientific and Cultural Organization")."""
    back_references = lexicon.titles()["organization_nouns"]
    entities = [s for s in (_trim(ent) for ent in doc.ents if ent.label_ in _NAME_LABELS) if s is not None
                and not (len(s) == 1 and s[0].lower_ in back_references and s.start > 0
                         and doc[s.start - 1].lower_ == "the")]  # "the Community" refers back; "Parliament" names
    known = []
    for _, start, end in _gazetteer_matcher(doc.vocab)(doc):
        glued = (start > 0 and doc[start - 1].text == "-") or (end < len(doc) and doc[end].text == "-")
        if glued:
            continue  # "CBN" in "ABS-CBN" is not a name
        overlapped = [e for e in entities if e.start < end and start < e.end]
        if all(e.start >= start and e.end <= end and (end - start) > len(e) for e in overlapped) or not overlapped:
            known.append(Span(doc, start, end, label="GAZ"))
    taken: set[int] = set()
    spans = []
    for span in sorted(known, key=lambda s: (-len(s), s.start)) + entities:
        if not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    return sorted(spans, key=lambda s: s.start)


def _people_taken_for_bodies(index: MentionIndex, date: dt.date | None) -> None:
    """A name NER took for an organisation or place that is a person: an office holder's name at
    the article's date ("Trump", ``people.toml``), or a name a title introduces ("Russia's
    ambassador, Vassily Nebenzia"; "Jean-Claude Juncker, president of ...")."""
    for mention in list(index.mentions):
        if _may_be_person(mention) and (gazetteer.full_name(mention.text, on=date)
                                        or _introduced_by_title(index.span(mention))):
            _as_person(index, mention)


def _may_be_person(mention: Mention) -> bool:
    """An organisation or place name that no gazetteer knows: NER may have mistaken a person for it."""
    return (mention.type in ("Organization", "Place") and mention.code is None and mention.kind == "name"
            and gazetteer.organization(mention.text) is None)


def _as_person(index: MentionIndex, mention: Mention) -> None:
    index.replace(mention, Mention(mention.text, mention.start, mention.end, "Person", name=mention.text))


def _introduced_by_title(span: Span) -> bool:
    words = [t for t in span if t.text != "-"]  # "Jean-Claude Juncker"
    if not (2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in words)) or any(
            t.lower_ in _PLACE_WORDS for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return ((span.root.dep_ == "appos" and title_words(span.root.head) is not None)
            or (before is not None and before.dep_ == "compound" and title_words(before) is not None)
            or any(c.dep_ == "appos" and title_words(c) is not None for c in span.root.children))


def _known_surnames(doc: Doc, index: MentionIndex, offset: int, date: dt.date | None) -> None:
    """A capitalised name NER missed that is an office holder's at the article's date ("Merkel
    will meet Macron": NER found only Macron) is that person (``people.toml``)."""
    if date is None:
        return
    known = _name_prefixes()
    for token in doc:
        if (token.i in index.by_token or token.pos_ != "PROPN" or not token.is_title or token.ent_type_
                or token.lower_ in known or token.lower_ in _CALENDAR_WORDS):
            continue
        if gazetteer.full_name(token.text, on=date):
            index.add(Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Person",
                              name=token.text), doc[token.i:token.i + 1])


@functools.cache
def _name_prefixes() -> frozenset[str]:
    """Words that stand before a person's name without being part of it: titles, honorifics."""
    titles = lexicon.titles()
    return titles["leader"] | titles["official"] | titles["royal"] | titles["honorifics"]


def _titled_names(doc: Doc, index: MentionIndex, offset: int) -> None:
    """A proper name after a title is a person even where NER missed it: "King Fahd", "Premier Li"."""
    known = _name_prefixes()
    for token in doc:
        head = token.head
        if (token.lower_ not in known or token.dep_ != "compound" or head.pos_ != "PROPN"
                or head.i <= token.i or head.i in index.by_token or head.ent_type_ not in ("", "PERSON")):
            continue
        start = token.i + 1
        while start < head.i and (doc[start].lower_ in known or doc[start].pos_ != "PROPN"):
            start += 1
        span = doc[start:head.i + 1]
        if all(t.pos_ == "PROPN" and (t.is_title or t.text in _REGNAL) for t in span) and span[0].is_title \
                and not any(t.i in index.by_token for t in span):
            mention = _person(Span(doc, span.start, span.end, label="PERSON"), offset)
            if mention is not None:
                index.add(mention, span)


def _propagate_surnames(doc: Doc, index: MentionIndex, offset: int) -> None:
    """A surname the statistical NER missed is still the person named in full elsewhere in the article."""
    surnames = {m.name.split()[-1] for m in index.mentions if m.type == "Person" and len(m.name.split()) > 1}
    for mention in list(index.mentions):
        if mention.text in surnames and _may_be_person(mention):
            _as_person(index, mention)
    for token in doc:
        if token.text in surnames and token.pos_ == "PROPN" and token.i not in index.by_token:
            span = doc[token.i:token.i + 1]
            index.add(Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Person",
                              name=token.text), span)


def _trim(span: Span) -> Span | None:
    """Without determiners, possessive endings, and titles spaCy put inside a person's name."""
    start, end = span.start, span.end
    doc = span.doc
    titles = lexicon.titles()
    leading = titles["leader"] | titles["official"] | titles["honorifics"] | titles["portfolios"]
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct or doc[start].is_space
                           or (span.label_ == "PERSON" and end - start > 1 and doc[start].lower_ in leading)):
        start += 1
    while end > start and (doc[end - 1].tag_ in ("POS", "IN", "DT", "CC") or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


@functools.cache
def _gazetteer_matcher_for(vocab_id: int, vocab) -> PhraseMatcher:
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    exact = PhraseMatcher(vocab, attr="ORTH")
    folded = PhraseMatcher(vocab, attr="LOWER")
    for name in gazetteer.all_organization_names() + gazetteer.all_country_names() + gazetteer.all_capitals():
        compact = name.replace(".", "")
        matcher = exact if compact.isupper() or len(compact) <= 3 else folded
        matcher.add("GAZ", [tokenizer(name)])

    def match(doc: Doc) -> list[tuple[int, int, int]]:
        found = exact(doc) + folded(doc)
        return sorted(found, key=lambda m: (m[1], -m[2]))

    return match


def _gazetteer_matcher(vocab):
    return _gazetteer_matcher_for(id(vocab), vocab)


def name_mention(span: Span, offset: int = 0) -> Mention | None:
    """Classify a named span as Person, Country, Organization, Place, Event or Document."""
    text = span.text
    start, end = span.start_char + offset, span.end_char + offset
    label = span.label_
    if not any(ch.isalpha() for ch in text) or (len(span) == 1 and span[0].is_lower and label != "NORP"):
        return None
    code = gazetteer.country_by_name(text)
    org = gazetteer.organization(text)
    if label == "NORP":
        code = code or gazetteer.demonym_code(text)
        if code is None:
            return None if org is None else _org(text, start, end, org)
        kind = "name" if gazetteer.country_by_name(text) else "demonym"
        return Mention(text, start, end, "Country", kind=kind, name=gazetteer.country_name(code), code=code)
    if code and label != "PERSON" or code and len(span) == 1:
        return Mention(text, start, end, "Country", name=gazetteer.country_name(code), code=code)
    if org is not None:
        return _org(text, start, end, org)
    if label == "PERSON" or (label in ("FAC", "LOC") and _looks_like_person(span)):
        return _person(span, offset)
    if label in ("GPE", "LOC", "FAC") or (label == "GAZ" and gazetteer.capital_code(text)):
        metonym = gazetteer.capital_code(text)
        return Mention(text, start, end, "Place", name=gazetteer.normalize(text), code=metonym)
    if label in ("EVENT", "LAW") or _head_noun_class(span):
        kind, cls = _head_noun_class(span) or (("event", "Event") if label == "EVENT" else ("document", "Law"))
        return Mention(text, start, end, "Event" if kind == "event" else "Document", kind="name",
                       name=gazetteer.normalize(text), role=cls)
    if label in ("ORG", "GAZ") and len(span) > 1 and span[-1].lower_ in lexicon.titles()["collective"]:
        country = gazetteer.country_by_name(span[:-1].text) or gazetteer.demonym_code(span[:-1].text)
        if country:  # "the Hungarian Government", "the Iraqi Army": the country, as "Iraqi troops" is
            return Mention(text, start, end, "Country", name=gazetteer.country_name(country), code=country)
    if label in ("ORG", "GAZ"):
        prefix = _known_prefix(span)
        if prefix is not None:
            return name_mention(prefix, offset)  # "EC External Trade" is the EC's trade portfolio
        return Mention(text, start, end, "Organization", name=gazetteer.normalize(text))
    return None


def _known_prefix(span: Span) -> Span | None:
    """A known organisation or country at the start of a name whose other words name a portfolio."""
    portfolio_words = {w for p in lexicon.titles()["portfolios"] for w in p.split()}
    for end in range(len(span) - 1, 0, -1):
        rest = [t.lower_ for t in span[end:]]
        head = span[:end]
        if all(w in portfolio_words for w in rest) and (
                gazetteer.organization(head.text) or gazetteer.country_by_name(head.text)):
            return Span(span.doc, head.start, head.end, label="GAZ")
    return None


_PLACE_WORDS = {"street", "road", "avenue", "square", "bridge", "airport", "station", "tower", "palace", "house",
                "hall", "park", "hotel", "hospital", "university", "college", "school", "church", "cathedral",
                "mosque", "temple", "museum", "stadium", "building", "centre", "center", "port", "harbour",
                "harbor", "base", "camp", "prison", "river", "sea", "ocean", "lake", "mountain", "mountains",
                "island", "islands", "valley", "desert", "gulf", "bay", "strait", "canal", "peninsula", "coast"}


def _looks_like_person(span: Span) -> bool:
    """ "Antony Blinken" tagged FAC: two or three capitalised words, none of them a place word."""
    return (2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in span)
            and not any(t.lower_ in _PLACE_WORDS for t in span) and gazetteer.capital_code(span.text) is None)


def _org(text: str, start: int, end: int, org: gazetteer.Organization) -> Mention:
    return Mention(text, start, end, "Organization", name=org.label, role=org.type, code=org.country)


def _person(span: Span, offset: int) -> Mention | None:
    titles = lexicon.titles()
    tokens = list(span)
    royal = None
    while tokens and (tokens[0].lower_ in titles["honorifics"] or tokens[0].lower_.rstrip(".") in titles["honorifics"]):
        royal = tokens[0] if tokens[0].lower_ in titles["royal"] else None
        tokens = tokens[1:]
    if not tokens:
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if royal is None and before is not None and before.lower_ in titles["royal"] and before.is_title:
        royal = before
    name = " ".join(t.text for t in tokens if not t.is_punct or t.text in "-.'")
    name = name.replace(" - ", "-").replace(" .", ".")
    if royal is not None and (len(tokens) == 1 or tokens[-1].text in _REGNAL):
        name = f"{royal.text.capitalize()} {name}"
    if not any(t.is_title or t.is_upper for t in tokens):
        return None
    return Mention(span.text, span.start_char + offset, span.end_char + offset, "Person", name=name)


def _head_noun_class(span: Span) -> tuple[str, str] | None:
    root = span.root
    return noun_class(root)


def noun_class(token: Token) -> tuple[str, str] | None:
    """The (kind, class) of an event or document noun, looking at "video conference" first."""
    nouns = lexicon.event_nouns()
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            pair = f"{child.lower_} {token.lower_}"
            if pair in nouns:
                return nouns[pair]
    return nouns.get(token.lower_) or nouns.get(token.lemma_.lower())


def _nominal(token: Token, offset: int) -> tuple[Mention, Span] | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("DATE", "TIME", "PERSON", "GPE"):
        return None
    found = noun_class(token)
    if found is None:
        return None
    kind, cls = found
    span = _compact_phrase(token)
    label = " ".join(t.text for t in span if t.lower_ not in _DETERMINERS and t.tag_ != "POS" and not t.is_punct)
    # Indexed by its head only: modifiers such as "CSTO" in "the CSTO summit" keep their own mentions.
    return (Mention(span.text, span.start_char + offset, span.end_char + offset,
                    "Event" if kind == "event" else "Document", kind="nominal", name=label, role=cls),
            token.doc[token.i:token.i + 1])


def _compact_phrase(token: Token) -> Span:
    """The head noun with its adjacent left modifiers: "the CSTO video conference"."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 or child.dep_ not in ("compound", "amod", "nmod", "nummod", "npadvmod"):
            break
        if child.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"):
            break
        start = child.i
    return token.doc[start:token.i + 1]


def title_words(token: Token) -> str | None:
    """The title phrase headed by ``token`` ("foreign minister", "chief executive"), if it is a title."""
    titles = lexicon.titles()
    known = titles["leader"] | titles["official"]
    portfolios = titles["portfolios"]
    head = token.lower_ if token.tag_ not in ("NNS", "NNPS") else token.lemma_.lower()
    words = [head]
    best = head if head in known else None
    for child in _left_modifiers(token)[:3]:
        words.insert(0, child.lower_)
        phrase = " ".join(words)
        if phrase in known or phrase.replace(" ", "-") in known or (best and child.lower_ in portfolios):
            best = phrase  # "prime minister", "chief executive", "foreign minister"
        elif best:
            break
    return best


def _left_modifiers(token: Token) -> list[Token]:
    """The compound and adjective words right before a noun, nearest first, whichever of them
    the parser hung on which: "national security advisor" has "national" under "security"."""
    words = []
    for left in reversed(token.doc[token.left_edge.i:token.i]):
        if left.text == "-" and left.dep_ == "punct":
            continue  # "Secretary-General" is tokenised "Secretary - General"
        if left.dep_ not in ("compound", "amod") or token not in left.ancestors:
            break
        words.append(left)
    return words


def _title(token: Token, offset: int) -> tuple[Mention, Span] | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON",):
        return None
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return None
    title = title_words(token)
    if title is None or any(c.lower_ in lexicon.titles()["not_current"] for c in token.lefts):
        return None
    code = modifier_country(token)
    span = _compact_phrase(token)
    role = " ".join(w.capitalize() for w in title.split())
    plural = token.tag_ in ("NNS", "NNPS")
    return (Mention(span.text, span.start_char + offset, span.end_char + offset, "Person",
                    kind="group" if plural else "title", code=code, role=role), token.doc[token.i:token.i + 1])


def modifier_country(token: Token) -> str | None:
    """Country named by a modifier of ``token``: "Russian", "Tajikistan's", "U.S.", "of Russia"."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
            code = gazetteer.country_code(child.text)
            if code:
                return code
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and gazetteer.country_by_name(pobj.text):
                    return gazetteer.country_by_name(pobj.text)
    return None


def _group(token: Token, offset: int) -> tuple[Mention, Span] | None:
    if token.pos_ not in ("NOUN", "PRON", "DET", "NUM") or token.lower_ not in lexicon.titles()["group"]:
        return None
    if token.pos_ == "NOUN" and token.tag_ not in ("NNS", "NNPS"):
        return None
    if token.pos_ in ("DET", "NUM") and token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("poss", "amod", "compound") for c in token.lefts):
        return None  # "his ministers", "British counterparts": not a back-reference to a group
    span = _compact_phrase(token)
    return (Mention(span.text, span.start_char + offset, span.end_char + offset, "Person", kind="group"),
            token.doc[token.i:token.i + 1])


def _bare_definite(token: Token) -> bool:
    """ "the commission", not "a commission", "the trade commission" or "the commission's report"."""
    lefts = list(token.lefts)
    return (any(c.lower_ == "the" for c in lefts) and not any(c.dep_ in ("amod", "compound", "poss", "nummod", "nmod")
                                                             for c in lefts)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children))


def _pronoun(token: Token, offset: int) -> tuple[Mention, Span] | None:
    titles = lexicon.titles()
    if token.pos_ != "PRON" and token.lower_ not in _COUNTRY_NOUNS and token.lower_ not in titles["organization_nouns"]:
        return None
    lower = token.lower_
    if lower in _COUNTRY_NOUNS and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.lefts) and not any(
            c.dep_ in ("amod", "compound", "poss", "nummod") for c in token.lefts):
        span = token.doc[token.i:token.i + 1]  # "the country", "the kingdom": the country named last
        return (Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Country",
                        kind="pronoun", role="country"), span)
    if (lower in titles["organization_nouns"] and token.tag_ in ("NN", "NNP") and _bare_definite(token)
            and token.ent_type_ in ("", "ORG")):
        span = token.doc[token.i:token.i + 1]  # "the commission", "the Community": the organisation named last
        return (Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Organization",
                        kind="pronoun", role="organization"), span)
    if lower in ("it", "its") and token.dep_ in ("nsubj", "nsubjpass", "poss"):
        span = token.doc[token.i:token.i + 1]
        return (Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Organization",
                        kind="pronoun", role="it"), span)
    if lower in titles["pronouns_person"]:
        kind = "pronoun"
    elif lower in titles["pronouns_group"] and lower in ("they", "them", "their", "theirs", "themselves"):
        kind = "group"
    else:
        return None
    span = token.doc[token.i:token.i + 1]
    return (Mention(token.text, token.idx + offset, token.idx + len(token) + offset, "Person", kind=kind,
                    role="pronoun"), span)
