"""Exports of the report pages: a table as CSV for a Belgian Excel (UTF-8 with a byte-order mark, ``;`` between
cells, CRLF lines) with cells neutralised against CSV injection, and a widget as PNG. Qt only for the PNG."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget, QWidget

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d[\d .,\u00a0\u202f]*(%|\s?%)?$")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: one starting with = + - @ (or a tab or CR) gets a
    leading apostrophe (OWASP's advice), unless it is a plain number such as ``-3`` or ``-12,5 %``."""
    if cell.startswith(_DANGEROUS) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([neutralise(str(h)) for h in header])
    for r in rows:
        w.writerow([neutralise("" if c is None else str(c)) for c in r])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def tree_rows(tree: QTreeWidget) -> tuple[list[str], list[list[str]]]:
    """A table's header and the text of its rows (as shown)."""
    head = tree.headerItem()
    header = [head.text(c) for c in range(tree.columnCount())]
    rows = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is None or item.isFirstColumnSpanned():
            continue
        rows.append([item.text(c) for c in range(tree.columnCount())])
    return header, rows


def png_target(path: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == ".png" else target.with_name(target.name + ".png")


def grab_png(widget: QWidget, path: Path) -> None:
    """The widget as it is drawn, to ``path`` (GUI thread: grab() paints)."""
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
