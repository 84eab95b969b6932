#include "import/ImportWizard.h"

#include "import/ImportDuplicatesPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportFormatPage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportRunner.h"
#include "import/ImportValidationPage.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QHideEvent>

namespace relasi {

ImportWizard::ImportWizard(ServiceContext &services, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_importer(std::make_unique<CustomerImporter>(services))
    , m_path(path)
{
    // Over the main window, the import runs on a worker over the workspace's own connection for it.
    if (auto *window = qobject_cast<MainWindow *>(parent))
        m_workspace = window->workspace();
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setAccessibleName(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(760, 520);

    setPage(FilePageId, new ImportFilePage(this));
    setPage(FormatPageId, new ImportFormatPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(DuplicatesPageId, new ImportDuplicatesPage(this));
    setPage(ValidationPageId, new ImportValidationPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setStartId(FilePageId);

    setButtonText(QWizard::CommitButton, tr("&Import"));
    const struct {
        WizardButton which;
        const char *name;
        const char *accessible;
    } buttons[] = {
        {QWizard::BackButton, "importBackButton", QT_TR_NOOP("Back")},
        {QWizard::NextButton, "importNextButton", QT_TR_NOOP("Next")},
        {QWizard::CommitButton, "importCommitButton", QT_TR_NOOP("Import")},
        {QWizard::FinishButton, "importFinishButton", QT_TR_NOOP("Finish")},
        {QWizard::CancelButton, "importWizardCancelButton", QT_TR_NOOP("Cancel")},
    };
    for (const auto &b : buttons) {
        QAbstractButton *w = button(b.which);
        w->setObjectName(QString::fromLatin1(b.name));
        w->setAccessibleName(tr(b.accessible));
    }
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setSample(const QStringList &header, const QList<QStringList> &rows)
{
    m_header = header;
    m_sampleRows = rows;
}

ImportRunner &ImportWizard::runner()
{
    if (!m_runner)
        m_runner = new ImportRunner(this);
    return *m_runner;
}

void ImportWizard::hideEvent(QHideEvent *event)
{
    // Closed, or hidden because the workspace is locking: the worker's connection must be gone before the
    // workspace closes, and a cancelled import leaves nothing behind.
    if (!event->spontaneous() && m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        m_runner->wait();
    }
    QWizard::hideEvent(event);
}

void ImportWizard::reject()
{
    if (m_importing) {
        Q_EMIT cancelRequested();
        return;
    }
    QWizard::reject();
}

} // namespace relasi
