#include "ui/UiTestSupport.h"

#include "import/ExportDialog.h"
#include "services/CustomerService.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

void select(QComboBox *combo, const QString &data)
{
    REQUIRE(combo);
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Export dialog: customers as semicolon CSV, formulas guarded by default", "[ui][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    f.addCustomer(f.ownerId(), QStringLiteral("=HYPERLINK(\"http://x\")"));

    ExportDialog dialog(f.owner());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(findChild<QCheckBox>(&dialog, "exportFormulaGuardCheck")->isChecked());
    const QString path = scope.path(QStringLiteral("pelanggan.csv"));
    select(findChild<QComboBox>(&dialog, "exportDelimiterCombo"), QStringLiteral(";"));

    SECTION("guard on")
    {
        findChild<QLineEdit>(&dialog, "exportPathEdit")->setText(path);
        QTest::mouseClick(findChild<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        CHECK(findChild<QLabel>(&dialog, "exportStatusLabel")
                  ->text()
                  .startsWith(QStringLiteral("2 records exported to ")));
        if (const QString dir = qEnvironmentVariable("RELASI_SHOTS"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png")));
        const QString text = readAll(path);
        CHECK(text.contains(QStringLiteral("Budi Santoso;")));
        CHECK(text.contains(QStringLiteral("'=HYPERLINK")));
    }
    SECTION("guard off")
    {
        QTest::mouseClick(findChild<QCheckBox>(&dialog, "exportFormulaGuardCheck"), Qt::LeftButton);
        findChild<QLineEdit>(&dialog, "exportPathEdit")->setText(path);
        QTest::mouseClick(findChild<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        const QString text = readAll(path);
        CHECK_FALSE(text.contains(QStringLiteral("'=HYPERLINK")));
        CHECK(text.contains(QStringLiteral("=HYPERLINK")));
    }
}

TEST_CASE("Export dialog: vCard only for customers; the file name follows entity and format", "[ui][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    ExportDialog dialog(f.owner());
    auto *entity = findChild<QComboBox>(&dialog, "exportEntityCombo");
    auto *format = findChild<QComboBox>(&dialog, "exportFormatCombo");
    auto *model = qobject_cast<QStandardItemModel *>(format->model());
    REQUIRE(model);
    const int vcard = format->findData(QStringLiteral("vcard"));
    CHECK(model->item(vcard)->isEnabled());
    select(format, QStringLiteral("vcard"));
    CHECK(findChild<QLineEdit>(&dialog, "exportPathEdit")->text().endsWith(QStringLiteral("customers.vcf")));
    CHECK_FALSE(findChild<QComboBox>(&dialog, "exportDelimiterCombo")->isEnabled());

    select(entity, QStringLiteral("tasks"));
    CHECK_FALSE(model->item(vcard)->isEnabled());
    CHECK(format->currentData().toString() == QStringLiteral("csv"));
    CHECK(findChild<QLineEdit>(&dialog, "exportPathEdit")->text().endsWith(QStringLiteral("tasks.csv")));
}

TEST_CASE("Export dialog: tasks as an xlsx workbook", "[ui][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    ExportDialog dialog(f.owner());
    select(findChild<QComboBox>(&dialog, "exportEntityCombo"), QStringLiteral("tasks"));
    select(findChild<QComboBox>(&dialog, "exportFormatCombo"), QStringLiteral("xlsx"));
    const QString path = scope.path(QStringLiteral("tugas.xlsx"));
    findChild<QLineEdit>(&dialog, "exportPathEdit")->setText(path);
    QTest::mouseClick(findChild<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK"); // a zip container
}

TEST_CASE("Export dialog: with a workspace the export runs on a worker; Cancel leaves no file", "[ui][export]")
{
    UiTestScope scope;
    ServiceFixture f;
    QList<NewCustomer> batch;
    for (int i = 0; i < 1200; ++i) {
        NewCustomer c;
        c.displayName = QStringLiteral("Pelanggan %1").arg(i);
        batch << c;
    }
    REQUIRE(CustomerService(f.owner()).createMany(batch));
    ExportDialog dialog(f.owner(), &f.workspace());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString path = scope.path(QStringLiteral("pelanggan.csv"));
    findChild<QLineEdit>(&dialog, "exportPathEdit")->setText(path);
    auto *exportButton = findChild<QPushButton>(&dialog, "exportButton");
    auto *status = findChild<QLabel>(&dialog, "exportStatusLabel");

    SECTION("runs to the end while the dialog stays responsive")
    {
        QTest::mouseClick(exportButton, Qt::LeftButton);
        CHECK(dialog.isRunning()); // the click returned before the export finished
        CHECK_FALSE(exportButton->isEnabled());
        REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
        CHECK(status->text().startsWith(QStringLiteral("1,200 records exported to ")));
        CHECK(exportButton->isEnabled());
        CHECK(readAll(path).count(QStringLiteral("Pelanggan ")) == 1200);
        saveShot(&dialog, QStringLiteral("export-dialog-done"));
    }
    SECTION("Cancel stops it and no file is written")
    {
        QTest::mouseClick(exportButton, Qt::LeftButton);
        REQUIRE(dialog.isRunning());
        QTest::keyClick(&dialog, Qt::Key_Escape); // the worker looks at Cancel every 500 rows
        CHECK(dialog.isVisible());               // Esc cancels the export, not the dialog
        REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
        CHECK(status->text() == QStringLiteral("Export cancelled. No file was written."));
        CHECK_FALSE(QFile::exists(path));
    }
}
