"""Routes of messages to the reporters of citizen reports: what was sent, letters to print, calls to make (issue 15)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
