#include "io/import/RollbackLog.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace relasi {

namespace {

const QString kLogTable = QStringLiteral("temp.relasi_rollback_log");

QString ident(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

// A SQL string literal holding `text` (for building the reversing statement inside a trigger).
QString literal(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

Status execOn(QSqlDatabase &db, const QString &sql, const char *what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::errorFrom(q.lastError(), QString::fromUtf8(what));
    return {};
}

} // namespace

RollbackLog::RollbackLog(QSqlDatabase db) : m_db(std::move(db)) {}

RollbackLog::~RollbackLog()
{
    if (m_armed)
        (void)release();
}

qint64 RollbackLog::recordedChanges() const
{
    if (!m_armed)
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + kLogTable) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Status RollbackLog::begin()
{
    if (m_armed)
        return Status(ErrorCode::Usage, QStringLiteral("the rollback log is already armed"));
    m_tables.clear();
    m_triggers.clear();
    m_sequences.clear();
    m_hasSequenceTable = false;

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA recursive_triggers")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading recursive_triggers"));
    m_recursiveTriggers = q.value(0).toInt() != 0;
    q.finish();
    if (Status s = execOn(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS relasi_rollback_log "
                                               "(seq INTEGER PRIMARY KEY, stmt TEXT NOT NULL)"),
                          "creating the rollback log");
        !s)
        return s;
    if (Status s = execOn(m_db, QStringLiteral("DELETE FROM ") + kLogTable, "clearing the rollback log"); !s)
        return s;

    // One read transaction, so the high-water marks and the schema are one consistent state.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY name")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the schema"));
    static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isVirtual(QStringLiteral("^\\s*CREATE\\s+VIRTUAL\\s"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList virtualTables;
    static const QRegularExpression isFts(QStringLiteral("\\sUSING\\s+fts[34]\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString sql = q.value(1).toString();
        if (isVirtual.match(sql).hasMatch() && isFts.match(sql).hasMatch())
            virtualTables << name;
        else if (isVirtual.match(sql).hasMatch())
            qCWarning(lcImport) << "rollback log: virtual table" << name << "is not covered";
        if (name == QLatin1String("sqlite_sequence")) {
            m_hasSequenceTable = true;
            continue;
        }
        if (name.startsWith(QLatin1String("sqlite_")) || isVirtual.match(sql).hasMatch())
            continue; // internal tables; a virtual table's rows live in its shadow tables, which are covered
        Table t;
        t.name = name;
        t.withoutRowid = withoutRowid.match(sql).hasMatch();
        m_tables << t;
    }
    q.finish();
    // Shadow tables of virtual tables: only an FTS table's %_content is watched (see the header).
    m_tables.erase(std::remove_if(m_tables.begin(), m_tables.end(), [&](Table &t) {
                       for (const QString &v : std::as_const(virtualTables)) {
                           if (!t.name.startsWith(v + QLatin1Char('_')))
                               continue;
                           if (t.name == v + QStringLiteral("_content")) {
                               t.fts = v;
                               return false;
                           }
                           return true;
                       }
                       return false;
                   }),
                   m_tables.end());
    if (m_hasSequenceTable) {
        if (!q.exec(QStringLiteral("SELECT name, seq FROM main.sqlite_sequence")))
            return Database::errorFrom(q.lastError(), QStringLiteral("reading sqlite_sequence"));
        while (q.next())
            m_sequences << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }

    if (Status s = execOn(m_db, QStringLiteral("PRAGMA recursive_triggers = ON"), "arming the rollback log"); !s)
        return s;
    m_armed = true; // from here on, failures disarm (drop what was created)

    for (Table &t : m_tables) {
        const QString table = QStringLiteral("main.") + ident(t.name);
        QStringList columns;
        QStringList keys;
        QSqlQuery info(m_db);
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(ident(t.name)))) {
            const Error e = Database::errorFrom(info.lastError(), QStringLiteral("reading the columns of %1").arg(t.name));
            (void)disarm();
            return e;
        }
        while (info.next()) {
            columns << info.value(1).toString();
            if (info.value(5).toInt() > 0)
                keys << info.value(1).toString();
        }
        info.finish();
        if (!t.withoutRowid) {
            if (!info.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM ") + table) || !info.next()) {
                const Error e = Database::errorFrom(info.lastError(), QStringLiteral("reading %1").arg(t.name));
                (void)disarm();
                return e;
            }
            t.highWater = info.value(0).toLongLong();
            info.finish();
        }

        // Pieces of the reversing statements, as SQL expressions over old.* / new.*.
        // where(prefix): how a row is addressed after the change.
        auto where = [&](const QString &row) {
            if (!t.withoutRowid)
                return QStringLiteral("' WHERE rowid=' || %1.rowid").arg(row);
            QStringList parts;
            for (const QString &k : std::as_const(keys))
                parts << literal(ident(k) + QLatin1Char('=')) + QStringLiteral(" || quote(%1.%2)").arg(row, ident(k));
            return QStringLiteral("' WHERE ' || ") + parts.join(QStringLiteral(" || ' AND ' || "));
        };
        QStringList setParts;
        QStringList valueParts;
        QStringList columnNames;
        if (!t.withoutRowid) {
            setParts << QStringLiteral("'rowid=' || old.rowid");
            valueParts << QStringLiteral("old.rowid");
            columnNames << QStringLiteral("rowid");
        }
        for (const QString &c : std::as_const(columns)) {
            setParts << literal(ident(c) + QLatin1Char('=')) + QStringLiteral(" || quote(old.%1)").arg(ident(c));
            valueParts << QStringLiteral("quote(old.%1)").arg(ident(c));
            columnNames << ident(c);
        }
        const QString oldRow = t.withoutRowid ? QString() : QStringLiteral("old.rowid <= %1").arg(t.highWater);
        if (!t.fts.isEmpty()) {
            // %_content columns are docid, c0<name>, c1<name>, …: reverse through the virtual table.
            static const QRegularExpression contentColumn(QStringLiteral("^c\\d+(.+)$"));
            const QString fts = QStringLiteral("main.") + ident(t.fts);
            QStringList names{QStringLiteral("docid")};
            QStringList values{QStringLiteral("old.docid")};
            QStringList sets;
            for (const QString &c : std::as_const(columns)) {
                const auto m = contentColumn.match(c);
                if (!m.hasMatch())
                    continue;
                names << ident(m.captured(1));
                values << QStringLiteral("quote(old.%1)").arg(ident(c));
                sets << literal(ident(m.captured(1)) + QLatin1Char('=')) + QStringLiteral(" || quote(old.%1)").arg(ident(c));
            }
            const QList<QPair<QString, QString>> ftsSpecs{
                {QStringLiteral("INSERT"), literal(QStringLiteral("DELETE FROM %1 WHERE docid=").arg(fts)) + QStringLiteral(" || new.docid")},
                {QStringLiteral("UPDATE"), literal(QStringLiteral("UPDATE %1 SET ").arg(fts)) + QStringLiteral(" || ")
                                               + sets.join(QStringLiteral(" || ',' || ")) + QStringLiteral(" || ' WHERE docid=' || new.docid")},
                {QStringLiteral("DELETE"), literal(QStringLiteral("INSERT INTO %1 (%2) VALUES (").arg(fts, names.join(QLatin1Char(','))))
                                               + QStringLiteral(" || ") + values.join(QStringLiteral(" || ',' || ")) + QStringLiteral(" || ')'")},
            };
            const QString prefix = QStringLiteral("relasi_rb_%1_").arg(m_triggers.size());
            for (const auto &spec : ftsSpecs) {
                const QString trigger = prefix + spec.first.toLower();
                const QString when = spec.first == QLatin1String("INSERT") ? QStringLiteral("new.docid <= %1").arg(t.highWater)
                                                                           : QStringLiteral("old.docid <= %1").arg(t.highWater);
                const QString sql = QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON %3 WHEN %4 BEGIN INSERT INTO "
                                                   "relasi_rollback_log (stmt) VALUES (%5); END")
                                        .arg(trigger, spec.first, table, when, spec.second);
                if (Status s = execOn(m_db, sql, "arming the rollback log"); !s) {
                    (void)disarm();
                    return s;
                }
                m_triggers << trigger;
            }
            continue;
        }
        const QString prefix = QStringLiteral("relasi_rb_%1_").arg(m_triggers.size());
        struct Spec {
            QString event;
            QString when;
            QString stmt;
        };
        const QList<Spec> specs{
            {QStringLiteral("INSERT"),
             t.withoutRowid ? QString() : QStringLiteral("new.rowid <= %1").arg(t.highWater),
             literal(QStringLiteral("DELETE FROM ") + table) + QStringLiteral(" || ") + where(QStringLiteral("new"))},
            {QStringLiteral("UPDATE"), oldRow,
             literal(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")) + QStringLiteral(" || ")
                 + setParts.join(QStringLiteral(" || ',' || ")) + QStringLiteral(" || ") + where(QStringLiteral("new"))},
            {QStringLiteral("DELETE"), oldRow,
             literal(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (").arg(table, columnNames.join(QLatin1Char(','))))
                 + QStringLiteral(" || ") + valueParts.join(QStringLiteral(" || ',' || ")) + QStringLiteral(" || ')'")},
        };
        for (const Spec &spec : specs) {
            const QString trigger = prefix + spec.event.toLower();
            const QString sql = QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON %3 %4 BEGIN INSERT INTO %5 (stmt) "
                                               "VALUES (%6); END")
                                    .arg(trigger, spec.event, table,
                                         spec.when.isEmpty() ? QString() : QStringLiteral("WHEN ") + spec.when,
                                         QStringLiteral("relasi_rollback_log"), // a trigger body takes no schema prefix
                                         spec.stmt);
            if (Status s = execOn(m_db, sql, "arming the rollback log"); !s) {
                (void)disarm();
                return s;
            }
            m_triggers << trigger;
        }
    }
    qCDebug(lcImport) << "rollback log armed over" << m_tables.size() << "tables";
    return {};
}

Status RollbackLog::disarm()
{
    Status result;
    for (const QString &trigger : std::as_const(m_triggers)) {
        if (Status s = execOn(m_db, QStringLiteral("DROP TRIGGER IF EXISTS temp.") + trigger, "disarming the rollback log");
            !s && result)
            result = s;
    }
    m_triggers.clear();
    if (Status s = execOn(m_db, QStringLiteral("PRAGMA recursive_triggers = %1").arg(m_recursiveTriggers ? 1 : 0),
                          "disarming the rollback log");
        !s && result)
        result = s;
    m_armed = false;
    return result;
}

Status RollbackLog::release()
{
    if (!m_armed)
        return {};
    Status s = disarm();
    (void)execOn(m_db, QStringLiteral("DELETE FROM ") + kLogTable, "clearing the rollback log");
    return s;
}

Status RollbackLog::rollback()
{
    if (!m_armed)
        return Status(ErrorCode::Usage, QStringLiteral("the rollback log is not armed"));
    if (Status s = disarm(); !s)
        return s;

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::errorFrom(q.lastError(), QStringLiteral("starting the rollback"));
    auto fail = [this](const Error &e) {
        QSqlQuery r(m_db);
        if (!r.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcImport) << "rollback of the rollback failed:" << r.lastError().text();
        qCWarning(lcImport) << "could not roll the import back:" << e.message;
        return Status(e);
    };
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return fail(Database::errorFrom(q.lastError(), QStringLiteral("rolling back")));

    // Newest first. Read one page of statements at a time, so the log is never held in memory whole.
    qint64 below = std::numeric_limits<qint64>::max();
    qint64 replayed = 0;
    QSqlQuery page(m_db);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT seq, stmt FROM %1 WHERE seq < ? ORDER BY seq DESC LIMIT 1000").arg(kLogTable));
    QSqlQuery apply(m_db);
    while (true) {
        page.addBindValue(below);
        if (!page.exec())
            return fail(Database::errorFrom(page.lastError(), QStringLiteral("reading the rollback log")));
        QStringList statements;
        while (page.next()) {
            below = page.value(0).toLongLong();
            statements << page.value(1).toString();
        }
        page.finish();
        if (statements.isEmpty())
            break;
        for (const QString &stmt : std::as_const(statements)) {
            if (!apply.exec(stmt))
                return fail(Database::errorFrom(apply.lastError(), QStringLiteral("rolling back")));
            ++replayed;
        }
    }
    apply.finish();
    for (const Table &t : std::as_const(m_tables)) {
        if (t.withoutRowid)
            continue;
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM main.%1 WHERE rowid > ?").arg(ident(t.fts.isEmpty() ? t.name : t.fts)));
        del.addBindValue(t.highWater);
        if (!del.exec())
            return fail(Database::errorFrom(del.lastError(), QStringLiteral("rolling back %1").arg(t.name)));
    }
    if (m_hasSequenceTable) {
        // Put each counter back in place (rows keep their order); counters born since begin() go.
        QStringList names;
        QSqlQuery set(m_db);
        set.prepare(QStringLiteral("UPDATE main.sqlite_sequence SET seq = ? WHERE name = ?"));
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)"));
        for (const auto &seq : std::as_const(m_sequences)) {
            names << literal(seq.first);
            set.addBindValue(seq.second);
            set.addBindValue(seq.first);
            if (!set.exec())
                return fail(Database::errorFrom(set.lastError(), QStringLiteral("restoring sqlite_sequence")));
            if (set.numRowsAffected() == 0) {
                ins.addBindValue(seq.first);
                ins.addBindValue(seq.second);
                if (!ins.exec())
                    return fail(Database::errorFrom(ins.lastError(), QStringLiteral("restoring sqlite_sequence")));
            }
        }
        const QString gone = names.isEmpty() ? QStringLiteral("DELETE FROM main.sqlite_sequence")
                                             : QStringLiteral("DELETE FROM main.sqlite_sequence WHERE name NOT IN (%1)")
                                                   .arg(names.join(QLatin1Char(',')));
        if (!q.exec(gone))
            return fail(Database::errorFrom(q.lastError(), QStringLiteral("restoring sqlite_sequence")));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(Database::errorFrom(q.lastError(), QStringLiteral("committing the rollback")));
    (void)execOn(m_db, QStringLiteral("DELETE FROM ") + kLogTable, "clearing the rollback log");
    qCInfo(lcImport) << "rolled back:" << replayed << "reversing statements replayed";
    return {};
}

} // namespace relasi
