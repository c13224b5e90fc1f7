#pragma once

#include "core/config/teamconfig.h"
#include "ui/profiles/documentedit.h"

#include <QString>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Teams page of the profile editor: teams (tenants) and each team's key reference per tier
/// with its rotation date. Key references only; secrets are stored from the Keys tab. Changes go
/// out through the DocumentEdit callback; nothing is kept here.
class TeamsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TierColumn,
        KeyColumn,
        RotationColumn,
        ColumnCount
    };

    explicit TeamsPage(DocumentEdit edit, QWidget *parent = nullptr);

    void setConfig(const TiergateConfig &config);
    QString currentTeam() const { return m_current; }
    void selectTeam(const QString &id);
    void focusField(const QString &teamId, const QString &field);

    QListWidget *teamList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *keysTable() const { return m_keys; }
    QPushButton *addKeyButton() const { return m_addKey; }

private:
    void refreshForm();
    void editCurrent(const QString &text, const std::function<void(TeamConfig &)> &change, bool mergeable);
    void commitKeys();

    DocumentEdit m_edit;
    const TiergateConfig *m_config = nullptr;
    QString m_current;
    bool m_updating = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QTableWidget *m_keys = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_removeKey = nullptr;
};

} // namespace tiergate
