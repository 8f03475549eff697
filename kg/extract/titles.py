"""Titles: the words that name an office ("foreign minister", "Secretary-General"), and bare
titles as mentions ("the Russian leader", "the foreign ministers") that refer to a person.

Which office a title is (leader or official, national or not) is the lexicon's
(``titles.toml``, :func:`kg.lexicon.title_category`); this module reads titles off the parse.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import gazetteer, lexicon
from kg.extract import deps as d
from kg.extract.mentions import MentionIndex, compact_phrase, group_phrase, is_hyphen_fragment
from kg.model import Mention


def is_plural_title(token: Token) -> bool:
    """ "ambassadors", "Senators", "cabinet ministers": a title in the plural, held by several."""
    if token.tag_ in d.PLURAL_TAGS:
        return title_words(token) is not None
    # the tagger may take a capitalised plural for a singular name: "Representatives Larry Craig"
    return _untagged_plural(token) and title_words(token) is not None


def _untagged_plural(token: Token) -> bool:
    """ "Representatives" in "Representatives Larry Craig of Idaho and Beau Bolter of Texas",
    which the tagger took for a singular name."""
    titles = lexicon.titles()
    known = titles["leader"] | titles["official"]
    word = token.lower_
    return token.tag_ == "NNP" and (word not in known or word.endswith("s.")) and _singular(word) in known


def _singular(word: str) -> str:
    """ "representatives" -> "representative", "sens." -> "sen.": a title's plural, abbreviated or not."""
    if word.endswith("s.") and len(word) > 3:
        return word[:-2] + "."
    return word[:-1] if word.endswith("s") else word


def title_words(token: Token) -> str | None:
    """The title phrase headed by ``token`` ("foreign minister", "chief executive"), if it is a title."""
    titles = lexicon.titles()
    known = titles["leader"] | titles["official"]
    portfolios = titles["portfolios"]
    head = token.lower_ if token.tag_ not in d.PLURAL_TAGS else token.lemma_.lower()
    if head not in known and (token.tag_ in d.PLURAL_TAGS and head.endswith("s") or _untagged_plural(token)):
        head = _singular(head)  # "Senators", "Sens.": the tagger leaves a proper noun's plural as its own lemma
    if head in known and _modifies_another_noun(token, known):
        return None  # "Indosuez chief economist Jean Cheval": the economist is no chief
    if head not in known:
        of_title = _title_with_of(token, head, known)
        if of_title:
            return of_title  # "member of Parliament", "a member of the Tunisian Parliament"
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


def _modifies_another_noun(token: Token, known: frozenset[str]) -> bool:
    """Is the title word an adjective of the common noun after it, itself no title ("chief economist",
    "chief negotiator" is one)?"""
    head = token.head
    return (token.dep_ == d.AMOD and head.i == token.i + 1 and head.pos_ == d.NOUN and head.is_lower
            and f"{token.lower_} {head.lower_}" not in known and head.lower_ not in known)


def _title_with_of(token: Token, head: str, known: frozenset[str]) -> str | None:
    """A title that is a noun with its "of" phrase: "member of Parliament", "member of the House"."""
    for child in token.children:
        if child.dep_ != d.PREP or child.lower_ != "of":
            continue
        for pobj in (p for p in child.children if p.dep_ == d.POBJ):
            noun = pobj.lemma_.lower() if pobj.tag_ in d.PLURAL_TAGS else pobj.lower_
            for phrase in (f"{head} of the {noun}", f"{head} of {noun}"):
                if phrase in known:
                    return phrase
    return None


def _left_modifiers(token: Token) -> list[Token]:
    """The compound and adjective words right before a noun, nearest first, whichever of them
    the parser hung on which: "national security advisor" has "national" under "security"."""
    words = []
    # A title run into a name may be parsed flat, every word a compound of the name: "United
    # States Attorney Jessie Liu" has "States" and "Attorney" both under "Liu".
    flat = token.head if token.dep_ == d.COMPOUND and token.head.i > token.i else None
    start = token.left_edge.i if flat is None else min(token.left_edge.i, flat.left_edge.i)
    for left in reversed(token.doc[start:token.i]):
        if left.text == "-" and left.dep_ == d.PUNCT:
            continue  # "Secretary-General" is tokenised "Secretary - General"
        hyphened = left.dep_ == d.NPADVMOD and is_hyphen_fragment(left)
        if (left.dep_ not in (d.COMPOUND, d.AMOD) and not hyphened) or not (
                token in left.ancestors or flat in left.ancestors):
            break  # "director-general" may be parsed "director" (npadvmod) "-" "general"
        words.append(left)
    return words


def title_mention(token: Token, index: MentionIndex) -> tuple[Mention, Span] | None:
    """A bare title that refers to its holder: "the Russian leader"; plural, a group: "the ministers"."""
    if token.pos_ not in d.NOUNS or token.ent_type_ == "PERSON":
        return None
    if token.dep_ == d.COMPOUND and (token.head.ent_type_ == "PERSON" or _in_named_title(token, index)):
        return None
    if token.tag_ in d.PLURAL_TAGS and any(c.dep_ == d.POSS and c.pos_ == d.PRON for c in token.children):
        return None  # "his ministers" are not a group named before
    title = title_words(token)
    if title is None or any(c.lower_ in lexicon.titles()["not_current"] for c in token.lefts):
        return None
    kind = "group" if token.tag_ in d.PLURAL_TAGS else "title"
    span = group_phrase(token) if kind == "group" else compact_phrase(token)
    return (Mention(span.text, span.start_char + index.offset, span.end_char + index.offset, "Person",
                    kind=kind, code=modifier_country(token), title=display_title(title)),
            token.doc[token.i:token.i + 1])


def _in_named_title(token: Token, index: MentionIndex) -> bool:
    """Is ``token`` a word of the title before a named person ("Secretary" in "NATO
    Secretary-General Jens Stoltenberg", "Chancellor" in "Chancellor Scholz")?"""
    node = token
    while node.dep_ == d.COMPOUND and node.head is not node:
        node = node.head
        mention = index.at(node)
        if mention is not None and mention.type == "Person" and mention.kind == "name":
            return True
    return False


def display_title(title: str) -> str:
    """ "foreign minister" as a role is written "Foreign Minister"."""
    return " ".join(w.capitalize() for w in title.split())


def modifier_country(token: Token, *, collective: bool = False) -> str | None:
    """Country named by a modifier of ``token``: "Russian", "Tajikistan's", "U.S.", "of Russia",
    "for the German government" (a collective noun of a country stands for it)."""
    for child in token.children:
        if child.dep_ in d.MODIFIERS and child.i < token.i:
            code = gazetteer.country_code(child.text)
            if code:
                return code
        if child.dep_ == d.PREP and child.lower_ in ("of", "for"):
            for pobj in child.children:
                if pobj.dep_ != d.POBJ:
                    continue
                if child.lower_ == "of" and gazetteer.country_by_name(pobj.text):
                    return gazetteer.country_by_name(pobj.text)
                if (not collective and pobj.lower_ in lexicon.titles()["collective"]
                        and (code := modifier_country(pobj, collective=True))):
                    return code
    return None
