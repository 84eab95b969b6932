#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace relasi {

// Runs slow core work (Argon2id, workspace creation) on a worker thread and hands the result back on the
// thread of `context`. The result type may be move-only (Result<UnlockToken>). If `context` is destroyed
// first, the result is dropped (and destroyed, which wipes any key material it holds).
class BackgroundTask
{
public:
    template<typename R>
    static QThread *run(QObject *context, std::function<R()> work, std::function<void(R)> done)
    {
        auto slot = std::make_shared<std::optional<R>>();
        QThread *thread = QThread::create([slot, work = std::move(work)]() { slot->emplace(work()); });
        QObject::connect(thread, &QThread::finished, context, [slot, done = std::move(done)]() {
            if (slot->has_value()) {
                R value = std::move(**slot);
                slot->reset();
                done(std::move(value));
            }
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
        return thread;
    }
};

} // namespace relasi
