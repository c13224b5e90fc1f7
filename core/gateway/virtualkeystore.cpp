#include "core/gateway/virtualkeystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace tiergate {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        bytes[i] = char(rng->bounded(256));
    return bytes;
}

} // namespace

VirtualKeyStore::VirtualKeyStore(const QString &path)
    : m_path(path)
{ }

QString VirtualKeyStore::hashOf(const QByteArray &plainKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(plainKey, QCryptographicHash::Sha256).toHex());
}

QString VirtualKeyStore::monthOf(const QDateTime &now)
{
    return now.toLocalTime().toString(QStringLiteral("yyyy-MM"));
}

bool VirtualKeyStore::load()
{
    m_keys.clear();
    m_byHash.clear();
    m_spend.clear();
    m_error.clear();
    QFile file(m_path);
    const QFileInfo info(m_path);
    m_fileTime = info.exists() ? info.lastModified() : QDateTime();
    m_lastCheckMs = monotonicMs();
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_error = parseError.errorString();
        return false;
    }
    const QJsonArray keys = doc.object().value(QLatin1String("keys")).toArray();
    for (const QJsonValue &v : keys) {
        const QJsonObject o = v.toObject();
        VirtualKey k;
        k.id = o.value(QLatin1String("id")).toString();
        k.team = o.value(QLatin1String("team")).toString();
        k.profile = o.value(QLatin1String("profile")).toString();
        k.hash = o.value(QLatin1String("sha256")).toString();
        k.prefix = o.value(QLatin1String("prefix")).toString();
        k.monthlyBudgetMicros = qint64(o.value(QLatin1String("monthlyBudgetMicros")).toDouble());
        k.rpm = o.value(QLatin1String("rpm")).toInt();
        k.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
        k.revoked = o.value(QLatin1String("revoked")).toBool();
        if (k.id.isEmpty() || k.hash.isEmpty())
            continue;
        const QJsonObject spend = o.value(QLatin1String("spend")).toObject();
        if (!spend.isEmpty())
            m_spend.insert(k.id,
                { spend.value(QLatin1String("month")).toString(),
                    qint64(spend.value(QLatin1String("micros")).toDouble()) });
        m_byHash.insert(k.hash, int(m_keys.size()));
        m_keys.append(k);
    }
    return true;
}

bool VirtualKeyStore::save()
{
    QJsonArray keys;
    for (const VirtualKey &k : std::as_const(m_keys)) {
        QJsonObject o { { QLatin1String("id"), k.id }, { QLatin1String("team"), k.team },
            { QLatin1String("profile"), k.profile }, { QLatin1String("sha256"), k.hash },
            { QLatin1String("prefix"), k.prefix }, { QLatin1String("monthlyBudgetMicros"), k.monthlyBudgetMicros },
            { QLatin1String("rpm"), k.rpm }, { QLatin1String("created"), k.created.toString(Qt::ISODate) },
            { QLatin1String("revoked"), k.revoked } };
        const auto spend = m_spend.constFind(k.id);
        if (spend != m_spend.constEnd())
            o.insert(QLatin1String("spend"),
                QJsonObject { { QLatin1String("month"), spend->first }, { QLatin1String("micros"), spend->second } });
        keys.append(o);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject { { QLatin1String("version"), 1 }, { QLatin1String("keys"), keys } })
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    m_fileTime = QFileInfo(m_path).lastModified();
    return true;
}

std::optional<QString> VirtualKeyStore::create(
    const QString &team, const QString &profile, qint64 monthlyBudgetMicros, int rpm, VirtualKey *created)
{
    reloadIfChanged();
    const QString plain = QStringLiteral("tg-")
        + QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    VirtualKey k;
    k.id = QStringLiteral("vk_")
        + QString::fromLatin1(randomBytes(6).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    k.team = team;
    k.profile = profile;
    k.hash = hashOf(plain.toLatin1());
    k.prefix = plain.left(10);
    k.monthlyBudgetMicros = monthlyBudgetMicros;
    k.rpm = rpm;
    k.created = QDateTime::currentDateTimeUtc();
    m_byHash.insert(k.hash, int(m_keys.size()));
    m_keys.append(k);
    if (!save())
        return std::nullopt;
    if (created)
        *created = k;
    return plain;
}

bool VirtualKeyStore::revoke(const QString &idOrPrefix)
{
    reloadIfChanged();
    bool found = false;
    for (VirtualKey &k : m_keys) {
        if (!k.revoked && !idOrPrefix.isEmpty() && (k.id == idOrPrefix || k.prefix == idOrPrefix)) {
            k.revoked = true;
            found = true;
        }
    }
    return found && save();
}

void VirtualKeyStore::reloadIfChanged()
{
    const qint64 now = monotonicMs();
    if (now - m_lastCheckMs < 1000 && m_lastCheckMs != 0)
        return;
    m_lastCheckMs = now;
    const QFileInfo info(m_path);
    const QDateTime time = info.exists() ? info.lastModified() : QDateTime();
    if (time == m_fileTime)
        return;
    // Keep this process's spend figures: they are newer than the file's.
    const auto spend = m_spend;
    if (load()) {
        for (auto it = spend.constBegin(); it != spend.constEnd(); ++it) {
            const auto mine = m_spend.constFind(it.key());
            if (mine == m_spend.constEnd() || mine->first != it->first || mine->second < it->second)
                m_spend.insert(it.key(), it.value());
        }
    }
}

std::optional<VirtualKey> VirtualKeyStore::find(const QByteArray &plainKey)
{
    reloadIfChanged();
    if (!plainKey.startsWith("tg-"))
        return std::nullopt;
    const auto it = m_byHash.constFind(hashOf(plainKey));
    if (it == m_byHash.constEnd())
        return std::nullopt;
    const VirtualKey &k = m_keys.at(*it);
    if (k.revoked)
        return std::nullopt;
    return k;
}

qint64 VirtualKeyStore::monthSpend(const QString &keyId, const QDateTime &now) const
{
    const auto it = m_spend.constFind(keyId);
    if (it == m_spend.constEnd() || it->first != monthOf(now))
        return 0;
    return it->second;
}

void VirtualKeyStore::addSpend(const QString &keyId, qint64 micros, const QDateTime &now)
{
    if (micros <= 0)
        return;
    const QString month = monthOf(now);
    auto &entry = m_spend[keyId];
    if (entry.first != month)
        entry = { month, 0 };
    entry.second += micros;
}

} // namespace tiergate
