#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace tiergate {

/// The desktop app's own preferences, apart from the routing configuration: colour theme,
/// language, default profile, desktop notifications, the gateway's port, and the window's
/// remembered state (geometry, splitters, last panel). Stored as an INI file through QSettings
/// (by default `<AppConfigLocation>/settings.ini`); every value has a default and setters refuse
/// invalid values. Emits themeChanged() / changed() when a value changes. Owns its QSettings.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    static constexpr quint16 DefaultGatewayPort = 8080;

    /// `path` empty: defaultPath().
    explicit AppSettings(const QString &path = QString(), QObject *parent = nullptr);
    ~AppSettings() override;

    static QString defaultPath();
    QString path() const;

    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeName(Theme theme); ///< "system", "light", "dark"
    static std::optional<Theme> themeFromName(const QString &name);

    /// "" follows the system (LANG); otherwise one of availableLanguages(). Read once at start.
    QString language() const;
    bool setLanguage(const QString &code);
    static QStringList availableLanguages(); ///< "en", "de", "zh_CN"
    /// The language's own name ("Deutsch"), for a picker.
    static QString languageName(const QString &code);

    /// Profile made active at start ("" keeps the configuration's own choice).
    QString defaultProfile() const;
    void setDefaultProfile(const QString &profile);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);

    quint16 gatewayPort() const;
    bool setGatewayPort(int port); ///< false (and unchanged) outside 1024–65535
    static bool isValidPort(int port);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// A splitter's saved state by its stable name ("chat/sidebar").
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QString lastPanel() const;
    void setLastPanel(const QString &panel);

    /// Writes pending changes to the file; false with an error when it cannot be written.
    bool sync();

Q_SIGNALS:
    void themeChanged(tiergate::AppSettings::Theme theme);
    void changed(); ///< any preference (not the window state) changed

private:
    void write(const QString &key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace tiergate
