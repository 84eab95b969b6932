#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/SubjectAccessExporter.h"

#include <QDir>

#include <algorithm>
#include <QFile>

using namespace relasi;
using relasi::test::ServiceFixture;

TEST_CASE("Workspace export reports progress per table and stops on cancel without writing or auditing",
          "[privacy][export][workspace]")
{
    ServiceFixture f;
    f.addCustomer(f.ownerId(), QStringLiteral("Sari Dewi"));
    const QString target = QDir(f.directory()).filePath(QStringLiteral("all.zip"));

    SECTION("progress runs from 0 to the number of steps")
    {
        QList<int> seen;
        int total = -1;
        SubjectAccessExporter exporter(f.owner());
        exporter.setProgress([&](int done, int steps) {
            seen << done;
            total = steps;
            return true;
        });
        auto report = exporter.exportWorkspace(target);
        REQUIRE(report.ok());
        REQUIRE(total > 1);
        CHECK(seen.constFirst() == 0);
        CHECK(seen.constLast() == total - 1); // every table read; the archive is the last step
        CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
        CHECK(report->counts.size() == total - 1);
        CHECK(QFile::exists(target));
    }
    SECTION("cancel at the third step")
    {
        SubjectAccessExporter exporter(f.owner());
        exporter.setProgress([](int done, int) { return done < 2; });
        auto report = exporter.exportWorkspace(target);
        REQUIRE_FALSE(report.ok());
        CHECK(report.code() == ErrorCode::Cancelled);
        CHECK_FALSE(QFile::exists(target));
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace_export'")) == 0);
    }
    SECTION("cancel after the last table: still nothing written")
    {
        SubjectAccessExporter exporter(f.owner());
        exporter.setProgress([](int done, int total) { return done < total - 1; });
        auto report = exporter.exportWorkspace(target);
        CHECK(report.code() == ErrorCode::Cancelled);
        CHECK_FALSE(QFile::exists(target));
    }
}
