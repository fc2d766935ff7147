"""``GET /v1/cases/{case_id}``: one case with its status history and notifications."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from casestore.api_models import ERRORS, CaseView
from casestore.deps import Auth, CaseRef, Tx
from casestore.services import cases

router = APIRouter()


@router.get("/v1/cases/{case_id}", response_model=CaseView, responses=ERRORS, tags=["cases"])
def get_case(case_id: CaseRef, caller: Auth, store: Tx) -> dict[str, Any]:
    return store.run_tx(lambda s: cases.get_case(s, caller.principal(s), case_id))
