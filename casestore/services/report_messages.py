"""Messages to the reporters of citizen reports (issue 15): on every status change whose status tells the
citizen (``tell_citizen`` in ``resources/reports/categories.json``), one message per reporter who has a
contact channel, in the reporter's language and channel, its text the category's ready text
(``wire.reports.Categories.render``). Anonymous reporters and reporters without a channel hear nothing; a
"me too" reporter hears like the first one.

Exactly once: a message is unique per (status change, reporter) (``cs_report_message``), so a change
applied twice (a laptop syncing again, a request repeated: the status change's ``request_id``) never tells
anyone twice, and calling ``tell_reporters`` again for the same change adds nothing.

Channels and states:

- ``mail`` / ``sms``: ``queued``; the same transaction stores a ``notification`` record for the gateway
  (``casestore.gateway``, as a laptop's notifications and the appointments' messages), its id derived from the
  message's. After the commit the case store hands it over (``casestore.deps.Store``: the ids named in the
  session's ``info[AFTER_COMMIT]``); ``casestore.services.notifications.deliver_notification`` marks the
  message ``sent`` or ``failed`` with the record. A gateway that is down leaves both ``queued``: the sweep of
  queued notifications (the first push after a start) hands them over later.
  A reporter who chose e-mail or SMS but whose address or number is unknown gets a letter instead.
- ``letter``: ``to_print``; the address is the person's current address record, read when the message is
  shown (so a move before printing is followed); none known: the view says so in ``note``.
- ``phone``: ``to_call``, the text is the script the clerk reads; ``{staff}`` is left for the clerk
  (``[your name]`` in the reporter's language).

Marking a letter printed or a call made (or the citizen unreachable) records who and when on the message
and writes an audit entry; reading messages (names, addresses) is audited too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore.models import AuditEntry, Record, utcnow
from casestore.models_reports import Report, ReportMessage, ReportReporter, ReportStatusChange
from casestore.services.common import Principal, ServiceError, _aware
from casestore.services.records import bump_counter
from wire import reports as catalogue
from wire import roles

CITY_TZ = ZoneInfo("Europe/Brussels")
AFTER_COMMIT = "deliver_after_commit"
"""Key of ``Session.info``: ids of ``notification`` records to hand to the gateway once the transaction has
committed (``casestore.deps.Store.run_tx``)."""

_NS = uuid.UUID("3b0f6a52-8d1e-4c1e-9b57-5d2f1a7c9e01")
STATES = ("queued", "sent", "failed", "to_print", "printed", "to_call", "called", "unreachable")
OUTCOMES = {"printed": ("letter", "to_print"), "called": ("phone", "to_call"), "unreachable": ("phone", "to_call")}
MAX_LIST = 500

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_SUBJECT = {"nl": "Uw melding {reference}: {status}", "fr": "Votre signalement {reference} : {status}",
            "de": "Ihre Meldung {reference}: {status}", "en": "Your report {reference}: {status}"}
_STAFF = {"nl": "[uw naam]", "fr": "[votre nom]", "de": "[Ihr Name]", "en": "[your name]"}
_CITIZEN = {"nl": "burger", "fr": "citoyen", "de": "Bürgerin, Bürger", "en": "citizen"}
NO_ADDRESS = "no postal address is known for this reporter: look the person up and add their address before printing"
_CITY_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "city.yaml"


def categories() -> catalogue.Categories:
    return catalogue.default()


def format_date(d: dt.date, language: str) -> str:
    """A date as the citizen reads it: ``12 januari 2027``, ``1er janvier 2027``, ``12. Januar 2027``."""
    months = _MONTHS.get(language, _MONTHS["nl"])
    month = months[d.month - 1]
    if language == "de":
        return f"{d.day}. {month} {d.year}"
    if language == "fr" and d.day == 1:
        return f"1er {month} {d.year}"
    if language == "en":
        return f"{d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"


@lru_cache(maxsize=1)
def city_name() -> str:
    """The city's own name (``Meerhoven``) as the texts want it after "Stad"/"Ville de": the words all the
    languages' names in ``resources/catalogue/city.yaml`` end with."""
    try:
        import yaml

        names = yaml.safe_load(_CITY_FILE.read_text(encoding="utf-8"))["city"]["name"]
        words = [str(v).split() for v in names.values() if str(v).strip()]
    except (OSError, KeyError, TypeError, ValueError, AttributeError):
        return "Meerhoven"
    if not words:
        return "Meerhoven"
    common: list[str] = []
    for parts in zip(*(list(reversed(w)) for w in words), strict=False):
        if len(set(parts)) != 1:
            break
        common.insert(0, parts[0])
    return " ".join(common) or " ".join(words[0])


def _note_id(message_id: int) -> str:
    """The gateway's id of a message's e-mail/SMS (a UUID: the gateway names its file after it)."""
    return str(uuid.uuid5(_NS, f"report-message:{message_id}"))


def _person(s: Session, person_id: str | None) -> dict[str, Any]:
    if not person_id:
        return {}
    rec = s.get(Record, ("person", person_id))
    return dict(rec.data or {}) if rec is not None else {}


def reporter_name(s: Session, r: ReportReporter, person: dict[str, Any] | None = None) -> str:
    name = " ".join(x for x in (r.first_name, r.last_name) if x and x.strip())
    if name:
        return name
    p = person if person is not None else _person(s, r.person_id)
    return " ".join(str(x) for x in (p.get("given_names"), p.get("surname")) if x and str(x).strip())


def current_address(s: Session, person_id: str | None, today: dt.date | None = None) -> list[str] | None:
    """The person's current postal address as lines (street and number; postcode and municipality; the
    country when not Belgium), or None when none is known: the address record valid today, the most recent
    first."""
    if not person_id:
        return None
    day = (today or dt.datetime.now(CITY_TZ).date()).isoformat()
    best: tuple[str, list[str]] | None = None
    for rec in s.scalars(select(Record).where(Record.entity == "address", Record.person_id == person_id)):
        d = rec.data or {}
        if d.get("deleted"):
            continue
        until, since = str(d.get("valid_until") or ""), str(d.get("valid_from") or "")
        if until and until < day:
            continue
        street = str(d.get("street_and_number") or "").strip()
        town = " ".join(str(x).strip() for x in (d.get("postal_code"), d.get("municipality")) if x)
        if not street or not town:
            continue
        lines = [street, town]
        country = str(d.get("country") or "BE").strip()
        if country and country.upper() != "BE":
            lines.append(country)
        if best is None or since > best[0]:
            best = (since, lines)
    return best[1] if best else None


def _recipient(r: ReportReporter, person: dict[str, Any], channel: str) -> str | None:
    value = (r.email or person.get("email")) if channel == "mail" else (r.phone or person.get("phone"))
    return str(value).strip() if isinstance(value, str) and value.strip() else None


def tell_reporters(s: Session, report: Report, change: ReportStatusChange) -> list[ReportMessage]:
    """The messages for ``change`` (a row of ``report``'s history, flushed): one per reporter with a contact
    channel when its status tells the citizen; none when it does not, or when they exist already. E-mails
    and SMS are queued for the gateway after the commit (``Session.info[AFTER_COMMIT]``)."""
    return _tell(s, report, change, None)


def tell_new_reporter(s: Session, report: Report, reporter: ReportReporter) -> list[ReportMessage]:
    """A "me too" reporter added to an open report hears that their report was received: the text of the
    report's first status (``gemeld``), once (the message belongs to that first change)."""
    if not report.is_open:
        return []
    if reporter.id is None:
        s.flush()
    first = s.scalar(select(ReportStatusChange).where(ReportStatusChange.report_id == report.id,
                                                      ReportStatusChange.status == categories().first_status)
                     .order_by(ReportStatusChange.id).limit(1))
    return _tell(s, report, first, reporter.id) if first is not None else []


def _tell(s: Session, report: Report, change: ReportStatusChange, only: int | None) -> list[ReportMessage]:
    cats = categories()
    status = cats.statuses.get(change.status)
    if status is None or not status.tell_citizen:
        return []
    if change.id is None:
        s.flush()
    done = set(s.scalars(select(ReportMessage.reporter_id).where(ReportMessage.status_change_id == change.id)))
    sub = cats.sub(report.category)
    out: list[ReportMessage] = []
    now = utcnow()
    who = select(ReportReporter).where(ReportReporter.report_id == report.id)
    if only is not None:
        who = who.where(ReportReporter.id == only)
    for r in s.scalars(who.order_by(ReportReporter.id)):
        if r.id in done or not r.contact_channel or not (r.person_id or r.email or r.phone):
            continue
        person = _person(s, r.person_id)
        lang = r.language if r.language in cats.languages else cats.languages[0]
        channel = r.contact_channel
        recipient = _recipient(r, person, channel) if channel in ("mail", "sms") else None
        if channel in ("mail", "sms") and recipient is None:
            channel = "letter"  # chose e-mail/SMS but none is known: the letter still reaches them
        values = {
            "name": reporter_name(s, r, person) or _CITIZEN.get(lang, ""),
            "reference": report.id,
            "category": sub.names[lang] if sub else report.category,
            "deadline": format_date(report.deadline, lang),
            "department": cats.departments.get(report.department, {}).get(lang, report.department),
            "reason": (change.note or "").strip(),
            "city": city_name(),
            "staff": _STAFF.get(lang, ""),
        }
        body = cats.render(report.category, change.status, lang, channel, values)
        subject = _SUBJECT[lang].format(reference=report.id, status=status.names[lang])
        state = {"mail": "queued", "sms": "queued", "letter": "to_print", "phone": "to_call"}[channel]
        msg = ReportMessage(report_id=report.id, reporter_id=r.id, status_change_id=change.id, status=change.status,
                            channel=channel, language=lang, subject=subject, body=body, state=state, created_at=now)
        s.add(msg)
        s.flush()
        if state == "queued":
            nid = _note_id(msg.id)
            data = {
                "id": nid, "channel": "email" if channel == "mail" else "sms", "recipient": recipient,
                "subject": subject, "body": body, "language": lang, "report_id": report.id,
                "report_message_id": msg.id, "person_id": r.person_id, "case_id": None,
                "case_reference": report.id, "created_at": now.isoformat(), "delivery": "queued",
            }
            s.add(Record(entity="notification", id=nid, revision=1, data=data, case_id=None, person_id=None,
                         department=None, assignee=None, created_by=change.by, updated_at=now))
            s.info.setdefault(AFTER_COMMIT, set()).add(nid)
        out.append(msg)
    if out:
        s.flush()
    return out


def notification_delivered(s: Session, data: dict[str, Any], state: str) -> None:
    """Called by the gateway hand-over (``notifications.deliver_notification``) when a report message's
    e-mail/SMS was sent or parked as failed: the message follows."""
    mid = data.get("report_message_id")
    if not isinstance(mid, int):
        return
    msg = s.get(ReportMessage, mid)
    if msg is not None and msg.state == "queued":
        msg.state = state
        msg.done_at = utcnow()
        msg.done_by = "gateway"


# ----------------------------------------------------------------------------------------------- reading


def may_read(s: Session, p: Principal, report: Report) -> None:
    """Coordinators read every report's messages; the front line those of the reports they took."""
    if p.role in roles.REPORT_DISPATCHERS:
        return
    if p.role in roles.REPORT_TAKERS and report.created_by == p.username:
        return
    if p.role in roles.REPORT_TAKERS:
        raise ServiceError(403, "forbidden", "you may read the messages of the reports you took only")
    raise ServiceError(403, "forbidden", f"role {p.role} may not read the messages to reporters")


def may_handle(p: Principal) -> None:
    if p.role not in roles.REPORT_DISPATCHERS:
        raise ServiceError(403, "forbidden",
                           f"role {p.role} may not handle the messages to reporters (coordinators do)")


def _iso(t: dt.datetime | None) -> str | None:
    return _aware(t).isoformat() if t is not None else None


def message_view(s: Session, m: ReportMessage, *, with_report: bool = False,
                 reporter: ReportReporter | None = None) -> dict[str, Any]:
    r = reporter if reporter is not None else s.get(ReportReporter, m.reporter_id)
    person = _person(s, r.person_id) if r is not None else {}
    out: dict[str, Any] = {
        "id": m.id, "reporter_id": m.reporter_id, "reporter_name": reporter_name(s, r, person) if r else "",
        "status": m.status, "channel": m.channel, "language": m.language, "subject": m.subject, "body": m.body,
        "state": m.state, "created_at": _iso(m.created_at), "done_at": _iso(m.done_at), "done_by": m.done_by,
    }
    if m.channel == "letter" and r is not None:
        lines = current_address(s, r.person_id)
        out["address"] = lines
        if lines is None:
            out["note"] = NO_ADDRESS
    elif m.channel == "phone" and r is not None:
        out["phone"] = r.phone or person.get("phone")
    if with_report:
        out["report_id"] = m.report_id
    return out


def _audit(s: Session, p: Principal, action: str, *, report_id: str | None, person_ids: Iterable[str | None],
           detail: str) -> None:
    """An audit entry written by the case store itself (``device_id`` ``casestore``, numbered by a counter):
    who looked at or handled which reporters' messages."""
    people = sorted({x for x in person_ids if x})
    s.add(AuditEntry(device_id="casestore", local_id=bump_counter(s, "audit:casestore"),
                     at=utcnow().isoformat(), actor=p.username, action=action[:100],
                     person_id=people[0] if len(people) == 1 else None, case_id=report_id,
                     contact_id=None, detail=(detail + (f"; persons: {', '.join(people)}" if people else ""))[:2000]))


def report_messages(s: Session, p: Principal, report_id: str) -> list[dict[str, Any]]:
    """A report's messages, oldest first (audited: they name the reporters)."""
    rep = s.get(Report, report_id)
    if rep is None:
        if p.role not in roles.REPORT_TAKERS:
            raise ServiceError(403, "forbidden", f"role {p.role} may not read the messages to reporters")
        raise ServiceError(404, "not_found", f"no report {report_id}")
    may_read(s, p, rep)
    rows = s.scalars(select(ReportMessage).where(ReportMessage.report_id == report_id)
                     .order_by(ReportMessage.id)).all()
    reporters = {r.id: r for r in s.scalars(select(ReportReporter).where(ReportReporter.report_id == report_id))}
    out = [message_view(s, m, reporter=reporters.get(m.reporter_id)) for m in rows]
    if out:
        _audit(s, p, "report_messages_viewed", report_id=report_id,
               person_ids=(reporters[m.reporter_id].person_id for m in rows if m.reporter_id in reporters),
               detail=f"{len(out)} messages of report {report_id}")
    return out


def work_list(s: Session, p: Principal, state: str, limit: int = 100) -> list[dict[str, Any]]:
    """Letters to print (``to_print``) or calls to make (``to_call``) across reports, oldest first."""
    may_handle(p)
    if state not in ("to_print", "to_call"):
        raise ServiceError(400, "bad_state", "state must be to_print or to_call")
    limit = max(1, min(limit, MAX_LIST))
    rows = s.scalars(select(ReportMessage).where(ReportMessage.state == state)
                     .order_by(ReportMessage.created_at, ReportMessage.id).limit(limit)).all()
    out = [message_view(s, m, with_report=True) for m in rows]
    if out:
        _audit(s, p, "report_messages_listed", report_id=None, person_ids=(),
               detail=f"{len(out)} messages {state}")
    return out


def mark_done(s: Session, p: Principal, message_id: int, outcome: str) -> dict[str, Any]:
    """A letter printed, a call made or the citizen unreachable: who and when, audited. The same outcome
    again answers the message unchanged; another outcome of a handled message, or an outcome that does not
    fit its channel, is refused (409)."""
    may_handle(p)
    if outcome not in OUTCOMES:
        raise ServiceError(400, "bad_outcome", f"outcome must be one of {', '.join(OUTCOMES)}")
    msg = s.scalar(select(ReportMessage).where(ReportMessage.id == message_id).with_for_update())
    if msg is None:
        raise ServiceError(404, "not_found", f"no message {message_id}")
    channel, waiting = OUTCOMES[outcome]
    if msg.state == outcome:
        return message_view(s, msg, with_report=True)
    if msg.channel != channel:
        raise ServiceError(409, "wrong_channel",
                           f"message {message_id} is a {msg.channel} message: it cannot be marked {outcome}")
    if msg.state != waiting:
        raise ServiceError(409, "already_done",
                           f"message {message_id} is already {msg.state} (by {msg.done_by or 'nobody'})")
    msg.state, msg.done_at, msg.done_by = outcome, utcnow(), p.username
    r = s.get(ReportReporter, msg.reporter_id)
    _audit(s, p, f"report_message_{outcome}", report_id=msg.report_id, person_ids=[r.person_id if r else None],
           detail=f"message {msg.id} ({msg.channel}, status {msg.status}) of report {msg.report_id}: {outcome}")
    s.flush()
    return message_view(s, msg, with_report=True)


def queued_ids(s: Session, ids: Sequence[int] | None = None) -> list[str]:
    """Gateway ids of the report messages still queued (for a sweep)."""
    q = select(ReportMessage.id).where(ReportMessage.state == "queued")
    if ids is not None:
        q = q.where(ReportMessage.id.in_(list(ids)))
    return [_note_id(i) for i in s.scalars(q)]
