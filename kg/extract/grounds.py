"""The grounds family: punishing an actor for a wrong accuses it of the wrong (PLOVER's ACCUSE).

"Congress urged sanctions against Japan for violating the pact", "retaliate against Japan for
unfair practices", "in retaliation for Tokyo's failure to abide by the accord": whatever becomes
of the sanction or the threat, the one who names its grounds says the target did wrong. The
words are data (``rules.toml``, ``[grounds]``); the relations come from the candidates the verb
and noun families read.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg import lexicon
from kg.extract import deps as d
from kg.extract.candidates import Candidate
from kg.extract.modality import Reading


def grounds_candidates(candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """An accusation for every punitive candidate whose "for" phrase names a wrong of its target."""
    settings = lexicon.rules()["grounds"]
    rule = f"grounds.punished.v{settings['version']}"
    for candidate in candidates:
        if (candidate.predicate not in settings["predicates"] or candidate.subject is None
                or candidate.object is None or candidate.object.type not in ("Country", "Organization", "Person")
                or candidate.reading.modality == "negated"):
            continue
        wrong = _grounds(candidate.trigger, settings)
        if wrong is None:
            continue
        yield Candidate("accused", candidate.trigger, rule, candidate.subject, candidate.object,
                        candidate.confidence * settings["confidence"], Reading("asserted"), candidate.attribution,
                        False, pattern=f"{candidate.trigger.lemma_.lower()} for {wrong.lower_}")


def _grounds(trigger: Token, settings: dict) -> Token | None:
    """The wrong a "for" phrase of the trigger (or of the verb whose object it is) names: a gerund
    ("for violating"), or a noun of wrongdoing ("for unfair practices", "for Tokyo's failure")."""
    holders = [trigger]
    if trigger.pos_ in d.NOUNS and trigger.dep_ == d.DOBJ:
        holders.append(trigger.head)  # "imposed tariffs on Japan for dumping"
    if trigger.pos_ in d.VERBS:  # "imposed sanctions on Libya for its support", "... in retaliation for"
        holders += [c for c in trigger.children if c.dep_ == d.DOBJ]
        holders += [p for c in trigger.children if c.dep_ == d.PREP and c.lower_ == "in" for p in c.children
                    if p.dep_ == d.POBJ and p.lemma_.lower() in settings["responses"]]
    wrongs = _wrongs()
    for holder in holders:
        for phrase in (c for c in holder.children if c.dep_ == d.PREP and c.lower_ == "for"):
            for ground in phrase.children:
                if ground.dep_ in (d.POBJ, d.PCOMP) and (ground.tag_ == d.GERUND or ground.lemma_.lower() in wrongs):
                    return ground
    return None


@lexicon.cached
def _wrongs() -> frozenset[str]:
    """Nouns of a wrong: the family's own and the wrongdoing nouns of ``[evaluation]``."""
    return frozenset(lexicon.rules()["grounds"]["nouns"]) | frozenset(lexicon.rules()["evaluation"]["wrongdoing_nouns"])
