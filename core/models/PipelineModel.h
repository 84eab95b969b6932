#pragma once

#include "common/Result.h"
#include "domain/Money.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>

namespace relasi {

class Clock;
class PipelineDealTable;
class ServiceContext;

// One deal as the pipeline board shows it (a card or a table row).
struct PipelineDeal {
    QString id;
    QString title;
    QString customerId;
    QString customerName;
    QString stage;
    Money amount;
    QString ownerId;
    QString ownerName;
    qint64 expectedClose = 0; // UTC ms; 0: none
    int probability = -1;     // -1: none
};

// What one read of the pipeline asks for (built by PipelineModel from its session and filters).
struct PipelineQuery {
    QString visibleToUserId; // a sales rep's id: their deals and their customers' (empty: every deal)
    QString ownerFilter;     // only this owner's deals (empty: any owner)
    qint64 closeFrom = 0;    // expected close in [closeFrom, closeTo) (both 0: any time)
    qint64 closeTo = 0;
    QHash<QString, int> limits; // cards read per stage (missing: PipelineModel::windowSize)
};

// Totals of one stage in one currency.
struct PipelineTotal {
    QString stage;
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

// The result of one read: totals per stage and currency (SQL aggregation over every deal passing the
// filters), the first cards of each stage, and the owners for the owner filter. Plain values: it is
// made on any thread over that thread's connection and handed to the model on the GUI thread.
struct PipelineSnapshot {
    QVector<PipelineTotal> totals;
    QVector<PipelineDeal> deals; // per stage in pipeline order, each stage in board order
    QVector<QPair<QString, QString>> owners;
    QString error; // empty when every query ran
};

// The deal pipeline: one row per stage and currency (lead → qualified → proposal → negotiation → won →
// lost; a stage without deals has one empty row), with the number of deals and their total amount in
// integer minor units of that currency (never floating point; the UI formats it).
//
// It also holds a window of the deals themselves (deals(), and dealTable() as an item model for lists and
// tables): per stage the first windowSize cards (open stages: soonest expected close first; won and lost:
// latest first), more after showMore(stage), never every deal of a large workspace. Filters by owner and
// by expected close date apply in SQL to the cards and the totals alike. Built over a ServiceContext it
// shows what the session may read, refreshes when the services notify, and moves deals through
// DealService (moveDeal: the one call a drag and drop, a menu and a test all use).
//
// Reads run at once on the model's connection, or, after setReader(), wherever the reader runs them (a
// worker connection): isLoading() is true meanwhile and the previous figures stay until the new arrive.
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Stage, Currency, Count, TotalMinor, ColumnCount };
    // Expected close windows in local time, around the clock's now.
    enum Period { AnyTime, ThisMonth, ThisQuarter, ThisYear };

    // visibleToUserId: a sales rep (deals they own or of customers they own or share); empty = all.
    // Read-only: moveDeal() answers Usage.
    explicit PipelineModel(QSqlDatabase db, const QString &visibleToUserId = QString(), QObject *parent = nullptr);
    // What ctx's session may read (sales reps: as above); follows ctx.notifier(); ctx must outlive the model.
    explicit PipelineModel(ServiceContext &ctx, QObject *parent = nullptr);
    ~PipelineModel() override;

    // Cards read per stage at first, and added by each showMore().
    static constexpr int windowSize = 50;

    // Runs read(query) somewhere (e.g. on a worker thread over its own connection) and later calls
    // `done` with the snapshot on the model's thread (or never, e.g. when the model is gone).
    using Reader = std::function<void(const PipelineQuery &query, std::function<void(PipelineSnapshot)> done)>;
    // As above, every read (the first one too) going through `reader`.
    PipelineModel(ServiceContext &ctx, Reader reader, QObject *parent = nullptr);
    // From now on every refresh goes through `reader` (and one starts now). An empty reader: at once.
    void setReader(Reader reader);
    bool isLoading() const { return m_loading; }
    // True once a read's figures are shown (at once for a model without a reader).
    bool hasData() const { return m_hasData; }
    // The error of the last read (empty when it ran).
    QString lastError() const { return m_error; }

    // One read over `db`: the totals, windows and owners for `query`. Thread-safe for distinct connections.
    static PipelineSnapshot read(QSqlDatabase db, const PipelineQuery &query);
    // The query the next refresh reads.
    PipelineQuery query() const;

    static const QStringList &stages();
    // [from, to) in UTC ms of `period` around nowMs in local time; {0, 0} for AnyTime.
    static QPair<qint64, qint64> periodRange(Period period, qint64 nowMs);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Totals of one stage in one currency (0 when none).
    qint64 totalMinor(const QString &stage, const QString &currency) const;
    qint64 count(const QString &stage, const QString &currency) const;
    // Currencies with deals in `stage`, sorted (for "other currencies" lines).
    QStringList currencies(const QString &stage) const;

    // Filters (deals and totals). Owner: a user id, empty for everyone. Period: expected close within it;
    // deals without an expected close date show only under AnyTime.
    void setOwnerFilter(const QString &ownerId);
    QString ownerFilter() const { return m_ownerFilter; }
    void setPeriod(Period period);
    Period period() const { return m_period; }

    // The cards read (each stage's window, stages in pipeline order), and those of one stage.
    const QVector<PipelineDeal> &deals() const { return m_deals; }
    QVector<PipelineDeal> deals(const QString &stage) const;
    // Deals of `stage` passing the filters, all currencies (the window holds the first of them).
    qint64 stageCount(const QString &stage) const;
    // Cards of `stage` read, and how many more there are.
    int shownCount(const QString &stage) const;
    qint64 moreCount(const QString &stage) const { return qMax<qint64>(0, stageCount(stage) - shownCount(stage)); }
    // Reads windowSize more cards of `stage` (a refresh).
    void showMore(const QString &stage);
    // The deal with that id among deals() (nullptr when filtered out or unknown).
    const PipelineDeal *deal(const QString &dealId) const;
    // Owners of deals the session may read (id, name), by name; for an owner filter (as of the last read).
    QVector<QPair<QString, QString>> owners() const { return m_owners; }
    // deals() as a list/table model, kept in step (reset on every refresh). Owned by this model.
    PipelineDealTable *dealTable() const { return m_table; }

    // DealService::moveStage as the session (lost needs a reason; permissions are the service's); the
    // model refreshes through the notifier. Usage for a model built without a ServiceContext.
    Status moveDeal(const QString &dealId, const QString &stage, const QString &reason = {});
    // The stage after / before `stage` in pipeline order (empty at the ends).
    static QString nextStage(const QString &stage);
    static QString previousStage(const QString &stage);

public Q_SLOTS:
    void refresh();
    void onChanged(const QString &entity, const QStringList &ids);

Q_SIGNALS:
    // After every refresh (filters or data changed), once its figures are in the model.
    void refreshed();
    void loadingChanged(bool loading);

private:
    void apply(PipelineSnapshot snapshot);
    void setLoading(bool loading);
    qint64 nowMs() const;

    QSqlDatabase m_db;
    QString m_userId;
    ServiceContext *m_ctx = nullptr;
    const Clock *m_clock = nullptr;
    QString m_ownerFilter;
    Period m_period = AnyTime;
    QHash<QString, int> m_limits;
    Reader m_reader;
    bool m_loading = false;
    bool m_readAgain = false;
    bool m_hasData = false;
    QString m_error;
    QVector<PipelineTotal> m_rows;
    QVector<PipelineDeal> m_deals;
    QVector<QPair<QString, QString>> m_owners;
    PipelineDealTable *m_table = nullptr;
};

// The deals of a PipelineModel as a table: title, customer, stage, amount, owner, expected close,
// probability. Display text is formatted for QLocale() (amounts with Money::format); SortRole gives the
// raw value (integers for amounts and dates), and the named roles give a card's fields from any column.
class PipelineDealTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Customer, Stage, Amount, Owner, ExpectedClose, Probability, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StageRole,
        TitleRole,
        CustomerRole,
        AmountTextRole,
        AmountMinorRole,
        CurrencyRole,
        OwnerRole,
        ExpectedCloseRole, // UTC ms (0: none)
    };

    explicit PipelineDealTable(const PipelineModel *pipeline);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The row of a deal id (-1 when absent).
    int rowOf(const QString &dealId) const;

private:
    friend class PipelineModel;
    const PipelineModel *m_pipeline;
};

} // namespace relasi
