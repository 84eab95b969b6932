#include "ui/UiTestSupport.h"

#include "app/LanguageManager.h"
#include "customers/CustomerDetailView.h"
#include "customers/CustomersPage.h"
#include "customers/LogInteractionDialog.h"
#include "demo/DemoGenerator.h"
#include "import/ExportDialog.h"
#include "main/MainWindow.h"
#include "models/CustomerListModel.h"
#include "pipeline/NewDealDialog.h"
#include "services/UserService.h"
#include "settings/SettingsDialog.h"
#include "support/ServiceFixture.h"
#include "support/TestSupport.h"
#include "tasks/NewTaskDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// The visible labels and buttons under `root` whose text needs more width than they got (clipped text).
QStringList clippedTexts(QWidget *root)
{
    QStringList out;
    const auto describe = [](QWidget *w, const QString &text) {
        return QStringLiteral("%1 \"%2\" (%3 < %4 px)")
            .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(),
                 text)
            .arg(w->width())
            .arg(w->minimumSizeHint().width());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            continue;
        if (label->width() < label->minimumSizeHint().width())
            out << describe(label, label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            out << describe(button, button->text());
    }
    return out;
}

class Walk
{
public:
    explicit Walk(const QString &dir) : m_dir(dir) {}

    void shoot(QWidget *w, const QString &name)
    {
        QTest::qWait(150); // layouts and background reads settle
        REQUIRE(w->grab().save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
        for (const QString &clipped : clippedTexts(w))
            m_report << name + QStringLiteral(": ") + clipped;
    }
    void note(const QString &line) { m_report << line; }
    QStringList report() const { return m_report; }

private:
    QString m_dir;
    QStringList m_report;
};

} // namespace

// RELASI_SHOTS_DIR=dir relasi-ui-tests "[.walk]": every main screen and the common dialogs in Bahasa
// Indonesia over demo data, at 1280x800 and 1024x768, as PNGs, and a list of clipped labels and buttons.
TEST_CASE("Screen walk: the main screens in Bahasa Indonesia at 1280x800 and 1024x768", "[.walk][i18n]")
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS_DIR");
    if (dir.isEmpty())
        RELASI_SKIP("RELASI_SHOTS_DIR is not set");
    QDir().mkpath(dir);
    UiTestScope scope;
    ServiceFixture f;
    UserService users(f.owner());
    REQUIRE(users.addUser(QStringLiteral("Budi Santoso"), QStringLiteral("budi@tokomaju.co.id"), {}, Role::Manager).ok());
    REQUIRE(users.addUser(QStringLiteral("Rina Kartika"), QStringLiteral("rina@tokomaju.co.id"), {}, Role::Sales).ok());
    DemoGenerator demo(f.owner(), 2026);
    demo.setDetailEvery(1);
    REQUIRE(demo.generate(60).ok());

    const QString language = qEnvironmentVariable("RELASI_WALK_LANGUAGE", QStringLiteral("id"));
    LanguageManager manager;
    REQUIRE(manager.apply(language));
    Walk walk(dir);
    {
        MainWindow main(&f.workspace());
        main.show();
        REQUIRE(QTest::qWaitForWindowExposed(&main));
        const std::pair<MainWindow::Section, const char *> sections[] = {
            {MainWindow::DashboardSection, "dashboard"}, {MainWindow::CustomersSection, "customers"},
            {MainWindow::PipelineSection, "pipeline"},   {MainWindow::TasksSection, "tasks"},
            {MainWindow::UsersSection, "users"},         {MainWindow::AuditSection, "audit"},
        };
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            main.resize(size);
            const QString suffix = QStringLiteral("-%1-%2").arg(size.width()).arg(language);
            for (const auto &[section, name] : sections) {
                main.showSection(section);
                walk.shoot(&main, QLatin1String(name) + suffix);
                if (main.width() > size.width())
                    walk.note(QStringLiteral("%1: the window is %2 px wide at least (%3 asks %4 px)")
                                  .arg(QLatin1String(name) + suffix)
                                  .arg(main.width())
                                  .arg(QLatin1String(name))
                                  .arg(main.sectionWidget(section)->minimumSizeHint().width()));
            }
            main.showSection(MainWindow::CustomersSection);
            auto *page = findChild<CustomersPage>(&main, "customersPage");
            REQUIRE(page);
            auto *table = findChild<QTableView>(page, "customerTable");
            REQUIRE(waitFor([&] { return table->model()->rowCount() > 0; }, 5000));
            table->setCurrentIndex(table->model()->index(0, 0));
            findChild<QAction>(page, "openCustomerAction")->trigger();
            auto *tabs = findChild<QTabWidget>(page->detailView(), "customerTabs");
            REQUIRE(tabs);
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                walk.shoot(&main, QStringLiteral("customer-tab%1").arg(t) + suffix);
            }
            findChild<QAction>(page, "backToListAction")->trigger();
        }
        const QString suffix = QLatin1Char('-') + language;
        const QString customerId =
            findChild<QTableView>(&main, "customerTable")->model()->index(0, 0).data(CustomerListModel::IdRole).toString();
        LogInteractionDialog log(f.owner(), customerId, &main);
        log.show();
        walk.shoot(&log, QStringLiteral("dialog-log-interaction") + suffix);
        NewDealDialog deal(f.owner(), QStringLiteral("IDR"), &main);
        deal.show();
        walk.shoot(&deal, QStringLiteral("dialog-new-deal") + suffix);
        NewTaskDialog task(f.owner(), &main);
        task.show();
        walk.shoot(&task, QStringLiteral("dialog-new-task") + suffix);
        ExportDialog exporter(f.owner(), &main);
        exporter.show();
        walk.shoot(&exporter, QStringLiteral("dialog-export") + suffix);
        SettingsDialog settings(&main, &f.owner());
        settings.show();
        walk.shoot(&settings, QStringLiteral("dialog-settings") + suffix);
    }
    manager.apply(QStringLiteral("en"));
    QTextStream(stdout) << "clipped texts:\n  " << walk.report().join(QStringLiteral("\n  ")) << Qt::endl;
}
