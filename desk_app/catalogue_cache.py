"""A cache of the catalogue's parsed documents (``catalogue-cache.json`` in the data dir's cache folder).

An unchanged catalogue is read as one JSON file when the desk starts, without loading the YAML parser;
each document is stamped with its file's size and modification time, so an edited file is parsed again.
Only a catalogue that loaded without problems is cached, only plain data is kept (JSON, nothing
executable), and cached documents are checked exactly like freshly parsed ones.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

CACHE_VERSION = 1  # raise when parsing changes (desk_app.catalogue_files): old caches are then ignored


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


class DocumentReader:
    def __init__(self, cache_file: Path | None) -> None:
        self.cache_file = cache_file
        self._cached: dict[str, Any] = {}
        self.read_docs: dict[str, dict[str, Any]] = {}
        self.used_cache = False
        self.parsed = False
        if cache_file is not None:
            try:
                data = json.loads(cache_file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == CACHE_VERSION and isinstance(data.get("docs"), dict):
                    self._cached = data["docs"]
            except (OSError, ValueError, UnicodeDecodeError):
                self._cached = {}

    def read(self, path: Path, problems: list[str]) -> Any:
        key = str(path)
        stamp = _stamp(path)
        entry = self._cached.get(key)
        if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp:
            self.used_cache = True
            self.read_docs[key] = entry
            return entry.get("doc")
        from desk_app.catalogue_files import load_yaml

        doc = load_yaml(path, problems)
        self.parsed = True
        self.read_docs[key] = {"stamp": stamp, "doc": doc}
        return doc

    def save(self) -> None:
        """Keep what was read (call only when the catalogue loaded without problems)."""
        if self.cache_file is None or (not self.parsed and self.read_docs.keys() == self._cached.keys()):
            return
        try:
            text = json.dumps({"version": CACHE_VERSION, "docs": self.read_docs}, ensure_ascii=False)
            if json.loads(text)["docs"] != self.read_docs:
                return  # something JSON cannot keep as it is (a number as a key …): do not cache
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_file.with_name(self.cache_file.name + f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.cache_file)
        except (OSError, TypeError, ValueError):
            pass  # a cache is optional
