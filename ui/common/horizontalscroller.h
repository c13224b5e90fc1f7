#pragma once

#include <QScrollArea>

namespace tiergate {

/// A scroll area for a row of side-by-side boxes (Compare's columns and answers): as high as its
/// content needs, as narrow as the window allows; the row scrolls sideways instead of widening
/// the window when one more box is added. Takes ownership of the content like QScrollArea.
class HorizontalScroller : public QScrollArea
{
    Q_OBJECT
public:
    explicit HorizontalScroller(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tiergate
