"""The desk's citizen-report intake page (ui/reports/intake_page.py) on a real Loket and main window: a photo's
EXIF GPS fills the place, a nearby open report of the same category is offered as a duplicate (list and map),
"Me too", anonymous switches consent off, a place outside the city is confirmed first, a too-large photo is
refused in words, and a saved report is one outbox operation. No network (the map draws the city offline)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desk_app.services.reports import ENTITY
from desk_app.store.models import AddressPoint, OutboxOperation, ReportIntake, ReportPoint
from tests.ui.conftest import wait_ops
from wire import geo
from wire import reports as wire_reports

HERE = (51.0283, 3.8721)  # inside the demo city Meerhoven


def _dms(value: float) -> tuple[float, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 4)
    return (float(d), float(m), s)


def _jpeg(path: Path, gps: tuple[float, float] | None, pad: int = 0) -> Path:
    img = Image.new("RGB", (64, 48), (120, 160, 90))
    exif = Image.Exif()
    if gps is not None:
        ifd = exif.get_ifd(0x8825)
        ifd[1] = "N"
        ifd[2] = _dms(gps[0])
        ifd[3] = "E"
        ifd[4] = _dms(gps[1])
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    data = buf.getvalue()
    if pad:
        data = data + b"\0" * pad  # after the end of the image: still a JPEG to a reader, just a large file
    path.write_bytes(data)
    return path


def _category() -> str:
    return next(iter(wire_reports.default().subs))


def _seed(loket: Any, category: str) -> None:
    now = dt.datetime.now(dt.UTC)
    with loket.store.write() as s:
        for number, (lat, lon) in {"1": (51.02825, 3.87205), "3": (51.0284, 3.8723), "5": (51.0287, 3.8728)}.items():
            s.add(AddressPoint(key=geo.address_key("Kerkstraat", number, "", "9999"), street="Kerkstraat",
                               street_key="kerkstraat", number=number, box="", postcode="9999",
                               municipality="Meerhoven", lat=lat, lon=lon))
        s.add(ReportPoint(id="R-4711", category=category, lat=51.02845, lon=3.87225, created_at=now - dt.timedelta(
            days=10), open=True, status="gemeld", description="Een berg afval naast de glasbol"))
        s.add(ReportPoint(id="R-9000", category=category, lat=51.0400, lon=3.8900, created_at=now, open=True,
                          status="gemeld", description="far away"))


@pytest.fixture
def page(window: Any, qtbot: Any) -> Any:
    """The page in English (its texts are asserted below; the translations are checked by test_i18n_source)."""
    _seed(window.ctx.loket, _category())
    window.set_language("en")
    page = window.open_page("report_intake")
    assert page is not None
    wait_ops(qtbot, window)
    return page


def _ops(loket: Any) -> list[OutboxOperation]:
    with loket.store.read() as s:
        rows = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == ENTITY)).all()
        s.expunge_all()
        return list(rows)


def test_the_page_is_registered_for_report_takers_and_fits_a_laptop(window: Any, qtbot: Any) -> None:
    from ui.core.pages import page_spec
    from wire import roles

    spec = page_spec("report_intake")
    assert spec.roles == roles.REPORT_TAKERS and spec.nav is not None
    page = window.open_page("report_intake")
    window.resize(1366, 768)
    qtbot.wait(50)
    area = page.parentWidget().size()
    hint = page.minimumSizeHint()
    assert hint.width() <= area.width() and hint.height() <= area.height(), (hint, area)
    assert page.size() == area
    # every input has a label bound to it (its Alt-letter, where the window has one left: ui.core.mnemonics),
    # the letters are unique, and Tab reaches every field
    pairs = [(page.find_label, page.cat_find), (page.main_label, page.main_combo), (page.sub_label, page.sub_combo),
             (page.desc_label, page.description), (page.address_label, page.address),
             (page.channel_label, page.channel), (page.first_label, page.first_name),
             (page.last_label, page.last_name), (page.email_label, page.email), (page.phone_label, page.phone),
             (page.lang_label, page.language), (page.tell_label, page.tell)]
    assert all(lbl.buddy() is w for lbl, w in pairs)
    from ui.core.mnemonics import mnemonic

    letters = [mnemonic(lbl.text()) for lbl, _w in pairs]
    assert sum(1 for x in letters if x) >= len(pairs) - 3
    assert len({x for x in letters if x}) == len([x for x in letters if x])
    page.who_contact.setChecked(True)
    page.cat_find.setFocus()
    seen = set()
    for _ in range(80):
        seen.add(id(window.focusWidget()))
        window.focusNextChild()
    for _lbl, w in pairs:
        if w.isEnabled():
            assert id(w) in seen, _lbl.text()
    assert id(page.save_button) in seen and id(page.consent) in seen


def test_a_photo_with_gps_fills_the_place_and_shows_the_duplicate(page: Any, window: Any, qtbot: Any,
                                                                    tmp_path: Path) -> None:
    category = _category()
    page.set_category(category)
    page.add_photo_file(_jpeg(tmp_path / "dump.jpg", HERE))
    qtbot.waitUntil(lambda: page.lat is not None, timeout=10_000)
    assert page.place_source == "photo"
    assert page.lat == pytest.approx(HERE[0], abs=1e-5) and page.lon == pytest.approx(HERE[1], abs=1e-5)
    assert len(page.photos) == 1 and page.photo_list.count() == 1
    qtbot.waitUntil(lambda: page.dup_list.count() == 1, timeout=10_000)
    assert page.duplicates[0].id == "R-4711" and page.duplicates[0].distance_m <= 50
    assert "R-4711" in page.dup_list.item(0).text()
    assert [(p.kind, p.lat, p.lon) for p in page.map.layers.reports] == [("duplicate", 51.02845, 3.87225)]
    assert page.map.layers.marker == pytest.approx(HERE, abs=1e-5)
    wait_ops(qtbot, window)
    assert page.address.text().startswith("Kerkstraat")  # the nearest address of the register
    assert "from the photo" in page.place.text()
    # the photo removed: the place it gave goes with it
    page.photo_list.setCurrentRow(0)
    page.remove_photo.click()
    assert page.lat is None and page.place_source == "" and page.map.layers.marker is None
    qtbot.waitUntil(lambda: page.dup_list.count() == 0, timeout=10_000)
    page.set_location(*HERE, "map")
    qtbot.waitUntil(lambda: page.dup_list.count() == 1, timeout=10_000)
    # another category there: no duplicate
    other = next(c for c in wire_reports.default().subs if c != category)
    page.set_category(other)
    qtbot.waitUntil(lambda: page.dup_list.count() == 0, timeout=10_000)
    # the map still shows the open reports around the place, of every category, as open reports
    assert [(p.kind, p.lat, p.lon) for p in page.map.layers.reports] == [("open", 51.02845, 3.87225)]
    assert "R-4711" in page.map.layers.reports[0].label


def test_me_too_adds_the_citizen_to_the_report(page: Any, window: Any, qtbot: Any, tmp_path: Path) -> None:
    page.set_category(_category())
    page.set_location(*HERE, "map")
    qtbot.waitUntil(lambda: page.dup_list.count() == 1, timeout=10_000)
    assert not page.me_too_button.isEnabled()
    # a click on the duplicate's triangle on the map chooses it in the list
    page.map.set_view(*HERE, 17)
    tri = page.map.to_pixel(51.02845, 3.87225).toPoint()
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=tri)
    assert page.dup_list.currentRow() == 0 and page.me_too_button.isEnabled()
    assert page.place_source == "map" and (page.lat, page.lon) == HERE  # the place stays
    page.dup_list.setCurrentRow(-1)
    page.who_contact.setChecked(True)
    page.first_name.setText("An")
    page.last_name.setText("Peeters")
    page.email.setText("an.peeters@example.org")
    page.tell.setCurrentIndex(page.tell.findData("mail"))
    page.dup_list.setCurrentRow(0)
    assert page.me_too_button.isEnabled()
    qtbot.mouseClick(page.me_too_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=10_000)
    assert page.last_saved.duplicate_of == "R-4711"
    ops = _ops(window.ctx.loket)
    assert len(ops) == 1 and ops[0].payload["duplicate_of"] == "R-4711"
    assert ops[0].payload["email"] == "an.peeters@example.org"
    assert "R-4711" in page.result.text() and page.result.isVisible()


def test_anonymous_switches_consent_and_follow_up_off(page: Any, qtbot: Any) -> None:
    page.who_contact.setChecked(True)
    assert page.consent.isEnabled() and page.email.isEnabled()
    page.consent.setChecked(True)
    page.tell.setCurrentIndex(page.tell.findData("sms"))
    qtbot.mouseClick(page.who_anonymous, Qt.MouseButton.LeftButton)
    assert page.who_anonymous.isChecked()
    assert not page.consent.isEnabled() and not page.consent.isChecked()
    assert not page.tell.isEnabled() and page.tell.currentData() is None
    assert not page.email.isEnabled() and not page.first_name.isEnabled()
    d = page.draft()
    assert d.anonymous and not d.consent and d.contact_channel is None and d.email is None
    page.who_contact.setChecked(True)
    assert page.consent.isEnabled()


def test_a_place_outside_the_city_is_confirmed_first(page: Any, window: Any, qtbot: Any) -> None:
    loket = window.ctx.loket
    page.set_category(_category())
    page.who_anonymous.setChecked(True)
    page.set_location(50.85, 4.35, "map")  # Brussels
    assert "outside the city" in page.place.text()
    page.save()
    box = page.outside_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outside_box is None, timeout=5_000)
    wait_ops(qtbot, window)
    assert _ops(loket) == [] and page.last_saved is None
    page.save()
    box = page.outside_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=10_000)
    with loket.store.read() as s:
        rec = s.scalars(select(ReportIntake)).one()
        assert rec.outside_city and rec.anonymous and rec.lat == pytest.approx(50.85)


def test_a_too_large_photo_is_refused_in_words(page: Any, window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.ctx.loket.settings.max_photo_mb = 1
    big = _jpeg(tmp_path / "big.jpg", HERE, pad=1_200_000)
    page.add_photo_file(big)
    qtbot.waitUntil(lambda: page.photo_note.isVisible(), timeout=10_000)
    assert "big.jpg" in page.photo_note.text() and "MB" in page.photo_note.text()
    assert "Traceback" not in page.photo_note.text()
    assert page.photos == [] and page.lat is None
    # not an image at all
    junk = tmp_path / "notes.jpg"
    junk.write_bytes(b"%PDF-1.4 not a photo")
    page.add_photo_file(junk)
    qtbot.waitUntil(lambda: "notes.jpg" in page.photo_note.text(), timeout=10_000)
    assert page.photos == []
    # a photo without a location: kept, with a word that the place must be given
    page.add_photo_file(_jpeg(tmp_path / "plain.jpg", None))
    qtbot.waitUntil(lambda: len(page.photos) == 1, timeout=10_000)
    assert "plain.jpg" in page.photo_note.text() and page.lat is None


def test_saving_writes_one_outbox_operation_and_clears_the_form(page: Any, window: Any, qtbot: Any,
                                                                  tmp_path: Path) -> None:
    loket = window.ctx.loket
    page.save()  # nothing filled in: refused in words, nothing written
    wait_ops(qtbot, window)
    assert page.problem.isVisible() and "category" in page.problem.text().lower()
    assert _ops(loket) == []
    page.set_category(_category())
    page.description.setPlainText("Afval naast de glasbol")
    page.add_photo_file(_jpeg(tmp_path / "p.jpg", HERE))
    qtbot.waitUntil(lambda: page.lat is not None, timeout=10_000)
    page.who_contact.setChecked(True)
    page.phone.setText("0470 12 34 56")
    page.tell.setCurrentIndex(page.tell.findData("sms"))
    page.consent.setChecked(True)
    assert page.channel.currentData() == "counter"  # the clerk's role: counter
    qtbot.keyClick(page.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # twice: one report
    page.save_button.click()
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=10_000)
    wait_ops(qtbot, window)
    ops = _ops(loket)
    assert len(ops) == 1
    p = ops[0].payload
    assert p["category"] == _category() and p["consent"] is True and p["contact_channel"] == "sms"
    assert p["lat"] == pytest.approx(HERE[0], abs=1e-5) and len(p["photos"]) == 1 and p["duplicate_of"] is None
    assert page.last_saved.intake_id[:8] in page.result.text()
    # the form is empty again, and the report is in "My reports"
    assert page.category == "" and page.description.toPlainText() == "" and page.photos == []
    assert page.lat is None and page.map.layers.marker is None
    qtbot.waitUntil(lambda: page.mine_tree.topLevelItemCount() == 1, timeout=10_000)
    assert page.mine_tree.topLevelItem(0).text(2) == "waiting to sync"


def test_the_category_finder_and_a_point_on_the_map(page: Any, window: Any, qtbot: Any) -> None:
    cats = wire_reports.default()
    sub = list(cats.subs.values())[3]
    main = cats.main(sub.main)
    page.cat_find.setText(f"{main.names['en'] if page.ctx.lang == 'en' else main.names[page.ctx.lang]}")
    line = page.find_model.stringList()
    assert len(line) == len(cats.subs)
    target = next(t for t in line if t.endswith(sub.names.get(page.ctx.lang, sub.names["nl"])))
    page._found(target)
    assert page.category == sub.code and page.main_combo.currentData() == main.code
    page.map.resize(QSize(400, 300))
    page.map.set_view(*HERE, 16)
    picked = page.map.to_latlon(200, 150)
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=page.map.rect().center())
    assert page.place_source == "map"
    assert page.lat == pytest.approx(picked[0], abs=1e-4) and page.lon == pytest.approx(picked[1], abs=1e-4)
    wait_ops(qtbot, window)
    assert page.address.text().startswith("Kerkstraat")


def test_address_suggestions_come_from_the_register(page: Any, window: Any, qtbot: Any) -> None:
    page.address.setFocus()
    qtbot.keyClicks(page.address, "Kerkstr 3")
    qtbot.waitUntil(lambda: page.address_model.rowCount() > 0, timeout=10_000)
    labels = page.address_model.stringList()
    assert labels[0].startswith("Kerkstraat 3")
    page._address_chosen(labels[0])
    assert page.place_source == "address"
    assert (page.lat, page.lon) == (pytest.approx(51.0284), pytest.approx(3.8723))
    assert page.map.layers.marker == pytest.approx((51.0284, 3.8723))
    # an address not in the register: said in words, the place stays unset
    page.clear()
    page.address.setText("Nergensstraat 999")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    wait_ops(qtbot, window)
    assert page.lat is None and "register" in page.place.text()


def test_the_citizen_on_screen_reports_and_the_photo_has_a_thumbnail(page: Any, window: Any, qtbot: Any,
                                                                       tmp_path: Path) -> None:
    from desk_app.store.models import Person

    loket = window.ctx.loket
    with loket.store.read() as s:
        person = s.scalars(select(Person).order_by(Person.surname)).first()
        assert person is not None
        pid, surname = person.id, person.surname
    assert not page.who_person.isEnabled()
    window.show_person(pid)
    qtbot.waitUntil(lambda: window.person.person is not None, timeout=10_000)
    window.open_page("report_intake")
    wait_ops(qtbot, window)
    assert page.who_person.isEnabled() and page.who_person.isChecked() and surname in page.who_person.text()
    page.set_category(_category())
    page.add_photo_file(_jpeg(tmp_path / "p.jpg", HERE))
    qtbot.waitUntil(lambda: page.photo_list.count() == 1, timeout=10_000)
    assert not page.photo_list.item(0).icon().isNull()
    d = page.draft()
    assert d.person_id == pid and d.email is None and not d.anonymous
    page.save()
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=10_000)
    ops = _ops(loket)
    assert len(ops) == 1 and ops[0].payload["person_id"] == pid
    # saved: the next report is nobody's until a citizen is chosen; a citizen looked at earlier is not offered
    assert page.person is None and not page.who_person.isEnabled() and page.who_contact.isChecked()
    window.open_page("cases")
    window.open_page("report_intake")
    wait_ops(qtbot, window)
    assert page.person is None


def test_scanner_and_camera(page: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.reports.intake_page import camera_names, scanner_available

    # no camera on this machine: the button says so, disabled, with a tooltip
    if not camera_names():
        assert not page.camera_button.isEnabled() and page.camera_button.toolTip()
    assert page.scan_button.isHidden() is not scanner_available()
    # a picture as the camera gives it (a QImage): encoded and checked in the worker, no place in it
    from PySide6.QtGui import QColor, QImage

    shot = QImage(320, 240, QImage.Format.Format_RGB32)
    shot.fill(QColor("#406080"))
    page.add_photo_image(shot, "camera.jpg")
    qtbot.waitUntil(lambda: len(page.photos) == 1, timeout=10_000)
    assert page.photos[0].content_type == "image/jpeg" and (page.photos[0].width, page.photos[0].height) == (320, 240)
    page.photo_list.setCurrentRow(0)
    page.remove_photo.click()
    assert page.photos == [] and page.photo_list.count() == 0
    # a SANE scanner (here a stand-in scanimage that writes a PNG on stdout) run as a QProcess
    png = tmp_path / "scan.png"
    Image.new("RGB", (40, 30), (200, 200, 200)).save(png, "PNG")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "scanimage"
    fake.write_text(f"#!/bin/sh\ncat '{png}'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    assert scanner_available()
    page.scan_photo()
    qtbot.waitUntil(lambda: len(page.photos) == 1, timeout=10_000)
    assert page.photos[0].content_type == "image/png" and page.photos[0].name == "scan.png"
    assert page.scan_button.isEnabled() and page.scan is None
    # a scanner that fails: said in words
    fake.write_text("#!/bin/sh\necho 'no SANE devices found' >&2\nexit 1\n")
    page.scan_photo()
    qtbot.waitUntil(lambda: page.scan is None, timeout=10_000)
    assert "scanner" in page.photo_note.text().lower() and len(page.photos) == 1


def test_a_language_switch_renames_the_categories_and_keeps_the_choice(page: Any, window: Any, qtbot: Any) -> None:
    cats = wire_reports.default()
    code = _category()
    sub = cats.sub(code)
    assert sub is not None
    window.set_language("en")
    page.set_category(code)
    assert page.sub_combo.currentText() == sub.names["en"]
    window.set_language("fr")
    qtbot.waitUntil(lambda: page.sub_combo.currentText() == sub.names["fr"], timeout=5_000)
    assert page.category == code
    assert any(sub.names["fr"] in line for line in page.find_model.stringList())
    window.set_language("nl")


def test_hostile_input_is_refused_in_words_and_nothing_is_written(page: Any, window: Any, qtbot: Any) -> None:
    loket = window.ctx.loket
    page.set_category(_category())
    page.set_location(*HERE, "map")
    page.who_contact.setChecked(True)
    page.email.setText("an@example.org\r\nBcc: all@example.org")
    page.tell.setCurrentIndex(page.tell.findData("mail"))
    page.save()
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10_000)
    assert "Traceback" not in page.problem.text() and page.problem.text()
    assert page.email.hasFocus() or page.focusWidget() is page.email
    page.email.setText("an@example.org")
    page.description.setPlainText("afval\x00" + "x" * 10)
    page.save()
    qtbot.waitUntil(lambda: "description" in page.problem.text().lower(), timeout=10_000)
    page.description.setPlainText("y" * 6000)
    page.save()
    qtbot.waitUntil(lambda: "6000" in page.problem.text() or "6,000" in page.problem.text()
                    or "6 000" in page.problem.text() or "6.000" in page.problem.text(), timeout=10_000)
    wait_ops(qtbot, window)
    assert _ops(loket) == [] and page.last_saved is None
    assert page.save_button.isEnabled()


def test_a_card_read_during_a_report_makes_its_citizen_the_reporter(page: Any, window: Any, qtbot: Any) -> None:
    from desk_app.store.models import Person

    with window.ctx.loket.store.read() as s:
        person = s.scalars(select(Person).order_by(Person.surname.desc())).first()
        assert person is not None
        pid, surname = person.id, person.surname
    page.description.setPlainText("Lamp kapot")
    window._card_person(pid, [])  # the card panel matched the card in the reader to this person
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert window.stack.currentWidget() is page  # the form stays
    assert page.person["id"] == pid and surname in page.who_person.text() and page.who_person.isChecked()
    assert page.description.toPlainText() == "Lamp kapot"
    # on another page the card opens the citizen as before
    window.open_page("cases")
    window._card_person(pid, [])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.person, timeout=10_000)
