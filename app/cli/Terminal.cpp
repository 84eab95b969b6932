#include "Terminal.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace relasi::cli {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

namespace {

bool readStdinLine(QString *out)
{
    std::string line;
    int c;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    // Overwrite the std::string buffer before it is freed.
    std::fill(line.begin(), line.end(), '\0');
    return true;
}

} // namespace

bool SecretReader::readLineNoEcho(const QString &prompt, QString *out, QString *error)
{
    if (!stdinIsTerminal()) {
        *error = QStringLiteral("standard input is not a terminal: pass --password-stdin and give the secrets "
                                "one per line");
        return false;
    }
    QTextStream err(stderr);
    err << prompt << Qt::flush;
#ifdef Q_OS_WIN
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(h, &mode);
    SetConsoleMode(h, mode & ~ENABLE_ECHO_INPUT);
    const bool ok = readStdinLine(out);
    SetConsoleMode(h, mode);
#else
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios noEcho = old;
    noEcho.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    const bool ok = readStdinLine(out);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    err << "\n" << Qt::flush;
    if (!ok)
        *error = QStringLiteral("no input");
    return ok;
}

bool SecretReader::read(const QString &prompt, QString *out, QString *error, bool confirm)
{
    if (m_fromStdin) {
        if (!readStdinLine(out)) {
            *error = QStringLiteral("standard input ended before all secrets were read (expected: %1)").arg(prompt);
            return false;
        }
        return true;
    }
    if (!readLineNoEcho(prompt + QStringLiteral(": "), out, error))
        return false;
    if (confirm) {
        QString again;
        if (!readLineNoEcho(QStringLiteral("Repeat %1: ").arg(prompt.toLower()), &again, error))
            return false;
        if (again != *out) {
            *error = QStringLiteral("the two entries differ");
            return false;
        }
    }
    return true;
}

} // namespace relasi::cli
