"""Tell English articles from the rest, with Google's Compact Language Detector 2 (pycld2).

Why CLD2: of lingua, langid, py3langid and pycld2, it alone kept every English text of
the one-sentence event reports and of the first 2,000 bench articles (names, headlines,
datelines, earnings tables) while naming every foreign test text right, and it is the
fastest and smallest (``bench/RESULTS-language.md``). Its model is compiled into the
wheel: nothing is downloaded. ``bestEffort`` makes it guess on one-sentence texts too,
where it would otherwise answer "unknown".

>>> detect_language("Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow.").code
'en'
>>> detect_language("Der Bundeskanzler traf am Montag in Paris den französischen Präsidenten.").code
'de'
>>> detect_language("Vladimir Putin met Recep Tayyip Erdogan on December 28.").code
'en'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: The start of a text is enough to tell its language, and bounds the time on long ones.
SAMPLE_CHARS = 100_000
UNKNOWN = "un"


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language: ISO 639-1 code (``un`` when unknown) and the share of the text in it (0–1)."""

    code: str
    confidence: float

    def __str__(self) -> str:
        return f"{self.code}, {self.confidence:.2f}"


def detect_language(text: str) -> Language:
    """The main language of ``text``; ``un`` when CLD2 cannot tell (digits only, say)."""
    import pycld2

    sample = _sample(text)
    if sample is None:
        return Language(UNKNOWN, 0.0)
    try:
        _, _, details = pycld2.detect(sample, bestEffort=True)
    except pycld2.error:  # invalid UTF-8 cannot reach here (ingest cleans it); anything else: no guess
        return Language(UNKNOWN, 0.0)
    name, code, percent, _ = details[0]
    # CLD2 names Chinese "zh" or "zh-Hant"; the base code is what a user reads.
    return Language(code.split("-")[0] if code != UNKNOWN else UNKNOWN, percent / 100)


#: Texts shorter than this are read without their capitalised words (see :func:`_sample`).
SHORT_TEXT_CHARS = 1_000
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")


def _sample(text: str) -> str | None:
    """What CLD2 reads: the start of the text; of a short one, its words without the capitalised
    ones, which are mostly names and say little of the language ("Vladimir Putin met Recep Tayyip
    Erdogan on December 28" reads as Turkish by its names). None when a short text has fewer than
    two other words ("Jair Bolsonaro met Alberto Fernandez"): there is nothing to tell its language by."""
    text = text[:SAMPLE_CHARS]
    if len(text) >= SHORT_TEXT_CHARS:
        return text
    rest = " ".join(_CAPITALISED.sub(" ", text).split())
    if len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2:
        return rest
    return None if re.search(r"[^\W\d_]{2,}", text) and _CAPITALISED.search(text) else text


def is_english(language: Language) -> bool:
    """English, or a text whose language cannot be told: an article is never refused on a guess it has not made.

    Mixed text counts by its main language, so English news quoting a foreign passage is English.

    >>> is_english(Language("en", 0.68)), is_english(Language("un", 0.0)), is_english(Language("de", 0.97))
    (True, True, False)
    """
    return language.code in ("en", UNKNOWN)
