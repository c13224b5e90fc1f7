#include "ui/profiles/connectproviderdialog.h"

#include "core/config/configstore.h"
#include "core/config/connectpreset.h"
#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"
#include "core/transport/transport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tiergate {

namespace {

const QString LocalPrefix = QStringLiteral("local:");

} // namespace

ConnectProviderDialog::ConnectProviderDialog(ConfigStore *config, Transport *transport, KeyResolver *keys,
    const QList<LocalServer> &localServers, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_transport(transport)
    , m_keys(keys)
    , m_local(localServers)
    , m_tester(new ConnectionTester(transport, this))
{
    setObjectName(QStringLiteral("connectProviderDialog"));
    setWindowTitle(tr("Connect a provider"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const ConnectPreset &p : ConnectPreset::all())
        m_preset->addItem(p.displayName, p.id);
    if (!m_local.isEmpty()) {
        m_preset->insertSeparator(m_preset->count());
        for (int i = 0; i < m_local.size(); ++i) {
            const LocalServer &server = m_local.at(i);
            m_preset->addItem(tr("%1 on this computer (%2)")
                                  .arg(server.candidate.name, server.candidate.baseUrl.toString(QUrl::RemovePath)),
                QString(LocalPrefix + QString::number(i)));
        }
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("presetNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_apiVersion = new QLineEdit(this);
    m_apiVersion->setObjectName(QStringLiteral("apiVersion"));
    m_apiVersionLabel = new QLabel(fieldName(Field::ApiVersion), this);
    m_keyStorage = new QLabel(this);
    m_keyStorage->setObjectName(QStringLiteral("keyStorage"));
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("profileModel"));
    m_model->setEnabled(false);
    m_model->setToolTip(tr("The model the new profile sends to; the others stay available"));

    auto *form = new QFormLayout;
    form->addRow(tr("Provider"), m_preset);
    form->addRow(QString(), m_note);
    form->addRow(fieldName(Field::BaseUrl), m_baseUrl);
    form->addRow(fieldName(Field::ApiKey), m_key);
    form->addRow(QString(), m_keyStorage);
    form->addRow(m_apiVersionLabel, m_apiVersion);

    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix = new QPushButton(this);
    m_fix->setObjectName(QStringLiteral("goToField"));
    m_fix->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    testRow->addWidget(m_fix);

    form->addRow(testRow);
    form->addRow(fieldName(Field::Model), m_model);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Test the connection first"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ConnectProviderDialog::presetChanged);
    connect(m_baseUrl, &QLineEdit::textEdited, this, &ConnectProviderDialog::invalidate);
    connect(m_key, &QLineEdit::textEdited, this, &ConnectProviderDialog::invalidate);
    connect(m_apiVersion, &QLineEdit::textEdited, this, &ConnectProviderDialog::invalidate);
    connect(m_test, &QPushButton::clicked, this, &ConnectProviderDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectProviderDialog::onTested);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (QWidget *w = fieldWidget(m_problemField)) {
            w->setFocus(Qt::OtherFocusReason);
            if (auto *line = qobject_cast<QLineEdit *>(w))
                line->selectAll();
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectProviderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    presetChanged();
}

QString ConnectProviderDialog::fieldName(Field field) const
{
    switch (field) {
    case Field::BaseUrl:
        return tr("Base URL");
    case Field::ApiKey:
        return tr("API key");
    case Field::ApiVersion:
        return tr("API version");
    case Field::Model:
        return tr("Model");
    case Field::None:
        break;
    }
    return QString();
}

QWidget *ConnectProviderDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::BaseUrl:
        return m_baseUrl;
    case Field::ApiKey:
        return m_key;
    case Field::ApiVersion:
        return m_apiVersion;
    case Field::Model:
        return m_model;
    case Field::None:
        break;
    }
    return nullptr;
}

bool ConnectProviderDialog::selectPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    return true;
}

void ConnectProviderDialog::presetChanged()
{
    const QString id = m_preset->currentData().toString();
    if (id.startsWith(LocalPrefix)) {
        const LocalServer &server = m_local.at(id.mid(LocalPrefix.size()).toInt());
        m_baseUrl->setText(server.candidate.baseUrl.toString());
        m_note->setText(
            tr("Found on this computer with %n model(s); it needs no key.", nullptr, int(server.models.size())));
        m_apiVersion->clear();
    } else if (const ConnectPreset *preset = ConnectPreset::find(id)) {
        m_baseUrl->setText(preset->baseUrl.toString());
        m_note->setText(preset->note());
        m_apiVersion->setText(preset->defaultApiVersion);
    }
    const bool azure = !m_apiVersion->text().isEmpty();
    m_apiVersion->setVisible(azure);
    m_apiVersionLabel->setVisible(azure);
    const QString variable = keyVariable();
    const bool fromEnv = !variable.isEmpty() && !m_keys->environment().value(variable).isEmpty();
    m_key->setPlaceholderText(fromEnv ? tr("Empty: uses %1 (set)").arg(variable) : QString());
    invalidate();
}

QString ConnectProviderDialog::keyVariable() const
{
    const ConnectPreset *preset = ConnectPreset::find(m_preset->currentData().toString());
    return preset ? preset->keyVariable : QString();
}

void ConnectProviderDialog::updateKeyStorage()
{
    const QString id = currentSetup().providerIdIn(*m_config->snapshot());
    const QString file = m_keys->fallbackDir() + QLatin1Char('/') + id;
    if (!m_keys->isKeychainEnabled())
        m_keyStorage->setText(tr("Keychain off: the key is saved to %1 (only you can read it).").arg(file));
    else
        m_keyStorage->setText(tr("The key is saved in the system keychain; if none answers, in %1 (only you can "
                                 "read it).")
                                  .arg(file));
}

void ConnectProviderDialog::invalidate()
{
    m_tester->cancel();
    m_tested = false;
    m_testedModels.clear();
    m_model->clear();
    m_model->setEnabled(false);
    m_save->setEnabled(false);
    m_test->setEnabled(!m_saving);
    m_result->clear();
    m_fix->setVisible(false);
    m_problemField = Field::None;
    updateKeyStorage(); // the provider id, and so the key's file name, follows the base URL
}

QString ConnectProviderDialog::typedKey() const
{
    return m_key->text().trimmed();
}

QByteArray ConnectProviderDialog::effectiveKey() const
{
    if (!typedKey().isEmpty())
        return typedKey().toUtf8();
    const QString variable = keyVariable();
    return variable.isEmpty() ? QByteArray() : m_keys->environment().value(variable).trimmed().toUtf8();
}

ProviderSetup ConnectProviderDialog::currentSetup() const
{
    const QString id = m_preset->currentData().toString();
    ProviderSetup setup;
    if (id.startsWith(LocalPrefix)) {
        const LocalServer &server = m_local.at(id.mid(LocalPrefix.size()).toInt());
        setup.presetId = server.candidate.id;
        setup.kind = isKnownProviderKind(server.candidate.id) ? canonicalProviderKind(server.candidate.id)
                                                              : QStringLiteral("openai-compatible");
        setup.displayName = tr("%1 (local)").arg(server.candidate.name);
        setup.local = true;
    } else if (const ConnectPreset *preset = ConnectPreset::find(id)) {
        setup = ProviderSetup::fromPreset(*preset);
    }
    setup.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (m_baseUrl->text().trimmed().isEmpty())
        setup.baseUrl = QUrl();
    setup.apiVersion = m_apiVersion->isHidden() ? QString() : m_apiVersion->text().trimmed();
    return setup;
}

void ConnectProviderDialog::showProblem(Field field, const QString &message)
{
    m_problemField = field;
    m_result->setText(message);
    m_fix->setText(tr("Go to %1").arg(fieldName(field)));
    m_fix->setVisible(field != Field::None);
}

void ConnectProviderDialog::showResult(const QString &message)
{
    m_problemField = Field::None;
    m_fix->setVisible(false);
    m_result->setText(message);
}

void ConnectProviderDialog::testConnection()
{
    invalidate();
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty()) {
        showProblem(Field::BaseUrl, tr("Enter the Base URL (it usually ends in /v1)."));
        return;
    }
    const ConnectPreset *preset = ConnectPreset::find(m_preset->currentData().toString());
    if (preset && preset->keyRequired && effectiveKey().isEmpty()) {
        showProblem(Field::ApiKey, tr("Enter the API key (or set %1).").arg(preset->keyVariable));
        return;
    }
    if (preset && preset->needsApiVersion && !isAzureApiVersion(m_apiVersion->text().trimmed())) {
        showProblem(Field::ApiVersion, tr("Enter the API version, a date such as 2024-10-21."));
        return;
    }
    // The provider as it would be saved, so the test sends what its requests will (Azure's api-key
    // header and api-version).
    const Endpoint endpoint
        = Endpoint::forProvider(currentSetup().providerConfig(QStringLiteral("connect-test")), effectiveKey());
    m_test->setEnabled(false);
    showResult(tr("Testing…"));
    m_tester->start(endpoint);
}

void ConnectProviderDialog::onTested()
{
    m_test->setEnabled(true);
    const ConnectionTestResult &r = m_tester->result();
    if (!r.ok) {
        Field field = Field::None;
        switch (r.field) {
        case ConnectionTestResult::Field::BaseUrl:
            field = Field::BaseUrl;
            break;
        case ConnectionTestResult::Field::ApiKey:
            field = Field::ApiKey;
            break;
        case ConnectionTestResult::Field::Model:
            field = Field::BaseUrl; // the model list came from there; no model field to fix yet
            break;
        case ConnectionTestResult::Field::None:
            break;
        }
        showProblem(field, r.message);
        return;
    }
    m_tested = true;
    m_testedModels = r.models;
    m_model->clear();
    m_model->addItems(r.models);
    m_model->setCurrentText(r.probeModel);
    m_model->setEnabled(true);
    m_save->setEnabled(true);
    m_save->setToolTip(QString());
    showResult(r.message);
}

void ConnectProviderDialog::save()
{
    if (!m_tested || m_saving)
        return;
    ProviderSetup setup = currentSetup();
    setup.models = m_testedModels;
    setup.defaultModel = m_model->currentText();
    setup.providerId = setup.providerIdIn(*m_config->snapshot());
    const QString key = typedKey();
    if (key.isEmpty()) {
        const QString variable = keyVariable();
        if (!effectiveKey().isEmpty() && !variable.isEmpty())
            setup.apiKey = KeyRef::env(variable);
        finishSave(setup, QString(), false);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_test->setEnabled(false);
    KeyReply *reply = m_keys->store(setup.providerId, key.toUtf8());
    reply->setParent(this);
    connect(reply, &KeyReply::finished, this, [this, reply, setup]() mutable {
        reply->deleteLater();
        m_saving = false;
        m_test->setEnabled(true);
        if (!reply->isOk()) {
            m_save->setEnabled(true);
            showProblem(Field::ApiKey, tr("Could not store the key: %1").arg(reply->errorString()));
            return;
        }
        setup.apiKey = KeyRef::keychain(setup.providerId);
        finishSave(setup, reply->storedFile(), reply->storedFile().isEmpty());
    });
}

void ConnectProviderDialog::finishSave(ProviderSetup setup, const QString &storedFile, bool inKeychain)
{
    TiergateConfig document = m_config->document();
    const QString profile = setup.addTo(document);
    if (!m_config->setConfig(document)) {
        QStringList problems;
        for (const ValidationIssue &issue : m_config->issues()) {
            if (issue.isError())
                problems.append(issue.toString());
        }
        showProblem(Field::BaseUrl, tr("The configuration refused it: %1").arg(problems.join(QStringLiteral("; "))));
        m_save->setEnabled(true);
        return;
    }
    if (!m_config->save()) {
        showProblem(Field::None,
            tr("Could not save the configuration to %1: %2").arg(m_config->path(), m_config->errorString()));
        m_save->setEnabled(true);
        return;
    }
    m_config->setActiveProfile(profile);
    m_savedProfile = profile;
    QString where;
    if (inKeychain)
        where = tr("The key is in the system keychain.");
    else if (!storedFile.isEmpty())
        where = tr("The key is in %1 (no keychain answered).").arg(storedFile);
    else if (!setup.apiKey.isNone())
        where = tr("The key is read from %1.").arg(setup.apiKey.name);
    m_summary = tr("Connected %1: profile %2 is active.").arg(setup.displayName, profile);
    if (!where.isEmpty())
        m_summary += QLatin1Char(' ') + where;
    Q_EMIT connected(profile, m_summary);
    accept();
}

} // namespace tiergate
