"""The lexicons are data checked against schemas and the ontology; user lexicons add to them."""
from __future__ import annotations

import pytest

from kg import lexicon
from kg.ontology import state_predicates, symmetric_predicates


@pytest.fixture
def shipped_only():
    lexicon.use_lexicons(())
    yield
    lexicon.use_lexicons(())


@pytest.mark.parametrize("name", ["triggers.toml", "titles.toml", "events.toml", "modality.toml", "rules.toml",
                                  "countries.toml", "organizations.toml", "people.toml"])
def test_every_shipped_file_fits_its_schema(name):
    assert lexicon._read(name)


def _repeated_words(data, where=()) -> list[str]:
    if isinstance(data, dict):
        return [r for key, value in data.items() for r in _repeated_words(value, (*where, str(key)))]
    if isinstance(data, list) and all(isinstance(x, str) for x in data):
        return [f"{'.'.join(where)}: {x!r}" for i, x in enumerate(data) if x in data[:i]]
    if isinstance(data, list):
        return [r for i, value in enumerate(data) for r in _repeated_words(value, (*where, str(i)))]
    return []


@pytest.mark.parametrize("name", ["triggers.toml", "titles.toml", "events.toml", "modality.toml", "rules.toml"])
def test_no_shipped_word_list_repeats_a_word(name):
    # a repeat is harmless to matching but hides which table a word was meant for
    assert _repeated_words(lexicon._read(name)) == []


def test_symmetry_comes_from_the_ontology(shipped_only):
    assert {t.predicate for t in lexicon.triggers() if t.symmetric} == symmetric_predicates()
    assert "spokeWith" in symmetric_predicates()
    assert state_predicates() == {"leaderOf", "officialOf", "memberOf", "tradePartnerOf"}


def test_rule_versions_come_from_the_data(shipped_only):
    assert lexicon.rule_name("roles", "title") == "role.title.v1"
    assert next(t for t in lexicon.triggers() if t.predicate == "met").rule == "meet.v1"


@pytest.mark.parametrize("text, message", [
    ('[met]\nverbz = ["see"]\n', "[met] unknown key 'verbz'"),
    ('[mett]\nverbs = ["see"]\n', "[mett] is not a predicate of the ontology (did you mean 'met'?)"),
    ('[met]\nobjects = ["actors"]\n', "[met] 'objects' item 1: 'actors' is not one of"),
    ('[met]\nconfidence = 2\n', "[met] 'confidence': 2 is greater than the maximum of 1"),
    ('[met]\nverbs = ["see"\n', "not valid TOML"),
    ('[held]\nverb_classes = { summon = ["Meetingz"] }\n',
     "[held] verb_classes.summon: 'Meetingz' is not a class of the ontology"),
    ('[tradePartnerOf]\nparties = ["Contry"]\n', "[tradePartnerOf] parties: 'Contry' is not a class of the ontology"),
    ('[met]\nnever_parties = ["Media"]\n', "[met] never_parties: 'Media' is not a class of the ontology"),
])
def test_a_bad_user_lexicon_names_the_file_table_and_key(tmp_path, shipped_only, text, message):
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(lexicon.LexiconError) as error:
        lexicon.use_lexicons([path])
    assert str(error.value).startswith(f"{path}: ") and message in str(error.value)
    assert lexicon.user_lexicons() == ()  # nothing changed


def test_a_user_lexicon_adds_patterns_and_can_be_taken_back(tmp_path, shipped_only):
    path = tmp_path / "mine.toml"
    path.write_text('[criticized]\nverbs = ["upbraid"]\nnouns = ["rebuke from"]\n', encoding="utf-8")
    before = next(t for t in lexicon.triggers() if t.predicate == "criticized")
    lexicon.use_lexicons([path])
    after = next(t for t in lexicon.triggers() if t.predicate == "criticized")
    assert {p.text for p in after.verbs} == {p.text for p in before.verbs} | {"upbraid"}
    assert "rebuke from" in {p.text for p in after.nouns} and after.objects == before.objects
    lexicon.use_lexicons(())
    assert next(t for t in lexicon.triggers() if t.predicate == "criticized") == before


def test_the_event_classes_are_the_ontology_s(shipped_only):
    from kg.ontology import classes

    assert {cls for _, cls in lexicon.event_nouns().values()} <= classes()
