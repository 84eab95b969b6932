#pragma once

#include <QWizardPage>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace relasi {

class ImportWizard;

// Step 5: a dry run of the import over the first rows (CustomerImporter::run with dryRun): how many would be
// created, skipped as duplicates or rejected, with the rejected rows highlighted and their reasons. Nothing is
// written. The page is the wizard's commit page: its button starts the import.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValidationPage(ImportWizard *wizard);

    static constexpr int checkedRows = 1000;

    void initializePage() override;

private:
    void validate();

    ImportWizard *m_wizard;
    QLabel *m_countsLabel;
    QTableView *m_table;
    QStandardItemModel *m_model;
};

} // namespace relasi
