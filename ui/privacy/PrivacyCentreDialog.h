#pragma once

#include <QDialog>

class QAction;
class QTabWidget;
class QTextBrowser;

namespace relasi {

class MainWindow;
class PrivacyDataPage;
class PrivacySettingsPage;
class ServiceContext;
class Workspace;

// The Privacy centre (File → Privacy centre…): one place for what the privacy policy promises the business
// and its users. Tabs:
//  - "Data and exports" (PrivacyDataPage): export my data, export the whole workspace, mailing lists with
//    the customers left out and why;
//  - "Retention and usage" (PrivacySettingsPage, the same page as Settings → Privacy): retention rules with
//    a dry-run preview and Run now, usage analytics opt-in with what was recorded and "Delete my usage
//    data", and the device record;
//  - "Privacy notice": the notice the software ships with (PrivacyNotice).
// Requests about one customer (their consents, export, erasure) stay on the customer's Privacy tab; the
// first tab says so.
class PrivacyCentreDialog : public QDialog
{
    Q_OBJECT

public:
    PrivacyCentreDialog(ServiceContext &services, const Workspace *workspace, QWidget *parent = nullptr);
    ~PrivacyCentreDialog() override;

    PrivacyDataPage *dataPage() const { return m_data; }
    PrivacySettingsPage *settingsPage() const { return m_settings; }

    // A "Privacy centre…" action for the window's File menu (object name "privacyCentreAction"; text kept in
    // the current language). It opens the centre over the window for its signed-in services and workspace,
    // window-modal, deleted when closed (and with the window's dialogs on lock).
    static QAction *createAction(MainWindow *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PrivacyDataPage *m_data = nullptr;
    PrivacySettingsPage *m_settings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_notice = nullptr;
};

} // namespace relasi
