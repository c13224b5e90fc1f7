#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace tiergate {

/// A flat list of profile names for the profile editor's list view. Holds copies of the names;
/// setNames() resets the model (modelReset fires).
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ProfileListModel(QObject *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    /// Row of `name`, or -1.
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
};

} // namespace tiergate
