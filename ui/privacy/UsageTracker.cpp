#include "privacy/UsageTracker.h"

#include "common/Clock.h"
#include "main/MainWindow.h"
#include "privacy/UsageLog.h"
#include "services/ServiceContext.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMouseEvent>
#include <QPointer>

namespace relasi {

namespace {

constexpr qint64 kMinVisitMs = 1000;

} // namespace

UsageTracker::UsageTracker(std::function<ServiceContext *()> services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{
}

UsageTracker::~UsageTracker()
{
    watchButtons(false);
    flush();
}

QString UsageTracker::identifierFor(const QString &objectName)
{
    QString out;
    for (const QChar ch : objectName) {
        if (ch.isUpper()) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
            out += ch.toLower();
        } else if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
                   || ch == QLatin1Char('.') || ch == QLatin1Char('_') || ch == QLatin1Char('-')) {
            out += ch;
        }
    }
    return out.left(56); // room for the "button." prefix within UsageLog's 64
}

void UsageTracker::screenShown(const QString &screen)
{
    flush();
    ServiceContext *ctx = services();
    m_screen = screen;
    m_since = ctx ? ctx->clock().nowMs() : 0;
}

void UsageTracker::flush()
{
    ServiceContext *ctx = services();
    if (ctx && !m_screen.isEmpty() && m_since > 0) {
        const qint64 spent = ctx->clock().nowMs() - m_since;
        if (spent >= kMinVisitMs)
            (void)UsageLog(*ctx).timeSpent(m_screen, spent); // no-op unless the user opted in
        m_since = ctx->clock().nowMs();
    }
}

void UsageTracker::release()
{
    flush();
    watchButtons(false);
    m_services = nullptr;
    m_screen.clear();
    m_since = 0;
}

void UsageTracker::actionTaken(const QString &name)
{
    ServiceContext *ctx = services();
    if (!ctx || !UsageLog::isValidName(name))
        return;
    (void)UsageLog(*ctx).action(name);
}

void UsageTracker::watchButtons(bool on)
{
    if (on == m_watchingButtons || !qApp)
        return;
    m_watchingButtons = on;
    if (on)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
}

bool UsageTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *button = qobject_cast<QAbstractButton *>(watched);
        auto *mouse = static_cast<QMouseEvent *>(event);
        // A click: released over an enabled button (a press dragged away does not count).
        if (button && button->isEnabled() && mouse->button() == Qt::LeftButton
            && button->rect().contains(mouse->position().toPoint()) && !button->objectName().isEmpty()) {
            const QString id = identifierFor(button->objectName());
            if (!id.isEmpty())
                actionTaken(QStringLiteral("button.") + id);
        }
    } else if (event->type() == QEvent::ApplicationStateChange) {
        if (QGuiApplication::applicationState() != Qt::ApplicationActive)
            flush(); // time in the background does not count
    }
    return QObject::eventFilter(watched, event);
}

UsageTracker *UsageTracker::install(MainWindow *window)
{
    QPointer<MainWindow> target(window);
    auto *tracker = new UsageTracker([target]() -> ServiceContext * { return target ? target->services() : nullptr; },
                                     window);
    static const char *const kScreens[MainWindow::SectionCount] = {"dashboard", "customers", "pipeline",
                                                                   "tasks",     "users",     "audit"};
    if (auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"))) {
        QObject::connect(nav, &QListWidget::currentRowChanged, tracker, [tracker](int row) {
            if (row >= 0 && row < MainWindow::SectionCount)
                tracker->screenShown(QLatin1String(kScreens[row]));
        });
        if (nav->currentRow() >= 0 && nav->currentRow() < MainWindow::SectionCount)
            tracker->screenShown(QLatin1String(kScreens[nav->currentRow()]));
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName().isEmpty() || action->objectName() == QLatin1String("lockAction"))
            continue; // lock: the services are about to go
        const QString id = QStringLiteral("menu.") + identifierFor(action->objectName());
        QObject::connect(action, &QAction::triggered, tracker, [tracker, id] { tracker->actionTaken(id); });
    }
    // Lock or close: the visit ends while the services still exist, and the tracker lets go of them.
    QObject::connect(window, &MainWindow::servicesReleasing, tracker, &UsageTracker::release);
    tracker->watchButtons(true);
    return tracker;
}

} // namespace relasi
