#pragma once

namespace relasi {

// Initialises libsodium once per process (thread-safe). Returns false if the library is unusable; every
// crypto entry point calls it first.
bool ensureSodium();

} // namespace relasi
