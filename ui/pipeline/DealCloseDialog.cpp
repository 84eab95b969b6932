#include "pipeline/DealCloseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

DealCloseDialog::DealCloseDialog(const QString &stage, const QString &dealTitle, QWidget *parent)
    : QDialog(parent), m_stage(stage)
{
    setObjectName(QStringLiteral("dealCloseDialog"));
    const bool lost = stage == QLatin1String("lost");
    setWindowTitle(lost ? tr("Mark deal as lost") : tr("Mark deal as won"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dealCloseMessage"));
    m_message->setWordWrap(true);
    m_message->setText(lost ? tr("Why was “%1” lost? The reason is kept with the deal.").arg(dealTitle)
                            : tr("Mark “%1” as won? It is closed today.").arg(dealTitle));
    layout->addWidget(m_message);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("dealCloseReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("For example: price too high, chose a competitor, no budget"));
    m_reason->setTabChangesFocus(true);
    m_reason->setVisible(lost);
    m_reason->setMaximumHeight(90);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dealCloseButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("dealCloseOk"));
    ok->setText(lost ? tr("Mark as lost") : tr("Mark as won"));
    ok->setAccessibleName(ok->text());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("dealCloseCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DealCloseDialog::updateOk);
    updateOk();
    if (lost)
        m_reason->setFocus();
    resize(420, sizeHint().height());
}

QString DealCloseDialog::reason() const
{
    return m_stage == QLatin1String("lost") ? m_reason->toPlainText().trimmed() : QString();
}

void DealCloseDialog::updateOk()
{
    const bool lost = m_stage == QLatin1String("lost");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!lost || !m_reason->toPlainText().trimmed().isEmpty());
}

} // namespace relasi
