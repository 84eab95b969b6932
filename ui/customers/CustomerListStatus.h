#pragma once

#include <QWidget>

class QLabel;

namespace relasi {

// The line under the customer list: how many customers the list shows ("4 customers", "2 matching
// customers", "Showing the best 500 matches") and how many are selected, in the user's number format.
class CustomerListStatus : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListStatus(QWidget *parent = nullptr);

    // `rows` in the list; `filtering`: a search or filter narrows it; `capped`: a search stopped at its limit.
    void showCount(int rows, bool filtering, bool capped);
    // `selected` rows; over `maxBulk` the bulk actions do not run, and the line says so.
    void showSelection(int selected, int maxBulk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_count = nullptr;
    QLabel *m_selection = nullptr;
};

} // namespace relasi
