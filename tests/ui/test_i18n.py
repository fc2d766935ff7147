"""Translations: Qt Linguist files complete for Dutch, the compiled .qm is used, language switches live."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

I18N = Path(__file__).resolve().parents[2] / "ui" / "i18n"


def test_dutch_ts_is_complete() -> None:
    root = ET.parse(I18N / "loket_nl.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    assert not unfinished, unfinished[:10]


def test_qm_and_runtime_translations(qapp: Any) -> None:
    from ui.i18n import install

    install("nl")
    try:
        assert QCoreApplication.translate("MainWindow", "&Home") == "&Start"  # from loket_nl.qm
        assert QCoreApplication.translate("validation", "this field is required") == "dit veld is verplicht"
        assert QCoreApplication.translate("SearchPage", "%n result(s) — ↓ to choose, Enter to open", "", 3).startswith("3 ")
        install("de")
        assert QCoreApplication.translate("MainWindow", "&Home") == "&Start"
        assert QCoreApplication.translate("CasesPage", "Cases and work queue") == "Vorgänge und Arbeitsvorrat"
        install("en")
        assert QCoreApplication.translate("MainWindow", "&Home") == "&Home"
    finally:
        install("nl")


def test_the_runtime_translator_reads_the_ts_files(qapp: Any) -> None:
    """The runtime translator answers from loket_<lang>.ts (the one source; before: a Python table): a text in
    the context it is filed under, else in any context (a core message looked up under the caller's context)."""
    from ui.i18n import DictTranslator
    from ui.i18n.ts import read_ts, ts_path

    french = DictTranslator("fr")
    assert french.translate("MainWindow", "&Home") == "&Accueil"
    assert french.translate("IntakePage", "this field is required") == read_ts(ts_path("fr"))[
        ("validation", "this field is required")]
    assert french.translate("SearchPage", "%n result(s) — ↓ to choose, Enter to open", None, 2).startswith("2 ")
    assert french.translate("MainWindow", "Not a text of the desk") == "Not a text of the desk"
