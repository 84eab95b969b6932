#include "customers/CustomerPrivacyTab.h"

#include "privacy/ErasureDialog.h"
#include "privacy/LegalHold.h"
#include "privacy/PrivacyBusyBar.h"
#include "privacy/PrivacyJob.h"
#include "privacy/SubjectAccessExporter.h"
#include "services/CustomerService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relasi {

namespace {

enum Column { PurposeColumn, StateColumn, ChannelColumn, BasisColumn, SourceColumn, WhenColumn, ByColumn };

QTreeWidget *makeTree(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

QString CustomerPrivacyTab::purposeLabel(const QString &purpose)
{
    if (purpose == QLatin1String("marketing_email"))
        return tr("Marketing e-mails");
    if (purpose == QLatin1String("marketing_whatsapp_sms"))
        return tr("Marketing by WhatsApp/SMS");
    if (purpose == QLatin1String("phone_calls"))
        return tr("Phone calls");
    if (purpose == QLatin1String("profiling"))
        return tr("Profiling");
    return purpose;
}

QString CustomerPrivacyTab::lawfulBasisLabel(const QString &basis)
{
    if (basis == QLatin1String("consent"))
        return tr("Consent");
    if (basis == QLatin1String("contract"))
        return tr("Contract");
    if (basis == QLatin1String("legal_obligation"))
        return tr("Legal obligation");
    if (basis == QLatin1String("legitimate_interest"))
        return tr("Legitimate interest");
    if (basis == QLatin1String("vital_interest"))
        return tr("Vital interest");
    if (basis == QLatin1String("public_task"))
        return tr("Public task");
    return basis;
}

CustomerPrivacyTab::CustomerPrivacyTab(ServiceContext &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("customerPrivacyTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_recordButton = new QPushButton(tr("&Record consent…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordConsentButton"));
    m_recordButton->setAccessibleName(tr("Record consent"));
    m_withdrawButton = new QPushButton(tr("&Withdraw…"), this);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_withdrawButton->setAccessibleName(tr("Withdraw the selected consent"));
    m_exportButton = new QPushButton(tr("&Export this person's data…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPersonDataButton"));
    m_exportButton->setAccessibleName(tr("Export this person's data"));
    m_eraseButton = new QPushButton(tr("Erase / &anonymize…"), this);
    m_eraseButton->setObjectName(QStringLiteral("erasePersonButton"));
    m_eraseButton->setAccessibleName(tr("Erase or anonymize this person"));
    bar->addWidget(m_recordButton);
    bar->addWidget(m_withdrawButton);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_eraseButton);
    layout->addLayout(bar);

    auto *holdRow = new QHBoxLayout;
    m_holdCheck = new QCheckBox(tr("&Legal hold"), this);
    m_holdCheck->setObjectName(QStringLiteral("legalHoldCheck"));
    m_holdCheck->setAccessibleName(tr("Legal hold"));
    m_holdHelp = new QLabel(tr("While on, this customer's data cannot be erased or anonymized and retention rules "
                               "skip it. Use it when the law or a dispute requires keeping the records; keep the "
                               "reason in your case file."),
                            this);
    m_holdHelp->setObjectName(QStringLiteral("legalHoldHelp"));
    m_holdHelp->setWordWrap(true);
    m_holdHelp->setStyleSheet(QStringLiteral("color: palette(mid);"));
    holdRow->addWidget(m_holdCheck);
    holdRow->addWidget(m_holdHelp, 1);
    layout->addLayout(holdRow);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("privacyMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    m_busy = new PrivacyBusyBar(QStringLiteral("privacyBusy"), this);
    layout->addWidget(m_busy);

    const QStringList headers{tr("Purpose"), tr("State"),  tr("Channel"),    tr("Lawful basis"),
                              tr("Source"),  tr("When"),   tr("Recorded by")};
    layout->addWidget(new QLabel(tr("<b>Current consents</b>"), this));
    m_currentTree = makeTree(this, QStringLiteral("currentConsentsView"), tr("Current consents"));
    m_currentTree->setHeaderLabels(headers);
    layout->addWidget(m_currentTree, 1);
    layout->addWidget(new QLabel(tr("<b>History</b> (every grant and withdrawal, oldest first)"), this));
    m_historyTree = makeTree(this, QStringLiteral("consentHistoryView"), tr("Consent history"));
    m_historyTree->setHeaderLabels(headers);
    layout->addWidget(m_historyTree, 2);

    connect(m_recordButton, &QPushButton::clicked, this, [this] { editConsent(QString(), true); });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_currentTree->currentItem())
            editConsent(item->data(PurposeColumn, Qt::UserRole).toString(), false);
    });
    connect(m_currentTree, &QTreeWidget::currentItemChanged, this, &CustomerPrivacyTab::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomerPrivacyTab::exportData);
    connect(m_eraseButton, &QPushButton::clicked, this, &CustomerPrivacyTab::eraseOrAnonymize);
    connect(m_holdCheck, &QCheckBox::clicked, this, &CustomerPrivacyTab::setLegalHold);
    updateButtons();
}

CustomerPrivacyTab::~CustomerPrivacyTab() = default;

void CustomerPrivacyTab::setCustomer(const QString &customerId, bool canWrite)
{
    if (customerId != m_customerId)
        m_messageLabel->hide(); // a message about the previous customer
    m_customerId = customerId;
    m_canWrite = canWrite;
    m_userNames.clear();
    if (auto users = UserService(m_services).list(true)) {
        for (const User &u : *users)
            m_userNames.insert(u.id, u.name.isEmpty() ? u.email : u.name);
    }
    reload();
}

void CustomerPrivacyTab::reload()
{
    m_currentTree->clear();
    m_historyTree->clear();
    m_held = false;
    m_exists = false;
    m_displayName.clear();
    if (!m_customerId.isEmpty()) {
        if (auto c = CustomerService(m_services).get(m_customerId)) {
            m_exists = !c->isDeleted();
            m_held = c->legalHold;
            m_displayName = c->displayName;
        }
    }
    if (m_customerId.isEmpty()) {
        updateButtons();
        return;
    }
    ConsentService consents(m_services);
    auto fill = [this](QTreeWidget *tree, const QList<Consent> &entries) {
        for (const Consent &c : entries) {
            auto *item = new QTreeWidgetItem(tree);
            item->setText(PurposeColumn, purposeLabel(c.purpose));
            item->setData(PurposeColumn, Qt::UserRole, c.purpose);
            item->setText(StateColumn, c.granted ? tr("Granted") : tr("Withdrawn"));
            item->setData(StateColumn, Qt::UserRole, c.granted);
            item->setForeground(StateColumn, c.granted ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xb3, 0x26, 0x1e));
            item->setText(ChannelColumn, c.channel);
            item->setText(BasisColumn, lawfulBasisLabel(c.lawfulBasis));
            item->setText(SourceColumn, c.source);
            item->setText(WhenColumn, QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.recordedAt).toLocalTime(),
                                                         QLocale::ShortFormat));
            item->setText(ByColumn, m_userNames.value(c.recordedBy, c.recordedBy));
        }
    };
    if (auto current = consents.current(m_customerId))
        fill(m_currentTree, *current);
    if (auto history = consents.history(m_customerId))
        fill(m_historyTree, *history);
    updateButtons();
}

void CustomerPrivacyTab::updateButtons()
{
    m_recordButton->setEnabled(m_canWrite && m_exists);
    QTreeWidgetItem *item = m_currentTree->currentItem();
    m_withdrawButton->setEnabled(m_canWrite && m_exists && item && item->data(StateColumn, Qt::UserRole).toBool());

    const Session &session = m_services.session();
    const bool hasCustomer = !m_customerId.isEmpty() && m_exists;
    const bool mayExport = Policy::allows(session, Permission::BulkExport);
    const bool mayErase = Policy::allows(session, Permission::EraseData);
    m_exportButton->setEnabled(hasCustomer && mayExport && !m_busy->isBusy());
    m_exportButton->setToolTip(mayExport ? tr("Save everything Relasi holds about this person as a zip (JSON, CSV "
                                              "and a readable page) to hand over on request.")
                                         : tr("Only the owner or a manager can export a person's data."));
    m_eraseButton->setEnabled(hasCustomer && mayErase);
    m_eraseButton->setToolTip(mayErase ? tr("Delete or anonymize this person's data on their request.")
                                       : tr("Only the workspace owner can erase or anonymize a customer."));
    m_holdCheck->setChecked(m_held);
    m_holdCheck->setEnabled(hasCustomer && mayErase);
    m_holdCheck->setToolTip(mayErase ? QString() : tr("Only the workspace owner can set or clear a legal hold."));
}

const Workspace *CustomerPrivacyTab::workspace() const
{
    return m_workspace ? m_workspace : PrivacyJob::workspaceOf(this);
}

bool CustomerPrivacyTab::isBusy() const
{
    return m_busy->isBusy();
}

void CustomerPrivacyTab::showMessage(const QString &text, bool error)
{
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b6e3a;"));
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void CustomerPrivacyTab::exportData()
{
    if (m_customerId.isEmpty() || !m_exists)
        return;
    QString base = m_displayName.isEmpty() ? m_customerId.left(8) : m_displayName;
    for (QChar &ch : base) {
        if (!ch.isLetterOrNumber())
            ch = QLatin1Char('-');
    }
    QFileDialog dialog(this, tr("Export this person's data"));
    dialog.setObjectName(QStringLiteral("exportPersonDataFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setNameFilter(tr("Zip archives (*.zip)"));
    dialog.setDefaultSuffix(QStringLiteral("zip"));
    dialog.setDirectory(QDir::home());
    dialog.selectFile(tr("personal-data-%1.zip").arg(base));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    // Built on a worker: a long-standing customer's logs and audit trail make a large bundle. The zip is
    // written atomically at the end, so there is nothing half-done to stop; no Cancel.
    m_messageLabel->hide();
    m_busy->start(tr("Exporting this person's data…"), false);
    updateButtons();
    const QString id = m_customerId;
    PrivacyJob::run<SubjectAccessReport>(
        this, workspace(), m_services,
        [id, path](ServiceContext &ctx) { return SubjectAccessExporter(ctx).exportCustomer(id, path); },
        [this](Result<SubjectAccessReport> report) {
            m_busy->stop();
            updateButtons();
            if (!report) {
                showMessage(report.code() == ErrorCode::PermissionDenied
                                ? tr("Only the owner or a manager can export a person's data.")
                                : tr("The export was not saved: %1").arg(report.error().message),
                            true);
                return;
            }
            showMessage(tr("Saved %1 (%n files, %2 KB). Hand it to the person over a safe channel; it holds all "
                           "their personal data.",
                           nullptr, int(report->files.size()))
                            .arg(QDir::toNativeSeparators(report->path))
                            .arg((report->bytes + 1023) / 1024),
                        false);
        });
}

void CustomerPrivacyTab::eraseOrAnonymize()
{
    if (m_customerId.isEmpty())
        return;
    ErasureDialog dialog(m_services, m_customerId, this);
    dialog.setWorkspace(workspace());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_customerId;
    if (dialog.mode() == ErasurePreview::Mode::Erase) {
        reload();
        showMessage(tr("The customer and all their data were erased."), false);
        Q_EMIT customerErased(id);
    } else {
        reload();
        showMessage(tr("The customer was anonymized; deals and payments are kept without personal details."),
                    false);
        Q_EMIT customerAnonymized(id);
    }
}

void CustomerPrivacyTab::setLegalHold(bool held)
{
    if (m_customerId.isEmpty())
        return;
    if (Status s = LegalHold(m_services).set(m_customerId, held); !s) {
        showMessage(s.code() == ErrorCode::PermissionDenied
                        ? tr("Only the workspace owner can set or clear a legal hold.")
                        : tr("The legal hold was not changed: %1").arg(s.error().message),
                    true);
        updateButtons();
        return;
    }
    m_held = held;
    showMessage(held ? tr("Legal hold is on: this customer's data cannot be erased or anonymized until it is "
                          "cleared.")
                     : tr("Legal hold cleared."),
                false);
    updateButtons();
}

void CustomerPrivacyTab::editConsent(const QString &purpose, bool granted)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("consentDialog"));
    dialog.setWindowTitle(granted ? tr("Record consent") : tr("Withdraw consent"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *purposeCombo = new QComboBox(&dialog);
    purposeCombo->setObjectName(QStringLiteral("consentPurposeCombo"));
    purposeCombo->setAccessibleName(tr("Purpose"));
    for (const QString &p : ConsentService::purposes())
        purposeCombo->addItem(purposeLabel(p), p);
    if (!purpose.isEmpty()) {
        purposeCombo->setCurrentIndex(purposeCombo->findData(purpose));
        purposeCombo->setEnabled(false);
    }
    form->addRow(tr("&Purpose:"), purposeCombo);
    auto *stateCombo = new QComboBox(&dialog);
    stateCombo->setObjectName(QStringLiteral("consentStateCombo"));
    stateCombo->setAccessibleName(tr("Granted or withdrawn"));
    stateCombo->addItem(tr("Granted"), true);
    stateCombo->addItem(tr("Withdrawn"), false);
    stateCombo->setCurrentIndex(granted ? 0 : 1);
    form->addRow(tr("&State:"), stateCombo);
    auto *channelCombo = new QComboBox(&dialog);
    channelCombo->setObjectName(QStringLiteral("consentChannelCombo"));
    channelCombo->setAccessibleName(tr("How it was given or withdrawn"));
    channelCombo->setEditable(true);
    channelCombo->addItems({QStringLiteral("in_person"), QStringLiteral("web_form"), QStringLiteral("email"),
                            QStringLiteral("whatsapp"), QStringLiteral("phone"), QStringLiteral("paper_form")});
    form->addRow(tr("&Channel:"), channelCombo);
    auto *basisCombo = new QComboBox(&dialog);
    basisCombo->setObjectName(QStringLiteral("consentBasisCombo"));
    basisCombo->setAccessibleName(tr("Lawful basis"));
    for (const QString &b : ConsentService::lawfulBases())
        basisCombo->addItem(lawfulBasisLabel(b), b);
    form->addRow(tr("&Lawful basis:"), basisCombo);
    auto *sourceEdit = new QLineEdit(&dialog);
    sourceEdit->setObjectName(QStringLiteral("consentSourceEdit"));
    sourceEdit->setAccessibleName(tr("Source"));
    sourceEdit->setPlaceholderText(tr("e.g. signed form at the shop, call on 3 May"));
    form->addRow(tr("S&ource:"), sourceEdit);
    layout->addLayout(form);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("consentErrorLabel"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("consentSaveButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Consent c;
        c.customerId = m_customerId;
        c.purpose = purposeCombo->currentData().toString();
        c.granted = stateCombo->currentData().toBool();
        c.channel = channelCombo->currentText().trimmed();
        c.lawfulBasis = basisCombo->currentData().toString();
        c.source = sourceEdit->text().trimmed();
        auto recorded = ConsentService(m_services).record(c);
        if (!recorded) {
            error->setText(recorded.code() == ErrorCode::PermissionDenied
                               ? tr("You are not allowed to record consents for this customer.")
                               : tr("Not recorded: %1").arg(recorded.error().message));
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace relasi
