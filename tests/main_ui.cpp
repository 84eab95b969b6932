// Catch2 entry point for GUI tests: a QApplication on the offscreen platform unless one is chosen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/TestSupport.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    relasi::test::prepareTestEnvironment();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
