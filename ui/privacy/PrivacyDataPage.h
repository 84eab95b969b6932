#pragma once

#include "privacy/MailingListExporter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace relasi {

class PrivacyBusyBar;
class ServiceContext;
class Workspace;

// The exports of the Privacy centre (privacy policy: access, "a copy in a portable format", promotional
// material only with consent; docs/privacy.md):
//  - "Export my data": the signed-in user's own bundle (SubjectAccessExporter::exportSelf; any role);
//  - "Export the whole workspace": every table as CSV with a manifest, for leaving the product
//    (SubjectAccessExporter::exportWorkspace; the owner only), with progress and Cancel — it writes nothing
//    until the archive is complete, so stopping is safe;
//  - "Mailing list": per contact purpose, how many customers have consent in force and how many were left
//    out and why (MailingListExporter::build, counted when the purpose is chosen), and the CSV export of
//    exactly those customers (owner, manager).
// Every job runs on a worker connection (PrivacyJob); one at a time.
class PrivacyDataPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyDataPage(ServiceContext &services, QWidget *parent = nullptr);
    ~PrivacyDataPage() override;

    // The workspace whose connection long work runs on (default: the main window's, see PrivacyJob).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    bool isBusy() const;
    // The counts of the purpose shown (after countMailingList finished).
    const MailingListReport &mailingListReport() const { return m_mailing; }

    // Reasons a customer is left out of a mailing list, as one readable line.
    static QString describeLeftOut(const MailingListReport &report);

    // Export targets. Public so that tests can skip the file dialog (empty: ask the user).
    void exportMyData(const QString &path = {});
    void exportWorkspace(const QString &path = {});
    void exportMailingList(const QString &path = {});
    void countMailingList();

private:
    const Workspace *workspace() const;
    QString askPath(const QString &title, const QString &filter, const QString &suffix, const QString &name);
    void setBusy(const QString &text, bool cancellable);
    void done();
    void updateButtons();
    void showResult(const QString &text, bool error);

    ServiceContext &m_services;
    const Workspace *m_workspace = nullptr;
    bool m_mayExport = false;
    bool m_mayExportWorkspace = false;
    MailingListReport m_mailing;
    QPushButton *m_myDataButton = nullptr;
    QPushButton *m_workspaceButton = nullptr;
    QLabel *m_workspaceNote = nullptr;
    QComboBox *m_purpose = nullptr;
    QLabel *m_mailingCounts = nullptr;
    QPushButton *m_mailingButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    PrivacyBusyBar *m_busy = nullptr;
};

} // namespace relasi
