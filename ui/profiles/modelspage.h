#pragma once

#include "ui/profiles/documentedit.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Models page of the profile editor: the model catalog as one table (id, provider, display
/// name, context window, max output, prices in USD per 1M tokens). User entries come first;
/// built-in catalog entries follow, greyed, and editing one adds a user entry that overrides it.
/// Changes go out through the DocumentEdit callback; nothing is kept here.
class ModelsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        ProviderColumn,
        NameColumn,
        ContextColumn,
        MaxOutputColumn,
        InputPriceColumn,
        OutputPriceColumn,
        CachedPriceColumn,
        SourceColumn,
        ColumnCount
    };

    explicit ModelsPage(DocumentEdit edit, QWidget *parent = nullptr);

    void setConfig(const TiergateConfig &config);
    /// Selects the row of user model `index` (as in the document's `models[index]`).
    void focusUserModel(int index, const QString &field);
    int rowOf(const QString &modelId) const { return int(m_rowIds.indexOf(modelId)); }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void onCellChanged(int row, int column);

    DocumentEdit m_edit;
    const TiergateConfig *m_config = nullptr;
    QStringList m_rowIds;
    bool m_updating = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace tiergate
