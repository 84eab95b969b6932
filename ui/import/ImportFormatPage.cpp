#include "import/ImportFormatPage.h"

#include "import/ImportWizard.h"
#include "io/csv/DialectSniffer.h"
#include "io/csv/EncodingDetector.h"
#include "io/csv/TextDecoder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace relasi {

namespace {

QString delimiterLabel(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return ImportFormatPage::tr("Comma ( , )");
    case ';':
        return ImportFormatPage::tr("Semicolon ( ; )");
    case '\t':
        return ImportFormatPage::tr("Tab");
    case '|':
        return ImportFormatPage::tr("Vertical bar ( | )");
    default:
        return ImportFormatPage::tr("“%1”").arg(c);
    }
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(tr("&The first row holds the column names"), this))
    , m_detectedLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Check the file's format"));
    setSubTitle(tr("Relasi detected how the file is written. Change it if the preview looks wrong."));

    m_encodingCombo->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encodingCombo->setAccessibleName(tr("Text encoding"));
    const char *encodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "windows-1250",
        "ISO-8859-15", "Shift_JIS", "GBK", "Big5", "EUC-KR"};
    for (const char *e : encodings)
        m_encodingCombo->addItem(QString::fromLatin1(e), QByteArray(e));

    m_delimiterCombo->setObjectName(QStringLiteral("importDelimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    for (QChar c : DialectSniffer::candidateDelimiters())
        m_delimiterCombo->addItem(delimiterLabel(c), QString(c));

    m_headerCheck->setObjectName(QStringLiteral("importHeaderCheck"));
    m_headerCheck->setAccessibleName(tr("First row holds the column names"));
    m_detectedLabel->setObjectName(QStringLiteral("importDetectedLabel"));
    m_detectedLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("importFormatProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();

    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(QString(), m_headerCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detectedLabel);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);

    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refreshPreview);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refreshPreview);
    connect(m_headerCheck, &QCheckBox::toggled, this, &ImportFormatPage::refreshPreview);
}

void ImportFormatPage::initializePage()
{
    if (m_loadedPath == m_wizard->filePath())
        return; // coming back: keep the user's choices
    m_loadedPath = m_wizard->filePath();
    QFile file(m_loadedPath);
    m_head.clear();
    if (file.open(QIODevice::ReadOnly)) {
        m_head = file.read(EncodingDetector::sampleSize);
        m_complete = file.atEnd();
    }
    const EncodingDetector::Detection detection = EncodingDetector::detect(m_head, m_complete);
    TextDecoder decoder(detection.encoding);
    QString text = decoder.decode(m_head.mid(detection.bomLength));
    if (m_complete)
        text += decoder.finish();
    const CsvDialect dialect = DialectSniffer::sniffText(text, m_complete);
    const bool vcard = text.trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
    m_wizard->setVCard(vcard);
    m_delimiterCombo->setEnabled(!vcard);
    m_headerCheck->setEnabled(!vcard);

    QSignalBlocker b1(m_encodingCombo), b2(m_delimiterCombo), b3(m_headerCheck);
    int e = m_encodingCombo->findData(detection.encoding);
    if (e < 0) {
        m_encodingCombo->addItem(QString::fromLatin1(detection.encoding), detection.encoding);
        e = m_encodingCombo->count() - 1;
    }
    m_encodingCombo->setCurrentIndex(e);
    int d = m_delimiterCombo->findData(QString(dialect.delimiter));
    if (d < 0) {
        m_delimiterCombo->addItem(delimiterLabel(dialect.delimiter), QString(dialect.delimiter));
        d = m_delimiterCombo->count() - 1;
    }
    m_delimiterCombo->setCurrentIndex(d);
    m_headerCheck->setChecked(dialect.hasHeader);
    if (vcard)
        m_detectedLabel->setText(tr("Detected: a vCard file (%1). Its fields are matched automatically.")
                                     .arg(QString::fromLatin1(detection.encoding)));
    else
        m_detectedLabel->setText(tr("Detected: %1, %2, %3.")
                                     .arg(QString::fromLatin1(detection.encoding), delimiterLabel(dialect.delimiter),
                                         dialect.hasHeader ? tr("first row is a header") : tr("no header row")));
    refreshPreview();
}

QByteArray ImportFormatPage::chosenEncoding() const
{
    return m_encodingCombo->currentData().toByteArray();
}

QChar ImportFormatPage::chosenDelimiter() const
{
    const QString d = m_delimiterCombo->currentData().toString();
    return d.isEmpty() ? QLatin1Char(',') : d.at(0);
}

void ImportFormatPage::refreshPreview()
{
    const QByteArray encoding = chosenEncoding();
    QByteArray bomEncoding;
    const int bom = EncodingDetector::bomLength(m_head, &bomEncoding);
    m_problemLabel->hide();
    if (!TextDecoder::isSupported(encoding)) {
        m_problemLabel->setText(
            tr("This computer cannot read the encoding %1. Choose another one.").arg(QString::fromLatin1(encoding)));
        m_problemLabel->show();
        m_model->clear();
        return;
    }
    TextDecoder decoder(encoding);
    QString text = decoder.decode(bom > 0 && bomEncoding == encoding ? m_head.mid(bom) : m_head);
    if (m_complete)
        text += decoder.finish();
    if (decoder.hasError()) {
        m_problemLabel->setText(tr("Some characters are not valid in this encoding (shown as �). If names look "
                                   "garbled, try another encoding."));
        m_problemLabel->show();
    }
    const bool header = m_headerCheck->isChecked();
    const QList<QStringList> rows
        = DialectSniffer::sampleRows(text, m_complete, chosenDelimiter(), QLatin1Char('"'), previewRows + 1);
    int columns = 0;
    for (const QStringList &r : rows)
        columns = qMax(columns, int(r.size()));
    QStringList names;
    for (int c = 0; c < columns; ++c) {
        const QString name = header && !rows.isEmpty() ? rows.first().value(c).trimmed() : QString();
        names << (name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    const QList<QStringList> data = header ? rows.mid(1) : rows.mid(0, previewRows);

    m_model->clear();
    m_model->setColumnCount(columns);
    m_model->setHorizontalHeaderLabels(names);
    for (const QStringList &r : data) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns; ++c)
            items << new QStandardItem(r.value(c));
        m_model->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 260));
    m_wizard->setSample(names, data);
}

bool ImportFormatPage::validatePage()
{
    if (m_model->columnCount() == 0) {
        m_problemLabel->setText(tr("No columns could be read with these settings."));
        m_problemLabel->show();
        return false;
    }
    ImportProfile &profile = m_wizard->profile();
    profile.encoding = chosenEncoding();
    profile.delimiter = chosenDelimiter();
    profile.headerRow = m_headerCheck->isChecked() ? 1 : 0;
    profile.firstDataRow = m_headerCheck->isChecked() ? 2 : 1;
    return true;
}

} // namespace relasi
