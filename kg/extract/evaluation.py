"""The evaluation family: an actor's judgement of something, stated by a verb of naming or said.

"Pelosi called Trump's conduct a breach of his responsibilities", "Beijing described the
plan as dangerous", "Tokyo branded the move unacceptable", "Akzo said the ban was
discriminatory": criticism of the thing judged (or of its owner) when the judgement is
negative, support when it is positive. Verbs and the words of judgement are data
(``rules.toml``, ``[evaluation]``).

>>> from kg.nlp import load_pipeline
>>> from kg.extract.extractor import find_mentions
>>> doc = load_pipeline()("China called the American decision a dangerous provocation.")
>>> [(c.subject.name, c.predicate, c.object.name) for c in evaluation_candidates(next(doc.sents), find_mentions(doc))]
[('China', 'criticized', 'United States')]
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import arguments as args
from kg.extract import deps as d
from kg.extract.candidates import Candidate, tried
from kg.extract.mentions import MentionIndex
from kg.extract.modality import attribution, modality_of, reported_clauses

#: Where the judgement hangs from the verb: "called X a Y" (oprd, ccomp), "described X as Y".
_JUDGEMENT_EDGES = frozenset({d.OPRD, d.CCOMP, d.XCOMP, d.ACOMP, d.ATTR})


def evaluation_candidates(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """Criticism and support stated as a judgement in ``sent``."""
    settings = lexicon.rules()["evaluation"]
    verbs = frozenset(settings["verbs"])
    reporting = lexicon.modality()["reporting"]
    for token in sent:
        if token.pos_ == d.VERB and token.lemma_.lower() in verbs:
            yield from _judgements(token, index, settings)
        elif token.pos_ == d.VERB and token.lemma_.lower() in reporting:
            yield from _reported_judgements(token, index, settings)
            yield from _reported_accusations(token, index, settings)
            yield from _reported_blame(token, index, settings)
            yield from _reported_thanks(token, index, settings)
            yield from _reported_failings(token, index, settings)


def _judged(verb: Token) -> tuple[Token, list[Token]] | None:
    """The thing judged and the words of the judgement, or None when the verb has no judgement."""
    objects = [c for c in verb.children if c.dep_ == d.DOBJ]
    if not objects:
        shifted = _shifted_judgement(verb)
        if shifted is not None:
            return shifted
    judgement = [c for c in verb.children if c.dep_ in _JUDGEMENT_EDGES and c.i > verb.i]
    judgement += [p for c in verb.children if c.dep_ == d.PREP and c.lower_ == "as"
                  for p in c.children if p.dep_ in (d.POBJ, d.AMOD, d.ACOMP)]
    if not judgement and verb.lemma_.lower() in lexicon.rules()["evaluation"]["as_verbs"]:
        # "described Johnson's decision to suspend Parliament as an outrage": the parser may hang the
        # "as" phrase on the last verb of the object's own clause
        judgement = [p for o in objects for c in o.children if c.dep_ in (d.ACL, d.RELCL)
                     for a in c.children if a.dep_ == d.PREP and a.lower_ == "as" and a.right_edge.i == c.right_edge.i
                     for p in a.children if p.dep_ in (d.POBJ, d.AMOD, d.ACOMP)]
    if not judgement:  # "called Biden's plan a disaster", parsed as the object with "a disaster" beside it
        judgement = [a for o in objects for a in o.children if a.dep_ == d.APPOS and _indefinite(a)
                     and not any(t.is_punct for t in o.doc[o.i:a.left_edge.i])]  # "called Gorbachev, a friend,"
    if not judgement:
        return None
    if not objects:  # "referred to the vote as a witch hunt"
        objects = [p for c in verb.children if c.dep_ == d.PREP and c.lower_ == "to"
                   for p in c.children if p.dep_ == d.POBJ]
    if not objects:  # "called the move a provocation" may be parsed as a clause: "the move" its subject
        objects = [s for j in judgement for s in j.children if s.dep_ in d.SUBJECTS]
    return (objects[0], judgement) if objects else None


def _indefinite(noun: Token) -> bool:
    """A noun said of something rather than naming it: "a disaster", "a waste of time" (not "the
    senator", not a name)."""
    return noun.pos_ == d.NOUN and any(c.dep_ == d.DET and c.lower_ in ("a", "an") for c in noun.children)


def _shifted_judgement(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "denounced as totally unacceptable the new limits": the judgement put before the thing
    judged, which the parser reads as one phrase, its words before the thing's determiner."""
    for phrase in (c for c in verb.children if c.dep_ == d.PREP and c.lower_ == "as"):
        for judged in (p for p in phrase.children if p.dep_ == d.POBJ):
            determiner = next((c for c in judged.children if c.dep_ in (d.DET, d.POSS)), None)
            words = [c for c in judged.children if c.dep_ == d.AMOD and (
                c.i < determiner.i if determiner is not None else c.left_edge.i == phrase.i + 1)]
            if words:
                return judged, words
    return None


#: Edges below a judgement word that lead away from the judgement to what it is about or compared
#: with: "similar to a provision of a disaster assistance bill" is no disaster.
_AWAY = frozenset({d.PREP, d.ACL, d.RELCL, d.CCOMP, d.ADVCL, d.APPOS})


def _own_words(word: Token, top: bool = True) -> list[Token]:
    """``word`` and the words that qualify it ("deeply concerning", "a clear breach", and the kind of a
    judgement noun: "an act of barbarity"), not those of its other prepositional phrases or clauses,
    nor names ("important countries like Great Britain" is not great)."""
    found = [word]
    for child in word.children:
        if child.dep_ not in _AWAY or (top and child.dep_ == d.PREP and child.lower_ == "of"):
            found += [t for t in _own_words(child, top=False) if not t.ent_type_]
    return found


def polarity(words: list[Token], settings: dict) -> str | None:
    """``negative``, ``denial`` or ``positive`` by the judgement's words (in that order), else None."""
    own = [t for w in words for t in _own_words(w)]
    lemmas = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    text = " ".join(t.lower_ for t in sorted(own, key=lambda t: t.i))
    def has(phrases):
        return any((p in lemmas) if " " not in p else (p in text) for p in phrases)
    if has(settings["negative"]):
        return "negative"
    if has(settings["denial"]):
        return "denial"
    if has(settings["positive"]):
        return "positive"
    return None


def _reported_judgements(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Akzo said the ban was discriminatory": a speaker's judgement of what its clause is about."""
    for clause in (c for c in verb.children if c.dep_ == d.CCOMP and c.lemma_.lower() in _LIKENESS_VERBS):
        words = [c for c in clause.children if c.dep_ in (d.ATTR, d.ACOMP)]
        if clause.lemma_ != "be":  # "Russia is behaving like a terrorist state": what it acts like
            words = [p for c in clause.children if c.dep_ == d.PREP and c.lower_ in ("like", "as")
                     for p in c.children if p.dep_ == d.POBJ]
        judged = next((c for c in clause.children if c.dep_ in d.SUBJECTS), None)
        if (not words or judged is None or _denied(clause, judged) or _expletive(clause, judged, words)
                or not modality_of(clause).emitted):
            continue  # "said the ban could be discriminatory" only supposes it
        tone = polarity(words, settings)
        if tone is None:
            continue
        judged = _said_of(verb, judged)
        subjects = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
        predicate, objects = _judged_objects(judged, tone, index)
        yield from judgement_pairs(predicate, verb, f"evaluation.said.v{settings['version']}", subjects, objects,
                          settings["confidence"] * 0.9, index, pattern=f"say X is {tone}")


#: Verbs a speaker says something is, or acts like: "the ban was discriminatory", "behaves like a
#: terrorist state".
_LIKENESS_VERBS = frozenset({"be", "behave", "act"})


def _said_of(verb: Token, judged: Token) -> Token:
    """ "'This is a flagrant violation,' the ministry said of the U.S. move": what "this" is, the
    "of" phrase of the verb of saying says."""
    if judged.lower_ not in ("this", "that", "it"):
        return judged
    return next((p for c in verb.children if c.dep_ == d.PREP and c.lower_ in ("of", "about")
                 for p in c.children if p.dep_ == d.POBJ), judged)


def _denied(clause: Token, judged: Token) -> bool:
    """ "had not been encouraging", "not every corrupt act is a crime": the judgement is denied."""
    return any(c.dep_ == d.NEG for c in (*clause.children, *judged.children))


def _expletive(clause: Token, judged: Token, words: list[Token]) -> bool:
    """ "it is regrettable that they ...", "it would be wrong for the US to guarantee loans": "it"
    stands for the clause that follows, not for a thing named before."""
    clauses = (d.CCOMP, d.XCOMP, d.ADVCL, d.CSUBJ)
    return judged.lower_ == "it" and any(c.dep_ in clauses for w in (clause, *words) for c in w.children)


def _reported_accusations(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Cooper said Johnson is abusing his power", "'Washington violated the accord,' Tehran said":
    a speaker who says an actor did wrong accuses it."""
    for clause in (c for c in reported_clauses(verb) if c.lemma_ != "be" and c.pos_ in d.VERBS):
        doers = [c for c in clause.children if c.dep_ == d.NSUBJ]  # a passive subject is the victim
        objects = args.actors([m for t in doers for m in args.mentions_for(t, index)])
        if not objects:  # "Greek activities in the Aegean contravened the Berne Agreement": Greece's
            objects = [m for t in doers if not args.mentions_for(t, index) for m in args.owners_for(t, index)]
        if not objects:
            continue
        manner = _wrong_manner(clause, settings)
        if _failed_duty(clause, settings) and not _foretold(clause):
            pattern = f"say X not {clause.lemma_.lower()}"  # "says the Japanese have not lived up to their pledge"
        elif manner is not None and modality_of(clause).emitted and not any(c.dep_ == d.NEG for c in clause.children):
            pattern = f"say X {clause.lemma_.lower()} with {manner}"  # "treats the rule of law with utter contempt"
        elif (clause.lemma_.lower() not in settings["wrongdoing"]
                or any(c.dep_ in (d.NEG, d.PRT) for c in clause.children) or not modality_of(clause).emitted
                or _foretold(clause) or any(_denied_doer(t) for t in doers)):
            continue  # "did not violate", "might attack"; "break out earnings by unit" is no breach
        else:
            pattern = f"say X {clause.lemma_.lower()}"
        subjects = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
        yield from judgement_pairs("accused", verb, f"evaluation.saidwrong.v{settings['version']}", subjects, objects,
                          settings["confidence"] * 0.8, index, pattern=pattern)


def _reported_failings(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Mr Howard said Labour had failed", "said the Tories had wasted billions": a speaker who says an
    actor failed or squandered criticises it (``rules.toml [evaluation] failings``)."""
    for clause in (c for c in reported_clauses(verb) if c.pos_ in d.VERBS):
        word = " ".join([clause.lemma_.lower(), *(c.lower_ for c in clause.children if c.dep_ == d.PRT)])
        if (word not in settings["failings"] or any(c.dep_ == d.NEG for c in clause.children)
                or not modality_of(clause).emitted or _foretold(clause)):
            continue
        if word == "fail" and any(c.dep_ == d.XCOMP for c in clause.children):
            continue  # "failed to agree" reports an outcome; "failed to implement the agreement" is an accusation
        doers = [c for c in clause.children if c.dep_ == d.NSUBJ]
        objects = args.actors([m for t in doers for m in args.mentions_for(t, index)])
        subjects = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
        yield from judgement_pairs("criticized", verb, f"evaluation.saidfailed.v{settings['version']}", subjects,
                                   objects, settings["confidence"] * 0.8, index, pattern=f"say X {word}")


def _wrong_manner(clause: Token, settings: dict) -> str | None:
    """The wrong a "with" phrase says an act is done with: "treats the rule of law with utter contempt"."""
    holders = [clause, *(c for c in clause.children if c.dep_ == d.DOBJ)]  # the parser may hang it on the object
    return next((p.lower_ for h in holders for c in h.children if c.dep_ == d.PREP and c.lower_ == "with"
                 for p in c.children if p.dep_ == d.POBJ and p.lemma_.lower() in settings["wrong_manners"]), None)


def _reported_thanks(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ '"Thank you, Bill de Blasio, for ...," wrote Elizabeth Warren', 'Sanders wrote, "Congratulations to
    Bill de Blasio"': the speaker who thanks or congratulates someone supports them."""
    said = [*reported_clauses(verb), *(c for c in verb.children if c.dep_ == d.DOBJ)]
    for clause in (c for c in said if c.lemma_.lower() in settings["thanking"]):
        if any(c.dep_ in d.SUBJECTS for c in clause.children):
            continue  # "he thanked Rubio" is the verb family's; here no one but the speaker thanks
        addressed = [c for c in clause.children if c.dep_ in (d.NPADVMOD, d.APPOS, d.DOBJ)]
        addressed += [p for c in clause.children if c.dep_ == d.PREP and c.lower_ == "to"
                      for p in c.children if p.dep_ == d.POBJ]
        objects = args.actors([m for t in addressed for m in args.mentions_for(t, index) if not m.is_reference])
        subjects = args.actors([m for t in verb.children if t.dep_ in d.SUBJECTS for m in args.mentions_for(t, index)])
        yield from judgement_pairs("supported", verb, f"evaluation.thanks.v{settings['version']}", subjects, objects,
                                   settings["confidence"], index, pattern=f"say {clause.lower_} to X")


def _failed_duty(clause: Token, settings: dict) -> bool:
    """A duty not done: "have not lived up to their pledge", "did not comply with the accord"."""
    if clause.lemma_.lower() == "fail":  # "Japan has failed to implement two parts of the agreement"
        return any(c.dep_ == d.XCOMP and c.lemma_.lower() in settings["duties"] for c in clause.children)
    return (clause.lemma_.lower() in settings["duties"] and any(c.dep_ == d.NEG for c in clause.children))


def _foretold(clause: Token) -> bool:
    """ "said the Soviet Union would occupy the embassy": what one says another will do is a
    forecast (or, said of oneself, a threat), not a wrong done."""
    return any(c.dep_ == d.AUX_DEP and c.lower_ in ("will", "would", "shall", "'ll") for c in clause.children)


def _denied_doer(subject: Token) -> bool:
    """ "neither the United States nor the Soviet Union would ...", "no country has ..."."""
    return any(c.dep_ in (d.PRECONJ, d.DET) and c.lower_ in ("neither", "no") for c in subject.children)


def _reported_blame(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    """ "Amnesty said Russia committed war crimes", "Kyiv said Moscow was behind the attack",
    "claimed Biden won due to fraud": a speaker who says an actor did a wrong accuses it."""
    for clause in (c for c in reported_clauses(verb) if c.pos_ in d.VERBS):
        word = _blame_word(clause, index, settings)
        if word is None or not modality_of(clause).emitted:
            continue  # "said Russia could be behind the attack" accuses no one yet
        doers = [c for c in clause.children if c.dep_ == d.NSUBJ]
        objects = args.actors([m for t in doers for m in args.mentions_for(t, index)])
        # "Beijing refused, saying Japan was to blame": the participle's speaker is its clause's subject
        speakers = [t for t in verb.children if t.dep_ in d.SUBJECTS] or (
            args.subject_tokens(verb) if verb.dep_ == d.ADVCL and verb.tag_ == "VBG" else [])
        subjects = args.actors([m for t in speakers for m in args.mentions_for(t, index)])
        yield from judgement_pairs("accused", verb, f"evaluation.saidblame.v{settings['version']}", subjects, objects,
                          settings["confidence"] * 0.8, index, pattern=f"say X {word} a wrong")


def _blame_word(clause: Token, index: MentionIndex, settings: dict) -> str | None:
    """The word by which ``clause`` puts a wrong on its subject ("committed", "behind",
    "responsible", "due"), or None; a denied clause puts none ("was not behind")."""
    adjectives = [c for c in clause.children if c.dep_ == d.ACOMP and c.lemma_.lower() in settings["blame_adjectives"]]
    if any(c.dep_ == d.NEG for w in (clause, *adjectives) for c in w.children):
        return None
    blamed = [c for c in clause.children if c.dep_ == d.XCOMP and c.lemma_.lower() == "blame"]
    if clause.lemma_.lower() == "be" and blamed and not any(c.dep_ == d.NEG for c in blamed[0].children):
        return "to blame"  # "saying Japan was to blame for the tensions", not "was not to blame"
    if clause.lemma_.lower() in settings["blame_verbs"] and any(
            _is_wrong(o, index, settings) for o in clause.children if o.dep_ == d.DOBJ):
        return clause.lemma_.lower()
    phrases = [(p, p.lower_) for p in clause.children if p.dep_ == d.PREP and p.lower_ in settings["blame_prepositions"]]
    phrases += [(p, a.lower_) for a in adjectives for p in a.children if p.dep_ == d.PREP and p.lower_ == "for"]
    for phrase, word in phrases:
        wrongs = [o for o in phrase.children if o.dep_ == d.POBJ]
        wrongs += [o for c in phrase.children if c.dep_ == d.PCOMP for o in c.children if o.dep_ == d.POBJ]  # "due to"
        if any(_is_wrong(o, index, settings) for o in wrongs):
            return word if word != "for" else adjectives[0].lower_
    return None


def _is_wrong(token: Token, index: MentionIndex, settings: dict) -> bool:
    """A noun of wrongdoing ("fraud", "war crimes") or an attack ("the attack", "the massacre")."""
    mention = index.at(token)
    return (token.lemma_.lower() in settings["wrongdoing_nouns"] or token.lower_ in settings["wrongdoing_nouns"]
            or (mention is not None and mention.event_class == "Attack"))


def _judgements(verb: Token, index: MentionIndex, settings: dict) -> Iterator[Candidate]:
    found = _judged(verb)
    if found is None:
        return
    judged, words = found
    tone = polarity(words, settings)
    rule = f"evaluation.{verb.lemma_.lower()}.v{settings['version']}"
    if tone is None:
        yield tried("criticized", verb, rule, "a judgement neither negative nor positive", pattern="call X Y")
        return
    predicate, objects = _judged_objects(judged, tone, index)
    subjects = args.actors([m for t in args.subject_tokens(verb) for m in args.mentions_for(t, index)])
    if not objects or not subjects:
        yield tried(predicate, verb, rule, "no object" if not objects else "no subject", pattern="call X Y")
        return
    yield from judgement_pairs(predicate, verb, rule, subjects, objects, settings["confidence"], index,
                      pattern=f"{verb.lemma_} X {tone}")


def _judged_objects(judged: Token, tone: str, index: MentionIndex) -> tuple[str, list]:
    """The predicate a judgement of ``tone`` states, and the objects it takes from the thing judged:
    a denial rejects only the actors whose claim it denies ("Chinese figures are inaccurate")."""
    if tone == "denial":
        return "rejected", [m for m in args.owners_for(judged, index) if args.is_actor(m)]
    predicate = "criticized" if tone == "negative" else "supported"
    return predicate, args.objects_for(judged, lexicon.trigger(predicate), index)


def judgement_pairs(predicate: str, verb: Token, rule: str, subjects: list, objects: list, confidence: float,
                    index: MentionIndex, pattern: str, reading_at: Token | None = None) -> Iterator[Candidate]:
    """One candidate for each judge and each thing judged, never an actor judging itself; the
    modality read at ``reading_at`` (the verb of being of "is not critical of"), else at ``verb``."""
    reading = modality_of(reading_at if reading_at is not None else verb, irrealis=False)
    for subject in subjects:
        for obj in objects:
            if subject != obj:
                yield Candidate(predicate, verb, rule, subject, obj, confidence, reading,
                                attribution(verb, index), False, pattern=pattern)
