#include "customers/CustomerTimelineTab.h"

#include "customers/LogInteractionDialog.h"
#include "models/TimelineModel.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace relasi {

namespace {

QString formatDuration(const QVariant &seconds)
{
    if (!seconds.isValid() || seconds.isNull() || seconds.toLongLong() < 0)
        return QString();
    const qint64 s = seconds.toLongLong();
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Shows TimelineModel's raw values readably: channel icon and name, local date/time, translated direction,
// m:ss durations; the body as the subject's tooltip.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant value = index.data(Qt::DisplayRole);
        switch (index.column()) {
        case TimelineModel::When:
            option->text = QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
            break;
        case TimelineModel::Channel: {
            const QString channel = value.toString();
            option->text = LogInteractionDialog::channelLabel(channel);
            const QString icon = LogInteractionDialog::channelIconPath(channel);
            if (!icon.isEmpty()) {
                option->icon = QIcon(icon);
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
            break;
        }
        case TimelineModel::Direction:
            option->text = LogInteractionDialog::directionLabel(value.toString());
            break;
        case TimelineModel::Duration:
            option->text = formatDuration(value);
            break;
        default:
            break;
        }
    }
};

} // namespace

CustomerTimelineTab::CustomerTimelineTab(ServiceContext &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("customerTimelineTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_logButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/channel-call.svg")),
                                  tr("&Log call, visit, WhatsApp…"), this);
    m_logButton->setObjectName(QStringLiteral("logInteractionButton"));
    m_logButton->setAccessibleName(tr("Log interaction"));
    m_logButton->setToolTip(tr("Log a call, visit, message or note (Ctrl+Shift+L)"));
    bar->addWidget(m_logButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new TimelineModel(services.db(), this);
    connect(&services.notifier(), &ChangeNotifier::changed, m_model, &TimelineModel::onChanged);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Communication log"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TimelineModel::Subject, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::When, 150);
    m_view->setColumnWidth(TimelineModel::Channel, 110);
    layout->addWidget(m_view, 1);
    m_emptyLabel = new QLabel(tr("Nothing logged yet. Log the first call or visit with Ctrl+Shift+L."), this);
    m_emptyLabel->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);

    m_logAction = new QAction(tr("Log interaction…"), this);
    m_logAction->setObjectName(QStringLiteral("logInteractionAction"));
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_logAction, &QAction::triggered, this, [this] { logInteraction(); });
    connect(m_logButton, &QPushButton::clicked, this, [this] { logInteraction(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerTimelineTab::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomerTimelineTab::updateEmptyState);
    updateEmptyState();
}

CustomerTimelineTab::~CustomerTimelineTab() = default;

void CustomerTimelineTab::setCustomer(const QString &customerId, bool canLog)
{
    m_customerId = customerId;
    m_canLog = canLog && !customerId.isEmpty();
    m_model->setCustomerId(QString()); // nothing of another customer meanwhile (and no reads for it)
    m_stale = true;
    m_logButton->setEnabled(m_canLog);
    m_logAction->setEnabled(m_canLog);
    updateEmptyState();
}

void CustomerTimelineTab::ensureLoaded()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_model->setCustomerId(m_customerId);
}

bool CustomerTimelineTab::logInteraction()
{
    if (!m_canLog)
        return false;
    LogInteractionDialog dialog(m_services, m_customerId, this);
    return dialog.exec() == QDialog::Accepted;
}

void CustomerTimelineTab::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
}

} // namespace relasi
