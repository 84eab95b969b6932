#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

class QComboBox;
class QLabel;

namespace relasi {

// Asks who should own the selected customers. Offers the given users (id, name); the page passes the
// active users who can own records.
class AssignOwnerDialog : public QDialog
{
    Q_OBJECT

public:
    AssignOwnerDialog(const QVector<QPair<QString, QString>> &users, int customerCount, QWidget *parent = nullptr);

    QString ownerId() const;
    QString ownerName() const;

private:
    QLabel *m_prompt = nullptr;
    QComboBox *m_owner = nullptr;
};

} // namespace relasi
