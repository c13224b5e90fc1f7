#include "ui/profiles/providerspage.h"

#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

ProvidersPage::ProvidersPage(DocumentEdit edit, QWidget *parent)
    : EntryListPage(std::move(edit),
        { QStringLiteral("provider"), tr("Add provider"), tr("Add provider %1"), tr("Remove provider %1") }, parent)
{
    QWidget *page = form();
    QVBoxLayout *layout = formLayout();
    auto *basics = new QFormLayout;
    m_id = new QLineEdit(page);
    m_displayName = new QLineEdit(page);
    m_kind = new QComboBox(page);
    // Editable, so a kind the file names but Tiergate does not know is shown as written (the
    // validator reports it). The list is core's table of kinds; the vendor name is the tooltip.
    m_kind->setEditable(true);
    for (const ProviderPreset &preset : providerPresets()) {
        m_kind->addItem(preset.kind);
        m_kind->setItemData(m_kind->count() - 1, preset.displayName, Qt::ToolTipRole);
    }
    m_apiVersion = new QLineEdit(page);
    m_apiVersion->setPlaceholderText(QStringLiteral("2024-10-21"));
    m_apiVersion->setToolTip(tr("Azure OpenAI only: the api-version every request carries."));
    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_keyRef = new QLineEdit(page);
    m_keyRef->setPlaceholderText(QStringLiteral("env:NAME | keychain:NAME | file:PATH"));
    m_keyRef->setToolTip(tr("A reference to the key, never the key itself. Store a keychain secret in the Keys tab."));
    basics->addRow(tr("Id:"), m_id);
    basics->addRow(tr("Display name:"), m_displayName);
    basics->addRow(tr("Kind:"), m_kind);
    basics->addRow(tr("Base URL:"), m_baseUrl);
    basics->addRow(tr("Key reference:"), m_keyRef);
    basics->addRow(tr("API version:"), m_apiVersion);
    layout->addLayout(basics);

    bindIdEdit(m_id, [this](const QString &from, const QString &to) {
        editDocument(
            tr("Rename provider %1").arg(from), [from, to](TiergateConfig &c) { c.renameProvider(from, to); }, false);
    });
    connect(m_displayName, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change provider name"), [text](ProviderConfig &p) { p.displayName = text; }, true);
    });
    connect(m_kind, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (updating() || !config() || currentEntry().isEmpty())
            return;
        // An id that only named the old kind ("custom", "openai-2") follows the new one, with the
        // provider's models, so a new OpenAI provider is "openai" and serves the catalog's models.
        const QString kind = text.trimmed();
        const QString from = currentEntry();
        const QString to = providerIdAfterKindChange(*config(), from, kind);
        if (to == from) {
            editCurrent(
                tr("Change provider kind"), [kind](ProviderConfig &p) { applyProviderKind(p, kind); }, true);
            return;
        }
        followRename(to);
        editDocument(
            tr("Change provider kind (%1)").arg(to),
            [from, kind](TiergateConfig &c) { changeProviderKind(c, from, kind); }, false);
    });
    connect(m_apiVersion, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change API version"), [text](ProviderConfig &p) { p.apiVersion = text.trimmed(); }, true);
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change base URL"), [text](ProviderConfig &p) { p.baseUrl = QUrl(text.trimmed()); }, true);
    });
    connect(m_keyRef, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change key reference"), [text](ProviderConfig &p) { p.apiKey = KeyRef::parse(text.trimmed()); }, true);
    });

    const TableBox headersBox
        = makeTableBox(tr("Extra headers"), { tr("Header"), tr("Value") }, tr("Add header"), tr("Remove header"));
    m_headers = headersBox.table;
    m_addHeader = headersBox.add;
    m_removeHeader = headersBox.remove;
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setMinimumHeight(90);
    layout->addWidget(headersBox.box);
    connect(m_headers, &QTableWidget::cellChanged, this, [this] { commitHeaders(); });
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        editCurrent(
            tr("Add header"),
            [](ProviderConfig &p) {
                QString name = QStringLiteral("X-Header");
                for (int n = 2; p.headers.contains(name); ++n)
                    name = QStringLiteral("X-Header-%1").arg(n);
                p.headers.insert(name, QString());
            },
            false);
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> name = currentKey(m_headers))
            editCurrent(
                tr("Remove header"), [name = *name](ProviderConfig &p) { p.headers.remove(name); }, false);
    });

    auto *limits = new QGroupBox(tr("Timeouts and concurrency"), page);
    auto *limitsForm = new QFormLayout(limits);
    const auto spin = [limits](int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(limits);
        s->setRange(min, max);
        s->setSuffix(suffix);
        s->setKeyboardTracking(false);
        return s;
    };
    m_connect = spin(0, 3600000, tr(" ms"));
    m_firstByte = spin(0, 3600000, tr(" ms"));
    m_total = spin(0, 86400000, tr(" ms"));
    m_stall = spin(0, 3600000, tr(" ms"));
    m_maxConcurrent = spin(0, 10000, QString());
    limitsForm->addRow(tr("Connect:"), m_connect);
    limitsForm->addRow(tr("First byte:"), m_firstByte);
    limitsForm->addRow(tr("Total:"), m_total);
    limitsForm->addRow(tr("Stall:"), m_stall);
    limitsForm->addRow(tr("Max concurrent requests:"), m_maxConcurrent);
    layout->addWidget(limits);
    layout->addStretch(1);
    const auto bind = [this](QSpinBox *s, const QString &text, void (*apply)(ProviderConfig &, int)) {
        connect(s, &QSpinBox::valueChanged, this, [this, text, apply](int v) {
            editCurrent(
                text, [apply, v](ProviderConfig &p) { apply(p, v); }, true);
        });
    };
    bind(m_connect, tr("Change connect timeout"), [](ProviderConfig &p, int v) { p.timeouts.connectMs = v; });
    bind(m_firstByte, tr("Change first-byte timeout"), [](ProviderConfig &p, int v) { p.timeouts.firstByteMs = v; });
    bind(m_total, tr("Change total timeout"), [](ProviderConfig &p, int v) { p.timeouts.totalMs = v; });
    bind(m_stall, tr("Change stall timeout"), [](ProviderConfig &p, int v) { p.timeouts.stallMs = v; });
    bind(m_maxConcurrent, tr("Change max concurrent requests"), [](ProviderConfig &p, int v) { p.maxConcurrent = v; });
}

QStringList ProvidersPage::entryIds(const TiergateConfig &config) const
{
    return idsOf(config.providers, &ProviderConfig::id);
}

QString ProvidersPage::newEntryId(const TiergateConfig &config) const
{
    return newProviderId(config, ProviderConfig().kind);
}

void ProvidersPage::addEntry(TiergateConfig &config, const QString &id) const
{
    ProviderConfig p;
    p.id = id;
    config.providers.append(p);
}

void ProvidersPage::removeEntry(TiergateConfig &config, const QString &id) const
{
    config.providers.removeIf([&id](const ProviderConfig &p) { return p.id == id; });
}

void ProvidersPage::editCurrent(
    const QString &text, const std::function<void(ProviderConfig &)> &change, bool mergeable)
{
    editCurrentAs(
        text, [](TiergateConfig &c, const QString &id) { return c.provider(id); }, change, mergeable);
}

void ProvidersPage::commitHeaders()
{
    if (updating())
        return;
    QMap<QString, QString> headers;
    for (int r = 0; r < m_headers->rowCount(); ++r) {
        const QTableWidgetItem *name = m_headers->item(r, 0);
        const QTableWidgetItem *value = m_headers->item(r, 1);
        if (name && !name->text().trimmed().isEmpty())
            headers.insert(name->text().trimmed(), value ? value->text() : QString());
    }
    editCurrent(
        tr("Edit headers"), [headers](ProviderConfig &p) { p.headers = headers; }, false);
}

void ProvidersPage::focusField(const QString &providerId, const QString &field)
{
    selectProvider(providerId);
    QWidget *target = m_baseUrl;
    if (field == QLatin1String("id"))
        target = m_id;
    else if (field == QLatin1String("kind"))
        target = m_kind;
    else if (field == QLatin1String("apiKey"))
        target = m_keyRef;
    else if (field == QLatin1String("apiVersion"))
        target = m_apiVersion;
    else if (field.startsWith(QLatin1String("headers")))
        target = m_headers;
    else if (field == QLatin1String("timeouts.connectMs"))
        target = m_connect;
    else if (field == QLatin1String("timeouts.firstByteMs"))
        target = m_firstByte;
    else if (field == QLatin1String("timeouts.totalMs"))
        target = m_total;
    else if (field == QLatin1String("timeouts.stallMs"))
        target = m_stall;
    else if (field == QLatin1String("maxConcurrent"))
        target = m_maxConcurrent;
    target->setFocus(Qt::OtherFocusReason);
}

void ProvidersPage::refreshForm()
{
    const ProviderConfig *p = config() ? config()->provider(currentEntry()) : nullptr;
    form()->setEnabled(p != nullptr);
    if (!p)
        return;
    setUpdating(true);
    setTextKeepingCursor(m_id, p->id);
    setTextKeepingCursor(m_displayName, p->displayName);
    if (m_kind->currentText() != p->kind)
        m_kind->setCurrentText(p->kind);
    // Compare by meaning: QUrl normalises while the user types ("http://127" has host 0.0.0.127), and
    // rewriting the field then would change what is being typed.
    m_baseUrl->setPlaceholderText(p->isSimulator() ? tr("set at run time (the built-in Simulator)")
                                                   : QStringLiteral("https://api.example.com/v1"));
    if (QUrl(m_baseUrl->text().trimmed()) != p->baseUrl)
        m_baseUrl->setText(p->baseUrl.toString());
    if (KeyRef::parse(m_keyRef->text().trimmed()) != p->apiKey)
        m_keyRef->setText(p->apiKey.toString());
    setTextKeepingCursor(m_apiVersion, p->apiVersion);
    const ProviderPreset *preset = providerPreset(p->kind);
    m_apiVersion->setEnabled((preset && preset->needsApiVersion) || !p->apiVersion.isEmpty());
    m_headers->setRowCount(int(p->headers.size()));
    int row = 0;
    for (auto it = p->headers.constBegin(); it != p->headers.constEnd(); ++it, ++row) {
        m_headers->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_headers->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_connect->setValue(p->timeouts.connectMs);
    m_firstByte->setValue(p->timeouts.firstByteMs);
    m_total->setValue(p->timeouts.totalMs);
    m_stall->setValue(p->timeouts.stallMs);
    m_maxConcurrent->setValue(p->maxConcurrent);
    setUpdating(false);
}

} // namespace tiergate
