#pragma once

#include <QCoreApplication>
#include <QString>

namespace relasi {

// Translated names of the pipeline stages ("lead" → "Lead" / "Prospek").
class StageNames
{
    Q_DECLARE_TR_FUNCTIONS(StageNames)

public:
    static QString label(const QString &stage);
};

} // namespace relasi
