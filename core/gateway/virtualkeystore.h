#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// A client key of the gateway (`tg-…`). Only a SHA-256 hash of the key is stored; the key itself
/// is shown once, when it is created.
class VirtualKey
{
public:
    QString id; ///< short public id (`vk_…`), shown in lists and logs
    QString team; ///< team id: the ledger's team, and the config team whose upstream keys are used
    QString profile; ///< the profile the key routes with
    QString hash; ///< hex SHA-256 of the whole key
    QString prefix; ///< the key's first characters, for people to tell keys apart
    qint64 monthlyBudgetMicros = 0; ///< this key's own monthly cap; 0: none (the profile's cap still applies)
    int rpm = 0; ///< this key's own requests per minute; 0: no limit
    QDateTime created;
    bool revoked = false;

    friend bool operator==(const VirtualKey &, const VirtualKey &) = default;
};

/// The gateway's client keys, in a JSON file (`gateway-keys.json` of the data folder).
///
/// find() re-reads the file when it changed on disk (checked at most once a second), so keys
/// created or revoked by `tiergate-cli keys` apply to a running server without a restart.
/// Per-key spend of the current month is kept beside the keys (addSpend(), saved by save()).
class VirtualKeyStore
{
public:
    explicit VirtualKeyStore(const QString &path);

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    bool load(); ///< false (with errorString()) when the file exists and cannot be read
    bool save();

    /// Creates a key; returns the plain key (`tg-` + 43 url-safe base64 characters), the only time
    /// it is available. Saves the file.
    std::optional<QString> create(const QString &team, const QString &profile, qint64 monthlyBudgetMicros, int rpm,
        VirtualKey *created = nullptr);
    /// Revokes by id or by the key's prefix; false when no key matches.
    bool revoke(const QString &idOrPrefix);
    QList<VirtualKey> keys() const { return m_keys; }

    /// The valid (not revoked) key for a plain key presented by a client.
    std::optional<VirtualKey> find(const QByteArray &plainKey);

    qint64 monthSpend(const QString &keyId, const QDateTime &now) const;
    void addSpend(const QString &keyId, qint64 micros, const QDateTime &now);

    static QString hashOf(const QByteArray &plainKey);
    static QString defaultFileName() { return QStringLiteral("gateway-keys.json"); }

private:
    void reloadIfChanged();
    static QString monthOf(const QDateTime &now);

    QString m_path;
    QString m_error;
    QList<VirtualKey> m_keys;
    QHash<QString, int> m_byHash;
    QHash<QString, QPair<QString, qint64>> m_spend; ///< key id → (month "yyyy-MM", micros)
    QDateTime m_fileTime;
    qint64 m_lastCheckMs = 0;
};

} // namespace tiergate
