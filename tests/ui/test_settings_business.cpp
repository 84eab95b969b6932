#include "ui/UiTestSupport.h"

#include "common/PhoneLineEdit.h"
#include "customers/CustomerDealDialog.h"
#include "customers/CustomerDetailView.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "pipeline/NewDealDialog.h"
#include "services/BusinessProfileService.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "settings/BusinessDefaultsBox.h"
#include "settings/SettingsDialog.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// Opens Settings over `services`, picks the country and currency codes in the General tab and presses OK.
void chooseDefaults(ServiceContext &services, const QString &country, const QString &currency)
{
    SettingsDialog dialog(nullptr, &services);
    showActivated(dialog, QSize(640, 660));
    auto *countryCombo = findChild<QComboBox>(&dialog, "defaultCountryCombo");
    auto *currencyCombo = findChild<QComboBox>(&dialog, "defaultCurrencyCombo");
    REQUIRE(countryCombo);
    REQUIRE(currencyCombo);
    REQUIRE(countryCombo->isEnabled());
    countryCombo->setCurrentIndex(countryCombo->findData(country));
    currencyCombo->setCurrentIndex(currencyCombo->findData(currency));
    REQUIRE(countryCombo->currentData().toString() == country);
    REQUIRE(currencyCombo->currentData().toString() == currency);
    QTest::mouseClick(findChild<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(findChild<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
}

} // namespace

TEST_CASE("Settings, business defaults: a new workspace shows Indonesia and IDR", "[ui][settings][business]")
{
    UiTestScope scope;
    ServiceFixture f;
    SettingsDialog dialog(nullptr, &f.owner());
    showActivated(dialog, QSize(640, 660));
    CHECK(findChild<QComboBox>(&dialog, "defaultCountryCombo")->currentData().toString() == QStringLiteral("ID"));
    CHECK(findChild<QComboBox>(&dialog, "defaultCountryCombo")->currentText() == QStringLiteral("Indonesia"));
    CHECK(findChild<QComboBox>(&dialog, "defaultCurrencyCombo")->currentData().toString() == QStringLiteral("IDR"));
    CHECK_FALSE(dialog.businessDefaults()->isChanged());
    saveShot(&dialog, QStringLiteral("settings-business-defaults"));
}

TEST_CASE("Settings, business defaults: with Malaysia chosen, a national number typed for a new customer is "
          "stored as +60",
          "[ui][settings][business][phone]")
{
    UiTestScope scope;
    ServiceFixture f;
    QString regionWhenAnnounced;
    QObject::connect(&f.owner().notifier(), &ChangeNotifier::changed, [&](const QString &entity) {
        if (entity == QLatin1String("business_profile"))
            regionWhenAnnounced = f.owner().defaultRegion();
    });
    chooseDefaults(f.owner(), QStringLiteral("MY"), QStringLiteral("IDR"));
    CHECK(regionWhenAnnounced == QStringLiteral("MY")); // listeners of the change see the new region

    auto profile = BusinessProfileService(f.owner()).get();
    REQUIRE(profile.ok());
    CHECK(profile->country == QStringLiteral("MY"));
    CHECK(profile->currency == QStringLiteral("IDR"));
    CHECK(f.owner().defaultRegion() == QStringLiteral("MY"));
    // Connections opened from now on (the read worker, the CSV import's worker) read the new country too.
    QSqlDatabase db = f.db();
    auto session = SessionLoader::load(db, f.ownerId());
    REQUIRE(session.ok());
    auto fresh = ServiceContext::create(db, *session, f.clock());
    REQUIRE(fresh.ok());
    CHECK((*fresh)->defaultRegion() == QStringLiteral("MY"));
    // A CSV import whose profile names no phone country reads national numbers in the business's country.
    {
        QBuffer csv;
        csv.setData("name,phone\nSiti Aminah,0198765432\n");
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CustomerImporter importer(**fresh);
        auto report = importer.run(csv, ImportProfile());
        REQUIRE(report.ok());
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_points WHERE normalized = '+60198765432'")) == 1);
    }

    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.startNew();
    auto *given = findChild<QLineEdit>(&view, "givenNameEdit");
    given->setFocus();
    QTest::keyClicks(given, QStringLiteral("Aminah"));
    QTest::mouseClick(findChild<QPushButton>(&view, "addContactButton"), Qt::LeftButton);
    auto *phone = findChild<PhoneLineEdit>(&view, "contactValueEdit_0");
    REQUIRE(phone);
    CHECK(phone->region() == QStringLiteral("MY"));
    QTest::keyClicks(phone, QStringLiteral("0123456789")); // a Malaysian mobile number, national format
    CHECK(phone->text() != QStringLiteral("0123456789")); // formatted as typed, in Malaysia's way
    CHECK(phone->text().remove(QLatin1Char('-')).remove(QLatin1Char(' ')) == QStringLiteral("0123456789"));
    CHECK_FALSE(findChild<QLabel>(&view, "contactHint_0")->isVisible());
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);

    REQUIRE_FALSE(view.customerId().isEmpty());
    auto stored = CustomerService(f.owner()).get(view.customerId());
    REQUIRE(stored.ok());
    REQUIRE(stored->contacts.size() == 1);
    CHECK(stored->contacts.at(0).normalized == QStringLiteral("+60123456789"));

    // Back to Indonesia: the same digits are an Indonesian number again.
    chooseDefaults(f.owner(), QStringLiteral("ID"), QStringLiteral("IDR"));
    Customer c;
    c.givenName = QStringLiteral("Budi");
    ContactPoint p;
    p.kind = ContactKind::Phone;
    p.raw = QStringLiteral("081234567890");
    c.contacts = {p};
    auto id = CustomerService(f.owner()).create(c);
    REQUIRE(id.ok());
    CHECK(CustomerService(f.owner()).get(*id)->contacts.at(0).normalized == QStringLiteral("+6281234567890"));
}

TEST_CASE("Settings, business defaults: new deals start in the chosen currency", "[ui][settings][business][deals]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Tan Ah Kow"));
    chooseDefaults(f.owner(), QStringLiteral("SG"), QStringLiteral("SGD"));
    CHECK(BusinessProfileService(f.owner()).get()->currency == QStringLiteral("SGD"));

    // The customer's Sales tab dialog.
    CustomerDealDialog dialog(f.owner(), customer);
    showActivated(dialog, QSize(480, 360));
    CHECK(findChild<QComboBox>(&dialog, "dealCurrencyCombo")->currentText() == QStringLiteral("SGD"));
    QTest::keyClicks(findChild<QLineEdit>(&dialog, "dealTitleEdit"), QStringLiteral("Office chairs"));
    QTest::keyClicks(findChild<QLineEdit>(&dialog, "dealAmountEdit"), QStringLiteral("1250"));
    QTest::mouseClick(findChild<QPushButton>(&dialog, "dealCreateButton"), Qt::LeftButton);
    REQUIRE_FALSE(dialog.dealId().isEmpty());
    auto deal = DealService(f.owner()).get(dialog.dealId());
    REQUIRE(deal.ok());
    CHECK(deal->amount.currency() == QStringLiteral("SGD"));

    // The Pipeline's dialog: the business currency as it is now, whatever the page read before.
    NewDealDialog pipelineDialog(f.owner(), QStringLiteral("IDR"));
    CHECK(findChild<QLineEdit>(&pipelineDialog, "newDealAmount")->accessibleName().contains(QStringLiteral("SGD")));
}

TEST_CASE("Settings, business defaults: others than the owner see them read-only", "[ui][settings][business][policy]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString manager = f.addUser(Role::Manager);
    SettingsDialog dialog(nullptr, &f.as(manager));
    showActivated(dialog, QSize(640, 660));
    auto *country = findChild<QComboBox>(&dialog, "defaultCountryCombo");
    CHECK(country->currentData().toString() == QStringLiteral("ID"));
    CHECK_FALSE(country->isEnabled());
    CHECK_FALSE(findChild<QComboBox>(&dialog, "defaultCurrencyCombo")->isEnabled());
    CHECK(findChild<QLabel>(&dialog, "businessDefaultsHint")->text().contains(QStringLiteral("Only the workspace owner")));
    QTest::mouseClick(findChild<QPushButton>(&dialog, "okButton"), Qt::LeftButton); // other settings still save
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(BusinessProfileService(f.owner()).get()->country == QStringLiteral("ID"));

    // The service, not only the UI, refuses.
    BusinessProfile p = *BusinessProfileService(f.owner()).get();
    p.country = QStringLiteral("MY");
    CHECK(BusinessProfileService(f.as(manager)).update(p).code() == ErrorCode::PermissionDenied);
}
