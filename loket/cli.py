"""``desk-app``: with no sub-command it opens the GUI; with one it runs headless.

The desk's own commands live in ``desk_app.cli``; the other packages add theirs through
``register(subparsers)`` (``eid.cli``, ``sync.cli``, ``casestore.cli``, ``desk_app.outbox_cli``; a package
that is not installed, e.g. the case store on a desk-only laptop, is left out). Exit codes: see
``desk_app.cli``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from desk_app import cli as desk_cli

PLUGINS = ("eid.cli", "sync.cli", "casestore.cli", "desk_app.outbox_cli")


def build_parser() -> argparse.ArgumentParser:
    common = desk_cli.common_options()
    parser = argparse.ArgumentParser(prog="desk-app", description="Loket desk for city-service staff",
                                     parents=[common])
    parser.set_defaults(data_dir=None, json=False, demo=False)
    parser.add_argument("--display", action="store_true",
                        help="after sign-in, open the city shop's call display (full screen, on the second screen)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    desk_cli.register(sub, common)
    for module in PLUGINS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue
            raise
        mod.register(sub)
    return parser


def prepare_gui_start() -> None:
    """The first steps of the desk's start (also taken by ``bench/bench_ui.py``).

    Start-up makes ~70,000 container objects that live as long as the app (and a few hundred that are
    garbage); the cyclic garbage collector would run ~200 times over the growing heap (its cost:
    docs/STATUS.md, Benchmark history). It is switched on again once the main window is built
    (``ui.main.build_main_window``, which also freezes what start-up made). The domain and the store are
    imported before PySide6, whose import hook inspects every module imported after it (SQLAlchemy has
    hundreds); importing ``ui`` imports PySide6.
    """
    import gc

    gc.disable()
    importlib.import_module("desk_app.app")


def _desk_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of the desk itself (no sub-command), read without building the parsers of every
    sub-command (which imports their modules, a noticeable part of the desk's start). ``None``: not the desk."""
    desk = argparse.ArgumentParser(prog="desk-app", add_help=False, exit_on_error=False)
    desk.add_argument("--data-dir")
    desk.add_argument("--json", action="store_true")
    desk.add_argument("--demo", action="store_true")
    desk.add_argument("--display", action="store_true")  # the city shop's call display after sign-in
    try:
        args, rest = desk.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # let the full parser explain
    if rest:
        return None
    args.command = None
    return args


def _given_global_options(argv: Sequence[str] | None) -> dict[str, Any]:
    """The global options (--data-dir, --json, --demo) given anywhere on the command line."""
    given = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    given.add_argument("--data-dir", default=argparse.SUPPRESS)
    given.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    given.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    try:
        found, _ = given.parse_known_args(sys.argv[1:] if argv is None else list(argv))
    except argparse.ArgumentError:
        return {}
    return vars(found)


def run_desk(args: argparse.Namespace) -> int:
    """The GUI: the core first, then Qt; demo mode's environment comes from the launcher."""
    prepare_gui_start()
    from ui.main import run_gui

    start_demo = None
    if getattr(args, "demo", False):
        from loket.demo import DemoEnvironment

        start_demo = DemoEnvironment
    return run_gui(args, start_demo=start_demo)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    desk = _desk_arguments(argv)
    if desk is not None:
        return run_desk(desk)
    parser = build_parser()
    args = parser.parse_args(argv)
    # a plugin's sub-command may define a global option again (``eid read --json``): its default must
    # not undo what was given before the sub-command
    for name, value in _given_global_options(argv).items():
        setattr(args, name, value)
    if getattr(args, "func", None) is None:
        parser.error("missing sub-command")
    return desk_cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
