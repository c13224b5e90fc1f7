#include "ui/profiles/teamspage.h"

#include "core/config/tiergateconfig.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

namespace {
TeamConfig *teamIn(TiergateConfig &c, const QString &id)
{
    for (TeamConfig &t : c.teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}
} // namespace

TeamsPage::TeamsPage(DocumentEdit edit, QWidget *parent)
    : EntryListPage(
        std::move(edit), { QStringLiteral("team"), tr("Add team"), tr("Add team %1"), tr("Remove team %1") }, parent)
{
    QWidget *page = form();
    QVBoxLayout *layout = formLayout();
    auto *basics = new QFormLayout;
    m_id = new QLineEdit(page);
    m_name = new QLineEdit(page);
    m_warnDays = new QSpinBox(page);
    m_warnDays->setRange(-1, 3650);
    m_warnDays->setSuffix(tr(" days"));
    m_warnDays->setKeyboardTracking(false);
    basics->addRow(tr("Id:"), m_id);
    basics->addRow(tr("Name:"), m_name);
    basics->addRow(tr("Warn before rotation:"), m_warnDays);
    layout->addLayout(basics);
    bindIdEdit(m_id, [this](const QString &from, const QString &to) {
        editDocument(
            tr("Rename team %1").arg(from),
            [from, to](TiergateConfig &c) {
                if (TeamConfig *t = teamIn(c, from))
                    t->id = to;
                for (ProfileConfig &p : c.profiles) {
                    for (QString &team : p.teams) {
                        if (team == from)
                            team = to;
                    }
                }
            },
            false);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(
            tr("Change team name"), [text](TeamConfig &t) { t.name = text; }, true);
    });
    connect(m_warnDays, &QSpinBox::valueChanged, this, [this](int v) {
        editCurrent(
            tr("Change rotation warning"), [v](TeamConfig &t) { t.rotationWarnDays = v; }, true);
    });

    const TableBox keysBox = makeTableBox(tr("Key per tier (references only)"),
        { tr("Tier"), tr("Key reference"), tr("Rotate by (yyyy-MM-dd)") }, tr("Add tier key"), tr("Remove tier key"));
    m_keys = keysBox.table;
    m_addKey = keysBox.add;
    m_removeKey = keysBox.remove;
    m_keys->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(keysBox.box, 1);
    connect(m_keys, &QTableWidget::cellChanged, this, [this] { commitKeys(); });
    connect(m_addKey, &QPushButton::clicked, this, [this] {
        if (!config())
            return;
        const QStringList tiers = config()->tierNames();
        editCurrent(
            tr("Add tier key"),
            [tiers](TeamConfig &t) {
                QString tier;
                for (const QString &name : tiers) {
                    if (!t.keys.contains(name)) {
                        tier = name;
                        break;
                    }
                }
                if (tier.isEmpty()) {
                    tier = QStringLiteral("tier");
                    for (int n = 2; t.keys.contains(tier); ++n)
                        tier = QStringLiteral("tier-%1").arg(n);
                }
                TeamKey key;
                key.key = KeyRef::env(t.id.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1Char('_')
                    + tier.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QStringLiteral("_KEY"));
                t.keys.insert(tier, key);
            },
            false);
    });
    static_assert(TierColumn == 0, "currentKey() reads the first column");
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> tier = currentKey(m_keys))
            editCurrent(
                tr("Remove tier key"), [tier = *tier](TeamConfig &t) { t.keys.remove(tier); }, false);
    });
}

QStringList TeamsPage::entryIds(const TiergateConfig &config) const
{
    return idsOf(config.teams, &TeamConfig::id);
}

void TeamsPage::addEntry(TiergateConfig &config, const QString &id) const
{
    TeamConfig t;
    t.id = id;
    t.name = id;
    config.teams.append(t);
}

void TeamsPage::removeEntry(TiergateConfig &config, const QString &id) const
{
    config.teams.removeIf([&id](const TeamConfig &t) { return t.id == id; });
    for (ProfileConfig &p : config.profiles)
        p.teams.removeAll(id);
}

void TeamsPage::editCurrent(const QString &text, const std::function<void(TeamConfig &)> &change, bool mergeable)
{
    editCurrentAs(text, &teamIn, change, mergeable);
}

void TeamsPage::commitKeys()
{
    if (updating() || !config())
        return;
    const TeamConfig *team = config()->team(currentEntry());
    if (!team)
        return;
    QMap<QString, TeamKey> keys;
    for (int r = 0; r < m_keys->rowCount(); ++r) {
        const QTableWidgetItem *tier = m_keys->item(r, TierColumn);
        if (!tier || tier->text().trimmed().isEmpty())
            continue;
        // Keep what the table does not show (unknown keys of the entry) from the stored entry.
        const QString oldTier = tier->data(Qt::UserRole).toString();
        TeamKey key = team->keys.value(oldTier);
        const QTableWidgetItem *ref = m_keys->item(r, KeyColumn);
        const QTableWidgetItem *date = m_keys->item(r, RotationColumn);
        key.key = KeyRef::parse(ref ? ref->text().trimmed() : QString());
        key.rotationDate = QDate::fromString(date ? date->text().trimmed() : QString(), Qt::ISODate);
        keys.insert(tier->text().trimmed(), key);
    }
    editCurrent(
        tr("Edit team keys"), [keys](TeamConfig &t) { t.keys = keys; }, false);
}

void TeamsPage::focusField(const QString &teamId, const QString &field)
{
    selectTeam(teamId);
    if (field.startsWith(QLatin1String("keys."))) {
        const QString tier = field.section(QLatin1Char('.'), 1, 1);
        for (int r = 0; r < m_keys->rowCount(); ++r) {
            if (m_keys->item(r, TierColumn) && m_keys->item(r, TierColumn)->text() == tier)
                m_keys->setCurrentCell(r, field.endsWith(QLatin1String("rotationDate")) ? RotationColumn : KeyColumn);
        }
        m_keys->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("rotationWarnDays")) {
        m_warnDays->setFocus(Qt::OtherFocusReason);
    } else {
        m_id->setFocus(Qt::OtherFocusReason);
    }
}

void TeamsPage::refreshForm()
{
    const TeamConfig *t = config() ? config()->team(currentEntry()) : nullptr;
    form()->setEnabled(t != nullptr);
    setUpdating(true);
    if (!t) {
        m_keys->setRowCount(0);
        setUpdating(false);
        return;
    }
    setTextKeepingCursor(m_id, t->id);
    setTextKeepingCursor(m_name, t->name);
    m_warnDays->setValue(t->rotationWarnDays);
    m_keys->setRowCount(int(t->keys.size()));
    int row = 0;
    for (auto it = t->keys.constBegin(); it != t->keys.constEnd(); ++it, ++row) {
        auto *tier = new QTableWidgetItem(it.key());
        tier->setData(Qt::UserRole, it.key());
        m_keys->setItem(row, TierColumn, tier);
        m_keys->setItem(row, KeyColumn, new QTableWidgetItem(it.value().key.toString()));
        m_keys->setItem(row, RotationColumn,
            new QTableWidgetItem(
                it.value().rotationDate.isValid() ? it.value().rotationDate.toString(Qt::ISODate) : QString()));
    }
    setUpdating(false);
}

} // namespace tiergate
