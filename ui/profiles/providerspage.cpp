#include "ui/profiles/providerspage.h"

#include "core/config/tiergateconfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

namespace {
void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
} // namespace

ProvidersPage::ProvidersPage(DocumentEdit edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(std::move(edit))
{
    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_add = new QPushButton(tr("Add provider"), left);
    m_remove = new QPushButton(tr("Remove"), left);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_add);
    leftLayout->addWidget(m_remove);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &id) {
        if (m_updating || id.isEmpty())
            return;
        m_current = id;
        refreshForm();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_config)
            return;
        QString id = QStringLiteral("provider");
        for (int n = 2; m_config->provider(id); ++n)
            id = QStringLiteral("provider-%1").arg(n);
        m_current = id;
        m_edit(
            tr("Add provider %1").arg(id),
            [id](TiergateConfig &c) {
                ProviderConfig p;
                p.id = id;
                c.providers.append(p);
            },
            false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = m_current;
        if (id.isEmpty())
            return;
        m_edit(
            tr("Remove provider %1").arg(id),
            [id](TiergateConfig &c) { c.providers.removeIf([&id](const ProviderConfig &p) { return p.id == id; }); },
            false);
    });

    m_form = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *basics = new QFormLayout;
    m_id = new QLineEdit(m_form);
    m_displayName = new QLineEdit(m_form);
    m_kind = new QComboBox(m_form);
    m_kind->setEditable(true);
    m_kind->addItems({ QStringLiteral("openai-compatible"), QStringLiteral("openai"), QStringLiteral("deepseek"),
        QStringLiteral("groq"), QStringLiteral("ollama"), QStringLiteral("lmstudio"), QStringLiteral("llamacpp"),
        QStringLiteral("vllm"), QStringLiteral("simulator") });
    m_baseUrl = new QLineEdit(m_form);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_keyRef = new QLineEdit(m_form);
    m_keyRef->setPlaceholderText(QStringLiteral("env:NAME | keychain:NAME | file:PATH"));
    m_keyRef->setToolTip(tr("A reference to the key, never the key itself. Store a keychain secret in the Keys tab."));
    basics->addRow(tr("Id:"), m_id);
    basics->addRow(tr("Display name:"), m_displayName);
    basics->addRow(tr("Kind:"), m_kind);
    basics->addRow(tr("Base URL:"), m_baseUrl);
    basics->addRow(tr("Key reference:"), m_keyRef);
    formLayout->addLayout(basics);

    // Renaming rewrites every model that names the provider, so it happens once, when editing ends.
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const QString from = m_current;
        const QString to = m_id->text().trimmed();
        if (m_updating || from.isEmpty() || to.isEmpty() || to == from || !m_config || m_config->provider(to)) {
            setTextKeepingCursor(m_id, from);
            return;
        }
        m_current = to;
        m_edit(
            tr("Rename provider %1").arg(from),
            [from, to](TiergateConfig &c) {
                if (ProviderConfig *p = c.provider(from))
                    p->id = to;
                for (ModelConfig &m : c.models) {
                    if (m.providerId == from)
                        m.providerId = to;
                }
            },
            false);
    });
    connect(m_displayName, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change provider name"), [text](ProviderConfig &p) { p.displayName = text; }, true);
    });
    connect(m_kind, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editCurrent(
            tr("Change provider kind"), [text](ProviderConfig &p) { p.kind = text.trimmed(); }, true);
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change base URL"), [text](ProviderConfig &p) { p.baseUrl = QUrl(text.trimmed()); }, true);
    });
    connect(m_keyRef, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change key reference"), [text](ProviderConfig &p) { p.apiKey = KeyRef::parse(text.trimmed()); }, true);
    });

    auto *headersBox = new QGroupBox(tr("Extra headers"), m_form);
    auto *headersLayout = new QVBoxLayout(headersBox);
    m_headers = new QTableWidget(0, 2, headersBox);
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(90);
    auto *headerButtons = new QHBoxLayout;
    m_addHeader = new QPushButton(tr("Add header"), headersBox);
    m_removeHeader = new QPushButton(tr("Remove header"), headersBox);
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    headersLayout->addWidget(m_headers);
    headersLayout->addLayout(headerButtons);
    formLayout->addWidget(headersBox);
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
        const int row = m_headers->currentRow();
        if (row < 0 || !m_headers->item(row, 0))
            return;
        const QString name = m_headers->item(row, 0)->text();
        editCurrent(
            tr("Remove header"), [name](ProviderConfig &p) { p.headers.remove(name); }, false);
    });

    auto *limits = new QGroupBox(tr("Timeouts and concurrency"), m_form);
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
    formLayout->addWidget(limits);
    formLayout->addStretch(1);
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

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
}

void ProvidersPage::editCurrent(
    const QString &text, const std::function<void(ProviderConfig &)> &change, bool mergeable)
{
    if (m_updating || m_current.isEmpty())
        return;
    const QString id = m_current;
    m_edit(
        text + QStringLiteral(" (") + id + QLatin1Char(')'),
        [id, change](TiergateConfig &c) {
            if (ProviderConfig *p = c.provider(id))
                change(*p);
        },
        mergeable);
}

void ProvidersPage::commitHeaders()
{
    if (m_updating)
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

void ProvidersPage::setConfig(const TiergateConfig &config)
{
    m_config = &config;
    m_updating = true;
    QStringList ids;
    for (const ProviderConfig &p : config.providers)
        ids.append(p.id);
    if (!ids.contains(m_current))
        m_current = ids.value(0);
    m_list->clear();
    m_list->addItems(ids);
    m_list->setCurrentRow(int(ids.indexOf(m_current)));
    m_remove->setEnabled(!m_current.isEmpty());
    m_updating = false;
    refreshForm();
}

void ProvidersPage::selectProvider(const QString &id)
{
    if (!m_config || !m_config->provider(id))
        return;
    m_current = id;
    m_updating = true;
    const QList<QListWidgetItem *> items = m_list->findItems(id, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_updating = false;
    refreshForm();
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
    const ProviderConfig *p = m_config ? m_config->provider(m_current) : nullptr;
    m_form->setEnabled(p != nullptr);
    if (!p)
        return;
    m_updating = true;
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
    m_updating = false;
}

} // namespace tiergate
