#include "customers/CustomerDealDialog.h"

#include "common/Clock.h"
#include "domain/Money.h"
#include "services/BusinessProfileService.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

QString CustomerDealDialog::stageLabel(const QString &stage)
{
    if (stage == QLatin1String("lead"))
        return tr("Lead");
    if (stage == QLatin1String("qualified"))
        return tr("Qualified");
    if (stage == QLatin1String("proposal"))
        return tr("Proposal");
    if (stage == QLatin1String("negotiation"))
        return tr("Negotiation");
    if (stage == QLatin1String("won"))
        return tr("Won");
    if (stage == QLatin1String("lost"))
        return tr("Lost");
    return stage;
}

CustomerDealDialog::CustomerDealDialog(ServiceContext &services, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_services(services), m_customerId(customerId)
{
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("dealTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Deal title"));
    m_titleEdit->setPlaceholderText(tr("e.g. 20 cartons of coffee for the new branch"));
    form->addRow(tr("&Title:"), m_titleEdit);

    auto *amountRow = new QHBoxLayout;
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("dealAmountEdit"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_amountEdit->setPlaceholderText(QLocale().toString(1250000));
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("dealCurrencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency"));
    m_currencyCombo->setEditable(true);
    QString currency = QStringLiteral("IDR");
    if (auto profile = BusinessProfileService(services).get(); profile && Money::isValidCurrency(profile->currency))
        currency = profile->currency;
    QStringList currencies{QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("SGD"),
                           QStringLiteral("EUR"), QStringLiteral("MYR"), QStringLiteral("AUD")};
    currencies.removeAll(currency);
    currencies.prepend(currency);
    m_currencyCombo->addItems(currencies);
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(m_currencyCombo);
    form->addRow(tr("&Amount:"), amountRow);

    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("dealStageCombo"));
    m_stageCombo->setAccessibleName(tr("Stage"));
    for (const QString &s : DealService::stages())
        m_stageCombo->addItem(stageLabel(s), s);
    form->addRow(tr("&Stage:"), m_stageCombo);
    m_lostReasonEdit = new QLineEdit(this);
    m_lostReasonEdit->setObjectName(QStringLiteral("dealLostReasonEdit"));
    m_lostReasonEdit->setAccessibleName(tr("Reason the deal was lost"));
    form->addRow(tr("Lost &because:"), m_lostReasonEdit);

    auto *closeRow = new QHBoxLayout;
    m_closeCheck = new QCheckBox(tr("E&xpected close:"), this);
    m_closeCheck->setObjectName(QStringLiteral("dealCloseCheck"));
    m_closeCheck->setAccessibleName(tr("Has an expected close date"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(services.clock().nowMs()).date();
    m_closeEdit = new QDateEdit(today.addMonths(1), this);
    m_closeEdit->setObjectName(QStringLiteral("dealCloseEdit"));
    m_closeEdit->setAccessibleName(tr("Expected close date"));
    m_closeEdit->setCalendarPopup(true);
    m_closeEdit->setEnabled(false);
    closeRow->addWidget(m_closeCheck);
    closeRow->addWidget(m_closeEdit, 1);
    form->addRow(closeRow);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("dealErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create deal"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dealCreateButton"));
    layout->addWidget(buttons);

    connect(m_closeCheck, &QCheckBox::toggled, m_closeEdit, &QDateEdit::setEnabled);
    auto updateLost = [this] {
        const bool lost = m_stageCombo->currentData().toString() == QLatin1String("lost");
        m_lostReasonEdit->setEnabled(lost);
    };
    connect(m_stageCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, updateLost);
    updateLost();
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDealDialog::reject);
    resize(440, sizeHint().height());
}

CustomerDealDialog::~CustomerDealDialog() = default;

void CustomerDealDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void CustomerDealDialog::accept()
{
    const QString currency = m_currencyCombo->currentText().trimmed().toUpper();
    if (m_titleEdit->text().trimmed().isEmpty()) {
        showError(tr("Give the deal a title."));
        m_titleEdit->setFocus();
        return;
    }
    if (!Money::isValidCurrency(currency)) {
        showError(tr("The currency must be a three-letter code such as IDR or USD."));
        return;
    }
    Money amount(0, currency);
    if (!m_amountEdit->text().trimmed().isEmpty()) {
        auto parsed = Money::parse(m_amountEdit->text(), currency, QLocale());
        if (!parsed) {
            showError(tr("The amount is not a number in your locale's format (for example %1).")
                          .arg(Money(125000000, currency).format(QLocale())));
            m_amountEdit->setFocus();
            return;
        }
        amount = *parsed;
    }
    Deal deal;
    deal.customerId = m_customerId;
    deal.title = m_titleEdit->text().trimmed();
    deal.amount = amount;
    deal.stage = m_stageCombo->currentData().toString();
    deal.lostReason = m_lostReasonEdit->text().trimmed();
    if (m_closeCheck->isChecked())
        deal.expectedClose = QDateTime(m_closeEdit->date(), QTime(12, 0)).toMSecsSinceEpoch();
    auto created = DealService(m_services).create(deal);
    if (!created) {
        const Error &e = created.error();
        if (e.code == ErrorCode::PermissionDenied)
            showError(tr("You are not allowed to add deals for this customer."));
        else if (deal.stage == QLatin1String("lost") && deal.lostReason.isEmpty())
            showError(tr("A lost deal needs the reason it was lost."));
        else
            showError(tr("Not created: %1").arg(e.message));
        return;
    }
    m_dealId = *created;
    QDialog::accept();
}

} // namespace relasi
