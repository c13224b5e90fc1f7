#include "ui/chat/modelcatalogmodel.h"

#include "core/config/tiergateconfig.h"
#include "core/cost/costcalculator.h"

#include <QLocale>

namespace tiergate {

ModelCatalogModel::ModelCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ModelCatalogModel::setConfig(const TiergateConfig &config, bool includeDefaultRow)
{
    beginResetModel();
    m_rows.clear();
    if (includeDefaultRow)
        m_rows.append(Row { ModelConfig(), QString() });
    for (const ModelConfig &m : config.effectiveModels()) {
        const ProviderConfig *provider = config.provider(m.providerId);
        const QString providerName
            = provider && !provider->displayName.isEmpty() ? provider->displayName : m.providerId;
        m_rows.append(Row { m, providerName });
    }
    endResetModel();
}

int ModelCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ModelCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ModelConfig &m = row.model;
    const bool isDefault = m.id.isEmpty();
    if (role == ModelIdRole)
        return m.id;
    if (role == SimulatedRole)
        return m.simulated;
    if (role == Qt::ToolTipRole)
        return isDefault ? tr("Let the profile's tier choose the model") : m.displayName;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case ModelColumn:
        return isDefault ? tr("Profile default") : m.id;
    case ProviderColumn:
        return isDefault ? tr("tier decides") : row.providerName;
    case ContextColumn:
        if (sort)
            return m.contextWindow;
        return isDefault || m.contextWindow <= 0 ? QString() : QLocale().toString(m.contextWindow);
    case InputPriceColumn:
        if (sort)
            return m.inputPerMTokMicros;
        return isDefault ? QString() : CostCalculator::formatMoney(m.inputPerMTokMicros);
    case OutputPriceColumn:
        if (sort)
            return m.outputPerMTokMicros;
        return isDefault ? QString() : CostCalculator::formatMoney(m.outputPerMTokMicros);
    case LabelColumn:
        return m.simulated ? tr("simulated") : QString();
    default:
        return {};
    }
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case ContextColumn:
        return tr("Context");
    case InputPriceColumn:
        return tr("Input / 1M");
    case OutputPriceColumn:
        return tr("Output / 1M");
    case LabelColumn:
        return QString();
    default:
        return {};
    }
}

int ModelCatalogModel::rowOfModel(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).model.id == id)
            return int(i);
    }
    return -1;
}

} // namespace tiergate
