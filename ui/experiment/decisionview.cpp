#include "ui/experiment/decisionview.h"

#include "core/experiment/experimentreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace tiergate {

DecisionView::DecisionView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QSvgWidget(this))
    , m_verdict(new QLabel(this))
    , m_agreement(new QLabel(this))
    , m_column(new QComboBox(this))
    , m_asNew(new QCheckBox(tr("as a new profile"), this))
    , m_use(new QPushButton(tr("Use this"), this))
{
    m_chart->setObjectName(QStringLiteral("decisionChart"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_column->setObjectName(QStringLiteral("useColumn"));
    m_use->setObjectName(QStringLiteral("useThis"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setMinimumSize(320, 180);
    m_chart->setMaximumSize(960, 540);
    m_chart->renderer()->setAspectRatioMode(Qt::KeepAspectRatio);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_agreement);
    layout->addWidget(m_chart, 1, Qt::AlignHCenter);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Column:"), this));
    actions->addWidget(m_column, 1);
    actions->addWidget(m_asNew);
    actions->addWidget(m_use);
    auto *exportButton = new QPushButton(tr("Export report…"), this);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    actions->addWidget(exportButton);
    layout->addLayout(actions);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_column->currentIndex() >= 0)
            Q_EMIT useRequested(m_column->currentIndex(), m_asNew->isChecked());
    });
    connect(exportButton, &QPushButton::clicked, this, &DecisionView::exportRequested);
    setSummary({});
}

void DecisionView::setSummary(const ExperimentSummary &summary)
{
    m_summary = summary;
    m_chart->load(ExperimentReport::chartSvg(summary, palette().color(QPalette::WindowText).name()).toUtf8());
    m_verdict->setText(summary.verdict.isEmpty() ? tr("Run an experiment to see the decision.") : summary.verdict);
    m_agreement->setVisible(summary.judgeAgreement >= 0);
    m_agreement->setText(tr("The judge agrees with %1 % of %2 votes.")
                             .arg(qRound(summary.judgeAgreement * 100))
                             .arg(summary.judgeAgreementVotes));
    const int kept = m_column->currentIndex();
    m_column->clear();
    for (const ColumnSummary &c : summary.columns)
        m_column->addItem(c.onCostFrontier ? tr("%1 (on the frontier)").arg(c.label) : c.label);
    if (kept >= 0 && kept < m_column->count())
        m_column->setCurrentIndex(kept);
    m_use->setEnabled(!summary.columns.isEmpty());
}

QString DecisionView::verdict() const
{
    return m_verdict->text();
}

QStringList DecisionView::frontier() const
{
    QStringList labels;
    for (const ColumnSummary &c : m_summary.columns) {
        if (c.onCostFrontier)
            labels.append(c.label);
    }
    return labels;
}

} // namespace tiergate
