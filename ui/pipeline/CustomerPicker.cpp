#include "pipeline/CustomerPicker.h"

#include "search/CustomerSearch.h"
#include "services/ServiceContext.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

CustomerPicker::CustomerPicker(ServiceContext &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerPickerSearch"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Type a name, company, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("customerPickerResults"));
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setMaximumHeight(130);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this);
    connect(m_results, &QListWidget::currentRowChanged, this, [this] { Q_EMIT customerChanged(customerId()); });
    setFocusProxy(m_search);
}

void CustomerPicker::search()
{
    m_debounce->stop();
    const Session &me = m_services.session();
    const QString visibleTo = me.role == Role::Sales ? me.userId : QString();
    auto hits = CustomerSearch::search(m_services.db(), m_search->text(), 20, visibleTo, m_services.defaultRegion());
    const QString previous = customerId();
    m_results->clear();
    if (!hits)
        return;
    for (const SearchHit &hit : std::as_const(*hits)) {
        QString text = hit.displayName;
        if (!hit.companyName.isEmpty() && hit.companyName != hit.displayName)
            text += QStringLiteral(" — ") + hit.companyName;
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, hit.customerId);
        item->setData(Qt::UserRole + 1, hit.displayName);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (customerId() != previous)
        Q_EMIT customerChanged(customerId());
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            search();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CustomerPicker::customerId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString CustomerPicker::customerName() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

} // namespace relasi
