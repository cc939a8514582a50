"""Any text a case can hold renders: no crash, every font embedded, output deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.document import Document, FieldRow, Paragraph, Section, Signature, Table
from app.export import render_pdf

from .pdfutil import fonts, reader

# every category, lone surrogates and controls included, weighted towards our scripts
_chars = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x0F00, max_codepoint=0x0FDA),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
    st.sampled_from(" \n\t()«»<>&;-0123456789"),
)
_text = st.text(_chars, max_size=60)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_text, ref=_text, body=_text, value=_text, cell=_text, style=st.sampled_from(
    ["body", "quote", "note", "lead", "unknown-style"]), draft=st.booleans())
def test_arbitrary_text_renders(title, ref, body, value, cell, style, draft) -> None:
    doc = Document(title=title, language="en", reference=ref, marking=value, intro=[Paragraph(body, style)],
                   sections=[Section(ref[:3], title, [FieldRow(ref[:2], body, value, cell),
                                                      Table((cell, value), ((body, cell),), monospace_columns=(1,))])],
                   signature=Signature(cell, cell, cell, cell, value), draft=draft, draft_label=cell,
                   page_label=value + "{page}/{pages}{other}", date=ref)
    data = render_pdf(doc)
    assert render_pdf(doc) == data
    assert len(reader(data).pages) >= 1
    for f in fonts(data):
        assert "/FontFile2" in f["/FontDescriptor"].get_object()


def test_unbreakable_tokens_wrap() -> None:
    doc = Document(title="T", language="en", reference="R", marking="M", sections=[Section("I", "S", [
        Paragraph("a" * 3000), Paragraph("ئ" * 2000), Paragraph("ཀ" * 2000), Paragraph("陈" * 2000),
        FieldRow("1", "x" * 500, "y" * 3000)])])
    assert len(reader(render_pdf(doc)).pages) >= 2
