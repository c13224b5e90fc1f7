#include "ui/chat/modelpicker.h"

#include "ui/chat/modelcatalogmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tiergate {

ModelPicker::ModelPicker(const TiergateConfig &config, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_model(new ModelCatalogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Choose a model"));
    m_model->setConfig(config, true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter models (id, provider, \"simulated\")"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ModelCatalogModel::ModelColumn, QHeaderView::Stretch);
    for (int c = ModelCatalogModel::ProviderColumn; c < ModelCatalogModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *hint = new QLabel(tr("Enter picks, Esc closes. Prices per 1M tokens."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    resize(720, 380);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        selectFirstIfNone();
    });
    connect(m_view, &QTreeView::activated, this, &ModelPicker::pickCurrent);

    const int row = m_model->rowOfModel(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    selectFirstIfNone();
    m_filter->setFocus();
}

QString ModelPicker::currentModelId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ModelCatalogModel::ModelIdRole).toString() : QString();
}

int ModelPicker::visibleRows() const
{
    return m_proxy->rowCount();
}

void ModelPicker::selectFirstIfNone()
{
    if ((!m_view->currentIndex().isValid() || !m_view->selectionModel()->isSelected(m_view->currentIndex()))
        && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void ModelPicker::pickCurrent()
{
    if (!m_view->currentIndex().isValid())
        return;
    const QString id = currentModelId();
    accept();
    Q_EMIT modelPicked(id);
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves while the focus stays in the filter.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_view, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pickCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tiergate
