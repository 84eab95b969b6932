#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace relasi {

// Wizard page 2: the owner's name, e-mail address (validated) and optional phone number.
class OwnerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OwnerPage(QWidget *parent = nullptr);
    bool isComplete() const override;

    static bool isPlausibleEmail(const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmailHint();

    QLabel *m_nameLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailHint = nullptr;
};

} // namespace relasi
