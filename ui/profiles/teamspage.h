#pragma once

#include "core/config/teamconfig.h"
#include "ui/profiles/entrylistpage.h"

#include <QString>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Teams page of the profile editor: teams (tenants) and each team's key reference per tier
/// with its rotation date. Key references only; secrets are stored from the Keys tab. Changes go
/// out through the DocumentEdit callback; nothing is kept here.
class TeamsPage : public EntryListPage
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

    QString currentTeam() const { return currentEntry(); }
    void selectTeam(const QString &id) { selectEntry(id); }
    void focusField(const QString &teamId, const QString &field);

    QListWidget *teamList() const { return entryList(); }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *keysTable() const { return m_keys; }
    QPushButton *addKeyButton() const { return m_addKey; }

protected:
    QStringList entryIds(const TiergateConfig &config) const override;
    void addEntry(TiergateConfig &config, const QString &id) const override;
    void removeEntry(TiergateConfig &config, const QString &id) const override;
    void refreshForm() override;

private:
    void editCurrent(const QString &text, const std::function<void(TeamConfig &)> &change, bool mergeable);
    void commitKeys();

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QTableWidget *m_keys = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_removeKey = nullptr;
};

} // namespace tiergate
