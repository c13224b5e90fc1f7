#pragma once

#include <QWidget>

namespace tiergate {

/// One profile's month: spend so far against the cap, with the projection to the month's end
/// drawn as a lighter extension and the cap as the full width. Without a cap it shows the spend
/// and projection as text only. The caption is written under the bar and wraps, so a narrow side
/// panel (or a longer language) never cuts it: the bar is as tall as its width needs.
class BudgetBar : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetBar(QWidget *parent = nullptr);

    void setBudget(const QString &profile, qint64 spentMicros, qint64 projectedMicros, qint64 capMicros);
    QString profile() const { return m_profile; }
    qint64 spentMicros() const { return m_spent; }
    qint64 projectedMicros() const { return m_projected; }
    qint64 capMicros() const { return m_cap; }
    /// "spent of cap (projected …)" as shown under the bar.
    QString caption() const;

    /// Where the caption is written, and the font it is written in.
    QRect captionRect() const;
    QFont captionFont() const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_profile;
    qint64 m_spent = 0;
    qint64 m_projected = 0;
    qint64 m_cap = 0;
};

} // namespace tiergate
