#pragma once

#include "domain/Customer.h"

#include <QHash>
#include <QJsonObject>

namespace relasi::cli {

// The --json shape of a customer. Summary: id, name, emails (normalised), phones (E.164), company, status,
// owner_id. Full (customer show): everything the record holds.
QJsonObject customerSummaryJson(const Customer &c);
QJsonObject customerFullJson(const Customer &c, const QString &ownerEmail);

} // namespace relasi::cli
