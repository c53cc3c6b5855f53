"""Editor benchmarks (Qt lives here, so they do): opening a large document, adding a span."""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
from pathlib import Path

from workbench.bench.data import article, word_spans
from workbench.bench.report import Result
from workbench.core.model import Document, Layer
from workbench.store.project import Project

CHARS = 1_000_000
SPANS = 10_000
SIZE = (1200, 800)
REPEAT = 9


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _median(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _dispose(app, widget) -> None:
    """Really delete a widget now (processEvents alone leaves deleteLater pending)."""
    from PySide6.QtCore import QEvent

    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def _quiet(fn):
    """Run ``fn`` with the garbage collector paused, so a collection does not land in a timing."""
    gc.collect()
    gc.disable()
    try:
        return fn()
    finally:
        gc.enable()


def _project(folder: Path) -> tuple[Path, str]:
    rng = random.Random(5)
    text = article(rng, CHARS)
    doc = Document("big", text, {"title": "big"})
    path = folder / "editor.db"
    with Project.create(path) as project:
        project.add_document(doc)
        project.replace_layer(doc.id, Layer("bench", "in_progress", word_spans(text, SPANS, rng)))
    return path, text


def bench_editor(folder: Path) -> list[Result]:
    from PySide6.QtWidgets import QPlainTextEdit

    from workbench.ui.editor import ArticleView
    from workbench.ui.fonts import article_font
    from workbench.ui.session import Session

    app = _app()
    path, text = _project(folder)
    font = article_font()

    def plain_open():
        edit = QPlainTextEdit()
        edit.setFont(font)
        edit.resize(*SIZE)
        edit.show()
        app.processEvents()
        start = time.perf_counter()
        edit.setPlainText(text)
        edit.viewport().repaint()
        elapsed = time.perf_counter() - start
        _dispose(app, edit)
        return elapsed

    def our_open():
        # a fresh project each time: nothing of the document is cached
        with Project.open(path) as project:
            session = Session(project, "bench")
            view = ArticleView(session)
            view.resize(*SIZE)
            view.show()
            app.processEvents()
            start = time.perf_counter()
            session.open_document("big")  # reads the text and the spans it shows from the file
            view.viewport().repaint()
            elapsed = time.perf_counter() - start
            app.processEvents()  # the rest of the layer loads here, after the first paint
            assert len(session.index) == SPANS
            _dispose(app, view)
        return elapsed

    baseline = statistics.median(_quiet(plain_open) for _ in range(REPEAT))
    measured = statistics.median(_quiet(our_open) for _ in range(REPEAT))
    results = [
        Result(
            f"open a {CHARS:,}-character document with {SPANS:,} spans, first paint",
            measured,
            baseline,
            "QPlainTextEdit.setPlainText of the same text + first paint, same font and size",
            ratio=measured / baseline,
            target=2.0,
            higher_is_better=False,
            unit="x time",
        )
    ]
    project = Project.open(path)
    session = Session(project, "bench")
    view = ArticleView(session)
    view.resize(*SIZE)
    view.show()
    session.open_document("big")
    app.processEvents()
    repaint = _median(view.viewport().repaint, 20)
    first_word = text.index(" ", 10)

    def add_and_remove():
        span = session.add_span("PER", 0, first_word)  # committed to the file
        view.viewport().repaint()
        assert span is not None
        session.remove_span(span)
        view.viewport().repaint()

    edit = _median(add_and_remove, 20) / 2
    results.append(
        Result(
            "add or remove one span in it (committed, repainted)",
            edit,
            repaint,
            "one viewport repaint of the same view",
            ratio=edit / repaint,
            target=3.0,
            higher_is_better=False,
            unit="x repaints",
        )
    )
    project.close()
    return results
