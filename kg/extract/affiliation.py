"""The affiliation family: a person named with the organisation they belong to.

"Sabrina Bennoui of Reporters Without Borders", "Nikki Holland, of the National Crime
Agency": a named person followed by "of" (or "from") and a public body speaks for it, as
an official, or belongs to it, as a member of a party or an armed group. Companies and
media are left out: their analysts and reporters are sources, not actors. A place ("Mike Lee
of Utah") or a country ("a man of Iraq") says where a person is from, not whom they serve.
The words and confidences are data (``rules.toml``, ``[affiliation]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Kenneth Roth of Human Rights Watch criticized the ruling.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in affiliation_candidates(next(doc.sents), find_mentions(doc))]
[('Kenneth Roth', 'officialOf', 'Human Rights Watch')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import gazetteer, lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex
from kg.extract.modality import ASSERTED, modality_of
from kg.extract.names import org_mention
from kg.extract.titles import is_plural_title, title_words
from kg.model import Mention


def affiliation_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """The organisation each named person of ``sent`` is said to be "of"."""
    settings = lexicon.rules()["affiliation"]
    rule = f"affiliation.of.v{settings['version']}"
    for person, span in _named_people(sent, index):
        for prep in _prepositions_after(span, settings["prepositions"]):
            for organization in _organizations(prep, index):
                yield Candidate(_predicate(organization), prep, rule, person, organization,
                                settings["confidence"], ASSERTED, None, False, pattern=f"<person> {prep.lower_} <org>")


def party_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """ "Republican Senator Ted Cruz", "Democrat Rod Blagojevich", "Sanders, a Democrat", "Trump is
    a Republican": a word naming a party's member (``members`` in ``organizations.toml``) before a
    person's name or title, in apposition or after a copula makes the person a member."""
    settings = lexicon.rules()["affiliation"]
    rule = f"affiliation.party.v{settings['version']}"
    for person, span in _named_people(sent, index):
        label = party_label(span)
        for word in [label] if label is not None else _member_words(span, index):
            party = gazetteer.party_of_member(settings["party_letters"].get(word.text, word.text))
            start = word.idx + index.offset
            mention = org_mention(word.text, start, start + len(word.text), party)
            yield Candidate("memberOf", word, rule, person, mention, settings["confidence"], ASSERTED, None,
                            False, pattern="<party word> <person>")


def own_party_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """ "Nakasone's ruling Liberal Democratic Party", "his own Labour Party", "the party of President
    Mubarak": a person's party is one they belong to."""
    settings = lexicon.rules()["affiliation"]
    rule = f"affiliation.ownparty.v{settings['version']}"
    for party in index.within(sent):
        if party.type != "Organization" or party.org_type != "PoliticalParty" or party.is_reference:
            continue
        root = index.span(party).root
        # "Nakasone's ruling party", "the ruling National Democratic Party of President Hosni Mubarak"
        owners = [c for c in root.children if c.dep_ == d.POSS]
        owners += [p for c in root.children if c.dep_ == d.PREP and c.lower_ == "of" for p in c.children
                   if p.dep_ == d.POBJ]
        for owner in owners:
            for person in args.mentions_for(owner, index):
                if person.type == "Person" and (person.kind == "name" or person.is_reference):
                    yield Candidate("memberOf", root, rule, person, party, settings["confidence"], ASSERTED, None,
                                    False, pattern="<person>'s <party>")


def _named_people(sent: Span, index: MentionIndex) -> Iterator[tuple[Mention, Span]]:
    for person in index.within(sent):
        if person.type == "Person" and person.kind == "name":
            yield person, index.span(person)


def nominee_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """ "the Constitution Party nominated Don Blankenship for president", "nominated a ticket of
    James Hedges for President and Bill Bayes": whom a party nominates is its member."""
    settings = lexicon.rules()["affiliation"]
    rule = f"affiliation.nominee.v{settings['version']}"
    for verb in sent:
        if verb.pos_ != d.VERB or verb.lemma_.lower() not in settings["nominating_verbs"]:
            continue
        parties = [m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index) if args.is_party(m)]
        objects = [c for c in verb.children if c.dep_ == d.DOBJ]
        objects += [p for o in objects if o.lower_ == "ticket" for c in o.children if c.dep_ == d.PREP
                    and c.lower_ == "of" for p in c.children if p.dep_ == d.POBJ]
        nominees = [m for t in objects for m in args.mentions_for(t, index) if m.type == "Person" and m.kind == "name"]
        for party in parties:
            for nominee in nominees:
                yield Candidate("memberOf", verb, rule, nominee, party, settings["confidence"], modality_of(verb),
                                None, False, pattern="<party> nominate <person>")


def party_label(span: Span) -> Token | None:
    """The party letter of "Sen. Bill Bradley (D-N.J.)" or "Rep. Jerry Huckaby, D-La.", if any."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text in ("(", ","))
    if i + 2 < len(doc) and doc[i].text in lexicon.rules()["affiliation"]["party_letters"] and doc[i + 1].text == "-" \
            and doc[i + 2].text[:1].isupper():
        return doc[i]
    return None


def _member_words(span: Span, index: MentionIndex) -> list[Token]:
    root = span.root
    before = [t for t in root.subtree if t.i < span.start]
    # the words modifying the name or the title before it; in apposition either way ("Sanders, a
    # Democrat", "the Republican candidate Donald Trump"); after a copula ("Trump is a Republican")
    described = [c for c in root.children if c.dep_ == d.APPOS]
    if root.dep_ == d.APPOS:
        described.append(root.head)
    if root.dep_ == d.NSUBJ and root.head.lemma_ == "be":
        described += [c for c in root.head.children if c.dep_ == d.ATTR]
    # "Republican Representatives Steve Scalise and Ross Spano", "Democratic Sens. Patrick Moynihan of New
    # York, Christopher Dodd of Connecticut and George Mitchell of Maine": a plural title is shared;
    # "Republican Ted Cruz and Bernie Sanders" is not
    first = args.first_listed_name(root, index)
    titled = [t for t in (first, *first.lefts) if is_plural_title(t)]
    titled += [first.head] if first.dep_ == d.APPOS and is_plural_title(first.head) else []
    if first is not root and titled:
        described += [first, *titled]
    words = before + [t for noun in described for t in (noun, *(x for c in noun.lefts for x in c.subtree))]
    if root.dep_ == d.NSUBJ:  # "Sanders won the Democratic primary", "ran for the Republican nomination"
        contests = [c for c in root.head.children if c.dep_ == d.DOBJ]
        contests += [p for c in root.head.children if c.dep_ == d.PREP and c.lower_ in ("in", "for")
                     for p in c.children if p.dep_ == d.POBJ]
        words += [t for c in contests if c.lemma_.lower() in lexicon.words("party_contests") for t in c.lefts]
    return [t for t in words if gazetteer.party_of_member(t.text) is not None and not _inside_a_name(t, index)][:1]


def _inside_a_name(word: Token, index: MentionIndex) -> bool:
    """ "Social Democratic leader", "Christian Democrat": the word is part of another party's name."""
    mention = index.at(word)
    if mention is not None and mention.text != word.text:
        return True
    previous = word.doc[word.i - 1] if word.i > word.sent.start else None
    return (previous is not None and previous.is_title and previous.head in (word, word.head)
            and previous.dep_ in (d.COMPOUND, d.AMOD) and not title_words(previous))


def _prepositions_after(span: Span, prepositions: list[str]) -> list[Token]:
    """ "of" hanging from the name, right after it or after a comma: "Hotak, of the council"."""
    return [c for c in span.root.children if c.dep_ == d.PREP and c.lower_ in prepositions
            and (c.i == span.end or (c.i == span.end + 1 and span.doc[span.end].text == ","))]


def _organizations(prep: Token, index: MentionIndex) -> list[Mention]:
    found = [index.at(p) for p in prep.children if p.dep_ == d.POBJ]
    return [m for m in found if m is not None and m.type == "Organization" and not m.is_reference
            and _is_public_body(m)]


def _is_public_body(organization: Mention) -> bool:
    """Governments, international bodies, parties, armed groups and NGOs, known or named as one
    ("the California Energy Commission"). An analyst "of Salomon Brothers" or a reporter "of
    PBS" is a source, not an actor the graph is about."""
    settings = lexicon.rules()["affiliation"]
    if organization.org_type is not None:
        return organization.org_type in settings["organization_types"]
    words = set((organization.name or organization.text).lower().split())
    return bool(words & set(settings["bodies"]))


def _predicate(organization: Mention) -> str:
    """Members of parties and armed groups; officials of everything else (a ministry, an NGO, a court)."""
    return "memberOf" if organization.org_type == "ArmedGroup" or args.is_party(organization) else "officialOf"
