#include "ui/profiles/tierspage.h"

#include "core/config/tiergateconfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

TiersPage::TiersPage(DocumentEdit edit, QWidget *parent)
    : EntryListPage(
        std::move(edit), { QStringLiteral("tier"), tr("Add tier"), tr("Add tier %1"), tr("Remove tier %1") }, parent)
{
    QVBoxLayout *layout = formLayout();
    auto *basics = new QFormLayout;
    m_default = new QComboBox(form());
    m_default->setEditable(true);
    m_default->setInsertPolicy(QComboBox::NoInsert);
    m_default->setToolTip(tr("The model a request gets when its requested model has no alias here; empty: the "
                             "requested model passes through."));
    basics->addRow(tr("Default model:"), m_default);
    layout->addLayout(basics);
    connect(m_default, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        editCurrent(
            tr("Change default model"), [text](TierConfig &t) { t.defaultModel = text.trimmed(); }, true);
    });

    const TableBox aliasBox = makeTableBox(tr("Aliases: requested model → model used in this tier"),
        { tr("Requested model"), tr("Model used") }, tr("Add alias"), tr("Remove alias"));
    m_aliases = aliasBox.table;
    m_addAlias = aliasBox.add;
    m_removeAlias = aliasBox.remove;
    m_aliases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(aliasBox.box, 1);
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
    static_assert(RequestedColumn == 0, "currentKey() reads the first column");
    connect(m_removeAlias, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> requested = currentKey(m_aliases))
            editCurrent(
                tr("Remove alias"), [requested = *requested](TierConfig &t) { t.aliases.remove(requested); }, false);
    });
}

QStringList TiersPage::entryIds(const TiergateConfig &config) const
{
    return config.tierNames();
}

void TiersPage::addEntry(TiergateConfig &config, const QString &name) const
{
    TierConfig t;
    t.name = name;
    config.tiers.append(t);
}

// Profiles that use a removed tier stay as they are: the validator then points at them.
void TiersPage::removeEntry(TiergateConfig &config, const QString &name) const
{
    config.tiers.removeIf([&name](const TierConfig &t) { return t.name == name; });
}

void TiersPage::editCurrent(const QString &text, const std::function<void(TierConfig &)> &change, bool mergeable)
{
    editCurrentAs(
        text, [](TiergateConfig &c, const QString &name) { return c.tier(name); }, change, mergeable);
}

void TiersPage::commitAliases()
{
    if (updating())
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
    const TierConfig *t = config() ? config()->tier(currentEntry()) : nullptr;
    form()->setEnabled(t != nullptr);
    setUpdating(true);
    if (!t) {
        m_aliases->setRowCount(0);
        setUpdating(false);
        return;
    }
    // The model list is rebuilt only when the catalog changed, so typing in the field is not disturbed.
    QStringList ids;
    const QList<ModelConfig> models = config()->effectiveModels();
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
    setUpdating(false);
}

} // namespace tiergate
