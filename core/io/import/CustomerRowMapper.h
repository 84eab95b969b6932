#pragma once

#include "domain/Customer.h"
#include "io/import/ImportProfile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace relasi {

// A row mapped to a customer, or why it cannot be.
struct MappedRow {
    NewCustomer customer;
    int errorColumn = 0; // 1-based; 0: the whole row
    QString error;
    QStringList keys; // duplicate keys ("e:…", "p:…", "x:…", "n:…")
    // Values kept in another form (1-based column, why): a phone number that is not valid for its country, or a
    // website that is not a web address, is kept as typed in the notes ("Phone (not verified): …") instead of
    // rejecting the customer. A bad e-mail still rejects the row (e-mails identify customers for duplicates).
    QList<QPair<int, QString>> warnings;
};

// Maps one row of an import (CSV fields, or a vCard made into fields) to a customer through the profile's
// columns: validates and normalises e-mails, phones and websites (in `region`; a phone or website that does not
// parse is kept in the notes with a warning: the customer is worth more than a wrongly typed number), splits multi-valued cells,
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
