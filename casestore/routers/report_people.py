"""Routes of people in the reports' dashboard: engaged citizens and residents of a zone (role-limited, audited) (issue 15)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
