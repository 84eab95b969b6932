#include "customers/CustomerOverviewTab.h"

#include "common/PhoneLineEdit.h"
#include "domain/CardNumberGuard.h"
#include "domain/EmailAddress.h"
#include "domain/PhoneNormalizer.h"
#include "services/CustomerService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace relasi {

struct CustomerOverviewTab::ContactRow {
    QWidget *widget = nullptr;
    QString id;
    bool primary = false;
    QComboBox *kind = nullptr;
    PhoneLineEdit *value = nullptr;
    QLineEdit *label = nullptr;
    QToolButton *remove = nullptr;
    QLabel *hint = nullptr;
};

struct CustomerOverviewTab::AddressRow {
    QWidget *widget = nullptr;
    QString id;
    QLineEdit *label = nullptr;
    QLineEdit *street = nullptr;
    QLineEdit *city = nullptr;
    QLineEdit *region = nullptr;
    QLineEdit *postalCode = nullptr;
    QLineEdit *country = nullptr;
    QToolButton *remove = nullptr;
};

namespace {

QLabel *makeHint(QWidget *parent, const QString &objectName)
{
    auto *hint = new QLabel(parent);
    hint->setObjectName(objectName);
    hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    hint->setWordWrap(true);
    hint->setVisible(false);
    return hint;
}

void showHint(QLabel *hint, const QString &text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

QLineEdit *makeEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

bool isPhoneKind(ContactKind k)
{
    return k == ContactKind::Phone || k == ContactKind::WhatsApp;
}

} // namespace

CustomerOverviewTab::CustomerOverviewTab(ServiceContext &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("customerOverviewTab"));
    auto *layout = new QVBoxLayout(this);

    // Name and company.
    m_nameForm = new QFormLayout;
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind"));
    m_kindCombo->addItem(tr("Person"), int(CustomerKind::Person));
    m_kindCombo->addItem(tr("Company"), int(CustomerKind::Company));
    m_nameForm->addRow(tr("&Kind:"), m_kindCombo);
    m_givenNameEdit = makeEdit(this, QStringLiteral("givenNameEdit"), tr("Given name"));
    m_familyNameEdit = makeEdit(this, QStringLiteral("familyNameEdit"), tr("Family name"));
    m_companyNameEdit = makeEdit(this, QStringLiteral("companyNameEdit"), tr("Company name"));
    m_nameForm->addRow(tr("&Given name:"), m_givenNameEdit);
    m_nameForm->addRow(tr("&Family name:"), m_familyNameEdit);
    m_nameForm->addRow(tr("Company &name:"), m_companyNameEdit);
    m_nameHint = makeHint(this, QStringLiteral("nameHint"));
    m_nameForm->addRow(QString(), m_nameHint);
    m_companyCombo = new QComboBox(this);
    m_companyCombo->setObjectName(QStringLiteral("companyCombo"));
    m_companyCombo->setAccessibleName(tr("Works at company"));
    m_nameForm->addRow(tr("Works &at:"), m_companyCombo);
    layout->addLayout(m_nameForm);

    // Contact points.
    auto *contactsBox = new QGroupBox(tr("Contact points"), this);
    auto *contactsOuter = new QVBoxLayout(contactsBox);
    m_contactsLayout = new QVBoxLayout;
    contactsOuter->addLayout(m_contactsLayout);
    m_addContactButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), tr("Add &contact point"), contactsBox);
    m_addContactButton->setObjectName(QStringLiteral("addContactButton"));
    m_addContactButton->setAccessibleName(tr("Add contact point"));
    contactsOuter->addWidget(m_addContactButton, 0, Qt::AlignLeft);
    layout->addWidget(contactsBox);

    // Addresses.
    auto *addressesBox = new QGroupBox(tr("Addresses"), this);
    auto *addressesOuter = new QVBoxLayout(addressesBox);
    m_addressesLayout = new QVBoxLayout;
    addressesOuter->addLayout(m_addressesLayout);
    m_addAddressButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), tr("Add a&ddress"), addressesBox);
    m_addAddressButton->setObjectName(QStringLiteral("addAddressButton"));
    m_addAddressButton->setAccessibleName(tr("Add address"));
    addressesOuter->addWidget(m_addAddressButton, 0, Qt::AlignLeft);
    layout->addWidget(addressesBox);

    // The rest.
    auto *form = new QFormLayout;
    m_tagsEdit = makeEdit(this, QStringLiteral("tagsEdit"), tr("Tags"), tr("Comma-separated, e.g. vip, reseller"));
    form->addRow(tr("&Tags:"), m_tagsEdit);
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_ownerCombo->setAccessibleName(tr("Owner"));
    form->addRow(tr("&Owner:"), m_ownerCombo);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Status"));
    m_statusCombo->addItem(tr("Lead"), int(CustomerStatus::Lead));
    m_statusCombo->addItem(tr("Prospect"), int(CustomerStatus::Prospect));
    m_statusCombo->addItem(tr("Customer"), int(CustomerStatus::Customer));
    m_statusCombo->addItem(tr("Inactive"), int(CustomerStatus::Inactive));
    form->addRow(tr("&Status:"), m_statusCombo);
    m_sourceEdit = makeEdit(this, QStringLiteral("sourceEdit"), tr("Source"), tr("Where the customer came from"));
    form->addRow(tr("So&urce:"), m_sourceEdit);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setMinimumHeight(70);
    form->addRow(tr("N&otes:"), m_notesEdit);
    m_notesHint = makeHint(this, QStringLiteral("notesHint"));
    form->addRow(QString(), m_notesHint);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateKindVisibility();
        onEdited();
    });
    for (QLineEdit *e : {m_givenNameEdit, m_familyNameEdit, m_companyNameEdit, m_tagsEdit, m_sourceEdit})
        connect(e, &QLineEdit::textChanged, this, &CustomerOverviewTab::onEdited);
    for (QComboBox *c : {m_companyCombo, m_ownerCombo, m_statusCombo})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &CustomerOverviewTab::onEdited);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &CustomerOverviewTab::onEdited);
    connect(m_addContactButton, &QPushButton::clicked, this, [this] {
        ContactPoint p;
        p.kind = m_contactRows.isEmpty() ? ContactKind::Phone : ContactKind::Email;
        addContactRow(p);
        m_contactRows.last()->value->setFocus();
        onEdited();
    });
    connect(m_addAddressButton, &QPushButton::clicked, this, [this] {
        addAddressRow(Address{});
        m_addressRows.last()->street->setFocus();
        onEdited();
    });

    m_companyCombo->addItem(tr("(no company)"), QString());
    m_companyCombo->installEventFilter(this); // the companies are read when the box is first used
    connect(&services.notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("user"))
            m_ownersStale = true;
        else if (entity == QLatin1String("customer"))
            m_companiesLoaded = false;
    });
    updateKindVisibility();
}

CustomerOverviewTab::~CustomerOverviewTab()
{
    qDeleteAll(m_contactRows);
    qDeleteAll(m_addressRows);
}

void CustomerOverviewTab::reloadChoices()
{
    loadOwners();
    loadCompanies();
}

void CustomerOverviewTab::ensureChoices()
{
    if (m_ownersStale)
        loadOwners();
}

bool CustomerOverviewTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_companyCombo && !m_companiesLoaded
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::Wheel || event->type() == QEvent::KeyPress))
        loadCompanies();
    return QWidget::eventFilter(watched, event);
}

void CustomerOverviewTab::loadOwners()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ownersStale = false;
    const QString owner = m_ownerCombo->currentData().toString();
    m_ownerCombo->clear();
    if (auto users = UserService(m_services).list(false)) {
        for (const User &u : *users)
            m_ownerCombo->addItem(u.name.isEmpty() ? u.email : u.name, u.id);
    }
    if (!owner.isEmpty())
        m_ownerCombo->setCurrentIndex(m_ownerCombo->findData(owner));
    m_loading = wasLoading;
}

void CustomerOverviewTab::loadCompanies()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_companiesLoaded = true;
    const QString company = m_companyCombo->currentData().toString();
    const QString companyName = m_companyCombo->currentText();
    m_companyCombo->clear();
    m_companyCombo->addItem(tr("(no company)"), QString());
    // Companies to choose from: the first ones by name. A searchable picker is needed for very large bases.
    CustomerFilter filter;
    filter.limit = 1000;
    if (auto all = CustomerService(m_services).list(filter)) {
        for (const Customer &c : *all) {
            if (c.kind == CustomerKind::Company && c.id != m_base.id)
                m_companyCombo->addItem(c.displayName, c.id);
        }
    }
    if (!company.isEmpty() && m_companyCombo->findData(company) < 0)
        m_companyCombo->addItem(companyName, company); // beyond the first 1,000: keep the choice
    if (!company.isEmpty())
        m_companyCombo->setCurrentIndex(std::max(0, m_companyCombo->findData(company)));
    m_loading = wasLoading;
}

void CustomerOverviewTab::setCustomer(const Customer &customer)
{
    m_loading = true;
    m_touched = false;
    if (customer.id != m_base.id)
        m_companiesLoaded = false; // the list leaves out the customer itself: read again when used
    m_base = customer;
    m_companyCombo->setItemText(0, tr("(no company)"));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(customer.kind)));
    if (customer.kind == CustomerKind::Company) {
        m_givenNameEdit->clear();
        m_familyNameEdit->clear();
        m_companyNameEdit->setText(customer.displayName);
    } else {
        m_givenNameEdit->setText(customer.givenName);
        m_familyNameEdit->setText(customer.familyName);
        if (customer.givenName.isEmpty() && customer.familyName.isEmpty()) {
            // Only a display name (e.g. imported): the last word as the family name, the rest as given names.
            const QString name = customer.displayName.simplified();
            const int space = name.lastIndexOf(QLatin1Char(' '));
            m_givenNameEdit->setText(space < 0 ? name : name.left(space));
            m_familyNameEdit->setText(space < 0 ? QString() : name.mid(space + 1));
        }
        m_companyNameEdit->clear();
    }
    if (!customer.companyId.isEmpty() && m_companyCombo->findData(customer.companyId) < 0)
        m_companyCombo->addItem(customer.companyName, customer.companyId);
    m_companyCombo->setCurrentIndex(std::max(0, m_companyCombo->findData(customer.companyId)));

    qDeleteAll(m_contactRows);
    m_contactRows.clear();
    for (const ContactPoint &p : customer.contacts)
        addContactRow(p);
    qDeleteAll(m_addressRows);
    m_addressRows.clear();
    for (const Address &a : customer.addresses)
        addAddressRow(a);

    m_tagsEdit->setText(customer.tags.join(QStringLiteral(", ")));
    const QString owner = customer.ownerId.isEmpty() ? m_services.session().userId : customer.ownerId;
    if (m_ownerCombo->findData(owner) < 0)
        m_ownerCombo->addItem(tr("(former user)"), owner);
    m_ownerCombo->setCurrentIndex(m_ownerCombo->findData(owner));
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(customer.status)));
    m_sourceEdit->setText(customer.source);
    m_notesEdit->setPlainText(customer.notes);
    updateKindVisibility();
    applyEditable();
    m_loading = false;
    validate();
}

Customer CustomerOverviewTab::customer() const
{
    Customer c = m_base;
    c.kind = CustomerKind(m_kindCombo->currentData().toInt());
    if (c.kind == CustomerKind::Company) {
        c.givenName.clear();
        c.familyName.clear();
        c.displayName = m_companyNameEdit->text().simplified();
        c.companyId.clear();
        c.companyName.clear();
    } else {
        c.givenName = m_givenNameEdit->text().simplified();
        c.familyName = m_familyNameEdit->text().simplified();
        c.displayName = QStringList{c.givenName, c.familyName}.join(QLatin1Char(' ')).trimmed();
        c.companyId = m_companyCombo->currentData().toString();
        c.companyName = c.companyId.isEmpty() ? QString() : m_companyCombo->currentText();
    }
    c.contacts.clear();
    for (const ContactRow *row : m_contactRows) {
        ContactPoint p;
        p.id = row->id;
        p.primary = row->primary;
        p.kind = ContactKind(row->kind->currentData().toInt());
        p.raw = row->value->text().trimmed();
        p.label = row->label->text().trimmed();
        c.contacts.append(p);
    }
    c.addresses.clear();
    for (const AddressRow *row : m_addressRows) {
        Address a;
        a.id = row->id;
        a.label = row->label->text().trimmed();
        a.street = row->street->text().trimmed();
        a.city = row->city->text().trimmed();
        a.region = row->region->text().trimmed();
        a.postalCode = row->postalCode->text().trimmed();
        a.country = row->country->text().trimmed().toUpper();
        c.addresses.append(a);
    }
    c.tags.clear();
    for (const QString &t : m_tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            c.tags.append(t.trimmed());
    }
    c.ownerId = m_ownerCombo->currentData().toString();
    c.status = CustomerStatus(m_statusCombo->currentData().toInt());
    c.source = m_sourceEdit->text().trimmed();
    c.notes = m_notesEdit->toPlainText();
    return c;
}

void CustomerOverviewTab::addContactRow(const ContactPoint &point)
{
    auto *row = new ContactRow;
    row->id = point.id;
    row->primary = point.primary;
    row->widget = new QWidget(this);
    auto *v = new QVBoxLayout(row->widget);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    row->kind = new QComboBox(row->widget);
    row->kind->addItem(tr("E-mail"), int(ContactKind::Email));
    row->kind->addItem(tr("Phone"), int(ContactKind::Phone));
    row->kind->addItem(tr("WhatsApp"), int(ContactKind::WhatsApp));
    row->kind->addItem(tr("Website"), int(ContactKind::Website));
    row->kind->setCurrentIndex(row->kind->findData(int(point.kind)));
    row->kind->setAccessibleName(tr("Contact kind"));
    row->value = new PhoneLineEdit(m_services.defaultRegion(), row->widget);
    row->value->setFormatting(isPhoneKind(point.kind));
    row->value->setAccessibleName(tr("Contact value"));
    // Stored phones show in the business's national format; what was typed otherwise.
    row->value->setText(isPhoneKind(point.kind) && !point.raw.isEmpty()
                            ? PhoneNormalizer::formatAsYouType(point.raw, m_services.defaultRegion())
                            : point.raw);
    if (row->value->text().isEmpty())
        row->value->setText(point.raw);
    row->label = new QLineEdit(point.label, row->widget);
    row->label->setPlaceholderText(tr("Label (work, home…)"));
    row->label->setAccessibleName(tr("Contact label"));
    row->label->setMaximumWidth(160);
    row->remove = new QToolButton(row->widget);
    row->remove->setText(tr("Remove"));
    row->remove->setAccessibleName(tr("Remove contact point"));
    h->addWidget(row->kind);
    h->addWidget(row->value, 1);
    h->addWidget(row->label);
    h->addWidget(row->remove);
    v->addLayout(h);
    row->hint = makeHint(row->widget, QString());
    v->addWidget(row->hint);
    m_contactsLayout->addWidget(row->widget);
    row->widget->show(); // now, not when the layout gets to it, so the hint's visibility is right at once
    m_contactRows.append(row);

    QWidget *rowWidget = row->widget;
    connect(row->kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, row] {
        row->value->setFormatting(isPhoneKind(ContactKind(row->kind->currentData().toInt())));
        onEdited();
    });
    connect(row->value, &QLineEdit::textChanged, this, &CustomerOverviewTab::onEdited);
    connect(row->label, &QLineEdit::textChanged, this, &CustomerOverviewTab::onEdited);
    connect(row->remove, &QToolButton::clicked, this, [this, rowWidget] { removeContactRow(rowWidget); });
    renumberRows();
    applyEditable();
}

void CustomerOverviewTab::addAddressRow(const Address &address)
{
    auto *row = new AddressRow;
    row->id = address.id;
    row->widget = new QWidget(this);
    auto *grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);
    row->label = makeEdit(row->widget, QString(), tr("Address label"), tr("Label (office, home…)"));
    row->label->setText(address.label);
    row->street = makeEdit(row->widget, QString(), tr("Street"), tr("Street and number"));
    row->street->setText(address.street);
    row->city = makeEdit(row->widget, QString(), tr("City"), tr("City"));
    row->city->setText(address.city);
    row->region = makeEdit(row->widget, QString(), tr("Province or region"), tr("Province"));
    row->region->setText(address.region);
    row->postalCode = makeEdit(row->widget, QString(), tr("Postal code"), tr("Postal code"));
    row->postalCode->setText(address.postalCode);
    row->country = makeEdit(row->widget, QString(), tr("Country code"), tr("Country (ID)"));
    row->country->setText(address.country);
    row->country->setMaxLength(2);
    row->country->setMaximumWidth(90);
    row->remove = new QToolButton(row->widget);
    row->remove->setText(tr("Remove"));
    row->remove->setAccessibleName(tr("Remove address"));
    grid->addWidget(row->label, 0, 0);
    grid->addWidget(row->street, 0, 1, 1, 3);
    grid->addWidget(row->remove, 0, 4);
    grid->addWidget(row->city, 1, 0);
    grid->addWidget(row->region, 1, 1);
    grid->addWidget(row->postalCode, 1, 2);
    grid->addWidget(row->country, 1, 3);
    m_addressesLayout->addWidget(row->widget);
    row->widget->show();
    m_addressRows.append(row);
    for (QLineEdit *e : {row->label, row->street, row->city, row->region, row->postalCode, row->country})
        connect(e, &QLineEdit::textChanged, this, &CustomerOverviewTab::onEdited);
    QWidget *rowWidget = row->widget;
    connect(row->remove, &QToolButton::clicked, this, [this, rowWidget] { removeAddressRow(rowWidget); });
    renumberRows();
    applyEditable();
}

void CustomerOverviewTab::removeContactRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_contactRows.size(); ++i) {
        if (m_contactRows.at(i)->widget == rowWidget) {
            rowWidget->deleteLater();
            rowWidget->hide();
            delete m_contactRows.takeAt(i);
            break;
        }
    }
    renumberRows();
    onEdited();
}

void CustomerOverviewTab::removeAddressRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_addressRows.size(); ++i) {
        if (m_addressRows.at(i)->widget == rowWidget) {
            rowWidget->deleteLater();
            rowWidget->hide();
            delete m_addressRows.takeAt(i);
            break;
        }
    }
    renumberRows();
    onEdited();
}

// Rows are named by position ("contactValueEdit_0", …) so tests and accessibility tools find them.
void CustomerOverviewTab::renumberRows()
{
    for (int i = 0; i < m_contactRows.size(); ++i) {
        ContactRow *r = m_contactRows.at(i);
        const QString n = QString::number(i);
        r->widget->setObjectName(QStringLiteral("contactRow_") + n);
        r->kind->setObjectName(QStringLiteral("contactKindCombo_") + n);
        r->value->setObjectName(QStringLiteral("contactValueEdit_") + n);
        r->label->setObjectName(QStringLiteral("contactLabelEdit_") + n);
        r->remove->setObjectName(QStringLiteral("removeContactButton_") + n);
        r->hint->setObjectName(QStringLiteral("contactHint_") + n);
    }
    for (int i = 0; i < m_addressRows.size(); ++i) {
        AddressRow *r = m_addressRows.at(i);
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

void CustomerOverviewTab::updateKindVisibility()
{
    const bool company = CustomerKind(m_kindCombo->currentData().toInt()) == CustomerKind::Company;
    m_nameForm->setRowVisible(m_givenNameEdit, !company);
    m_nameForm->setRowVisible(m_familyNameEdit, !company);
    m_nameForm->setRowVisible(m_companyCombo, !company);
    m_nameForm->setRowVisible(m_companyNameEdit, company);
}

void CustomerOverviewTab::onEdited()
{
    if (m_loading)
        return;
    m_touched = true;
    validate();
    Q_EMIT edited();
}

QString CustomerOverviewTab::hintFor(const ContactRow &row) const
{
    const QString value = row.value->text().trimmed();
    if (value.isEmpty())
        return tr("Enter a value or remove this row.");
    switch (ContactKind(row.kind->currentData().toInt())) {
    case ContactKind::Email:
        if (!EmailAddress::normalize(value))
            return tr("This is not a valid e-mail address (for example name@example.com).");
        break;
    case ContactKind::Phone:
    case ContactKind::WhatsApp:
        if (!row.value->e164())
            return tr("This is not a valid phone number for %1. Start a foreign number with + and its country code.")
                .arg(QLocale::territoryToString(QLocale::codeToTerritory(m_services.defaultRegion())));
        break;
    case ContactKind::Website:
        if (value.contains(QLatin1Char(' ')) || !value.contains(QLatin1Char('.')))
            return tr("This is not a web address (for example example.com).");
        break;
    }
    return {};
}

void CustomerOverviewTab::validate()
{
    bool valid = true;
    const Customer c = customer();
    if (c.displayName.isEmpty()) {
        // A blank new form does not start with a complaint; Save stays disabled all the same.
        const bool complain = m_touched || !m_base.id.isEmpty();
        showHint(m_nameHint, !complain                            ? QString()
                             : c.kind == CustomerKind::Company ? tr("Enter the company's name.")
                                                               : tr("Enter a given or family name."));
        valid = false;
    } else {
        showHint(m_nameHint, {});
    }
    for (ContactRow *row : m_contactRows) {
        const QString hint = hintFor(*row);
        showHint(row->hint, hint);
        valid = valid && hint.isEmpty();
    }
    if (CardNumberGuard::containsCardNumber(c.notes)) {
        showHint(m_notesHint, tr("The notes contain a payment card number. Card numbers are never stored: keep only "
                                 "the last four digits (%1).")
                                  .arg(CardNumberGuard::lastFour(c.notes)));
        valid = false;
    } else {
        showHint(m_notesHint, {});
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void CustomerOverviewTab::setEditable(bool editable)
{
    m_editable = editable;
    applyEditable();
}

void CustomerOverviewTab::applyEditable()
{
    const bool e = m_editable;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(edit->parentWidget()))
            edit->setReadOnly(!e);
    }
    m_notesEdit->setReadOnly(!e);
    for (QComboBox *combo : findChildren<QComboBox *>())
        combo->setEnabled(e);
    m_ownerCombo->setEnabled(e && Policy::allows(m_services.session(), Permission::ReassignOwner));
    m_addContactButton->setVisible(e);
    m_addAddressButton->setVisible(e);
    for (ContactRow *r : m_contactRows)
        r->remove->setVisible(e);
    for (AddressRow *r : m_addressRows)
        r->remove->setVisible(e);
}

} // namespace relasi
