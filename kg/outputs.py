"""Write output files whole or not at all: to a temporary file beside the target, then renamed over it.

A full disk or a killed process then leaves the previous ``graph.trig`` (or none), never
a truncated one: a rename within a folder is atomic.

>>> import tempfile
>>> target = Path(tempfile.mkdtemp()) / "report.md"
>>> with replacing(target) as partial:
...     _ = partial.write_text("# report")
>>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
('# report', ['report.md'])
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path to write ``path``'s new content to; it replaces ``path`` once the block ends without error."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
