"""Reading the arguments of a trigger off the dependency parse: the API the families share.

Given a token in a subject or object position, find the mentions it stands for,
through coordination ("Russia, Armenia and Belarus"), title phrases ("the Presidents of
Russia and Armenia"), collective nouns ("Chinese officials") and owners ("the US
decision"); given a verb, the tokens that name who performs it (:func:`subject_tokens`);
given a trigger's accepted kinds of object, the mentions that fit (:func:`objects_for`).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg import gazetteer, lexicon
from kg.extract import deps as d
from kg.extract.mentions import MentionIndex, hyphened_start, is_group, is_hyphen_fragment
from kg.extract.titles import display_title, is_plural_title, title_words
from kg.lexicon import Trigger
from kg.model import ACTOR_TYPES, Mention


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it.

    A conjunct parsed across a relative clause ("the summit, which was held on the
    anniversary of X and the anniversary of Y") is a misparse and is left out.
    """
    if token.dep_ == d.CONJ:
        return [token]
    clauses = [c.i for c in token.rights if c.dep_ in d.MODIFIER_CLAUSES]
    coordinated = [c for c in token.conjuncts if not any(token.i < i < c.i for i in clauses)]
    found = [token, *coordinated, *(p for c in _companions(token) + _listed_as_appositive(token)
                                    for p in (c, *c.conjuncts))]
    return found + [p for c in found for p in _coordinated_across_of(c) if p not in found]


def _coordinated_across_of(token: Token) -> list[Token]:
    """ "Larry Craig of Idaho and Beau Bolter of Texas": the parser may coordinate the second
    person with the first one's place; a person coordinated with a person's "of" place is the
    person's conjunct."""
    if token.ent_type_ != "PERSON":
        return []
    return [c for prep in token.children if prep.dep_ == d.PREP and prep.lower_ == "of"
            for place in prep.children if place.dep_ == d.POBJ and place.ent_type_ in ("GPE", "LOC")
            for c in place.conjuncts if c.ent_type_ == "PERSON" and c.pos_ == d.PROPN]


def first_listed_name(token: Token, index: MentionIndex) -> Token:
    """The first name of the list of people ``token`` is in (``token`` itself when it is first):
    "Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue" -> "Rubio", however the
    parser hung the later names (conjuncts, appositions of the first, conjuncts of its "of" place).
    A name under a plural title begins its list: "Treasury Secretary James Baker and Democratic Sens.
    Patrick Moynihan of New York, Christopher Dodd ..." -> "Moynihan" for Dodd."""
    first, jumped = token, False
    while not any(is_plural_title(t) for t in first.lefts) and (
            (first.dep_ == d.CONJ and not (jumped and not _is_person_name(first.head, index)))
            or (first.dep_ == d.APPOS and _is_person_name(first.head, index))):
        first = first.head
        if first.dep_ == d.POBJ and first.head.lower_ == "of" and _is_person_name(first.head.head, index):
            first, jumped = first.head.head, True  # "Larry Craig of Idaho and Beau Bolter": coordinated with Idaho
    return first


def _is_person_name(token: Token, index: MentionIndex) -> bool:
    mention = index.at(token)
    return mention is not None and mention.type == "Person" and mention.kind == "name"


def _listed_as_appositive(token: Token) -> list[Token]:
    """ "The United States, Japan, West Germany and France agreed": the parser may make the second
    of a list of names an appositive of the first, and the rest its conjuncts; "Sens. Patrick
    Moynihan of New York, Christopher Dodd of Connecticut and George Mitchell of Maine" hangs the
    rest on the second one's place."""
    return [c for c in token.children if c.dep_ == d.APPOS and c.pos_ == token.pos_ == d.PROPN
            and c.ent_type_ and c.ent_type_ == token.ent_type_
            and (any(g.dep_ == d.CONJ for g in c.children) or _coordinated_across_of(c))]


def _companions(token: Token) -> list[Token]:
    """ "Indonesia, together with Malaysia,", "Klobuchar, along with Senator Ron Wyden,": who is named
    along with the token acts with it (the parser hangs "with" on the name or on "along")."""
    found = []
    for child in token.children:
        if child.dep_ != d.PREP:
            continue
        if child.lower_ == "with" and any(c.lower_ in ("together", "along") for c in child.children):
            found += [p for p in child.children if p.dep_ == d.POBJ]
        elif child.lower_ in ("along", "together"):
            found += [p for w in child.children if w.dep_ == d.PREP and w.lower_ == "with"
                      for p in w.children if p.dep_ == d.POBJ]
    return found


def mentions_for(token: Token, index: MentionIndex) -> list[Mention]:
    """The mentions ``token`` and its conjuncts stand for."""
    found: list[Mention] = []
    for head in conjuncts(token):
        for mention in _mention_for(head, index):
            if mention not in found:
                found.append(mention)
    return found


def _mention_for(token: Token, index: MentionIndex) -> list[Mention]:
    for read in _READERS:
        found = read(token, index)
        if found is not None:
            return found
    return []


def _role_of_actors(token: Token, index: MentionIndex) -> list[Mention] | None:
    """ "the Presidents of Russia and Armenia": whoever holds the title there (coreference decides);
    "the leaders of the two countries": the countries the group noun refers to."""
    group = _of_phrase_group(token, index)
    if group is not None and token.tag_ in d.PLURAL_TAGS and _is_role_noun(token):
        return [group]
    of_actors = _of_phrase_actors(token, index)
    if not of_actors or not _is_role_noun(token):
        return None
    named = [m for c in token.children if c.dep_ in (d.APPOS, d.CONJ)
             if (m := index.at(c)) is not None and m.type == "Person" and m.kind == "name"]
    if named:  # "the foreign ministers of India and China, S. Jaishankar and Wang Yi": the names say who
        return [] if any(c.dep_ == d.CONJ for c in token.children if index.at(c) in named) else named
    title = title_words(token)
    if title and lexicon.title_category(title):
        return [_holder_of(title, m) if m.type == "Country" else m for m in of_actors]
    return of_actors


def _indexed(token: Token, index: MentionIndex) -> list[Mention] | None:
    """The token's own mention; a group through its modifier, a title through its appositive."""
    mention = index.at(token)
    if mention is not None and mention.kind == "demonym" and not _is_demonym_noun(token):
        mention = None
    if mention is None:
        return None
    if mention.kind == "group":
        collective = collective_actor(token, index)  # "EU leaders", "Chinese officials"
        if collective:
            return collective
        included = _included(token, index)
        if included:
            return included  # "asked four countries, including the United States": the ones named
        named = [m for c in token.children if c.dep_ == d.APPOS for h in conjuncts(c)
                 if (m := index.at(h)) is not None and is_actor(m) and m.kind == "name"]
        if len(named) > 1:  # "Presidents William Ruto of Kenya and Yoweri Museveni of Uganda met",
            return named  # "four countries, Hong Kong, Canada and Nigeria, supported"
    if mention.kind == "title":
        # "US President Donald Trump and Chinese President Xi Jinping met": the names, and those the
        # parser coordinated with the first
        named = [m for c in token.children if c.dep_ == d.APPOS for h in conjuncts(c)
                 if (m := index.at(h)) is not None and m.type == "Person" and m.kind == "name"]
        if named:
            return named  # "Mexico's president, Andres Manuel Lopez Obrador, said": the person named
        named = [m for c in token.children if c.dep_ == d.PREP and c.lower_ in ("of", "from", "to")
                 for p in c.children if p.dep_ == d.POBJ and (m := index.at(p)) is not None
                 and m.type == "Person" and m.kind == "name"]
        if named:
            return named  # "Senator from Vermont Bernie Sanders said": the parser makes the name its object
    return [mention]


def _appositives(token: Token, index: MentionIndex) -> list[Mention] | None:
    """ "his former rival, Joe Biden"."""
    appositives = [c for c in token.children if c.dep_ == d.APPOS]
    if token.tag_ in d.PLURAL_TAGS:  # "many nations -- Hong Kong, Canada and Nigeria --": all of them
        appositives = [h for c in appositives for h in conjuncts(c)]
    return [m for c in appositives for m in _mention_for(c, index)] or None


#: Participles that give a noun its name: "a Polish chef named Lukasz", "a man called Ali".
_NAMING_PARTICIPLES = frozenset({"name", "call"})


def _so_named(token: Token, index: MentionIndex) -> list[Mention] | None:
    """ "a Polish chef named Lukasz", "a group called Hamas": the actor the name is."""
    named = [m for c in token.children if c.dep_ == d.ACL and c.tag_ == d.PAST_PARTICIPLE
             and c.lemma_.lower() in _NAMING_PARTICIPLES
             for n in c.children if n.dep_ in (d.OPRD, d.ATTR, d.DOBJ)
             if (m := index.at(n)) is not None and is_actor(m) and m.kind == "name"]
    return named or None


def _split_name(token: Token, index: MentionIndex) -> list[Mention] | None:
    """ "Moon Jae-in" split by the tokenizer: "in" heads "Moon Jae"."""
    names = [index.at(c) for c in token.lefts if c.dep_ == d.COMPOUND and c.ent_type_ == "PERSON"]
    if token.lower_ in lexicon.titles()["collective"]:
        return None  # "the Reagan administration" is not Reagan: see collective_actor
    if names and names[-1] is not None and names[-1].type == "Person" and token.pos_ in d.NOUNS:
        return [names[-1]]
    return None


def _unnamed(token: Token, index: MentionIndex) -> list[Mention] | None:
    return collective_actor(token, index) or _location_actors(token, index) or None


def _included(token: Token, index: MentionIndex) -> list[Mention] | None:
    """ "four countries, including the United States and Britain": the ones named."""
    return [m for p in included_tokens(token) for m in mentions_for(p, index)] or None


def included_tokens(token: Token) -> list[Token]:
    """The nouns a group noun names as its instances: "four countries, including the United States",
    "member states like Spain", "members such as Hungary" (as the parser hangs "such as" either way)."""
    found = [p for c in token.children if c.dep_ == d.PREP and c.lower_ in ("including", "like")
             for p in c.children if p.dep_ == d.POBJ]
    found += [p for c in token.children if c.dep_ == d.AMOD and c.lower_ == "such"
              for a in c.children if a.lower_ == "as" for p in a.children if p.dep_ == d.POBJ]
    found += [p for c in token.children if c.dep_ == d.PREP and c.lower_ == "as"
              and any(g.lower_ == "such" for g in c.children) for p in c.children if p.dep_ == d.POBJ]
    return found


#: How a token is read, first match wins.
_READERS: tuple[Callable[[Token, MentionIndex], list[Mention] | None], ...] = (
    _role_of_actors, _indexed, _appositives, _so_named, _split_name, _unnamed, _included)


def _holder_of(title: str, country: Mention) -> Mention:
    """ "the President of Russia": a reference to whoever holds the title there (coreference decides)."""
    return Mention(country.text, country.start, country.end, "Person", kind="title", code=country.code,
                   title=display_title(title))


def _is_role_noun(token: Token) -> bool:
    known = lexicon.titles()
    word = token.lemma_.lower()
    return (title_words(token) is not None or word in known["group"] or token.lower_ in known["group"]
            or word in known["collective"] or word in known["nonstate"])


def _is_demonym_noun(token: Token) -> bool:
    """A demonym used as a noun: "the Russians", "Iraqis", "the Soviets"; or one that says whose a
    decision or a bid to act is: "the Canadian decision to apply a duty" (Canada applies it)."""
    return (token.pos_ in d.NOUNS or token.tag_ in ("NNPS", "NNS") or token.dep_ in d.ANY_SUBJECTS
            or (token.dep_ == d.AMOD and any(c.dep_ == d.ACL and c.tag_ == "VB" for c in token.head.children)))


def _of_phrase_actors(token: Token, index: MentionIndex) -> list[Mention]:
    """Actors in "of X and Y" after a title or group noun: "the Presidents of Russia and Armenia"."""
    for child in token.children:
        if child.dep_ == d.PREP and child.lower_ == "of":
            return [m for pobj in child.children if pobj.dep_ == d.POBJ
                    for m in mentions_for(pobj, index) if m.type in ACTOR_TYPES and not m.is_reference]
    return []


def _of_phrase_group(token: Token, index: MentionIndex) -> Mention | None:
    """A group reference in "of ..." after a noun: "the two countries" in "the leaders of the two countries"."""
    found = [m for c in token.children if c.dep_ == d.PREP and c.lower_ == "of"
             for p in c.children if p.dep_ == d.POBJ and (m := index.at(p)) is not None and is_group(m)]
    return found[0] if len(found) == 1 else None


def _has_word(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def collective_actor(token: Token, index: MentionIndex) -> list[Mention]:
    """The country or organisation behind "Chinese officials", "the US administration", "NATO ambassadors"."""
    titles = lexicon.titles()
    if not (_has_word(token, titles["collective"] | titles["nonstate"] | lexicon.words("members"))
            or is_plural_title(token)):
        return []
    nonstate = _has_word(token, titles["nonstate"])
    types = ("Organization",) if nonstate else ("Country", "Organization", "Place")
    # The nearest modifier names the group: "Yemen's Houthi rebels" are the Houthis;
    # coordinated modifiers name several: "Chinese and Russian warships".
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ in d.MODIFIERS:
            found = [index.at(c) for c in (child, *child.conjuncts)]
            found = [m for m in found if m is not None and m.type in types]
            if found:
                return found
            if not nonstate and (led := _government_of(child, index)) is not None:
                return [led]  # "the Biden administration", "the Thatcher government": the country they lead
    for child in token.children:  # "representatives from Nigeria", "officials of the European Commission"
        if child.dep_ == d.PREP and child.lower_ in ("from", "of"):
            found = [m for p in child.children if p.dep_ == d.POBJ for m in mentions_for(p, index)
                     if m.type in types and not m.is_reference]
            if found:
                return found
    return []


def _government_of(token: Token, index: MentionIndex) -> Mention | None:
    """The country a person named as a modifier heads or headed (``people.toml``)."""
    person = index.at(token)
    if person is None or person.type != "Person" or person.kind != "name":
        return None
    code = gazetteer.led_country(person.name)
    return country_mention(code, person) if code else None


def is_party(mention: Mention) -> bool:
    """A political party: known as one, or named as one ("the Constitution Party")."""
    words = set((mention.name or mention.text).lower().split())
    return mention.type == "Organization" and (mention.org_type == "PoliticalParty"
                                               or bool(words & lexicon.words("parties")))


def is_location_noun(token: Token) -> bool:
    """A noun of a place ("base", "the city"), by lemma or by form: the lemmatizer makes "bases" "basis"."""
    locations = lexicon.titles()["locations"]
    return token.lemma_.lower() in locations or token.lower_ in locations


def _location_actors(token: Token, index: MentionIndex) -> list[Mention]:
    """The actor or place a location noun stands for: "the city of Kharkiv", "a base in Nigeria"."""
    if not is_location_noun(token):
        return []
    # Whose it is and where it is: "Hamas targets in the Gaza Strip" are Hamas's and in Gaza, "the
    # city of Kharkiv" is Kharkiv, "a base in Nigeria" is in Nigeria.
    owned = _located(token, index, ("of",))
    owned = owned or [m for child in token.lefts if child.dep_ in (d.COMPOUND, d.AMOD, d.POSS, d.NMOD)
                      for m in (_mention_for(child, index) or demonym_actor(child, index))
                      if m.type in ("Country", "Organization", "Place")]
    # a "position on Iran" is a stance about Iran; "positions on the border" are where they are
    on = () if token.lower_ == "position" else ("on",)
    where = _located(token, index, ("in", "near", "inside", "at", *on))
    return list(dict.fromkeys(owned + where))


def _located(token: Token, index: MentionIndex, prepositions: tuple[str, ...]) -> list[Mention]:
    for child in token.children:
        if child.dep_ == d.PREP and child.lower_ in prepositions:
            # one place down when it names none itself: "the jetty at Iran's Kharg island terminal"
            found = [m for p in child.children if p.dep_ == d.POBJ
                     for m in mentions_for(p, index) or _location_actors(p, index)
                     if m.type in ("Country", "Organization", "Place")]
            if found:
                return found
    return []


def owners_for(token: Token, index: MentionIndex) -> list[Mention]:
    """The actors behind a non-actor noun: "the US decision", "Iran's programme", "a statement from X".
    A noun whose owner stands before it or follows "by" or "from" has in its "of" phrase what it is
    of, not whose: "Soviet membership of the IMF" is the Soviet Union's, "the invasion of Iraq by the
    United States" the United States'."""
    owners: list[Mention] = []
    for head in conjuncts(token):
        by_modifier = [m for c in head.children if c.dep_ in d.MODIFIERS and c.i < head.i
                       for m in mentions_for(c, index) or demonym_actor(c, index) if is_actor(m)]
        # "the passage of the Act by Congress": the parser may hang the agent on what the noun is of
        of_objects = [p for c in head.children if c.dep_ == d.PREP and c.lower_ == "of"
                      for p in c.children if p.dep_ == d.POBJ]
        by_agent = [m for c in (*head.children, *_participle_agents(head)) if c.dep_ in d.NOUN_PHRASES
                    and c.lower_ in ("by", "from")
                    for p in c.children if p.dep_ == d.POBJ for m in mentions_for(p, index) if is_actor(m)]
        by_agent = by_agent or [m for o in of_objects for c in o.children if c.dep_ == d.PREP and c.lower_ == "by"
                                for p in c.children if p.dep_ == d.POBJ for m in mentions_for(p, index) if is_actor(m)]
        by_agent += [m for m in _origins(head, index) if m not in by_agent]
        of_phrase = [] if by_modifier or by_agent else [
            m for p in of_objects for m in mentions_for(p, index) if is_actor(m)]
        owners.extend(m for m in (*by_modifier, *of_phrase, *by_agent) if m not in owners)
    return owners


def _origins(noun: Token, index: MentionIndex) -> list[Mention]:
    """Where goods come from: "microchips imported from Japan", "steel made in Korea" are Japan's
    and Korea's (a tariff on them is aimed at the country)."""
    return [m for acl in noun.children if acl.dep_ == d.ACL and acl.tag_ == d.PAST_PARTICIPLE
            and acl.lemma_.lower() in lexicon.words("origin_verbs")
            for c in acl.children if c.dep_ == d.PREP and c.lower_ in ("from", "in")
            for p in c.children if p.dep_ == d.POBJ for m in mentions_for(p, index)
            if m.type == "Country" or (m.type == "Place" and m.code)]


def _participle_agents(noun: Token) -> list[Token]:
    """ "the ban, imposed by the ITC": the agent phrase of a participle that qualifies the noun."""
    return [a for c in noun.children if c.dep_ == d.ACL and c.tag_ == d.PAST_PARTICIPLE
            for a in c.children if a.dep_ == d.AGENT]


def demonym_actor(token: Token, index: MentionIndex) -> list[Mention]:
    """The country a demonym modifier names ("Japanese" in "Japanese banks"), as a mention list."""
    mention = index.at(token)
    return [mention] if mention is not None and mention.kind == "demonym" else []


def topics_for(token: Token, index: MentionIndex, *, modifiers: bool = True) -> list[Mention]:
    """Actors and places a topic phrase is about: "Ukraine", "the situation in Afghanistan";
    without ``modifiers``, only those its complements name (the "Venice summit" is not Venice)."""
    found = [m for m in mentions_for(token, index) if m.type in ACTOR_TYPES | {"Place"}]
    if found:
        return found
    for head in conjuncts(token):
        for child in head.children:
            if child.dep_ == d.PREP and child.lower_ in _TOPIC_PREPOSITIONS:
                found += [m for pobj in child.children if pobj.dep_ == d.POBJ for m in _topic_actors(pobj, index)
                          # "the war in Ukraine" is about Ukraine; "proposals in Congress" are not about Congress
                          if child.lower_ != "in" or m.type in ("Country", "Place")]
            elif modifiers and child.dep_ in (d.COMPOUND, d.AMOD) and child.i < head.i:
                found += [m for m in _mention_for(child, index) + demonym_actor(child, index)
                          if m.type in ("Country", "Place", "Organization")]
    return list(dict.fromkeys(found))


def _is_people(token: Token) -> bool:
    titles = lexicon.titles()
    return (token.lower_ in titles["collective"] or token.lower_ in titles["nonstate"]
            or token.lower_ in titles["group"] or token.lemma_.lower() in lexicon.words("audiences"))


_TOPIC_PREPOSITIONS = ("in", "of", "on", "over", "around", "with", "between", "about", "for")


def _topic_actors(pobj: Token, index: MentionIndex) -> list[Mention]:
    """The actors a topic's complement names, one phrase down if it names none itself: "the crisis
    in trade relations with Japan" is about Japan."""
    found = [m for m in mentions_for(pobj, index) if m.type in ACTOR_TYPES | {"Place"} and not m.is_reference]
    if found or index.at(pobj) is not None or pobj.lower_ in lexicon.words("generic_topics"):
        return found  # "a variety of topics in Kazakhstan" may be where, not what, they discussed
    return [m for c in pobj.children if c.dep_ == d.PREP and c.lower_ in _TOPIC_PREPOSITIONS
            for p in c.children if p.dep_ == d.POBJ for m in mentions_for(p, index)
            if m.type in ACTOR_TYPES | {"Place"} and not m.is_reference]


def topic_phrase(token: Token, offset: int = 0) -> list[Mention]:
    """A topic named by a noun phrase: "Third World debt", "acid rain", "the growing crisis in trade"."""
    if token.pos_ not in d.NOUNS or token.lower_ in lexicon.words("generic_topics") or token.ent_type_ in (
            "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY") or _is_people(token):
        return []  # "addressed reporters" speaks to people, about no topic
    if any(c.dep_ == d.POSS and c.pos_ == d.PRON for c in token.children):
        return []  # "discussed his background", "its borrowing needs": the speaker's own affairs
    if token.is_punct or is_hyphen_fragment(token):
        return []  # "co-ordination" is tokenised "co - ordination"; the last piece names the topic
    start = hyphened_start(token)
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 or child.dep_ not in d.PHRASE_MODIFIERS:
            break
        start = child.left_edge.i  # "Third World debt": the modifier's own modifiers too
    span = token.doc[start:token.i + 1]
    return [Mention(span.text, span.start_char + offset, span.end_char + offset, "Topic", kind="nominal",
                    name=span.text)]


# -- objects: what a trigger accepts -------------------------------------------------------


def objects_for(token: Token, trigger: Trigger, index: MentionIndex) -> list[Mention]:
    """The mentions at ``token`` that fit what ``trigger`` accepts as an object."""
    token = _counted(_antecedent(token, index), index)
    aspect_of = _aspect_of(token, index) if trigger.objects & {"owner", "document"} else None
    if aspect_of is not None:  # "praised the quality of al-Quaety's work": the work, al-Quaety's; a
        return objects_for(aspect_of, trigger, index)  # judgement only: one hosts no "results of the election"
    mentions = mentions_for(token, index)
    if "place" not in trigger.objects and not trigger.places_stand_for_owners and _stands_for_its_place(token, index):
        mentions = []  # "evacuated their last stronghold in Chad" aids no Chad, "abandoned the oasis" rejects none
    accepted = [m for m in mentions if fits(m, trigger.objects)]
    if accepted and "owner" in trigger.objects and all(m.type in ("Event", "Document") for m in accepted):
        owners = owners_for(token, index)
        if all(m.type == "Event" and m.event_class in _GATHERINGS for m in accepted):
            owners = [o for o in owners if not _names_where(token, o, index)]
        elif all(m.type == "Document" for m in accepted):  # "stood by the Paris agreement": where it was made
            owners = [o for o in owners if not (o.type == "Place" and _names_where(token, o, index))]
        return accepted + owners  # "rejected Argentina's plan": the plan and Argentina
    if accepted:
        return accepted
    if "topic" in trigger.objects and any(m.type in ("Event", "Document") for m in mentions):
        # "discussed the war in Ukraine" is about Ukraine; "discussed the accord", about the accord
        return (topics_for(token, index, modifiers=False)
                or [m for m in mentions if m.type in ("Event", "Document")])
    if mentions and any(m.type in ("Event", "Document") for m in mentions) and "owner" not in trigger.objects:
        return []
    if ("owner" in trigger.objects and not _private_addressee(token, trigger)) or (
            "actor" in trigger.objects and _is_demonym_phrase(token, index)):
        owners = owners_for(token, index)
        if owners:
            return owners
    if "topic" in trigger.objects:
        return topics_for(token, index) or topic_phrase(token, index.offset)
    return []


#: Nouns that count what their "of" names: "killing thousands of Iranians" (a vague "number of U.N.
#: diplomats" is left alone: it counts officials, whose phrase is often no actor's name).
_COUNTING = frozenset({"thousand", "hundred", "dozen", "million"})


def _counted(token: Token, index: MentionIndex) -> Token:
    """ "killing thousands of Iranians": a count stands for what it counts."""
    if index.at(token) is not None or not (token.lemma_.lower() in _COUNTING or token.pos_ == "NUM"):
        return token
    counted = [p for c in token.children if c.dep_ == d.PREP and c.lower_ == "of" for p in c.children
               if p.dep_ == d.POBJ]
    return counted[0] if counted else token


def _antecedent(token: Token, index: MentionIndex) -> Token:
    """What a relative pronoun stands for: "the plan, which Kyiv criticized" criticizes the plan; not
    a noun after a preposition, where the clause may be about the whole ("apologized during the
    hearing, which the President accepted" accepted the apology)."""
    clause = token.head
    if (index.at(token) is None and token.lower_ in ("which", "that", "whom") and token.dep_ == d.DOBJ
            and clause.dep_ == d.RELCL and clause.head.pos_ in d.NOUNS and clause.head.dep_ != d.POBJ):
        return clause.head
    return token


def _aspect_of(token: Token, index: MentionIndex) -> Token | None:
    """The thing an aspect noun of no mention is of: "the terms of the agreement" (the agreement),
    what a growth is of ("increases in the excise taxes"), what an ending ends ("an end to
    Washington's exemption"), the other party of a standing ("the trade imbalance with Japan"); not
    when the aspect has its own owner ("the handling of the crisis by the government", "Japan's
    surplus with the US")."""
    words = {token.lemma_.lower(), token.lower_}
    prepositions = (("of", "for") if words & lexicon.words("aspect_nouns")
                    else ("of", "in") if words & lexicon.words("growth_nouns")
                    else ("to",) if words & lexicon.words("ending_nouns")
                    else ("with",) if words & lexicon.words("partner_nouns") else ())
    if not prepositions or index.at(token) is not None or owners_for(token, index):
        return None
    phrases = list(token.children)
    if token.dep_ == d.DOBJ:  # "demanded a halt to X": the parser may hang the phrase on the verb
        phrases += [c for c in token.head.children if c.i == token.right_edge.i + 1]
    return next((p for c in phrases if c.dep_ == d.PREP and c.lower_ in prepositions
                 for p in c.children if p.dep_ == d.POBJ), None)


#: Events a name before them places rather than owns: "the Bahrain conference", "the Geneva talks".
_GATHERINGS = frozenset({"Summit", "Meeting", "Talks", "Conference", "Ceremony"})


def _names_where(token: Token, owner: Mention, index: MentionIndex) -> bool:
    """Is ``owner`` a place name compounded before a gathering ("boycotted the Bahrain conference"),
    where it was held, not whose it was?"""
    return any(c.dep_ == d.COMPOUND and index.at(c) is owner and owner.kind == "name"
               and owner.type in ("Country", "Place") for c in token.lefts)


def _stands_for_its_place(token: Token, index: MentionIndex) -> bool:
    """A location noun ("the stronghold in Chad", "the oasis of Faya-Largeau") names its place; an
    embassy or a consulate stands for its state."""
    return (index.at(token) is None and token.lemma_.lower() not in _REPRESENTATIONS
            and is_location_noun(token) and not collective_actor(token, index))


#: Location nouns that stand for the state they represent: "stormed the US embassy".
_REPRESENTATIONS = frozenset({"embassy", "consulate", "mission", "headquarters"})


def _private_addressee(token: Token, trigger: Trigger) -> bool:
    """A country's firms or people asked or judged ("asked Japanese chip makers to cut output") are
    not its government; measures against them still hit it ("sanctions on Chinese firms")."""
    return trigger.predicate not in ("sanctioned", "attacked") and _is_private_noun(token)


def _is_private_noun(token: Token) -> bool:
    private = lexicon.words("private_nouns")
    return token.lemma_.lower() in private or token.lower_ in private


def _is_demonym_phrase(token: Token, index: MentionIndex) -> bool:
    """ "Japanese finance houses", "Chinese imports": a group named by its country. Not a country's
    firms or people one asks or meets: "asked Japanese chip makers to cut output" asks no Japan."""
    if _is_private_noun(token):
        return False
    return index.at(token) is None and any(
        c.dep_ in (d.AMOD, d.COMPOUND) and (m := index.at(c)) is not None and m.kind == "demonym"
        for c in token.lefts)


def fits(mention: Mention, kinds: frozenset[str]) -> bool:
    """Does ``mention`` fit one of the kinds of object a trigger accepts (``triggers.toml``)?"""
    if mention.reference == "it-passive":  # "it was attended by": a body, a document or an event, resolved later
        return bool(kinds & {"actor", "document", "event"})
    if is_actor(mention):
        return "actor" in kinds or ("place" in kinds and mention.type == "Country") or (
            "topic" in kinds and not mention.is_reference)
    if mention.type == "Place":
        return "place" in kinds or "topic" in kinds
    return mention.type.lower() in kinds


def actors(mentions: list[Mention]) -> list[Mention]:
    """The mentions that can act: see :func:`is_actor`."""
    return [m for m in mentions if is_actor(m)]


def is_actor(mention: Mention) -> bool:
    """Persons, countries, organisations, and capitals standing for their government ("Washington")."""
    return mention.type in ACTOR_TYPES or (mention.type == "Place" and mention.code is not None)


# -- subjects: who performs a verb -----------------------------------------------------------


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that name who performs ``verb``, following conjunctions, control and relative clauses.

    Each construction has its reader; the first that applies decides.
    """
    for read in _SUBJECT_READERS:
        found = read(verb)
        if found is not None:
            return found
    return []


def _passive_agents(verb: Token) -> list[Token] | None:
    """ "Iran was condemned by the UN", "the agreement signed by Shultz": the agent. Coordinated
    participles share the agent that follows the last of them: "were supported, trained and armed
    by Paris and Washington"."""
    if patients(verb) is None:
        return None
    for participle in (verb, *_later_participles(verb)):
        agents = _agents_of(participle)
        if agents:
            return agents
    return []


def _agents_of(verb: Token) -> list[Token]:
    agents = [pobj for child in verb.children if child.dep_ == d.AGENT for pobj in child.children if pobj.dep_ == d.POBJ]
    if not agents and any(c.dep_ == d.PREP and c.lower_ == "to" and not any(g.dep_ == d.POBJ for g in c.children)
                          for c in verb.children):
        # "the pact, agreed to by Japan": a stranded "to", then the agent the parser calls a preposition
        agents = [pobj for child in verb.children if child.dep_ == d.PREP and child.lower_ == "by"
                  for pobj in child.children if pobj.dep_ == d.POBJ]
    if not agents:
        agents = _agents_of_medium(verb)
    return agents


def _agents_of_medium(verb: Token) -> list[Token]:
    """ "was denounced in a joint communique by Egypt, Jordan and Saudi Arabia": the agent the
    parser hung on the statement a passive was done in."""
    return [pobj for child in verb.children if child.dep_ == d.PREP and child.lower_ in ("in", "through")
            for medium in child.children if medium.dep_ == d.POBJ
            and lexicon.event_nouns().get(medium.lemma_.lower()) == ("document", "Statement")
            for by in medium.children if by.dep_ == d.PREP and by.lower_ == "by"
            for pobj in by.children if pobj.dep_ == d.POBJ]


def _conjoined_to_speaker(verb: Token) -> bool:
    """A verb the parser coordinated with a reported clause whose subject is a thing, though its
    tense is the reporting verb's: "Takeuchi said the exchange has done its utmost and called on
    Britain to make concessions" (Takeuchi called on Britain; "has ... called" would be "has called")."""
    clause = verb.head
    if clause.dep_ != d.CCOMP or clause.head.pos_ not in d.VERBS:
        return False
    subjects = [c for c in clause.children if c.dep_ == d.NSUBJ]
    # a thing asks no one: "said U.S. sanctions were regrettable and urged Washington to lift them"
    asks = verb.lemma_.lower() in lexicon.words("object_control")
    return (bool(subjects) and all(_is_thing(s) and not s.ent_type_ for s in subjects)
            and verb.tag_ == clause.head.tag_ and (asks or verb.tag_ != clause.tag_))


def patients(verb: Token) -> list[Token] | None:
    """Who undergoes ``verb`` when it is passive: its passive subject ("Iran was condemned"), the
    noun its participle modifies ("the agreement signed by Shultz"), the patient of the passive it
    is coordinated with ("armed" in "were trained and armed by Iran"). None when it is not passive."""
    if is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ == d.NSUBJPASS]
        if verb.dep_ == d.RELCL and any(c.lower_ in lexicon.words("relative_pronouns") for c in subjects):
            return [verb.head]  # "Carrie Lam, who is supported by Beijing": Lam
        return subjects
    if verb.dep_ == d.ACL and verb.tag_ == d.PAST_PARTICIPLE:
        return [verb.head]
    if _is_bare_participle(verb) and verb.dep_ in (d.CONJ, d.ADVCL):
        return patients(verb.head)
    if verb.dep_ == d.ACOMP and (verb.tag_ == d.PAST_PARTICIPLE or verb.lower_.endswith("ed")) and verb.head.lemma_ == "be":
        return [c for c in verb.head.children if c.dep_ == d.NSUBJ] or None  # "were armed and funded by Iran"
    if _is_reduced_participle(verb):
        return [c for c in verb.children if c.dep_ == d.NSUBJ]
    return None


def is_passive_conjunct(verb: Token) -> bool:
    """A bare past participle coordinated with a passive one, sharing its patient: "armed" in "were
    trained and armed by Iran". One with its own subject or object is active: "were trained by Iran and
    attacked Israel"."""
    return verb.dep_ in (d.CONJ, d.ADVCL) and _is_bare_participle(verb) and patients(verb.head) is not None


def _is_bare_participle(verb: Token) -> bool:
    return verb.tag_ == d.PAST_PARTICIPLE and not any(
        c.dep_ in (*d.ANY_SUBJECTS, *d.OBJECTS, d.AUX_DEP, d.AUXPASS) for c in verb.children)


def _later_participles(verb: Token) -> list[Token]:
    """The bare participles coordinated after ``verb``: "trained" and "armed" after "supported"."""
    found = []
    for child in verb.rights:
        if child.dep_ in (d.CONJ, d.ADVCL) and _is_bare_participle(child):
            found += [child, *_later_participles(child)]
    return found


def _is_reduced_participle(verb: Token) -> bool:
    """A participle the parser made a main verb, its noun the subject: "the forces of Habre, supported,
    trained and armed by Paris, scored a success". Only with a "by" agent, so that a past tense
    tagged as a participle ("Japan agreed") keeps its subject."""
    subjects = [c for c in verb.children if c.dep_ == d.NSUBJ]
    if not subjects or any(c.dep_ in (d.AUX_DEP, d.AUXPASS, *d.OBJECTS) for c in verb.children):
        return False
    if verb.tag_ != d.PAST_PARTICIPLE:
        # "The Paris accords agreed by the Group of Five held": a thing cannot agree; tagged as a past
        # tense, the verb is still a participle when a named agent follows "by"
        return (verb.tag_ == "VBD" and all(_is_thing(s) and not s.ent_type_ for s in subjects)
                and any(a.ent_type_ in d.NAME_LABELS for a in _agents_of(verb)))
    return any(_agents_of(p) for p in (verb, *_later_participles(verb)))


def _compound_agents(verb: Token) -> list[Token] | None:
    """ "Iran-backed Houthi rebels", "the Iranian-backed militia": the name before the hyphen."""
    if not is_hyphen_participle(verb):
        return None
    return [c for c in verb.lefts if c.dep_ in (d.NPADVMOD, d.COMPOUND, d.NMOD)]


def is_hyphen_participle(verb: Token) -> bool:
    """A past participle joined by a hyphen to the name before it, modifying a noun: "Iran-backed"."""
    return (verb.dep_ == d.AMOD and verb.tag_ == d.PAST_PARTICIPLE and verb.i > verb.sent.start
            and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 1].head == verb)


def _own_subjects(verb: Token) -> list[Token] | None:
    subjects = [child for child in verb.children if child.dep_ in (d.NSUBJ, d.CSUBJ)]
    if not subjects:
        return None
    if verb.dep_ == d.PCOMP and verb.head.lower_ in _MEDIUM_PREPOSITIONS and (
            verb.head.head.pos_ == d.NOUN or _is_posting(verb.head.head)):
        # "posted (a statement) on Telegram blaming Kyiv": the parser makes the medium the subject
        return governing_subject(verb.head)
    if subjects[0].lower_ in lexicon.words("relative_pronouns") and verb.dep_ == d.RELCL:
        return [verb.head]  # "Putin, who met Xi"
    return subjects


def _is_posting(verb: Token) -> bool:
    """A verb of saying or posting, whose "on X" is where it was said ("posted on Telegram")."""
    return verb.lemma_.lower() in lexicon.words("posting_verbs") | lexicon.modality()["reporting"]


def _shared_subjects(verb: Token) -> list[Token] | None:
    """Coordinated verbs share their subject: "Putin arrived and met Xi"; after a passive verb, an
    active one is done by its patient, not its agent: "Iran was condemned by the UN and recalled its
    envoy"."""
    if verb.dep_ != d.CONJ or verb.head.pos_ not in d.VERBS:
        return None
    if _conjoined_to_speaker(verb):
        return subject_tokens(verb.head.head)
    if not is_passive_conjunct(verb):
        undergoing = patients(verb.head)
        if undergoing:
            return undergoing
    return subject_tokens(verb.head)


def _controlled_subjects(verb: Token) -> list[Token] | None:
    """ "urged Japan to open": Japan opens; "wants to meet": the wanter meets."""
    if verb.dep_ != d.XCOMP:
        return None
    if verb.head.pos_ == "ADJ" and verb.head.dep_ == d.ACOMP:
        return subject_tokens(verb.head.head)  # "NATO is ready to assist": whoever is ready
    if is_passive(verb.head):  # "Washington is poised to impose", "Iran was asked to leave"
        return [c for c in verb.head.children if c.dep_ == d.NSUBJPASS] or subject_tokens(verb.head)
    objects = [c for c in verb.head.children if c.dep_ == d.DOBJ]
    return objects if objects and verb.head.lemma_ in lexicon.words("object_control") else subject_tokens(verb.head)


def _participle_subjects(verb: Token) -> list[Token] | None:
    """ "officials attending the summit", "arriving in Moscow, Putin said"."""
    if verb.dep_ not in (d.ADVCL, d.ACL) or verb.tag_ not in (d.GERUND, d.PAST_PARTICIPLE):
        return None
    if verb.dep_ == d.ACL and verb.tag_ == d.GERUND and _is_thing(verb.head):
        return None
    if verb.dep_ == d.ACL and _is_medium(verb.head):
        return governing_subject(verb.head)  # "posted a statement on Telegram blaming Kyiv": not Telegram
    return [verb.head] if verb.dep_ == d.ACL else subject_tokens(verb.head)


#: Prepositions of where something was said or posted: "on Telegram", "in a video", "via Twitter".
_MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "through", "over"})


def _is_medium(token: Token) -> bool:
    """The object of "on", "via" ... after a verb of saying or posting: a medium, not an actor."""
    return (token.dep_ == d.POBJ and token.head.lower_ in _MEDIUM_PREPOSITIONS
            and token.head.head.pos_ in d.VERBS)


def _relative_head(verb: Token) -> list[Token] | None:
    return [verb.head] if verb.dep_ == d.RELCL else None


def _infinitive_subjects(verb: Token) -> list[Token] | None:
    """ "Sweden's bid to join": Sweden; "the decision by Hanoi to withdraw": Hanoi; "a trip to
    Europe to attend": the traveller."""
    if verb.dep_ not in (d.ACL, d.ADVCL) or not any(c.dep_ == d.AUX_DEP and c.lower_ == "to" for c in verb.children):
        return None
    owners = _named_agents(verb.head) if verb.dep_ == d.ACL else None
    return owners if owners is not None else governing_subject(verb)


#: Entity labels of a name that can act.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named_agents(noun: Token) -> list[Token] | None:
    """Who the noun's own phrase says acts: its owner ("Sweden's bid"), its "by" or "of" phrase
    ("the decision by Hanoi", "the decision of the Council"), a name before it ("the U.S.
    decision"). None when it names no one; then the clause's subject acts ("China announced
    a decision to withdraw"), never when it names someone else ("condemned the American
    decision to sell arms to Taiwan" is not the condemner's sale)."""
    owners = [c for c in noun.children if c.dep_ == d.POSS]
    if owners:
        return owners
    agents = [p for c in noun.children if c.dep_ in d.NOUN_PHRASES and c.lower_ in ("by", "of") for p in c.children
              if p.dep_ == d.POBJ and (c.lower_ == "by" or p.ent_type_ in _ACTOR_LABELS)]
    if agents:
        return agents
    named = [c for c in noun.lefts if c.dep_ in d.PHRASE_MODIFIERS and c.ent_type_ in _ACTOR_LABELS]
    return named or None


def _gerund_of_noun(verb: Token) -> list[Token] | None:
    """ "issued a statement deploring X": whoever issued it."""
    if verb.dep_ in (d.ACL, d.ADVCL) and verb.tag_ == d.GERUND and verb.head.pos_ == d.NOUN:
        return governing_subject(verb.head)
    return None


#: Prepositions of time or means whose gerund is done by the clause's subject: "after meeting Putin,
#: Erdogan flew", "troops killed 20 fighters in storming the town".
_TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "on", "during", "when", "by",
                                    "in", "through"})


def _gerund_of_time(verb: Token) -> list[Token] | None:
    """ "Erdogan flew to Ankara after meeting Putin", "before leaving for Berlin": whoever did
    the main clause; of a passive one, whoever underwent it ("Israel was condemned by the UN after
    attacking Gaza": Israel attacked)."""
    prep = verb.head
    if (verb.dep_ == d.PCOMP and verb.tag_ == d.GERUND and prep.dep_ == d.PREP
            and prep.lower_ in _TEMPORAL_PREPOSITIONS and prep.head.pos_ in d.VERBS):
        return patients(prep.head) or subject_tokens(prep.head) or None
    return None


def _stray_subject(verb: Token) -> list[Token] | None:
    """A finite main verb the parser left without subject: take the subject it attached elsewhere.

    "Brazilian Finance Minister Dilson Funaro, on a trip to explain ..., met X": the parser
    makes Funaro the subject of "explain".
    """
    if verb.dep_ == d.ACL and verb.tag_ == "VBD" and verb.head.dep_ == d.ROOT and verb.head.pos_ == d.PROPN:
        return [verb.head]  # "The Civil Human Rights Front, which organised the march, called on Lam": the main verb
    if verb.dep_ not in (d.ROOT, d.CCOMP) or verb.tag_ not in d.FINITE_TAGS:
        return None
    for token in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        if token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if token.dep_ in d.SUBJECTS or token.head == verb:  # "Theresa May travelled": May as aux
            return [token]
        if token.dep_ == d.APPOS and token.head.ent_type_ in ("DATE", "TIME"):
            return [token]  # "On Monday, Klobuchar, along with ..., introduced a bill": Klobuchar as Monday's
    return []


_SUBJECT_READERS: tuple[Callable[[Token], list[Token] | None], ...] = (
    _passive_agents, _compound_agents, _own_subjects, _shared_subjects, _controlled_subjects, _participle_subjects,
    _gerund_of_time,
    _relative_head, _infinitive_subjects, _gerund_of_noun, _stray_subject)


def _is_thing(token: Token) -> bool:
    """A common noun that cannot act by itself (a statement, a letter), unlike "officials"."""
    titles = lexicon.titles()
    return token.pos_ == d.NOUN and not _has_word(token, titles["collective"] | titles["group"] | titles["nonstate"])


def governing_subject(token: Token, *, stop_at_subject: bool = False) -> list[Token]:
    """The subject of the nearest clause above ``token``.

    With ``stop_at_subject``, a token inside a subject has none: "the talks with X were
    useful" does not make the talks' subject whoever the clause is about.
    """
    node = token
    for _ in range(6):
        if (stop_at_subject and node.dep_ in d.SUBJECTS) or node.head == node:
            return []
        node = node.head
        if node.pos_ in d.VERBS:
            return subject_tokens(node)
    return []


def is_passive(verb: Token) -> bool:
    """Is ``verb`` in the passive voice ("was condemned")?"""
    return any(child.dep_ in (d.NSUBJPASS, d.AUXPASS) for child in verb.children)


def country_mention(code: str, like: Mention) -> Mention:
    """A country mention standing where a demonym or title named it."""
    return Mention(like.text, like.start, like.end, "Country", kind="name",
                   name=gazetteer.country_name(code), code=code)


def complement_targets(verb: Token, index: MentionIndex) -> list[Mention]:
    """Whom a complement's action would hit: its object, or an object of one of its target
    prepositions ("to impose restrictions on Japanese banks" -> Japan)."""
    nodes = [n for n in verb.children if n.dep_ in (d.DOBJ, d.DATIVE, d.PREP)]
    nodes += [n for o in verb.children if o.dep_ == d.DOBJ for n in o.children if n.dep_ == d.PREP]
    for node in nodes:
        if node.dep_ == d.PREP and node.lower_ not in lexicon.words("target_prepositions"):
            continue
        heads = [p for p in node.children if p.dep_ == d.POBJ] if node.dep_ == d.PREP else [node]
        found = [m for h in heads for m in (actors(mentions_for(h, index)) or owners_for(h, index))]
        if found:
            return found
    return []
