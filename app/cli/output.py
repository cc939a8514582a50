"""Everything the command line prints: text or one JSON document, tables, highlights.

Results go to standard output.  Standard error carries only errors, warnings
and progress -- never case content (names, testimony text).  With ``--json``
standard output holds exactly one JSON document, errors included.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from app.cli.errors import Failure

BOLD = "\033[1m"
RESET = "\033[0m"


def is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def char_width(ch: str) -> int:
    """Columns a character takes in a terminal (CJK wide = 2, combining = 0)."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(c) for c in text)


def clip(text: str, limit: int) -> str:
    """*text* cut to at most *limit* columns, with an ellipsis when cut."""
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Left-aligned columns separated by two spaces, sized to the widest cell."""
    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, c) for h, c in zip(headers, cols)).rstrip()]
    lines.append("  ".join("-" * c for c in cols))
    lines += ["  ".join(pad(cell, c) for cell, c in zip(r, cols)).rstrip() for r in rows]
    return lines


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text as it may reach a terminal: every control character (ESC and so every ANSI/OSC sequence,
    carriage return, backspace, C1 controls) and every bidi override or isolate becomes a visible
    ``\\xNN`` / ``\\uNNNN``, so case text cannot recolour, move the cursor, rewrite the title,
    hide text or reorder what is shown.  Newlines and tabs stay; so do our own bold/reset marks."""
    parts = text.split(BOLD)
    return BOLD.join(RESET.join(_UNSAFE.sub(_escape, p) for p in part.split(RESET)) for part in parts)


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def highlight(text: str, spans: Sequence[tuple[int, int]], *, ansi: bool) -> str:
    """Mark each span of *text*: bold on a terminal, ``[brackets]`` otherwise."""
    start_mark, end_mark = (BOLD, RESET) if ansi else ("[", "]")
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:  # overlapping match: already inside a mark
            continue
        out += [text[pos:a], start_mark, text[a:b], end_mark]
        pos = b
    out.append(text[pos:])
    return "".join(out)


class Output:
    """Prints results as text or as one JSON document."""

    def __init__(self, json_mode: bool = False, *, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    @property
    def stdout_tty(self) -> bool:
        return is_tty(self.stdout)

    @property
    def stderr_tty(self) -> bool:
        return is_tty(self.stderr)

    def line(self, text: str = "") -> None:
        """One line of text output (ignored in JSON mode, where :meth:`document` speaks)."""
        if not self.json_mode:
            print(safe(text), file=self.stdout)

    def lines(self, texts: Sequence[str]) -> None:
        for t in texts:
            self.line(t)

    def document(self, doc: Any) -> None:
        """The JSON result (only in JSON mode)."""
        if self.json_mode:
            print(json.dumps(doc, ensure_ascii=False, indent=2), file=self.stdout)

    def note(self, text: str) -> None:
        """A warning or hint on standard error.  Never pass case content here."""
        print(safe(text), file=self.stderr)

    def failure(self, failure: Failure, extra: dict[str, Any] | None = None) -> None:
        """Report a failed command: JSON on stdout, or a message (and problems) on stderr."""
        if self.json_mode:
            doc = failure.to_dict()
            if extra:
                doc.update(extra)
            self.document(doc)
            return
        print(safe(f"recourse-cli: {failure.message}"), file=self.stderr)
        for path, reason in failure.problems:
            print(safe(f"  {path}: {reason}"), file=self.stderr)
