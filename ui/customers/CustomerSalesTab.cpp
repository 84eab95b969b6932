#include "customers/CustomerSalesTab.h"

#include "customers/CustomerDealDialog.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relasi {

namespace {
enum Column { TitleColumn, StageColumn, AmountColumn, CloseColumn, ColumnCount };
}

CustomerSalesTab::CustomerSalesTab(ServiceContext &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("customerSalesTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_newDealButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), tr("&New deal…"), this);
    m_newDealButton->setObjectName(QStringLiteral("newDealButton"));
    m_newDealButton->setAccessibleName(tr("New deal"));
    bar->addWidget(m_newDealButton);
    bar->addStretch(1);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("openDealsTotalLabel"));
    bar->addWidget(m_totalLabel);
    layout->addLayout(bar);
    m_dealsTree = new QTreeWidget(this);
    m_dealsTree->setObjectName(QStringLiteral("dealsView"));
    m_dealsTree->setAccessibleName(tr("Deals"));
    m_dealsTree->setRootIsDecorated(false);
    m_dealsTree->setAlternatingRowColors(true);
    m_dealsTree->setHeaderLabels({tr("Deal"), tr("Stage"), tr("Amount"), tr("Expected close")});
    m_dealsTree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_dealsTree->header()->setStretchLastSection(false);
    m_dealsTree->setColumnWidth(StageColumn, 120);
    m_dealsTree->setColumnWidth(AmountColumn, 160);
    m_dealsTree->setColumnWidth(CloseColumn, 130);
    layout->addWidget(m_dealsTree, 1);
    connect(m_newDealButton, &QPushButton::clicked, this, [this] { newDeal(); });
}

CustomerSalesTab::~CustomerSalesTab() = default;

void CustomerSalesTab::setCustomer(const QString &customerId, bool canWrite)
{
    m_customerId = customerId;
    m_canWrite = canWrite;
    m_newDealButton->setEnabled(canWrite && !customerId.isEmpty());
    m_dealsTree->clear();
    m_totalLabel->clear();
    m_stale = true;
}

void CustomerSalesTab::ensureLoaded()
{
    if (m_stale)
        reload();
}

void CustomerSalesTab::reload()
{
    m_stale = false;
    m_dealsTree->clear();
    m_totalLabel->clear();
    if (m_customerId.isEmpty())
        return;
    DealFilter filter;
    filter.customerId = m_customerId;
    auto deals = DealService(m_services).list(filter);
    if (!deals) {
        m_totalLabel->setText(tr("The deals could not be read: %1").arg(deals.error().message));
        return;
    }
    const QLocale locale;
    QMap<QString, Money> openTotals; // per currency
    for (const Deal &d : *deals) {
        auto *item = new QTreeWidgetItem(m_dealsTree);
        item->setText(TitleColumn, d.title);
        item->setData(TitleColumn, Qt::UserRole, d.id);
        item->setText(StageColumn, CustomerDealDialog::stageLabel(d.stage));
        item->setText(AmountColumn, d.amount.format(locale));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (d.expectedClose > 0)
            item->setText(CloseColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(d.expectedClose).date(),
                                                       QLocale::ShortFormat));
        if (!d.isClosed()) {
            auto sum = openTotals.value(d.amount.currency(), Money(0, d.amount.currency())).plus(d.amount);
            if (sum)
                openTotals.insert(d.amount.currency(), *sum);
        }
    }
    QStringList totals;
    for (const Money &m : std::as_const(openTotals))
        totals << m.format(locale);
    if (!totals.isEmpty())
        m_totalLabel->setText(tr("Open: %1").arg(totals.join(QStringLiteral(" + "))));
}

bool CustomerSalesTab::newDeal()
{
    if (!m_canWrite || m_customerId.isEmpty())
        return false;
    CustomerDealDialog dialog(m_services, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    return true;
}

} // namespace relasi
