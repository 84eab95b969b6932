// tests/CMakeLists.txt compiles only support/TestSupport.cpp from tests/support; until it also lists
// support/ServiceFixture.cpp, the fixture is compiled into the core test binary through this file.
// (Remove this file when tests/CMakeLists.txt adds support/ServiceFixture.cpp.)
#include "support/ServiceFixture.cpp"
