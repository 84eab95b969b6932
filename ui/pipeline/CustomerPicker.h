#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace relasi {

class ServiceContext;

// Picks one customer by search-as-you-type (CustomerSearch, limited to what the session may read):
// a search field and the best matches below it.
class CustomerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPicker(ServiceContext &services, QWidget *parent = nullptr);

    QString customerId() const;
    QString customerName() const;
    QLineEdit *searchField() const { return m_search; }
    // Runs the search for the current text now (also done 150 ms after typing stops).
    void search();

Q_SIGNALS:
    void customerChanged(const QString &customerId);

protected:
    // Return in the search field searches now instead of pressing the dialog's default button.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ServiceContext &m_services;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace relasi
