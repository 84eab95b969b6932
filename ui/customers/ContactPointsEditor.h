#pragma once

#include "domain/Customer.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QVBoxLayout;

namespace relasi {

class ServiceContext;

// The "Contact points" part of the customer Overview: one row per contact point (kind, value, label,
// Remove) and "Add contact point". Phone and WhatsApp values are formatted as typed in the business's
// default region (PhoneLineEdit, ServiceContext::defaultRegion() when the row is made); each row shows a
// red hint while its value is invalid. Rows are named by position ("contactValueEdit_0", …).
class ContactPointsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContactPointsEditor(ServiceContext &services, QWidget *parent = nullptr);
    ~ContactPointsEditor() override;

    // Replaces the rows (no edited() signal for the rows made here).
    void setContacts(const QList<ContactPoint> &contacts);
    // The rows as contact points (ids and primary flags of loaded ones kept; values trimmed).
    QList<ContactPoint> contacts() const;
    // Shows or hides each row's hint; true when every row is valid.
    bool validate();
    void setEditable(bool editable);

Q_SIGNALS:
    void edited();

private:
    struct Row;

    Row *addRow(const ContactPoint &point);
    void removeRow(QWidget *rowWidget);
    void clearRows();
    void renumber();
    QString hintFor(const Row &row) const;

    ServiceContext &m_services;
    bool m_editable = true;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<Row *> m_rows;
};

} // namespace relasi
