#include "ui/costs/spendlabel.h"

#include "core/cost/spendmeter.h"

namespace tiergate {

SpendLabel::SpendLabel(QWidget *parent)
    : ElidedLabel(parent)
{
    setText(tr("Spend this month: —"));
}

void SpendLabel::follow(SpendMeter *meter)
{
    if (m_meter)
        m_meter->disconnect(this);
    m_meter = meter;
    if (m_meter)
        connect(m_meter, &SpendMeter::changed, this, &SpendLabel::showMeter);
    showMeter();
}

SpendMeter *SpendLabel::meter() const
{
    return m_meter;
}

void SpendLabel::showMeter()
{
    if (!m_meter)
        return;
    setText(m_meter->text());
    setToolTip(tr("Profile %1, from the ledger every process writes to").arg(m_meter->profile()));
}

} // namespace tiergate
