#pragma once

#include <QCoreApplication>
#include <QString>

namespace relasi {

// The in-app privacy notice shown by the workspace wizard and the About dialog. The text describes what
// this build of Relasi actually does; when it changes in a significant way the version goes up and
// changesSince() says what is new, so the next start can announce it.
inline constexpr int kPrivacyNoticeVersion = 1;

class PrivacyNotice
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotice)

public:
    // The whole notice as simple HTML (headings, paragraphs, lists), translated.
    static QString html();
    // A plain-text title such as "Privacy notice (version 1)".
    static QString title();
    // What changed between the notice version a user accepted and the current one, as HTML.
    // Empty when nothing changed (acceptedVersion >= kPrivacyNoticeVersion).
    static QString changesSince(int acceptedVersion);
};

} // namespace relasi
