#include "services/ChangeNotifier.h"

namespace relasi {

ChangeNotifier::ChangeNotifier(QObject *parent) : QObject(parent) {}

} // namespace relasi
