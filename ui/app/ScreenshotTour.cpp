#include "app/ScreenshotTour.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "about/AboutDialog.h"
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
#include <QSettings>
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

    controller.lock();
    UnlockDialog *unlock = controller.unlockDialog();
    shots.shoot(unlock, QStringLiteral("12-unlock"));
    setText(unlock, "passwordEdit", QStringLiteral("kopi tubruk siang"));
    child<QPushButton>(unlock, "unlockButton")->click();
    waitUntil([&] { return !unlock->isBusy(); });
    shots.shoot(unlock, QStringLiteral("13-unlock-wrong-password"));
    unlock->setRecoveryMode(true);
    shots.shoot(unlock, QStringLiteral("14-unlock-recovery-code"));
    unlock->reject();
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
