"""A neutral, typeset-free model of a submission document.

The submission services map a case onto a form and produce a :class:`Document`
(one for the main, transmissible document and one for the confidential annex);
``app/export`` turns a Document into a PDF.  Nothing here knows about PDF, and
the renderer knows nothing about cases, so each side is tested on its own.

All strings are plain text exactly as they should read (any script; user text
is *not* markup -- the renderer escapes it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class FieldRow:
    """A numbered questionnaire item: "II.1  Date of arrest:  5 March 2019"."""

    number: str
    label: str
    value: str  # empty -> the renderer prints the form's "not known" text
    note: str = ""  # e.g. "(withheld - see confidential annex)"


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body | quote | note | lead
    language: str = ""  # BCP 47 tag of the text when it is not the document language
    # base direction: "ltr" | "rtl"; "" = that of `language` when given, else the document's
    # unless the text starts in the other direction and is plainly written in it
    direction: str = ""


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty = equal
    monospace_columns: tuple[int, ...] = ()  # e.g. SHA-256 digests


@dataclass(frozen=True)
class Chart:
    """A chart of counts (the PDF draws it with reportlab's own charts; other writers may skip it,
    so a document always carries the same figures as a Table too)."""

    kind: str  # bar | pie
    labels: tuple[str, ...]
    values: tuple[int, ...]


Block = Union[FieldRow, Paragraph, Table, Chart]


@dataclass
class Section:
    number: str  # "I", "II", "3", "" for unnumbered
    title: str
    blocks: list[Block] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)


@dataclass(frozen=True)
class Signature:
    place_label: str
    date_label: str
    signature_label: str
    name_label: str
    date_value: str
    name_value: str = ""
    place_value: str = ""


@dataclass
class Document:
    title: str  # also the only PDF metadata kept
    language: str  # en | fr | es: the document's own language
    reference: str  # case reference printed in every page header
    marking: str  # confidentiality marking printed in every page header
    intro: list[Paragraph] = field(default_factory=list)  # addressee, lead text
    sections: list[Section] = field(default_factory=list)
    signature: Signature | None = None
    draft: bool = False  # prints a DRAFT mark on every page
    draft_label: str = "DRAFT"
    page_label: str = "Page {page} of {pages}"  # localised
    not_known: str = "Not known"
    date: str = ""  # ISO date of the document; fixes the PDF dates (determinism)

    def all_text(self) -> list[str]:
        """Every string the document will print (for leak checks)."""
        out = [self.title, self.reference, self.marking]
        out += [p.text for p in self.intro]

        def walk(section: Section) -> None:
            out.extend([section.number, section.title])
            for b in section.blocks:
                if isinstance(b, FieldRow):
                    out.extend([b.label, b.value, b.note])
                elif isinstance(b, Paragraph):
                    out.append(b.text)
                elif isinstance(b, Chart):
                    out.extend(b.labels)
                else:
                    out.extend(b.columns)
                    for row in b.rows:
                        out.extend(row)
            for s in section.subsections:
                walk(s)

        for s in self.sections:
            walk(s)
        return out
