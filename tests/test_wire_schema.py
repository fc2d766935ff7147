"""One wire schema (issue 14 §1): ``wire/schema.py`` defines the record types, their parents, what is
immutable, the operation answers and every message; the case store's OpenAPI document, its pydantic models,
the laptop's strict reader (``sync/protocol.py``), its local models and the desk's change sets are checked
against it here — so a change on one side that the other does not know fails CI."""

from __future__ import annotations

import dataclasses
import inspect
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict, get_args, get_origin

import pytest

from casestore import api_models
from desk_app.services.changes import ChangeSet
from desk_app.store.models import SYNCED
from sync import client as sync_client
from sync import local, protocol
from sync.errors import ProtocolError
from wire import roles, schema

OPENAPI = json.loads((Path(__file__).resolve().parent.parent / "casestore" / "openapi.json").read_text())
COMPONENTS: dict[str, Any] = OPENAPI["components"]["schemas"]


def _json_types(annotation: Any) -> set[str]:
    """The JSON types a Python annotation of a message field allows (None for "anything")."""
    origin = get_origin(annotation)
    if annotation is Any:
        return {"any"}
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_json_types(a) for a in get_args(annotation)))
    if origin is NotRequired:
        return _json_types(get_args(annotation)[0])
    if origin is Literal:
        return {"string"} if all(isinstance(a, str) for a in get_args(annotation)) else {"integer"}
    if annotation is type(None):
        return {"null"}
    if origin is list or annotation is list:
        return {"array"}
    if origin is dict or annotation is dict or (isinstance(annotation, type) and typing.is_typeddict(annotation)):
        return {"object"}
    return {{str: "string", int: "integer", bool: "boolean", float: "number"}[annotation]}


def _openapi_types(prop: dict[str, Any]) -> set[str]:
    if "$ref" in prop:
        return {"object"}
    if "anyOf" in prop:
        return set().union(*(_openapi_types(p) for p in prop["anyOf"]))
    if "type" not in prop:
        return {"any"}
    return {prop["type"]}


def differences(message: type, component: dict[str, Any]) -> list[str]:
    """How a wire-schema message differs from the OpenAPI component of the same name (empty: they agree)."""
    hints = typing.get_type_hints(message, include_extras=True)
    props: dict[str, Any] = component.get("properties", {})
    out = []
    for name in sorted(set(hints) - set(props)):
        out.append(f"{message.__name__}.{name}: in the wire schema, not in the OpenAPI document")
    for name in sorted(set(props) - set(hints)):
        out.append(f"{message.__name__}.{name}: in the OpenAPI document, not in the wire schema")
    required = set(component.get("required", []))
    if schema.required_keys(message) != required:
        out.append(f"{message.__name__}: required {sorted(schema.required_keys(message))} in the wire schema, "
                   f"{sorted(required)} in the OpenAPI document")
    for name in sorted(set(hints) & set(props)):
        ours, theirs = _json_types(hints[name]), _openapi_types(props[name])
        if ours != theirs:
            out.append(f"{message.__name__}.{name}: {sorted(ours)} in the wire schema, {sorted(theirs)} in OpenAPI")
    return out


@pytest.mark.parametrize("message", schema.MESSAGES, ids=lambda m: m.__name__)
def test_every_message_is_the_openapi_component_of_its_name(message: type) -> None:
    assert message.__name__ in COMPONENTS, f"no component {message.__name__} in casestore/openapi.json"
    assert differences(message, COMPONENTS[message.__name__]) == []


def test_the_comparison_sees_a_field_one_side_lacks_or_types_differently() -> None:
    class RecordState(TypedDict):  # a client that expects one more field, and a revision as text
        entity: str
        id: str
        revision: str
        data: dict[str, Any]
        deleted: bool

    found = differences(RecordState, COMPONENTS["RecordState"])
    assert "RecordState.deleted: in the wire schema, not in the OpenAPI document" in found
    assert any(d.startswith("RecordState.revision: ['string']") for d in found)
    assert any("required" in d for d in found)


def test_the_openapi_document_declares_the_schema_constants() -> None:
    op_result = COMPONENTS["OpResult"]["properties"]["status"]
    assert tuple(op_result["enum"]) == schema.OP_STATUSES
    for name in ("RecordState", "Change"):
        assert tuple(COMPONENTS[name]["properties"]["entity"]["enum"]) == schema.FEED_ENTITIES
    assert COMPONENTS["Operation"]["properties"]["op_id"]["pattern"] == schema.ID_PATTERN
    assert COMPONENTS["Operation"]["properties"]["action"]["enum"] == list(schema.ACTIONS)
    assert COMPONENTS["PushRequest"]["properties"]["ops"]["maxItems"] == schema.MAX_OPS_PER_PUSH
    assert COMPONENTS["BlobsMissingRequest"]["properties"]["sha256"]["items"]["pattern"] == schema.SHA256_PATTERN
    assert tuple(COMPONENTS["NewUser"]["properties"]["role"]["enum"]) == roles.ROLES
    health = COMPONENTS["Health"]["properties"]
    assert set(health) == {"status", "protocol", "version"}
    assert api_models.PROTOCOL_VERSION == schema.PROTOCOL_VERSION


def test_both_sides_use_the_one_definition() -> None:
    # the laptop's reader
    assert frozenset(schema.FEED_ENTITIES) == protocol.ENTITIES
    assert frozenset(schema.OP_STATUSES) == protocol.OP_STATUSES
    assert protocol._ID.pattern == schema.ID_PATTERN and protocol._SHA.pattern == schema.SHA256_PATTERN
    # the roles table and the case store
    assert roles.ENTITIES is schema.ENTITIES and roles.IMMUTABLE is schema.IMMUTABLE
    assert set(roles.PERMISSIONS[roles.COUNTER_CLERK]) == set(schema.ENTITIES)
    # the laptop sends batches the case store takes
    batch = inspect.signature(sync_client.SyncClient).parameters["push_batch"].default
    assert 0 < batch <= schema.MAX_OPS_PER_PUSH


def test_every_feed_type_has_a_local_model_and_a_view() -> None:
    assert set(SYNCED) == set(schema.FEED_ENTITIES)
    assert local.MODELS is SYNCED
    views = {f.name for f in dataclasses.fields(ChangeSet)}
    for entity in schema.SCHEMA:
        assert entity.view in views, f"{entity.name}: no change-set part {entity.view!r}"
        for parent, key in entity.parents:
            assert parent == schema.BLOB or parent in schema.BY_NAME, f"{entity.name}: unknown parent {parent}"
            if entity.in_feed and parent != schema.BLOB:
                assert key in local.columns(entity.name), f"{entity.name} has no local column {key}"


def test_parents_come_before_children() -> None:
    for entity in schema.SCHEMA:
        for parent, _ in entity.parents:
            if parent != schema.BLOB:
                assert schema.DEPTH[parent] < schema.DEPTH[entity.name]


def test_a_cycle_in_the_parents_is_refused() -> None:
    looped = {"a": schema.Entity("a", view="cases", parents=(("b", "b_id"),)),
              "b": schema.Entity("b", view="cases", parents=(("a", "a_id"),))}
    original = dict(schema.BY_NAME)
    try:
        schema.BY_NAME.clear()
        schema.BY_NAME.update(looped)
        with pytest.raises(ValueError, match="cycle"):
            schema._depth("a")
    finally:
        schema.BY_NAME.clear()
        schema.BY_NAME.update(original)


def test_the_laptop_reads_what_the_case_store_models_write() -> None:
    """A push answer and a change-feed page built with the case store's own models, as JSON, are read by the
    laptop's strict reader; one the reader refuses is refused for a reason the schema gives."""
    rec = api_models.RecordState(entity="case", id="c-1", revision=3, data={"id": "c-1", "status": "open"})
    answer = api_models.PushResponse(results=[
        api_models.OpResult(op_id="op-1", status="applied", entity="case", entity_id="c-1", records=[rec],
                            conflicts=[], error=None, duplicate=False),
        api_models.OpResult(op_id="op-2", status="conflict", entity="person", entity_id="p-1", records=[],
                            conflicts=[api_models.FieldConflict(entity="person", entity_id="p-1", field="email",
                                                                client_value="a@x.be", server_value="b@x.be",
                                                                base_revision=1, server_revision=2)],
                            error=None, duplicate=False),
    ])
    body = json.loads(answer.model_dump_json())
    results = protocol.push_results(body, ["op-1", "op-2"])
    assert [r.status for r in results] == ["applied", "conflict"]
    assert results[0].records[0] == protocol.RecordState("case", "c-1", 3, {"id": "c-1", "status": "open"})
    assert results[1].conflicts[0].server_revision == 2

    page = api_models.ChangesResponse(changes=[
        api_models.Change(seq=5, entity=e, id=f"{e}-1", revision=1, data={}) for e in ["person"]
    ] + [api_models.Change(seq=6, entity="note", id="n-1", revision=1, data={})], cursor=6, has_more=False)
    read = protocol.changes_page(json.loads(page.model_dump_json()), since=4, limit=10)
    assert [(seq, r.entity) for seq, r in read.changes] == [(5, "person"), (6, "note")]

    # a record type the feed never carries (the schema says notifications only go up) is refused
    bad = api_models.ChangesResponse(changes=[api_models.Change(seq=5, entity="notification", id="x", revision=1,
                                                                data={})], cursor=5, has_more=False)
    with pytest.raises(ProtocolError, match="unknown entity"):
        protocol.changes_page(json.loads(bad.model_dump_json()), since=4, limit=10)


def test_a_sync_result_carries_the_desks_change_set() -> None:
    result = sync_client.SyncResult()
    result.touch("address", "p-1")
    result.touch("status_change", "c-1")
    result.touch("case_attachment", "a-1")
    changes = result.changes
    assert isinstance(changes, ChangeSet)
    assert changes.persons == {"p-1"} and changes.cases == {"c-1"} and changes.attachments == {"a-1"}
    assert not changes.conflicts
    result.rejected = 1
    assert result.changes.conflicts == {"*"}
