#include "ui/profiles/profilelistmodel.h"

namespace tiergate {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ProfileListModel::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    beginResetModel();
    m_names = names;
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_names.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return m_names.at(index.row());
    return {};
}

} // namespace tiergate
