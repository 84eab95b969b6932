#pragma once

#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <memory>

namespace relasi {

class ServiceContext;

// The customer import wizard: file → format (detected encoding and delimiter, overridable, live preview) →
// column mapping → duplicates → validation of the first rows (the importer's dry run) → import with progress and
// cancel → summary (save rejected rows, undo, save the mapping). The pages only edit an ImportProfile; the work is
// CustomerImporter's (STYLE.md).
//
// Threading: CustomerImporter writes through the ServiceContext's connection (and arms a RollbackLog with TEMP
// triggers on that very connection), which belongs to the GUI thread. So the import runs on the GUI thread and
// its per-row progress callback keeps the window alive (processing events, throttled) and carries Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, DuplicatesPageId, ValidationPageId, RunPageId };

    // path: a file handed in (dropped on the customers screen); empty: the user picks one.
    explicit ImportWizard(ServiceContext &services, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ServiceContext &services() { return m_services; }
    CustomerImporter &importer() { return *m_importer; }

    QString filePath() const { return m_path; }
    void setFilePath(const QString &path) { m_path = path; }

    ImportProfile &profile() { return m_profile; }

    // The column names (or "Column N" without a header row) and the first data rows, from the format page.
    QStringList header() const { return m_header; }
    QList<QStringList> sampleRows() const { return m_sampleRows; }
    void setSample(const QStringList &header, const QList<QStringList> &rows);

    // A vCard file: the importer maps its properties itself, so there is no delimiter or column mapping.
    bool isVCard() const { return m_vcard; }
    void setVCard(bool vcard) { m_vcard = vcard; }

    // While an import runs, closing the wizard asks the import to cancel instead.
    void setImporting(bool importing) { m_importing = importing; }
    bool isImporting() const { return m_importing; }

    void reject() override;

Q_SIGNALS:
    void cancelRequested();

private:
    ServiceContext &m_services;
    std::unique_ptr<CustomerImporter> m_importer;
    QString m_path;
    ImportProfile m_profile;
    QStringList m_header;
    QList<QStringList> m_sampleRows;
    bool m_importing = false;
    bool m_vcard = false;
};

} // namespace relasi
