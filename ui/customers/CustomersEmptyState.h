#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace relasi {

// What the customer list shows instead of an empty table: "No customers yet" with Import CSV / Add
// customer, or "No matching customers" with Clear filters.
class CustomersEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersEmptyState(QWidget *parent = nullptr);

    // filtering: a search or filter hides every customer. canImport / canCreate: the user may do these.
    void showFor(bool filtering, bool canImport, bool canCreate);
    QString heading() const;

Q_SIGNALS:
    void importClicked();
    void addClicked();
    void clearFiltersClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_clear = nullptr;
    bool m_filtering = false;
    bool m_canImport = false;
    bool m_canCreate = false;
};

} // namespace relasi
