#include "core/experiment/experimentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ExperimentStore", text);
}

QString newId(const Experiment &e)
{
    QString base = e.promptSet.name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.left(40).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("experiment");
    return QStringLiteral("%1-%2-%3")
        .arg(base, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

} // namespace

ExperimentStore::ExperimentStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{ }

QString ExperimentStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/experiments");
}

bool ExperimentStore::isSafeId(const QString &id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return safe.match(id).hasMatch();
}

QString ExperimentStore::save(Experiment experiment)
{
    m_error.clear();
    if (!isSafeId(experiment.id))
        experiment.id = newId(experiment);
    if (!experiment.createdAt.isValid())
        experiment.createdAt = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_folder)) {
        m_error = tr("cannot create the folder %1").arg(m_folder);
        return {};
    }
    QSaveFile file(m_folder + QLatin1Char('/') + experiment.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    file.write(QJsonDocument(experiment.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        m_error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return experiment.id;
}

std::optional<Experiment> ExperimentStore::load(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    QFile file(m_folder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()
        || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("tiergate-experiment"))
        return std::nullopt;
    Experiment e = Experiment::fromJson(doc.object());
    e.id = id;
    return e;
}

QList<ExperimentStore::Entry> ExperimentStore::list() const
{
    QList<Entry> entries;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : files) {
        const std::optional<Experiment> e = load(name.chopped(5));
        if (!e)
            continue;
        entries.append(Entry { e->id, e->title, e->promptSet.name + QLatin1Char('@') + e->promptSet.version,
            e->createdAt, e->doneRuns(), e->totalRuns() });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

std::optional<Experiment> ExperimentStore::previousOf(const Experiment &experiment) const
{
    const QList<Entry> earlier = earlierRunsOf(experiment);
    return earlier.isEmpty() ? std::nullopt : load(earlier.first().id);
}

QList<ExperimentStore::Entry> ExperimentStore::earlierRunsOf(const Experiment &experiment) const
{
    QList<Entry> entries;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : files) {
        const QString id = name.chopped(5);
        if (id == experiment.id)
            continue;
        const std::optional<Experiment> e = load(id);
        if (!e || e->promptSet.name != experiment.promptSet.name)
            continue;
        if (experiment.createdAt.isValid() && e->createdAt >= experiment.createdAt)
            continue;
        entries.append(Entry { e->id, e->title, e->promptSet.name + QLatin1Char('@') + e->promptSet.version,
            e->createdAt, e->doneRuns(), e->totalRuns() });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

} // namespace tiergate
