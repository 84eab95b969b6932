#include "customers/AssignOwnerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

AssignOwnerDialog::AssignOwnerDialog(const QVector<QPair<QString, QString>> &users, int customerCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignOwnerDialog"));
    setWindowTitle(tr("Assign owner"));
    m_prompt = new QLabel(customerCount == 1
            ? tr("Who should own the selected customer?")
            : tr("Who should own the %1 selected customers?").arg(QLocale().toString(customerCount)),
        this);
    m_prompt->setWordWrap(true);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("assignOwnerCombo"));
    m_owner->setAccessibleName(tr("New owner"));
    for (const auto &user : users)
        m_owner->addItem(user.second, user.first);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("assignOwnerButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("assignOwnerOkButton"));
    ok->setText(tr("&Assign"));
    ok->setAccessibleName(tr("Assign owner"));
    ok->setEnabled(m_owner->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("assignOwnerCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

QString AssignOwnerDialog::ownerId() const
{
    return m_owner->currentData().toString();
}

QString AssignOwnerDialog::ownerName() const
{
    return m_owner->currentText();
}

} // namespace relasi
