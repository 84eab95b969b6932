#include "customers/ContactPointsEditor.h"

#include "common/PhoneLineEdit.h"
#include "customers/CustomerOverviewTab.h"
#include "domain/EmailAddress.h"
#include "domain/PhoneNormalizer.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace relasi {


struct ContactPointsEditor::Row {
    QWidget *widget = nullptr;
    QString id;
    bool primary = false;
    QComboBox *kind = nullptr;
    PhoneLineEdit *value = nullptr;
    QLineEdit *label = nullptr;
    QToolButton *remove = nullptr;
    QLabel *hint = nullptr;
};

namespace {

bool isPhoneKind(ContactKind k)
{
    return k == ContactKind::Phone || k == ContactKind::WhatsApp;
}

} // namespace

ContactPointsEditor::ContactPointsEditor(ServiceContext &services, QWidget *parent)
    : QGroupBox(CustomerOverviewTab::tr("Contact points"), parent), m_services(services)
{
    setObjectName(QStringLiteral("contactPointsEditor"));
    auto *outer = new QVBoxLayout(this);
    m_rowsLayout = new QVBoxLayout;
    outer->addLayout(m_rowsLayout);
    m_addButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")),
                                  CustomerOverviewTab::tr("Add &contact point"), this);
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_addButton->setAccessibleName(CustomerOverviewTab::tr("Add contact point"));
    outer->addWidget(m_addButton, 0, Qt::AlignLeft);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        ContactPoint p;
        p.kind = m_rows.isEmpty() ? ContactKind::Phone : ContactKind::Email;
        addRow(p)->value->setFocus();
        Q_EMIT edited();
    });
}

ContactPointsEditor::~ContactPointsEditor()
{
    qDeleteAll(m_rows);
}

void ContactPointsEditor::clearRows()
{
    for (Row *row : std::as_const(m_rows)) {
        row->widget->hide();
        row->widget->deleteLater();
    }
    qDeleteAll(m_rows);
    m_rows.clear();
}

void ContactPointsEditor::setContacts(const QList<ContactPoint> &contacts)
{
    const QSignalBlocker blocker(this);
    clearRows();
    for (const ContactPoint &p : contacts)
        addRow(p);
}

QList<ContactPoint> ContactPointsEditor::contacts() const
{
    QList<ContactPoint> out;
    for (const Row *row : m_rows) {
        ContactPoint p;
        p.id = row->id;
        p.primary = row->primary;
        p.kind = ContactKind(row->kind->currentData().toInt());
        p.raw = row->value->text().trimmed();
        p.label = row->label->text().trimmed();
        out.append(p);
    }
    return out;
}

ContactPointsEditor::Row *ContactPointsEditor::addRow(const ContactPoint &point)
{
    auto *row = new Row;
    row->id = point.id;
    row->primary = point.primary;
    row->widget = new QWidget(this);
    auto *v = new QVBoxLayout(row->widget);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    row->kind = new QComboBox(row->widget);
    row->kind->addItem(CustomerOverviewTab::tr("E-mail"), int(ContactKind::Email));
    row->kind->addItem(CustomerOverviewTab::tr("Phone"), int(ContactKind::Phone));
    row->kind->addItem(CustomerOverviewTab::tr("WhatsApp"), int(ContactKind::WhatsApp));
    row->kind->addItem(CustomerOverviewTab::tr("Website"), int(ContactKind::Website));
    row->kind->setCurrentIndex(row->kind->findData(int(point.kind)));
    row->kind->setAccessibleName(CustomerOverviewTab::tr("Contact kind"));
    const QString region = m_services.defaultRegion();
    row->value = new PhoneLineEdit(region, row->widget);
    row->value->setFormatting(isPhoneKind(point.kind));
    row->value->setAccessibleName(CustomerOverviewTab::tr("Contact value"));
    // Stored phones show from their E.164 form, in the business's national format (a foreign number
    // internationally), whatever way they were once typed or imported; other values as they were typed.
    QString shown;
    if (isPhoneKind(point.kind)) {
        shown = !point.normalized.isEmpty() ? PhoneNormalizer::formatForDisplay(point.normalized, region)
                                            : PhoneNormalizer::formatAsYouType(point.raw, region);
    }
    row->value->setText(shown.isEmpty() ? point.raw : shown);
    row->label = new QLineEdit(point.label, row->widget);
    row->label->setPlaceholderText(CustomerOverviewTab::tr("Label (work, home…)"));
    row->label->setAccessibleName(CustomerOverviewTab::tr("Contact label"));
    row->label->setMaximumWidth(160);
    row->remove = new QToolButton(row->widget);
    row->remove->setText(CustomerOverviewTab::tr("Remove"));
    row->remove->setAccessibleName(CustomerOverviewTab::tr("Remove contact point"));
    h->addWidget(row->kind);
    h->addWidget(row->value, 1);
    h->addWidget(row->label);
    h->addWidget(row->remove);
    v->addLayout(h);
    row->hint = CustomerOverviewTab::makeHint(row->widget, QString());
    v->addWidget(row->hint);
    m_rowsLayout->addWidget(row->widget);
    row->widget->show(); // now, not when the layout gets to it, so the hint's visibility is right at once
    m_rows.append(row);

    QWidget *rowWidget = row->widget;
    connect(row->kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, row] {
        row->value->setFormatting(isPhoneKind(ContactKind(row->kind->currentData().toInt())));
        Q_EMIT edited();
    });
    connect(row->value, &QLineEdit::textChanged, this, &ContactPointsEditor::edited);
    connect(row->label, &QLineEdit::textChanged, this, &ContactPointsEditor::edited);
    connect(row->remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    renumber();
    setEditable(m_editable);
    return row;
}

void ContactPointsEditor::removeRow(QWidget *rowWidget)
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

// Rows are named by position ("contactValueEdit_0", …) so tests and accessibility tools find them.
void ContactPointsEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row *r = m_rows.at(i);
        const QString n = QString::number(i);
        r->widget->setObjectName(QStringLiteral("contactRow_") + n);
        r->kind->setObjectName(QStringLiteral("contactKindCombo_") + n);
        r->value->setObjectName(QStringLiteral("contactValueEdit_") + n);
        r->label->setObjectName(QStringLiteral("contactLabelEdit_") + n);
        r->remove->setObjectName(QStringLiteral("removeContactButton_") + n);
        r->hint->setObjectName(QStringLiteral("contactHint_") + n);
    }
}

QString ContactPointsEditor::hintFor(const Row &row) const
{
    const QString value = row.value->text().trimmed();
    if (value.isEmpty())
        return CustomerOverviewTab::tr("Enter a value or remove this row.");
    switch (ContactKind(row.kind->currentData().toInt())) {
    case ContactKind::Email:
        if (!EmailAddress::normalize(value))
            return CustomerOverviewTab::tr("This is not a valid e-mail address (for example name@example.com).");
        break;
    case ContactKind::Phone:
    case ContactKind::WhatsApp:
        if (!row.value->e164())
            return CustomerOverviewTab::tr(
                       "This is not a valid phone number for %1. Start a foreign number with + and its country code.")
                .arg(QLocale::territoryToString(QLocale::codeToTerritory(row.value->region())));
        break;
    case ContactKind::Website:
        if (value.contains(QLatin1Char(' ')) || !value.contains(QLatin1Char('.')))
            return CustomerOverviewTab::tr("This is not a web address (for example example.com).");
        break;
    }
    return {};
}

bool ContactPointsEditor::validate()
{
    bool valid = true;
    for (Row *row : std::as_const(m_rows)) {
        const QString hint = hintFor(*row);
        CustomerOverviewTab::showHint(row->hint, hint);
        valid = valid && hint.isEmpty();
    }
    return valid;
}

void ContactPointsEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_addButton->setVisible(editable);
    for (Row *r : std::as_const(m_rows)) {
        r->kind->setEnabled(editable);
        r->value->setReadOnly(!editable);
        r->label->setReadOnly(!editable);
        r->remove->setVisible(editable);
    }
}

} // namespace relasi
