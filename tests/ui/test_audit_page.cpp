#include "ui/UiTestSupport.h"

#include "support/ServiceFixture.h"

#include "admin/AuditPage.h"
#include "common/AuditActionNames.h"
#include "crypto/SecureBytes.h"
#include "main/MainWindow.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTranslator>
#include <QTreeWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

void seedEntries(ServiceFixture &f)
{
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    f.clock().advanceMs(1000);
    f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    f.clock().advanceMs(1000);
    REQUIRE(UserService(f.owner()).addUser(QStringLiteral("Rina"), QStringLiteral("rina@tokomaju.co.id"), {},
                                           Role::Sales)
                .ok());
}

QStringList column(QTreeWidget *list, int c)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(c);
    return out;
}

} // namespace

TEST_CASE("Audit: entries newest first, filtered by action and by user", "[ui][audit]")
{
    UiTestScope scope;
    ServiceFixture f;
    seedEntries(f);
    AuditPage page(f.owner());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = findChild<QTreeWidget>(&page, "auditList");
    const qint64 total = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(list->topLevelItemCount() == total);
    CHECK(column(list, 2).first() == QStringLiteral("User added")); // the newest first, readable
    CHECK(list->topLevelItem(0)->toolTip(2) == QStringLiteral("user_add")); // the stored name beside it
    CHECK(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("User …")));
    // Details read as "key: value; …", the JSON as written in the tooltip.
    CHECK(list->topLevelItem(0)->text(4).contains(QStringLiteral("role: sales")));
    CHECK(list->topLevelItem(0)->toolTip(4).startsWith(QLatin1Char('{')));

    auto *action = findChild<QComboBox>(&page, "auditActionFilter");
    const int createIndex = action->findData(QStringLiteral("create"));
    REQUIRE(createIndex > 0);
    action->setCurrentIndex(createIndex);
    const qint64 creates = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'"));
    REQUIRE(creates >= 2);
    CHECK(list->topLevelItemCount() == creates);
    CHECK(action->currentText() == QStringLiteral("Created"));
    for (const QString &a : column(list, 2))
        CHECK(a == QStringLiteral("Created"));

    auto *user = findChild<QComboBox>(&page, "auditUserFilter");
    action->setCurrentIndex(0);
    user->setCurrentIndex(user->findData(f.ownerId()));
    CHECK(list->topLevelItemCount() ==
          f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = ?"), {f.ownerId()}));
    for (const QString &name : column(list, 1))
        CHECK(name == QStringLiteral("Siti Rahayu"));
}

TEST_CASE("Audit: action names are readable, known for every action written, and follow the language",
          "[ui][audit][i18n]")
{
    CHECK(AuditActionNames::actionLabel(QStringLiteral("sign_in_failed")) == QStringLiteral("Failed sign-in"));
    CHECK(AuditActionNames::actionLabel(QStringLiteral("some_new_thing")) == QStringLiteral("Some new thing"));
    CHECK(AuditActionNames::entityLabel(QStringLiteral("business_profile")) == QStringLiteral("Business profile"));
    CHECK(AuditActionNames::entityLabel(QString()).isEmpty());

    UiTestScope scope;
    ServiceFixture f;
    seedEntries(f);
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log")));
    while (q.next()) {
        INFO(q.value(0).toString().toStdString());
        CHECK(AuditActionNames::isKnownAction(q.value(0).toString()));
    }

    AuditPage page(f.owner());
    auto *list = findChild<QTreeWidget>(&page, "auditList");
    auto *action = findChild<QComboBox>(&page, "auditActionFilter");
    const int createIndex = action->findData(QStringLiteral("create"));
    REQUIRE(createIndex > 0);
    CHECK(action->itemText(createIndex) == QStringLiteral("Created"));

    // A catalogue for the names' context: the list and the filter relabel on LanguageChange, in place.
    class Marking : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            return qstrcmp(context, "relasi::AuditActionNames") == 0 ? QStringLiteral("~") + QString::fromUtf8(source)
                                                                     : QString();
        }
        bool isEmpty() const override { return false; }
    } marking;
    QCoreApplication::installTranslator(&marking);
    waitFor([&] { return column(list, 2).first().startsWith(QLatin1Char('~')); }, 5000);
    QCoreApplication::removeTranslator(&marking);
    CHECK(column(list, 2).first() == QStringLiteral("~User added"));
    CHECK(list->topLevelItem(0)->toolTip(2) == QStringLiteral("user_add"));
    CHECK(action->itemText(action->findData(QStringLiteral("create"))) == QStringLiteral("~Created"));
}

TEST_CASE("Audit: the date range keeps only the days chosen", "[ui][audit]")
{
    UiTestScope scope;
    ServiceFixture f;
    seedEntries(f); // on the fixture's first day
    f.clock().advanceMs(3LL * 24 * 3600 * 1000);
    f.addCustomer(f.ownerId(), QStringLiteral("Eka Putri"));
    AuditPage page(f.owner());
    auto *list = findChild<QTreeWidget>(&page, "auditList");
    REQUIRE(list->topLevelItemCount() == f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
    const QDate today = QDateTime::fromMSecsSinceEpoch(f.clock().nowMs()).date();
    findChild<QDateEdit>(&page, "auditFromDate")->setDate(today.addDays(-1));
    findChild<QDateEdit>(&page, "auditToDate")->setDate(today);
    findChild<QCheckBox>(&page, "auditDateRangeCheck")->setChecked(true);
    const qint64 recent = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE at >= ?"),
                                   {f.clock().nowMs() - 1000});
    REQUIRE(recent >= 1);
    CHECK(list->topLevelItemCount() == recent);
    findChild<QCheckBox>(&page, "auditDateRangeCheck")->setChecked(false);
    CHECK(list->topLevelItemCount() == f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
}

TEST_CASE("Audit: Verify integrity says OK, then names the entry a raw SQL edit broke", "[ui][audit]")
{
    UiTestScope scope;
    ServiceFixture f;
    seedEntries(f);
    AuditPage page(f.owner());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *result = findChild<QLabel>(&page, "verifyResultLabel");
    QTest::mouseClick(findChild<QPushButton>(&page, "verifyButton"), Qt::LeftButton);
    CHECK_FALSE(result->isHidden());
    CHECK(result->text().startsWith(QStringLiteral("Integrity OK")));

    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET details = '{\"fields\":[\"name\"]}' WHERE seq = 2")));
    QTest::mouseClick(findChild<QPushButton>(&page, "verifyButton"), Qt::LeftButton);
    CHECK(result->text().startsWith(QStringLiteral("Integrity broken")));
    CHECK(result->text().contains(QStringLiteral("entry #2 was changed")));
    auto *current = findChild<QTreeWidget>(&page, "auditList")->currentItem();
    REQUIRE(current);
    CHECK(current->toolTip(0) == QStringLiteral("Entry #2"));
    saveShot(&page, QStringLiteral("audit-page-broken"));
}

TEST_CASE("Audit: Export writes the filtered entries to CSV and is itself audited", "[ui][audit]")
{
    UiTestScope scope;
    ServiceFixture f;
    seedEntries(f);
    AuditPage page(f.owner());
    auto *action = findChild<QComboBox>(&page, "auditActionFilter");
    action->setCurrentIndex(action->findData(QStringLiteral("create")));
    const QString path = scope.path(QStringLiteral("audit.csv"));
    REQUIRE(page.exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const qint64 creates = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'"));
    CHECK(lines.size() == creates + 1);
    // The file keeps the stored action names (what `relasi-cli verify` and other tools read).
    CHECK(lines.at(1).contains(QStringLiteral(",create,")));
    CHECK_FALSE(lines.at(1).contains(QStringLiteral("Created")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")) == 1);
    CHECK(findChild<QLabel>(&page, "verifyResultLabel")->text().startsWith(QStringLiteral("Exported")));
}

TEST_CASE("Main window: a sales rep sees neither Users nor Audit log; the owner sees both screens", "[ui][audit][users]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString email = QStringLiteral("rina@tokomaju.co.id");
    auto rep = UserService(f.owner()).addUser(QStringLiteral("Rina"), email, {}, Role::Sales);
    REQUIRE(rep.ok());
    const QString password = QStringLiteral("teh manis hangat 99");
    REQUIRE(f.workspace().addUserSlot(*rep, email, SecureBytes::fromUtf8(password)).ok());
    {
        MainWindow owner(&f.workspace());
        CHECK(owner.isSectionAvailable(MainWindow::UsersSection));
        CHECK(owner.isSectionAvailable(MainWindow::AuditSection));
        CHECK(owner.sectionWidget(MainWindow::UsersSection)->objectName() == QStringLiteral("usersPage"));
        CHECK(owner.sectionWidget(MainWindow::AuditSection)->objectName() == QStringLiteral("auditPage"));
        CHECK(owner.sectionWidget(MainWindow::TasksSection)->objectName() == QStringLiteral("tasksPage"));
    }
    f.workspace().lock();
    Credentials c;
    c.userEmail = email;
    auto opened = Workspace::open(f.directory(), c, SecureBytes::fromUtf8(password));
    REQUIRE(opened.ok());
    std::unique_ptr<Workspace> ws = std::move(*opened);
    {
        MainWindow main(ws.get());
        REQUIRE(main.services());
        CHECK(main.services()->session().role == Role::Sales);
        CHECK_FALSE(main.isSectionAvailable(MainWindow::UsersSection));
        CHECK_FALSE(main.isSectionAvailable(MainWindow::AuditSection));
        CHECK(main.isSectionAvailable(MainWindow::TasksSection));
        // No screen was built for them either, so nothing was asked of the audit service.
        CHECK(main.sectionWidget(MainWindow::AuditSection)->objectName() != QStringLiteral("auditPage"));
        QSqlQuery q(ws->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    ws->lock();
}
