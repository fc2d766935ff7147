"""Exceptions turned into sentences a clerk understands (never a traceback in a dialog)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def translated(text: str, context: str = "errors") -> str:
    """A core message in the user's language: a ``desk_app.messages.Message`` by its code with its
    parameters filled in (a parameter that is a ``Message`` itself translated too), any other text as a whole."""
    from desk_app.messages import Message, render

    if isinstance(text, Message):
        params = {k: translated(v, context) if isinstance(v, Message) else v for k, v in text.params.items()}
        return render(QCoreApplication.translate(context, text.code), params, str(text))
    return QCoreApplication.translate(context, text)


def message_of(exc: BaseException) -> str | None:
    """The exception's ``Message`` (code and parameters), if it carries one."""
    from desk_app.messages import Message

    first = getattr(exc, "message", None) or (exc.args[0] if exc.args else None)
    return first if isinstance(first, Message) else None


def eid_message(exc: BaseException) -> str:
    """An eID error in the user's language: the eid package's errors each have a stable ``code`` and an
    English ``default_message``, which is the key of its translation (context "eid")."""
    default = getattr(type(exc), "default_message", None)
    message = getattr(exc, "message", None)
    if default and (not message or message == default):
        return QCoreApplication.translate("eid", default)
    if message:
        return QCoreApplication.translate("eid", str(message))
    return _t("The card could not be read. Take it out and insert it again.")


def describe(exc: BaseException) -> str:
    """One or two sentences for the clerk; unexpected errors are logged with their traceback."""
    from desk_app.catalogue import FormInvalid
    from desk_app.services.cases import CaseInvalid
    from desk_app.services.outbox import ActionNotAllowed
    from desk_app.services.persons import PersonInvalid
    from desk_app.services.refusals import OutboxError

    message = message_of(exc)
    if message is not None:  # a core error with a code (the store key, validation): in the user's language
        return translated(message)
    if isinstance(exc, FormInvalid):
        return _t("Some fields need attention; see the messages next to them.")
    if isinstance(exc, PersonInvalid | CaseInvalid):
        return str(exc)
    if isinstance(exc, ActionNotAllowed):
        return _t("Your role may not make this change; the case store would refuse it. Nothing was saved.")
    if isinstance(exc, OutboxError):
        texts = {
            "gone": _t("This change is no longer in the outbox (already discarded or re-submitted)."),
            "not_refused": _t("Only changes the case store refused can be re-submitted or discarded."),
            "no_reason": _t("Give a reason for discarding the change (it is written to the audit log)."),
            "record_gone": _t("The record is no longer on this laptop; the change can only be discarded."),
            "accepted": _t("Records under it were already accepted by the case store; it cannot be discarded "
                           "here. Ask a coordinator."),
        }
        return texts.get(exc.kind, str(exc))
    from desk_app.services.attachments import AttachmentInvalid
    from eid.errors import EidError
    from sync.errors import AuthRequired, DeviceRevoked, Offline, SyncError

    if isinstance(exc, EidError):
        return eid_message(exc)
    if isinstance(exc, SyncError):
        if isinstance(exc, Offline):
            return _t("The case store cannot be reached. Your work is kept on this laptop and sent later.")
        if isinstance(exc, AuthRequired):  # InvalidCredentials too
            return _t("Sign in again to synchronise (user name or password not accepted).")
        if isinstance(exc, DeviceRevoked):
            return _t("This laptop was withdrawn by the administrator; its local data was removed.")
        return _t("Synchronisation failed: ") + str(exc)
    if isinstance(exc, AttachmentInvalid):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return _t("The file could not be found: ") + str(exc.filename or "")
    if isinstance(exc, PermissionError):
        return _t("No permission to use the file: ") + str(exc.filename or "")
    if isinstance(exc, OSError):
        return _t("The disk or network did not respond as expected: ") + (exc.strerror or str(exc))
    log.error("unexpected error", exc_info=exc)
    return _t("Something went wrong. The details were written to the log; please tell the helpdesk.")
