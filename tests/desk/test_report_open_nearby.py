"""ReportIntakes.open_nearby: the cached open reports of every category around a point (the intake's map)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk_app.services.reports import ReportIntakes
from desk_app.store.models import ReportPoint


def test_open_reports_around_a_point_nearest_first(empty_loket: Any) -> None:
    now = dt.datetime.now(dt.UTC)
    with empty_loket.store.write() as s:
        s.add(ReportPoint(id="A", category="sluikstort", lat=51.0283, lon=3.8721, created_at=now, open=True))
        s.add(ReportPoint(id="B", category="wegdek", lat=51.0290, lon=3.8721, created_at=now, open=True))  # ~78 m
        s.add(ReportPoint(id="C", category="wegdek", lat=51.0284, lon=3.8721, created_at=now, open=False))  # closed
        s.add(ReportPoint(id="D", category="graffiti", lat=51.0400, lon=3.8721, created_at=now, open=True))  # 1.3 km
        s.add(ReportPoint(id="E", category="graffiti", lat=51.0283, lon=3.8722,
                          created_at=now - dt.timedelta(weeks=13), open=True))  # too old
    intakes = ReportIntakes(empty_loket)
    found = intakes.open_nearby(51.0283, 3.8721, radius_m=300)
    assert [r.id for r in found] == ["A", "B"]
    assert found[0].distance_m == 0 and 70 < found[1].distance_m < 85
    assert (found[1].lat, found[1].lon, found[1].category) == (51.0290, 3.8721, "wegdek")
    assert [r.id for r in intakes.open_nearby(51.0283, 3.8721, radius_m=300, limit=1)] == ["A"]
    assert intakes.open_nearby(float("nan"), 3.87) == [] and intakes.open_nearby(91.0, 3.87) == []
    assert [r.id for r in intakes.open_nearby(51.0283, 3.8721, radius_m=1e9)] == ["A", "B", "D"]  # capped at 5 km
