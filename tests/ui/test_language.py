"""Issue 13 §3 "Every word in the user's language": the sign-in dialog, Qt's own texts and shortcut names, core
errors by their code (validation, the store key), card errors, the demo cards menu, an open intake form, the
card panel's reader status and draft buttons after a language switch, French typography."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from sqlalchemy import select

from desk_app.store.models import Person
from tests.ui.conftest import wait_ops

NBSP = "\u00a0"


@pytest.fixture
def english_after() -> Any:
    yield
    from ui.i18n import install

    install("nl")


def _switch(window: Any, lang: str) -> None:
    """The clerk picks another language; Qt delivers its LanguageChange to every widget (posted events)."""
    window.set_language(lang)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _a_person(loket: Any) -> Person:
    with loket.store.read() as s:
        p = s.scalars(select(Person).order_by(Person.surname)).first()
        assert p is not None
        s.expunge(p)
        return p


def test_the_sign_in_dialog_is_in_the_saved_language(qapp: Any, tmp_path: Path, english_after: Any) -> None:
    """The translation is loaded before the sign-in dialog is built (before: only with the main window)."""
    from loket.cli import main

    config = tmp_path / "laptop" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    seen: dict[str, str] = {}

    def look() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None or not hasattr(dlg, "try_sign_in"):
            QTimer.singleShot(20, look)
            return
        seen["title"] = dlg.windowTitle()
        seen["texts"] = " | ".join(w.text() for w in dlg.findChildren(QLabel))
        dlg.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, look)
    assert main(["--data-dir", str(tmp_path / "laptop")]) == 0
    assert seen["title"] == "Loket — connexion"
    assert "Connectez-vous avec votre compte du personnel." in seen["texts"]
    assert "&Nom d'utilisateur" in seen["texts"]
    assert "Sign in" not in seen["texts"] and "User name" not in seen["texts"]
    assert "rien ne sera synchronisé" in seen["texts"]  # no case store set on this laptop


def test_language_at_start_follows_the_settings_then_the_system(tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtCore import QLocale

    from ui.i18n import language_at_start

    (tmp_path / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    assert language_at_start(tmp_path) == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_BE")))
    assert language_at_start(tmp_path / "nowhere") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert language_at_start(tmp_path / "nowhere") == "nl"


def test_qt_own_texts_and_shortcut_names_follow_the_language(qtbot: Any, window: Any) -> None:
    _switch(window, "de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"  # Qt's own (qtbase_de.qm)
    assert QCoreApplication.translate("QPrintDialog", "Print") == "Drucken"  # the print dialog's
    menu_shortcut = window.actions_["search"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert menu_shortcut == "Strg+F"  # what the menu shows …
    assert "(Strg+F)" in window.search_field.placeholderText()  # … and what the field and buttons say
    assert "(Strg+F)" in window.home.big_search.text()
    assert window.intake.print_btn.toolTip() == "Strg+P"  # the intake's print button, as its menu item
    _switch(window, "fr")
    assert window.actions_["status"].shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Maj+S"
    _switch(window, "nl")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_validation_messages_carry_a_code_and_are_translated(qtbot: Any, window: Any, loket: Any) -> None:
    from desk_app.catalogue import FormInvalid
    from desk_app.messages import Message

    ct = loket.catalogue.case_types["address_change"]
    with pytest.raises(FormInvalid) as caught:
        loket.catalogue.validate_answers(ct, {"move_date": "31/02/2026", "household_members": "0"})
    problems = {p.field: p.message for p in caught.value.problems}
    date = problems["move_date"]
    assert date == "'31/02/2026' is not a date (use YYYY-MM-DD or DD/MM/YYYY)"  # the English text, as before
    assert isinstance(date, Message) and date.params == {"value": "31/02/2026"}
    assert problems["household_members"] == "must be at least 1"

    p = _a_person(loket)
    _switch(window, "fr")
    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    assert page.editors["move_date"].widget.placeholderText() == "JJ/MM/AAAA"
    page.editors["move_date"].set_value("31/02/2026")
    page.editors["household_members"].set_value("0")
    page.submit()
    qtbot.waitUntil(lambda: page.errors["move_date"].isVisible(), timeout=5000)
    assert page.errors["move_date"].text() == (
        f"«{NBSP}31/02/2026{NBSP}» n'est pas une date (utilisez JJ/MM/AAAA ou AAAA-MM-JJ)")
    assert page.errors["household_members"].text() == "doit être au moins 1"
    _switch(window, "de")  # the errors on screen follow, with their values
    qtbot.waitUntil(lambda: page.errors["household_members"].text() == "muss mindestens 1 sein", timeout=3000)
    assert page.errors["move_date"].text().startswith("„31/02/2026“ ist kein Datum")
    assert page.editors["move_date"].widget.placeholderText() == "TT/MM/JJJJ"
    page.cancel()
    wait_ops(qtbot, window)


def test_an_open_intake_form_follows_a_language_switch(qtbot: Any, window: Any, loket: Any) -> None:
    from desk_app.catalogue import text_in

    p = _a_person(loket)
    _switch(window, "fr")
    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    ct = loket.catalogue.case_types["address_change"]
    page.editors["street_and_number"].set_value("Kerkstraat 1")

    def labels() -> list[str]:
        return [lab.text().removesuffix(" *") for lab in page.form_host.findChildren(QLabel)
                if lab.buddy() is not None and lab.isVisibleTo(page)]

    assert text_in(ct.fields[0].label, "fr") in labels()
    assert page.title.text() == f"Nouvelle demande{NBSP}: {text_in(ct.name, 'fr')}"  # French typography
    _switch(window, "de")
    qtbot.waitUntil(lambda: text_in(ct.fields[0].label, "de") in labels(), timeout=3000)  # before: French
    assert text_in(ct.fields[0].label, "fr") not in labels()
    assert page.title.text() == f"Neuer Antrag: {text_in(ct.name, 'de')}"
    assert page.editors["street_and_number"].value() == "Kerkstraat 1"  # what was typed stays
    page.cancel()
    wait_ops(qtbot, window)


def test_the_card_panel_reader_status_follows_a_language_switch(qtbot: Any, window: Any) -> None:
    from ui.card.service import CardService

    service = CardService(window.ctx)  # not started: no reader needed to say its status
    window.card_panel.service = service
    service.reader_state.connect(window.card_panel.set_reader_state)
    service._on_readers(["Virtual reader 0"])
    assert "Lezer klaar — steek een eID-kaart in" in window.card_panel.reader.text()
    _switch(window, "fr")
    assert "Lecteur prêt — insérez une carte eID" in window.card_panel.reader.text()
    _switch(window, "de")
    assert "Lezer klaar" not in window.card_panel.reader.text()
    assert QCoreApplication.translate("CardService", "Reader ready — insert an eID card") in (
        window.card_panel.reader.text())
    window.card_panel.service = None


def test_card_errors_are_in_the_user_language(qtbot: Any, window: Any) -> None:
    from eid.errors import CardNotActivatedError, NotAnEidError
    from ui.card.service import CardService

    service = CardService(window.ctx)
    said: list[str] = []
    service.error.connect(said.append)
    _switch(window, "fr")
    service._on_error(CardNotActivatedError())
    service._on_error(NotAnEidError())
    assert said[0].startswith("Cette carte d'identité n'est pas encore activée")
    assert said[1].startswith("Cette carte n'est pas une carte d'identité électronique belge")
    _switch(window, "nl")
    service._on_error(NotAnEidError())
    assert said[2].startswith("Deze kaart is geen Belgische elektronische identiteitskaart")
    service._on_error(NotAnEidError("A message of the reader itself."))  # not the default: shown as it is
    assert said[3] == "A message of the reader itself."


def test_the_store_key_error_is_in_the_user_language(qapp: Any, tmp_path: Path, english_after: Any) -> None:
    from desk_app.app import Loket
    from desk_app.keys import KeyUnavailable
    from ui.i18n import install
    from ui.main import describe_start_error

    class NoKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(KeyUnavailable) as caught:
            Loket.open(tmp_path / "laptop")
    finally:
        keyring.set_keyring(previous)
    assert str(caught.value).startswith("The system keyring is not available")  # the command line's English
    install("de")
    assert describe_start_error(caught.value).startswith("Der Schlüsselbund des Systems ist nicht verfügbar")
    install("fr")
    assert describe_start_error(caught.value).startswith("Le trousseau de clés du système n'est pas disponible")


def test_the_citizen_language_and_draft_buttons_are_in_the_user_language(qtbot: Any, window: Any,
                                                                         loket: Any) -> None:
    from desk_app.catalogue import text_in
    from desk_app.services.drafts import Draft, DraftStore

    p = _a_person(loket)
    with loket.store.write() as s:
        person = s.get(Person, p.id)
        assert person is not None
        person.language = "en"
    name = loket.catalogue.case_types["civil_registry_extract"].name
    # a draft written in Dutch: its title is in Dutch
    DraftStore.for_loket(loket).save(Draft("civil_registry_extract", p.id, {}, title=f"{text_in(name, 'nl')} — An"))
    _switch(window, "fr")
    window.show_person(p.id)
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: window.person.person is not None, timeout=5000)
    assert window.person._fact_labels["language"][1].text() == "anglais"  # before: "English"
    window.show_home()
    wait_ops(qtbot, window)

    def drafts() -> list[str]:
        box = window.home.drafts_box
        return [box.itemAt(i).widget().text() for i in range(box.count()) if box.itemAt(i).widget()]

    qtbot.waitUntil(lambda: len(drafts()) == 1, timeout=5000)
    assert drafts() == [f"Reprendre{NBSP}: {text_in(name, 'fr')} — An"]  # before: "Reprendre : Uittreksel …"
    _switch(window, "de")
    assert drafts() == [f"Fortsetzen: {text_in(name, 'de')} — An"]  # before: the language of the start


def test_the_demo_cards_menu_is_in_the_user_language(qtbot: Any, window: Any) -> None:
    from ui.main import translate_demo_cards

    labels = ["Card not activated", "Not an eID (bank card)"]
    menu = window.add_demo_menu([("not-activated", labels[0]), ("not-eid", labels[1])], lambda _k: None,
                                lambda: None)
    translate_demo_cards(window, menu, labels)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Kaart niet geactiveerd", "Geen eID (bankkaart)"] and texts[2] == "Kaart &verwijderen"
    _switch(window, "de")
    assert [a.text() for a in menu.actions()][:2] == ["Karte nicht aktiviert", "Kein eID (Bankkarte)"]


def test_french_typography_is_the_same_everywhere() -> None:
    from ui.i18n.ts import read_ts, ts_path

    french = read_ts(ts_path("fr"))  # the translations' source, as translators left it after the build
    wrong = [t for t in french.values()
             if re.search(r"(?<!\u00a0)[:;?!»](\s|$)|«(?!\u00a0)", t) and "://" not in t]
    assert not wrong, wrong[:5]
    assert {t for (_ctx, src), t in french.items() if src == "Resume: %1"} == {f"Reprendre{NBSP}: %1"}


def test_person_errors_carry_a_code_and_are_translated(qapp: Any, loket: Any, english_after: Any) -> None:
    from desk_app.services.persons import PersonInvalid
    from ui.core.errors import describe
    from ui.i18n import install

    with pytest.raises(PersonInvalid) as bad_number:
        loket.create_person(surname="Peeters", given_names="An", national_number="85073003399")
    with pytest.raises(PersonInvalid) as no_surname:
        loket.create_person(surname="", given_names="An")
    assert str(bad_number.value).startswith("85.07.30-033.99 is not a valid national number")  # as before
    install("fr")
    assert describe(bad_number.value) == (
        f"85.07.30-033.99 n'est pas un numéro de registre national valide{NBSP}: les chiffres de contrôle ne "
        "correspondent pas. Vérifiez le numéro sur la carte.")
    install("nl")
    assert describe(no_surname.value) == "Een persoon heeft een familienaam nodig."


def test_the_print_dialog_is_in_the_user_language(qtbot: Any, window: Any, english_after: Any) -> None:
    """Its title is ours, its buttons and options are Qt's own (qtbase_<lang>.qm)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.i18n import install

    install("de")
    printer = QPrinter()
    dialog = QPrintDialog(printer, window)
    qtbot.addWidget(dialog)
    dialog.setWindowTitle(QCoreApplication.translate("documents", "Print %1").replace(
        "%1", QCoreApplication.translate("documents", "Receipt")))
    assert dialog.windowTitle() == "Empfangsbestätigung drucken"
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"Abbrechen", "&Eigenschaften", "&Einstellungen >>"} <= texts  # before: Cancel, Properties, Options >>
