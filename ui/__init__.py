"""ui: the desk GUI (the only package that imports PySide6)."""

from ui.core import qtfix as _qtfix  # noqa: F401  (PySide6 6.12 on Python 3.11: see the module)
