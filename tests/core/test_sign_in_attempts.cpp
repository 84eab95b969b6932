#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "crypto/SecureBytes.h"
#include "services/AuditLog.h"
#include "workspace/SignInAttempts.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

const char kWrongPassword[] = "salah sandi sekali 99";

// A wrong password as the CLI and the GUI meet it: Workspace::open refuses, the caller records the attempt.
void failSignIn(ServiceFixture &f, const QString &via)
{
    Credentials c;
    c.userEmail = QStringLiteral("siti@tokomaju.co.id");
    auto opened = Workspace::open(f.directory(), c, SecureBytes::fromUtf8(QString::fromLatin1(kWrongPassword)));
    REQUIRE_FALSE(opened.ok());
    REQUIRE(opened.code() == ErrorCode::WrongSecret);
    REQUIRE(SignInAttempts::record(f.directory(), via, f.clock()).ok());
}

QList<AuditEntry> failedEntries(ServiceFixture &f)
{
    AuditFilter filter;
    filter.action = QStringLiteral("sign_in_failed");
    filter.limit = 5000;
    auto list = f.owner().audit().list(filter);
    REQUIRE(list.ok());
    return *list;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("a wrong password is recorded in the side file, without who tried or with what", "[signin]")
{
    ServiceFixture f;
    failSignIn(f, QStringLiteral("cli"));

    auto pending = SignInAttempts::pending(f.directory());
    REQUIRE(pending.ok());
    REQUIRE(pending->attempts.size() == 1);
    CHECK(pending->attempts.constFirst().via == QLatin1String("cli"));
    CHECK(pending->attempts.constFirst().atMs == ServiceFixture::startMs);
    CHECK(pending->dropped == 0);

    const QByteArray bytes = test::readAll(SignInAttempts::filePath(f.directory()));
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK_FALSE(bytes.contains("siti"));
    CHECK_FALSE(bytes.contains("tokomaju"));
    CHECK_FALSE(bytes.contains("@"));
    CHECK_FALSE(bytes.contains("Rahayu"));
    CHECK_FALSE(bytes.contains(kWrongPassword));
    CHECK_FALSE(bytes.contains("salah"));
}

TEST_CASE("the next sign-in audits each failed attempt, then clears the list", "[signin][audit]")
{
    ServiceFixture f;
    const qint64 first = f.clock().nowMs();
    failSignIn(f, QStringLiteral("cli"));
    f.clock().advanceMs(60'000);
    failSignIn(f, QStringLiteral("gui"));
    f.clock().advanceMs(60'000);
    failSignIn(f, QStringLiteral("cli"));
    REQUIRE(failedEntries(f).isEmpty());

    auto flushed = SignInAttempts::flushToAudit(f.directory(), f.owner());
    REQUIRE(flushed.ok());
    CHECK(*flushed == 3);
    CHECK_FALSE(QFile::exists(SignInAttempts::filePath(f.directory())));

    const QList<AuditEntry> entries = failedEntries(f); // newest first
    REQUIRE(entries.size() == 3);
    const QStringList via {QStringLiteral("cli"), QStringLiteral("gui"), QStringLiteral("cli")};
    for (int i = 0; i < 3; ++i) {
        const AuditEntry &e = entries.at(2 - i);
        CHECK(e.userId.isEmpty());
        CHECK(e.details.value(QStringLiteral("attempted_at")).toString() == iso(first + i * 60'000));
        CHECK(e.details.value(QStringLiteral("via")).toString() == via.at(i));
        CHECK(e.details.value(QStringLiteral("count")).toInt() == 1);
    }
    auto v = f.owner().audit().verify();
    REQUIRE(v.ok());
    CHECK(v->ok);

    auto again = SignInAttempts::flushToAudit(f.directory(), f.owner());
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(failedEntries(f).size() == 3);
}

TEST_CASE("a flush cut off before the file is deleted neither loses nor doubles entries", "[signin][audit]")
{
    ServiceFixture f;
    failSignIn(f, QStringLiteral("cli"));
    f.clock().advanceMs(1000);
    failSignIn(f, QStringLiteral("cli"));
    const QString path = SignInAttempts::filePath(f.directory());
    const QByteArray before = test::readAll(path);

    REQUIRE(SignInAttempts::flushToAudit(f.directory(), f.owner()).ok());
    // The crash: the entries were committed but the file is still there.
    QFile restored(path);
    REQUIRE(restored.open(QIODevice::WriteOnly));
    restored.write(before);
    restored.close();
    f.clock().advanceMs(1000);
    failSignIn(f, QStringLiteral("gui")); // and one more attempt after it

    auto flushed = SignInAttempts::flushToAudit(f.directory(), f.owner());
    REQUIRE(flushed.ok());
    CHECK(*flushed == 1);
    CHECK(failedEntries(f).size() == 3);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the list keeps the newest attempts and counts the rest", "[signin]")
{
    ServiceFixture f;
    // A list one short of full, as earlier record() calls leave it (written directly: a thousand atomic
    // file replacements would only make the test slow).
    QJsonArray attempts;
    for (int i = 0; i < SignInAttempts::maxKept - 1; ++i) {
        attempts.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("attempt-%1").arg(i)},
            {QStringLiteral("at"), f.clock().nowMs()}, {QStringLiteral("via"), QStringLiteral("cli")}});
        f.clock().advanceMs(1000);
    }
    QFile list(SignInAttempts::filePath(f.directory()));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(QJsonDocument(
        QJsonObject {{QStringLiteral("format"), QStringLiteral("relasi-signin-failures")},
            {QStringLiteral("version"), 1}, {QStringLiteral("dropped"), 0}, {QStringLiteral("attempts"), attempts}})
                   .toJson());
    list.close();
    for (int i = 0; i < 4; ++i) {
        REQUIRE(SignInAttempts::record(f.directory(), QStringLiteral("gui"), f.clock()).ok());
        f.clock().advanceMs(1000);
    }
    auto pending = SignInAttempts::pending(f.directory());
    REQUIRE(pending.ok());
    CHECK(pending->attempts.size() == SignInAttempts::maxKept);
    CHECK(pending->dropped == 3);
    CHECK(pending->attempts.constFirst().atMs == ServiceFixture::startMs + 3 * 1000);
    CHECK(pending->attempts.constLast().via == QLatin1String("gui"));

    auto flushed = SignInAttempts::flushToAudit(f.directory(), f.owner());
    REQUIRE(flushed.ok());
    CHECK(*flushed == SignInAttempts::maxKept + 1);
    const QList<AuditEntry> entries = failedEntries(f);
    REQUIRE(entries.size() == SignInAttempts::maxKept + 1);
    const AuditEntry &summary = entries.constLast(); // the oldest entry: the dropped ones
    CHECK(summary.details.value(QStringLiteral("count")).toInt() == 3);
    CHECK(summary.details.value(QStringLiteral("attempted_before")).toString() == iso(ServiceFixture::startMs + 3000));
    auto v = f.owner().audit().verify();
    REQUIRE(v.ok());
    CHECK(v->ok);
}

TEST_CASE("a list replaced with something else is reported in the audit trail and removed", "[signin][audit]")
{
    ServiceFixture f;
    const QString path = SignInAttempts::filePath(f.directory());
    QFile garbage(path);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"attempts\": \"nothing here\"}");
    garbage.close();

    auto flushed = SignInAttempts::flushToAudit(f.directory(), f.owner());
    REQUIRE(flushed.ok());
    CHECK(*flushed == 1);
    const QList<AuditEntry> entries = failedEntries(f);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().details.value(QStringLiteral("unreadable_list")).toBool());
    CHECK_FALSE(QFile::exists(path));
}
