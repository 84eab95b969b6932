#include "workspace/PasswordStrengthMeter.h"

#include "crypto/PasswordStrength.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace relasi {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent) : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_hint);
    updateTexts();
}

void PasswordStrengthMeter::setPassword(const QString &password, const QStringList &userInputs)
{
    m_empty = password.isEmpty();
    if (m_empty) {
        m_score = 0;
        m_acceptable = false;
    } else {
        const PasswordStrength strength = evaluatePassword(password, userInputs);
        m_score = qBound(0, strength.score, 4);
        m_acceptable = strength.acceptable;
    }
    m_bar->setValue(m_empty ? 0 : m_score);
    // Colours that read on light and dark palettes: red, orange, amber, green, deep green.
    static const char *const colours[] = {"#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1b5e20"};
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }")
                             .arg(QLatin1String(colours[m_score])));
    updateTexts();
}

void PasswordStrengthMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void PasswordStrengthMeter::updateTexts()
{
    QString hint;
    if (m_empty) {
        hint = tr("Use a long passphrase: four or more unrelated words, or 12+ mixed characters.");
    } else if (!m_acceptable) {
        hint = m_score <= 1 ? tr("Too weak: easy to guess. Make it longer and avoid names, dates and common words.")
                            : tr("Not strong enough yet: add another word or a few more characters.");
    } else {
        hint = m_score >= 4 ? tr("Very strong.") : tr("Strong enough.");
    }
    m_hint->setText(hint);
    m_bar->setAccessibleName(tr("Password strength"));
    m_bar->setAccessibleDescription(hint);
}

} // namespace relasi
