"""The case store's HTTP routes, one ``APIRouter`` per domain, over the services of the same name
(``casestore.services``). ``casestore.app.create_app`` includes them in this order (the order of the
OpenAPI document)."""

from casestore.routers import admin, audit, auth, blobs, cases, service, sync

ALL = (service.router, auth.router, sync.router, cases.router, blobs.router, audit.router, admin.router)
