"""Findings, validation problems, failures and field names reach the user translated, never as codes."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import shutil

from PySide6.QtWidgets import QApplication

import app.domain.model as model
from app.domain import validation
from app.errors import InputFileError, RecourseError, StorageFull
from app.gui.app import compile_translations, install_translations, translations_dir
from app.gui.messages import FIELDS, FINDINGS, PROBLEMS, failure_text, field_label, finding_text, problem_text
from app.services.submission import checks, reprisal_checks
from app.domain.model import Case


def _string_args(module, func_name: str, index: int) -> set[str]:
    """The string literal at position *index* of every call to *func_name* in *module*."""
    out = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == func_name:
            args = node.args
            if len(args) > index and isinstance(args[index], ast.Constant):
                out.add(args[index].value)
    return out


def test_every_finding_code_has_a_message():
    codes = _string_args(checks, "Finding", 1) | _string_args(reprisal_checks, "Finding", 1)
    assert len(codes) >= 15
    assert codes - set(FINDINGS) == set()


def test_every_validation_code_has_a_message():
    codes = _string_args(validation, "Problem", 2) | {code for _rx, _m, code in validation._PATTERNS.values()}
    assert len(codes) >= 12
    assert codes - set(PROBLEMS) == set()


def test_every_model_field_has_a_label():
    names = {f.name for _n, c in inspect.getmembers(model, inspect.isclass) if dataclasses.is_dataclass(c)
             for f in dataclasses.fields(c)}
    # parts of a partial date and bookkeeping fields are never shown on their own
    hidden = {"year", "month", "day", "approximate", "created_at", "updated_at", "confidential", "media_type",
              "evidence_id"}
    assert names - hidden - set(FIELDS) == set()


def test_findings_and_problems_in_chinese(qapp, tmp_path):
    for ts in translations_dir().glob("recourse_*.ts"):
        shutil.copy(ts, tmp_path)
    compile_translations(tmp_path)
    app = QApplication.instance()
    case = Case(title="T")
    case.tags = [" "]
    problems = validation.validate_case(case)
    findings = checks.check(case, "wgad-individual")
    try:
        install_translations(app, "zh_CN", tmp_path)
        assert problem_text(next(p for p in problems if p.code == "empty-tag")) == "有标签为空。"
        texts = [finding_text(f) for f in findings]
        assert texts and all(not any("a" <= ch <= "z" for ch in t.replace("SHA", "")) for t in texts), texts
        assert field_label("arrest") == "抓捕"
        assert failure_text(InputFileError("/x", "gone")).startswith("无法读取")
        assert "InputFileError" not in failure_text(InputFileError("/x", "gone"))
    finally:
        install_translations(app, "en")
    assert problem_text(next(p for p in problems if p.code == "empty-tag")) == "A tag is empty."
    assert failure_text(StorageFull()) == "The disk is full. Nothing was kept."


def test_problems_stay_plain_pairs_for_the_command_line():
    case = Case(title="T")
    case.tags = [""]
    (problem,) = [p for p in validation.validate_case(case) if p.code == "empty-tag"]
    path, message = problem
    assert (path, message) == ("$.tags[0]", "must not be empty") == problem


def test_every_error_class_has_its_own_words_in_the_app(qtbot) -> None:
    """Every exception class defined in app/ (tests/unit/test_errors.py walks them; all but the listed non-user
    ones are in app/errors.py) -> failure_text: none falls through to the generic sentence or shows its name."""
    from tests.unit.test_errors import NOT_USER_ERRORS, _instance, defined_exception_classes

    generic = failure_text(RuntimeError())
    classes = [c for n, c in defined_exception_classes().items()
               if n not in NOT_USER_ERRORS and c is not RecourseError]
    assert len(classes) >= 30
    texts = {c.__name__: failure_text(_instance(c)) for c in classes}
    shows_name = [n for n, t in texts.items() if n in t and any(ch.isupper() for ch in n[1:])]  # not "Cancelled"
    assert [n for n, t in texts.items() if t == generic or "%1" in t] == [] and shows_name == []
