"""Where Loket keeps its files: platformdirs, overridable per "laptop" with --data-dir / LOKET_DATA_DIR."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "loket"
APP_AUTHOR = "Loket"
ENV_DATA_DIR = "LOKET_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def store(self) -> Path:
        return self.data / "store.db"

    @property
    def attachments(self) -> Path:
        return self.data / "attachments"

    @property
    def drafts(self) -> Path:
        return self.data / "drafts"

    def ensure(self) -> Paths:
        for p in (self.data, self.config, self.cache, self.logs, self.attachments, self.drafts):
            p.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):  # e.g. a filesystem without modes
                p.chmod(0o700)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """One root directory holds everything when --data-dir or LOKET_DATA_DIR is given."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(root, root / "config", root / "cache", root / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def demo_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The demo's folder: ``data_dir`` (--data-dir), else ``$LOKET_DATA_DIR``, else the platform's user
    data dir + ``/demo``. Everything of the demo (config, cache, key file) lives under it."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo"
