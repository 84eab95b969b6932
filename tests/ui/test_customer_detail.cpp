#include "ui/UiTestSupport.h"

#include "common/PhoneLineEdit.h"
#include "customers/CustomerDetailView.h"
#include "customers/CustomerOverviewTab.h"
#include "customers/LogInteractionDialog.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

void typeInto(QWidget &view, const char *objectName, const QString &text)
{
    auto *edit = findChild<QLineEdit>(&view, objectName);
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void pressSave(QWidget &view)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &view;
    QTest::keyClick(target, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

TEST_CASE("Customer detail: a new customer typed in and saved with Ctrl+S exists in CustomerService",
          "[ui][customers][detail]")
{
    UiTestScope scope;
    ServiceFixture f;
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    QSignalSpy saved(&view, &CustomerDetailView::customerSaved);

    view.startNew();
    CHECK_FALSE(findChild<QPushButton>(&view, "saveButton")->isEnabled()); // no name yet
    typeInto(view, "givenNameEdit", QStringLiteral("Budi"));
    typeInto(view, "familyNameEdit", QStringLiteral("Santoso"));
    CHECK(view.hasUnsavedChanges());
    pressSave(view);

    REQUIRE(saved.count() == 1);
    const QString id = saved.at(0).at(0).toString();
    auto stored = CustomerService(f.owner()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->displayName == QStringLiteral("Budi Santoso"));
    CHECK(stored->ownerId == f.ownerId());
    CHECK(view.customerId() == id);
    CHECK_FALSE(view.hasUnsavedChanges());
    CHECK(stack.count() == 1);

    // Undo removes the new record, redo brings the same one back.
    stack.undo();
    CHECK(CustomerService(f.owner()).get(id)->isDeleted());
    stack.redo();
    CHECK_FALSE(CustomerService(f.owner()).get(id)->isDeleted());
}

TEST_CASE("Customer detail: an edited name is undone and redone through the undo stack", "[ui][customers][detail]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);
    CHECK(findChild<QLabel>(&view, "customerTitleLabel")->text() == QStringLiteral("Dewi Lestari"));

    typeInto(view, "familyNameEdit", QStringLiteral("Kusuma"));
    typeInto(view, "givenNameEdit", QStringLiteral("Dewi"));
    pressSave(view);
    CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Dewi Kusuma"));

    stack.undo();
    CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Dewi Lestari"));
    // The form follows the record on screen.
    CHECK(findChild<QLineEdit>(&view, "familyNameEdit")->text() == QStringLiteral("Lestari"));
    stack.redo();
    CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Dewi Kusuma"));
    CHECK(findChild<QLineEdit>(&view, "familyNameEdit")->text() == QStringLiteral("Kusuma"));
}

TEST_CASE("Customer detail: an invalid e-mail shows a hint and blocks Save", "[ui][customers][detail]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Agus Salim"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);

    QTest::mouseClick(findChild<QPushButton>(&view, "addContactButton"), Qt::LeftButton);
    auto *kind = findChild<QComboBox>(&view, "contactKindCombo_0");
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findText(QStringLiteral("E-mail")));
    typeInto(view, "contactValueEdit_0", QStringLiteral("agus@@example"));

    auto *hint = findChild<QLabel>(&view, "contactHint_0");
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("e-mail")));
    auto *save = findChild<QPushButton>(&view, "saveButton");
    CHECK_FALSE(save->isEnabled());
    pressSave(view);
    CHECK(CustomerService(f.owner()).get(id)->contacts.isEmpty());
    CHECK(stack.count() == 0);

    // Fixing it clears the hint and saves the normalised address.
    typeInto(view, "contactValueEdit_0", QStringLiteral("Agus@Example.co.id"));
    CHECK_FALSE(hint->isVisible());
    CHECK(save->isEnabled());
    pressSave(view);
    CHECK(CustomerService(f.owner()).get(id)->emails() == QStringList{QStringLiteral("agus@example.co.id")});
}

TEST_CASE("Customer detail: a phone typed as 081234567890 shows formatted and is stored in E.164",
          "[ui][customers][detail][phone]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Rina Wati"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);

    QTest::mouseClick(findChild<QPushButton>(&view, "addContactButton"), Qt::LeftButton);
    CHECK(findChild<QComboBox>(&view, "contactKindCombo_0")->currentText() == QStringLiteral("Phone"));
    auto *phone = findChild<PhoneLineEdit>(&view, "contactValueEdit_0");
    REQUIRE(phone);
    QTest::keyClicks(phone, QStringLiteral("081234567890"));
    CHECK(phone->text() == QStringLiteral("0812-3456-7890"));
    CHECK_FALSE(findChild<QLabel>(&view, "contactHint_0")->isVisible());

    pressSave(view);
    auto stored = CustomerService(f.owner()).get(id);
    REQUIRE(stored->contacts.size() == 1);
    CHECK(stored->contacts.at(0).normalized == QStringLiteral("+6281234567890"));
    CHECK(stored->phones() == QStringList{QStringLiteral("+6281234567890")});

    // A number that cannot be a phone number is refused inline.
    QTest::mouseClick(findChild<QPushButton>(&view, "addContactButton"), Qt::LeftButton);
    auto *second = findChild<QComboBox>(&view, "contactKindCombo_1");
    second->setCurrentIndex(second->findText(QStringLiteral("Phone")));
    QTest::keyClicks(findChild<QLineEdit>(&view, "contactValueEdit_1"), QStringLiteral("0812"));
    CHECK(findChild<QLabel>(&view, "contactHint_1")->isVisible());
    CHECK_FALSE(findChild<QPushButton>(&view, "saveButton")->isEnabled());
}

TEST_CASE("Customer detail: leaving with unsaved changes asks Save/Discard/Cancel", "[ui][customers][detail]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Hendra Wijaya"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);
    CHECK(view.maybeLeave()); // nothing changed: no question

    typeInto(view, "familyNameEdit", QStringLiteral("Gunawan"));
    REQUIRE(view.hasUnsavedChanges());

    SECTION("Cancel stays")
    {
        bool asked = false;
        runOnNextModal([&](QWidget *w) {
            asked = w->objectName() == QStringLiteral("unsavedChangesBox");
            QTest::mouseClick(findChild<QPushButton>(w, "cancelLeaveButton"), Qt::LeftButton);
        });
        CHECK_FALSE(view.maybeLeave());
        CHECK(asked);
        CHECK(view.hasUnsavedChanges());
        CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Hendra Wijaya"));
    }
    SECTION("Discard drops the edit")
    {
        runOnNextModal([](QWidget *w) { QTest::mouseClick(findChild<QPushButton>(w, "discardChangesButton"), Qt::LeftButton); });
        CHECK(view.maybeLeave());
        CHECK_FALSE(view.hasUnsavedChanges());
        CHECK(findChild<QLineEdit>(&view, "familyNameEdit")->text() == QStringLiteral("Wijaya"));
        CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Hendra Wijaya"));
    }
    SECTION("Save stores it")
    {
        runOnNextModal([](QWidget *w) { QTest::mouseClick(findChild<QPushButton>(w, "saveChangesButton"), Qt::LeftButton); });
        CHECK(view.maybeLeave());
        CHECK(CustomerService(f.owner()).get(id)->displayName == QStringLiteral("Hendra Gunawan"));
        CHECK(stack.count() == 1);
    }
}

TEST_CASE("Customer detail: a sales rep sees another rep's shared customer read-only", "[ui][customers][detail][policy]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString ani = f.addUser(Role::Sales, QStringLiteral("Ani"));
    const QString budi = f.addUser(Role::Sales, QStringLiteral("Budi"));
    const QString id = f.addCustomer(ani, QStringLiteral("PT Sinar Jaya"));
    REQUIRE(CustomerService(f.as(ani)).share(id, budi).ok());

    QUndoStack stack;
    CustomerDetailView view(f.as(budi), &stack);
    showActivated(view);
    view.showCustomer(id);
    CHECK(view.isReadOnly());
    CHECK(findChild<QLabel>(&view, "readOnlyBanner")->isVisible());
    CHECK(findChild<QLineEdit>(&view, "givenNameEdit")->isReadOnly());
    CHECK_FALSE(findChild<QComboBox>(&view, "statusCombo")->isEnabled());
    CHECK_FALSE(findChild<QPushButton>(&view, "saveButton")->isVisible());
    CHECK_FALSE(findChild<QPushButton>(&view, "addContactButton")->isVisible());
    CHECK_FALSE(findChild<QPushButton>(&view, "deleteButton")->isVisible());
    // Typing changes nothing and Ctrl+S does not save.
    QTest::keyClicks(findChild<QLineEdit>(&view, "givenNameEdit"), QStringLiteral("X"));
    pressSave(view);
    CHECK_FALSE(view.hasUnsavedChanges());
    CHECK(stack.count() == 0);
    // Working on it is still allowed: the rep may log calls for a customer shared with them.
    CHECK(findChild<QPushButton>(&view, "logInteractionButton")->isEnabled());

    // The owner of the record edits it.
    CustomerDetailView ownView(f.as(ani), &stack);
    ownView.showCustomer(id);
    CHECK_FALSE(ownView.isReadOnly());
    // An owner may also reassign; a rep may not.
    CHECK_FALSE(findChild<QComboBox>(&ownView, "ownerCombo")->isEnabled());
    CustomerDetailView ownerView(f.owner(), &stack);
    ownerView.showCustomer(id);
    CHECK(findChild<QComboBox>(&ownerView, "ownerCombo")->isEnabled());
}

TEST_CASE("Customer detail: a consent recorded then withdrawn shows both in the history", "[ui][customers][privacy]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Sari Dewi"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);
    findChild<QTabWidget>(&view, "customerTabs")->setCurrentIndex(4);
    auto *current = findChild<QTreeWidget>(&view, "currentConsentsView");
    auto *history = findChild<QTreeWidget>(&view, "consentHistoryView");
    CHECK(current->topLevelItemCount() == 0);

    runOnNextModal([](QWidget *d) {
        auto *purpose = findChild<QComboBox>(d, "consentPurposeCombo");
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("marketing_whatsapp_sms")));
        auto *channel = findChild<QComboBox>(d, "consentChannelCombo");
        channel->setCurrentText(QStringLiteral("in_person"));
        QTest::keyClicks(findChild<QLineEdit>(d, "consentSourceEdit"), QStringLiteral("signed form at the shop"));
        QTest::mouseClick(findChild<QPushButton>(d, "consentSaveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(findChild<QPushButton>(&view, "recordConsentButton"), Qt::LeftButton);
    REQUIRE(current->topLevelItemCount() == 1);
    CHECK(current->topLevelItem(0)->text(1) == QStringLiteral("Granted"));

    f.clock().advanceMs(60'000);
    current->setCurrentItem(current->topLevelItem(0));
    auto *withdraw = findChild<QPushButton>(&view, "withdrawConsentButton");
    REQUIRE(withdraw->isEnabled());
    runOnNextModal([](QWidget *d) {
        CHECK_FALSE(findChild<QComboBox>(d, "consentPurposeCombo")->isEnabled());
        QTest::keyClicks(findChild<QLineEdit>(d, "consentSourceEdit"), QStringLiteral("asked by WhatsApp"));
        QTest::mouseClick(findChild<QPushButton>(d, "consentSaveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);

    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(0)->text(1) == QStringLiteral("Granted"));
    CHECK(history->topLevelItem(1)->text(1) == QStringLiteral("Withdrawn"));
    CHECK(history->topLevelItem(1)->text(4) == QStringLiteral("asked by WhatsApp"));
    REQUIRE(current->topLevelItemCount() == 1);
    CHECK(current->topLevelItem(0)->text(1) == QStringLiteral("Withdrawn"));
    auto stored = ConsentService(f.owner()).current(id);
    REQUIRE(stored->size() == 1);
    CHECK_FALSE(stored->at(0).granted);
    CHECK(stored->at(0).purpose == QStringLiteral("marketing_whatsapp_sms"));
    // The privacy feature's buttons are open to the owner (tests/ui/test_privacy_tab.cpp drives them).
    CHECK(findChild<QPushButton>(&view, "exportPersonDataButton")->isEnabled());
    CHECK_FALSE(findChild<QPushButton>(&view, "erasePersonButton")->toolTip().isEmpty());
}

TEST_CASE("Customer detail: a new deal typed in the Indonesian locale shows in Rupiah on the Sales tab",
          "[ui][customers][sales]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("CV Berkah"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    view.show();
    view.showCustomer(id);
    findChild<QTabWidget>(&view, "customerTabs")->setCurrentIndex(2);

    runOnNextModal([](QWidget *d) {
        QTest::keyClicks(findChild<QLineEdit>(d, "dealTitleEdit"), QStringLiteral("Kopi 20 karton"));
        QTest::keyClicks(findChild<QLineEdit>(d, "dealAmountEdit"), QStringLiteral("1.250.000"));
        CHECK(findChild<QComboBox>(d, "dealCurrencyCombo")->currentText() == QStringLiteral("IDR"));
        auto *stage = findChild<QComboBox>(d, "dealStageCombo");
        stage->setCurrentIndex(stage->findData(QStringLiteral("proposal")));
        QTest::mouseClick(findChild<QPushButton>(d, "dealCreateButton"), Qt::LeftButton);
    });
    QTest::mouseClick(findChild<QPushButton>(&view, "newDealButton"), Qt::LeftButton);
    QLocale::setDefault(before);

    auto *deals = findChild<QTreeWidget>(&view, "dealsView");
    REQUIRE(deals->topLevelItemCount() == 1);
    CHECK(deals->topLevelItem(0)->text(0) == QStringLiteral("Kopi 20 karton"));
    CHECK(deals->topLevelItem(0)->text(2).startsWith(QStringLiteral("Rp")));
    CHECK(deals->topLevelItem(0)->text(2).contains(QStringLiteral("1.250.000")));
    DealFilter filter;
    filter.customerId = id;
    auto stored = DealService(f.owner()).list(filter);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).amount == Money(125'000'000, QStringLiteral("IDR")));
    CHECK(stored->at(0).stage == QStringLiteral("proposal"));
}

// Renders every tab into PNGs for a visual check: RELASI_SHOTS_DIR=… relasi-ui-tests "[.screenshots]"
TEST_CASE("Customer detail: screenshots of every tab", "[.screenshots]")
{
    UiTestScope scope;
    ServiceFixture f;
    QUndoStack stack;
    const QString company = CustomerService(f.owner()).create([] {
        Customer c;
        c.kind = CustomerKind::Company;
        c.displayName = QStringLiteral("PT Maju Bersama");
        return c;
    }()).value();
    Customer c;
    c.givenName = QStringLiteral("Budi");
    c.familyName = QStringLiteral("Santoso");
    c.companyId = company;
    c.status = CustomerStatus::Customer;
    c.tags = QStringList{QStringLiteral("vip"), QStringLiteral("reseller")};
    c.notes = QStringLiteral("Prefers WhatsApp in the morning.");
    c.contacts = {ContactPoint{{}, ContactKind::Phone, QStringLiteral("081234567890"), {}, QStringLiteral("mobile"), true},
                  ContactPoint{{}, ContactKind::Email, QStringLiteral("budi@majubersama.co.id"), {}, QStringLiteral("work"), true}};
    c.addresses = {Address{{}, QStringLiteral("Office"), QStringLiteral("Jl. Sudirman No. 10"), QStringLiteral("Jakarta"),
                           QStringLiteral("DKI Jakarta"), QStringLiteral("10220"), QStringLiteral("ID")}};
    const QString id = CustomerService(f.owner()).create(c).value();
    Interaction call;
    call.customerId = id;
    call.channel = QStringLiteral("call");
    call.direction = QStringLiteral("out");
    call.durationS = 272;
    call.subject = QStringLiteral("Price for 20 cartons");
    call.outcome = QStringLiteral("interested");
    REQUIRE(InteractionService(f.owner()).add(call).ok());
    f.clock().advanceMs(3'600'000);
    Interaction wa = call;
    wa.channel = QStringLiteral("whatsapp");
    wa.direction = QStringLiteral("in");
    wa.durationS = -1;
    wa.subject = QStringLiteral("Asked for the quotation");
    REQUIRE(InteractionService(f.owner()).add(wa).ok());
    Deal deal;
    deal.customerId = id;
    deal.title = QStringLiteral("Coffee for the new branch");
    deal.amount = Money(125'000'000, QStringLiteral("IDR"));
    deal.stage = QStringLiteral("proposal");
    REQUIRE(DealService(f.owner()).create(deal).ok());
    Task task;
    task.customerId = id;
    task.title = QStringLiteral("Send the quotation");
    task.dueAt = f.clock().nowMs() + 86'400'000;
    REQUIRE(TaskService(f.owner()).add(task).ok());
    Consent consent;
    consent.customerId = id;
    consent.purpose = QStringLiteral("marketing_email");
    consent.channel = QStringLiteral("web_form");
    consent.source = QStringLiteral("newsletter form");
    REQUIRE(ConsentService(f.owner()).record(consent).ok());

    CustomerDetailView view(f.owner(), &stack);
    view.resize(960, 720);
    view.show();
    view.showCustomer(id);
    auto *tabs = findChild<QTabWidget>(&view, "customerTabs");
    const char *names[] = {"overview", "timeline", "sales", "tasks", "privacy"};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        saveShot(&view, QStringLiteral("detail-%1").arg(QLatin1String(names[i])));
    }
    tabs->setCurrentIndex(0);
    QTest::mouseClick(findChild<QPushButton>(&view, "addContactButton"), Qt::LeftButton);
    auto *kind = findChild<QComboBox>(&view, "contactKindCombo_2");
    kind->setCurrentIndex(kind->findText(QStringLiteral("E-mail")));
    QTest::keyClicks(findChild<QLineEdit>(&view, "contactValueEdit_2"), QStringLiteral("budi@@x"));
    saveShot(&view, QStringLiteral("detail-invalid"));

    CustomerDetailView fresh(f.owner(), &stack);
    fresh.resize(960, 720);
    fresh.show();
    fresh.startNew();
    saveShot(&fresh, QStringLiteral("detail-new"));

    LogInteractionDialog log(f.owner(), id);
    log.show();
    findChild<QCheckBox>(&log, "followUpCheck")->setFocus();
    QTest::keyClick(findChild<QCheckBox>(&log, "followUpCheck"), Qt::Key_Space);
    saveShot(&log, QStringLiteral("log-dialog"));
}

TEST_CASE("Customer detail: opening a customer reads the Overview only; each tab reads its rows when first shown",
          "[ui][customers][detail][lazy]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString first = f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    const QString second = f.addCustomer(f.ownerId(), QStringLiteral("Sari Wulandari"));
    for (const QString &id : {first, second}) {
        Deal d;
        d.customerId = id;
        d.title = QStringLiteral("Deal of ") + id;
        d.amount = Money(100'000'00, QStringLiteral("IDR"));
        REQUIRE(DealService(f.owner()).create(d).ok());
        Interaction e;
        e.customerId = id;
        e.channel = QStringLiteral("call");
        e.occurredAt = f.clock().nowMs();
        REQUIRE(InteractionService(f.owner()).add(e).ok());
        Task t;
        t.customerId = id;
        t.title = QStringLiteral("Call back");
        REQUIRE(TaskService(f.owner()).add(t).ok());
    }
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    auto *tabs = findChild<QTabWidget>(&view, "customerTabs");
    auto *deals = findChild<QTreeWidget>(&view, "dealsView");
    auto *timeline = findChild<QTreeView>(&view, "timelineView");
    auto *tasks = findChild<QListWidget>(&view, "tasksView");

    view.showCustomer(first);
    CHECK(findChild<QLabel>(&view, "customerTitleLabel")->text() == QStringLiteral("Budi Santoso"));
    CHECK(tabs->currentIndex() == CustomerDetailView::OverviewTab);
    for (auto tab : {CustomerDetailView::TimelineTab, CustomerDetailView::SalesTab, CustomerDetailView::TasksTab,
                     CustomerDetailView::PrivacyTab})
        CHECK_FALSE(view.isTabLoaded(tab));
    CHECK(deals->topLevelItemCount() == 0);
    CHECK(timeline->model()->rowCount() == 0);
    CHECK(tasks->count() == 0);

    tabs->setCurrentIndex(CustomerDetailView::SalesTab);
    CHECK(view.isTabLoaded(CustomerDetailView::SalesTab));
    REQUIRE(deals->topLevelItemCount() == 1);
    CHECK(deals->topLevelItem(0)->text(0) == QStringLiteral("Deal of ") + first);
    CHECK_FALSE(view.isTabLoaded(CustomerDetailView::TimelineTab));

    SECTION("the tab on screen is read at once for the next customer; the others wait")
    {
        view.showCustomer(second);
        CHECK(view.isTabLoaded(CustomerDetailView::SalesTab));
        REQUIRE(deals->topLevelItemCount() == 1);
        CHECK(deals->topLevelItem(0)->text(0) == QStringLiteral("Deal of ") + second);
        CHECK_FALSE(view.isTabLoaded(CustomerDetailView::TasksTab));
        tabs->setCurrentIndex(CustomerDetailView::TasksTab);
        REQUIRE(tasks->count() == 1);
        CHECK(tasks->item(0)->text().startsWith(QStringLiteral("Call back")));
        tabs->setCurrentIndex(CustomerDetailView::TimelineTab);
        CHECK(timeline->model()->rowCount() == 1);
    }
    SECTION("the log shortcut acts for the customer shown even before the Timeline tab was opened")
    {
        view.showCustomer(second);
        tabs->setCurrentIndex(CustomerDetailView::OverviewTab);
        auto *log = findChild<QAction>(&view, "logInteractionAction");
        REQUIRE(log);
        CHECK(log->isEnabled());
        runOnNextModal([](QWidget *d) {
            auto *channel = findChild<QComboBox>(d, "channelCombo");
            if (channel)
                channel->setCurrentIndex(channel->findData(QStringLiteral("visit")));
            QTest::mouseClick(findChild<QPushButton>(d, "logSaveButton"), Qt::LeftButton);
        });
        log->trigger();
        auto logged = InteractionService(f.owner()).listForCustomer(second);
        REQUIRE(logged.ok());
        CHECK(logged->size() == 2);
        tabs->setCurrentIndex(CustomerDetailView::TimelineTab);
        CHECK(timeline->model()->rowCount() == 2);
    }
}

TEST_CASE("Customer detail: the company choices are read when the company box is first used",
          "[ui][customers][detail][lazy]")
{
    UiTestScope scope;
    ServiceFixture f;
    Customer company;
    company.kind = CustomerKind::Company;
    company.displayName = QStringLiteral("PT Maju Jaya");
    company.ownerId = f.ownerId();
    REQUIRE(CustomerService(f.owner()).create(company).ok());
    const QString person = f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(person);
    auto *overview = view.findChild<CustomerOverviewTab *>();
    REQUIRE(overview);
    auto *combo = findChild<QComboBox>(&view, "companyCombo");
    CHECK_FALSE(overview->areCompanyChoicesLoaded());
    CHECK(combo->findText(QStringLiteral("PT Maju Jaya")) < 0);
    combo->setFocus(Qt::TabFocusReason);
    REQUIRE(waitFor([&] { return overview->areCompanyChoicesLoaded(); }, 5000));
    CHECK(combo->findText(QStringLiteral("PT Maju Jaya")) > 0);
    CHECK(combo->currentIndex() == 0); // still "(no company)": reading the choices is not an edit
    CHECK_FALSE(view.hasUnsavedChanges());
}

TEST_CASE("Customer detail: opening another customer replaces the contact and address rows",
          "[ui][customers][detail]")
{
    UiTestScope scope;
    ServiceFixture f;
    Customer a;
    a.givenName = QStringLiteral("Agus");
    a.contacts = {ContactPoint{{}, ContactKind::Phone, QStringLiteral("081234567890"), {}, {}, true},
                  ContactPoint{{}, ContactKind::Email, QStringLiteral("agus@example.com"), {}, {}, true}};
    a.addresses = {Address{{}, QStringLiteral("Home"), QStringLiteral("Jl. Melati 3"), QStringLiteral("Bandung"), {},
                           {}, QStringLiteral("ID")}};
    const QString first = CustomerService(f.owner()).create(a).value();
    Customer b;
    b.givenName = QStringLiteral("Budi");
    b.contacts = {ContactPoint{{}, ContactKind::Email, QStringLiteral("budi@example.com"), {}, {}, true}};
    const QString second = CustomerService(f.owner()).create(b).value();

    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(first);
    CHECK(findChild<QLineEdit>(&view, "contactValueEdit_1")->text() == QStringLiteral("agus@example.com"));
    CHECK(findChild<QLineEdit>(&view, "addressCityEdit_0")->text() == QStringLiteral("Bandung"));

    view.showCustomer(second);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(findChild<QLineEdit>(&view, "contactValueEdit_0")->text() == QStringLiteral("budi@example.com"));
    CHECK(findChild<QLineEdit>(&view, "contactValueEdit_1") == nullptr);
    CHECK(findChild<QLineEdit>(&view, "addressCityEdit_0") == nullptr);
    CHECK(view.findChildren<QLineEdit *>(QStringLiteral("contactValueEdit_0")).size() == 1);
    CHECK_FALSE(view.hasUnsavedChanges());
    CHECK(findChild<QPushButton>(&view, "addContactButton")->isVisible());
}

TEST_CASE("Customer detail: a stored phone shows in the national format whatever way it was imported",
          "[ui][customers][detail][phone]")
{
    UiTestScope scope;
    ServiceFixture f;
    Customer c;
    c.givenName = QStringLiteral("Anna");
    c.contacts = {ContactPoint{{}, ContactKind::Phone, QStringLiteral("6287852327818"), {}, {}, true},
                  ContactPoint{{}, ContactKind::WhatsApp, QStringLiteral("+65 9823 5905"), {}, {}, false}};
    const QString id = CustomerService(f.owner()).create(c).value();
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view);
    view.showCustomer(id);
    CHECK(findChild<QLineEdit>(&view, "contactValueEdit_0")->text() == QStringLiteral("0878-5232-7818"));
    CHECK(findChild<QLineEdit>(&view, "contactValueEdit_1")->text().startsWith(QStringLiteral("+65")));
    CHECK_FALSE(findChild<QLabel>(&view, "contactHint_0")->isVisible());
    CHECK_FALSE(view.hasUnsavedChanges());
}
