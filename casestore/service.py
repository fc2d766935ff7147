"""Former home of the case store's logic, now one module per domain in ``casestore.services``: this
facade re-exports their public names for existing callers. Patch a constant (``MAX_BLOB_SIZE``) in its
domain module (``casestore.services.blobs``), not here."""

from __future__ import annotations

from casestore.services.audit import (
    audit_list,
    audit_push,
)
from casestore.services.auth import (
    authenticate,
    create_user,
    list_devices,
    login,
    login_attempt,
    logout,
    mark_device_seen,
    refresh,
    require_role,
    revoke_device,
    set_password,
    user_info,
)
from casestore.services.blobs import (
    MAX_BLOB_SIZE,
    blob_get,
    blob_upload,
    blobs_missing,
)
from casestore.services.cases import (
    get_case,
    subscribe,
)
from casestore.services.common import (
    Principal,
    ServiceError,
    outside_caseload,
)
from casestore.services.feed import (
    MAX_PAGE,
    changes,
)
from casestore.services.notifications import (
    deliver_notification,
    queued_notifications,
)
from casestore.services.push import (
    ACTOR_FIELDS,
    push,
)
from casestore.services.records import (
    FeedWriter,
    RecordState,
    bump_counter,
    bump_counters,
    emit_bundle,
    flush_feed,
    number_and_flush,
    write_records,
)
from casestore.services.visibility import (
    RECENT_ACTIVITY,
    RecordLike,
    case_visible,
    feed_filter,
    person_visible,
    record_visible,
    visible_cases,
)

__all__ = [
    "ACTOR_FIELDS",
    "MAX_BLOB_SIZE",
    "MAX_PAGE",
    "RECENT_ACTIVITY",
    "FeedWriter",
    "Principal",
    "RecordLike",
    "RecordState",
    "ServiceError",
    "audit_list",
    "audit_push",
    "authenticate",
    "blob_get",
    "blob_upload",
    "blobs_missing",
    "bump_counter",
    "bump_counters",
    "case_visible",
    "changes",
    "create_user",
    "deliver_notification",
    "emit_bundle",
    "feed_filter",
    "flush_feed",
    "get_case",
    "list_devices",
    "login",
    "login_attempt",
    "logout",
    "mark_device_seen",
    "number_and_flush",
    "outside_caseload",
    "person_visible",
    "push",
    "queued_notifications",
    "record_visible",
    "refresh",
    "require_role",
    "revoke_device",
    "set_password",
    "subscribe",
    "user_info",
    "visible_cases",
    "write_records",
]
