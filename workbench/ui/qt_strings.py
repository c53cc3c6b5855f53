"""Strings of Qt's own dialogs that the Arabic translation shipped with the PySide6 wheel
(qtbase_ar.qm) lacks: Qt 6's file dialog gained mnemonics ("&Look in:", "Files of &type:")
the older translation does not know, and the file types "Folder" and "Drive". They are
written here, in Qt's contexts, so that lupdate puts them in our translation, which Qt asks
after its own; nothing needs to import this module (Qt looks the strings up itself)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def qt_dialog_strings() -> list[str]:
    """The strings, translated into the interface's language (for a test to look at)."""
    return [
        QCoreApplication.translate("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
        QCoreApplication.translate(
            "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")
        ),
        # the disambiguation is Qt's own (its non-Windows file type of a folder)
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")
        ),
    ]
