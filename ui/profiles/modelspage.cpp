#include "ui/profiles/modelspage.h"

#include "core/config/tiergateconfig.h"
#include "core/cost/money.h"
#include "ui/common/columnfitter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tiergate {

namespace {
QString dollars(qint64 micros)
{
    return Money::plain(micros, 2);
}
} // namespace

ModelsPage::ModelsPage(DocumentEdit edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(std::move(edit))
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Prices are USD per 1M tokens. Editing a built-in catalog entry adds your own entry "
                               "that overrides it."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Model id"), tr("Provider"), tr("Display name"), tr("Context window"),
        tr("Max output"), tr("Input $/1M"), tr("Output $/1M"), tr("Cached $/1M"), tr("Source") });
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Every column whole: ids and names give way first, then the least used columns are hidden (the
    // header's menu brings them back).
    auto *columns = new ColumnFitter(m_table,
        { IdColumn, ProviderColumn, InputPriceColumn, OutputPriceColumn, ContextColumn, NameColumn, SourceColumn,
            MaxOutputColumn, CachedPriceColumn });
    columns->setElastic(IdColumn, 16);
    columns->setElastic(NameColumn, 10);
    columns->setElastic(ProviderColumn, 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add model"), this);
    m_remove = new QPushButton(tr("Remove your entry"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, &ModelsPage::onCellChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_config)
            return;
        QString id = QStringLiteral("new-model");
        for (int n = 2; m_config->model(id); ++n)
            id = QStringLiteral("new-model-%1").arg(n);
        const QString provider = m_config->providers.isEmpty() ? QString() : m_config->providers.first().id;
        m_edit(
            tr("Add model %1").arg(id),
            [id, provider](TiergateConfig &c) {
                ModelConfig m;
                m.id = id;
                m.providerId = provider;
                c.models.append(m);
            },
            false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_rowIds.size())
            return;
        const QString id = m_rowIds.at(row);
        m_edit(
            tr("Remove model %1").arg(id),
            [id](TiergateConfig &c) { c.models.removeIf([&id](const ModelConfig &m) { return m.id == id; }); }, false);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        bool user = false;
        if (m_config && row >= 0 && row < m_rowIds.size()) {
            for (const ModelConfig &m : m_config->models)
                user = user || m.id == m_rowIds.at(row);
        }
        m_remove->setEnabled(user);
    });
}

void ModelsPage::setConfig(const TiergateConfig &config)
{
    m_config = &config;
    m_updating = true;
    const int currentRow = m_table->currentRow();
    const int currentColumn = m_table->currentColumn();
    const QList<ModelConfig> models = config.effectiveModels();
    m_table->setRowCount(int(models.size()));
    m_rowIds.clear();
    const QColor catalogColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < models.size(); ++row) {
        const ModelConfig &m = models.at(row);
        m_rowIds.append(m.id);
        bool user = false;
        for (const ModelConfig &u : config.models)
            user = user || u.id == m.id;
        const QStringList cells { m.id, m.providerId, m.displayName, QString::number(m.contextWindow),
            QString::number(m.maxOutput), dollars(m.inputPerMTokMicros), dollars(m.outputPerMTokMicros),
            m.hasCachedPrice() ? dollars(m.cachedInputPerMTokMicros) : QString(),
            user ? (m.simulated ? tr("yours (simulated)") : tr("yours"))
                 : (m.simulated ? tr("catalog (simulated)") : tr("catalog")) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == SourceColumn || (column == IdColumn && !user))
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (!user)
                item->setForeground(catalogColour);
            if (column >= ContextColumn && column <= CachedPriceColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, currentColumn);
    m_updating = false;
}

void ModelsPage::focusUserModel(int index, const QString &field)
{
    if (!m_config || index < 0 || index >= m_config->models.size())
        return;
    const int row = rowOf(m_config->models.at(index).id);
    int column = IdColumn;
    if (field == QLatin1String("provider"))
        column = ProviderColumn;
    else if (field == QLatin1String("contextWindow"))
        column = ContextColumn;
    else if (field == QLatin1String("maxOutput"))
        column = MaxOutputColumn;
    else if (field == QLatin1String("inputPer1M"))
        column = InputPriceColumn;
    else if (field == QLatin1String("outputPer1M"))
        column = OutputPriceColumn;
    else if (field == QLatin1String("cachedInputPer1M"))
        column = CachedPriceColumn;
    m_table->setCurrentCell(row, column);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ModelsPage::onCellChanged(int row, int column)
{
    if (m_updating || !m_config || row < 0 || row >= m_rowIds.size())
        return;
    const QString id = m_rowIds.at(row);
    const QString text = m_table->item(row, column)->text().trimmed();
    bool ok = true;
    qint64 integer = 0;
    qint64 micros = 0;
    if (column == ContextColumn || column == MaxOutputColumn) {
        integer = text.toLongLong(&ok);
    } else if (column >= InputPriceColumn && column <= CachedPriceColumn) {
        if (column == CachedPriceColumn && text.isEmpty())
            micros = -1;
        else {
            const std::optional<qint64> parsed = Money::parse(text);
            ok = parsed.has_value();
            micros = parsed.value_or(0);
        }
    }
    if (!ok || (column == IdColumn && text.isEmpty())) {
        setConfig(*m_config); // not a number: show the stored value again
        return;
    }
    const QString label = m_table->horizontalHeaderItem(column)->text();
    m_edit(
        tr("Change %1 of %2").arg(label, id),
        [id, column, text, integer, micros](TiergateConfig &c) {
            const ModelConfig *existing = c.model(id);
            if (!existing)
                return;
            ModelConfig m = *existing; // a catalog entry becomes the user's own override
            switch (column) {
            case IdColumn:
                c.models.removeIf([&id](const ModelConfig &u) { return u.id == id; });
                m.id = text;
                break;
            case ProviderColumn:
                m.providerId = text;
                break;
            case NameColumn:
                m.displayName = text;
                break;
            case ContextColumn:
                m.contextWindow = integer;
                break;
            case MaxOutputColumn:
                m.maxOutput = integer;
                break;
            case InputPriceColumn:
                m.inputPerMTokMicros = micros;
                break;
            case OutputPriceColumn:
                m.outputPerMTokMicros = micros;
                break;
            case CachedPriceColumn:
                m.cachedInputPerMTokMicros = micros;
                break;
            default:
                return;
            }
            c.upsertModel(m);
        },
        false);
}

} // namespace tiergate
