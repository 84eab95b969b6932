#pragma once

#include "services/ConsentService.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace relasi {

class ServiceContext;

// The Privacy tab: the customer's consents per purpose (current state: ConsentService::current) and
// their full append-only history (ConsentService::history); "Record consent…" and "Withdraw…" add an
// entry with its channel, lawful basis and source. Data export and erasure buttons are placeholders
// until the privacy feature lands.
class CustomerPrivacyTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPrivacyTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerPrivacyTab() override;

    void setCustomer(const QString &customerId, bool canWrite);
    void reload();

    static QString purposeLabel(const QString &purpose);
    static QString lawfulBasisLabel(const QString &basis);

private:
    // Opens the consent dialog: a new grant (purpose empty) or a withdrawal of `purpose`.
    void editConsent(const QString &purpose, bool granted);
    void updateButtons();

    ServiceContext &m_services;
    QString m_customerId;
    bool m_canWrite = false;
    QHash<QString, QString> m_userNames;
    QTreeWidget *m_currentTree = nullptr;
    QTreeWidget *m_historyTree = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_eraseButton = nullptr;
};

} // namespace relasi
