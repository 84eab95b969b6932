#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherSupport.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTime>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <limits>

namespace relasi {

namespace {

// Remaining SQL after the first statement: true if it holds another statement (not just space/comments).
bool holdsAnotherStatement(sqlite3 *db, const char *tail)
{
    if (!tail)
        return false;
    while (*tail == ' ' || *tail == '\t' || *tail == '\n' || *tail == '\r' || *tail == ';')
        ++tail;
    if (!*tail)
        return false;
    sqlite3_stmt *next = nullptr;
    const int rc = sqlite3_prepare_v2(db, tail, -1, &next, nullptr);
    const bool another = rc != SQLITE_OK || next != nullptr;
    sqlite3_finalize(next);
    return another;
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver), m_driver(driver)
{
    if (driver)
        driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

sqlite3 *SqlCipherResult::connection() const
{
    return m_driver ? m_driver->nativeHandle() : nullptr;
}

void SqlCipherResult::setStatementError(const QString &what, int code, const QString &message)
{
    setLastError(sqlcipher::makeError(connection(), what, QSqlError::StatementError, code, message));
}

void SqlCipherResult::releaseStatement()
{
    finalizeStatement();
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_bindBuffers.clear();
    m_parameterIndex.clear();
    m_parametersMapped = false;
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_lastRow.clear();
    m_onLastRowCopy = false;
    m_rowPending = false;
    m_done = true;
    m_failed = false;
    m_stepped = 0;
}

bool SqlCipherResult::prepareStatement(const QString &query)
{
    sqlite3 *db = connection();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"), QStringLiteral("the database is not open"),
                               QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    // The length includes the terminating NUL, which spares SQLite a copy.
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()) + 1, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(QStringLiteral("Unable to prepare statement"), rc);
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setStatementError(QStringLiteral("Unable to prepare statement"), SQLITE_MISUSE,
                          QStringLiteral("the query holds no statement"));
        return false;
    }
    if (holdsAnotherStatement(db, tail)) {
        finalizeStatement();
        setStatementError(QStringLiteral("Unable to prepare statement"), SQLITE_MISUSE,
                          QStringLiteral("unable to execute multiple statements at a time"));
        return false;
    }
    m_columnCount = sqlite3_column_count(m_stmt);
    m_record.clear();
    for (int i = 0; i < m_columnCount; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        m_record.append(QSqlField(name, sqlcipher::metaTypeForDeclaredType(sqlite3_column_decltype(m_stmt, i))));
    }
    setSelect(m_columnCount > 0);
    return true;
}

bool SqlCipherResult::prepare(const QString &query)
{
    clearRows();
    finalizeStatement();
    m_record.clear();
    m_columnCount = 0;
    setActive(false);
    return prepareStatement(query);
}

bool SqlCipherResult::reset(const QString &query)
{
    clearRows();
    finalizeStatement();
    m_record.clear();
    m_columnCount = 0;
    if (!prepareStatement(query))
        return false;
    return execute();
}

bool SqlCipherResult::exec()
{
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt) {
        setStatementError(QStringLiteral("Unable to execute statement"), SQLITE_MISUSE,
                          connection() ? QStringLiteral("no prepared statement")
                                       : QStringLiteral("the database connection was closed"));
        return false;
    }
    // Reuse the prepared statement: rewind it and drop the previous bindings.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindBuffers.clear();
    if (!bindValues())
        return false;
    return execute();
}

bool SqlCipherResult::execPositional(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    auto *r = dynamic_cast<SqlCipherResult *>(const_cast<QSqlResult *>(q.result()));
    // Anonymous placeholders reach SQLite as written ('?', no name) or renamed by Qt to ":0", ":1", …, both
    // numbered in order of appearance.
    auto positional = [](const char *name) {
        return !name || name[0] == '?' || (name[0] == ':' && name[1] >= '0' && name[1] <= '9');
    };
    if (!r || !r->m_stmt || sqlite3_bind_parameter_count(r->m_stmt) != int(values.size()) ||
        (values.size() > 0 && !positional(sqlite3_bind_parameter_name(r->m_stmt, 1)))) {
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        return q.exec();
    }
    if (r->lastError().isValid())
        r->setLastError(QSqlError());
    r->clearRows();
    r->setActive(false);
    r->setAt(QSql::BeforeFirstRow);
    sqlite3_reset(r->m_stmt);
    sqlite3_clear_bindings(r->m_stmt);
    r->m_bindBuffers.clear();
    int parameter = 1;
    for (const QVariant &v : values) {
        if (!r->bindOne(parameter++, v))
            return false;
    }
    return r->execute();
}

bool SqlCipherResult::mapParameters(const QList<QVariant> &values)
{
    // Qt hands over named placeholders as written and '?' renamed to :0, :1, ...; boundValueName(i) gives
    // the name of value i either way. SQLite gives a repeated name one parameter index.
    const int count = sqlite3_bind_parameter_count(m_stmt);
    QVarLengthArray<bool, 32> covered(count + 1);
    std::fill(covered.begin(), covered.end(), false);
    m_parameterIndex.clear();
    m_parameterIndex.reserve(values.size());
    for (int i = 0; i < int(values.size()); ++i) {
        const QByteArray name = boundValueName(i).toUtf8();
        int parameter = sqlite3_bind_parameter_index(m_stmt, name.constData());
        if (parameter == 0 && i < count && !sqlite3_bind_parameter_name(m_stmt, i + 1))
            parameter = i + 1; // an anonymous '?'
        if (parameter == 0) {
            setStatementError(QStringLiteral("Unable to bind parameters"), SQLITE_RANGE,
                              QStringLiteral("parameter count mismatch: no placeholder for bound value %1 (%2)")
                                  .arg(i)
                                  .arg(QString::fromUtf8(name)));
            return false;
        }
        covered[parameter] = true;
        m_parameterIndex.append(parameter);
    }
    for (int p = 1; p <= count; ++p) {
        if (!covered[p]) {
            const char *name = sqlite3_bind_parameter_name(m_stmt, p);
            setStatementError(QStringLiteral("Unable to bind parameters"), SQLITE_RANGE,
                              QStringLiteral("parameter count mismatch: placeholder %1 has no bound value")
                                  .arg(name ? QString::fromUtf8(name) : QString::number(p)));
            return false;
        }
    }
    m_parametersMapped = true;
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> &values = boundValues();
    if (!m_parametersMapped || m_parameterIndex.size() != values.size()) {
        if (!mapParameters(values))
            return false;
    }
    for (int i = 0; i < int(values.size()); ++i) {
        if (!bindOne(m_parameterIndex.at(i), values.at(i)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindText(int parameter, QByteArray utf8)
{
    if (utf8.size() > std::numeric_limits<int>::max()) {
        setStatementError(QStringLiteral("Unable to bind parameter"), SQLITE_TOOBIG, QStringLiteral("text too big"));
        return false;
    }
    const char *data = utf8.constData();
    const int size = int(utf8.size());
    m_bindBuffers.append(std::move(utf8));
    const int rc = sqlite3_bind_text(m_stmt, parameter, data, size, SQLITE_STATIC);
    if (rc != SQLITE_OK) {
        setStatementError(QStringLiteral("Unable to bind parameter"), rc);
        return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int parameter, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong u = value.toULongLong();
            if (u > qulonglong(std::numeric_limits<qint64>::max())) {
                setStatementError(QStringLiteral("Unable to bind parameter"), SQLITE_MISMATCH,
                                  QStringLiteral("unsigned value %1 does not fit a 64-bit signed integer").arg(u));
                return false;
            }
            rc = sqlite3_bind_int64(m_stmt, parameter, qint64(u));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, parameter, value.toDouble());
            break;
        case QMetaType::QString: {
            const auto &text = *static_cast<const QString *>(value.constData());
            if (text.isNull())
                rc = sqlite3_bind_null(m_stmt, parameter);
            else
                return bindText(parameter, text.toUtf8());
            break;
        }
        case QMetaType::QByteArray: {
            const auto &bytes = *static_cast<const QByteArray *>(value.constData());
            if (bytes.isNull()) {
                rc = sqlite3_bind_null(m_stmt, parameter);
            } else if (bytes.isEmpty()) {
                rc = sqlite3_bind_zeroblob(m_stmt, parameter, 0); // an empty blob, not NULL
            } else if (bytes.size() > std::numeric_limits<int>::max()) {
                rc = SQLITE_TOOBIG;
            } else {
                m_bindBuffers.append(bytes); // shares the data: it stays alive while SQLite points at it
                rc = sqlite3_bind_blob(m_stmt, parameter, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            }
            break;
        }
        case QMetaType::QDateTime:
            return bindText(parameter, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        case QMetaType::QDate:
            return bindText(parameter, value.toDate().toString(Qt::ISODate).toUtf8());
        case QMetaType::QTime:
            return bindText(parameter, value.toTime().toString(Qt::ISODateWithMs).toUtf8());
        default:
            if (!value.canConvert<QString>()) {
                setStatementError(QStringLiteral("Unable to bind parameter"), SQLITE_MISMATCH,
                                  QStringLiteral("cannot bind a value of type %1")
                                      .arg(QString::fromLatin1(value.typeName())));
                return false;
            }
            return bindText(parameter, value.toString().toUtf8());
        }
    }
    if (rc != SQLITE_OK) {
        setStatementError(QStringLiteral("Unable to bind parameter"), rc);
        return false;
    }
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    if (!m_stmt || m_done)
        return Step::Done;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    m_done = true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt); // releases the read lock; the bindings stay for the next exec()
        return Step::Done;
    }
    setStatementError(QStringLiteral("Unable to fetch row"), rc);
    sqlite3_reset(m_stmt);
    m_failed = true;
    return Step::Error;
}

bool SqlCipherResult::execute()
{
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_done = false;
    m_failed = false;
    m_rowPending = false;
    m_stepped = 0;
    const Step first = step();
    if (first == Step::Error) {
        setActive(false);
        return false;
    }
    if (m_columnCount == 0) {
        sqlite3 *db = connection();
        m_rowsAffected = sqlite3_changes(db);
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        if (rowid != 0)
            m_lastInsertId = qlonglong(rowid);
        setSelect(false);
    } else {
        setSelect(true);
        if (first == Step::Row) {
            m_rowPending = true;
            refineRecordTypes();
        }
    }
    setActive(true);
    return true;
}

void SqlCipherResult::refineRecordTypes()
{
    // Expressions have no declared type: take it from the first row's values.
    for (int i = 0; i < m_columnCount; ++i) {
        QSqlField field = m_record.field(i);
        if (field.metaType().isValid())
            continue;
        const QMetaType type = sqlcipher::metaTypeForStorageClass(sqlite3_column_type(m_stmt, i));
        if (type.isValid()) {
            field.setMetaType(type);
            m_record.replace(i, field);
        }
    }
}

bool SqlCipherResult::advance()
{
    if (m_rowPending) {
        m_rowPending = false;
        ++m_stepped;
        return true;
    }
    if (step() != Step::Row)
        return false;
    ++m_stepped;
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return int(v);
        return qlonglong(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(v);
        case QSql::LowPrecisionInt64:
            return qlonglong(v);
        default:
            return v;
        }
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        QString s = QString::fromUtf8(text, size);
        if (s.isNull())
            s = QString(QLatin1String("")); // '' is an empty string, never NULL
        return s;
    }
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(m_stmt, column);
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (!blob || size == 0)
            return QByteArray("", 0); // a zero-length blob is empty, not NULL
        return QByteArray(static_cast<const char *>(blob), size);
    }
    default:
        return QVariant(m_record.field(column).metaType());
    }
}

void SqlCipherResult::cacheCurrentRow()
{
    for (int i = 0; i < m_columnCount; ++i)
        m_rows.append(columnValue(i));
}

bool SqlCipherResult::fetchNext()
{
    if (!isForwardOnly())
        return fetch(at() < 0 ? 0 : at() + 1);
    if (m_onLastRowCopy || !advance())
        return false;
    setAt(m_stepped - 1);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive())
        return false;
    if (isForwardOnly()) {
        if (m_onLastRowCopy || index < m_stepped - 1)
            return false;
        if (index == m_stepped - 1) {
            // Already on it (QSqlQuery::seek to the current row).
            if (at() != index || m_done)
                return false;
            return true;
        }
        while (m_stepped <= index) {
            if (!advance())
                return false;
        }
        setAt(index);
        return true;
    }
    const int cached = m_columnCount ? int(m_rows.size() / m_columnCount) : 0;
    for (int row = cached; row <= index; ++row) {
        if (!advance())
            return false;
        cacheCurrentRow();
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive())
        return false;
    if (!isForwardOnly()) {
        while (advance())
            cacheCurrentRow();
        if (m_failed || m_stepped == 0)
            return false;
        setAt(m_stepped - 1);
        return true;
    }
    if (m_onLastRowCopy)
        return true;
    // Forward-only: walk to the end, keeping a copy of one row only.
    bool any = false;
    if (at() >= 0 && !m_done && !m_rowPending) {
        m_lastRow.clear();
        for (int i = 0; i < m_columnCount; ++i)
            m_lastRow.append(columnValue(i));
        any = true;
    }
    while (advance()) {
        m_lastRow.clear();
        for (int i = 0; i < m_columnCount; ++i)
            m_lastRow.append(columnValue(i));
        any = true;
    }
    if (m_failed || !any)
        return false;
    m_onLastRowCopy = true;
    setAt(m_stepped - 1);
    return true;
}

QVariant SqlCipherResult::data(int index)
{
    if (index < 0 || index >= m_columnCount || at() < 0)
        return QVariant();
    if (!isForwardOnly()) {
        const qsizetype offset = qsizetype(at()) * m_columnCount + index;
        return offset < m_rows.size() ? m_rows.at(offset) : QVariant();
    }
    if (m_onLastRowCopy)
        return m_lastRow.value(index);
    if (!m_stmt || m_done)
        return QVariant();
    return columnValue(index);
}

bool SqlCipherResult::isNull(int index)
{
    if (index < 0 || index >= m_columnCount || at() < 0)
        return true;
    if (!isForwardOnly() || m_onLastRowCopy)
        return data(index).isNull();
    if (!m_stmt || m_done)
        return true;
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt); // ends the read; the statement stays prepared
    clearRows();
}

} // namespace relasi
