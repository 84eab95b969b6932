#pragma once

#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "services/Session.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace relasi {

class Clock;
class Workspace;

// Runs a customer import on a worker thread over a connection of its own (Workspace::openConnection, as the
// RetentionRunner does), so the window stays responsive however long the file. CustomerImporter then runs
// its own pipeline there (reader/mapper thread + this worker as the one writer). The GUI thread polls
// progress() and asks cancel(); `done` is called on the GUI thread with the result.
//
// The whole run is one write transaction on the worker's connection (Cancel rolls it back exactly). The wizard is
// window-modal over the main window, which blocks edits there; other connections' writers wait for the run
// through SQLite's busy timeout (and fail with Busy if it is longer: nothing of theirs is written half).
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<ImportReport>)>;

    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override; // cancels and waits for the worker

    // The Workspace and the Clock must outlive the run (wait() before they go).
    void start(const Workspace *workspace, const Session &session, const Clock &clock, const QString &path,
               const ImportProfile &profile, Done done);
    bool isRunning() const { return m_running; }
    void cancel();
    // Blocks until the worker has finished (after cancel(): once the import is rolled back).
    void wait();

    // The latest progress the worker reported (rows, bytes).
    ImportProgress progress() const;

    void setBatchSize(int rows) { m_batchSize = rows; }

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QPointer<QThread> m_thread;
    int m_batchSize = 2000;
    bool m_running = false;
};

} // namespace relasi
