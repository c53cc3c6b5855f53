"""Small charts drawn with QPainter (QtCharts is not in the PySide6 Essentials wheel).

``LineChart`` draws one line per series over dates (documents done over time); ``BarChart``
one bar per name (time on task, spans per hour, agreement), a missing value shown as "n/a"
with no bar. Both take their colours from ``series_color`` so that one annotator has one colour
in every chart, name their series in a legend, and lay their labels out as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
MARGIN = 8


# Places are absolute (a chart is a picture): in a right-to-left interface Qt would swap
# left and right alignment and put the axis labels against the widget's edge.
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
MIDDLE = Qt.AlignmentFlag.AlignVCenter


def text_width(metrics: QFontMetrics, text: str) -> int:
    """The width a text takes when drawn, its glyphs' overhang included (an Arabic letter
    may reach past its advance), with a pixel to spare."""
    return max(metrics.horizontalAdvance(text), metrics.boundingRect(text).right() + 1) + 1


def series_color(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def nice_top(value: float) -> float:
    """A round number at least ``value`` (1, 2 or 5 times a power of 10)."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    while step > value:
        step /= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= value:
            return step * factor
    return step * 10


def axis(largest: float, whole: bool = False) -> tuple[float, float]:
    """(top, step) of an axis that shows ``largest`` in about four round steps; ``whole``:
    steps of whole numbers (counts of documents)."""
    step = nice_top(max(largest, 0.0) / 4) if largest > 0 else 1.0
    if whole:
        step = max(1.0, round(step))
    ticks = max(1, -(-largest // step)) if largest > 0 else 4
    return step * ticks, step


class Chart(QWidget):
    """What both kinds share: a title, a plot area, a legend of names with their colours."""

    def __init__(self, title: str, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.names = names
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(440, 280)

    def color_of(self, name: str) -> QColor:
        return series_color(self.names.index(name))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(text)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        top = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, line)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, self.title)
        painter.setFont(self.font())
        self._paint_legend(painter, metrics, self.height() - MARGIN - line)
        plot = self.plot_rect()
        if plot.width() > 20 and plot.height() > 20:
            self.paint_plot(painter, plot, metrics, text)
        painter.end()

    def plot_rect(self) -> QRectF:
        """Where the plot goes: below the title and the room for the numbers over the bars,
        above the legend and the x labels, right of the axis labels (measured, so that an
        Arabic unit fits whole)."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        plot = QRectF(MARGIN + self.axis_width(metrics) + 6, MARGIN + 2 * line + 6, 0, 0)
        plot.setRight(self.width() - MARGIN - 8)
        plot.setBottom(self.height() - MARGIN - line - line - 8)
        return plot

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, y: float) -> None:
        x = MARGIN
        for name in self.names:
            width = text_width(metrics, name) + 4
            painter.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), self.color_of(name))
            painter.drawText(QRectF(x + 16, y, width, metrics.height()), LEFT | MIDDLE, name)
            x += 16 + width + 14

    def axis(self) -> tuple[float, float]:
        """(top, step) of the value axis."""
        raise NotImplementedError

    def axis_text(self, value: float) -> str:
        return axis_number(value)

    def axis_width(self, metrics: QFontMetrics) -> int:
        top, step = self.axis()
        ticks = round(top / step)
        texts = [self.axis_text(step * i) for i in range(ticks + 1)]
        return max(text_width(metrics, t) for t in texts)

    def paint_axes(self, painter, plot: QRectF, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(50)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top, step = self.axis()
        ticks = round(top / step)
        for i in range(ticks + 1):
            value = step * i
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = QRectF(MARGIN, y - metrics.height() / 2, plot.left() - 4 - MARGIN, line)
            painter.drawText(label, RIGHT | MIDDLE, self.axis_text(value))
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def paint_plot(self, painter, plot: QRectF, metrics: QFontMetrics, text: QColor) -> None:
        raise NotImplementedError


def axis_number(value: float) -> str:
    return f"{value:g}" if value >= 10 or value == int(value) else f"{value:.1f}"


class LineChart(Chart):
    """One line per name over dates: ``series[name]`` is [(date, value), ...] in date order,
    drawn as steps (a count that holds until the next date)."""

    def __init__(self, title: str, series: dict[str, list[tuple[date, float]]], parent=None):
        super().__init__(title, list(series), parent)
        self.series = series

    def axis(self) -> tuple[float, float]:
        values = [v for points in self.series.values() for _, v in points]
        return axis(max(values, default=0.0), whole=True)

    def paint_plot(self, painter, plot, metrics, text) -> None:
        points = [p for values in self.series.values() for p in values]
        if not points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("nothing done yet"))
            return
        # a day of room on either side: a single day is a point in the middle
        first = min(d for d, _ in points).toordinal() - 1
        last = max(d for d, _ in points).toordinal() + 1
        span = last - first
        top, _step = self.axis()
        self.paint_axes(painter, plot, text)

        def x_of(day: date) -> float:
            return plot.left() + plot.width() * (day.toordinal() - first) / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        for d in {min(d for d, _ in points), max(d for d, _ in points)}:
            shown = d.isoformat()
            width = metrics.horizontalAdvance(shown)
            x = min(max(plot.left(), x_of(d) - width / 2), plot.right() - width)
            painter.drawText(QRectF(x, plot.bottom() + 2, width, metrics.height()), 0, shown)
        count = len(self.series)
        for i, (name, values) in enumerate(self.series.items()):
            if not values:
                continue
            path = QPainterPath(QPointF(plot.left(), y_of(0)))
            for day, value in values:
                path.lineTo(QPointF(x_of(day), path.currentPosition().y()))
                path.lineTo(QPointF(x_of(day), y_of(value)))
            path.lineTo(QPointF(plot.right(), path.currentPosition().y()))
            # the first lines wider: a line that runs along another still shows under it
            painter.setPen(QPen(self.color_of(name), 2 + 2 * (count - 1 - i)))
            painter.drawPath(path)
            for day, value in values:
                painter.setBrush(self.color_of(name))
                painter.drawEllipse(QPointF(x_of(day), y_of(value)), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)


class BarChart(Chart):
    """One bar per name; ``values[name]`` None draws no bar and says "n/a" (``reasons`` may
    say why, shown as the chart's tooltip)."""

    def __init__(
        self,
        title: str,
        values: dict[str, float | None],
        fmt: Callable[[float], str] = axis_number,
        top: float | None = None,
        axis_fmt: Callable[[float], str] = axis_number,
        parent=None,
    ):
        """``fmt`` writes a bar's value over it, ``axis_fmt`` the numbers of the axis;
        ``top`` fixes the axis's top (1 for a score)."""
        super().__init__(title, list(values), parent)
        self.values = values
        self.fmt = fmt
        self.axis_fmt = axis_fmt
        self.top = top

    def axis(self) -> tuple[float, float]:
        if self.top is not None:
            return self.top, self.top / 4
        return axis(max((v for v in self.values.values() if v is not None), default=0.0))

    def axis_text(self, value: float) -> str:
        return self.axis_fmt(value)

    def paint_plot(self, painter, plot, metrics, text) -> None:
        top, _step = self.axis()
        self.paint_axes(painter, plot, text)
        count = max(1, len(self.values))
        slot = plot.width() / count
        width = min(slot * 0.6, 80)
        for i, (name, value) in enumerate(self.values.items()):
            x = plot.left() + slot * i + (slot - width) / 2
            shown = self.tr("n/a") if value is None else self.fmt(value)
            if value is not None:
                height = plot.height() * min(value, top) / top
                bar = QRectF(x, plot.bottom() - height, width, height)
                painter.fillRect(bar, self.color_of(name))
                y = bar.top() - metrics.height() - 1
            else:
                y = plot.bottom() - metrics.height() - 1
            painter.setPen(text)
            place = QRectF(x - slot * 0.2, y, width + slot * 0.4, metrics.height())
            painter.drawText(
                place, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, shown
            )
