#pragma once

#include "common/Result.h"
#include "domain/Money.h"

#include <QAbstractTableModel>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

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

// The deal pipeline: one row per stage and currency (lead → qualified → proposal → negotiation → won →
// lost; a stage without deals has one empty row), with the number of deals and their total amount in
// integer minor units of that currency (never floating point; the UI formats it).
//
// It also holds the deals themselves (deals(), and dealTable() as an item model for lists and tables),
// filtered by owner and by expected close date; the totals follow the same filters. Built over a
// ServiceContext it shows what the session may read, refreshes when the services notify, and moves deals
// through DealService (moveDeal: the one call a drag and drop, a menu and a test all use).
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

    // The deals passing the filters, newest first, and those of one stage.
    const QVector<PipelineDeal> &deals() const { return m_deals; }
    QVector<PipelineDeal> deals(const QString &stage) const;
    // The deal with that id among deals() (nullptr when filtered out or unknown).
    const PipelineDeal *deal(const QString &dealId) const;
    // Owners of deals the session may read (id, name), by name; for an owner filter.
    QVector<QPair<QString, QString>> owners() const;
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
    // After every refresh (filters or data changed).
    void refreshed();

private:
    struct Group {
        QString stage;
        QString currency;
        qint64 count = 0;
        qint64 totalMinor = 0;
    };
    void reload();
    void loadTotals(const QString &where, const QVariantMap &binds);
    void loadDeals(const QString &where, const QVariantMap &binds);
    QString whereClause(QVariantMap &binds, bool withOwnerFilter) const;
    qint64 nowMs() const;

    QSqlDatabase m_db;
    QString m_userId;
    ServiceContext *m_ctx = nullptr;
    const Clock *m_clock = nullptr;
    QString m_ownerFilter;
    Period m_period = AnyTime;
    QVector<Group> m_rows;
    QVector<PipelineDeal> m_deals;
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
