#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace tiergate {

class ModelCatalogModel;
class TiergateConfig;

/// The Ctrl+K model picker: a filter field over the catalog (ModelCatalogModel through a
/// QSortFilterProxyModel matching any column). Typing filters, Up/Down move, Enter (or a double
/// click) picks and closes, Esc closes without picking.
///
/// Signals: modelPicked(id) when a row was picked (an empty id is "profile default").
class ModelPicker : public QDialog
{
    Q_OBJECT
public:
    explicit ModelPicker(const TiergateConfig &config, const QString &current, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Model id of the highlighted row; empty when none (or the default row).
    QString currentModelId() const;
    int visibleRows() const;

Q_SIGNALS:
    void modelPicked(const QString &modelId);

public Q_SLOTS:
    void pickCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectFirstIfNone();

    ModelCatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace tiergate
