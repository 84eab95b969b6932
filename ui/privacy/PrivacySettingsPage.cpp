#include "privacy/PrivacySettingsPage.h"

#include "privacy/DeviceRecord.h"
#include "privacy/PrivacyBusyBar.h"
#include "privacy/PrivacyJob.h"
#include "privacy/UsageLog.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLocale>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relasi {

namespace {

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, const QString &accessibleName, int max,
                   const QString &suffix, const QString &off)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, max);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(off);
    return spin;
}

} // namespace

QString PrivacySettingsPage::describe(const RetentionCounts &counts)
{
    QStringList parts;
    parts << (counts.policy.logMonths > 0 ? tr("communication log entries: %1").arg(counts.logs)
                                          : tr("communication log entries: rule off"));
    parts << (counts.policy.inactiveYears > 0 ? tr("inactive customers: %1").arg(counts.customers)
                                              : tr("inactive customers: rule off"));
    if (counts.policy.usageDays <= 0)
        parts << tr("usage events: rule off");
    else if (counts.usageSkipped)
        parts << tr("usage events: none stored");
    else
        parts << tr("usage events: %1").arg(counts.usageEvents);
    return parts.join(QStringLiteral("; "));
}

PrivacySettingsPage::PrivacySettingsPage(ServiceContext &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("privacySettingsPage"));
    m_mayConfigure = Policy::allows(services.session(), Permission::ConfigureSettings);
    m_mayRun = m_mayConfigure && Policy::allows(services.session(), Permission::EraseData);

    auto *layout = new QVBoxLayout(this);
    auto *usage = new QGroupBox(tr("Your usage data"), this);
    usage->setObjectName(QStringLiteral("usageGroup"));
    auto *usageLayout = new QVBoxLayout(usage);
    m_optIn = new QCheckBox(tr("&Help improve Relasi: record which screens I use and for how long"), usage);
    m_optIn->setObjectName(QStringLiteral("usageOptInCheck"));
    m_optIn->setAccessibleName(tr("Usage analytics opt-in"));
    usageLayout->addWidget(m_optIn);
    auto *usageHelp = new QLabel(tr("Off unless you turn it on. Only screen and action names and times are "
                                    "recorded, never customer data; they stay in this workspace and are never "
                                    "sent anywhere. Relasi uses no cookies or other tracking."),
                                 usage);
    usageHelp->setWordWrap(true);
    usageLayout->addWidget(usageHelp);
    auto *usageRow = new QHBoxLayout;
    m_usageLabel = new QLabel(usage);
    m_usageLabel->setObjectName(QStringLiteral("usageCountLabel"));
    m_usageLabel->setWordWrap(true);
    m_deleteUsage = new QPushButton(tr("&Delete my usage data"), usage);
    m_deleteUsage->setObjectName(QStringLiteral("deleteUsageDataButton"));
    m_deleteUsage->setAccessibleName(tr("Delete my usage data"));
    usageRow->addWidget(m_usageLabel, 1);
    usageRow->addWidget(m_deleteUsage);
    usageLayout->addLayout(usageRow);
    m_usageView = new QTreeWidget(usage);
    m_usageView->setObjectName(QStringLiteral("usageSummaryView"));
    m_usageView->setAccessibleName(tr("Your recorded usage, by screen and action"));
    m_usageView->setRootIsDecorated(false);
    m_usageView->setUniformRowHeights(true);
    m_usageView->setHeaderLabels({tr("Kind"), tr("Screen or action"), tr("Times"), tr("Time spent")});
    m_usageView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_usageView->setMaximumHeight(140);
    usageLayout->addWidget(m_usageView);
    m_deviceLabel = new QLabel(usage);
    m_deviceLabel->setObjectName(QStringLiteral("deviceRecordLabel"));
    m_deviceLabel->setWordWrap(true);
    m_deviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    usageLayout->addWidget(m_deviceLabel);
    layout->addWidget(usage);
    connect(m_optIn, &QCheckBox::clicked, this, &PrivacySettingsPage::setOptIn);
    connect(m_deleteUsage, &QPushButton::clicked, this, &PrivacySettingsPage::deleteUsage);

    auto *group = new QGroupBox(tr("Retention rules"), this);
    group->setObjectName(QStringLiteral("retentionGroup"));
    auto *groupLayout = new QVBoxLayout(group);
    auto *intro = new QLabel(tr("Keep personal data only as long as it is needed. Each rule is off when set to "
                                "\"Off\". Customers under legal hold are never touched. Rules run by themselves "
                                "once a day when the owner signs in."),
                             group);
    intro->setWordWrap(true);
    groupLayout->addWidget(intro);

    m_logMonths = makeSpin(group, QStringLiteral("retentionLogMonthsSpin"),
                           tr("Delete communication logs older than this many months"), 1200, tr(" months"), tr("Off"));
    m_inactiveYears = makeSpin(group, QStringLiteral("retentionInactiveYearsSpin"),
                               tr("Anonymize customers without activity for this many years"), 100, tr(" years"),
                               tr("Off"));
    m_usageDays = makeSpin(group, QStringLiteral("retentionUsageDaysSpin"),
                           tr("Drop usage data older than this many days"), 36500, tr(" days"), tr("Off"));
    auto *form = new QFormLayout;
    form->addRow(tr("Delete communication &logs older than:"), m_logMonths);
    form->addRow(tr("Anonymize customers &inactive for:"), m_inactiveYears);
    form->addRow(tr("Drop &usage data older than:"), m_usageDays);
    groupLayout->addLayout(form);

    m_roleNote = new QLabel(group);
    m_roleNote->setObjectName(QStringLiteral("retentionRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setText(tr("Only the workspace owner can change or apply the retention rules."));
    m_roleNote->setVisible(!m_mayRun);
    groupLayout->addWidget(m_roleNote);

    auto *bar = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("&Save rules"), group);
    m_saveButton->setObjectName(QStringLiteral("retentionSaveButton"));
    m_saveButton->setAccessibleName(tr("Save the retention rules"));
    m_previewButton = new QPushButton(tr("&Preview"), group);
    m_previewButton->setObjectName(QStringLiteral("retentionPreviewButton"));
    m_previewButton->setAccessibleName(tr("Preview what the saved rules would remove now"));
    m_applyButton = new QPushButton(tr("&Apply now…"), group);
    m_applyButton->setObjectName(QStringLiteral("retentionApplyButton"));
    m_applyButton->setAccessibleName(tr("Apply the saved retention rules now"));
    bar->addWidget(m_saveButton);
    bar->addStretch(1);
    bar->addWidget(m_previewButton);
    bar->addWidget(m_applyButton);
    groupLayout->addLayout(bar);

    m_resultLabel = new QLabel(group);
    m_resultLabel->setObjectName(QStringLiteral("retentionResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();
    groupLayout->addWidget(m_resultLabel);
    m_busy = new PrivacyBusyBar(QStringLiteral("retentionBusy"), group);
    groupLayout->addWidget(m_busy);
    layout->addWidget(group);
    layout->addStretch(1);

    for (QSpinBox *spin : {m_logMonths, m_inactiveYears, m_usageDays}) {
        spin->setEnabled(m_mayConfigure);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &PrivacySettingsPage::updateButtons);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &PrivacySettingsPage::savePolicy);
    connect(m_previewButton, &QPushButton::clicked, this, &PrivacySettingsPage::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &PrivacySettingsPage::applyNow);
    loadUsage();
    loadPolicy();
}

PrivacySettingsPage::~PrivacySettingsPage() = default;

void PrivacySettingsPage::loadUsage()
{
    UsageLog usage(m_services);
    auto opted = usage.isOptedIn();
    m_optIn->setChecked(opted.ok() && opted.value());
    auto events = usage.myEvents();
    const qint64 count = events.ok() ? events.value().size() : 0;
    m_usageLabel->setText(events.ok() ? tr("Usage events recorded for you: %1").arg(count)
                                      : tr("Your usage data could not be read: %1").arg(events.error().message));
    m_deleteUsage->setEnabled(events.ok() && count > 0);
    m_usageView->clear();
    if (auto summary = usage.mySummary()) {
        const QJsonArray rows = summary->value(QStringLiteral("by_name")).toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString kind = row.value(QStringLiteral("kind")).toString();
            auto *item = new QTreeWidgetItem(m_usageView);
            item->setText(0, kind == QLatin1String("screen") ? tr("Screen opened")
                             : kind == QLatin1String("time") ? tr("Time on screen")
                             : kind == QLatin1String("action") ? tr("Action")
                                                               : kind);
            item->setText(1, row.value(QStringLiteral("name")).toString());
            item->setText(2, QString::number(qint64(row.value(QStringLiteral("count")).toDouble())));
            const qint64 seconds = qint64(row.value(QStringLiteral("total_ms")).toDouble()) / 1000;
            item->setText(3, kind == QLatin1String("time")
                                 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                 : QString());
        }
    }
    m_usageView->setVisible(m_usageView->topLevelItemCount() > 0);

    auto device = DeviceRecord::current(m_services.db());
    if (!device.ok()) {
        m_deviceLabel->setText(device.code() == ErrorCode::NotFound
                                   ? tr("This device: nothing recorded yet.")
                                   : tr("This device's record could not be read: %1").arg(device.error().message));
        return;
    }
    const DeviceInfo &d = device.value();
    auto when = [](qint64 ms) {
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                      : QString();
    };
    m_deviceLabel->setText(tr("This device, as recorded (no IP address, hardware or user names):\n"
                              "Device id: %1\nSystem: %2\nRelasi version: %3\nFirst used: %4\nLast used: %5")
                               .arg(d.id, d.os, d.appVersion, when(d.firstSeen), when(d.lastSeen)));
}

void PrivacySettingsPage::setOptIn(bool optedIn)
{
    if (Status s = UsageLog(m_services).setOptedIn(optedIn); !s) {
        m_usageLabel->setText(tr("Your choice was not saved: %1").arg(s.error().message));
        m_optIn->setChecked(!optedIn);
        return;
    }
    loadUsage();
}

void PrivacySettingsPage::deleteUsage()
{
    auto deleted = UsageLog(m_services).deleteMine();
    loadUsage();
    m_usageLabel->setText(deleted.ok() ? tr("Deleted %1 usage events.").arg(deleted.value())
                                       : tr("Your usage data was not deleted: %1").arg(deleted.error().message));
}

void PrivacySettingsPage::loadPolicy()
{
    auto loaded = RetentionService::loadPolicy(m_services.db());
    if (!loaded) {
        showResult(tr("The retention rules could not be read: %1").arg(loaded.error().message), true);
    } else {
        m_saved = loaded.value();
    }
    m_logMonths->setValue(m_saved.logMonths);
    m_inactiveYears->setValue(m_saved.inactiveYears);
    m_usageDays->setValue(m_saved.usageDays);
    updateButtons();
}

RetentionPolicy PrivacySettingsPage::shownPolicy() const
{
    RetentionPolicy p;
    p.logMonths = m_logMonths->value();
    p.inactiveYears = m_inactiveYears->value();
    p.usageDays = m_usageDays->value();
    return p;
}

void PrivacySettingsPage::updateButtons()
{
    const bool dirty = !(shownPolicy() == m_saved);
    const bool busy = m_busy && m_busy->isBusy();
    m_saveButton->setEnabled(m_mayConfigure && dirty && !busy);
    // Preview and Apply work on the saved rules: with unsaved changes they would show something else.
    m_previewButton->setEnabled(m_mayRun && !dirty && !busy);
    m_applyButton->setEnabled(m_mayRun && !dirty && !busy && !m_saved.isEmpty());
    const QString hint = dirty ? tr("Save the rules first.") : QString();
    m_previewButton->setToolTip(m_mayRun ? hint : m_roleNote->text());
    m_applyButton->setToolTip(m_mayRun ? hint : m_roleNote->text());
}

void PrivacySettingsPage::showResult(const QString &text, bool error)
{
    m_resultLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

void PrivacySettingsPage::savePolicy()
{
    const RetentionPolicy policy = shownPolicy();
    if (Status s = RetentionService(m_services).setPolicy(policy); !s) {
        showResult(s.code() == ErrorCode::PermissionDenied
                       ? m_roleNote->text()
                       : tr("The rules were not saved: %1").arg(s.error().message),
                   true);
        return;
    }
    m_saved = policy;
    showResult(tr("Retention rules saved. Use Preview to see what they would remove now."), false);
    updateButtons();
}

const Workspace *PrivacySettingsPage::workspace() const
{
    return m_workspace ? m_workspace : PrivacyJob::workspaceOf(this);
}

bool PrivacySettingsPage::isBusy() const
{
    return m_busy->isBusy();
}

void PrivacySettingsPage::preview()
{
    if (m_busy->isBusy())
        return;
    showResult(QString(), false);
    m_busy->start(tr("Counting what the rules would remove…"), false);
    updateButtons();
    PrivacyJob::run<RetentionCounts>(
        this, workspace(), m_services, [](ServiceContext &ctx) { return RetentionService(ctx).preview(); },
        [this](Result<RetentionCounts> counts) {
            m_busy->stop();
            updateButtons();
            if (!counts) {
                showResult(tr("The preview failed: %1").arg(counts.error().message), true);
                return;
            }
            m_lastPreview = counts.value();
            showResult(tr("Would remove now: %1. Nothing has been changed yet.").arg(describe(counts.value())),
                       false);
        });
}

void PrivacySettingsPage::applyNow()
{
    if (m_busy->isBusy())
        return;
    showResult(QString(), false);
    m_busy->start(tr("Counting what the rules would remove…"), false);
    updateButtons();
    PrivacyJob::run<RetentionCounts>(
        this, workspace(), m_services, [](ServiceContext &ctx) { return RetentionService(ctx).preview(); },
        [this](Result<RetentionCounts> dry) {
            m_busy->stop();
            updateButtons();
            if (!dry) {
                showResult(tr("The preview failed: %1").arg(dry.error().message), true);
                return;
            }
            m_lastPreview = dry.value();
            confirmAndRun(dry.value());
        });
}

void PrivacySettingsPage::confirmAndRun(const RetentionCounts &dry)
{
    QMessageBox ask(QMessageBox::Warning, tr("Apply retention rules"),
                    tr("This removes now: %1.\n\nIt cannot be undone. Go ahead?").arg(describe(dry)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("retentionApplyConfirm"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_busy->start(tr("Applying the retention rules… This runs as one step and cannot be interrupted."), false);
    updateButtons();
    PrivacyJob::run<RetentionCounts>(
        this, workspace(), m_services, [](ServiceContext &ctx) { return RetentionService(ctx).run(); },
        [this](Result<RetentionCounts> ran) {
            m_busy->stop();
            updateButtons();
            if (!ran) {
                showResult(ran.code() == ErrorCode::PermissionDenied
                               ? m_roleNote->text()
                               : tr("The rules were not applied: %1").arg(ran.error().message),
                           true);
                return;
            }
            m_lastRun = ran.value();
            showResult(tr("Applied. Removed: %1.").arg(describe(ran.value())), false);
            loadUsage(); // the usage rule may have dropped some of this user's events
        });
}

} // namespace relasi
