"""The pledge family: an offer or a promise of cooperation is an agreement (PLOVER's AGREE).

"The United States offered to help Kuwait", "Japan pledged to support the plan", "NATO is ready
to assist Ankara", "a U.S. offer to escort Kuwaiti tankers": the help itself is only intended
(the verb families drop it as hypothetical), but the offer was made, and an offer or promise to
cooperate is what event data codes as agreeing to. The words are data (``rules.toml``,
``[pledge]``); the relations come from the candidates the verb and noun families read.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg import lexicon
from kg.extract.candidates import Candidate
from kg.extract.modality import modality_of


def pledge_candidates(candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """An agreement for every cooperative candidate left hypothetical by an offer or a pledge."""
    settings = lexicon.rules()["pledge"]
    rule = f"pledge.intent.v{settings['version']}"
    for candidate in candidates:
        if (candidate.predicate not in settings["predicates"] or candidate.reading.modality != "hypothetical"
                or candidate.subject is None or candidate.object is None):
            continue
        pledge = _pledging_word(candidate.trigger, candidate.reading.cue, settings["words"])
        if pledge is None:
            continue
        reading = modality_of(pledge)
        if reading.modality == "hypothetical" and reading.cue == pledge.text:
            continue  # the pledge word judged itself: nothing governs it but itself
        # a vow to back a plan or a bill is backing it ("vowed to push through the tax reforms"); a promise
        # to back or help another actor is agreeing with it
        backs_thing = candidate.predicate == "supported" and candidate.object.type in ("Document", "Event")
        yield Candidate("supported" if backs_thing else "agreedTo", pledge, rule, candidate.subject, candidate.object,
                        candidate.confidence * settings["confidence"], reading, candidate.attribution,
                        False, pattern=f"{pledge.lemma_.lower()} to {candidate.trigger.lemma_.lower()}")


def _pledging_word(trigger: Token, cue: str | None, words: list[str]) -> Token | None:
    """The governor of ``trigger`` that made it hypothetical, if it is a word of offering or
    promising: "offered" in "offered to help", "ready" in "is ready to assist"."""
    node = trigger
    while node.head.i != node.i:
        node = node.head
        if node.text == cue:
            return node if node.lemma_.lower() in words else None
    return None
