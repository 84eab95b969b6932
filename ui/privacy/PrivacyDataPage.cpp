#include "privacy/PrivacyDataPage.h"

#include "privacy/PrivacyBusyBar.h"
#include "privacy/PrivacyJob.h"
#include "privacy/SubjectAccessExporter.h"
#include "services/ConsentService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace relasi {

namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString purposeLabel(const QString &purpose)
{
    if (purpose == QLatin1String("marketing_email"))
        return PrivacyDataPage::tr("Marketing e-mails");
    if (purpose == QLatin1String("marketing_whatsapp_sms"))
        return PrivacyDataPage::tr("Marketing by WhatsApp/SMS");
    if (purpose == QLatin1String("phone_calls"))
        return PrivacyDataPage::tr("Phone calls");
    return purpose;
}

// Shared by the worker (writes) and the GUI's timer (reads).
struct ProgressState {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
};

} // namespace

QString PrivacyDataPage::describeLeftOut(const MailingListReport &r)
{
    QStringList parts;
    if (r.noConsent > 0)
        parts << tr("never gave consent: %1").arg(r.noConsent);
    if (r.withdrawn > 0)
        parts << tr("withdrew consent: %1").arg(r.withdrawn);
    if (r.noAddress > 0)
        parts << tr("no address for this channel: %1").arg(r.noAddress);
    if (r.erased > 0)
        parts << tr("anonymised: %1").arg(r.erased);
    if (r.deleted > 0)
        parts << tr("deleted: %1").arg(r.deleted);
    return parts.join(QStringLiteral(", "));
}

PrivacyDataPage::PrivacyDataPage(ServiceContext &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("privacyDataPage"));
    const Session &session = services.session();
    m_mayExport = Policy::allows(session, Permission::BulkExport);
    m_mayExportWorkspace = m_mayExport && Policy::allows(session, Permission::ConfigureSettings);
    auto *layout = new QVBoxLayout(this);

    auto *mine = new QGroupBox(tr("Your own data"), this);
    mine->setObjectName(QStringLiteral("myDataGroup"));
    auto *mineLayout = new QHBoxLayout(mine);
    mineLayout->addWidget(helpLabel(tr("A copy of what this workspace holds about you: your account, your settings, "
                                       "your usage data, this workspace's devices and the audit entries of what "
                                       "you did. A zip with JSON, CSV files and a page to read."),
                                    mine),
                          1);
    m_myDataButton = new QPushButton(tr("Export &my data…"), mine);
    m_myDataButton->setObjectName(QStringLiteral("exportMyDataButton"));
    m_myDataButton->setAccessibleName(tr("Export my data"));
    mineLayout->addWidget(m_myDataButton, 0, Qt::AlignTop);
    layout->addWidget(mine);

    auto *all = new QGroupBox(tr("The whole workspace"), this);
    all->setObjectName(QStringLiteral("workspaceExportGroup"));
    auto *allLayout = new QVBoxLayout(all);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(helpLabel(tr("Every table of the workspace as a CSV file with a manifest describing it, in "
                                   "one zip: everything needed to take the business's data to another product. "
                                   "It holds all personal data; keep it safe."),
                                all),
                      1);
    m_workspaceButton = new QPushButton(tr("Export the &whole workspace…"), all);
    m_workspaceButton->setObjectName(QStringLiteral("exportWorkspaceButton"));
    m_workspaceButton->setAccessibleName(tr("Export the whole workspace"));
    allRow->addWidget(m_workspaceButton, 0, Qt::AlignTop);
    allLayout->addLayout(allRow);
    m_workspaceNote = helpLabel(tr("Only the workspace owner can export the whole workspace."), all);
    m_workspaceNote->setObjectName(QStringLiteral("workspaceExportRoleNote"));
    m_workspaceNote->setVisible(!m_mayExportWorkspace);
    allLayout->addWidget(m_workspaceNote);
    layout->addWidget(all);

    auto *mail = new QGroupBox(tr("Mailing list"), this);
    mail->setObjectName(QStringLiteral("mailingListGroup"));
    auto *mailLayout = new QVBoxLayout(mail);
    mailLayout->addWidget(helpLabel(tr("Promotional messages go only to customers who agreed to them. The list holds "
                                       "exactly the customers whose consent for the channel is in force and who "
                                       "have an address for it."),
                                    mail));
    auto *mailRow = new QHBoxLayout;
    auto *purposeLabelWidget = new QLabel(tr("&Channel:"), mail);
    m_purpose = new QComboBox(mail);
    m_purpose->setObjectName(QStringLiteral("mailingPurposeCombo"));
    m_purpose->setAccessibleName(tr("Channel of the mailing list"));
    for (const QString &p : ConsentService::purposes()) {
        if (MailingListExporter::isContactPurpose(p))
            m_purpose->addItem(purposeLabel(p), p);
    }
    purposeLabelWidget->setBuddy(m_purpose);
    m_mailingButton = new QPushButton(tr("E&xport the list…"), mail);
    m_mailingButton->setObjectName(QStringLiteral("exportMailingListButton"));
    m_mailingButton->setAccessibleName(tr("Export the mailing list"));
    mailRow->addWidget(purposeLabelWidget);
    mailRow->addWidget(m_purpose, 1);
    mailRow->addWidget(m_mailingButton);
    mailLayout->addLayout(mailRow);
    m_mailingCounts = new QLabel(mail);
    m_mailingCounts->setObjectName(QStringLiteral("mailingCountsLabel"));
    m_mailingCounts->setWordWrap(true);
    m_mailingCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mailLayout->addWidget(m_mailingCounts);
    layout->addWidget(mail);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("privacyDataResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);
    m_busy = new PrivacyBusyBar(QStringLiteral("privacyDataBusy"), this);
    layout->addWidget(m_busy);
    layout->addStretch(1);

    connect(m_myDataButton, &QPushButton::clicked, this, [this] { exportMyData(); });
    connect(m_workspaceButton, &QPushButton::clicked, this, [this] { exportWorkspace(); });
    connect(m_mailingButton, &QPushButton::clicked, this, [this] { exportMailingList(); });
    connect(m_purpose, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { countMailingList(); });
    updateButtons();
    if (m_mayExport) // counted once the page is shown and the main window's workspace can be found
        QTimer::singleShot(0, this, [this] { countMailingList(); });
    else
        m_mailingCounts->setText(tr("Only the owner or a manager can export a mailing list."));
}

PrivacyDataPage::~PrivacyDataPage() = default;

const Workspace *PrivacyDataPage::workspace() const
{
    return m_workspace ? m_workspace : PrivacyJob::workspaceOf(this);
}

bool PrivacyDataPage::isBusy() const
{
    return m_busy->isBusy();
}

void PrivacyDataPage::updateButtons()
{
    const bool busy = m_busy->isBusy();
    m_myDataButton->setEnabled(!busy);
    m_workspaceButton->setEnabled(!busy && m_mayExportWorkspace);
    m_workspaceButton->setToolTip(m_mayExportWorkspace ? QString() : m_workspaceNote->text());
    m_purpose->setEnabled(!busy && m_mayExport);
    m_mailingButton->setEnabled(!busy && m_mayExport && m_mailing.included > 0
                                && m_mailing.purpose == m_purpose->currentData().toString());
}

void PrivacyDataPage::showResult(const QString &text, bool error)
{
    m_resultLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b6e3a;"));
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

void PrivacyDataPage::setBusy(const QString &text, bool cancellable)
{
    showResult(QString(), false);
    m_busy->start(text, cancellable);
    updateButtons();
}

void PrivacyDataPage::done()
{
    m_busy->stop();
    updateButtons();
}

QString PrivacyDataPage::askPath(const QString &title, const QString &filter, const QString &suffix,
                                 const QString &name)
{
    QFileDialog dialog(this, title);
    dialog.setObjectName(QStringLiteral("privacyDataFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(suffix);
    dialog.setDirectory(QDir::home());
    dialog.selectFile(name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void PrivacyDataPage::exportMyData(const QString &given)
{
    if (m_busy->isBusy())
        return;
    const QString path = given.isEmpty()
                             ? askPath(tr("Export my data"), tr("Zip archives (*.zip)"), QStringLiteral("zip"),
                                       tr("my-relasi-data.zip"))
                             : given;
    if (path.isEmpty())
        return;
    setBusy(tr("Exporting your data…"), false);
    PrivacyJob::run<SubjectAccessReport>(
        this, workspace(), m_services, [path](ServiceContext &ctx) { return SubjectAccessExporter(ctx).exportSelf(path); },
        [this](Result<SubjectAccessReport> report) {
            done();
            if (!report) {
                showResult(tr("Your data was not exported: %1").arg(report.error().message), true);
                return;
            }
            showResult(tr("Saved %1 (%2 KB).").arg(QDir::toNativeSeparators(report->path)).arg((report->bytes + 1023) / 1024),
                       false);
        });
}

void PrivacyDataPage::exportWorkspace(const QString &given)
{
    if (m_busy->isBusy() || !m_mayExportWorkspace)
        return;
    const QString path = given.isEmpty() ? askPath(tr("Export the whole workspace"), tr("Zip archives (*.zip)"),
                                                   QStringLiteral("zip"),
                                                   tr("relasi-workspace-%1.zip")
                                                       .arg(QDate::currentDate().toString(Qt::ISODate)))
                                         : given;
    if (path.isEmpty())
        return;
    setBusy(tr("Exporting the whole workspace… Nothing is written until it is complete, so you can cancel."), true);
    auto state = std::make_shared<ProgressState>();
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, state] { m_busy->setProgress(state->done, state->total); });
    auto cancelConnection = connect(m_busy, &PrivacyBusyBar::cancelClicked, this, [state] { state->cancel = true; });
    poll->start();
    PrivacyJob::run<SubjectAccessReport>(
        this, workspace(), m_services,
        [path, state](ServiceContext &ctx) {
            SubjectAccessExporter exporter(ctx);
            exporter.setProgress([state](int doneSteps, int total) {
                state->done = doneSteps;
                state->total = total;
                return !state->cancel.load();
            });
            return exporter.exportWorkspace(path);
        },
        [this, poll, cancelConnection](Result<SubjectAccessReport> report) {
            poll->stop();
            poll->deleteLater();
            disconnect(cancelConnection);
            done();
            if (!report) {
                showResult(report.code() == ErrorCode::Cancelled
                               ? tr("The workspace export was cancelled; no file was written.")
                               : report.code() == ErrorCode::PermissionDenied
                                   ? m_workspaceNote->text()
                                   : tr("The workspace was not exported: %1").arg(report.error().message),
                           report.code() != ErrorCode::Cancelled);
                return;
            }
            showResult(tr("Saved %1: %2 tables, %3 KB. It holds all the workspace's personal data; keep it safe.")
                           .arg(QDir::toNativeSeparators(report->path))
                           .arg(report->counts.size())
                           .arg((report->bytes + 1023) / 1024),
                       false);
        });
}

void PrivacyDataPage::countMailingList()
{
    if (!m_mayExport)
        return;
    if (m_busy->isBusy()) { // counted again when the running job ends
        QTimer::singleShot(200, this, [this] { countMailingList(); });
        return;
    }
    const QString purpose = m_purpose->currentData().toString();
    m_mailing = MailingListReport();
    m_mailingCounts->setText(tr("Counting…"));
    setBusy(tr("Counting the customers with consent…"), false);
    PrivacyJob::run<MailingListReport>(
        this, workspace(), m_services,
        [purpose](ServiceContext &ctx) { return MailingListExporter(ctx).build(purpose, nullptr); },
        [this, purpose](Result<MailingListReport> report) {
            done();
            if (!report) {
                m_mailingCounts->setText(tr("The list could not be counted: %1").arg(report.error().message));
                return;
            }
            m_mailing = report.value();
            m_mailing.purpose = purpose;
            const QString leftOut = describeLeftOut(m_mailing);
            m_mailingCounts->setText(
                tr("<b>On the list: %1</b> (consent in force and an address for this channel).")
                    .arg(m_mailing.included)
                + QStringLiteral("<br>")
                + (m_mailing.leftOut() > 0
                       ? tr("Left out: %1 (%2).").arg(m_mailing.leftOut()).arg(leftOut.toHtmlEscaped())
                       : tr("Nobody was left out.")));
            updateButtons();
            if (purpose != m_purpose->currentData().toString())
                countMailingList(); // the choice changed while counting
        });
}

void PrivacyDataPage::exportMailingList(const QString &given)
{
    if (m_busy->isBusy() || !m_mayExport)
        return;
    const QString purpose = m_purpose->currentData().toString();
    const QString path = given.isEmpty() ? askPath(tr("Export the mailing list"), tr("CSV files (*.csv)"),
                                                   QStringLiteral("csv"), tr("mailing-list-%1.csv").arg(purpose))
                                         : given;
    if (path.isEmpty())
        return;
    setBusy(tr("Exporting the mailing list…"), false);
    PrivacyJob::run<MailingListReport>(
        this, workspace(), m_services,
        [purpose, path](ServiceContext &ctx) { return MailingListExporter(ctx).exportCsv(purpose, path); },
        [this](Result<MailingListReport> report) {
            done();
            if (!report) {
                showResult(tr("The mailing list was not exported: %1").arg(report.error().message), true);
                return;
            }
            m_mailing = report.value();
            showResult(tr("Saved %1 with %2 customers on the list.")
                               .arg(QDir::toNativeSeparators(report->path))
                               .arg(report->included)
                           + (report->leftOut() > 0 ? QStringLiteral(" ")
                                                          + tr("Left out: %1 (%2).")
                                                                .arg(report->leftOut())
                                                                .arg(describeLeftOut(report.value()))
                                                    : QString()),
                       false);
        });
}

} // namespace relasi
