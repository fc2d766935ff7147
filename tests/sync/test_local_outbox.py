"""The laptop's outbox look-ups stay cheap when many operations wait (days offline)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from desk_app.services import persons as persons_svc
from sync import local


def test_pending_fields_of_a_few_records_are_found_by_their_ids(empty_loket: Any) -> None:
    app = empty_loket
    with app.store.write() as s:
        people = [
            persons_svc.create(s, "clerk1", None, surname="Peeters", given_names=f"Burger {i}")[0]
            for i in range(300)
        ]
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        if "FROM outbox_operation" in statement:
            seen.append((statement, parameters))

    engine = app.store.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with app.store.read() as s:
            held = local.pending_fields_map(s, [("person", people[7].id), ("person", people[8].id)])
            one = local.pending_fields(s, "person", people[9].id)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    # What it answers: a pending create holds every field of its record.
    assert held == {("person", people[7].id): local.ALL_FIELDS, ("person", people[8].id): local.ALL_FIELDS}
    assert one == local.ALL_FIELDS
    # How: through the index on the records' ids, not by walking the 300 pending operations.
    assert len(seen) == 2
    with app.store.read() as s:
        for statement, parameters in seen:
            rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, tuple(parameters))
            plan = " ".join(str(row[3]) for row in rows)
            assert "ix_outbox_operation_entity_id" in plan, plan

