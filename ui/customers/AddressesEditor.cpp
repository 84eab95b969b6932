#include "customers/AddressesEditor.h"

#include "customers/CustomerOverviewTab.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace relasi {

// The texts are in the Overview tab's translation context (CustomerOverviewTab::tr): they are its form's wording.
struct AddressesEditor::Row {
    QWidget *widget = nullptr;
    QString id;
    QLineEdit *label = nullptr;
    QLineEdit *street = nullptr;
    QLineEdit *city = nullptr;
    QLineEdit *region = nullptr;
    QLineEdit *postalCode = nullptr;
    QLineEdit *country = nullptr;
    QToolButton *remove = nullptr;

    QList<QLineEdit *> edits() const { return {label, street, city, region, postalCode, country}; }
};

namespace {

QLineEdit *makeEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

AddressesEditor::AddressesEditor(QWidget *parent) : QGroupBox(CustomerOverviewTab::tr("Addresses"), parent)
{
    setObjectName(QStringLiteral("addressesEditor"));
    auto *outer = new QVBoxLayout(this);
    m_rowsLayout = new QVBoxLayout;
    outer->addLayout(m_rowsLayout);
    m_addButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")),
                                  CustomerOverviewTab::tr("Add a&ddress"), this);
    m_addButton->setObjectName(QStringLiteral("addAddressButton"));
    m_addButton->setAccessibleName(CustomerOverviewTab::tr("Add address"));
    outer->addWidget(m_addButton, 0, Qt::AlignLeft);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow(Address{})->street->setFocus();
        Q_EMIT edited();
    });
}

AddressesEditor::~AddressesEditor()
{
    qDeleteAll(m_rows);
}

void AddressesEditor::clearRows()
{
    for (Row *row : std::as_const(m_rows)) {
        row->widget->hide();
        row->widget->deleteLater();
    }
    qDeleteAll(m_rows);
    m_rows.clear();
}

void AddressesEditor::setAddresses(const QList<Address> &addresses)
{
    const QSignalBlocker blocker(this);
    clearRows();
    for (const Address &a : addresses)
        addRow(a);
}

QList<Address> AddressesEditor::addresses() const
{
    QList<Address> out;
    for (const Row *row : m_rows) {
        Address a;
        a.id = row->id;
        a.label = row->label->text().trimmed();
        a.street = row->street->text().trimmed();
        a.city = row->city->text().trimmed();
        a.region = row->region->text().trimmed();
        a.postalCode = row->postalCode->text().trimmed();
        a.country = row->country->text().trimmed().toUpper();
        out.append(a);
    }
    return out;
}

AddressesEditor::Row *AddressesEditor::addRow(const Address &address)
{
    auto *row = new Row;
    row->id = address.id;
    row->widget = new QWidget(this);
    auto *grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);
    row->label = makeEdit(row->widget, CustomerOverviewTab::tr("Address label"),
                          CustomerOverviewTab::tr("Label (office, home…)"), address.label);
    row->street = makeEdit(row->widget, CustomerOverviewTab::tr("Street"),
                           CustomerOverviewTab::tr("Street and number"), address.street);
    row->city = makeEdit(row->widget, CustomerOverviewTab::tr("City"), CustomerOverviewTab::tr("City"), address.city);
    row->region = makeEdit(row->widget, CustomerOverviewTab::tr("Province or region"),
                           CustomerOverviewTab::tr("Province"), address.region);
    row->postalCode = makeEdit(row->widget, CustomerOverviewTab::tr("Postal code"),
                               CustomerOverviewTab::tr("Postal code"), address.postalCode);
    row->country = makeEdit(row->widget, CustomerOverviewTab::tr("Country code"),
                            CustomerOverviewTab::tr("Country (ID)"), address.country);
    row->country->setMaxLength(2);
    row->country->setMaximumWidth(90);
    row->remove = new QToolButton(row->widget);
    row->remove->setText(CustomerOverviewTab::tr("Remove"));
    row->remove->setAccessibleName(CustomerOverviewTab::tr("Remove address"));
    grid->addWidget(row->label, 0, 0);
    grid->addWidget(row->street, 0, 1, 1, 3);
    grid->addWidget(row->remove, 0, 4);
    grid->addWidget(row->city, 1, 0);
    grid->addWidget(row->region, 1, 1);
    grid->addWidget(row->postalCode, 1, 2);
    grid->addWidget(row->country, 1, 3);
    m_rowsLayout->addWidget(row->widget);
    row->widget->show();
    m_rows.append(row);
    for (QLineEdit *e : row->edits())
        connect(e, &QLineEdit::textChanged, this, &AddressesEditor::edited);
    QWidget *rowWidget = row->widget;
    connect(row->remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    renumber();
    setEditable(m_editable);
    return row;
}

void AddressesEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->widget == rowWidget) {
            rowWidget->deleteLater();
            rowWidget->hide();
            delete m_rows.takeAt(i);
            break;
        }
    }
    renumber();
    Q_EMIT edited();
}

void AddressesEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row *r = m_rows.at(i);
        const QString n = QString::number(i);
        r->widget->setObjectName(QStringLiteral("addressRow_") + n);
        r->label->setObjectName(QStringLiteral("addressLabelEdit_") + n);
        r->street->setObjectName(QStringLiteral("addressStreetEdit_") + n);
        r->city->setObjectName(QStringLiteral("addressCityEdit_") + n);
        r->region->setObjectName(QStringLiteral("addressRegionEdit_") + n);
        r->postalCode->setObjectName(QStringLiteral("addressPostalCodeEdit_") + n);
        r->country->setObjectName(QStringLiteral("addressCountryEdit_") + n);
        r->remove->setObjectName(QStringLiteral("removeAddressButton_") + n);
    }
}

void AddressesEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_addButton->setVisible(editable);
    for (Row *r : std::as_const(m_rows)) {
        for (QLineEdit *e : r->edits())
            e->setReadOnly(!editable);
        r->remove->setVisible(editable);
    }
}

} // namespace relasi
