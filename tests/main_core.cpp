// Catch2 entry point for core tests: a QCoreApplication exists for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/TestSupport.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    relasi::test::prepareTestEnvironment();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
