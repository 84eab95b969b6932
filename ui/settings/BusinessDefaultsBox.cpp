#include "settings/BusinessDefaultsBox.h"

#include "services/BusinessProfileService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace relasi {

namespace {

const QString kDefaultCountry = QStringLiteral("ID");
const QString kDefaultCurrency = QStringLiteral("IDR");

// The combo's code, or what was stored when the combo is still empty.
QString codeOf(const QComboBox *combo, const QString &fallback)
{
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? fallback : code;
}

void select(QComboBox *combo, const QString &code, const QString &displayForUnknown)
{
    int at = combo->findData(code);
    if (at < 0 && !code.isEmpty()) {
        // A code set elsewhere (the CLI, a sync) that the list does not offer: shown as it is.
        combo->addItem(displayForUnknown, code);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, at));
}

} // namespace

BusinessDefaultsBox::BusinessDefaultsBox(ServiceContext &services, QWidget *parent)
    : QGroupBox(parent), m_services(services)
{
    setObjectName(QStringLiteral("businessDefaultsBox"));
    m_canEdit = Policy::allows(services.session(), Permission::ConfigureSettings);
    if (auto profile = BusinessProfileService(services).get()) {
        m_storedCountry = profile->country;
        m_storedCurrency = profile->currency;
    }
    if (m_storedCountry.isEmpty())
        m_storedCountry = kDefaultCountry;
    if (m_storedCurrency.isEmpty())
        m_storedCurrency = kDefaultCurrency;

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("defaultCountryCombo"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("defaultCurrencyCombo"));
    m_countryLabel = new QLabel(this);
    m_countryLabel->setBuddy(m_country);
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setBuddy(m_currency);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("businessDefaultsHint"));
    m_hint->setWordWrap(true);
    m_country->setEnabled(m_canEdit);
    m_currency->setEnabled(m_canEdit);

    auto *form = new QFormLayout(this);
    form->addRow(m_countryLabel, m_country);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_hint);
    retranslate();
}

QString BusinessDefaultsBox::country() const
{
    return codeOf(m_country, m_storedCountry);
}

QString BusinessDefaultsBox::currency() const
{
    return codeOf(m_currency, m_storedCurrency);
}

void BusinessDefaultsBox::setCountry(const QString &code)
{
    select(m_country, code.toUpper(), code.toUpper());
}

void BusinessDefaultsBox::setCurrency(const QString &code)
{
    select(m_currency, code.toUpper(), code.toUpper());
}

bool BusinessDefaultsBox::isChanged() const
{
    return country() != m_storedCountry || currency() != m_storedCurrency;
}

Status BusinessDefaultsBox::save()
{
    if (!isChanged())
        return {};
    BusinessProfileService service(m_services);
    auto profile = service.get();
    if (!profile)
        return profile.error();
    BusinessProfile updated = *profile;
    updated.country = country();
    updated.currency = currency();
    if (Status s = service.update(updated); !s)
        return s; // PermissionDenied for anyone but the owner (and audited by the service)
    m_storedCountry = updated.country;
    m_storedCurrency = updated.currency;
    return {};
}

void BusinessDefaultsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void BusinessDefaultsBox::fillCombos()
{
    const QString country = this->country();
    const QString currency = this->currency();
    const QList<QPair<QString, QString>> countries = {
        {QStringLiteral("ID"), tr("Indonesia")},   {QStringLiteral("MY"), tr("Malaysia")},
        {QStringLiteral("SG"), tr("Singapore")},   {QStringLiteral("PH"), tr("Philippines")},
        {QStringLiteral("TH"), tr("Thailand")},    {QStringLiteral("VN"), tr("Vietnam")},
        {QStringLiteral("TL"), tr("Timor-Leste")}, {QStringLiteral("AU"), tr("Australia")},
        {QStringLiteral("NL"), tr("Netherlands")}, {QStringLiteral("US"), tr("United States")}};
    const QList<QPair<QString, QString>> currencies = {
        {QStringLiteral("IDR"), tr("IDR – Indonesian rupiah")}, {QStringLiteral("MYR"), tr("MYR – Malaysian ringgit")},
        {QStringLiteral("SGD"), tr("SGD – Singapore dollar")},  {QStringLiteral("PHP"), tr("PHP – Philippine peso")},
        {QStringLiteral("THB"), tr("THB – Thai baht")},         {QStringLiteral("VND"), tr("VND – Vietnamese dong")},
        {QStringLiteral("AUD"), tr("AUD – Australian dollar")}, {QStringLiteral("EUR"), tr("EUR – Euro")},
        {QStringLiteral("USD"), tr("USD – US dollar")}};
    m_country->clear();
    for (const auto &c : countries)
        m_country->addItem(c.second, c.first);
    m_currency->clear();
    for (const auto &c : currencies)
        m_currency->addItem(c.second, c.first);
    const QString countryName = QLocale::territoryToString(QLocale::codeToTerritory(country));
    select(m_country, country, countryName.isEmpty() ? country : countryName);
    select(m_currency, currency, currency);
}

void BusinessDefaultsBox::retranslate()
{
    setTitle(tr("Business defaults"));
    m_countryLabel->setText(tr("Default &country:"));
    m_currencyLabel->setText(tr("Default c&urrency:"));
    m_country->setAccessibleName(tr("Default country"));
    m_currency->setAccessibleName(tr("Default currency"));
    fillCombos();
    QString hint = tr("Phone numbers typed without a country code are read as numbers of this country; new "
                      "deals start in this currency. They apply to everyone in this workspace.");
    if (!m_canEdit)
        hint += QLatin1Char(' ') + tr("Only the workspace owner can change them.");
    m_hint->setText(hint);
}

} // namespace relasi
