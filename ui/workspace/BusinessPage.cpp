#include "workspace/BusinessPage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace relasi {

BusinessPage::BusinessPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("businessPage"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("businessNameEdit"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("businessAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(72);
    m_taxId = new QLineEdit(this);
    m_taxId->setObjectName(QStringLiteral("taxIdEdit"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseFolderButton"));
    m_folderHint = new QLabel(this);
    m_folderHint->setObjectName(QStringLiteral("folderHintLabel"));
    m_folderHint->setWordWrap(true);
    m_folderHint->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_folderHint->setVisible(false);

    m_nameLabel = new QLabel(this);
    m_addressLabel = new QLabel(this);
    m_taxLabel = new QLabel(this);
    m_countryLabel = new QLabel(this);
    m_currencyLabel = new QLabel(this);
    m_folderLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_addressLabel->setBuddy(m_address);
    m_taxLabel->setBuddy(m_taxId);
    m_countryLabel->setBuddy(m_country);
    m_currencyLabel->setBuddy(m_currency);
    m_folderLabel->setBuddy(m_folder);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_taxLabel, m_taxId);
    form->addRow(m_countryLabel, m_country);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_folderHint);

    registerField(QStringLiteral("businessName"), m_name);
    registerField(QStringLiteral("taxId"), m_taxId);
    registerField(QStringLiteral("directory"), m_folder);

    connect(m_name, &QLineEdit::textChanged, this, [this]() {
        updateFolderFromName();
        Q_EMIT completeChanged();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this]() { m_folderEdited = true; });
    connect(m_folder, &QLineEdit::textChanged, this, [this]() {
        updateFolderHint();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &BusinessPage::browse);

    setTabOrder(m_name, m_address);
    setTabOrder(m_address, m_taxId);
    setTabOrder(m_taxId, m_country);
    setTabOrder(m_country, m_currency);
    setTabOrder(m_currency, m_folder);
    setTabOrder(m_folder, m_browse);
    retranslate();
    updateFolderFromName();
}

QString BusinessPage::suggestFolder(const QString &base, const QString &businessName)
{
    QString slug = businessName.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("workspace");
    const QDir dir(base);
    QString candidate = dir.filePath(slug);
    for (int n = 2; QFileInfo::exists(candidate) && n < 1000; ++n)
        candidate = dir.filePath(slug + QLatin1Char('-') + QString::number(n));
    return QDir::toNativeSeparators(candidate);
}

bool BusinessPage::isUsableFolder(const QString &directory)
{
    if (directory.trimmed().isEmpty())
        return false;
    const QFileInfo info(directory);
    if (!info.exists())
        return true;
    return info.isDir() && QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

bool BusinessPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && isUsableFolder(m_folder->text());
}

QString BusinessPage::businessAddress() const
{
    return m_address->toPlainText().trimmed();
}

QString BusinessPage::countryCode() const
{
    return m_country->currentData().toString();
}

QString BusinessPage::currencyCode() const
{
    return m_currency->currentData().toString();
}

void BusinessPage::updateFolderFromName()
{
    if (m_folderEdited)
        return;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspaces");
    m_folder->setText(suggestFolder(base, m_name->text()));
}

void BusinessPage::updateFolderHint()
{
    m_folderHint->setVisible(!m_folder->text().trimmed().isEmpty() && !isUsableFolder(m_folder->text()));
}

void BusinessPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose a folder for the workspace"),
                                                             QFileInfo(m_folder->text()).absolutePath());
    if (chosen.isEmpty())
        return;
    m_folderEdited = true;
    // An empty folder is used as is; otherwise the workspace goes into a new sub-folder of it.
    m_folder->setText(isUsableFolder(chosen) ? QDir::toNativeSeparators(chosen)
                                             : suggestFolder(chosen, m_name->text()));
}

void BusinessPage::fillCombos()
{
    const QString country = m_country->count() ? countryCode() : QStringLiteral("ID");
    const QString currency = m_currency->count() ? currencyCode() : QStringLiteral("IDR");
    m_country->clear();
    const QList<QPair<QString, QString>> countries = {
        {QStringLiteral("ID"), tr("Indonesia")},   {QStringLiteral("MY"), tr("Malaysia")},
        {QStringLiteral("SG"), tr("Singapore")},   {QStringLiteral("PH"), tr("Philippines")},
        {QStringLiteral("TH"), tr("Thailand")},    {QStringLiteral("VN"), tr("Vietnam")},
        {QStringLiteral("TL"), tr("Timor-Leste")}, {QStringLiteral("AU"), tr("Australia")},
        {QStringLiteral("NL"), tr("Netherlands")}, {QStringLiteral("US"), tr("United States")}};
    for (const auto &c : countries)
        m_country->addItem(c.second, c.first);
    m_currency->clear();
    const QList<QPair<QString, QString>> currencies = {
        {QStringLiteral("IDR"), tr("IDR – Indonesian rupiah")}, {QStringLiteral("MYR"), tr("MYR – Malaysian ringgit")},
        {QStringLiteral("SGD"), tr("SGD – Singapore dollar")},  {QStringLiteral("PHP"), tr("PHP – Philippine peso")},
        {QStringLiteral("THB"), tr("THB – Thai baht")},         {QStringLiteral("VND"), tr("VND – Vietnamese dong")},
        {QStringLiteral("AUD"), tr("AUD – Australian dollar")}, {QStringLiteral("EUR"), tr("EUR – Euro")},
        {QStringLiteral("USD"), tr("USD – US dollar")}};
    for (const auto &c : currencies)
        m_currency->addItem(c.second, c.first);
    m_country->setCurrentIndex(qMax(0, m_country->findData(country)));
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(currency)));
}

void BusinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BusinessPage::retranslate()
{
    setTitle(tr("Your business"));
    setSubTitle(tr("These details appear on quotes and exports. You can change them later in Settings."));
    setButtonText(QWizard::NextButton, tr("&Create workspace"));
    m_nameLabel->setText(tr("Business &name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_taxLabel->setText(tr("&Tax ID (NPWP):"));
    m_countryLabel->setText(tr("&Country:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_folderLabel->setText(tr("Workspace &folder:"));
    m_browse->setText(tr("&Browse…"));
    m_name->setAccessibleName(tr("Business name"));
    m_address->setAccessibleName(tr("Business address"));
    m_taxId->setAccessibleName(tr("Tax ID"));
    m_country->setAccessibleName(tr("Country"));
    m_currency->setAccessibleName(tr("Default currency"));
    m_folder->setAccessibleName(tr("Workspace folder"));
    m_browse->setAccessibleName(tr("Choose the workspace folder"));
    m_taxId->setPlaceholderText(tr("optional"));
    m_folderHint->setText(tr("This folder is not empty. Choose an empty or new folder."));
    fillCombos();
}

} // namespace relasi
