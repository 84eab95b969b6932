#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace relasi {

class ServiceContext;
class TimelineModel;

// The Timeline tab: the customer's communication log newest first (TimelineModel), each row with the
// channel's icon and name, when (in the user's locale), direction, subject, duration, outcome and who;
// "Log interaction…" (Ctrl+Shift+L) opens LogInteractionDialog.
class CustomerTimelineTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerTimelineTab(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomerTimelineTab() override;

    // Shows `customerId` from now on (the log action acts for it at once); its log is read by ensureLoaded()
    // (when the tab is shown).
    void setCustomer(const QString &customerId, bool canLog);
    void ensureLoaded();
    bool isLoaded() const { return !m_stale; }
    QAction *logAction() const { return m_logAction; }
    TimelineModel *model() const { return m_model; }
    // Opens the log dialog (modal); returns whether an entry was logged.
    bool logInteraction();

private:
    void updateEmptyState();

    ServiceContext &m_services;
    QString m_customerId;
    bool m_canLog = false;
    bool m_stale = false;
    TimelineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_logButton = nullptr;
    QAction *m_logAction = nullptr;
};

} // namespace relasi
