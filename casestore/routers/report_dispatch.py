"""Routes of the coordinator's dispatch of citizen reports: queue and lists, routing, forwarding, location (issue 15)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
