#include "pipeline/StageNames.h"

namespace relasi {

QString StageNames::label(const QString &stage)
{
    if (stage == QLatin1String("lead"))
        return tr("Lead");
    if (stage == QLatin1String("qualified"))
        return tr("Qualified");
    if (stage == QLatin1String("proposal"))
        return tr("Proposal");
    if (stage == QLatin1String("negotiation"))
        return tr("Negotiation");
    if (stage == QLatin1String("won"))
        return tr("Won");
    if (stage == QLatin1String("lost"))
        return tr("Lost");
    return stage;
}

} // namespace relasi
