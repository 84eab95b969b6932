#include "privacy/ErasureDialog.h"

#include "privacy/ErasureService.h"
#include "privacy/PrivacyBusyBar.h"
#include "privacy/PrivacyJob.h"
#include "services/ServiceContext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relasi {

QString ErasureDialog::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("customer"))
        return tr("Customer record (name, notes, details)");
    if (kind == QLatin1String("contact_points"))
        return tr("Phone numbers and e-mail addresses");
    if (kind == QLatin1String("addresses"))
        return tr("Addresses");
    if (kind == QLatin1String("tags"))
        return tr("Tags");
    if (kind == QLatin1String("shares"))
        return tr("Shares with colleagues");
    if (kind == QLatin1String("interactions"))
        return tr("Communication log entries");
    if (kind == QLatin1String("tasks"))
        return tr("Tasks");
    if (kind == QLatin1String("consents"))
        return tr("Consent history");
    if (kind == QLatin1String("deals"))
        return tr("Deals");
    if (kind == QLatin1String("deal_items"))
        return tr("Deal items");
    if (kind == QLatin1String("payments"))
        return tr("Payments");
    if (kind == QLatin1String("company_people"))
        return tr("People of this company (unlinked, not erased)");
    if (kind == QLatin1String("audit_entries"))
        return tr("Audit trail entries (ids and counts only)");
    return kind;
}

QString ErasureDialog::fateLabel(ErasurePreview::Fate fate)
{
    switch (fate) {
    case ErasurePreview::Fate::Deleted:
        return tr("Deleted");
    case ErasurePreview::Fate::Anonymised:
        return tr("Anonymised");
    case ErasurePreview::Fate::Kept:
        return tr("Kept");
    }
    return {};
}

ErasureDialog::ErasureDialog(ServiceContext &services, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_services(services), m_workspace(PrivacyJob::workspaceOf(parent)), m_customerId(customerId)
{
    setObjectName(QStringLiteral("erasureDialog"));
    setWindowTitle(tr("Erase or anonymize a customer"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("erasureIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *modes = new QButtonGroup(this);
    m_eraseRadio = new QRadioButton(tr("E&rase everything about this person"), this);
    m_eraseRadio->setObjectName(QStringLiteral("eraseModeRadio"));
    m_eraseRadio->setAccessibleName(tr("Erase"));
    m_anonymizeRadio = new QRadioButton(tr("A&nonymize: keep deals and payments for the books"), this);
    m_anonymizeRadio->setObjectName(QStringLiteral("anonymizeModeRadio"));
    m_anonymizeRadio->setAccessibleName(tr("Anonymize"));
    modes->addButton(m_eraseRadio);
    modes->addButton(m_anonymizeRadio);
    m_eraseRadio->setChecked(true);
    layout->addWidget(m_eraseRadio);
    layout->addWidget(m_anonymizeRadio);
    m_modeHelp = new QLabel(this);
    m_modeHelp->setObjectName(QStringLiteral("erasureModeHelp"));
    m_modeHelp->setWordWrap(true);
    layout->addWidget(m_modeHelp);

    m_previewTree = new QTreeWidget(this);
    m_previewTree->setObjectName(QStringLiteral("erasurePreviewView"));
    m_previewTree->setAccessibleName(tr("What will happen to each kind of record"));
    m_previewTree->setRootIsDecorated(false);
    m_previewTree->setUniformRowHeights(true);
    m_previewTree->setHeaderLabels({tr("Records"), tr("Count"), tr("What happens")});
    m_previewTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previewTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_previewTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_previewTree->header()->setStretchLastSection(false);
    layout->addWidget(m_previewTree, 1);

    m_holdLabel = new QLabel(this);
    m_holdLabel->setObjectName(QStringLiteral("erasureLegalHoldLabel"));
    m_holdLabel->setWordWrap(true);
    m_holdLabel->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; padding: 6px;"));
    m_holdLabel->hide();
    layout->addWidget(m_holdLabel);

    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setObjectName(QStringLiteral("erasureConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    layout->addWidget(m_confirmLabel);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("erasureConfirmEdit"));
    m_confirmEdit->setAccessibleName(tr("Type the customer's name or ERASE to confirm"));
    m_confirmLabel->setBuddy(m_confirmEdit);
    layout->addWidget(m_confirmEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("erasureErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_busy = new PrivacyBusyBar(QStringLiteral("erasureBusy"), this);
    layout->addWidget(m_busy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("erasureCancelButton"));
    m_runButton = buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    m_runButton->setObjectName(QStringLiteral("erasureRunButton"));
    m_runButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &ErasureDialog::run);
    connect(m_eraseRadio, &QRadioButton::toggled, this, [this] { loadPreview(); });
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ErasureDialog::updateRunButton);

    loadPreview();
    intro->setText(m_previewOk ? tr("<b>%1</b> asked to have their personal data removed. Choose how, check "
                                    "what will happen, then confirm. This cannot be undone.")
                                     .arg(m_preview.displayName.toHtmlEscaped())
                               : tr("This customer's data cannot be shown."));
    resize(620, 560);
}

ErasureDialog::~ErasureDialog() = default;

ErasurePreview::Mode ErasureDialog::mode() const
{
    return m_anonymizeRadio->isChecked() ? ErasurePreview::Mode::Anonymize : ErasurePreview::Mode::Erase;
}

void ErasureDialog::loadPreview()
{
    const bool anon = mode() == ErasurePreview::Mode::Anonymize;
    m_modeHelp->setText(anon ? tr("The customer stays as \"Anonymised customer\" with its status and dates; its deals, "
                                  "deal items and payments stay for bookkeeping without personal details. "
                                  "Everything else below is deleted.")
                             : tr("The customer and everything that belongs to them are deleted, deals and "
                                  "payments included. Only the audit trail keeps that it happened (ids and "
                                  "counts, no personal values)."));
    m_runButton->setText(anon ? tr("&Anonymize") : tr("&Erase"));
    m_previewTree->clear();
    auto preview = ErasureService(m_services).preview(m_customerId, mode());
    m_previewOk = preview.ok();
    if (!m_previewOk) {
        m_errorLabel->setText(preview.code() == ErrorCode::PermissionDenied
                                  ? tr("Only the workspace owner can erase or anonymize a customer.")
                                  : tr("The preview could not be made: %1").arg(preview.error().message));
        m_errorLabel->show();
        updateRunButton();
        return;
    }
    m_preview = preview.value();
    for (const ErasurePreview::Row &row : m_preview.rows) {
        if (row.count == 0 && row.kind != QLatin1String("customer"))
            continue;
        auto *item = new QTreeWidgetItem(m_previewTree);
        item->setText(0, kindLabel(row.kind));
        item->setData(0, Qt::UserRole, row.kind);
        item->setText(1, QString::number(row.count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, fateLabel(row.fate));
        if (row.fate == ErasurePreview::Fate::Deleted)
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        else if (row.fate == ErasurePreview::Fate::Kept)
            item->setForeground(2, QColor(0x1b, 0x6e, 0x3a));
    }
    if (m_preview.legalHold) {
        m_holdLabel->setText(tr("<b>This customer is under legal hold.</b> Nothing can be erased or anonymized "
                                "while the hold is on. The owner clears the hold on the Privacy tab once the "
                                "legal reason to keep the data has ended."));
        m_holdLabel->show();
    } else {
        m_holdLabel->hide();
    }
    m_confirmLabel->setText(tr("To confirm, type the customer's name (<b>%1</b>) or <b>%2</b>:")
                                .arg(m_preview.displayName.toHtmlEscaped(), confirmWord()));
    updateRunButton();
}

void ErasureDialog::updateRunButton()
{
    const QString typed = m_confirmEdit->text().trimmed();
    const bool confirmed = !typed.isEmpty()
                           && (typed == confirmWord()
                               || (!m_preview.displayName.isEmpty()
                                   && typed.compare(m_preview.displayName.trimmed(), Qt::CaseInsensitive) == 0));
    const bool possible = m_previewOk && !m_preview.legalHold;
    m_confirmEdit->setEnabled(possible);
    m_runButton->setEnabled(possible && confirmed);
}

void ErasureDialog::reject()
{
    if (m_running)
        return; // one transaction on a worker: it cannot be stopped half-way, and it is nearly done
    QDialog::reject();
}

void ErasureDialog::run()
{
    if (!m_runButton->isEnabled() || m_running)
        return;
    m_errorLabel->hide();
    m_running = true;
    const bool anon = mode() == ErasurePreview::Mode::Anonymize;
    for (QWidget *w : std::initializer_list<QWidget *>{m_eraseRadio, m_anonymizeRadio, m_confirmEdit, m_runButton,
                                                       m_cancelButton})
        w->setEnabled(false);
    m_busy->start(anon ? tr("Anonymizing… This takes a moment on a large workspace and cannot be interrupted.")
                       : tr("Erasing… This takes a moment on a large workspace and cannot be interrupted."),
                  false);
    const QString id = m_customerId;
    PrivacyJob::run<ErasureReport>(
        this, m_workspace, m_services,
        [id, anon](ServiceContext &ctx) {
            ErasureService service(ctx);
            return anon ? service.anonymize(id) : service.erase(id);
        },
        [this](Result<ErasureReport> done) { finished(std::move(done)); });
}

void ErasureDialog::finished(Result<ErasureReport> done)
{
    m_running = false;
    m_busy->stop();
    m_eraseRadio->setEnabled(true);
    m_anonymizeRadio->setEnabled(true);
    m_cancelButton->setEnabled(true);
    if (!done) {
        switch (done.code()) {
        case ErrorCode::Conflict:
            m_errorLabel->setText(tr("Nothing was changed: the customer is under legal hold or was changed "
                                     "meanwhile. %1")
                                      .arg(done.error().message));
            break;
        case ErrorCode::PermissionDenied:
            m_errorLabel->setText(tr("Only the workspace owner can erase or anonymize a customer."));
            break;
        case ErrorCode::Locked:
            m_errorLabel->setText(tr("Nothing was changed: the workspace was locked."));
            break;
        default:
            m_errorLabel->setText(tr("Nothing was changed: %1").arg(done.error().message));
        }
        m_errorLabel->show();
        loadPreview();
        return;
    }
    m_report = done.value();
    accept();
}

} // namespace relasi
