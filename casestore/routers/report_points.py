"""Routes of open citizen reports as points, for the laptops' offline duplicate check (issue 15)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
