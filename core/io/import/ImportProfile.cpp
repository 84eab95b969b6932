#include "io/import/ImportProfile.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace relasi {

namespace {

struct FieldName {
    ImportField field;
    const char *name;
};

const FieldName kFieldNames[] = {
    {ImportField::Ignore, "ignore"},        {ImportField::DisplayName, "name"},
    {ImportField::GivenName, "given_name"}, {ImportField::FamilyName, "family_name"},
    {ImportField::Email, "email"},          {ImportField::Phone, "phone"},
    {ImportField::Website, "website"},      {ImportField::Company, "company"},
    {ImportField::Street, "street"},        {ImportField::City, "city"},
    {ImportField::Region, "region"},        {ImportField::PostalCode, "postal_code"},
    {ImportField::Country, "country"},      {ImportField::Notes, "notes"},
    {ImportField::Tags, "tags"},            {ImportField::Status, "status"},
    {ImportField::ExternalId, "external_id"}, {ImportField::CreatedAt, "created_at"},
};

// Header names, compacted (lower case, letters and digits only), in English and Indonesian, and as the usual
// exporters write them.
const QHash<QString, ImportField> &synonyms()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        auto add = [&t](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(QString::fromLatin1(n), f);
        };
        add(ImportField::DisplayName, {"name", "nama", "fullname", "namalengkap", "displayname", "contactname",
                                       "namakontak", "contact", "kontak"});
        add(ImportField::GivenName, {"firstname", "givenname", "namadepan", "forename"});
        add(ImportField::FamilyName, {"lastname", "familyname", "surname", "namabelakang", "namakeluarga"});
        add(ImportField::Email, {"email", "emails", "mail", "surel", "surat", "emailaddress", "alamatemail",
                                 "alamatsurel", "secondemail", "emailaddr"});
        add(ImportField::Phone, {"phone", "phones", "telepon", "telpon", "telp", "notelp", "notelepon", "nohp",
                                 "hp", "handphone", "ponsel", "mobile", "mobilephone", "mobilenumber",
                                 "phonenumber", "nomortelepon", "nomorhp", "cellphone", "cell", "whatsapp", "wa",
                                 "telephone", "tel"});
        add(ImportField::Website, {"website", "web", "webpage", "url", "situs", "situsweb", "homepage"});
        add(ImportField::Company, {"company", "companyname", "perusahaan", "namaperusahaan", "organization",
                                   "organisation", "organizationname", "organisasi", "accountname", "account"});
        add(ImportField::Street, {"street", "streetaddress", "alamat", "address", "address1", "address2",
                                  "jalan", "alamatjalan"});
        add(ImportField::City, {"city", "kota", "kabupaten", "kotakabupaten", "town"});
        add(ImportField::Region, {"state", "region", "province", "provinsi", "stateprovince"});
        add(ImportField::PostalCode, {"postalcode", "postcode", "zip", "zipcode", "kodepos", "postal"});
        add(ImportField::Country, {"country", "negara", "countryregion", "countrycode"});
        add(ImportField::Notes, {"notes", "note", "catatan", "keterangan", "description", "deskripsi",
                                 "comments", "comment", "komentar"});
        add(ImportField::Tags, {"tags", "tag", "label", "labels", "groupmembership", "groups", "group",
                                "categories", "category", "kategori", "grup", "kelompok"});
        add(ImportField::Status, {"status", "leadstatus", "lifecyclestage"});
        add(ImportField::ExternalId, {"externalid", "ideksternal", "recordid", "contactid"});
        add(ImportField::CreatedAt, {"createdat", "created", "createddate", "createdon", "tanggaldibuat",
                                     "createdtime"});
        return t;
    }();
    return table;
}

QString compact(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

bool isAddressField(ImportField f)
{
    return f == ImportField::Street || f == ImportField::City || f == ImportField::Region
        || f == ImportField::PostalCode || f == ImportField::Country;
}

} // namespace

QString importFieldName(ImportField f)
{
    for (const FieldName &n : kFieldNames) {
        if (n.field == f)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("ignore");
}

std::optional<ImportField> importFieldFromName(const QString &name)
{
    for (const FieldName &n : kFieldNames) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.field;
    }
    return std::nullopt;
}

QString ImportProfile::actionName(DuplicateAction a)
{
    switch (a) {
    case DuplicateAction::Skip:
        return QStringLiteral("skip");
    case DuplicateAction::Fill:
        return QStringLiteral("fill");
    case DuplicateAction::Overwrite:
        return QStringLiteral("overwrite");
    case DuplicateAction::Create:
        return QStringLiteral("create");
    }
    return QStringLiteral("skip");
}

std::optional<ImportProfile::DuplicateAction> ImportProfile::actionFromName(const QString &name)
{
    for (DuplicateAction a : {DuplicateAction::Skip, DuplicateAction::Fill, DuplicateAction::Overwrite,
                              DuplicateAction::Create}) {
        if (name.compare(actionName(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

ColumnMapping ImportProfile::mapHeader(const QString &header)
{
    const QString key = compact(header);
    if (key.isEmpty())
        return {};
    // Google Contacts / Outlook numbered groups: "E-mail 1 - Value", "Phone 2 - Type", "Address 1 - City".
    static const QRegularExpression numberedType(
        QStringLiteral("^(email|phone|address|website|organization|relation|im|event|customfield)\\d+(type|label)$"));
    if (numberedType.match(key).hasMatch())
        return {};
    static const QRegularExpression numberedValue(QStringLiteral("^(email|phone|website)\\d+(value|address)$"));
    if (auto m = numberedValue.match(key); m.hasMatch())
        return {synonyms().value(m.captured(1)), 0};
    static const QRegularExpression numberedAddress(
        QStringLiteral("^address(\\d+)(street|city|region|postalcode|country)$"));
    if (auto m = numberedAddress.match(key); m.hasMatch())
        return {synonyms().value(m.captured(2)), qMax(0, m.captured(1).toInt() - 1)};
    static const QRegularExpression numberedOrganization(QStringLiteral("^organization1name$"));
    if (numberedOrganization.match(key).hasMatch())
        return {ImportField::Company, 0};

    const auto &table = synonyms();
    if (auto it = table.constFind(key); it != table.cend())
        return {*it, 0};
    // "Home City", "Work ZipCode", "Business Country/Region", "Primary Email", "MailingStreet", "Work Phone"…
    static const char *const prefixes[][2] = {
        {"home", "0"},    {"mailing", "0"},   {"private", "0"}, {"primary", "0"}, {"main", "0"},
        {"personal", "0"}, {"secondary", "0"}, {"work", "1"},    {"business", "1"}, {"other", "1"},
        {"office", "1"},  {"billing", "0"},   {"shipping", "1"}, {"rumah", "0"},   {"kantor", "1"},
    };
    for (const auto &p : prefixes) {
        const QLatin1String prefix(p[0]);
        if (!key.startsWith(prefix) || key.size() == prefix.size())
            continue;
        const QString rest = key.mid(prefix.size());
        auto it = table.constFind(rest);
        if (it == table.cend())
            continue;
        const int group = isAddressField(*it) ? (p[1][0] - '0') : 0;
        return {*it, group};
    }
    // The same words after the field: "Email Home", "Email Work", "Email Other" (Roundcube's CSV export).
    for (const auto &p : prefixes) {
        const QLatin1String suffix(p[0]);
        if (!key.endsWith(suffix) || key.size() == suffix.size())
            continue;
        auto it = table.constFind(key.left(key.size() - suffix.size()));
        if (it == table.cend())
            continue;
        const int group = isAddressField(*it) ? (p[1][0] - '0') : 0;
        return {*it, group};
    }
    // Trailing numbers: "Web Page 2", "Email2", "Phone 3".
    static const QRegularExpression trailingNumber(QStringLiteral("^(.*[a-z])\\d+$"));
    if (auto m = trailingNumber.match(key); m.hasMatch()) {
        if (auto it = table.constFind(m.captured(1)); it != table.cend())
            return {*it, 0};
    }
    return {};
}

ImportProfile ImportProfile::autoDetect(const QStringList &header)
{
    ImportProfile p;
    p.name = QStringLiteral("auto");
    p.columns.reserve(header.size());
    for (const QString &h : header)
        p.columns << mapHeader(h);
    return p;
}

int ImportProfile::mappedCount() const
{
    return int(std::count_if(columns.cbegin(), columns.cend(),
                             [](const ColumnMapping &m) { return m.field != ImportField::Ignore; }));
}

QJsonObject ImportProfile::toJson() const
{
    QJsonArray cols;
    for (const ColumnMapping &m : columns)
        cols << QJsonObject{{QStringLiteral("field"), importFieldName(m.field)}, {QStringLiteral("group"), m.group}};
    QJsonArray match;
    if (matchOn & MatchEmail)
        match << QStringLiteral("email");
    if (matchOn & MatchPhone)
        match << QStringLiteral("phone");
    if (matchOn & MatchExternalId)
        match << QStringLiteral("external_id");
    if (matchOn & MatchNameCompany)
        match << QStringLiteral("name_company");
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("entity"), entityName(entity)},
        {QStringLiteral("encoding"), QString::fromLatin1(encoding)},
        {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
        {QStringLiteral("header_row"), headerRow},
        {QStringLiteral("first_data_row"), firstDataRow},
        {QStringLiteral("columns"), cols},
        {QStringLiteral("multi_value_separator"), multiValueSeparator},
        {QStringLiteral("default_region"), defaultRegion},
        {QStringLiteral("owner_id"), ownerId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("match_on"), match},
        {QStringLiteral("action"), actionName(action)},
    };
}

Result<ImportProfile> ImportProfile::fromJson(const QJsonObject &json)
{
    ImportProfile p;
    p.name = json.value(QStringLiteral("name")).toString();
    if (json.contains(QStringLiteral("entity"))) {
        auto e = entityFromName(json.value(QStringLiteral("entity")).toString());
        if (!e)
            return Error(ErrorCode::Invalid, QStringLiteral("profile: unknown entity \"%1\" (customers, logs, deals)")
                                                 .arg(json.value(QStringLiteral("entity")).toString()));
        p.entity = *e;
    }
    p.encoding = json.value(QStringLiteral("encoding")).toString().toLatin1();
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1)
        return Error(ErrorCode::Invalid, QStringLiteral("profile: the delimiter must be one character"));
    p.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    p.headerRow = json.value(QStringLiteral("header_row")).toInt(1);
    p.firstDataRow = json.value(QStringLiteral("first_data_row")).toInt(p.headerRow + 1);
    if (p.headerRow < 0 || p.firstDataRow < 1 || p.firstDataRow <= p.headerRow)
        return Error(ErrorCode::Invalid, QStringLiteral("profile: the first data row must follow the header row"));
    const QJsonArray cols = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : cols) {
        const QJsonObject o = v.toObject();
        auto f = importFieldFromName(o.value(QStringLiteral("field")).toString());
        if (!f)
            return Error(ErrorCode::Invalid, QStringLiteral("profile: unknown field \"%1\"")
                                                 .arg(o.value(QStringLiteral("field")).toString()));
        p.columns << ColumnMapping{*f, qMax(0, o.value(QStringLiteral("group")).toInt())};
    }
    if (json.contains(QStringLiteral("multi_value_separator")))
        p.multiValueSeparator = json.value(QStringLiteral("multi_value_separator")).toString();
    p.defaultRegion = json.value(QStringLiteral("default_region")).toString();
    p.ownerId = json.value(QStringLiteral("owner_id")).toString();
    for (const QJsonValue &t : json.value(QStringLiteral("tags")).toArray())
        p.tags << t.toString();
    if (json.contains(QStringLiteral("match_on"))) {
        p.matchOn = 0;
        for (const QJsonValue &m : json.value(QStringLiteral("match_on")).toArray()) {
            const QString k = m.toString();
            if (k == QLatin1String("email"))
                p.matchOn |= MatchEmail;
            else if (k == QLatin1String("phone"))
                p.matchOn |= MatchPhone;
            else if (k == QLatin1String("external_id"))
                p.matchOn |= MatchExternalId;
            else if (k == QLatin1String("name_company"))
                p.matchOn |= MatchNameCompany;
            else
                return Error(ErrorCode::Invalid, QStringLiteral("profile: unknown match key \"%1\"").arg(k));
        }
    }
    if (json.contains(QStringLiteral("action"))) {
        auto a = actionFromName(json.value(QStringLiteral("action")).toString());
        if (!a)
            return Error(ErrorCode::Invalid, QStringLiteral("profile: unknown duplicate action \"%1\"")
                                                 .arg(json.value(QStringLiteral("action")).toString()));
        p.action = *a;
    }
    return p;
}

QString ImportProfile::entityName(Entity e)
{
    switch (e) {
    case Entity::Customers:
        return QStringLiteral("customers");
    case Entity::Logs:
        return QStringLiteral("logs");
    case Entity::Deals:
        return QStringLiteral("deals");
    }
    return {};
}

std::optional<ImportProfile::Entity> ImportProfile::entityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("customers") || n == QLatin1String("customer"))
        return Entity::Customers;
    if (n == QLatin1String("logs") || n == QLatin1String("log") || n == QLatin1String("interactions"))
        return Entity::Logs;
    if (n == QLatin1String("deals") || n == QLatin1String("deal"))
        return Entity::Deals;
    return std::nullopt;
}

} // namespace relasi
