#include "customers/CustomerOverviewTab.h"

#include "customers/AddressesEditor.h"
#include "customers/ContactPointsEditor.h"
#include "domain/CardNumberGuard.h"
#include "services/CustomerService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace relasi {

namespace {

QLineEdit *makeEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

QLabel *CustomerOverviewTab::makeHint(QWidget *parent, const QString &objectName)
{
    auto *hint = new QLabel(parent);
    hint->setObjectName(objectName);
    hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    hint->setWordWrap(true);
    hint->setVisible(false);
    return hint;
}

void CustomerOverviewTab::showHint(QLabel *hint, const QString &text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

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

    // Contact points and addresses.
    m_contacts = new ContactPointsEditor(services, this);
    layout->addWidget(m_contacts);
    m_addresses = new AddressesEditor(this);
    layout->addWidget(m_addresses);

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
    connect(m_contacts, &ContactPointsEditor::edited, this, &CustomerOverviewTab::onEdited);
    connect(m_addresses, &AddressesEditor::edited, this, &CustomerOverviewTab::onEdited);

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

CustomerOverviewTab::~CustomerOverviewTab() = default;

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

    m_contacts->setContacts(customer.contacts);
    m_addresses->setAddresses(customer.addresses);

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
    c.contacts = m_contacts->contacts();
    c.addresses = m_addresses->addresses();
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
    if (!m_contacts->validate())
        valid = false;
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
    for (QLineEdit *edit : {m_givenNameEdit, m_familyNameEdit, m_companyNameEdit, m_tagsEdit, m_sourceEdit})
        edit->setReadOnly(!e);
    m_notesEdit->setReadOnly(!e);
    for (QComboBox *combo : {m_kindCombo, m_companyCombo, m_statusCombo})
        combo->setEnabled(e);
    m_ownerCombo->setEnabled(e && Policy::allows(m_services.session(), Permission::ReassignOwner));
    m_contacts->setEditable(e);
    m_addresses->setEditable(e);
}

} // namespace relasi
