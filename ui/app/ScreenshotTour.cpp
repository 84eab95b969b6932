#include "app/ScreenshotTour.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "about/AboutDialog.h"
#include "customers/CustomerDetailView.h"
#include "customers/CustomersPage.h"
#include "customers/LogInteractionDialog.h"
#include "demo/DemoGenerator.h"
#include "models/CustomerListModel.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"
#include "welcome/WelcomeWindow.h"
#include "workspace/CreateWorkspaceWizard.h"
#include "workspace/UnlockDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QThread>

#include <functional>

namespace relasi {

namespace {

// The tour runs with its own settings and data folders, so it never touches the user's real ones.
const char *const kScratch = "relasi-screenshots";

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

class Shooter
{
public:
    Shooter(const QString &dir, const QString &lang) : m_dir(dir), m_lang(lang) {}

    void shoot(QWidget *w, const QString &name)
    {
        settle();
        const QString file = QDir(m_dir).filePath(name + QLatin1Char('-') + m_lang + QStringLiteral(".png"));
        if (w && w->grab().save(file))
            QTextStream(stdout) << file << Qt::endl;
        else
            QTextStream(stderr) << "could not capture " << file << Qt::endl, ++m_failures;
    }
    int failures() const { return m_failures; }

private:
    QString m_dir;
    QString m_lang;
    int m_failures = 0;
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

void setText(QObject *parent, const char *name, const QString &text)
{
    if (auto *edit = child<QLineEdit>(parent, name)) {
        edit->setText(text);
        Q_EMIT edit->textEdited(text);
    }
}

// The screens of a workspace with data: dashboard, customers, a customer (overview, timeline, logging an
// interaction), pipeline, tasks, users and the audit log.
void shootCrmScreens(MainWindow *main, Shooter &shots)
{
    main->resize(1280, 760);
    main->showSection(MainWindow::DashboardSection);
    waitUntil([] { return false; }, 300); // charts and counts load in the background
    shots.shoot(main, QStringLiteral("15-dashboard"));
    main->showSection(MainWindow::CustomersSection);
    shots.shoot(main, QStringLiteral("16-customers"));

    auto *page = main->findChild<CustomersPage *>(QStringLiteral("customersPage"));
    auto *table = page ? page->findChild<QTableView *>(QStringLiteral("customerTable")) : nullptr;
    if (page && table && table->model()->rowCount() > 0) {
        // A customer with a phone number and an e-mail address, so the overview shows contact points.
        const QAbstractItemModel *rows = table->model();
        int shown = 0;
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (!rows->index(r, 2).data().toString().isEmpty() && !rows->index(r, 3).data().toString().isEmpty()
                && !rows->index(r, 4).data().toString().isEmpty()) {
                shown = r;
                break;
            }
        }
        table->setCurrentIndex(rows->index(shown, 0));
        child<QAction>(page, "openCustomerAction")->trigger();
        shots.shoot(main, QStringLiteral("17-customer-overview"));
        if (auto *tabs = child<QTabWidget>(page->detailView(), "customerTabs"))
            tabs->setCurrentIndex(1);
        waitUntil([] { return false; }, 200);
        shots.shoot(main, QStringLiteral("18-customer-timeline"));
        const QString customerId = rows->index(shown, 0).data(CustomerListModel::IdRole).toString();
        if (ServiceContext *services = main->services()) {
            // The timeline opens this dialog modally; the tour shows it without entering its event loop.
            LogInteractionDialog dialog(*services, customerId, main);
            dialog.show();
            shots.shoot(&dialog, QStringLiteral("19-log-interaction"));
            dialog.reject();
        }
        child<QAction>(page, "backToListAction")->trigger();
    } else {
        shots.shoot(nullptr, QStringLiteral("17-customer-overview"));
    }
    const std::pair<MainWindow::Section, const char *> sections[] = {
        {MainWindow::PipelineSection, "20-pipeline"},
        {MainWindow::TasksSection, "21-tasks"},
        {MainWindow::UsersSection, "22-users"},
        {MainWindow::AuditSection, "23-audit-log"},
    };
    for (const auto &[section, name] : sections) {
        main->showSection(section);
        waitUntil([] { return false; }, 200);
        shots.shoot(main, QLatin1String(name));
    }
}

int tour(const QString &outDir, const QString &lang, const QString &scratch)
{
    Shooter shots(outDir, lang);
    AppSettings::setLanguage(lang);
    const QString base = QDir(scratch).filePath(QStringLiteral("Relasi"));
    AppSettings::addRecentWorkspace(QDir(base).filePath(QStringLiteral("cv-sumber-rejeki")));
    AppSettings::addRecentWorkspace(QDir(base).filePath(QStringLiteral("toko-maju-jaya")));

    AppController controller;
    controller.start();
    WelcomeWindow *welcome = controller.welcomeWindow();
    welcome->resize(820, 500);
    shots.shoot(welcome, QStringLiteral("01-welcome"));

    controller.startCreateWizard();
    CreateWorkspaceWizard *w = controller.wizard();
    w->resize(720, 620);
    shots.shoot(w, QStringLiteral("02-wizard-privacy"));
    child<QCheckBox>(w, "acceptNoticeCheck")->setChecked(true);
    child<QCheckBox>(w, "adultCheck")->setChecked(true);
    w->next();
    setText(w, "ownerNameEdit", QStringLiteral("Sari Wulandari"));
    setText(w, "ownerEmailEdit", QStringLiteral("sari@tokomaju.co.id"));
    setText(w, "ownerPhoneEdit", QStringLiteral("0812 3456 7890"));
    shots.shoot(w, QStringLiteral("03-wizard-owner"));
    w->next();
    const QString password = QStringLiteral("kopi tubruk pagi hujan 2026");
    setText(w, "passwordEdit", password);
    setText(w, "confirmPasswordEdit", password);
    shots.shoot(w, QStringLiteral("04-wizard-password"));
    w->next();
    setText(w, "businessNameEdit", lang == QLatin1String("id") ? QStringLiteral("Toko Maju Jaya")
                                                               : QStringLiteral("Maju Jaya Trading"));
    if (auto *address = child<QPlainTextEdit>(w, "businessAddressEdit"))
        address->setPlainText(QStringLiteral("Jl. Malioboro No. 12\nYogyakarta 55213"));
    setText(w, "taxIdEdit", QStringLiteral("01.234.567.8-901.000"));
    setText(w, "folderEdit", QDir(base).filePath(QStringLiteral("maju-jaya-") + lang));
    shots.shoot(w, QStringLiteral("05-wizard-business"));
    w->next();
    shots.shoot(w, QStringLiteral("06-wizard-creating"));
    if (!waitUntil([&] { return w->currentId() == CreateWorkspaceWizard::RecoveryPageId; }))
        return 1;
    shots.shoot(w, QStringLiteral("07-wizard-recovery-code"));
    child<QCheckBox>(w, "storedCodeCheck")->setChecked(true);
    w->button(QWizard::FinishButton)->click();
    if (!waitUntil([&] { return controller.mainWindow() != nullptr; }))
        return 1;

    MainWindow *main = controller.mainWindow();
    main->resize(1100, 700);
    shots.shoot(main, QStringLiteral("08-main-window"));
    main->showSection(MainWindow::CustomersSection);
    shots.shoot(main, QStringLiteral("09-main-customers-empty"));

    controller.showSettings();
    shots.shoot(main->findChild<SettingsDialog *>(), QStringLiteral("10-settings"));
    main->findChild<SettingsDialog *>()->reject();
    child<QAction>(main, "aboutAction")->trigger();
    if (auto *about = main->findChild<AboutDialog *>()) {
        shots.shoot(about, QStringLiteral("11-about"));
        about->reject();
    }

    // The CRM screens are shown on demo data (DemoGenerator, as `relasi-cli demo` makes it): they are filled
    // now and the tour comes back to them after the unlock dialog.
    if (ServiceContext *services = main->services()) {
        // A small team for the Users screen (no key slots: they exist only in this throw-away workspace).
        UserService users(*services);
        (void)users.addUser(QStringLiteral("Budi Santoso"), QStringLiteral("budi@tokomaju.co.id"),
                            QStringLiteral("0813 2222 3333"), Role::Manager);
        (void)users.addUser(QStringLiteral("Rina Kartika"), QStringLiteral("rina@tokomaju.co.id"),
                            QStringLiteral("0857 4444 5555"), Role::Sales);
        (void)users.addUser(QStringLiteral("Dewi Lestari"), QStringLiteral("dewi@tokomaju.co.id"), QString(),
                            Role::Viewer);
        DemoGenerator demo(*services, 2026);
        demo.setDetailEvery(1);
        if (!demo.generate(60).ok())
            QTextStream(stderr) << "could not generate the demo data" << Qt::endl;
    }

    controller.lock();
    UnlockDialog *unlock = controller.unlockDialog();
    shots.shoot(unlock, QStringLiteral("12-unlock"));
    setText(unlock, "passwordEdit", QStringLiteral("kopi tubruk siang"));
    child<QPushButton>(unlock, "unlockButton")->click();
    waitUntil([&] { return !unlock->isBusy(); });
    shots.shoot(unlock, QStringLiteral("13-unlock-wrong-password"));
    unlock->setRecoveryMode(true);
    shots.shoot(unlock, QStringLiteral("14-unlock-recovery-code"));
    unlock->setRecoveryMode(false);
    setText(unlock, "passwordEdit", password);
    child<QPushButton>(unlock, "unlockButton")->click();
    if (!waitUntil([&] { return controller.mainWindow() != nullptr; }))
        return shots.failures() + 1;
    shootCrmScreens(controller.mainWindow(), shots);
    controller.lock();
    if (UnlockDialog *again = controller.unlockDialog())
        again->reject();
    settle();
    return shots.failures();
}

} // namespace

int ScreenshotTour::run(const QString &outputDirectory)
{
    const QString scratch = QDir::temp().filePath(QLatin1String(kScratch));
    QDir(scratch).removeRecursively();
    QDir().mkpath(scratch);
    QDir().mkpath(outputDirectory);
    // Throw-away settings and data; the floor KDF (the production minimum) keeps the tour quick.
    qputenv("XDG_DATA_HOME", QDir(scratch).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("RELASI_TEST_KDF", "floor");
    QCoreApplication::setOrganizationName(QStringLiteral("RelasiScreenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QDir(scratch).filePath(QStringLiteral("config")));
    QApplication::setQuitOnLastWindowClosed(false);

    int failures = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        QSettings().clear();
        failures += tour(outputDirectory, lang, QDir(scratch).filePath(QStringLiteral("home")));
    }
    QDir(scratch).removeRecursively();
    return failures == 0 ? 0 : 1;
}

} // namespace relasi
