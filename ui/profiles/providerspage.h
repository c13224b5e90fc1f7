#pragma once

#include "core/config/providerconfig.h"
#include "ui/profiles/entrylistpage.h"

#include <QString>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Providers page of the profile editor: the list of providers and a form for the selected
/// one (id, display name, kind with its presets, base URL, key reference, Azure's API version, extra
/// headers, timeouts, concurrency).
/// Shows the document given to setConfig(); every change goes out through the DocumentEdit
/// callback (the editor's undo stack), nothing is kept here.
class ProvidersPage : public EntryListPage
{
    Q_OBJECT
public:
    explicit ProvidersPage(DocumentEdit edit, QWidget *parent = nullptr);

    QString currentProvider() const { return currentEntry(); }
    void selectProvider(const QString &id) { selectEntry(id); }
    /// Focuses the field a provider-relative path names ("baseUrl", "headers.X", "timeouts.connectMs").
    void focusField(const QString &providerId, const QString &field);

    QListWidget *providerList() const { return entryList(); }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *keyRefEdit() const { return m_keyRef; }
    QLineEdit *apiVersionEdit() const { return m_apiVersion; }
    QTableWidget *headersTable() const { return m_headers; }
    QPushButton *addHeaderButton() const { return m_addHeader; }

protected:
    QStringList entryIds(const TiergateConfig &config) const override;
    /// "custom", "custom-2", ...: the stem of a new provider's kind; picking a kind renames it.
    QString newEntryId(const TiergateConfig &config) const override;
    void addEntry(TiergateConfig &config, const QString &id) const override;
    void removeEntry(TiergateConfig &config, const QString &id) const override;
    void refreshForm() override;

private:
    void editCurrent(const QString &text, const std::function<void(ProviderConfig &)> &change, bool mergeable);
    void commitHeaders();

    QLineEdit *m_id = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_keyRef = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QTableWidget *m_headers = nullptr;
    QPushButton *m_addHeader = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QSpinBox *m_connect = nullptr;
    QSpinBox *m_firstByte = nullptr;
    QSpinBox *m_total = nullptr;
    QSpinBox *m_stall = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
};

} // namespace tiergate
