"""The case store's logic, independent of HTTP, one module per domain. Every function takes an open
SQLAlchemy ``Session`` inside a transaction; the caller commits.

- ``common``: ``ServiceError`` (an HTTP status and a stable code) and ``Principal`` (the signed-in caller)
- ``auth``: users, sign-in, tokens, devices, role checks
- ``visibility``: who sees which cases, persons and records
- ``records``: records in a push transaction (prebuilt Core statements), counters, writing the feed
- ``push``: outbox operations applied exactly once
- ``notifications``: e-mails and SMS queued by a push and handed to the gateway
- ``feed``: the change feed laptops pull
- ``cases``: a case read or opened on demand
- ``blobs``: attachment contents
- ``audit``: the laptops' audit log
- ``report_messages``: messages to the reporters of citizen reports (e-mail/SMS, letters, calls)

The HTTP routes over them are in ``casestore.routers``.
"""
