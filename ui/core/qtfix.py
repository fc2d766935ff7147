"""Make ``None``, ``True`` and ``False`` immortal on Python < 3.12, as they are on 3.12+.

PySide6 6.12 (stable-ABI wheels built for immortal singletons) returns ``None``/``True``/``False``
without a new reference: every void Qt call (``setText``, ``emit`` …) steals a reference, and after
some thousands of calls Python 3.11 aborts ("Fatal Python error: none_dealloc" / "bool_dealloc").
Giving these singletons a practically infinite reference count makes the stolen references harmless.
Probed at import; nothing is changed on Python 3.12+ or when the probe sees no stolen reference."""

from __future__ import annotations

import ctypes
import sys

_applied = False
_HUGE = 1 << 40


def _steals() -> bool:
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        obj.setObjectName("probe")
    return before - sys.getrefcount(None) >= 20


def apply() -> bool:
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return _applied
    if not _steals():
        return False
    for singleton in (None, True, False, Ellipsis, NotImplemented, (), ""):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HUGE
    _applied = True
    return True


apply()
