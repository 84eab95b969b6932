#pragma once

#include "domain/Customer.h"

#include <QJsonObject>

namespace relasi {

// What an import changed in a stored customer (fill / overwrite), kept with the import (import_items.before)
// so that undo can put it back:
//   {"fields": {"notes": ["before", "after"], …}, "contacts": [ids added], "addresses": [ids added],
//    "tags": [tags added]}
// revert() restores a field only while it still holds what the import wrote (a later edit by a user wins),
// and removes the contact points, addresses and tags the import added.
class CustomerOverwrite
{
public:
    // What a fill (overwrite false: only empty fields) or an overwrite does to a stored customer with an imported
    // row's values: names, company, notes, external id; contact points and tags are added, addresses only
    // when the stored customer has none.
    static void merge(Customer &stored, const Customer &imported, bool overwrite);
    static QJsonObject diff(const Customer &before, const Customer &after);
    // Applies the reversal to `current`; returns false when there was nothing left to undo.
    static bool revert(Customer &current, const QJsonObject &diff);
};

} // namespace relasi
