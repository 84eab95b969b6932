// relasi: the desktop application. Thin: the flow lives in ui/app/AppController.
#include "app/AppController.h"
#include "app/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Relasi"));
    QApplication::setOrganizationName(QStringLiteral("Relasi"));
    QApplication::setApplicationVersion(QStringLiteral(RELASI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relasi"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relasi: encrypted, offline-first customer relationships"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Open the workspace in DIR (asks for the password)."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Write screenshots of the main screens (English and Indonesian) to DIR, then exit. "
                       "Uses a throw-away workspace and settings."),
        QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    if (parser.isSet(screenshotsOption))
        return relasi::ScreenshotTour::run(parser.value(screenshotsOption));

    relasi::AppController controller;
    controller.start(parser.value(workspaceOption));
    return QApplication::exec();
}
