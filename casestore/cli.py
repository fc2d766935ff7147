"""``desk-app casestore …``: serve, init, add-user, revoke-device, list-devices, openapi, appointments,
open311-key, addresses."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from casestore.settings import DB_ENV as DEFAULT_DB_ENV
from casestore.settings import Settings
from wire.roles import ROLES


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise SystemExit("passwords differ")
    return first


def _db(args: argparse.Namespace) -> str:
    url = args.db or Settings.from_env().db
    if not url:
        raise SystemExit(f"--db URL is required (or set {DEFAULT_DB_ENV})")
    return str(url)


def _serve(args: argparse.Namespace) -> int:
    from casestore import embedded, schema

    url = _db(args)
    schema.upgrade(url)
    embedded.serve_forever(url, args.host, args.port, args.log_level, workers=args.workers)
    return 0


def _session(url: str) -> Any:
    from casestore.db import make_engine, make_sessionmaker

    return make_sessionmaker(make_engine(url)).begin()


def _init(args: argparse.Namespace) -> int:
    from casestore import embedded, roles, schema
    from casestore.services import auth
    from casestore.services.common import ServiceError

    url = _db(args)
    schema.upgrade(url)
    if args.demo:
        added = embedded.seed_demo(url)
        print(f"demo accounts added: {', '.join(added) or 'none'} (password {embedded.DEMO_PASSWORD!r})")
    if args.admin_user:
        password = _read_password(args, f"Password for {args.admin_user}: ")
        try:
            with _session(url) as s:
                auth.create_user(s, args.admin_user, password, roles.ADMINISTRATOR)
        except ServiceError as e:
            print(f"error: {e.detail}", file=sys.stderr)
            return 1
        print(f"administrator {args.admin_user} created")
    print(f"case store database ready: {url}")
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from casestore.services import auth
    from casestore.services.common import ServiceError

    password = _read_password(args, f"Password for {args.username}: ")
    try:
        with _session(_db(args)) as s:
            auth.create_user(
                s,
                args.username,
                password,
                args.role,
                display_name=args.name or "",
                department=args.department,
            )
    except ServiceError as e:
        print(f"error: {e.detail}", file=sys.stderr)
        return 1
    print(f"user {args.username} ({args.role}) created")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from casestore.services import auth
    from casestore.services.common import ServiceError

    try:
        with _session(_db(args)) as s:
            auth.revoke_device(s, args.device_id, by=os.environ.get("USER", "cli"))
    except ServiceError as e:
        print(f"error: {e.detail}", file=sys.stderr)
        return 1
    print(f"device {args.device_id} revoked; its next sync wipes it")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from casestore.services import auth

    with _session(_db(args)) as s:
        for d in auth.list_devices(s):
            state = f"revoked {d['revoked_at']}" if d["revoked_at"] else "active"
            print(f"{d['id']}  {d['username']:<16} {d['name']:<24} {state}")
    return 0


def _open311_key_add(args: argparse.Namespace) -> int:
    from casestore.services import open311
    from casestore.services.common import ServiceError

    try:
        with _session(_db(args)) as s:
            key = open311.add_key(s, args.name, args.channel)
    except ServiceError as e:
        print(f"error: {e.detail}", file=sys.stderr)
        return 2
    print(key)
    print(f"Open311 system {args.name!r} ({args.channel}) added; its API key is shown once, above.",
          file=sys.stderr)
    return 0


def _open311_key_revoke(args: argparse.Namespace) -> int:
    from casestore.services import open311
    from casestore.services.common import ServiceError

    try:
        with _session(_db(args)) as s:
            open311.revoke_key(s, args.name)
    except ServiceError as e:
        print(f"error: {e.detail}", file=sys.stderr)
        return 2
    print(f"Open311 system {args.name!r}: API key revoked")
    return 0


def _appointments_remind(args: argparse.Namespace) -> int:
    import datetime as dt

    from casestore.services import appointments

    try:
        now = dt.datetime.fromisoformat(args.now) if args.now else None
        queued, handed = appointments.run_reminders(_db(args), now)
    except (ValueError, appointments.AppointmentConfigError) as e:  # a bad --now, or the file
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"reminders for tomorrow: {queued} queued, {handed} handed to the gateway")
    return 0


def _addresses_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from casestore.services import address_register as register

    try:
        with _session(_db(args)) as s:
            res = register.import_file(s, Path(args.file))
    except register.AddressImportError as e:
        print(f"error: {e} (nothing replaced)", file=sys.stderr)
        return 2
    kind = "Lambert 72" if res.lambert else "WGS84"
    print(f"address register: {res.addresses} addresses ({kind}); persons placed: {res.places.placed}, "
          f"address not in the register: {res.places.unknown}")
    return 0


def _addresses_places(args: argparse.Namespace) -> int:
    from casestore.services import address_register as register

    with _session(_db(args)) as s:
        res = register.rebuild_places(s)
    print(f"persons placed: {res.placed}, address not in the register: {res.unknown}")
    return 0


def _openapi(args: argparse.Namespace) -> int:
    from casestore.openapi import spec_json

    text = spec_json()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``casestore`` sub-command to the app's argparse sub-parsers."""
    p = subparsers.add_parser("casestore", help="run and administer the central case store")
    add_commands(p.add_subparsers(dest="casestore_cmd", required=True))


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The case store's commands (``desk-app casestore …`` and ``python -m casestore.cli …``)."""

    def db_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", help=f"database URL (postgresql://… or sqlite:///…; env {DEFAULT_DB_ENV})")

    sp = sub.add_parser("serve", help="serve the case store API")
    db_arg(sp)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8470)
    sp.add_argument("--log-level", default="info")
    sp.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL)")
    sp.set_defaults(func=_serve)

    sp = sub.add_parser("init", help="create or upgrade the database; optionally the first administrator")
    db_arg(sp)
    sp.add_argument("--admin-user", help="create this administrator (password from prompt or stdin)")
    sp.add_argument("--password-stdin", action="store_true")
    sp.add_argument("--demo", action="store_true", help="add the demo accounts")
    sp.set_defaults(func=_init)

    sp = sub.add_parser("add-user", help="add a staff account")
    db_arg(sp)
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=ROLES)
    sp.add_argument("--department")
    sp.add_argument("--name")
    sp.add_argument("--password-stdin", action="store_true")
    sp.set_defaults(func=_add_user)

    sp = sub.add_parser("revoke-device", help="revoke a laptop (its next sync wipes it)")
    db_arg(sp)
    sp.add_argument("device_id")
    sp.set_defaults(func=_revoke)

    sp = sub.add_parser("list-devices", help="list registered laptops")
    db_arg(sp)
    sp.set_defaults(func=_devices)

    sp = sub.add_parser("openapi", help="print the protocol's OpenAPI spec")
    sp.add_argument("--output", "-o")
    sp.set_defaults(func=_openapi)

    sp = sub.add_parser("appointments", help="theme-desk appointments")
    appts = sp.add_subparsers(dest="appointments_cmd", required=True)
    ap = appts.add_parser("remind", help="send the reminders for tomorrow's appointments (run daily; once each)")
    db_arg(ap)
    ap.add_argument("--now", help="the time to act as (ISO 8601, for tests); default: now")
    ap.set_defaults(func=_appointments_remind)

    sp = sub.add_parser("addresses", help="the city's address register (for the places of residents)")
    addr = sp.add_subparsers(dest="addresses_cmd", required=True)
    ap = addr.add_parser("import", help="replace the register with a CSV (lat/lon, or the Adressenregister's "
                                        "Lambert 72 x/y) and rebuild every person's place")
    db_arg(ap)
    ap.add_argument("file")
    ap.set_defaults(func=_addresses_import)
    ap = addr.add_parser("places", help="rebuild every person's place from their current address")
    db_arg(ap)
    ap.set_defaults(func=_addresses_places)

    sp = sub.add_parser("open311-key", help="API keys of the systems that use Open311 (an app, a partner)")
    keys = sp.add_subparsers(dest="open311_cmd", required=True)
    kp = keys.add_parser("add", help="register a system and print its new API key (shown once)")
    db_arg(kp)
    kp.add_argument("name")
    kp.add_argument("--channel", choices=("app", "partner"), default="app",
                    help="the channel its reports count in (default app)")
    kp.set_defaults(func=_open311_key_add)
    kp = keys.add_parser("revoke", help="revoke a system's API key")
    db_arg(kp)
    kp.add_argument("name")
    kp.set_defaults(func=_open311_key_revoke)


def main(argv: list[str] | None = None) -> int:
    """``python -m casestore.cli COMMAND …`` (the same commands as ``desk-app casestore``)."""
    parser = argparse.ArgumentParser(prog="python -m casestore.cli", description="the central case store")
    add_commands(parser.add_subparsers(dest="casestore_cmd", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
