"""`kg explain`, `kg eval --explain` and user lexicons (`--lexicon`), through the command line."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
NEGATED = "Russian President Vladimir Putin refused to meet Tajik President Emomali Rahmon on Monday."
PLAIN = "Russian President Vladimir Putin met Tajik President Emomali Rahmon on Monday."


def test_explain_shows_a_negated_meeting_dropped_for_its_negation():
    result = runner.invoke(app, ["explain", NEGATED, "--date", "2022-05-17"])
    assert result.exit_code == 0, result.output
    dropped = [line for line in result.output.splitlines() if "--met-->" in line]
    assert dropped and all("dropped" in line and "negated" in line and "refused" in line for line in dropped)
    assert "Vladimir Putin --met--> Emomali Rahmon" in dropped[0]


def test_explain_shows_the_meeting_kept_and_dated_from_the_text():
    result = runner.invoke(app, ["explain", PLAIN, "--date", "2022-05-17", "--format", "json"])
    assert result.exit_code == 0, result.output
    sentence = json.loads(result.output)["sentences"][0]
    met = [c for c in sentence["candidates"] if c["predicate"] == "met"]
    assert met and met[0]["kept"] and met[0]["subject"]["name"] == "Vladimir Putin"
    relation = next(r for r in sentence["relations"] if r["predicate"] == "met")
    assert (relation["date"], relation["date_source"], relation["date_text"]) == ("2022-05-16", "text", "Monday")
    assert {t["word"] for t in sentence["triggers"]} >= {"met"}
    assert {m["text"] for m in sentence["mentions"]} >= {"Vladimir Putin", "Emomali Rahmon"}


def test_explain_lists_the_relations_of_a_sentence_whose_wire_capitals_were_repaired():
    # the parser reads "U.S. access"; the relation quotes the article's "U.S. Access"
    text = "Japan rejected U.S. Access to its rice market, and Prime Minister Nakasone met President Reagan."
    result = runner.invoke(app, ["explain", text, "--date", "1987-03-05", "--format", "json"])
    assert result.exit_code == 0, result.output
    sentence = json.loads(result.output)["sentences"][0]
    assert any(r["predicate"] == "met" for r in sentence["relations"]), sentence["relations"]


def test_explain_reads_a_file_and_selects_a_sentence(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2022-05-17\nPutin met Xi on Monday. Xi later visited France.", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(article), "--sentence", "2"])
    assert result.exit_code == 0, result.output
    assert "sentence 2: Xi later visited France." in result.output and "sentence 1" not in result.output


def test_explain_takes_a_text_too_long_to_be_a_file_name():
    text = " ".join([PLAIN] * 4)  # longer than any file name the system accepts
    result = runner.invoke(app, ["explain", text, "--date", "2022-05-17"])
    assert result.exit_code == 0, result.output
    assert "sentence 4:" in result.output


def test_explain_refuses_a_bad_date_and_a_missing_sentence():
    assert runner.invoke(app, ["explain", PLAIN, "--date", "17/05/2022"]).exit_code == 2
    result = runner.invoke(app, ["explain", PLAIN, "--sentence", "4"])
    assert result.exit_code == 2 and "1 sentence" in result.output


def test_a_user_lexicon_teaches_a_verb(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("France upbraided Italy over the migrant deal.", encoding="utf-8")
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[criticized]\nverbs = ["upbraid"]\n', encoding="utf-8")
    without = runner.invoke(app, ["extract", str(article), "--workers", "1"])
    with_lexicon = runner.invoke(app, ["extract", str(article), "--workers", "1", "--lexicon", str(lexicon)])
    assert without.exit_code == 0 and with_lexicon.exit_code == 0, with_lexicon.output
    found = [json.loads(line) for line in with_lexicon.stdout.splitlines() if line.startswith("{")]
    assert [(r["subject"]["label"], r["predicate"], r["object"]["label"]) for r in found] == [
        ("France", "criticized", "Italy")]
    assert "criticized" not in without.stdout


def test_the_bar_lexicon_adds_rebuke(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("France rebuked Italy over the migrant deal.", encoding="utf-8")
    lexicon = tmp_path / "rebuke.toml"
    lexicon.write_text('[criticized]\nverbs = ["rebuke"]\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--workers", "1", "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    assert '"predicate": "criticized"' in result.stdout


def test_a_bad_user_lexicon_is_one_line_and_exit_2(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("France rebuked Italy.", encoding="utf-8")
    cases = {'[criticized]\nverbz = ["rebuke"]\n': "unknown key 'verbz'",
             '[critized]\nverbs = ["rebuke"]\n': "did you mean 'criticized'",
             '[criticized]\nverbs = "rebuke"\n': "'verbs'",
             '[criticized]\nverbs = ["rebuke"\n': "not valid TOML"}
    for text, expected in cases.items():
        lexicon = tmp_path / "bad.toml"
        lexicon.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["extract", str(article), "--lexicon", str(lexicon)])
        assert result.exit_code == 2, (text, result.output)
        assert expected in result.output and str(lexicon) in result.output, result.output
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_eval_explain_tags_a_negated_miss(tmp_path):
    article = tmp_path / "a.txt"
    # (a second sentence of common words: the language check of kg.ingest wants some)
    article.write_text("date 2022-05-17\n" + NEGATED + " It was not clear why he did so, and it is not known when they"
                       " will talk again.", encoding="utf-8")
    gold = tmp_path / "a.gold.json"
    gold.write_text(json.dumps({
        "article": "a.txt", "entities": {
            "putin": {"label": "Vladimir Putin", "type": "Person", "aliases": ["Putin"]},
            "rahmon": {"label": "Emomali Rahmon", "type": "Person", "aliases": ["Rahmon"]},
            "rus": {"label": "Russia", "type": "Country", "aliases": []}},
        "relations": [{"s": "putin", "p": ["met"], "o": "rahmon", "symmetric": True, "evidence": NEGATED},
                      {"s": "putin", "p": ["leaderOf"], "o": "rus"}]}), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--articles", str(article), "--explain"])
    assert result.exit_code == 0, result.output
    assert "putin --met--> rahmon: candidate dropped (negated)" in result.output
    assert "not a gold file" in runner.invoke(app, ["eval", str(article), "--articles", str(article)]).output
