#pragma once

#include "core/config/providersetup.h"
#include "core/discovery/connectiontester.h"
#include "core/discovery/localserver.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tiergate {

class ConfigStore;
class KeyResolver;
class Transport;

/// "Connect a provider" in one dialog: a preset (or a local server found on this machine), its base
/// URL and key, "Test connection" (core's ConnectionTester: the model list and a one-token answer,
/// with its latency), then Save: the key goes to the keychain (or the data folder's 0600 file when
/// none answers, which the dialog says), core's ProviderSetup adds provider, models, tier and
/// profile, the configuration is saved and the new profile made active. A failure names the field
/// to fix, and "Go to" focuses it. Config, transport and keys are not owned.
class ConnectProviderDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectProviderDialog(ConfigStore *config, Transport *transport, KeyResolver *keys,
        const QList<LocalServer> &localServers, QWidget *parent = nullptr);

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *keyField() const { return m_key; }
    QLineEdit *apiVersionField() const { return m_apiVersion; }
    QComboBox *modelBox() const { return m_model; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    /// "Go to <field>" after a failure.
    QPushButton *fixButton() const { return m_fix; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *keyStorageLabel() const { return m_keyStorage; }
    ConnectionTester *tester() const { return m_tester; }

    /// Picks preset `id` ("openai", "custom", ...) or local server `local:<n>`.
    bool selectPreset(const QString &id);
    /// After a save: the profile made active and a sentence saying where the key went.
    QString savedProfile() const { return m_savedProfile; }
    QString summary() const { return m_summary; }

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    /// The configuration was saved with the new provider and `profile` is active.
    void connected(const QString &profile, const QString &summary);

private:
    enum class Field
    {
        None,
        BaseUrl,
        ApiKey,
        ApiVersion,
        Model,
    };
    void presetChanged();
    void invalidate();
    void updateKeyStorage();
    void showProblem(Field field, const QString &message);
    void showResult(const QString &message);
    void onTested();
    void finishSave(ProviderSetup setup, const QString &storedFile, bool inKeychain);
    ProviderSetup currentSetup() const;
    QString typedKey() const;
    /// The key the test and the provider use: typed, else the preset's variable when set.
    QByteArray effectiveKey() const;
    QString keyVariable() const;
    QWidget *fieldWidget(Field field) const;
    QString fieldName(Field field) const;

    ConfigStore *m_config;
    Transport *m_transport;
    KeyResolver *m_keys;
    QList<LocalServer> m_local;
    ConnectionTester *m_tester;

    QComboBox *m_preset = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_apiVersionLabel = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLabel *m_keyStorage = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_fix = nullptr;
    QComboBox *m_model = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;

    Field m_problemField = Field::None;
    QStringList m_testedModels;
    bool m_tested = false;
    bool m_saving = false;
    QString m_savedProfile;
    QString m_summary;
};

} // namespace tiergate
