"""What the rule families yield, and what becomes of it.

A family (``verbs``, ``nouns``, ``relational``, ``roles``) is a generator over a sentence
and its mentions that yields :class:`Candidate` records: a relation it read, with the
rule, the trigger word and the modality; or, with no subject or object and a ``problem``,
a trigger that matched but found no arguments it accepts. Extraction then decides on
each candidate (:class:`Decision`): kept, or dropped with the reason, which is what
``kg explain`` shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.extract.modality import ASSERTED, Reading
from kg.model import Extraction, Mention


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation a rule read off one sentence, before coreference and dating.

    ``problem`` set (and ``subject`` or ``object`` None) means the rule's trigger matched
    but found nothing it accepts: "no object of an accepted kind (document)". ``among`` means
    the subject and the object are one group reference and the relation holds between its
    members: "the two leaders met", "trade between the two countries".
    """

    predicate: str
    trigger: Token
    rule: str
    subject: Mention | None = None
    object: Mention | None = None
    confidence: float = 0.0
    reading: Reading = ASSERTED
    attribution: str | None = None
    symmetric: bool = False
    pattern: str | None = None
    problem: str | None = None
    targets: tuple[int, ...] = ()  # the tokens the pattern took as its target
    event: Mention | None = None  # the event a derived relation comes from ("held talks": the talks)
    among: bool = False  # between the members of one group, its subject and object ("the two leaders met")
    # told in passing by a noun phrase ("the 1986 U.S.-Japan pact expires in June"): dated by its own
    # phrase alone (1986, not June), and its actors did not act together in this sentence
    background: bool = False

    @property
    def modality(self) -> str:
        """``asserted``, ``planned``, ``hypothetical`` or ``negated``."""
        return self.reading.modality

    @property
    def emitted(self) -> bool:
        """A whole candidate whose modality is one that is emitted (asserted or planned)."""
        return self.problem is None and self.reading.emitted


def tried(predicate: str, trigger: Token, rule: str, problem: str, *, pattern: str | None = None) -> Candidate:
    """A trigger that matched without arguments it accepts."""
    return Candidate(predicate, trigger, rule, pattern=pattern, problem=problem)


def modality_problem(reading: Reading) -> str:
    """The reason a negated or hypothetical candidate is dropped: "negated ('refused')"."""
    return f"{reading.modality} ({reading.cue!r})" if reading.cue else reading.modality


@dataclass(frozen=True, slots=True)
class Decision:
    """What extraction made of a candidate: its arguments after coreference, kept or why dropped."""

    candidate: Candidate
    kept: bool
    reason: str = ""
    subject: Mention | None = None
    object: Mention | None = None


@dataclass
class SentenceTrace:
    """Everything extraction tried in one sentence, for ``kg explain``."""

    number: int
    sentence: Span
    mentions: list[Mention] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class Trace:
    """A record of one extraction, sentence by sentence; pass one to :func:`kg.extract.extract`."""

    sentences: list[SentenceTrace] = field(default_factory=list)
    relations: list[Extraction] = field(default_factory=list)

    def start(self, sentences: list[Span]) -> None:
        """Begin the record of a Doc of these sentences."""
        self.sentences = [SentenceTrace(number, sent) for number, sent in enumerate(sentences)]

    def sentence(self, number: int, sentence: Span) -> SentenceTrace:
        """The trace of sentence ``number``."""
        while len(self.sentences) <= number:
            self.sentences.append(SentenceTrace(len(self.sentences), sentence))
        return self.sentences[number]

    def decide(self, number: int, sentence: Span, decision: Decision) -> None:
        """Record ``decision`` in sentence ``number``."""
        self.sentence(number, sentence).decisions.append(decision)

    def drop(self, kept: Decision, reason: str) -> None:
        """Mark a kept decision as dropped after all (a duplicate found later)."""
        for trace in self.sentences:
            for i, decision in enumerate(trace.decisions):
                if decision is kept:
                    trace.decisions[i] = replace(decision, kept=False, reason=reason)
                    return
