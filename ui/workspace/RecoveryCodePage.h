#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace relasi {

// Wizard page 6: the one-time recovery code. Relasi writes it nowhere except a file the user picks.
// Finish stays disabled until the user confirms having stored it.
class RecoveryCodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);

    void setRecoveryCode(const QString &code);
    QString recoveryCode() const;
    void clearRecoveryCode();

    // Writes the code with a short explanation to `path`. Returns false and sets `error` on failure.
    bool saveToFile(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copyCode();
    void chooseFileAndSave();

    QLabel *m_intro = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_feedback = nullptr;
    QCheckBox *m_stored = nullptr;
};

} // namespace relasi
