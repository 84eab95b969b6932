#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

namespace relasi {

class Workspace;

// Checks the signed-in user's password again before a sensitive action (adding a key slot, a new recovery
// code…): unlocks their slot with it on a worker thread (Argon2id) without opening anything, and reports on
// the GUI thread. Only one check runs at a time.
class OwnerPasswordCheck : public QObject
{
    Q_OBJECT
public:
    explicit OwnerPasswordCheck(QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    // done(Status): ok, WrongSecret, or another unlock error.
    void start(const Workspace &workspace, const QString &password, std::function<void(Status)> done);

private:
    bool m_running = false;
};

} // namespace relasi
