#include "import/ImportDuplicatesPage.h"

#include "import/ImportWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relasi {

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_email(new QCheckBox(tr("Same &e-mail address"), this))
    , m_phone(new QCheckBox(tr("Same &phone number"), this))
    , m_externalId(new QCheckBox(tr("Same e&xternal ID (from the other system)"), this))
    , m_nameCompany(new QCheckBox(tr("Same name and co&mpany"), this))
    , m_actions(new QButtonGroup(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importDuplicatesPage"));
    setTitle(tr("Duplicates"));
    setSubTitle(tr("What Relasi does with a row that is a customer you already have, or repeats an earlier row."));

    const struct {
        QCheckBox *box;
        const char *name;
    } boxes[] = {{m_email, "importMatchEmail"}, {m_phone, "importMatchPhone"}, {m_externalId, "importMatchExternalId"},
        {m_nameCompany, "importMatchNameCompany"}};
    auto *matchBox = new QGroupBox(tr("A row is a duplicate when it has"), this);
    auto *matchLayout = new QVBoxLayout(matchBox);
    for (const auto &b : boxes) {
        b.box->setObjectName(QString::fromLatin1(b.name));
        b.box->setAccessibleName(b.box->text().remove(QLatin1Char('&')));
        matchLayout->addWidget(b.box);
        connect(b.box, &QCheckBox::toggled, m_problemLabel, &QLabel::hide);
    }

    const struct {
        ImportProfile::DuplicateAction action;
        const char *name;
        QString text;
    } actions[] = {
        {ImportProfile::DuplicateAction::Skip, "importActionSkip",
            tr("&Skip the row (keep the stored customer as it is)")},
        {ImportProfile::DuplicateAction::Fill, "importActionFill",
            tr("&Fill in only the stored customer's empty fields")},
        {ImportProfile::DuplicateAction::Overwrite, "importActionOverwrite",
            tr("&Overwrite the stored customer's fields with the file's values")},
        {ImportProfile::DuplicateAction::Create, "importActionCreate", tr("&Create a new customer anyway")},
    };
    auto *actionBox = new QGroupBox(tr("Then"), this);
    auto *actionLayout = new QVBoxLayout(actionBox);
    for (const auto &a : actions) {
        auto *radio = new QRadioButton(a.text, actionBox);
        radio->setObjectName(QString::fromLatin1(a.name));
        radio->setAccessibleName(QString(a.text).remove(QLatin1Char('&')));
        m_actions->addButton(radio, int(a.action));
        actionLayout->addWidget(radio);
    }
    connect(m_actions, &QButtonGroup::idToggled, m_problemLabel, &QLabel::hide);

    m_problemLabel->setObjectName(QStringLiteral("importDuplicatesProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(matchBox);
    layout->addWidget(actionBox);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
}

void ImportDuplicatesPage::initializePage()
{
    const ImportProfile &p = m_wizard->profile();
    m_email->setChecked(p.matchOn & ImportProfile::MatchEmail);
    m_phone->setChecked(p.matchOn & ImportProfile::MatchPhone);
    m_externalId->setChecked(p.matchOn & ImportProfile::MatchExternalId);
    m_nameCompany->setChecked(p.matchOn & ImportProfile::MatchNameCompany);
    if (QAbstractButton *b = m_actions->button(int(p.action)))
        b->setChecked(true);
}

int ImportDuplicatesPage::matchOn() const
{
    return (m_email->isChecked() ? ImportProfile::MatchEmail : 0)
        | (m_phone->isChecked() ? ImportProfile::MatchPhone : 0)
        | (m_externalId->isChecked() ? ImportProfile::MatchExternalId : 0)
        | (m_nameCompany->isChecked() ? ImportProfile::MatchNameCompany : 0);
}

bool ImportDuplicatesPage::validatePage()
{
    const auto action = ImportProfile::DuplicateAction(m_actions->checkedId());
    if (matchOn() == 0 && action != ImportProfile::DuplicateAction::Create) {
        m_problemLabel->setText(tr("Tick at least one way to recognise a duplicate, or choose “Create a new "
                                   "customer anyway”."));
        m_problemLabel->show();
        return false;
    }
    ImportProfile &p = m_wizard->profile();
    p.matchOn = matchOn();
    p.action = action;
    return true;
}

} // namespace relasi
