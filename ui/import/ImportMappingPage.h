#pragma once

#include "io/import/ImportProfile.h"

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace relasi {

class ImportWizard;

// Step 3: which customer field each column feeds. Auto-mapped from the column names (ImportProfile::autoDetect:
// English and Indonesian synonyms, common exports), with sample values; columns that will not be imported are
// flagged. A mapping saved earlier can be applied by name.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // The translated name of a field ("Don't import" for Ignore).
    static QString fieldLabel(ImportField field);

private:
    void rebuildTable();
    void applySaved(int index);
    void updateFlags();

    ImportWizard *m_wizard;
    QComboBox *m_savedCombo;
    QTableWidget *m_table;
    QLabel *m_unmappedLabel;
    QLabel *m_problemLabel;
    QStringList m_mappedHeader;
    QStringList m_tableHeader; // the columns the table's rows were made for
};

} // namespace relasi
