#include "import/ImportFilePage.h"

#include "import/ImportWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file (from a spreadsheet, Google Contacts, Outlook…) or a vCard file."));

    m_pathEdit->setObjectName(QStringLiteral("importPathEdit"));
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setPlaceholderText(tr("Path of the file to import"));
    m_browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    m_browseButton->setAccessibleName(tr("Browse for a file"));
    m_errorLabel->setObjectName(QStringLiteral("importFileError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_pathEdit);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        m_errorLabel->hide();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::initializePage()
{
    if (m_pathEdit->text().isEmpty())
        m_pathEdit->setText(m_wizard->filePath());
    m_pathEdit->setFocus();
}

bool ImportFilePage::isComplete() const
{
    return !m_pathEdit->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_pathEdit->text().trimmed();
    const QFileInfo info(path);
    QString problem;
    if (!info.exists())
        problem = tr("There is no file at this path.");
    else if (!info.isFile())
        problem = tr("This is a folder, not a file.");
    else if (!info.isReadable())
        problem = tr("This file cannot be read. Check its permissions.");
    else if (info.size() == 0)
        problem = tr("This file is empty.");
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return false;
    }
    m_wizard->setFilePath(info.absoluteFilePath());
    return true;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), m_pathEdit->text(),
        tr("CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)"));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

} // namespace relasi
