// Tests of CredentialStore against a real gnome-keyring Secret Service in a private D-Bus session: save, read back,
// update, remove, the saved sign-ins index, and the failure modes (no session bus, no keychain service, a locked
// keyring, a keyring never set up, a keychain that never answers), each run in a child process of this binary with
// its own session and home.
#include "KeychainTestRun.h"
#include "credentials/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Operation = CredentialStoreResult::Operation;
using Error = CredentialStoreResult::Error;
using KeychainTestRun::token;

namespace {

// Set by the parent for the child that finds the keychain stopped, so that the child can wake it up again.
const char StoppedPidVariable[] = "AUTHDOCTOR_KEYCHAIN_STOPPED_PID";
constexpr auto ChildTimeout = 3000ms;

// The same four secrets are spelled out in scripts/keychain-tests.sh.
QString utf8Secret()
{
    return u"pässwörd-✓-Test-42-"_s + token();
}
QString updatedSecret()
{
    return u"Updated-Secret-99-"_s + token();
}
QString apiKeySecret()
{
    return u"apikey-Zeta-7-"_s + token();
}
QString childSecret()
{
    return u"child-Secret-5-"_s + token();
}

Credential makeCredential(const QString &origin, const QString &user, const QString &secret,
    Credential::Scheme scheme = Credential::Scheme::Basic)
{
    Credential c;
    c.origin = origin;
    c.user = user;
    c.secret = secret;
    c.scheme = scheme;
    return c;
}

// Starts one request and waits for its result; the elapsed time goes to elapsedMs.
CredentialStoreResult await(CredentialStore &store, const std::function<void()> &request, double *elapsedMs = nullptr)
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    QElapsedTimer clock;
    clock.start();
    request();
    if (spy.isEmpty() && !spy.wait(60000)) {
        CredentialStoreResult none;
        none.error = Error::Other;
        none.technical = u"no result within 60 s"_s;
        return none;
    }
    if (elapsedMs)
        *elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return spy.first().first().value<CredentialStoreResult>();
}

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

void printResult(const CredentialStoreResult &result, double elapsedMs)
{
    const QString line = u"result\t"_s + CredentialStoreResult::operationKey(result.operation) + u'\t'
        + CredentialStoreResult::errorKey(result.error) + u'\t' + QString::number(elapsedMs, 'f', 1) + u'\t'
        + oneLine(result.errorText) + u'\t' + oneLine(result.technical) + u'\n';
    fputs(line.toUtf8().constData(), stdout);
    fflush(stdout);
}

// Runs one request and prints its result with the time it took.
void runAndPrint(CredentialStore &store, const std::function<void()> &request)
{
    double elapsed = 0;
    const CredentialStoreResult result = await(store, request, &elapsed);
    printResult(result, elapsed);
}

// The child side: one scenario, each result printed as a tab-separated line for the parent to check.
int runChild(const QString &scenario)
{
    CredentialStore store;
    store.setTimeout(ChildTimeout);
    const QString origin = u"https://child.example:443"_s;
    const QString user = u"carol"_s;
    auto save = [&] {
        store.save(makeCredential(origin, user, childSecret()));
    };
    auto read = [&] {
        store.read(origin, user);
    };
    auto remove = [&] {
        store.remove(origin, user);
    };

    if (scenario == u"seed") {
        runAndPrint(store, save);
        return 0;
    }
    if (scenario == u"save-new") {
        runAndPrint(store, [&] { store.save(makeCredential(origin, u"erin"_s, childSecret())); });
        return 0;
    }
    if (scenario == u"all") {
        runAndPrint(store, save);
        runAndPrint(store, read);
        runAndPrint(store, remove);
        return 0;
    }
    if (scenario == u"stopped") {
        // The keychain process is stopped: the read's job hangs, the save queued behind it never starts. Once the
        // keychain runs again the hung job ends (its late result ignored) and a new read must find nothing: the save
        // that timed out while waiting must not have run late.
        int results = 0;
        QObject::connect(&store, &CredentialStore::finished, &store, [&results] { ++results; });
        QElapsedTimer clock;
        clock.start();
        QList<CredentialStoreResult> first;
        QList<double> times;
        QObject::connect(&store, &CredentialStore::finished, &store, [&](const CredentialStoreResult &result) {
            first.append(result);
            times.append(double(clock.nsecsElapsed()) / 1e6);
        });
        read();
        save();
        if (!QTest::qWaitFor([&] { return first.size() >= 2; }, 30000))
            return 1;
        printResult(first.at(0), times.at(0));
        printResult(first.at(1), times.at(1));
        const qint64 pid = qEnvironmentVariableIntValue(StoppedPidVariable);
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
        runAndPrint(store, read);
        // Room for a late result to arrive, were it reported by mistake.
        QTest::qWait(500);
        fputs(QByteArray("results\t" + QByteArray::number(results) + '\n').constData(), stdout);
        return 0;
    }
    fputs("unknown scenario\n", stderr);
    return 2;
}

struct ChildResult
{
    QString operation;
    QString error;
    double elapsedMs = 0;
    QString errorText;
};

// Files under dir whose bytes hold needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveReadUpdateRemove();
    void storesUnderServiceAndKey();
    void indexNeverHoldsTheSecret();
    void resultGoesToALivingContextOnly();
    void noSessionBus();
    void busWithoutSecretService();
    void lockedKeyring();
    void keyringNeverSetUp();
    void keychainThatNeverAnswers();

private:
    // Runs scenario (a shell script that starts this binary as "$AUTHDOCTOR_TEST_BINARY --child ...") in a fresh home
    // with none of this process's D-Bus, X11 or Wayland variables, and gathers what the child printed. The child
    // must end within 90 s: a hang fails the test instead of holding it up.
    QList<ChildResult> runScenario(const QString &name, const QString &script);
    void expectAll(const QList<ChildResult> &results, const QStringList &operations, Error expected);

    QTemporaryDir m_childRoot;
    QStringList m_childLines; // what the last child printed besides results
};

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariable(KeychainTestRun::PrivateSessionVariable) != u"1"_s)
        QFAIL("The keychain tests write to a real keychain: run them with scripts/keychain-tests.sh BUILD_DIR, which "
              "starts a private gnome-keyring in a throwaway home.");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QVERIFY(m_childRoot.isValid());
    for (const char *tool : { "sh", "dbus-run-session", "dbus-send", "gnome-keyring-daemon" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
}

void TestCredentialStore::init()
{
    QSettings().remove(u"savedSignIns"_s);
}

void TestCredentialStore::saveReadUpdateRemove()
{
    CredentialStore store;
    QCOMPARE(store.timeout(), 10000ms);
    const QString origin = Credential::originOf(QUrl(u"https://Example.com/login"_s));
    const QString user = u"alice"_s;
    double ms = 0;

    CredentialStoreResult result = await(
        store, [&] { store.save(makeCredential(origin, user, utf8Secret())); }, &ms);
    QVERIFY2(result.ok(), qPrintable(result.errorText + u" / "_s + result.technical));
    QCOMPARE(result.operation, Operation::Save);
    QVERIFY(result.credential.secret.isEmpty());
    QVERIFY(result.credential.savedAt.isValid());
    qInfo("[measure] keychain write, first in the process: %.1f ms", ms);

    result = await(
        store, [&] { store.read(origin, user); }, &ms);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    qInfo("[measure] keychain read, first: %.1f ms", ms);
    QCOMPARE(result.credential.secret, utf8Secret());
    QCOMPARE(result.credential.origin, u"https://example.com:443"_s);
    QCOMPARE(result.credential.user, user);
    QCOMPARE(result.credential.scheme, Credential::Scheme::Basic);
    QVERIFY(result.credential.savedAt.isValid());

    // Update: a save over the existing entry.
    result = await(
        store, [&] { store.save(makeCredential(origin, user, updatedSecret(), Credential::Scheme::Digest)); }, &ms);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    qInfo("[measure] keychain write over an existing entry: %.1f ms", ms);
    QCOMPARE(store.savedEntries().size(), 1);
    QCOMPARE(store.savedEntries().first().scheme, Credential::Scheme::Digest);
    result = await(store, [&] { store.read(origin, user); });
    QVERIFY(result.ok());
    QCOMPARE(result.credential.secret, updatedSecret());
    QCOMPARE(result.credential.scheme, Credential::Scheme::Digest);

    // Timings once the connection to the keychain is set up: the median of five of each.
    QList<double> writes, reads;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(await(
            store, [&] { store.save(makeCredential(origin, user, updatedSecret())); }, &ms)
                    .ok());
        writes.append(ms);
        QVERIFY(await(
            store, [&] { store.read(origin, user); }, &ms)
                    .ok());
        reads.append(ms);
    }
    std::sort(writes.begin(), writes.end());
    std::sort(reads.begin(), reads.end());
    qInfo("[measure] keychain write, median of 5 later ones: %.1f ms (%.1f to %.1f)", writes.at(2), writes.first(),
        writes.last());
    qInfo("[measure] keychain read, median of 5 later ones: %.1f ms (%.1f to %.1f)", reads.at(2), reads.first(),
        reads.last());

    result = await(
        store, [&] { store.remove(origin, user); }, &ms);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    qInfo("[measure] keychain remove: %.1f ms", ms);
    QVERIFY(store.savedEntries().isEmpty());

    result = await(
        store, [&] { store.read(origin, user); }, &ms);
    QCOMPARE(result.error, Error::NotFound);
    QVERIFY(result.credential.secret.isEmpty());
    QCOMPARE(result.errorText, CredentialStore::errorText(Operation::Read, Error::NotFound));
    QVERIFY(!result.errorText.isEmpty());
    qInfo("[measure] keychain read of a removed entry (not found): %.1f ms", ms);

    // Removing again is not an error: the keychain is as asked.
    result = await(store, [&] { store.remove(origin, user); });
    QVERIFY2(result.ok(), qPrintable(result.errorText));
}

void TestCredentialStore::storesUnderServiceAndKey()
{
    CredentialStore store;
    const QString origin = u"https://keys.example:8443"_s;
    QVERIFY(await(store, [&] { store.save(makeCredential(origin, u"bob"_s, utf8Secret())); }).ok());

    // Read with QtKeychain directly: service "authdoctor", key "<origin> <user>", as other tools would find it.
    auto *job = new QKeychain::ReadPasswordJob(u"authdoctor"_s);
    job->setKey(u"https://keys.example:8443 bob"_s);
    job->setInsecureFallback(false);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(done.wait(10000));
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), utf8Secret());

    QVERIFY(await(store, [&] { store.remove(origin, u"bob"_s); }).ok());
}

void TestCredentialStore::indexNeverHoldsTheSecret()
{
    CredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::savedEntriesChanged);
    Credential apiKey
        = makeCredential(u"https://api.example:443"_s, u"build-bot"_s, apiKeySecret(), Credential::Scheme::ApiKey);
    apiKey.placement = u"X-Api-Key"_s;
    QVERIFY(
        await(store, [&] { store.save(makeCredential(u"https://a.example:443"_s, u"ünïcødé"_s, utf8Secret())); }).ok());
    QVERIFY(await(store, [&] { store.save(apiKey); }).ok());
    QCOMPARE(changed.count(), 2);

    const QList<Credential> entries = store.savedEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).user, u"ünïcødé"_s);
    QCOMPARE(entries.at(1).origin, u"https://api.example:443"_s);
    QCOMPARE(entries.at(1).scheme, Credential::Scheme::ApiKey);
    QCOMPARE(entries.at(1).placement, u"X-Api-Key"_s);
    for (const Credential &entry : entries) {
        QVERIFY(entry.secret.isEmpty());
        QVERIFY(entry.savedAt.isValid());
    }

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("savedSignIns"));
    QVERIFY(content.contains("api.example"));
    // The token is plain ASCII, so it shows even where QSettings escapes the rest of a value.
    for (const QString &secret : { utf8Secret(), apiKeySecret(), token() })
        QVERIFY2(!content.contains(secret.toUtf8()), "a secret is in the settings file");
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(token()), qPrintable(key));
    }

    QVERIFY(await(store, [&] { store.remove(u"https://a.example:443"_s, u"ünïcødé"_s); }).ok());
    QVERIFY(await(store, [&] { store.remove(apiKey.origin, apiKey.user); }).ok());
    QVERIFY(store.savedEntries().isEmpty());
}

void TestCredentialStore::resultGoesToALivingContextOnly()
{
    CredentialStore store;
    QSignalSpy finished(&store, &CredentialStore::finished);
    const QString origin = u"https://context.example:443"_s;

    QObject context;
    bool called = false;
    bool afterSignal = false;
    bool indexUpdated = false;
    store.save(makeCredential(origin, u"dave"_s, apiKeySecret()), &context, [&](const CredentialStoreResult &result) {
        called = result.ok();
        afterSignal = finished.count() == 1;
        indexUpdated = store.savedEntries().size() == 1;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
    QVERIFY(afterSignal);
    QVERIFY(indexUpdated);

    auto *gone = new QObject;
    bool calledAfterDeath = false;
    store.remove(origin, u"dave"_s, gone, [&](const CredentialStoreResult &) { calledAfterDeath = true; });
    delete gone;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QTest::qWait(50);
    QVERIFY(!calledAfterDeath);
    QVERIFY(store.savedEntries().isEmpty());
}

QList<ChildResult> TestCredentialStore::runScenario(const QString &name, const QString &script)
{
    m_childLines.clear();
    const QString dir = m_childRoot.filePath(name);
    const QString home = dir + u"/home"_s;
    const QString runtime = dir + u"/runtime"_s;
    for (const QString &path :
        QStringList { home + u"/.local/share"_s, home + u"/.config"_s, home + u"/.cache"_s, runtime })
        QDir().mkpath(path);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString scriptPath = dir + u"/scenario.sh"_s;
    QFile scriptFile(scriptPath);
    if (!scriptFile.open(QIODevice::WriteOnly))
        return {};
    scriptFile.write(script.toUtf8());
    scriptFile.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable :
        { u"DBUS_SESSION_BUS_ADDRESS"_s, u"DBUS_STARTER_ADDRESS"_s, u"DBUS_STARTER_BUS_TYPE"_s, u"DISPLAY"_s,
            u"WAYLAND_DISPLAY"_s, u"GNOME_KEYRING_CONTROL"_s, u"SSH_AUTH_SOCK"_s })
        env.remove(variable);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    env.insert(u"SCENARIO_DIR"_s, dir);
    env.insert(u"AUTHDOCTOR_TEST_BINARY"_s, QCoreApplication::applicationFilePath());
    env.insert(u"QT_LOGGING_RULES"_s, u"authdoctor.credentials.debug=true"_s);

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(u"sh"_s, { scriptPath });
    QElapsedTimer clock;
    clock.start();
    const bool ended = process.waitForFinished(90000);
    if (!ended) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (!ended || process.exitCode() != 0) {
        qWarning().noquote() << name << "child output:\n" << out << "\nchild errors:\n" << err;
        if (!ended)
            qWarning() << name << "did not end within 90 s";
        return {};
    }
    qInfo().noquote() << name << "ended after" << clock.elapsed() << "ms";

    QList<ChildResult> results;
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() >= 5 && fields.at(0) == u"result"_s) {
            results.append({ fields.at(1), fields.at(2), fields.at(3).toDouble(), fields.at(4) });
            qInfo().noquote() << u"[measure] %1: %2 -> %3 after %4 ms: \"%5\" (%6)"_s.arg(
                name, fields.at(1), fields.at(2), fields.at(3), fields.at(4), fields.value(5));
        } else {
            m_childLines.append(line);
        }
    }
    // The child's keyring, settings and logs must not hold its secret in plain text either.
    for (const QByteArray &needle : { childSecret().toUtf8(), token().toUtf8() }) {
        const QStringList leaks = filesContaining(dir, needle);
        if (!leaks.isEmpty()) {
            qWarning() << name << "secret found in" << leaks;
            return {};
        }
    }
    if (err.contains(childSecret()) || err.contains(token())) {
        qWarning() << name << "secret found in the child's log";
        return {};
    }
    return results;
}

void TestCredentialStore::expectAll(const QList<ChildResult> &results, const QStringList &operations, Error expected)
{
    QCOMPARE(results.size(), operations.size());
    for (int i = 0; i < results.size(); ++i) {
        const ChildResult &result = results.at(i);
        QCOMPARE(result.operation, operations.at(i));
        QCOMPARE(result.error, CredentialStoreResult::errorKey(expected));
        QVERIFY2(
            result.elapsedMs <= double((ChildTimeout + 1500ms).count()), qPrintable(QString::number(result.elapsedMs)));
        const Operation operation = result.operation == u"save"_s ? Operation::Save
            : result.operation == u"read"_s                       ? Operation::Read
                                                                  : Operation::Remove;
        QCOMPARE(result.errorText, CredentialStore::errorText(operation, expected, ChildTimeout));
    }
}

void TestCredentialStore::noSessionBus()
{
    // No DBUS_SESSION_BUS_ADDRESS from the start, an empty XDG_RUNTIME_DIR (no "bus" socket there) and no DISPLAY to
    // autolaunch a bus with.
    const QList<ChildResult> results
        = runScenario(u"no-session-bus"_s, u"exec \"$AUTHDOCTOR_TEST_BINARY\" --child all\n"_s);
    expectAll(results, { u"save"_s, u"read"_s, u"remove"_s }, Error::NoBackend);
    QVERIFY(results.first().errorText.contains(u"No keychain is available"_s));
}

void TestCredentialStore::busWithoutSecretService()
{
    // A session bus configured without any service directory: nothing owns org.freedesktop.secrets and nothing can
    // be started for it (the standard configuration would start gnome-keyring from its .service file).
    const QString script = uR"(set -e
cat > "$SCENARIO_DIR/bus.conf" <<'CONF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
exec dbus-run-session --config-file="$SCENARIO_DIR/bus.conf" -- "$AUTHDOCTOR_TEST_BINARY" --child all
)"_s;
    const QList<ChildResult> results = runScenario(u"bus-without-secret-service"_s, script);
    expectAll(results, { u"save"_s, u"read"_s, u"remove"_s }, Error::NoBackend);
}

void TestCredentialStore::lockedKeyring()
{
    // A real login keyring with an entry in it, locked through the Secret Service API. With no display, gnome-keyring
    // cannot show its unlock prompt, so every request meets a keyring that stays locked.
    const QString script = uR"(exec dbus-run-session -- sh -c '
set -e
echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$AUTHDOCTOR_TEST_BINARY" --child seed
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
set -- $(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked)
echo "locked $3"
"$AUTHDOCTOR_TEST_BINARY" --child all
"$AUTHDOCTOR_TEST_BINARY" --child save-new
')"_s;
    QList<ChildResult> results = runScenario(u"locked-keyring"_s, script);
    QVERIFY2(m_childLines.contains(u"locked true"_s), qPrintable(m_childLines.join(u'|')));
    QVERIFY(!results.isEmpty());
    QCOMPARE(results.first().error, u"none"_s); // the entry saved before locking
    results.removeFirst();
    // The entry that is there, then a new one into the locked keyring.
    expectAll(results, { u"save"_s, u"read"_s, u"remove"_s, u"save"_s }, Error::Locked);
}

void TestCredentialStore::keyringNeverSetUp()
{
    // The standard session bus starts gnome-keyring on the first request, with no login keyring and no password: a
    // save needs a prompt to create the keyring, which cannot be shown without a display.
    const QList<ChildResult> results = runScenario(
        u"keyring-never-set-up"_s, u"exec dbus-run-session -- \"$AUTHDOCTOR_TEST_BINARY\" --child all\n"_s);
    QCOMPARE(results.size(), 3);
    expectAll(results.mid(0, 1), { u"save"_s }, Error::Locked);
    expectAll(results.mid(1, 1), { u"read"_s }, Error::NotFound);
    expectAll(results.mid(2, 1), { u"remove"_s }, Error::None);
}

void TestCredentialStore::keychainThatNeverAnswers()
{
    // gnome-keyring stopped with SIGSTOP: it owns org.freedesktop.secrets but answers nothing, as a keychain waiting
    // for an unlock prompt nobody sees. The child wakes it up again after two timeouts.
    const QString script = uR"(exec dbus-run-session -- sh -c '
echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service string:Collections >/dev/null || exit 1
set -- $(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets)
pid=$2
kill -STOP "$pid" || exit 1
AUTHDOCTOR_KEYCHAIN_STOPPED_PID=$pid "$AUTHDOCTOR_TEST_BINARY" --child stopped
status=$?
kill -CONT "$pid" 2>/dev/null
exit $status
')"_s;
    const QList<ChildResult> results = runScenario(u"keychain-never-answers"_s, script);
    QCOMPARE(results.size(), 3);
    expectAll(results.mid(0, 2), { u"read"_s, u"save"_s }, Error::Timeout);
    QVERIFY2(
        results.at(0).elapsedMs >= double(ChildTimeout.count()), qPrintable(QString::number(results.at(0).elapsedMs)));
    // Once the keychain runs again: nothing saved, since the save that timed out while waiting never started.
    QCOMPARE(results.at(2).operation, u"read"_s);
    QCOMPARE(results.at(2).error, CredentialStoreResult::errorKey(Error::NotFound));
    QVERIFY(results.at(2).elapsedMs < double(ChildTimeout.count()));
    // Exactly one result for each request: the hung job's late answer was ignored.
    QVERIFY(m_childLines.contains(u"results\t3"_s));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"authdoctor-tests"_s);
    QCoreApplication::setApplicationName(u"TestCredentialStore"_s);
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCredentialStore.moc"
