"""Translations: English source strings in the code (``self.tr`` / ``QCoreApplication.translate``),
Dutch (default), French and German.

The Qt Linguist files ``ui/i18n/loket_<lang>.ts`` are the one source of the translations (translators edit
them); ``python -m ui.i18n.build`` updates them from the code and compiles them to ``loket_<lang>.qm``, which
is loaded at start. A small runtime QTranslator over the same ``.ts`` answers a text in any context (strings
built at run time, the core's messages looked up under another context than the one they are filed under)
and anything a missing ``.qm`` would leave untranslated. Switching language installs another translator; Qt
then sends ``QEvent.LanguageChange`` to every widget, which re-sets its texts (``retranslate``) — no restart.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from ui.core import fmt
from ui.i18n.ts import read_ts

LANGUAGES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}  # the menu: each in itself
_LANGUAGE_NAMES = {"nl": "Dutch", "fr": "French", "de": "German", "en": "English"}


HERE = Path(__file__).resolve().parent

NBSP = "\u00a0"  # French puts a no-break space before : ; ? ! and inside « »


def colon(label: str) -> str:
    """"Label:" as the user's language writes it ("Document\u00a0:" in French)."""
    return f"{label}{NBSP}:" if fmt.language() == "fr" else f"{label}:"


def language_name(code: str) -> str:
    """A language's name in the user's language (a citizen's language on the person page)."""
    name = _LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("languages", name) if name else code


log = logging.getLogger(__name__)


@cache
def translations(lang: str, folder: Path = HERE) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """``lang``'s finished translations from ``loket_<lang>.ts``: by (context, source), and by source alone.
    An unreadable file is logged and left out (the compiled ``.qm`` still translates): the desk starts."""
    path = folder / f"loket_{lang}.ts"
    try:
        exact = read_ts(path) if path.exists() else {}
    except (OSError, ET.ParseError) as exc:
        log.error("the translations in %s cannot be read (%s); using the compiled .qm only", path, exc)
        exact = {}
    anywhere: dict[str, str] = {}
    for (_context, source), text in sorted(exact.items()):
        anywhere.setdefault(source, text)
    return exact, anywhere


class DictTranslator(QTranslator):
    """Answers every text from the ``.ts``: in its own context if it is filed there, else in any context."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.exact, self.table = translations(lang)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Untranslated text is returned as is: returning None from a Python override corrupts None's
        # reference count in PySide6 (crash at exit), so this translator answers for every string.
        text = self.exact.get((context, source)) or self.table.get(source, source)
        if n >= 0 and "%n" in text:
            text = text.replace("%n", str(n))
        return text

    def isEmpty(self) -> bool:
        return not self.table

    def language(self) -> str:
        return self.lang


_installed: dict[str, list[QTranslator]] = {"t": []}


def system_language() -> str:
    """The system locale's language when Loket speaks it, else Dutch."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in LANGUAGES else "nl"


def language_at_start(config_dir: Path) -> str:
    """The language before a store is open (the sign-in dialog): ``settings.json``'s, else the system's."""
    import json

    try:
        raw = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = None
    lang = raw.get("language") if isinstance(raw, dict) else None
    return lang if isinstance(lang, str) and lang in LANGUAGES else system_language()
def install(lang: str) -> None:
    """Install the translator for ``lang`` (en = the source strings) and set the locale."""
    app = QCoreApplication.instance()
    fmt.set_language(lang)
    if app is None:
        return
    for old in _installed["t"]:
        QCoreApplication.removeTranslator(old)
    _installed["t"] = []
    if lang == "en":
        return
    # The runtime table first (strings built at run time; it answers every string), then Qt's own
    # translation (print and file dialogs, standard buttons, "Strg+F" in shortcuts), then the compiled Qt
    # translation: Qt consults the most recently installed translator first.
    runtime = DictTranslator(lang, app)
    QCoreApplication.installTranslator(runtime)
    _installed["t"].append(runtime)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_own)
        _installed["t"].append(qt_own)
    qm = QTranslator(app)
    if qm.load(str(HERE / f"loket_{lang}.qm")):
        QCoreApplication.installTranslator(qm)
        _installed["t"].append(qm)
