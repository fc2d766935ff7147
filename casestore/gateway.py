"""Hand e-mails and SMS messages queued by laptops to the city's mail/SMS gateway.

A laptop queues a ``notification`` operation (entity ``notification``) when a case reaches a status marked
"notify" and the citizen prefers e-mail or SMS. The push stores it as a record with ``delivery: queued``
in the same transaction as the rest of the batch; after the commit the server hands it to the gateway and
marks it ``sent``. A crash between the two leaves it ``queued``, and the next start (or push) hands it over
again: the folder gateway writes under the notification's id, so a repeat replaces the same file; a
real gateway gets the same ``Message-ID`` and can drop the repeat.

The embedded default (and any server without a gateway configured) is :class:`OutboxFolderGateway`: one
``.eml`` file per e-mail and one ``.sms.json`` per SMS in a folder, for a person or a script to pick up.
"""

from __future__ import annotations

import email.message
import email.utils
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

CHANNELS = ("email", "sms")
MAX_BODY = 20_000
MAX_RECIPIENT = 320
SENDER_ENV = "LOKET_CASESTORE_SENDER"
OUTBOX_ENV = "LOKET_CASESTORE_OUTBOX"


class Gateway(Protocol):
    def send(self, message: dict[str, Any]) -> None: ...


def check(data: dict[str, Any]) -> str | None:
    """Why a queued notification cannot be accepted, or None."""
    if data.get("channel") not in CHANNELS:
        return "channel must be email or sms"
    recipient = data.get("recipient")
    if not isinstance(recipient, str) or not recipient.strip() or len(recipient) > MAX_RECIPIENT:
        return "a recipient (e-mail address or phone number) is needed"
    if data["channel"] == "email" and "@" not in recipient:
        return f"{recipient!r} is not an e-mail address"
    body = data.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > MAX_BODY:
        return f"the message text must be 1 to {MAX_BODY} characters"
    if not isinstance(data.get("case_id"), str):
        return "the notification must name its case"
    return None


def message_id(notification_id: str) -> str:
    return f"<{notification_id}@loket.casestore>"


class OutboxFolderGateway:
    """Writes each message as a file named by its id (written to a temporary name, then renamed)."""

    def __init__(self, folder: Path, sender: str | None = None) -> None:
        self.folder = folder
        self.sender = sender or os.environ.get(SENDER_ENV) or "Loket <noreply@loket.invalid>"

    def send(self, message: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        nid = str(message["id"])
        if message["channel"] == "email":
            m = email.message.EmailMessage()
            m["From"] = self.sender
            m["To"] = message["recipient"]
            m["Subject"] = message.get("subject") or ""
            m["Message-ID"] = message_id(nid)
            m["Date"] = email.utils.formatdate(localtime=False)
            m.set_content(message["body"])
            if message.get("language"):  # after set_content, which resets the Content-* headers
                m["Content-Language"] = message["language"]
            data, name = m.as_bytes(), f"{nid}.eml"
        else:
            sms = {"id": nid, "to": message["recipient"], "text": message["body"],
                   "case_reference": message.get("case_reference"), "track_code": message.get("track_code")}
            data, name = json.dumps(sms, ensure_ascii=False, indent=1).encode(), f"{nid}.sms.json"
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def default_folder(db_url: str) -> Path:
    """``LOKET_CASESTORE_OUTBOX``; else ``outbox/`` beside a SQLite database file; else the user data dir."""
    env = os.environ.get(OUTBOX_ENV)
    if env:
        return Path(env)
    if db_url.startswith("sqlite") and ":///" in db_url:
        path = db_url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).resolve().parent / "outbox"
    import platformdirs

    return Path(platformdirs.user_data_dir("loket-casestore", appauthor=False)) / "outbox"
