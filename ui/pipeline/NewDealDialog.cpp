#include "pipeline/NewDealDialog.h"

#include "common/Clock.h"
#include "domain/Money.h"
#include "pipeline/CustomerPicker.h"
#include "pipeline/PipelineErrors.h"
#include "pipeline/StageNames.h"
#include "services/BusinessProfileService.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

NewDealDialog::NewDealDialog(ServiceContext &services, const QString &currency, QWidget *parent)
    : QDialog(parent), m_services(services), m_currency(currency)
{
    // New deals default to the business's currency as it is now (Settings may have changed it).
    if (auto profile = BusinessProfileService(services).get(); profile && Money::isValidCurrency(profile->currency))
        m_currency = profile->currency;
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newDealTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("For example: 20 office chairs"));
    form->addRow(tr("&Title:"), m_title);
    m_customer = new CustomerPicker(services, this);
    m_customer->setObjectName(QStringLiteral("newDealCustomer"));
    form->addRow(tr("&Customer:"), m_customer);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("newDealAmount"));
    m_amount->setAccessibleName(tr("Amount in %1").arg(m_currency));
    m_amount->setPlaceholderText(Money(125000000, m_currency).format(QLocale()));
    form->addRow(tr("&Amount (%1):").arg(m_currency), m_amount);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("newDealStage"));
    m_stage->setAccessibleName(tr("Stage"));
    for (const QString &stage : DealService::stages()) {
        if (stage != QLatin1String("won") && stage != QLatin1String("lost"))
            m_stage->addItem(StageNames::label(stage), stage);
    }
    form->addRow(tr("&Stage:"), m_stage);
    auto *closeRow = new QHBoxLayout;
    m_hasClose = new QCheckBox(tr("Expected &close:"), this);
    m_hasClose->setObjectName(QStringLiteral("newDealHasClose"));
    m_hasClose->setChecked(true);
    m_close = new QDateEdit(this);
    m_close->setObjectName(QStringLiteral("newDealClose"));
    m_close->setAccessibleName(tr("Expected close date"));
    m_close->setCalendarPopup(true);
    m_close->setDate(QDateTime::fromMSecsSinceEpoch(services.clock().nowMs()).date().addDays(30));
    closeRow->addWidget(m_close, 1);
    form->addRow(m_hasClose, closeRow);
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newDealError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("newDealOk"));
    m_ok->setText(tr("Create deal"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newDealCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewDealDialog::updateOk);
    connect(m_customer, &CustomerPicker::customerChanged, this, &NewDealDialog::updateOk);
    updateOk();
    m_title->setFocus();
    resize(460, sizeHint().height());
}

void NewDealDialog::updateOk()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() && !m_customer->customerId().isEmpty());
}

void NewDealDialog::accept()
{
    const QLocale locale;
    Deal d;
    d.title = m_title->text().trimmed();
    d.customerId = m_customer->customerId();
    d.stage = m_stage->currentData().toString();
    const QString typed = m_amount->text().trimmed();
    if (!typed.isEmpty()) {
        auto amount = Money::parse(typed, m_currency, locale);
        if (!amount) {
            m_error->setText(tr("The amount “%1” is not a valid amount in %2 (example: %3).")
                                 .arg(typed, m_currency, Money(125000000, m_currency).format(locale)));
            m_error->show();
            m_amount->setFocus();
            return;
        }
        d.amount = *amount;
    } else {
        d.amount = Money(0, m_currency);
    }
    if (m_hasClose->isChecked())
        d.expectedClose = QDateTime(m_close->date(), QTime(12, 0)).toMSecsSinceEpoch();
    auto id = DealService(m_services).create(d);
    if (!id) {
        m_error->setText(PipelineErrors::forWrite(id.error()));
        m_error->show();
        return;
    }
    m_dealId = *id;
    QDialog::accept();
}

} // namespace relasi
