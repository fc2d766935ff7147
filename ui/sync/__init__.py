"""Moved to ``ui.conflicts`` (issue 14 §5). Only ``ui/main_window.py``'s type-checking import still names
``ui.sync.conflicts``; delete this package when it imports ``ui.conflicts.page``."""
