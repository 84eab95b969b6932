#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace relasi {

// Shows how strong a password is: a bar coloured by score (0-4) and a short hint. The assessment itself
// comes from core (evaluatePassword); this widget only presents it.
class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);

    // Evaluates `password` (with words the user typed elsewhere, such as name and e-mail, as penalties).
    void setPassword(const QString &password, const QStringList &userInputs);
    int score() const { return m_score; }
    bool isAcceptable() const { return m_acceptable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QProgressBar *m_bar = nullptr;
    QLabel *m_hint = nullptr;
    int m_score = 0;
    bool m_acceptable = false;
    bool m_empty = true;
};

} // namespace relasi
