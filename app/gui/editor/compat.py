"""Work around a PySide6 6.12.0 defect on Python < 3.12: every Qt call returning ``None``
(any void method: ``setEnabled``, ``setCurrentIndex``, ``currentData()`` of an empty item...)
drops one reference to ``None`` without having taken it.  Python 3.12+ made ``None`` immortal
(PEP 683), so the bug is invisible there; on 3.11 the count reaches zero after a few thousand
calls and the interpreter aborts ("Fatal Python error: none_dealloc").

Until the interpreter is 3.12+ (or PySide6 is fixed), give ``None`` a reference count so large
that it never reaches zero.  CPython only; a no-op elsewhere and on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = {"done": False}


def immortalise_none() -> None:
    if _DONE["done"] or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):  # the shell measured the same for the bools
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field of PyObject
        refcnt.value += 1 << 48
    _DONE["done"] = True
