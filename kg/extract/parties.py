"""The parties family: an agreement that names its parties has been agreed to by them.

"the U.S.-Japan semiconductor pact", "the 1986 Anglo-Irish agreement", "Japan's pact with the
United States", "the EU-Turkey deal": the countries and bodies an agreement noun is qualified by
(a modifier, a possessor, "with") are its parties, each ``agreedTo`` it. An agreement only
proposed, sought or talked about ("a proposed U.S.-Japan deal", "talks on an EU-UK pact") has no
parties yet. Whatever the clause says of it ("failed to honour the U.S.-Japan pact", "the pact
will expire"), the phrase presupposes the agreement was made. The words are data (``rules.toml``, ``[parties]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("Tokyo says it honours the U.S.-Japan semiconductor pact.")
>>> sorted(c.subject.name for c in signatory_candidates(next(doc.sents), find_mentions(doc)))
['Japan', 'United States']
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import gazetteer, lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.mentions import MentionIndex, is_hyphen_fragment
from kg.extract.modality import ASSERTED, attribution
from kg.model import Mention


def signatory_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """``agreedTo`` for each party an agreement noun of ``sent`` names."""
    settings = lexicon.rules()["parties"]
    rule = f"parties.named.v{settings['version']}"
    for token in sent:
        agreement = index.at(token)
        if (agreement is None or token.pos_ not in d.NOUNS or agreement.type != "Document"
                or token.lemma_.lower() not in settings["nouns"] or _not_agreed_yet(token, settings)):
            continue
        partners = _partners(token, index)
        parties = _modifier_parties(token, index) + _owner_parties(token, index, partnered=bool(partners))
        if not parties:
            continue
        parties += partners
        seen: set[str] = set()
        for party in parties:
            if party.key in seen or party.key == agreement.key:
                continue
            seen.add(party.key)
            yield Candidate("agreedTo", token, rule, party, agreement, settings["confidence"], ASSERTED,
                            attribution(token, index), False, pattern="<party> <agreement>", background=True)


def _not_agreed_yet(token: Token, settings: dict) -> bool:
    """ "a proposed U.S.-Japan pact", "talks on an EU-UK deal", "a draft treaty": no party has agreed."""
    if any(c.lower_ in settings["unagreed_modifiers"] for c in token.lefts):
        return True
    head = token.head
    if token.dep_ == d.POBJ and head.dep_ == d.PREP:
        head = head.head
    return head is not token and head.lemma_.lower() in settings["seeking_words"]


def _modifier_parties(token: Token, index: MentionIndex) -> list[Mention]:
    """Countries and bodies among the words before the noun: "U.S.-Japan", "Anglo-Irish" stays out
    (no name), "the Japanese-U.S." (a demonym)."""
    found = []
    for word in token.doc[token.left_edge.i:token.i]:
        if (word.dep_ in (d.DET, d.POSS) or word.tag_ == d.POSSESSIVE_TAG or word.is_punct
                or word.ent_type_ in d.VALUE_LABELS or _names_a_kind(word)):
            continue  # "a 25 mln Swiss franc credit agreement", "a Mexico-type accord"
        mention = index.at(word)
        if mention is not None and mention.kind == "demonym" and word.head.pos_ == d.PROPN and word.head != token:
            continue  # "the Swedish Match deal": a company's name
        if mention is not None and _can_be_party(mention):
            found.append(args.country_mention(mention.code, mention) if mention.kind == "demonym" else mention)
        elif mention is None or mention.type == "Place" or "/" in mention.text:
            found += _countries_in(word, index)  # "U.S.-Japanese", "the U.S./USSR grains agreement"
    return found


def _names_a_kind(word: Token) -> bool:
    """ "Mexico-type", "Iran-style", "U.S.-backed": a name hyphened to a common word says what kind, not who."""
    doc = word.doc
    return is_hyphen_fragment(word) and word.i + 2 < len(doc) and doc[word.i + 2].is_lower


def _can_be_party(mention: Mention) -> bool:
    """A country, or an organisation the gazetteer knows ("Punte del Este" tagged as one is no party)
    other than a company (a loan or merger agreement is business, not diplomacy); a person signs for
    a government, but "Reagan's trade agreements" are the country's."""
    return not mention.is_reference and (mention.type == "Country" or (
        mention.type == "Organization" and mention.org_type not in (None, "Company")))


def _countries_in(word: Token, index: MentionIndex) -> list[Mention]:
    """The countries a word names on its own or between slashes, where no mention covers them."""
    found = []
    start = word.idx + index.offset
    for part in word.text.split("/"):
        code = gazetteer.country_code(part) if part[:1].isupper() else None
        if code is None:
            return []
        found.append(args.country_mention(code, Mention(part, start, start + len(part), "Country")))
        start += len(part) + 1
    return found


def _owner_parties(token: Token, index: MentionIndex, *, partnered: bool) -> list[Mention]:
    """ "Japan's pact with the United States": the possessor is a party. A pronoun is one only beside
    a government partner ("its semiconductor agreement with the United States"): "its credit agreement"
    alone is too often a company's to be read before coreference has said whose."""
    return [m for c in token.children if c.dep_ == d.POSS for m in args.mentions_for(c, index)
            if _can_be_party(m) or (partnered and m.is_reference and m.type in ("Country", "Organization"))]


def _partners(token: Token, index: MentionIndex) -> list[Mention]:
    """ "a pact with the United States": the other party, when the agreement has named one already."""
    return [m for c in token.children if c.dep_ == d.PREP and c.lower_ == "with"
            for p in c.children if p.dep_ == d.POBJ for m in args.mentions_for(p, index) if _can_be_party(m)]
