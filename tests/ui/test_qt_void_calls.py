"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void calls (docs/ARCHITECTURE.md)."""

from PySide6.QtWidgets import QPlainTextEdit


def test_twenty_thousand_void_calls_do_not_crash(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    for i in range(20_000):
        edit.setReadOnly(i % 2 == 0)  # a void method: the call that leaked a None reference
    assert edit.isReadOnly() is False
