#include "admin/OwnerPasswordCheck.h"

#include "common/BackgroundTask.h"
#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <memory>

namespace relasi {

OwnerPasswordCheck::OwnerPasswordCheck(QObject *parent) : QObject(parent) {}

void OwnerPasswordCheck::start(const Workspace &workspace, const QString &password, std::function<void(Status)> done)
{
    if (m_running)
        return;
    m_running = true;
    const QString dir = workspace.directory();
    Credentials credentials;
    credentials.kind = Credentials::Kind::Password;
    credentials.userEmail = workspace.signedInEmail();
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(password));
    BackgroundTask::run<Status>(
        this,
        [dir, credentials, secret]() -> Status {
            Result<UnlockToken> token = Workspace::unlock(dir, credentials, *secret);
            secret->clear();
            if (!token)
                return token.error();
            return {}; // the token (and the data key in it) is wiped here
        },
        [this, done = std::move(done)](Status status) {
            m_running = false;
            done(status);
        });
}

} // namespace relasi
