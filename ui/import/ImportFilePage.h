#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relasi {

class ImportWizard;

// Step 1: which file (typed, picked with a file dialog, or handed in by a drop on the customers screen).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_errorLabel;
};

} // namespace relasi
