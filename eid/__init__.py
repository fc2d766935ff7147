"""Belgian eID (BELPIC) reading over PC/SC, parsing, verification, and a virtual card.

Public API (imported lazily, so ``import eid.national_number`` does not load pyscard):

* :class:`eid.reader.EidReader` — ``EidReader(reader=None, trust_roots=()).read(on_identity=cb)``
* :func:`eid.reader.list_readers`
* :class:`eid.monitor.CardMonitor` — insert/remove/readers-changed/error callbacks
* :class:`eid.model.EidResult` (+ ``Identity``, ``Person``, ``CardInfo``, ``Foreigner``, ``Address``,
  ``Verification``), ``EidResult.to_json()``
* :mod:`eid.errors` — ``EidError`` and subclasses with ``code``, ``message``, ``exit_code``
* :mod:`eid.national_number` — ``parse_national_number``
* :mod:`eid.simulator` — virtual card, harness (``VirtualReaderStack``), demo (``DemoReader``)
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "CardMonitor",
    "EidError",
    "EidReader",
    "EidResult",
    "Verification",
    "list_readers",
    "parse_national_number",
]

_LAZY = {
    "CardMonitor": "eid.monitor",
    "EidError": "eid.errors",
    "EidReader": "eid.reader",
    "EidResult": "eid.model",
    "Verification": "eid.model",
    "list_readers": "eid.reader",
    "parse_national_number": "eid.national_number",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'eid' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
