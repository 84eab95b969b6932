#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relasi {

enum class CustomerKind { Person, Company };
enum class CustomerStatus { Lead, Prospect, Customer, Inactive };
enum class ContactKind { Email, Phone, WhatsApp, Website };

// Stored names ("person", "lead", "whatsapp", …) and their parsers (case-insensitive, nullopt if unknown).
QString customerKindName(CustomerKind k);
QString customerStatusName(CustomerStatus s);
QString contactKindName(ContactKind k);
std::optional<CustomerKind> customerKindFromName(const QString &name);
std::optional<CustomerStatus> customerStatusFromName(const QString &name);
std::optional<ContactKind> contactKindFromName(const QString &name);

// An e-mail address, phone, WhatsApp number or website of a customer. `raw` is what was typed;
// `normalized` is filled by CustomerService (E.164 for phone/WhatsApp, lower-case for e-mail and
// website) and ignored on input.
struct ContactPoint {
    QString id; // empty for a new one
    ContactKind kind = ContactKind::Email;
    QString raw;
    QString normalized;
    QString label; // "work", "home", … free text
    bool primary = false;
};

struct Address {
    QString id; // empty for a new one
    QString label;
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2
};

// A customer as the services read and write it. For create, leave id empty (ownerId empty = the acting
// user). For update, pass the record as read by get() with the fields changed; contact points and
// addresses are matched by id (no id = new; a stored one missing from the list = removed); tags are a set
// (compared case- and diacritic-insensitively). sharedWith, companyName (of a linked company), docid,
// cl and the timestamps are read-only here (CustomerService::share/unshare change sharing).
struct Customer {
    QString id;
    qint64 docid = 0; // integer row id, the FTS docid
    CustomerKind kind = CustomerKind::Person;
    QString displayName; // empty on create: built from given + family name
    QString givenName;
    QString familyName;
    QString companyId;   // a person's company (a customer of kind Company)
    QString companyName; // shown; copied from the company record when companyId is set
    QString ownerId;
    CustomerStatus status = CustomerStatus::Lead;
    QString source;
    QString notes;
    QString externalId;
    bool legalHold = false;
    qint64 lastContactAt = 0; // 0: never
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 cl = 1; // causal length: odd alive, even deleted

    QList<ContactPoint> contacts;
    QList<Address> addresses;
    QStringList tags;
    QStringList sharedWith; // user ids

    bool isDeleted() const { return cl % 2 == 0; }
    QStringList emails() const;  // normalized, in order
    QStringList phones() const;  // E.164 of phone contact points, in order
};

using NewCustomer = Customer;

} // namespace relasi
