#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace relasi {

// Tells item models that records changed. Emitted by WriteTransaction after a successful commit, once
// per entity with the ids touched (never for a rolled-back transaction). Lives on the thread of the
// services' connection; connect with Qt::QueuedConnection from other threads.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);

Q_SIGNALS:
    // entity: "customer", "user", "business_profile", …; ids: record ids (for a batch, all of them).
    void changed(const QString &entity, const QStringList &ids);
};

} // namespace relasi
