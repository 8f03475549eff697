"""Coreference: what "he", "the Russian leader" and "the leaders" refer to.

Rules, in document order:

- a bare title ("the Russian leader", "Russian President", "the foreign minister") refers
  to the latest person known to hold a matching role, else to the country it names;
- "he"/"she" refers to the latest person who was a subject in this or the previous two
  sentences, else to the latest person named there;
- "it" refers to the country or organisation that was last a subject ("Iran said it would");
- "the commission", "the group" refer to the organisation named last (by that noun if one is);
- "they" and plural role nouns ("the leaders", "both nations") refer to the latest group
  of two or more actors that acted together.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg import lexicon
from kg.extract.arguments import country_mention
from kg.extract.roles import Role
from kg.model import Mention

_WINDOW_SENTENCES = 2


@dataclass
class Salience:
    """What the text has talked about so far."""

    persons: list[tuple[int, Mention, bool]] = field(default_factory=list)  # (sentence, mention, was subject)
    bodies: list[tuple[int, Mention, bool]] = field(default_factory=list)  # countries and organisations
    groups: list[tuple[int, tuple[Mention, ...]]] = field(default_factory=list)
    roles: dict[tuple[int, int], Role] = field(default_factory=dict)

    def note_person(self, sentence: int, mention: Mention, *, subject: bool) -> None:
        self.persons.append((sentence, mention, subject))

    def note_body(self, sentence: int, mention: Mention, *, subject: bool) -> None:
        self.bodies.append((sentence, mention, subject))

    def note_group(self, sentence: int, members: list[Mention]) -> None:
        named = tuple(dict.fromkeys(m for m in members if not m.is_reference))
        if len(named) >= 2:
            self.groups.append((sentence, named))

    def role_of(self, person: Mention) -> Role | None:
        return self.roles.get((person.start, person.end))


def resolve_reference(mention: Mention, sentence: int, salience: Salience) -> Mention:
    """``mention`` with its antecedents filled in (empty when nothing fits)."""
    if not mention.is_reference or mention.antecedents:
        return mention
    if mention.kind == "title":
        found = _title_antecedents(mention, salience)
    elif mention.kind == "pronoun" and mention.role == "it":
        found = _it_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.role == "country":
        found = _country_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun" and mention.role == "organization":
        found = _organization_antecedents(mention, sentence, salience)
    elif mention.kind == "pronoun":
        found = _pronoun_antecedents(mention, sentence, salience)
    else:
        found = _group_antecedents(mention, sentence, salience)
    return replace(mention, antecedents=tuple(found))


def _title_antecedents(mention: Mention, salience: Salience) -> list[Mention]:
    category = lexicon.title_category(mention.role or "")
    for _, person, _ in reversed(salience.persons):
        if person.start >= mention.start:
            continue
        role = salience.role_of(person)
        if role is None:
            continue
        same_place = mention.code is None or role.code == mention.code
        same_title = (role.title.lower() == (mention.role or "").lower()
                      or (category == "leader" and role.category == "leader" and mention.code is not None)
                      or (mention.role or "").lower() == "leader" and role.category == "leader")
        if same_place and same_title:
            return [person]
    if mention.code:
        return [country_mention(mention.code, mention)]
    return []


def _pronoun_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    recent = [(s, p, subj) for s, p, subj in salience.persons
              if sentence - s <= _WINDOW_SENTENCES and p.start < mention.start]
    for _, person, was_subject in reversed(recent):
        if was_subject:
            return [person]
    return [recent[-1][1]] if recent else []


def _it_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "it" as an actor: the country or organisation that was last a subject ("Iran said it would")."""
    recent = [(s, m, subj) for s, m, subj in salience.bodies
              if sentence - s <= 1 and m.start < mention.start and subj]
    return [recent[-1][1]] if recent else []


def _country_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the country", "the kingdom": the country named last, within the last two sentences."""
    recent = [m for s, m, _ in salience.bodies
              if m.type == "Country" and sentence - s <= _WINDOW_SENTENCES and m.start < mention.start]
    return [recent[-1]] if recent else []


def _organization_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    """ "the commission", "the Community", "the group": the organisation named last, within the last
    two sentences, preferring one whose name has the noun ("the National Telecommunications Commission")."""
    recent = [m for s, m, _ in salience.bodies
              if m.type == "Organization" and sentence - s <= _WINDOW_SENTENCES and m.start < mention.start]
    noun = mention.text.lower()
    named = [m for m in recent if noun in (m.name or m.text).lower().split()]
    found = named or (recent if noun in lexicon.titles()["organization_generic"] else [])
    return [found[-1]] if found else []


def _group_antecedents(mention: Mention, sentence: int, salience: Salience) -> list[Mention]:
    for s, members in reversed(salience.groups):
        if sentence - s <= _WINDOW_SENTENCES + 1 and members[0].start < mention.start:
            return list(members)
    return []
