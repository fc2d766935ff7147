"""``desk-app sync --server URL [--once]`` and ``desk-app login --server URL --user U``."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import TYPE_CHECKING

from sync.errors import AuthRequired, DeviceRevoked, Offline, SyncError

if TYPE_CHECKING:
    from desk_app.app import Loket


def _open_loket(args: argparse.Namespace) -> Loket:
    from desk_app.app import Loket

    return Loket.open(getattr(args, "data_dir", None), demo=bool(getattr(args, "demo", False)))


def _login(args: argparse.Namespace) -> int:
    from sync.login import login

    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.user}: ")
    loket = _open_loket(args)
    try:
        try:
            res = login(args.server, args.user, password, store=loket.store, ca_bundle=args.ca_bundle)
        except Offline as e:
            # the case store does not answer: an account this laptop knows signs in offline, as at the desk
            account = loket.accounts.sign_in_offline(args.user, password)
            if account is None:
                print(f"login failed: {e} (the first sign-in on this laptop needs the case store)", file=sys.stderr)
                return 1
            _remember_user(loket, args.user, account.display_name, account.role, account.department)
            print(f"signed in offline as {account.display_name} ({account.role}): the case store did not "
                  "answer; nothing syncs until it does")
            return 0
        except SyncError as e:
            print(f"login failed: {e}", file=sys.stderr)
            return 1
        # the desk's sign-in and lock then work offline for this account too
        loket.accounts.remember(args.user, password, res.display_name, res.role, res.department)
        _remember_user(loket, args.user, res.display_name, res.role, res.department)
    finally:
        loket.close()
    print(f"signed in as {res.display_name} ({res.role}); device {res.device_id}")
    return 0


def _remember_user(loket: Loket, username: str, display_name: str, role: str, department: str | None = None) -> None:
    """The desk offers (and its outbox accepts) only what the signed-in role may do: remember it (and the
    department, which decides who sees private notes)."""
    from wire.roles import ROLES

    s = loket.settings
    s.staff_user, s.staff_name = username, display_name or username
    s.department = department or ""
    if role in ROLES:
        s.role = role
    try:
        s.save(loket.paths.config / "settings.json")
    except OSError as e:
        print(f"warning: settings not saved: {e}", file=sys.stderr)


def _sync(args: argparse.Namespace) -> int:
    from sync.client import SyncClient

    loket = _open_loket(args)
    client = SyncClient(loket.store, args.server, attachments=loket.attachments, ca_bundle=args.ca_bundle,
                        wipe=loket.wipe)
    try:
        while True:
            try:
                res = client.sync_once()
            except DeviceRevoked:
                print("this laptop was revoked by an administrator; its local data was wiped", file=sys.stderr)
                return 3
            except AuthRequired as e:
                print(f"{e}", file=sys.stderr)
                return 2
            except SyncError as e:
                print(f"sync failed: {e}", file=sys.stderr)
                if args.once:
                    return 1
            else:
                st = res.status
                print(
                    f"pushed {res.pushed} (dup {res.duplicates}), pulled {res.pulled}, "
                    f"conflicts {res.new_conflicts}, refused {res.rejected}, "
                    f"attachments {res.blobs_uploaded} up / {res.blobs_downloaded} down — "
                    f"{st.summary() if st else ''}"
                )
                if st is not None and st.rejected:
                    print(f"{st.rejected} operation(s) refused by the case store: "
                          "see `desk-app outbox --state refused` (re-submit or discard)")
                if args.once:
                    return 0 if st is None or st.state != "offline" else 4
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return 130
    finally:
        client.close()
        loket.close()


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync`` and ``login`` to the app's argparse sub-parsers."""
    for name, func, helptext in (
        ("sync", _sync, "synchronise this laptop with the central case store"),
        ("login", _login, "sign this laptop in to the central case store"),
    ):
        p = subparsers.add_parser(name, help=helptext)
        p.add_argument("--server", required=True, help="case store URL, e.g. https://casestore.city.be")
        p.add_argument("--ca-bundle", help="PEM file with the CA(s) to trust for the server's certificate")
        p.add_argument("--data-dir", default=argparse.SUPPRESS, help="the laptop's data directory")
        if name == "sync":
            p.add_argument("--once", action="store_true", help="sync once and exit (exit 4 when offline)")
            p.add_argument("--interval", type=float, default=60.0, help="seconds between syncs")
        else:
            p.add_argument("--user", required=True)
            p.add_argument("--password-stdin", action="store_true")
        p.set_defaults(func=func)
