"""Translation tabs are reused from one testimony to the next (building them was most of the time
of opening a case): each tab must show, and edit, the translation of the testimony shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor

from app.domain.model import Case, Testimony, Translation
from app.services import cases


def test_tabs_follow_the_testimony_shown_and_edit_its_translations(editor: Any, vault: Any, qtbot: Any) -> None:
    first = Testimony(original_text="原文一", translations=[Translation(language="en", text="First, English"),
                                                           Translation(language="fr", text="Premier, français")])
    second = Testimony(original_text="原文二", translations=[Translation(language="es", text="Segundo, español")])
    case = cases.save_case(vault, Case(reference="RC-T", title="Tabs", testimonies=[first, second]))
    editor.open_case(case.id)
    editor.show_section(editor.sections.index(editor.testimonies))
    panel = editor.testimonies.form.translations
    assert [f.text.toPlainText() for f in panel.forms] == ["First, English", "Premier, français"]
    dropped = panel.forms[1]
    editor.testimonies.list.select(1)
    assert panel.tabs.count() == 1 and [f.text.toPlainText() for f in panel.forms] == ["Segundo, español"]
    assert dropped.text.toPlainText() == ""  # no case text left in a tab that went
    assert panel.tabs.tabText(0) == panel.forms[0].widget("language").currentText()
    panel.forms[0].text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel.forms[0].text, " (revisado)")
    assert editor.case.testimonies[1].translations[0].text == "Segundo, español (revisado)"
    assert editor.case.testimonies[0].translations[0].text == "First, English"
    editor.testimonies.list.select(0)
    assert [f.text.toPlainText() for f in panel.forms] == ["First, English", "Premier, français"]
    assert panel.tabs.currentIndex() == 0
    assert editor.save_now()
    stored = cases.get_case(vault, case.id)
    assert [t.text for t in stored.testimonies[0].translations] == ["First, English", "Premier, français"]
    assert [t.text for t in stored.testimonies[1].translations] == ["Segundo, español (revisado)"]
