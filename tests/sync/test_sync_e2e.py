"""Laptops syncing with a real case store on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import select

from casestore.embedded import DEMO_PASSWORD, RunningServer
from desk_app.store.models import Attachment, Conflict, OutboxOperation, Person, StatusChange
from sync.errors import AuthRequired, DeviceRevoked
from tests.casestore.fixtures import Laptop
from tests.sync.helpers import jpeg_bytes, local_cases, new_intake, pending


def test_intake_gets_official_number_and_reaches_coordinator(
    make_laptop: Callable[..., Laptop], tmp_path: Path
) -> None:
    a = make_laptop("clerk-laptop", "clerk")
    ids = [new_intake(a.loket, i, photo_size=50_000 if i == 0 else 0, folder=tmp_path) for i in range(3)]
    assert a.client.status().pending > 0
    res = a.client.sync_once()
    assert res.status is not None and res.status.state == "idle" and res.status.pending == 0
    assert res.blobs_uploaded == 1 and res.rejected == 0
    numbers = {cid: v[0] for cid, v in local_cases(a.loket).items()}
    assert set(numbers) == set(ids) and all(n and n.startswith("2026-") for n in numbers.values())
    assert len(set(numbers.values())) == 3

    b = make_laptop("coordinator-laptop", "coordinator")
    res_b = b.client.sync_once()
    assert res_b.blobs_downloaded == 1
    assert {cid: v[0] for cid, v in local_cases(b.loket).items()} == numbers
    with b.loket.store.read() as s:
        assert len(s.scalars(select(StatusChange)).all()) == 3
        att = s.scalars(select(Attachment)).one()
        assert att.filename == "photo-0.jpg" and att.mime == "image/jpeg"
    assert b.loket.attachments.get(att.sha256) == jpeg_bytes(50_000, 0)
    # Pulled persons are searchable on the receiving laptop.
    assert any(h.kind == "person" for h in b.loket.search("Peeters"))
    # A second sync has nothing to do.
    again = b.client.sync_once()
    assert again.pushed == 0 and again.blobs_downloaded == 0


def test_search_index_follows_synced_changes_only_when_they_matter(make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("laptop-a", "clerk")
    b = make_laptop("laptop-b", "coordinator")
    new_intake(a.loket, 1)
    a.client.sync_once()  # the intake's own records come back with their revision: still found on a
    with a.loket.store.read() as s:
        pid = s.scalars(select(Person.id)).one()
        surname = s.get(Person, pid).surname
    assert [h.id for h in a.loket.search(surname) if h.kind == "person"] == [pid]
    b.client.sync_once()
    assert [h.id for h in b.loket.search(surname) if h.kind == "person"] == [pid]
    # a phone number is not in the index; a new surname is, and reaches the other laptop's search
    a.loket.update_person(pid, phone="0470 11 22 33")
    a.client.sync_once()
    b.client.sync_once()
    assert [h.id for h in b.loket.search(surname) if h.kind == "person"] == [pid]
    a.loket.update_person(pid, surname="Vandermeersch")
    a.client.sync_once()
    b.client.sync_once()
    assert [h.id for h in b.loket.search("Vandermeersch") if h.kind == "person"] == [pid]
    assert not [h for h in b.loket.search(surname) if h.kind == "person" and h.id == pid]
    assert [h.id for h in a.loket.search("vandermeer") if h.kind == "person"] == [pid]


def test_two_laptops_offline_merge_and_conflict(make_laptop: Callable[..., Laptop], tmp_path: Path) -> None:
    a = make_laptop("laptop-a", "clerk")
    b = make_laptop("laptop-b", "coordinator")
    new_intake(a.loket, 1)
    a.client.sync_once()
    b.client.sync_once()
    with a.loket.store.read() as s:
        pid = s.scalars(select(Person.id)).one()
    # Both offline: different fields on each side, and one field changed on both sides.
    a.loket.update_person(pid, phone="0470 11 22 33", given_names="Anna")
    b.loket.update_person(pid, email="an@example.be", given_names="Anneke")
    a.client.sync_once()
    res_b = b.client.sync_once()
    assert res_b.new_conflicts == 1
    a.client.sync_once()
    for lap in (a, b):
        with lap.loket.store.read() as s:
            p = s.get(Person, pid)
            assert p is not None
            assert (p.phone, p.email, p.given_names) == ("0470 11 22 33", "an@example.be", "Anna")
            assert p.revision == 3
    with b.loket.store.read() as s:
        c = s.scalars(select(Conflict)).one()
        assert (c.entity, c.entity_id, c.field) == ("person", pid, "given_names")
        assert (c.local_value, c.server_value) == ("Anneke", "Anna")
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.state == "conflict")).one()
        assert op.result is not None and op.result["conflicts"][0]["client_value"] == "Anneke"
    assert b.client.status().conflicts == 1
    assert pending(a.loket) == pending(b.loket) == 0


def test_local_edit_during_pull_is_not_overwritten(make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("laptop-a", "clerk")
    b = make_laptop("laptop-b", "coordinator")
    new_intake(a.loket, 2)
    a.client.sync_once()
    b.client.sync_once()
    with a.loket.store.read() as s:
        pid = s.scalars(select(Person.id)).one()
    a.loket.update_person(pid, phone="011 11 11 11")
    a.client.sync_once()
    # B edits the same field but pulls before pushing: its pending value must survive the pull.
    b.loket.update_person(pid, phone="022 22 22 22")
    b.client.pull()
    with b.loket.store.read() as s:
        p = s.get(Person, pid)
        assert p is not None and p.phone == "022 22 22 22"
    res = b.client.sync_once()
    assert res.new_conflicts == 1


def test_revoked_device_is_wiped(
    make_laptop: Callable[..., Laptop], casestore_server: RunningServer, tmp_path: Path
) -> None:
    a = make_laptop("laptop-a", "clerk")
    new_intake(a.loket, 3)
    a.client.sync_once()
    with a.loket.store.read() as s:
        from sync.local import get_state

        device_id = get_state(s, "device_id")
    admin = httpx.Client(base_url=casestore_server.url)
    tok = admin.post("/v1/auth/login", json={"username": "admin", "password": DEMO_PASSWORD}).json()
    r = admin.post(f"/v1/admin/devices/{device_id}/revoke", headers={"Authorization": f"Bearer {tok['access_token']}"})
    assert r.status_code == 200
    store_path = a.loket.store.path
    assert store_path.exists()
    with pytest.raises(DeviceRevoked):
        a.client.sync_once()
    assert not store_path.exists()  # default wipe hook: the store file is gone
    assert a.client.status().state == "revoked"
    assert a.client.tokens.load(casestore_server.url) is None
    # And it cannot sign in again on that device id.
    assert keyring.get_keyring() is not None


def test_wipe_hook_is_called(make_laptop: Callable[..., Laptop], casestore_server: RunningServer) -> None:
    calls: list[str] = []
    a = make_laptop("laptop-a", "clerk", wipe=lambda: calls.append("wiped"))
    a.client.sync_once()
    admin = httpx.Client(base_url=casestore_server.url)
    tok = admin.post("/v1/auth/login", json={"username": "admin", "password": DEMO_PASSWORD}).json()
    h = {"Authorization": f"Bearer {tok['access_token']}"}
    for d in admin.get("/v1/admin/devices", headers=h).json():
        admin.post(f"/v1/admin/devices/{d['id']}/revoke", headers=h)
    with pytest.raises(DeviceRevoked):
        a.client.sync_once()
    assert calls == ["wiped"]


def test_not_signed_in(make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("laptop-a", "clerk", login=False)
    with pytest.raises(AuthRequired):
        a.client.sync_once()


def test_outreach_gets_only_planned_visits_and_counter_opens_on_demand(
    make_laptop: Callable[..., Laptop],
) -> None:
    coord = make_laptop("coord", "coordinator")
    ids = [new_intake(coord.loket, i) for i in range(3)]
    coord.client.sync_once()
    numbers = local_cases(coord.loket)
    outreach = make_laptop("outreach", "outreach")
    outreach.client.sync_once()
    assert local_cases(outreach.loket) == {}
    clerk = make_laptop("clerk", "clerk")
    clerk.client.sync_once()
    assert local_cases(clerk.loket) == {}
    # On demand, by official number: the case and its person arrive, and later changes follow.
    clerk.client.open_case(numbers[ids[1]][0])
    assert set(local_cases(clerk.loket)) == {ids[1]}


def test_audit_entries_reach_the_server(make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("laptop-a", "clerk")
    cid = new_intake(a.loket, 4)
    a.loket.case(cid)  # opening a case is audited
    res = a.client.sync_once()
    assert res.audit_sent >= 1
    assert a.client.sync_once().audit_sent == 0


def test_missing_local_attachment_does_not_block_the_rest(
    make_laptop: Callable[..., Laptop], tmp_path: Path
) -> None:
    a = make_laptop("laptop-a", "clerk")
    new_intake(a.loket, 7, photo_size=10_000, folder=tmp_path)
    new_intake(a.loket, 8)
    with a.loket.store.read() as s:
        sha = s.scalars(select(Attachment.sha256)).one()
    a.loket.attachments._path(sha).unlink()  # lost on this laptop
    res = a.client.sync_once()
    assert res.problems and sha[:12] in res.problems[0]
    assert len(local_cases(a.loket)) == 2 and all(v[0] for v in local_cases(a.loket).values())
    with a.loket.store.read() as s:
        waiting = s.scalars(select(OutboxOperation).where(OutboxOperation.state == "pending")).all()
        assert [op.entity for op in waiting] == ["case_attachment"]


def test_interrupted_upload_resumes_where_it_stopped(make_laptop: Callable[..., Laptop], tmp_path: Path) -> None:
    a = make_laptop("laptop-a", "clerk", chunk_size=8 * 1024)
    new_intake(a.loket, 9, photo_size=40_000, folder=tmp_path)
    with a.loket.store.read() as s:
        sha = s.scalars(select(Attachment.sha256)).one()
    data = a.loket.attachments.get(sha)
    # An earlier sync got 16 KB across before the connection broke.
    for off in (0, 8192):
        a.client.transport.request(
            "PATCH", f"/v1/blobs/{sha}", content=data[off : off + 8192],
            headers={"Upload-Offset": str(off), "Upload-Length": str(len(data))},
        )
    res = a.client.sync_once()
    assert res.blobs_uploaded == 1 and res.bytes_uploaded == len(data) - 16384
    b = make_laptop("laptop-b", "coordinator")
    b.client.sync_once()
    assert b.loket.attachments.get(sha) == data


def test_signing_in_as_another_user_restarts_the_feed(make_laptop: Callable[..., Laptop]) -> None:
    from casestore.embedded import DEMO_PASSWORD as PW
    from sync.login import login

    coord = make_laptop("coord", "coordinator")
    ids = {new_intake(coord.loket, i) for i in range(2)}
    coord.client.sync_once()
    lap = make_laptop("shared", "outreach")
    lap.client.sync_once()
    assert local_cases(lap.loket) == {}
    login(lap.client.server_url, "coordinator", PW, store=lap.loket.store, token_store=lap.client.tokens)
    lap.client.sync_once()
    assert set(local_cases(lap.loket)) == ids
