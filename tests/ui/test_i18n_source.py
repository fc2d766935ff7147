"""Translations against the source code (issue 14 §5): every text the code translates has a finished
translation in every ``ui/i18n/loket_<lang>.ts`` (the one source translators edit), every committed ``.qm`` is
what its ``.ts`` compiles to, and the build updates the ``.ts`` files as lupdate would."""

from __future__ import annotations

import shutil
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk_app.languages import TRANSLATED
from ui.i18n.build import build, check, stale_qm, untranslated, update
from ui.i18n.source import extract, extract_ui
from ui.i18n.ts import read_ts, ts_path

NBSP = "\u00a0"


def test_every_text_of_the_code_has_a_finished_translation() -> None:
    found = extract()
    assert len({f.source for f in found}) > 400  # the reader sees the code (not an empty walk)
    problems = untranslated(found)
    assert not problems, "run python -m ui.i18n.build and translate:\n" + "\n".join(problems)


def test_every_qm_is_what_its_ts_compiles_to() -> None:
    problems = stale_qm()
    assert not problems, problems


def _copy_translations(root: Path) -> Path:
    folder = root / "ui" / "i18n"
    folder.mkdir(parents=True)
    for lang in TRANSLATED:
        for suffix in (".ts", ".qm"):
            shutil.copy(ts_path(lang).with_suffix(suffix), folder)
    return folder


def _module(root: Path, name: str, code: str) -> None:
    (root / "ui" / name).write_text(textwrap.dedent(code), encoding="utf-8")


def test_a_new_text_in_the_code_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    """Before: the test read the generated .ts, so a new tr() text passed until someone rebuilt."""
    folder = _copy_translations(tmp_path)
    _module(tmp_path, "new_page.py", """\
        from PySide6.QtCore import QCoreApplication


        def _t(text):
            return QCoreApplication.translate("documents", text)


        class MainWindow:
            def build(self):
                self.tr("&Home")  # translated already, in this context
                self.tr("A text nobody has translated yet")
                QCoreApplication.translate("channels", "by carrier pigeon")
                return _t("A wrapped new text")
        """)
    problems = check(tmp_path, folder)
    assert [p.split(": ", 1)[0] for p in problems] == ["ui/new_page.py:11", "ui/new_page.py:12",
                                                      "ui/new_page.py:13"]
    assert "'A text nobody has translated yet' (context MainWindow)" in problems[0]
    assert all("loket_nl.ts, loket_fr.ts, loket_de.ts" in p for p in problems)


def test_the_checker_reports_a_qm_the_build_did_not_make(tmp_path: Path) -> None:
    folder = _copy_translations(tmp_path)
    _module(tmp_path, "page.py", """\
        class MainWindow:
            def build(self):
                self.tr("&Home")
        """)
    assert check(tmp_path) == []
    fr = ts_path("fr", folder)
    fr.write_text(fr.read_text(encoding="utf-8").replace("&amp;Accueil", "&amp;Maison"), encoding="utf-8")
    assert check(tmp_path) == ["loket_fr.qm is not what loket_fr.ts compiles to: run python -m ui.i18n.build"]
    build(tmp_path, folder)
    assert check(tmp_path) == []
    assert read_ts(fr)[("MainWindow", "&Home")] == "&Maison"


def test_the_build_updates_the_ts_files_like_lupdate(tmp_path: Path) -> None:
    """New texts are added unfinished (finished when the same text is translated elsewhere), texts gone from the
    code are kept as vanished and come back when the code does, French gets its no-break spaces."""
    folder = tmp_path / "ui" / "i18n"
    folder.mkdir(parents=True)
    fr = ts_path("fr", folder)
    fr.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="fr_BE">
        <context>
            <name>Page</name>
            <message>
                <source>Name:</source>
                <translation>Nom :</translation>
            </message>
            <message>
                <source>Old text</source>
                <translation>Ancien texte</translation>
            </message>
        </context>
        </TS>
        """), encoding="utf-8")
    _module(tmp_path, "page.py", """\
        class Page:
            def build(self, n):
                self.tr("Name:")
                self.tr("Brand new")
                self.tr("%n case(s)", "", n)


        class Other:
            def build(self):
                self.tr("Name:")
        """)
    found = extract_ui(tmp_path)
    counts = update(fr, "fr", found)
    assert (counts.added, counts.vanished, counts.total, counts.translated) == (3, 1, 4, 2)
    assert read_ts(fr) == {("Page", "Name:"): f"Nom{NBSP}:", ("Other", "Name:"): f"Nom{NBSP}:"}
    root = ET.parse(fr).getroot()
    kinds = {m.findtext("source"): (m.get("numerus"), m.find("translation").get("type"))  # type: ignore[union-attr]
             for m in root.iter("message")}
    assert kinds == {"Name:": (None, None), "Old text": (None, "vanished"), "Brand new": (None, "unfinished"),
                     "%n case(s)": ("yes", "unfinished")}
    assert [c.findtext("name") for c in root.iter("context")] == ["Other", "Page"]

    _module(tmp_path, "page.py", """\
        class Page:
            def build(self):
                self.tr("Old text")
        """)
    update(fr, "fr", extract_ui(tmp_path))
    assert read_ts(fr) == {("Page", "Old text"): "Ancien texte"}  # revived; the others vanished or dropped
    sources = {m.findtext("source") for m in ET.parse(fr).getroot().iter("message")}
    assert sources == {"Old text", "Name:"}  # an untranslated text that left the code is not kept


def test_the_reader_finds_wrappers_tables_aliases_and_plurals(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    _module(tmp_path, "page.py", """\
        from PySide6.QtCore import QCoreApplication

        NAMES = {"a": "Surname", "b": "Given names"}


        def kind(code):
            translate = QCoreApplication.translate
            return translate("CardPanel", "unknown document")


        def channel(code):
            names = {"phone": "by phone"}
            return QCoreApplication.translate("channels", names.get(code, code))


        class Service:
            TITLES = {"receipt": "Receipt"}

            def _t(self, source):
                return self.tr(source)

            def build(self, n):
                self._t("Reading the card…")
                [self.tr(v) for _k, v in NAMES.items()]
                self.tr(self.TITLES.get("receipt"))
                self.tr("%n result(s)", "", n)
                parent.tr(f"not a literal {n}")
        """)
    found = {(f.context, f.source, f.numerus) for f in extract_ui(tmp_path)}
    assert found == {
        ("CardPanel", "unknown document", False), ("channels", "by phone", False),
        ("Service", "Reading the card…", False), ("Service", "Surname", False), ("Service", "Given names", False),
        ("Service", "Receipt", False), ("Service", "%n result(s)", True)}


def test_the_core_texts_the_desk_translates_are_read_too() -> None:
    found = {(f.context, f.source) for f in extract() if not f.file.startswith("ui/")}
    assert ("validation", "this field is required") in found  # desk_app/catalogue.py
    assert ("errors", "A person needs a surname.") in found  # a Message code
    assert ("eid", "No card reader found. Connect the card reader and try again.") in found  # default_message
    assert ("demo cards", "Card not activated") in found
    assert ("validation", "A Belgian postal code has 4 digits.") in found  # a catalogue pattern_message


def test_a_broken_ts_stops_the_build_with_its_line_and_nothing_is_written(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A translator's typo in the XML: one line naming file, line and column, no traceback, no file half-updated
    (before: the Dutch file was rewritten, then the build died on the French one with a traceback)."""
    folder = _copy_translations(tmp_path)
    _module(tmp_path, "page.py", """\
        class MainWindow:
            def build(self):
                self.tr("A new text")
        """)
    fr = ts_path("fr", folder)
    text = fr.read_text(encoding="utf-8").splitlines(keepends=True)
    text[11] = text[11].replace("</translation>", "</translaton>")
    fr.write_text("".join(text), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert build(tmp_path, folder) == 2
    err = capsys.readouterr().err
    assert err.startswith("ui.i18n.build: loket_fr.ts:12:") and "not valid XML" in err and "nothing was written" in err
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_translation_that_loses_a_place_marker_is_reported(tmp_path: Path) -> None:
    folder = _copy_translations(tmp_path)
    (tmp_path / "ui" / "page.py").write_text('QCoreApplication.translate("documents", "Page %1 of %2")\n',
                                             encoding="utf-8")
    fr = ts_path("fr", folder)
    fr.write_text(fr.read_text(encoding="utf-8").replace("Page %1 sur %2", "Page %1"), encoding="utf-8")
    build(tmp_path, folder)
    assert check(tmp_path) == ["loket_fr.ts: 'Page %1 of %2' (context documents): the translation 'Page %1' must "
                               "keep %1, %2"]


def test_an_unreadable_ts_leaves_the_desk_starting(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from ui.i18n import translations

    (tmp_path / "loket_fr.ts").write_text("<TS><context>", encoding="utf-8")
    assert translations("fr", tmp_path) == ({}, {})
    assert "cannot be read" in caplog.text
