#include "ui/UiTestSupport.h"

#include "privacy/PrivacyCentreDialog.h"
#include "privacy/PrivacyDataPage.h"
#include "privacy/PrivacySettingsPage.h"
#include "privacy/RetentionService.h"
#include "privacy/UsageLog.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// Runs `fn` on the next modal dialog other than the centre once it is shown (polls from inside exec()).
void whenModal(std::function<void(QWidget *)> fn)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [fn, poll] {
        if (QWidget *w = QApplication::activeModalWidget(); w && w->objectName() != QLatin1String("privacyCentreDialog"))
            fn(w);
        else
            QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

// Answers the next file dialog with `path`.
void answerFileDialog(const QString &path)
{
    whenModal([path](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        REQUIRE(dialog);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    });
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("shots-privacygui"));
    QDir().mkpath(dir);
    QTest::qWait(50);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The centre over the fixture's workspace (work runs on worker connections), shown on `tab`.
struct Centre {
    PrivacyCentreDialog dialog;
    Centre(ServiceContext &ctx, ServiceFixture &f, int tab) : dialog(ctx, &f.workspace())
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        findChild<QTabWidget>(&dialog, "privacyCentreTabs")->setCurrentIndex(tab);
        // The mailing list is counted when the page opens.
        REQUIRE(waitFor([this] { return !dialog.dataPage()->isBusy(); }));
    }
};

QString addWithEmail(ServiceFixture &f, const QString &name, const QString &email)
{
    Customer c;
    c.givenName = name;
    if (!email.isEmpty()) {
        ContactPoint p;
        p.kind = ContactKind::Email;
        p.raw = email;
        c.contacts = {p};
    }
    auto id = CustomerService(f.owner()).create(c);
    REQUIRE(id.ok());
    return *id;
}

void grant(ServiceFixture &f, const QString &customer, const QString &purpose)
{
    Consent c;
    c.customerId = customer;
    c.purpose = purpose;
    c.channel = QStringLiteral("web_form");
    REQUIRE(ConsentService(f.owner()).record(c).ok());
}

} // namespace

TEST_CASE("Privacy centre: a sales rep exports their own data to a zip", "[ui][privacy][centre][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales, QStringLiteral("Agus Pratama"), QStringLiteral("agus@example.com"));
    Centre centre(f.as(rep), f, 0);
    PrivacyDataPage *page = centre.dialog.dataPage();
    auto *button = findChild<QPushButton>(page, "exportMyDataButton");
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    // A rep may not export the workspace or a mailing list: disabled, with the reason.
    CHECK_FALSE(findChild<QPushButton>(page, "exportWorkspaceButton")->isEnabled());
    CHECK(findChild<QLabel>(page, "workspaceExportRoleNote")->isVisible());
    CHECK_FALSE(findChild<QPushButton>(page, "exportMailingListButton")->isEnabled());
    shot(&centre.dialog, QStringLiteral("centre-data-sales-rep"));

    const QString target = scope.path(QStringLiteral("me.zip"));
    answerFileDialog(target);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = findChild<QLabel>(page, "privacyDataResultLabel");
    REQUIRE(waitFor([&] { return !page->isBusy() && result->isVisible(); }));
    CHECK(result->text().contains(QDir::toNativeSeparators(target)));
    const QByteArray zip = readAll(target);
    CHECK(zip.startsWith("PK"));
    // Entry names are stored uncompressed in a zip's headers.
    CHECK(zip.contains("person.json"));
    CHECK(zip.contains("summary.html"));
    CHECK(zip.contains("usage_events.csv"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'self_export' AND user_id = ?"),
                   {rep})
          == 1);
}

TEST_CASE("Privacy centre: the mailing list counts the customers left out, and exports only those with consent",
          "[ui][privacy][centre][mailing]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString granted = addWithEmail(f, QStringLiteral("Sari"), QStringLiteral("sari@example.com"));
    const QString withdrawn = addWithEmail(f, QStringLiteral("Tono"), QStringLiteral("tono@example.com"));
    addWithEmail(f, QStringLiteral("Wati"), QStringLiteral("wati@example.com")); // never asked
    const QString noAddress = addWithEmail(f, QStringLiteral("Yudi"), QString());
    grant(f, granted, QStringLiteral("marketing_email"));
    grant(f, withdrawn, QStringLiteral("marketing_email"));
    REQUIRE(ConsentService(f.owner()).withdraw(withdrawn, QStringLiteral("marketing_email")).ok());
    grant(f, noAddress, QStringLiteral("marketing_email"));

    Centre centre(f.owner(), f, 0);
    PrivacyDataPage *page = centre.dialog.dataPage();
    auto *combo = findChild<QComboBox>(page, "mailingPurposeCombo");
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("marketing_email")));
    REQUIRE(waitFor([&] { return !page->isBusy() && page->mailingListReport().purpose == QLatin1String("marketing_email"); }));
    const MailingListReport &r = page->mailingListReport();
    CHECK(r.included == 1);
    CHECK(r.withdrawn == 1);
    CHECK(r.noConsent == 1);
    CHECK(r.noAddress == 1);
    auto *counts = findChild<QLabel>(page, "mailingCountsLabel");
    CHECK(counts->text().contains(QStringLiteral("On the list: 1")));
    CHECK(counts->text().contains(QStringLiteral("Left out: 3")));
    CHECK(counts->text().contains(QStringLiteral("withdrew consent: 1")));
    CHECK(counts->text().contains(QStringLiteral("no address for this channel: 1")));
    shot(&centre.dialog, QStringLiteral("centre-data-owner"));

    // Another channel nobody agreed to: nobody on the list, nothing to export.
    combo->setCurrentIndex(combo->findData(QStringLiteral("phone_calls")));
    REQUIRE(waitFor([&] { return !page->isBusy() && page->mailingListReport().purpose == QLatin1String("phone_calls"); }));
    CHECK(page->mailingListReport().included == 0);
    CHECK_FALSE(findChild<QPushButton>(page, "exportMailingListButton")->isEnabled());

    combo->setCurrentIndex(combo->findData(QStringLiteral("marketing_email")));
    REQUIRE(waitFor([&] { return !page->isBusy() && page->mailingListReport().purpose == QLatin1String("marketing_email"); }));
    auto *exportButton = findChild<QPushButton>(page, "exportMailingListButton");
    REQUIRE(exportButton->isEnabled());
    const QString target = scope.path(QStringLiteral("list.csv"));
    answerFileDialog(target);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *result = findChild<QLabel>(page, "privacyDataResultLabel");
    REQUIRE(waitFor([&] { return !page->isBusy() && result->isVisible(); }));
    CHECK(result->text().contains(QStringLiteral("Left out: 3")));
    const QByteArray csv = readAll(target);
    CHECK(csv.contains("sari@example.com"));
    CHECK_FALSE(csv.contains("tono@example.com"));
    CHECK_FALSE(csv.contains("wati@example.com"));
}

TEST_CASE("Privacy centre: the owner exports the whole workspace; a manager cannot",
          "[ui][privacy][centre][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    addWithEmail(f, QStringLiteral("Sari"), QStringLiteral("sari@example.com"));
    {
        Centre centre(f.owner(), f, 0);
        PrivacyDataPage *page = centre.dialog.dataPage();
        auto *button = findChild<QPushButton>(page, "exportWorkspaceButton");
        REQUIRE(button->isEnabled());
        CHECK_FALSE(findChild<QLabel>(page, "workspaceExportRoleNote")->isVisible());
        const QString target = scope.path(QStringLiteral("all.zip"));
        answerFileDialog(target);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *result = findChild<QLabel>(page, "privacyDataResultLabel");
        REQUIRE(waitFor([&] { return !page->isBusy() && result->isVisible(); }));
        CHECK(result->text().startsWith(QStringLiteral("Saved")));
        const QByteArray zip = readAll(target);
        CHECK(zip.startsWith("PK"));
        CHECK(zip.contains("manifest.json"));
        CHECK(zip.contains("tables/customers.csv"));
    }
    const QString manager = f.addUser(Role::Manager);
    Centre centre(f.as(manager), f, 0);
    PrivacyDataPage *page = centre.dialog.dataPage();
    CHECK_FALSE(findChild<QPushButton>(page, "exportWorkspaceButton")->isEnabled());
    CHECK(findChild<QLabel>(page, "workspaceExportRoleNote")->isVisible());
    CHECK(findChild<QPushButton>(page, "exportMyDataButton")->isEnabled());
}

TEST_CASE("Privacy centre: cancelling the workspace export writes no file", "[ui][privacy][centre][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    PrivacyDataPage page(f.owner());
    page.setWorkspace(&f.workspace());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(waitFor([&] { return !page.isBusy(); }));
    const QString target = scope.path(QStringLiteral("everything.zip"));
    // Cancel is clicked at once, while the worker is still opening its connection or reading the first
    // tables (it checks the flag before every table). Should the worker win the race on a fast machine, the
    // file must then be whole; core's test_privacy_export_cancel proves the cancel path deterministically.
    page.exportWorkspace(target);
    auto *cancel = findChild<QPushButton>(&page, "privacyDataBusyCancel");
    REQUIRE(cancel);
    if (page.isBusy()) {
        REQUIRE(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    auto *result = findChild<QLabel>(&page, "privacyDataResultLabel");
    REQUIRE(waitFor([&] { return !page.isBusy() && result->isVisible(); }));
    if (result->text().contains(QStringLiteral("export was cancelled"))) {
        CHECK_FALSE(QFile::exists(target));
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace_export'")) == 0);
    } else {
        WARN("the export finished before Cancel was handled; the file must then be whole");
        CHECK(readAll(target).startsWith("PK"));
    }
}

TEST_CASE("Privacy centre: retention dry-run counts equal what Run now removes", "[ui][privacy][centre][retention]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Rina Wulandari"));
    InteractionService logs(f.owner());
    for (int i = 0; i < 5; ++i) {
        Interaction e;
        e.customerId = id;
        e.channel = QStringLiteral("call");
        e.direction = QStringLiteral("out");
        e.subject = QStringLiteral("Call %1").arg(i);
        // Three of them 30+ months old, two recent.
        e.occurredAt = ServiceFixture::startMs - (i < 3 ? qint64(30 + i) * 31 * 24 * 3600 * 1000 : qint64(i) * 1000);
        REQUIRE(logs.add(e).ok());
    }
    RetentionPolicy p;
    p.logMonths = 24;
    REQUIRE(RetentionService(f.owner()).setPolicy(p).ok());
    const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions"));

    Centre centre(f.owner(), f, 1);
    PrivacySettingsPage *page = centre.dialog.settingsPage();
    auto *preview = findChild<QPushButton>(page, "retentionPreviewButton");
    auto *apply = findChild<QPushButton>(page, "retentionApplyButton");
    auto *result = findChild<QLabel>(page, "retentionResultLabel");
    REQUIRE(preview->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    REQUIRE(waitFor([&] { return !page->isBusy() && result->isVisible(); }));
    CHECK(page->lastPreview().dryRun);
    CHECK(page->lastPreview().logs == 3);
    CHECK(result->text().contains(QStringLiteral("communication log entries: 3;")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")) == before);
    shot(&centre.dialog, QStringLiteral("centre-retention-preview"));

    QString asked;
    whenModal([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(apply, Qt::LeftButton);
    REQUIRE(waitFor([&] { return !page->isBusy() && page->lastRun().ranAtMs > 0; }));
    CHECK(asked.contains(QStringLiteral("communication log entries: 3;")));
    CHECK_FALSE(page->lastRun().dryRun);
    CHECK(page->lastRun().logs == page->lastPreview().logs);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")) == before - page->lastRun().logs);
    CHECK(result->text().startsWith(QStringLiteral("Applied")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention_run'")) == 1);
}

TEST_CASE("Privacy centre: my usage data lists screens, time spent and actions once opted in",
          "[ui][privacy][centre][usage]")
{
    UiTestScope scope;
    ServiceFixture f;
    UsageLog usage(f.owner());
    CHECK_FALSE(*usage.timeSpent(QStringLiteral("customers"), 5000)); // not opted in: nothing recorded
    REQUIRE(usage.setOptedIn(true).ok());
    REQUIRE(*usage.screenOpened(QStringLiteral("customers")));
    REQUIRE(*usage.timeSpent(QStringLiteral("customers"), 125000));
    REQUIRE(*usage.action(QStringLiteral("customer.save")));
    Centre centre(f.owner(), f, 1);
    auto *view = findChild<QTreeWidget>(centre.dialog.settingsPage(), "usageSummaryView");
    REQUIRE(view);
    CHECK(view->isVisible());
    REQUIRE(view->topLevelItemCount() == 3);
    QStringList rows;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        rows << view->topLevelItem(i)->text(0) + QLatin1Char('|') + view->topLevelItem(i)->text(1) + QLatin1Char('|')
                    + view->topLevelItem(i)->text(3);
    CHECK(rows.contains(QStringLiteral("Action|customer.save|")));
    CHECK(rows.contains(QStringLiteral("Time on screen|customers|2 min 05 s")));
    shot(&centre.dialog, QStringLiteral("centre-retention-usage"));
}

// Not run by default: renders the privacy screens in Bahasa Indonesia for a person to look at. Loads the
// shipped translation and, when RELASI_EXTRA_QM names one, a translation of strings not merged yet.
TEST_CASE("Privacy screens in Bahasa Indonesia (screenshots)", "[.][shots][privacy]")
{
    UiTestScope scope;
    QTranslator shipped, extra;
    REQUIRE(shipped.load(QStringLiteral(":/i18n/relasi_id.qm")));
    QCoreApplication::installTranslator(&shipped);
    const QString extraPath = qEnvironmentVariable("RELASI_EXTRA_QM");
    if (!extraPath.isEmpty()) {
        REQUIRE(extra.load(extraPath));
        QCoreApplication::installTranslator(&extra);
        CHECK(QCoreApplication::translate("relasi::PrivacySettingsPage", "Time spent") != QLatin1String("Time spent"));
    }
    ServiceFixture f;
    const QString granted = addWithEmail(f, QStringLiteral("Sari"), QStringLiteral("sari@example.com"));
    addWithEmail(f, QStringLiteral("Wati"), QStringLiteral("wati@example.com"));
    grant(f, granted, QStringLiteral("marketing_email"));
    UsageLog usage(f.owner());
    REQUIRE(usage.setOptedIn(true).ok());
    REQUIRE(*usage.timeSpent(QStringLiteral("customers"), 95000));
    {
        Centre centre(f.owner(), f, 0);
        REQUIRE(waitFor([&] { return centre.dialog.dataPage()->mailingListReport().included == 1; }));
        shot(&centre.dialog, QStringLiteral("id-centre-data"));
        findChild<QTabWidget>(&centre.dialog, "privacyCentreTabs")->setCurrentIndex(1);
        shot(&centre.dialog, QStringLiteral("id-centre-retention"));
        findChild<QTabWidget>(&centre.dialog, "privacyCentreTabs")->setCurrentIndex(2);
        shot(&centre.dialog, QStringLiteral("id-centre-notice"));
    }
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&shipped);
}
