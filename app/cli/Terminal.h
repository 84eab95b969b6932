#pragma once

#include <QString>

namespace relasi::cli {

// Where relasi-cli gets secrets: the terminal without echo, or one line per secret from standard input
// (--password-stdin). Secrets never come from argv.
class SecretReader
{
public:
    explicit SecretReader(bool fromStdin) : m_fromStdin(fromStdin) {}

    // Reads one secret. On a terminal it prompts on stderr (and with confirm, asks twice and compares).
    // Returns false with a message in *error if no secret can be read.
    bool read(const QString &prompt, QString *out, QString *error, bool confirm = false);

private:
    bool readLineNoEcho(const QString &prompt, QString *out, QString *error);
    bool m_fromStdin;
};

bool stdinIsTerminal();

} // namespace relasi::cli
