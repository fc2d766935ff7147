"""Routes of messages to the reporters of citizen reports: what was sent, letters to print, calls to make (issue 15).

Coordinators read and handle them all; the front line reads the messages of the reports it took. The
messages themselves are made by the status changes (``casestore.services.report_messages``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from casestore import validation
from casestore.api_models import ERRORS
from casestore.deps import Auth, Tx
from casestore.services import report_messages

router = APIRouter()
ReportRef = Annotated[str, Path(pattern=validation.ID_PATTERN, description="a report's reference")]
MessageRef = Annotated[int, Path(ge=1, le=2**53 - 1, description="a message's id")]


class ReportMessageView(BaseModel):
    """One message to one reporter about one status change."""

    id: int
    report_id: str | None = Field(default=None, description="in the lists across reports")
    reporter_id: int
    reporter_name: str
    status: str = Field(description="the report status it tells")
    channel: Literal["mail", "sms", "letter", "phone"]
    language: str
    subject: str
    body: str = Field(description="the text: the e-mail, SMS or letter, or the phone script")
    state: Literal["queued", "sent", "failed", "to_print", "printed", "to_call", "called", "unreachable"]
    created_at: str | None
    done_at: str | None
    done_by: str | None
    address: list[str] | None = Field(default=None, description="a letter's postal address, as lines; none known: null")
    note: str | None = Field(default=None, description="what is missing (e.g. no postal address)")
    phone: str | None = Field(default=None, description="a call's number")


class DoneIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    outcome: Literal["printed", "called", "unreachable"]


@router.get("/v1/reports/messages", response_model=list[ReportMessageView], response_model_exclude_none=False,
            responses=ERRORS, tags=["reports"])
def work_list(
    caller: Auth,
    store: Tx,
    state: Annotated[Literal["to_print", "to_call"], Query(description="letters to print or calls to make")],
    limit: Annotated[int, Query(ge=1, le=report_messages.MAX_LIST)] = 100,
) -> list[dict[str, Any]]:
    """Letters to print or calls to make across reports, oldest first (coordinators)."""

    def work(s: Session) -> list[dict[str, Any]]:
        return report_messages.work_list(s, caller.principal(s), state, limit)

    return store.run_tx(work)


@router.post("/v1/reports/messages/{message_id}/done", response_model=ReportMessageView, responses=ERRORS,
             tags=["reports"])
def done(message_id: MessageRef, body: DoneIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """A letter printed, a call made, or the citizen unreachable (coordinators; who and when are kept and
    audited). The same outcome again: the message unchanged; another one, or one that does not fit the
    channel: 409."""

    def work(s: Session) -> dict[str, Any]:
        return report_messages.mark_done(s, caller.principal(s), message_id, body.outcome)

    return store.run_tx(work)


@router.get("/v1/reports/{report_id}/messages", response_model=list[ReportMessageView], responses=ERRORS,
            tags=["reports"])
def of_report(report_id: ReportRef, caller: Auth, store: Tx) -> list[dict[str, Any]]:
    """The messages to a report's reporters, oldest first (coordinators; the front line for the reports it
    took). Reading them is audited."""

    def work(s: Session) -> list[dict[str, Any]]:
        return report_messages.report_messages(s, caller.principal(s), report_id)

    return store.run_tx(work)
