"""Translations: English source strings in the code (``self.tr`` / ``QCoreApplication.translate``),
Dutch (default), French and German from ``ui/i18n/strings.py`` through a small runtime QTranslator.

``scripts/`` can export the same table as Qt Linguist ``.ts`` files (``export_ts``) for translators and
compile them with ``pyside6-lrelease``; the running app does not need the ``.qm`` files.
Switching language installs another translator; Qt then sends ``QEvent.LanguageChange`` to every
widget, which re-sets its texts (``retranslate``) — no restart.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from ui.core import fmt
from ui.i18n.strings import TRANSLATIONS

LANGUAGES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}


class DictTranslator(QTranslator):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.table = {src: tr[lang] for src, tr in TRANSLATIONS.items() if lang in tr}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Untranslated text is returned as is: returning None from a Python override corrupts None's
        # reference count in PySide6 (crash at exit), so this translator answers for every string.
        text = self.table.get(source, source)
        if n >= 0 and "%n" in text:
            text = text.replace("%n", str(n))
        return text

    def isEmpty(self) -> bool:
        return not self.table

    def language(self) -> str:
        return self.lang


_installed: dict[str, DictTranslator | None] = {"t": None}


def install(lang: str) -> None:
    """Install the translator for ``lang`` (en = the source strings) and set the locale."""
    app = QCoreApplication.instance()
    fmt.set_language(lang)
    if app is None:
        return
    old = _installed["t"]
    if old is not None:
        QCoreApplication.removeTranslator(old)
        _installed["t"] = None
    if lang != "en":
        t = DictTranslator(lang, app)
        QCoreApplication.installTranslator(t)
        _installed["t"] = t


def export_ts(folder: Path) -> list[Path]:
    """Write ``loket_<lang>.ts`` (Qt Linguist) files with every string (context-free)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("nl", "fr", "de"):
        rows = []
        for src, tr in sorted(TRANSLATIONS.items()):
            text = tr.get(lang)
            kind = "" if text else ' type="unfinished"'
            rows.append(f"    <message>\n      <source>{escape(src)}</source>\n"
                        f"      <translation{kind}>{escape(text or '')}</translation>\n    </message>")
        body = "\n".join(rows)
        path = folder / f"loket_{lang}.ts"
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}_BE">\n  <context>\n    <name>loket</name>\n{body}\n'
            "  </context>\n</TS>\n",
            encoding="utf-8",
        )
        written.append(path)
    return written
