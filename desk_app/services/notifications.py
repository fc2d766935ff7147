"""Notifications to citizens when a case reaches a status marked ``notify`` (filled in below)."""

from __future__ import annotations

from typing import Any


def install(loket: Any) -> None:
    """Hook the notification listener into the case service of an opened Loket."""
    return None
