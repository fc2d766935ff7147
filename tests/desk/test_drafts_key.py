"""Intake drafts hold citizens' answers: on an encrypted store they are sealed with the store's key,
even when the keyring goes away while the desk runs (a locked KWallet, a dead Secret Service)."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from desk_app.app import Loket
from desk_app.services.drafts import MAGIC, Draft, DraftStore


def test_drafts_stay_sealed_when_the_keyring_goes_away(tmp_path: Path) -> None:
    app = Loket.open(tmp_path / "laptop")
    try:
        keyring.set_keyring(fail.Keyring())  # the keyring is gone; the open store still has its key
        store = DraftStore.for_loket(app)
        draft = Draft("address_change", None, {"street_and_number": "Lindenlaan 17"}, title="Vandenbroucke")
        store.save(draft)
        raw = next(app.paths.drafts.glob("*.draft")).read_bytes()
        assert raw.startswith(MAGIC)
        assert b"Lindenlaan" not in raw and b"Vandenbroucke" not in raw
        again = store.load(draft.id)
        assert again is not None
        assert again.answers == {"street_and_number": "Lindenlaan 17"}
    finally:
        app.close()


def test_an_unencrypted_store_keeps_plain_drafts(tmp_path: Path) -> None:
    app = Loket.open(tmp_path / "bench", encrypt=False)
    try:
        store = DraftStore.for_loket(app)
        store.save(Draft("address_change", None, {"street_and_number": "Kerkstraat 1"}))
        assert b"Kerkstraat" in next(app.paths.drafts.glob("*.draft")).read_bytes()
    finally:
        app.close()
