#pragma once

#include "domain/Customer.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relasi {

class AddressesEditor;
class ContactPointsEditor;
class ServiceContext;

// The Overview tab: the customer's own fields as an edit form (name, company, contact points with
// as-you-type phone formatting (ContactPointsEditor), addresses (AddressesEditor), tags, owner, status,
// source, notes) with inline validation (a red hint under each invalid field). It only edits a Customer
// value; saving is the view's job.
class CustomerOverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerOverviewTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerOverviewTab() override;

    // Fills the form from a record (as read by CustomerService::get, or a blank one for a new customer).
    void setCustomer(const Customer &customer);
    // The record with the form's values (ids of the loaded record and its children kept).
    Customer customer() const;

    bool isValid() const { return m_valid; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Reloads the owner and company choices now (users and companies change elsewhere).
    void reloadChoices();
    // Loads the owner choices when users changed since they were read (or were never read). The company
    // choices (up to 1,000 customers read) wait until the company box is first used.
    void ensureChoices();
    bool areCompanyChoicesLoaded() const { return m_companiesLoaded; }

    // A red hint label (hidden until showHint gives it a text), for this form and its parts.
    static QLabel *makeHint(QWidget *parent, const QString &objectName);
    static void showHint(QLabel *hint, const QString &text);

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadOwners();
    void loadCompanies();
    void updateKindVisibility();
    void onEdited();
    void validate();
    void applyEditable();

    ServiceContext &m_services;
    Customer m_base;
    bool m_loading = false;
    bool m_touched = false; // edited since setCustomer()
    bool m_valid = true;
    bool m_editable = true;
    bool m_ownersStale = true;
    bool m_companiesLoaded = false;

    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_givenNameEdit = nullptr;
    QLineEdit *m_familyNameEdit = nullptr;
    QLineEdit *m_companyNameEdit = nullptr;
    QComboBox *m_companyCombo = nullptr;
    QLabel *m_nameHint = nullptr;
    QFormLayout *m_nameForm = nullptr;
    ContactPointsEditor *m_contacts = nullptr;
    AddressesEditor *m_addresses = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_sourceEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_notesHint = nullptr;
};

} // namespace relasi
