"""Every user-visible string of the interface is marked for translation and has an Arabic
translation; in Arabic the whole window is laid out right to left."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

UI = ROOT / "workbench" / "ui"
TS = ROOT / "resources" / "translations" / "workbench_ar.ts"
# calls whose (first) text argument the user reads
TEXT_CALLS = {
    "setText", "setWindowTitle", "addAction", "QAction", "QLabel", "plain_label", "QPushButton",
    "QCheckBox", "addTab", "insertTab", "setPlaceholderText", "addMenu", "QMessageBox",
    "showMessage", "setHeaderLabels", "QDockWidget", "_dock", "setToolTip", "addItem", "QMenu",
    "getText", "getSaveFileName", "getOpenFileNames", "_tell", "information", "warning",
    "QToolBar", "setStatusTip", "ActionSpec", "emit", "addRow", "_link",
}  # fmt: skip
NOT_WORDS = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+.*|F\d+|[a-z_]+|English|العربية|[—·:%sd /(),.\[\]]*)$"
)


def words(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    return text if any(c.isalpha() for c in text) and not NOT_WORDS.match(text) else None


def untranslated_literals() -> list[str]:
    found = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name not in TEXT_CALLS:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                arg = arg.left if isinstance(arg, ast.BinOp) else arg
                text = words(arg)
                if text:
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_no_user_visible_literal_escapes_translation():
    assert untranslated_literals() == []


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.find("name").text, m.find("source").text): m.find("translation")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_marked_string_has_an_arabic_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh_ar.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [lupdate, *map(str, sorted(UI.glob("*.py"))), "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    current = messages(fresh)
    assert set(current) == set(messages(TS)), "resources/translations is out of date: run lupdate"
    for (context, source), translation in current.items():
        assert translation.get("type") is None, f"{context}: {source!r} is not translated"
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms:  # a count: Arabic has six plural forms; only those for 3 and up need %n
            assert len(forms) == 6 and all(f.strip() for f in forms), f"{source!r}: forms"
            assert all("%n" in f for f in forms[3:]), f"{source!r}: %n in the counted forms"
            others = source.count("%") - source.count("%n")
            assert all(f.count("%") - f.count("%n") == others for f in forms), source
            continue
        assert translation.text and translation.text.strip(), f"{context}: {source!r}"
        assert source.count("%") == translation.text.count("%"), f"{source!r}: placeholders"


# A mnemonic's underline under a letter that has a mark below it, or under an alif (where it
# reads as a hamza: "&الفريق" showed as "إلفريق"), changes the word an Arabic reader sees.
MARKED_BELOW = "اأإآبجيىپ"


def test_no_arabic_mnemonic_underlines_a_letter_into_another():
    wrong = [
        text
        for translation in messages(TS).values()
        for text in [
            translation.text or "",
            *(f.text or "" for f in translation.iter("numerusform")),
        ]
        if re.search(f"&[{MARKED_BELOW}]", text)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_compiled_translation_is_up_to_date(tmp_path, language):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on PATH")
    source = TS.with_name(f"workbench_{language}.ts")
    out = tmp_path / "out.qm"
    subprocess.run([lrelease, str(source), "-qm", str(out)], check=True, capture_output=True)
    compiled = source.with_suffix(".qm").read_bytes()
    assert out.read_bytes() == compiled, "run pyside6-lrelease on the .ts file"


def test_the_window_in_arabic_is_translated_and_right_to_left(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDockWidget

    from tests.conftest import SEED
    from workbench.formats.importer import import_paths
    from workbench.store.project import Project
    from workbench.ui.main_window import MainWindow
    from workbench.ui.preferences import install_translation
    from workbench.ui.session import Session

    app = QApplication.instance()
    installed = install_translation(app, "ar")
    try:
        assert installed, "the Arabic translation did not load"
        path = tmp_path / "p.wbproj"
        with Project.create(path) as project:
            import_paths(project, [SEED])
        window = MainWindow(Session(Project.open(path), "alice"))
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&ملف", "&تحرير", "&عرض", "&وثيقة", "ال&فريق", "ا&قتراحات"]
        recent = set(window.recent_menu.actions())  # project file names: data, not words
        texts = [
            a.text().split("\t")[0]
            for a in window.findChildren(type(window.menuBar().actions()[0]))
            if a not in recent
        ]
        texts += [d.windowTitle() for d in window.findChildren(QDockWidget)]
        latin = [t for t in texts if t and re.search("[A-Za-z]{3,}", t.replace("Ctrl", ""))]
        assert latin == [], latin
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
