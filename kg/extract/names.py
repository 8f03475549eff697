"""The names family: who and what a text names, from spaCy's entities and the gazetteers.

NER spans are trimmed ("the", possessives, titles inside a person's name), completed by
gazetteer names (a longer known name wins over the pieces NER cut it into) and classified
as Person, Country, Organization, Place, Event or Document. Then names NER got wrong are
corrected: a person taken for an organisation, a surname it missed, a name after a title.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg import gazetteer, lexicon
from kg.extract import deps as d
from kg.extract.mentions import MentionIndex, compact_phrase, determiners, noun_class
from kg.extract.titles import title_words
from kg.model import Mention

_CALENDAR_WORDS = {w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name)}
#: Tags that end a name but are not part of it: "Russia 's", "Putin and".
_TRAILING_TAGS = frozenset({d.POSSESSIVE_TAG, "IN", "DT", "CC"})


def name_mentions(doc: Doc, index: MentionIndex, date: dt.date | None) -> None:
    """Add every name of ``doc`` to ``index``; ``date`` (the article's) tells which office
    holders a lone surname can name."""
    for span in name_spans(doc):
        mention = name_mention(span, index.offset)
        if mention is not None:
            index.add(mention, span)
    _people_taken_for_bodies(index, date)
    _bodies_before_roles(doc, index)
    _known_surnames(doc, index, date)
    _titled_names(doc, index)
    _titled_runs(doc, index)
    _propagate_surnames(doc, index)
    _led_bodies(doc, index)
    _task_forces(doc, index)


def name_spans(doc: Doc) -> list[Span]:
    """spaCy's entities, trimmed, and gazetteer names: a longer gazetteer name wins over the
    pieces NER cut it into ("United Nations Educational, Scientific and Cultural Organization")."""
    entities = [s for s in (_trim(ent) for ent in doc.ents if ent.label_ in d.NAME_LABELS)
                if s is not None and not _refers_back(s)]
    entities = [_with_given_names(part) for s in entities for part in _place_then_person(s)]
    entities = _joined_by_and(entities)
    known = [Span(doc, start, end, label="GAZ") for start, end in _gazetteer_names(doc)
             if _wins_over(start, end, entities)]
    taken: set[int] = set()
    spans = []
    for span in sorted(known, key=lambda s: (-len(s), s.start)) + entities:
        if not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    return sorted(spans, key=lambda s: s.start)


def _place_then_person(span: Span) -> list[Span]:
    """ "Mayor of London Sadiq Khan", "Senator from Vermont Bernie Sanders": NER may run the
    title's place into the name after it. A known place followed by two or three capitalised
    words is the place and then a person."""
    if len(span) < 3 or span.label_ == "PERSON" and gazetteer.offices_of(span.text, on=None):
        return [span]
    for end in (2, 1):
        place, rest = span[:end], span[end:]
        if span.label_ == "ORG" and gazetteer.organization(place.text) and _hyphenated_person(rest):
            doc = span.doc  # "Amnesty International Man-kei Tam"
            return [Span(doc, place.start, place.end, label="ORG"), Span(doc, rest.start, rest.end, label="PERSON")]
        if not (2 <= len(rest) <= 3) or not all(t.pos_ == d.PROPN and t.is_title for t in rest):
            continue
        if any(t.lower_ in _not_in_names() for t in rest):
            continue  # "Sudan News Agency"
        if (gazetteer.country_by_name(place.text) or gazetteer.subdivision_country(place.text)
                or gazetteer.capital_code(place.text)):
            doc = span.doc
            return [Span(doc, place.start, place.end, label="GPE"), Span(doc, rest.start, rest.end, label="PERSON")]
        if span.label_ == "ORG" and gazetteer.full_name(rest.text, on=None):
            doc = span.doc  # "Speaker of the House Nancy Pelosi": NER ran the body into a known person's name
            return [Span(doc, place.start, place.end, label="ORG"), Span(doc, rest.start, rest.end, label="PERSON")]
    return [span]


def _joined_by_and(entities: list[Span]) -> list[Span]:
    """ "the House Oversight and Reform Committee": NER may cut a body's name at its "and" (into
    "Reform Committee", or into two names). Capitalised words before the "and" that hang on the
    name's last word belong to it."""
    found: list[Span] = []
    for span in entities:
        start = _start_before_and(span) if span.label_ == "ORG" else span.start
        if start != span.start:
            span = Span(span.doc, start, span.end, label="ORG")
            found = [e for e in found if e.end <= start]
        found.append(span)
    return found


def _start_before_and(span: Span) -> int:
    doc, head = span.doc, span[-1]
    if span.start < 2 or doc[span.start - 1].lower_ != "and" or doc[span.start - 1].dep_ != d.CC:
        return span.start
    start = span.start - 1
    while start > 0 and _in_name_of(doc[start - 1], head):
        start -= 1
    return start if start < span.start - 1 else span.start


def _in_name_of(token: Token, head: Token) -> bool:
    """A capitalised proper noun (no determiner) whose line of heads reaches ``head`` within the
    words before it: "Oversight" in "House Oversight and Reform Committee"."""
    if token.pos_ != d.PROPN or not token.is_title or token.ent_type_ in ("GPE", "NORP", "PERSON"):
        return False  # "Britain and Reform Committee members" are two
    node = token
    while node.i < head.i and node.head.i != node.i:
        node = node.head
    return node.i == head.i


def _with_given_names(span: Span) -> Span:
    """ "Mayor of London Sadiq Khan": NER may leave out given names before the surname it found, or
    the surname after the given name. Capitalised proper nouns compounding the name, with no entity
    of their own, that are neither titles nor places, are part of it."""
    if span.label_ != "PERSON":
        return span
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and _given_name(doc[start - 1], span):
        start -= 1
    while end < len(doc) and _surname_after(doc[end], doc[end - 1]):
        end += 1  # "Xi Jinping visited Italy": NER found "Xi", the parser heads the name with "Jinping"
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PERSON")


def _surname_after(token: Token, last: Token) -> bool:
    """The capitalised proper noun after a person's name that the name's last word compounds."""
    return last.dep_ == d.COMPOUND and last.head.i == token.i and last.whitespace_ and _name_word(token)


def _given_name(token: Token, span: Span) -> bool:
    return token.dep_ == d.COMPOUND and span.start <= token.head.i < span.end and _name_word(token)


def _name_word(token: Token) -> bool:
    """A capitalised proper noun with no entity of its own that is neither a title ("Senators Marco
    Rubio"), a word kept out of names, a month or day, nor a country, capital or body."""
    return (token.pos_ == d.PROPN and token.is_title and not token.ent_type_
            and not {token.lower_, token.lower_.removesuffix("s")} & _title_vocabulary()
            and token.lower_ not in _not_in_names() and token.lower_ not in _CALENDAR_WORDS
            and not gazetteer.country_code(token.text)
            and not gazetteer.capital_code(token.text) and not gazetteer.organization(token.text))


def _hyphenated_person(rest: Span) -> bool:
    """ "Man-kei Tam", "Chung In-yong": two or three name words, one of them hyphenated, each
    beginning with a capital."""
    words = rest.text.split()
    return (2 <= len(words) <= 3 and any("-" in w for w in words)
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and not any(t.lower_ in _not_in_names() for t in rest))


@lexicon.cached
def _title_vocabulary() -> frozenset[str]:
    """Every word of a title, a portfolio or an honorific: "Attorney" of "District Attorney",
    "Information" of "Minister of Information"."""
    titles = lexicon.titles()
    return frozenset(w for key in ("leader", "official", "local", "royal", "portfolios", "honorifics", "national")
                     for phrase in titles[key] for w in phrase.split())


@lexicon.cached
def _not_in_names() -> frozenset[str]:
    """Words that make a run of capitalised words a body or a place rather than a person."""
    titles = lexicon.titles()
    return frozenset(w for key in ("organization_nouns", "collective", "locations") for phrase in titles[key]
                     for w in phrase.split()) | lexicon.words("place_words")


def _refers_back(span: Span) -> bool:
    """ "the Community" refers back to an organisation named before; "Parliament" names one."""
    return (len(span) == 1 and span[0].lower_ in lexicon.titles()["organization_nouns"] and span.start > 0
            and span.doc[span.start - 1].lower_ == "the")


def _gazetteer_names(doc: Doc) -> list[tuple[int, int]]:
    found = []
    for _, start, end in _gazetteer_matcher(doc.vocab)(doc):
        glued = (start > 0 and doc[start - 1].text == "-") or (end < len(doc) and doc[end].text == "-")
        # "Democrats" in "the Christian Democrats", "the Liberal Democrats": another party's name
        inside = _after_party_prefix(doc[start:end])
        if not glued and not inside:  # "CBN" in "ABS-CBN" is not a name
            found.append((start, end))
    return found


def _wins_over(start: int, end: int, entities: list[Span]) -> bool:
    """A gazetteer name is kept where it overlaps no entity, or only shorter ones inside it."""
    overlapped = [e for e in entities if e.start < end and start < e.end]
    return not overlapped or all(e.start >= start and e.end <= end and (end - start) > len(e) for e in overlapped)


def _people_taken_for_bodies(index: MentionIndex, date: dt.date | None) -> None:
    """A name NER took for an organisation or place that is a person: an office holder's name at
    the article's date ("Trump", ``people.toml``), or a name a title introduces ("Russia's
    ambassador, Vassily Nebenzia"; "Jean-Claude Juncker, president of ...") or as one of a body
    ("Nikki Holland of the UK's National Crime Agency")."""
    for mention in list(index.mentions):
        if _may_be_person(mention) and (gazetteer.full_name(mention.text, on=date)
                                        or _introduced_by_title(index.span(mention))
                                        or _of_a_body(index.span(mention), index)
                                        or _part_of_person_named_before(mention, index)):
            _as_person(index, mention)


def _of_a_body(span: Span, index: MentionIndex) -> bool:
    """ "Nikki Holland of the National Crime Agency": two or three capitalised words that NER ended
    before "of" and another body's name are a person's name; a body's own "of" stays in its name."""
    words = [t for t in span if t.text != "-"]
    if not (2 <= len(words) <= 3 and all(t.pos_ == d.PROPN and t.is_title for t in words)) or any(
            t.lower_ in lexicon.titles()["organization_nouns"] for t in words):
        return False  # "the Bond Market Committee of the Securities Exchange Council" is a body's
    return any(c.dep_ == d.PREP and c.lower_ == "of" and c.i == span.end
               and any((m := index.at(p)) is not None and m.type == "Organization" and m.kind == "name"
                       for p in c.children if p.dep_ == d.POBJ) for c in span.root.children)


def _part_of_person_named_before(mention: Mention, index: MentionIndex) -> bool:
    """ "Al-Quaety" or "Nabil" after "Nabil Hasan al-Quaety": one word that begins or ends the name
    of a person named before is that person, whatever NER took it for."""
    word = mention.text.lower()
    if " " in word:
        return False
    return any(m.type == "Person" and m.kind == "name" and m.start < mention.start and len(m.text.split()) > 1
               and word in (m.text.split()[0].lower(), m.text.split()[-1].lower()) for m in index.mentions)


#: Nouns before which a capitalised compound names the body they belong to: "a Civic Platform member".
_BODY_ROLE_NOUNS = frozenset({"member", "members", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson",
                              "chairman", "chairwoman", "chairperson", "chief", "ceo", "editor", "secretary",
                              "official", "officials", "lawmaker", "lawmakers",
                              "candidate", "founder", "activist", "activists", "supporter", "supporters"})


def _bodies_before_roles(doc: Doc, index: MentionIndex) -> None:
    """Capitalised words NER left unnamed, compounding a role noun, name an organisation: "Tusk,
    a founding Civic Platform member" (Civic Platform). One word will do when it is written as an
    acronym ("ABS-CBN CEO Carlo Katigbak", "NUM general secretary") or when the role is one only a
    body has ("Aslef general secretary Mick Whelan"); a lone "Brexit Secretary" names no body."""
    for token in doc:
        if token.lower_ not in _BODY_ROLE_NOUNS or token.pos_ not in (d.NOUN, d.PROPN):
            continue
        words = _body_words_before(doc, token, index)
        if not words:
            continue
        span = Span(doc, words[0].i, words[-1].i + 1, label="ORG")
        if gazetteer.full_name(span.text, on=None) or any(t.lower_ in _name_prefixes() for t in span):
            continue
        single = sum(1 for t in span if t.is_alpha) == 1
        if single and (span.text.lower() in lexicon.titles()["organization_nouns"]
                       or not (_is_acronym(span) or _only_a_body_has(doc, token))):
            continue  # "Association chairman Ulrich Wagner" speaks of the association named before
        index.add(Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Organization",
                          name=gazetteer.normalize(span.text)), span)


def _body_words_before(doc: Doc, token: Token, index: MentionIndex) -> list[Token]:
    """The unnamed capitalised words right before a role noun, past the role's own words ("general"
    of "general secretary"), as long as NER, the titles and the gazetteers know none of them."""
    start = token.i
    while start > token.left_edge.i and doc[start - 1].lower_ in _ROLE_QUALIFIERS and doc[start - 1].is_lower:
        start -= 1
    words: list[Token] = []
    for left in reversed(doc[token.left_edge.i:start]):
        hyphen = left.text == "-" and words and not left.whitespace_
        if not hyphen and (left.dep_ not in (d.COMPOUND, d.NMOD) or not _capitalised_name_word(left)
                           or left.i in index.by_token
                           or left.lower_ in _title_vocabulary() or left.lower_ in _portfolio_words()
                           or gazetteer.country_by_name(left.text) or gazetteer.demonym_code(left.text)):
            break
        words.insert(0, left)
    while words and not words[0].is_alpha:
        words.pop(0)
    return words if words and words[-1].i == start - 1 else []


def _capitalised_name_word(token: Token) -> bool:
    """A word written as part of a name: the tagger's PROPN, or capitals it tagged otherwise
    ("ABS" of "ABS-CBN" as a noun, "Aslef" as an adjective), not a sentence's first word."""
    if token.pos_ == d.PROPN:
        return token.is_title or token.is_upper
    return (token.is_upper and len(token) > 1) or (token.is_title and token.i > token.sent.start)


def _is_acronym(span: Span) -> bool:
    """ "NUM", "ABS-CBN": capitals only, two letters or more."""
    letters = [ch for ch in span.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _only_a_body_has(doc: Doc, token: Token) -> bool:
    """Roles that belong to an organisation, never to a portfolio: "general secretary", "CEO"."""
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return token.lower_ in _BODY_ONLY_ROLES or (token.lower_ == "secretary" and before == "general")


#: Words of a role between a body's name and the role noun: "Aslef general secretary".
_ROLE_QUALIFIERS = frozenset({"general", "chief", "executive", "deputy", "vice", "acting", "interim", "managing"})
#: Role nouns only an organisation has: a "Brexit secretary" is a minister, an "Aslef general secretary" not.
_BODY_ONLY_ROLES = frozenset({"ceo", "chairman", "chairwoman", "chairperson", "editor", "founder"})


#: Nouns of a body a country or group leads: "the Saudi-led coalition", "NATO-led forces".
_LED_BODIES = frozenset({"coalition", "alliance", "force", "forces", "mission", "bloc"})


def _led_bodies(doc: Doc, index: MentionIndex) -> None:
    """ "the Saudi-led coalition", "the U.S.-led coalition": a body named by who leads it, an
    organisation of its own (indexed by its noun, so the leader keeps its mention)."""
    for token in doc:
        if token.lower_ not in _LED_BODIES or token.pos_ != d.NOUN or token.i in index.by_token:
            continue
        leader = _leader_before(token)
        if leader is None:
            continue
        span = doc[leader:token.i + 1]
        name = span.text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        index.add(Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Organization",
                          kind="name", name=name), doc[token.i:token.i + 1])


#: Bodies news names by what they are, not by a name: "the international task force".
_UNNAMED_BODIES = frozenset({"task force", "taskforce", "working group"})


def _task_forces(doc: Doc, index: MentionIndex) -> None:
    """ "the international task force", "a joint working group": a body with no name is an
    organisation all the same, labelled by its words ("international task force")."""
    for token in doc:
        if token.pos_ != d.NOUN or token.i in index.by_token:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        two = f"{before.lower_} {token.lower_}" if before is not None else ""
        if two not in _UNNAMED_BODIES and token.lower_ not in _UNNAMED_BODIES:
            continue
        span = compact_phrase(token)
        words = [t for t in span if t.lower_ not in determiners() and t.tag_ != d.POSSESSIVE_TAG]
        if any(t.i in index.by_token for t in words):
            continue  # "the White House coronavirus task force": the body it belongs to is named
        name = " ".join(t.text for t in words)
        index.add(Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Organization",
                          kind="name", name=name), doc[token.i:token.i + 1])


def _leader_before(token: Token) -> int | None:
    """Where "Saudi-led" begins before ``token``, if a named leader's "-led" modifies it."""
    doc, i = token.doc, token.i - 1
    if i >= 0 and doc[i].lower_.endswith("-led") and len(doc[i]) > 4:
        leader = doc[i].text[:-4]
        return i if gazetteer.country_code(leader) or gazetteer.organization(leader) else None
    if i >= 2 and doc[i].lower_ == "led" and doc[i - 1].text == "-" and (doc[i - 2].is_title or doc[i - 2].is_upper):
        return i - 2
    return None


def _may_be_person(mention: Mention) -> bool:
    """An organisation, place, event or document name that no gazetteer knows and that does not end
    as a company's ("The Mercury News"): NER may have mistaken a person for it."""
    return (mention.type in ("Organization", "Place", "Event", "Document") and mention.code is None
            and mention.kind == "name" and gazetteer.organization(mention.text) is None
            and mention.text.split()[-1].lower() not in lexicon.words("organization_suffixes")
            and mention.text.split()[-1].lower() not in lexicon.words("place_words"))  # "General Santos City"


def _capital_as_surname(mention: Mention, index: MentionIndex) -> bool:
    """ "Sudesh Amman ... Amman, who was described as knife-obsessed": a place that is a surname of
    someone the article names in full is that person, unless the article speaks of its country
    by another name too."""
    return (mention.type == "Place" and mention.kind == "name" and mention.code is not None
            and not any(m.code == mention.code and m.text != mention.text for m in index.mentions))


def _as_person(index: MentionIndex, mention: Mention) -> None:
    index.replace(mention, Mention(mention.text, mention.start, mention.end, "Person", name=mention.text))


def _introduced_by_title(span: Span) -> bool:
    # "Jean-Claude Juncker", "Willy de Clercq": hyphens and family-name particles are not words to check
    words = [t for t in span if t.text != "-" and t.lower_ not in _NAME_PARTICLES]
    if not (2 <= len(words) <= 4 and all(t.pos_ == d.PROPN and t.is_title for t in words)) or any(
            t.lower_ in lexicon.words("place_words") for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return ((span.root.dep_ == d.APPOS and title_words(span.root.head) is not None)
            or (before is not None and before.dep_ == d.COMPOUND and title_words(before) is not None)
            or any(c.dep_ == d.APPOS and title_words(c) is not None for c in span.root.children))


def _known_surnames(doc: Doc, index: MentionIndex, date: dt.date | None) -> None:
    """A capitalised name NER missed that is an office holder's at the article's date ("Merkel
    will meet Macron": NER found only Macron) is that person (``people.toml``)."""
    if date is None:
        return
    known = _name_prefixes()
    for token in doc:
        # the tagger may take a surname that is also a word for a noun: "Trump thanked Kim Jong Un"
        surname_noun = (token.pos_ == d.NOUN and token.dep_ in d.SUBJECTS
                        and not any(c.dep_ in (d.DET, d.POSS, d.AMOD, d.COMPOUND) for c in token.children))
        if (token.i in index.by_token or (token.pos_ != d.PROPN and not surname_noun) or not token.is_title
                or token.ent_type_ or token.lower_ in known or token.lower_ in _CALENDAR_WORDS):
            continue
        full = gazetteer.full_name(token.text, on=date)
        if not full:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if (before is not None and full.lower().endswith(f"{before.lower_} {token.lower_}")
                and before.i not in index.by_token and not before.ent_type_ and before.lower_ not in known):
            # "his Japanese counterpart Nobutaka Machimura": the given name NER left out with the surname
            index.add(Mention(f"{before.text} {token.text}", before.idx + index.offset,
                              token.idx + len(token.text) + index.offset, "Person", name=f"{before.text} {token.text}"),
                      doc[before.i:token.i + 1])
        elif (after is not None and full.lower().endswith(f"{token.lower_} {after.lower_}")
                and after.i not in index.by_token and not after.ent_type_):
            # "Xi Jinping visited Italy": the whole name, as the parser heads it with "Jinping"
            index.add(Mention(f"{token.text} {after.text}", token.idx + index.offset,
                              after.idx + len(after.text) + index.offset, "Person", name=f"{token.text} {after.text}"),
                      doc[token.i:token.i + 2])
        else:
            index.add(index.mention(token, "Person", name=token.text), doc[token.i:token.i + 1])


@functools.cache
def _name_prefixes() -> frozenset[str]:
    """Words that stand before a person's name without being part of it: titles, honorifics."""
    titles = lexicon.titles()
    return titles["leader"] | titles["official"] | titles["royal"] | titles["honorifics"]


def _is_regnal(token: Token) -> bool:
    return token.text.isupper() and token.lower_ in lexicon.words("regnal")


def _titled_names(doc: Doc, index: MentionIndex) -> None:
    """A proper name after a title is a person even where NER missed it: "King Fahd", "Premier Li"."""
    known = _name_prefixes()
    for token in doc:
        head = token.head
        if (token.lower_ not in known or token.dep_ != d.COMPOUND or head.pos_ != d.PROPN
                or head.i <= token.i or head.i in index.by_token or head.ent_type_ not in ("", "PERSON")):
            continue
        start = token.i + 1
        while start < head.i and (doc[start].lower_ in known or doc[start].pos_ != d.PROPN):
            start += 1
        span = doc[start:head.i + 1]
        if all(t.pos_ == d.PROPN and (t.is_title or _is_regnal(t)) for t in span) and span[0].is_title \
                and not any(t.i in index.by_token for t in span):
            mention = _person(Span(doc, span.start, span.end, label="PERSON"), index.offset)
            if mention is not None:
                index.add(mention, span)


def _titled_runs(doc: Doc, index: MentionIndex) -> None:
    """ "Finance Minister Barend du Plessis said": where the parser broke the name up (a verb "Barend")
    and NER found none, the capitalised words right after a capitalised title are the person's name."""
    known = _name_prefixes()
    for token in doc:
        if token.lower_ not in known or not token.is_title or token.i + 2 > len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and end not in index.by_token and doc[end].lower_ not in known and (
                (doc[end].is_title and doc[end].is_alpha) or (doc[end].lower_ in _NAME_PARTICLES and end > token.i + 1)):
            end += 1
        while end > token.i + 1 and doc[end - 1].lower_ in _NAME_PARTICLES:
            end -= 1
        span = doc[token.i + 1:end]
        if len(span) < 2 or any(t.ent_type_ not in ("", "PERSON") for t in span) or (
                end < len(doc) and doc[end].is_title) or all(t.pos_ == d.PROPN for t in span):
            continue  # a name the parser read whole is _titled_names' to find
        mention = _person(Span(doc, span.start, span.end, label="PERSON"), index.offset)
        if mention is not None:
            index.add(mention, span)


def _propagate_surnames(doc: Doc, index: MentionIndex) -> None:
    """A surname the statistical NER missed is still the person named in full elsewhere in the article."""
    surnames = {gazetteer.surname(m.name) for m in index.mentions
                if m.type == "Person" and len(gazetteer.name_words(m.name)) > 1}
    # A one-word name NER gave as a person once ("Wiranto") is the person where it called it a place.
    surnames |= {m.name for m in index.mentions if m.type == "Person" and m.kind == "name" and " " not in m.name
                 and index.span(m).label_ == "PERSON"}
    for mention in list(index.mentions):
        if mention.text in surnames and (_may_be_person(mention) or _capital_as_surname(mention, index)):
            _as_person(index, mention)
    for token in doc:
        if token.text in surnames and token.pos_ == d.PROPN and token.i not in index.by_token:
            index.add(index.mention(token, "Person", name=token.text), doc[token.i:token.i + 1])


def _trim(span: Span) -> Span | None:
    """Without determiners, possessive endings, and titles spaCy put inside a person's name."""
    start, end = span.start, span.end
    doc = span.doc
    titles = lexicon.titles()
    leading = titles["leader"] | titles["official"] | titles["honorifics"] | titles["portfolios"]
    while start < end and (doc[start].lower_ in determiners() or doc[start].is_punct or doc[start].is_space
                           or (span.label_ == "PERSON" and end - start > 1 and doc[start].lower_ in leading)):
        start += 1
    phrases = {t for t in leading | titles["royal"] if " " in t}
    while span.label_ == "PERSON" and end - start > 2 and f"{doc[start].lower_} {doc[start + 1].lower_}" in phrases:
        start += 2  # "Crown Prince Mohammad bin Salman": a title of two words NER put inside the name
    while end > start and (doc[end - 1].tag_ in _TRAILING_TAGS or doc[end - 1].is_punct or doc[end - 1].is_space
                           or (end - start > 1 and doc[end - 1].tag_ in ("VBD", "VBZ"))):
        end -= 1  # "Narendra Modi Announced" in a headline: the verb is not part of the name
    opening = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opening is not None:
        end = opening  # "the United States Commission on International Religious Freedom (USCIRF"
    # "Nakasone told Trade and Industry", "Nakasone, Kyodo News Service": NER ran a name over a
    # lower-case verb or a comma into the next one
    # (the wires capitalise the word after "U.S.": "Japan and the U.S. Kick off talks")
    verb = next((i for i in range(start + 1, end) if doc[i].tag_.startswith("VB") and (
        doc[i].is_lower or doc[i - 1].text in ("U.S.", "U.K."))), None)
    if verb is not None:
        end = verb
    comma = next((i for i in range(start + 1, end) if doc[i].text == ","), None)
    if comma is not None and span.label_ in ("ORG", "PERSON") and gazetteer.organization(doc[start:end].text) is None:
        end = comma  # not "United Nations Educational, Scientific and Cultural Organization"
    dash = next((i for i in range(start + 1, min(end, start + 3)) if doc[i].text in ("-", "--", "—")
                 and doc[i - 1].whitespace_), None)  # "WASHINGTON - ", not "ABS-CBN"
    if dash is not None and all(t.is_upper for t in doc[start:dash]):
        start = dash + 1  # "WASHINGTON - Japanese ...": a wire dateline before the name
    if start >= end or not any(t.is_title or t.is_upper for t in doc[start:end]):
        return None  # "el cargo del": lower-case words are no name
    label = span.label_
    if label == "ORG" and end - start > 1 and _portfolio_of_demonym(doc, start, end):
        return Span(doc, start, start + 1, label="NORP")  # "British Corporate Affairs Minister": a portfolio, no body
    if label == "ORG" and _portfolio_before_name(doc, start, end, titles):
        start, label = start + 1, "PERSON"  # "Secretary of Agriculture Richard Lyng": NER's "Agriculture Richard Lyng"
    if label == "PERSON":
        end = _generational_suffix(doc, _rest_of_particle_name(doc, start, _rest_of_hyphenated_name(doc, start, end)))
    return Span(doc, start, end, label=label)


def _portfolio_of_demonym(doc, start: int, end: int) -> bool:
    """Is the span a demonym and the capitalised words of a minister's portfolio, NER's body ("British
    Corporate Affairs" before "Minister")? A known body is one ("British Airways")."""
    if not gazetteer.demonym_code(doc[start].text) or gazetteer.organization(doc[start:end].text) is not None:
        return False
    title = next((i for i in range(end, min(end + 3, len(doc))) if doc[i].lower_ in ("minister", "secretary")), None)
    return title is not None and all(t.is_title for t in doc[end:title])


def _portfolio_before_name(doc, start: int, end: int, titles: dict) -> bool:
    """Is the span a title's portfolio run into a person's name: "of Agriculture Richard Lyng" after
    "Secretary"? Two or three capitalised words follow the portfolio, none an organisation's."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start].lower_ not in titles["portfolios"]:
        return False
    if doc[start - 2].lower_ not in titles["official"] | titles["leader"]:
        return False
    rest = doc[start + 1:end]
    return (2 <= len(rest) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in rest)
            and not any(t.lower_ in lexicon.words("organization_suffixes") for t in rest))


#: Lower-case particles inside a family name: "Ursula von der Leyen", "Luiz Inácio da Silva".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das",
                             "ter", "ten", "zu", "le", "la", "bin", "ibn", "bint"})


def _rest_of_particle_name(doc, start: int, end: int) -> int:
    """ "Ursula von der Leyen": NER may stop at or inside the particles of a family name, leaving
    the rest for a place; the capitalised word after the particles ends the name."""
    i = end
    while i > start + 1 and doc[i - 1].lower_ in _NAME_PARTICLES:
        i -= 1  # the span ends in particles: "Ursula von"
    j = end
    while j < len(doc) and doc[j].lower_ in _NAME_PARTICLES and j - i < 3:
        j += 1
    if (j > i or i < end) and j < len(doc) and doc[j].is_title and doc[j].pos_ == d.PROPN and doc[j - 1].whitespace_:
        return j + 1
    return end


#: Suffixes that belong to a person's name after a comma: "Cyrus R. Vance, Jr.".
_GENERATIONAL_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr"})


def _generational_suffix(doc, end: int) -> int:
    """ "Cyrus R. Vance, Jr.": NER stops at the comma before the suffix."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _GENERATIONAL_SUFFIXES:
        return end + 2
    return end


#: Words that follow a name and a hyphen without being part of it: "Obama-era", "Saudi-led".
_HYPHEN_SUFFIXES = frozenset({"era", "led", "run", "like", "type", "held", "made", "born", "based", "ruled"})


def _rest_of_hyphenated_name(doc, start: int, end: int) -> int:
    """ "Chung In-yong", "Rha Woong-bae": NER may stop before a hyphenated given name that the
    parser attaches the name to."""
    pieces = doc[end:end + 3]
    if (len(pieces) == 3 and pieces[0].is_title and pieces[1].text == "-" and not pieces[0].whitespace_
            and not pieces[1].whitespace_ and pieces[2].is_alpha and not pieces[2].ent_type_
            and doc[end - 1].head.i in range(end, end + 3)):
        return end + 3
    if (end - start >= 2 and len(pieces) >= 2 and pieces[0].text == "-" and not doc[end - 1].whitespace_
            and not pieces[0].whitespace_ and pieces[1].is_alpha and len(pieces[1]) <= 4 and not pieces[1].ent_type_
            and pieces[1].lower_ not in _HYPHEN_SUFFIXES):
        return end + 2  # "Moon Jae-in": NER stops at the hyphen ("the Barack Obama-era rule" is no name)
    return end


@functools.cache
def _gazetteer_matcher_for(vocab_id: int, vocab) -> PhraseMatcher:
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    exact = PhraseMatcher(vocab, attr="ORTH")
    folded = PhraseMatcher(vocab, attr="LOWER")
    for name in gazetteer.all_organization_names() + gazetteer.all_country_names() + gazetteer.all_capitals():
        compact = name.replace(".", "")
        matcher = exact if compact.isupper() or len(compact) <= 3 else folded
        # case is folded for wire capitals ("EUROPEAN COMMUNITY") and lower-case usage ("contra rebels"),
        # but a name of capitalised words written in lower case is those words: "liberal Democrats" in
        # Congress are no party
        matcher.add("GAZ_CAPITALISED" if matcher is folded and _of_capitalised_words(name) else "GAZ",
                    [tokenizer(name)])
    capitalised = vocab.strings["GAZ_CAPITALISED"]

    def match(doc: Doc) -> list[tuple[int, int, int]]:
        found = exact(doc) + [m for m in folded(doc) if m[0] != capitalised or doc[m[1]].text[:1].isupper()]
        return sorted(found, key=lambda m: (m[1], -m[2]))

    return match


def _of_capitalised_words(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in ("of", "the", "for", "and", "de", "du", "al")]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _gazetteer_matcher(vocab):
    return _gazetteer_matcher_for(id(vocab), vocab)


# -- classifying a named span -------------------------------------------------------------


def name_mention(span: Span, offset: int = 0) -> Mention | None:
    """Classify a named span as Person, Country, Organization, Place, Event or Document."""
    text = span.text
    if not any(ch.isalpha() for ch in text) or (len(span) == 1 and span[0].is_lower and span.label_ != "NORP"):
        return None
    for classify in (_nationality, _country, _known_organization, _person_name, _place, _event_or_document,
                     _collective_country, _organization):
        found = classify(span, offset)
        if found is not None:
            return found or None
    return None


def _at(span: Span, offset: int) -> tuple[str, int, int]:
    return span.text, span.start_char + offset, span.end_char + offset


def _nationality(span: Span, offset: int) -> Mention | bool | None:
    """A NORP entity: a country's demonym ("Russian"), or an organisation NER took for a group. A
    lone demonym NER took for a place or an organisation is the nationality too: "Ukrainian and
    Russian delegations", "Kuwaiti Oil Minister Ali al-Sabah", "escort Kuwaiti tankers" (tagged a
    proper noun)."""
    if (span.label_ in ("GPE", "LOC") and len(span) == 1 and gazetteer.demonym_code(span.text)
            and (span[0].pos_ == "ADJ" or not gazetteer.country_by_name(span.text))):
        code = gazetteer.demonym_code(span.text)
        text, start, end = _at(span, offset)
        return Mention(text, start, end, "Country", kind="demonym", name=gazetteer.country_name(code), code=code)
    if span.label_ != "NORP" and not (span.label_ == "ORG" and len(span) == 1 and gazetteer.demonym_code(span.text)):
        return None
    text, start, end = _at(span, offset)
    code = gazetteer.country_by_name(text) or gazetteer.demonym_code(text)
    if code is None:
        org = gazetteer.organization(text)
        if org is not None and _after_party_prefix(span):
            return False  # "the Christian Democrats" are not the US Democrats
        return False if org is None else org_mention(text, start, end, org)
    kind = "name" if gazetteer.country_by_name(text) else "demonym"
    return Mention(text, start, end, "Country", kind=kind, name=gazetteer.country_name(code), code=code)


def _after_party_prefix(span: Span) -> bool:
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return previous is not None and previous.is_title and previous.lower_ in lexicon.words("party_prefixes")


def _country(span: Span, offset: int) -> Mention | None:
    text, start, end = _at(span, offset)
    code = gazetteer.country_by_name(text)
    if code and (span.label_ != "PERSON" or len(span) == 1):
        return Mention(text, start, end, "Country", name=gazetteer.country_name(code), code=code)
    return None


def _known_organization(span: Span, offset: int) -> Mention | None:
    org = gazetteer.organization(span.text)
    return org_mention(*_at(span, offset), org) if org is not None else None


def _person_name(span: Span, offset: int) -> Mention | bool | None:
    if span.label_ == "PERSON" and len(span) == 1:
        text, start, end = _at(span, offset)
        code = gazetteer.demonym_code(text)
        if code:  # "Tajik President Emomali Rahmon": NER took the nationality for a name
            return Mention(text, start, end, "Country", kind="demonym", name=gazetteer.country_name(code), code=code)
        if gazetteer.capital_code(text) and not gazetteer.full_name(text, on=None):
            return Mention(text, start, end, "Place", name=gazetteer.normalize(text), code=gazetteer.capital_code(text))
    if span.label_ == "PERSON" and span[-1].lower_ in lexicon.words("organization_suffixes"):
        return _company(span, offset)
    if span.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in (
            lexicon.words("organization_suffixes") | lexicon.words("parties")):
        text, start, end = _at(span, offset)  # "Socialist Party", "Chase Manhattan Bank": a body NER took for a person
        return _unknown_body(text, start, end)
    if span.label_ == "PERSON" and _names_a_place_after(span):
        text, start, end = _at(span, offset)  # "visited the Yasukuni shrine": the place's name
        return Mention(text, start, end, "Place", name=gazetteer.normalize(text))
    if span.label_ == "PERSON" or (span.label_ in ("FAC", "LOC") and _looks_like_person(span)):
        return _person(span, offset) or False
    return None


def _names_a_place_after(span: Span) -> bool:
    """ "the Yasukuni shrine", "the Al-Aqsa mosque": a name between "the" and a place's common noun."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ == "the" and span.end < len(doc)
            and doc[span.end].is_lower and doc[span.end].lower_ in lexicon.words("place_words"))


def _company(span: Span, offset: int) -> Mention | bool:
    """A "person" NER found whose name ends as a company's or an outlet's does ("Delta Motor Corp",
    "The Mercury News") is that organisation; the suffix alone ("Boesky and Co") names nothing."""
    if len(span) == 1:
        return False
    text, start, end = _at(span, offset)
    return Mention(text, start, end, "Organization", name=gazetteer.normalize(text))


def _place(span: Span, offset: int) -> Mention | None:
    text, start, end = _at(span, offset)
    # "the Oslo government": NER takes a capital before "government" for a body; it is the capital
    if span.label_ in ("GPE", "LOC", "FAC") or (span.label_ in ("GAZ", "ORG") and gazetteer.capital_code(text)):
        return Mention(text, start, end, "Place", name=gazetteer.normalize(text), code=gazetteer.capital_code(text))
    return None


def _event_or_document(span: Span, offset: int) -> Mention | None:
    if span.label_ == "ORG" and _of_members(span):
        return None  # "the Congress of South African Trade Unions" is a body
    head_class = noun_class(span.root)
    if span.label_ not in ("EVENT", "LAW") and not head_class:
        return None
    kind, cls = head_class or (("event", "Event") if span.label_ == "EVENT" else ("document", "Law"))
    text, start, end = _at(span, offset)
    return Mention(text, start, end, "Event" if kind == "event" else "Document", kind="name",
                   name=gazetteer.normalize(text), event_class=cls)


def _of_members(span: Span) -> bool:
    """Does the name's "of" phrase name the members of a body ("Congress of ... Trade Unions")?"""
    members = lexicon.words("member_nouns")
    return any(prep.lower_ == "of" and prep.head == span.root and p.lower_ in members
               for prep in span if prep.dep_ == d.PREP for p in prep.children if p.dep_ == d.POBJ)


def _collective_country(span: Span, offset: int) -> Mention | None:
    """ "the Hungarian Government", "the Iraqi Army": the country, as "Iraqi troops" is; "the Reagan
    Administration", the country its leader heads (as "the Reagan administration" is)."""
    if span.label_ not in ("ORG", "GAZ") or len(span) < 2 or span[-1].lower_ not in lexicon.titles()["collective"]:
        return None
    country = gazetteer.country_by_name(span[:-1].text) or gazetteer.demonym_code(span[:-1].text)
    if not country and span[-1].lower_ in _GOVERNMENTS:
        country = gazetteer.led_country(span[:-1].text)
    if not country:
        return None
    text, start, end = _at(span, offset)
    return Mention(text, start, end, "Country", name=gazetteer.country_name(country), code=country)


#: Collective nouns a leader's name before them makes his country's government.
_GOVERNMENTS = frozenset({"administration", "government", "cabinet", "regime"})


def _organization(span: Span, offset: int) -> Mention | bool | None:
    if span.label_ not in ("ORG", "GAZ"):
        return None
    if all(t.lower_ in _portfolio_words() for t in span) and span[0].lower_ not in _BODY_WORDS \
            and not _legislature_by_itself(span):
        return False  # "Finance" in "Finance Minister Che Okongwu" names a portfolio, not a body
    known_rest = _known_rest(span)
    if known_rest is not None:
        return _known_organization(known_rest, offset)  # "the Pentagon Joint Chiefs of Staff"
    prefix = _known_prefix(span)
    if prefix is not None:
        return name_mention(prefix, offset)  # "EC External Trade" is the EC's trade portfolio
    text, start, end = _at(span, offset)
    return _unknown_body(text, start, end)


def _unknown_body(text: str, start: int, end: int) -> Mention:
    """A body the gazetteer does not know; one whose name ends in "Party" is a political party
    ("Craxi's Socialist Party", "the Unity Party of America")."""
    words = text.lower().split()
    party = "party" in words[-1:] or (len(words) > 2 and "party" in words[1:-1] and "of" in words)
    return Mention(text, start, end, "Organization", name=gazetteer.normalize(text),
                   org_type="PoliticalParty" if party else None)


def _legislature_by_itself(span: Span) -> bool:
    """ "Parliament voted against it", "a member of Parliament": a capitalised legislature names the
    body, unless a title follows it ("Parliament Speaker")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (len(span) == 1 and span[0].is_title and span[0].lower_ in lexicon.words("legislatures")
            and (after is None or title_words(after) is None))


def _known_rest(span: Span) -> Span | None:
    """A known organisation after a known organisation or country that it is part of: "Pentagon
    Joint Chiefs of Staff" names the Joint Chiefs of Staff."""
    for start in range(1, len(span) - 1):
        head, rest = span[:start], span[start:]
        if (gazetteer.organization(head.text) or gazetteer.country_code(head.text)) \
                and gazetteer.organization(rest.text):
            return Span(span.doc, rest.start, rest.end, label="GAZ")
    return None


def _known_prefix(span: Span) -> Span | None:
    """A known organisation, country or nationality at the start of a name whose other words name
    a portfolio: "EC External Trade" is the EC's, "Philippine Finance" the Philippines', "Bonn
    Finance" the capital's."""
    for end in range(len(span) - 1, 0, -1):
        rest = [t.lower_ for t in span[end:]]
        head = span[:end]
        if not all(w in _portfolio_words() for w in rest) or rest[0] in _JOINING_WORDS:
            continue
        if gazetteer.organization(head.text) or gazetteer.country_by_name(head.text) \
                or gazetteer.capital_code(head.text):
            return Span(span.doc, head.start, head.end, label="GAZ")
        if gazetteer.demonym_code(head.text):
            return Span(span.doc, head.start, head.end, label="NORP")
    return None


#: Words that join a portfolio's words: "Trade and Industry", "State for Economic Affairs".
_JOINING_WORDS = frozenset({"and", "for", "&"})
#: Words that make a run of portfolio words a body: "Ministry for Foreign Affairs".
_BODY_WORDS = frozenset({"ministry", "department", "office", "bureau", "agency", "commission", "council"})


@lexicon.cached
def _portfolio_words() -> frozenset[str]:
    """The words of portfolios ("Foreign Affairs", "Trade and Industry"), and the words that join them."""
    return frozenset(w for p in lexicon.titles()["portfolios"] for w in p.split()) | _JOINING_WORDS


def _looks_like_person(span: Span) -> bool:
    """ "Antony Blinken" tagged FAC: two or three capitalised words, none of them a place word."""
    return (2 <= len(span) <= 3 and all(t.pos_ == d.PROPN and t.is_title for t in span)
            and not any(t.lower_ in lexicon.words("place_words") | lexicon.words("region_words") for t in span)
            and gazetteer.capital_code(span.text) is None)


def org_mention(text: str, start: int, end: int, org: gazetteer.Organization) -> Mention:
    """A mention of a known organisation (``organizations.toml``) at the given characters."""
    return Mention(text, start, end, "Organization", name=org.label, org_type=org.type, code=org.country)


def _person(span: Span, offset: int) -> Mention | None:
    """A person's name without honorifics ("Mr", "Dr"); a king keeps his title ("King Fahd")."""
    titles = lexicon.titles()
    tokens = list(span)
    royal = None
    while tokens and (tokens[0].lower_ in titles["honorifics"] or tokens[0].lower_.rstrip(".") in titles["honorifics"]):
        royal = tokens[0] if tokens[0].lower_ in titles["royal"] else None
        tokens = tokens[1:]
    if not tokens:
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and len(tokens) == 1 and lexicon.title_category(f"{before.lower_} {tokens[0].lower_}"):
        return None  # "Chief Executive": the end of a title NER took for a name
    if len(tokens) > 1 and all(t.is_title for t in tokens) and lexicon.is_title_phrase(" ".join(t.lower_ for t in tokens)):
        return None  # "Cabinet Secretary", "Foreign Minister": a title NER took for a name
    if royal is None and before is not None and before.lower_ in titles["royal"] and before.is_title:
        royal = before
    name = " ".join(t.text for t in tokens if not t.is_punct or t.text in "-.'")
    name = name.replace(" - ", "-").replace(" .", ".")
    if royal is not None and (len(tokens) == 1 or _is_regnal(tokens[-1])):
        name = f"{royal.text.capitalize()} {name}"
    if not any(t.is_title or t.is_upper for t in tokens):
        return None
    return Mention(span.text, span.start_char + offset, span.end_char + offset, "Person", name=name)
