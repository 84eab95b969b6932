#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace relasi {

class BusinessDefaultsBox;
class ServiceContext;

// Preferences of this computer's user: language and idle auto-lock. Loads from and, on OK, saves to
// AppSettings; the AppController applies the new values. Given the signed-in workspace's services, the
// General tab also shows the business defaults (BusinessDefaultsBox: country and currency, saved to the
// business profile on OK; read-only but for the owner) and a Privacy tab (PrivacySettingsPage: retention
// rules) follows the General one. When the business defaults cannot be saved the dialog stays open and
// says why.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr, ServiceContext *services = nullptr);

    // "" (system), "en" or "id".
    QString language() const;
    int idleLockMinutes() const;
    // Null without services.
    BusinessDefaultsBox *businessDefaults() const { return m_business; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_idleLabel = nullptr;
    QLabel *m_idleHint = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idle = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    BusinessDefaultsBox *m_business = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace relasi
