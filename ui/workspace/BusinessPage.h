#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relasi {

// Wizard page 4: the business profile and where the workspace folder goes. Next ("Create workspace")
// starts creating the encrypted workspace.
class BusinessPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BusinessPage(QWidget *parent = nullptr);
    bool isComplete() const override;

    QString businessAddress() const;
    QString countryCode() const;
    QString currencyCode() const;

    // A folder that does not exist yet under `base`, named after the business.
    static QString suggestFolder(const QString &base, const QString &businessName);
    // True if `directory` can receive a new workspace (absent, or an empty folder).
    static bool isUsableFolder(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void browse();
    void updateFolderFromName();
    void updateFolderHint();

    QLabel *m_nameLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_taxLabel = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_folderHint = nullptr;
    bool m_folderEdited = false;
};

} // namespace relasi
