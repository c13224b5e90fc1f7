#include "ui/common/alertbanner.h"

#include "core/config/configstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace tiergate {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("alertText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_detailsButton->setObjectName(QStringLiteral("alertDetails"));
    m_detailsButton->setText(tr("Show problems"));
    m_historyButton->setObjectName(QStringLiteral("alertHistory"));
    m_historyButton->setText(tr("History"));
    m_dismissButton->setObjectName(QStringLiteral("alertDismiss"));
    m_dismissButton->setText(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_dismissButton);
    connect(m_detailsButton, &QToolButton::clicked, this, &AlertBanner::detailsRequested);
    connect(m_historyButton, &QToolButton::clicked, this, &AlertBanner::showHistory);
    connect(m_dismissButton, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        refresh();
    });
    refresh();
}

void AlertBanner::addAlert(const Alert &alert)
{
    m_history.append(alert);
    const auto same = [&alert](const Alert &a) { return a.profile == alert.profile && a.kind == alert.kind; };
    m_active.removeIf(same);
    // Threshold crossings are one-off notices; they stay until the next message replaces them.
    if (!alert.cleared)
        m_active.append(alert);
    m_dismissed = false;
    refresh();
}

void AlertBanner::setConfigProblem(const QString &message)
{
    m_configProblem = message;
    m_dismissed = false;
    refresh();
}

void AlertBanner::followConfig(ConfigStore *store)
{
    connect(store, &ConfigStore::loadFailed, this, [this, store](const QList<ValidationIssue> &issues) {
        const auto errors
            = std::count_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
        setConfigProblem(tr("The configuration %1 has %n error(s) and was not loaded; the last good configuration "
                            "stays in use.",
            nullptr, int(errors))
                             .arg(QDir::toNativeSeparators(store->path())));
    });
    connect(store, &ConfigStore::configChanged, this, [this] { setConfigProblem(QString()); });
}

QString AlertBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void AlertBanner::refresh()
{
    QStringList lines;
    if (!m_configProblem.isEmpty())
        lines.append(m_configProblem);
    if (!m_active.isEmpty()) {
        QString line = m_active.last().message;
        if (m_active.size() > 1)
            line += u' ' + tr("(%1 more active)").arg(m_active.size() - 1);
        lines.append(line);
    }
    m_label->setText(lines.join(u'\n'));
    m_detailsButton->setVisible(!m_configProblem.isEmpty());
    m_historyButton->setEnabled(!m_history.isEmpty());
    QPalette p = palette();
    const bool severe = !m_configProblem.isEmpty();
    p.setColor(QPalette::Window, severe ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    setVisible(!lines.isEmpty() && !m_dismissed);
}

void AlertBanner::showHistory()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("alertHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Alert history"));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("alertHistoryList"));
    for (qsizetype i = m_history.size() - 1; i >= 0; --i) {
        const Alert &a = m_history.at(i);
        const QString when = QLocale().toString(a.at.toLocalTime().time(), QLocale::ShortFormat);
        list->addItem((a.cleared ? tr("%1  cleared: %2") : tr("%1  raised: %2")).arg(when, a.message));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(560, 320);
    dialog->open();
}

} // namespace tiergate
