#pragma once

namespace relasi {

// Registers the icons compiled into the static relasi-ui library (a static library's resource initialiser
// is not linked in unless something refers to it). Safe to call more than once.
void initUiResources();

} // namespace relasi
