#include "admin/OneTimeSecretDialog.h"

#include "common/ClipboardGuard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

OneTimeSecretDialog::OneTimeSecretDialog(const QString &title, const QString &explanation, const QString &secret,
                                         const QString &confirmation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("oneTimeSecretDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("secretExplanationLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(title);
    m_secret->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_secret->setFont(mono);
    m_secret->setAlignment(Qt::AlignCenter);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    copy->setAccessibleName(tr("Copy to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this]() { ClipboardGuard::copy(m_secret->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copy);

    m_stored = new QCheckBox(confirmation, this);
    m_stored->setObjectName(QStringLiteral("secretStoredCheck"));
    m_stored->setAccessibleName(confirmation);
    auto *buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("secretDoneButton"));
    m_done->setAccessibleName(tr("Done"));
    m_done->setEnabled(false);
    connect(m_stored, &QCheckBox::toggled, m_done, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_stored);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

OneTimeSecretDialog::~OneTimeSecretDialog()
{
    m_secret->clear();
}

void OneTimeSecretDialog::reject()
{
    // Escape or the window's close button cannot skip the confirmation.
    if (m_stored->isChecked())
        QDialog::reject();
}

} // namespace relasi
