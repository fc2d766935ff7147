"""Moved to ``ui.conflicts.page``; see ``ui/sync/__init__.py``."""

from ui.conflicts.page import ConflictsPage

__all__ = ["ConflictsPage"]
