#include "ui/common/elidedlabel.h"

#include <QPainter>
#include <QStyle>

namespace tiergate {

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidedLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    const QMargins m = contentsMargins();
    size.setWidth(std::min(size.width(), fontMetrics().averageCharWidth() * 8 + m.left() + m.right()));
    return size;
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), m_mode, r.width());
    m_elided = shown != text();
    // The whole text as tooltip while elided, unless the label has a tooltip of its own.
    if (m_elided && (toolTip().isEmpty() || m_ownTip) && toolTip() != text()) {
        setToolTip(text());
        m_ownTip = true;
    } else if (!m_elided && m_ownTip) {
        setToolTip(QString());
        m_ownTip = false;
    }
    style()->drawItemText(
        &painter, r, int(alignment()) | Qt::TextSingleLine, palette(), isEnabled(), shown, foregroundRole());
}

} // namespace tiergate
