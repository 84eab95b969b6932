#include "ui/UiTestSupport.h"

#include "import/ImportWizard.h"
#include "io/import/ImportProfileStore.h"
#include "services/CustomerService.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// Semicolon-delimited, Indonesian headers, one row with a bad e-mail address.
const char kFixture[] = "Nama;Surel;Telepon;Perusahaan\r\n"
                        "Budi Santoso;budi@contoh.co.id;081234567890;PT Maju Jaya\r\n"
                        "Sari Dewi;sari@contoh.co.id;+62 812 1111 2222;CV Sentosa\r\n"
                        "Rina Wati;bukan-surel;0812 3333 4444;PT Maju Jaya\r\n"
                        "Agus Salim;agus@contoh.co.id;;Toko Agus\r\n";

QString writeFixture(const UiTestScope &scope)
{
    const QString path = scope.path(QStringLiteral("pelanggan.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kFixture);
    return path;
}

QStringList customerNames(ServiceFixture &f)
{
    auto list = CustomerService(f.owner()).list();
    REQUIRE(list.ok());
    QStringList names;
    for (const Customer &c : list.value())
        names << c.displayName;
    names.sort();
    return names;
}

// Screenshots of each page: RELASI_SHOTS=DIR relasi-ui-tests "[import]".
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void clickNext(ImportWizard &wizard)
{
    auto *next = findChild<QPushButton>(&wizard, "importNextButton");
    REQUIRE(next);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// Answers the next QInputDialog with `text` (exec() blocks the test).
void answerNextInput(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            dialog->setTextValue(text);
            dialog->accept();
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("Import wizard: a semicolon file with Indonesian headers, end to end, then undone", "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString path = writeFixture(scope);

    ImportWizard wizard(f.owner(), path);
    wizard.setWorkspace(&f.workspace()); // the run goes to a worker thread over its own connection
    wizard.resize(820, 600);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // File: the dropped path is filled in.
    CHECK(findChild<QLineEdit>(&wizard, "importPathEdit")->text() == path);
    shoot(&wizard, QStringLiteral("1-file"));
    clickNext(wizard);

    // Format: semicolon and the header row detected, preview split into the four columns.
    REQUIRE(wizard.currentId() == ImportWizard::FormatPageId);
    auto *delimiter = findChild<QComboBox>(&wizard, "importDelimiterCombo");
    CHECK(delimiter->currentData().toString() == QStringLiteral(";"));
    CHECK(findChild<QComboBox>(&wizard, "importEncodingCombo")->currentData().toByteArray() == "UTF-8");
    CHECK(findChild<QCheckBox>(&wizard, "importHeaderCheck")->isChecked());
    auto *preview = findChild<QTableView>(&wizard, "importPreviewTable");
    REQUIRE(preview->model()->columnCount() == 4);
    CHECK(preview->model()->rowCount() == 4);
    CHECK(preview->model()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Surel"));
    CHECK(preview->model()->index(0, 0).data().toString() == QStringLiteral("Budi Santoso"));
    shoot(&wizard, QStringLiteral("2-format"));

    SECTION("overriding the delimiter re-reads the preview")
    {
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        CHECK(preview->model()->columnCount() == 1);
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        CHECK(preview->model()->columnCount() == 4);
    }
    clickNext(wizard);

    // Mapping: every column auto-mapped, nothing flagged.
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    const struct {
        const char *combo;
        ImportField field;
    } expected[] = {{"importFieldCombo_0", ImportField::DisplayName}, {"importFieldCombo_1", ImportField::Email},
        {"importFieldCombo_2", ImportField::Phone}, {"importFieldCombo_3", ImportField::Company}};
    for (const auto &e : expected) {
        auto *combo = findChild<QComboBox>(&wizard, e.combo);
        REQUIRE(combo);
        CHECK(ImportField(combo->currentData().toInt()) == e.field);
    }
    CHECK(
        findChild<QLabel>(&wizard, "importUnmappedLabel")->text() == QStringLiteral("Every column will be imported."));
    shoot(&wizard, QStringLiteral("3-mapping"));

    // "Don't import" flags the column; mapping it back clears the flag.
    auto *company = findChild<QComboBox>(&wizard, "importFieldCombo_3");
    company->setCurrentIndex(company->findData(int(ImportField::Ignore)));
    CHECK(findChild<QLabel>(&wizard, "importUnmappedLabel")->text()
        == QStringLiteral("1 column will not be imported (highlighted)."));
    shoot(&wizard, QStringLiteral("3b-mapping-unmapped"));
    company->setCurrentIndex(company->findData(int(ImportField::Company)));
    clickNext(wizard);

    // Duplicates: e-mail or phone, skip by default.
    REQUIRE(wizard.currentId() == ImportWizard::DuplicatesPageId);
    CHECK(findChild<QCheckBox>(&wizard, "importMatchEmail")->isChecked());
    CHECK(findChild<QCheckBox>(&wizard, "importMatchPhone")->isChecked());
    CHECK_FALSE(findChild<QCheckBox>(&wizard, "importMatchExternalId")->isChecked());
    CHECK_FALSE(findChild<QCheckBox>(&wizard, "importMatchNameCompany")->isChecked());
    CHECK(findChild<QRadioButton>(&wizard, "importActionSkip")->isChecked());
    shoot(&wizard, QStringLiteral("4-duplicates"));
    clickNext(wizard);

    // Validation: the dry run finds the bad e-mail, writes nothing, and lists that row first, highlighted.
    REQUIRE(wizard.currentId() == ImportWizard::ValidationPageId);
    const QString counts = findChild<QLabel>(&wizard, "importValidationCounts")->text();
    CHECK(counts.contains(QStringLiteral("3 new")));
    CHECK(counts.contains(QStringLiteral("1 with problems")));
    auto *problems = findChild<QTableView>(&wizard, "importValidationTable");
    REQUIRE(problems->model()->rowCount() == 4);
    CHECK(problems->model()->index(0, 0).data().toString() == QStringLiteral("4")); // line of Rina's row
    CHECK(problems->model()->index(0, 1).data().toString() != QStringLiteral("OK"));
    CHECK(problems->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(problems->model()->index(1, 1).data().toString() == QStringLiteral("OK"));
    CHECK(customerNames(f).isEmpty());
    shoot(&wizard, QStringLiteral("5-validation"));

    // Import (the commit button), then the summary.
    auto *commit = findChild<QPushButton>(&wizard, "importCommitButton");
    REQUIRE(commit->isVisible());
    QTest::mouseClick(commit, Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    auto *created = findChild<QLabel>(&wizard, "importCreatedCount");
    REQUIRE(waitFor([&] { return created->isVisible(); }));
    CHECK(created->text() == QStringLiteral("3"));
    CHECK(findChild<QLabel>(&wizard, "importRejectedCount")->text() == QStringLiteral("1"));
    CHECK(findChild<QLabel>(&wizard, "importSkippedCount")->text() == QStringLiteral("0"));
    CHECK(findChild<QLabel>(&wizard, "importUpdatedCount")->text() == QStringLiteral("0"));
    CHECK(findChild<QPushButton>(&wizard, "importSaveRejectedButton")->isVisible());
    CHECK(findChild<QPushButton>(&wizard, "importFinishButton")->isVisible());
    CHECK(customerNames(f)
        == QStringList({QStringLiteral("Agus Salim"), QStringLiteral("Budi Santoso"), QStringLiteral("Sari Dewi")}));
    shoot(&wizard, QStringLiteral("6-summary"));

    // Save this mapping as…: stored by name in the workspace.
    answerNextInput(QStringLiteral("Ekspor toko"));
    QTest::mouseClick(findChild<QPushButton>(&wizard, "importSaveMappingButton"), Qt::LeftButton);
    auto saved = ImportProfileStore(f.owner()).load(QStringLiteral("Ekspor toko"));
    REQUIRE(saved.ok());
    CHECK(saved.value().delimiter == QLatin1Char(';'));
    CHECK(saved.value().columns.value(1).field == ImportField::Email);

    // Undo import removes the three customers.
    auto *undo = findChild<QPushButton>(&wizard, "importUndoButton");
    REQUIRE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(customerNames(f).isEmpty());
    CHECK_FALSE(undo->isEnabled());
    CHECK(findChild<QLabel>(&wizard, "importMessageLabel")->text()
        == QStringLiteral("Import undone: 3 customers removed."));
    shoot(&wizard, QStringLiteral("7-undone"));
}

TEST_CASE("Import wizard: a missing file is refused on the first page", "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    ImportWizard wizard(f.owner(), scope.path(QStringLiteral("nope.csv")));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    CHECK(wizard.currentId() == ImportWizard::FilePageId);
    auto *error = findChild<QLabel>(&wizard, "importFileError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("There is no file at this path."));
}

TEST_CASE("Import wizard: a saved mapping is offered and applied on the column page", "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString path = writeFixture(scope);
    ImportProfile profile = ImportProfile::autoDetect(
        {QStringLiteral("Nama"), QStringLiteral("Surel"), QStringLiteral("Telepon"), QStringLiteral("Perusahaan")});
    profile.name = QStringLiteral("Tanpa perusahaan");
    profile.columns[3] = ColumnMapping {ImportField::Ignore, 0};
    REQUIRE(ImportProfileStore(f.owner()).save(profile).ok());

    ImportWizard wizard(f.owner(), path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto *saved = findChild<QComboBox>(&wizard, "importSavedMappingCombo");
    const int index = saved->findData(QStringLiteral("Tanpa perusahaan"));
    REQUIRE(index > 0);
    saved->setCurrentIndex(index);
    Q_EMIT saved->activated(index);
    CHECK(
        ImportField(findChild<QComboBox>(&wizard, "importFieldCombo_3")->currentData().toInt()) == ImportField::Ignore);
    CHECK(
        ImportField(findChild<QComboBox>(&wizard, "importFieldCombo_1")->currentData().toInt()) == ImportField::Email);
}

TEST_CASE("Import wizard: Cancel during a GUI-thread import puts everything back", "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    ImportWizard wizard(f.owner(), writeFixture(scope)); // no workspace: the run uses the wizard's connection
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    for (int page = 0; page < 4; ++page)
        clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ValidationPageId);
    QTest::mouseClick(findChild<QPushButton>(&wizard, "importCommitButton"), Qt::LeftButton);
    // Queued behind the start of the import: runs during its first progress report.
    auto *cancel = findChild<QPushButton>(&wizard, "importCancelButton");
    QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
    auto *status = findChild<QLabel>(&wizard, "importStatusLabel");
    REQUIRE(waitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }));
    CHECK(status->text() == QStringLiteral("The import was cancelled. Nothing was changed."));
    CHECK_FALSE(findChild<QLabel>(&wizard, "importCreatedCount")->isVisible());
    CHECK(customerNames(f).isEmpty());
}

TEST_CASE("Import wizard: the import runs on a worker while the window stays responsive; Cancel puts everything "
          "back",
    "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    ImportWizard wizard(f.owner(), writeFixture(scope));
    wizard.setWorkspace(&f.workspace());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    for (int page = 0; page < 4; ++page)
        clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ValidationPageId);
    const qint64 auditBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The main connection holds the write lock, so the import's writer has to wait for it (busy timeout). An
    // import on the GUI thread could not run at all (it would share this open transaction) and could not let the
    // event loop turn while waiting.
    QSqlQuery hold(f.db());
    REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QTest::mouseClick(findChild<QPushButton>(&wizard, "importCommitButton"), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start();
    REQUIRE(waitFor([&] { return ticks >= 5; }));
    CHECK(wizard.isImporting());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    shoot(&wizard, QStringLiteral("6a-running"));
    auto *cancel = findChild<QPushButton>(&wizard, "importCancelButton");
    auto *created = findChild<QLabel>(&wizard, "importCreatedCount");
    auto *status = findChild<QLabel>(&wizard, "importStatusLabel");

    SECTION("Cancel while it runs: rolled back, nothing changed")
    {
        REQUIRE(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        CHECK_FALSE(cancel->isEnabled());
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        REQUIRE(waitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }));
        CHECK(status->text() == QStringLiteral("The import was cancelled. Nothing was changed."));
        CHECK_FALSE(created->isVisible());
        CHECK(customerNames(f).isEmpty());
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM imports")) == 0);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);
    }
    SECTION("let it finish: the summary, and the rows are visible to the main connection")
    {
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        REQUIRE(waitFor([&] { return created->isVisible(); }));
        CHECK_FALSE(wizard.isImporting());
        CHECK(created->text() == QStringLiteral("3"));
        CHECK(findChild<QLabel>(&wizard, "importRejectedCount")->text() == QStringLiteral("1"));
        CHECK(customerNames(f)
            == QStringList({QStringLiteral("Agus Salim"), QStringLiteral("Budi Santoso"), QStringLiteral("Sari Dewi")}));
        // Undo (on the main connection) removes them again.
        QTest::mouseClick(findChild<QPushButton>(&wizard, "importUndoButton"), Qt::LeftButton);
        CHECK(customerNames(f).isEmpty());
    }
}

TEST_CASE("Import wizard: a vCard file skips the column mapping and imports its cards", "[ui][import]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString path = scope.path(QStringLiteral("kontak.vcf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dewi Lestari\r\nEMAIL:dewi@contoh.co.id\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Joko Widodo\r\nEMAIL:joko@contoh.co.id\r\nEND:VCARD\r\n");
    }
    ImportWizard wizard(f.owner(), path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    CHECK(wizard.isVCard());
    CHECK_FALSE(findChild<QComboBox>(&wizard, "importDelimiterCombo")->isEnabled());
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK_FALSE(findChild<QTableView>(&wizard, "importMappingTable")->isVisible());
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ValidationPageId);
    CHECK(findChild<QLabel>(&wizard, "importValidationCounts")->text().contains(QStringLiteral("2 new")));
    QTest::mouseClick(findChild<QPushButton>(&wizard, "importCommitButton"), Qt::LeftButton);
    auto *created = findChild<QLabel>(&wizard, "importCreatedCount");
    REQUIRE(waitFor([&] { return created->isVisible(); }));
    CHECK(created->text() == QStringLiteral("2"));
    CHECK(customerNames(f) == QStringList({QStringLiteral("Dewi Lestari"), QStringLiteral("Joko Widodo")}));
}
