#include "admin/AuditPage.h"

#include "common/AuditActionNames.h"
#include "common/Clock.h"
#include "services/AuditService.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relasi {

namespace {
enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, DetailsColumn, ColumnCount };
constexpr int kSeqRole = Qt::UserRole + 1;
constexpr int kActionRole = Qt::UserRole + 2; // the stored action name (ActionColumn)
constexpr int kEntityRole = Qt::UserRole + 3; // the stored entity name (RecordColumn)

// "fields: body, channel; via: gui": the details one key after another (the JSON is in the tooltip).
QString detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &v : it.value().toArray())
                items << v.toVariant().toString();
            value = items.join(QStringLiteral(", "));
        } else if (it.value().isObject()) {
            value = QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        } else {
            value = it.value().toVariant().toString();
        }
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

template<typename W>
W *named(W *w, const char *name)
{
    w->setObjectName(QString::fromLatin1(name));
    return w;
}
} // namespace

AuditPage::AuditPage(ServiceContext &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("auditPage"));
    m_title = named(new QLabel(this), "auditTitle");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_user = named(new QComboBox(this), "auditUserFilter");
    m_action = named(new QComboBox(this), "auditActionFilter");
    m_dateRange = named(new QCheckBox(this), "auditDateRangeCheck");
    m_from = named(new QDateEdit(this), "auditFromDate");
    m_to = named(new QDateEdit(this), "auditToDate");
    const QDate today = QDateTime::fromMSecsSinceEpoch(services.clock().nowMs()).date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);

    m_refresh = named(new QPushButton(this), "auditRefreshButton");
    m_verify = named(new QPushButton(this), "verifyButton");
    m_export = named(new QPushButton(this), "exportButton");
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_verify);
    top->addWidget(m_export);

    m_result = named(new QLabel(this), "verifyResultLabel");
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    m_list = named(new QTreeWidget(this), "auditList");
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(true);
    m_more = named(new QPushButton(this), "loadMoreButton");
    m_more->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_result);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more, 0, Qt::AlignHCenter);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, [this]() {
        fillFilters();
        reload();
    });
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, m_refresh, &QPushButton::click);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);

    retranslate();
    fillFilters();
    reload();
}

void AuditPage::fillFilters()
{
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    const QString user = m_user->currentData().toString();
    const QString action = m_action->currentData().toString();
    m_user->clear();
    m_action->clear();
    m_userNames.clear();
    m_user->addItem(tr("Everyone"), QString());
    if (auto users = UserService(m_services).list(true)) {
        for (const User &u : *users) {
            m_userNames.insert(u.id, u.name.isEmpty() ? u.email : u.name);
            m_user->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email), u.id);
        }
    }
    m_action->addItem(tr("All actions"), QString());
    if (auto actions = AuditService(m_services).actions()) {
        // Readable names in the language's order; the stored name is the item's data and tooltip.
        QList<QPair<QString, QString>> labelled;
        for (const QString &a : *actions)
            labelled.append({AuditActionNames::actionLabel(a), a});
        std::sort(labelled.begin(), labelled.end(), [](const auto &x, const auto &y) {
            return QString::localeAwareCompare(x.first, y.first) < 0;
        });
        for (const auto &[label, stored] : std::as_const(labelled)) {
            m_action->addItem(label, stored);
            m_action->setItemData(m_action->count() - 1, stored, Qt::ToolTipRole);
        }
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter f;
    f.userId = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_dateRange->isChecked()) {
        f.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
        f.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    f.limit = kPageSize;
    return f;
}

void AuditPage::reload()
{
    m_list->clear();
    m_lastSeq = 0;
    loadMore();
    for (int c = 0; c < DetailsColumn; ++c)
        m_list->resizeColumnToContents(c);
}

void AuditPage::loadMore()
{
    AuditFilter f = currentFilter();
    f.beforeSeq = m_lastSeq;
    auto entries = AuditService(m_services).list(f);
    if (!entries) {
        showResult(entries.code() == ErrorCode::PermissionDenied
                       ? tr("You may not read the audit log.")
                       : tr("The audit log could not be read: %1").arg(entries.error().message),
                   true);
        m_more->setVisible(false);
        return;
    }
    append(*entries);
    m_more->setVisible(entries->size() >= kPageSize);
}

void AuditPage::append(const QList<AuditEntry> &entries)
{
    const QLocale locale;
    for (const AuditEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TimeColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat));
        item->setText(UserColumn, e.userId.isEmpty() ? tr("(nobody signed in)") : m_userNames.value(e.userId, e.userId));
        item->setData(ActionColumn, kActionRole, e.action);
        item->setToolTip(ActionColumn, e.action);
        item->setData(RecordColumn, kEntityRole, e.entity);
        item->setData(RecordColumn, Qt::UserRole, e.entityId);
        item->setToolTip(RecordColumn, QStringLiteral("%1 %2").arg(e.entity, e.entityId).trimmed());
        labelItem(item);
        item->setText(DetailsColumn, detailsText(e.details));
        if (!e.details.isEmpty())
            item->setToolTip(DetailsColumn,
                             QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        item->setData(TimeColumn, kSeqRole, e.seq);
        item->setToolTip(TimeColumn, tr("Entry #%1").arg(e.seq));
        m_lastSeq = e.seq;
    }
}

void AuditPage::labelItem(QTreeWidgetItem *item)
{
    item->setText(ActionColumn, AuditActionNames::actionLabel(item->data(ActionColumn, kActionRole).toString()));
    const QString entity = AuditActionNames::entityLabel(item->data(RecordColumn, kEntityRole).toString());
    const QString entityId = item->data(RecordColumn, Qt::UserRole).toString();
    // The id's end: time-ordered ids share their first digits with every record made the same minute.
    item->setText(RecordColumn, entityId.isEmpty() ? entity : QStringLiteral("%1 …%2").arg(entity, entityId.right(6)));
}

void AuditPage::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = AuditService(m_services).verify();
    QApplication::restoreOverrideCursor();
    if (!result) {
        showResult(tr("The audit log could not be checked: %1").arg(result.error().message), true);
        return;
    }
    if (result->ok) {
        showResult(tr("Integrity OK: all %n entries are intact and in order.", nullptr, int(result->entries)), false);
        return;
    }
    QString what;
    switch (result->problem) {
    case AuditVerify::Problem::Edited:
        what = tr("entry #%1 was changed after it was written").arg(result->brokenSeq);
        break;
    case AuditVerify::Problem::Removed:
        what = tr("entry #%1 is missing").arg(result->brokenSeq);
        break;
    case AuditVerify::Problem::Reordered:
        what = tr("entry #%1 is out of order").arg(result->brokenSeq);
        break;
    case AuditVerify::Problem::None:
        what = tr("entry #%1 does not fit the chain").arg(result->brokenSeq);
        break;
    }
    showResult(tr("Integrity broken: %1. The log has been tampered with or damaged.").arg(what), true);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TimeColumn, kSeqRole).toLongLong() == result->brokenSeq) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->scrollToItem(m_list->topLevelItem(i));
        }
    }
}

void AuditPage::exportCsv()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("relasi-audit-%1.csv")
            .arg(QDateTime::fromMSecsSinceEpoch(m_services.clock().nowMs()).toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditPage::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showResult(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = AuditService(m_services).exportCsv(&file, currentFilter());
    QApplication::restoreOverrideCursor();
    if (!rows) {
        file.cancelWriting();
        showResult(tr("The audit log was not exported: %1").arg(rows.error().message), true);
        return false;
    }
    if (!file.commit()) {
        showResult(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showResult(tr("Exported %n entries to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)), false);
    fillFilters();
    reload(); // the export's own entry
    return true;
}

void AuditPage::showResult(const QString &message, bool error)
{
    m_result->setText(message);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QStringLiteral("color: #1b5e20;"));
    m_result->setVisible(true);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillFilters();
    reload();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillFilters();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            labelItem(m_list->topLevelItem(i));
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit log"));
    m_userLabel->setText(tr("&User:"));
    m_actionLabel->setText(tr("&Action:"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_dateRange->setText(tr("&Dates:"));
    m_dateRange->setAccessibleName(tr("Filter by date range"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_verify->setText(tr("&Verify integrity"));
    m_verify->setAccessibleName(tr("Verify integrity"));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export to CSV"));
    m_more->setText(tr("Load older entries"));
    m_more->setAccessibleName(tr("Load older entries"));
    m_list->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Details")});
    m_list->setAccessibleName(tr("Audit log entries"));
}

} // namespace relasi
