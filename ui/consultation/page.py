"""The advisor's consultation (issue 16), opened from an appointment on the home screen: the citizen's 360° view
(the person page itself, embedded), the reason for the appointment, the notes (a sealed draft a second after
every edit: a crash loses nothing), the intakes started during the consultation (collected from the change sets
on the bus while it is open), and **Finish**: the contact (channel by the appointment's kind, duration since it
was opened, outcome, follow-up date) and the notes as a note — private to the advisor's department when ticked —
in one transaction (``Loket.finish_consultation``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in
from desk_app.services.changes import ChangeSet
from desk_app.services.consultation import CLOSED, MAX_MINUTES, Finish, Finished, closed_as, draft_id
from desk_app.services.drafts import Draft
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe, translated
from ui.core.pages import register_page
from ui.person.page import PersonPage
from ui.widgets import FitColumns, button, card, channel_name, label, span_row
from wire import roles

DRAFT_KIND = "consultation"


@register_page("consultation", title=QT_TRANSLATE_NOOP("MainWindow", "Consultation"),
               roles=(roles.COUNTER_CLERK, roles.OUTREACH, roles.THEME_DESK, roles.COORDINATOR))
class ConsultationPage(QWidget):
    def show_page(self, appointment_id: str) -> None:
        self.open(appointment_id)

    def focus_page(self) -> None:
        self.notes.setFocus()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drafts = ctx.loket.consultation_drafts()
        self.appointment: dict[str, Any] | None = None
        self.opened_at: dt.datetime | None = None
        self.case_ids: set[str] = set()  # named by change sets while this consultation is open
        self.started: list[dict[str, Any]] = []
        self.finished = False
        self._duration_edited = False
        self._setting_duration = False

        self.title = label("", "PageTitle", selectable=True)
        self.when = label("", "Muted", selectable=True)
        self.reason = label("", wrap=True, selectable=True)
        self.person = PersonPage(ctx)  # the 360° view: identity, contact, address, cases, contacts, history
        self.person.loaded.connect(lambda _pid: self._render())

        self.notes_title = label("", "SectionTitle")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes_title.setBuddy(self.notes)
        self.notes.textChanged.connect(self._edited)
        self.private = QCheckBox()
        self.private.toggled.connect(self._edited)
        self.draft_state = label("", "Muted")

        self.cases_title = label("", "SectionTitle")
        self.cases = QTreeWidget()
        self.cases.setRootIsDecorated(False)
        self.cases.setColumnCount(3)
        self.cases.setMaximumHeight(140)
        self.cases_title.setBuddy(self.cases)
        self._fit = FitColumns(self.cases, stretch=1)
        self.cases.itemActivated.connect(self._open_case)
        self.intake_btn = button("")
        self.intake_btn.clicked.connect(self._start_intake)

        finish_frame, finish_lay = card()
        self.finish_title = label("", "SectionTitle")
        form = QFormLayout()
        self.channel = label("", selectable=True)
        self.duration = QSpinBox()
        self.duration.setRange(1, MAX_MINUTES)
        self.duration.valueChanged.connect(self._duration_changed)
        self.outcome = QLineEdit()
        self.outcome.textChanged.connect(self._edited)
        self.follow_up = QCheckBox()
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on, 1)
        self._form_labels = [label(""), label(""), label("")]
        form.addRow(self._form_labels[0], self.channel)
        form.addRow(self._form_labels[1], self.duration)
        form.addRow(self._form_labels[2], self.outcome)
        form.addRow(follow)
        self._form_labels[1].setBuddy(self.duration)
        self._form_labels[2].setBuddy(self.outcome)
        self.error = label("", "FieldError", wrap=True)
        self.error.hide()
        self.finish_btn = button("", primary=True)
        self.finish_btn.clicked.connect(self.finish)
        finish_lay.addWidget(self.finish_title)
        finish_lay.addLayout(form)
        finish_lay.addWidget(self.error)
        finish_lay.addWidget(self.finish_btn)

        side = QVBoxLayout()
        side.addWidget(self.notes_title)
        side.addWidget(self.notes, 2)
        side.addWidget(self.private)
        side.addWidget(self.draft_state)
        side.addWidget(self.cases_title)
        side.addWidget(self.cases)
        side.addWidget(self.intake_btn)
        side.addWidget(finish_frame)
        side_w = QWidget()
        side_w.setLayout(side)
        side_w.setMinimumWidth(360)
        body = QHBoxLayout()
        body.addWidget(self.person, 3)
        side_scroll = QScrollArea()  # the side column scrolls: the page fits 1366×768 at 125 % (614 px high)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(380)
        side_scroll.setWidget(side_w)
        body.addWidget(side_scroll, 2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.when)
        lay.addWidget(self.reason)
        lay.addLayout(body, 1)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1000)
        self._autosave.timeout.connect(self.save_draft)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()

    # ------------------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.notes_title.setText(self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Notes of the consultation"))
        self.private.setText(self.tr("Private: my department only"))
        self.private.setAccessibleName(self.tr("Private: my department only"))
        if not self.ctx.loket.department:
            self.private.setToolTip(self.tr("Your account has no department, so notes cannot be kept private."))
        self.cases_title.setText(self.tr("Intakes started during this consultation"))
        self.cases.setAccessibleName(self.tr("Intakes started during this consultation"))
        self.cases.setHeaderLabels([self.tr("Reference"), self.tr("Case"), self.tr("Status")])
        self.intake_btn.setText(self.tr("Start an &intake…"))
        self.intake_btn.setAccessibleName(self.tr("Start an intake for this citizen"))
        self.finish_title.setText(self.tr("Finish the consultation"))
        for lab, text in zip(self._form_labels, (self.tr("Channel"), self.tr("Duration"), self.tr("Outcome")),
                             strict=True):
            lab.setText(text)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.follow_up.setText(self.tr("Follow-up on"))
        self.follow_up.setAccessibleName(self.tr("Follow-up on a date"))
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))
        self.finish_btn.setText(self.tr("&Finish consultation"))
        self.finish_btn.setAccessibleName(self.tr("Finish consultation"))
        if self.appointment is not None:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------ opening
    def open(self, appointment_id: str) -> None:
        if self.appointment is not None and self.appointment["id"] == appointment_id and not self.finished:
            return  # back to the consultation under way (after an intake): keep it as it is
        self._autosave.stop()
        self.appointment = None
        self.person.person = None  # not the previous consultation's citizen while this one loads
        self.finished = False
        self.case_ids, self.started = set(), []
        self._duration_edited = False
        self.error.hide()
        self.title.setText(self.tr("Consultation"))
        loket, drafts = self.ctx.loket, self.drafts

        def load() -> tuple[dict[str, Any], Draft | None]:
            return loket.consultation(appointment_id), drafts.load(draft_id(appointment_id))

        self.ctx.ops.run_op(load, self._opened, self._failed, key="consultation")

    def _opened(self, result: tuple[dict[str, Any], Draft | None]) -> None:
        appt, draft = result
        self.appointment = appt
        extra = draft.extra if draft is not None else {}
        try:
            self.opened_at = dt.datetime.fromisoformat(str(extra["opened_at"]))
        except (KeyError, ValueError):
            self.opened_at = dt.datetime.now(dt.UTC)
        self._setting_duration = True
        self.notes.setPlainText(draft.answers.get("notes", "") if draft else "")
        self.private.setChecked(bool(draft.answers.get("private")) if draft else False)
        self.outcome.setText(draft.answers.get("outcome", "") if draft else "")
        self._setting_duration = False
        self.case_ids = set(extra.get("case_ids") or [])
        if draft is not None and extra.get("duration_minutes"):
            self._duration_edited = True
            self._set_duration(int(extra["duration_minutes"]))
        else:
            self._tick()
        follow = draft.answers.get("follow_up_on") if draft else None
        self.follow_up.setChecked(bool(follow))
        self.follow_up_on.setMinimumDate(QDate.currentDate())
        self.follow_up_on.setDate(QDate.fromString(follow, "yyyy-MM-dd") if follow
                                  else QDate.currentDate().addDays(14))
        self.draft_state.setText(self.tr("Notes restored from the draft") if draft else "")
        closed = appt.get("status") in CLOSED
        self.finished = closed
        self._enable(not closed)
        if closed:
            self._show_error(self.tr("This appointment is closed (%1); it cannot be finished again.")
                             .replace("%1", translated(closed_as(str(appt.get("status"))))))
        if appt.get("person_id"):
            self.person.show()
            self.person.load(appt["person_id"])
        else:
            self.person.hide()
        self._render()
        self._clock.start()
        self._refresh_cases()

    def _failed(self, exc: BaseException) -> None:
        self._show_error(describe(exc))
        self.ctx.bus.message.emit(describe(exc))

    def _render(self) -> None:
        a = self.appointment or {}
        who = ""
        if self.person.person:
            p = self.person.person
            who = f"{p.get('given_names') or ''} {p.get('surname') or ''}".strip()
        self.title.setText(self.tr("Consultation: %1").replace("%1", who) if who else self.tr("Consultation"))
        start, end = a.get("starts_at"), a.get("ends_at")
        place = a.get("place") or a.get("room") or ""
        parts = [fmt.datetime(dt.datetime.fromisoformat(start)) if start else "",
                 fmt.datetime(dt.datetime.fromisoformat(end))[-5:] if end else "", place]
        self.when.setText(" · ".join(x for x in parts if x))
        from ui.i18n import colon

        self.reason.setText(f"{colon(self.tr('Reason'))} {a.get('reason') or '—'}")
        self.channel.setText(channel_name(a.get("channel")))
        self.private.setEnabled(bool(self.ctx.loket.department) and not self.finished)
        self._render_cases()

    def _enable(self, on: bool) -> None:
        for w in (self.notes, self.outcome, self.duration, self.follow_up, self.finish_btn, self.intake_btn):
            w.setEnabled(on)
        self.follow_up_on.setEnabled(on and self.follow_up.isChecked())
        self.private.setEnabled(on and bool(self.ctx.loket.department))

    # ------------------------------------------------------------------------------ duration
    def _set_duration(self, minutes: int) -> None:
        self._setting_duration = True
        self.duration.setValue(max(1, min(MAX_MINUTES, minutes)))
        self._setting_duration = False

    def _tick(self) -> None:
        """Duration = since the consultation was opened, until the advisor sets it."""
        if self._duration_edited or self.opened_at is None or self.finished:
            return
        self._set_duration(round((dt.datetime.now(dt.UTC) - self.opened_at).total_seconds() / 60))

    def _duration_changed(self, _value: int) -> None:
        if not self._setting_duration:
            self._duration_edited = True
            self._edited()

    # ------------------------------------------------------------------------------ drafts
    def _edited(self) -> None:
        if self.appointment is None or self.finished or self._setting_duration:
            return
        self.draft_state.setText(self.tr("Draft: editing…"))
        self._autosave.start()

    def _draft(self) -> Draft | None:
        a = self.appointment
        if a is None or self.opened_at is None:
            return None
        answers = {"notes": self.notes.toPlainText(), "private": self.private.isChecked(),
                   "outcome": self.outcome.text(),
                   "follow_up_on": self.follow_up_on.date().toString("yyyy-MM-dd") if self.follow_up.isChecked()
                   else None}
        extra = {"appointment_id": a["id"], "opened_at": self.opened_at.isoformat(),
                 "case_ids": sorted(self.case_ids),
                 "duration_minutes": self.duration.value() if self._duration_edited else None}
        return Draft(DRAFT_KIND, a.get("person_id"), answers, extra, id=draft_id(a["id"]),
                     title=a.get("reason") or "")

    def save_draft(self) -> None:
        draft = self._draft()
        if draft is None or self.finished:
            return
        drafts = self.drafts
        self.ctx.mutate(lambda: drafts.save(draft),
                        lambda _r: self.draft_state.setText(self.tr("Draft saved")),
                        lambda e: self.draft_state.setText(describe(e)), key="consultation-draft")

    # ------------------------------------------------------------------------------ intakes
    def _start_intake(self) -> None:
        if self.appointment is not None:
            self.ctx.bus.start_intake.emit("", self.appointment.get("person_id") or "")

    def _changed(self, changes: ChangeSet) -> None:
        if self.appointment is None or self.finished or not changes.cases:
            return
        new = changes.cases - self.case_ids
        if not new:
            return
        self.case_ids |= new
        self._refresh_cases()
        self._edited()  # the draft keeps them too

    def _refresh_cases(self) -> None:
        a = self.appointment
        if a is None or not a.get("person_id") or self.opened_at is None:
            return
        loket, person_id, since, ids = self.ctx.loket, a["person_id"], self.opened_at, set(self.case_ids)
        self.ctx.ops.run_op(lambda: loket.consultation_cases(person_id, since, ids), self._cases_loaded,
                            self._failed, key="consultation-cases")

    def _cases_loaded(self, cases: list[dict[str, Any]]) -> None:
        self.started = cases
        self._render_cases()

    def _render_cases(self) -> None:
        cat, lang = self.ctx.loket.catalogue, self.ctx.lang
        self.cases.clear()
        for c in self.started:
            ct, st = cat.case_types.get(c["case_type"]), cat.statuses.get(c["status"])
            item = QTreeWidgetItem([c["reference"], text_in(ct.name, lang) if ct else c["case_type"],
                                    text_in(st.name, lang) if st else c["status"]])
            item.setData(0, Qt.ItemDataRole.UserRole, c["id"])
            self.cases.addTopLevelItem(item)
        if not self.started:
            span_row(self.cases, self.tr("No intake started yet."))
        self._fit.fit()

    def _open_case(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:
            self.ctx.bus.open_case.emit(case_id)

    # ------------------------------------------------------------------------------ finish
    def finish(self) -> None:
        a = self.appointment
        if a is None or self.finished:
            return
        qd = self.follow_up_on.date()
        f = Finish(notes=self.notes.toPlainText(), private=self.private.isChecked() and self.private.isEnabled(),
                   duration_minutes=self.duration.value(), outcome=self.outcome.text(),
                   follow_up_on=dt.date(qd.year(), qd.month(), qd.day()) if self.follow_up.isChecked() else None)
        loket, drafts, did = self.ctx.loket, self.drafts, draft_id(a["id"])
        self._autosave.stop()
        self.finish_btn.setEnabled(False)
        self.error.hide()

        def work() -> Finished:
            done: Finished = loket.finish_consultation(a["id"], f)
            drafts.delete(did)  # after the commit: a failure keeps the notes
            return done

        self.ctx.mutate(work, self._finished, self._finish_failed, changes=lambda r: r.changes)

    def _finished(self, _done: Finished) -> None:
        self.finished = True
        self._clock.stop()
        self._enable(False)
        self.draft_state.setText(self.tr("Consultation finished: the contact is in the citizen's history."))
        self.ctx.bus.message.emit(self.tr("Consultation finished"))

    def _finish_failed(self, exc: BaseException) -> None:
        self.finish_btn.setEnabled(True)
        self._show_error(describe(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
