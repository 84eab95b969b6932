#include "customers/CustomerFilterBar.h"

#include "customers/CustomerTableProxy.h"
#include "models/CustomerListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace relasi {

namespace {

const char *const kStatusCodes[] = {"lead", "prospect", "customer", "inactive"};

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerFilterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusLabel->setBuddy(m_status);

    m_ownerLabel = new QLabel(this);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilterCombo"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setMaximumWidth(220); // a long name does not push the other filters away (the popup is wider)
    m_ownerLabel->setBuddy(m_owner);

    m_tagLabel = new QLabel(this);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilterEdit"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setMinimumWidth(110);
    m_tag->setMaximumWidth(180);
    m_tagLabel->setBuddy(m_tag);

    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    m_sortLabel->setBuddy(m_sort);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAutoRaise(true);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    m_topRow = new QHBoxLayout;
    m_filterRow = new QHBoxLayout;
    rows->addLayout(m_topRow);
    rows->addLayout(m_filterRow);
    arrange(false);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(debounceMs);
    m_tagTimer.setSingleShot(true);
    m_tagTimer.setInterval(debounceMs * 2);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(searchText()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive()) {
            m_searchTimer.stop();
            Q_EMIT searchChanged(searchText());
        }
    });
    connect(m_tag, &QLineEdit::textChanged, &m_tagTimer, qOverload<>(&QTimer::start));
    connect(&m_tagTimer, &QTimer::timeout, this, [this] { Q_EMIT tagChanged(tag()); });
    connect(m_tag, &QLineEdit::returnPressed, this, [this] {
        if (m_tagTimer.isActive()) {
            m_tagTimer.stop();
            Q_EMIT tagChanged(tag());
        }
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT statusChanged(status()); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT ownerChanged(ownerId()); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_sorts.size())
            Q_EMIT sortChosen(m_sorts.at(i).column, m_sorts.at(i).order);
    });
    connect(m_clear, &QToolButton::clicked, this, &CustomerFilterBar::clearFilters);
    // Clear filters is offered only while something filters the list.
    for (QLineEdit *edit : {m_search, m_tag})
        connect(edit, &QLineEdit::textChanged, this, &CustomerFilterBar::updateClearButton);
    for (QComboBox *combo : {m_status, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::updateClearButton);

    m_sorts = {{CustomerListModel::Name, Qt::AscendingOrder}, {CustomerListModel::Name, Qt::DescendingOrder},
        {CustomerListModel::LastContact, Qt::DescendingOrder}, {CustomerListModel::LastContact, Qt::AscendingOrder},
        {CustomerListModel::Created, Qt::DescendingOrder}, {CustomerListModel::Created, Qt::AscendingOrder},
        {CustomerListModel::Owner, Qt::AscendingOrder}, {CustomerListModel::Owner, Qt::DescendingOrder}};
    retranslate();
    updateClearButton();
}

namespace {

// Empties a row: its spacers and widget items go, the widgets stay children of the bar (they are re-added).
void clearRow(QHBoxLayout *row)
{
    while (QLayoutItem *item = row->takeAt(0))
        delete item;
}

// What a box needs to be usable on one row: a line edit its minimum width, anything else its full text.
int neededWidth(const QWidget *w)
{
    const int wanted = qobject_cast<const QLineEdit *>(w) ? w->minimumWidth() : w->sizeHint().width();
    return qMin(qMax(wanted, w->minimumSizeHint().width()), w->maximumWidth());
}

} // namespace

void CustomerFilterBar::arrange(bool wrapped)
{
    m_wrapped = wrapped;
    clearRow(m_topRow);
    clearRow(m_filterRow);
    QHBoxLayout *filters = wrapped ? m_filterRow : m_topRow;
    m_topRow->addWidget(m_search, 2);
    if (!wrapped)
        m_topRow->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_ownerLabel);
    filters->addWidget(m_owner);
    filters->addWidget(m_tagLabel);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_clear);
    if (wrapped)
        m_filterRow->addStretch(1);
    else
        m_topRow->addStretch(0);
    m_topRow->addWidget(m_sortLabel);
    m_topRow->addWidget(m_sort);
    // Keyboard order follows what is seen: search, filters, clear, sort.
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_owner);
    setTabOrder(m_owner, m_tag);
    setTabOrder(m_tag, m_clear);
    setTabOrder(m_clear, m_sort);
    updateGeometry();
}

int CustomerFilterBar::oneRowWidth() const
{
    const QList<const QWidget *> widgets{m_search, m_statusLabel, m_status, m_ownerLabel, m_owner,
                                         m_tagLabel, m_tag,    m_clear,        m_sortLabel, m_sort};
    int width = 8 + qMax(0, m_topRow->spacing()) * (widgets.size() - 1); // 8: the gap after the search box
    for (const QWidget *w : widgets)
        width += neededWidth(w);
    return width;
}

QSize CustomerFilterBar::minimumSizeHint() const
{
    // Narrow enough for the wrapped arrangement, whichever is shown now (resizeEvent switches).
    if (!m_topRow)
        return QWidget::minimumSizeHint();
    const int spacing = qMax(0, m_topRow->spacing());
    int top = 0;
    for (const QWidget *w : {static_cast<const QWidget *>(m_search), static_cast<const QWidget *>(m_sortLabel),
                             static_cast<const QWidget *>(m_sort)})
        top += neededWidth(w) + spacing;
    int filters = 0;
    const QList<const QWidget *> filterWidgets{m_statusLabel, m_status, m_ownerLabel, m_owner,
                                               m_tagLabel,    m_tag,    m_clear};
    for (const QWidget *w : filterWidgets)
        filters += neededWidth(w) + spacing;
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(qMax(top, filters));
    return size;
}

void CustomerFilterBar::arrangeForWidth(int width)
{
    const bool wrap = width < oneRowWidth();
    if (wrap != m_wrapped)
        arrange(wrap);
}

void CustomerFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth(width());
}

void CustomerFilterBar::updateClearButton()
{
    m_clear->setEnabled(isFiltering());
}

void CustomerFilterBar::setSearchMode(bool searching)
{
    // Search results come ranked by relevance; the sort applies again once the search is cleared.
    m_sort->setEnabled(!searching);
    m_sort->setToolTip(searching ? tr("Search results are ordered by relevance") : QString());
}

void CustomerFilterBar::fillStatuses()
{
    const QSignalBlocker blocker(m_status);
    const int current = qMax(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const char *code : kStatusCodes)
        m_status->addItem(CustomerTableProxy::statusDisplayName(QLatin1String(code)), QLatin1String(code));
    m_status->setCurrentIndex(current);
}

void CustomerFilterBar::fillSorts()
{
    const QSignalBlocker blocker(m_sort);
    const int current = qMax(0, m_sort->currentIndex());
    m_sort->clear();
    m_sort->addItem(tr("Name, A to Z"));
    m_sort->addItem(tr("Name, Z to A"));
    m_sort->addItem(tr("Last contact, newest first"));
    m_sort->addItem(tr("Last contact, oldest first"));
    m_sort->addItem(tr("Created, newest first"));
    m_sort->addItem(tr("Created, oldest first"));
    m_sort->addItem(tr("Owner, A to Z"));
    m_sort->addItem(tr("Owner, Z to A"));
    m_sort->setCurrentIndex(current);
}

void CustomerFilterBar::setOwners(const QVector<QPair<QString, QString>> &owners)
{
    m_owners = owners;
    const QString current = ownerId();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), QString());
    for (const auto &owner : owners)
        m_owner->addItem(owner.second, owner.first);
    const int at = m_owner->findData(current);
    m_owner->setCurrentIndex(at < 0 ? 0 : at);
    if (m_topRow)
        arrangeForWidth(width()); // longer names: maybe a row of their own
}

QString CustomerFilterBar::searchText() const
{
    return m_search->text();
}

QString CustomerFilterBar::status() const
{
    return m_status->currentData().toString();
}

QString CustomerFilterBar::ownerId() const
{
    return m_owner->currentData().toString();
}

QString CustomerFilterBar::tag() const
{
    return m_tag->text().trimmed();
}

bool CustomerFilterBar::isFiltering() const
{
    return !searchText().trimmed().isEmpty() || !status().isEmpty() || !ownerId().isEmpty() || !tag().isEmpty();
}

void CustomerFilterBar::clearFilters()
{
    m_search->clear();
    m_tag->clear();
    m_status->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    // Apply the text fields now rather than after the debounce.
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        Q_EMIT searchChanged(searchText());
    }
    if (m_tagTimer.isActive()) {
        m_tagTimer.stop();
        Q_EMIT tagChanged(tag());
    }
}

void CustomerFilterBar::showSort(int column, Qt::SortOrder order)
{
    for (int i = 0; i < m_sorts.size(); ++i) {
        if (m_sorts.at(i).column == column && m_sorts.at(i).order == order) {
            const QSignalBlocker blocker(m_sort);
            m_sort->setCurrentIndex(i);
            return;
        }
    }
}

void CustomerFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search customers (Ctrl+F)"));
    m_search->setToolTip(tr("Finds names, companies, phone numbers, e-mail addresses, cities, tags and notes"));
    m_search->setAccessibleName(tr("Search customers"));
    m_statusLabel->setText(tr("&Status:"));
    m_status->setAccessibleName(tr("Status filter"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_tagLabel->setText(tr("T&ag:"));
    m_tag->setPlaceholderText(tr("Any tag"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_sortLabel->setText(tr("S&ort:"));
    m_sort->setAccessibleName(tr("Sort order"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every customer again"));
    m_clear->setAccessibleName(tr("Clear filters"));
    fillStatuses();
    fillSorts();
    setOwners(m_owners);
    if (m_topRow)
        arrangeForWidth(width()); // another language: other widths
}

} // namespace relasi
