#include <catch2/catch.hpp>

#include "io/vcard/VCardCustomer.h"
#include "io/vcard/VCardReader.h"
#include "io/vcard/VCardWriter.h"

#include <QBuffer>

using namespace relasi;

namespace {

QList<VCard> readText(const QByteArray &text)
{
    VCardReader reader;
    auto cards = reader.read(text);
    REQUIRE(cards);
    return *cards;
}

} // namespace

TEST_CASE("vCard lines unfold, unescape and split into components", "[vcard]")
{
    const auto cards = readText("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siti\r\n  Rahayu\r\nN:Rahayu;Siti;;;\r\n"
                                "NOTE:line one\\nline two\\, with comma\\; and semicolon\r\n"
                                "item1.ADR;TYPE=\"home,pref\":;;Jl. Merdeka 1\\, RT 2;Bandung;Jawa Barat;40111;Indonesia\r\n"
                                "CATEGORIES:vip,pelanggan\\,lama\r\nEND:VCARD\r\n");
    REQUIRE(cards.size() == 1);
    const VCard &c = cards.constFirst();
    CHECK(c.version == QLatin1String("3.0"));
    CHECK(c.first(QStringLiteral("FN"))->text() == QLatin1String("Siti Rahayu"));
    CHECK(c.first(QStringLiteral("N"))->components().mid(0, 2) == QStringList{QStringLiteral("Rahayu"), QStringLiteral("Siti")});
    CHECK(c.first(QStringLiteral("NOTE"))->text() == QLatin1String("line one\nline two, with comma; and semicolon"));
    const VCardProperty *adr = c.first(QStringLiteral("ADR"));
    REQUIRE(adr);
    CHECK(adr->group == QLatin1String("item1"));
    CHECK(adr->hasType(QStringLiteral("home")));
    CHECK(adr->hasType(QStringLiteral("PREF")));
    CHECK(adr->components().value(2) == QLatin1String("Jl. Merdeka 1, RT 2"));
    CHECK(adr->components().value(6) == QLatin1String("Indonesia"));
    CHECK(c.first(QStringLiteral("CATEGORIES"))->list() == QStringList{QStringLiteral("vip"), QStringLiteral("pelanggan,lama")});
}

TEST_CASE("vCard 2.1: bare types, quoted-printable with soft breaks and charset", "[vcard]")
{
    QByteArray text = "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\n"
                      "TEL;HOME;VOICE:+49 30 1234567\n"
                      "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:first =\nsecond =E2=80=A6\nEND:VCARD\n";
    const auto cards = readText(text);
    REQUIRE(cards.size() == 1);
    const VCard &c = cards.constFirst();
    CHECK(c.first(QStringLiteral("N"))->components().value(0) == QStringLiteral("M\u00fcller"));
    CHECK(c.first(QStringLiteral("N"))->components().value(1) == QStringLiteral("J\u00fcrgen"));
    CHECK(c.first(QStringLiteral("TEL"))->hasType(QStringLiteral("HOME")));
    CHECK(c.first(QStringLiteral("NOTE"))->text() == QStringLiteral("first second \u2026"));
}

TEST_CASE("broken vCard input fails with a clear reason", "[vcard]")
{
    VCardReader reader;
    CHECK(reader.read(QByteArray()).code() == ErrorCode::Invalid);
    auto cut = reader.read("BEGIN:VCARD\nVERSION:3.0\nFN:Cut off\n");
    REQUIRE_FALSE(cut);
    CHECK(cut.error().message.contains(QLatin1String("END:VCARD")));
    auto none = reader.read("Name,Email\nAni,ani@contoh.id\n");
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QLatin1String("no vCard")));
    CHECK(VCardReader::looksLikeVCard("\xEF\xBB\xBF\r\nBEGIN:VCARD\r\n"));
    CHECK_FALSE(VCardReader::looksLikeVCard("Name,Email\n"));
}

TEST_CASE("vCard writer folds at 75 octets without splitting UTF-8 and escapes text", "[vcard]")
{
    const QString longNote = QString(60, QLatin1Char('a')) + QStringLiteral("\u00e9\u00e9\u00e9\u4e2d\u6587; b, c\n") + QString(100, QLatin1Char('z'));
    Customer c;
    c.id = QStringLiteral("0190d5a0-0000-7000-8000-000000000001");
    c.displayName = QStringLiteral("Dewi; Lestari, S.E.");
    c.givenName = QStringLiteral("Dewi");
    c.familyName = QStringLiteral("Lestari");
    c.notes = longNote;
    c.tags = {QStringLiteral("vip"), QStringLiteral("a,b")};
    ContactPoint mail;
    mail.kind = ContactKind::Email;
    mail.raw = QStringLiteral("dewi@contoh.id");
    mail.primary = true;
    c.contacts << mail;
    for (auto version : {VCardWriter::Version::V3, VCardWriter::Version::V4}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        VCardWriter writer(&buffer, version);
        REQUIRE(writer.write(VCardCustomer::fromCustomer(c, version)));
        const QByteArray out = buffer.data();
        for (const QByteArray &line : out.split('\n')) {
            CHECK(line.size() <= 76); // 75 octets + the CR
            if (!line.isEmpty())
                CHECK(line.endsWith('\r'));
        }
        CHECK(QString::fromUtf8(out).isValidUtf16());
        CHECK_FALSE(out.contains("\xEF\xBF\xBD")); // no replacement character: no split sequence
        // Read back: the same values.
        VCardReader reader;
        auto cards = reader.read(out);
        REQUIRE(cards);
        REQUIRE(cards->size() == 1);
        const VCard &back = cards->constFirst();
        CHECK(back.version == VCardWriter::versionName(version));
        CHECK(back.first(QStringLiteral("FN"))->text() == c.displayName);
        CHECK(back.first(QStringLiteral("NOTE"))->text() == longNote);
        CHECK(back.first(QStringLiteral("CATEGORIES"))->list() == c.tags);
        const QStringList row = VCardCustomer::row(back);
        CHECK(row.contains(QStringLiteral("dewi@contoh.id")));
        CHECK(row.contains(QStringLiteral("Dewi")));
        CHECK(row.contains(QStringLiteral("Lestari")));
    }
}
