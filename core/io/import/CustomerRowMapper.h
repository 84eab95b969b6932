#pragma once

#include "domain/Customer.h"
#include "io/import/ImportProfile.h"

#include <QString>
#include <QStringList>

namespace relasi {

// A row mapped to a customer, or why it cannot be.
struct MappedRow {
    NewCustomer customer;
    int errorColumn = 0; // 1-based; 0: the whole row
    QString error;
    QStringList keys; // duplicate keys ("e:…", "p:…", "x:…", "n:…")
};

// Maps one row of an import (CSV fields, or a vCard made into fields) to a customer through the profile's
// columns: validates and normalises e-mails, phones and websites (in `region`), splits multi-valued cells,
// builds addresses by group and computes the duplicate keys the profile matches on. Pure: no database, so
// it can run off the writer thread.
class CustomerRowMapper
{
public:
    static MappedRow map(const QStringList &fields, const ImportProfile &profile, const QString &region);
    // A cell split into values at the profile's separator, ';' and line breaks (and ',' when splitComma).
    static QStringList splitValues(const QString &cell, const QString &separator, bool splitComma);
};

} // namespace relasi
