#pragma once

#include <QWizardPage>

class QCheckBox;
class QTextBrowser;

namespace relasi {

// Wizard page 1: the privacy notice, which the owner must accept and confirm being 18 or older.
class PrivacyNoticePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PrivacyNoticePage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_text = nullptr;
    QCheckBox *m_accept = nullptr;
    QCheckBox *m_adult = nullptr;
};

} // namespace relasi
