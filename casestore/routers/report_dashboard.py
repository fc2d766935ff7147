"""Routes of the city's dashboard of citizen reports: figures, hotspots, heat map, channel mix (issue 15)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
