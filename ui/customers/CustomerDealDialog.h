#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace relasi {

class ServiceContext;

// "New deal…" for the customer on screen (the Pipeline's NewDealDialog picks a customer instead): title,
// amount (typed in the user's locale, Money::parse), currency (the business's by default), stage and an
// optional expected close date. Creates it through DealService::create; refusals are shown in the dialog,
// which stays open.
class CustomerDealDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDealDialog(ServiceContext &services, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerDealDialog() override;

    QString dealId() const { return m_dealId; }
    void accept() override;

    static QString stageLabel(const QString &stage);

private:
    void showError(const QString &text);

    ServiceContext &m_services;
    QString m_customerId;
    QString m_dealId;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QCheckBox *m_closeCheck = nullptr;
    QDateEdit *m_closeEdit = nullptr;
    QLineEdit *m_lostReasonEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relasi
