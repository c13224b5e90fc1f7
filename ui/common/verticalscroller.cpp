#include "ui/common/verticalscroller.h"

#include <QEvent>
#include <QScrollBar>

namespace tiergate {

VerticalScroller::VerticalScroller(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidget(content);
    content->installEventFilter(this); // fields added later change the width needed
}

QSize VerticalScroller::minimumSizeHint() const
{
    const int bar = verticalScrollBar()->sizeHint().width();
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return { width + bar + 2 * frameWidth(), 120 };
}

QSize VerticalScroller::sizeHint() const
{
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    return { minimumSizeHint().width(), content.height() + 2 * frameWidth() };
}

bool VerticalScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace tiergate
