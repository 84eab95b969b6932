#pragma once

#include "domain/Customer.h"
#include "io/import/ImportProfile.h"
#include "io/vcard/VCard.h"
#include "io/vcard/VCardWriter.h"

#include <QList>
#include <QStringList>

namespace relasi {

// Customers ⇄ vCards. Import side: a card becomes a row of fields under a fixed header and column mapping,
// so vCards go through the same validation, duplicate matching, batching and rollback as CSV rows:
//   FN → display name; N → given/family name; ORG (first component) → company; EMAIL, TEL (also tel: URIs),
//   URL → contact points; ADR → up to five addresses (the first WORK one second, labelled work; the others by
//   order), PO box
//   and extended address joined to the street; NOTE → notes; CATEGORIES → tags; X-RELASI-EXTERNAL-ID → external id.
// Export side: a customer becomes a 3.0 or 4.0 card with FN, N, ORG, EMAIL, TEL, URL, ADR, NOTE, CATEGORIES
// and UID (the record id).
class VCardCustomer
{
public:
    static QStringList header();
    static QList<ColumnMapping> columns();
    static QStringList row(const VCard &card);
    // Addresses beyond the five a row holds (logged by the importer, not silently dropped).
    static int droppedAddresses(const VCard &card);

    static VCard fromCustomer(const Customer &c, VCardWriter::Version version);
};

} // namespace relasi
