"""Names for the labels of spaCy's English parser and tagger, as the rules use them.

The English pipelines use ClearNLP dependency labels and Penn Treebank tags; a rule
that reads ``child.dep_ in SUBJECTS`` says what it means, and a misspelt constant fails
at import instead of silently matching nothing.
"""
from __future__ import annotations

# -- dependency labels ------------------------------------------------------------------
ACL = "acl"
ACOMP = "acomp"
ADVCL = "advcl"
ADVMOD = "advmod"
AGENT = "agent"
AMOD = "amod"
APPOS = "appos"
ATTR = "attr"
AUX_DEP = "aux"
AUXPASS = "auxpass"
CC = "cc"
CCOMP = "ccomp"
COMPOUND = "compound"
CONJ = "conj"
CSUBJ = "csubj"
DATIVE = "dative"
DET = "det"
DOBJ = "dobj"
MARK = "mark"
NEG = "neg"
NMOD = "nmod"
NPADVMOD = "npadvmod"
NSUBJ = "nsubj"
NSUBJPASS = "nsubjpass"
NUMMOD = "nummod"
OPRD = "oprd"
PARATAXIS = "parataxis"
PCOMP = "pcomp"
POBJ = "pobj"
POSS = "poss"
PRECONJ = "preconj"
PREDET = "predet"
PREP = "prep"
PRT = "prt"
PUNCT = "punct"
RELCL = "relcl"
ROOT = "ROOT"
TMOD = "tmod"
XCOMP = "xcomp"

#: Nominal subjects, active and passive.
SUBJECTS = frozenset({NSUBJ, NSUBJPASS})
#: Subjects of any kind, clausal included.
ANY_SUBJECTS = frozenset({NSUBJ, NSUBJPASS, CSUBJ})
#: Words before a noun that qualify it: "Russian", "the US", "Iran's", "trade".
MODIFIERS = frozenset({AMOD, COMPOUND, POSS, NMOD})
#: Modifiers that form a compact noun phrase with their head: "the CSTO video conference".
PHRASE_MODIFIERS = frozenset({COMPOUND, AMOD, NMOD})
#: Edges from a verb to a prepositional phrase or particle that can introduce its target.
PREPOSITIONAL = frozenset({PREP, AGENT, DATIVE, PRT})
#: Edges to a noun's prepositional phrase: the parser labels "by" after a noun now ``prep``, now
#: ``agent`` ("objections by Canada to the fee").
NOUN_PHRASES = frozenset({PREP, AGENT})
#: Direct objects and indirect objects.
OBJECTS = frozenset({DOBJ, DATIVE})
#: Clausal complements of a verb.
COMPLEMENT_CLAUSES = frozenset({XCOMP, CCOMP})
#: Modifier clauses of a noun or a verb.
MODIFIER_CLAUSES = frozenset({RELCL, ACL, ADVCL})

# -- coarse parts of speech -------------------------------------------------------------
ADJ = "ADJ"
AUX = "AUX"
DET_POS = "DET"
NOUN = "NOUN"
NUM = "NUM"
PRON = "PRON"
PROPN = "PROPN"
VERB = "VERB"

NOUNS = frozenset({NOUN, PROPN})
VERBS = frozenset({VERB, AUX})

# -- fine-grained tags ------------------------------------------------------------------
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
PAST_PARTICIPLE = "VBN"
GERUND = "VBG"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
POSSESSIVE_TAG = "POS"

# -- entity labels ----------------------------------------------------------------------
#: NER labels that name something a mention can be made of.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
#: NER labels of times and quantities, never an actor.
VALUE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
TIME_LABELS = frozenset({"DATE", "TIME"})
