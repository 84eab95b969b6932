#pragma once

#include <QLineEdit>

class QAction;

namespace relasi {

// A password field with a show/hide action inside the field; from the keyboard, Alt+V toggles it while the
// field has focus.
class PasswordLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);

    bool isPasswordVisible() const;
    void setPasswordVisible(bool visible);
    QAction *toggleAction() const { return m_toggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_toggle = nullptr;
};

} // namespace relasi
