#pragma once

#include <QDialog>

class QDateTimeEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace relasi {

class ServiceContext;

// A new task: title, an optional customer found by search, due date and time, and the assignee (others
// only for roles that may assign work). OK adds it through TaskService; errors stay in the dialog.
class NewTaskDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewTaskDialog(ServiceContext &services, QWidget *parent = nullptr);

    QString createdTaskId() const { return m_createdId; }

public Q_SLOTS:
    void accept() override;

private:
    void runSearch();
    void pickCustomer();
    void clearCustomer();

    ServiceContext &m_services;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QListWidget *m_customerResults = nullptr;
    QLabel *m_customerChosen = nullptr;
    QPushButton *m_customerClear = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_customerId;
    QString m_createdId;
};

} // namespace relasi
