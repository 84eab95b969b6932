#include "import/ImportMappingPage.h"

#include "import/ImportWizard.h"
#include "io/import/ImportProfileStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relasi {

namespace {

const ImportField kFields[] = {
    ImportField::Ignore,
    ImportField::DisplayName,
    ImportField::GivenName,
    ImportField::FamilyName,
    ImportField::Email,
    ImportField::Phone,
    ImportField::Website,
    ImportField::Company,
    ImportField::Street,
    ImportField::City,
    ImportField::Region,
    ImportField::PostalCode,
    ImportField::Country,
    ImportField::Notes,
    ImportField::Tags,
    ImportField::Status,
    ImportField::ExternalId,
    ImportField::CreatedAt,
};

enum Column { NameColumn, SampleColumn, FieldColumn };

} // namespace

QString ImportMappingPage::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("Don't import");
    case ImportField::DisplayName:
        return tr("Name");
    case ImportField::GivenName:
        return tr("Given name");
    case ImportField::FamilyName:
        return tr("Family name");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Website:
        return tr("Website");
    case ImportField::Company:
        return tr("Company");
    case ImportField::Street:
        return tr("Street");
    case ImportField::City:
        return tr("City");
    case ImportField::Region:
        return tr("Province / region");
    case ImportField::PostalCode:
        return tr("Postal code");
    case ImportField::Country:
        return tr("Country");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::Tags:
        return tr("Tags");
    case ImportField::Status:
        return tr("Status");
    case ImportField::ExternalId:
        return tr("External ID");
    case ImportField::CreatedAt:
        return tr("Created at (not stored)");
    }
    return {};
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_savedCombo(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_unmappedLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the customer field each column goes into. Columns set to “Don't import” are left out."));

    m_savedCombo->setObjectName(QStringLiteral("importSavedMappingCombo"));
    m_savedCombo->setAccessibleName(tr("Apply a saved mapping"));
    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab moves between the combo boxes, not the cells
    m_unmappedLabel->setObjectName(QStringLiteral("importUnmappedLabel"));
    m_unmappedLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("importMappingProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();

    auto *savedLabel = new QLabel(tr("&Saved mapping:"), this);
    savedLabel->setBuddy(m_savedCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(savedLabel);
    top->addWidget(m_savedCombo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unmappedLabel);
    layout->addWidget(m_problemLabel);

    connect(m_savedCombo, &QComboBox::activated, this, &ImportMappingPage::applySaved);
}

void ImportMappingPage::initializePage()
{
    const bool vcard = m_wizard->isVCard();
    m_table->setVisible(!vcard);
    m_savedCombo->setVisible(!vcard);
    if (vcard) {
        m_unmappedLabel->setText(tr("A vCard file: names, e-mails, phones, addresses and the company are matched "
                                    "automatically."));
        return;
    }
    QSignalBlocker block(m_savedCombo);
    m_savedCombo->clear();
    m_savedCombo->addItem(tr("(detected from the column names)"));
    auto names = ImportProfileStore(m_wizard->services()).names();
    if (names.ok()) {
        for (const QString &n : names.value())
            m_savedCombo->addItem(n, n);
    }
    m_savedCombo->setEnabled(m_savedCombo->count() > 1);

    ImportProfile &profile = m_wizard->profile();
    const QStringList header = m_wizard->header();
    if (header != m_mappedHeader || profile.columns.size() != header.size()) {
        // Without a header row the names are "Column N": nothing to detect, everything starts unmapped.
        profile.columns = profile.headerRow > 0 ? ImportProfile::autoDetect(header).columns : QList<ColumnMapping>();
        while (profile.columns.size() < header.size())
            profile.columns << ColumnMapping {};
        m_mappedHeader = header;
    }
    rebuildTable();
}

void ImportMappingPage::rebuildTable()
{
    const QStringList header = m_wizard->header();
    const QList<QStringList> rows = m_wizard->sampleRows();
    ImportProfile &profile = m_wizard->profile();
    if (m_tableHeader == header) { // same columns: only the choices change (the combo boxes stay)
        for (int c = 0; c < m_table->rowCount(); ++c) {
            auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(c, FieldColumn));
            QSignalBlocker block(combo);
            combo->setCurrentIndex(combo->findData(int(profile.columns.value(c).field)));
        }
        updateFlags();
        return;
    }
    m_tableHeader = header;
    m_table->clearContents();
    m_table->setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        m_table->setItem(c, NameColumn, new QTableWidgetItem(header.at(c)));
        QStringList samples;
        for (const QStringList &r : rows) {
            const QString v = r.value(c).simplified();
            if (!v.isEmpty() && !samples.contains(v))
                samples << v;
            if (samples.size() == 3)
                break;
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(c, SampleColumn, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("importFieldCombo_%1").arg(c));
        combo->setAccessibleName(tr("Import column %1 as").arg(header.at(c)));
        for (ImportField f : kFields)
            combo->addItem(fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(profile.columns.value(c).field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, c] {
            ColumnMapping &m = m_wizard->profile().columns[c];
            const auto field = ImportField(combo->currentData().toInt());
            if (field != m.field)
                m = ColumnMapping {field, 0};
            m_problemLabel->hide();
            updateFlags();
        });
        m_table->setCellWidget(c, FieldColumn, combo);
    }
    if (m_table->rowCount() > 0)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->cellWidget(0, FieldColumn)->sizeHint().height() + 4);
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(FieldColumn, 200);
    updateFlags();
}

void ImportMappingPage::updateFlags()
{
    const ImportProfile &profile = m_wizard->profile();
    int unmapped = 0;
    const QBrush flagged(QColor(0xff, 0xf0, 0xc2));
    for (int c = 0; c < m_table->rowCount(); ++c) {
        const bool ignored = profile.columns.value(c).field == ImportField::Ignore;
        unmapped += ignored ? 1 : 0;
        for (int col : {NameColumn, SampleColumn}) {
            QTableWidgetItem *item = m_table->item(c, col);
            item->setBackground(ignored ? flagged : QBrush());
        }
        QTableWidgetItem *name = m_table->item(c, NameColumn);
        name->setIcon(ignored ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        name->setToolTip(ignored ? tr("This column will not be imported.") : QString());
    }
    m_unmappedLabel->setText(unmapped == 0 ? tr("Every column will be imported.")
            : unmapped == 1                ? tr("1 column will not be imported (highlighted).")
                                           : tr("%1 columns will not be imported (highlighted).").arg(unmapped));
}

void ImportMappingPage::applySaved(int index)
{
    const QString name = m_savedCombo->itemData(index).toString();
    ImportProfile &profile = m_wizard->profile();
    if (name.isEmpty()) {
        profile.columns = ImportProfile::autoDetect(m_wizard->header()).columns;
    } else {
        auto saved = ImportProfileStore(m_wizard->services()).load(name);
        if (!saved.ok()) {
            m_problemLabel->setText(tr("The saved mapping “%1” could not be read.").arg(name));
            m_problemLabel->show();
            return;
        }
        const ImportProfile &s = saved.value();
        profile.columns = s.columns;
        profile.matchOn = s.matchOn;
        profile.action = s.action;
        profile.tags = s.tags;
        profile.multiValueSeparator = s.multiValueSeparator;
    }
    while (profile.columns.size() < m_wizard->header().size())
        profile.columns << ColumnMapping {};
    profile.columns = profile.columns.mid(0, m_wizard->header().size());
    rebuildTable();
}

bool ImportMappingPage::validatePage()
{
    if (m_wizard->isVCard())
        return true;
    if (m_wizard->profile().mappedCount() == 0) {
        m_problemLabel->setText(tr("Choose a field for at least one column."));
        m_problemLabel->show();
        return false;
    }
    return true;
}

} // namespace relasi
