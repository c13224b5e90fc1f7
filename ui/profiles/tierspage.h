#pragma once

#include "core/config/tierconfig.h"
#include "ui/profiles/entrylistpage.h"

#include <QString>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Tiers page of the profile editor: each tier's default model and its alias map (requested
/// model → model used in this tier), the seed's `tierMap[tier][primary] ?? tierMap[tier].default`.
/// Changes go out through the DocumentEdit callback; nothing is kept here.
class TiersPage : public EntryListPage
{
    Q_OBJECT
public:
    enum Column
    {
        RequestedColumn,
        ModelColumn,
        ColumnCount
    };

    explicit TiersPage(DocumentEdit edit, QWidget *parent = nullptr);

    QString currentTier() const { return currentEntry(); }
    void selectTier(const QString &name) { selectEntry(name); }
    void focusField(const QString &tier, const QString &field);

    QListWidget *tierList() const { return entryList(); }
    QComboBox *defaultModelCombo() const { return m_default; }
    QTableWidget *aliasTable() const { return m_aliases; }
    QPushButton *addAliasButton() const { return m_addAlias; }
    QPushButton *removeAliasButton() const { return m_removeAlias; }

protected:
    QStringList entryIds(const TiergateConfig &config) const override;
    void addEntry(TiergateConfig &config, const QString &id) const override;
    void removeEntry(TiergateConfig &config, const QString &id) const override;
    void refreshForm() override;

private:
    void editCurrent(const QString &text, const std::function<void(TierConfig &)> &change, bool mergeable);
    void commitAliases();

    QComboBox *m_default = nullptr;
    QTableWidget *m_aliases = nullptr;
    QPushButton *m_addAlias = nullptr;
    QPushButton *m_removeAlias = nullptr;
};

} // namespace tiergate
