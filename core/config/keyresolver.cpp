#include "core/config/keyresolver.h"

#include "core/config/configlog_p.h"
#include "core/config/keyreply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tiergate {

namespace {

const QString KeychainService = QStringLiteral("tiergate");

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QByteArray trimEnd(QByteArray bytes)
{
    while (!bytes.isEmpty()
        && (bytes.endsWith('\n') || bytes.endsWith('\r') || bytes.endsWith(' ') || bytes.endsWith('\t')))
        bytes.chop(1);
    return bytes;
}

} // namespace

KeyResolver::KeyResolver(QObject *parent)
    : QObject(parent)
    , m_env(QProcessEnvironment::systemEnvironment())
{ }

bool KeyResolver::isKeychainEnabled() const
{
    return m_env.value(QStringLiteral("TIERGATE_NO_KEYCHAIN")) != QLatin1String("1");
}

QString KeyResolver::fallbackStoreDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

QString KeyResolver::fallbackDir() const
{
    return m_fallbackDir.isEmpty() ? fallbackStoreDir() : m_fallbackDir;
}

ResolvedKey KeyResolver::readKeyFile(const QString &rawPath)
{
    ResolvedKey result;
    const QString path = expandHome(rawPath);
    const QFileInfo fi(path);
    if (!fi.exists()) {
        result.error = tr("key file '%1' does not exist; create it with the key and run chmod 600 on it").arg(rawPath);
        return result;
    }
    if (!fi.isFile()) {
        result.error = tr("key file '%1' is not a regular file").arg(rawPath);
        return result;
    }
#ifdef Q_OS_UNIX
    if (fi.ownerId() != ::getuid()) {
        result.error = tr("key file '%1' is not owned by you; refused").arg(rawPath);
        return result;
    }
#endif
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (fi.permissions() & others) {
        result.error
            = tr("key file '%1' can be read by other users; refused until you run chmod 600 on it").arg(rawPath);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("key file '%1' cannot be read: %2").arg(rawPath, file.errorString());
        return result;
    }
    result.secret = trimEnd(file.readAll());
    if (result.secret.isEmpty())
        result.error = tr("key file '%1' is empty").arg(rawPath);
    return result;
}

ResolvedKey KeyResolver::resolveNow(const KeyRef &ref, const QProcessEnvironment &env)
{
    ResolvedKey result;
    switch (ref.scheme) {
    case KeyRef::Scheme::None:
        return result;
    case KeyRef::Scheme::Invalid:
        result.error = ref.problem();
        return result;
    case KeyRef::Scheme::Env:
        result.secret = env.value(ref.name).toUtf8().trimmed();
        if (result.secret.isEmpty())
            result.error = tr("environment variable %1 is not set; set it to the API key").arg(ref.name);
        return result;
    case KeyRef::Scheme::File:
        return readKeyFile(ref.name);
    case KeyRef::Scheme::Keychain:
        result.error = tr("keychain entry '%1' can only be read asynchronously").arg(ref.name);
        return result;
    }
    return result;
}

ResolvedKey KeyResolver::resolveNow(const KeyRef &ref) const
{
    return resolveNow(ref, m_env);
}

KeyReply *KeyResolver::resolve(const KeyRef &ref)
{
    auto *reply = new KeyReply(this);
    if (ref.scheme != KeyRef::Scheme::Keychain) {
        const ResolvedKey r = resolveNow(ref);
        reply->complete(r.secret, r.error);
        return reply;
    }
    const QString entry = ref.name;
    const QString fallbackFile = fallbackDir() + QLatin1Char('/') + entry;
    if (!isKeychainEnabled()) {
        if (QFileInfo::exists(fallbackFile)) {
            const ResolvedKey r = readKeyFile(fallbackFile);
            reply->complete(r.secret, r.error);
        } else {
            reply->complete({},
                tr("keychain entry '%1': the keychain is disabled (TIERGATE_NO_KEYCHAIN=1) and "
                   "there is no key file %2; store the key in the profile editor or use env:NAME")
                    .arg(entry, fallbackFile));
        }
        return reply;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, reply);
    job->setAutoDelete(true);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, reply, [reply, job, entry, fallbackFile] {
        if (job->error() == QKeychain::NoError) {
            reply->complete(job->binaryData(), QString());
            return;
        }
        // No backend, or no entry: the fallback file store may hold it.
        if (QFileInfo::exists(fallbackFile)) {
            const ResolvedKey r = readKeyFile(fallbackFile);
            reply->complete(r.secret, r.error);
            return;
        }
        qCInfo(lcConfig) << "keychain read failed for entry" << entry << ":" << job->errorString();
        reply->complete({},
            tr("keychain entry '%1' (service \"tiergate\") could not be read: %2; store the key "
               "in the profile editor")
                .arg(entry, job->errorString()));
    });
    job->start();
    return reply;
}

QString KeyResolver::storeInFallbackFile(const QString &dir, const QString &name, const QByteArray &secret)
{
    const KeyRef check = KeyRef::parse(QStringLiteral("keychain:") + name);
    if (!check.isValid())
        return tr("'%1' is not a valid key name").arg(name);
    if (!QDir().mkpath(dir))
        return tr("cannot create the folder %1").arg(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write the key file %1: %2").arg(file.fileName(), file.errorString());
    // Restrict before any byte of the secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret);
    if (!file.commit())
        return tr("cannot write the key file %1: %2").arg(file.fileName(), file.errorString());
    QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QString();
}

KeyReply *KeyResolver::store(const QString &name, const QByteArray &secret)
{
    auto *reply = new KeyReply(this);
    const QString dir = fallbackDir();
    const auto storeInFile = [reply, dir, name, secret] {
        const QString error = storeInFallbackFile(dir, name, secret);
        if (error.isEmpty())
            reply->setStoredFile(dir + QLatin1Char('/') + name);
        reply->complete({}, error);
    };
    if (!isKeychainEnabled()) {
        storeInFile();
        return reply;
    }
    auto *job = new QKeychain::WritePasswordJob(KeychainService, reply);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, reply, [reply, job, name, storeInFile] {
        if (job->error() == QKeychain::NoError) {
            reply->complete({}, QString());
            return;
        }
        qCInfo(lcConfig) << "keychain unavailable, storing key" << name
                         << "in the fallback file store:" << job->errorString();
        storeInFile();
    });
    job->start();
    return reply;
}

} // namespace tiergate
