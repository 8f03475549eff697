"""Roles from titles: ``leaderOf`` and ``officialOf``.

Three shapes are read: a title before the name ("Russian President Vladimir Putin",
"Tajikistan's President Emomali Rahmon"), a title in apposition ("Sergei Lavrov,
Russia's foreign minister"; "the foreign minister of Russia, Sergei Lavrov") and a
copula ("Lavrov is Russia's foreign minister").
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg import gazetteer, lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.affiliation import party_label
from kg.extract.arguments import country_mention
from kg.extract.mentions import MentionIndex, determiners, hyphened_start, is_hyphen_fragment
from kg.extract.modality import modality_of
from kg.extract.names import org_mention
from kg.extract.titles import is_plural_title, title_words
from kg.model import Mention


@dataclass(frozen=True, slots=True)
class Role:
    """A role a person holds: its title, category (leader/official) and where."""

    person: Mention
    title: str
    category: str
    of: Mention | None
    evidence: tuple[int, int]
    rule: str
    current: bool = True

    @property
    def predicate(self) -> str:
        """``leaderOf`` for heads, ``officialOf`` for every other office."""
        return "leaderOf" if self.category == "leader" else "officialOf"

    @property
    def code(self) -> str | None:
        """The country's code, for an office of a country."""
        return self.of.code if self.of is not None and self.of.type == "Country" else None

    @property
    def confidence(self) -> float:
        """The rule's confidence (``rules.toml``), lower for a role no longer held."""
        settings = lexicon.rules()["roles"]
        name = self.rule.split(".")[1]
        base = settings[name]["confidence"] if name in settings else 0.8
        return base * (1.0 if self.current else settings["not_current"])


def find_roles(index: MentionIndex, date: dt.date | None = None) -> list[Role]:
    """Every role stated for a named person in the document (``date``: the article's, for offices)."""
    roles: list[Role] = []
    sentences: list[Span] = []  # the Doc's, read once when a role first needs its context
    dominant = _dominant_country(index)
    dyad = _dyad(index)
    for mention in index.mentions:
        if mention.type != "Person" or mention.kind != "name":
            continue
        span = index.span(mention)
        role = (_title_before(span, mention, index, date) or _apposition(span, mention, index, date)
                or _copula(span, mention, index, date) or _title_to(span, mention, index, date)
                or _counterpart(span, mention, index, date) or _shared_title(span, mention, index, date)
                or _heads(span, mention, index) or _as_title(span, mention, index, date)
                or _title_next_to(span, mention, index, date))
        if role is not None and role.of is None and role.current and role.category == "official":
            role = _of_party_country(role, span, index)  # "Sen. Bill Bradley (D-N.J.)": a US senator
        if (role is not None and role.of is None and role.current and _is_state_office(role.title)
                and (state := _state_before(span, index))):
            role = replace(role, of=state[0], rule=lexicon.rule_name("roles", "context"))
        if (role is not None and role.of is None and role.current and role.category == "leader"
                and _heads_national_body(role, span, index)):
            role = replace(role, category="official")  # "central bank president Francisco Gros": the country's
        if (role is not None and role.of is None and role.current and _is_national(role.title)
                and not (role.category == "leader" and _owned_by_unnamed_body(role, span, index))):
            # A head of something unnamed ("its president") is rarely the head of the country just
            # spoken of; a minister without a country usually belongs to that government.
            sentences = sentences or list(span.doc.sents)
            government = _reported_country(span, index) or ((
                _introduced_by_title(span, sentences, index)
                or _last_government(roles, span, sentences, index)) if role.category == "official" else None)
            role = _in_context(role, span, index, government or dominant, dyad)
        if role is not None:
            roles.append(role)
            roles.extend(_presided_chamber(role, span, index))
            roles.extend(_chamber_country(role))
            roles.extend(_body_of_office(role, index))
            roles.extend(_country_of_body(role))
            roles.extend(_coordinated_titles(span, mention, role, index, date))
            second = ((_apposition(span, mention, index, date) or _copula(span, mention, index, date))
                      if role.rule == lexicon.rule_name("roles", "title") else None)
            if second is not None and second.of is not None and (role.of is None or second.of.key != role.of.key):
                # "Nigerian Oil Minister Rilwanu Lukman, OPEC's president"; "Navy Admiral William Crowe,
                # chairman of the Joint Chiefs of Staff": the appositive says whose the first title is not
                roles.append(second)
    roles = [_of_usual_country(r, index) for r in _in_one_government(_same_person_same_country(roles), index)]
    roles = _counterparts_titled(roles, index)
    if any(r.of is None and r.current and _is_national(r.title) for r in roles):
        first = _story_country(index.span(roles[0].person).doc, index)
        roles = [_of_first_country(r, index.span(r.person), index, roles, first)
                 if r.of is None and r.current and _is_national(r.title) else r for r in roles]
    return [_category_of_country(r) for r in roles]


def _counterparts_titled(roles: list[Role], index: MentionIndex) -> list[Role]:
    """ "Chinese Foreign Minister Li Zhaoxing told his Japanese counterpart Nobutaka Machimura": a
    counterpart holds the title of the one whose counterpart they are, the office holder named before
    in the sentence, so that "the two ministers" are both."""
    titled = []
    for role in roles:
        if role.title == "Counterpart":
            sentence = index.span(role.person).sent
            first = sentence.start_char + index.offset
            before = [r for r in titled if r.title != "Counterpart" and first <= r.person.start < role.person.start]
            if before:
                role = replace(role, title=before[-1].title,
                               category="leader" if "leader" in (role.category, before[-1].category) else "official")
        titled.append(role)
    return titled


def _of_usual_country(role: Role, index: MentionIndex) -> Role:
    """ "Home Secretary David Blunkett" is Britain's when the article names Britain or no country at
    all; in a story of Canada, "Foreign Secretary Joe Clark" is Canada's (``titles.toml [usual_country]``)."""
    code = lexicon.usual_countries().get(role.title.lower())
    if role.of is not None or not role.current or code is None:
        return role
    named = _country_counts(index)
    if named and code not in named:
        return role
    start, end = role.evidence
    where = _first_named(index, code) if code in named else Mention(
        role.title, start, end, "Country", name=gazetteer.country_name(code), code=code)
    return replace(role, of=where, rule=lexicon.rule_name("roles", "context"))


def _category_of_country(role: Role) -> Role:
    """ "Chancellor Gordon Brown" is Britain's finance minister, Germany's chancellor its head of
    government: some titles change category with the country (``titles.toml [category_by_country]``)."""
    by_country = lexicon.categories_by_country().get(role.title.lower(), {})
    category = by_country.get(role.code or "")
    return replace(role, category=category) if category and category != role.category else role


def _presided_chamber(role: Role, span: Span, index: MentionIndex) -> list[Role]:
    """ "House Speaker Jim Wright", "Nancy Pelosi, the Speaker of the House", "Knesset Speaker Yuli
    Edelstein": a presiding officer leads the chamber the title names, as well as holding an office
    of its country. A bare "House" or "Senate" is the chamber of the role's country."""
    if not role.current or role.title.split()[-1].lower() not in lexicon.titles()["presiding_titles"]:
        return []
    start, end = role.evidence
    legislatures = lexicon.words("legislatures")
    named = [m for m in index.mentions if start <= m.start and m.end <= end and m.type == "Organization"
             and not m.is_reference and set((m.name or m.text).lower().split()) & legislatures]
    if not named and role.code:
        doc = span.doc
        words = [t.text for t in doc.char_span(start - index.offset, end - index.offset, alignment_mode="expand") or ()
                 if t.text[:1].isupper() and t.lower_ in legislatures]
        chambers = lexicon.bare_chambers().get(role.code, {})
        found = next((org for w in words if w.lower() in chambers
                      and (org := gazetteer.organization(chambers[w.lower()])) is not None), None)
        if found is not None:
            named = [org_mention(found.label, role.person.start, role.person.end, found)]
    return [replace(role, category="leader", of=named[0])] if named else []


def _chamber_country(role: Role) -> list[Role]:
    """ "Senate Democratic Leader Robert Byrd": whoever leads in a national legislature holds an
    office of its country too."""
    of = role.of
    if (role.category != "leader" or of is None or of.type != "Organization" or not of.code
            or not set((of.name or of.text).lower().split()) & lexicon.words("legislatures")):
        return []
    return [replace(role, category="official", of=country_mention(of.code, of))]


def _body_of_office(role: Role, index: MentionIndex) -> list[Role]:
    """ "Pentagon spokesman Fred Hoffmann", "MITI director general Noboru Hatakeyama": an official
    of a government body holds an office of its country and of the body itself."""
    of = role.of
    governor = role.title.lower().split()[-1:] == ["governor"]  # "Bank of Israel Governor": the bank's head
    if (of is None or of.type != "Country" or role.category != "official" or not role.current
            or not (governor or _ends_with_any(role.title.lower(), lexicon.titles()["body_officials"]))):
        return []
    body = next((m for m in index.mentions if m.start == of.start and m.end == of.end), None)
    if body is None or body.type != "Organization" or body.org_type != "GovernmentBody":
        return []
    # a board's governors are its members ("Federal Reserve Board Governor Martha Seger")
    heads = governor and not _deputy_title(role.title) and body.text.split()[-1].lower() != "board"
    return [replace(role, of=body, category="leader" if heads else role.category)]


def _deputy_title(title: str) -> bool:
    return lexicon.is_deputy_word(title.lower().split()[:-1])


def _country_of_body(role: Role) -> list[Role]:
    """ "Bundesbank President Karl Otto Poehl", "Bank of Israel Governor Michael Bruno": the head of a
    country's government body leads the body and is an official of the country."""
    of = role.of
    if (of is None or of.type != "Organization" or of.org_type != "GovernmentBody" or not of.code
            or not role.current or role.title.lower() in ("leader", "chief", "boss")):
        return []  # a "Kremlin leader" leads the country, no office of it
    return [replace(role, category="official", of=country_mention(of.code, of),
                    rule=lexicon.rule_name("roles", "context"))]


def _ends_with_any(title: str, offices: frozenset[str]) -> bool:
    return any(title == o or title.endswith(" " + o) for o in offices)


def _coordinated_titles(span: Span, person: Mention, role: Role, index: MentionIndex,
                        date: dt.date | None) -> list[Role]:
    """ "Conservative Party leader and Prime Minister Boris Johnson": the title before "and" is the
    person's too, with what it names (the party)."""
    doc = span.doc
    i = span.start - 1
    while i > span.sent.start and doc[i].pos_ == d.PROPN and doc[i].is_title and index.at(doc[i]) is None:
        i -= 1  # back over the title words next to the name: "Prime Minister"
    if i <= span.sent.start or doc[i].lower_ != "and":
        return []
    other = index.at(doc[i - 1])
    if other is None or other.kind != "title" or not title_words(doc[i - 1]):
        return []
    title = title_words(doc[i - 1])
    category = lexicon.title_category(title)
    # the title's own mention covers the body it names: "Conservative Party leader"
    owner = next((m for m in index.mentions if other.start <= m.start and m.end <= other.end
                  and m.type in ("Organization", "Country") and not m.is_reference), None)
    if category is None or owner is None or (role.of is not None and owner.key == role.of.key):
        return []
    owner = country_mention(owner.code, owner) if owner.kind == "demonym" else owner
    return [Role(person, _title_text(doc[i - 1], title), category, owner, (other.start, person.end),
                 lexicon.rule_name("roles", "title"), role.current)]


def _is_national(title: str) -> bool:
    """A national office, or an office "for" or "of" a government's portfolios ("Secretary for Trade and
    Industry", "Under Secretary of Agriculture")."""
    lowered = title.lower()
    head, _, field = lowered.partition(" for ") if " for " in lowered else lowered.partition(" of ")
    *portfolio, last = lowered.split() or [""]
    # "Finance Secretary Jaime Ongpin", "Economic Planning Secretary Solita Monsod": a cabinet secretary
    cabinet = last == "secretary" and bool(portfolio) and _is_portfolio(" ".join(portfolio[-1:]))
    return cabinet or lexicon.is_national_title(title) or bool(field) and head in lexicon.titles()["official"] and (
        _is_portfolio(field))


def _is_portfolio(field: str) -> bool:
    """ "trade and industry", "foreign affairs": every part a minister's field."""
    portfolios = lexicon.titles()["portfolios"]
    parts = [p.strip() for p in field.replace(",", " and ").split(" and ") if p.strip()]
    return bool(parts) and all(p.removeprefix("the ") in portfolios for p in parts)


#: Words inside a title that name no owner: "vice-president", "deputy chairman".
_TITLE_PARTICLES = frozenset({"vice", "-", "deputy", "acting", "interim", "former", "co", "executive", "senior"})


def _owned_by_unnamed_body(role: Role, span: Span, index: MentionIndex) -> bool:
    """Does a head's title follow a name that is no mention, the body it heads ("IBC President Jorio
    Dauster", "Swiss National Bank President Languetin", "Bank of America vice-president")? Then it
    heads that body, not the country the story is about."""
    doc = span.doc
    words = set(role.title.lower().split())
    start, end = (c - index.offset for c in role.evidence)
    titles = [t for t in doc if start <= t.idx < end and not (span.start <= t.i < span.end) and t.lower_ in words]
    if not titles:
        return False
    i = titles[-1].i - 1
    while i >= 0 and (doc[i].lower_ in words or doc[i].lower_ in _TITLE_PARTICLES):
        i -= 1
    if i >= 0 and doc[i].text == ")":  # "Brazilian Coffee Institute (IBC) President": the name before it
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    if i < 0 or i < span.sent.start:
        return False
    if doc[i].tag_ == d.POSSESSIVE_TAG and i > span.sent.start and doc[i - 1].pos_ == d.NOUN and doc[i - 1].is_lower:
        return True  # "the party's president, Arnaldo Forlani", "the company's chairman"
    before = doc[i]
    mention = index.at(before)
    if mention is not None and (mention.type in ("Country", "Place") or mention.kind == "demonym"):
        return False
    # "central bank president", "opposition leader": a common noun names the body too
    return before.pos_ in d.NOUNS and before.dep_ != d.POSS and (before.is_title or before.is_upper
                                                                   or before.dep_ == d.COMPOUND)


def _heads_national_body(role: Role, span: Span, index: MentionIndex) -> bool:
    """Is the title one of a country's institution that common nouns name before it ("central bank
    president", "police director"), the body itself unnamed?"""
    doc = span.doc
    start, end = (c - index.offset for c in role.evidence)
    words = [t for t in doc if start <= t.idx < end and not (span.start <= t.i < span.end)]
    title = set(role.title.lower().split())
    body = " ".join(t.lower_ for t in words if t.lower_ not in title and t.lower_ not in determiners())
    return (body in lexicon.words("national_bodies") and all(index.at(t) is None for t in words
                                                              if t.lower_ not in title))


def _reported_country(span: Span, index: MentionIndex) -> Mention | None:
    """The wires' lead: "Colombia intends to improve the marketing of its coffee, finance minister
    Cesar Gaviria said" — an office holder without a country who reports what one country (or its
    economy, its exports) does speaks for that country."""
    speaker = span.root
    verb = speaker.head
    if speaker.dep_ != d.NSUBJ or verb.lemma_.lower() not in lexicon.modality()["reporting"]:
        return None
    clauses = [c for c in verb.children if c.dep_ in (d.CCOMP, d.PARATAXIS)]
    if verb.dep_ in (d.CCOMP, d.PARATAXIS) and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Colombia intends ..., Gaviria said" parsed with "said" below
    found = set()
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ in d.SUBJECTS):
            for token in (subject, *(c for c in subject.children if c.dep_ == d.POSS)):
                mention = index.at(token)
                if (mention is not None and mention.type == "Country" and mention.code
                        and not mention.is_reference):
                    found.add(mention)
    if len({m.code for m in found}) != 1:
        return None
    where = next(iter(found))
    return country_mention(where.code, where) if where.kind == "demonym" else where


def _introduced_by_title(span: Span, sentences: list[Span], index: MentionIndex) -> Mention | None:
    """The wires name the official a lead sentence introduced by title: "A senior British official
    said ... . Paul Channon, secretary for trade and industry, said ..." — the subject of the
    sentence before, an official of one country, is the named subject of this one."""
    here = next(i for i, s in enumerate(sentences) if s.start <= span.start < s.end)
    if here == 0 or span.root.dep_ != d.NSUBJ or span.root.head.dep_ != d.ROOT:
        return None
    before = sentences[here - 1]
    subjects = [c for c in before.root.children if c.dep_ == d.NSUBJ]
    mention = index.at(subjects[0]) if subjects else None
    if mention is None or mention.kind != "title" or not mention.code or subjects[0].tag_ in d.PLURAL_TAGS:
        return None
    return country_mention(mention.code, mention)


def _in_one_government(roles: list[Role], index: MentionIndex) -> list[Role]:
    """A national office whose country neither its sentence nor the story before it gives is
    the country of every other national office the article names, when they are all of one
    country and its sentence names no country: "Interior Minister Joachim Brudzinski called ..."
    in a story of Poland's Prime Minister Morawiecki and President Duda."""
    codes = [r.code for r in roles if r.code and r.current and r.rule != lexicon.rule_name("roles", "context")
             and _is_national(r.title)]
    if len(codes) < 2 or len(set(codes)) != 1:
        return roles
    country = next(r.of for r in roles if r.code == codes[0])
    found = []
    for role in roles:
        if role.of is None and role.current and _is_national(role.title) and not _names_a_country(role, index):
            role = replace(role, of=country, rule=lexicon.rule_name("roles", "context"))
        found.append(role)
    return found


def _names_a_country(role: Role, index: MentionIndex) -> bool:
    sentence = index.span(role.person).sent
    return any(m.code for m in index.within(sentence) if m.type in ("Country", "Place") and not m.is_reference)


def _last_government(roles: list[Role], span: Span, sentences: list[Span], index: MentionIndex) -> Mention | None:
    """The country of the national offices named last before ``span``, within a few sentences:
    "Prime Minister Brian Mulroney said ... Environment Minister Tom McMillan said" (both Canada's).
    Offices of two countries in that sentence ("Nakasone will hold talks with President Reagan,
    Chief Cabinet Secretary Gotoda said") leave the question open."""
    window = lexicon.rules()["roles"]["government_window"]
    here = next(i for i, s in enumerate(sentences) if s.start <= span.start < s.end)
    for sentence in reversed(sentences[max(0, here - window):here + 1]):
        start, end = sentence.start_char + index.offset, sentence.end_char + index.offset
        current = sentence.start <= span.start < sentence.end
        offices = {role.code: role.of for role in roles if start <= role.person.start < end and role.code
                   and role.current and lexicon.is_national_title(role.title)
                   and (not current or _coordinated(role.person, span, index))}
        if offices:
            found = next(iter(offices.values())) if len(offices) == 1 else None
            return None if found is None or _names_other_countries(sentences[here], found, index) else found
    return None


def _coordinated(other: Mention, span: Span, index: MentionIndex) -> bool:
    """Is ``other`` named together with the person of ``span`` ("Baker and Commerce Secretary
    Baldrige said")? In one sentence, only such a person's office gives the country: the other
    side of "Baker met Finance Minister Miyazawa" is usually the other country."""
    root = span.root
    other_root = index.span(other).root
    return other_root in root.conjuncts or root in other_root.conjuncts


def _names_other_countries(sentence: Span, country: Mention, index: MentionIndex) -> bool:
    """Does the sentence name countries, none of them ``country``? "Mining Minister Villalobos said
    in La Paz that Bolivia ..." is no official of the country the story spoke of before."""
    named = {m.code for m in index.within(sentence) if m.code and not m.is_reference and m.type in ("Country", "Place")}
    return bool(named) and country.code not in named


def _same_person_same_country(roles: list[Role]) -> list[Role]:
    """A national office whose country the sentence leaves out is the country another mention of
    the same person gives it ("South Korean Trade Minister Rha Woong-bae ... Trade Minister Rha")."""
    def words(role: Role) -> list[str]:  # "Rha" is "Rha Woong-bae": a family name may come first
        return [w for w in (role.person.name or role.person.text).lower().split() if len(w) > 2]

    known: dict[str, Role] = {}
    for role in roles:
        if role.of is not None and role.of.type == "Country" and role.current:
            for word in words(role):
                known.setdefault(word, role)
    found = []
    for role in roles:
        other = next((known[w] for w in words(role) if w in known), None)
        if role.of is None and other is not None and lexicon.is_national_title(role.title):
            role = replace(role, of=other.of, rule=lexicon.rule_name("roles", "context"))
        found.append(role)
    return found


def _in_context(role: Role, span: Span, index: MentionIndex, dominant: Mention | None,
                dyad: tuple[Mention, Mention] | None = None) -> Role:
    """A national office with no country named belongs to the country whose people or things the
    sentence spoke of before it ("the Nigerian team, headed by Finance Minister Che Okongwu"), else
    to the one the article is about, when one country clearly dominates it. A country only named
    as a place ("a visit to the United States, Chief Cabinet Secretary Gotoda said") says nothing."""
    def modifier_countries(tokens) -> list[Mention]:
        seen = dict.fromkeys(m for m in (index.at(t) for t in tokens) if m is not None)
        return [m for m in seen if m.type == "Country" and not m.is_reference and m.code
                and index.span(m).root.dep_ in d.MODIFIERS]

    # Not the country of another person's title: "Georgian President Saakashvili met Senator McCain"
    others = {t.i for m in index.within(span.sent) if m.type == "Person" and m.kind == "name" and m is not role.person
              for root in [index.span(m).root] if not (root.left_edge.i <= span.start < root.right_edge.i + 1)
              for t in root.subtree}
    before = modifier_countries(_after_dateline([t for t in span.sent if t.i < span.start and t.i not in others]))
    # After the name, only what is said of the person: "Murata and other senior Japanese officials",
    # "Hunt, ..., the United Kingdom's chief diplomat" (not "told the U.S. Chamber of Commerce").
    root = span.root
    linked = [*root.conjuncts, *(c for c in root.children if c.dep_ == d.APPOS)]
    after = modifier_countries(t for c in linked for t in c.subtree if t.i >= span.end)
    acted_on = _countries_acted_on(span, index)
    where = (before[-1] if before else after[0] if len({m.code for m in after}) == 1 else
             _counterpart_country(span, others, index, dyad) or _other_side(acted_on, dyad)
             or (_only_country_of_sentence(span, others, acted_on, index) if not _of_a_body(role, span, index) else None)
             or (dominant if dominant is not None and dominant.code not in acted_on else None))
    if where is None:
        return role
    where = country_mention(where.code, where) if where.kind == "demonym" else where
    return replace(role, of=where, rule=lexicon.rule_name("roles", "context"))


def _of_party_country(role: Role, span: Span, index: MentionIndex) -> Role:
    label = party_label(span)
    if label is None:
        return role
    party = gazetteer.party_of_member(lexicon.rules()["affiliation"]["party_letters"][label.text])
    if party is None or not party.country:
        return role
    start = label.idx + index.offset
    where = country_mention(party.country, Mention(label.text, start, start + len(label.text), "Country"))
    return replace(role, of=where, rule=lexicon.rule_name("roles", "context"))


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """The tokens after a wire dateline's dash: "BAHIA BLANCA, Argentina - Pope John Paul" names
    where the story was filed, not whose the title is."""
    dashes = [t.i for t in tokens if t.text in ("-", "--", "—") and t.whitespace_ and t.i > 0
              and t.doc[t.i - 1].whitespace_]
    return [t for t in tokens if t.i > max(dashes)] if dashes else tokens


def _is_state_office(title: str) -> bool:
    return title.lower() in lexicon.titles()["state_offices"]


def _state_before(span: Span, index: MentionIndex) -> list[Mention]:
    """The country of the one state or province the sentence names before an office holder ("in the
    US state of Alabama, Governor Kay Ivey"): a state's officials count as the country's."""
    states = {m.name or m.text: m for m in index.within(span.sent) if m.type == "Place"
              and index.span(m).end <= span.start and gazetteer.subdivision_country(m.name or m.text)}
    if len(states) != 1:
        return []
    state = next(iter(states.values()))
    return [country_mention(gazetteer.subdivision_country(state.name or state.text), state)]


def _counterpart_country(span: Span, others: set[int], index: MentionIndex,
                         dyad: tuple[Mention, Mention] | None) -> Mention | None:
    """In a story of two countries, an office holder whose sentence names one of them only in the
    title of the person they deal with belongs to the other: "Postal Minister Karasawa told U.S.
    Commerce Secretary Baldrige" (Japan's, in a story of Japan and the US)."""
    if dyad is None:
        return None
    if not _deals_with_another(span, index):
        return None  # "Mugabe, former president of Zimbabwe, has died, according to president Mnangagwa"
    named = [m for m in index.within(span.sent) if m.code and not m.is_reference and m.type in ("Country", "Place")]
    theirs = {m.code for m in named if index.span(m).start in others}
    if len(theirs) != 1 or len({m.code for m in named}) != 1:
        return None  # the sentence names the other country too: no telling
    first, second = dyad
    code = theirs.pop()
    return second if code == first.code else first if code == second.code else None


def _only_country_of_sentence(span: Span, others: set[int], acted_on: set[str], index: MentionIndex) -> Mention | None:
    """ "Zaire, under the government of President Mobutu Sese Seko, ...": the one country the sentence
    names, outside another person's title and not what the person acts on, is the office's."""
    named = [m for m in index.within(span.sent) if m.type == "Country" and m.code and not m.is_reference
             and index.span(m).start not in others and not _names_a_currency(index.span(m))]
    codes = {m.code for m in named}
    return named[0] if len(codes) == 1 and not codes & acted_on else None


def _of_a_body(role: Role, span: Span, index: MentionIndex) -> bool:
    """Does the title name what it is of or where it is held ("president of the Abidjan-based bank",
    "the ambassador to France")? Then a country named elsewhere in the sentence is not its owner."""
    start, end = (c - index.offset for c in role.evidence)
    evidence = span.doc.char_span(start, end, alignment_mode="expand") or ()
    return any(t.lower_ in ("of", "to", "in", "at", "for") and t.dep_ == d.PREP for t in evidence)


def _names_a_currency(span: Span) -> bool:
    """ "one billion U.S. Dlrs", "Swiss francs": a country named for its money."""
    root = span.root
    return root.ent_type_ in d.VALUE_LABELS or root.head.ent_type_ in d.VALUE_LABELS or (
        root.dep_ == d.COMPOUND and root.head.lemma_.lower() in lexicon.words("currency_nouns"))


def _countries_acted_on(span: Span, index: MentionIndex) -> set[str]:
    """The countries the person's own verb acts on: "Foreign Secretary Joe Clark urged the United
    States to act" (not Clark's), "if the U.S. insists" is no action of his."""
    targets = _own_verb_arguments(span, ("to", "with", "on", "against", "upon"))
    return {m.code for t in targets for m in args.mentions_for(t, index)
            if m.type in ("Country", "Place") and m.code and not m.is_reference}


def _own_verb_arguments(span: Span, prepositions: tuple[str, ...] | None = None) -> list[Token]:
    """The objects of the verb the person is the subject of, and the objects of its prepositions
    (of those ``prepositions`` only, when given): "Karasawa told Baldrige", "urged the United States"."""
    root = span.root
    if root.dep_ not in d.SUBJECTS:
        return []
    verb = root.head
    found = [c for c in verb.children if c.dep_ in (d.DOBJ, d.DATIVE)]
    return found + [p for c in verb.children if c.dep_ == d.PREP and (prepositions is None or c.lower_ in prepositions)
                    for p in c.children if p.dep_ == d.POBJ]


def _other_side(acted_on: set[str], dyad: tuple[Mention, Mention] | None) -> Mention | None:
    """In a story of two countries, who acts on one of them is of the other."""
    if dyad is None or len(acted_on) != 1:
        return None
    first, second = dyad
    return second if first.code in acted_on else first if second.code in acted_on else None


def _deals_with_another(span: Span, index: MentionIndex) -> bool:
    """Is the person the subject of a verb whose object is another named person ("Karasawa told
    Baldrige", "Baker met with Stoltenberg")?"""
    return any((m := index.at(p)) is not None and m.type == "Person" and m.kind == "name"
               for p in _own_verb_arguments(span))


def _dyad(index: MentionIndex) -> tuple[Mention, Mention] | None:
    """The two countries a story is about: named twice or more each, together at least three
    quarters of the article's country mentions."""
    counts = _country_counts(index)
    ranked = counts.most_common(2)
    if len(ranked) < 2 or ranked[1][1] < 2 or ranked[0][1] + ranked[1][1] < 0.75 * sum(counts.values()):
        return None
    return _first_named(index, ranked[0][0]), _first_named(index, ranked[1][0])


def _dominant_country(index: MentionIndex) -> Mention | None:
    """The country named at least three times and more than twice as often as any other."""
    ranked = _country_counts(index).most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return _first_named(index, ranked[0][0])


def _of_first_country(role: Role, span: Span, index: MentionIndex, roles: list[Role],
                      first: Mention | None) -> Role:
    """A national office that nothing else places belongs to the first country the story names
    (``first``, :func:`_story_country`): the wires name their protagonist first ("Britain's
    corporate affairs minister ... Trade and Industry Secretary Paul Channon said"). Not one whose
    office another person of the sentence holds ("Georgian President Saakashvili met Senator John
    McCain"), nor for an office held abroad; the office the gazetteer knows comes first."""
    if role.title.lower() in lexicon.rules()["presence"]["resident_titles"] or (
            role.category == "leader" and _owned_by_unnamed_body(role, span, index)):
        return role  # "the party's president, Arnaldo Forlani" leads the party, not a country
    known = _known_office(role.person, role.category, span.root, index, None)
    if known is not None and known.type == "Country":  # "first appointed in 1979 by President Carter"
        return replace(role, of=known, rule=lexicon.rule_name("roles", "context"))
    if first is None or _of_someone_else(role, span, index) or first.code in _countries_acted_on(span, index):
        return role  # "Finance Minister Kiichi Miyazawa visits Washington" is no official of the US
    sentence = span.sent
    held = {r.code for r in roles if r.code and r.person is not role.person
            and sentence.start_char + index.offset <= r.person.start < sentence.end_char + index.offset}
    if first.code in held:
        return role
    where = country_mention(first.code, first) if first.kind == "demonym" else first
    return replace(role, of=where, rule=lexicon.rule_name("roles", "context"))


def _story_country(doc: Doc, index: MentionIndex) -> Mention | None:
    """The first country the article names, not counting a dateline's ("BAHIA BLANCA, Argentina - ")."""
    lead = next(iter(doc.sents), None)
    if lead is None:
        return None
    dateline = _after_dateline(list(lead[:8]))
    tokens = [*dateline, *doc[lead.start + 8:]] if len(dateline) < len(lead[:8]) else list(doc)
    return next((m for t in tokens if (m := index.at(t)) is not None and m.type == "Country" and m.code
                 and not m.is_reference), None)


def _of_someone_else(role: Role, span: Span, index: MentionIndex) -> bool:
    """Does the title say it is of a body the text does not name as a country's ("Council spokesperson",
    "president of the company", "a spokesman for brokers James Capel"), of a region ("the regional
    president"), or sit among the names of companies ("Rockwell International Corp ..., President
    Donald Beall told")?"""
    start, end = (c - index.offset for c in role.evidence)
    words = [t for t in span.doc if start <= t.idx < end]
    if _owned_by_unnamed_body(role, span, index) and (role.category == "leader" or any(
            t.lemma_.lower() in lexicon.rules()["affiliation"]["bodies"] for t in words)):
        return True  # not "Corporate Affairs Minister Michael Howard", whose portfolio the words name
    if any(t.lower_ in lexicon.words("subnational_words") for t in words):
        return True
    titles = [t for t in words if t.lower_ in role.title.lower().split()]
    if any(c.dep_ == d.PREP and c.lower_ in ("of", "for", "at", "with") and c.i > t.i
           and not _is_portfolio(" ".join(w.lower_ for w in c.subtree if w is not c))
           for t in titles for c in t.children):
        return True  # "president of the company", whose owner the text names but no country is (not
        # "Under Secretary of Agriculture", whose phrase is the portfolio)
    # "President Howard Dean said ... the company will": in a story of companies, a president or a
    # spokesman is as likely a company's
    corporate = role.title.lower() in lexicon.words("corporate_titles")
    # an organisation of no known kind is most often a company ("Rockwell International Corp", "Chrysler")
    return any(m.type == "Organization" and m.org_type in (None, "Company") and not m.is_reference
               for m in (index.mentions if corporate else index.within(span.sent)))


def _country_counts(index: MentionIndex) -> Counter:
    """How often the article names each country, by code."""
    return Counter(m.code for m in index.mentions if m.type == "Country" and m.code and not m.is_reference)


def _first_named(index: MentionIndex, code: str) -> Mention:
    return next(m for m in index.mentions if m.type == "Country" and m.code == code and not m.is_reference)


def _title_before(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "Russian President Vladimir Putin": the title and its country left of the name."""
    root = span.root
    left = _after_dateline([t for t in root.subtree if t.i < span.start])
    # "Philippines Trade and Industry Secretary Jose Concepcion": the parser may make the title a conjunct
    titles = [t for t in left if title_words(t) and (t.head.i >= t.i or (t.dep_ == d.CONJ and t.head in left))]
    if not titles and len(span) > 1 and span[0].lower_ in lexicon.titles()["royal"] and title_words(span[0]):
        titles = [span[0]]  # "Saudi Arabia's King Fahd": a king's name keeps his title
        left = left + [span[0]]
    if not titles:
        return None
    title_token = max(titles, key=lambda t: t.i)
    of_place = [t for c in root.children if c.dep_ == d.PREP and c.lower_ == "of"
                and not _names_party_of_national_office(c, title_token, index) for t in c.subtree]
    return _role(person, title_token, left + of_place, index, rule=lexicon.rule_name("roles", "title"),
                 date=date)  # "King Fahd of Saudi Arabia"


def _names_party_of_national_office(prep: Token, title_token: Token, index: MentionIndex) -> bool:
    """ "MP Yvette Cooper of the Labour Party": a national office's holder is "of" a party she
    belongs to (the affiliation family's memberOf), not of the party that holds the office."""
    parties = [m for m in (index.at(p) for p in prep.children if p.dep_ == d.POBJ) if m is not None
               and m.org_type == "PoliticalParty"]
    return bool(parties) and lexicon.is_national_title(title_words(title_token) or "")


def _apposition(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "Sergei Lavrov, Russia's foreign minister" and "Russia's foreign minister, Sergei Lavrov"."""
    root = span.root
    rule = lexicon.rule_name("roles", "appos")
    for child in root.children:
        if child.dep_ == d.APPOS and title_words(child):
            return _role(person, child, list(child.subtree), index, rule=rule, date=date)
    if root.dep_ == d.APPOS and title_words(root.head) and not _other_person_between(root.head, span, person, index):
        head = root.head
        own = _own_of_phrase(root)
        others = {t for c in root.conjuncts for t in c.subtree}
        others |= _postings(head)  # "the ambassador to France, X" is no French official
        # a clause after the name is what the holder did: "The city's security chief, X, announced on Facebook"
        others |= {t for c in head.children if c.dep_ in (d.ACL, d.RELCL) and c.i >= span.end for t in c.subtree}
        words = own + [t for t in head.subtree if not (span.start <= t.i < span.end) and t not in root.subtree
                       and t not in others]
        return _role(person, head, words, index, rule=rule, date=date)
    if (root.dep_ == d.APPOS and root.head.dep_ == d.POBJ and root.head.head.lower_ == "of"
            and title_words(root.head.head.head)):
        head = root.head.head.head  # "the director of Amnesty International, Mariela Belski": the name hangs on the body
        words = [t for t in head.subtree if t.i < span.start and not (span.start <= t.i < span.end)]
        return _role(person, head, words, index, rule=rule, date=date)
    if (root.dep_ == d.APPOS and root.head.dep_ == d.POBJ and root.head.head.lower_ in ("in", "to", "at")
            and title_words(root.head.head.head)):
        head = root.head.head.head  # "Turkey's ambassador in Athens, Nazmi Akiman": the name hangs on the post
        posting = set(root.head.head.subtree) | _postings(head)  # where the post is, not whose
        words = [t for t in head.subtree if t.i < span.start and t not in posting]
        return _role(person, head, words, index, rule=rule, date=date)
    first = root
    while first.dep_ == d.CONJ and first.head.i != first.i:  # "Senators Marco Rubio of Florida, Mike Lee of Utah,
        first = first.head  # and David Perdue of Georgia": every conjunct shares the plural title
    if first is not root and first.dep_ == d.APPOS and title_words(first.head):
        head = first.head  # "Presidents William Ruto of Kenya and Yoweri Museveni of Uganda"
        own = _own_of_phrase(root)
        if own:
            return _role(person, head, own, index, rule=rule, date=date)
    return None


def _postings(title: Token) -> set[Token]:
    """The words of where a post is ("ambassador in Athens", "envoy to France"): not whose it is."""
    return {t for c in title.children if c.dep_ == d.PREP and c.lower_ in ("in", "to", "at") for t in c.subtree}


def _title_next_to(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """A title right before the name that the parse hung elsewhere ("Kenya's President William Ruto and
    Uganda's Yoweri Museveni met": the parser made "President" the subject): the words that run into
    it, its country's possessive and modifiers, are its own."""
    if span.start == 0:
        return None
    title = span.doc[span.start - 1]
    if (title.dep_ == d.POBJ and title.head.lower_ == "of" and title.head.head.i < title.i
            and not title_words(title)):
        title = title.head.head  # "South Africa's director-general of finance Chris Stals"
    mention = index.at(title)
    if not title_words(title) or mention is None or mention.kind != "title":
        return None
    before = span.doc[title.i - 1] if title.i > 0 else None
    hyphened = before is not None and before.text == "-" and title.i > 1 and (
        span.doc[title.i - 2].lower_ not in title_words(title).replace("-", " ").split())
    if hyphened or (before is not None and before.text != "-" and before.lower_ in _TITLE_PARTICLES):
        return None  # "Vice-President George Bush" holds another office than "President"; "Director-General" is one
    start = title.i
    while start > span.sent.start and (span.doc[start - 1].dep_ in (d.POSS, "case", d.COMPOUND, d.AMOD)
                                       or span.doc[start - 1].text == "-"):
        start -= 1
    return _role(person, title, list(span.doc[start:title.i + 1]), index, rule=lexicon.rule_name("roles", "title"),
                 date=date)


def _other_person_between(title: Token, span: Span, person: Mention, index: MentionIndex) -> bool:
    """ "Kenya's President William Ruto and Uganda's Yoweri Museveni": a parse that hangs the second
    name on the title as its apposition skips the name the title is nearest to."""
    start, end = sorted((title.i, span.start))
    return any((m := index.at(t)) is not None and m is not person and m.type == "Person" and m.kind == "name"
               for t in span.doc[start + 1:end])


def _shared_title(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """A plural title over coordinated names gives each the title: "Republican Senators Marco
    Rubio of Florida and Mike Lee of Utah", "Two Democratic Representatives, Collin Peterson and
    Jeff Van Drew", "the senators, Marco Rubio and Mike Lee"."""
    root = span.root
    first = args.first_listed_name(root, index)
    if first is root:
        return None
    plural = [first] if is_plural_title(first) else []
    plural += [first.head] if first.dep_ == d.APPOS and is_plural_title(first.head) else []
    plural += [c for c in first.lefts if c.dep_ == d.COMPOUND and is_plural_title(c)]
    if not plural:
        return None
    title = plural[0]
    names = {t.i for t in first.subtree} if title is not first else {t.i for c in first.children
                                                                    if c.dep_ == d.CONJ for t in c.subtree}
    modifiers = [t for t in title.subtree if t.i < title.i and t.i not in names]
    return _role(person, title, modifiers + _own_of_phrase(root), index, rule=lexicon.rule_name("roles", "title"),
                 date=date)


def _as_title(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "Johnson succeeded her as the Prime Minister of Great Britain", "Bush named him as
    ambassador", "sworn in as president": the title an "as" phrase gives the subject or object.
    "served as foreign minister" in the past is a role no longer held."""
    root = span.root
    if root.dep_ not in (d.NSUBJ, d.NSUBJPASS, d.DOBJ):
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    succession, appointing = lexicon.words("succession_verbs"), lexicon.words("appointing_verbs")
    if lemma not in succession | appointing or modality_of(verb).modality != "asserted":
        return None  # "proud to endorse Biden as president", "will be sworn in as" hold no office yet
    if lemma in appointing and root.dep_ == d.NSUBJ and any(c.dep_ == d.DOBJ for c in verb.children):
        return None  # "Widodo designated Wiranto as security minister": the title is Wiranto's
    if lemma in succession and root.dep_ == d.DOBJ:
        return None  # "Johnson succeeded May as Prime Minister": the title is Johnson's
    for prep in (c for c in verb.children if c.dep_ == d.PREP and c.lower_ == "as"):
        for title in (p for p in prep.children if p.dep_ == d.POBJ and title_words(p)):
            role = _role(person, title, list(title.subtree), index, rule=lexicon.rule_name("roles", "copula"),
                         date=date)
            if role is not None and verb.lemma_.lower() in ("serve", "work") and verb.tag_ == "VBD":
                role = replace(role, current=False)
            return role
    return None


def _heads(span: Span, person: Mention, index: MentionIndex) -> Role | None:
    """ "Barr leads the Department of Justice", "Glitman, who heads the American team", "the
    Soviet team headed by Lem Masterkov": who heads an organisation leads it; who heads a
    country's team or delegation is that country's official."""
    root = span.root
    verbs = [(root.head, None)] if root.dep_ == d.NSUBJ else []
    verbs += [(c, None) for c in _relative_clauses(span)]
    if root.dep_ == d.POBJ and root.head.dep_ == d.AGENT and root.head.head.dep_ == d.ACL:
        verbs.append((root.head.head, root.head.head.head))  # "the team headed by Masterkov"
    for verb, headed in verbs:
        if verb.lemma_.lower() not in lexicon.words("heading_verbs"):
            continue
        targets = [headed] if headed is not None else [c for c in verb.children if c.dep_ == d.DOBJ]
        for target in targets:
            role = _headed(person, verb, target, index)
            if role is not None:
                return role
    return None


def _headed(person: Mention, verb: Token, target: Token, index: MentionIndex) -> Role | None:
    named = index.at(target)
    if named is not None and named.type in ("Organization", "Country") and not named.is_reference:
        title, category, where = "Head", "leader", named
    else:
        group = args.collective_actor(target, index)
        if not group or target.lemma_.lower() not in lexicon.words("delegations"):
            return None
        title, category, where = "Head of Delegation", "official", group[0]
        if where.kind == "demonym":
            where = country_mention(where.code, where)
    start = min(person.start, verb.idx + index.offset, target.idx + index.offset)
    end = max(person.end, target.idx + len(target) + index.offset)
    current = verb.tag_ != "VBD"  # "who led Iraq until 2003"
    return Role(person, title, category, where, (start, end), lexicon.rule_name("roles", "heads"), current)


def _own_of_phrase(root: Token) -> list[Token]:
    """The words of "of Kenya" right after a name: the owner of its title."""
    return [t for c in root.children if c.dep_ == d.PREP and c.lower_ == "of" for t in c.subtree]


def _title_to(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "Portuguese Ambassador to Peking Octavio Valerio": the parser makes the name the object of
    "to"; the title before it is the person's, its owner the title's modifiers ("Portuguese"),
    not the place it is posted to. After "of" or "from", the place is the owner."""
    root = span.root
    prep = root.head
    if root.dep_ != d.POBJ or prep.lower_ not in ("to", "of", "from") or not title_words(prep.head):
        return None
    title = prep.head
    # "Mayor of London Sadiq Khan", "Senator from Vermont Bernie Sanders": the parser makes the
    # name the object of "of" too, and the place between is the title's.
    last = prep.i if prep.lower_ == "to" else span.start
    words = [t for t in title.subtree if t.i < last]
    return _role(person, title, words, index, rule=lexicon.rule_name("roles", "title"), date=date)


def _counterpart(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "his Indian counterpart S. Jaishankar": an office of the country the counterpart is of, a
    head's when the gazetteer knows the person as one at the article's date."""
    root = span.root
    head = root.head if root.dep_ == d.APPOS else None
    before = span.doc[span.start - 1] if span.start > 0 else None
    noun = head if head is not None and head.lemma_.lower() == "counterpart" else (
        before if before is not None and _is_counterpart(before) else None)
    if noun is None:
        return None
    modifiers = [c for c in noun.children if c.dep_ in d.MODIFIERS and c.i < noun.i]
    if not modifiers and noun.head == root:  # "his West German counter-part Kiechle": all hang on the name
        modifiers = [c for c in root.lefts if c.dep_ in d.MODIFIERS and c.i < noun.i and c.lower_ != "counter"]
    codes = (gazetteer.country_code(c.text) for c in modifiers)
    code = next(filter(None, codes), None)
    if code is None:
        return None
    leader = any(lexicon.title_category(o.title) == "leader" for o in gazetteer.offices_of(person.name, on=date))
    start = noun.idx + index.offset
    where = Mention(noun.text, start, start + len(noun), "Country", name=gazetteer.country_name(code), code=code)
    return Role(person, "Counterpart", "leader" if leader else "official", where,
                (min(start, person.start), max(start + len(noun), person.end)), lexicon.rule_name("roles", "appos"))


def _relative_clauses(span: Span) -> list[Token]:
    """The verbs of the relative clauses on the name: those the parser hangs on it, and one whose
    relative pronoun comes right after the name though the parser hung the clause on a word
    before it ("disagreements with Mike Pompeo who is the secretary of state")."""
    verbs = [c for c in span.root.children if c.dep_ == d.RELCL]
    doc = span.doc
    after = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    pronoun = doc[after] if after < len(doc) else None
    if (pronoun is not None and pronoun.lower_ in ("who", "whom") and pronoun.dep_ in d.SUBJECTS
            and pronoun.head.dep_ == d.RELCL and pronoun.head not in verbs and pronoun.head.head.i < span.start):
        verbs.append(pronoun.head)
    return verbs


def _is_counterpart(token: Token) -> bool:
    """ "counterpart", or "counter-part" as the tokenizer splits it."""
    doc = token.doc
    split = token.lower_ == "part" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "counter"
    return token.lemma_.lower() == "counterpart" or split


def _copula(span: Span, person: Mention, index: MentionIndex, date: dt.date | None) -> Role | None:
    """ "Lavrov is Russia's foreign minister", "Lavrov, who is the foreign minister"."""
    root = span.root
    verbs = [root.head] if root.dep_ == d.NSUBJ else []
    verbs += _relative_clauses(span)  # "Pompeo, who is the secretary of state"
    for verb in verbs:
        if verb.lemma_ not in lexicon.words("copulas"):
            continue
        for child in verb.children:
            if child.dep_ in (d.ATTR, d.OPRD, d.ACOMP) and title_words(child):
                return _role(person, child, list(child.subtree), index, rule=lexicon.rule_name("roles", "copula"),
                             date=date)
    return None


def _role(person: Mention, title_token: Token, words: list[Token], index: MentionIndex, *, rule: str,
          date: dt.date | None = None) -> Role | None:
    title = title_words(title_token)
    # The whole title decides: a Chancellor of the Exchequer is a minister, not a head of government.
    category = lexicon.title_category(_full_title(title_token, title)) if title else None
    category = category or lexicon.title_category(title or "")
    if title is None or category is None:
        return None
    if category == "leader" and (_heads_a_part(title_token, index) or _chief_of_a_portfolio(title_token, index)):
        category = "official"  # "the head of the UK's counter-terror police" leads the police, not the UK
    if category == "leader" and _deputy_before(title_token):
        category = "official"  # "OAPEC Assistant General Secretary", "OPEC Deputy Secretary General"
    not_current = lexicon.titles()["not_current"]
    current = not any(w.lower_ in not_current for w in [*words, *_hyphened_before(title_token, words)])
    where = (_place_of_role(title_token, words, index, category) or _body_by_its_noun(title_token, index)
             or _known_office(person, category, title_token, index, date) or _implied_place(title, title_token, index))
    if (category == "leader" and where is not None and where.org_type == "GovernmentBody" and where.code
            and title.lower() in lexicon.titles()["ministry_officials"]):
        # "MITI director general Noboru Hatakeyama": the senior civil servant of a ministry, an official
        category, where = "official", country_mention(where.code, where)
    if (where is None or where.type == "Country") and _outside_government(title_token):
        # "Venezuelan opposition leader Juan Guaido" leads no country, and "shadow home secretary David
        # Davis" is no minister of the story's
        return None
    if where is not None and where.type == "Country" and _is_organization_office(title_token, title):
        where = None  # a "Russian CEO" leads a company, not Russia
    local = lexicon.titles()["local"]
    if _full_title(title_token, title).lower() in local or title.lower() in local:
        # a mayor holds an office of the city, not of the country it is in ("the mayor of Seoul")
        where = _city_of_role(title_token, words, index)
    title_text = _title_text(title_token, title)
    full = _full_title(title_token, title)
    if full != title and len(full.split()) <= 6:
        title_text = " ".join(w if w in ("of", "the", "for") else w.capitalize() for w in full.split())
    start = min([person.start] + [t.idx + index.offset for t in words])
    end = max([person.end] + [t.idx + len(t) + index.offset for t in words])
    return Role(person, title_text, category, where, (start, end), rule, current)


def _of_a_group(title_token: Token, index: MentionIndex) -> bool:
    """ "Mr Howard, the Conservative leader": a group's name before the title (a party, not a country)
    says whose office it is."""
    return any(c.dep_ in (d.COMPOUND, d.AMOD) and c.ent_type_ == "NORP"
               and ((m := index.at(c)) is None or m.type != "Country") for c in title_token.lefts)


def _deputy_before(title_token: Token) -> bool:
    """A deputy's word among the title's own words before it: "Deputy Secretary General"."""
    own = [t for t in title_token.subtree if t.i < title_token.i and t.dep_ in (d.COMPOUND, d.AMOD)]
    own += [t for t in title_token.doc[max(title_token.sent.start, title_token.i - 2):title_token.i]]
    return lexicon.is_deputy_word([t.lower_ for t in own])


def _city_of_role(title_token: Token, words: list[Token], index: MentionIndex) -> Mention | None:
    """The place a local office is of: "the mayor of Seoul", "London's mayor", "New York Mayor"."""
    named_by_of = [p for c in title_token.children if c.dep_ == d.PREP and c.lower_ == "of"
                   for p in c.children if p.dep_ == d.POBJ]
    if named_by_of:  # "the mayor of South Bend, Indiana": the city the "of" names, or none
        city = named_by_of[0]
        if index.at(city) is None:  # "mayor of the Polish city of Gdansk"
            city = next((p for c in city.children if c.dep_ == d.PREP and c.lower_ == "of"
                         for p in c.children if p.dep_ == d.POBJ), city)
        mention = index.at(city)
        if mention is not None and mention.type == "Person":  # "Mayor of London Sadiq Khan": the name ran on
            mention = next((m for t in city.lefts if (m := index.at(t)) is not None and m.type == "Place"), None)
        return mention if mention is not None and mention.type == "Place" and not mention.is_reference else None
    for token in words:
        mention = index.at(token)
        if mention is not None and mention.type == "Place" and not mention.is_reference:
            return mention
    return None


def _is_legislator(title_token: Token) -> bool:
    title = title_words(title_token) or ""
    return any(_ends_with_any(t.lower(), lexicon.titles()["legislators"]) for t in (title, _full_title(title_token, title)))


def _is_organization_office(title_token: Token, title: str) -> bool:
    only = lexicon.titles()["organization_only"]
    return title.lower() in only or _full_title(title_token, title).lower() in only


def _heads_a_part(title_token: Token, index: MentionIndex) -> bool:
    """Does the title head something its "of" names by a common noun ("head of the police",
    "chief of the army")? That part of a country or body is not the country."""
    whole = lexicon.words("country_nouns") | {"government", "state", "administration", "cabinet"}
    return any(p.pos_ == "NOUN" and index.at(p) is None and p.lower_ not in whole
               for c in title_token.children if c.dep_ == d.PREP and c.lower_ == "of"
               for p in c.children if p.dep_ == d.POBJ)


def _chief_of_a_portfolio(title_token: Token, index: MentionIndex) -> bool:
    """ "EU foreign policy chief Federica Mogherini", "the army chief", "intelligence head": a chief
    of a field by a common noun before the title heads that part, an official of the whole; so does
    a president or chairman of a unit ("division president")."""
    if title_token.lower_ not in ("chief", "head", "boss", "czar", "tsar"):
        # "Hilton Hotels division president Carl Mottek": the head of a unit is an official of the whole
        return any(c.dep_ in (d.COMPOUND, d.NMOD) and c.is_lower and c.lemma_.lower() in lexicon.words("unit_nouns")
                   for c in title_token.lefts)
    return any(c.dep_ in (d.COMPOUND, d.NMOD, d.AMOD) and c.pos_ in (d.NOUN, "ADJ") and c.is_lower
               and index.at(c) is None and c.lower_ not in ("top", "new", "former", "acting", "interim")
               for c in title_token.lefts)


def _outside_government(title_token: Token) -> bool:
    outside = lexicon.titles()["outside_government"]
    return any(t.lower_ in outside for t in title_token.subtree if t.i < title_token.i)


def _place_of_role(title_token: Token, words: list[Token], index: MentionIndex,
                   category: str = "leader") -> Mention | None:
    """The country or organisation a title belongs to, among the words around it; the body an
    "of" names comes first ("the head of Venezuela's National Assembly" heads the Assembly)."""
    portfolios = lexicon.titles()["portfolios"]
    named_by_of = [p for c in title_token.children if c.dep_ == d.PREP and c.lower_ == "of"
                   for p in c.children if p.dep_ == d.POBJ and p in words]
    words = named_by_of + words
    own_words = _title_tokens(title_token)
    for token in words:
        if token.i == title_token.i:
            continue
        mention = index.at(token)
        if mention is None and category == "official" and (party := gazetteer.party_of_member(token.text)) and party.country:
            start = token.idx + index.offset  # "Republican Senator Ted Cruz": an office of the party's country
            return country_mention(party.country, Mention(token.text, start, start + len(token.text), "Country"))
        if mention is None or mention.is_reference:
            continue
        if (mention.name or mention.text).lower() in portfolios and not (
                mention.org_type == "GovernmentBody" and mention.code and category == "official") and not (
                category == "leader" and token in named_by_of):
            # "Finance Ministry spokesman": whose? But a "State Department spokeswoman" is a US official,
            # and the "chairman of the Joint Chiefs of Staff" leads the body his "of" names
            continue
        if mention.code is None and _overlaps(mention, own_words, index) and _implied_place(
                title_words(title_token) or "", title_token, index):
            continue  # NER's "Republican Senate" holds a word of the title, a "Senate Majority Leader" of the US
        if mention.type == "Country":
            if mention.kind == "demonym":
                return country_mention(mention.code, mention)
            state = gazetteer.subdivision_country(mention.name or mention.text)
            if state and state != mention.code and (title_words(title_token) or "").lower() in lexicon.titles()[
                    "constituency_offices"]:
                return country_mention(state, mention)  # "David Perdue of Georgia", a senator: the US state
            return mention
        if mention.type == "Place" and mention.code and mention.kind == "name" and gazetteer.capital_code(
                mention.name or mention.text) and _is_national(title_words(title_token) or "") \
                and not is_hyphen_fragment(token):  # not the "Abidjan-based bank"'s president
            return country_mention(mention.code, mention)  # "Bonn Finance Minister Gerhard Stoltenberg"
        if mention.type == "Place" and mention.code is None:
            code = gazetteer.subdivision_country(mention.name or mention.text)
            if code and category == "leader":  # the First Minister of Scotland leads the region, not a country
                return mention if (title_words(title_token) or "").lower() in lexicon.titles()["regional_heads"] else None
            if code:  # "California Attorney General", "Senator from Vermont": the country's office
                return country_mention(code, mention)
        if mention.type == "Organization" and mention.org_type == "MediaOrganization" and _is_national(
                title_words(title_token) or ""):
            continue  # "Monsod told Reuters Finance Secretary Jaime Ongpin": a news agency holds no national office
        if mention.type == "Organization":
            if mention.code and category == "official" and (mention.org_type == "GovernmentBody" or (
                    mention.org_type == "PoliticalParty" and _is_legislator(title_token))):
                # "U.S. Treasury Secretary", "Labour MP": the country's; a "Labour spokesman" the party's
                return country_mention(mention.code, mention)
            return mention
    return None


def _body_by_its_noun(title_token: Token, index: MentionIndex) -> Mention | None:
    """ "Democratic committee chairman Jerrold Nadler", "the party's president, Arnaldo Forlani": a
    body named by its common noun before the title is the one the story last named with that noun
    ("the House Judiciary Committee", "the Christian Democratic Party")."""
    doc = title_token.doc
    nouns = [c for c in title_token.lefts if c.dep_ in (d.COMPOUND, d.POSS) and c.pos_ == d.NOUN and c.is_lower
             and c.lemma_.lower() in lexicon.rules()["affiliation"]["bodies"]]
    if len(nouns) != 1:
        return None
    noun, before = nouns[0].lemma_.lower(), doc[nouns[0].i].idx + index.offset
    named = [m for m in index.mentions if m.type == "Organization" and not m.is_reference and m.end <= before
             and (m.name or m.text).lower().split()[-1:] == [noun]]
    return named[-1] if named else None


def _hyphened_before(title_token: Token, words: list[Token]) -> list[Token]:
    """The words hyphened onto the front of a title phrase: "ex" of "ex-UK Prime Minister", "then" of
    "then-U.S.-president"."""
    doc = title_token.doc
    i = min([title_token.i, *(w.i for w in words if w.i <= title_token.i)])
    if doc[i].text == "-":
        i += 1  # the parser may hang the hyphen itself on the title ("ex - UK Prime Minister")
    return [doc[j] for j in range(hyphened_start(doc[i]), i, 2)]


def _title_tokens(title_token: Token) -> list[Token]:
    """The tokens of the title phrase headed by ``title_token``: "Senate Majority Leader"."""
    title = title_words(title_token) or ""
    words = title.split()
    return [t for t in title_token.doc[title_token.left_edge.i:title_token.i] if t.lower_ in words] + [title_token]


def _overlaps(mention: Mention, tokens: list[Token], index: MentionIndex) -> bool:
    return any(mention.start <= t.idx + index.offset < mention.end for t in tokens)


def _known_office(person: Mention, category: str, title_token: Token, index: MentionIndex,
                  date: dt.date | None) -> Mention | None:
    """Where the named person held an office of this kind at the article's date (``people.toml``):
    "President Reagan" in 1987 is the US President."""
    grouped = _of_a_group(title_token, index)
    for office in gazetteer.offices_of(person.name, on=date):
        if lexicon.title_category(office.title) != category:
            continue
        if grouped and (title_words(title_token) or "").lower() != office.title.lower():
            continue  # the Conservative leader Michael Howard is not Australia's Prime Minister John Howard
        start = title_token.idx + index.offset
        if office.country:
            return Mention(title_token.text, start, start + len(title_token), "Country",
                           name=gazetteer.country_name(office.country, on=date), code=office.country)
        if office.org:
            return Mention(title_token.text, start, start + len(title_token), "Organization", name=office.org)
    return None


def _implied_place(title: str, title_token: Token, index: MentionIndex) -> Mention | None:
    """The country a title names by itself ("Taoiseach"), when the text gives none."""
    code = lexicon.implied_countries().get(_full_title(title_token, title).lower()) or \
        lexicon.implied_countries().get(title.lower())
    if code is None:
        return None
    start = title_token.idx + index.offset
    return Mention(title_token.text, start, start + len(title_token), "Country", name=gazetteer.country_name(code),
                   code=code)


def _full_title(title_token: Token, title: str) -> str:
    """The title with an "of ..." complement: "Secretary of State", "Chancellor of the Exchequer"."""
    portfolios = lexicon.titles()["portfolios"]
    if " of " in title:
        return title  # "member of parliament" has its "of" already
    for child in title_token.children:
        if child.dep_ == d.PREP and child.lower_ == "of":
            words = [t.lower_ for t in child.subtree][1:]
            field = " ".join(w for w in words if w != "the")
            if field in portfolios or field in ("state", "exchequer"):
                return f"{title} of {' '.join(words)}"  # "Secretary of State", not "President of Russia"
        if child.dep_ == d.PREP and child.lower_ == "for":
            words = [t.lower_ for t in child.subtree][1:]
            if _is_portfolio(" ".join(words)):
                return f"{title} for {' '.join(words)}"  # "Secretary for Trade and Industry"
    return title


def _title_text(title_token: Token, title: str) -> str:
    """The title as written in the text, singular: "Foreign Minister", "President"."""
    words = title.split()
    tokens = [t for t in title_token.lefts if t.lower_ in words] + [title_token]
    text = " ".join(t.text for t in tokens)
    if title_token.tag_ in d.PLURAL_TAGS:
        singular = title_token.lemma_ if title_token.lemma_ != title_token.text else title_token.text.removesuffix("s")
        text = text[: -len(title_token.text)] + singular
    head, of, _ = title.partition(" of ")
    phrase = next((p for c in title_token.children if c.dep_ == d.PREP and c.lower_ == "of"
                   for p in c.children if p.dep_ == d.POBJ), None)
    if of and title_token.lower_ == head.split()[-1] and phrase is not None:
        # "Member of Parliament (MP) Yvette Cooper", "a member of the Tunisian Parliament": the whole title
        text += " of " + title_token.doc[title_token.i + 2:phrase.i + 1].text
    return text[:1].upper() + text[1:]
