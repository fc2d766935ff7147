"""Tokens live in the keyring; an expired or unknown access token is refreshed transparently."""

from __future__ import annotations

from collections.abc import Callable

import keyring

from tests.casestore.fixtures import Laptop
from tests.sync.helpers import new_intake


def test_tokens_are_in_the_keyring_and_refreshed(make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("laptop-a", "clerk")
    creds = a.client.tokens.load(a.client.server_url)
    assert creds is not None and keyring.get_password("loket-sync-test-laptop-a", a.client.server_url)
    # No token in the store's files.
    for path in a.loket.paths.data.rglob("*"):
        if path.is_file():
            assert creds.refresh_token.encode() not in path.read_bytes()
    # The access token no longer works (expired/forgotten by the server): the client refreshes once.
    a.client.tokens.save(a.client.server_url, type(creds)("bogus", creds.refresh_token, creds.device_id, "clerk"))
    new_intake(a.loket, 1)
    res = a.client.sync_once()
    assert res.status is not None and res.status.state == "idle" and res.pushed > 0
    fresh = a.client.tokens.load(a.client.server_url)
    assert fresh is not None and fresh.access_token != "bogus" and fresh.refresh_token != creds.refresh_token
