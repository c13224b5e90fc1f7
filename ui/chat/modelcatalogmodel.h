#pragma once

#include "core/config/modelconfig.h"

#include <QAbstractTableModel>
#include <QList>

namespace tiergate {

class TiergateConfig;

/// Table model over the model catalog of a configuration (user models first, then the built-in
/// catalog entries they do not override), for the Ctrl+K model picker.
///
/// Columns: model id, provider, context window, input and output price per 1M tokens, and a
/// "simulated" label for models the built-in Simulator serves. Row 0 is "profile default" (an empty
/// model id: the profile's tier decides) when includeDefaultRow is set. A snapshot: call
/// setConfig() again after the configuration changed.
class ModelCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        ProviderColumn,
        ContextColumn,
        InputPriceColumn,
        OutputPriceColumn,
        LabelColumn,
        ColumnCount,
    };
    enum Roles
    {
        ModelIdRole = Qt::UserRole + 1, ///< QString, empty for the "profile default" row
        SimulatedRole, ///< bool
        SortRole, ///< numbers for the numeric columns
    };

    explicit ModelCatalogModel(QObject *parent = nullptr);

    void setConfig(const TiergateConfig &config, bool includeDefaultRow = true);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of model `id` ("" is the default row), -1 when absent.
    int rowOfModel(const QString &id) const;

private:
    struct Row
    {
        ModelConfig model; ///< id empty: the "profile default" row
        QString providerName;
    };
    QList<Row> m_rows;
};

} // namespace tiergate
