#pragma once

#include "ui/profiles/documentedit.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace tiergate {

class TiergateConfig;

/// What the document pages of the profile editor that edit a list of named entries (providers,
/// tiers, teams) have in common: the entry list with Add and Remove, a form bound to the selected
/// entry, and every change sent out through the DocumentEdit callback (the editor's undo stack).
/// The page keeps a pointer to the document given to setConfig() and nothing else; a subclass
/// fills form(), names the entries and says how one is added, removed and shown.
class EntryListPage : public QWidget
{
    Q_OBJECT
public:
    void setConfig(const TiergateConfig &config);
    QString currentEntry() const { return m_current; }
    /// Selects the entry `id` and shows it; an id the document does not have is ignored.
    void selectEntry(const QString &id);

    QListWidget *entryList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    /// A group box of the form holding a key/value table and its Add and Remove buttons.
    struct TableBox
    {
        QGroupBox *box = nullptr;
        QTableWidget *table = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
    };

    /// How a page names its entries and its list edits.
    struct Names
    {
        QString stem; ///< new entries are `stem`, else `stem-2`, `stem-3`, ...
        QString addButton;
        QString addEdit; ///< undo text of adding, `%1` is the new entry
        QString removeEdit; ///< undo text of removing, `%1` is the entry
    };

    EntryListPage(DocumentEdit edit, const Names &names, QWidget *parent);

    /// The entries of `config` in the order the list shows them.
    virtual QStringList entryIds(const TiergateConfig &config) const = 0;
    /// The id the Add button gives a new entry: by default `stem`, else `stem-2`, `stem-3`, ...
    virtual QString newEntryId(const TiergateConfig &config) const;
    /// Adds the entry `id` to the document (the edit behind the Add button).
    virtual void addEntry(TiergateConfig &config, const QString &id) const = 0;
    /// Removes the entry `id` from the document, with what depends on it.
    virtual void removeEntry(TiergateConfig &config, const QString &id) const = 0;
    /// Shows the current entry (or none) in the form.
    virtual void refreshForm() = 0;

    /// The ids of `entries`, read through the member pointer `id`.
    template <typename Entry>
    static QStringList idsOf(const QList<Entry> &entries, QString Entry::*id)
    {
        QStringList ids;
        for (const Entry &e : entries)
            ids.append(e.*id);
        return ids;
    }

    QWidget *form() const { return m_form; }
    QVBoxLayout *formLayout() const { return m_formLayout; }
    const TiergateConfig *config() const { return m_config; }
    /// True while the page itself writes to its widgets, so their change signals are not edits.
    bool updating() const { return m_updating; }
    void setUpdating(bool updating) { m_updating = updating; }

    void editDocument(const QString &text, const std::function<void(TiergateConfig &)> &change, bool mergeable);
    /// Edits the current entry: `change` gets the document and the entry's id; the undo text
    /// names the entry. Nothing happens while updating() or without a current entry.
    void editCurrentEntry(
        const QString &text, const std::function<void(TiergateConfig &, const QString &id)> &change, bool mergeable);
    /// editCurrentEntry() on the entry `lookup(config, id)` returns, when there is one.
    template <typename Lookup, typename Entry>
    void editCurrentAs(const QString &text, Lookup lookup, const std::function<void(Entry &)> &change, bool mergeable)
    {
        editCurrentEntry(
            text,
            [lookup, change](TiergateConfig &c, const QString &id) {
                if (Entry *e = lookup(c, id))
                    change(*e);
            },
            mergeable);
    }
    /// Renames the current entry when `idEdit` finishes editing with a new, unused id: `rename` then
    /// sends the edit (the new id is already current). Otherwise the field goes back to the id.
    void bindIdEdit(QLineEdit *idEdit, const std::function<void(const QString &from, const QString &to)> &rename);
    /// Makes a TableBox in form() with the given column headers; the caller adds `box` to the layout.
    TableBox makeTableBox(
        const QString &title, const QStringList &headers, const QString &addText, const QString &removeText);

    /// The key (first column) of the table's current row, none when no row with a key is current.
    static std::optional<QString> currentKey(const QTableWidget *table);
    /// Makes `id` the current entry before an edit that renames the current entry to it is sent.
    void followRename(const QString &id) { m_current = id; }
    /// Sets the text only when it differs, so the cursor of a field being typed in stays put.
    static void setTextKeepingCursor(QLineEdit *edit, const QString &text);

private:
    DocumentEdit m_edit;
    Names m_names;
    const TiergateConfig *m_config = nullptr;
    QString m_current;
    bool m_updating = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QVBoxLayout *m_formLayout = nullptr;
};

} // namespace tiergate
