#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relasi {

class CustomerPicker;
class ServiceContext;

// "New deal…": title, customer (CustomerPicker), amount in the business currency typed in the user's
// locale (Money::parse), stage and expected close. OK creates the deal through DealService; a refusal
// (permission, validation) is shown in the dialog, which stays open.
class NewDealDialog : public QDialog
{
    Q_OBJECT
public:
    NewDealDialog(ServiceContext &services, const QString &currency, QWidget *parent = nullptr);

    // The created deal's id (after accept()).
    QString dealId() const { return m_dealId; }
    CustomerPicker *customerPicker() const { return m_customer; }

    void accept() override;

private:
    void updateOk();

    ServiceContext &m_services;
    QString m_currency;
    QString m_dealId;
    QLineEdit *m_title = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_stage = nullptr;
    QCheckBox *m_hasClose = nullptr;
    QDateEdit *m_close = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace relasi
