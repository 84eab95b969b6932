#include "storage/Schema.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

// Migration 1: the workspace itself — who may sign in, the business, settings.
// Times are UTC milliseconds; identifiers are UUID text.
const char *const kMigration1[] = {
    R"SQL(CREATE TABLE workspace_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT
    ))SQL",
    R"SQL(CREATE TABLE settings (
        key        TEXT PRIMARY KEY NOT NULL,
        value      TEXT,
        updated_at INTEGER NOT NULL
    ))SQL",
    R"SQL(CREATE TABLE users (
        id                   TEXT PRIMARY KEY NOT NULL,
        name                 TEXT NOT NULL,
        email                TEXT NOT NULL UNIQUE,
        phone                TEXT,
        role                 TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'sales', 'viewer')),
        active               INTEGER NOT NULL DEFAULT 1,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL
    ))SQL",
    R"SQL(CREATE TABLE business_profile (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT NOT NULL DEFAULT '',
        address    TEXT NOT NULL DEFAULT '',
        tax_id     TEXT NOT NULL DEFAULT '',
        currency   TEXT NOT NULL DEFAULT 'IDR',
        country    TEXT NOT NULL DEFAULT 'ID',
        locale     TEXT NOT NULL DEFAULT 'id_ID',
        updated_at INTEGER NOT NULL
    ))SQL",
};

// Migration 2: the CRM (docs/domain.md). Synced tables carry a text UUIDv7 id, cl (causal length: odd alive,
// even deleted), created_at and updated_at, and no enforced foreign keys (records of other devices may
// arrive out of order, DESIGN §7). The journal tables (field_clock, outbox, erasures, sync_conflicts) are
// what the sync engine reads and writes; it needs no further schema.
const char *const kMigration2[] = {
    // customers.docid is the FTS docid (an INTEGER PRIMARY KEY alias of rowid, so VACUUM keeps it).
    // sort_key is TextNormalizer::fold(display_name): the list's name order, insensitive to case/diacritics.
    R"SQL(CREATE TABLE customers (
        docid           INTEGER PRIMARY KEY,
        id              TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
        display_name    TEXT NOT NULL DEFAULT '',
        sort_key        TEXT NOT NULL DEFAULT '',
        given_name      TEXT NOT NULL DEFAULT '',
        family_name     TEXT NOT NULL DEFAULT '',
        company_id      TEXT,
        company_name    TEXT NOT NULL DEFAULT '',
        owner_id        TEXT,
        status          TEXT NOT NULL DEFAULT 'lead' CHECK (status IN ('lead', 'prospect', 'customer', 'inactive')),
        source          TEXT NOT NULL DEFAULT '',
        notes           TEXT NOT NULL DEFAULT '',
        external_id     TEXT,
        legal_hold      INTEGER NOT NULL DEFAULT 0,
        last_contact_at INTEGER,
        cl              INTEGER NOT NULL DEFAULT 1,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
    ))SQL",
    // The list's orders over live records only (queries carry the same "cl % 2 = 1" term, so counts and
    // keyset paging never read table rows to skip deleted ones); docid is implicitly the last column.
    "CREATE INDEX customers_live_sort ON customers (sort_key) WHERE cl % 2 = 1",
    "CREATE INDEX customers_live_owner_sort ON customers (owner_id, sort_key) WHERE cl % 2 = 1",
    "CREATE INDEX customers_live_status_sort ON customers (status, sort_key) WHERE cl % 2 = 1",
    "CREATE INDEX customers_live_created ON customers (created_at) WHERE cl % 2 = 1",
    "CREATE INDEX customers_live_last_contact ON customers (last_contact_at) WHERE cl % 2 = 1",
    "CREATE INDEX customers_company ON customers (company_id) WHERE company_id IS NOT NULL",
    "CREATE INDEX customers_external ON customers (external_id) WHERE external_id IS NOT NULL",
    // Sales reps a customer is shared with; a causal-length set: cl odd = shared.
    R"SQL(CREATE TABLE customer_shares (
        customer_id TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (customer_id, user_id)
    ) WITHOUT ROWID)SQL",
    "CREATE INDEX customer_shares_user ON customer_shares (user_id, customer_id)",
    R"SQL(CREATE TABLE contact_points (
        id          TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'whatsapp', 'website')),
        raw         TEXT NOT NULL DEFAULT '',
        normalized  TEXT NOT NULL DEFAULT '',
        label       TEXT NOT NULL DEFAULT '',
        is_primary  INTEGER NOT NULL DEFAULT 0,
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX contact_points_customer ON contact_points (customer_id)",
    "CREATE INDEX contact_points_value ON contact_points (kind, normalized)",
    R"SQL(CREATE TABLE addresses (
        id          TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL,
        label       TEXT NOT NULL DEFAULT '',
        street      TEXT NOT NULL DEFAULT '',
        city        TEXT NOT NULL DEFAULT '',
        region      TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        country     TEXT NOT NULL DEFAULT '',
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX addresses_customer ON addresses (customer_id)",
    // A causal-length set per customer: tag_key is the folded tag (matching), tag as typed (shown).
    R"SQL(CREATE TABLE customer_tags (
        customer_id TEXT NOT NULL,
        tag_key     TEXT NOT NULL,
        tag         TEXT NOT NULL,
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (customer_id, tag_key)
    ) WITHOUT ROWID)SQL",
    "CREATE INDEX customer_tags_tag ON customer_tags (tag_key, customer_id)",
    // The communication log: insert-only (corrections are new entries).
    R"SQL(CREATE TABLE interactions (
        id          TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL,
        channel     TEXT NOT NULL CHECK (channel IN ('call', 'email', 'meeting', 'whatsapp', 'sms', 'visit', 'note')),
        direction   TEXT CHECK (direction IN ('in', 'out')),
        occurred_at INTEGER NOT NULL,
        duration_s  INTEGER,
        subject     TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL DEFAULT '',
        outcome     TEXT NOT NULL DEFAULT '',
        user_id     TEXT,
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX interactions_customer ON interactions (customer_id, occurred_at)",
    "CREATE INDEX interactions_occurred ON interactions (occurred_at)",
    // Money is integer minor units + ISO 4217 currency, never floating point.
    R"SQL(CREATE TABLE deals (
        id             TEXT PRIMARY KEY NOT NULL,
        customer_id    TEXT NOT NULL,
        title          TEXT NOT NULL DEFAULT '',
        stage          TEXT NOT NULL DEFAULT 'lead'
                       CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
        amount_minor   INTEGER NOT NULL DEFAULT 0,
        currency       TEXT NOT NULL DEFAULT 'IDR',
        expected_close INTEGER,
        probability    INTEGER CHECK (probability BETWEEN 0 AND 100),
        owner_id       TEXT,
        lost_reason    TEXT NOT NULL DEFAULT '',
        closed_at      INTEGER,
        cl             INTEGER NOT NULL DEFAULT 1,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX deals_stage ON deals (stage, expected_close)",
    "CREATE INDEX deals_customer ON deals (customer_id)",
    "CREATE INDEX deals_owner ON deals (owner_id, stage)",
    R"SQL(CREATE TABLE deal_items (
        id               TEXT PRIMARY KEY NOT NULL,
        deal_id          TEXT NOT NULL,
        description      TEXT NOT NULL DEFAULT '',
        quantity         INTEGER NOT NULL DEFAULT 1,
        unit_price_minor INTEGER NOT NULL DEFAULT 0,
        currency         TEXT NOT NULL DEFAULT 'IDR',
        cl               INTEGER NOT NULL DEFAULT 1,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX deal_items_deal ON deal_items (deal_id)",
    // Insert-only; reference is never a card number (CardNumberGuard), at most its last four digits.
    R"SQL(CREATE TABLE payments (
        id           TEXT PRIMARY KEY NOT NULL,
        deal_id      TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        currency     TEXT NOT NULL,
        method       TEXT NOT NULL DEFAULT '',
        reference    TEXT NOT NULL DEFAULT '',
        paid_at      INTEGER NOT NULL,
        recorded_by  TEXT,
        cl           INTEGER NOT NULL DEFAULT 1,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX payments_deal ON payments (deal_id, paid_at)",
    R"SQL(CREATE TABLE tasks (
        id          TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT,
        deal_id     TEXT,
        title       TEXT NOT NULL DEFAULT '',
        due_at      INTEGER,
        assignee_id TEXT,
        reminder_at INTEGER,
        done_at     INTEGER,
        cl          INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX tasks_assignee_due ON tasks (assignee_id, done_at, due_at)",
    "CREATE INDEX tasks_due ON tasks (done_at, due_at)",
    "CREATE INDEX tasks_customer ON tasks (customer_id)",
    "CREATE INDEX tasks_deal ON tasks (deal_id) WHERE deal_id IS NOT NULL",
    "CREATE INDEX tasks_reminder ON tasks (reminder_at) WHERE reminder_at IS NOT NULL AND done_at IS NULL",
    // Append-only history per (customer, purpose, channel); the latest row is the current state.
    R"SQL(CREATE TABLE consents (
        id           TEXT PRIMARY KEY NOT NULL,
        customer_id  TEXT NOT NULL,
        purpose      TEXT NOT NULL,
        channel      TEXT NOT NULL DEFAULT '',
        lawful_basis TEXT NOT NULL DEFAULT 'consent',
        granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
        source       TEXT NOT NULL DEFAULT '',
        recorded_by  TEXT,
        recorded_at  INTEGER NOT NULL,
        cl           INTEGER NOT NULL DEFAULT 1,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
    ))SQL",
    "CREATE INDEX consents_customer ON consents (customer_id, purpose, channel, recorded_at)",
    // DESIGN §6: hash = SHA-256(prev_hash || seq || at || user_id || action || entity || entity_id || details),
    // see core/services/AuditLog.cpp for the exact encoding. details is JSON of field names and counts only.
    R"SQL(CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        INTEGER NOT NULL,
        user_id   TEXT NOT NULL DEFAULT '',
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL DEFAULT '',
        entity_id TEXT NOT NULL DEFAULT '',
        details   TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
    ))SQL",
    "CREATE INDEX audit_log_at ON audit_log (at)",
    "CREATE INDEX audit_log_user ON audit_log (user_id, seq)",
    "CREATE INDEX audit_log_action ON audit_log (action, seq)",
    "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq)",
    // The HLC (and device) that last wrote each field of each synced record: per-field last-writer-wins.
    R"SQL(CREATE TABLE field_clock (
        entity    TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field     TEXT NOT NULL,
        hlc       INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        PRIMARY KEY (entity, record_id, field)
    ) WITHOUT ROWID)SQL",
    // Local mutations waiting to be pushed (and kept, marked, after). payload: JSON object
    // {"field": {"value": …, "hlc": n}, …}. scope_id: the customer the record belongs to (server-side
    // permission checks and per-rep scoping). ack_*: the server's answer (applied / merged / rejected).
    R"SQL(CREATE TABLE outbox (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        tx_id       TEXT NOT NULL,
        entity      TEXT NOT NULL,
        record_id   TEXT NOT NULL,
        scope_id    TEXT,
        op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'restore', 'erase')),
        payload     TEXT NOT NULL DEFAULT '{}',
        hlc         INTEGER NOT NULL,
        device_id   TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        sent_at     INTEGER,
        ack_status  TEXT CHECK (ack_status IN ('applied', 'merged', 'rejected')),
        ack_reason  TEXT,
        acked_at    INTEGER
    ))SQL",
    "CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL",
    "CREATE INDEX outbox_record ON outbox (entity, record_id)",
    "CREATE INDEX outbox_rejected ON outbox (seq) WHERE ack_status = 'rejected'",
    // Id-only markers of erased records: they beat every edit of that id, forever.
    R"SQL(CREATE TABLE erasures (
        entity    TEXT NOT NULL,
        record_id TEXT NOT NULL,
        hlc       INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        erased_at INTEGER NOT NULL,
        PRIMARY KEY (entity, record_id)
    ) WITHOUT ROWID)SQL",
    // Losing values of important fields (owner, stage, amount, e-mail, phone) after a merge, for review.
    R"SQL(CREATE TABLE sync_conflicts (
        id            INTEGER PRIMARY KEY,
        entity        TEXT NOT NULL,
        record_id     TEXT NOT NULL,
        field         TEXT NOT NULL,
        kept_value    TEXT,
        kept_hlc      INTEGER NOT NULL,
        kept_device   TEXT NOT NULL,
        lost_value    TEXT,
        lost_hlc      INTEGER NOT NULL,
        lost_device   TEXT NOT NULL,
        detected_at   INTEGER NOT NULL,
        resolved_at   INTEGER,
        resolved_by   TEXT
    ))SQL",
    "CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL",
    // Search (DESIGN §4): docid = customers.docid; text is TextNormalizer::indexTokens() joined by spaces,
    // phones are PhoneNormalizer::searchDigitForms(). E-mails are searched through contact_points_value.
    R"SQL(CREATE VIRTUAL TABLE customers_fts USING fts4(
        name, company, phones, place, tags, notes, tokenize=unicode61, prefix="2,3"
    ))SQL",
};

// Migration 3: CSV imports (issue 5). One row per import run, and the records each run created or updated,
// so that "undo import" can remove exactly what the run created. Local bookkeeping, not synced.
const char *const kMigration3[] = {
    R"SQL(CREATE TABLE imports (
        id          TEXT PRIMARY KEY NOT NULL,
        user_id     TEXT NOT NULL,
        file_name   TEXT NOT NULL DEFAULT '',
        profile     TEXT NOT NULL DEFAULT '{}',
        status      TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'done', 'cancelled', 'failed', 'undone')),
        created     INTEGER NOT NULL DEFAULT 0,
        updated     INTEGER NOT NULL DEFAULT 0,
        skipped     INTEGER NOT NULL DEFAULT 0,
        rejected    INTEGER NOT NULL DEFAULT 0,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER
    ))SQL",
    R"SQL(CREATE TABLE import_items (
        import_id TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('created', 'updated')),
        PRIMARY KEY (import_id, entity, entity_id)
    ) WITHOUT ROWID)SQL",
};

// Migration 4: what an import overwrote in a stored record (JSON, CustomerOverwrite), so undo restores it.
const char *const kMigration4[] = {"ALTER TABLE import_items ADD COLUMN before TEXT"};

// Migration 5: opt-in usage analytics and this device's record (privacy policy: usage and device information,
// docs/privacy.md). Local only, never synced. usage_events.name is a screen or action identifier from the code
// (UsageLog checks it), never user data; occurred_at is what RetentionService's usage rule cuts on.
const char *const kMigration5[] = {
    R"SQL(CREATE TABLE usage_events (
        id          INTEGER PRIMARY KEY,
        user_id     TEXT NOT NULL,
        occurred_at INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('screen', 'time', 'action')),
        name        TEXT NOT NULL,
        duration_ms INTEGER
    ))SQL",
    "CREATE INDEX usage_events_user ON usage_events (user_id, occurred_at)",
    "CREATE INDEX usage_events_at ON usage_events (occurred_at)",
    R"SQL(CREATE TABLE devices (
        id          TEXT PRIMARY KEY NOT NULL,
        os          TEXT NOT NULL DEFAULT '',
        app_version TEXT NOT NULL DEFAULT '',
        first_seen  INTEGER NOT NULL,
        last_seen   INTEGER NOT NULL
    ))SQL",
};

// Migration 6: a task's notes (the detail behind its title). Synced like the other task fields.
const char *const kMigration6[] = {"ALTER TABLE tasks ADD COLUMN notes TEXT NOT NULL DEFAULT ''"};

// Migration 7: the customer list's order indexes end in (docid, cl). SQLite 3.15 checks a partial index's
// "cl % 2 = 1" again on the table row, so with the old indexes every row the list skipped or counted cost a
// table page (at 1M customers, 2.5 s before the first rows when the pages were cold). With cl in the index
// (and docid, the list's tie-break, right after the key, so the order needs no sorting) counting rows,
// skipping to a page and building the list's anchors read the index only (docs/domain.md).
const char *const kMigration7[] = {
    "DROP INDEX customers_live_sort",
    "CREATE INDEX customers_live_sort ON customers (sort_key, docid, cl) WHERE cl % 2 = 1",
    "DROP INDEX customers_live_owner_sort",
    "CREATE INDEX customers_live_owner_sort ON customers (owner_id, sort_key, docid, cl) WHERE cl % 2 = 1",
    "DROP INDEX customers_live_status_sort",
    "CREATE INDEX customers_live_status_sort ON customers (status, sort_key, docid, cl) WHERE cl % 2 = 1",
    "DROP INDEX customers_live_created",
    "CREATE INDEX customers_live_created ON customers (created_at, docid, cl) WHERE cl % 2 = 1",
    "DROP INDEX customers_live_last_contact",
    "CREATE INDEX customers_live_last_contact ON customers (last_contact_at, docid, cl) WHERE cl % 2 = 1",
};

// Migration 8: the Pipeline, Dashboard and Tasks screens' reads. Partial indexes over live rows (their WHERE
// terms are written exactly as the queries write them, so SQLite uses them); each covers its query, so
// the totals per stage and currency, won revenue by month, activities by channel and the open-task
// buckets are counted in the index without reading the tables' rows.
const char *const kMigration8[] = {
    // cl and done_at are columns too: a term of the index's WHERE still reads its column (SQLite 3.15).
    "CREATE INDEX deals_live_stage_totals ON deals (stage, currency, amount_minor, owner_id, expected_close, "
    "customer_id, cl) WHERE cl % 2 = 1",
    "CREATE INDEX deals_live_closed ON deals (stage, currency, closed_at, amount_minor, customer_id, cl) "
    "WHERE cl % 2 = 1",
    "CREATE INDEX interactions_live_occurred ON interactions (occurred_at, channel, customer_id, cl) "
    "WHERE cl % 2 = 1",
    // done_at leads as in the older tasks_due / tasks_assignee_due, so the planner, seeing the same
    // constraints, takes these (covering) ones.
    "CREATE INDEX tasks_open_due ON tasks (done_at, due_at, customer_id, assignee_id, cl) "
    "WHERE done_at IS NULL AND cl % 2 = 1",
    "CREATE INDEX tasks_open_assignee_due ON tasks (assignee_id, done_at, due_at, cl) "
    "WHERE done_at IS NULL AND cl % 2 = 1",
};

// Migration 9: the bulk customer export reads contact points and addresses along customer_id with every column
// it shows in the index (cl too: SQLite 3.15 reads a WHERE term's column from the row), so its scans read index
// pages only, in order, instead of an index page plus a table row per record (issue 5: at 1M customers about
// 25% fewer pages decrypted). Same name and leading column as before, so lookups by customer keep using them.
const char *const kMigration9[] = {
    "DROP INDEX contact_points_customer",
    "CREATE INDEX contact_points_customer ON contact_points (customer_id, cl, kind, is_primary, created_at, id, raw, "
    "normalized, label)",
    "DROP INDEX addresses_customer",
    "CREATE INDEX addresses_customer ON addresses (customer_id, cl, created_at, id, street, city, postal_code, "
    "country, label, region)",
};

template<size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

int Schema::latestVersion()
{
    return 9;
}

QStringList Schema::migration(int version)
{
    switch (version) {
    case 1:
        return toList(kMigration1);
    case 2:
        return toList(kMigration2);
    case 3:
        return toList(kMigration3);
    case 4:
        return toList(kMigration4);
    case 5:
        return toList(kMigration5);
    case 6:
        return toList(kMigration6);
    case 7:
        return toList(kMigration7);
    case 8:
        return toList(kMigration8);
    case 9:
        return toList(kMigration9);
    default:
        return {};
    }
}

Result<int> Schema::userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the schema version"));
    return q.value(0).toInt();
}

Result<int> Schema::migrate(QSqlDatabase &db)
{
    auto found = userVersion(db);
    if (!found)
        return found.error();
    const int from = *found;
    if (from > latestVersion()) {
        return Error(ErrorCode::NewerVersion,
                     QStringLiteral("the workspace has schema version %1; this Relasi understands up to %2")
                         .arg(from)
                         .arg(latestVersion()));
    }
    for (int v = from + 1; v <= latestVersion(); ++v) {
        if (!db.transaction())
            return Database::errorFrom(db.lastError(), QStringLiteral("starting migration %1").arg(v));
        QSqlQuery q(db);
        for (const QString &sql : migration(v)) {
            if (!q.exec(sql)) {
                Error e = Database::errorFrom(q.lastError(), QStringLiteral("migration %1").arg(v));
                db.rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v))) {
            Error e = Database::errorFrom(q.lastError(), QStringLiteral("recording migration %1").arg(v));
            db.rollback();
            return e;
        }
        if (!db.commit())
            return Database::errorFrom(db.lastError(), QStringLiteral("committing migration %1").arg(v));
        qCInfo(lcStorage) << "migrated schema to version" << v;
    }
    return from;
}

} // namespace relasi
