#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>

namespace relasi::uitest {

// Gives each test case its own QSettings file and standard paths, and English as the language, so GUI
// tests never read or write the real user's settings and do not depend on each other.
class UiTestScope
{
public:
    UiTestScope();
    ~UiTestScope();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Waits (processing events) until `condition` holds or `timeoutMs` passes; returns whether it holds.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

// Creates a workspace through core (no widgets), for tests that start at the unlock dialog.
// Returns the recovery code; fails the test on error.
QString createWorkspace(const QString &directory, const QString &password,
                        const QString &ownerEmail = QStringLiteral("owner@example.com"));

// Shows `w` at `size`, makes it the active window and waits until it is on screen (REQUIREs that).
void showActivated(QWidget &w, const QSize &size = QSize(900, 700));

// Runs `fn` on the next modal widget once it is shown: polls, so it works while the code under test sits
// in the dialog's exec(). `fn` should answer the dialog (accept, reject, click a button). `alreadyOpen`,
// a modal dialog the test opened itself, is passed over.
void runOnNextModal(std::function<void(QWidget *)> fn, const QWidget *alreadyOpen = nullptr);

// RELASI_SHOTS_DIR=dir saves what a test sees as dir/name.png, for looking at the screen; no effect
// without it. Lets layouts follow text changes first.
void saveShot(QWidget *w, const QString &name);

// Sets the default locale for one test and puts the previous one back (number and date formats).
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale);
    ~LocaleScope();
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
};

template<typename T>
T *findChild(QObject *parent, const char *objectName)
{
    return parent->findChild<T *>(QString::fromLatin1(objectName));
}

} // namespace relasi::uitest

// Readable QString values in Catch2 failure messages.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
