#include "workspace/RecoveryCodePage.h"

#include "common/ClipboardGuard.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace relasi {

RecoveryCodePage::RecoveryCodePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("recoveryPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setWordWrap(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);
    m_code->setFocusPolicy(Qt::StrongFocus);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCodeButton"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("codeFeedbackLabel"));
    m_feedback->setWordWrap(true);
    m_stored = new QCheckBox(this);
    m_stored->setObjectName(QStringLiteral("storedCodeCheck"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_code);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addWidget(m_stored);

    registerField(QStringLiteral("storedRecoveryCode*"), m_stored);
    connect(m_copy, &QPushButton::clicked, this, &RecoveryCodePage::copyCode);
    connect(m_save, &QPushButton::clicked, this, &RecoveryCodePage::chooseFileAndSave);
    setTabOrder(m_code, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_stored);
    retranslate();
}

void RecoveryCodePage::setRecoveryCode(const QString &code)
{
    m_code->setText(code);
}

QString RecoveryCodePage::recoveryCode() const
{
    return m_code->text();
}

void RecoveryCodePage::clearRecoveryCode()
{
    m_code->clear();
}

void RecoveryCodePage::copyCode()
{
    ClipboardGuard::copy(m_code->text());
    m_feedback->setText(tr("Copied. The clipboard is cleared when Relasi locks; paste the code somewhere safe "
                           "now."));
}

bool RecoveryCodePage::saveToFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QString text = tr("Relasi recovery code") + QStringLiteral("\n\n") + m_code->text()
        + QStringLiteral("\n\n")
        + tr("This code opens your Relasi workspace if the password is forgotten. Keep it offline and private, "
             "for example printed and stored with your important papers.")
        + QStringLiteral("\n");
    file.write(text.toUtf8());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void RecoveryCodePage::chooseFileAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save recovery code"),
                                                      QDir::home().filePath(tr("relasi-recovery-code.txt")),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveToFile(path, &error))
        m_feedback->setText(tr("Saved to %1. Move this file to a safe place, such as a USB stick you keep "
                               "locked away.")
                                .arg(QDir::toNativeSeparators(path)));
    else
        m_feedback->setText(tr("Could not save the file: %1").arg(error));
}

void RecoveryCodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RecoveryCodePage::retranslate()
{
    setTitle(tr("Your recovery code"));
    setSubTitle(tr("This is shown only once."));
    m_intro->setText(tr("If you forget your password, this code is the only way to open the workspace. Relasi "
                        "does not keep a readable copy and nobody can recover it for you. Write it down or save it, "
                        "and keep it apart from this computer."));
    m_code->setAccessibleName(tr("Recovery code"));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save to file…"));
    m_stored->setText(tr("I have stored the recovery code somewhere &safe"));
}

} // namespace relasi
