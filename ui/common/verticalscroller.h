#pragma once

#include <QScrollArea>

namespace tiergate {

/// A scroll area for a long form: as wide as its content needs, as low as the window allows; the
/// form scrolls up and down instead of making the window taller than the screen. Takes ownership
/// of the content like QScrollArea.
class VerticalScroller : public QScrollArea
{
    Q_OBJECT
public:
    explicit VerticalScroller(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tiergate
