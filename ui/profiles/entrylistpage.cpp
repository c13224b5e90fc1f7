#include "ui/profiles/entrylistpage.h"

#include "core/config/tiergateconfig.h"
#include "ui/common/verticalscroller.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiergate {

EntryListPage::EntryListPage(DocumentEdit edit, const Names &names, QWidget *parent)
    : QWidget(parent)
    , m_edit(std::move(edit))
    , m_names(names)
{
    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_add = new QPushButton(m_names.addButton, left);
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
    // The edits run at once on a copy of the document, while this page exists.
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_config)
            return;
        const QString id = newEntryId(*m_config);
        m_current = id;
        m_edit(
            m_names.addEdit.arg(id), [this, id](TiergateConfig &c) { addEntry(c, id); }, false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = m_current;
        if (!id.isEmpty())
            m_edit(
                m_names.removeEdit.arg(id), [this, id](TiergateConfig &c) { removeEntry(c, id); }, false);
    });

    // The form scrolls vertically, so a long provider form does not make the window taller than
    // a 700-pixel screen.
    m_form = new QWidget;
    m_formLayout = new QVBoxLayout(m_form);
    splitter->addWidget(new VerticalScroller(m_form, splitter));

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
}

QString EntryListPage::newEntryId(const TiergateConfig &config) const
{
    const QStringList ids = entryIds(config);
    QString id = m_names.stem;
    for (int n = 2; ids.contains(id); ++n)
        id = m_names.stem + QStringLiteral("-%1").arg(n);
    return id;
}

void EntryListPage::setConfig(const TiergateConfig &config)
{
    m_config = &config;
    m_updating = true;
    const QStringList ids = entryIds(config);
    if (!ids.contains(m_current))
        m_current = ids.value(0);
    m_list->clear();
    m_list->addItems(ids);
    m_list->setCurrentRow(int(ids.indexOf(m_current)));
    m_remove->setEnabled(!m_current.isEmpty());
    m_updating = false;
    refreshForm();
}

void EntryListPage::selectEntry(const QString &id)
{
    if (!m_config || !entryIds(*m_config).contains(id))
        return;
    m_current = id;
    m_updating = true;
    const QList<QListWidgetItem *> items = m_list->findItems(id, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_updating = false;
    refreshForm();
}

void EntryListPage::editDocument(
    const QString &text, const std::function<void(TiergateConfig &)> &change, bool mergeable)
{
    m_edit(text, change, mergeable);
}

void EntryListPage::editCurrentEntry(
    const QString &text, const std::function<void(TiergateConfig &, const QString &id)> &change, bool mergeable)
{
    if (m_updating || m_current.isEmpty())
        return;
    const QString id = m_current;
    m_edit(
        text + QStringLiteral(" (") + id + QLatin1Char(')'), [id, change](TiergateConfig &c) { change(c, id); },
        mergeable);
}

void EntryListPage::bindIdEdit(
    QLineEdit *idEdit, const std::function<void(const QString &from, const QString &to)> &rename)
{
    // Renaming rewrites every reference to the entry, so it happens once, when editing ends.
    connect(idEdit, &QLineEdit::editingFinished, this, [this, idEdit, rename] {
        const QString from = m_current;
        const QString to = idEdit->text().trimmed();
        if (m_updating || from.isEmpty() || to.isEmpty() || to == from || !m_config
            || entryIds(*m_config).contains(to)) {
            setTextKeepingCursor(idEdit, from);
            return;
        }
        m_current = to;
        rename(from, to);
    });
}

EntryListPage::TableBox EntryListPage::makeTableBox(
    const QString &title, const QStringList &headers, const QString &addText, const QString &removeText)
{
    TableBox t;
    t.box = new QGroupBox(title, m_form);
    auto *layout = new QVBoxLayout(t.box);
    t.table = new QTableWidget(0, int(headers.size()), t.box);
    t.table->setHorizontalHeaderLabels(headers);
    t.table->verticalHeader()->hide();
    auto *buttons = new QHBoxLayout;
    t.add = new QPushButton(addText, t.box);
    t.remove = new QPushButton(removeText, t.box);
    buttons->addWidget(t.add);
    buttons->addWidget(t.remove);
    buttons->addStretch(1);
    layout->addWidget(t.table);
    layout->addLayout(buttons);
    return t;
}

std::optional<QString> EntryListPage::currentKey(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return std::nullopt;
    return table->item(row, 0)->text();
}

void EntryListPage::setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace tiergate
