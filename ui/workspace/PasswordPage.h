#pragma once

#include <QWizardPage>

class QLabel;

namespace relasi {

class PasswordLineEdit;
class PasswordStrengthMeter;
class SecureBytes;

// Wizard page 3: the owner's password, typed twice, with a strength meter. Next stays disabled until the
// password is acceptable to core's strength check and both entries match.
class PasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PasswordPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;

    SecureBytes password() const;
    void clearPassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reevaluate();

    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    PasswordLineEdit *m_password = nullptr;
    PasswordLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_matchHint = nullptr;
    QLabel *m_advice = nullptr;
};

} // namespace relasi
