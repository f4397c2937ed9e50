// The translations as the program loads them: English plural forms for every "(s)" string (read from the .ts file and
// compared with what the compiled-in .qm gives), German for a German locale, and the English source text elsewhere.
#include "Translations.h"
#include "statuspage/StatusPageCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct PluralMessage
{
    QString context;
    QString source;
    QStringList forms;
};

QList<PluralMessage> pluralMessages(const QString &path)
{
    QList<PluralMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    PluralMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                current = PluralMessage { context, {}, {} };
            } else if (xml.name() == u"source"_s) {
                current.source = xml.readElementText();
            } else if (xml.name() == u"numerusform"_s) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s && numerus) {
            messages.append(current);
        }
    }
    return messages;
}

void removeTranslators()
{
    const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void englishPlurals();
    void german();
};

void TestTranslations::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::englishPlurals()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QCoreApplication::instance());
    const QList<PluralMessage> messages
        = pluralMessages(QStringLiteral(AUTHDOCTOR_SOURCE_DIR) + u"/translations/authdoctor_en.ts"_s);
    QVERIFY(messages.size() > 50);
    for (const PluralMessage &message : messages) {
        const QByteArray where = (message.context + u": "_s + message.source).toUtf8();
        QVERIFY2(message.forms.size() == 2, where.constData());
        for (const QString &form : message.forms) {
            QVERIFY2(!form.contains(u"(s)"_s) && !form.contains(u"(es)"_s), where.constData());
            // One message's text, never another's swallowed into it.
            QVERIFY2(!form.contains(u"<source>"_s) && form.size() < message.source.size() + 8, where.constData());
        }
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
            QString(message.forms.at(0)).replace(u"%n"_s, u"1"_s));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 3),
            QString(message.forms.at(1)).replace(u"%n"_s, u"3"_s));
    }
    QCOMPARE(QCoreApplication::translate("ApiKeyPlacementCheck", "%n second(s)", nullptr, 1), u"1 second"_s);
    QCOMPARE(QCoreApplication::translate("ApiKeyPlacementCheck", "%n second(s)", nullptr, 2), u"2 seconds"_s);
}

void TestTranslations::german()
{
    const QString english = StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::NoDomain);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install(QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("ApiKeyPlacementCheck", "%n second(s)", nullptr, 1), u"1 Sekunde"_s);
    QCOMPARE(QCoreApplication::translate("ApiKeyPlacementCheck", "%n second(s)", nullptr, 5), u"5 Sekunden"_s);
    // Words from the core library outside any QObject, translated as well.
    const QString german = StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::NoDomain);
    QVERIFY(!german.isEmpty());
    QVERIFY2(german != english, qPrintable(german));
    QVERIFY2(german.contains(u"Domain"_s), qPrintable(german));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
