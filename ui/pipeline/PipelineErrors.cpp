#include "pipeline/PipelineErrors.h"

namespace relasi {

namespace {

QString withDetail(const QString &sentence, const Error &error)
{
    return error.message.isEmpty() ? sentence : sentence + QStringLiteral(" (") + error.message + QLatin1Char(')');
}

} // namespace

QString PipelineErrors::forMove(const Error &error, const QString &dealTitle, const QString &stageLabel)
{
    switch (error.code) {
    case ErrorCode::PermissionDenied:
        return withDetail(tr("You may not move “%1”: only its owner, a manager or the business owner can change "
                             "its stage.")
                              .arg(dealTitle),
                          error);
    case ErrorCode::NotFound:
        return withDetail(tr("“%1” no longer exists; it may have been deleted.").arg(dealTitle), error);
    case ErrorCode::Invalid:
        return withDetail(tr("“%1” could not be moved to %2.").arg(dealTitle, stageLabel), error);
    default:
        return withDetail(tr("Moving “%1” to %2 failed.").arg(dealTitle, stageLabel), error);
    }
}

QString PipelineErrors::forWrite(const Error &error)
{
    switch (error.code) {
    case ErrorCode::PermissionDenied:
        return withDetail(tr("You may not create deals for this customer."), error);
    case ErrorCode::NotFound:
        return withDetail(tr("The customer no longer exists."), error);
    case ErrorCode::Invalid:
        return withDetail(tr("Please check the deal's details."), error);
    default:
        return withDetail(tr("The deal could not be saved."), error);
    }
}

} // namespace relasi
