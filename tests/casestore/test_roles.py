"""One role table for the desk and the case store (``wire.roles``): the desk offers and writes exactly what
the real case store accepts, for every role."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casestore import roles as server_roles
from casestore.embedded import RunningServer
from desk_app.services import outbox
from desk_app.store.models import OutboxOperation
from tests.casestore.fixtures import open_laptop
from tests.sync.helpers import jpeg_bytes
from wire import roles

WIRE = Path(__file__).resolve().parents[2] / "wire"
USERS = {"counter": "clerk", "outreach": "outreach", "theme_desk": "advisor", "coordinator": "coordinator",
         "administrator": "admin", "management": "manager"}


def test_wire_imports_only_the_standard_library() -> None:
    for path in WIRE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in ("__future__", "wire"), f"{path.name}: {name}"


def test_the_case_store_uses_the_wire_table() -> None:
    assert server_roles.PERMISSIONS is roles.PERMISSIONS
    assert server_roles.may is roles.may
    assert server_roles.ROLES == roles.ROLES and server_roles.IMMUTABLE == roles.IMMUTABLE


def test_everyday_work_is_allowed() -> None:
    intake = [("person", "create"), ("person", "update"), ("address", "create"), ("case", "create"),
              ("status_change", "create"), ("contact_moment", "create"), ("case_attachment", "create")]
    for role in ("counter", "outreach", "theme_desk", "coordinator"):
        for entity, action in intake:
            assert roles.may(role, entity, action), (role, entity, action)
        assert roles.may_do(role, "new_person") and roles.may_do(role, "intake")
        assert roles.may_do(role, "change_status")
    for entity in roles.ENTITIES:
        for action in roles.ACTIONS:
            assert not roles.may("administrator", entity, action)
    for entity in roles.IMMUTABLE:
        assert not any(roles.may(role, entity, "update") for role in roles.ROLES)
    assert not any(roles.may_do("administrator", a) for a in roles.DESK_ACTIONS)
    with pytest.raises(ValueError, match="unknown desk action"):
        roles.may_do("counter", "launch_rocket")


class _Session:
    def __init__(self, role: str) -> None:
        self.info = {outbox.ROLE: lambda: role}


def test_desk_guard_and_server_agree_on_every_operation() -> None:
    """Every role × entity × action the desk can write to its outbox: the desk refuses it exactly when the
    case store's table refuses it."""
    for role in roles.ROLES:
        for entity in roles.ENTITIES:
            for action in roles.ACTIONS:
                server_says = server_roles.may(role, entity, action)
                try:
                    outbox.require(_Session(role), entity, action)  # type: ignore[arg-type]
                    desk_says = True
                except outbox.ActionNotAllowed as exc:
                    desk_says = False
                    assert role in str(exc) and "Nothing was saved" in str(exc)
                assert desk_says == server_says, (role, entity, action)


def _outbox(loket: Any) -> int:
    with loket.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxOperation)) or 0)


def _work(loket: Any, folder: Path, photo: bool = True) -> int:
    """Every desk action the signed-in role is offered, through the desk's own services; the others must be
    refused before anything reaches the outbox. Returns the number of operations written."""
    pid = case_id = None
    if loket.may("new_person"):
        pid, _ = loket.create_person(surname="Peeters", given_names="An", email="an@example.org",
                                     preferred_channel="email", street_and_number="Kerkstraat 1",
                                     postal_code="9999", municipality="Meerhoven")
    else:
        before = _outbox(loket)
        with pytest.raises(outbox.ActionNotAllowed):
            loket.create_person(surname="Peeters", given_names="An")
        assert _outbox(loket) == before
    if pid is not None and loket.may("edit_person"):
        loket.update_person(pid, phone="0470123456")
    if loket.may("intake"):
        files = [folder / "photo.jpg"] if photo else []
        for f in files:
            f.write_bytes(jpeg_bytes(2000, 1))
        result, _ = loket.intake("complaint", pid, {"subject": "Put", "description": "Diepe put"},
                                 channel="home_visit", attachment_files=files)
        case_id = result.case.id
    else:
        before = _outbox(loket)
        with pytest.raises(outbox.ActionNotAllowed):
            loket.intake("complaint", pid, {"subject": "Put", "description": "Diepe put"})
        assert _outbox(loket) == before
    if case_id is not None and loket.may("change_status"):
        loket.change_status(case_id, "waiting_for_citizen")  # informs the citizen: a notification too
    return _outbox(loket)


@pytest.mark.parametrize("role", roles.ROLES)
def test_what_the_desk_offers_the_server_accepts(role: str, sqlite_server: RunningServer, tmp_path: Path) -> None:
    lap = open_laptop(tmp_path / f"laptop-{role}", sqlite_server.url, USERS[role])
    try:
        lap.loket.settings.role = role  # as the sign-in sets it
        written = _work(lap.loket, tmp_path)
        res = lap.client.sync_once()
        assert res.rejected == 0 and res.pushed == written
        if role in ("administrator", "management"):  # no case work
            assert written == 0
        else:
            with lap.loket.store.read() as s:
                kinds = {(e, a) for e, a in s.execute(select(OutboxOperation.entity, OutboxOperation.action))}
            assert {("person", "create"), ("case", "create"), ("status_change", "create"),
                    ("case_attachment", "create"), ("notification", "create"), ("case", "update")} <= kinds
            assert lap.client.status().rejected == 0
    finally:
        lap.close()


def test_what_the_desk_refuses_the_server_refuses(sqlite_server: RunningServer, tmp_path: Path) -> None:
    """A desk that thought its administrator was a counter clerk: the case store refuses each operation,
    with the same verdict as the desk's table."""
    lap = open_laptop(tmp_path / "laptop-admin", sqlite_server.url, "admin")
    try:
        lap.loket.settings.role = "counter"
        written = _work(lap.loket, tmp_path, photo=False)  # (a document's upload would be refused as a whole)
        res = lap.client.sync_once()
        assert written > 0 and res.rejected == written and res.pushed == 0
        with lap.loket.store.read() as s:
            for op in s.scalars(select(OutboxOperation)):
                assert op.state == "rejected" and not roles.may("administrator", op.entity, op.action)
                assert op.result is not None and str(op.result["error"]).startswith("forbidden: ")
    finally:
        lap.close()


def test_outreach_intake_and_theme_desk_person_are_accepted(casestore_server: RunningServer,
                                                           tmp_path: Path) -> None:
    """The two refusals of issue 12: an outreach worker's own intake (its first status) and a theme-desk
    advisor's new person and intake, over HTTP on the real case store."""
    for username, role in (("outreach", "outreach"), ("advisor", "theme_desk")):
        lap = open_laptop(tmp_path / username, casestore_server.url, username)
        try:
            lap.loket.settings.role = role
            pid, _ = lap.loket.create_person(surname="Öztürk", given_names="Elif")
            lap.loket.intake("complaint", pid, {"subject": "Lawaai", "description": "Elke nacht"},
                             channel="home_visit" if role == "outreach" else "counter")
            res = lap.client.sync_once()
            assert (res.pushed, res.rejected) == (3, 0), res
        finally:
            lap.close()


def test_the_roles_are_defined_once() -> None:
    """``wire.roles.ROLES`` is the list of roles: the case store's wire model, its ``add-user --role`` and the
    desk's settings take theirs from it (issue 14 §5)."""
    import argparse
    import dataclasses
    import typing

    from casestore import cli
    from casestore.api_models import RoleName
    from desk_app.settings import Settings

    assert typing.get_args(RoleName) == roles.ROLES
    role = next(f for f in dataclasses.fields(Settings) if f.name == "role")
    assert role.metadata["choices"] is roles.ROLES and role.default in roles.ROLES
    parser = argparse.ArgumentParser(exit_on_error=False)
    cli.register(parser.add_subparsers())
    add_user = _subparser(_subparser(parser, "casestore"), "add-user")
    assert next(a for a in add_user._actions if a.dest == "role").choices is roles.ROLES
    for name in roles.ROLES:
        assert parser.parse_args(["casestore", "add-user", "someone", "--role", name]).role == name


def _subparser(parser: Any, name: str) -> Any:
    import argparse

    return next(a.choices[name] for a in parser._actions
                if isinstance(a, argparse._SubParsersAction) and name in a.choices)
