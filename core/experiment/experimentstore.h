#pragma once

#include "core/experiment/experiment.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// Experiments as JSON files in one folder (`<data>/experiments/<id>.json`), each written
/// atomically, so an experiment saved after every finished run survives a crash with all of them.
class ExperimentStore
{
public:
    struct Entry
    {
        QString id;
        QString title;
        QString promptSet; ///< "name@version"
        QDateTime createdAt;
        int done = 0;
        int total = 0;
    };

    explicit ExperimentStore(const QString &folder = QString());
    static QString defaultFolder(); ///< AppDataLocation/experiments
    QString folder() const { return m_folder; }

    /// Saves (a new id when empty); returns the id, or "" with error() set.
    QString save(Experiment experiment);
    std::optional<Experiment> load(const QString &id) const;
    QList<Entry> list() const; ///< newest first
    /// The newest other experiment of the same prompt set (any version), for "compare with the
    /// previous run"; nullopt when there is none.
    std::optional<Experiment> previousOf(const Experiment &experiment) const;
    /// Every other experiment of the same prompt set (any version) created before `experiment`,
    /// newest first: what it can be compared with. previousOf() is the first of them.
    QList<Entry> earlierRunsOf(const Experiment &experiment) const;
    QString error() const { return m_error; }

    static bool isSafeId(const QString &id);

private:
    QString m_folder;
    QString m_error;
};

} // namespace tiergate
