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
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol

from casestore.settings import DEFAULT_SENDER

CHANNELS = ("email", "sms")
MAX_BODY = 20_000
MAX_RECIPIENT = 320


MAX_SUBJECT = 998  # the longest line an e-mail header may have

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class Gateway(Protocol):
    """Takes a queued message. Raise ``OSError`` when the gateway itself is unreachable (the message stays
    queued and is tried again); any other exception means this message cannot be sent (it is parked as
    ``failed`` with the reason, and the others go on)."""

    def send(self, message: dict[str, Any]) -> None: ...


def valid_id(nid: object) -> bool:
    """A notification's id (a UUID, as the desk makes them): safe to name a file or a Message-ID after."""
    return isinstance(nid, str) and _UUID.fullmatch(nid) is not None


def check(data: dict[str, Any]) -> str | None:
    """Why a queued notification cannot be accepted, or None."""
    if data.get("channel") not in CHANNELS:
        return "channel must be email or sms"
    recipient = data.get("recipient")
    if not isinstance(recipient, str) or not recipient.strip() or len(recipient) > MAX_RECIPIENT:
        return "a recipient (e-mail address or phone number) is needed"
    if _CONTROL.search(recipient):
        return "the recipient must be on one line (no line breaks or control characters)"
    if data["channel"] == "email":
        found = email.utils.getaddresses([recipient])
        if len(found) != 1 or "@" not in found[0][1]:  # one address: a list would add recipients
            return f"{recipient!r} is not an e-mail address"
    subject = data.get("subject")
    if subject is not None:
        if not isinstance(subject, str) or len(subject) > MAX_SUBJECT:
            return f"the subject must be text of at most {MAX_SUBJECT} characters"
        if _CONTROL.search(subject):
            return "the subject must be one line (no line breaks or control characters)"
    language = data.get("language")
    if language is not None and (not isinstance(language, str) or not _LANGUAGE.fullmatch(language)):
        return "the language must be a language code such as nl or fr-BE"
    body = data.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > MAX_BODY:
        return f"the message text must be 1 to {MAX_BODY} characters"
    if "\x00" in body:
        return "the message text must not contain NUL characters"
    if not isinstance(data.get("case_id"), str):
        return "the notification must name its case"
    return None


def message_id(notification_id: str) -> str:
    return f"<{notification_id}@loket.casestore>"


class OutboxFolderGateway:
    """Writes each message as a file named by its id (written to a temporary name, then renamed)."""

    def __init__(self, folder: Path, sender: str | None = None) -> None:
        self.folder = folder
        self.sender = sender or DEFAULT_SENDER  # LOKET_CASESTORE_SENDER: casestore.settings

    def target(self, name: str) -> Path:
        """The file ``name`` in the folder; refuses any name that would land elsewhere."""
        folder = self.folder.resolve()
        path = (folder / name).resolve()
        if path.parent != folder or name.startswith("."):
            raise ValueError(f"refusing to write {name!r} outside the outbox folder")
        return path

    def send(self, message: dict[str, Any]) -> None:
        nid = str(message["id"])
        if not valid_id(nid):  # the file is named after it
            raise ValueError(f"notification id {nid!r} is not a UUID")
        self.folder.mkdir(parents=True, exist_ok=True)
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
        target = self.target(name)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def default_folder(db_url: str, configured: Path | None = None) -> Path:
    """``configured`` (``LOKET_CASESTORE_OUTBOX``: ``casestore.settings``); else ``outbox/`` beside a SQLite
    database file; else the user data dir."""
    if configured is not None:
        return configured
    if db_url.startswith("sqlite") and ":///" in db_url:
        path = db_url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).resolve().parent / "outbox"
    import platformdirs

    return Path(platformdirs.user_data_dir("loket-casestore", appauthor=False)) / "outbox"
