#pragma once

#include "core/experiment/experimentsummary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSvgWidget;

namespace tiergate {

/// The decision: quality against cost per 1,000 answers (the same chart as the HTML report, the
/// cost frontier marked), the verdict, how often the judge agrees with the votes, and "Use this"
/// to make a column the profile's choice (or a new profile).
class DecisionView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionView(QWidget *parent = nullptr);
    void setSummary(const ExperimentSummary &summary);
    QString verdict() const;
    /// Columns marked on the cost frontier, by label (what the chart and the table show).
    QStringList frontier() const;

Q_SIGNALS:
    void useRequested(int column, bool asNewProfile);
    void exportRequested();

private:
    ExperimentSummary m_summary;
    QSvgWidget *m_chart;
    QLabel *m_verdict;
    QLabel *m_agreement;
    QComboBox *m_column;
    QCheckBox *m_asNew;
    QPushButton *m_use;
};

} // namespace tiergate
