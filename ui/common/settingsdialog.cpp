#include "ui/common/settingsdialog.h"

#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tiergate {

SettingsDialog::SettingsDialog(AppSettings *settings, ConfigStore *config, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_config(config)
    , m_openFolder([](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_dataFolder(new QLineEdit(this))
    , m_openDataFolder(new QPushButton(tr("Open"), this))
    , m_keyStorage(new QLabel(this))
    , m_approvalLabel(new QLabel(this))
    , m_approval(new QDoubleSpinBox(this))
    , m_notifications(new QCheckBox(tr("Show a desktop notification when an alert is raised"), this))
    , m_port(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(AppSettings::themeName(settings->theme())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setTheme(
            AppSettings::themeFromName(m_theme->currentData().toString()).value_or(AppSettings::Theme::System));
    });

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system (LANG)"), QString());
    for (const QString &code : AppSettings::availableLanguages())
        m_language->addItem(AppSettings::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    const QString startLanguage = settings->language();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, startLanguage] {
        const QString code = m_language->currentData().toString();
        m_settings->setLanguage(code);
        m_languageNote->setText(code == startLanguage ? QString() : tr("The language changes when Tiergate restarts."));
    });

    m_profile->setObjectName(QStringLiteral("defaultProfileCombo"));
    m_profile->setToolTip(tr("The profile active when Tiergate starts (TIERGATE_PROFILE, when set, wins)"));
    refreshProfiles();
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setDefaultProfile(m_profile->currentData().toString());
        refreshApproval();
    });

    m_approval->setObjectName(QStringLiteral("approvalSpin"));
    m_approval->setRange(0.0, 1.0e6);
    m_approval->setDecimals(2);
    m_approval->setPrefix(QStringLiteral("$ "));
    m_approval->setKeyboardTracking(false);
    m_approval->setSpecialValueText(tr("never ask"));
    m_approval->setToolTip(tr("A request whose estimated cost is above this asks before it is sent (the profile's "
                              "budget.approvalThresholdUsd)."));
    m_approvalLabel->setWordWrap(true);
    refreshApproval();
    connect(m_approval, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::writeApproval);

    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(settings->notificationsEnabled());
    connect(m_notifications, &QCheckBox::toggled, m_settings, &AppSettings::setNotificationsEnabled);

    m_port->setObjectName(QStringLiteral("gatewayPortSpin"));
    m_port->setRange(1024, 65535);
    m_port->setValue(settings->gatewayPort());
    m_port->setKeyboardTracking(false);
    m_port->setToolTip(tr("Port the Gateway switch tries first on 127.0.0.1; a busy port falls back to a free one."));
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) { m_settings->setGatewayPort(port); });

    m_dataFolder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_dataFolder->setReadOnly(true);
    m_openDataFolder->setObjectName(QStringLiteral("openDataFolder"));
    m_openDataFolder->setToolTip(tr("Open the folder in the file manager"));
    connect(m_openDataFolder, &QPushButton::clicked, this, [this] {
        if (!m_dataFolder->text().isEmpty())
            m_openFolder(m_dataFolder->text());
    });
    m_keyStorage->setObjectName(QStringLiteral("keyStorage"));
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(), m_languageNote);

    auto *routing = new QGroupBox(tr("Routing"), this);
    auto *routingForm = new QFormLayout(routing);
    routingForm->addRow(tr("&Default profile:"), m_profile);
    routingForm->addRow(m_approvalLabel, m_approval);

    auto *other = new QGroupBox(tr("Alerts and gateway"), this);
    auto *otherForm = new QFormLayout(other);
    otherForm->addRow(m_notifications);
    otherForm->addRow(tr("&Gateway port:"), m_port);

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(m_openDataFolder);
    storageForm->addRow(tr("Data folder:"), folderRow);
    storageForm->addRow(tr("API keys:"), m_keyStorage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(routing);
    layout->addWidget(other);
    layout->addWidget(storage);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    if (m_config)
        connect(m_config, &ConfigStore::configChanged, this, [this] {
            refreshProfiles();
            refreshApproval();
        });
}

void SettingsDialog::setDataFolder(const QString &path)
{
    m_dataFolder->setText(path);
    m_dataFolder->setCursorPosition(0);
}

void SettingsDialog::setKeyStorage(bool keychainEnabled, const QString &fileStore)
{
    m_keyStorage->setText(keychainEnabled
            ? tr("Stored in the system keychain (service \"tiergate\"). When no keychain answers, in files "
                 "readable only by you (mode 0600) in %1.")
                  .arg(fileStore)
            : tr("The system keychain is off (TIERGATE_NO_KEYCHAIN=1): stored in files readable only by you "
                 "(mode 0600) in %1.")
                  .arg(fileStore));
}

QString SettingsDialog::thresholdProfile() const
{
    const QString chosen = m_profile->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    return m_config ? m_config->activeProfile() : QString();
}

void SettingsDialog::refreshProfiles()
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("As in the configuration"), QString());
    if (m_config) {
        if (const auto snapshot = m_config->snapshot())
            for (const QString &name : snapshot->profileNames())
                m_profile->addItem(name, name);
    }
    const int index = m_profile->findData(m_settings->defaultProfile());
    m_profile->setCurrentIndex(std::max(0, index));
}

void SettingsDialog::refreshApproval()
{
    const QString name = thresholdProfile();
    m_approvalLabel->setText(tr("&Ask before requests over (profile %1):").arg(name));
    m_approvalLabel->setBuddy(m_approval);
    const auto snapshot = m_config ? m_config->snapshot() : nullptr;
    const ProfileConfig *profile = snapshot ? snapshot->profile(name) : nullptr;
    const QSignalBlocker block(m_approval);
    m_approval->setEnabled(profile != nullptr);
    m_approval->setValue(profile ? Money::toUsd(profile->budget.approvalThresholdMicros) : 0.0);
}

void SettingsDialog::writeApproval()
{
    if (!m_config)
        return;
    TiergateConfig document = m_config->document();
    ProfileConfig *profile = document.profile(thresholdProfile());
    if (!profile)
        return;
    const qint64 micros = Money::fromUsd(m_approval->value());
    if (profile->budget.approvalThresholdMicros == micros)
        return;
    profile->budget.approvalThresholdMicros = micros;
    QString problem;
    if (!m_config->setConfig(document))
        problem = tr("The threshold was not applied: the configuration does not validate.");
    else if (!m_config->save())
        problem = tr("Could not save the configuration to %1: %2").arg(m_config->path(), m_config->errorString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace tiergate
