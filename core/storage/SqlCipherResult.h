#pragma once

// Internal: the QSqlResult of SqlCipherDriver. Created only through SqlCipherDriver::createResult().

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <initializer_list>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace relasi {

class SqlCipherDriver;

// One sqlite3_stmt, prepared once and reset for every exec(). Forward-only results read each row straight
// from the statement and buffer nothing; scrollable results cache the rows stepped so far, lazily.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Fast path for hot statements prepared with anonymous '?' placeholders: binds values[i] to
    // placeholder i + 1 straight into SQLite and executes, skipping QSqlResult::bindValue (which makes a
    // placeholder name string and a hash lookup per value: ~12% of a bulk create). The values are bound
    // exactly as exec() binds them. Any other query (another driver, named placeholders, a count that
    // does not match) goes through bindValue() + exec(). Afterwards q is used as usual (next(),
    // lastInsertId(), lastError()).
    static bool execPositional(QSqlQuery &q, std::initializer_list<QVariant> values);

    // Called by the driver when its connection closes: the statement is finalized, the result goes inactive.
    void releaseStatement();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;

    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Error };

    sqlite3 *connection() const;
    bool prepareStatement(const QString &query);
    void finalizeStatement();
    void clearRows();
    bool mapParameters(const QList<QVariant> &values);
    bool bindValues();
    bool bindOne(int parameter, const QVariant &value);
    bool bindText(int parameter, QByteArray utf8);
    bool advance();
    bool execute();
    Step step();
    QVariant columnValue(int column) const;
    void cacheCurrentRow();
    void refineRecordTypes();
    void setStatementError(const QString &what, int code = 0, const QString &message = QString());

    QPointer<const SqlCipherDriver> m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    int m_columnCount = 0;
    QSqlRecord m_record;
    bool m_rowPending = false;   // exec() stepped onto row 0; the next fetch consumes it
    bool m_done = true;          // the statement has no more rows (and has been reset)
    bool m_failed = false;       // stepping failed; lastError() says why
    int m_stepped = 0;           // rows stepped so far
    QList<QVariant> m_rows;      // scrollable: rows cached so far, m_columnCount values each
    QList<QVariant> m_lastRow;   // forward-only fetchLast(): the last row, copied
    bool m_onLastRowCopy = false;
    QList<QByteArray> m_bindBuffers; // text and blobs bound SQLITE_STATIC, kept alive until the next exec
    QList<int> m_parameterIndex;     // bound value i -> SQLite parameter index, worked out once per prepare
    bool m_parametersMapped = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace relasi
