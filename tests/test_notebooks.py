"""Every notebook in notebooks/ runs top to bottom, and is stored with its outputs (GitHub shows them).

The kernel is this interpreter, whatever kernel specs the machine has: the notebook's own
kernel name is pointed at ``sys.executable`` in a private kernel-spec folder, so a fresh
``make test`` environment needs nothing registered.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# What a fresh environment may print once, harmlessly, on stderr.
FIRST_RUN_NOTES = ("Matplotlib is building the font cache", "Matplotlib created a temporary cache directory")

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed: pip install -e '.[dev]'")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed: pip install -e '.[dev]'")
pytest.importorskip("ipykernel", reason="ipykernel is not installed: pip install -e '.[dev]'")


def kernel_name(notebook) -> str:
    return notebook.metadata.get("kernelspec", {}).get("name", "python3")


@pytest.fixture(scope="module")
def kernel_specs(tmp_path_factory):
    """A KernelSpecManager whose kernels, under any notebook's kernel name, run this interpreter."""
    from jupyter_client.kernelspec import KernelSpecManager

    folder = tmp_path_factory.mktemp("kernels")
    for name in {kernel_name(nbformat.read(path, as_version=4)) for path in NOTEBOOKS}:
        (folder / name).mkdir()
        (folder / name / "kernel.json").write_text(json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": f"dipkg tests ({name})", "language": "python"}), encoding="utf-8")
    return KernelSpecManager(kernel_dirs=[str(folder)])


def test_there_is_a_notebook():
    assert [p.name for p in NOTEBOOKS if p.name == "explore.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, kernel_specs):
    from jupyter_client.manager import KernelManager

    notebook = nbformat.read(path, as_version=4)
    manager = KernelManager(kernel_name=kernel_name(notebook), kernel_spec_manager=kernel_specs)
    client = nbclient.NotebookClient(notebook, km=manager, timeout=600,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    stderr = [line for o in outputs if o.output_type == "stream" and o.name == "stderr"
              for line in o.text.splitlines() if line.strip() and not line.startswith(FIRST_RUN_NOTES)]
    assert stderr == [], "warnings in the output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_with_its_outputs(path: Path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), "run it top to bottom, then save"
    outputs = [o for cell in code for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = {kind for o in outputs for kind in o.get("data", {})}
    assert {"text/html", "image/png"} <= kinds, "tables and plots are stored"


def test_the_notebook_reads_a_build_of_yours_and_leaves_it_as_it_was(seed_build, kernel_specs, monkeypatch, tmp_path):
    import shutil

    from jupyter_client.manager import KernelManager

    mine = tmp_path / "my-build"
    shutil.copytree(seed_build[0], mine)
    (mine / "notes.txt").write_text("my own notes", encoding="utf-8")
    before = {p.relative_to(mine): (p.stat().st_mtime_ns, p.stat().st_size) for p in mine.rglob("*") if p.is_file()}
    monkeypatch.setenv("DIPKG_BUILD", str(mine))  # the parameter cell reads it; the kernel inherits it
    path = ROOT / "notebooks" / "explore.ipynb"
    notebook = nbformat.read(path, as_version=4)
    manager = KernelManager(kernel_name=kernel_name(notebook), kernel_spec_manager=kernel_specs)
    nbclient.NotebookClient(notebook, km=manager, timeout=600,
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    printed = "".join(o.get("text", "") for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs)
    assert f"reading the build in {mine}" in printed
    after = {p.relative_to(mine): (p.stat().st_mtime_ns, p.stat().st_size) for p in mine.rglob("*") if p.is_file()}
    assert after == before
