"""Staff accounts this laptop knows, for signing in and unlocking offline (Qt-free).

The first sign-in on a laptop goes to the case store (``sync.login``); after it the desk (``ui.signin``) and
``desk-app login`` remember an scrypt verifier of the password (never the password) and the account's
role and name in the encrypted store's key/value table. Without a case store, only such an account gets
in, or in demo mode a demo account (``wire.demo``) with the demo password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from desk_app.store.db import Store
from desk_app.store.models import SyncState

_N, _R, _P = 2**14, 8, 1


def make_verifier(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_verifier(verifier: str, password: str) -> bool:
    try:
        _kind, n, r, p, salt, digest = verifier.split("$")
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32)
        return hmac.compare_digest(got, base64.b64decode(digest))
    except (ValueError, TypeError):
        return False


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    display_name: str
    department: str | None = None  # who sees private notes (issue 16)


class LocalAccounts:
    """Verifiers and profiles in the (encrypted) store's key/value table."""

    def __init__(self, store: Store, demo: bool = False) -> None:
        self.store = store
        self.demo = demo

    def _get(self, key: str) -> str | None:
        with self.store.read() as s:
            row = s.get(SyncState, key)
            return row.value if row else None

    def remember(self, username: str, password: str, display_name: str, role: str,
                 department: str | None = None) -> None:
        """Keep the verifier and the profile (role, name, department), in one transaction."""
        values = {f"signin:{username}": make_verifier(password),
                  f"signin-profile:{username}": f"{role}\t{display_name}\t{department or ''}"}
        with self.store.write() as s:
            for key, value in values.items():
                row = s.get(SyncState, key)
                if row is None:
                    s.add(SyncState(key=key, value=value))
                else:
                    row.value = value

    def check(self, username: str, password: str) -> tuple[str, str] | None:
        """(role, display name) when the password matches the verifier kept on this laptop."""
        verifier = self._get(f"signin:{username}")
        if verifier is None or not check_verifier(verifier, password):
            return None
        profile = self._get(f"signin-profile:{username}") or "counter\t"
        role, _, rest = profile.partition("\t")
        name = rest.partition("\t")[0]
        return role, name or username

    def department(self, username: str) -> str | None:
        """The department kept with the account's profile (None: none, or a profile from before)."""
        parts = (self._get(f"signin-profile:{username}") or "").split("\t")
        return (parts[2] or None) if len(parts) > 2 else None

    def known(self, username: str) -> bool:
        return self._get(f"signin:{username}") is not None

    def demo_account(self, username: str, password: str) -> tuple[str, str] | None:
        """(role, display name) of a demo account with the demo password, in demo mode only."""
        if not self.demo:
            return None
        from wire.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

        if not hmac.compare_digest(password.encode(), DEMO_PASSWORD.encode()):
            return None
        for name, role, _dept, display in DEMO_ACCOUNTS:
            if name == username:
                return role, display
        return None

    def sign_in_offline(self, username: str, password: str, *, demo_accounts: bool = True) -> Account | None:
        """The account when this laptop vouches for it: its verifier matches, or (demo mode, unless
        ``demo_accounts`` is off) it is a demo account with the demo password, whose verifier is then kept
        so that the lock unlocks offline. ``None``: not let in (nothing is remembered)."""
        profile = self.check(username, password)
        department = self.department(username) if profile is not None else None
        if profile is None and demo_accounts:
            profile = self.demo_account(username, password)
            if profile is not None:
                from wire.demo import DEMO_ACCOUNTS

                department = next((d for n, _r, d, _x in DEMO_ACCOUNTS if n == username), None)
                self.remember(username, password, profile[1], profile[0], department)
        if profile is None:
            return None
        return Account(username, profile[0], profile[1], department)
