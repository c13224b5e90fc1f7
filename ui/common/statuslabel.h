#pragma once

#include <QLabel>

namespace tiergate {

/// A word-wrapped line of status that takes no height while it says nothing, so an empty status
/// leaves no gap between the rows around it.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;
};

} // namespace tiergate
