#pragma once

#include "services/AuditLog.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace relasi {

class ServiceContext;

// The Audit log screen (owner, manager): entries newest first, a page at a time, actions and record kinds
// shown readably (AuditActionNames; the stored name in the tooltip and in the CSV); filter by user, action
// and date range; "Verify integrity" checks the hash chain and names the first broken entry; "Export…"
// writes the filtered entries to CSV (the export is itself audited).
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit AuditPage(ServiceContext &services, QWidget *parent = nullptr);

    // The filter the controls describe (limit kPageSize, from the newest).
    AuditFilter currentFilter() const;
    // Writes the filtered entries to `path` (QSaveFile: all or nothing). Shows the outcome; returns it.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void reload();
    void loadMore();
    void verify();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void append(const QList<AuditEntry> &entries);
    // Sets the readable (translated) action and record texts from the item's stored names.
    static void labelItem(QTreeWidgetItem *item);
    void retranslate();
    void showResult(const QString &message, bool error);

    ServiceContext &m_services;
    QHash<QString, QString> m_userNames;
    QLabel *m_title = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    qint64 m_lastSeq = 0;
};

} // namespace relasi
