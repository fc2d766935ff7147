"""Refused operations (issue 12): listed with the record they concern and the case store's reason,
re-submitted after correcting, or discarded (record back to the case store's version, audit entry); the
same through ``desk-app outbox`` and ``desk-app sync``. The refusals come from the real case store."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casestore.embedded import DEMO_PASSWORD, RunningServer
from desk_app.services import outbox, refusals
from desk_app.store.models import AuditEntry, Case, OutboxOperation, Person, StatusChange
from loket.cli import main
from sync.login import login
from tests.casestore.fixtures import Laptop, open_laptop, sqlite_server  # noqa: F401


def _relogin(lap: Laptop, server: RunningServer, username: str) -> None:
    login(server.url, username, DEMO_PASSWORD, store=lap.loket.store, token_store=lap.client.tokens)


@pytest.fixture
def refused_intake(sqlite_server: RunningServer, tmp_path: Path) -> Any:  # noqa: F811
    """A laptop whose desk still took its user for a counter clerk while the case store knows an
    administrator: a new person with an address and an intake, all four refused."""
    lap = open_laptop(tmp_path / "laptop", sqlite_server.url, "admin")
    lap.loket.settings.role = "counter"
    pid, _ = lap.loket.create_person(surname="Peeters", given_names="An", street_and_number="Kerkstraat 1",
                                     postal_code="9999", municipality="Meerhoven")
    result, _ = lap.loket.intake("complaint", pid, {"subject": "Put", "description": "Diepe put"})
    res = lap.client.sync_once()
    assert res.rejected == 4 and res.pushed == 0
    yield lap, pid, result.case.id
    lap.close()


def _ops(loket: Any) -> list[OutboxOperation]:
    with loket.store.read() as s:
        return list(s.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)))


def test_refused_operations_are_listed_with_record_and_reason(refused_intake: Any) -> None:
    lap, pid, case_id = refused_intake
    rows = refusals.list_operations(lap.loket, ["refused"])
    assert [(r["entity"], r["action"], r["state"]) for r in rows] == [
        ("person", "create", "refused"), ("address", "create", "refused"), ("case", "create", "refused"),
        ("status_change", "create", "refused")]
    assert {r["code"] for r in rows} == {"forbidden"} and {r["advice"] for r in rows} == {"ask"}
    assert rows[0]["message"] == "role administrator may not create person"
    assert rows[0]["label"] == "An Peeters" and rows[0]["person_id"] == pid
    assert rows[1]["label"] == "Address · An Peeters"
    with lap.loket.store.read() as s:
        track = s.get(Case, case_id).track_code
    assert rows[2]["label"] == f"Case {track} · complaint"
    assert rows[3]["label"].endswith("· status received") and rows[3]["case_id"] == case_id
    assert lap.client.status().rejected == 4
    assert refusals.list_operations(lap.loket, ["pending"]) == []
    assert refusals.list_operations(lap.loket, ["parked"]) == [] and not any(r["parked"] for r in rows)


def test_an_operation_the_client_set_aside_is_listed_as_parked(empty_loket: Any) -> None:
    from sync import local

    pid, _ = empty_loket.create_person(surname="Wouters", given_names="Els")
    with empty_loket.store.write() as s:  # as the sync client does when the case store fails on it every time
        op = s.scalars(select(OutboxOperation)).one()
        local.park_operation(s, op, 500, "internal", "the case store failed on this operation every time")
    (row,) = refusals.list_operations(empty_loket, ["parked"])
    assert (row["state"], row["parked"], row["code"], row["advice"]) == ("refused", True, "server_error", "resubmit")
    assert row["label"] == "Els Wouters" and row["person_id"] == pid and row["params"] == {"http_status": 500, "server_code": "internal"}
    assert refusals.refused(empty_loket) == [row]
    refusals.resubmit(empty_loket, row["op_id"])
    assert refusals.list_operations(empty_loket, ["parked"]) == []
    assert [r["state"] for r in refusals.list_operations(empty_loket)] == ["pending"]


def test_resubmit_after_correcting_goes_back_to_pending_and_is_accepted(refused_intake: Any,
                                                                         sqlite_server: RunningServer) -> None:  # noqa: F811
    lap, pid, _case_id = refused_intake
    before = {op.seq: op.op_id for op in _ops(lap.loket)}
    # still as the administrator: the desk refuses to send it again (the case store would refuse it)
    lap.loket.settings.role = "administrator"
    with pytest.raises(outbox.ActionNotAllowed):
        refusals.resubmit(lap.loket, before[min(before)])
    assert all(op.state == "rejected" for op in _ops(lap.loket))
    # the right user signs in, corrects the name, and sends the refused intake again
    _relogin(lap, sqlite_server, "clerk")
    lap.loket.settings.role = "counter"
    with lap.loket.store.write() as s:  # corrected on the record itself (no outbox operation of its own)
        s.get(Person, pid).given_names = "Anna"
    for op_id in before.values():
        refusals.resubmit(lap.loket, op_id)
    ops = _ops(lap.loket)
    assert all(op.state == "pending" and op.result is None for op in ops)
    assert not {op.op_id for op in ops} & set(before.values())  # new ids: the server remembers old answers
    assert ops[0].payload["given_names"] == "Anna"
    with lap.loket.store.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "resubmit")) == 4
    res = lap.client.sync_once()
    assert (res.pushed, res.rejected) == (4, 0)
    assert lap.client.status().rejected == 0
    with pytest.raises(refusals.OutboxError, match="no operation"):
        refusals.resubmit(lap.loket, before[min(before)])


def test_discard_a_new_record_removes_it_and_what_hangs_under_it(refused_intake: Any) -> None:
    lap, pid, case_id = refused_intake
    case_op = next(op for op in _ops(lap.loket) if op.entity == "case")
    with pytest.raises(refusals.OutboxError, match="reason"):
        refusals.discard(lap.loket, case_op.op_id, "   ")
    assert len(_ops(lap.loket)) == 4
    lap.loket.settings.staff_user = "admin"
    refusals.discard(lap.loket, case_op.op_id, "dubbel ingevoerd")
    with lap.loket.store.read() as s:
        assert s.get(Case, case_id) is None
        assert s.scalar(select(func.count()).select_from(StatusChange)) == 0
        assert s.get(Person, pid) is not None
        audit = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "discard")))
    assert [op.entity for op in _ops(lap.loket)] == ["person", "address"]
    assert len(audit) == 2 and {a.actor for a in audit} == {"admin"}
    assert all("dubbel ingevoerd" in a.detail and "forbidden" in a.detail for a in audit)
    assert {a.case_id for a in audit} == {case_id}
    # the person (with the address under it) goes too, and out of the search index
    person_op = _ops(lap.loket)[0]
    refusals.discard(lap.loket, person_op.op_id, "bestaat al")
    assert _ops(lap.loket) == [] and lap.loket.search("Peeters") == []
    assert lap.client.status().rejected == 0


def test_discard_a_refused_change_puts_back_the_case_store_version(sqlite_server: RunningServer,  # noqa: F811
                                                                   tmp_path: Path) -> None:
    lap = open_laptop(tmp_path / "laptop", sqlite_server.url, "clerk")
    try:
        pid, _ = lap.loket.create_person(surname="Maes", given_names="Jan")
        result, _ = lap.loket.intake("complaint", pid, {"subject": "Put", "description": "Diepe put"})
        case_id = result.case.id
        assert lap.client.sync_once().rejected == 0
        _relogin(lap, sqlite_server, "admin")  # the desk's settings still say counter clerk
        lap.loket.update_person(pid, given_names="Johan")
        lap.loket.change_status(case_id, "in_progress")
        res = lap.client.sync_once()
        assert res.rejected == 3
        rows = refusals.refused(lap.loket)
        assert [r["label"] for r in rows] == ["Johan Maes", rows[1]["label"], rows[2]["label"]]
        assert rows[1]["label"].endswith("· status in_progress") and rows[1]["fields"] == ["status"]
        refusals.discard(lap.loket, rows[0]["op_id"], "verkeerde persoon")
        # the status change is one action: discarding the case's new status drops its status record too
        refusals.discard(lap.loket, rows[1]["op_id"], "te vroeg")
        with lap.loket.store.read() as s:
            p = s.get(Person, pid)
            assert p is not None and p.given_names == "Jan"
            c = s.get(Case, case_id)
            assert c is not None and c.status == "received"
            assert [h.status for h in c.history] == ["received"]
        assert [h.id for h in lap.loket.search("Johan")] == []  # the search index has the name back too
        assert pid in [h.id for h in lap.loket.search("Jan Maes")]
        assert refusals.refused(lap.loket) == []
        assert lap.client.status().rejected == 0
    finally:
        lap.close()


# ----------------------------------------------------------------------------------------------- CLI


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_outbox_lists_resubmits_and_discards(sqlite_server: RunningServer, tmp_path: Path,  # noqa: F811
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "cli-laptop")
    url = sqlite_server.url
    assert _run(["login", "--server", url, "--user", "admin", "--password-stdin", "--data-dir", d], monkeypatch,
                capsys, DEMO_PASSWORD + "\n")[0] == 0
    # signed in as an administrator: the desk refuses a new person, and writes nothing
    code, out, err = _run(["person", "new", "--data-dir", d, "--surname", "Claes"], monkeypatch, capsys)
    assert code == 2 and "Your role (administrator) may not create person" in err and "Traceback" not in err
    code, out, _ = _run(["outbox", "--data-dir", d, "--json"], monkeypatch, capsys)
    assert code == 0 and json.loads(out) == []
    # a desk whose settings lag behind (counter clerk): the case store refuses what it sends
    from desk_app.app import Loket

    app = Loket.open(d)
    app.settings.role = "counter"
    app.settings.save(app.paths.config / "settings.json")
    app.close()
    assert _run(["person", "new", "--data-dir", d, "--surname", "Claes"], monkeypatch, capsys)[0] == 0
    code, out, _ = _run(["sync", "--server", url, "--once", "--data-dir", d], monkeypatch, capsys)
    assert code == 0 and "refused 1" in out and "desk-app outbox --state refused" in out
    code, out, _ = _run(["outbox", "--data-dir", d, "--state", "refused", "--json"], monkeypatch, capsys)
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    row = rows[0]
    assert (row["entity"], row["action"], row["label"], row["code"]) == ("person", "create", "Claes", "forbidden")
    assert row["message"] == "role administrator may not create person" and row["what_to_do"]
    code, out, _ = _run(["outbox", "--data-dir", d], monkeypatch, capsys)
    assert row["op_id"] in out and "forbidden: role administrator may not create person" in out
    assert "1 refused" in out
    # re-submit under the refusing role: refused by the desk with a reason, nothing changed
    app = Loket.open(d)
    app.settings.role = "administrator"
    app.settings.save(app.paths.config / "settings.json")
    app.close()
    code, _, err = _run(["outbox", "resubmit", row["op_id"], "--data-dir", d], monkeypatch, capsys)
    assert code == 2 and "may not create person" in err
    code, _, err = _run(["outbox", "discard", row["op_id"], "--reason", " ", "--data-dir", d], monkeypatch, capsys)
    assert code == 2 and "reason" in err
    code, _, err = _run(["outbox", "discard", "no-such-op", "--reason", "x", "--data-dir", d], monkeypatch, capsys)
    assert code == 2 and "no operation" in err
    code, out, _ = _run(["outbox", "discard", row["op_id"], "--reason", "test entry", "--data-dir", d, "--json"],
                        monkeypatch, capsys)
    assert code == 0 and json.loads(out) == {"discarded": row["op_id"]}
    code, out, _ = _run(["outbox", "--json", "--state", "all", "--data-dir", d], monkeypatch, capsys)
    assert json.loads(out) == []
    code, out, _ = _run(["audit", "--json", "--data-dir", d], monkeypatch, capsys)
    assert any(r["action"] == "discard" and "test entry" in r["detail"] for r in json.loads(out))
    code, out, _ = _run(["sync", "--server", url, "--once", "--data-dir", d], monkeypatch, capsys)
    assert code == 0 and "refused 0" in out and "desk-app outbox" not in out
