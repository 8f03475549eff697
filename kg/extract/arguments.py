"""Read the arguments of a trigger off the dependency parse.

Given a token in a subject or object position, find the mentions it stands for,
through coordination ("Russia, Armenia and Belarus"), title phrases ("the Presidents of
Russia and Armenia"), collective nouns ("Chinese officials") and owners ("the US
decision").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer, lexicon
from kg.extract.mentions import MentionIndex, title_words
from kg.model import ACTOR_TYPES, Mention

_RELATIVE = {"who", "which", "that", "whom", "whose"}
_MEMBERS = {"member", "members", "member state", "member states", "member country", "member countries",
            "member nations", "allies", "partners", "signatories"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it.

    A conjunct parsed across a relative clause ("the summit, which was held on the
    anniversary of X and the anniversary of Y") is a misparse and is left out.
    """
    if token.dep_ == "conj":
        return [token]
    clauses = [c.i for c in token.rights if c.dep_ in ("relcl", "acl", "advcl")]
    return [token, *(c for c in token.conjuncts if not any(token.i < i < c.i for i in clauses))]


def mentions_for(token: Token, index: MentionIndex) -> list[Mention]:
    """The mentions ``token`` and its conjuncts stand for."""
    found: list[Mention] = []
    for head in conjuncts(token):
        for mention in _mention_for(head, index):
            if mention not in found:
                found.append(mention)
    return found


def _mention_for(token: Token, index: MentionIndex) -> list[Mention]:
    of_actors = _of_phrase_actors(token, index)
    if of_actors and _is_role_noun(token):
        title = title_words(token)
        if title and lexicon.title_category(title):
            return [_holder_of(title, m) if m.type == "Country" else m for m in of_actors]
        return of_actors
    mention = index.at(token)
    if mention is not None and mention.kind == "demonym" and not _is_demonym_noun(token):
        mention = None
    if mention is not None and mention.kind == "group":
        collective = _collective_actor(token, index)  # "EU leaders", "Chinese officials"
        if collective:
            return collective
    if mention is not None and mention.kind == "title":
        named = [m for c in token.children if c.dep_ == "appos" and index.at(c) is not None
                 for m in [index.at(c)] if m.type == "Person" and m.kind == "name"]
        if named:
            return named  # "Mexico's president, Andres Manuel Lopez Obrador, said": the person named
    if mention is not None:
        return [mention]
    appositives = [m for c in token.children if c.dep_ == "appos" for m in _mention_for(c, index)]
    if appositives:
        return appositives  # "his former rival, Joe Biden"
    names = [index.at(c) for c in token.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    if names and names[-1] is not None and names[-1].type == "Person" and token.pos_ in ("NOUN", "PROPN"):
        return [names[-1]]  # "Moon Jae-in" split by the tokenizer: "in" heads "Moon Jae"
    return _collective_actor(token, index) or _location_actors(token, index)


def _holder_of(title: str, country: Mention) -> Mention:
    """ "the President of Russia": a reference to whoever holds the title there (coreference decides)."""
    role = " ".join(word.capitalize() for word in title.split())
    return Mention(country.text, country.start, country.end, "Person", kind="title", code=country.code, role=role)


def _is_role_noun(token: Token) -> bool:
    known = lexicon.titles()
    word = token.lemma_.lower()
    return (title_words(token) is not None or word in known["group"] or token.lower_ in known["group"]
            or word in known["collective"] or word in known["nonstate"])


def _is_demonym_noun(token: Token) -> bool:
    """A demonym used as a noun: "the Russians", "Iraqis", "the Soviets"."""
    return token.pos_ in ("PROPN", "NOUN") or token.tag_ in ("NNPS", "NNS") or token.dep_ in _SUBJECT_DEPS


def _of_phrase_actors(token: Token, index: MentionIndex) -> list[Mention]:
    """Actors in "of X and Y" after a title or group noun: "the Presidents of Russia and Armenia"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return [m for pobj in child.children if pobj.dep_ == "pobj"
                    for m in mentions_for(pobj, index) if m.type in ACTOR_TYPES and not m.is_reference]
    return []


def _collective_actor(token: Token, index: MentionIndex) -> list[Mention]:
    """The country or organisation behind "Chinese officials", "the US administration"."""
    titles = lexicon.titles()
    words = titles["collective"] | titles["nonstate"] | _MEMBERS
    if token.lemma_.lower() not in words and token.lower_ not in words:
        return []
    nonstate = token.lemma_.lower() in titles["nonstate"] or token.lower_ in titles["nonstate"]
    types = ("Organization",) if nonstate else ("Country", "Organization", "Place")
    # The nearest modifier names the group: "Yemen's Houthi rebels" are the Houthis;
    # coordinated modifiers name several: "Chinese and Russian warships".
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            found = [index.at(c) for c in (child, *child.conjuncts)]
            found = [m for m in found if m is not None and m.type in types]
            if found:
                return found
    for child in token.children:  # "representatives from Nigeria", "officials of the European Commission"
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            found = [m for p in child.children if p.dep_ == "pobj" for m in mentions_for(p, index)
                     if m.type in types and not m.is_reference]
            if found:
                return found
    return []


def _location_actors(token: Token, index: MentionIndex) -> list[Mention]:
    """The actor or place a location noun stands for: "the city of Kharkiv", "a base in Nigeria"."""
    if token.lemma_.lower() not in lexicon.titles()["locations"]:
        return []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "near", "inside", "on"):
            found = [m for p in child.children if p.dep_ == "pobj" for m in mentions_for(p, index)
                     if m.type in ("Country", "Organization", "Place")]
            if found:
                return found
    return [m for child in token.lefts if child.dep_ in ("compound", "amod", "poss")
            for m in (_mention_for(child, index) or _demonym_as_actor(child, index))
            if m.type in ("Country", "Organization", "Place")]


def owners_for(token: Token, index: MentionIndex) -> list[Mention]:
    """The actors behind a non-actor noun: "the US decision", "Iran's programme", "a statement from X"."""
    owners: list[Mention] = []
    for head in conjuncts(token):
        for child in head.children:
            candidates: list[Mention] = []
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < head.i:
                candidates = mentions_for(child, index) or _demonym_as_actor(child, index)
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                candidates = [m for pobj in child.children if pobj.dep_ == "pobj" for m in mentions_for(pobj, index)]
            owners.extend(m for m in candidates if m.type in ACTOR_TYPES and m not in owners)
    return owners


def _demonym_as_actor(token: Token, index: MentionIndex) -> list[Mention]:
    mention = index.at(token)
    return [mention] if mention is not None and mention.kind == "demonym" else []


def topics_for(token: Token, index: MentionIndex) -> list[Mention]:
    """Actors and places a topic phrase is about: "Ukraine", "the situation in Afghanistan"."""
    found = [m for m in mentions_for(token, index) if m.type in ACTOR_TYPES | {"Place"}]
    if found:
        return found
    for head in conjuncts(token):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "on", "over", "around", "with", "between"):
                found += [m for pobj in child.children if pobj.dep_ == "pobj" for m in mentions_for(pobj, index)
                          if m.type in ACTOR_TYPES | {"Place"} and not m.is_reference]
            elif child.dep_ in ("compound", "amod") and child.i < head.i:
                found += [m for m in _mention_for(child, index) + _demonym_as_actor(child, index)
                          if m.type in ("Country", "Place", "Organization")]
    return list(dict.fromkeys(found))


_GENERIC_TOPICS = {"issue", "issues", "matter", "matters", "question", "questions", "situation", "topic", "topics",
                   "thing", "things", "it", "this", "that", "them", "variety", "range", "number", "lot", "way", "ways",
                   "details", "plan", "plans", "idea", "ideas", "possibility", "prospects", "what", "which"}


def topic_phrase(token: Token, offset: int = 0) -> list[Mention]:
    """A topic named by a noun phrase: "Third World debt", "acid rain", "the growing crisis in trade"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in _GENERIC_TOPICS or token.ent_type_ in (
            "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return []
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 or child.dep_ not in ("compound", "amod", "nmod"):
            break
        start = child.i
    span = token.doc[start:token.i + 1]
    return [Mention(span.text, span.start_char + offset, span.end_char + offset, "Topic", kind="nominal",
                    name=span.text)]


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that name who performs ``verb``, following conjunctions, control and relative clauses."""
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        agents = [pobj for child in verb.children if child.dep_ == "agent"
                  for pobj in child.children if pobj.dep_ == "pobj"]
        return agents
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if subjects:
        if subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        return subjects
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_tokens(verb.head)
    if verb.dep_ == "xcomp":
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        return objects if objects and verb.head.lemma_ in _OBJECT_CONTROL else subject_tokens(verb.head)
    if verb.dep_ in ("advcl", "acl") and verb.tag_ in ("VBG", "VBN") and not (
            verb.dep_ == "acl" and verb.tag_ == "VBG" and _is_thing(verb.head)):
        return [verb.head] if verb.dep_ == "acl" else subject_tokens(verb.head)
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        owners = [c for c in verb.head.children if c.dep_ == "poss"] if verb.dep_ == "acl" else []
        return owners or _governing_subject(verb)  # "Sweden's bid to join"; "a trip to Europe to attend"
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return _governing_subject(verb.head)  # "issued a statement deploring X"
    if verb.dep_ in ("ROOT", "ccomp") and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        return _stray_subject(verb)
    return []


def _is_thing(token: Token) -> bool:
    """A common noun that cannot act by itself (a statement, a letter), unlike "officials"."""
    words = lexicon.titles()["collective"] | lexicon.titles()["group"] | lexicon.titles()["nonstate"]
    return token.pos_ == "NOUN" and token.lemma_.lower() not in words and token.lower_ not in words


def _governing_subject(token: Token) -> list[Token]:
    """The subject of the nearest clause above ``token``."""
    node = token
    for _ in range(6):
        if node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return subject_tokens(node)
    return []


def _stray_subject(verb: Token) -> list[Token]:
    """A finite main verb the parser left without subject: take the subject it attached elsewhere.

    "Brazilian Finance Minister Dilson Funaro, on a trip to explain ..., met X": the parser
    makes Funaro the subject of "explain".
    """
    for token in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        if token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if token.dep_ in ("nsubj", "nsubjpass") or token.head == verb:  # "Theresa May travelled": May as aux
            return [token]
    return []


# Verbs whose object performs the complement: "urged Japan to open", "asked Iran to stop".
_OBJECT_CONTROL = {"urge", "ask", "call", "invite", "press", "push", "force", "persuade", "encourage",
                   "allow", "order", "tell", "request", "help", "convince", "pressure", "want", "expect"}


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def is_actor(mention: Mention) -> bool:
    return mention.type in ACTOR_TYPES


def country_mention(code: str, like: Mention) -> Mention:
    """A country mention standing where a demonym or title named it."""
    return Mention(like.text, like.start, like.end, "Country", kind="name",
                   name=gazetteer.country_name(code), code=code)
