#include <catch2/catch.hpp>

#include "common/Error.h"
#include "common/Result.h"

using namespace relasi;

TEST_CASE("exit codes follow the command-line contract", "[error]")
{
    CHECK(exitCodeFor(ErrorCode::Usage) == 2);
    CHECK(exitCodeFor(ErrorCode::WrongSecret) == 3);
    CHECK(exitCodeFor(ErrorCode::VaultMissing) == 4);
    CHECK(exitCodeFor(ErrorCode::VaultDamaged) == 4);
    CHECK(exitCodeFor(ErrorCode::DatabaseDamaged) == 5);
    CHECK(exitCodeFor(ErrorCode::NewerVersion) == 6);
    CHECK(exitCodeFor(ErrorCode::InUse) == 7);
    CHECK(exitCodeFor(ErrorCode::PermissionDenied) == 8);
    CHECK(exitCodeFor(ErrorCode::Io) == 1);
}

TEST_CASE("Result carries either a value or an error", "[error]")
{
    Result<int> good(42);
    REQUIRE(good.ok());
    CHECK(*good == 42);
    Result<int> bad(ErrorCode::NotFound, QStringLiteral("no such customer"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::NotFound);
    CHECK(bad.error().message == QStringLiteral("no such customer"));
    Status s;
    CHECK(s.ok());
}
