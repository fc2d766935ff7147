"""Wiping a revoked laptop (the sync client calls ``Loket.wipe`` when the case store says so).

First the store key is forgotten (keyring entry, and the demo key file): from that moment nothing the
laptop still holds can be decrypted (the store, attachments and drafts are all encrypted with keys derived
from it). Then every file that can hold citizen data is deleted: the store with its WAL and shared memory,
attachments, drafts, messages waiting to be sent, caches, logs, and everything else in the data, cache,
log and config folders. Only ``settings.json`` is kept (language, server, staff user: no citizen data),
so the laptop can be signed in again once an administrator allows it. The sync tokens are cleared by the
sync client itself, before it calls the wipe.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app import keys
from desk_app.paths import Paths

if TYPE_CHECKING:
    from desk_app.store.db import Store

log = logging.getLogger(__name__)

KEPT = ("settings.json",)  # in the config folder


def wipe_laptop(paths: Paths, store: Store | None = None, *, demo: bool = False) -> list[str]:
    """Forget the key and delete the files; returns what could not be deleted (logged), [] normally."""
    if store is not None:
        store.close()
    keys.forget_store_key(paths.store, paths.config / keys.DEMO_KEY_FILE)
    keep = {paths.config / name for name in KEPT}
    failed: list[str] = []
    for root in (paths.data, paths.cache, paths.logs, paths.config):
        _remove_all_but(root, keep, failed)
    for problem in failed:
        log.error("wipe: could not delete %s", problem)
    return failed


def _remove_all_but(folder: Path, keep: set[Path], failed: list[str]) -> None:
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return
    except OSError as exc:
        failed.append(f"{folder} ({exc.strerror})")
        return
    for entry in entries:
        if entry in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            _remove_all_but(entry, keep, failed)
            if any(k.is_relative_to(entry) for k in keep):
                continue  # e.g. the config folder inside a --data-dir
            remove = os.rmdir
        else:
            remove = os.unlink
        try:
            remove(entry)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{entry} ({exc.strerror})")
