"""Intake: a form generated from the catalogue, validated inline, saved offline in one transaction.

The draft is written (encrypted) a second after every edit; suggestions from the catalogue's rules
appear while typing; the citizen's preferred channel is confirmed before saving.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import CaseType, FormInvalid, text_in
from desk_app.services.cases import INTAKE_CHANNELS
from desk_app.services.drafts import Draft, DraftStore
from desk_app.services.persons import CHANNELS, CardData
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import PageHost, register_page
from ui.i18n import colon
from ui.intake.fields import FieldEditor
from ui.widgets import button, card, clear_layout, label
from wire import roles

ROLE_CHANNEL = {roles.COUNTER_CLERK: "counter", roles.OUTREACH: "home_visit", roles.THEME_DESK: "counter"}


def translate_problem(message: str) -> str:
    from ui.core.errors import translated

    return translated(message, "validation")  # a coded message with its parameters, in the user's language


@register_page("intake", revisit=False)  # started by the window (start_intake); Alt+← never returns into one
class IntakePage(QWidget):
    saved = Signal(object)  # {"case_id", "reference", "track_code", ...}
    cancelled = Signal()

    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> IntakePage:
        page = cls(ctx)
        page.cancelled.connect(window.back)
        page.set_reader_card(window.reader_card())
        return page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drafts = DraftStore.for_loket(ctx.loket)
        self.case_type: CaseType | None = None
        self.person: dict[str, Any] | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.extra_files: list[Path] = []
        self.draft: Draft | None = None
        self.last_result: dict[str, Any] | None = None
        self.reader_card: CardData | None = None  # the card in the reader (the window keeps it current)
        self._loading = False
        self._dirty = False  # edited since it was started (an untouched form leaves no draft)
        self._on_disk = False  # this intake's draft was written (or resumed): Esc updates it
        self._checked = False  # a save was tried: shown errors follow the fields from now on
        self._shown: dict[str, str] = {}  # field → the (untranslated) problem shown under it
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(800)
        self._autosave.timeout.connect(self.save_draft)

        self.title = label("", "PageTitle")
        self.who = label("", "SectionTitle")
        self.card_note = label("", "FieldError", wrap=True)  # whose card is in the reader, when it is another
        self.card_note.hide()
        self.type_label = QLabel()
        self.type_combo = QComboBox()
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        self.type_combo.installEventFilter(self)  # Enter in the type box goes on to the form
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # no name cut short
        self.type_label.setBuddy(self.type_combo)
        self.type_label.setProperty("mnemonic_first", True)  # keeps the Alt-letter its hint names (ui.core.mnemonics)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.type_label)
        head.addWidget(self.type_combo)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(4)
        self.summary = label("", "FieldError", wrap=True)
        self.summary.hide()
        form_frame, form_lay = card()
        form_lay.addWidget(self.summary)
        form_lay.addWidget(self.form_host)
        form_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_frame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop without a visible focus: the fields are
        self.form_scroll = scroll

        # right column: fee, documents, suggestions, attachments, channel
        side = QVBoxLayout()
        self.fee_title = label("", "SectionTitle")
        self.fee = label("", wrap=True)
        self.docs_title = label("", "SectionTitle")
        self.docs = label("", wrap=True)
        self.sugg_title = label("", "SectionTitle")
        self.sugg_box = QVBoxLayout()
        self.att_title = label("", "SectionTitle")
        self.att_list = QListWidget()
        self.att_list.setFixedHeight(70)
        self.att_title.setBuddy(self.att_list)
        self.att_add = QPushButton()
        self.att_add.clicked.connect(self._add_files)
        self.att_scan = QPushButton()
        self.att_scan.clicked.connect(self._add_from_scanner)
        att_btns = QHBoxLayout()
        att_btns.addWidget(self.att_add)
        att_btns.addWidget(self.att_scan)
        self.chan_title = label("", "SectionTitle")
        self.pref_channel = QComboBox()
        for c in CHANNELS:
            self.pref_channel.addItem(c, c)
        self.pref_email = QLineEdit()
        self.pref_phone = QLineEdit()
        self.pref_confirm = QCheckBox()
        self.pref_channel.currentIndexChanged.connect(self._edited)
        self.pref_email.textChanged.connect(self._edited)
        self.pref_phone.textChanged.connect(self._edited)
        self.pref_confirm.toggled.connect(lambda _on: self._recheck())
        self.chan_error = label("", "FieldError", wrap=True)
        self.chan_error.hide()
        self.chan_title.setBuddy(self.pref_channel)  # the box is labelled by its question, not by its value
        for w in (self.fee_title, self.fee, self.docs_title, self.docs, self.sugg_title):
            side.addWidget(w)
        side.addLayout(self.sugg_box)
        side.addWidget(self.att_title)
        side.addWidget(self.att_list)
        side.addLayout(att_btns)
        side.addWidget(self.chan_title)
        side.addWidget(self.pref_channel)
        side.addWidget(self.pref_email)
        side.addWidget(self.pref_phone)
        side.addWidget(self.pref_confirm)
        side.addWidget(self.chan_error)
        side.addStretch(1)
        side_w = QWidget()
        side_w.setLayout(side)
        side_w.setFixedWidth(310)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side_w)
        side_scroll.setFixedWidth(330)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll = side_scroll

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_scroll)

        self.channel_label = QLabel()
        self.channel = QComboBox()
        for c in INTAKE_CHANNELS:
            self.channel.addItem(c, c)
        self.channel_label.setBuddy(self.channel)
        self.fee_paid = QCheckBox()
        self.draft_state = label("", "Muted")
        self.save_btn = button("", primary=True)
        self.save_btn.clicked.connect(self.submit)
        self.cancel_btn = button("")
        self.cancel_btn.clicked.connect(self.cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.channel_label)
        bottom.addWidget(self.channel)
        bottom.addWidget(self.fee_paid)
        bottom.addWidget(self.draft_state, 1)
        bottom.addWidget(self.cancel_btn)
        bottom.addWidget(self.save_btn)

        # the receipt shown after saving
        self.result_frame, rl = card()
        self.result_title = label("", "PageTitle")
        self.result_text = label("", wrap=True, selectable=True)
        self.result_text.setTextFormat(Qt.TextFormat.RichText)
        self.result_sugg = QVBoxLayout()
        self.print_btn = button("", primary=True)
        self.print_btn.clicked.connect(self.print_receipt)
        self.back_btn = button("")
        self.back_btn.clicked.connect(self._back_to_person)
        rb = QHBoxLayout()
        rb.addWidget(self.print_btn)
        rb.addWidget(self.back_btn)
        rb.addStretch(1)
        rl.addWidget(self.result_title)
        rl.addWidget(self.result_text)
        rl.addLayout(self.result_sugg)
        rl.addLayout(rb)
        rl.addStretch(1)
        self.result_frame.hide()

        self.editing = QWidget()
        el = QVBoxLayout(self.editing)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(body, 1)
        el.addLayout(bottom)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addLayout(head)
        lay.addWidget(self.who)
        lay.addWidget(self.card_note)
        lay.addWidget(self.editing, 1)
        lay.addWidget(self.result_frame, 1)

        for seq in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(seq), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), self, self.cancel, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    # ---------------------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.type_label.setText(self.tr("Case &type:"))
        self.type_combo.setAccessibleName(self.tr("Case type"))
        self.fee_title.setText(self.tr("Fee"))
        self.docs_title.setText(self.tr("Documents to bring"))
        self.sugg_title.setText(self.tr("Suggestions"))
        self.att_title.setText(self.tr("Attachments"))
        self.att_list.setAccessibleName(self.tr("Attachments"))
        self.form_scroll.setAccessibleName(self.tr("Intake form"))
        self.side_scroll.setAccessibleName(self.tr("Fee, documents, attachments and channel"))
        self.att_add.setText(self.tr("Add &file…"))
        self.att_add.setAccessibleName(self.tr("Add attachment from a file"))
        self.att_scan.setText(self.tr("From &scanner"))
        self.att_scan.setAccessibleName(self.tr("Add the newest scan from the scanner folder"))
        self.chan_title.setText(self.tr("How is the citizen informed?"))
        self.pref_channel.setAccessibleName(self.tr("Preferred channel of the citizen"))
        self.pref_email.setPlaceholderText(self.tr("e-mail address"))
        self.pref_email.setAccessibleName(self.tr("E-mail address"))
        self.pref_phone.setPlaceholderText(self.tr("mobile number"))
        self.pref_phone.setAccessibleName(self.tr("Mobile number"))
        self.pref_confirm.setText(self.tr("Channel &confirmed with the citizen"))
        names = {"email": self.tr("e-mail"), "sms": self.tr("SMS"), "letter": self.tr("letter"), "phone": self.tr("phone")}
        for i in range(self.pref_channel.count()):
            self.pref_channel.setItemText(i, names.get(self.pref_channel.itemData(i), self.pref_channel.itemData(i)))
        chans = {"counter": self.tr("at the counter"), "phone": self.tr("by phone"), "email": self.tr("by e-mail"),
                 "home_visit": self.tr("home visit"), "digital": self.tr("digital")}
        for i in range(self.channel.count()):
            self.channel.setItemText(i, chans.get(self.channel.itemData(i), self.channel.itemData(i)))
        self.channel_label.setText(self.tr("Intake &via:"))
        self.fee_paid.setText(self.tr("Fee &paid"))
        self.save_btn.setText(self.tr("&Save intake"))
        self.save_btn.setToolTip(self.tr("Save (Ctrl+S) — works offline"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.cancel_btn.setToolTip(self.tr("Close the form; the draft is kept (Esc)"))
        self.print_btn.setText(self.tr("&Print receipt"))
        self.print_btn.setToolTip(QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText))  # "Strg+P"
        self.back_btn.setText(self.tr("&Back to the citizen"))
        self._fill_types()
        self._relabel_form()
        self._refresh_side()
        self._title()
        if self._shown or self.chan_error.isVisible():  # the errors on screen, in the new language
            self._render_problems(self._shown, self.chan_error.isVisible(), focus=False)

    def _relabel_form(self) -> None:
        """A language switch with a form open: its labels, options and placeholders come from the catalogue
        in the new language; what the clerk typed stays (and the focus where it was)."""
        if self.case_type is None or not self.editors or getattr(self, "_form_lang", None) == self.ctx.lang:
            return
        values = {k: ed.draft_value() for k, ed in self.editors.items()}
        focus = next((k for k, ed in self.editors.items() if ed.focus_widget.hasFocus()), None)
        loading, self._loading = self._loading, True
        try:
            self._build(self.case_type.code)
            for key, value in values.items():
                if key in self.editors:
                    self.editors[key].set_value(value)
        finally:
            self._loading = loading
        if focus in self.editors:
            self.editors[focus].focus_widget.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.type_combo and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
                and not self.type_combo.view().isVisible() and self.editors):
            self.focus_first()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _title(self) -> None:
        ct = self.case_type
        self.title.setText(self.tr("New intake: %1").replace("%1", text_in(ct.name, self.ctx.lang)) if ct
                           else self.tr("New intake"))
        if self.person:
            p = self.person
            self.who.setText(f"{p.get('given_names', '')} {p.get('surname', '')} · "
                             f"{fmt.national_number(p.get('national_number'))}")
        else:
            self.who.setText(self.tr("No citizen chosen (anonymous intake)"))
        card = self.reader_card
        number = (self.person or {}).get("national_number") or ""
        if card is not None and card.national_number and card.national_number != number:
            whose = (f"{card.given_names} {card.surname}".strip() + " · "
                     + fmt.national_number(card.national_number))
            self.card_note.setText("⚠ " + (self.tr("The card in the reader is of %1, not of the citizen of this "
                                                   "intake.") if self.person else
                                           self.tr("The card in the reader is of %1; this intake is for no "
                                                   "citizen.")).replace("%1", whose))
            self.card_note.show()
        else:
            self.card_note.hide()

    def set_reader_card(self, card: CardData | None) -> None:
        """The card now in the reader (None: none): the header says so when it is not this intake's citizen."""
        self.reader_card = card
        self._title()

    def _fill_types(self) -> None:
        current = self.case_type.code if self.case_type else ""
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("— choose —"), "")
        items = sorted(self.ctx.loket.catalogue.case_types.values(), key=lambda c: text_in(c.name, self.ctx.lang))
        for ct in items:
            self.type_combo.addItem(text_in(ct.name, self.ctx.lang), ct.code)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(current), 0))
        self.type_combo.blockSignals(False)

    # ---------------------------------------------------------------------------- start
    def _existing_draft(self, person: dict[str, Any] | None, case_type: str | None) -> Draft | None:
        """The draft already kept for this citizen and case type: one intake has one draft."""
        if not case_type or person is None:
            return None
        try:
            found = self.drafts.list()
        except OSError:
            return None
        return next((d for d in found if d.person_id == person["id"] and d.case_type == case_type), None)

    def start(self, case_type: str | None, person: dict[str, Any] | None, draft: Draft | None = None) -> None:
        adopted = draft is None and (draft := self._existing_draft(person, case_type)) is not None
        self._loading = True
        self.person = person
        self.last_result = None
        self.result_frame.hide()
        self.editing.show()
        self.extra_files = []
        self.att_list.clear()
        self._dirty = False
        self._on_disk = draft is not None
        self._checked = False
        self._shown = {}
        self.chan_error.hide()  # nothing of the previous intake's errors carries over
        self.chan_error.setText("")
        self.summary.hide()
        self.draft = draft or Draft(case_type or "", person["id"] if person else None, {})
        p = person or {}
        self.pref_channel.setCurrentIndex(max(self.pref_channel.findData(p.get("preferred_channel") or "letter"), 0))
        self.pref_email.setText(p.get("email") or "")
        self.pref_phone.setText(p.get("phone") or "")
        self.pref_confirm.setChecked(False)
        for w in (self.pref_channel, self.pref_email, self.pref_phone, self.pref_confirm):
            w.setEnabled(person is not None)
        self.channel.setCurrentIndex(max(self.channel.findData(ROLE_CHANNEL.get(self.ctx.role, "counter")), 0))
        self.fee_paid.setChecked(False)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(case_type or ""), 0))
        self._build(case_type or "")
        if draft is not None:
            for key, value in draft.answers.items():
                if key in self.editors:
                    self.editors[key].set_value(value)
            ex = draft.extra
            self.channel.setCurrentIndex(max(self.channel.findData(ex.get("channel", "counter")), 0))
            self.fee_paid.setChecked(bool(ex.get("fee_paid")))
            for f in ex.get("files", []):
                if Path(f).exists():
                    self._attach(Path(f))
            if "preferred_channel" in ex:
                self.pref_channel.setCurrentIndex(max(self.pref_channel.findData(ex["preferred_channel"]), 0))
                self.pref_email.setText(ex.get("email") or "")
                self.pref_phone.setText(ex.get("phone") or "")
        prefill = self.ctx.services.pop("intake_prefill", None)
        if prefill and (draft is None or adopted):  # the card's new address wins over an older draft
            for key, value in prefill.items():
                if key in self.editors:
                    self.editors[key].set_value(value)
        self._loading = False
        self._title()
        self._refresh_side()
        self.draft_state.setText(self.tr("Draft restored") if draft else "")
        self.focus_first()

    def focus_first(self) -> None:
        if self.editors:
            next(iter(self.editors.values())).focus_widget.setFocus()
        else:
            self.type_combo.setFocus()

    def _type_chosen(self) -> None:
        if self._loading:
            return
        code = self.type_combo.currentData() or ""
        if not self._dirty and not self._on_disk:
            existing = self._existing_draft(self.person, code)
            if existing is not None:  # this citizen's intake of that type is already under way: go on with it
                self.start(code, self.person, draft=existing)
                self.type_combo.setFocus()
                return
        if self.draft is not None:
            self.draft.case_type = code
        self._checked = False
        self._shown = {}
        self._build(code)
        self._title()
        self._refresh_side()
        if not self.type_combo.hasFocus():  # typing "adr" in the type box: the keys stay in the box
            self.focus_first()

    def _build(self, code: str) -> None:
        clear_layout(self.form)
        self.editors.clear()
        self.errors.clear()
        self.summary.hide()
        cat = self.ctx.loket.catalogue
        self.case_type = cat.case_types.get(code)
        if self.case_type is None:
            self.form.addRow(label(self.tr("Choose a case type (Alt+T) to show its form."), "Muted", wrap=True))
            return
        self._form_lang = self.ctx.lang
        for f in self.case_type.fields:
            ed = FieldEditor(f, self.ctx.lang, self.form_host)
            ed.changed.connect(self._edited)
            self.editors[f.key] = ed
            err = label("", "FieldError", wrap=True)
            err.hide()
            self.errors[f.key] = err
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 6)
            bl.setSpacing(2)
            bl.addWidget(ed.widget)
            bl.addWidget(err)
            text = text_in(f.label, self.ctx.lang) + (" *" if f.required else "")
            if f.type == "boolean":
                self.form.addRow("", box)
            else:
                lab = QLabel(text)
                lab.setBuddy(ed.focus_widget)
                if lab.fontMetrics().horizontalAdvance(text) > 260:  # wrap only a label that needs it, at its
                    lab.setWordWrap(True)  # full height (a form row does not grow for a wrapped label)
                    lab.setFixedWidth(260)
                    lab.setMinimumHeight(lab.heightForWidth(260))
                self.form.addRow(lab, box)
        self._tab_order()

    def _tab_order(self) -> None:
        """Form fields first, then the channel confirmation, attachments and the save bar."""
        chain: list[QWidget] = [self.type_combo]
        for ed in self.editors.values():
            chain.append(ed.focus_widget)
            if ed.field.type == "budget_lines":
                chain.extend(w for w in ed.widget.findChildren(QPushButton))
        chain += [self.att_list, self.att_add, self.att_scan, self.pref_channel, self.pref_email, self.pref_phone,
                  self.pref_confirm, self.channel, self.fee_paid, self.cancel_btn, self.save_btn]  # as laid out
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # ---------------------------------------------------------------------------- live side panel
    def raw_answers(self) -> dict[str, Any]:
        return {k: ed.value() for k, ed in self.editors.items()}

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._recheck()
        self._autosave.start()
        self.draft_state.setText(self.tr("Draft: editing…"))
        self._refresh_side()

    def _refresh_side(self) -> None:
        ct = self.case_type
        cat = self.ctx.loket.catalogue
        lang = self.ctx.lang
        if ct is None:
            self.fee.setText("—")
            self.docs.setText("—")
            clear_layout(self.sugg_box)
            return
        answers = {k: v for k, v in self.raw_answers().items() if v not in ("", None, [])}
        fee = cat.fee_cents(ct, answers)
        self.fee.setText(fmt.amount(fee) if fee else self.tr("free of charge"))
        self.fee_paid.setEnabled(fee > 0)
        self.docs.setText("\n".join("• " + text_in(d, lang) for d in ct.required_documents) or "—")
        until = None
        if self.person and self.person.get("card_valid_until"):
            try:
                until = dt.date.fromisoformat(self.person["card_valid_until"])
            except ValueError:
                until = None
        finals = {c for c, s in cat.statuses.items() if s.final}
        open_types = {h["title"] for h in (self.person or {}).get("history", [])
                      if h["kind"] == "case" and h.get("status") not in finals}
        found = cat.suggestions(ct.code, answers, fee_unpaid=fee > 0 and not self.fee_paid.isChecked(),
                                card_valid_until=until, open_case_types=open_types)
        clear_layout(self.sugg_box)
        if not found:
            self.sugg_box.addWidget(label(self.tr("None for now."), "Muted"))
        for s in found:
            f = QFrame()
            f.setObjectName("Suggestion")
            fl = QVBoxLayout(f)
            fl.setContentsMargins(8, 6, 8, 6)
            fl.addWidget(label(text_in(cat.case_types[s.case_type].name, lang), "SectionTitle", wrap=True))
            fl.addWidget(label(text_in(s.reason, lang), wrap=True))
            self.sugg_box.addWidget(f)

    # ---------------------------------------------------------------------------- attachments
    def _attach(self, path: Path) -> None:
        if path not in self.extra_files:
            self.extra_files.append(path)
            self.att_list.addItem(path.name)
            self._edited()

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add attachments"))
        for p in paths:
            self._attach(Path(p))

    def _add_from_scanner(self) -> None:
        folder = self.ctx.loket.settings.scanner_folder
        if not folder or not Path(folder).is_dir():
            self.ctx.bus.message.emit(self.tr("No scanner folder is set (Settings → scanner folder)."))
            return
        files = sorted((p for p in Path(folder).iterdir() if p.is_file()), key=lambda p: p.stat().st_mtime)
        if not files:
            self.ctx.bus.message.emit(self.tr("The scanner folder is empty."))
            return
        self._attach(files[-1])

    # ---------------------------------------------------------------------------- drafts
    def save_draft(self, now: bool = False) -> None:
        if self.draft is None or self.case_type is None:
            return
        d = self.draft
        d.case_type = self.case_type.code
        d.answers = {k: ed.draft_value() for k, ed in self.editors.items()}
        d.extra = {"channel": self.channel.currentData(), "fee_paid": self.fee_paid.isChecked(),
                   "files": [str(p) for p in self.extra_files],
                   "preferred_channel": self.pref_channel.currentData(),
                   "email": self.pref_email.text(), "phone": self.pref_phone.text()}
        who = f"{(self.person or {}).get('given_names', '')} {(self.person or {}).get('surname', '')}".strip()
        d.title = f"{text_in(self.case_type.name, self.ctx.lang)} — {who or '?'}"
        snapshot = Draft(d.case_type, d.person_id, dict(d.answers), dict(d.extra), d.id, d.saved_at, d.title)
        drafts = self.drafts
        self._on_disk = True
        if now:  # closing the window: write it before the process may end
            drafts.save(snapshot)
            return
        self.ctx.mutate(lambda: drafts.save(snapshot),
                        lambda _r: self.draft_state.setText(self.tr("Draft saved")),
                        lambda e: self.draft_state.setText(describe(e)), key="draft")

    # ---------------------------------------------------------------------------- save
    def _show_problems(self, problems: list[Any], channel: bool = False) -> None:
        """Show these problems under their fields (first message per field) and, with ``channel``, the
        channel problem; the count in the summary is the number of problems on screen."""
        shown: dict[str, str] = {}
        for p in problems:
            if p.field in self.errors and p.field not in shown:
                shown[p.field] = p.message
        self._checked = True
        self._render_problems(shown, channel, focus=True)

    def _render_problems(self, shown: dict[str, str], channel: bool, focus: bool) -> None:
        self._shown = shown
        first = None
        for key, label_ in self.errors.items():
            ed = self.editors[key]
            message = shown.get(key)
            label_.setText(translate_problem(message) if message else "")
            label_.setVisible(message is not None)
            ed.focus_widget.setProperty("invalid", message is not None)
            ed.focus_widget.style().polish(ed.focus_widget)
            required = self.tr("required") if ed.field.required else ""
            ed.focus_widget.setAccessibleDescription(translate_problem(message) if message else required)
            if message is not None and first is None:
                first = ed
        problem = self._channel_problem() if channel else None
        self.chan_error.setText(problem or "")
        self.chan_error.setVisible(bool(problem))
        count = len(shown) + (1 if problem else 0)
        if count:
            self.summary.setText(self.tr("%n field(s) need attention.", "", count))
            self.summary.show()
        else:
            self.summary.hide()
        if focus and first is not None:
            first.focus_widget.setFocus()

    def _recheck(self) -> None:
        """After a save was tried, an error goes away as soon as its field is right (new ones wait for the next
        save); the summary keeps counting what is on screen."""
        if not self._checked or self.case_type is None:
            return
        try:
            self.ctx.loket.catalogue.validate_answers(self.case_type, self.raw_answers())
            problems: list[Any] = []
        except FormInvalid as exc:
            problems = exc.problems
        still: dict[str, str] = {}
        for p in problems:
            if p.field in self._shown and p.field not in still:
                still[p.field] = p.message
        self._render_problems(still, self.chan_error.isVisible(), focus=False)

    def _channel_problem(self) -> str | None:
        if self.person is None:
            return None
        ch = self.pref_channel.currentData()
        if ch == "email" and not self.pref_email.text().strip():
            return self.tr("E-mail is chosen, but there is no e-mail address.")
        if ch == "sms" and not self.pref_phone.text().strip():
            return self.tr("SMS is chosen, but there is no mobile number.")
        if not self.pref_confirm.isChecked():
            return self.tr("Confirm the channel with the citizen first.")
        return None

    def submit(self) -> None:
        if not self.editing.isVisible() or self.case_type is None:
            return
        ct = self.case_type
        raw = self.raw_answers()
        try:
            self.ctx.loket.catalogue.validate_answers(ct, raw)
            problems: list[Any] = []
        except FormInvalid as exc:
            problems = exc.problems
        self._show_problems(problems, channel=True)
        chan_problem = self._channel_problem()
        if problems:
            return
        if chan_problem:
            self.pref_confirm.setFocus()
            return
        files = [p for ed in self.editors.values() for p in ed.files] + list(self.extra_files)
        loket = self.ctx.loket
        person_id = self.person["id"] if self.person else None
        channel = self.channel.currentData()
        fee_paid = self.fee_paid.isChecked() if self.fee_paid.isEnabled() else None
        contact: dict[str, Any] = {}
        if self.person:
            p = self.person
            new = {"preferred_channel": self.pref_channel.currentData(),
                   "email": self.pref_email.text().strip() or None, "phone": self.pref_phone.text().strip() or None}
            contact = {k: v for k, v in new.items() if (p.get(k) or None) != v}

        def work() -> Any:
            from desk_app.services.changes import ChangeSet

            changes = ChangeSet()
            # one transaction: the citizen's changed contact details and the intake, or neither
            result, reference = loket.intake(ct.code, person_id, raw, channel, fee_paid, files,
                                             contact=contact if person_id else None)
            changes.merge(result.changes)
            c = result.case
            return {"case_id": c.id, "reference": reference, "track_code": c.track_code,
                    "expected_date": c.expected_date, "fee_cents": c.fee_cents, "fee_paid": c.fee_paid,
                    "case_type": ct.code, "suggestions": result.suggestions, "changes": changes}

        self.save_btn.setEnabled(False)
        self.draft_state.setText(self.tr("Saving…"))
        self.ctx.mutate(work, self._saved, self._save_failed)  # its change set ("changes") is published

    def _save_failed(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        if isinstance(exc, FormInvalid):
            self._show_problems(exc.problems, channel=self.chan_error.isVisible())
            self.draft_state.setText("")
        else:
            self.draft_state.setText(describe(exc))
            self.ctx.bus.message.emit(describe(exc))

    def _saved(self, result: dict[str, Any]) -> None:
        self.save_btn.setEnabled(True)
        self._autosave.stop()
        if self.draft is not None:
            self.drafts.delete(self.draft.id)
            self.draft = None
        self._dirty = self._on_disk = self._checked = False
        self._shown = {}
        self.last_result = result
        lang = self.ctx.lang
        cat = self.ctx.loket.catalogue
        self.editing.hide()
        self.result_title.setText(self.tr("Intake saved"))
        fee = result["fee_cents"]
        fee_text = (fmt.amount(fee) + " — " + (self.tr("paid") if result["fee_paid"] else self.tr("to be paid"))) if fee else self.tr("free of charge")
        self.result_text.setText(
            f"<p style='font-size:large'><b>{colon(self.tr('Reference'))}</b> {result['reference']}<br>"
            f"<b>{colon(self.tr('Track & trace code'))}</b> {result['track_code']}<br>"
            f"<b>{colon(self.tr('Expected by'))}</b> {fmt.date(result['expected_date'], long=True)}<br>"
            f"<b>{colon(self.tr('Fee'))}</b> {fee_text}</p>"
            f"<p>{self.tr('Saved on this laptop; it is sent to the case store at the next synchronisation.')}</p>")
        clear_layout(self.result_sugg)
        for s in result["suggestions"]:
            name = text_in(cat.case_types[s.case_type].name, lang)
            b = QPushButton(self.tr("Next: %1").replace("%1", name))
            b.setToolTip(text_in(s.reason, lang))
            b.clicked.connect(lambda _=False, c=s.case_type: self.ctx.bus.start_intake.emit(c, (self.person or {}).get("id", "")))
            self.result_sugg.addWidget(b)
        self.result_frame.show()
        self.print_btn.setFocus()
        self.saved.emit(result)

    def print_receipt(self) -> None:
        if not self.last_result:
            return
        from ui.intake.receipt import print_receipt

        print_receipt(self, self.ctx, self.last_result, self.person)

    def cancel(self) -> None:
        """Esc: close the form; its one draft is written (updated, never a second one); an untouched form
        leaves none."""
        if (self.editing.isVisible() and self.draft is not None and self.case_type is not None
                and (self._dirty or self._on_disk)):
            self._autosave.stop()
            self.save_draft()
        self.cancelled.emit()

    def _back_to_person(self) -> None:
        if self.person:
            self.ctx.bus.open_person.emit(self.person["id"])
        else:
            self.cancelled.emit()
