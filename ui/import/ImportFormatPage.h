#pragma once

#include <QByteArray>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace relasi {

class ImportWizard;

// Step 2: the file's encoding and delimiter, detected (EncodingDetector, DialectSniffer) and overridable, whether
// the first row names the columns, and a live preview of the first rows as they will be read.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    static constexpr int previewRows = 20;

private:
    void refreshPreview();
    QByteArray chosenEncoding() const;
    QChar chosenDelimiter() const;

    ImportWizard *m_wizard;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QCheckBox *m_headerCheck;
    QLabel *m_detectedLabel;
    QLabel *m_problemLabel;
    QTableView *m_preview;
    QStandardItemModel *m_model;
    QByteArray m_head;
    bool m_complete = false;
    QString m_loadedPath;
};

} // namespace relasi
