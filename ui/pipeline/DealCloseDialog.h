#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace relasi {

// Asked before a deal moves to won or lost: for lost, the reason (required, kept with the deal); for won,
// a confirmation.
class DealCloseDialog : public QDialog
{
    Q_OBJECT
public:
    DealCloseDialog(const QString &stage, const QString &dealTitle, QWidget *parent = nullptr);

    QString reason() const;

private:
    void updateOk();

    QString m_stage;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relasi
