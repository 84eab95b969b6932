#include "common/PhoneLineEdit.h"

#include "domain/PhoneNormalizer.h"

namespace relasi {

PhoneLineEdit::PhoneLineEdit(const QString &region, QWidget *parent) : QLineEdit(parent), m_region(region)
{
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    connect(this, &QLineEdit::textEdited, this, &PhoneLineEdit::reformat);
}

void PhoneLineEdit::setRegion(const QString &region)
{
    m_region = region;
    reformat();
}

void PhoneLineEdit::setFormatting(bool on)
{
    if (m_formatting == on)
        return;
    m_formatting = on;
    setInputMethodHints(on ? Qt::ImhDialableCharactersOnly : Qt::ImhNone);
    reformat();
}

Result<QString> PhoneLineEdit::e164() const
{
    return PhoneNormalizer::toE164(text(), m_region);
}

void PhoneLineEdit::reformat()
{
    if (!m_formatting)
        return;
    const QString current = text();
    // Count the digits (and a leading '+') before the cursor, so the cursor stays after the same digit
    // once separators are inserted or removed.
    const int cursor = cursorPosition();
    int significantBefore = 0;
    for (int i = 0; i < cursor && i < current.size(); ++i) {
        if (current.at(i).isDigit() || (i == 0 && current.at(i) == QLatin1Char('+')))
            ++significantBefore;
    }
    bool hasSignificant = false;
    for (const QChar ch : current) {
        if (ch.isDigit() || ch == QLatin1Char('+')) {
            hasSignificant = true;
            break;
        }
    }
    if (!hasSignificant)
        return; // leave free text alone ("ask reception") so the validator can say what is wrong
    const QString formatted = PhoneNormalizer::formatAsYouType(current, m_region);
    if (formatted.isEmpty() || formatted == current)
        return;
    int newCursor = 0;
    int seen = 0;
    while (newCursor < formatted.size() && seen < significantBefore) {
        const QChar ch = formatted.at(newCursor);
        if (ch.isDigit() || (newCursor == 0 && ch == QLatin1Char('+')))
            ++seen;
        ++newCursor;
    }
    setText(formatted);
    setCursorPosition(newCursor);
}

} // namespace relasi
