#pragma once

#include "common/Result.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace relasi {

// An amount of money: integer minor units (cents, sen) and an ISO 4217 currency code (DESIGN §2).
// No floating point anywhere: parsing, formatting and arithmetic work on integers only, and arithmetic
// is checked (overflow and mixed currencies are errors, never wrap-around).
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency)) {}

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }

    // Digits after the decimal point of a currency's minor unit, per ISO 4217: JPY/KRW/VND 0,
    // USD/EUR/SGD 2, KWD/BHD/OMR 3; 2 for codes not in the 0/3/4 lists.
    // IDR: ISO 4217 says 2 (sen), and 2 is what is stored, so an amount from a payment gateway or an
    // accounting export that carries sen is kept exactly and IDR behaves like every other 2-digit
    // currency. Sen are not used in everyday Indonesian prices, so format() leaves ",00" off whole
    // IDR amounts ("Rp 1.250.000") while still showing a non-zero sen part ("Rp 1.250.000,50").
    static int minorDigits(const QString &currency);

    // Three upper-case ASCII letters.
    static bool isValidCurrency(const QString &code);

    // Reads an amount as a user types it in locale: the locale's group separator and decimal point
    // ("1.250.000,50" in id_ID, "1,250,000.50" in en_US, "1 250 000,50" in fr_FR), an optional
    // currency symbol or code before or after ("Rp 1.250.000", "Rp. 1.250.000", "IDR 5.000",
    // "1.250 €"), an optional sign ("-", "−", or an accounting "(…)"). Strict: misplaced group separators
    // ("1.25.0" in id_ID), more decimals than the currency has (unless they are zeros), several decimal
    // points, stray characters and amounts beyond qint64 are ErrorCode::Invalid, never guessed.
    static Result<Money> parse(const QString &text, const QString &currency, const QLocale &locale);

    // For display in locale: "Rp 1.250.000" (id_ID, whole IDR), "$1,250.50" (en_US, USD),
    // "1.250,50 €" (de_DE, EUR), "¥1,250" style for 0-digit currencies. The locale's own currency gets
    // its local symbol; others a well-known symbol (US$, €, £, JP¥ …) or their ISO code.
    QString format(const QLocale &locale) const;

    // Checked arithmetic: ErrorCode::Invalid on different currencies or on qint64 overflow.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    // Sum of amounts, all in currency (an empty list sums to zero).
    static Result<Money> sum(const QList<Money> &amounts, const QString &currency);

    bool operator==(const Money &other) const { return m_minor == other.m_minor && m_currency == other.m_currency; }
    bool operator!=(const Money &other) const { return !(*this == other); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace relasi
