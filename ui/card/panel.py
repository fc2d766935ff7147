"""The card panel, always visible at the right: reader status, then (on insertion) identity first, the
photo and verification as they arrive, the person match and — for a known citizen with other card data —
a field-by-field review; a new address on the card offers an intake of the case type the catalogue names for
it (``card_review: {address_changed: …}`` in city.yaml)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app import languages
from desk_app.catalogue import text_in
from desk_app.services.persons import CardData
from ui.card.service import CardService, card_data, document_kind
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.i18n import colon
from ui.widgets import badge, button, label, set_badge

FIELD_NAMES = {"surname": "Surname", "given_names": "Given names", "birth_date": "Date of birth",
               "birth_place": "Place of birth", "sex": "Sex", "nationality": "Nationality",
               "card_number": "Card number", "card_valid_until": "Card valid until", "address": "Address"}


class CardReviewDialog(QDialog):
    """Known citizen, other data on the card: accept field by field (old → new)."""

    def __init__(self, diffs: list[Any], parent: QWidget | None = None, intake_name: str | None = "") -> None:
        """``intake_name``: the case type a new address starts (its name, for the tooltip), None for none."""
        super().__init__(parent)
        self.diffs = diffs
        self.setWindowTitle(self.tr("The card differs from our record"))
        self.table = QTableWidget(len(diffs), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Now on record"), self.tr("On the card")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Differences between the card and the record"))
        names = {k: self.tr(v) for k, v in FIELD_NAMES.items()}
        for r, d in enumerate(diffs):
            item = QTableWidgetItem(names.get(d.field, d.field))
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, 0, item)
            old = fmt.date(d.old) if "date" in d.field or d.field == "card_valid_until" else d.old
            new = fmt.date(d.new) if "date" in d.field or d.field == "card_valid_until" else d.new
            self.table.setItem(r, 1, QTableWidgetItem(str(old or "—")))
            self.table.setItem(r, 2, QTableWidgetItem(f"→ {new}"))
        self.table.resizeColumnsToContents()
        self.address_intake = QCheckBox(self.tr("Start an &address change intake for the new address"))
        has_address = intake_name is not None and any(d.field == "address" for d in diffs)
        self.has_address = has_address
        self.address_intake.setToolTip(intake_name or "")
        self.address_intake.setVisible(has_address)
        self.address_intake.setChecked(has_address)
        buttons = QDialogButtonBox()
        self.apply_btn = buttons.addButton(self.tr("&Apply ticked changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_btn = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_btn.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Tick what should be taken over from the card (Space toggles)."), wrap=True))
        lay.addWidget(self.table)
        lay.addWidget(self.address_intake)
        lay.addWidget(buttons)
        self.resize(620, 320)
        self.table.setFocus()
        self.table.setCurrentCell(0, 0)

    def accepted_fields(self) -> set[str]:
        checked = set()
        for r, d in enumerate(self.diffs):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                checked.add(d.field)
        return checked

    def wants_address_intake(self) -> bool:
        """Ticked (and offered): asked after the dialog closed, when none of its widgets is visible."""
        return self.has_address and self.address_intake.isChecked()


class OverrideDialog(QDialog):
    """An altered card: the clerk checked the citizen's identity another way and says how (audit log)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Altered card"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setAccessibleName(self.tr("How was the identity checked?"))
        reason_label = QLabel(self.tr("&How was the identity checked?"))
        reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox()
        self.ok_btn = buttons.addButton(self.tr("&Continue with this citizen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_btn = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_btn.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok_btn.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("The data on this card does not match its signature: the card was altered. "
                                    "Only continue with %1 after checking the identity with another document; "
                                    "your reason is written to the audit log.").replace("%1", name), wrap=True))
        lay.addWidget(reason_label)
        lay.addWidget(self.reason)
        lay.addWidget(buttons)
        self.resize(520, 200)
        self.reason.setFocus()


class CardPanel(QFrame):
    person_matched = Signal(str, list)  # person id, diffs (a card the clerk may rely on)
    card_changed = Signal(object)  # the CardData of the card now in the reader, or None when removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CardPanel")
        self.service: CardService | None = None
        self.card: CardData | None = None
        self.verification: str | None = None
        self.match: tuple[str | None, list[Any]] | None = None
        self.document_type: int | None = None
        self.document_name: str | None = None
        self.override_pid: str | None = None  # an altered card the clerk chose to continue with (audited)
        self.auto_review = True
        self.title = label("", "SectionTitle")
        self.reader = label("", "Muted", wrap=True)
        self.reader.setAccessibleName("Reader status")
        self.photo = QLabel()
        self.photo.setFixedSize(96, 128)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #EEF2F2; border-radius: 6px;")
        self.name = label("", "SectionTitle", wrap=True, selectable=True)
        self.nn = label("", selectable=True)
        id_col = QVBoxLayout()
        id_col.addWidget(self.name)
        id_col.addWidget(self.nn)
        id_col.addStretch(1)
        id_widget = QWidget()
        id_widget.setMinimumHeight(self.photo.height() + 4)
        id_row = QHBoxLayout(id_widget)
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        id_row.addLayout(id_col, 1)
        self.details = label("", wrap=True, selectable=True)
        self.verify_badge = badge("")
        self.verify_text = label("", "Muted", wrap=True)
        self.match_text = label("", wrap=True)
        self.create_btn = button("", primary=True)
        self.create_btn.clicked.connect(self.create_person)
        self.open_btn = button("")
        self.open_btn.clicked.connect(self.open_person)
        self.review_btn = button("")
        self.review_btn.clicked.connect(self.review)
        self.override_btn = button("")
        self.override_btn.clicked.connect(self.request_override)
        self.identity_box = QWidget()
        il = QVBoxLayout(self.identity_box)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(id_widget)
        il.addWidget(self.details)
        il.addWidget(self.verify_badge, 0, Qt.AlignmentFlag.AlignLeft)
        il.addWidget(self.verify_text)
        il.addWidget(self.match_text)
        il.addWidget(self.create_btn)
        il.addWidget(self.review_btn)
        il.addWidget(self.override_btn)
        il.addWidget(self.open_btn)
        self.identity_box.hide()
        self.hint = label("", "Muted", wrap=True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.addWidget(self.title)
        lay.addWidget(self.reader)
        lay.addWidget(self.identity_box)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self.retranslate()
        self.set_reader_state("starting", self.tr("No card reader service started"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("eID card"))
        self.create_btn.setText(self.tr("&New citizen"))
        self.create_btn.setAccessibleName(self.tr("Add as new citizen"))
        self.create_btn.setToolTip(self.tr("Add as new citizen"))
        self.open_btn.setText(self.tr("&Open citizen"))
        self.review_btn.setText(self.tr("&Review card changes…"))
        self.override_btn.setText(self.tr("Continue &anyway (logged)…"))
        self.override_btn.setAccessibleName(self.tr("Continue with this citizen despite the altered card"))
        if self.card is not None:
            self._details()
        self.setAccessibleName(self.tr("eID card panel"))
        self.hint.setText(self.tr("Insert the citizen's eID card: identity and photo appear here, and the citizen "
                                  "is looked up by national number. F2 reads the card again."))
        # the reader status, in the new language (the service keeps the status it last said)
        if self.service is not None:
            self.service.retranslate()
        elif hasattr(self, "reader"):
            self.set_reader_state("starting", self.tr("No card reader service started"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, service: CardService) -> None:
        self.service = service
        service.reader_state.connect(self.set_reader_state)
        service.identity.connect(self.show_identity)
        service.result.connect(self.show_result)
        service.error.connect(self.show_error)
        service.removed.connect(self.clear)

    # ---------------------------------------------------------------------------- display
    def set_reader_state(self, state: str, text: str) -> None:
        colour = {"ready": "#1E7B34", "read": "#1E7B34", "reading": "#B07800", "inserted": "#B07800",
                  "starting": "#7A8585"}.get(state, "#B00020")
        self.reader.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.reader.setAccessibleDescription(text)

    def show_identity(self, partial: Any) -> None:
        """Identity first (the photo and verification follow)."""
        self.card = card_data(partial)
        self.verification = None
        self.match = None
        self.override_pid = None
        self.document_type = partial.card.document_type
        self.document_name = partial.card.document_type_name
        c = self.card
        self.name.setText(f"{c.given_names} {c.surname}".strip())
        self.nn.setText(fmt.national_number(c.national_number))
        self.photo.setPixmap(QPixmap())
        self.photo.setText("…")
        self._details()
        set_badge(self.verify_badge, self.tr("checking…"), "warn")
        self.verify_text.setText("")
        self.match_text.setText("")
        for b in (self.create_btn, self.open_btn, self.review_btn, self.override_btn):
            b.hide()
        self.identity_box.show()
        self.hint.hide()
        self.card_changed.emit(self.card)

    def _details(self) -> None:
        c = self.card
        if c is None:
            return
        lines = [
            f"{colon(self.tr('Document'))} {document_kind(self.document_type, self.document_name)}",
            f"{colon(self.tr('Born'))} {fmt.date(c.birth_date) or '—'} {c.birth_place or ''}".strip(),
            f"{colon(self.tr('Nationality'))} {c.nationality or '—'}",
            *([f"{colon(self.tr('Third initial'))} {c.third_initial}"] if c.third_initial else []),
            f"{colon(self.tr('Card'))} {c.card_number or '—'} · {self.tr('valid until')} {fmt.date(c.card_valid_until)}",
        ]
        if c.street_and_number:
            lines.append(f"{c.street_and_number}, {c.postal_code or ''} {c.municipality or ''}")
        if c.card_valid_until and c.card_valid_until < dt.date.today().isoformat():
            lines.append("⚠ " + self.tr("This card has expired."))
        self.details.setText("\n".join(lines))

    def show_result(self, result: Any) -> None:
        if self.card is None or self.card.national_number != (result.person.national_number or ""):
            self.show_identity(result)
        self.card = card_data(result)
        self._details()
        if result.photo:
            pix = QPixmap()
            if pix.loadFromData(result.photo):
                self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
        status = result.verification.status if result.verification else "unverifiable"
        self.verification = status
        texts = {"valid": (self.tr("verified"), ""), "untrusted": (self.tr("test card"), "warn"),
                 "invalid": (self.tr("ALTERED — do not rely on it"), "bad"),
                 "unverifiable": (self.tr("not verified"), "warn")}
        t, kind = texts.get(status, (status, "warn"))
        set_badge(self.verify_badge, t, kind)
        explain = {"valid": self.tr("Signed by the National Register."),
                   "untrusted": self.tr("Consistent, but not signed by a Belgian root: a test or specimen card."),
                   "invalid": self.tr("The data does not match its signature. Check the physical card and ask "
                                      "for another document."),
                   "unverifiable": self.tr("Part of the card could not be read. Read the card again (F2).")}
        self.verify_text.setText(explain.get(status, ""))
        self.match_person()

    def show_error(self, message: str) -> None:
        self.ctx.bus.message.emit(message)
        if self.card is None:
            self.reader.setText("<span style='color:#B00020'>●</span> " + message)

    def clear(self) -> None:
        self.card = None
        self.match = None
        self.override_pid = None
        self.identity_box.hide()
        self.hint.show()
        self.card_changed.emit(None)

    def blocks_intake(self, person_id: str) -> bool:
        """An altered card of this citizen is in the reader and the clerk did not override it."""
        return (self.card is not None and self.verification == "invalid" and bool(person_id)
                and self.match is not None and self.match[0] == person_id and self.override_pid != person_id)

    # ---------------------------------------------------------------------------- matching
    def match_person(self) -> None:
        card = self.card
        if card is None or not card.national_number:
            return
        loket = self.ctx.loket
        self.match_text.setText(self.tr("Looking up the citizen…"))
        self.ctx.ops.run_op(lambda: loket.card_review(card), self._matched,
                            lambda e: self.match_text.setText(describe(e)), key="card-match")

    def _matched(self, match: tuple[str | None, list[Any]]) -> None:
        self.match = match
        pid, diffs = match
        trusted = self.verification != "invalid"
        if pid is None:
            may_add = self.ctx.may("new_person")  # offered only to roles the case store accepts
            self.match_text.setText(self.tr("Not yet known on this laptop.") if may_add else
                                    self.tr("Not yet known on this laptop; your role does not register citizens."))
            self.create_btn.setVisible(trusted and may_add)
            self.create_btn.setFocus()
            return
        if not trusted:  # an altered card: nothing opens on it without an explicit, audited override
            self.match_text.setText(self.tr("Known citizen, but this card was altered: check the identity with "
                                            "another document before you continue."))
            self.override_btn.show()
            self.override_btn.setFocus()
            return
        self.open_btn.show()
        trusted = trusted and self.ctx.may("edit_person")
        if diffs:
            self.match_text.setText(self.tr("Known citizen; the card shows %n change(s).", "", len(diffs)))
            self.review_btn.setVisible(trusted)
        else:
            self.match_text.setText(self.tr("Known citizen; the record matches the card."))
        self.person_matched.emit(pid, diffs)  # the window opens the citizen (or keeps an intake and says so)
        if diffs and trusted and self.auto_review:
            self.review()

    def open_person(self) -> None:
        if self.match and self.match[0]:
            self.ctx.bus.open_person.emit(self.match[0])

    def request_override(self) -> None:
        """Altered card, known citizen: continue only with a reason, which goes to the audit log."""
        if not self.match or not self.match[0] or self.card is None:
            return
        dlg = OverrideDialog(f"{self.card.given_names} {self.card.surname}".strip(), self.window())
        self.override_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.reason.text().strip():
            return
        self.apply_override(self.match[0], dlg.reason.text().strip())

    def apply_override(self, pid: str, reason: str) -> None:
        from desk_app.services import audit

        loket = self.ctx.loket
        detail = f"altered card overridden: {reason}"

        def work() -> None:
            with loket.store.write() as s:
                audit.log(s, loket.actor, "card_read", person_id=pid, detail=detail)

        def done(_r: Any) -> None:
            self.override_pid = pid
            self.override_btn.hide()
            self.open_btn.show()
            self.match_text.setText(self.tr("Altered card: you continue with this citizen (logged)."))
            self.ctx.bus.open_person.emit(pid)

        self.ctx.mutate(work, done, lambda e: self.ctx.bus.message.emit(describe(e)))

    def create_person(self) -> None:
        """One confirmation (this button) creates the citizen from the card."""
        card = self.card
        if card is None:
            return
        loket = self.ctx.loket
        self.create_btn.setEnabled(False)

        def done(result: tuple[str, Any]) -> None:
            self.create_btn.setEnabled(True)
            self.create_btn.hide()
            self.match = (result[0], [])
            self.match_text.setText(self.tr("Citizen added."))
            self.open_btn.show()
            self.ctx.bus.open_person.emit(result[0])

        def failed(exc: BaseException) -> None:
            self.create_btn.setEnabled(True)
            self.ctx.bus.message.emit(describe(exc))

        self.ctx.mutate(lambda: loket.create_person(card, language=languages.known(self.ctx.lang)),
                        done, failed)

    def review(self) -> None:
        if not self.match or not self.match[0] or not self.match[1] or self.card is None:
            return
        pid, diffs = self.match
        assert pid is not None
        intake = self.ctx.loket.catalogue.card_review_case_type("address_changed")
        dlg = CardReviewDialog(diffs, self.window(), text_in(intake.name, self.ctx.lang) if intake else None)
        self.review_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_review(pid, dlg.accepted_fields(), dlg.wants_address_intake())

    def apply_review(self, pid: str, accept: set[str], address_intake: bool) -> None:
        """Take the accepted fields over from the card; with ``address_intake``, then start an intake of the case
        type the catalogue names for a new address, with the card's address filled in."""
        card = self.card
        assert card is not None
        loket = self.ctx.loket
        intake = loket.catalogue.card_review_case_type("address_changed") if address_intake else None

        def done(_changes: Any) -> None:
            self.review_btn.hide()
            self.match = (pid, [])
            self.match_text.setText(self.tr("Record updated from the card."))
            if intake is not None:
                prefill = {"street_and_number": card.street_and_number or "", "postal_code": card.postal_code or "",
                           "municipality": card.municipality or ""}
                self.ctx.services["intake_prefill"] = prefill
                self.ctx.bus.start_intake.emit(intake.code, pid)

        self.ctx.mutate(lambda: loket.apply_card(pid, card, accept), done,
                        lambda e: self.ctx.bus.message.emit(describe(e)))
