// relasi-cli deal add|move|list: the sales pipeline
#include "Cli.h"
#include "CommandOptions.h"
#include "RecordJson.h"

#include "domain/Money.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"

#include <QJsonArray>

namespace relasi::cli {

namespace {

// An amount as typed: "Rp 1.250.000", "1250000", "1,250,000.50", "1.250.000,50". Money::parse is strict
// per locale, so the Indonesian reading is tried first for IDR (where "1.250" means one thousand two
// hundred and fifty) and the English one first for other currencies; the other one is the fallback.
// Integers only: no floating point anywhere.
Result<Money> parseAmount(const QString &text, const QString &currency)
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const bool idrFirst = currency == QLatin1String("IDR");
    auto first = Money::parse(text, currency, idrFirst ? indonesian : english);
    if (first)
        return first;
    auto second = Money::parse(text, currency, idrFirst ? english : indonesian);
    if (second)
        return second;
    return first.error();
}

int cmdDealAdd(Context &ctx)
{
    Deal d;
    d.customerId = ctx.value(QStringLiteral("customer")).trimmed();
    d.title = ctx.value(QStringLiteral("title")).trimmed();
    const QString amountText = ctx.value(QStringLiteral("amount"));
    if (d.customerId.isEmpty() || d.title.isEmpty() || amountText.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("deal add needs --customer ID, --title T and --amount AMOUNT"));
    const QString currency = ctx.isSet(QStringLiteral("currency"))
        ? ctx.value(QStringLiteral("currency")).trimmed().toUpper()
        : QStringLiteral("IDR");
    if (!Money::isValidCurrency(currency))
        return ctx.usage(QStringLiteral("--currency needs an ISO 4217 code such as IDR or USD"));
    auto amount = parseAmount(amountText, currency);
    if (!amount)
        return ctx.usage(QStringLiteral("--amount '%1': %2").arg(amountText, amount.error().message));
    d.amount = *amount;
    if (ctx.isSet(QStringLiteral("stage"))) {
        d.stage = ctx.value(QStringLiteral("stage")).trimmed().toLower();
        if (!DealService::stages().contains(d.stage))
            return ctx.usage(QStringLiteral("unknown --stage '%1' (%2)")
                                 .arg(d.stage, DealService::stages().join(QStringLiteral(", "))));
    }
    if (!timeOption(ctx, QStringLiteral("expected-close"), &d.expectedClose))
        return ctx.exitCode();
    if (ctx.isSet(QStringLiteral("probability"))) {
        bool ok = false;
        d.probability = ctx.value(QStringLiteral("probability")).trimmed().remove(QLatin1Char('%')).toInt(&ok);
        if (!ok || d.probability < 0 || d.probability > 100)
            return ctx.usage(QStringLiteral("--probability needs a whole number from 0 to 100"));
    }
    d.lostReason = ctx.value(QStringLiteral("reason"));
    if (d.stage == QLatin1String("lost") && d.lostReason.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("a deal added as lost needs --reason"));

    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    if (!userOption(ctx, *services, QStringLiteral("owner"), &d.ownerId))
        return ctx.exitCode();
    DealService deals(*services);
    return ctx.printNewId(deals.create(d));
}

int cmdDealMove(Context &ctx)
{
    const QString stage = ctx.value(QStringLiteral("stage")).trimmed().toLower();
    if (ctx.arguments().size() != 1 || stage.isEmpty())
        return ctx.usage(QStringLiteral("deal move ID --stage STAGE [--reason R]"));
    if (!DealService::stages().contains(stage))
        return ctx.usage(
            QStringLiteral("unknown --stage '%1' (%2)").arg(stage, DealService::stages().join(QStringLiteral(", "))));
    if (stage == QLatin1String("lost") && ctx.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("moving a deal to lost needs --reason"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    DealService deals(*services);
    const QString id = ctx.arguments().constFirst();
    Status s = deals.moveStage(id, stage, ctx.value(QStringLiteral("reason")));
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("stage"), stage}, {QStringLiteral("ok"), true}});
    return 0;
}

int cmdDealList(Context &ctx)
{
    DealFilter f;
    if (!limitOption(ctx, 100, &f.limit))
        return ctx.exitCode();
    f.customerId = ctx.value(QStringLiteral("customer")).trimmed();
    if (ctx.isSet(QStringLiteral("stage"))) {
        f.stage = ctx.value(QStringLiteral("stage")).trimmed().toLower();
        if (!DealService::stages().contains(f.stage))
            return ctx.usage(QStringLiteral("unknown --stage '%1' (%2)")
                                 .arg(f.stage, DealService::stages().join(QStringLiteral(", "))));
    }
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    if (!userOption(ctx, *services, QStringLiteral("owner"), &f.ownerId))
        return ctx.exitCode();
    DealService deals(*services);
    auto list = deals.list(f);
    if (!list)
        return ctx.fail(list.error());
    const QHash<QString, QString> emails = userEmails(*services);
    const QLocale locale = businessLocale(*services);
    if (ctx.json()) {
        QJsonArray arr;
        for (const Deal &d : *list)
            arr.append(dealJson(d, emails.value(d.ownerId), locale));
        ctx.printJson(arr);
        return 0;
    }
    for (const Deal &d : *list) {
        ctx.out() << d.id << "  " << d.stage.leftJustified(11, QLatin1Char(' ')) << " "
                  << d.amount.format(locale).rightJustified(18, QLatin1Char(' ')) << "  " << d.title;
        if (d.probability >= 0)
            ctx.out() << "  " << d.probability << "%";
        ctx.out() << "  " << emails.value(d.ownerId) << "\n";
    }
    return 0;
}

} // namespace

void addDealCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    const QString dl = QStringLiteral("deal");
    const QString stages = DealService::stages().join(QStringLiteral(", "));
    commands << Command {{dl, QStringLiteral("add")},
        QStringLiteral("Add a deal for a customer; prints its id ({\"id\":…} with --json)."), pw,
        {option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
            option(QStringLiteral("title"), QStringLiteral("What is being sold."), QStringLiteral("TITLE")),
            option(QStringLiteral("amount"),
                QStringLiteral("The amount as written: \"Rp 1.250.000\", \"1250000\", \"1,250,000.50\"."),
                QStringLiteral("AMOUNT")),
            option(QStringLiteral("currency"), QStringLiteral("ISO 4217 code (default IDR)."), QStringLiteral("CODE")),
            option(QStringLiteral("stage"), QStringLiteral("One of %1 (default lead).").arg(stages),
                QStringLiteral("STAGE")),
            option(QStringLiteral("expected-close"), QStringLiteral("Expected closing date, ISO-8601."),
                QStringLiteral("DATE")),
            option(QStringLiteral("probability"), QStringLiteral("Chance of winning, 0-100."), QStringLiteral("P")),
            option(QStringLiteral("owner"),
                QStringLiteral("Owner's e-mail (default you; others need the right to "
                               "reassign)."),
                QStringLiteral("EMAIL")),
            option(QStringLiteral("reason"), QStringLiteral("Why it was lost (for --stage lost)."),
                QStringLiteral("TEXT"))},
        QString(), cmdDealAdd};
    commands << Command {{dl, QStringLiteral("move")},
        QStringLiteral("Move a deal to another stage (lost needs --reason)."), pw,
        {option(QStringLiteral("stage"), QStringLiteral("One of %1.").arg(stages), QStringLiteral("STAGE")),
            option(QStringLiteral("reason"), QStringLiteral("Why it was lost."), QStringLiteral("TEXT"))},
        QStringLiteral("ID"), cmdDealMove};
    commands << Command {{dl, QStringLiteral("list")},
        QStringLiteral("List deals you may see, newest first (amounts as integer minor units with --json)."), pw,
        {option(QStringLiteral("customer"), QStringLiteral("Only this customer's."), QStringLiteral("ID")),
            option(QStringLiteral("stage"), QStringLiteral("Only this stage."), QStringLiteral("STAGE")),
            option(QStringLiteral("owner"), QStringLiteral("Only this owner's (e-mail)."), QStringLiteral("EMAIL")),
            option(QStringLiteral("limit"), QStringLiteral("At most N deals (default 100)."), QStringLiteral("N"))},
        QString(), cmdDealList};
}

} // namespace relasi::cli
