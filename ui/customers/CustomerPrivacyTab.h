#pragma once

#include "services/ConsentService.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace relasi {

class PrivacyBusyBar;
class ServiceContext;
class Workspace;

// The Privacy tab: the customer's consents per purpose (current state: ConsentService::current) and
// their full append-only history (ConsentService::history); "Record consent…" and "Withdraw…" add an
// entry with its channel, lawful basis and source. "Export this person's data…" writes the subject-access
// bundle (SubjectAccessExporter; BulkExport: owner, manager); "Erase / anonymize…" opens the ErasureDialog
// and the "Legal hold" box sets LegalHold (both EraseData: the owner only; others see them disabled with
// the reason in the tooltip). The export and the erasure run on a worker connection (PrivacyJob) with a busy
// bar, so the window stays responsive.
class CustomerPrivacyTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPrivacyTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerPrivacyTab() override;

    void setCustomer(const QString &customerId, bool canWrite);
    void reload();
    // The workspace whose connection long work runs on (default: the main window's, see PrivacyJob).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    bool isBusy() const;

    static QString purposeLabel(const QString &purpose);
    static QString lawfulBasisLabel(const QString &basis);

Q_SIGNALS:
    // The customer was erased (it no longer exists) or anonymised (it exists under a new name).
    void customerErased(const QString &customerId);
    void customerAnonymized(const QString &customerId);

private:
    // Opens the consent dialog: a new grant (purpose empty) or a withdrawal of `purpose`.
    void editConsent(const QString &purpose, bool granted);
    void updateButtons();
    void exportData();
    void eraseOrAnonymize();
    void setLegalHold(bool held);
    void showMessage(const QString &text, bool error);

    const Workspace *workspace() const;

    ServiceContext &m_services;
    const Workspace *m_workspace = nullptr;
    QString m_customerId;
    bool m_canWrite = false;
    bool m_held = false;
    bool m_exists = false;
    QString m_displayName;
    QHash<QString, QString> m_userNames;
    QTreeWidget *m_currentTree = nullptr;
    QTreeWidget *m_historyTree = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_eraseButton = nullptr;
    QCheckBox *m_holdCheck = nullptr;
    QLabel *m_holdHelp = nullptr;
    QLabel *m_messageLabel = nullptr;
    PrivacyBusyBar *m_busy = nullptr;
};

} // namespace relasi
