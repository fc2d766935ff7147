"""The import contract (issue 14 §2): which package may import which, checked on every module's source.

    loket (the launcher)      may import everything; nothing imports it
    ui                        PySide6, desk_app, sync, eid, wire (never the case store: a desk-only install)
    desk_app, sync, eid       never ui, PySide6, the case store or the launcher
    casestore                 none of the desk packages (desk_app, ui, sync, eid) nor the launcher
    wire                      the standard library only

Every import counts: at module level, inside functions, under ``TYPE_CHECKING``, relative ones, and
``importlib.import_module("…")`` with a literal name. The walk reads the source (nothing is imported), so
a desk-only install or a missing display does not matter.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loket", "ui", "desk_app", "sync", "eid", "casestore", "wire")
QT = {"PySide6", "shiboken6"}

# package -> top-level names it must never import
FORBIDDEN: dict[str, set[str]] = {
    "desk_app": {"ui", "casestore", "loket"} | QT,
    "sync": {"ui", "casestore", "loket"} | QT,
    "eid": {"ui", "casestore", "loket"} | QT,
    "casestore": {"desk_app", "ui", "sync", "eid", "loket"} | QT,
    "ui": {"casestore", "loket"},
}


def imported_names(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute dotted name) of every import in ``source`` of ``module``."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = parts[: len(parts) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield node.lineno, name
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.lineno, node.args[0].value


def modules() -> Iterator[tuple[str, str, Path]]:
    """(package, dotted module name, file) of every module of the project's packages."""
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield pkg, ".".join(parts), path


def violations(pkg: str, module: str, path: Path, source: str) -> list[str]:
    found = []
    for line, name in imported_names(source, module, path.name == "__init__.py"):
        top = name.partition(".")[0]
        if not top:
            continue
        if pkg == "wire":
            if top != "wire" and top != "__future__" and top not in sys.stdlib_module_names:
                found.append(f"{path.relative_to(ROOT)}:{line}: wire imports {name} (standard library only)")
        elif top in FORBIDDEN.get(pkg, set()):
            found.append(f"{path.relative_to(ROOT)}:{line}: {pkg} imports {name}")
    return found


def test_every_package_keeps_to_its_layer() -> None:
    problems: list[str] = []
    count = 0
    for pkg, module, path in modules():
        count += 1
        problems += violations(pkg, module, path, path.read_text(encoding="utf-8"))
    assert count > 100  # the walk really saw the project's modules
    assert problems == []


@pytest.mark.parametrize(("pkg", "source", "bad"), [
    ("desk_app", "def f():\n    from PySide6.QtCore import QObject\n", "PySide6.QtCore"),
    ("sync", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import ui.main\n", "ui.main"),
    ("eid", "import importlib\nimportlib.import_module('ui.card.service')\n", "ui.card.service"),
    ("casestore", "from desk_app.app import Loket\n", "desk_app.app"),
    ("casestore", "from sync import local\n", "sync"),
    ("wire", "import yaml\n", "yaml"),
    ("ui", "from loket.demo import DemoEnvironment\n", "loket.demo"),
    ("ui", "def f():\n    from casestore.embedded import DEMO_ACCOUNTS\n", "casestore.embedded"),
    ("desk_app", "from ...loket import cli\n", "loket"),  # relative, out of desk_app/sub/mod.py
])
def test_the_walk_catches_a_forbidden_import(pkg: str, source: str, bad: str) -> None:
    module = f"{pkg}.sub.mod" if source.startswith("from ...") else f"{pkg}.mod"
    path = ROOT / pkg / "mod.py"
    found = violations(pkg, module, path, source)
    assert len(found) == 1 and bad in found[0]


def test_the_walk_lets_allowed_imports_pass() -> None:
    assert violations("wire", "wire.mod", ROOT / "wire" / "mod.py",
                      "from __future__ import annotations\nimport dataclasses\nfrom wire import roles\n") == []
    assert violations("ui", "ui.mod", ROOT / "ui" / "mod.py",
                      "from PySide6.QtWidgets import QWidget\nfrom desk_app.app import Loket\n") == []
    assert violations("loket", "loket.mod", ROOT / "loket" / "mod.py",
                      "import ui.main\nimport casestore.embedded\n") == []


def test_no_module_is_named_like_a_package_of_the_project() -> None:
    """One name per thing (issue 14 §5): inside ``ui`` the name ``sync`` was both the sync client and the
    desk's sync screens (``ui.sync``, now ``ui.conflicts``). No module below a package takes the name of a
    top-level package that package may import (``casestore.routers.sync`` may stay: the case store never
    imports ``sync``)."""
    def may_import(pkg: str, name: str) -> bool:
        return pkg != "wire" and name not in FORBIDDEN.get(pkg, set())

    clashes = [module for pkg, module, _path in modules()
               if any(part in PACKAGES and may_import(pkg, part) for part in module.split(".")[1:])]
    assert clashes == []
    assert may_import("ui", "sync") and not may_import("casestore", "sync")
