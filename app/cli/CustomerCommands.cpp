// relasi-cli customer add|show|edit|delete|restore|list|search
#include "Cli.h"
#include "CommandOptions.h"
#include "CustomerJson.h"

#include "search/CustomerSearch.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"

#include <QJsonArray>

namespace relasi::cli {

namespace {

void addContacts(Customer &c, ContactKind kind, const QStringList &values)
{
    for (const QString &v : values) {
        ContactPoint p;
        p.kind = kind;
        p.raw = v;
        p.primary = std::none_of(c.contacts.cbegin(), c.contacts.cend(),
                                 [kind](const ContactPoint &x) { return x.kind == kind && x.primary; });
        c.contacts << p;
    }
}

int cmdAdd(Context &ctx)
{
    const QString name = ctx.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("customer add needs --name"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    Customer c;
    if (ctx.value(QStringLiteral("kind")).compare(QLatin1String("company"), Qt::CaseInsensitive) == 0)
        c.kind = CustomerKind::Company;
    c.displayName = name;
    c.companyName = ctx.value(QStringLiteral("company"));
    c.notes = ctx.value(QStringLiteral("notes"));
    c.source = ctx.value(QStringLiteral("source"));
    c.externalId = ctx.value(QStringLiteral("external-id"));
    if (ctx.isSet(QStringLiteral("status"))) {
        auto st = customerStatusFromName(ctx.value(QStringLiteral("status")));
        if (!st)
            return ctx.usage(QStringLiteral("unknown --status (lead, prospect, customer, inactive)"));
        c.status = *st;
    }
    if (!userOption(ctx, *services, QStringLiteral("owner"), &c.ownerId))
        return ctx.exitCode();
    addContacts(c, ContactKind::Email, ctx.parser().values(QStringLiteral("email")));
    addContacts(c, ContactKind::Phone, ctx.parser().values(QStringLiteral("phone")));
    addContacts(c, ContactKind::WhatsApp, ctx.parser().values(QStringLiteral("whatsapp")));
    c.tags = ctx.parser().values(QStringLiteral("tag"));
    if (ctx.isSet(QStringLiteral("city"))) {
        Address a;
        a.city = ctx.value(QStringLiteral("city"));
        c.addresses << a;
    }
    CustomerService customers(*services);
    return ctx.printNewId(customers.create(c));
}

int needId(Context &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one customer ID"));
    return 0;
}

// show / edit: opens the services and reads the customer named by the one ID argument. False after printing
// the error (ctx.exitCode()).
bool openCustomerArgument(Context &ctx, ServiceContext **services, Customer *customer)
{
    if (needId(ctx))
        return false;
    *services = ctx.openServices();
    if (!*services)
        return false;
    auto got = CustomerService(**services).get(ctx.arguments().constFirst());
    if (!got) {
        ctx.fail(got.error());
        return false;
    }
    *customer = std::move(got).value();
    return true;
}

int cmdShow(Context &ctx)
{
    ServiceContext *services = nullptr;
    Customer c;
    if (!openCustomerArgument(ctx, &services, &c))
        return ctx.exitCode();
    const QJsonObject full = customerFullJson(c, emailOfUser(*services, c.ownerId));
    if (ctx.json()) {
        ctx.printJson(full);
        return 0;
    }
    QTextStream &o = ctx.out();
    o << c.displayName << (c.isDeleted() ? "  (deleted)" : "") << "\n";
    if (!c.companyName.isEmpty())
        o << "  company   " << c.companyName << "\n";
    o << "  status    " << customerStatusName(c.status) << "\n";
    o << "  owner     " << full.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString()
      << "\n";
    for (const ContactPoint &p : c.contacts)
        o << "  " << contactKindName(p.kind).leftJustified(9, QLatin1Char(' ')) << " " << p.normalized << "\n";
    for (const Address &a : c.addresses)
        o << "  address   " << QStringList{a.street, a.city, a.region, a.postalCode, a.country}.join(QStringLiteral(", "))
          << "\n";
    if (!c.tags.isEmpty())
        o << "  tags      " << c.tags.join(QStringLiteral(", ")) << "\n";
    if (!c.notes.isEmpty())
        o << "  notes     " << c.notes << "\n";
    o << "  id        " << c.id << "\n";
    return 0;
}

int cmdEdit(Context &ctx)
{
    ServiceContext *services = nullptr;
    Customer c;
    if (!openCustomerArgument(ctx, &services, &c))
        return ctx.exitCode();
    CustomerService customers(*services);
    if (ctx.isSet(QStringLiteral("name"))) {
        c.displayName = ctx.value(QStringLiteral("name"));
        c.givenName.clear();
        c.familyName.clear();
    }
    if (ctx.isSet(QStringLiteral("notes")))
        c.notes = ctx.value(QStringLiteral("notes"));
    if (ctx.isSet(QStringLiteral("company")))
        c.companyName = ctx.value(QStringLiteral("company"));
    if (ctx.isSet(QStringLiteral("status"))) {
        auto st = customerStatusFromName(ctx.value(QStringLiteral("status")));
        if (!st)
            return ctx.usage(QStringLiteral("unknown --status (lead, prospect, customer, inactive)"));
        c.status = *st;
    }
    for (const QString &t : ctx.parser().values(QStringLiteral("add-tag")))
        if (!c.tags.contains(t, Qt::CaseInsensitive))
            c.tags << t;
    for (const QString &t : ctx.parser().values(QStringLiteral("remove-tag")))
        c.tags.removeIf([&t](const QString &x) { return x.compare(t, Qt::CaseInsensitive) == 0; });
    addContacts(c, ContactKind::Email, ctx.parser().values(QStringLiteral("email")));
    addContacts(c, ContactKind::Phone, ctx.parser().values(QStringLiteral("phone")));
    // An unknown --owner fails before anything is written.
    QString newOwnerId;
    if (!userOption(ctx, *services, QStringLiteral("owner"), &newOwnerId))
        return ctx.exitCode();
    Status s = customers.update(c);
    if (!s)
        return ctx.fail(s.error());
    if (!newOwnerId.isEmpty()) {
        Status r = customers.reassign(c.id, newOwnerId);
        if (!r)
            return ctx.fail(r.error());
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("ok"), true}});
    return 0;
}

// delete / restore: one id, one state change.
int changeState(Context &ctx, Status (CustomerService::*change)(const QString &))
{
    if (int rc = needId(ctx))
        return rc;
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    CustomerService customers(*services);
    Status s = (customers.*change)(ctx.arguments().constFirst());
    return s ? 0 : ctx.fail(s.error());
}

int cmdDelete(Context &ctx)
{
    return changeState(ctx, &CustomerService::remove);
}

int cmdRestore(Context &ctx)
{
    return changeState(ctx, &CustomerService::restore);
}

void printList(Context &ctx, const QList<Customer> &list)
{
    if (ctx.json()) {
        QJsonArray arr;
        for (const Customer &c : list)
            arr.append(customerSummaryJson(c));
        ctx.printJson(arr);
        return;
    }
    for (const Customer &c : list) {
        ctx.out() << c.id << "  " << c.displayName;
        if (!c.companyName.isEmpty())
            ctx.out() << " (" << c.companyName << ")";
        if (!c.emails().isEmpty())
            ctx.out() << "  " << c.emails().constFirst();
        if (!c.phones().isEmpty())
            ctx.out() << "  " << c.phones().constFirst();
        ctx.out() << "\n";
    }
}

int cmdList(Context &ctx)
{
    CustomerFilter f;
    if (!limitOption(ctx, 100, &f.limit))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    f.status = ctx.value(QStringLiteral("status"));
    f.tag = ctx.value(QStringLiteral("tag"));
    if (!userOption(ctx, *services, QStringLiteral("owner"), &f.ownerId))
        return ctx.exitCode();
    CustomerService customers(*services);
    auto list = customers.list(f);
    if (!list)
        return ctx.fail(list.error());
    printList(ctx, *list);
    return 0;
}

int cmdSearch(Context &ctx)
{
    if (ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("customer search needs a QUERY"));
    int limit = 20;
    if (!limitOption(ctx, limit, &limit))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    const Session &s = services->session();
    const bool seesAll = s.role != Role::Sales;
    auto hits = CustomerSearch::search(services->db(), ctx.arguments().join(QLatin1Char(' ')), limit,
                                       seesAll ? QString() : s.userId, services->defaultRegion());
    if (!hits)
        return ctx.fail(hits.error());
    CustomerService customers(*services);
    QList<Customer> found;
    for (const SearchHit &h : *hits) {
        auto c = customers.get(h.customerId);
        if (c)
            found << *c;
    }
    printList(ctx, found);
    return 0;
}

QList<QCommandLineOption> recordOptions()
{
    return {option(QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME")),
            option(QStringLiteral("email"), QStringLiteral("An e-mail address (repeatable)."), QStringLiteral("EMAIL")),
            option(QStringLiteral("phone"), QStringLiteral("A phone number, any format (repeatable)."),
                   QStringLiteral("PHONE")),
            option(QStringLiteral("company"), QStringLiteral("Company name."), QStringLiteral("NAME")),
            option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT")),
            option(QStringLiteral("status"), QStringLiteral("lead, prospect, customer or inactive."),
                   QStringLiteral("STATUS")),
            option(QStringLiteral("owner"), QStringLiteral("Owner's e-mail (needs the right to reassign)."),
                   QStringLiteral("EMAIL"))};
}

} // namespace

void addCustomerCommands(QList<Command> &commands)
{
    QList<QCommandLineOption> addOpts = recordOptions();
    addOpts << option(QStringLiteral("kind"), QStringLiteral("person (default) or company."), QStringLiteral("KIND"))
            << option(QStringLiteral("whatsapp"), QStringLiteral("A WhatsApp number (repeatable)."),
                      QStringLiteral("PHONE"))
            << option(QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("TAG"))
            << option(QStringLiteral("city"), QStringLiteral("City."), QStringLiteral("CITY"))
            << option(QStringLiteral("source"), QStringLiteral("Where the customer came from."), QStringLiteral("TEXT"))
            << option(QStringLiteral("external-id"), QStringLiteral("An id in another system."), QStringLiteral("ID"));
    QList<QCommandLineOption> editOpts = recordOptions();
    editOpts << option(QStringLiteral("add-tag"), QStringLiteral("Add a tag (repeatable)."), QStringLiteral("TAG"))
             << option(QStringLiteral("remove-tag"), QStringLiteral("Remove a tag (repeatable)."), QStringLiteral("TAG"));
    const QList<QCommandLineOption> listOpts{
        option(QStringLiteral("limit"), QStringLiteral("At most N results."), QStringLiteral("N")),
        option(QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("STATUS")),
        option(QStringLiteral("tag"), QStringLiteral("Only with this tag."), QStringLiteral("TAG")),
        option(QStringLiteral("owner"), QStringLiteral("Only this owner's (e-mail)."), QStringLiteral("EMAIL"))};
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    const QString c = QStringLiteral("customer");
    commands << Command{{c, QStringLiteral("add")}, QStringLiteral("Add a customer; prints its id ({\"id\":…} with --json)."),
                        pw, addOpts, QString(), cmdAdd};
    commands << Command{{c, QStringLiteral("show")}, QStringLiteral("Show one customer (whole record with --json)."), pw,
                        {}, QStringLiteral("ID"), cmdShow};
    commands << Command{{c, QStringLiteral("edit")}, QStringLiteral("Change a customer's fields."), pw, editOpts,
                        QStringLiteral("ID"), cmdEdit};
    commands << Command{{c, QStringLiteral("delete")}, QStringLiteral("Delete a customer (restorable)."), pw, {},
                        QStringLiteral("ID"), cmdDelete};
    commands << Command{{c, QStringLiteral("restore")}, QStringLiteral("Restore a deleted customer."), pw, {},
                        QStringLiteral("ID"), cmdRestore};
    commands << Command{{c, QStringLiteral("list")}, QStringLiteral("List customers you may see."), pw, listOpts,
                        QString(), cmdList};
    commands << Command{{c, QStringLiteral("search")},
                        QStringLiteral("Search by name, company, phone (any format), e-mail, city, tag or notes."), pw,
                        {option(QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."),
                                QStringLiteral("N"))},
                        QStringLiteral("QUERY"), cmdSearch};
}

} // namespace relasi::cli
