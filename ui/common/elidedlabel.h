#pragma once

#include <QLabel>

namespace tiergate {

/// A one-line plain-text label that may get narrower than its text: it then draws the text
/// elided (at the end by default) and shows the whole text as its tooltip. text() stays whole.
/// For header and footer lines whose length follows the data (provider URL, spend, totals).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    QSize minimumSizeHint() const override;
    /// Whether the last paint had to elide.
    bool isElided() const { return m_elided; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode;
    bool m_elided = false;
    bool m_ownTip = false;
};

} // namespace tiergate
