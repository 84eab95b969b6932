#pragma once

#include "workspace/Workspace.h"

#include <QWizard>

#include <optional>

namespace relasi {

class BusinessPage;
class CreatingPage;
class OwnerPage;
class PasswordPage;
class PrivacyNoticePage;
class RecoveryCodePage;

// First run: privacy notice → owner → password → business → creating (worker thread) → recovery code.
// On success the wizard also holds an UnlockToken for the new workspace, so the app opens it without a
// second key derivation and without keeping the password.
class CreateWorkspaceWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PrivacyPageId, OwnerPageId, PasswordPageId, BusinessPageId, CreatingPageId, RecoveryPageId };

    explicit CreateWorkspaceWizard(QWidget *parent = nullptr);
    ~CreateWorkspaceWizard() override;

    // What the pages collected, for Workspace::create.
    WorkspaceCreateParams params() const;

    bool isCreating() const { return m_creating; }
    QString createdDirectory() const { return m_createdDirectory; }
    QString recoveryCode() const;
    // The token for Workspace::open (invalid when the post-create unlock failed). Can be taken once.
    std::optional<UnlockToken> takeUnlockToken();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The workspace exists on disk (emitted before the recovery code is shown).
    void workspaceCreated(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPageChanged(int id);
    void startCreation();
    void updateButtonLayout();

    PrivacyNoticePage *m_privacyPage = nullptr;
    OwnerPage *m_ownerPage = nullptr;
    PasswordPage *m_passwordPage = nullptr;
    BusinessPage *m_businessPage = nullptr;
    CreatingPage *m_creatingPage = nullptr;
    RecoveryCodePage *m_recoveryPage = nullptr;
    bool m_creating = false;
    QString m_createdDirectory;
    std::optional<UnlockToken> m_token;
};

} // namespace relasi
