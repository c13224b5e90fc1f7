#include "ui/common/statuslabel.h"

namespace tiergate {

StatusLabel::StatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize StatusLabel::sizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::sizeHint();
}

QSize StatusLabel::minimumSizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::minimumSizeHint();
}

int StatusLabel::heightForWidth(int width) const
{
    return text().isEmpty() ? 0 : QLabel::heightForWidth(width);
}

} // namespace tiergate
