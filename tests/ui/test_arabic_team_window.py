"""The team views in the Arabic interface: translations that hold while the files change
under a running window, charts whose labels fit, comment headers laid out right to left, and
Qt's own file dialog in Arabic."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT


def arabic_from(qapp, resources):
    """Install the Arabic interface reading its translations from ``resources``."""
    from workbench.ui import preferences

    original = preferences.resources_dir
    preferences.resources_dir = lambda: resources
    try:
        installed = preferences.install_translation(qapp, "ar")
    finally:
        preferences.resources_dir = original
    assert installed, "the Arabic translation did not load"
    return installed


@pytest.fixture
def arabic(qapp):
    from workbench.ui.preferences import install_translation

    installed = install_translation(qapp, "ar")
    assert installed, "the Arabic translation did not load"
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_translation_file_rewritten_under_the_running_window_changes_nothing(
    make_window, qtbot, qapp, tmp_path
):
    """lrelease (or an upgrade) writes the .qm file in place while the window runs: the
    window keeps reading the translation it loaded (a file mapped into memory was read
    half-rewritten: a crash in the document list's header under Team → Progress's Save
    dialog)."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "translations", resources / "translations")
    installed = arabic_from(qapp, resources)
    try:
        window, _ = make_window({"d1": "قال الوزير."})
        model = window.documents.view.model()
        title = model.headerData(0, Qt.Orientation.Horizontal)
        assert title == "العنوان"
        qm = resources / "translations" / "workbench_ar.qm"
        size = qm.stat().st_size
        with open(qm, "r+b") as out:  # rewritten in place, as lrelease does
            out.write(b"\0" * size)
        assert model.headerData(0, Qt.Orientation.Horizontal) == title
        assert window.windowTitle() and QApplication.translate("Columns", "Title") == title
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
