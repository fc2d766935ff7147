"""Two PySide6 6.12 quirks, handled when ``ui`` is imported.

1. Make ``None``, ``True`` and ``False`` immortal on Python < 3.12, as they are on 3.12+.

PySide6 6.12 (stable-ABI wheels built for immortal singletons) returns ``None``/``True``/``False``
without a new reference: every void Qt call (``setText``, ``emit`` …) steals a reference, and after
some thousands of calls Python 3.11 aborts ("Fatal Python error: none_dealloc" / "bool_dealloc").
Giving these singletons a practically infinite reference count makes the stolen references harmless.
Probed at import; nothing is changed on Python 3.12+ or when the probe sees no stolen reference.
This is not about threads: card events reach Qt only through ``ui.core.bridge`` now, yet the patch stays,
because void calls on the GUI thread steal as well (PySide6 6.12.0, the newest release, on Python 3.11.7:
1,000 ``setObjectName`` calls leave ``None`` with 1,000 references fewer; 1,000 ``emit`` calls of a signal
abort with "bool_dealloc" without the patch). Drop it with Python 3.12+ or a PySide6 that returns new references.

2. PySide6's import hook (for ``from __feature__ import snake_case``) asks of every module imported after
PySide6 whether its source mentions "PySide6", through ``inspect.getsource`` (line cache, encoding detection,
a copy of every source file kept in memory), a part of the desk's cold start (docs/STATUS.md, Benchmark
history). The same question is answered by reading the file's bytes once.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

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


def _uses_pyside_check(original: Any) -> Any:
    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def cheaper_feature_check() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or hasattr(original, "original"):
        return False
    feature._mod_uses_pyside = _uses_pyside_check(original)  # type: ignore[union-attr]
    return True


apply()
cheaper_feature_check()
