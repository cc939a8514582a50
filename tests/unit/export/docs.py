"""Documents built directly from app.domain.document (no case model needed)."""

from __future__ import annotations

from app.domain.document import Document, FieldRow, Paragraph, Section, Signature, Table

UYGHUR_WORDS = ("بىرىنچى", "ئىككىنچى", "ئۈچىنچى")  # "first", "second", "third"
UYGHUR_QUOTE = "مەن 2019-يىلى 3-ئاينىڭ 5-كۈنى ئۈرۈمچىدە (乌鲁木齐) تۇتۇلدۇم."
TIBETAN = "ང་ཚོ་ལྷ་སར་བཙོན་དུ་བཅུག་པ་རེད། བསྟན་འཛིན་རྒྱ་མཚོ། སྒྲོལ་མ་དང་ཀླུ་སྒྲུབ།"
MARKUP = '<b>bold</b> & <font name="x"> &amp; </para> <br/> &#x41;'
DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def multilingual(draft: bool = False, **kw: object) -> Document:
    return Document(
        title="Communication au Groupe de travail sur la détention arbitraire",
        language="fr",
        reference="RC-2024-0042",
        marking="CONFIDENTIEL — à ne pas transmettre à l'État",
        intro=[Paragraph("Destinataire : Groupe de travail, HCDH, Genève.", "lead"),
               Paragraph("Témoignage : " + MARKUP)],
        sections=[
            Section("I", "Identité", [
                FieldRow("1", "Nom de famille", "CHEN"),
                FieldRow("2", "Prénom(s)", "Qiushi"),
                FieldRow("2 bis", "Nom dans l'écriture d'origine", "陈秋实"),
                FieldRow("3", "Autres noms", "黃子健"),
                FieldRow("4", "Sexe", ""),
                FieldRow("5", "Date de naissance", "5 mars 1985", note="(non divulgué — voir l'annexe)"),
                FieldRow("6", "¿Se presentó una orden de detención?", "No; año 2019, señal «niño»"),
                FieldRow("7", "Nom ouïghour", " ".join(UYGHUR_WORDS)),
            ], subsections=[
                Section("I.1", "Témoignage", [
                    Paragraph(f"{UYGHUR_WORDS[0]} 1 {UYGHUR_WORDS[1]} 2 {UYGHUR_WORDS[2]}", "quote", "ug"),
                    Paragraph(UYGHUR_QUOTE, "quote", "ug"),
                    Paragraph(TIBETAN, "quote", "bo"),
                    Paragraph("Rare: 陳𠮷", "note"),
                ]),
            ]),
            Section("II", "Pièces", [
                Table(("N°", "Description", "SHA-256"),
                      (("1", "Avis de détention", DIGEST), ("2", "Photographie (été)", DIGEST[::-1])),
                      widths=(0.5, 2.5, 4), monospace_columns=(2,)),
            ]),
        ],
        signature=Signature("Lieu", "Date", "Signature", "Nom", "5 mars 2024", "Jeanne Dupont", "Genève"),
        draft=draft,
        draft_label="PROJET",
        page_label="Page {page} sur {pages}",
        not_known="Inconnu",
        date="2024-03-05",
        **kw,  # type: ignore[arg-type]
    )


def long_document(pages_of_text: int = 4, draft: bool = True) -> Document:
    body = ("The detainee was held incommunicado for several months without access to a lawyer of "
            "his choosing, and his family was not informed of the place of detention. ") * 5
    sections = [Section(str(i + 1), f"Part {i + 1}", [Paragraph(body), Paragraph(body, "quote")])
                for i in range(pages_of_text * 3)]
    return Document(title="Long", language="en", reference="RC-LONG", marking="CONFIDENTIAL",
                    sections=sections, draft=draft, date="2024-01-31")
