"""Test archives for evidence-audit: file writers, planted facts, and the one oracle.

``testkit`` is not part of the installed package. The tests import it through pytest's
``pythonpath`` setting (pyproject.toml); ``tools/`` and ``bench/`` scripts put the
repository root on ``sys.path`` first. Three generators write archives with it:
``tools/make_sample_archive.py`` (the bundled sample), ``bench/holdout.py`` and
``bench/holdout2.py`` (the accuracy bench). Each keeps its own plan and contents; what
they share lives here:

- :mod:`testkit.docx`, :mod:`testkit.sheets`, :mod:`testkit.pdf`, :mod:`testkit.images`,
  :mod:`testkit.ofd`, :mod:`testkit.packages`, :mod:`testkit.noise`: the file writers,
  deterministic (pinned zip times and document properties);
- :mod:`testkit.identity`: citizen IDs and credit codes, with the library's own check
  characters;
- :mod:`testkit.facts`: what was planted in each file (:class:`~testkit.facts.Planted`)
  and the generated archive (:class:`~testkit.facts.Archive`);
- :mod:`testkit.oracle`: the item statuses and cross-unit checks that follow from the
  planted facts under a ruleset;
- :mod:`testkit.score`: how an audit compares with an archive's truth.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

#: The repository root (testkit/ sits at its top).
ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    """Import a script of the repository (``tools/…``, ``bench/…``) as a module, so
    tests can call a generator's functions."""
    path = ROOT / relative
    name = "testkit_script_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
