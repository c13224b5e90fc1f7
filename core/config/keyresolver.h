#pragma once

#include "core/config/keyref.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace tiergate {

class KeyReply;

/// Result of a synchronous resolution.
struct ResolvedKey
{
    QByteArray secret; ///< never log it
    QString error; ///< empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Turns a KeyRef into the secret, when a request needs it:
/// - `env:NAME` from the environment (set with setEnvironment(), default the process's);
/// - `file:PATH` (`~/` expanded): only a regular file owned by the user with mode 0600 or stricter;
///   whitespace at the end is dropped;
/// - `keychain:NAME` through QtKeychain (service "tiergate"); when TIERGATE_NO_KEYCHAIN=1 or no
///   keychain backend answers, the fallback file store `<folder>/NAME` (0600) is read; the folder is
///   fallbackDir(): `<data folder>/keys` when the composition root set one, else `<AppDataLocation>/keys`.
/// Errors name what to set (variable, entry, file) and never contain the value.
///
/// Replies are owned by the caller (parented to the resolver until then) and finish once.
class KeyResolver : public QObject
{
    Q_OBJECT
public:
    explicit KeyResolver(QObject *parent = nullptr);

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    QProcessEnvironment environment() const { return m_env; }

    /// Asynchronous resolution of any scheme.
    KeyReply *resolve(const KeyRef &ref);
    /// Synchronous resolution of env: and file: (keychain: answers an error: use resolve()).
    ResolvedKey resolveNow(const KeyRef &ref) const;
    static ResolvedKey resolveNow(const KeyRef &ref, const QProcessEnvironment &env);

    /// Stores `secret` as keychain entry `name` (for the profile editor). Without a keychain
    /// (TIERGATE_NO_KEYCHAIN=1 or the backend fails), writes the fallback file store instead; the
    /// reply's storedFile() then names the file.
    KeyReply *store(const QString &name, const QByteArray &secret);

    /// Whether the system keychain may be used (TIERGATE_NO_KEYCHAIN is not "1").
    bool isKeychainEnabled() const;
    /// `<AppDataLocation>/keys`, the default folder of the fallback file store.
    static QString fallbackStoreDir();
    /// The folder of this resolver's fallback file store (fallbackStoreDir() unless set).
    QString fallbackDir() const;
    /// Keeps the fallback file store in `dir` (the data folder's `keys`, so `--data-dir` holds the keys
    /// written without a keychain); empty restores the default.
    void setFallbackDir(const QString &dir) { m_fallbackDir = dir; }
    /// Writes `secret` to `<dir>/<name>` with mode 0600; returns an error sentence or "".
    static QString storeInFallbackFile(const QString &dir, const QString &name, const QByteArray &secret);
    /// Reads a key file, enforcing regular file, ownership and mode 0600 or stricter.
    static ResolvedKey readKeyFile(const QString &path);

private:
    QProcessEnvironment m_env;
    QString m_fallbackDir;
};

} // namespace tiergate
