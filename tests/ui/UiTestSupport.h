#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
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
