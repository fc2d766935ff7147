"""Typed, declarative settings (one JSON file in the config dir); unknown or invalid values fall back
to their defaults with a warning instead of stopping the app."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk_app.languages import DEFAULT as DEFAULT_LANGUAGE
from desk_app.languages import LANGUAGES
from wire import roles

log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = field(default=DEFAULT_LANGUAGE, metadata={"choices": LANGUAGES})
    staff_user: str = field(default="", metadata={"help": "signed-in staff member (user name)"})
    staff_name: str = field(default="", metadata={"help": "display name of the staff member"})
    role: str = field(default=roles.COUNTER_CLERK, metadata={"choices": roles.ROLES})
    department: str = field(default="", metadata={"help": "the signed-in staff member's department (private notes)"})
    location: str = field(default="Stadswinkel", metadata={"help": "where intakes happen (receipts)"})
    server_url: str = ""
    ca_bundle: str = ""
    lock_after_minutes: int = field(default=10, metadata={"min": 1, "max": 240})
    reader_name: str = ""
    scanner_folder: str = ""
    sync_interval_seconds: int = field(default=60, metadata={"min": 5, "max": 3600})
    max_attachment_mb: int = field(default=25, metadata={"min": 1, "max": 200})
    max_photo_mb: int = field(default=10, metadata={"min": 1, "max": 100, "help": "a citizen report's photo"})
    shop: str = field(default="stadswinkel", metadata={"help": "the city shop whose queue this laptop works in"})
    desk: str = field(default="", metadata={"help": "the shop's desk this laptop is (its queue view), e.g. balie-3"})

    @classmethod
    def load(cls, path: Path) -> Settings:
        settings = cls()
        if not path.exists():
            return settings
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return settings
        if not isinstance(raw, dict):
            return settings
        for f in dataclasses.fields(cls):
            if f.name in raw:
                try:
                    settings.set(f.name, raw[f.name])
                except ValueError as exc:
                    log.warning("setting %s ignored: %s", f.name, exc)
        return settings

    def set(self, name: str, value: object) -> None:
        fields = {f.name: f for f in dataclasses.fields(self)}
        if name not in fields:
            raise ValueError(f"unknown setting '{name}'")
        f = fields[name]
        kind: type[Any] = type(f.default)
        try:
            typed = kind(value)
        except (TypeError, ValueError):
            raise ValueError(f"{name} must be a {kind.__name__}") from None
        meta = f.metadata
        if "choices" in meta and typed not in meta["choices"]:
            raise ValueError(f"{name} must be one of {', '.join(meta['choices'])}")
        if "min" in meta and typed < meta["min"]:
            raise ValueError(f"{name} must be at least {meta['min']}")
        if "max" in meta and typed > meta["max"]:
            raise ValueError(f"{name} must be at most {meta['max']}")
        setattr(self, name, typed)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)
