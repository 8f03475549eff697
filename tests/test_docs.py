"""Every command is documented: in the README, with its options, and in its --help (as sqlite-utils does)."""
from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT
from kg.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands


def options(name: str) -> list[list[str]]:
    """The long names of each option of a command (``--validate`` and ``--no-validate`` are one)."""
    found = []
    for param in COMMANDS[name].params:
        names = [o for o in param.opts + param.secondary_opts if o.startswith("--") and o != "--help"]
        if param.param_type_name == "option" and names:
            found.append(names)
    return found


def test_there_are_commands():
    assert {"build", "extract", "events", "query", "stats", "view", "export", "validate", "serve", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_readme_section(name):
    assert re.search(rf"^###.*`kg {name}\b", README, re.M), f"README has no section for kg {name}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_is_in_the_readme(name):
    documented = lambda names: any(re.search(rf"`[^`]*{re.escape(o)}\b", README) for o in names)  # noqa: E731
    missing = [names[0] for names in options(name) if not documented(names)]
    assert missing == [], f"kg {name}: options not in the README: {missing}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(app, [name, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "Example:" in result.output and f"kg {name}" in result.output
    undocumented = [p.name for p in COMMANDS[name].params if p.param_type_name == "option" and not p.help]
    assert undocumented == []
