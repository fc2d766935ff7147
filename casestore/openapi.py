"""The protocol's OpenAPI document, as served at /openapi.json and committed as casestore/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).with_name("openapi.json")


def spec() -> dict[str, Any]:
    from sqlalchemy import create_engine

    from casestore.app import create_app

    app = create_app(engine=create_engine("sqlite://"))
    return app.openapi()


def spec_json(doc: dict[str, Any] | None = None) -> str:
    return json.dumps(doc if doc is not None else spec(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SPEC_PATH.write_text(spec_json(), encoding="utf-8")
