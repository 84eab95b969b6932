#include "common/AuditActionNames.h"

#include <cstddef>

namespace relasi {

namespace {

struct Name {
    const char *stored;
    const char *label;
};

// Every action the services and the apps write (grep audit().append); keep in step when one is added.
constexpr Name kActions[] = {
    {"create", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Created")},
    {"update", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Deleted")},
    {"restore", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Restored")},
    {"import", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Imported")},
    {"export", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Exported")},
    {"share", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Shared")},
    {"unshare", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Sharing stopped")},
    {"complete", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Task completed")},
    {"reopen", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Task reopened")},
    {"move_stage", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Moved to another stage")},
    {"erase", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Personal data erased")},
    {"anonymize", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Anonymized")},
    {"permission_denied", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Permission denied")},
    {"sign_in", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Signed in")},
    {"sign_in_failed", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Failed sign-in")},
    {"lock", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Locked")},
    {"user_add", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "User added")},
    {"user_role", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Role changed")},
    {"user_disable", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "User disabled")},
    {"user_password_flag", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Password change requirement set")},
    {"recovery_code_regenerate", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Recovery code replaced")},
    {"record_consent", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Consent recorded")},
    {"withdraw_consent", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Consent withdrawn")},
    {"subject_access_export", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Customer's data exported")},
    {"self_export", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Own data exported")},
    {"workspace_export", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Workspace data exported")},
    {"retention_set", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Retention periods changed")},
    {"retention_run", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Old data cleaned up")},
    {"usage_opt_in", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Usage analytics turned on")},
    {"usage_opt_out", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Usage analytics turned off")},
    {"usage_delete", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Usage data deleted")},
    {"legal_hold_set", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Legal hold placed")},
    {"legal_hold_clear", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Legal hold lifted")},
    {"key_export", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Database key exported")},
};

constexpr Name kEntities[] = {
    {"customer", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Customer")},
    {"contact_point", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Contact detail")},
    {"address", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Address")},
    {"customer_tag", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Tag")},
    {"customer_share", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Sharing")},
    {"interaction", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Communication log")},
    {"deal", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Deal")},
    {"deal_item", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Deal item")},
    {"payment", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Payment")},
    {"task", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Task")},
    {"consent", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Consent")},
    {"user", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "User")},
    {"workspace", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Workspace")},
    {"settings", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Settings")},
    {"business_profile", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Business profile")},
    {"audit_log", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Audit log")},
    {"mailing_list", QT_TRANSLATE_NOOP("relasi::AuditActionNames", "Mailing list")},
};

template<std::size_t N>
const char *labelOf(const Name (&names)[N], const QString &stored)
{
    for (const Name &n : names) {
        if (stored == QLatin1String(n.stored))
            return n.label;
    }
    return nullptr;
}

} // namespace

QString AuditActionNames::actionLabel(const QString &action)
{
    const char *label = labelOf(kActions, action);
    return label ? tr(label) : tidy(action);
}

QString AuditActionNames::entityLabel(const QString &entity)
{
    const char *label = labelOf(kEntities, entity);
    return label ? tr(label) : tidy(entity);
}

bool AuditActionNames::isKnownAction(const QString &action)
{
    return labelOf(kActions, action) != nullptr;
}

QString AuditActionNames::tidy(const QString &name)
{
    QString text = name.trimmed();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace relasi
