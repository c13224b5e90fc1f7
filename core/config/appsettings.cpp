#include "core/config/appsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tiergate {

namespace {

const QString keyTheme = QStringLiteral("appearance/theme");
const QString keyLanguage = QStringLiteral("appearance/language");
const QString keyDefaultProfile = QStringLiteral("routing/defaultProfile");
const QString keyNotifications = QStringLiteral("alerts/desktopNotifications");
const QString keyGatewayPort = QStringLiteral("gateway/port");
const QString keyGeometry = QStringLiteral("window/geometry");
const QString keyState = QStringLiteral("window/state");
const QString keyLastPanel = QStringLiteral("window/lastPanel");
const QString splitterGroup = QStringLiteral("splitters/");

} // namespace

AppSettings::AppSettings(const QString &path, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat, this))
{ }

AppSettings::~AppSettings()
{
    m_settings->sync();
}

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini");
}

QString AppSettings::path() const
{
    return m_settings->fileName();
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings->value(keyTheme).toString()).value_or(Theme::System);
}

void AppSettings::setTheme(Theme t)
{
    if (t == theme())
        return;
    write(keyTheme, themeName(t));
    Q_EMIT themeChanged(t);
}

QString AppSettings::themeName(Theme t)
{
    switch (t) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<AppSettings::Theme> AppSettings::themeFromName(const QString &name)
{
    for (Theme t : { Theme::System, Theme::Light, Theme::Dark }) {
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(keyLanguage).toString();
    return availableLanguages().contains(code) ? code : QString();
}

bool AppSettings::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !availableLanguages().contains(code))
        return false;
    write(keyLanguage, code);
    return true;
}

QStringList AppSettings::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN") };
}

QString AppSettings::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("\u7b80\u4f53\u4e2d\u6587");
    return code;
}

QString AppSettings::defaultProfile() const
{
    return m_settings->value(keyDefaultProfile).toString();
}

void AppSettings::setDefaultProfile(const QString &profile)
{
    write(keyDefaultProfile, profile);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(keyNotifications, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool on)
{
    write(keyNotifications, on);
}

quint16 AppSettings::gatewayPort() const
{
    bool ok = false;
    const int port = m_settings->value(keyGatewayPort).toInt(&ok);
    return ok && isValidPort(port) ? quint16(port) : DefaultGatewayPort;
}

bool AppSettings::setGatewayPort(int port)
{
    if (!isValidPort(port))
        return false;
    write(keyGatewayPort, port);
    return true;
}

bool AppSettings::isValidPort(int port)
{
    return port >= 1024 && port <= 65535;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(keyGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(keyGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(keyState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(keyState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(splitterGroup + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(splitterGroup + name, state);
}

QString AppSettings::lastPanel() const
{
    return m_settings->value(keyLastPanel).toString();
}

void AppSettings::setLastPanel(const QString &panel)
{
    m_settings->setValue(keyLastPanel, panel);
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace tiergate
