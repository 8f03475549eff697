"""The mentions of a parsed article, and the mentions that are not names.

:class:`MentionIndex` holds every mention of a Doc with a lookup from token to mention;
the families fill it (``names`` first, then ``titles``, then this module's nominal,
group and pronoun mentions). Event and document nouns come from ``events.toml``; bare
groups ("the leaders") and pronouns become reference mentions that ``coref`` resolves.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import deps as d
from kg.model import Mention


@dataclass
class MentionIndex:
    """The mentions of one Doc, in order, with a lookup from token to mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[tuple, Span] = field(default_factory=dict)  # by Mention.key
    offset: int = 0

    def add(self, mention: Mention, span: Span) -> None:
        """Index ``mention`` over the tokens of ``span``, unless one of them has a mention already."""
        if any(i in self.by_token for i in range(span.start, span.end)):
            return
        self.mentions.append(mention)
        self.spans[mention.key] = span
        for i in range(span.start, span.end):
            self.by_token[i] = mention

    def replace(self, old: Mention, new: Mention) -> None:
        """Put ``new`` where ``old`` was (a name retyped, say)."""
        span = self.spans.pop(old.key)
        self.mentions[self.mentions.index(old)] = new
        self.spans[new.key] = span
        for i in range(span.start, span.end):
            self.by_token[i] = new

    def at(self, token: Token) -> Mention | None:
        """The mention ``token`` is part of, if any."""
        return self.by_token.get(token.i)

    def span(self, mention: Mention) -> Span:
        """The tokens ``mention`` was indexed over."""
        return self.spans[mention.key]

    def within(self, sent: Span) -> list[Mention]:
        """The mentions whose tokens begin inside ``sent``, in the order they were indexed."""
        return [m for m in self.mentions if sent.start <= self.spans[m.key].start < sent.end]

    def sorted(self) -> list[Mention]:
        """The mentions in text order."""
        return sorted(self.mentions, key=lambda m: m.start)

    def mention(self, token: Token, type: str, **fields) -> Mention:
        """A mention of the single token ``token`` (character offsets shifted by the index's offset)."""
        return Mention(token.text, token.idx + self.offset, token.idx + len(token) + self.offset, type, **fields)


def determiners() -> frozenset[str]:
    """Articles and demonstratives (``rules.toml``), trimmed off names and phrases."""
    return lexicon.words("determiners")


def compact_phrase(token: Token, *, ordinal: bool = False) -> Span:
    """The head noun with its adjacent left modifiers: "the CSTO video conference"; with
    ``ordinal``, the ordinal that tells one event of a series from the others: "the first
    presidential debate"."""
    start = token.i
    kept = {"QUANTITY", "ORDINAL"} if ordinal else {"QUANTITY"}
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 or child.dep_ not in (d.COMPOUND, d.AMOD, d.NMOD, d.NUMMOD, d.NPADVMOD):
            break
        if child.ent_type_ in d.VALUE_LABELS - kept:
            break
        start = child.i
    doc = token.doc
    while start > 0 and _modifies_inside(doc[start - 1], start, token.i - 1, kept):
        start -= 1  # "the South African sanctions law": "South" hangs on "African", not on "law"
    start = hyphened_start(doc[start])  # "the U.S.-Japan accord", not "the Japan accord"
    return token.doc[_name_before(token.doc, start):token.i + 1]


def _modifies_inside(child: Token, start: int, end: int, kept: set[str]) -> bool:
    """Whether ``child`` is a modifier of a word already inside the phrase ``start..end``, the
    head noun left out: the loop over the head's own modifiers has judged those. Only a compound
    or a name is taken ("South African", not "controversial"); a unit after a quantity ("7.7
    billion dlr loan package") is left out with its quantity."""
    before = child.doc[child.i - 1] if child.i > 0 else None
    named = child.dep_ == d.COMPOUND or child.pos_ == d.PROPN or child.ent_type_
    return (start <= child.head.i <= end and child.dep_ in (d.COMPOUND, d.AMOD, d.NMOD) and named
            and child.ent_type_ not in d.VALUE_LABELS - kept
            and (before is None or before.ent_type_ not in d.VALUE_LABELS - kept))


def _name_before(doc, start: int) -> int:
    """Where the capitalised name that compounds the phrase begins: "Learning" of "the Learning
    Together event", which the parser hangs on "Together", not on "event"."""
    while (start > 0 and doc[start].pos_ == d.PROPN and doc[start - 1].pos_ == d.PROPN
           and doc[start - 1].dep_ == d.COMPOUND and doc[start - 1].head.i == start and doc[start - 1].is_title):
        start -= 1
    return start


#: Words that say how many a group has: "the two countries", "both sides".
GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def group_phrase(token: Token) -> Span:
    """A group noun's phrase with the word that counts it, which :func:`compact_phrase` leaves
    out as a value: "the two countries", "both sides" (coreference wants the count)."""
    span = compact_phrase(token)
    for child in token.lefts:
        counts = child.lower_ in GROUP_SIZES and child.dep_ in (d.NUMMOD, d.DET, d.PREDET, d.PRECONJ)
        if counts and child.i < span.start:
            return token.doc[child.i:token.i + 1]
    return span


def group_size(mention: Mention) -> int | None:
    """How many members a group mention says it has ("the two leaders", "the pair": 2), if it says."""
    words = mention.text.lower().split()
    if words and words[-1] in PAIRS:
        return 2
    return next((GROUP_SIZES[w] for w in words if w in GROUP_SIZES), None)


def noun_class(token: Token) -> tuple[str, str] | None:
    """The (kind, class) of an event or document noun, looking at "video conference" first."""
    nouns = lexicon.event_nouns()
    start = hyphened_start(token)
    if start < token.i and token.doc[start].lower_ in _NEGATING_PREFIXES:
        return None  # "co-operation" is no operation, "non-aggression" no aggression
    for child in token.lefts:
        if child.dep_ in d.PHRASE_MODIFIERS:
            pair = f"{child.lower_} {token.lower_}"
            if pair in nouns:
                return nouns[pair]
    return nouns.get(token.lower_) or nouns.get(token.lemma_.lower())


def hyphened_start(token: Token) -> int:
    """Where the hyphened word that ``token`` ends begins: "co-operation" is tokenised "co - operation"."""
    start, doc = token.i, token.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return start


def is_hyphen_fragment(token: Token) -> bool:
    """Is ``token`` a piece of a hyphened word before its last ("co" of "co-operation")?"""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-"


def _joins_a_word(token: Token, span: Span) -> bool:
    """A hyphen inside a word of the phrase: "the U.S.-Japan accord" keeps it."""
    return (token.text == "-" and span.start < token.i < span.end - 1 and not token.whitespace_
            and is_hyphen_fragment(token.doc[token.i - 1]))


#: Prefixes that make a hyphened word another thing than its last part.
_NEGATING_PREFIXES = frozenset({"co", "non", "anti", "pre", "post", "de", "self"})


# -- nominal, group and pronoun mentions: one token at a time, where no name is ---------


def nominal_mention(token: Token, index: MentionIndex) -> tuple[Mention, Span] | None:
    """An event or document noun phrase: "the CSTO summit", "a trade agreement"."""
    if token.pos_ not in d.NOUNS or token.ent_type_ in ("DATE", "TIME", "PERSON", "GPE"):
        return None
    found = noun_class(token)
    if found is None:
        return None
    kind, cls = found
    span = compact_phrase(token, ordinal=kind == "event")
    kept = [t for t in span if t.lower_ not in determiners() and t.tag_ != d.POSSESSIVE_TAG
            and (not t.is_punct or _joins_a_word(t, span))]
    label = "".join(t.text + (t.whitespace_ and " ") for t in kept).strip()
    # Indexed by its head only: modifiers such as "CSTO" in "the CSTO summit" keep their own mentions.
    return (Mention(span.text, span.start_char + index.offset, span.end_char + index.offset,
                    "Event" if kind == "event" else "Document", kind="nominal", name=label, event_class=cls),
            token.doc[token.i:token.i + 1])


#: Nouns that refer back to a group only when counted: "the two men" (not "the men"), "the pair".
COUNTED_GROUPS = frozenset({"men", "women"})
#: Singular nouns for a group of two: "the pair", "the duo".
PAIRS = frozenset({"pair", "duo"})


def group_mention(token: Token, index: MentionIndex) -> tuple[Mention, Span] | None:
    """A plural role noun that refers back to a group of actors: "the leaders", "both sides",
    "the two men", "the pair"."""
    if token.lower_ in PAIRS | COUNTED_GROUPS:
        return _counted_group(token, index)
    if token.pos_ not in (d.NOUN, d.PRON, d.DET_POS, d.NUM) or token.lower_ not in lexicon.titles()["group"]:
        return None
    if token.pos_ == d.NOUN and token.tag_ not in d.PLURAL_TAGS:
        return None
    if token.pos_ in (d.DET_POS, d.NUM) and token.dep_ not in d.SUBJECTS:
        return None
    if any(c.dep_ in (d.POSS, d.AMOD, d.COMPOUND) for c in token.lefts) and not _counted_members(token, index):
        return None  # "his ministers", "British counterparts": not a back-reference to a group
    if any(c.lower_ in ("all", "other", "many", "some", "several", "various") for c in token.lefts):
        return None  # "urged restraint from all sides", "other leaders": everyone, or others, not the ones named
    span = group_phrase(token)
    return (Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Person", kind="group"),
            token.doc[token.i:token.i + 1])


def _counted_members(token: Token, index: MentionIndex) -> bool:
    """ "the two NATO members", "the three EU states": a definite, counted group of an organisation's
    members, the organisation its only modifier, refers back to the actors named before."""
    lefts = list(token.lefts)
    modifiers = [c for c in lefts if c.dep_ in (d.POSS, d.AMOD, d.COMPOUND)]
    return (any(c.lower_ == "the" for c in lefts) and any(c.dep_ == d.NUMMOD for c in lefts)
            and len(modifiers) == 1 and (m := index.at(modifiers[0])) is not None and m.type == "Organization")


def _counted_group(token: Token, index: MentionIndex) -> tuple[Mention, Span] | None:
    """ "the two men", "the pair": persons, as many as the count says (two for a pair)."""
    if token.pos_ != d.NOUN or not _bare_definite(token, counted=True):
        return None
    span = group_phrase(token)
    if token.lower_ in COUNTED_GROUPS and span.start == token.i:
        return None  # "the men": which men, the story does not say
    return (Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Person", kind="group"),
            token.doc[token.i:token.i + 1])


def is_group(mention: Mention) -> bool:
    """A reference to several actors named before: "the two leaders", "both sides", "they"."""
    return mention.kind == "group" and mention.is_reference


def _bare_definite(token: Token, *, counted: bool = False) -> bool:
    """ "the commission", not "a commission", "the trade commission" or "the commission's report";
    ``counted``, a count may come between: "the two men"."""
    lefts = list(token.lefts)
    modifiers = (d.AMOD, d.COMPOUND, d.POSS, d.NMOD) if counted else (d.AMOD, d.COMPOUND, d.POSS, d.NUMMOD, d.NMOD)
    return (any(c.lower_ == "the" for c in lefts)
            and not any(c.dep_ in modifiers for c in lefts)
            and not any(c.dep_ == d.PREP and c.lower_ == "of" for c in token.children))


def pronoun_mention(token: Token, index: MentionIndex) -> tuple[Mention, Span] | None:
    """ "he", "they", "it", and the nouns that act as pronouns: "the country", "the commission"."""
    single = token.doc[token.i:token.i + 1]
    mention = (_country_noun(token, index) or _organization_noun(token, index) or _collective_noun(token, index)
               or _armed_group_noun(token, index) or _it(token, index) or _personal_pronoun(token, index)
               or _deed_noun(token, index))
    return (mention, single) if mention is not None else None


def _country_noun(token: Token, index: MentionIndex) -> Mention | None:
    """ "the country", "the kingdom": the country named last."""
    if (token.lower_ in lexicon.words("country_nouns") and token.tag_ == "NN"
            and any(c.lower_ == "the" for c in token.lefts)
            and not any(c.dep_ in (d.AMOD, d.COMPOUND, d.POSS, d.NUMMOD) for c in token.lefts)):
        return index.mention(token, "Country", kind="pronoun", reference="country")
    return None


def _organization_noun(token: Token, index: MentionIndex) -> Mention | None:
    """ "the commission", "the Community": the organisation named last. A chamber ("the House")
    is capitalised: "the house" is a building."""
    titles = lexicon.titles()
    if token.lower_ in titles.get("chamber_nouns", frozenset()) and not token.is_title:
        return None
    if (token.lower_ in titles["organization_nouns"] and token.tag_ in d.SINGULAR_NOUN_TAGS
            and _bare_definite(token) and token.ent_type_ in ("", "ORG")):
        return index.mention(token, "Organization", kind="pronoun", reference="organization")
    return None


#: Collective nouns (``titles.toml``) that, bare, refer back to the country of the same noun
#: named before: "the US embassy ... the embassy", "the Iranian government ... the government".
_COLLECTIVE_REFERENCES = frozenset({"government", "administration", "ministry", "embassy", "army", "military",
                                    "regime", "cabinet", "navy", "leadership"})


def _collective_noun(token: Token, index: MentionIndex) -> Mention | None:
    """ "the embassy", "the government": the country of the embassy or government named last."""
    if (token.lower_ in _COLLECTIVE_REFERENCES and token.tag_ == "NN" and _bare_definite(token)
            and token.ent_type_ == ""):
        return index.mention(token, "Country", kind="pronoun", reference="collective")
    return None


def _armed_group_noun(token: Token, index: MentionIndex) -> Mention | None:
    """ "the rebels", "the militants": the armed group named last ("Houthi rebels")."""
    if token.lower_ in lexicon.titles()["armed_group_nouns"] and _bare_definite(token) and token.ent_type_ == "":
        return index.mention(token, "Organization", kind="pronoun", reference="armed group")
    return None


def _deed_noun(token: Token, index: MentionIndex) -> Mention | None:
    """ "called the move a smash and grab", "welcomed the decision": a bare definite noun of doing,
    the object of a judgement, that refers back to whoever did the last thing the story told."""
    if (token.lemma_.lower() in lexicon.words("deed_nouns") and token.tag_ in d.SINGULAR_NOUN_TAGS
            and token.dep_ in (d.DOBJ, d.POBJ) and _bare_definite(token)
            and all(c.dep_ == d.DET for c in token.children)):
        return index.mention(token, "Person", kind="pronoun", reference="deed")
    return None


def _it(token: Token, index: MentionIndex) -> Mention | None:
    head = token.head
    passive = token.dep_ == d.NSUBJPASS or (token.dep_ == d.NSUBJ and (
        any(c.dep_ == d.AUXPASS for c in head.children)  # the parser may hang a participle on "was"
        or any(c.tag_ == d.PAST_PARTICIPLE and any(g.dep_ == d.AGENT for g in c.children) for c in head.children)))
    if token.pos_ == d.PRON and token.lower_ == "it" and passive:
        # "It was co-sponsored by Senator Rubio": what is done to may be a document as well as a body
        return index.mention(token, "Organization", kind="pronoun", reference="it-passive")
    if token.pos_ == d.PRON and token.lower_ in ("it", "its") and token.dep_ in (d.NSUBJ, d.NSUBJPASS, d.POSS):
        return index.mention(token, "Organization", kind="pronoun", reference="it")
    return None


_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_QUOTES = ('"', "“", "”")


def quoted(token: Token) -> bool:
    """Is ``token`` inside a quotation (an odd number of quotation marks before it in its paragraph)?"""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in _QUOTES) % 2 == 1


def _personal_pronoun(token: Token, index: MentionIndex) -> Mention | None:
    if token.pos_ != d.PRON:
        return None
    if token.lower_ in _FIRST_PERSON and quoted(token):  # "we are with you", Tusk tweeted: Tusk
        return index.mention(token, "Person", kind="pronoun", reference="speaker")
    titles = lexicon.titles()
    if token.lower_ in titles["pronouns_person"]:
        return index.mention(token, "Person", kind="pronoun", reference="person")
    if token.lower_ in titles["pronouns_group"] and token.lower_ in ("they", "them", "their", "theirs", "themselves"):
        return index.mention(token, "Person", kind="group", reference="person")
    return None
