#include "privacy/PrivacyNotice.h"

#include <QStringList>

namespace relasi {

namespace {

QString section(const QString &heading, const QStringList &items)
{
    QString out = QStringLiteral("<h3>") + heading.toHtmlEscaped() + QStringLiteral("</h3><ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    out += QStringLiteral("</ul>");
    return out;
}

} // namespace

QString PrivacyNotice::title()
{
    return tr("Privacy notice (version %1)").arg(kPrivacyNoticeVersion);
}

QString PrivacyNotice::html()
{
    QString out;
    out += QStringLiteral("<p>")
        + tr("Relasi is a customer-relationship tool that runs on your own computer. This notice explains, "
             "in plain words, what the software does with the information you put into it.")
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    out += section(tr("What is stored, and where"),
                   {tr("Your account details (name, e-mail address, phone number), your business details, and "
                       "the customer records, conversation logs, deals and payments you enter."),
                    tr("Everything is kept in a workspace folder on this computer, inside a database encrypted "
                       "with SQLCipher. The key is protected by your password; without it the files cannot be "
                       "read."),
                    tr("A full payment card number is never stored.")});

    out += section(tr("What leaves this computer"),
                   {tr("Nothing, unless you set up synchronisation with a server and agree to it. Before any "
                       "data is sent, Relasi shows you where it will go."),
                    tr("Relasi does not track you, has no advertising and never sells data."),
                    tr("Usage statistics (which screens are used, for how long) are collected only if you "
                       "switch them on in Settings. They stay off otherwise, and you can view and delete them.")});

    out += section(tr("How the data is protected"),
                   {tr("Encryption at rest on this computer, and encrypted connections when sync is enabled."),
                    tr("Role-based access: owners, managers, sales staff and viewers each see and change only "
                       "what their role allows."),
                    tr("An audit trail records sign-ins, changes, exports and deletions, so misuse can be "
                       "noticed."),
                    tr("No system is perfectly secure. When something fails, Relasi tells you honestly instead of "
                       "hiding it.")});

    out += section(tr("Rights of the people in your records"),
                   {tr("Relasi records each customer's consent per purpose and channel, and lets them withdraw it."),
                    tr("You can give a person access to their data, correct it, delete or anonymise it, and "
                       "export a copy in a portable format."),
                    tr("Data is kept only as long as it is needed or as the law requires; retention limits can be "
                       "set, after which records are deleted or anonymised."),
                    tr("Anyone may complain to the data-protection authority.")});

    out += section(tr("Who we are"),
                   {tr("Relasi is made by a company based in Indonesia. Data is handled in line with Indonesia's "
                       "Personal Data Protection Law (UU PDP No. 27/2022) and other applicable law."),
                    tr("Relasi is not intended for people under 18 years of age."),
                    tr("If this notice changes in a significant way, the change is announced inside the app the "
                       "next time you start it.")});
    return out;
}

QString PrivacyNotice::changesSince(int acceptedVersion)
{
    if (acceptedVersion >= kPrivacyNoticeVersion)
        return {};
    // Version 1 is the first notice: anyone with an older (or no) accepted version sees the whole text.
    return html();
}

} // namespace relasi
