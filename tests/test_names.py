"""Name matching (kg/names.py): a table of names typed and what they mean."""
from __future__ import annotations

import pytest

from kg.names import AmbiguousName, UnknownName, match_name, nearest

LABELS = {"id:rr": "Ronald Reagan", "id:nr": "Nancy Reagan", "id:ra": "Reagan Administration",
          "id:mg": "Mikhail Gorbachev", "id:us": "United States", "id:usc": "United States Congress",
          "id:jb": "Joe Biden"}


@pytest.mark.parametrize("name, key", [
    ("id:mg", "id:mg"),                      # an IRI
    ("mikhail gorbachev", "id:mg"),          # the label, case aside
    ("United States", "id:us"),              # exact beats the longer label that contains it
    ("Gorbachev", "id:mg"),                  # a surname
    ("Biden", "id:jb"),
    ("Ronald", "id:rr"),                     # a first name, when only one has it
    ("Congress", "id:usc"),                  # a word of a longer label
    ("Gorbach", "id:mg"),                    # part of a word, when only one has it
])
def test_a_name_means_one_entity(name, key):
    assert match_name(name, LABELS) == key


@pytest.mark.parametrize("name, error, message", [
    ("Reagan", AmbiguousName, "'Reagan' matches 2 names: Nancy Reagan, Ronald Reagan (give one in full)"),
    ("Gorbachov", UnknownName, "no entity is called 'Gorbachov'; did you mean Mikhail Gorbachev?"),
    ("Atlantis", UnknownName, "no entity is called 'Atlantis'"),
])
def test_an_unclear_name_lists_candidates_or_the_nearest(name, error, message):
    with pytest.raises(error) as caught:
        match_name(name, LABELS)
    assert str(caught.value) == message


def test_the_nearest_names_match_a_whole_label_or_one_word():
    assert nearest("Regan", LABELS.values()) == ["Nancy Reagan", "Reagan Administration", "Ronald Reagan"]
    assert nearest("Unitd States", LABELS.values()) == ["United States"]
