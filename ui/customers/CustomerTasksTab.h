#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace relasi {

class ServiceContext;

// The Tasks tab: the customer's tasks (TaskService::listForCustomer), open ones first by due date, each
// with a checkbox that completes or reopens it.
class CustomerTasksTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerTasksTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerTasksTab() override;

    // Shows `customerId` from now on; its tasks are read by ensureLoaded() (when the tab is shown) or reload().
    void setCustomer(const QString &customerId, bool canWrite);
    void ensureLoaded();
    bool isLoaded() const { return !m_stale; }
    void reload();

private:
    void onItemChanged(QListWidgetItem *item);

    ServiceContext &m_services;
    QString m_customerId;
    bool m_canWrite = false;
    bool m_filling = false;
    bool m_stale = false;
    QListWidget *m_list = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace relasi
