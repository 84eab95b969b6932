#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace relasi {

class ServiceContext;

// The Sales tab: the customer's deals (DealService::list with a customer filter) with stage, amount in the
// user's locale (Money::format), expected close and state; "New deal…" opens CustomerDealDialog.
class CustomerSalesTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerSalesTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerSalesTab() override;

    // Shows `customerId` from now on; its deals are read by ensureLoaded() (when the tab is shown) or reload().
    void setCustomer(const QString &customerId, bool canWrite);
    void ensureLoaded();
    bool isLoaded() const { return !m_stale; }
    void reload();
    bool newDeal();

private:
    ServiceContext &m_services;
    QString m_customerId;
    bool m_canWrite = false;
    bool m_stale = false;
    QTreeWidget *m_dealsTree = nullptr;
    QLabel *m_totalLabel = nullptr;
    QPushButton *m_newDealButton = nullptr;
};

} // namespace relasi
