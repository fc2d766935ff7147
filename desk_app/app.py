"""Composition root: one ``Loket`` per data directory ("laptop"), headless. The CLI and the GUI both
talk to it; every method owns its transaction and returns plain results plus a ChangeSet."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desk_app import keys
from desk_app.catalogue import Catalogue, Suggestion, load_catalogue
from desk_app.domain import national_number as nn
from desk_app.domain.calendar import WorkingCalendar
from desk_app.paths import Paths, resolve_paths
from desk_app.services import audit, persons
from desk_app.services import outbox as outbox_mod
from desk_app.services import search as search_mod
from desk_app.services.accounts import LocalAccounts
from desk_app.services.attachments import AttachmentStore
from desk_app.services.cases import CaseFilter, CaseService, IntakeResult, local_reference
from desk_app.services.changes import ChangeSet
from desk_app.services.outbox import pending_count
from desk_app.services.records import to_dict
from desk_app.settings import Settings
from desk_app.store.db import Store, open_store
from desk_app.store.models import Person

log = logging.getLogger(__name__)


@dataclass
class CaseView:
    case: dict[str, Any]
    reference: str
    history: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    person: dict[str, Any] | None


class Loket:
    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        catalogue: Catalogue,
        store: Store,
        attachments: AttachmentStore,
        demo: bool = False,
        key: bytes | None = None,
    ) -> None:
        self.paths = paths
        # the store's key (None: an unencrypted store, benchmarks only); drafts are sealed with it too
        self.store_key = key
        self.settings = settings
        self.catalogue = catalogue
        self.store = store
        self.attachments = attachments
        self.demo = demo
        self.calendar = WorkingCalendar(catalogue.closing_days)
        self.cases = CaseService(catalogue, self.calendar)
        # staff accounts this laptop vouches for (offline sign-in and unlock; desk and ``desk-app login``)
        self.accounts = LocalAccounts(store, demo)
        # every change is checked against the signed-in role before it reaches the outbox (wire.roles)
        store.session_info[outbox_mod.ROLE] = lambda: self.settings.role
        from desk_app.services.notifications import install as _install_notifications
        _install_notifications(self)

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        demo: bool = False,
        catalogue: Catalogue | None = None,
        encrypt: bool = True,
    ) -> Loket:
        if demo:  # the demo's own folder unless --data-dir / LOKET_DATA_DIR says otherwise
            from desk_app.paths import demo_data_dir

            data_dir = demo_data_dir(data_dir)
        paths = resolve_paths(data_dir)
        key = None
        if encrypt:  # first: without a usable key nothing is written (no folders, no half a store)
            key = keys.store_key(paths.store, create=not paths.store.exists(),
                                 demo_key_file=paths.config / keys.DEMO_KEY_FILE if demo else None)
        paths.ensure()
        settings = Settings.load(paths.config / "settings.json")
        catalogue = catalogue or load_catalogue(cache_file=paths.cache / "catalogue-cache.json")
        store = open_store(paths.store, key)
        att = AttachmentStore(paths.attachments, key, settings.max_attachment_mb * 1024 * 1024)
        return cls(paths, settings, catalogue, store, att, demo, key)

    def close(self) -> None:
        self.store.close()

    def wipe(self) -> list[str]:
        """A revoked laptop: forget the store key, delete every file with citizen data (see ``desk_app.wipe``)."""
        from desk_app.wipe import wipe_laptop

        return wipe_laptop(self.paths, self.store, demo=self.demo)

    @property
    def actor(self) -> str:
        return self.settings.staff_user or "desk"

    def may(self, desk_action: str) -> bool:
        """May the signed-in role take this desk action (``wire.roles.DESK_ACTIONS``)? The desk offers
        only these; the case store would refuse the others."""
        from wire.roles import may_do

        return may_do(self.settings.role, desk_action)

    # ---------------------------------------------------------------- persons
    def search(self, query: str, limit: int = 20, audit_results: bool = False) -> list[search_mod.SearchHit]:
        with self.store.read() as s:
            hits = search_mod.search(s, query, limit)
        if audit_results:
            self.log_search(query, hits)
        return hits

    def search_page(self, query: str, limit: int = 20) -> search_mod.SearchPage:
        """Type-ahead: hits and whether there are more (nothing logged: see ``log_search``)."""
        with self.store.read() as s:
            return search_mod.search_page(s, query, limit)

    def log_search(self, query: str, hits: list[search_mod.SearchHit]) -> None:
        """Log the persons a search showed (the desk calls this once typing pauses)."""
        person_ids = [h.id for h in hits if h.kind == "person"]
        if person_ids:
            with self.store.write() as s:
                audit.log_many(s, self.actor, "search", person_ids, detail=f"query: {query[:60]}")

    def person(self, ref: str, purpose: str = "open") -> dict[str, Any] | None:
        """A person's record by national number or id, logged in the audit log."""
        with self.store.write() as s:
            p = self._person(s, ref)
            if p is None:
                return None
            audit.log(s, self.actor, purpose, person_id=p.id)
            data = persons.snapshot(p)
            data["history"] = [h.__dict__ for h in persons.history(s, p.id, self.department)]
            open_types = self.cases.open_case_types(s, p.id)
            valid_until = dt.date.fromisoformat(p.card_valid_until) if p.card_valid_until else None
            data["suggestions"] = [
                self._suggestion(x, p.language)
                for x in self.catalogue.suggestions(None, card_valid_until=valid_until, open_case_types=open_types)
            ]
            return data

    def _person(self, s: Session, ref: str) -> Person | None:
        p = s.get(Person, ref)
        if p is None:
            try:
                p = persons.by_national_number(s, ref)
            except nn.NationalNumberError:  # neither an id nor a national number
                return None
        return p

    def _suggestion(self, x: Suggestion, lang: str) -> dict[str, Any]:
        from desk_app.catalogue import text_in

        ct = self.catalogue.case_types[x.case_type]
        return {"rule": x.rule_id, "case_type": x.case_type, "name": text_in(ct.name, lang),
                "reason": text_in(x.reason, lang)}

    def create_person(self, card: persons.CardData | None = None, **values: Any) -> tuple[str, ChangeSet]:
        with self.store.write() as s:
            p, changes = persons.create(s, self.actor, card, **values)
            return p.id, changes

    def update_person(self, person_id: str, **values: Any) -> ChangeSet:
        with self.store.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise persons.PersonInvalid("unknown person")
            return persons.update(s, self.actor, p, **values)

    def card_review(self, card: persons.CardData) -> tuple[str | None, list[persons.FieldDiff]]:
        """Match a card to a person: (person id or None for a new person, the old → new differences)."""
        with self.store.write() as s:
            p = persons.by_national_number(s, card.national_number)
            if p is None:
                return None, []
            audit.log(s, self.actor, "card_read", person_id=p.id)
            return p.id, persons.card_diff(p, card)

    def apply_card(self, person_id: str, card: persons.CardData, accept: set[str]) -> ChangeSet:
        with self.store.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise persons.PersonInvalid("unknown person")
            return persons.apply_card(s, self.actor, p, card, accept)

    # ---------------------------------------------------------------- cases
    def intake(
        self,
        case_type: str,
        person_ref: str | None,
        answers: dict[str, Any],
        channel: str = "counter",
        fee_paid: bool | None = None,
        attachment_files: list[Path] | None = None,
        contact: dict[str, Any] | None = None,
    ) -> tuple[IntakeResult, str]:
        """Save an intake durably (one transaction: the citizen's changed ``contact`` details (preferred
        channel, e-mail, phone), case, status, outbox, attachments). An intake that is refused leaves the
        contact details as they were; the result's change set holds both."""
        from sqlalchemy.exc import IntegrityError

        for attempt in range(3):
            try:
                with self.store.write() as s:
                    outbox_mod.require(s, "case", "create")  # before any attachment is stored
                    person = None
                    if person_ref:
                        person = self._person(s, person_ref)
                        if person is None:
                            raise persons.PersonInvalid(f"no person '{person_ref}' on this laptop")
                    contact_changes = ChangeSet()
                    if contact:
                        if person is None:
                            raise persons.PersonInvalid("contact details need a person")
                        contact_changes = persons.update(s, self.actor, person, **contact)
                    shas = [self.attachments.put_file(s, f).sha256 for f in attachment_files or []]
                    result = self.cases.intake(s, self.actor, case_type, person, answers, channel, fee_paid,
                                               attachments=shas)
                    result.changes.merge(contact_changes)
                    return result, local_reference(result.case)
            except IntegrityError as exc:  # the new track code is taken already: rolled back, save again
                if "track_code" not in str(exc.orig) or attempt == 2:
                    raise
                log.info("track code clash on intake; saving again with a new code")
        raise AssertionError("unreachable")

    def change_status(self, case_ref: str, status: str, citizen_text: str | None = None) -> ChangeSet:
        with self.store.write() as s:
            case = self.cases.find(s, case_ref)
            if case is None:
                from desk_app.services.cases import CaseInvalid

                raise CaseInvalid(f"no case '{case_ref}' on this laptop")
            return self.cases.change_status(s, self.actor, case, status, citizen_text)

    # ---------------------------------------------------------------- conflicts
    def open_conflicts(self) -> list[dict[str, Any]]:
        """The conflicts a person still has to decide, oldest first."""
        from desk_app.services import conflicts

        with self.store.read() as s:
            return conflicts.open_conflicts(s)

    def resolve_conflict(self, conflict_id: str, choice: str) -> ChangeSet:
        """Keep the case store's value ("server") or the laptop's ("local"): one transaction."""
        from desk_app.services import conflicts

        with self.store.write() as s:
            return conflicts.resolve(s, self.actor, self.cases, conflict_id, choice)

    def list_cases(self, f: CaseFilter) -> list[dict[str, Any]]:
        with self.store.read() as s:
            rows = s.scalars(self.cases.query(f)).all()
            return [to_dict(c) | {"reference": local_reference(c)} for c in rows]

    def case(self, ref: str, purpose: str = "open") -> CaseView | None:
        with self.store.write() as s:
            c = self.cases.find(s, ref)
            if c is None:
                return None
            audit.log(s, self.actor, purpose, person_id=c.person_id, case_id=c.id)
            return CaseView(
                case=to_dict(c),
                reference=local_reference(c),
                history=[to_dict(h) for h in c.history],
                attachments=[to_dict(a.attachment) | {"label": a.label} for a in c.attachments],
                person=persons.snapshot(c.person) if c.person else None,
            )

    def home_overview(self, today: dt.date | None = None) -> dict[str, Any]:
        """Everything a home screen shows (today's appointments and walk-ins, prepared visits, open and
        overdue cases per department, persons, operations waiting to sync), in one read."""
        from desk_app.services.overview import home_overview

        finals = [code for code, status in self.catalogue.statuses.items() if status.final]
        return home_overview(self.store, finals, today)

    # ---------------------------------------------------------------- consultations
    @property
    def department(self) -> str | None:
        """The signed-in user's department (who sees private notes); None when the account has none."""
        return self.settings.department or None

    def consultation(self, appointment_id: str) -> dict[str, Any]:
        """An appointment opened as a consultation (``desk_app.services.consultation``)."""
        from desk_app.services import consultation

        with self.store.read() as s:
            return consultation.opening(s, appointment_id)

    def consultation_cases(self, person_id: str, since: dt.datetime, case_ids: set[str]) -> list[dict[str, Any]]:
        """The intakes started for this citizen during a consultation opened at ``since``."""
        from desk_app.services import consultation

        with self.store.read() as s:
            return consultation.started_cases(s, person_id, since, case_ids, created_by=self.actor)

    def finish_consultation(self, appointment_id: str, finish: Any) -> Any:
        """Finish a consultation (a ``consultation.Finish``): contact, note and the appointment done, one
        transaction; a ``consultation.Finished`` with its change set."""
        from desk_app.services import consultation

        with self.store.write() as s:
            return consultation.finish(s, self.actor, self.department, appointment_id, finish)

    def consultation_drafts(self) -> Any:
        """The consultations' notes drafts (sealed like the intake drafts, in a folder of their own)."""
        from desk_app.services.drafts import DraftStore

        return DraftStore(self.paths.drafts / "consultations", self.store_key)

    def waiting_operations(self) -> int:
        with self.store.read() as s:
            return pending_count(s)
