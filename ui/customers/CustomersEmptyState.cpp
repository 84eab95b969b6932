#include "customers/CustomersEmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

CustomersEmptyState::CustomersEmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customersEmptyState"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/relasi/icons/customers.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("customersEmptyHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setAlignment(Qt::AlignCenter);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("customersEmptyBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_import = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/folder-open.svg")), QString(), this);
    m_import->setObjectName(QStringLiteral("emptyImportButton"));
    m_add = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), QString(), this);
    m_add->setObjectName(QStringLiteral("emptyAddButton"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("emptyClearFiltersButton"));
    connect(m_import, &QPushButton::clicked, this, &CustomersEmptyState::importClicked);
    connect(m_add, &QPushButton::clicked, this, &CustomersEmptyState::addClicked);
    connect(m_clear, &QPushButton::clicked, this, &CustomersEmptyState::clearFiltersClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_add);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(2);
    retranslate();
}

void CustomersEmptyState::showFor(bool filtering, bool canImport, bool canCreate)
{
    m_filtering = filtering;
    m_canImport = canImport;
    m_canCreate = canCreate;
    retranslate();
}

QString CustomersEmptyState::heading() const
{
    return m_heading->text();
}

void CustomersEmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomersEmptyState::retranslate()
{
    if (m_filtering) {
        m_heading->setText(tr("No matching customers"));
        m_body->setText(tr("Try other words, or clear the filters to see every customer."));
    } else {
        m_heading->setText(tr("No customers yet"));
        m_body->setText(m_canCreate || m_canImport ? tr("Import a CSV or add one.")
                                                   : tr("Customers appear here once someone adds or imports them."));
    }
    setAccessibleName(m_heading->text());
    setAccessibleDescription(m_body->text());
    m_import->setText(tr("&Import CSV…"));
    m_import->setAccessibleName(tr("Import customers from a CSV file"));
    m_add->setText(tr("&Add customer"));
    m_add->setAccessibleName(tr("Add a customer"));
    m_clear->setText(tr("&Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_import->setVisible(!m_filtering && m_canImport);
    m_add->setVisible(!m_filtering && m_canCreate);
    m_clear->setVisible(m_filtering);
}

} // namespace relasi
