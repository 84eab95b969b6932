#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;

namespace relasi {

class ImportWizard;

// Step 4: when a row is the same customer as a stored one (or an earlier row): what counts as the same (e-mail,
// phone, external id, name and company) and what to do (skip, fill empty fields, overwrite, create anyway).
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    int matchOn() const;

    ImportWizard *m_wizard;
    QCheckBox *m_email;
    QCheckBox *m_phone;
    QCheckBox *m_externalId;
    QCheckBox *m_nameCompany;
    QButtonGroup *m_actions;
    QLabel *m_problemLabel;
};

} // namespace relasi
