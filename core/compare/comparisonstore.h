#pragma once

#include "core/compare/comparecolumn.h"
#include "core/compare/comparison.h"

#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// Saved comparisons and named column sets, as JSON files under one folder (default:
/// AppDataLocation/comparisons). Writes are atomic (QSaveFile).
class ComparisonStore
{
public:
    struct Entry
    {
        QString id;
        QString title;
        QDateTime createdAt;
        int columns = 0;
    };

    explicit ComparisonStore(const QString &folder = QString());
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// Saves (assigning an id when empty) and returns the id; empty on failure.
    QString save(Comparison comparison);
    std::optional<Comparison> load(const QString &id) const;
    bool remove(const QString &id);
    QList<Entry> list() const; ///< newest first

    bool saveColumnSet(const QString &name, const QList<CompareColumn> &columns);
    QList<CompareColumn> columnSet(const QString &name) const;
    QStringList columnSetNames() const;

private:
    QString m_folder;
};

} // namespace tiergate
