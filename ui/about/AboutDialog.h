#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QPushButton;

namespace relasi {

// Version, licences of the bundled libraries, and the privacy notice.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_licences = nullptr;
    QTextBrowser *m_privacy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace relasi
