#pragma once

#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace tiergate {

/// The configuration service: owns the user's document, serves immutable snapshots, reloads the
/// file when it changes on disk and saves changes made through the API.
///
/// - `snapshot()` is an immutable shared document: a request keeps the one it started with while
///   a reload installs a new one. The snapshot has the environment overrides and the Simulator
///   URL applied; `document()` is the document as in the file (what save() writes).
/// - With no file at `path()`, the built-in defaults serve (builtin::defaultConfig()).
/// - A changed file is reloaded after a short debounce (the directory is watched too, because
///   editors replace files by rename). A file that cannot be read or has errors never replaces
///   the last good configuration: `loadFailed(issues)` fires and the old snapshot keeps serving.
/// Signals: `configChanged()` after a new snapshot is installed, `loadFailed()` when a load or a
/// setConfig() was refused, `activeProfileChanged(name)` when the active profile changes.
class ConfigStore : public QObject
{
    Q_OBJECT
public:
    /// `path` empty: `<AppConfigLocation>/config.json`. Call load() to read it.
    explicit ConfigStore(const QString &path = QString(), QObject *parent = nullptr);
    ~ConfigStore() override;

    static QString defaultPath();
    QString path() const { return m_path; }

    /// The environment the overrides read (default: the process environment). Set before load().
    void setEnvironment(const QProcessEnvironment &env);
    /// Debounce of file-change reloads, default 200 ms.
    void setReloadDelay(int ms);

    /// Reads the file (or the built-ins when there is none) and starts watching. Returns false
    /// (and emits loadFailed) when the file exists but is unusable; then the previous snapshot,
    /// or the built-ins on first load, keep serving.
    bool load();

    std::shared_ptr<const TiergateConfig> snapshot() const { return m_snapshot; }
    TiergateConfig document() const { return m_document; }
    bool isUsingBuiltins() const { return m_usingBuiltins; }
    /// Issues of the last load / setConfig (warnings of the good document, or the refusal's errors).
    QList<ValidationIssue> issues() const { return m_issues; }

    /// Validates and installs `config` as the document (not yet written: call save()). Refused
    /// (returns false, emits loadFailed, nothing changes) when it has errors.
    bool setConfig(const TiergateConfig &config);
    /// Writes the document atomically (QSaveFile), creating the folder. False with `errorString()`
    /// on I/O failure; the previous file is untouched then.
    bool save();
    QString errorString() const { return m_errorString; }

    /// TIERGATE_PROFILE when set, else the profile chosen with setActiveProfile(), else the
    /// document's defaultProfile.
    QString activeProfile() const;
    void setActiveProfile(const QString &name);

    /// Base URL of the running Simulator, applied to every snapshot from now on.
    void setSimulatorBaseUrl(const QUrl &url);
    QUrl simulatorBaseUrl() const { return m_simulatorUrl; }

Q_SIGNALS:
    void configChanged();
    void loadFailed(const QList<tiergate::ValidationIssue> &issues);
    void activeProfileChanged(const QString &name);

private:
    void installDocument(const TiergateConfig &doc, const QList<ValidationIssue> &issues);
    void rebuildSnapshot();
    void updateWatch();
    void scheduleReload();
    void reloadFromDisk();

    QString m_path;
    QProcessEnvironment m_env;
    TiergateConfig m_document;
    std::shared_ptr<const TiergateConfig> m_snapshot;
    QList<ValidationIssue> m_issues;
    QString m_errorString;
    QString m_activeProfile;
    QUrl m_simulatorUrl;
    QByteArray m_lastLoadedBytes;
    bool m_usingBuiltins = true;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace tiergate
