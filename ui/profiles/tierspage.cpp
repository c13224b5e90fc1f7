#include "ui/profiles/tierspage.h"

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
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

TiersPage::TiersPage(DocumentEdit edit, QWidget *parent)
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
    m_add = new QPushButton(tr("Add tier"), left);
    m_remove = new QPushButton(tr("Remove"), left);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_add);
    leftLayout->addWidget(m_remove);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_updating || name.isEmpty())
            return;
        m_current = name;
        refreshForm();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_config)
            return;
        QString name = QStringLiteral("tier");
        for (int n = 2; m_config->tier(name); ++n)
            name = QStringLiteral("tier-%1").arg(n);
        m_current = name;
        m_edit(
            tr("Add tier %1").arg(name),
            [name](TiergateConfig &c) {
                TierConfig t;
                t.name = name;
                c.tiers.append(t);
            },
            false);
    });
    // Profiles that use a removed tier stay as they are: the validator then points at them.
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_current;
        if (name.isEmpty())
            return;
        m_edit(
            tr("Remove tier %1").arg(name),
            [name](TiergateConfig &c) { c.tiers.removeIf([&name](const TierConfig &t) { return t.name == name; }); },
            false);
    });

    m_form = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *basics = new QFormLayout;
    m_default = new QComboBox(m_form);
    m_default->setEditable(true);
    m_default->setInsertPolicy(QComboBox::NoInsert);
    m_default->setToolTip(tr("The model a request gets when its requested model has no alias here; empty: the "
                             "requested model passes through."));
    basics->addRow(tr("Default model:"), m_default);
    formLayout->addLayout(basics);
    connect(m_default, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editCurrent(
            tr("Change default model"), [text](TierConfig &t) { t.defaultModel = text.trimmed(); }, true);
    });

    auto *aliasBox = new QGroupBox(tr("Aliases: requested model → model used in this tier"), m_form);
    auto *aliasLayout = new QVBoxLayout(aliasBox);
    m_aliases = new QTableWidget(0, ColumnCount, aliasBox);
    m_aliases->setHorizontalHeaderLabels({ tr("Requested model"), tr("Model used") });
    m_aliases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aliases->verticalHeader()->hide();
    auto *aliasButtons = new QHBoxLayout;
    m_addAlias = new QPushButton(tr("Add alias"), aliasBox);
    m_removeAlias = new QPushButton(tr("Remove alias"), aliasBox);
    aliasButtons->addWidget(m_addAlias);
    aliasButtons->addWidget(m_removeAlias);
    aliasButtons->addStretch(1);
    aliasLayout->addWidget(m_aliases);
    aliasLayout->addLayout(aliasButtons);
    formLayout->addWidget(aliasBox, 1);
    connect(m_aliases, &QTableWidget::cellChanged, this, [this] { commitAliases(); });
    connect(m_addAlias, &QPushButton::clicked, this, [this] {
        editCurrent(
            tr("Add alias"),
            [](TierConfig &t) {
                QString requested = QStringLiteral("requested-model");
                for (int n = 2; t.aliases.contains(requested); ++n)
                    requested = QStringLiteral("requested-model-%1").arg(n);
                t.aliases.insert(requested, t.defaultModel);
            },
            false);
    });
    connect(m_removeAlias, &QPushButton::clicked, this, [this] {
        const int row = m_aliases->currentRow();
        if (row < 0 || !m_aliases->item(row, RequestedColumn))
            return;
        const QString requested = m_aliases->item(row, RequestedColumn)->text();
        editCurrent(
            tr("Remove alias"), [requested](TierConfig &t) { t.aliases.remove(requested); }, false);
    });

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
}

void TiersPage::editCurrent(const QString &text, const std::function<void(TierConfig &)> &change, bool mergeable)
{
    if (m_updating || m_current.isEmpty())
        return;
    const QString name = m_current;
    m_edit(
        text + QStringLiteral(" (") + name + QLatin1Char(')'),
        [name, change](TiergateConfig &c) {
            if (TierConfig *t = c.tier(name))
                change(*t);
        },
        mergeable);
}

void TiersPage::commitAliases()
{
    if (m_updating)
        return;
    QMap<QString, QString> aliases;
    for (int r = 0; r < m_aliases->rowCount(); ++r) {
        const QTableWidgetItem *requested = m_aliases->item(r, RequestedColumn);
        const QTableWidgetItem *model = m_aliases->item(r, ModelColumn);
        if (requested && !requested->text().trimmed().isEmpty())
            aliases.insert(requested->text().trimmed(), model ? model->text().trimmed() : QString());
    }
    editCurrent(
        tr("Edit aliases"), [aliases](TierConfig &t) { t.aliases = aliases; }, false);
}

void TiersPage::setConfig(const TiergateConfig &config)
{
    m_config = &config;
    m_updating = true;
    const QStringList names = config.tierNames();
    if (!names.contains(m_current))
        m_current = names.value(0);
    m_list->clear();
    m_list->addItems(names);
    m_list->setCurrentRow(int(names.indexOf(m_current)));
    m_remove->setEnabled(!m_current.isEmpty());
    m_updating = false;
    refreshForm();
}

void TiersPage::selectTier(const QString &name)
{
    if (!m_config || !m_config->tier(name))
        return;
    m_current = name;
    m_updating = true;
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_updating = false;
    refreshForm();
}

void TiersPage::focusField(const QString &tier, const QString &field)
{
    selectTier(tier);
    if (field.startsWith(QLatin1String("aliases."))) {
        const QString requested = field.mid(8);
        for (int r = 0; r < m_aliases->rowCount(); ++r) {
            if (m_aliases->item(r, RequestedColumn) && m_aliases->item(r, RequestedColumn)->text() == requested)
                m_aliases->setCurrentCell(r, ModelColumn);
        }
        m_aliases->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_default->setFocus(Qt::OtherFocusReason);
}

void TiersPage::refreshForm()
{
    const TierConfig *t = m_config ? m_config->tier(m_current) : nullptr;
    m_form->setEnabled(t != nullptr);
    m_updating = true;
    if (!t) {
        m_aliases->setRowCount(0);
        m_updating = false;
        return;
    }
    // The model list is rebuilt only when the catalog changed, so typing in the field is not disturbed.
    QStringList ids;
    const QList<ModelConfig> models = m_config->effectiveModels();
    for (const ModelConfig &m : models)
        ids.append(m.id);
    QStringList shown;
    for (int i = 0; i < m_default->count(); ++i)
        shown.append(m_default->itemText(i));
    if (shown != ids) {
        m_default->clear();
        m_default->addItems(ids);
    }
    if (m_default->currentText() != t->defaultModel)
        m_default->setCurrentText(t->defaultModel);
    m_aliases->setRowCount(int(t->aliases.size()));
    int row = 0;
    for (auto it = t->aliases.constBegin(); it != t->aliases.constEnd(); ++it, ++row) {
        m_aliases->setItem(row, RequestedColumn, new QTableWidgetItem(it.key()));
        m_aliases->setItem(row, ModelColumn, new QTableWidgetItem(it.value()));
    }
    m_updating = false;
}

} // namespace tiergate
