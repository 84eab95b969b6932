#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace relasi {

// Clear, translated sentences for deals the services refused; the service's own message follows.
class PipelineErrors
{
    Q_DECLARE_TR_FUNCTIONS(PipelineErrors)

public:
    static QString forMove(const Error &error, const QString &dealTitle, const QString &stageLabel);
    static QString forWrite(const Error &error);
};

} // namespace relasi
