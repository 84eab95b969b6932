#pragma once

#include <QPair>
#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace relasi {

// The row above the customer list: search-as-you-type, status / owner / tag filters and the sort order
// (the keyboard route to what the column headers do). It only collects choices; the page applies them.
// When the bar is narrower than one row needs (a 1024 px window, or longer Indonesian labels), the filters
// wrap onto a second row below the search and sort, so no box is ever clipped.
class CustomerFilterBar : public QWidget
{
    Q_OBJECT

public:
    // The sort choices of the sort combo, in CustomerListModel column terms.
    struct SortChoice {
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    explicit CustomerFilterBar(QWidget *parent = nullptr);

    // Owners for the owner filter: (user id, name), in display order.
    void setOwners(const QVector<QPair<QString, QString>> &owners);

    QString searchText() const;
    QString status() const; // stored code, empty = any
    QString ownerId() const; // empty = any
    QString tag() const; // trimmed, empty = any
    bool isFiltering() const; // any search text or filter set
    void clearFilters();
    // Shows the model's sort in the sort combo (after a header click) without emitting sortChosen.
    void showSort(int column, Qt::SortOrder order);
    void focusSearch();
    // While a search is shown the sort choice does not apply (results are ranked).
    void setSearchMode(bool searching);
    QLineEdit *searchEdit() const { return m_search; }
    // Whether the filters are on a row of their own (the bar is narrower than one row needs).
    bool isWrapped() const { return m_wrapped; }
    // The width the bar needs to show everything on one row.
    int oneRowWidth() const;
    QSize minimumSizeHint() const override;

    static constexpr int debounceMs = 150;

Q_SIGNALS:
    // Debounced: emitted debounceMs after the last keystroke, or at once on Enter.
    void searchChanged(const QString &text);
    void statusChanged(const QString &status);
    void ownerChanged(const QString &ownerId);
    void tagChanged(const QString &tag);
    void sortChosen(int column, Qt::SortOrder order);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void arrange(bool wrapped);
    void arrangeForWidth(int width);
    void updateClearButton();
    void fillStatuses();
    void fillSorts();

    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tag = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_clear = nullptr;
    QHBoxLayout *m_topRow = nullptr;
    QHBoxLayout *m_filterRow = nullptr;
    bool m_wrapped = false;
    QTimer m_searchTimer;
    QTimer m_tagTimer;
    QVector<QPair<QString, QString>> m_owners;
    QVector<SortChoice> m_sorts;
};

} // namespace relasi
