#include "ui/common/horizontalscroller.h"

#include <QEvent>
#include <QScrollBar>

namespace tiergate {

HorizontalScroller::HorizontalScroller(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    content->installEventFilter(this); // a box added or removed changes the height needed
}

QSize HorizontalScroller::minimumSizeHint() const
{
    const int bar = horizontalScrollBar()->sizeHint().height();
    const int height = widget() ? widget()->minimumSizeHint().height() : 0;
    return { 120, height + bar + 2 * frameWidth() };
}

QSize HorizontalScroller::sizeHint() const
{
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    return { content.width() + 2 * frameWidth(), minimumSizeHint().height() };
}

bool HorizontalScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace tiergate
