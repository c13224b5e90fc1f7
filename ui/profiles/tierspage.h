#pragma once

#include "core/config/tierconfig.h"
#include "ui/profiles/documentedit.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Tiers page of the profile editor: each tier's default model and its alias map (requested
/// model → model used in this tier), the seed's `tierMap[tier][primary] ?? tierMap[tier].default`.
/// Changes go out through the DocumentEdit callback; nothing is kept here.
class TiersPage : public QWidget
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

    void setConfig(const TiergateConfig &config);
    QString currentTier() const { return m_current; }
    void selectTier(const QString &name);
    void focusField(const QString &tier, const QString &field);

    QListWidget *tierList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *defaultModelCombo() const { return m_default; }
    QTableWidget *aliasTable() const { return m_aliases; }
    QPushButton *addAliasButton() const { return m_addAlias; }
    QPushButton *removeAliasButton() const { return m_removeAlias; }

private:
    void refreshForm();
    void editCurrent(const QString &text, const std::function<void(TierConfig &)> &change, bool mergeable);
    void commitAliases();

    DocumentEdit m_edit;
    const TiergateConfig *m_config = nullptr;
    QString m_current;
    bool m_updating = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_default = nullptr;
    QTableWidget *m_aliases = nullptr;
    QPushButton *m_addAlias = nullptr;
    QPushButton *m_removeAlias = nullptr;
};

} // namespace tiergate
