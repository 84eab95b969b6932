#pragma once

#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <memory>

namespace relasi {

class ImportRunner;
class ServiceContext;
class Workspace;

// The customer import wizard: file → format (detected encoding and delimiter, overridable, live preview) →
// column mapping → duplicates → validation of the first rows (the importer's dry run) → import with progress and
// cancel → summary (save rejected rows, undo, save the mapping). The pages only edit an ImportProfile; the work is
// CustomerImporter's (STYLE.md).
//
// Threading: with a Workspace (setWorkspace), the import runs on a worker thread over a connection of its own
// (ImportRunner; CustomerImporter holds one write transaction there), and the run page polls its progress; the wizard is
// window-modal, so the main window does not write meanwhile. Hiding the wizard (closing, or the workspace
// locking) cancels a running import and waits until it is rolled back. Without a Workspace (a bare
// ServiceContext) the import runs on the GUI thread, its progress callback processing events.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, DuplicatesPageId, ValidationPageId, RunPageId };

    // path: a file handed in (dropped on the customers screen); empty: the user picks one.
    explicit ImportWizard(ServiceContext &services, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ServiceContext &services() { return m_services; }
    // Where the worker opens its own connection for the import run; null: the run uses services() on the GUI
    // thread. Must outlive the wizard (MainWindow's workspace does).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    const Workspace *workspace() const { return m_workspace; }
    ImportRunner &runner();
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

protected:
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    void cancelRequested();

private:
    ServiceContext &m_services;
    std::unique_ptr<CustomerImporter> m_importer;
    const Workspace *m_workspace = nullptr;
    ImportRunner *m_runner = nullptr;
    QString m_path;
    ImportProfile m_profile;
    QStringList m_header;
    QList<QStringList> m_sampleRows;
    bool m_importing = false;
    bool m_vcard = false;
};

} // namespace relasi
