"""Coreference: what "he", "the Russian leader" and "the leaders" refer to.

Rules, in document order:

- a bare title ("the Russian leader", "Russian President", "the foreign minister") refers
  to the latest person known to hold a matching role, else to the country it names;
- "he"/"she" refers to the latest person who was a subject in this or the previous two
  sentences, else to the latest person named there;
- "it" refers to the country or organisation that was last a subject ("Iran said it would");
- "the commission", "the group" refer to the organisation named last (by that noun if one is);
- "they" and plural role nouns ("the leaders", "both nations") refer to the latest group
  of two or more actors that acted together; a plural role noun with no such group, to the
  country or body whose members the same noun last named ("the ministers" after "EC farm
  ministers").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from kg import gazetteer, lexicon
from kg.extract import deps as d
from kg.extract.arguments import collective_actor, country_mention
from kg.extract.mentions import COUNTED_GROUPS, MentionIndex, group_size, quoted
from kg.extract.roles import Role
from kg.model import Mention


def _window() -> int:
    """How many sentences back a reference looks (``rules.toml``, ``[coreference]``)."""
    return lexicon.rules()["coreference"]["window_sentences"]


@dataclass
class Salience:
    """What the text has talked about so far."""

    persons: list[tuple[int, Mention, bool]] = field(default_factory=list)  # (sentence, mention, was subject)
    bodies: list[tuple[int, Mention, bool]] = field(default_factory=list)  # countries and organisations
    groups: list[tuple[int, tuple[Mention, ...]]] = field(default_factory=list)
    roles: dict[tuple[int, int], Role] = field(default_factory=dict)
    speakers: list[tuple[int, Mention]] = field(default_factory=list)  # who said what each sentence quotes
    named_groups: list[tuple[int, tuple[Mention, ...]]] = field(default_factory=list)  # "Russia and Tajikistan"
    collectives: list[tuple[str, Mention]] = field(default_factory=list)  # ("embassy", US): "the US embassy"
    members: list[tuple[int, str, tuple[Mention, ...]]] = field(default_factory=list)  # "EC farm ministers"
    bare_groups: set[tuple] = field(default_factory=set)  # "the ministers", with no word of whose
    genders: dict[str, str] = field(default_factory=dict)  # person's name -> "m" or "f", once the text says
    doers: list[tuple[int, Mention]] = field(default_factory=list)  # who did what each sentence tells
    things: list[tuple[int, Mention, bool]] = field(default_factory=list)  # documents, events; an argument?
    collective_subjects: list[tuple[int, tuple[Mention, ...]]] = field(default_factory=list)  # "Iranian forces"
    date: dt.date | None = None  # the article's: who held which office then (people.toml)

    def note_person(self, sentence: int, mention: Mention, *, subject: bool) -> None:
        """A person named (or referred to by title) in ``sentence``."""
        self.persons.append((sentence, mention, subject))

    def note_honorific(self, mention: Mention, honorific: str) -> None:
        """ "Mrs Thatcher" is a woman, "Mr Kohl" a man."""
        gender = _GENDERED_HONORIFICS.get(honorific.lower().rstrip("."))
        if gender and mention.name:
            self.genders.setdefault(mention.name, gender)

    def note_body(self, sentence: int, mention: Mention, *, subject: bool) -> None:
        """A country or organisation named in ``sentence``."""
        self.bodies.append((sentence, mention, subject))

    def note_group(self, sentence: int, members: list[Mention]) -> None:
        """Actors that acted together in ``sentence`` ("they" may refer to them)."""
        named = tuple(dict.fromkeys(m for m in members if not m.is_reference))
        if len(named) >= 2:
            self.groups.append((sentence, named))

    def role_of(self, person: Mention) -> Role | None:
        """The role stated for this mention of a person, if any."""
        return self.roles.get((person.start, person.end))

    @classmethod
    def of_roles(cls, roles: list[Role], date: dt.date | None = None) -> Salience:
        """A fresh record that knows the roles stated in the article and its date."""
        return cls(roles={(r.person.start, r.person.end): r for r in roles}, date=date)


def note_mentions(sent: Span, number: int, index: MentionIndex, salience: Salience) -> None:
    """Record the persons, countries and organisations ``sent`` speaks of (subjects marked), the
    actors it names together ("Russia and Tajikistan" are "the two countries" after), and who
    speaks in it ("..., Tusk said")."""
    _note_coordinated(sent, number, index, salience)
    _note_speaker(sent, number, index, salience)
    _note_doer(sent, number, index, salience)
    seen = set()
    for token in sent:
        mention = index.at(token)
        if mention is None or mention.key in seen:
            continue
        seen.add(mention.key)
        is_subject = token.dep_ in d.SUBJECTS or token.head.dep_ in d.SUBJECTS
        if mention.type in ("Document", "Event") and not mention.is_reference:
            salience.things.append((number, mention, token.dep_ in (*d.SUBJECTS, d.DOBJ)))
        if (mention.type in ("Country", "Organization") or (mention.type == "Place" and mention.code
                                                               and mention.kind == "name")) and not mention.is_reference:
            # a capital acting stands for its government: "Tehran announced after its forces ..."
            salience.note_body(number, mention, subject=is_subject)
            _note_collective(token, mention, salience)
        elif mention.kind == "pronoun" and mention.reference in ("country", "organization"):
            # "The Commission said it would": "it" is what "the Commission" refers to
            for body in resolve_reference(mention, number, salience).antecedents:
                salience.note_body(number, replace(body, start=mention.start, end=mention.end), subject=is_subject)
        if (mention.kind == "demonym" and token.head.dep_ in d.SUBJECTS and token.head.tag_ in d.PLURAL_TAGS
                and (actors := collective_actor(token.head, index))):
            salience.collective_subjects.append((number, tuple(actors)))
        if mention.type != "Person":
            continue
        if mention.kind == "group" and (actors := collective_actor(token, index)):
            salience.members.append((number, token.lower_, tuple(actors)))
        elif mention.kind == "group" and _plain_definite(token):
            salience.bare_groups.add(mention.key)
        if mention.kind == "name":
            salience.note_person(number, mention, subject=is_subject)
            words = mention.text.split()
            salience.note_honorific(mention, words[0] if len(words) > 1 else sent.doc[max(token.i - 1, 0)].text)
        elif mention.kind == "title":
            resolved = resolve_reference(mention, number, salience)
            for person in resolved.antecedents:
                if person.type == "Person":
                    salience.note_person(number, replace(person, start=mention.start, end=mention.end),
                                         subject=is_subject)


def _note_doer(sent: Span, number: int, index: MentionIndex, salience: Salience) -> None:
    """The subject of what the sentence's main verb tells was done ("Johnson asked the Queen to
    suspend Parliament"), not of what it reports ("UNESCO said ...") or what it is."""
    root = sent.root
    if root.lemma_.lower() in lexicon.modality()["reporting"] | lexicon.words("copulas"):
        return
    for subject in (c for c in root.children if c.dep_ == d.NSUBJ):
        mention = index.at(subject)
        if mention is not None and not mention.is_reference and mention.type in ("Person", "Country", "Organization"):
            salience.doers.append((number, mention))


def _note_collective(token, mention: Mention, salience: Salience) -> None:
    """ "the US embassy", "Iran's government", "the government of Iran": the country whose
    embassy or government "the embassy" or "the government" is after."""
    head = token.head
    if token.dep_ == d.POBJ and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in d.MODIFIERS or head.i < token.i:
        return
    if mention.type == "Country" and mention.code and head.lower_ in lexicon.titles()["collective"]:
        salience.collectives.append((head.lower_, mention))


def _note_coordinated(sent: Span, number: int, index: MentionIndex, salience: Salience) -> None:
    for token in sent:
        mention = index.at(token)
        if mention is None or mention.is_reference or token.dep_ == d.CONJ or not token.conjuncts:
            continue
        members = [mention] + [m for c in token.conjuncts if (m := index.at(c)) is not None and not m.is_reference
                               and m.type == mention.type]
        if mention.type in ("Person", "Country", "Organization") and len(members) > 1:
            salience.named_groups.append((number, tuple(dict.fromkeys(members))))


def _note_speaker(sent: Span, number: int, index: MentionIndex, salience: Salience) -> None:
    """The named subject of a reporting or speaking verb of the sentence, outside any quotation."""
    reporting = lexicon.modality()["reporting"] | frozenset(lexicon.rules()["coreference"]["speaking_verbs"])
    for token in sent:
        if token.lemma_.lower() not in reporting or token.pos_ not in d.VERBS or quoted(token):
            continue
        for child in token.children:
            mention = index.at(child)
            if child.dep_ == d.NSUBJ and mention is not None and not mention.is_reference and mention.type in (
                    "Person", "Country", "Organization"):
                salience.speakers.append((number, mention))
                return
            if child.dep_ == d.NSUBJ and mention is not None and mention.kind in ("title", "pronoun"):
                resolved = resolve_reference(mention, number, salience)
                if resolved.antecedents:
                    salience.speakers.append((number, resolved.antecedents[0]))
                    return
            if child.dep_ == d.NSUBJ and mention is None and child.lemma_.lower() in lexicon.titles()["collective"]:
                # "the Jordanian foreign ministry said": the country whose ministry speaks
                actors = [a for a in collective_actor(child, index) if a.type == "Country" and a.code]
                if len(actors) == 1:
                    salience.speakers.append((number, country_mention(actors[0].code, actors[0])))
                    return


def note_groups(resolved: list, number: int, salience: Salience) -> None:
    """Actors that acted together (coordinated subjects, both sides of a meeting) form a group.

    ``resolved``: (candidate, subject, object) of the sentence's kept relations.
    """
    by_trigger: dict[int, list[Mention]] = {}
    for candidate, subject, obj in resolved:
        if candidate.background:
            continue  # "the U.S.-Greek bases accord" in passing: the sides the next "both sides" means are others
        members = by_trigger.setdefault(candidate.trigger.i, [])
        for mention in (subject, obj) if candidate.symmetric else (subject,):
            members.extend(mention.antecedents if mention.is_reference else [mention])
    for members in by_trigger.values():
        salience.note_group(number, members)


def resolve_reference(mention: Mention, sentence: int, salience: Salience) -> Mention:
    """``mention`` with its antecedents filled in (empty when nothing fits)."""
    if not mention.is_reference or mention.antecedents:
        return mention
    if mention.kind == "title":
        found = _title_antecedents(mention, salience)
    elif mention.kind == "pronoun" and mention.reference == "speaker":
        found = _speaker_antecedents(sentence, salience)
        if mention.text.lower() in _FIRST_PERSON_PLURAL:
            found = [_spoken_for(speaker, salience) for speaker in found]
    elif mention.kind == "pronoun" and mention.reference == "deed":
        found = _deed_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.reference == "it":
        found = _it_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.reference == "it-passive":
        found = _passive_it_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.reference == "country":
        found = _country_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.reference == "organization":
        found = _organization_antecedents(mention, sentence, salience) or _collective_antecedents(mention, salience)
    elif mention.kind == "pronoun" and mention.reference == "collective":
        found = _collective_antecedents(mention, salience)
    elif mention.kind == "pronoun" and mention.reference == "armed group":
        found = _armed_group_antecedents(mention, salience)
    elif mention.kind == "pronoun":
        found = _pronoun_antecedents(mention, sentence, salience)
    else:
        found = _group_antecedents(mention, sentence, salience)
    return replace(mention, antecedents=tuple(found))


def _title_antecedents(mention: Mention, salience: Salience) -> list[Mention]:
    category = lexicon.title_category(mention.title or "")
    for _, person, _ in reversed(salience.persons):
        if person.start >= mention.start:
            continue
        role = salience.role_of(person)
        if role is None:
            continue
        same_place = (role.code == mention.code if mention.code is not None
                      else _same_body(mention, role))
        same_title = (role.title.lower() == (mention.title or "").lower()
                      or (category == "leader" and role.category == "leader" and mention.code is not None)
                      or (mention.title or "").lower() == "leader" and role.category == "leader"
                      or _shortened(mention.title or "", category, role))
        if same_place and same_title:
            return [person]
    known = _known_holder(mention, category, salience)
    if known is not None:
        return [known]
    outside = lexicon.titles()["outside_government"]
    if mention.code and not set(mention.text.lower().split()) & outside:
        return [country_mention(mention.code, mention)]  # "the Iranian foreign minister" acts for Iran
    return []  # "Bolivia's top union leader" does not act for Bolivia


def _same_body(mention: Mention, role: Role) -> bool:
    """Can a title that names no country be the role's? "the Fed chairman" names a body, and is
    not the chairman of the Council of Economic Advisers; "the chairman" may be anyone's."""
    title = set((mention.title or "").lower().split())
    named = [w for w in mention.text.lower().split() if w not in title and w not in _DETERMINERS]
    if not named or role.of is None:
        return True
    body = f"{role.of.text} {role.of.name}".lower()
    return any(w in body for w in named)


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "new", "former"})


def _known_holder(mention: Mention, category: str | None, salience: Salience) -> Mention | None:
    """The person named before whom ``people.toml`` knows to hold the office on the article's
    date, when the text gave them no title: "Putin met Erdogan. The Turkish president said" is
    Erdogan. Only a title that says its country ("the Turkish president") is looked up."""
    if mention.code is None or salience.date is None:
        return None
    title = (mention.title or "").lower()
    for _, person, _ in reversed(salience.persons):
        if person.start >= mention.start or person.kind != "name" or salience.role_of(person) is not None:
            continue
        for office in gazetteer.offices_of(person.name or person.text, on=salience.date):
            same_title = office.title.lower() == title or (
                category == "leader" and lexicon.title_category(office.title) == "leader")
            if office.country == mention.code and same_title:
                return person
    return None


def _shortened(title: str, category: str | None, role: Role) -> bool:
    """Is ``title`` the role's title shortened, an office of the same rank: "the minister" after
    "Foreign Minister Wang Yi", not after "Prime Minister" (a leader) or "the president" after a
    "Vice President" (an official)?"""
    words = title.lower().split()
    if words and role.title.lower().startswith(f"{title.lower()} of "):
        return True  # "the Chancellor" after "Chancellor of the Exchequer Nigel Lawson", whatever its rank
    return bool(words) and set(words) < set(role.title.lower().split()) and category == role.category


#: Honorifics and royal titles that say whether a person is a man or a woman.
_GENDERED_HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "monsieur": "m",
                        "herr": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f",
                        "princess": "f", "madam": "f", "madame": "f", "frau": "f"}
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                    "she": "f", "her": "f", "hers": "f", "herself": "f"}


def other_than(mention: Mention, sentence: int, salience: Salience, subject: Mention) -> Mention:
    """ "Blair spoke to Bush and urged him": an object pronoun is not its own clause's subject
    (that would be "himself"); the person it then refers to, or ``mention`` unresolved."""
    if mention.kind != "pronoun" or mention.reference != "person" or mention.text.lower() not in _OBJECT_PRONOUNS:
        return replace(mention, antecedents=())
    names = {m.name or m.text for m in (subject.antecedents if subject.is_reference else (subject,))}
    return replace(mention, antecedents=tuple(_pronoun_antecedents(mention, sentence, salience, excluded=names)))


#: Pronouns that stand as objects, never for their clause's own subject ("her" may also be a
#: possessive, which may: "Warren would be suspending her campaign").
_OBJECT_PRONOUNS = frozenset({"him"})


def _pronoun_antecedents(mention: Mention, sentence: int, salience: Salience,
                         excluded: frozenset[str] | set[str] = frozenset()) -> list[Mention]:
    """ "he", "she": the latest person who was a subject lately, else the latest person named; not
    one the text has shown to be of the other gender ("her talks with Ryzhkov" after "she" was Thatcher),
    nor one ``excluded`` names."""
    gender = _PRONOUN_GENDERS.get(mention.text.lower())
    recent = [(s, p, subj) for s, p, subj in salience.persons
              if sentence - s <= _window() and p.start < mention.start
              and salience.genders.get(p.name or "", gender) == gender and (p.name or p.text) not in excluded]
    found = next(([p] for _, p, was_subject in reversed(recent) if was_subject), [recent[-1][1]] if recent else [])
    if found and gender and found[0].name:
        salience.genders.setdefault(found[0].name, gender)
    return found


def _speaker_antecedents(sentence: int, salience: Salience) -> list[Mention]:
    """ "I" and "we" in a quotation: who said it, in this sentence or (a quotation going on) the one before."""
    for s, speaker in reversed(salience.speakers):
        if sentence - s <= 1:
            return [speaker]
    return []


#: "our" is left to the speaker: "our negotiators" are the speaker's, a part of his country.
_FIRST_PERSON_PLURAL = frozenset({"we", "us"})


def _spoken_for(speaker: Mention, salience: Salience) -> Mention:
    """Whom "we" in a quotation stands for: the country or body of the speaker's office, if the
    article states one ("we joined the GATT", said a US trade official: the United States), else
    the speaker."""
    if speaker.type != "Person":
        return speaker
    roles = [r for r in salience.roles.values() if r.current and r.of is not None
             and r.person.start <= speaker.start and _same_name(r.person, speaker)]
    if not roles:
        return speaker
    role = max(roles, key=lambda r: r.person.start)
    return replace(role.of, start=speaker.start, end=speaker.end)


def _same_name(one: Mention, other: Mention) -> bool:
    """ "Samuels" and "Michael Samuels" name the same person."""
    a, b = (one.name or one.text).split(), (other.name or other.text).split()
    return bool(a and b) and a[-1] == b[-1]


def _deed_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the move", "the decision": whoever was the subject of the sentence before ("Johnson asked the
    Queen to suspend Parliament. Corbyn called the move a smash and grab"), when one actor was."""
    before = [m for s, m in salience.doers if s == sentence - 1]
    return before[:1] if len({m.key for m in before}) == 1 else []


def _it_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "it" as an actor: the country or organisation that was last a subject ("Iran said it would")."""
    recent = [(s, m, subj) for s, m, subj in salience.bodies
              if sentence - s <= 1 and m.start < mention.start and subj]
    return [recent[-1][1]] if recent else []


def _passive_it_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "It was co-sponsored by Senator Rubio", "it was attended by Biden": the body that was last a
    subject or the document or event last named (a clause's subject or object first), whichever came
    later, within the last sentence."""
    bodies = [m for s, m, subj in salience.bodies if sentence - s <= 1 and m.start < mention.start and subj]
    recent = [(m, argument) for s, m, argument in salience.things if sentence - s <= 1 and m.start < mention.start]
    # the subject or object of a clause before a noun of a phrase: "proposed an amendment to the constitution"
    things = [m for m, argument in recent if argument][-1:] or [m for m, _ in recent][-1:]
    found = max(bodies[-1:] + things, key=lambda m: m.start, default=None)
    return [found] if found is not None else []


def _country_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the country", "the kingdom": the country named last, within the last two sentences."""
    recent = [m for s, m, _ in salience.bodies
              if m.type == "Country" and sentence - s <= _window() and m.start < mention.start]
    return [recent[-1]] if recent else []


def _organization_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the commission", "the Community", "the group": the organisation last named with the noun
    ("the National Telecommunications Commission"), however far back: a news story names a body in
    full once and then by its noun. A generic noun ("the group") may also stand for whatever
    organisation was named last, within the last two sentences."""
    before = [(s, m) for s, m, _ in salience.bodies if m.type == "Organization" and m.start < mention.start]
    noun = mention.text.lower()
    # a chamber named by its noun alone ("the full House") when it was never named in full
    named = ([m for _, m in before if _named_by(noun, m)]
             or [m for _, m in before if (m.name or m.text).lower() == noun])
    recent = [m for s, m in before if sentence - s <= _window() and _fits_generic(noun, m)]
    found = named or (recent if noun in lexicon.titles()["organization_generic"] else [])
    return [found[-1]] if found else []


def _named_by(noun: str, organization: Mention) -> bool:
    """Is ``noun`` a word of the organisation's name ("the court": the Court of Session)? A
    chamber noun must be followed by "of": "the House" is the (United States) House of
    Representatives, not the White House."""
    words = (organization.name or organization.text).lower().split()
    if noun in lexicon.titles().get("chamber_nouns", frozenset()):
        return any(a == noun and b == "of" for a, b in zip(words, words[1:]))
    return noun in words


def _collective_antecedents(mention: Mention, salience: Salience) -> list[Mention]:
    """ "the embassy" after "the US embassy", "the ministry" after "the Russian Foreign Ministry":
    the country last named with that noun, however far back."""
    noun = mention.text.lower()
    found = [m for n, m in salience.collectives if n == noun and m.start < mention.start]
    return [found[-1]] if found else []


def _armed_group_antecedents(mention: Mention, salience: Salience) -> list[Mention]:
    """ "the rebels" after "Houthi rebels": the armed group last named, however far back."""
    before = [m for _, m, _ in salience.bodies if m.type == "Organization" and m.org_type == "ArmedGroup"
              and m.start < mention.start and not m.is_reference]
    return [before[-1]] if before else []


def _fits_generic(noun: str, organization: Mention) -> bool:
    """Can a generic noun stand for this organisation? "the network" is no legislature."""
    kinds = lexicon.generic_organization_types().get(noun)
    return kinds is None or organization.org_type is None or organization.org_type in kinds


#: Group nouns that name members of one type: "the two countries" are countries.
_GROUP_TYPES = {"countries": "Country", "nations": "Country", "states": "Country", "governments": "Country",
                "neighbours": "Country", "neighbors": "Country", "leaders": "Person", "presidents": "Person",
                "ministers": "Person", "counterparts": "Person", "heads": "Person", "men": "Person",
                "women": "Person", "pair": "Person", "duo": "Person"}


def _group_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "they", "the leaders": the actors that last acted together; a group noun ("the two
    countries", "both sides") may also stand for actors last named together ("Russia and Tajikistan").

    A group noun of countries takes a group of persons as their countries ("Putin met Xi ... the
    two countries"); a count ("the two", "both") must be the group's size. With no such group,
    "the two countries" are the last two countries named, when there were just those two lately.
    """
    if mention.reference is not None:  # "they" may stand for actors named together earlier in its own sentence
        groups = salience.groups + [(s, members) for s, members in salience.named_groups if s == sentence]
        # "Iranian forces have renewed their assault": a collective subject of the same sentence before it
        groups += [(s, members) for s, members in salience.collective_subjects if s == sentence]
        return _latest_group(groups, mention, sentence)
    noun = mention.text.lower().split()[-1]
    wanted = _GROUP_TYPES.get(noun)
    size = group_size(mention)
    groups = []
    for s, members in salience.groups + salience.named_groups:
        # "the leaders" may be the countries that met; "the two countries" are no persons, nor
        # "the two men" countries
        found = _as_countries(members, salience) if wanted == "Country" else members
        if noun in COUNTED_GROUPS and any(m.type != "Person" for m in members):
            continue
        if found and (size is None or len(found) == size):
            groups.append((s, found))
    body = _members_named_before(noun, mention, sentence, salience) if size is None else []
    if len(body) == 1 and body[0].type == "Organization":
        return body  # "the ministers" after "ministers of the six-nation GCC": the council, not its six members
    return _latest_group(groups, mention, sentence) or _last_named(wanted, size, mention, sentence, salience) or body


def _plain_definite(token) -> bool:
    """ "the ministers": a definite group noun with no other word or phrase of its own."""
    return (any(c.lower_ == "the" for c in token.lefts)
            and all(c.dep_ in (d.DET, "punct") for c in token.children))


def _members_named_before(noun: str, mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the ministers" after "EC farm ministers met": the body whose members the same noun last
    named, within the window."""
    if mention.key not in salience.bare_groups:
        return []  # "officials in Britain" say whose they are
    found = [actors for s, word, actors in salience.members
             if word == noun and sentence - s <= _window() and actors[0].start < mention.start]
    return list(found[-1]) if found else []


def _latest_group(groups: list[tuple[int, tuple[Mention, ...]]], mention: Mention, sentence: int) -> list[Mention]:
    groups = sorted(groups, key=lambda g: (g[0], g[1][-1].start))
    for s, members in reversed(groups):
        if sentence - s <= _window() + 1 and members[0].start < mention.start:
            return list(members)
    return []


def _as_countries(members: tuple[Mention, ...], salience: Salience) -> tuple[Mention, ...] | None:
    """Countries and capitals ("Helsinki and Moscow") as they are; persons as the countries of their
    roles ("the two countries" after "Putin met Xi"); None when a member has no country."""
    found = []
    for member in members:
        role = salience.role_of(member) if member.type == "Person" else None
        country = (member if member.type in ("Country", "Place") and member.code
                   else role.of if role is not None and role.code else None)
        if country is None:
            return None
        if all(c.code != country.code for c in found):
            found.append(country)
    return tuple(found)


def _last_named_holders(mention: Mention, size: int, sentence: int, salience: Salience) -> list[Mention]:
    noun = mention.text.lower().split()[-1]
    office = noun[:-1] if noun.endswith("s") else noun  # "ministers": a minister's title
    titles = {(r.person.name or r.person.text): r for r in salience.roles.values()}
    found: dict[str, Mention] = {}
    for s, m, _ in reversed(salience.persons):
        role = titles.get(m.name or m.text)
        if (m.kind != "name" or sentence - s > _window() or m.start >= mention.start or role is None
                or not (role.title.lower().endswith(office) or (office == "leader" and role.category == "leader"))):
            continue
        found.setdefault(m.name or m.text, m)
    return list(found.values()) if len(found) == size else []


def _last_named(wanted: str | None, size: int | None, mention: Mention, sentence: int,
                salience: Salience) -> list[Mention]:
    """ "the two countries" with no group named: the countries named within the last two
    sentences, when they are exactly as many as the count says; "the two ministers", the persons
    named there who hold such an office ("Foreign Minister Li Zhaoxing told his Japanese counterpart")."""
    if wanted == "Person" and size is not None:
        return _last_named_holders(mention, size, sentence, salience)
    if wanted != "Country" or size is None:
        return []
    found: dict[str, Mention] = {}
    for s, m, _ in reversed(salience.bodies):
        if m.type == "Country" and m.code and sentence - s <= _window() and m.start < mention.start:
            found.setdefault(m.code, m)
    return list(found.values()) if len(found) == size else []
