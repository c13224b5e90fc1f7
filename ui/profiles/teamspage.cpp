#include "ui/profiles/teamspage.h"

#include "core/config/tiergateconfig.h"

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
    m_add = new QPushButton(tr("Add team"), left);
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
        QString id = QStringLiteral("team");
        for (int n = 2; m_config->team(id); ++n)
            id = QStringLiteral("team-%1").arg(n);
        m_current = id;
        m_edit(
            tr("Add team %1").arg(id),
            [id](TiergateConfig &c) {
                TeamConfig t;
                t.id = id;
                t.name = id;
                c.teams.append(t);
            },
            false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = m_current;
        if (id.isEmpty())
            return;
        m_edit(
            tr("Remove team %1").arg(id),
            [id](TiergateConfig &c) {
                c.teams.removeIf([&id](const TeamConfig &t) { return t.id == id; });
                for (ProfileConfig &p : c.profiles)
                    p.teams.removeAll(id);
            },
            false);
    });

    m_form = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *basics = new QFormLayout;
    m_id = new QLineEdit(m_form);
    m_name = new QLineEdit(m_form);
    m_warnDays = new QSpinBox(m_form);
    m_warnDays->setRange(-1, 3650);
    m_warnDays->setSuffix(tr(" days"));
    m_warnDays->setKeyboardTracking(false);
    basics->addRow(tr("Id:"), m_id);
    basics->addRow(tr("Name:"), m_name);
    basics->addRow(tr("Warn before rotation:"), m_warnDays);
    formLayout->addLayout(basics);
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const QString from = m_current;
        const QString to = m_id->text().trimmed();
        if (m_updating || from.isEmpty() || to.isEmpty() || to == from || !m_config || m_config->team(to)) {
            setTextKeepingCursor(m_id, from);
            return;
        }
        m_current = to;
        m_edit(
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

    auto *keysBox = new QGroupBox(tr("Key per tier (references only)"), m_form);
    auto *keysLayout = new QVBoxLayout(keysBox);
    m_keys = new QTableWidget(0, ColumnCount, keysBox);
    m_keys->setHorizontalHeaderLabels({ tr("Tier"), tr("Key reference"), tr("Rotate by (yyyy-MM-dd)") });
    m_keys->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_keys->verticalHeader()->hide();
    auto *keyButtons = new QHBoxLayout;
    m_addKey = new QPushButton(tr("Add tier key"), keysBox);
    m_removeKey = new QPushButton(tr("Remove tier key"), keysBox);
    keyButtons->addWidget(m_addKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch(1);
    keysLayout->addWidget(m_keys);
    keysLayout->addLayout(keyButtons);
    formLayout->addWidget(keysBox, 1);
    connect(m_keys, &QTableWidget::cellChanged, this, [this] { commitKeys(); });
    connect(m_addKey, &QPushButton::clicked, this, [this] {
        if (!m_config)
            return;
        const QStringList tiers = m_config->tierNames();
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
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        const int row = m_keys->currentRow();
        if (row < 0 || !m_keys->item(row, TierColumn))
            return;
        const QString tier = m_keys->item(row, TierColumn)->text();
        editCurrent(
            tr("Remove tier key"), [tier](TeamConfig &t) { t.keys.remove(tier); }, false);
    });

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
}

void TeamsPage::editCurrent(const QString &text, const std::function<void(TeamConfig &)> &change, bool mergeable)
{
    if (m_updating || m_current.isEmpty())
        return;
    const QString id = m_current;
    m_edit(
        text + QStringLiteral(" (") + id + QLatin1Char(')'),
        [id, change](TiergateConfig &c) {
            if (TeamConfig *t = teamIn(c, id))
                change(*t);
        },
        mergeable);
}

void TeamsPage::commitKeys()
{
    if (m_updating || !m_config)
        return;
    const TeamConfig *team = m_config->team(m_current);
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

void TeamsPage::setConfig(const TiergateConfig &config)
{
    m_config = &config;
    m_updating = true;
    QStringList ids;
    for (const TeamConfig &t : config.teams)
        ids.append(t.id);
    if (!ids.contains(m_current))
        m_current = ids.value(0);
    m_list->clear();
    m_list->addItems(ids);
    m_list->setCurrentRow(int(ids.indexOf(m_current)));
    m_remove->setEnabled(!m_current.isEmpty());
    m_updating = false;
    refreshForm();
}

void TeamsPage::selectTeam(const QString &id)
{
    if (!m_config || !m_config->team(id))
        return;
    m_current = id;
    m_updating = true;
    const QList<QListWidgetItem *> items = m_list->findItems(id, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_updating = false;
    refreshForm();
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
    const TeamConfig *t = m_config ? m_config->team(m_current) : nullptr;
    m_form->setEnabled(t != nullptr);
    m_updating = true;
    if (!t) {
        m_keys->setRowCount(0);
        m_updating = false;
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
    m_updating = false;
}

} // namespace tiergate
