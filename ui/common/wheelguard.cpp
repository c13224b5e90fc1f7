#include "ui/common/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace tiergate {

namespace {

bool isValueField(QObject *object)
{
    if (qobject_cast<QScrollBar *>(object))
        return false; // scroll bars scroll, that is their value
    return qobject_cast<QAbstractSpinBox *>(object) || qobject_cast<QComboBox *>(object)
        || qobject_cast<QAbstractSlider *>(object);
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{ }

void WheelGuard::install()
{
    if (qApp && !qApp->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType() || !isValueField(watched))
        return false;
    auto *field = static_cast<QWidget *>(watched);
    if (field->hasFocus())
        return false;
    // The wheel belongs to the form around the field: offer it to each parent in turn until one
    // takes it (a scroll area scrolls). Qt does not pass a forwarded wheel event up by itself.
    const auto *wheel = static_cast<QWheelEvent *>(event);
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        QWheelEvent forwarded(field->mapTo(parent, wheel->position()), wheel->globalPosition(), wheel->pixelDelta(),
            wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
            wheel->source());
        QCoreApplication::sendEvent(parent, &forwarded);
        if (forwarded.isAccepted() || parent->isWindow())
            break;
    }
    return true;
}

} // namespace tiergate
