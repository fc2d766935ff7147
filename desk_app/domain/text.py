"""Free text typed at the desk: what is accepted before anything is written.

The case store refuses the same and more (``casestore.validation``), and a mail gateway cannot take a line
break in a subject: a text that would be refused there is refused here, at intake or save, with a sentence
the clerk understands (the messages below are fixed English sentences: the desk translates them).

- one-line fields (names, subjects, a street, a phone number): no control characters at all, so no line
  breaks and no tabs; at most ``MAX_LINE`` characters;
- multi-line fields (a description, a note, the text for the citizen): line breaks and tabs are fine (a
  ``\\r\\n`` becomes ``\\n``), no other control characters; at most ``MAX_MULTILINE`` characters.
"""

from __future__ import annotations

import re

MAX_LINE = 1_000
MAX_MULTILINE = 20_000

CONTROL_CHARACTER = "contains an invisible control character; type the text again without it"
LINE_BREAK = "must be a single line (no line breaks or tabs)"
TOO_LONG = "is too long"

# C0 and C1 controls, DEL, the Unicode line/paragraph separators, and lone surrogates (not encodable).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # but \t, \n


class TextInvalid(ValueError):
    """``str(e)`` is one of the fixed messages above."""


def clean_text(value: str, *, multiline: bool = False, max_length: int | None = None) -> str:
    """``value`` as it may be stored, or ``TextInvalid`` with the reason."""
    text = value.replace("\r\n", "\n").replace("\r", "\n") if multiline else value
    if multiline:
        m = _CONTROL_MULTILINE.search(text)
        if m is not None:
            raise TextInvalid(CONTROL_CHARACTER)
    else:
        m = _CONTROL.search(text)
        if m is not None:
            raise TextInvalid(LINE_BREAK if m.group() in "\t\n\r\u2028\u2029" else CONTROL_CHARACTER)
    if len(text) > (max_length or (MAX_MULTILINE if multiline else MAX_LINE)):
        raise TextInvalid(TOO_LONG)
    return text


def one_line(value: str) -> str:
    """A subject line built from texts: every run of white space (line breaks too) as one space."""
    return " ".join(_CONTROL.sub(" ", value).split())
