"""Messages for the user that the desk can translate: a code and its parameters.

A ``Message`` is the English sentence (a ``str``, so every place that prints, logs or compares an error's
text works as before) that also carries its ``code`` — the English template with ``{name}`` placeholders —
and the ``params`` filled into it. The command line prints the English text; the desk looks the code up
in its translations and fills in the same parameters (``ui.core.errors.translated``). A parameter that is a
``Message`` itself (a reason, a status word) stays one: the desk translates it too, so no English part is
filled into a translated sentence.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    code: str
    params: dict[str, str]

    def __new__(cls, template: str, /, **params: object) -> Message:
        values = {k: v if isinstance(v, Message) else str(v) for k, v in params.items()}
        self = super().__new__(cls, template.format(**values) if values else template)
        self.code = template
        self.params = values
        return self

    def __reduce__(self) -> Any:  # pickles (process pools) keep the code
        return (_rebuild, (self.code, self.params))


def _rebuild(code: str, params: dict[str, str]) -> Message:
    return Message(code, **params)


def render(template: str, params: dict[str, str], fallback: str) -> str:
    """``template`` (a translation of a code) filled with ``params``; ``fallback`` when it does not fit."""
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return fallback
