#pragma once

#include "core/config/providerconfig.h"
#include "ui/profiles/documentedit.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tiergate {

class TiergateConfig;

/// The Providers page of the profile editor: the list of providers and a form for the selected
/// one (id, display name, kind, base URL, key reference, extra headers, timeouts, concurrency).
/// Shows the document given to setConfig(); every change goes out through the DocumentEdit
/// callback (the editor's undo stack), nothing is kept here.
class ProvidersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPage(DocumentEdit edit, QWidget *parent = nullptr);

    void setConfig(const TiergateConfig &config);
    QString currentProvider() const { return m_current; }
    void selectProvider(const QString &id);
    /// Focuses the field a provider-relative path names ("baseUrl", "headers.X", "timeouts.connectMs").
    void focusField(const QString &providerId, const QString &field);

    QListWidget *providerList() const { return m_list; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *keyRefEdit() const { return m_keyRef; }
    QTableWidget *headersTable() const { return m_headers; }
    QPushButton *addHeaderButton() const { return m_addHeader; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void refreshForm();
    void editCurrent(const QString &text, const std::function<void(ProviderConfig &)> &change, bool mergeable);
    void commitHeaders();

    DocumentEdit m_edit;
    const TiergateConfig *m_config = nullptr;
    QString m_current;
    bool m_updating = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_keyRef = nullptr;
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
