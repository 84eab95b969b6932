#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace relasi {

// A dismissable error message above a screen's content: a short sentence, the technical detail in its
// tooltip, and a "Dismiss" button. Hidden until showMessage(). Named from `namePrefix` ("customersError":
// customersErrorBar, customersErrorLabel, customersErrorCloseButton) so tests and tools find the parts.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(const QString &namePrefix, QWidget *parent = nullptr);

    void showMessage(const QString &text, const QString &detail = {});
    void hideMessage();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace relasi
