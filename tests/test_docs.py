"""The README documents every command and every option, and every command has a help text (sqlite-utils' habit)."""
from __future__ import annotations

import pytest
import typer.main

from kg.cli import app

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_in_the_readme_and_has_help(name):
    command = COMMANDS[name]
    assert f"`kg {name}" in README, f"kg {name} is not in the README's commands"
    assert command.help and "Example:" in command.help
    options = [opt for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"]
    assert [opt for opt in options if opt not in README] == []
    assert all(param.help for param in command.params if param.param_type_name == "option" and param.name != "help")
