#include "RecordJson.h"

#include "Cli.h"

namespace relasi::cli {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoFromMs(ms)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject interactionJson(const Interaction &entry)
{
    return QJsonObject {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("customer_id"), entry.customerId},
        {QStringLiteral("channel"), entry.channel},
        {QStringLiteral("direction"), textOrNull(entry.direction)},
        {QStringLiteral("occurred_at"), timeOrNull(entry.occurredAt)},
        {QStringLiteral("duration_s"), entry.durationS >= 0 ? QJsonValue(entry.durationS) : QJsonValue()},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("body"), entry.body},
        {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("user_id"), entry.userId},
    };
}

QJsonObject dealJson(const Deal &deal, const QString &ownerEmail, const QLocale &locale)
{
    return QJsonObject {
        {QStringLiteral("id"), deal.id},
        {QStringLiteral("customer_id"), deal.customerId},
        {QStringLiteral("title"), deal.title},
        {QStringLiteral("stage"), deal.stage},
        // An integer in JSON: exact up to 2^53 minor units, far beyond any deal.
        {QStringLiteral("amount_minor"), deal.amount.minorUnits()},
        {QStringLiteral("currency"), deal.amount.currency()},
        {QStringLiteral("amount"), deal.amount.format(locale)},
        {QStringLiteral("expected_close"), timeOrNull(deal.expectedClose)},
        {QStringLiteral("probability"), deal.probability >= 0 ? QJsonValue(deal.probability) : QJsonValue()},
        {QStringLiteral("owner_id"), deal.ownerId},
        {QStringLiteral("owner_email"), ownerEmail},
        {QStringLiteral("lost_reason"), deal.lostReason},
        {QStringLiteral("closed_at"), timeOrNull(deal.closedAt)},
        {QStringLiteral("created_at"), timeOrNull(deal.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(deal.updatedAt)},
    };
}

QJsonObject taskJson(const Task &task, const QString &assigneeEmail, const QString &bucket)
{
    QJsonObject o {
        {QStringLiteral("id"), task.id},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("notes"), task.notes},
        {QStringLiteral("customer_id"), textOrNull(task.customerId)},
        {QStringLiteral("deal_id"), textOrNull(task.dealId)},
        {QStringLiteral("due_at"), timeOrNull(task.dueAt)},
        {QStringLiteral("reminder_at"), timeOrNull(task.reminderAt)},
        {QStringLiteral("assignee_id"), task.assigneeId},
        {QStringLiteral("assignee_email"), assigneeEmail},
        {QStringLiteral("done"), task.isDone()},
        {QStringLiteral("done_at"), timeOrNull(task.doneAt)},
        {QStringLiteral("created_at"), timeOrNull(task.createdAt)},
    };
    if (!bucket.isEmpty())
        o.insert(QStringLiteral("bucket"), bucket);
    return o;
}

} // namespace relasi::cli
