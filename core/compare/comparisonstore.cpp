#include "core/compare/comparisonstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace tiergate {

namespace {

bool writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return file.commit();
}

std::optional<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isSafeId(const QString &id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
}

QString setFileName(const QString &name)
{
    // Names are free text: hex of the UTF-8 keeps any name file-safe and distinct.
    return QStringLiteral("set-") + QString::fromLatin1(name.toUtf8().toHex()) + QStringLiteral(".json");
}

} // namespace

ComparisonStore::ComparisonStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{ }

QString ComparisonStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/comparisons");
}

QString ComparisonStore::save(Comparison comparison)
{
    if (!isSafeId(comparison.id))
        comparison.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!comparison.createdAt.isValid())
        comparison.createdAt = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_folder))
        return {};
    return writeJson(m_folder + QLatin1Char('/') + comparison.id + QStringLiteral(".json"), comparison.toJson())
        ? comparison.id
        : QString();
}

std::optional<Comparison> ComparisonStore::load(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    const auto object = readJson(m_folder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!object)
        return std::nullopt;
    return Comparison::fromJson(*object);
}

bool ComparisonStore::remove(const QString &id)
{
    return isSafeId(id) && QFile::remove(m_folder + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QList<ComparisonStore::Entry> ComparisonStore::list() const
{
    QList<Entry> entries;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &f : files) {
        if (f.startsWith(QStringLiteral("set-")))
            continue;
        const auto object = readJson(m_folder + QLatin1Char('/') + f);
        if (!object)
            continue;
        Entry e;
        e.id = object->value(QStringLiteral("id")).toString();
        e.title = object->value(QStringLiteral("title")).toString();
        e.createdAt = QDateTime::fromString(object->value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        e.columns = int(object->value(QStringLiteral("columns")).toArray().size());
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

bool ComparisonStore::saveColumnSet(const QString &name, const QList<CompareColumn> &columns)
{
    if (name.trimmed().isEmpty() || !QDir().mkpath(m_folder))
        return false;
    QJsonArray array;
    for (const CompareColumn &c : columns)
        array.append(c.toJson());
    return writeJson(m_folder + QLatin1Char('/') + setFileName(name),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("columns"), array } });
}

QList<CompareColumn> ComparisonStore::columnSet(const QString &name) const
{
    QList<CompareColumn> columns;
    const auto object = readJson(m_folder + QLatin1Char('/') + setFileName(name));
    if (!object)
        return columns;
    const QJsonArray array = object->value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : array)
        columns.append(CompareColumn::fromJson(v.toObject()));
    return columns;
}

QStringList ComparisonStore::columnSetNames() const
{
    QStringList names;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("set-*.json") }, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (const auto object = readJson(m_folder + QLatin1Char('/') + f))
            names.append(object->value(QStringLiteral("name")).toString());
    }
    return names;
}

QString ComparisonStore::saveBatch(Batch batch)
{
    if (!isSafeId(batch.id))
        batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!batch.createdAt.isValid())
        batch.createdAt = QDateTime::currentDateTimeUtc();
    const QString folder = m_folder + QStringLiteral("/batches");
    if (!QDir().mkpath(folder))
        return {};
    return writeJson(folder + QLatin1Char('/') + batch.id + QStringLiteral(".json"), batch.toJson()) ? batch.id
                                                                                                     : QString();
}

std::optional<Batch> ComparisonStore::loadBatch(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    const auto object = readJson(m_folder + QStringLiteral("/batches/") + id + QStringLiteral(".json"));
    if (!object)
        return std::nullopt;
    return Batch::fromJson(*object);
}

bool ComparisonStore::removeBatch(const QString &id)
{
    return isSafeId(id) && QFile::remove(m_folder + QStringLiteral("/batches/") + id + QStringLiteral(".json"));
}

QList<ComparisonStore::BatchEntry> ComparisonStore::batches() const
{
    QList<BatchEntry> entries;
    const QString folder = m_folder + QStringLiteral("/batches");
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &f : files) {
        const auto object = readJson(folder + QLatin1Char('/') + f);
        if (!object)
            continue;
        const Batch batch = Batch::fromJson(*object);
        entries.append({ batch.id, batch.title, batch.createdAt, batch.doneCells(), batch.totalCells() });
    }
    std::sort(entries.begin(), entries.end(),
        [](const BatchEntry &a, const BatchEntry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

} // namespace tiergate
