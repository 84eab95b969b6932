#pragma once

#include <QIdentityProxyModel>

namespace relasi {

// Presents CustomerListModel to people: translated column headers and statuses, dates in the user's
// locale. One-to-one with the source (no sorting or filtering here; the source model does both over the
// database), so it stays cheap over a million rows.
class CustomerTableProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit CustomerTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Lead", "Prospek"… for a stored status code ("lead"); the code itself when unknown.
    static QString statusDisplayName(const QString &code);
    // The translated header of a CustomerListModel column.
    static QString columnTitle(int column);
};

} // namespace relasi
