#pragma once

#include "common/Result.h"

#include <QLineEdit>

namespace relasi {

// A phone number field that formats the number as it is typed (PhoneNormalizer::formatAsYouType) in the
// business's default region: "081234567890" shows as "0812-3456-7890". Formatting can be switched off
// (setFormatting(false)) when the same field holds an e-mail address or website.
class PhoneLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PhoneLineEdit(const QString &region, QWidget *parent = nullptr);

    QString region() const { return m_region; }
    void setRegion(const QString &region);
    bool isFormatting() const { return m_formatting; }
    void setFormatting(bool on);

    // The E.164 form of what is in the field (ErrorCode::Invalid when it is no valid number).
    Result<QString> e164() const;

private:
    void reformat();

    QString m_region;
    bool m_formatting = true;
};

} // namespace relasi
