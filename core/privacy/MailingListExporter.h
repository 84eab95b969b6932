#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relasi {

class ServiceContext;

// One recipient of a mailing list.
struct MailingListEntry {
    QString customerId;
    QString name;
    QString address; // e-mail (marketing_email) or E.164 number (marketing_whatsapp_sms, phone_calls)
    qint64 consentAt = 0; // when the consent in force was recorded (UTC ms)
    QString consentSource;
};

// How many customers a list holds and how many were left out, by reason.
struct MailingListReport {
    QString purpose;
    qint64 included = 0;
    qint64 noConsent = 0; // never asked for this purpose
    qint64 withdrawn = 0; // the latest entry for the purpose is a withdrawal
    qint64 noAddress = 0; // consent in force but no e-mail / phone to reach them
    qint64 erased = 0; // anonymised (their personal data is gone) — erased ones have no record left at all
    qint64 deleted = 0; // in the trash (deleted, not yet erased)
    QString path; // the file written (exportCsv)

    qint64 leftOut() const { return noConsent + withdrawn + noAddress + erased + deleted; }
    QJsonObject toJson() const; // {"purpose", "included", "left_out": {"no_consent", "withdrawn", …, "total"}, "path"}
};

// Promotional material only with consent (privacy policy): the recipients of a mailing list for a contact
// purpose are exactly the customers whose latest consent entry for that purpose is a grant (ConsentService
// history, latest by recorded_at then id), who are alive, not anonymised, and have an address for it
// (primary first): marketing_email -> e-mail; marketing_whatsapp_sms -> WhatsApp, else phone; phone_calls ->
// phone. Every other customer the session may read is counted under one reason (the first that applies:
// erased, deleted, no consent, withdrawn, no address). Needs Permission::BulkExport; exportCsv is audited
// ("export", entity "mailing_list", the purpose and the counts).
class MailingListExporter
{
public:
    explicit MailingListExporter(ServiceContext &ctx);

    // Invalid: not a contact purpose (profiling) or unknown.
    Result<MailingListReport> build(const QString &purpose, QList<MailingListEntry> *entries);
    // CSV (customer_id, name, address, consent_at, consent_source), written with QSaveFile.
    Result<MailingListReport> exportCsv(const QString &purpose, const QString &path);

    static bool isContactPurpose(const QString &purpose);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
