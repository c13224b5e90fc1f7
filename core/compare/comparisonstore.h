#pragma once

#include "core/compare/batch.h"
#include "core/compare/comparecolumn.h"
#include "core/compare/comparison.h"

#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// Saved comparisons, named column sets and batches, as JSON files under one folder (default:
/// AppDataLocation/comparisons; batches in its "batches" subfolder). Writes are atomic (QSaveFile),
/// so a batch saved after each finished cell survives a crash with every finished cell intact.
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

    struct BatchEntry
    {
        QString id;
        QString title;
        QDateTime createdAt;
        int done = 0;
        int total = 0;
    };

    /// Saves (assigning an id when empty) and returns the id; empty on failure.
    QString saveBatch(Batch batch);
    std::optional<Batch> loadBatch(const QString &id) const;
    bool removeBatch(const QString &id);
    QList<BatchEntry> batches() const; ///< newest first

private:
    QString m_folder;
};

} // namespace tiergate
