"""Synchronisation status in the status bar and the conflict screen."""
