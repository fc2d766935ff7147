"""The desk's own headless commands of ``desk-app`` (search, person, case, catalogue, db, demo-data,
addresses, audit), Qt-free. The launcher (``loket.cli``) assembles them with the other packages' commands and starts
the GUI when no sub-command is given.

Exit codes: 0 success, 1 the store or the machine is not usable (message says why), 2 invalid input
(one-line reason; nothing was written).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.languages import LANGUAGES

if TYPE_CHECKING:
    from desk_app.catalogue import Catalogue

EXIT_OK, EXIT_UNUSABLE, EXIT_INVALID = 0, 1, 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.code = code


def _emit(args: argparse.Namespace, data: object, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, default=str, indent=None))
    else:
        print(text)


def _open(args: argparse.Namespace) -> Any:
    from desk_app.app import Loket

    return Loket.open(args.data_dir, demo=getattr(args, "demo", False))


def _fields(pairs: Sequence[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f"--field needs KEY=VALUE, got '{pair}'")
        key, value = pair.split("=", 1)
        result[key.strip()] = value
    return result


# -------------------------------------------------------------------- handlers
def cmd_search(args: argparse.Namespace) -> int:
    app = _open(args)
    hits = app.search(args.query, limit=args.limit, audit_results=True)
    _emit(args, [h.__dict__ for h in hits],
          "\n".join(f"{h.kind:6} {h.title:40} {h.subtitle}" for h in hits) or "no matches")
    return EXIT_OK


def cmd_person_show(args: argparse.Namespace) -> int:
    from desk_app.domain import national_number as nn

    try:
        nn.validate(args.national_number)
    except nn.NationalNumberError as exc:
        raise CliError(str(exc)) from None
    app = _open(args)
    data = app.person(args.national_number)
    if data is None:
        raise CliError(f"no person with national number {args.national_number} on this laptop")
    addr = data.get("address") or {}
    lines = [
        f"{data['surname']}, {data['given_names']}  ({data.get('national_number_formatted', '-')})",
        f"born {data.get('birth_date') or '?'}  sex {data.get('sex') or '?'}  language {data['language']}  "
        f"channel {data['preferred_channel']}",
        f"address: {addr.get('street_and_number', '-')}, {addr.get('postal_code', '')} {addr.get('municipality', '')}",
        "history:",
        *[f"  {h['at'][:10]} {h['kind']:11} {h['title']:28} {h['status'] or ''} {h['ref'] or ''}" for h in data["history"]],
        *[f"suggestion: {s['name']} — {s['reason']}" for s in data["suggestions"]],
    ]
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_person_new(args: argparse.Namespace) -> int:
    from desk_app.services.persons import PersonInvalid

    app = _open(args)
    values = {k: v for k, v in {
        "national_number": args.national_number, "surname": args.surname, "given_names": args.given_names or "",
        "birth_date": args.birth_date, "language": args.language, "preferred_channel": args.channel,
        "email": args.email, "phone": args.phone, "street_and_number": args.street,
        "postal_code": args.postal_code, "municipality": args.municipality,
    }.items() if v is not None}
    try:
        pid, _ = app.create_person(None, **values)
    except PersonInvalid as exc:
        raise CliError(str(exc)) from None
    _emit(args, {"id": pid}, pid)
    return EXIT_OK


def cmd_case_new(args: argparse.Namespace) -> int:
    from desk_app.catalogue import FormInvalid, text_in
    from desk_app.domain import national_number as nn
    from desk_app.services.attachments import AttachmentInvalid
    from desk_app.services.cases import CaseInvalid
    from desk_app.services.persons import PersonInvalid

    answers = _fields(args.field)
    if args.person:
        try:
            nn.validate(args.person)
        except nn.NationalNumberError as exc:
            raise CliError(str(exc)) from None
    app = _open(args)
    if args.type not in app.catalogue.case_types:
        raise CliError(f"unknown case type '{args.type}' (known: {', '.join(sorted(app.catalogue.case_types))})")
    files = [Path(f) for f in args.attach]
    for f in files:
        if not f.is_file():
            raise CliError(f"attachment '{f}' does not exist")
    fee_paid = None if args.fee_paid is None else args.fee_paid == "yes"
    try:
        result, ref = app.intake(args.type, args.person, answers, args.channel, fee_paid, files)
    except FormInvalid as exc:
        raise CliError("invalid form: " + "; ".join(f"{p.field}: {p.message}" for p in exc.problems)) from None
    except (CaseInvalid, PersonInvalid, AttachmentInvalid) as exc:
        raise CliError(str(exc)) from None
    lang = "en" if args.json else "nl"
    suggestions = [{"case_type": s.case_type, "reason": text_in(s.reason, lang)} for s in result.suggestions]
    data = {"id": result.case.id, "reference": ref, "track_code": result.case.track_code,
            "status": result.case.status, "expected_date": result.case.expected_date,
            "fee_cents": result.case.fee_cents, "suggestions": suggestions}
    text = f"{ref} saved ({result.case.status}); expected by {result.case.expected_date}; track code {result.case.track_code}"
    text += "".join(f"\nsuggestion: {s['case_type']} — {s['reason']}" for s in suggestions)
    _emit(args, data, text)
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace) -> int:
    from desk_app.services.cases import CaseFilter

    app = _open(args)
    rows = app.list_cases(CaseFilter(status=args.status, department=args.department, case_type=args.type,
                                     overdue=args.overdue, open_only=args.open, limit=args.limit))
    _emit(args, rows, "\n".join(
        f"{r['reference']:14} {r['case_type']:26} {r['status']:20} due {r['expected_date']}" for r in rows
    ) or "no cases")
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace) -> int:
    app = _open(args)
    view = app.case(args.id)
    if view is None:
        raise CliError(f"no case '{args.id}' on this laptop")
    c = view.case
    lines = [f"{view.reference}  {c['case_type']}  status {c['status']}  expected {c['expected_date']}",
             f"track code {c['track_code']}  department {c['department']}  channel {c['channel']}",
             "answers: " + json.dumps(c["answers"], ensure_ascii=False),
             *[f"  {h['at'][:16]} {h['status']:20} {h['actor']:12} {h['citizen_text']}" for h in view.history]]
    _emit(args, view.__dict__, "\n".join(lines))
    return EXIT_OK


def cmd_case_status(args: argparse.Namespace) -> int:
    from desk_app.catalogue import text_in
    from desk_app.services.cases import CaseInvalid

    app = _open(args)
    st = app.catalogue.statuses.get(args.status)
    detail = args.reason or "\n".join(args.missing or [])
    text = args.text
    if st is not None and st.detail is not None:
        # a rejection states its reason, a waiting status what is missing: the letter prints it
        if not detail.strip():
            flag = "--reason TEXT" if st.detail.kind == "text" else "--missing ITEM (once per item)"
            raise CliError(f"'{args.status}' needs {flag}: the letter to the citizen prints it")
        view = app.case(args.id, purpose="show")
        lang = str(view.person.get("language") or "nl") if view is not None and view.person else "nl"
        text = st.citizen_text(lang, text if text is not None else text_in(st.text, lang), detail)
    elif detail:
        raise CliError(f"'{args.status}' takes no --reason or --missing")
    try:
        app.change_status(args.id, args.status, text)
    except CaseInvalid as exc:
        raise CliError(str(exc)) from None
    if st is None or st.detail is None:
        view = app.case(args.id, purpose="show")
    _emit(args, {"reference": view.reference, "status": args.status} if view else {},
          f"{args.id}: {args.status}")
    return EXIT_OK


def cmd_catalogue_check(args: argparse.Namespace) -> int:
    from desk_app.catalogue import CatalogueError, load_catalogue

    try:
        cat = load_catalogue(Path(args.dir) if args.dir else None)
        _check_letters(cat)
    except CatalogueError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if args.json:
            print(json.dumps({"ok": False, "problems": exc.problems}, ensure_ascii=False))
        return EXIT_INVALID
    _emit(args, {"ok": True, "case_types": sorted(cat.case_types), "statuses": sorted(cat.statuses)},
          f"catalogue OK: {len(cat.case_types)} case types, {len(cat.statuses)} statuses, {len(cat.rules)} rules")
    return EXIT_OK


def _check_letters(cat: Catalogue) -> None:
    """Letter templates are checked with the catalogue when the documents package provides a checker."""
    try:
        mod = importlib.import_module("desk_app.documents.templates")
    except ModuleNotFoundError:
        return
    checker = getattr(mod, "check_templates", None)
    if checker is not None:
        checker(cat)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    app = _open(args)  # opening migrates
    rev = app.store.current_revision()
    _emit(args, {"revision": rev}, f"store at schema {rev}")
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from desk_app.demo import generate

    if args.persons < 0 or args.cases < 0:
        raise CliError("--persons and --cases must be 0 or more")
    if args.cases and not args.persons:
        raise CliError("cases need persons: give --persons too")
    app = _open(args)
    result = generate(app.store, app.catalogue, args.persons, args.cases, seed=args.seed, pending=args.pending)
    _emit(args, result.__dict__,
          f"{result.persons} persons, {result.cases} cases, {result.status_changes} status changes "
          f"in {result.seconds:.1f} s")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from desk_app.services import audit

    app = _open(args)
    with app.store.read() as s:
        rows = [
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "person_id": e.person_id,
             "case_id": e.case_id, "detail": e.detail}
            for e in audit.entries(s, args.person, args.limit)
        ]
    _emit(args, rows, "\n".join(f"{str(r['at'])[:19]} {r['actor']:12} {r['action']:8} {r['person_id'] or ''} {r['detail']}" for r in rows))
    return EXIT_OK


def cmd_addresses_import(args: argparse.Namespace) -> int:
    from desk_app.services.address_register import RegisterError, import_file

    app = _open(args)
    try:
        result = import_file(app.store, Path(args.file))
    except RegisterError as exc:
        raise CliError(f"{args.file}: {exc}; the address register was not changed") from None
    _emit(args, result.__dict__,
          f"{result.addresses} addresses imported ({result.layout}; {result.left_out} left out) "
          f"in {result.seconds:.1f} s")
    return EXIT_OK


def cmd_addresses_streets(args: argparse.Namespace) -> int:
    from desk_app.services.address_register import RegisterError, install_streets

    app = _open(args)
    try:
        n = install_streets(app.paths.config, Path(args.file))
    except RegisterError as exc:
        raise CliError(f"{exc}; the street lines were not changed") from None
    _emit(args, {"lines": n}, f"{n} street lines for the offline map")
    return EXIT_OK


# -------------------------------------------------------------------- parser
def common_options() -> argparse.ArgumentParser:
    """The global options, accepted before and after the sub-command. A sub-parser's defaults would
    overwrite what was given before the sub-command (``desk-app --data-dir X search …`` lost X), so the
    sub-commands' copies default to SUPPRESS and only the top level sets defaults (``loket.cli``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="use DIR for all data (or set LOKET_DATA_DIR)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="demo mode: demo data, built-in case store, simulated card reader")
    return common


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    """Add the desk's own sub-commands (search, person, case, catalogue, db, demo-data, audit)."""

    p = sub.add_parser("search", parents=[common], help="type-ahead search (name, national number, address, case number)")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)

    person = sub.add_parser("person", help="persons").add_subparsers(dest="person_command", required=True)
    p = person.add_parser("show", parents=[common], help="a person's record and 360° view")
    p.add_argument("national_number")
    p.set_defaults(func=cmd_person_show)
    p = person.add_parser("new", parents=[common], help="add a person (declared data)")
    p.add_argument("--national-number")
    p.add_argument("--surname", required=True)
    p.add_argument("--given-names")
    p.add_argument("--birth-date")
    p.add_argument("--language", choices=LANGUAGES)
    p.add_argument("--channel", choices=("email", "sms", "letter", "phone"))
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--street")
    p.add_argument("--postal-code")
    p.add_argument("--municipality")
    p.set_defaults(func=cmd_person_new)

    case = sub.add_parser("case", help="cases").add_subparsers(dest="case_command", required=True)
    p = case.add_parser("new", parents=[common], help="save an intake")
    p.add_argument("--type", required=True)
    p.add_argument("--person", metavar="NATIONAL_NUMBER")
    p.add_argument("--field", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--channel", default="counter")
    p.add_argument("--fee-paid", choices=("yes", "no"))
    p.add_argument("--attach", action="append", default=[], metavar="FILE")
    p.set_defaults(func=cmd_case_new)
    p = case.add_parser("list", parents=[common], help="list cases")
    p.add_argument("--status")
    p.add_argument("--department")
    p.add_argument("--type")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--open", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_case_list)
    p = case.add_parser("show", parents=[common], help="a case with its status history")
    p.add_argument("id", help="local id, case number, track code or L-reference")
    p.set_defaults(func=cmd_case_show)
    p = case.add_parser("status", parents=[common], help="change a case's status")
    p.add_argument("id")
    p.add_argument("status")
    p.add_argument("--text", help="the text shown to the citizen (default: the catalogue's)")
    p.add_argument("--reason", help="why (required for a rejection; printed in the letter)")
    p.add_argument("--missing", action="append", metavar="ITEM",
                   help="what the citizen still has to bring (required for 'waiting for you'; once per item)")
    p.set_defaults(func=cmd_case_status)

    cat = sub.add_parser("catalogue", help="the city's catalogue").add_subparsers(dest="cat_command", required=True)
    p = cat.add_parser("check", parents=[common], help="check the catalogue files")
    p.add_argument("--dir", help="catalogue folder (default: the shipped one)")
    p.set_defaults(func=cmd_catalogue_check)

    db = sub.add_parser("db", help="the local store").add_subparsers(dest="db_command", required=True)
    p = db.add_parser("upgrade", parents=[common], help="migrate the store to this version")
    p.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("demo-data", parents=[common], help="fill the store with synthetic citizens and cases")
    p.add_argument("--persons", type=int, default=200)
    p.add_argument("--cases", type=int, default=500)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--pending", action="store_true", help="as local intakes waiting to sync")
    p.set_defaults(func=cmd_demo_data)

    addresses = sub.add_parser("addresses", help="the city's address register (offline geocoding of reports)")
    addresses_sub = addresses.add_subparsers(dest="addresses_command", required=True)
    p = addresses_sub.add_parser("import", parents=[common],
                                 help="replace the register with an Adressenregister CSV export (Lambert 72 x/y) "
                                      "or a CSV with lat/lon")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_addresses_import)
    p = addresses_sub.add_parser("streets", parents=[common],
                                 help="the city's street centre lines for the offline map (GeoJSON, WGS84)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_addresses_streets)

    p = sub.add_parser("audit", parents=[common], help="who looked at whom")
    p.add_argument("--person", help="person id")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=cmd_audit)


def run(args: argparse.Namespace) -> int:
    """Run a parsed sub-command; the desk's errors become a one-line reason and an exit code."""
    from desk_app.keys import KeyUnavailable
    from desk_app.services.outbox import ActionNotAllowed
    from desk_app.store.db import StoreError

    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return exc.code
    except ActionNotAllowed as exc:  # the signed-in role may not: the case store would refuse it
        print(f"desk-app: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except (KeyUnavailable, StoreError) as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
