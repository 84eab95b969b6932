#pragma once

#include "domain/Customer.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QVBoxLayout;

namespace relasi {

// The "Addresses" part of the customer Overview: one block per address (label, street, city, province,
// postal code, country code, Remove) and "Add address". Rows are named by position ("addressCityEdit_0", …).
class AddressesEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit AddressesEditor(QWidget *parent = nullptr);
    ~AddressesEditor() override;

    // Replaces the rows (no edited() signal for the rows made here).
    void setAddresses(const QList<Address> &addresses);
    // The rows as addresses (ids of loaded ones kept; values trimmed, the country code upper case).
    QList<Address> addresses() const;
    void setEditable(bool editable);

Q_SIGNALS:
    void edited();

private:
    struct Row;

    Row *addRow(const Address &address);
    void removeRow(QWidget *rowWidget);
    void clearRows();
    void renumber();

    bool m_editable = true;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<Row *> m_rows;
};

} // namespace relasi
