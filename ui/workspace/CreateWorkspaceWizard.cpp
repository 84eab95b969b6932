#include "workspace/CreateWorkspaceWizard.h"

#include "common/BackgroundTask.h"
#include "common/ErrorMessages.h"
#include "crypto/SecureBytes.h"
#include "privacy/PrivacyNotice.h"
#include "workspace/BusinessPage.h"
#include "workspace/CreatingPage.h"
#include "workspace/OwnerPage.h"
#include "workspace/PasswordPage.h"
#include "workspace/PrivacyNoticePage.h"
#include "workspace/RecoveryCodePage.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QLocale>

#include <memory>

namespace relasi {

namespace {

struct CreationOutcome {
    WorkspaceCreated created;
    std::optional<UnlockToken> token;
    std::optional<Error> unlockError;
};

} // namespace

CreateWorkspaceWizard::CreateWorkspaceWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("createWorkspaceWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/relasi/icons/relasi.svg")).pixmap(48, 48));
    setMinimumSize(640, 560);

    m_privacyPage = new PrivacyNoticePage(this);
    m_ownerPage = new OwnerPage(this);
    m_passwordPage = new PasswordPage(this);
    m_businessPage = new BusinessPage(this);
    m_creatingPage = new CreatingPage(this);
    m_recoveryPage = new RecoveryCodePage(this);
    setPage(PrivacyPageId, m_privacyPage);
    setPage(OwnerPageId, m_ownerPage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(BusinessPageId, m_businessPage);
    setPage(CreatingPageId, m_creatingPage);
    setPage(RecoveryPageId, m_recoveryPage);
    // Once the recovery code is showing there is no way back: the workspace exists.
    m_creatingPage->setCommitPage(true);

    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));

    connect(this, &QWizard::currentIdChanged, this, &CreateWorkspaceWizard::onPageChanged);
    retranslate();
}

CreateWorkspaceWizard::~CreateWorkspaceWizard() = default;

WorkspaceCreateParams CreateWorkspaceWizard::params() const
{
    WorkspaceCreateParams p;
    p.directory = QDir::cleanPath(field(QStringLiteral("directory")).toString().trimmed());
    p.ownerName = field(QStringLiteral("ownerName")).toString().trimmed();
    p.ownerEmail = field(QStringLiteral("ownerEmail")).toString().trimmed();
    p.ownerPhone = field(QStringLiteral("ownerPhone")).toString().trimmed();
    p.businessName = field(QStringLiteral("businessName")).toString().trimmed();
    p.businessAddress = m_businessPage->businessAddress();
    p.taxId = field(QStringLiteral("taxId")).toString().trimmed();
    p.country = m_businessPage->countryCode();
    p.currency = m_businessPage->currencyCode();
    p.locale = QLocale().name();
    p.privacyNoticeVersion = field(QStringLiteral("acceptedNotice")).toBool() ? kPrivacyNoticeVersion : 0;
    p.ownerConfirmedAdult = field(QStringLiteral("confirmedAdult")).toBool();
    return p;
}

QString CreateWorkspaceWizard::recoveryCode() const
{
    return m_recoveryPage->recoveryCode();
}

std::optional<UnlockToken> CreateWorkspaceWizard::takeUnlockToken()
{
    std::optional<UnlockToken> token = std::move(m_token);
    m_token.reset();
    return token;
}

void CreateWorkspaceWizard::reject()
{
    // Never abandon a running creation, and never let the recovery code vanish unacknowledged.
    if (m_creating || !m_createdDirectory.isEmpty())
        return;
    QWizard::reject();
}

void CreateWorkspaceWizard::onPageChanged(int id)
{
    if (id == CreatingPageId && m_creatingPage->state() != CreatingPage::State::Done)
        startCreation();
    if (id == RecoveryPageId)
        m_passwordPage->clearPassword();
    updateButtonLayout();
}

void CreateWorkspaceWizard::updateButtonLayout()
{
    QList<QWizard::WizardButton> layout{QWizard::Stretch};
    if (currentId() == CreatingPageId) {
        // The creating page is a commit page, so its forward button is the commit button; it stays disabled
        // until creation is done (then the wizard moves on by itself). Nothing else to click while running.
        if (m_creating)
            layout << QWizard::CommitButton;
        else
            layout << QWizard::BackButton << QWizard::CommitButton << QWizard::CancelButton;
    } else if (currentId() == RecoveryPageId) {
        layout << QWizard::FinishButton;
    } else {
        layout << QWizard::BackButton << QWizard::NextButton << QWizard::CommitButton << QWizard::FinishButton
               << QWizard::CancelButton;
    }
    setButtonLayout(layout);
}

void CreateWorkspaceWizard::startCreation()
{
    if (m_creating)
        return;
    m_creating = true;
    m_creatingPage->setRunning();
    updateButtonLayout();

    const WorkspaceCreateParams p = params();
    auto password = std::make_shared<SecureBytes>(m_passwordPage->password());
    BackgroundTask::run<Result<CreationOutcome>>(
        this,
        [p, password]() -> Result<CreationOutcome> {
            Result<WorkspaceCreated> created = Workspace::create(p, *password);
            if (!created.ok()) {
                password->clear();
                return created.error();
            }
            CreationOutcome outcome{std::move(created).value(), std::nullopt, std::nullopt};
            Credentials owner;
            owner.kind = Credentials::Kind::Password;
            Result<UnlockToken> token = Workspace::unlock(p.directory, owner, *password);
            password->clear();
            if (token.ok())
                outcome.token.emplace(std::move(token).value());
            else
                outcome.unlockError = token.error();
            return outcome;
        },
        [this, dir = p.directory](Result<CreationOutcome> result) {
            m_creating = false;
            if (!result.ok()) {
                m_creatingPage->setFailed(ErrorMessages::forCreate(result.error()), result.error().message);
                updateButtonLayout();
                return;
            }
            CreationOutcome outcome = std::move(result).value();
            m_createdDirectory = dir;
            m_token = std::move(outcome.token);
            m_recoveryPage->setRecoveryCode(outcome.created.recoveryCode);
            m_creatingPage->setDone();
            Q_EMIT workspaceCreated(dir);
            next();
        });
}

void CreateWorkspaceWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CreateWorkspaceWizard::retranslate()
{
    setWindowTitle(tr("Create a workspace – Relasi"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Continue >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace relasi
