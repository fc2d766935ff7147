"""``desk-app outbox``: the operations waiting to be sent and those the case store refused, with the reason.

    desk-app outbox [--state refused|pending|conflict|parked|done|all] [--json]
    desk-app outbox resubmit OP [OP …] | --all-refused
    desk-app outbox discard OP --reason TEXT
"""

from __future__ import annotations

import argparse
import json
from typing import Any

EXIT_OK, EXIT_INVALID = 0, 2


def _open(args: argparse.Namespace) -> Any:
    from desk_app.app import Loket

    return Loket.open(getattr(args, "data_dir", None), demo=bool(getattr(args, "demo", False)))


def _fail(message: str) -> int:
    import sys

    print(f"desk-app: {message}", file=sys.stderr)
    return EXIT_INVALID


def _line(r: dict[str, Any]) -> str:
    state = "parked" if r.get("parked") else r["state"]
    head = f"{r['op_id']}  {state:8} {r['action']} {r['entity']:15} {r['label']}"
    if r["fields"]:
        head += f" ({', '.join(r['fields'])})"
    if r["state"] != "refused":
        return head
    return (f"{head}\n    refused: {r['code']}: {r['message']}\n    {r['meaning']} {r['what_to_do']}")


def cmd_outbox(args: argparse.Namespace) -> int:
    from desk_app.services import refusals

    states = None if args.state == "all" else [args.state] if args.state else ["pending", "refused", "conflict",
                                                                              "parked"]
    loket = _open(args)
    try:
        rows = refusals.list_operations(loket, states)
    finally:
        loket.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return EXIT_OK
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["state"]] = counts.get(r["state"], 0) + 1
    for r in rows:
        print(_line(r))
    summary = ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "nothing"
    print(f"outbox: {summary}")
    if counts.get("refused"):
        print("re-submit after correcting: desk-app outbox resubmit OP; "
              "discard: desk-app outbox discard OP --reason TEXT")
    return EXIT_OK


def cmd_resubmit(args: argparse.Namespace) -> int:
    from desk_app.services import outbox, refusals

    if not args.op and not args.all_refused:
        return _fail("name the operation(s) to re-submit, or give --all-refused")
    loket = _open(args)
    try:
        if args.all_refused:
            n = refusals.resubmit_all(loket)
            left = len(refusals.refused(loket))
            _emit(args, {"resubmitted": n, "still_refused": left},
                  f"{n} operation(s) back in the outbox; {left} still refused")
            return EXIT_OK
        done = []
        for op_id in args.op:
            try:
                refusals.resubmit(loket, op_id)
            except (refusals.OutboxError, outbox.ActionNotAllowed) as exc:
                return _fail(str(exc))
            done.append(op_id)
        _emit(args, {"resubmitted": done}, f"{len(done)} operation(s) back in the outbox; sent at the next sync")
        return EXIT_OK
    finally:
        loket.close()


def cmd_discard(args: argparse.Namespace) -> int:
    from desk_app.services import refusals

    loket = _open(args)
    try:
        try:
            refusals.discard(loket, args.op, args.reason)
        except refusals.OutboxError as exc:
            return _fail(str(exc))
        _emit(args, {"discarded": args.op}, f"{args.op} discarded (written to the audit log)")
        return EXIT_OK
    finally:
        loket.close()


def _emit(args: argparse.Namespace, data: object, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if getattr(args, "json", False) else text)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="the laptop's data directory")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    p = subparsers.add_parser("outbox", parents=[common],
                              help="operations waiting to be sent, and those the case store refused")
    p.add_argument("--state", choices=("pending", "refused", "conflict", "parked", "done", "all"),
                   help="only these (default: everything not yet accepted)")
    p.set_defaults(func=cmd_outbox)
    sub = p.add_subparsers(dest="outbox_command")
    r = sub.add_parser("resubmit", parents=[common],
                       help="send refused operations again (after correcting the record)")
    r.add_argument("op", nargs="*", help="operation id(s), as listed by desk-app outbox")
    r.add_argument("--all-refused", action="store_true", help="every refused operation your role may make")
    r.set_defaults(func=cmd_resubmit)
    d = sub.add_parser("discard", parents=[common],
                       help="drop a refused operation; the record goes back to the case store's version")
    d.add_argument("op", help="operation id, as listed by desk-app outbox")
    d.add_argument("--reason", required=True, help="why (written to the audit log)")
    d.set_defaults(func=cmd_discard)
