#pragma once

#include "ui/common/elidedlabel.h"

#include <QPointer>

namespace tiergate {

class SpendMeter;

/// The header's spend figure: shows a SpendMeter (not owned; it must outlive the label or be
/// followed again) and follows its changed() signal.
class SpendLabel : public ElidedLabel
{
    Q_OBJECT
public:
    explicit SpendLabel(QWidget *parent = nullptr);

    void follow(SpendMeter *meter);
    SpendMeter *meter() const;

private:
    void showMeter();

    QPointer<SpendMeter> m_meter;
};

} // namespace tiergate
