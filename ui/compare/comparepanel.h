#pragma once

#include "core/compare/comparecolumn.h"
#include "core/compare/comparison.h"
#include "core/compare/comparisonstore.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace tiergate {

class ComparisonSession;
class ConfigStore;
class Router;

/// The Compare panel: sends one prompt to 2-6 columns (models, tiers or profiles) at once and
/// shows each column's streamed answer, its figures and a summary of which column was cheapest
/// and fastest. All the work is done by a ComparisonSession; the widgets only edit its setup and
/// present what it reports.
///
/// The Router and the ConfigStore are not owned and must outlive the panel; the panel owns its
/// session. Saved comparisons go to a ComparisonStore (default folder unless setStoreFolder()).
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    ComparePanel(Router *router, ConfigStore *config, QWidget *parent = nullptr);
    ~ComparePanel() override;

    /// Replaces the column editors (clamped to 2..6 columns).
    void setColumns(const QList<CompareColumn> &columns);
    /// The columns as the editors show them now.
    QList<CompareColumn> columns() const;
    /// The comparison the editors describe (no runs).
    Comparison setup() const;
    void setStoreFolder(const QString &folder);

    /// Starts a comparison of the current setup; false when it is not runnable.
    bool run();
    void stopAll();
    bool exportMarkdown(const QString &path);
    bool exportCsv(const QString &path);
    /// Saves the last comparison; returns its id (empty on failure).
    QString save();

    QPlainTextEdit *promptEdit() const { return m_promptEdit; }
    QLineEdit *systemPromptEdit() const { return m_systemEdit; }
    QSpinBox *runsSpin() const { return m_runsSpin; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopAllButton() const { return m_stopAllButton; }
    QPushButton *addColumnButton() const { return m_addColumnButton; }
    QComboBox *kindCombo(int column) const;
    QComboBox *targetCombo(int column) const;
    int columnCount() const { return int(m_editors.size()); }
    QString paneText(int column) const;
    QString errorText(int column) const;
    QString statsText(int column) const;
    QString summaryText() const;
    QString statusText() const;
    ComparisonSession *session() const { return m_session; }

private:
    struct ColumnEditor
    {
        QGroupBox *box = nullptr;
        QComboBox *kind = nullptr;
        QComboBox *target = nullptr;
        QToolButton *remove = nullptr;
    };

    struct ResultPane
    {
        QGroupBox *box = nullptr;
        QTextBrowser *text = nullptr;
        QLabel *error = nullptr;
        QLabel *stats = nullptr;
        QPushButton *stop = nullptr;
        bool resetOnDelta = true; ///< the next delta starts a new run's text
    };

    void addColumn(const CompareColumn &column);
    void removeColumn(QWidget *box);
    void fillTargets(ColumnEditor &editor, const QString &keep);
    void refreshTargets();
    void syncPanes();
    void updateControls();

    void onStarted();
    void onFirstToken(int column, qint64 ttftMs);
    void onDelta(int column, const QString &text);
    void onRunFinished(int column, int run);
    void onColumnFinished(int column);
    void onFinished();
    void updateSummary();
    QString statsFor(int column) const;

    void exportMarkdownInteractive();
    void exportCsvInteractive();
    bool writeFile(const QString &path, const QString &text);

    ConfigStore *m_config;
    ComparisonSession *m_session;
    ComparisonStore m_store;

    QHBoxLayout *m_columnsLayout = nullptr;
    QList<ColumnEditor> m_editors;
    QPushButton *m_addColumnButton = nullptr;
    QPlainTextEdit *m_promptEdit = nullptr;
    QLineEdit *m_systemEdit = nullptr;
    QSpinBox *m_runsSpin = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopAllButton = nullptr;
    QHBoxLayout *m_panesLayout = nullptr;
    QList<ResultPane> m_panes;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportMarkdownButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace tiergate
