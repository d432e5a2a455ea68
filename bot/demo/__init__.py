"""What `meetbot demo` processes: invented messages shaped like the seeds' real ones.

They ship with the package (package data), so the demo runs from an installed meetbot,
not only from a clone. The test suite reads the same files (tests/corpus_paths.py).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def corpus_messages() -> list[Traversable]:
    """The demo's .eml files, in name order."""
    folder = files(__name__).joinpath("corpus")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".eml")), key=lambda f: f.name)
