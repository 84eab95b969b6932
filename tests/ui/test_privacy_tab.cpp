#include "ui/UiTestSupport.h"

#include "customers/CustomerDetailView.h"
#include "customers/CustomerPrivacyTab.h"
#include "privacy/ErasureDialog.h"
#include "privacy/LegalHold.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// A customer "Dewi Lestari" with one phone number, one communication-log entry and one deal with a payment.
struct Person {
    QString id;
    QString deal;
};

Person seedPerson(ServiceFixture &f)
{
    Person p;
    CustomerService customers(f.owner());
    Customer c;
    c.givenName = QStringLiteral("Dewi");
    c.familyName = QStringLiteral("Lestari");
    ContactPoint phone;
    phone.kind = ContactKind::Phone;
    phone.raw = QStringLiteral("+62 812 3456 7890");
    c.contacts = {phone};
    auto id = customers.create(c);
    REQUIRE(id.ok());
    p.id = *id;
    Interaction log;
    log.customerId = p.id;
    log.channel = QStringLiteral("call");
    log.direction = QStringLiteral("out");
    log.subject = QStringLiteral("Asked about the invoice");
    REQUIRE(InteractionService(f.owner()).add(log).ok());
    Deal d;
    d.customerId = p.id;
    d.title = QStringLiteral("Catering for Dewi's wedding");
    d.amount = Money(15000000, QStringLiteral("IDR"));
    auto deal = DealService(f.owner()).create(d);
    REQUIRE(deal.ok());
    p.deal = *deal;
    return p;
}

QTreeWidgetItem *previewRow(QTreeWidget *tree, const QString &kind)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == kind)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

// Opens the Privacy tab of `view` and returns the tab widget.
QWidget *openPrivacyTab(CustomerDetailView &view)
{
    auto *tabs = findChild<QTabWidget>(&view, "customerTabs");
    REQUIRE(tabs);
    QWidget *privacy = findChild<QWidget>(&view, "customerPrivacyTab");
    REQUIRE(privacy);
    tabs->setCurrentWidget(privacy);
    return privacy;
}

// Long work of the tab then runs on a worker connection to the fixture's workspace, as in the main window.
void useWorker(QWidget *tab, ServiceFixture &f)
{
    auto *privacy = qobject_cast<CustomerPrivacyTab *>(tab);
    REQUIRE(privacy);
    privacy->setWorkspace(&f.workspace());
}

} // namespace

TEST_CASE("Privacy tab: the owner erases a customer after the preview and a typed confirmation",
          "[ui][privacy][erasure]")
{
    UiTestScope scope;
    ServiceFixture f;
    const Person person = seedPerson(f);
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    view.showCustomer(person.id);
    showActivated(view);
    QWidget *tab = openPrivacyTab(view);
    useWorker(tab, f);
    saveShot(&view, QStringLiteral("privacy-tab-owner"));

    auto *erase = findChild<QPushButton>(tab, "erasePersonButton");
    REQUIRE(erase);
    REQUIRE(erase->isEnabled());
    QSignalSpy deleted(&view, &CustomerDetailView::customerDeleted);

    bool sawDialog = false;
    QString logCount, phoneCount, dealFate;
    bool runEnabledBeforeTyping = true, runEnabledAfterWrongName = true;
    bool runningAfterClick = false, busyShown = false, cancelEnabledWhileRunning = true;
    runOnNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ErasureDialog *>(w);
        REQUIRE(dialog);
        sawDialog = true;
        auto *tree = findChild<QTreeWidget>(dialog, "erasurePreviewView");
        REQUIRE(tree);
        if (auto *row = previewRow(tree, QStringLiteral("interactions")))
            logCount = row->text(1);
        if (auto *row = previewRow(tree, QStringLiteral("contact_points")))
            phoneCount = row->text(1);
        if (auto *row = previewRow(tree, QStringLiteral("deals")))
            dealFate = row->text(2);
        auto *run = findChild<QPushButton>(dialog, "erasureRunButton");
        auto *confirm = findChild<QLineEdit>(dialog, "erasureConfirmEdit");
        REQUIRE(run);
        REQUIRE(confirm);
        runEnabledBeforeTyping = run->isEnabled();
        QTest::keyClicks(confirm, QStringLiteral("Dewi"));
        runEnabledAfterWrongName = run->isEnabled();
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("Dewi Lestari"));
        saveShot(dialog, QStringLiteral("erasure-dialog-erase"));
        REQUIRE(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        // On the worker: the dialog stays open, busy, and cannot be cancelled until the erasure is done.
        runningAfterClick = dialog->isRunning();
        if (runningAfterClick) {
            busyShown = findChild<QWidget>(dialog, "erasureBusy")->isVisible();
            cancelEnabledWhileRunning = findChild<QPushButton>(dialog, "erasureCancelButton")->isEnabled();
            saveShot(dialog, QStringLiteral("erasure-dialog-running"));
        }
    });
    QTest::mouseClick(erase, Qt::LeftButton);

    REQUIRE(sawDialog);
    CHECK(logCount == QStringLiteral("1"));
    CHECK(phoneCount == QStringLiteral("1"));
    CHECK(dealFate == QStringLiteral("Deleted"));
    CHECK_FALSE(runEnabledBeforeTyping);
    CHECK_FALSE(runEnabledAfterWrongName);
    CHECK(runningAfterClick);
    CHECK(busyShown);
    CHECK_FALSE(cancelEnabledWhileRunning);
    REQUIRE(deleted.count() == 1);
    CHECK(deleted.at(0).at(0).toString() == person.id);
    auto gone = CustomerService(f.owner()).get(person.id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.code() == ErrorCode::NotFound);
    CHECK(DealService(f.owner()).get(person.deal).code() == ErrorCode::NotFound);
    CHECK_FALSE(erase->isEnabled());
    CHECK_FALSE(findChild<QPushButton>(tab, "recordConsentButton")->isEnabled());
    auto *message = findChild<QLabel>(tab, "privacyMessageLabel");
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("erased")));
    saveShot(&view, QStringLiteral("privacy-tab-after-erase"));
}

TEST_CASE("Privacy tab: anonymizing keeps the deal and renames the customer", "[ui][privacy][erasure]")
{
    UiTestScope scope;
    ServiceFixture f;
    const Person person = seedPerson(f);
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    view.showCustomer(person.id);
    showActivated(view);
    QWidget *tab = openPrivacyTab(view);
    QSignalSpy saved(&view, &CustomerDetailView::customerSaved);
    QSignalSpy deleted(&view, &CustomerDetailView::customerDeleted);

    QString dealFate, paymentsShown;
    runOnNextModal([&](QWidget *w) {
        auto *anonymize = findChild<QRadioButton>(w, "anonymizeModeRadio");
        REQUIRE(anonymize);
        QTest::mouseClick(anonymize, Qt::LeftButton);
        REQUIRE(anonymize->isChecked());
        auto *tree = findChild<QTreeWidget>(w, "erasurePreviewView");
        if (auto *row = previewRow(tree, QStringLiteral("deals")))
            dealFate = row->text(2);
        auto *run = findChild<QPushButton>(w, "erasureRunButton");
        QTest::keyClicks(findChild<QLineEdit>(w, "erasureConfirmEdit"), ErasureDialog::confirmWord());
        saveShot(w, QStringLiteral("erasure-dialog-anonymize"));
        REQUIRE(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
    });
    QTest::mouseClick(findChild<QPushButton>(tab, "erasePersonButton"), Qt::LeftButton);

    CHECK(dealFate == QStringLiteral("Anonymised"));
    CHECK(deleted.count() == 0);
    CHECK(saved.count() == 1);
    auto customer = CustomerService(f.owner()).get(person.id);
    REQUIRE(customer.ok());
    CHECK(customer->displayName.startsWith(QStringLiteral("Anonymised customer")));
    CHECK(customer->contacts.isEmpty());
    auto deal = DealService(f.owner()).get(person.deal);
    REQUIRE(deal.ok());
    CHECK(deal->amount == Money(15000000, QStringLiteral("IDR")));
    CHECK_FALSE(deal->title.contains(QStringLiteral("Dewi")));
}

TEST_CASE("Privacy tab: a sales rep sees erase and legal hold disabled with the reason", "[ui][privacy][erasure]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString id = f.addCustomer(rep, QStringLiteral("Budi Santoso"));
    QUndoStack stack;
    CustomerDetailView view(f.as(rep), &stack);
    view.showCustomer(id);
    showActivated(view);
    QWidget *tab = openPrivacyTab(view);
    auto *erase = findChild<QPushButton>(tab, "erasePersonButton");
    auto *hold = findChild<QCheckBox>(tab, "legalHoldCheck");
    auto *exportButton = findChild<QPushButton>(tab, "exportPersonDataButton");
    REQUIRE(erase);
    REQUIRE(hold);
    REQUIRE(exportButton);
    CHECK_FALSE(erase->isEnabled());
    CHECK(erase->toolTip().contains(QStringLiteral("Only the workspace owner")));
    CHECK_FALSE(hold->isEnabled());
    CHECK_FALSE(exportButton->isEnabled());
    // The record consent button still works for the rep's own customer: the tab is not simply all disabled.
    CHECK(findChild<QPushButton>(tab, "recordConsentButton")->isEnabled());
    saveShot(&view, QStringLiteral("privacy-tab-sales-rep"));
}

TEST_CASE("Privacy tab: the legal hold box sets the hold, and a held customer cannot be erased",
          "[ui][privacy][erasure][hold]")
{
    UiTestScope scope;
    ServiceFixture f;
    const Person person = seedPerson(f);
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    view.showCustomer(person.id);
    showActivated(view);
    QWidget *tab = openPrivacyTab(view);
    auto *hold = findChild<QCheckBox>(tab, "legalHoldCheck");
    REQUIRE(hold);
    REQUIRE(hold->isEnabled());
    REQUIRE_FALSE(hold->isChecked());
    QTest::mouseClick(hold, Qt::LeftButton);
    CHECK(hold->isChecked());
    auto held = LegalHold(f.owner()).isHeld(person.id);
    REQUIRE(held.ok());
    CHECK(*held);

    bool runEnabled = true, confirmEnabled = true;
    QString holdText;
    runOnNextModal([&](QWidget *w) {
        auto *label = findChild<QLabel>(w, "erasureLegalHoldLabel");
        REQUIRE(label);
        holdText = label->isVisible() ? label->text() : QString();
        auto *confirm = findChild<QLineEdit>(w, "erasureConfirmEdit");
        confirmEnabled = confirm->isEnabled();
        QTest::keyClicks(confirm, ErasureDialog::confirmWord());
        runEnabled = findChild<QPushButton>(w, "erasureRunButton")->isEnabled();
        saveShot(w, QStringLiteral("erasure-dialog-legal-hold"));
        QTest::mouseClick(findChild<QPushButton>(w, "erasureCancelButton"), Qt::LeftButton);
    });
    QTest::mouseClick(findChild<QPushButton>(tab, "erasePersonButton"), Qt::LeftButton);
    CHECK(holdText.contains(QStringLiteral("legal hold")));
    CHECK(holdText.contains(QStringLiteral("clears the hold")));
    CHECK_FALSE(confirmEnabled);
    CHECK_FALSE(runEnabled);
    CHECK(CustomerService(f.owner()).get(person.id).ok());

    QTest::mouseClick(hold, Qt::LeftButton);
    CHECK_FALSE(hold->isChecked());
    CHECK_FALSE(*LegalHold(f.owner()).isHeld(person.id));
}

TEST_CASE("Privacy tab: the owner exports a person's data to a zip named in the message",
          "[ui][privacy][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    const Person person = seedPerson(f);
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    view.showCustomer(person.id);
    showActivated(view);
    QWidget *tab = openPrivacyTab(view);
    useWorker(tab, f);
    auto *exportButton = findChild<QPushButton>(tab, "exportPersonDataButton");
    REQUIRE(exportButton);
    REQUIRE(exportButton->isEnabled());
    const QString target = scope.path(QStringLiteral("dewi.zip"));
    runOnNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        REQUIRE(dialog);
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *message = findChild<QLabel>(tab, "privacyMessageLabel");
    REQUIRE(message);
    // On the worker: busy (the button off) until the zip is written, then the message.
    CHECK(qobject_cast<CustomerPrivacyTab *>(tab)->isBusy());
    CHECK_FALSE(exportButton->isEnabled());
    REQUIRE(waitFor([&] { return !qobject_cast<CustomerPrivacyTab *>(tab)->isBusy(); }));
    CHECK(exportButton->isEnabled());
    CHECK(message->isVisible());
    CHECK(message->text().contains(QDir::toNativeSeparators(target)));
    REQUIRE(QFile::exists(target));
    QFile zip(target);
    REQUIRE(zip.open(QIODevice::ReadOnly));
    CHECK(zip.read(2) == QByteArray("PK"));
    saveShot(&view, QStringLiteral("privacy-tab-exported"));
}
