#include "core/config/configstore.h"

#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configlog_p.h"
#include "core/config/configvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace tiergate {

Q_LOGGING_CATEGORY(lcConfig, "tiergate.config")

namespace { } // namespace

ConfigStore::ConfigStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_env(QProcessEnvironment::systemEnvironment())
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    qRegisterMetaType<QList<tiergate::ValidationIssue>>();
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &ConfigStore::reloadFromDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigStore::scheduleReload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigStore::scheduleReload);
    m_document = builtin::defaultConfig(m_env);
    rebuildSnapshot();
}

ConfigStore::~ConfigStore() = default;

QString ConfigStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/config.json");
}

void ConfigStore::setEnvironment(const QProcessEnvironment &env)
{
    m_env = env;
    if (m_usingBuiltins)
        m_document = builtin::defaultConfig(m_env);
    rebuildSnapshot();
}

void ConfigStore::setReloadDelay(int ms)
{
    m_reloadTimer->setInterval(ms);
}

bool ConfigStore::load()
{
    updateWatch();
    QFile file(m_path);
    if (!file.exists()) {
        qCInfo(lcConfig) << "no configuration file at" << m_path << "- using the built-in defaults";
        m_lastLoadedBytes.clear();
        m_usingBuiltins = true;
        const TiergateConfig doc = builtin::defaultConfig(m_env);
        installDocument(doc, ConfigValidator::validate(doc));
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const QList<ValidationIssue> issues { ValidationIssue::error(
            QString(), tr("cannot read %1: %2").arg(m_path, file.errorString())) };
        m_issues = issues;
        Q_EMIT loadFailed(issues);
        return false;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    ConfigReadResult read = ConfigJson::read(bytes, builtin::catalog());
    QList<ValidationIssue> issues = read.issues;
    if (read.ok())
        issues += ConfigValidator::validate(read.config);
    if (hasErrors(issues)) {
        qCWarning(lcConfig) << "configuration" << m_path << "refused, keeping the previous one:" << issues.size()
                            << "issue(s)";
        m_issues = issues;
        m_lastLoadedBytes = bytes;
        Q_EMIT loadFailed(issues);
        return false;
    }
    m_lastLoadedBytes = bytes;
    m_usingBuiltins = false;
    installDocument(read.config, issues);
    return true;
}

bool ConfigStore::setConfig(const TiergateConfig &config)
{
    TiergateConfig doc = config;
    if (doc.catalog.isEmpty())
        doc.catalog = builtin::catalog();
    const QList<ValidationIssue> issues = ConfigValidator::validate(doc);
    if (hasErrors(issues)) {
        Q_EMIT loadFailed(issues);
        return false;
    }
    m_usingBuiltins = false;
    installDocument(doc, issues);
    return true;
}

bool ConfigStore::save()
{
    m_errorString.clear();
    const QList<ValidationIssue> issues = ConfigValidator::validate(m_document);
    if (hasErrors(issues)) {
        m_errorString = tr("the configuration has errors and was not saved");
        return false;
    }
    const QByteArray bytes = ConfigJson::write(m_document);
    const QFileInfo fi(m_path);
    if (!QDir().mkpath(fi.absolutePath())) {
        m_errorString = tr("cannot create the folder %1").arg(fi.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_errorString = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Our own write comes back through the watcher; the same bytes are not reloaded.
    m_lastLoadedBytes = bytes;
    m_usingBuiltins = false;
    updateWatch();
    return true;
}

QString ConfigStore::activeProfile() const
{
    const QString fromEnv = m_env.value(QStringLiteral("TIERGATE_PROFILE"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!m_activeProfile.isEmpty())
        return m_activeProfile;
    return m_snapshot ? m_snapshot->defaultProfile : QString();
}

void ConfigStore::setActiveProfile(const QString &name)
{
    const QString before = activeProfile();
    m_activeProfile = name;
    if (activeProfile() != before)
        Q_EMIT activeProfileChanged(activeProfile());
}

void ConfigStore::setSimulatorBaseUrl(const QUrl &url)
{
    if (m_simulatorUrl == url)
        return;
    m_simulatorUrl = url;
    rebuildSnapshot();
    Q_EMIT configChanged();
}

void ConfigStore::installDocument(const TiergateConfig &doc, const QList<ValidationIssue> &issues)
{
    const QString before = activeProfile();
    m_document = doc;
    m_issues = issues;
    rebuildSnapshot();
    qCInfo(lcConfig) << "configuration installed:" << m_snapshot->profiles.size() << "profile(s),"
                     << m_snapshot->providers.size() << "provider(s)";
    Q_EMIT configChanged();
    if (activeProfile() != before)
        Q_EMIT activeProfileChanged(activeProfile());
}

void ConfigStore::rebuildSnapshot()
{
    auto next = std::make_shared<TiergateConfig>(m_document);
    builtin::applyEnvironmentOverrides(*next, m_env);
    if (m_simulatorUrl.isValid())
        builtin::setSimulatorBaseUrl(*next, m_simulatorUrl);
    m_snapshot = std::move(next);
}

void ConfigStore::updateWatch()
{
    const QFileInfo fi(m_path);
    const QString dir = fi.absolutePath();
    if (QFileInfo::exists(dir) && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    // A file replaced by rename drops out of the watch; add it again each time.
    if (fi.exists() && !m_watcher->files().contains(fi.absoluteFilePath()))
        m_watcher->addPath(fi.absoluteFilePath());
}

void ConfigStore::scheduleReload()
{
    m_reloadTimer->start();
}

void ConfigStore::reloadFromDisk()
{
    updateWatch();
    QFile file(m_path);
    if (!file.exists()) {
        // A rename in progress, or the user deleted the file: keep serving what we have.
        return;
    }
    if (file.open(QIODevice::ReadOnly) && file.readAll() == m_lastLoadedBytes)
        return;
    file.close();
    qCInfo(lcConfig) << "configuration file changed, reloading" << m_path;
    load();
}

} // namespace tiergate
