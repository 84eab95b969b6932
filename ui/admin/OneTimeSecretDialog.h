#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace relasi {

// Shows a secret exactly once (a temporary password, a new recovery code) with a copy button; it can only
// be closed after ticking that it has been stored or handed on.
class OneTimeSecretDialog : public QDialog
{
    Q_OBJECT
public:
    OneTimeSecretDialog(const QString &title, const QString &explanation, const QString &secret,
                        const QString &confirmation, QWidget *parent = nullptr);
    ~OneTimeSecretDialog() override;

public Q_SLOTS:
    void reject() override;

private:
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_stored = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace relasi
