"""``desk-app eid read`` (registered into the desk_app CLI by :func:`register`).

Exit codes: 0 read (whatever the verification status), 3 no reader or pcscd not running,
4 no card, 5 card not readable (not activated, not an eID, removed during the read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eid.errors import EidError
from eid.model import EidResult

__all__ = ["cmd_read", "format_summary", "main", "register"]

EXIT_OK = 0
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``eid`` with its ``read`` sub-command; dispatch with ``args.func(args)`` -> exit code."""
    eid_parser = subparsers.add_parser("eid", help="Belgian eID card reading")
    eid_sub = eid_parser.add_subparsers(dest="eid_command", metavar="{read}")
    eid_sub.required = True
    read = eid_sub.add_parser("read", help="read and verify the eID card in the reader")
    read.add_argument("--reader", metavar="NAME", help="reader name (or part of it); default: first reader with a card")
    read.add_argument(
        "--trust-root", metavar="FILE", action="append", default=[], type=Path,
        help="extra trusted root certificate (PEM/DER), e.g. a test PKI; repeatable",
    )
    read.add_argument("--photo", metavar="OUT.jpg", type=Path, help="write the photo to this file")
    read.add_argument("--json", action="store_true", help="print one JSON object")
    read.set_defaults(func=cmd_read)


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def cmd_read(args: argparse.Namespace) -> int:
    from eid.reader import EidReader

    for root in args.trust_root:
        if not Path(root).is_file():
            _err(f"trust root not found: {root}")
            return EXIT_USAGE
    try:
        reader = EidReader(args.reader, trust_roots=list(args.trust_root))
    except (ValueError, OSError) as exc:
        _err(f"cannot load trust root: {exc}")
        return EXIT_USAGE
    try:
        result = reader.read()
    except EidError as exc:
        if args.json:
            print(json.dumps({"error": {"code": exc.code, "message": exc.message, "detail": exc.detail}}))
        _err(f"{exc.message}" + (f" [{exc.code}: {exc.detail}]" if exc.detail else f" [{exc.code}]"))
        return exc.exit_code
    if args.photo is not None and result.photo is not None:
        args.photo.write_bytes(result.photo)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        print(format_summary(result))
    return EXIT_OK


def _v(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return f"{value.get('code')} ({value.get('name')})"
    return str(value)


def _national_number_line(result: EidResult) -> str:
    info = result.person.national_number_info
    if info is None:
        return _v(result.person.national_number)
    notes = []
    if not info.checksum_valid:
        notes.append("CHECKSUM INVALID")
    elif not info.plausible_date:
        notes.append("valid checksum, impossible date (specimen?)")
    if info.bis:
        notes.append("bis number")
    return info.formatted + (f" ({'; '.join(notes)})" if notes else "")


def format_summary(result: EidResult) -> str:
    j = result.to_json()
    c, p, f, a, v = j["card"], j["person"], j["foreigner"], j["address"], j["verification"]
    lines = [
        f"Name:            {_v(p['surname'])}, {_v(p['given_names'])}"
        + (f" {p['third_initial']}." if p["third_initial"] else ""),
        f"National number: {_national_number_line(result)}",
        f"Birth:           {_v(p['birth_date'])} ({_v(p['birth_date_raw'])!s}) in {_v(p['birth_place'])}",
        f"Sex:             {_v(p['sex'])}    Nationality: {_v(p['nationality'])}",
        f"Address:         {_v(a['street_and_number'])}, {_v(a['postal_code'])} {_v(a['municipality'])}",
        f"Card:            {_v(c['number'])} {_v(c['document_type_name'])}, valid {_v(c['valid_from'])}"
        f" to {_v(c['valid_until'])}, issued in {_v(c['issuing_municipality'])}, applet {_v(c['applet_version'])}",
    ]
    if p["nobility"]:
        lines.append(f"Nobility:        {p['nobility']}")
    if p["special_status"] and p["special_status"]["code"] not in (0, None):
        lines.append(f"Special status:  {_v(p['special_status'])}")
    if p["special_organisation"]:
        lines.append(f"Organisation:    {_v(p['special_organisation'])}")
    foreign = {k: val for k, val in f.items() if val is not None}
    for key, val in foreign.items():
        lines.append(f"{key.replace('_', ' ').capitalize() + ':':<17}{_v(val)}")
    if j["photo"]["bytes"] is not None:
        lines.append(f"Photo:           {j['photo']['bytes']} bytes")
    lines.append(
        f"Verification:    {str(v['status']).upper()} (identity {_v(v['identity_signature'])}, address "
        f"{_v(v['address_signature'])}, photo {_v(v['photo_hash'])}, basic key {_v(v['basic_key_hash'])}, "
        f"chain {_v(v['chain'])})"
    )
    if result.verification is not None:
        lines.append(f"                 {result.verification.message}")
    lines.extend(f"  - {r}" for r in v["reasons"])
    lines.append(
        f"Read in {result.timing_ms.get('total')} ms (identity and address after "
        f"{result.timing_ms.get('identity_and_address')} ms)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eid.cli")
    sub = parser.add_subparsers(dest="command", metavar="{eid}")
    sub.required = True
    register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
