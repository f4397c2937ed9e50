<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressPage</name>
    <message>
        <source>Which address fails?</source>
        <translation>Welche Adresse schlägt fehl?</translation>
    </message>
    <message>
        <source>&amp;Address that answers “401 Unauthorized”:</source>
        <translation>&amp;Adresse, die mit „401 Unauthorized“ antwortet:</translation>
    </message>
    <message>
        <source>https://example.com/account</source>
        <translation>https://example.com/account</translation>
    </message>
    <message>
        <source>Auth Doctor remembers the last addresses you checked, without user names, passwords or anything after a “?” or “#”.</source>
        <translation>Auth Doctor merkt sich die zuletzt geprüften Adressen, ohne Benutzernamen, Passwörter und ohne alles, was nach einem „?“ oder „#“ steht.</translation>
    </message>
    <message>
        <source>Copy the address from your browser’s address bar, or the URL your program calls, and paste it here. A curl command works too, such as the one your browser’s developer tools copy with “Copy as cURL”.</source>
        <translation>Kopieren Sie die Adresse aus der Adressleiste Ihres Browsers oder die URL, die Ihr Programm aufruft, und fügen Sie sie hier ein. Auch ein curl-Befehl funktioniert, etwa der, den die Entwicklerwerkzeuge Ihres Browsers mit „Als cURL kopieren“ kopieren.</translation>
    </message>
    <message>
        <source>Read as a curl command: %1 %2</source>
        <translation>Als curl-Befehl gelesen: %1 %2</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Kopfzeilen: %1</translation>
    </message>
    <message>
        <source>Cookies: %1</source>
        <translation>Cookies: %1</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>Signs in as %1, with a password</source>
        <translation>Meldet sich als %1 an, mit Passwort</translation>
    </message>
    <message>
        <source>Names the user %1, without a password: the sign-in is not sent</source>
        <translation>Nennt den Benutzer %1, ohne Passwort: Die Anmeldung wird nicht gesendet</translation>
    </message>
    <message>
        <source>Its secrets (password, Authorization, key and cookie values) are kept in memory for this diagnosis only, never saved.</source>
        <translation>Seine vertraulichen Angaben (Passwort, Authorization, Schlüssel- und Cookie-Werte) werden nur für diese Diagnose im Arbeitsspeicher gehalten und nie gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>ApiAccessPage</name>
    <message>
        <source>Check your API key or token</source>
        <translation>API-Schlüssel oder Token prüfen</translation>
    </message>
    <message>
        <source>Paste what your program sends. Auth Doctor reads it on this computer, and sends it only when you ask, and only to the address you are checking.</source>
        <translation>Fügen Sie ein, was Ihr Programm sendet. Auth Doctor liest es auf diesem Computer und sendet es nur, wenn Sie es verlangen, und nur an die Adresse, die Sie prüfen.</translation>
    </message>
    <message>
        <source>Your token or key</source>
        <translation>Ihr Token oder Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Token or API key:</source>
        <translation>&amp;Token oder API-Schlüssel:</translation>
    </message>
    <message>
        <source>Paste it here, as your program sends it</source>
        <translation>Hier so einfügen, wie Ihr Programm es sendet</translation>
    </message>
    <message>
        <source>Use the &amp;cleaned value</source>
        <translation>&amp;Bereinigten Wert verwenden</translation>
    </message>
    <message>
        <source>Replace the text with the value without the mistakes found</source>
        <translation>Den Text durch den Wert ohne die gefundenen Fehler ersetzen</translation>
    </message>
    <message>
        <source>Show the &amp;mistake</source>
        <translation>&amp;Fehler zeigen</translation>
    </message>
    <message>
        <source>Select the characters of the next mistake in the field</source>
        <translation>Die Zeichen des nächsten Fehlers im Feld markieren</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Was das Token angibt</translation>
    </message>
    <message>
        <source>Claims of the token</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>The signature is not verified: Auth Doctor only reads what the token says, and cannot tell whether its issuer really signed it.</source>
        <translation>Die Signatur wird nicht geprüft: Auth Doctor liest nur, was das Token angibt, und kann nicht feststellen, ob sein Aussteller es wirklich signiert hat.</translation>
    </message>
    <message>
        <source>Where does the key go?</source>
        <translation>Wohin gehört der Schlüssel?</translation>
    </message>
    <message>
        <source>Send my key over this &amp;unencrypted connection. Anyone on the network could read it.</source>
        <translation>Meinen Schlüssel über diese &amp;unverschlüsselte Verbindung senden. Jeder im Netzwerk könnte ihn mitlesen.</translation>
    </message>
    <message>
        <source>Find where the key &amp;goes</source>
        <translation>&amp;Ermitteln, wohin der Schlüssel gehört</translation>
    </message>
    <message>
        <source>Send the key to the address in the usual places, one place per request, until one works</source>
        <translation>Den Schlüssel an den üblichen Stellen an die Adresse senden, eine Stelle pro Anfrage, bis eine funktioniert</translation>
    </message>
    <message>
        <source>Progress of the search for where the key goes</source>
        <translation>Fortschritt der Suche, wohin der Schlüssel gehört</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the search; answers still on their way are dropped</source>
        <translation>Die Suche anhalten; Antworten, die noch unterwegs sind, werden verworfen</translation>
    </message>
    <message>
        <source>A command that works:</source>
        <translation>Ein Befehl, der funktioniert:</translation>
    </message>
    <message>
        <source>The key is written as $API_KEY: set that environment variable before running the command</source>
        <translation>Der Schlüssel steht als $API_KEY im Befehl: Setzen Sie diese Umgebungsvariable, bevor Sie den Befehl ausführen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the command; it holds $API_KEY, not the key</source>
        <translation>Den Befehl kopieren; er enthält $API_KEY, nicht den Schlüssel</translation>
    </message>
    <message>
        <source>Auth Doctor sends the key to %1 in up to %2 usual places (the Authorization header with Bearer, Token or Basic, the X-API-Key and Api-Key headers, and query parameters such as api_key), at most %3 at a time, and stops at the first that works. The key goes to no other address.</source>
        <translation>Auth Doctor sendet den Schlüssel an bis zu %2 üblichen Stellen an %1 (im Authorization-Header mit Bearer, Token oder Basic, in den Headern X-API-Key und Api-Key sowie in Abfrageparametern wie api_key), höchstens %3 gleichzeitig, und hört bei der ersten auf, die funktioniert. Der Schlüssel geht an keine andere Adresse.</translation>
    </message>
    <message>
        <source>Filled in with what you tested on the sign-in page.</source>
        <translation>Ausgefüllt mit dem, was Sie auf der Anmeldeseite getestet haben.</translation>
    </message>
    <message>
        <source>Filled in from the header of the pasted curl command.</source>
        <translation>Aus dem Header des eingefügten curl-Befehls übernommen.</translation>
    </message>
    <message>
        <source>A JSON Web Token (JWT): what it says is below.</source>
        <translation>Ein JSON Web Token (JWT): Was es angibt, steht unten.</translation>
    </message>
    <message>
        <source>Not a JSON Web Token: a key or token that only the server can read. Find out below where it goes.</source>
        <translation>Kein JSON Web Token: ein Schlüssel oder Token, den nur der Server lesen kann. Ermitteln Sie unten, wohin er gehört.</translation>
    </message>
    <message>
        <source>A Basic value: a name and password in base64, not a token.</source>
        <translation>Ein Basic-Wert: ein Name und ein Passwort in base64, kein Token.</translation>
    </message>
    <message>
        <source>Times are judged by this computer’s clock (%1): the server’s answer did not say what time it is.</source>
        <translation>Die Zeiten werden nach der Uhr dieses Computers beurteilt (%1): Die Antwort des Servers enthielt keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Times are judged by the server’s clock, as its Date header showed it; it agrees with this computer’s clock (%1).</source>
        <translation>Die Zeiten werden nach der Uhr des Servers beurteilt, wie sein Date-Header sie angab; sie stimmt mit der Uhr dieses Computers überein (%1).</translation>
    </message>
    <message>
        <source>Times are judged by the server’s clock, as its Date header showed it: %1. This computer’s clock says %2.</source>
        <translation>Die Zeiten werden nach der Uhr des Servers beurteilt, wie sein Date-Header sie angab: %1. Die Uhr dieses Computers zeigt %2.</translation>
    </message>
    <message>
        <source>The search was stopped. Answers still on their way were dropped.</source>
        <translation>Die Suche wurde angehalten. Antworten, die noch unterwegs waren, wurden verworfen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPlacementCheck</name>
    <message>
        <source>Finding where the API key goes</source>
        <translation>Es wird ermittelt, wohin der API-Schlüssel gehört</translation>
    </message>
    <message>
        <source>Not sent to %1: plain http, and sending over http was not allowed.</source>
        <translation>Nicht an %1 gesendet: unverschlüsseltes http, und das Senden über http war nicht erlaubt.</translation>
    </message>
    <message>
        <source>stopped: another place had worked</source>
        <translation>abgebrochen: eine andere Stelle hatte bereits funktioniert</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>As a command: %1</source>
        <translation>Als Befehl: %1</translation>
    </message>
    <message>
        <source>Tried:
%1</source>
        <translation>Versucht:
%1</translation>
    </message>
</context>
<context>
    <name>AttemptLog</name>
    <message>
        <source>cannot create the folder %1 for the attempt log</source>
        <translation>der Ordner %1 für das Versuchsprotokoll kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the attempt log %1 is in use by another program</source>
        <translation>das Versuchsprotokoll %1 wird gerade von einem anderen Programm benutzt</translation>
    </message>
    <message>
        <source>cannot rotate the attempt log %1</source>
        <translation>das Versuchsprotokoll %1 kann nicht weitergeschaltet werden</translation>
    </message>
    <message>
        <source>cannot write the attempt log %1: %2</source>
        <translation>das Versuchsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>AttemptLogDialog</name>
    <message>
        <source>Sign-in attempts log</source>
        <translation>Protokoll der Anmeldeversuche</translation>
    </message>
    <message>
        <source>Every diagnosis, in this window or on the command line, is noted here, newest first: when, which site, the verdict and the findings. Never a password, token, user name, path or header value.</source>
        <translation>Jede Diagnose, ob in diesem Fenster oder auf der Kommandozeile, wird hier festgehalten, die neueste zuerst: wann, welche Website, das Ergebnis und die Befunde. Nie ein Passwort, Token, Benutzername, Pfad oder Header-Wert.</translation>
    </message>
    <message>
        <source>No attempts are logged yet.</source>
        <translation>Noch keine Versuche protokolliert.</translation>
    </message>
    <message>
        <source>Logged attempts</source>
        <translation>Protokollierte Versuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Run from</source>
        <translation>Gestartet aus</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>C&amp;lear log…</source>
        <translation>Protokoll &amp;leeren …</translation>
    </message>
    <message>
        <source>Remove every logged attempt</source>
        <translation>Alle protokollierten Versuche entfernen</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the attempts log</source>
        <translation>Protokoll der Anmeldeversuche leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n logged attempt(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n protokollierten Versuch entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die %n protokollierten Versuche entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>The log is empty now.</source>
        <translation>Das Protokoll ist jetzt leer.</translation>
    </message>
    <message>
        <source>The log could not be cleared: %1</source>
        <translation>Das Protokoll konnte nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>AuthChallenge</name>
    <message>
        <source>The header is empty: it names no sign-in method.</source>
        <translation>Der Header ist leer: Er nennt keine Anmeldemethode.</translation>
    </message>
    <message>
        <source>The header is longer than %1 KiB and was not read.</source>
        <translation>Der Header ist länger als %1 KiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>A value appears without the name of a sign-in method before it (at character %1).</source>
        <translation>Ein Wert steht da, ohne dass ihm der Name einer Anmeldemethode vorausgeht (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>The header contains a character that is not allowed there (at character %1).</source>
        <translation>Der Header enthält ein Zeichen, das dort nicht erlaubt ist (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>A quoted value is not closed (at character %1).</source>
        <translation>Ein Wert in Anführungszeichen wird nicht geschlossen (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>A parameter has no value after its equals sign (at character %1).</source>
        <translation>Ein Parameter hat nach seinem Gleichheitszeichen keinen Wert (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>A parameter is given twice in the same challenge; the first value is used (at character %1).</source>
        <translation>Ein Parameter kommt in derselben Anmeldeaufforderung zweimal vor; der erste Wert wird verwendet (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>The header has unexpected text (at character %1).</source>
        <translation>Der Header enthält unerwarteten Text (bei Zeichen %1).</translation>
    </message>
</context>
<context>
    <name>BearerErrorCheck</name>
    <message>
        <source>Reading the server&apos;s token error</source>
        <translation>Token-Fehler des Servers wird gelesen</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (scope/scp): none</source>
        <translation>Berechtigungen des Tokens (scope/scp): keine</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (scope/scp): %1</source>
        <translation>Berechtigungen des Tokens (scope/scp): %1</translation>
    </message>
    <message>
        <source>Body: error &quot;%1&quot;</source>
        <translation>Antworttext: error „%1“</translation>
    </message>
    <message>
        <source>Body: error &quot;%1&quot;: %2</source>
        <translation>Antworttext: error „%1“: %2</translation>
    </message>
</context>
<context>
    <name>BrowserCookieResult</name>
    <message>
        <source>%1 is still running: close all of its windows (and check that it is not running in the background), then try again.</source>
        <translation>%1 läuft noch: Schließen Sie alle seine Fenster (und prüfen Sie, dass es nicht im Hintergrund weiterläuft) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No %1 profile was found on this computer for your user account.</source>
        <translation>Auf diesem Computer wurde für Ihr Benutzerkonto kein %1-Profil gefunden.</translation>
    </message>
    <message>
        <source>The cookie file of %1 is in use by another program: close %1 and any program that syncs or backs up your profile, then try again.</source>
        <translation>Die Cookie-Datei von %1 wird von einem anderen Programm benutzt: Schließen Sie %1 und jedes Programm, das Ihr Profil synchronisiert oder sichert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The cookie file of %1 is not in a form this program knows, so it was left untouched.</source>
        <translation>Die Cookie-Datei von %1 hat ein Format, das dieses Programm nicht kennt; sie wurde daher nicht verändert.</translation>
    </message>
    <message>
        <source>No backup copy of the cookie file of %1 could be made, so nothing was removed.</source>
        <translation>Von der Cookie-Datei von %1 konnte keine Sicherungskopie angelegt werden; daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The backup copy of the cookie file of %1 is no longer there, so it cannot be put back.</source>
        <translation>Die Sicherungskopie der Cookie-Datei von %1 ist nicht mehr vorhanden und kann daher nicht zurückgespielt werden.</translation>
    </message>
    <message>
        <source>The cookie file of %1 could not be changed; it was left as it was.</source>
        <translation>Die Cookie-Datei von %1 konnte nicht geändert werden; sie ist unverändert geblieben.</translation>
    </message>
</context>
<context>
    <name>BrowserGuide</name>
    <message>
        <source>Open %1 in %2.</source>
        <translation>Öffnen Sie %1 in %2.</translation>
    </message>
    <message>
        <source>Click the padlock icon at the left end of the address bar.</source>
        <translation>Klicken Sie auf das Schloss-Symbol am linken Ende der Adressleiste.</translation>
    </message>
    <message>
        <source>Click “Clear cookies and site data…”, check that %1 is listed, and click Remove.</source>
        <translation>Klicken Sie auf „Cookies und Website-Daten löschen…“, prüfen Sie, dass %1 aufgeführt ist, und klicken Sie auf „Entfernen“.</translation>
    </message>
    <message>
        <source>If that entry is missing: open about:preferences#privacy, click “Manage Data…” under “Cookies and Site Data”, search for %1, click “Remove Selected” and then “Save Changes”.</source>
        <translation>Fehlt dieser Eintrag: Öffnen Sie about:preferences#privacy, klicken Sie unter „Cookies und Website-Daten“ auf „Daten verwalten…“, suchen Sie nach %1, klicken Sie auf „Ausgewählte entfernen“ und dann auf „Änderungen speichern“.</translation>
    </message>
    <message>
        <source>Reload the page and sign in again.</source>
        <translation>Laden Sie die Seite neu und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Click the padlock icon at the left end of the address bar, then “Cookies and site data”, and delete the entries for %1.</source>
        <translation>Klicken Sie auf das Schloss-Symbol am linken Ende der Adressleiste, dann auf „Cookies und Websitedaten“, und löschen Sie die Einträge für %1.</translation>
    </message>
    <message>
        <source>Or type edge://settings/siteData in the address bar, press Enter, search for %1 and click the bin icon next to it.</source>
        <translation>Oder geben Sie edge://settings/siteData in die Adressleiste ein, drücken Sie die Eingabetaste, suchen Sie nach %1 und klicken Sie auf das Papierkorb-Symbol daneben.</translation>
    </message>
    <message>
        <source>In Safari, choose Safari &gt; Settings… and click Privacy.</source>
        <translation>Wählen Sie in Safari „Safari &gt; Einstellungen…“ und klicken Sie auf „Datenschutz“.</translation>
    </message>
    <message>
        <source>Click “Manage Website Data…”, search for %1, select it and click Remove, then Done.</source>
        <translation>Klicken Sie auf „Websitedaten verwalten…“, suchen Sie nach %1, wählen Sie den Eintrag aus und klicken Sie auf „Entfernen“, dann auf „Fertig“.</translation>
    </message>
    <message>
        <source>Click the icon at the left end of the address bar (a padlock, or two sliders in newer versions).</source>
        <translation>Klicken Sie auf das Symbol am linken Ende der Adressleiste (ein Schloss, in neueren Versionen zwei Schieberegler).</translation>
    </message>
    <message>
        <source>Click “Site settings”, then “Delete data” (“Clear data” in older versions), and confirm.</source>
        <translation>Klicken Sie auf „Website-Einstellungen“, dann auf „Daten löschen“, und bestätigen Sie.</translation>
    </message>
    <message>
        <source>Or type %1 in the address bar, press Enter, search for %2 and click the bin icon next to it.</source>
        <translation>Oder geben Sie %1 in die Adressleiste ein, drücken Sie die Eingabetaste, suchen Sie nach %2 und klicken Sie auf das Papierkorb-Symbol daneben.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Strg+Umschalt+Entf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Strg+Umschalt+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Umschalt+N</translation>
    </message>
    <message>
        <source>Safari has no address for this page: choose Safari &gt; Settings…, click Privacy, then “Manage Website Data…”.</source>
        <translation>Für diese Seite hat Safari keine Adresse: Wählen Sie „Safari &gt; Einstellungen…“, klicken Sie auf „Datenschutz“ und dann auf „Websitedaten verwalten…“.</translation>
    </message>
    <message>
        <source>Type %1 in Firefox&apos;s address bar and press Enter.</source>
        <translation>Geben Sie %1 in die Adressleiste von Firefox ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1 does not let other programs open its settings pages: copy %2, paste it into the address bar of %1 and press Enter.</source>
        <translation>%1 lässt andere Programme seine Einstellungsseiten nicht öffnen: Kopieren Sie %2, fügen Sie es in die Adressleiste von %1 ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>The site works in a private window but not in a normal one. A private window starts without this site&apos;s saved cookies and, in most browsers, without extensions: if clearing the site&apos;s data did not help, an extension is the likely cause. Ad blockers, privacy and cookie extensions, script blockers and password managers are the usual ones.</source>
        <translation>Die Website funktioniert in einem privaten Fenster, aber nicht in einem normalen. Ein privates Fenster startet ohne die gespeicherten Cookies dieser Website und in den meisten Browsern ohne Erweiterungen: Hat das Löschen der Website-Daten nicht geholfen, ist wahrscheinlich eine Erweiterung die Ursache. Meist sind es Werbeblocker, Datenschutz- und Cookie-Erweiterungen, Skriptblocker und Passwortmanager.</translation>
    </message>
    <message>
        <source>Type about:addons in the address bar, press Enter, and choose Extensions.</source>
        <translation>Geben Sie about:addons in die Adressleiste ein, drücken Sie die Eingabetaste und wählen Sie „Erweiterungen“.</translation>
    </message>
    <message>
        <source>Turn the extensions off one at a time, reloading %1 after each, until signing in works; leave that one off or remove it.</source>
        <translation>Schalten Sie die Erweiterungen nacheinander aus und laden Sie %1 nach jeder neu, bis die Anmeldung funktioniert; lassen Sie diese Erweiterung ausgeschaltet oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Or choose Help &gt; Troubleshoot Mode… to restart Firefox once with every extension turned off.</source>
        <translation>Oder wählen Sie „Hilfe &gt; Fehlerbehebungsmodus…“, um Firefox einmal mit allen Erweiterungen ausgeschaltet neu zu starten.</translation>
    </message>
    <message>
        <source>Choose Safari &gt; Settings… and click Extensions.</source>
        <translation>Wählen Sie „Safari &gt; Einstellungen…“ und klicken Sie auf „Erweiterungen“.</translation>
    </message>
    <message>
        <source>Clear the checkbox of one extension at a time, reloading %1 after each, until signing in works.</source>
        <translation>Deaktivieren Sie das Kästchen einer Erweiterung nach der anderen und laden Sie %1 jedes Mal neu, bis die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <source>Type %1 in the address bar and press Enter.</source>
        <translation>Geben Sie %1 in die Adressleiste ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Turn the extensions off one at a time with their switches, reloading %1 after each, until signing in works; leave that one off or remove it.</source>
        <translation>Schalten Sie die Erweiterungen mit ihren Schaltern nacheinander aus und laden Sie %1 nach jeder neu, bis die Anmeldung funktioniert; lassen Sie diese Erweiterung ausgeschaltet oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>CacheCheck</name>
    <message>
        <source>Looking for cached answers</source>
        <translation>Antworten im Cache werden gesucht</translation>
    </message>
    <message>
        <source>the answer came from Auth Doctor&apos;s own cache</source>
        <translation>die Antwort kam aus dem eigenen Cache von Auth Doctor</translation>
    </message>
    <message numerus="yes">
        <source>Age: %1 (a cache kept it for %n second(s))</source>
        <translation>
            <numerusform>Age: %1 (ein Cache hat sie %n Sekunde lang aufbewahrt)</numerusform>
            <numerusform>Age: %1 (ein Cache hat sie %n Sekunden lang aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>304 Not Modified: the client&apos;s cached copy was reused</source>
        <translation>304 Not Modified: Die Kopie im Cache des Clients wurde wiederverwendet</translation>
    </message>
</context>
<context>
    <name>ChallengeCheck</name>
    <message>
        <source>Reading what the server asks for</source>
        <translation>Lesen, was der Server verlangt</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Algorithm (alg)</source>
        <translation>Algorithmus (alg)</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Type (typ)</source>
        <translation>Typ (typ)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Encrypted: only the server can read them</source>
        <translation>Verschlüsselt: Nur der Server kann sie lesen</translation>
    </message>
    <message>
        <source>Issuer (iss)</source>
        <translation>Aussteller (iss)</translation>
    </message>
    <message>
        <source>Subject (sub)</source>
        <translation>Subjekt (sub)</translation>
    </message>
    <message>
        <source>Audience (aud)</source>
        <translation>Zielgruppe (aud)</translation>
    </message>
    <message>
        <source>Authorized party (azp)</source>
        <translation>Autorisierte Partei (azp)</translation>
    </message>
    <message>
        <source>Scopes (scope, scp)</source>
        <translation>Berechtigungen (scope, scp)</translation>
    </message>
    <message>
        <source>Issued (iat)</source>
        <translation>Ausgestellt (iat)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not before (nbf)</source>
        <translation>Nicht vor (nbf)</translation>
    </message>
    <message>
        <source>Expires (exp)</source>
        <translation>Läuft ab (exp)</translation>
    </message>
    <message>
        <source>Never: the token has no expiry time</source>
        <translation>Nie: Das Token hat keine Ablaufzeit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given; try &apos;authdoctor-cli --help&apos;</source>
        <translation>kein Befehl angegeben; versuchen Sie &apos;authdoctor-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try &apos;authdoctor-cli --help&apos;</source>
        <translation>unbekannter Befehl „%1“; versuchen Sie &apos;authdoctor-cli --help&apos;</translation>
    </message>
    <message>
        <source>Fetches the address and explains, in plain words, why it is refused.</source>
        <translation>Ruft die Adresse ab und erklärt in einfachen Worten, warum der Zugriff abgelehnt wird.</translation>
    </message>
    <message>
        <source>The address that answers 401 (or any other refusal).</source>
        <translation>Die Adresse, die mit 401 (oder einer anderen Ablehnung) antwortet.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (1 to 600, default 15).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (1 bis 600, Standard: 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein einzelnes JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Test this user name; the password comes from --password-stdin.</source>
        <translation>Diesen Benutzernamen testen; das Passwort kommt über --password-stdin.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from standard input (never from an argument).</source>
        <translation>Das Passwort von der Standardeingabe lesen (nie aus einem Argument).</translation>
    </message>
    <message>
        <source>Test the sign-in saved in the keychain for this user name.</source>
        <translation>Die im Schlüsselbund gespeicherte Anmeldung für diesen Benutzernamen testen.</translation>
    </message>
    <message>
        <source>Test the Bearer token held in this environment variable.</source>
        <translation>Das Bearer-Token aus dieser Umgebungsvariable testen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Test the API key held in this environment variable; without --api-key-header, find where it goes.</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariable testen; ohne --api-key-header wird ermittelt, wohin er gehört.</translation>
    </message>
    <message>
        <source>Send the API key in this header (for example X-API-Key).</source>
        <translation>Den API-Schlüssel in diesem Header senden (zum Beispiel X-API-Key).</translation>
    </message>
    <message>
        <source>Diagnose the request of this pasted curl command (its address, method, headers and body).</source>
        <translation>Die Anfrage dieses eingefügten curl-Befehls diagnostizieren (Adresse, Methode, Header und Body).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Seed the remembered session with the cookies of this Netscape cookies.txt file.</source>
        <translation>Die gespeicherte Sitzung mit den Cookies aus dieser Netscape-Datei cookies.txt vorbelegen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Allow sending the password, token or key over plain http.</source>
        <translation>Senden von Passwort, Token oder Schlüssel über unverschlüsseltes http erlauben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli diagnose URL [options]
       authdoctor-cli diagnose --curl &quot;curl ...&quot; [options]</source>
        <translation>Aufruf: authdoctor-cli diagnose URL [Optionen]
        authdoctor-cli diagnose --curl &quot;curl ...&quot; [Optionen]</translation>
    </message>
    <message>
        <source>give the address or --curl, not both</source>
        <translation>geben Sie die Adresse oder --curl an, nicht beides</translation>
    </message>
    <message>
        <source>--curl: %1</source>
        <translation>--curl: %1</translation>
    </message>
    <message>
        <source>diagnose needs the address to check, as in: authdoctor-cli diagnose https://example.com/</source>
        <translation>diagnose braucht die zu prüfende Adresse, zum Beispiel: authdoctor-cli diagnose https://example.com/</translation>
    </message>
    <message>
        <source>diagnose takes one address, but got %1</source>
        <translation>diagnose erwartet eine Adresse, erhielt aber %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600, nicht „%1“</translation>
    </message>
    <message>
        <source>the pasted command already holds a password (-u); do not add --password-stdin, --saved, --token-env or --api-key-env</source>
        <translation>der eingefügte Befehl enthält bereits ein Passwort (-u); geben Sie nicht zusätzlich --password-stdin, --saved, --token-env oder --api-key-env an</translation>
    </message>
    <message>
        <source>use only one of --password-stdin, --saved, --token-env and --api-key-env</source>
        <translation>verwenden Sie nur eine der Optionen --password-stdin, --saved, --token-env und --api-key-env</translation>
    </message>
    <message>
        <source>the pasted command already names the user (-u); leave out --user</source>
        <translation>der eingefügte Befehl nennt bereits den Benutzer (-u); lassen Sie --user weg</translation>
    </message>
    <message>
        <source>--user needs --password-stdin (or use --saved NAME for a saved sign-in)</source>
        <translation>--user benötigt --password-stdin (oder verwenden Sie --saved NAME für eine gespeicherte Anmeldung)</translation>
    </message>
    <message>
        <source>--password-stdin needs --user NAME</source>
        <translation>--password-stdin benötigt --user NAME</translation>
    </message>
    <message>
        <source>the pasted command has -u %1 without a password; add --password-stdin</source>
        <translation>der eingefügte Befehl enthält -u %1 ohne Passwort; ergänzen Sie --password-stdin</translation>
    </message>
    <message>
        <source>--api-key-header needs --api-key-env VAR</source>
        <translation>--api-key-header benötigt --api-key-env VAR</translation>
    </message>
    <message>
        <source>--api-key-header takes a header name such as X-API-Key, not &quot;%1&quot;</source>
        <translation>--api-key-header erwartet einen Header-Namen wie X-API-Key, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation>die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the cookie file %1 is larger than 1 MiB</source>
        <translation>die Cookie-Datei %1 ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>no cookie could be read from %1</source>
        <translation>aus %1 konnte kein Cookie gelesen werden</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password arrived on standard input</source>
        <translation>auf der Standardeingabe kam kein Passwort an</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>no sign-in for &quot;%1&quot; is saved for %2</source>
        <translation>für %2 ist keine Anmeldung für „%1“ gespeichert</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>the password of -u</source>
        <translation>das Passwort von -u</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>der Header %1</translation>
    </message>
    <message>
        <source>cookies (-b)</source>
        <translation>Cookies (-b)</translation>
    </message>
    <message>
        <source>warning: the pasted command holds secrets (%1). As an argument they were visible to other users of this computer in the process list while authdoctor-cli ran; they are used for this test. Next time pass them with --password-stdin, --token-env or --api-key-env instead.</source>
        <translation>Warnung: Der eingefügte Befehl enthält vertrauliche Angaben (%1). Als Argumente waren sie, während authdoctor-cli lief, für andere Benutzer dieses Computers in der Prozessliste sichtbar; sie werden für diesen Test verwendet. Übergeben Sie sie beim nächsten Mal stattdessen mit --password-stdin, --token-env oder --api-key-env.</translation>
    </message>
    <message>
        <source>Also read the service&apos;s status page at this address (for example https://www.githubstatus.com).</source>
        <translation>Zusätzlich die Statusseite des Dienstes unter dieser Adresse lesen (zum Beispiel https://www.githubstatus.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save a report for support, secrets hidden, as text, HTML or JSON by the file&apos;s extension (.txt, .html, .json).</source>
        <translation>Einen Bericht für den Support speichern, Geheimnisse verborgen, als Text, HTML oder JSON je nach Dateiendung (.txt, .html, .json).</translation>
    </message>
    <message>
        <source>Hide user names too, in the output and the report.</source>
        <translation>Auch Benutzernamen verbergen, in der Ausgabe und im Bericht.</translation>
    </message>
    <message>
        <source>Do not note this diagnosis in the attempt log.</source>
        <translation>Diese Diagnose nicht im Versuchsprotokoll vermerken.</translation>
    </message>
    <message>
        <source>--report takes a file name ending in .txt, .html or .json, not &quot;%1&quot;</source>
        <translation>--report erwartet einen Dateinamen, der auf .txt, .html oder .json endet, nicht „%1“</translation>
    </message>
    <message>
        <source>--status-page takes a web address, not &quot;%1&quot;</source>
        <translation>--status-page erwartet eine Webadresse, nicht „%1“</translation>
    </message>
    <message>
        <source>the pasted command already sends an Authorization header; leave out the other secret</source>
        <translation>der eingefügte Befehl sendet bereits einen Authorization-Header; lassen Sie die andere vertrauliche Angabe weg</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli COMMAND [options]

Finds out why a web address answers 401 Unauthorized, and says what to do.

Commands:
  diagnose URL [options]   fetch URL, test a sign-in if given one, and explain the answer
  diagnose --curl &quot;curl ...&quot; [options]
                           the same for the request of a pasted curl command
  decode-token [--json]    read a token or key on standard input, check it for paste mistakes
                           and decode a JWT (the token itself is never printed)
  oauth-refresh [options]  run an OAuth 2.0 refresh with a refresh token from the environment and
                           explain the answer (--token-endpoint URL or --issuer URL)
  status-page URL-or-domain [--json]
                           find the service&apos;s status page and say whether it reports an outage,
                           reduced service or maintenance (exit 0 no problems, 1 it reports one,
                           3 no status page found)
  status-catalog list|add|remove
                           list the catalog of status pages that status-page uses, and add or
                           remove entries of your own (shared with the desktop program)

diagnose --cors-origin https://app.example.com asks as a browser would for a script on that page
(the CORS preflight for the Authorization header, then the request).
diagnose --status-page URL reads that status page too; --report FILE.txt, .html or .json saves a
report for support (secrets hidden). Each diagnosis is noted in the attempt log (origin, verdict and
finding ids only; --no-log skips it).

Exit status: 0 access works, 1 problems found and explained, 2 bad usage or input,
3 the server could not be reached.
Run &apos;authdoctor-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf: authdoctor-cli BEFEHL [Optionen]

Findet heraus, warum eine Webadresse mit 401 Unauthorized antwortet, und sagt, was Sie tun können.

Befehle:
  diagnose URL [Optionen]  URL abrufen, eine Anmeldung testen (falls angegeben) und die Antwort erklären
  diagnose --curl &quot;curl ...&quot; [Optionen]
                           dasselbe für die Anfrage eines eingefügten curl-Befehls
  decode-token [--json]    ein Token oder einen Schlüssel von der Standardeingabe lesen, auf
                           Einfügefehler prüfen und ein JWT dekodieren (das Token selbst wird nie
                           ausgegeben)
  oauth-refresh [Optionen] eine OAuth-2.0-Aktualisierung mit einem Aktualisierungstoken aus der
                           Umgebung ausführen und die Antwort erklären (--token-endpoint URL oder
                           --issuer URL)
  status-page URL-oder-Domain [--json]
                           die Statusseite des Dienstes finden und sagen, ob sie einen Ausfall, eine
                           Einschränkung oder eine Wartung meldet (Exit-Status 0 keine Probleme,
                           1 sie meldet eines, 3 keine Statusseite gefunden)
  status-catalog list|add|remove
                           den Katalog der Statusseiten anzeigen, den status-page verwendet, und
                           eigene Einträge hinzufügen oder entfernen (gemeinsam mit dem
                           Desktop-Programm)

diagnose --cors-origin https://app.example.com fragt so an, wie ein Browser es für ein Skript auf
dieser Seite täte: CORS-Vorabanfrage (Preflight) für den Authorization-Header, dann die Anfrage.
diagnose --status-page URL liest zusätzlich diese Statusseite; --report DATEI.txt, .html oder .json
speichert einen Bericht für den Support (Geheimnisse verborgen). Jede Diagnose wird im
Versuchsprotokoll vermerkt (nur Ursprung, Ergebnis und Befund-IDs; --no-log lässt das aus).

Exit-Status: 0 Zugriff funktioniert, 1 Probleme gefunden und erklärt, 2 falscher Aufruf oder
falsche Eingabe, 3 der Server war nicht erreichbar.
Mit &apos;authdoctor-cli BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Also ask the way a browser does for a script on this web page&apos;s origin (for example https://app.example.com): the CORS preflight for the Authorization header, then the request.</source>
        <translation>Zusätzlich so anfragen, wie es ein Browser für ein Skript auf einer Webseite mit diesem Ursprung (Origin) tut (zum Beispiel https://app.example.com): erst die CORS-Vorabanfrage (Preflight) für den Authorization-Header, dann die Anfrage.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>URSPRUNG</translation>
    </message>
    <message>
        <source>--cors-origin takes the web page&apos;s origin (its address up to the host name and port), such as https://app.example.com, not &quot;%1&quot;</source>
        <translation>--cors-origin erwartet den Ursprung (Origin) der Webseite (ihre Adresse bis einschließlich Hostname und Port), zum Beispiel https://app.example.com, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>CookieCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cookies the site sets</source>
        <translation>Von der Website gesetzte Cookies lesen</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1: noch %2 gültig</translation>
    </message>
    <message>
        <source>%1: until the browser closes</source>
        <translation>%1: gültig, bis der Browser geschlossen wird</translation>
    </message>
</context>
<context>
    <name>CorsCheck</name>
    <message>
        <source>Asking as a web page on another origin would (CORS)</source>
        <translation>Es wird angefragt wie von einer Webseite mit anderem Ursprung (CORS)</translation>
    </message>
    <message>
        <source>The preflight, as a browser sends it (no credentials, no cookies):</source>
        <translation>Die Vorabanfrage (Preflight), wie ein Browser sie sendet – ohne Anmeldedaten, ohne Cookies:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Received: no CORS headers.</source>
        <translation>Empfangen: keine CORS-Header.</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>The request with Origin: %1, sent without your credential to see whether a refusal carries CORS headers (with it, the server may answer differently):</source>
        <translation>Die Anfrage mit Origin: %1, ohne Ihre Anmeldedaten gesendet, um zu sehen, ob eine Ablehnung CORS-Header enthält (mit Anmeldedaten antwortet der Server womöglich anders):</translation>
    </message>
</context>
<context>
    <name>CredentialLint</name>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>an invisible or unusual space</source>
        <translation>ein unsichtbares oder ungewöhnliches Leerzeichen</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so Auth Doctor cannot save this sign-in. You can go on without saving.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Auth Doctor diese Anmeldung nicht speichern. Sie können ohne Speichern fortfahren.</translation>
    </message>
    <message>
        <source>Your keychain is locked or not set up yet, so this sign-in was not saved. Unlock or set up your keychain and try again, or go on without saving.</source>
        <translation>Ihr Schlüsselbund ist gesperrt oder noch nicht eingerichtet, daher wurde diese Anmeldung nicht gespeichert. Entsperren Sie Ihren Schlüsselbund oder richten Sie ihn ein und versuchen Sie es erneut, oder fahren Sie ohne Speichern fort.</translation>
    </message>
    <message>
        <source>Your keychain did not allow Auth Doctor to store this sign-in, so it was not saved. You can go on without saving.</source>
        <translation>Ihr Schlüsselbund hat Auth Doctor nicht erlaubt, diese Anmeldung abzulegen, daher wurde sie nicht gespeichert. Sie können ohne Speichern fortfahren.</translation>
    </message>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s), so this sign-in was not saved. It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet, daher wurde diese Anmeldung nicht gespeichert. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet, daher wurde diese Anmeldung nicht gespeichert. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your keychain reported an error, so this sign-in was not saved. You can go on without saving.</source>
        <translation>Ihr Schlüsselbund hat einen Fehler gemeldet, daher wurde diese Anmeldung nicht gespeichert. Sie können ohne Speichern fortfahren.</translation>
    </message>
    <message>
        <source>This sign-in is not saved in your keychain.</source>
        <translation>Diese Anmeldung ist nicht in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Auth Doctor cannot read saved sign-ins.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Auth Doctor keine gespeicherten Anmeldungen lesen.</translation>
    </message>
    <message>
        <source>Your keychain is locked and was not unlocked, so Auth Doctor cannot read this saved sign-in.</source>
        <translation>Ihr Schlüsselbund ist gesperrt und wurde nicht entsperrt, daher kann Auth Doctor diese gespeicherte Anmeldung nicht lesen.</translation>
    </message>
    <message>
        <source>Your keychain did not allow Auth Doctor to read this saved sign-in.</source>
        <translation>Ihr Schlüsselbund hat Auth Doctor nicht erlaubt, diese gespeicherte Anmeldung zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s). It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your keychain reported an error while Auth Doctor was reading this saved sign-in.</source>
        <translation>Ihr Schlüsselbund hat einen Fehler gemeldet, während Auth Doctor diese gespeicherte Anmeldung gelesen hat.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Auth Doctor cannot remove this saved sign-in.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Auth Doctor diese gespeicherte Anmeldung nicht entfernen.</translation>
    </message>
    <message>
        <source>Your keychain is locked and was not unlocked, so this saved sign-in was not removed.</source>
        <translation>Ihr Schlüsselbund ist gesperrt und wurde nicht entsperrt, daher wurde diese gespeicherte Anmeldung nicht entfernt.</translation>
    </message>
    <message>
        <source>Your keychain did not allow Auth Doctor to remove this saved sign-in.</source>
        <translation>Ihr Schlüsselbund hat Auth Doctor nicht erlaubt, diese gespeicherte Anmeldung zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Your keychain did not answer within %n second(s), so this saved sign-in was not removed. It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet, daher wurde diese gespeicherte Anmeldung nicht entfernt. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
            <numerusform>Ihr Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet, daher wurde diese gespeicherte Anmeldung nicht entfernt. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your keychain reported an error, so this saved sign-in was not removed.</source>
        <translation>Ihr Schlüsselbund hat einen Fehler gemeldet, daher wurde diese gespeicherte Anmeldung nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>%1 reads standard input, which Auth Doctor cannot see; paste the contents into the command instead.</source>
        <translation>%1 liest die Standardeingabe, die Auth Doctor nicht sehen kann. Fügen Sie den Inhalt stattdessen in den Befehl ein.</translation>
    </message>
    <message>
        <source>%1 reads the file &quot;%2&quot;, which Auth Doctor cannot see; paste its contents into the command instead.</source>
        <translation>%1 liest die Datei „%2“, die Auth Doctor nicht sehen kann. Fügen Sie ihren Inhalt stattdessen in den Befehl ein.</translation>
    </message>
    <message>
        <source>Auth Doctor does not know the option %1, so it was left out.</source>
        <translation>Auth Doctor kennt die Option %1 nicht und hat sie deshalb weggelassen.</translation>
    </message>
    <message>
        <source>%1 needs a value, and none followed.</source>
        <translation>%1 braucht einen Wert, aber es folgt keiner.</translation>
    </message>
    <message>
        <source>Only the first address is checked; &quot;%1&quot; was not read.</source>
        <translation>Nur die erste Adresse wird geprüft; „%1“ wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>curl would expand the [ ] or { } pattern in the address into several addresses; Auth Doctor checks the address as written.</source>
        <translation>curl würde das Muster mit [ ] oder { } in der Adresse zu mehreren Adressen erweitern; Auth Doctor prüft die Adresse so, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <source>The address has no http:// or https:// in front; like curl, Auth Doctor uses http://.</source>
        <translation>Vor der Adresse steht weder http:// noch https://; wie curl verwendet Auth Doctor dann http://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header line (Name: value), so curl would not send it either.</source>
        <translation>„%1“ ist keine Header-Zeile (Name: Wert), daher würde curl sie auch nicht senden.</translation>
    </message>
    <message>
        <source>Auth Doctor follows redirects, but never sends the sign-in to another host, as %1 would.</source>
        <translation>Auth Doctor folgt Weiterleitungen, sendet die Anmeldedaten aber nie an einen anderen Host, wie es %1 tun würde.</translation>
    </message>
    <message>
        <source>Auth Doctor never turns certificate checks off; if the server&apos;s certificate is not trusted, that is a problem worth knowing about, so the request is made with the usual checks.</source>
        <translation>Auth Doctor schaltet die Zertifikatsprüfung nie ab: Wenn dem Zertifikat des Servers nicht vertraut wird, ist das ein Problem, von dem Sie wissen sollten. Die Anfrage wird daher mit den üblichen Prüfungen gestellt.</translation>
    </message>
    <message>
        <source>Auth Doctor never turns certificate checks off, for a proxy neither; the request is made with the usual checks.</source>
        <translation>Auth Doctor schaltet die Zertifikatsprüfung nie ab, auch nicht für einen Proxy; die Anfrage wird mit den üblichen Prüfungen gestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>„%1“ ist keine gültige Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Form uploads (multipart/form-data) are not read; the request is sent without this field.</source>
        <translation>Formular-Uploads (multipart/form-data) werden nicht gelesen; die Anfrage wird ohne dieses Feld gesendet.</translation>
    </message>
    <message>
        <source>Names and passwords from a .netrc file are not read; enter them in Auth Doctor instead.</source>
        <translation>Benutzernamen und Passwörter aus einer .netrc-Datei werden nicht gelesen; geben Sie sie stattdessen in Auth Doctor ein.</translation>
    </message>
    <message>
        <source>Auth Doctor uses this computer&apos;s proxy settings, not the proxy of the command.</source>
        <translation>Auth Doctor verwendet die Proxy-Einstellungen dieses Computers, nicht den Proxy aus dem Befehl.</translation>
    </message>
    <message>
        <source>Client certificates, keys and certificate files are not used; the request is sent without them.</source>
        <translation>Client-Zertifikate, Schlüssel und Zertifikatsdateien werden nicht verwendet; die Anfrage wird ohne sie gesendet.</translation>
    </message>
    <message>
        <source>Auth Doctor does not use %1; the request is sent without it.</source>
        <translation>Auth Doctor verwendet %1 nicht; die Anfrage wird ohne diese Option gesendet.</translation>
    </message>
    <message>
        <source>%1 is a variable of the shell: Auth Doctor cannot see its value, so it was kept as written. Put the value itself into the command.</source>
        <translation>%1 ist eine Variable der Shell: Auth Doctor kann ihren Wert nicht sehen und hat sie deshalb unverändert gelassen. Setzen Sie den Wert selbst in den Befehl ein.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>In a shell, &quot;&amp;&quot; ends the command (put an address that contains &quot;&amp;&quot; in quotes); the rest, &quot;%1&quot;, was not read.</source>
        <translation>In einer Shell beendet „&amp;“ den Befehl (setzen Sie eine Adresse, die „&amp;“ enthält, in Anführungszeichen); der Rest, „%1“, wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The command ends at %1; what follows, &quot;%2&quot;, was not read.</source>
        <translation>Der Befehl endet bei %1; was folgt, „%2“, wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>The command is longer than Auth Doctor reads (%1 characters).</source>
        <translation>Der Befehl ist zu lang: Auth Doctor liest höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This is not a curl command.</source>
        <translation>Das ist kein curl-Befehl.</translation>
    </message>
    <message>
        <source>This is not a curl command: it starts with &quot;%1&quot;.</source>
        <translation>Das ist kein curl-Befehl: Er beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>A quote in the command is never closed; copy the whole command again.</source>
        <translation>Ein Anführungszeichen im Befehl wird nie geschlossen; kopieren Sie den ganzen Befehl noch einmal.</translation>
    </message>
    <message>
        <source>The command has no address to check.</source>
        <translation>Der Befehl enthält keine Adresse, die geprüft werden könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
</context>
<context>
    <name>DecodeTokenCommand</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein einzelnes JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli decode-token [--json] &lt; token.txt</source>
        <translation>Aufruf: authdoctor-cli decode-token [--json] &lt; token.txt</translation>
    </message>
    <message>
        <source>Reads a token or API key on standard input (never as an argument: other users can read arguments in the process list), checks it for paste mistakes and, for a JSON Web Token, shows its header and claims with times in words. The token itself is never printed, and its signature is not checked.</source>
        <translation>Liest ein Token oder einen API-Schlüssel von der Standardeingabe (nie als Argument: Andere Benutzer können Argumente in der Prozessliste lesen), prüft die Eingabe auf Einfügefehler und zeigt bei einem JSON Web Token dessen Header und Claims mit Zeitangaben in Worten. Das Token selbst wird nie ausgegeben, und seine Signatur wird nicht geprüft.</translation>
    </message>
    <message>
        <source>decode-token reads the token on standard input, not as an argument (other users can read arguments in the process list)</source>
        <translation>decode-token liest das Token von der Standardeingabe, nicht als Argument (andere Benutzer können Argumente in der Prozessliste lesen)</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>more than 1 MiB arrived on standard input; that is no token</source>
        <translation>auf der Standardeingabe kam mehr als 1 MiB an; das ist kein Token</translation>
    </message>
    <message>
        <source>no token arrived on standard input</source>
        <translation>auf der Standardeingabe kam kein Token an</translation>
    </message>
    <message numerus="yes">
        <source>A JSON Web Token (JWT) of %n character(s); the token itself is not shown.</source>
        <translation>
            <numerusform>Ein JSON Web Token (JWT) mit %n Zeichen; das Token selbst wird nicht angezeigt.</numerusform>
            <numerusform>Ein JSON Web Token (JWT) mit %n Zeichen; das Token selbst wird nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Basic credential (base64 of name:password) of %n character(s); it is not shown or decoded here, since it holds a password.</source>
        <translation>
            <numerusform>Basic-Anmeldedaten (base64 von Benutzername:Passwort) mit %n Zeichen; sie werden hier weder angezeigt noch dekodiert, da sie ein Passwort enthalten.</numerusform>
            <numerusform>Basic-Anmeldedaten (base64 von Benutzername:Passwort) mit %n Zeichen; sie werden hier weder angezeigt noch dekodiert, da sie ein Passwort enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An opaque token or key of %n character(s): not a JWT, so there is nothing to decode, and only the service that issued it can tell what it means.</source>
        <translation>
            <numerusform>Ein opakes Token oder ein Schlüssel mit %n Zeichen: kein JWT, daher gibt es nichts zu dekodieren, und nur der Dienst, der es ausgestellt hat, kann sagen, was es bedeutet.</numerusform>
            <numerusform>Ein opakes Token oder ein Schlüssel mit %n Zeichen: kein JWT, daher gibt es nichts zu dekodieren, und nur der Dienst, der es ausgestellt hat, kann sagen, was es bedeutet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <translation>Technisches Detail:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <source>Following a redirect to %1</source>
        <translation>Weiterleitung nach %1 wird verfolgt</translation>
    </message>
    <message>
        <source>Checking the answer</source>
        <translation>Antwort wird geprüft</translation>
    </message>
</context>
<context>
    <name>DiagnosisRunner</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
</context>
<context>
    <name>DiagnosisWizard</name>
    <message>
        <source>Auth Doctor</source>
        <translation>Auth Doctor</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>DNS, connect and TLS</source>
        <translation>DNS, Verbindungsaufbau und TLS</translation>
    </message>
    <message>
        <source>DNS and connect</source>
        <translation>DNS und Verbindungsaufbau</translation>
    </message>
    <message>
        <source>first byte</source>
        <translation>erstes Byte</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>FindingList</name>
    <message>
        <source>Nothing more to show.</source>
        <translation>Nichts weiter anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>Auth Doctor reached the server and got an answer, so the network path works.</source>
        <translation>Auth Doctor hat den Server erreicht und eine Antwort erhalten. Die Netzwerkverbindung funktioniert also.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found</source>
        <translation>Der Servername %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into a network address. This is not a sign-in problem: the request never reached the server.</source>
        <translation>Der Name des Servers konnte nicht in eine Netzwerkadresse umgewandelt werden. Das ist kein Anmeldeproblem: Die Anfrage hat den Server nie erreicht.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet or to the company network (some names only exist inside a company network or VPN).</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet oder dem Firmennetzwerk verbunden ist (manche Namen gibt es nur innerhalb eines Firmennetzwerks oder VPN).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server exists but nothing accepted the connection on port %1. The service may be down, or the address may use the wrong port.</source>
        <translation>Der Server existiert, aber auf Port %1 hat nichts die Verbindung angenommen. Möglicherweise ist der Dienst ausgefallen, oder die Adresse verwendet den falschen Port.</translation>
    </message>
    <message>
        <source>Check the port in the address (for example :8443).</source>
        <translation>Prüfen Sie den Port in der Adresse (zum Beispiel :8443).</translation>
    </message>
    <message>
        <source>Check the service&apos;s status page, or try again later.</source>
        <translation>Prüfen Sie die Statusseite des Dienstes oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>If you run this server: check that it is started and listening on this port.</source>
        <translation>Wenn Sie diesen Server betreiben: Prüfen Sie, ob er gestartet ist und auf diesem Port lauscht.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>No answer came within %n second(s). The server may be overloaded, or a firewall may be silently dropping the connection.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Antwort. Möglicherweise ist der Server überlastet, oder eine Firewall verwirft die Verbindung stillschweigend.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Antwort. Möglicherweise ist der Server überlastet, oder eine Firewall verwirft die Verbindung stillschweigend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the service&apos;s status page for an outage.</source>
        <translation>Prüfen Sie auf der Statusseite des Dienstes, ob ein Ausfall vorliegt.</translation>
    </message>
    <message>
        <source>If you are on a company network, ask whether a proxy or VPN is needed.</source>
        <translation>Wenn Sie sich in einem Firmennetzwerk befinden, fragen Sie nach, ob ein Proxy oder VPN nötig ist.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted</source>
        <translation>Die sichere Verbindung zu %1 ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server&apos;s certificate did not pass the checks that keep your connection private (for example it expired, or belongs to another name). Auth Doctor does not send anything over such a connection.</source>
        <translation>Das Zertifikat des Servers hat die Prüfungen nicht bestanden, die Ihre Verbindung vertraulich halten (es ist zum Beispiel abgelaufen oder gehört zu einem anderen Namen). Auth Doctor sendet nichts über eine solche Verbindung.</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>Do not enter a password on this site until the certificate problem is fixed.</source>
        <translation>Geben Sie auf dieser Website kein Passwort ein, bis das Zertifikatsproblem behoben ist.</translation>
    </message>
    <message>
        <source>If you run this server: renew or correct its certificate.</source>
        <translation>Wenn Sie diesen Server betreiben: Erneuern oder korrigieren Sie sein Zertifikat.</translation>
    </message>
    <message>
        <source>The address cannot be used</source>
        <translation>Die Adresse kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address that Auth Doctor can check.</source>
        <translation>„%1“ ist keine Webadresse, die Auth Doctor prüfen kann.</translation>
    </message>
    <message>
        <source>Copy the address again from the browser&apos;s address bar.</source>
        <translation>Kopieren Sie die Adresse erneut aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The connection broke before a complete answer arrived: %1</source>
        <translation>Die Verbindung brach ab, bevor eine vollständige Antwort ankam: %1</translation>
    </message>
    <message>
        <source>If it keeps failing, check the service&apos;s status page.</source>
        <translation>Wenn es weiterhin fehlschlägt, prüfen Sie die Statusseite des Dienstes.</translation>
    </message>
    <message>
        <source>Access works: the server answered %1</source>
        <translation>Der Zugriff funktioniert: Der Server hat mit %1 geantwortet</translation>
    </message>
    <message>
        <source>The server accepted this request. If your browser or app still shows 401, it is probably sending something different (an old password, an expired cookie or token).</source>
        <translation>Der Server hat diese Anfrage angenommen. Wenn Ihr Browser oder Ihre App weiterhin 401 anzeigt, wird dort wahrscheinlich etwas anderes gesendet (ein altes Passwort, ein abgelaufenes Cookie oder Token).</translation>
    </message>
    <message>
        <source>Sign out and in again in the browser or app.</source>
        <translation>Melden Sie sich im Browser oder in der App ab und wieder an.</translation>
    </message>
    <message>
        <source>Clear this site&apos;s cookies, or try a private window.</source>
        <translation>Löschen Sie die Cookies dieser Website oder versuchen Sie es in einem privaten Fenster.</translation>
    </message>
    <message>
        <source>401 Unauthorized: the server does not know who you are</source>
        <translation>401 Unauthorized: Der Server weiß nicht, wer Sie sind</translation>
    </message>
    <message>
        <source>A 401 means the server wants you to prove who you are, and what was sent was missing, wrong or expired. It is about signing in, not about permissions.</source>
        <translation>Ein 401 bedeutet, dass der Server einen Nachweis verlangt, wer Sie sind, und dass die gesendeten Angaben fehlten, falsch oder abgelaufen waren. Es geht um die Anmeldung, nicht um Berechtigungen.</translation>
    </message>
    <message>
        <source>Check your user name and password (watch for Caps Lock).</source>
        <translation>Prüfen Sie Benutzername und Passwort (achten Sie auf die Feststelltaste).</translation>
    </message>
    <message>
        <source>Sign out and in again: a session or token may have expired.</source>
        <translation>Melden Sie sich ab und wieder an: Möglicherweise ist eine Sitzung oder ein Token abgelaufen.</translation>
    </message>
    <message>
        <source>403 Forbidden: the server knows you, but you may not</source>
        <translation>403 Forbidden: Der Server kennt Sie, aber Sie dürfen das nicht</translation>
    </message>
    <message>
        <source>A 403 means the server understood the request and refuses it. Signing in again usually does not help: your account lacks the permission, or the server blocks the request for another reason (address, country, plan).</source>
        <translation>Ein 403 bedeutet, dass der Server die Anfrage verstanden hat und sie ablehnt. Erneutes Anmelden hilft meist nicht: Ihrem Konto fehlt die Berechtigung, oder der Server blockiert die Anfrage aus einem anderen Grund (Adresse, Land, Tarif).</translation>
    </message>
    <message>
        <source>Check that you are signed in with the right account.</source>
        <translation>Prüfen Sie, ob Sie mit dem richtigen Konto angemeldet sind.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s administrator or support for access.</source>
        <translation>Bitten Sie den Administrator oder den Support der Website um Zugriff.</translation>
    </message>
    <message>
        <source>404 Not Found: there is nothing at this address</source>
        <translation>404 Not Found: Unter dieser Adresse gibt es nichts</translation>
    </message>
    <message>
        <source>A 404 means the server has nothing at this path. It is not a sign-in problem, although some servers answer 404 instead of 401 or 403 to hide that a page exists.</source>
        <translation>Ein 404 bedeutet, dass der Server unter diesem Pfad nichts hat. Das ist kein Anmeldeproblem, allerdings antworten manche Server mit 404 statt 401 oder 403, um zu verbergen, dass eine Seite existiert.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or start again from the site&apos;s home page.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler oder beginnen Sie erneut auf der Startseite der Website.</translation>
    </message>
    <message>
        <source>If you expected to be signed in here, sign in first and open the page again.</source>
        <translation>Wenn Sie erwartet haben, hier angemeldet zu sein, melden Sie sich zuerst an und öffnen Sie die Seite dann erneut.</translation>
    </message>
    <message>
        <source>407: a proxy between you and the site wants you to sign in</source>
        <translation>407: Ein Proxy zwischen Ihnen und der Website verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The refusal came from a proxy server on your network, not from the site. The proxy needs its own sign-in, usually your company account.</source>
        <translation>Die Ablehnung kam von einem Proxy-Server in Ihrem Netzwerk, nicht von der Website. Der Proxy benötigt eine eigene Anmeldung, meist mit Ihrem Firmenkonto.</translation>
    </message>
    <message>
        <source>Enter the proxy user name and password in your system&apos;s network or proxy settings.</source>
        <translation>Geben Sie Benutzername und Passwort für den Proxy in den Netzwerk- oder Proxy-Einstellungen Ihres Systems ein.</translation>
    </message>
    <message>
        <source>Ask your IT department which proxy account to use.</source>
        <translation>Fragen Sie Ihre IT-Abteilung, welches Proxy-Konto Sie verwenden sollen.</translation>
    </message>
    <message>
        <source>429: too many attempts for now</source>
        <translation>429: Vorerst zu viele Versuche</translation>
    </message>
    <message>
        <source>The server is limiting how often you may ask. Repeated sign-in attempts can cause this, and some servers lock the account after too many.</source>
        <translation>Der Server begrenzt, wie oft Sie Anfragen stellen dürfen. Wiederholte Anmeldeversuche können das auslösen, und manche Server sperren das Konto nach zu vielen Versuchen.</translation>
    </message>
    <message>
        <source>The server is limiting how often you may ask, and says to wait %1 before trying again. Repeated sign-in attempts can cause this.</source>
        <translation>Der Server begrenzt, wie oft Sie Anfragen stellen dürfen, und bittet Sie, %1 zu warten, bevor Sie es erneut versuchen. Wiederholte Anmeldeversuche können das auslösen.</translation>
    </message>
    <message>
        <source>Wait before trying again; do not retry in a loop.</source>
        <translation>Warten Sie vor dem nächsten Versuch; wiederholen Sie ihn nicht in einer Schleife.</translation>
    </message>
    <message>
        <source>If it goes on, contact the service&apos;s support.</source>
        <translation>Wenn es anhält, wenden Sie sich an den Support des Dienstes.</translation>
    </message>
    <message>
        <source>%1: the server itself has a problem</source>
        <translation>%1: Der Server selbst hat ein Problem</translation>
    </message>
    <message>
        <source>A 5xx status means the server failed to handle the request. This is not caused by your password or account, and trying again later often helps.</source>
        <translation>Ein 5xx-Status bedeutet, dass der Server die Anfrage nicht verarbeiten konnte. Das liegt nicht an Ihrem Passwort oder Konto, und ein späterer erneuter Versuch hilft oft.</translation>
    </message>
    <message>
        <source>Try again later; if it lasts, contact support.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Der Server hat mit %1 %2 geantwortet</translation>
    </message>
    <message>
        <source>This answer is neither a success nor a sign-in refusal. The technical details show what came back.</source>
        <translation>Diese Antwort ist weder ein Erfolg noch eine Ablehnung der Anmeldung. Die technischen Details zeigen, was zurückkam.</translation>
    </message>
    <message>
        <source>Check that this is the address that shows the 401 error.</source>
        <translation>Prüfen Sie, ob dies die Adresse ist, die den Fehler 401 anzeigt.</translation>
    </message>
    <message>
        <source>The server asks for a user name and password</source>
        <translation>Der Server verlangt Benutzername und Passwort</translation>
    </message>
    <message>
        <source>It uses &quot;Basic&quot; sign-in: the browser shows a small sign-in box and sends the name and password with every request.</source>
        <translation>Er verwendet die Anmeldung „Basic“: Der Browser zeigt ein kleines Anmeldefenster und sendet Name und Passwort mit jeder Anfrage.</translation>
    </message>
    <message>
        <source>It uses &quot;Basic&quot; sign-in for the area called &quot;%1&quot;: the browser shows a small sign-in box and sends the name and password with every request.</source>
        <translation>Er verwendet die Anmeldung „Basic“ für den Bereich „%1“: Der Browser zeigt ein kleines Anmeldefenster und sendet Name und Passwort mit jeder Anfrage.</translation>
    </message>
    <message>
        <source>Check your user name and password: Auth Doctor can test them for you.</source>
        <translation>Prüfen Sie Benutzername und Passwort: Auth Doctor kann sie für Sie testen.</translation>
    </message>
    <message>
        <source>If the browser never shows a sign-in box, clear this site&apos;s saved passwords.</source>
        <translation>Wenn der Browser nie ein Anmeldefenster zeigt, löschen Sie die gespeicherten Passwörter dieser Website.</translation>
    </message>
    <message>
        <source>The server asks for a user name and password (Digest)</source>
        <translation>Der Server verlangt Benutzername und Passwort (Digest)</translation>
    </message>
    <message>
        <source>It uses &quot;Digest&quot; sign-in%1, which proves the password without sending it. Algorithm: %2.</source>
        <translation>Er verwendet die Anmeldung „Digest“%1, die das Passwort nachweist, ohne es zu senden. Algorithmus: %2.</translation>
    </message>
    <message>
        <source> for the area &quot;%1&quot;</source>
        <translation> für den Bereich „%1“</translation>
    </message>
    <message>
        <source>The server asks for an access token</source>
        <translation>Der Server verlangt ein Zugriffstoken</translation>
    </message>
    <message>
        <source>It uses &quot;Bearer&quot; tokens%1: an app or the site&apos;s sign-in page gets a token for you, and the token goes with every request. A password alone is not accepted here.</source>
        <translation>Er verwendet „Bearer“-Token%1: Eine App oder die Anmeldeseite der Website besorgt ein Token für Sie, und das Token wird mit jeder Anfrage gesendet. Ein Passwort allein wird hier nicht akzeptiert.</translation>
    </message>
    <message>
        <source> for &quot;%1&quot;</source>
        <translation> für „%1“</translation>
    </message>
    <message>
        <source>Sign out of the app or site and sign in again to get a new token.</source>
        <translation>Melden Sie sich in der App oder auf der Website ab und wieder an, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <source>Developers: check the token&apos;s expiry, audience and scopes.</source>
        <translation>Entwickler: Prüfen Sie Ablaufzeit, Zielgruppe (Audience) und Berechtigungen (Scopes) des Tokens.</translation>
    </message>
    <message>
        <source>The server asks for a Windows (NTLM) sign-in</source>
        <translation>Der Server verlangt eine Windows-Anmeldung (NTLM)</translation>
    </message>
    <message>
        <source>It uses NTLM, the Windows network sign-in. It usually wants your company account, written as DOMAIN\name or name@company.</source>
        <translation>Er verwendet NTLM, die Windows-Netzwerkanmeldung. Meist wird Ihr Firmenkonto erwartet, geschrieben als DOMÄNE\name oder name@firma.</translation>
    </message>
    <message>
        <source>Check your company user name and password: Auth Doctor can test them for you.</source>
        <translation>Prüfen Sie den Benutzernamen und das Passwort Ihres Firmenkontos: Auth Doctor kann sie für Sie testen.</translation>
    </message>
    <message>
        <source>Check that your Windows password has not expired or been changed recently.</source>
        <translation>Prüfen Sie, ob Ihr Windows-Passwort abgelaufen ist oder kürzlich geändert wurde.</translation>
    </message>
    <message>
        <source>The server asks for a Kerberos (Negotiate) sign-in</source>
        <translation>Der Server verlangt eine Kerberos-Anmeldung (Negotiate)</translation>
    </message>
    <message>
        <source>It uses Negotiate, the single sign-on of company networks: your computer&apos;s own sign-in is used, without typing a password, when the computer is joined to the domain.</source>
        <translation>Er verwendet Negotiate, das Single Sign-on von Firmennetzwerken: Wenn der Computer Mitglied der Domäne ist, wird die Anmeldung an Ihrem Computer verwendet, ohne dass Sie ein Passwort eingeben müssen.</translation>
    </message>
    <message>
        <source>Check that you are connected to the company network or VPN.</source>
        <translation>Prüfen Sie, ob Sie mit dem Firmennetzwerk oder VPN verbunden sind.</translation>
    </message>
    <message>
        <source>Sign out of your computer and in again to renew your Kerberos ticket.</source>
        <translation>Melden Sie sich an Ihrem Computer ab und wieder an, um Ihr Kerberos-Ticket zu erneuern.</translation>
    </message>
    <message>
        <source>The server asks for a &quot;%1&quot; sign-in</source>
        <translation>Der Server verlangt eine Anmeldung per „%1“</translation>
    </message>
    <message>
        <source>This sign-in method is specific to this service. Its documentation says what to send.</source>
        <translation>Diese Anmeldemethode gibt es nur bei diesem Dienst. Seine Dokumentation beschreibt, was gesendet werden muss.</translation>
    </message>
    <message>
        <source>Check the service&apos;s documentation for the &quot;%1&quot; scheme.</source>
        <translation>Schlagen Sie das Verfahren „%1“ in der Dokumentation des Dienstes nach.</translation>
    </message>
    <message>
        <source>The 401 does not say how to sign in</source>
        <translation>Die Antwort 401 sagt nicht, wie Sie sich anmelden können</translation>
    </message>
    <message>
        <source>The server answered 401 without a WWW-Authenticate header, so neither a browser nor Auth Doctor can tell which sign-in it wants. Sites that sign in through their own page (with a cookie) often do this.</source>
        <translation>Der Server hat mit 401 ohne WWW-Authenticate-Header geantwortet. Daher können weder ein Browser noch Auth Doctor erkennen, welche Anmeldung er erwartet. Websites, bei denen man sich über eine eigene Seite (mit einem Cookie) anmeldet, machen das oft.</translation>
    </message>
    <message>
        <source>Sign in through the site&apos;s own sign-in page, then try again.</source>
        <translation>Melden Sie sich über die eigene Anmeldeseite der Website an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>If you run this server: send a WWW-Authenticate header with every 401 (RFC 9110 §15.5.2).</source>
        <translation>Wenn Sie diesen Server betreiben: Senden Sie mit jeder 401-Antwort einen WWW-Authenticate-Header (RFC 9110 §15.5.2).</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in request is malformed</source>
        <translation>Die Anmeldeaufforderung des Servers ist fehlerhaft</translation>
    </message>
    <message>
        <source>The WWW-Authenticate header does not follow the standard (%1), so browsers and apps may not know how to sign in.</source>
        <translation>Der WWW-Authenticate-Header entspricht nicht dem Standard (%1). Browser und Apps wissen daher möglicherweise nicht, wie sie sich anmelden sollen.</translation>
    </message>
    <message>
        <source>If you run this server: fix the WWW-Authenticate header (RFC 9110 §11.6.1).</source>
        <translation>Wenn Sie diesen Server betreiben: Korrigieren Sie den WWW-Authenticate-Header (RFC 9110 §11.6.1).</translation>
    </message>
    <message>
        <source>The server refused the token as invalid</source>
        <translation>Der Server hat das Token als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>The server says the token sent is not valid: it expired, was revoked, or is malformed.</source>
        <translation>Laut Server ist das gesendete Token ungültig: Es ist abgelaufen, wurde widerrufen oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server adds: &quot;%1&quot;.</source>
        <translation>Der Server ergänzt: „%1“.</translation>
    </message>
    <message>
        <source>Sign out of the app and sign in again to get a new token.</source>
        <translation>Melden Sie sich in der App ab und wieder an, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <source>Developers: get a fresh token (or refresh it) and check its expiry and audience.</source>
        <translation>Entwickler: Holen Sie ein neues Token (oder aktualisieren Sie es) und prüfen Sie seine Ablaufzeit und Zielgruppe (Audience).</translation>
    </message>
    <message>
        <source>The token is valid but lacks a permission</source>
        <translation>Das Token ist gültig, aber ihm fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>The server accepted who you are, but the token does not carry the permission (scope) this request needs.</source>
        <translation>Der Server hat Ihre Identität akzeptiert, aber das Token enthält nicht die Berechtigung (Scope), die diese Anfrage benötigt.</translation>
    </message>
    <message>
        <source>The server accepted who you are, but the token does not carry the permission this request needs: &quot;%1&quot;.</source>
        <translation>Der Server hat Ihre Identität akzeptiert, aber das Token enthält nicht die Berechtigung, die diese Anfrage benötigt: „%1“.</translation>
    </message>
    <message>
        <source>This is a permission or plan question, not a wrong key.</source>
        <translation>Das ist eine Frage der Berechtigung oder des Tarifs, kein falscher Schlüssel.</translation>
    </message>
    <message>
        <source>The token carries no scope at all.</source>
        <translation>Das Token enthält überhaupt keine Berechtigung (Scope).</translation>
    </message>
    <message>
        <source>The token carries: &quot;%1&quot;.</source>
        <translation>Das Token enthält: „%1“.</translation>
    </message>
    <message>
        <source>Missing: &quot;%1&quot;.</source>
        <translation>Es fehlt: „%1“.</translation>
    </message>
    <message>
        <source>The key was recognised when sent as %1.</source>
        <translation>Der Schlüssel wurde erkannt, als er als %1 gesendet wurde.</translation>
    </message>
    <message>
        <source>Request a token with the missing scope, or ask an administrator to grant it.</source>
        <translation>Fordern Sie ein Token mit der fehlenden Berechtigung (Scope) an oder bitten Sie einen Administrator, sie zu erteilen.</translation>
    </message>
    <message>
        <source>Check that your plan or subscription covers this resource.</source>
        <translation>Prüfen Sie, ob Ihr Tarif oder Abonnement diese Ressource umfasst.</translation>
    </message>
    <message>
        <source>The server says the request itself is malformed</source>
        <translation>Laut Server ist die Anfrage selbst fehlerhaft</translation>
    </message>
    <message>
        <source>The server answered invalid_request: the token was sent in a way it does not accept (missing, sent twice, or in the wrong place).</source>
        <translation>Der Server hat mit invalid_request geantwortet: Das Token wurde auf eine Art gesendet, die er nicht akzeptiert (fehlend, doppelt gesendet oder an der falschen Stelle).</translation>
    </message>
    <message>
        <source>Send the token once, in the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Senden Sie das Token nur einmal, und zwar im Header „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>A redirect leaves the secure connection</source>
        <translation>Eine Weiterleitung verlässt die sichere Verbindung</translation>
    </message>
    <message>
        <source>The redirect from %1 to %2 drops from https to plain http. Browsers do not send secure cookies or saved sign-ins there, which can look like being signed out; anything sent there can be read on the network.</source>
        <translation>Die Weiterleitung von %1 zu %2 wechselt von https auf unverschlüsseltes http. Browser senden dorthin keine sicheren Cookies oder gespeicherten Anmeldungen, was wie eine Abmeldung aussehen kann; alles, was dorthin gesendet wird, kann im Netzwerk mitgelesen werden.</translation>
    </message>
    <message>
        <source>If you run this server: redirect to https only (check the proxy&apos;s X-Forwarded-Proto handling).</source>
        <translation>Wenn Sie diesen Server betreiben: Leiten Sie nur auf https weiter (prüfen Sie, wie der Proxy X-Forwarded-Proto behandelt).</translation>
    </message>
    <message>
        <source>The site keeps redirecting in a circle</source>
        <translation>Die Website leitet im Kreis weiter</translation>
    </message>
    <message numerus="yes">
        <source>After %n redirect(s) the site sent Auth Doctor back to an address it had already visited. Sign-in loops like this often come from a cookie the browser refuses or that has expired.</source>
        <translation>
            <numerusform>Nach %n Weiterleitung hat die Website Auth Doctor zu einer Adresse zurückgeschickt, die schon besucht war. Solche Anmeldeschleifen entstehen oft durch ein Cookie, das der Browser ablehnt oder das abgelaufen ist.</numerusform>
            <numerusform>Nach %n Weiterleitungen hat die Website Auth Doctor zu einer Adresse zurückgeschickt, die schon besucht war. Solche Anmeldeschleifen entstehen oft durch ein Cookie, das der Browser ablehnt oder das abgelaufen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear this site&apos;s cookies, then sign in again.</source>
        <translation>Löschen Sie die Cookies dieser Website und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Try a private window.</source>
        <translation>Versuchen Sie es in einem privaten Fenster.</translation>
    </message>
    <message>
        <source>If you run this server: check the session cookie&apos;s Secure, SameSite and Domain attributes.</source>
        <translation>Wenn Sie diesen Server betreiben: Prüfen Sie die Attribute Secure, SameSite und Domain des Sitzungscookies.</translation>
    </message>
    <message>
        <source>Credentials were not sent after a redirect</source>
        <translation>Anmeldedaten wurden nach einer Weiterleitung nicht mitgesendet</translation>
    </message>
    <message>
        <source>The request was redirected from %1 to %2, another origin. Like browsers, Auth Doctor did not send %3 there, so the server at the new address sees no sign-in and may answer 401.</source>
        <translation>Die Anfrage wurde von %1 an %2 weitergeleitet, also an einen anderen Ursprung. Wie Browser hat Auth Doctor %3 dorthin nicht mitgesendet. Der Server an der neuen Adresse sieht daher keine Anmeldung und antwortet womöglich mit 401.</translation>
    </message>
    <message>
        <source>Use the final address directly in your app or script.</source>
        <translation>Verwenden Sie in Ihrer App oder Ihrem Skript direkt die endgültige Adresse.</translation>
    </message>
    <message>
        <source>If you run this server: avoid redirecting authenticated requests to another host.</source>
        <translation>Wenn Sie diesen Server betreiben: Leiten Sie angemeldete Anfragen möglichst nicht auf einen anderen Host weiter.</translation>
    </message>
    <message>
        <source>A redirect points nowhere usable</source>
        <translation>Eine Weiterleitung führt ins Leere</translation>
    </message>
    <message>
        <source>The server answered %1 but its Location header (&quot;%2&quot;) is missing or is not a web address.</source>
        <translation>Der Server hat mit %1 geantwortet, aber sein Location-Header („%2“) fehlt oder ist keine Webadresse.</translation>
    </message>
    <message>
        <source>If you run this server: send an absolute http(s) URL in Location.</source>
        <translation>Wenn Sie diesen Server betreiben: Senden Sie in Location eine absolute http(s)-URL.</translation>
    </message>
    <message>
        <source>The server accepted this token or key</source>
        <translation>Der Server hat dieses Token oder diesen Schlüssel angenommen</translation>
    </message>
    <message>
        <source>%1 answered with success when Auth Doctor sent %2. The token or key is right, so the 401 comes from how or where your app sends it.</source>
        <translation>%1 hat mit Erfolg geantwortet, als Auth Doctor Folgendes gesendet hat: %2. Das Token oder der Schlüssel ist also richtig; der Fehler 401 liegt daran, wie oder wo Ihre App den Wert sendet.</translation>
    </message>
    <message>
        <source>Compare how your app sends it with what worked: the header name, the prefix and the spelling.</source>
        <translation>Vergleichen Sie, wie Ihre App den Wert sendet, mit dem, was funktioniert hat: Header-Name, Präfix und Schreibweise.</translation>
    </message>
    <message>
        <source>Check that your app uses this same token or key, not an older one.</source>
        <translation>Prüfen Sie, ob Ihre App genau dieses Token oder diesen Schlüssel verwendet und keinen älteren Wert.</translation>
    </message>
    <message>
        <source>The server accepted this sign-in</source>
        <translation>Der Server hat diese Anmeldung angenommen</translation>
    </message>
    <message>
        <source>%1 signed in successfully with %2. The name and password are right, so the 401 comes from what your browser or app sends: an old saved password, an expired session or a stale cookie.</source>
        <translation>%1 hat die Anmeldung mit %2 angenommen. Name und Passwort sind richtig, der Fehler 401 kommt also von dem, was Ihr Browser oder Ihre App sendet: ein altes gespeichertes Passwort, eine abgelaufene Sitzung oder ein veraltetes Cookie.</translation>
    </message>
    <message>
        <source>Update the password saved in your browser or app.</source>
        <translation>Aktualisieren Sie das Passwort, das in Ihrem Browser oder Ihrer App gespeichert ist.</translation>
    </message>
    <message>
        <source>Sign out and in again, or clear this site&apos;s cookies.</source>
        <translation>Melden Sie sich ab und wieder an, oder löschen Sie die Cookies dieser Website.</translation>
    </message>
    <message>
        <source>Remove the space at the start or end of the name or password: it was sent as part of it.</source>
        <translation>Entfernen Sie das Leerzeichen am Anfang oder Ende von Name oder Passwort: Es wurde als Teil davon gesendet.</translation>
    </message>
    <message>
        <source>Check Caps Lock: the password was typed all in capitals.</source>
        <translation>Prüfen Sie die Feststelltaste: Das Passwort wurde komplett in Großbuchstaben eingegeben.</translation>
    </message>
    <message>
        <source>Write the user name with its domain, as DOMAIN\name or name@company.example.</source>
        <translation>Geben Sie den Benutzernamen mit seiner Domäne an, also als DOMAIN\name oder name@company.example.</translation>
    </message>
    <message>
        <source>The password has characters outside Western European letters and the server did not say it understands UTF-8: try it in a browser, or ask the administrator to allow charset=&quot;UTF-8&quot;.</source>
        <translation>Das Passwort enthält Zeichen außerhalb der westeuropäischen Buchstaben, und der Server hat nicht angegeben, dass er UTF-8 versteht: Versuchen Sie es in einem Browser, oder bitten Sie den Administrator, charset=&quot;UTF-8&quot; zu erlauben.</translation>
    </message>
    <message>
        <source>The server hints that the password has expired: change it through the service&apos;s own page, then test again.</source>
        <translation>Der Server deutet an, dass das Passwort abgelaufen ist: Ändern Sie es auf der Seite des Dienstes selbst und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Type the password again slowly, or paste it from your password manager.</source>
        <translation>Geben Sie das Passwort langsam noch einmal ein, oder fügen Sie es aus Ihrem Passwortmanager ein.</translation>
    </message>
    <message>
        <source>If you changed the password recently, use the new one everywhere.</source>
        <translation>Wenn Sie das Passwort kürzlich geändert haben, verwenden Sie überall das neue.</translation>
    </message>
    <message>
        <source>If it still fails, reset the password or ask whether the account is expired or locked.</source>
        <translation>Wenn es weiterhin nicht klappt, setzen Sie das Passwort zurück oder fragen Sie nach, ob das Konto abgelaufen oder gesperrt ist.</translation>
    </message>
    <message>
        <source>The server refused this token</source>
        <translation>Der Server hat dieses Token abgelehnt</translation>
    </message>
    <message>
        <source>The server refused this API key</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered 401 when Auth Doctor sent %2 once. It is wrong, expired or revoked, or meant for another service.</source>
        <translation>%1 hat mit 401 geantwortet, als Auth Doctor einmal Folgendes gesendet hat: %2. Der Wert ist falsch, abgelaufen oder widerrufen, oder er ist für einen anderen Dienst bestimmt.</translation>
    </message>
    <message>
        <source>Sign in again in the app to get a new token, or create a new one.</source>
        <translation>Melden Sie sich in der App erneut an, um ein neues Token zu erhalten, oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Copy the key again from the service&apos;s settings, or create a new one.</source>
        <translation>Kopieren Sie den Schlüssel erneut aus den Einstellungen des Dienstes, oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Check that it belongs to this service and to the right environment (test or production).</source>
        <translation>Prüfen Sie, ob der Wert zu diesem Dienst und zur richtigen Umgebung (Test oder Produktion) gehört.</translation>
    </message>
    <message>
        <source>The server refused this name and password</source>
        <translation>Der Server hat diesen Namen und dieses Passwort abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered 401 again after Auth Doctor signed in once with %2 as &quot;%3&quot;. The name or password is wrong, or the account cannot sign in right now. Auth Doctor tried only once, so no lock-out was risked.</source>
        <translation>%1 hat erneut mit 401 geantwortet, nachdem sich Auth Doctor einmal mit %2 als „%3“ angemeldet hat. Name oder Passwort ist falsch, oder das Konto kann sich gerade nicht anmelden. Auth Doctor hat es nur einmal versucht, eine Sperrung wurde also nicht riskiert.</translation>
    </message>
    <message>
        <source>Signed in, but this account may not open the page</source>
        <translation>Angemeldet, aber dieses Konto darf die Seite nicht öffnen</translation>
    </message>
    <message>
        <source>The name and password were accepted, but %1 answered 403 Forbidden: the account &quot;%2&quot; lacks the permission for this address.</source>
        <translation>Name und Passwort wurden angenommen, aber %1 hat mit 403 Forbidden geantwortet: Dem Konto „%2“ fehlt die Berechtigung für diese Adresse.</translation>
    </message>
    <message>
        <source>Check that this is the account that should have access.</source>
        <translation>Prüfen Sie, ob dies das Konto ist, das Zugriff haben sollte.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s administrator to grant access to this account.</source>
        <translation>Bitten Sie den Administrator der Website, diesem Konto Zugriff zu gewähren.</translation>
    </message>
    <message>
        <source>The account seems locked or paused</source>
        <translation>Das Konto scheint gesperrt oder pausiert zu sein</translation>
    </message>
    <message>
        <source>%1 answered in a way that means the account is locked or sign-ins are paused after too many attempts.</source>
        <translation>%1 hat so geantwortet, dass das Konto gesperrt ist oder Anmeldungen nach zu vielen Versuchen pausiert sind.</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt: sign-ins are paused after too many attempts.</source>
        <translation>%1 bittet, vor dem nächsten Versuch %2 zu warten: Nach zu vielen Versuchen sind Anmeldungen pausiert.</translation>
    </message>
    <message>
        <source>Trying again now can extend the lock.</source>
        <translation>Ein erneuter Versuch jetzt kann die Sperre verlängern.</translation>
    </message>
    <message>
        <source>Stop trying for now; wait before the next attempt.</source>
        <translation>Versuchen Sie es vorerst nicht weiter; warten Sie vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>Use the service&apos;s &quot;forgot password&quot; or unlock page, or contact its support.</source>
        <translation>Nutzen Sie die Seite „Passwort vergessen“ oder die Entsperrseite des Dienstes, oder wenden Sie sich an dessen Support.</translation>
    </message>
    <message>
        <source>Kerberos sign-in needs a ticket on this computer</source>
        <translation>Die Kerberos-Anmeldung braucht ein Ticket auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 only accepts Kerberos (Negotiate). Kerberos does not use a typed password: it uses a ticket that the computer gets when you sign in to the company domain, and this computer had no ticket the server accepted.</source>
        <translation>%1 akzeptiert nur Kerberos (Negotiate). Kerberos verwendet kein eingetipptes Passwort, sondern ein Ticket, das der Computer erhält, wenn Sie sich an der Firmendomäne anmelden. Dieser Computer hatte kein Ticket, das der Server akzeptiert hat.</translation>
    </message>
    <message>
        <source>Connect to the company network or VPN, then sign out of the computer and in again.</source>
        <translation>Verbinden Sie sich mit dem Firmennetzwerk oder VPN, und melden Sie sich dann am Computer ab und wieder an.</translation>
    </message>
    <message>
        <source>On Linux, get a ticket with &quot;kinit name@COMPANY.EXAMPLE&quot; and test again.</source>
        <translation>Holen Sie sich unter Linux mit „kinit name@COMPANY.EXAMPLE“ ein Ticket und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Ask your IT department whether this site also accepts a password.</source>
        <translation>Fragen Sie Ihre IT-Abteilung, ob diese Website auch ein Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>Not sent: the connection is not encrypted</source>
        <translation>Nicht gesendet: Die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1 uses plain http, so a password sent there can be read by anyone on the network. Auth Doctor did not send it.</source>
        <translation>%1 verwendet unverschlüsseltes http, daher kann jeder im Netzwerk ein dorthin gesendetes Passwort mitlesen. Auth Doctor hat es nicht gesendet.</translation>
    </message>
    <message>
        <source>Use the https:// address of this site if it has one.</source>
        <translation>Verwenden Sie die https://-Adresse dieser Website, falls es eine gibt.</translation>
    </message>
    <message>
        <source>Only if you trust this network: allow sending over http and test again.</source>
        <translation>Nur wenn Sie diesem Netzwerk vertrauen: Erlauben Sie das Senden über http und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Die Feststelltaste ist aktiv</translation>
    </message>
    <message>
        <source>Passwords care about capital letters: with Caps Lock on, every letter is typed in the wrong case.</source>
        <translation>Bei Passwörtern zählt die Groß- und Kleinschreibung: Mit aktiver Feststelltaste ist bei jedem Buchstaben Groß- und Kleinschreibung vertauscht.</translation>
    </message>
    <message>
        <source>Turn Caps Lock off and type the password again.</source>
        <translation>Schalten Sie die Feststelltaste aus und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>A space at the start or end</source>
        <translation>Ein Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>The %1 starts or ends with a space, often left over from copy and paste. Servers take it as part of the %1.</source>
        <translation>Am Anfang oder Ende von „%1“ steht ein Leerzeichen, oft ein Überbleibsel vom Kopieren und Einfügen. Server werten es als Teil von „%1“.</translation>
    </message>
    <message>
        <source>Remove the space unless it really belongs there.</source>
        <translation>Entfernen Sie das Leerzeichen, außer es gehört wirklich dazu.</translation>
    </message>
    <message>
        <source>The user name has a look-alike character</source>
        <translation>Der Benutzername enthält ein täuschend ähnliches Zeichen</translation>
    </message>
    <message>
        <source>The user name contains &quot;%1&quot; (%2), which looks like an ordinary letter or space but is a different character to the server.</source>
        <translation>Der Benutzername enthält „%1“ (%2). Dieses Zeichen sieht aus wie ein gewöhnlicher Buchstabe oder ein Leerzeichen, ist für den Server aber ein anderes Zeichen.</translation>
    </message>
    <message>
        <source>Type the user name again by hand instead of pasting it.</source>
        <translation>Tippen Sie den Benutzernamen von Hand neu ein, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>ein unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselter Inhalt</translation>
    </message>
    <message>
        <source>The token or key starts with %1</source>
        <translation>Am Anfang des Tokens oder Schlüssels steht %1</translation>
    </message>
    <message>
        <source>The token or key ends with %1</source>
        <translation>Am Ende des Tokens oder Schlüssels steht %1</translation>
    </message>
    <message>
        <source>The token or key has %1 inside it</source>
        <translation>Mitten im Token oder Schlüssel steht %1</translation>
    </message>
    <message>
        <source>At character %1 there is %2 that is not part of the value, usually left over from copying. Servers compare every character, so the value no longer matches.</source>
        <translation>An Stelle %1 steht %2. Das gehört nicht zum Wert und ist meist ein Überbleibsel vom Kopieren. Server vergleichen jedes Zeichen, daher stimmt der Wert nicht mehr überein.</translation>
    </message>
    <message>
        <source>Use the cleaned value, or remove it by hand.</source>
        <translation>Verwenden Sie den bereinigten Wert, oder entfernen Sie das Zeichen von Hand.</translation>
    </message>
    <message>
        <source>In scripts, trim the value when reading it from a file or variable.</source>
        <translation>Entfernen Sie in Skripten Leerzeichen am Anfang und Ende des Werts (trim), wenn Sie ihn aus einer Datei oder Variablen lesen.</translation>
    </message>
    <message>
        <source>The token or key starts with a quote</source>
        <translation>Das Token oder der Schlüssel beginnt mit einem Anführungszeichen</translation>
    </message>
    <message>
        <source>The token or key ends with a quote</source>
        <translation>Das Token oder der Schlüssel endet mit einem Anführungszeichen</translation>
    </message>
    <message>
        <source>The token or key is wrapped in quotes</source>
        <translation>Das Token oder der Schlüssel steht in Anführungszeichen</translation>
    </message>
    <message>
        <source>The quote mark (%1) at character %2 came along with the copy (from JSON, code or a configuration file) and is not part of the value; a server would take it as part of the token.</source>
        <translation>Das Anführungszeichen (%1) an Stelle %2 wurde mitkopiert (aus JSON, Code oder einer Konfigurationsdatei) und gehört nicht zum Wert; ein Server würde es als Teil des Tokens werten.</translation>
    </message>
    <message>
        <source>Use the cleaned value, or remove the quotes by hand.</source>
        <translation>Verwenden Sie den bereinigten Wert, oder entfernen Sie die Anführungszeichen von Hand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in front of the token</source>
        <translation>„%1“ steht zweimal vor dem Token</translation>
    </message>
    <message>
        <source>The value starts with &quot;%1&quot;</source>
        <translation>Der Wert beginnt mit „%1“</translation>
    </message>
    <message>
        <source>The value starts with &quot;%1&quot; (characters %2 to %3). The word %4 belongs in front of the token once; twice, the server cannot read the token.</source>
        <translation>Der Wert beginnt mit „%1“ (Zeichen %2 bis %3). Das Wort %4 gehört einmal vor das Token; steht es zweimal davor, kann der Server das Token nicht lesen.</translation>
    </message>
    <message>
        <source>The value starts with &quot;%1&quot; (characters %2 to %3), which belongs to the header, not to the token. Where only the token is asked for, the app adds this part itself, so the server would receive it twice and refuse the token.</source>
        <translation>Der Wert beginnt mit „%1“ (Zeichen %2 bis %3). Das gehört in den Header, nicht zum Token. Wo nur das Token verlangt wird, ergänzt die App diesen Teil selbst; der Server würde ihn also doppelt erhalten und das Token ablehnen.</translation>
    </message>
    <message>
        <source>Paste only the token itself, without &quot;%1&quot; (use the cleaned value).</source>
        <translation>Fügen Sie nur das Token selbst ein, ohne „%1“ (verwenden Sie den bereinigten Wert).</translation>
    </message>
    <message>
        <source>In code, check that &quot;%1 &quot; is put in front of the token exactly once.</source>
        <translation>Prüfen Sie im Code, dass „%1 “ genau einmal vor das Token gesetzt wird.</translation>
    </message>
    <message>
        <source>The token is damaged</source>
        <translation>Das Token ist beschädigt</translation>
    </message>
    <message>
        <source>The value is too long to be a token</source>
        <translation>Der Wert ist zu lang für ein Token</translation>
    </message>
    <message>
        <source>It is %1 characters long; Auth Doctor reads tokens and keys up to 65536 characters. Perhaps a whole file or page was pasted.</source>
        <translation>Er ist %1 Zeichen lang; Auth Doctor liest Tokens und Schlüssel bis zu 65536 Zeichen. Vielleicht wurde eine ganze Datei oder Seite eingefügt.</translation>
    </message>
    <message>
        <source>The token is empty</source>
        <translation>Das Token ist leer</translation>
    </message>
    <message>
        <source>Nothing is left once the spaces, quotes and prefix are taken away.</source>
        <translation>Ohne Leerzeichen, Anführungszeichen und Präfix bleibt nichts übrig.</translation>
    </message>
    <message>
        <source>The token is cut off or has extra parts</source>
        <translation>Das Token ist abgeschnitten oder hat zusätzliche Teile</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots (header.payload.signature); this one has %n part(s). It was probably cut off while copying, or two tokens were pasted together.</source>
        <translation>
            <numerusform>Ein JWT besteht aus drei Teilen, getrennt durch Punkte (header.payload.signature); dieses hat %n Teil. Wahrscheinlich wurde es beim Kopieren abgeschnitten, oder zwei Tokens wurden zusammen eingefügt.</numerusform>
            <numerusform>Ein JWT besteht aus drei Teilen, getrennt durch Punkte (header.payload.signature); dieses hat %n Teile. Wahrscheinlich wurde es beim Kopieren abgeschnitten, oder zwei Tokens wurden zusammen eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 part of the token, at character %2, is empty.</source>
        <translation>Der Teil „%1“ des Tokens an Stelle %2 ist leer.</translation>
    </message>
    <message>
        <source>At character %1, the %2 part of the token has a character that a JWT cannot contain, or the part was cut off.</source>
        <translation>An Stelle %1 enthält der Teil „%2“ des Tokens ein Zeichen, das in einem JWT nicht vorkommen kann, oder der Teil wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The %1 part of the token, from character %2, does not decode to a JSON object: the token is damaged, or it is not a JWT.</source>
        <translation>Der Teil „%1“ des Tokens ab Zeichen %2 ergibt dekodiert kein JSON-Objekt: Das Token ist beschädigt, oder es ist kein JWT.</translation>
    </message>
    <message>
        <source>The token or key has a look-alike character</source>
        <translation>Das Token oder der Schlüssel enthält ein täuschend ähnliches Zeichen</translation>
    </message>
    <message>
        <source>Character %1 is %2, which looks like &quot;%3&quot; but is a different character to the server. Tokens and keys are plain ASCII; such characters come from word processors and chat apps.</source>
        <translation>Zeichen %1 ist %2. Es sieht aus wie „%3“, ist für den Server aber ein anderes Zeichen. Tokens und Schlüssel bestehen nur aus einfachem ASCII; solche Zeichen stammen aus Textverarbeitungen und Chat-Apps.</translation>
    </message>
    <message>
        <source>Copy the value again from where it was issued, not from a document or a chat.</source>
        <translation>Kopieren Sie den Wert erneut von der Stelle, die ihn ausgestellt hat, nicht aus einem Dokument oder Chat.</translation>
    </message>
    <message>
        <source>The token or key has a character it cannot contain</source>
        <translation>Das Token oder der Schlüssel enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>Character %1 is %2, which cannot appear in a token or key: they are plain ASCII.</source>
        <translation>Zeichen %1 ist %2. Das kann in einem Token oder Schlüssel nicht vorkommen, denn sie bestehen nur aus einfachem ASCII.</translation>
    </message>
    <message>
        <source>The Basic value is not encoded</source>
        <translation>Der Basic-Wert ist nicht kodiert</translation>
    </message>
    <message>
        <source>A Basic value is &quot;name:password&quot; encoded as base64; this one is the name and password as typed, which the server cannot read.</source>
        <translation>Ein Basic-Wert ist „Benutzername:Passwort“ in base64-Codierung. Dieser enthält Name und Passwort so, wie sie eingegeben wurden, und das kann der Server nicht lesen.</translation>
    </message>
    <message>
        <source>The Basic value is not valid base64</source>
        <translation>Der Basic-Wert ist kein gültiges base64</translation>
    </message>
    <message>
        <source>At character %1 it has a character that base64 does not use, or it was cut off.</source>
        <translation>Bei Zeichen %1 steht ein Zeichen, das in base64 nicht vorkommt, oder der Wert wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The Basic value lacks its &quot;=&quot; padding</source>
        <translation>Dem Basic-Wert fehlt die Auffüllung mit „=“</translation>
    </message>
    <message>
        <source>Base64 comes in groups of four characters, filled up with &quot;=&quot; at the end; here the &quot;=&quot; are missing. Some servers accept that, many do not.</source>
        <translation>Base64 besteht aus Gruppen von je vier Zeichen, die am Ende mit „=“ aufgefüllt werden. Hier fehlen die „=“. Manche Server akzeptieren das, viele nicht.</translation>
    </message>
    <message>
        <source>The Basic value holds no name and password</source>
        <translation>Der Basic-Wert enthält keinen Benutzernamen und kein Passwort</translation>
    </message>
    <message>
        <source>It decodes, but without the &quot;:&quot; that separates the user name from the password, so the server cannot read it.</source>
        <translation>Er lässt sich decodieren, aber ohne den Doppelpunkt („:“), der Benutzername und Passwort trennt. Deshalb kann der Server ihn nicht lesen.</translation>
    </message>
    <message>
        <source>The value is damaged at character %1.</source>
        <translation>Der Wert ist bei Zeichen %1 beschädigt.</translation>
    </message>
    <message>
        <source>Use the cleaned value.</source>
        <translation>Verwenden Sie den bereinigten Wert.</translation>
    </message>
    <message>
        <source>Copy the token or key again, completely, from where it was issued; long values are easily cut off at the end of a line.</source>
        <translation>Kopieren Sie das Token oder den Schlüssel noch einmal vollständig von dort, wo der Wert ausgestellt wurde. Lange Werte werden am Zeilenende leicht abgeschnitten.</translation>
    </message>
    <message>
        <source>Its expiry time (exp) is %1. By the server&apos;s clock it expired %2, so the server refuses it.</source>
        <translation>Seine Ablaufzeit (exp) ist %1. Nach der Uhr des Servers ist es %2 abgelaufen, deshalb lehnt der Server es ab.</translation>
    </message>
    <message>
        <source>Its expiry time (exp) is %1. By this computer&apos;s clock it expired %2, so the server refuses it.</source>
        <translation>Seine Ablaufzeit (exp) ist %1. Nach der Uhr dieses Computers ist es %2 abgelaufen, deshalb lehnt der Server es ab.</translation>
    </message>
    <message>
        <source>By this computer&apos;s clock it would still be valid: the two clocks disagree.</source>
        <translation>Nach der Uhr dieses Computers wäre es noch gültig: Die beiden Uhren gehen unterschiedlich.</translation>
    </message>
    <message>
        <source>The token expired %1</source>
        <translation>Das Token ist %1 abgelaufen</translation>
    </message>
    <message>
        <source>Get a new token: sign in again, or use the refresh token.</source>
        <translation>Besorgen Sie sich ein neues Token: Melden Sie sich erneut an oder verwenden Sie das Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>If tokens expire much sooner than expected, check the clocks of this computer and of the server.</source>
        <translation>Wenn Tokens viel früher als erwartet ablaufen, prüfen Sie die Uhren dieses Computers und des Servers.</translation>
    </message>
    <message>
        <source>by the server&apos;s clock</source>
        <translation>nach der Uhr des Servers</translation>
    </message>
    <message>
        <source>by this computer&apos;s clock</source>
        <translation>nach der Uhr dieses Computers</translation>
    </message>
    <message>
        <source>It says it was issued (iat) at %1, which is %2 %3: servers refuse tokens from the future.</source>
        <translation>Als Ausstellungszeit (iat) gibt es %1 an, also %2 %3: Server lehnen Tokens aus der Zukunft ab.</translation>
    </message>
    <message>
        <source>Its start time (nbf) is %1, which is %2 %3.</source>
        <translation>Sein Gültigkeitsbeginn (nbf) ist %1, also %2 %3.</translation>
    </message>
    <message>
        <source>By this computer&apos;s clock it is already valid: the two clocks disagree.</source>
        <translation>Nach der Uhr dieses Computers ist es bereits gültig: Die beiden Uhren gehen unterschiedlich.</translation>
    </message>
    <message>
        <source>The token is not valid yet</source>
        <translation>Das Token ist noch nicht gültig</translation>
    </message>
    <message>
        <source>Wait until %1 and try again, or get a new token.</source>
        <translation>Warten Sie bis %1 und versuchen Sie es dann erneut, oder besorgen Sie sich ein neues Token.</translation>
    </message>
    <message>
        <source>Check the clocks of the service that issued the token and of the server.</source>
        <translation>Prüfen Sie die Uhren des Dienstes, der das Token ausgestellt hat, und des Servers.</translation>
    </message>
    <message>
        <source>The token is meant for another service</source>
        <translation>Das Token ist für einen anderen Dienst bestimmt</translation>
    </message>
    <message>
        <source>The token&apos;s audience (aud) is %1, but the request goes to %2. A server refuses a token issued for someone else, even one that is otherwise valid.</source>
        <translation>Die Zielgruppe (aud) des Tokens ist %1, die Anfrage geht aber an %2. Ein Server lehnt ein Token ab, das für jemand anderen ausgestellt wurde, auch wenn es sonst gültig ist.</translation>
    </message>
    <message>
        <source>Ask for a token for %1: set the audience or resource when requesting it (for example %2).</source>
        <translation>Fordern Sie ein Token für %1 an: Geben Sie bei der Anforderung die Zielgruppe (audience) oder die Ressource an (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>Check that the token comes from the right environment (test or production) and the right app registration.</source>
        <translation>Prüfen Sie, ob das Token aus der richtigen Umgebung (Test oder Produktion) und von der richtigen App-Registrierung stammt.</translation>
    </message>
    <message>
        <source>The token is encrypted</source>
        <translation>Das Token ist verschlüsselt</translation>
    </message>
    <message>
        <source>It is an encrypted JSON Web Token (JWE): only its header can be read, and only the server can read what it claims.</source>
        <translation>Es ist ein verschlüsseltes JSON Web Token (JWE): Nur sein Header ist lesbar, und nur der Server kann lesen, was es angibt.</translation>
    </message>
    <message>
        <source>an unnamed algorithm</source>
        <translation>einem nicht angegebenen Algorithmus</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Was das Token angibt</translation>
    </message>
    <message>
        <source>What the token says: %1</source>
        <translation>Was das Token angibt: %1</translation>
    </message>
    <message>
        <source>The token is a JSON Web Token signed with %1; its claims are listed in the details. Its signature was not checked, so this is what the token claims, not proof that it is genuine.</source>
        <translation>Das Token ist ein JSON Web Token, signiert mit %1. Seine Angaben (Claims) stehen in den Details. Die Signatur wurde nicht geprüft: Das ist also nur, was das Token behauptet, kein Beweis, dass es echt ist.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht gegenüber der des Servers %1 vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht gegenüber der des Servers %1 nach</translation>
    </message>
    <message>
        <source>The server&apos;s clock says %1, this computer&apos;s says %2. Tokens, cookies and certificates are judged by time, so a clock that is off makes valid ones look expired or not yet valid.</source>
        <translation>Die Uhr des Servers zeigt %1, die dieses Computers %2. Tokens, Cookies und Zertifikate werden nach der Zeit beurteilt. Eine falsch gehende Uhr lässt gültige daher abgelaufen oder noch nicht gültig erscheinen.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in this computer&apos;s settings.</source>
        <translation>Aktivieren Sie in den Einstellungen dieses Computers die automatische Einstellung von Datum und Uhrzeit (Netzwerkzeit).</translation>
    </message>
    <message>
        <source>If this computer&apos;s clock is right, tell the server&apos;s administrator that its clock is off.</source>
        <translation>Wenn die Uhr dieses Computers stimmt, teilen Sie dem Administrator des Servers mit, dass die Uhr des Servers falsch geht.</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <source>slow or partly failing</source>
        <translation>langsam oder teilweise gestört</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>teilweiser Ausfall</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation>schwerer Ausfall</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>in Wartung</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Affected: %1 and %n more.</source>
        <translation>
            <numerusform>Betroffen: %1 und %n weitere Komponente.</numerusform>
            <numerusform>Betroffen: %1 und %n weitere Komponenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Affected: %1.</source>
        <translation>Betroffen: %1.</translation>
    </message>
    <message>
        <source>This includes signing in, so the 401 may come from their problem rather than from your account or password.</source>
        <translation>Das betrifft auch die Anmeldung. Der Fehler 401 kann also an deren Problem liegen statt an Ihrem Konto oder Passwort.</translation>
    </message>
    <message>
        <source>They report &quot;%1&quot;.</source>
        <translation>Gemeldet wird: „%1“.</translation>
    </message>
    <message>
        <source>They report &quot;%1&quot; (latest news %2).</source>
        <translation>Gemeldet wird: „%1“ (letzte Aktualisierung: %2).</translation>
    </message>
    <message>
        <source>Their words: %1</source>
        <translation>Im Wortlaut: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under way now.</source>
        <translation>„%1“ läuft gerade.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under way until %2 (your time).</source>
        <translation>„%1“ läuft bis %2 (Ihre Ortszeit).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned.</source>
        <translation>„%1“ ist geplant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned from %2 (your time).</source>
        <translation>„%1“ ist ab %2 geplant (Ihre Ortszeit).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned from %2 to %3 (your time).</source>
        <translation>„%1“ ist von %2 bis %3 geplant (Ihre Ortszeit).</translation>
    </message>
    <message>
        <source>Wait until the status page reports the problem fixed, then try again.</source>
        <translation>Warten Sie, bis die Statusseite das Problem als behoben meldet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Do not reset your password or change your settings because of this 401 while their problem lasts.</source>
        <translation>Setzen Sie wegen dieses Fehlers 401 nicht Ihr Passwort zurück und ändern Sie keine Einstellungen, solange das Problem beim Dienst besteht.</translation>
    </message>
    <message>
        <source>Follow the updates on %1.</source>
        <translation>Verfolgen Sie die Neuigkeiten auf %1.</translation>
    </message>
    <message>
        <source>It says: &quot;%1&quot;.</source>
        <translation>Dort steht: „%1“.</translation>
    </message>
    <message>
        <source>%1 reports no problems</source>
        <translation>%1 meldet keine Probleme</translation>
    </message>
    <message>
        <source>The service&apos;s status page says everything works.</source>
        <translation>Laut der Statusseite des Dienstes funktioniert alles.</translation>
    </message>
    <message>
        <source>The status page %1 says everything works.</source>
        <translation>Laut der Statusseite %1 funktioniert alles.</translation>
    </message>
    <message>
        <source>The 401 is most likely not caused by an outage on their side.</source>
        <translation>Der Fehler 401 kommt sehr wahrscheinlich nicht von einem Ausfall auf Seiten des Dienstes.</translation>
    </message>
    <message>
        <source>%1 reports a problem right now</source>
        <translation>%1 meldet gerade ein Problem</translation>
    </message>
    <message>
        <source>The service&apos;s status page reports reduced service.</source>
        <translation>Die Statusseite des Dienstes meldet Einschränkungen.</translation>
    </message>
    <message>
        <source>The status page %1 reports reduced service.</source>
        <translation>Die Statusseite %1 meldet Einschränkungen.</translation>
    </message>
    <message>
        <source>%1 reports an outage</source>
        <translation>%1 meldet einen Ausfall</translation>
    </message>
    <message>
        <source>The service&apos;s status page reports an outage.</source>
        <translation>Die Statusseite des Dienstes meldet einen Ausfall.</translation>
    </message>
    <message>
        <source>The status page %1 reports an outage.</source>
        <translation>Die Statusseite %1 meldet einen Ausfall.</translation>
    </message>
    <message>
        <source>The service&apos;s status page reports maintenance under way.</source>
        <translation>Die Statusseite des Dienstes meldet eine laufende Wartung.</translation>
    </message>
    <message>
        <source>The status page %1 reports maintenance under way.</source>
        <translation>Die Statusseite %1 meldet eine laufende Wartung.</translation>
    </message>
    <message>
        <source>The service&apos;s status page announces maintenance.</source>
        <translation>Die Statusseite des Dienstes kündigt eine Wartung an.</translation>
    </message>
    <message>
        <source>The status page %1 announces maintenance.</source>
        <translation>Die Statusseite %1 kündigt eine Wartung an.</translation>
    </message>
    <message>
        <source>Signing in may fail until it ends.</source>
        <translation>Bis zu ihrem Ende kann die Anmeldung fehlschlagen.</translation>
    </message>
    <message>
        <source>Parts of the service may not work until it ends.</source>
        <translation>Bis zu ihrem Ende funktionieren Teile des Dienstes möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Try again after the maintenance ends.</source>
        <translation>Versuchen Sie es nach dem Ende der Wartung erneut.</translation>
    </message>
    <message>
        <source>If the 401 appears during the maintenance, try again after it ends.</source>
        <translation>Wenn der Fehler 401 während der Wartung auftritt, versuchen Sie es nach ihrem Ende erneut.</translation>
    </message>
    <message>
        <source>%1 is under maintenance</source>
        <translation>%1 wird gerade gewartet</translation>
    </message>
    <message>
        <source>%1 has planned maintenance</source>
        <translation>%1 plant eine Wartung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address or domain name.</source>
        <translation>„%1“ ist weder eine Webadresse noch ein Domainname.</translation>
    </message>
    <message>
        <source>The check of the service&apos;s status page was stopped before it finished.</source>
        <translation>Die Prüfung der Statusseite des Dienstes wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The service&apos;s status page did not answer.</source>
        <translation>Die Statusseite des Dienstes hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The status page %1 did not answer.</source>
        <translation>Die Statusseite %1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>A status page answered, but not in a form Auth Doctor can read.</source>
        <translation>Eine Statusseite hat geantwortet, aber nicht in einer Form, die Auth Doctor lesen kann.</translation>
    </message>
    <message>
        <source>A status page answered at %1, but not in a form Auth Doctor can read.</source>
        <translation>Unter %1 hat eine Statusseite geantwortet, aber nicht in einer Form, die Auth Doctor lesen kann.</translation>
    </message>
    <message>
        <source>The status page %1 was read, but it does not say whether the service works.</source>
        <translation>Die Statusseite %1 wurde gelesen, sagt aber nicht, ob der Dienst funktioniert.</translation>
    </message>
    <message>
        <source>Auth Doctor found no status page for %1.</source>
        <translation>Auth Doctor hat keine Statusseite für %1 gefunden.</translation>
    </message>
    <message>
        <source>Auth Doctor looked for a status page at the usual places (%1) and found none it can read.</source>
        <translation>Auth Doctor hat an den üblichen Stellen (%1) nach einer Statusseite gesucht und keine gefunden, die es lesen kann.</translation>
    </message>
    <message>
        <source>That says nothing about whether the service works: many services publish their status elsewhere, or not at all.</source>
        <translation>Das sagt nichts darüber aus, ob der Dienst funktioniert: Viele Dienste veröffentlichen ihren Status an anderer Stelle oder gar nicht.</translation>
    </message>
    <message>
        <source>Run the check again to see the service&apos;s status.</source>
        <translation>Führen Sie die Prüfung erneut aus, um den Status des Dienstes zu sehen.</translation>
    </message>
    <message>
        <source>Search the web for &quot;%1 status&quot; to find the service&apos;s status page, and give its address to Auth Doctor.</source>
        <translation>Suchen Sie im Web nach „%1 status“, um die Statusseite des Dienstes zu finden, und geben Sie deren Adresse in Auth Doctor ein.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s support whether they know of a problem.</source>
        <translation>Fragen Sie beim Support des Dienstes nach, ob dort ein Problem bekannt ist.</translation>
    </message>
    <message>
        <source>The status page check was stopped</source>
        <translation>Die Prüfung der Statusseite wurde abgebrochen</translation>
    </message>
    <message>
        <source>No status page could be read for %1</source>
        <translation>Für %1 konnte keine Statusseite gelesen werden</translation>
    </message>
    <message>
        <source>Your sign-in has timed out: sign in again</source>
        <translation>Ihre Anmeldung ist abgelaufen: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>With the cookies remembered for %1 the server refuses you, but without them it simply asks you to sign in. The remembered session is no longer accepted; your password is probably fine.</source>
        <translation>Mit den für %1 gespeicherten Cookies weist der Server Sie ab, ohne sie fordert er Sie einfach zur Anmeldung auf. Die gespeicherte Sitzung wird nicht mehr akzeptiert. Ihr Passwort ist wahrscheinlich in Ordnung.</translation>
    </message>
    <message>
        <source>The session cookie (%1) for %2 has expired, so it is no longer sent and the server sees you as signed out. Your password is probably fine.</source>
        <translation>Das Sitzungscookie (%1) für %2 ist abgelaufen. Es wird daher nicht mehr gesendet, und der Server hält Sie für abgemeldet. Ihr Passwort ist wahrscheinlich in Ordnung.</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Melden Sie sich ab und erneut an.</translation>
    </message>
    <message>
        <source>If that does not help, clear this site&apos;s cookies and try once more.</source>
        <translation>Falls das nicht hilft, löschen Sie die Cookies dieser Website und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page</source>
        <translation>Diese Website meldet Sie auf einer eigenen Seite an</translation>
    </message>
    <message>
        <source>%1 does not ask for a password in the browser&apos;s sign-in box: it shows its own sign-in page (%2) and then remembers you with a cookie. A password test does not apply; the cookie is what matters.</source>
        <translation>%1 fragt das Passwort nicht im Anmeldefenster des Browsers ab: Die Website zeigt eine eigene Anmeldeseite (%2) und erkennt Sie danach an einem Cookie wieder. Ein Passworttest passt hier nicht; entscheidend ist das Cookie.</translation>
    </message>
    <message>
        <source>Sign in through the site&apos;s own page, in a private window first.</source>
        <translation>Melden Sie sich über die eigene Anmeldeseite der Website an, zuerst in einem privaten Fenster.</translation>
    </message>
    <message>
        <source>If you are sent back to the sign-in page again and again, clear this site&apos;s cookies.</source>
        <translation>Wenn Sie immer wieder zur Anmeldeseite zurückgeschickt werden, löschen Sie die Cookies dieser Website.</translation>
    </message>
    <message numerus="yes">
        <source>The site set %n cookie(s)</source>
        <translation>
            <numerusform>Die Website hat %n Cookie gesetzt</numerusform>
            <numerusform>Die Website hat %n Cookies gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>How long each one lasts: %1.</source>
        <translation>So lange gelten sie jeweils: %1.</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; had expired when it arrived</source>
        <translation>Das Cookie „%1“ war bei der Ankunft bereits abgelaufen</translation>
    </message>
    <message>
        <source>%1 set the cookie with an expiry %2 in the past, so the browser drops it at once and the next request looks signed out. The server&apos;s clock or its cookie lifetime is wrong.</source>
        <translation>%1 hat das Cookie mit einem Ablaufzeitpunkt gesetzt, der %2 in der Vergangenheit liegt. Der Browser verwirft es daher sofort, und die nächste Anfrage wirkt abgemeldet. Die Uhr des Servers oder seine Cookie-Lebensdauer ist falsch.</translation>
    </message>
    <message>
        <source>If you run this server: check its clock and the cookie&apos;s Expires or Max-Age.</source>
        <translation>Wenn Sie diesen Server betreiben: Prüfen Sie seine Uhr sowie Expires oder Max-Age des Cookies.</translation>
    </message>
    <message>
        <source>A secure cookie was set over plain http</source>
        <translation>Ein als Secure markiertes Cookie wurde über unverschlüsseltes http gesetzt</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; is marked Secure but came over http from %2. Browsers refuse to store it, so the sign-in does not stick.</source>
        <translation>Das Cookie „%1“ ist als Secure markiert, kam aber über http von %2. Browser speichern es deshalb nicht, und die Anmeldung bleibt nicht erhalten.</translation>
    </message>
    <message>
        <source>Use the https address of the site.</source>
        <translation>Verwenden Sie die https-Adresse der Website.</translation>
    </message>
    <message>
        <source>If you run this server: serve the sign-in over https only.</source>
        <translation>Wenn Sie diesen Server betreiben: Bieten Sie die Anmeldung nur über https an.</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; has SameSite=None without Secure</source>
        <translation>Das Cookie „%1“ hat SameSite=None ohne Secure</translation>
    </message>
    <message>
        <source>Browsers drop a cookie marked SameSite=None unless it is also Secure. The sign-in seems to work, then the next request arrives without the cookie and gets a 401.</source>
        <translation>Browser verwerfen ein Cookie mit SameSite=None, wenn es nicht auch Secure ist. Die Anmeldung scheint zu funktionieren, doch dann kommt die nächste Anfrage ohne das Cookie an und erhält eine 401-Antwort.</translation>
    </message>
    <message>
        <source>If you run this server: add Secure to the cookie and serve it over https.</source>
        <translation>Wenn Sie diesen Server betreiben: Ergänzen Sie das Cookie um Secure und liefern Sie es über https aus.</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; is for another domain</source>
        <translation>Das Cookie „%1“ gilt für eine andere Domain</translation>
    </message>
    <message>
        <source>It is set with Domain=%1, which does not cover %2, so the browser never sends it there.</source>
        <translation>Es ist mit Domain=%1 gesetzt, was %2 nicht abdeckt. Der Browser sendet es deshalb nie dorthin.</translation>
    </message>
    <message>
        <source>If you run this server: set Domain to the site&apos;s own domain, or leave it out.</source>
        <translation>Wenn Sie diesen Server betreiben: Setzen Sie Domain auf die eigene Domain der Website, oder lassen Sie die Angabe weg.</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; comes from another site</source>
        <translation>Das Cookie „%1“ stammt von einer anderen Website</translation>
    </message>
    <message>
        <source>%1 set it while signing in to %2. Browsers increasingly block such third-party cookies, and then the sign-in does not carry over.</source>
        <translation>%1 hat es während der Anmeldung bei %2 gesetzt. Browser blockieren solche Drittanbieter-Cookies immer häufiger, und dann wird die Anmeldung nicht übernommen.</translation>
    </message>
    <message>
        <source>Allow cookies for both sites in the browser, or try another browser.</source>
        <translation>Erlauben Sie im Browser Cookies für beide Websites, oder versuchen Sie es mit einem anderen Browser.</translation>
    </message>
    <message>
        <source>If you run this server: keep the session cookie on the site&apos;s own domain.</source>
        <translation>Wenn Sie diesen Server betreiben: Belassen Sie das Sitzungs-Cookie auf der eigenen Domain der Website.</translation>
    </message>
    <message>
        <source>The cookie &quot;%1&quot; does not cover this page</source>
        <translation>Das Cookie „%1“ gilt nicht für diese Seite</translation>
    </message>
    <message>
        <source>It is limited to Path=%1, but the address is %2, so the browser does not send it here.</source>
        <translation>Es ist auf Path=%1 beschränkt, die Adresse lautet aber %2. Der Browser sendet es deshalb nicht hierher.</translation>
    </message>
    <message>
        <source>If you run this server: set Path=/ on the session cookie.</source>
        <translation>Wenn Sie diesen Server betreiben: Setzen Sie Path=/ beim Sitzungs-Cookie.</translation>
    </message>
    <message>
        <source>Cookies and cached answers cleared</source>
        <translation>Cookies und zwischengespeicherte Antworten gelöscht</translation>
    </message>
    <message>
        <source>Reload the page bypassing the cache: Ctrl+Shift+R (or Ctrl+F5; Cmd+Shift+R on a Mac).</source>
        <translation>Laden Sie die Seite unter Umgehung des Caches neu: Strg+Umschalt+R (oder Strg+F5; Cmd+Umschalt+R auf dem Mac).</translation>
    </message>
    <message>
        <source>If you run this server: send &quot;Cache-Control: no-store&quot; with every 401 and 403, and with sign-in pages.</source>
        <translation>Wenn Sie diesen Server betreiben: Senden Sie „Cache-Control: no-store“ mit jeder 401- und 403-Antwort sowie mit Anmeldeseiten.</translation>
    </message>
    <message>
        <source>The refusal may come from a cache</source>
        <translation>Die Ablehnung kommt möglicherweise aus einem Cache</translation>
    </message>
    <message>
        <source>This answer (%1) was kept by a cache rather than made by the server just now: %2. A cached 401 or sign-in page can outlive the problem that caused it.</source>
        <translation>Diese Antwort (%1) wurde von einem Cache aufbewahrt, statt gerade eben vom Server erzeugt zu werden: %2. Eine zwischengespeicherte 401-Antwort oder Anmeldeseite kann das Problem überdauern, das sie verursacht hat.</translation>
    </message>
    <message>
        <source>in the Authorization header with the &quot;%1&quot; scheme</source>
        <translation>im Authorization-Header mit dem Schema „%1“</translation>
    </message>
    <message>
        <source>as the user name of a Basic sign-in, with an empty password</source>
        <translation>als Benutzername einer Basic-Anmeldung, mit leerem Passwort</translation>
    </message>
    <message>
        <source>as the password of a Basic sign-in, with an empty user name</source>
        <translation>als Passwort einer Basic-Anmeldung, mit leerem Benutzernamen</translation>
    </message>
    <message>
        <source>in the query parameter &quot;%1&quot;</source>
        <translation>im Abfrageparameter „%1“</translation>
    </message>
    <message>
        <source>in the &quot;%1&quot; header</source>
        <translation>im Header „%1“</translation>
    </message>
    <message>
        <source>Keys in addresses end up in server logs and browser history: prefer a header if the API offers one.</source>
        <translation>Schlüssel in Adressen landen in Serverprotokollen und im Browserverlauf: Verwenden Sie lieber einen Header, wenn die API das anbietet.</translation>
    </message>
    <message>
        <source>The key works as %1</source>
        <translation>Der Schlüssel funktioniert %1</translation>
    </message>
    <message>
        <source>Send the key the same way; with the key in the API_KEY environment variable: %1</source>
        <translation>Senden Sie den Schlüssel auf dieselbe Weise; mit dem Schlüssel in der Umgebungsvariablen API_KEY: %1</translation>
    </message>
    <message>
        <source>Set your app or library to send the key as %1.</source>
        <translation>Stellen Sie Ihre App oder Bibliothek so ein, dass sie den Schlüssel %1 sendet.</translation>
    </message>
    <message numerus="yes">
        <source>Auth Doctor sent the key to %1 in %n usual place(s) (%2), and every answer was a refusal (mostly HTTP %3). The key itself is refused: it is wrong, expired, revoked, or for another environment.</source>
        <translation>
            <numerusform>Auth Doctor hat den Schlüssel an %1 gesendet, und zwar an %n üblicher Stelle (%2). Jede Antwort war eine Ablehnung (meist HTTP %3). Der Schlüssel selbst wird abgelehnt: Er ist falsch, abgelaufen, widerrufen oder für eine andere Umgebung bestimmt.</numerusform>
            <numerusform>Auth Doctor hat den Schlüssel an %1 gesendet, und zwar an %n üblichen Stellen (%2). Jede Antwort war eine Ablehnung (meist HTTP %3). Der Schlüssel selbst wird abgelehnt: Er ist falsch, abgelaufen, widerrufen oder für eine andere Umgebung bestimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places answered differently: %1. The key may be known there but lack a permission.</source>
        <translation>Einige Stellen haben anders geantwortet: %1. Der Schlüssel ist dort vielleicht bekannt, aber ihm fehlt eine Berechtigung.</translation>
    </message>
    <message>
        <source>The key was refused in every usual place</source>
        <translation>Der Schlüssel wurde an allen üblichen Stellen abgelehnt</translation>
    </message>
    <message>
        <source>Copy the key again, completely, from the service&apos;s dashboard.</source>
        <translation>Kopieren Sie den Schlüssel erneut und vollständig aus dem Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>Check that the key is for this environment (test or production) and has not expired or been revoked.</source>
        <translation>Prüfen Sie, ob der Schlüssel für diese Umgebung (Test oder Produktion) gilt und nicht abgelaufen oder widerrufen ist.</translation>
    </message>
    <message>
        <source>Check the API&apos;s documentation for where it wants the key: some APIs use a header name of their own.</source>
        <translation>Sehen Sie in der Dokumentation der API nach, wo sie den Schlüssel erwartet: Manche APIs verwenden einen eigenen Header-Namen.</translation>
    </message>
    <message>
        <source>The address answers without a key</source>
        <translation>Die Adresse antwortet auch ohne Schlüssel</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the request without the key, so where the key goes cannot be told from this address.</source>
        <translation>%1 hat auf die Anfrage ohne Schlüssel mit HTTP %2 geantwortet. An dieser Adresse lässt sich daher nicht feststellen, wohin der Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Test with the address of a resource that needs the key.</source>
        <translation>Testen Sie mit der Adresse einer Ressource, die den Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>The authorization server %1 publishes its settings at %2; its token endpoint is %3.</source>
        <translation>Der Autorisierungsserver %1 veröffentlicht seine Einstellungen unter %2; sein Token-Endpunkt ist %3.</translation>
    </message>
    <message>
        <source>The document names another issuer (%1), which clients that check it refuse.</source>
        <translation>Das Dokument nennt einen anderen Aussteller (%1); Clients, die den Aussteller prüfen, lehnen das ab.</translation>
    </message>
    <message>
        <source>Token endpoint found: %1</source>
        <translation>Token-Endpunkt gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address, so there is nowhere to look.</source>
        <translation>„%1“ ist keine Webadresse, daher kann nirgends gesucht werden.</translation>
    </message>
    <message>
        <source>None of the well-known addresses of %1 could be reached.</source>
        <translation>Keine der Standardadressen von %1 war erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at %n well-known address(es), and none held a document with a token endpoint.</source>
        <translation>
            <numerusform>Auth Doctor hat unter %n Standardadresse nach den OpenID-Connect- und OAuth-Einstellungen von %1 gesucht, aber dort lag kein Dokument mit einem Token-Endpunkt.</numerusform>
            <numerusform>Auth Doctor hat unter %n Standardadressen nach den OpenID-Connect- und OAuth-Einstellungen von %1 gesucht, aber keine davon enthielt ein Dokument mit einem Token-Endpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization server&apos;s settings were not found</source>
        <translation>Die Einstellungen des Autorisierungsservers wurden nicht gefunden</translation>
    </message>
    <message>
        <source>Check the issuer address: it is the &quot;iss&quot; claim of the tokens it issues, for example https://login.example.com/realms/main.</source>
        <translation>Prüfen Sie die Adresse des Ausstellers: Sie steht im Claim „iss“ der Tokens, die er ausstellt, zum Beispiel https://login.example.com/realms/main.</translation>
    </message>
    <message>
        <source>Enter the token endpoint itself if you know it; the service&apos;s documentation names it.</source>
        <translation>Geben Sie direkt den Token-Endpunkt ein, wenn Sie ihn kennen; die Dokumentation des Dienstes nennt ihn.</translation>
    </message>
    <message>
        <source>%1 issued a new access token.</source>
        <translation>%1 hat ein neues Zugriffstoken ausgestellt.</translation>
    </message>
    <message>
        <source>It expires at %1 (%2), as the answer&apos;s expires_in says.</source>
        <translation>Es läuft laut expires_in in der Antwort ab: %1 (%2).</translation>
    </message>
    <message>
        <source>It expires at %1 (%2), as its exp claim says.</source>
        <translation>Es läuft laut seinem Claim exp ab: %1 (%2).</translation>
    </message>
    <message>
        <source>The answer does not say when it expires.</source>
        <translation>Die Antwort gibt nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>Use the new access token in place of the old one.</source>
        <translation>Verwenden Sie das neue Zugriffstoken anstelle des alten.</translation>
    </message>
    <message>
        <source>The server also sent a new refresh token: the old one may no longer work.</source>
        <translation>Der Server hat auch ein neues Aktualisierungstoken gesendet: Das alte funktioniert möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <source>Store the new refresh token in place of the old one.</source>
        <translation>Speichern Sie das neue Aktualisierungstoken anstelle des alten.</translation>
    </message>
    <message>
        <source>The refresh worked: a new access token came back</source>
        <translation>Die Aktualisierung hat funktioniert: Es kam ein neues Zugriffstoken zurück</translation>
    </message>
    <message>
        <source>The refresh worked: a new access token, %1</source>
        <translation>Die Aktualisierung hat funktioniert: ein neues Zugriffstoken, %1</translation>
    </message>
    <message>
        <source>The refresh token is no longer accepted</source>
        <translation>Das Aktualisierungstoken wird nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>%1 answered invalid_grant: the refresh token expired, was revoked (for example after a password change or a sign-out), was already used once, or was issued to another client.</source>
        <translation>%1 hat mit invalid_grant geantwortet: Das Aktualisierungstoken ist abgelaufen, wurde widerrufen (zum Beispiel nach einer Passwortänderung oder einer Abmeldung), wurde bereits einmal verwendet oder wurde für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>Sign in again to get a new refresh token.</source>
        <translation>Melden Sie sich erneut an, um ein neues Aktualisierungstoken zu erhalten.</translation>
    </message>
    <message>
        <source>If the server rotates refresh tokens, make sure the app stores the new one after every refresh.</source>
        <translation>Wenn der Server Aktualisierungstokens rotiert, stellen Sie sicher, dass die App nach jeder Aktualisierung das neue speichert.</translation>
    </message>
    <message>
        <source>its secret in an Authorization: Basic header (client_secret_basic)</source>
        <translation>seinem Geheimnis in einem Header „Authorization: Basic“ (client_secret_basic)</translation>
    </message>
    <message>
        <source>its secret in the form (client_secret_post)</source>
        <translation>seinem Geheimnis im Formular (client_secret_post)</translation>
    </message>
    <message>
        <source>no secret (a public client)</source>
        <translation>keinem Geheimnis (als öffentlicher Client)</translation>
    </message>
    <message>
        <source>Check the client id and secret in the app registration; client secrets expire too.</source>
        <translation>Prüfen Sie Client-ID und Client-Geheimnis in der App-Registrierung; auch Client-Geheimnisse laufen ab.</translation>
    </message>
    <message>
        <source>If the client is registered for client_secret_post, the secret goes in the form instead: check its token endpoint authentication method.</source>
        <translation>Wenn der Client für client_secret_post registriert ist, gehört das Geheimnis stattdessen ins Formular: Prüfen Sie seine Authentifizierungsmethode am Token-Endpunkt.</translation>
    </message>
    <message>
        <source>This client may be a confidential one: give its secret too.</source>
        <translation>Dies ist möglicherweise ein vertraulicher Client: Geben Sie auch sein Geheimnis an.</translation>
    </message>
    <message>
        <source>The server does not accept this client</source>
        <translation>Der Server akzeptiert diesen Client nicht</translation>
    </message>
    <message>
        <source>%1 answered invalid_client: the client id &quot;%2&quot; is unknown, its secret is wrong, or it may not sign in the way Auth Doctor did, with %3.</source>
        <translation>%1 hat mit invalid_client geantwortet: Die Client-ID „%2“ ist unbekannt, das Geheimnis ist falsch, oder der Client darf sich nicht so anmelden, wie Auth Doctor es getan hat: mit %3.</translation>
    </message>
    <message>
        <source>The request lacks something the server needs, or has something twice.</source>
        <translation>Der Anfrage fehlt etwas, das der Server braucht, oder sie enthält etwas doppelt.</translation>
    </message>
    <message>
        <source>Check whether the server wants client_id in the form, or a scope.</source>
        <translation>Prüfen Sie, ob der Server client_id im Formular erwartet oder eine Berechtigung (Scope).</translation>
    </message>
    <message>
        <source>This client may not use refresh tokens: the refresh_token grant is not enabled for it.</source>
        <translation>Dieser Client darf keine Aktualisierungstokens verwenden: Der Grant-Typ refresh_token ist für ihn nicht aktiviert.</translation>
    </message>
    <message>
        <source>Enable the refresh token grant in the app registration.</source>
        <translation>Aktivieren Sie in der App-Registrierung den Grant-Typ für Aktualisierungstokens.</translation>
    </message>
    <message>
        <source>The server does not refresh tokens with the refresh_token grant at this address.</source>
        <translation>Der Server aktualisiert unter dieser Adresse keine Tokens mit dem Grant-Typ refresh_token.</translation>
    </message>
    <message>
        <source>Check that this is the token endpoint, and that the server issues refresh tokens.</source>
        <translation>Prüfen Sie, ob dies der Token-Endpunkt ist und ob der Server Aktualisierungstokens ausstellt.</translation>
    </message>
    <message>
        <source>The scope asked for is unknown, or more than was granted at sign-in.</source>
        <translation>Die angeforderte Berechtigung (Scope) ist unbekannt oder geht über das hinaus, was bei der Anmeldung gewährt wurde.</translation>
    </message>
    <message>
        <source>Leave the scope out to keep the scopes first granted.</source>
        <translation>Lassen Sie die Berechtigung (Scope) weg, um die ursprünglich gewährten Berechtigungen zu behalten.</translation>
    </message>
    <message>
        <source>The server or the account&apos;s owner refused to issue a token.</source>
        <translation>Der Server oder der Inhaber des Kontos hat es abgelehnt, ein Token auszustellen.</translation>
    </message>
    <message>
        <source>Sign in again, and check the account&apos;s consent for this app.</source>
        <translation>Melden Sie sich erneut an, und prüfen Sie die Zustimmung des Kontos für diese App.</translation>
    </message>
    <message>
        <source>The authorization server has a problem of its own right now.</source>
        <translation>Der Autorisierungsserver hat gerade selbst ein Problem.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; check the service&apos;s status page.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; sehen Sie auf der Statusseite des Dienstes nach.</translation>
    </message>
    <message>
        <source>The server wants tokens bound to a key with DPoP (RFC 9449), which a plain refresh does not send.</source>
        <translation>Der Server erwartet Tokens, die mit DPoP (RFC 9449) an einen Schlüssel gebunden sind; eine einfache Aktualisierung sendet das nicht mit.</translation>
    </message>
    <message>
        <source>Refresh with the app that holds the DPoP key.</source>
        <translation>Führen Sie die Aktualisierung mit der App durch, die den DPoP-Schlüssel besitzt.</translation>
    </message>
    <message>
        <source>This code is specific to the server.</source>
        <translation>Dieser Code ist spezifisch für den Server.</translation>
    </message>
    <message>
        <source>Look the code up in the service&apos;s documentation.</source>
        <translation>Schlagen Sie den Code in der Dokumentation des Dienstes nach.</translation>
    </message>
    <message>
        <source>The token endpoint refused the refresh: %1</source>
        <translation>Der Token-Endpunkt hat die Aktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>It answered HTTP %1 with a redirect to %2 instead of answering. Auth Doctor did not follow it, so the refresh token went nowhere else.</source>
        <translation>Er hat mit HTTP %1 und einer Weiterleitung nach %2 reagiert, statt selbst zu antworten. Auth Doctor ist ihr nicht gefolgt, das Aktualisierungstoken wurde also nirgendwo anders hingeschickt.</translation>
    </message>
    <message>
        <source>It answered with success, but without an access_token.</source>
        <translation>Er hat Erfolg gemeldet, aber ohne access_token.</translation>
    </message>
    <message>
        <source>It answered HTTP %1 with JSON that holds no OAuth error code.</source>
        <translation>Er hat mit HTTP %1 und JSON ohne OAuth-Fehlercode geantwortet.</translation>
    </message>
    <message>
        <source>It answered HTTP %1 (%2), not the JSON of a token endpoint: the address is probably not the token endpoint.</source>
        <translation>Er hat mit HTTP %1 (%2) geantwortet, nicht mit dem JSON eines Token-Endpunkts: Die Adresse ist wahrscheinlich nicht der Token-Endpunkt.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>%1 did not answer like a token endpoint</source>
        <translation>%1 hat nicht wie ein Token-Endpunkt geantwortet</translation>
    </message>
    <message>
        <source>Check the token endpoint address; it often ends in /token or /oauth2/token, and discovery from the issuer finds it.</source>
        <translation>Prüfen Sie die Adresse des Token-Endpunkts; sie endet oft auf /token oder /oauth2/token, und die automatische Erkennung (Discovery) über den Aussteller findet sie.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wants a sign-in</source>
        <translation>Der Proxy Ihres Netzwerks verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The proxy did not say which sign-in it accepts.</source>
        <translation>Der Proxy hat nicht angegeben, welche Anmeldung er akzeptiert.</translation>
    </message>
    <message>
        <source>The proxy accepts: %1.</source>
        <translation>Der Proxy akzeptiert: %1.</translation>
    </message>
    <message>
        <source>Enter the proxy account in your system&apos;s proxy settings.</source>
        <translation>Geben Sie das Proxy-Konto in den Proxy-Einstellungen Ihres Systems ein.</translation>
    </message>
    <message>
        <source>Ask your IT department if you do not know the proxy account.</source>
        <translation>Fragen Sie Ihre IT-Abteilung, wenn Sie das Proxy-Konto nicht kennen.</translation>
    </message>
    <message>
        <source>The address answers with a redirect: Auth Doctor sends the key only to the address given, so test the address it redirects to.</source>
        <translation>Die Adresse antwortet mit einer Weiterleitung: Auth Doctor sendet den Schlüssel nur an die angegebene Adresse. Testen Sie deshalb die Adresse, auf die weitergeleitet wird.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the key %2, after %n request(s).</source>
        <translation>
            <numerusform>%1 hat den Schlüssel %2 nach %n Anfrage angenommen.</numerusform>
            <numerusform>%1 hat den Schlüssel %2 nach %n Anfragen angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n Cookie</numerusform>
            <numerusform>%n Cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s)</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort</numerusform>
            <numerusform>%n zwischengespeicherte Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth Doctor removed %1 and %2 of its own, for every site, and tested again. Your browser was not touched.</source>
        <translation>Auth Doctor hat für alle Websites %1 und %2 aus seinem eigenen Speicher entfernt und erneut getestet. Ihr Browser blieb unverändert.</translation>
    </message>
    <message>
        <source>Auth Doctor removed %1 and %2 of its own for %3 and tested again. Your browser was not touched.</source>
        <translation>Auth Doctor hat für %3 %1 und %2 aus seinem eigenen Speicher entfernt und erneut getestet. Ihr Browser blieb unverändert.</translation>
    </message>
    <message>
        <source>the answer to the request itself</source>
        <translation>der Antwort auf die eigentliche Anfrage</translation>
    </message>
    <message>
        <source>the answer to the preflight</source>
        <translation>der Antwort auf die Vorabanfrage (Preflight)</translation>
    </message>
    <message>
        <source>the page&apos;s origin</source>
        <translation>dem Ursprung der Seite</translation>
    </message>
    <message>
        <source>If you run this server: answer with &quot;Access-Control-Allow-Origin: %1&quot; (the origin exactly as the browser&apos;s Origin header gives it) and &quot;Vary: Origin&quot;; most CORS middleware does this from a list of allowed origins.</source>
        <translation>Wenn Sie diesen Server betreiben: Antworten Sie mit „Access-Control-Allow-Origin: %1“ (dem Ursprung genau so, wie ihn der Origin-Header des Browsers angibt) und „Vary: Origin“; die meisten CORS-Middlewares erledigen das anhand einer Liste erlaubter Ursprünge.</translation>
    </message>
    <message>
        <source>Before a page on %1 may send this request with the headers %2, the browser asks %3 first with an OPTIONS request (a CORS preflight).</source>
        <translation>Bevor eine Seite von %1 diese Anfrage mit den Headern %2 senden darf, fragt der Browser zuerst mit einer OPTIONS-Anfrage bei %3 nach: der CORS-Vorabanfrage (Preflight).</translation>
    </message>
    <message>
        <source>Before a page on %1 may send this request with the %2 header, the browser asks %3 first with an OPTIONS request (a CORS preflight).</source>
        <translation>Bevor eine Seite von %1 diese Anfrage mit dem Header %2 senden darf, fragt der Browser zuerst mit einer OPTIONS-Anfrage bei %3 nach: der CORS-Vorabanfrage (Preflight).</translation>
    </message>
    <message>
        <source>A page on %1 may call this address</source>
        <translation>Eine Seite von %1 darf diese Adresse aufrufen</translation>
    </message>
    <message>
        <source>%1 answers the browser&apos;s preflight check with the CORS headers it needs: it allows the origin %2, the %3 method and what the request sends (%4), and its answers carry Access-Control-Allow-Origin, so the page&apos;s script can read them, refusals included.</source>
        <translation>%1 beantwortet die Vorabanfrage (Preflight) des Browsers mit den nötigen CORS-Headern: Er erlaubt den Ursprung %2, die Methode %3 und das, was die Anfrage sendet (%4), und seine Antworten enthalten Access-Control-Allow-Origin, sodass das Skript der Seite sie lesen kann, auch Ablehnungen.</translation>
    </message>
    <message>
        <source>If the page still fails, compare its request in the browser&apos;s developer tools (Network tab) with the one in the details: another address, method or header needs its own permission.</source>
        <translation>Wenn die Seite trotzdem scheitert, vergleichen Sie ihre Anfrage in den Entwicklertools des Browsers (Registerkarte „Netzwerk“) mit der in den Details: Eine andere Adresse, Methode oder ein anderer Header braucht eine eigene Erlaubnis.</translation>
    </message>
    <message>
        <source>The page and this address share one origin</source>
        <translation>Die Seite und diese Adresse haben denselben Ursprung</translation>
    </message>
    <message>
        <source>%1 is the origin of this address too, so the browser sends the request without a CORS preflight and CORS rules do not apply. A 401 here is about the sign-in itself.</source>
        <translation>%1 ist auch der Ursprung dieser Adresse. Der Browser sendet die Anfrage daher ohne CORS-Vorabanfrage (Preflight), und die CORS-Regeln gelten nicht. Ein 401 hat hier mit der Anmeldung selbst zu tun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the origin of a web page</source>
        <translation>„%1“ ist nicht der Ursprung (Origin) einer Webseite</translation>
    </message>
    <message>
        <source>An origin is the start of a page&apos;s address: http or https, the host name and, when it is not the usual one, the port, for example https://app.example.com or http://localhost:3000. Without one, the CORS check was skipped.</source>
        <translation>Ein Ursprung (Origin) ist der Anfang der Adresse einer Seite: http oder https, der Hostname und, wenn er nicht der übliche ist, der Port, zum Beispiel https://app.example.com oder http://localhost:3000. Ohne gültigen Ursprung wurde die CORS-Prüfung übersprungen.</translation>
    </message>
    <message>
        <source>Enter the address of the page whose script calls this address, as the browser&apos;s address bar shows it.</source>
        <translation>Geben Sie die Adresse der Seite ein, deren Skript diese Adresse aufruft, so wie die Adressleiste des Browsers sie anzeigt.</translation>
    </message>
    <message>
        <source>The server does not answer the browser&apos;s preflight check</source>
        <translation>Der Server beantwortet die Vorabanfrage (Preflight) des Browsers nicht</translation>
    </message>
    <message>
        <source>No answer came back, so the browser stops there and the page&apos;s script sees a network error.</source>
        <translation>Es kam keine Antwort zurück. Der Browser bricht daher an dieser Stelle ab, und das Skript der Seite sieht einen Netzwerkfehler.</translation>
    </message>
    <message>
        <source>The connection ended with: %1</source>
        <translation>Die Verbindung endete mit: %1</translation>
    </message>
    <message>
        <source>If you run this server: answer OPTIONS requests at this address, and check that no firewall, proxy or gateway in front of it drops them.</source>
        <translation>Wenn Sie diesen Server betreiben: Beantworten Sie OPTIONS-Anfragen an diese Adresse, und prüfen Sie, dass keine vorgeschaltete Firewall, kein Proxy und kein Gateway sie verwirft.</translation>
    </message>
    <message>
        <source>The server answered %1 instead of a success, so the browser stops there: the request itself is never sent, and the page&apos;s script sees a CORS error.</source>
        <translation>Der Server hat mit %1 statt mit einem Erfolg geantwortet. Der Browser bricht daher an dieser Stelle ab: Die eigentliche Anfrage wird nie gesendet, und das Skript der Seite sieht einen CORS-Fehler.</translation>
    </message>
    <message>
        <source>The server demands a sign-in for the preflight itself, but browsers never send credentials, cookies or the Authorization header with a preflight, so it can never succeed.</source>
        <translation>Der Server verlangt schon für den Preflight eine Anmeldung, aber Browser senden mit einem Preflight nie Anmeldedaten, Cookies oder den Authorization-Header. Er kann daher nie gelingen.</translation>
    </message>
    <message>
        <source>If you run this server: answer OPTIONS requests without authentication, before the sign-in check (run the CORS middleware or filter first).</source>
        <translation>Wenn Sie diesen Server betreiben: Beantworten Sie OPTIONS-Anfragen ohne Authentifizierung, noch vor der Anmeldeprüfung (lassen Sie die CORS-Middleware oder den CORS-Filter zuerst laufen).</translation>
    </message>
    <message>
        <source>Either the server demands a sign-in for the preflight, which browsers never send credentials with, or its CORS settings refuse the origin %1 (some frameworks answer 403 then).</source>
        <translation>Entweder verlangt der Server für den Preflight eine Anmeldung, obwohl Browser damit nie Anmeldedaten senden, oder seine CORS-Einstellungen lehnen den Ursprung %1 ab (manche Frameworks antworten dann mit 403).</translation>
    </message>
    <message>
        <source>Check that %1 is among the origins its CORS settings allow.</source>
        <translation>Prüfen Sie, ob %1 zu den Ursprüngen gehört, die die CORS-Einstellungen des Servers erlauben.</translation>
    </message>
    <message>
        <source>The server has nothing that answers OPTIONS at this address.</source>
        <translation>Unter dieser Adresse gibt es auf dem Server nichts, was OPTIONS beantwortet.</translation>
    </message>
    <message>
        <source>If you run this server: answer OPTIONS at this address with 204 and the CORS headers, for example by turning on the framework&apos;s CORS support.</source>
        <translation>Wenn Sie diesen Server betreiben: Beantworten Sie OPTIONS unter dieser Adresse mit 204 und den CORS-Headern, zum Beispiel indem Sie die CORS-Unterstützung des Frameworks einschalten.</translation>
    </message>
    <message>
        <source>The server failed or was too busy while answering it; if it fails the same way for every request, that comes first.</source>
        <translation>Der Server ist beim Beantworten gescheitert oder war überlastet; wenn er bei jeder Anfrage so scheitert, muss zuerst das behoben werden.</translation>
    </message>
    <message>
        <source>If you run this server: look in its log for the failed OPTIONS request.</source>
        <translation>Wenn Sie diesen Server betreiben: Suchen Sie im Serverprotokoll nach der fehlgeschlagenen OPTIONS-Anfrage.</translation>
    </message>
    <message>
        <source>The server refuses the browser&apos;s preflight check (%1)</source>
        <translation>Der Server lehnt die Vorabanfrage (Preflight) des Browsers ab (%1)</translation>
    </message>
    <message>
        <source>The server redirects the browser&apos;s preflight check</source>
        <translation>Der Server leitet die Vorabanfrage (Preflight) des Browsers weiter</translation>
    </message>
    <message>
        <source>The server answered the preflight (OPTIONS) with %1, a redirect.</source>
        <translation>Der Server hat die Vorabanfrage (Preflight, OPTIONS) mit %1 beantwortet, also mit einer Weiterleitung.</translation>
    </message>
    <message>
        <source>The server answered the preflight (OPTIONS) with %1, a redirect to %2.</source>
        <translation>Der Server hat die Vorabanfrage (Preflight, OPTIONS) mit %1 beantwortet, also mit einer Weiterleitung nach %2.</translation>
    </message>
    <message>
        <source>Browsers never follow a redirect of a preflight, so the page&apos;s request fails with a CORS error.</source>
        <translation>Browser folgen beim Preflight nie einer Weiterleitung, daher scheitert die Anfrage der Seite mit einem CORS-Fehler.</translation>
    </message>
    <message>
        <source>Call the final address from the page&apos;s script; often only a slash at the end, or http instead of https, differs.</source>
        <translation>Rufen Sie im Skript der Seite direkt die endgültige Adresse auf; oft unterscheidet sich nur ein Schrägstrich am Ende oder http statt https.</translation>
    </message>
    <message>
        <source>If you run this server: answer OPTIONS at this address directly, without a redirect.</source>
        <translation>Wenn Sie diesen Server betreiben: Beantworten Sie OPTIONS unter dieser Adresse direkt, ohne Weiterleitung.</translation>
    </message>
    <message>
        <source>There is no Access-Control-Allow-Origin header in %1, so the browser does not let the page&apos;s script use it.</source>
        <translation>In %1 fehlt der Access-Control-Allow-Origin-Header, daher lässt der Browser das Skript der Seite die Antwort nicht verwenden.</translation>
    </message>
    <message>
        <source>The Access-Control-Allow-Origin header in %1 names several origins (&quot;%2&quot;), but browsers accept exactly one origin, or *.</source>
        <translation>Der Access-Control-Allow-Origin-Header in %1 nennt mehrere Ursprünge („%2“), Browser akzeptieren aber genau einen Ursprung oder *.</translation>
    </message>
    <message>
        <source>If you run this server: compare the request&apos;s Origin header with your list of allowed origins and send back only the one that matches.</source>
        <translation>Wenn Sie diesen Server betreiben: Vergleichen Sie den Origin-Header der Anfrage mit Ihrer Liste erlaubter Ursprünge, und senden Sie nur den passenden zurück.</translation>
    </message>
    <message>
        <source>The Access-Control-Allow-Origin header in %1 is &quot;%2&quot;, which differs from %3 only in letter case or a slash at the end; browsers compare the two character by character.</source>
        <translation>Der Access-Control-Allow-Origin-Header in %1 lautet „%2“ und unterscheidet sich von %3 nur in der Groß- und Kleinschreibung oder einem Schrägstrich am Ende; Browser vergleichen beide Zeichen für Zeichen.</translation>
    </message>
    <message>
        <source>The Access-Control-Allow-Origin header in %1 is &quot;%2&quot;, another origin, so the browser does not let a page on %3 use it.</source>
        <translation>Der Access-Control-Allow-Origin-Header in %1 lautet „%2“, also ein anderer Ursprung, daher lässt der Browser eine Seite von %3 die Antwort nicht verwenden.</translation>
    </message>
    <message>
        <source>The request is sent, but the page&apos;s script sees a CORS error instead of the answer.</source>
        <translation>Die Anfrage wird gesendet, aber das Skript der Seite sieht statt der Antwort einen CORS-Fehler.</translation>
    </message>
    <message>
        <source>The server does not allow pages on %1</source>
        <translation>Der Server lässt Seiten von %1 nicht zu</translation>
    </message>
    <message>
        <source>In %1, the server sends &quot;Access-Control-Allow-Origin: *&quot; together with &quot;Access-Control-Allow-Credentials: true&quot;.</source>
        <translation>In %1 sendet der Server „Access-Control-Allow-Origin: *“ zusammen mit „Access-Control-Allow-Credentials: true“.</translation>
    </message>
    <message>
        <source>In %1, the server sends &quot;Access-Control-Allow-Origin: *&quot;.</source>
        <translation>In %1 sendet der Server „Access-Control-Allow-Origin: *“.</translation>
    </message>
    <message>
        <source>Browsers refuse * for requests that carry cookies or a browser sign-in (fetch with credentials: &quot;include&quot;, or XMLHttpRequest.withCredentials): for those, the server has to name the page&apos;s origin.</source>
        <translation>Browser lehnen * bei Anfragen ab, die Cookies oder eine Browser-Anmeldung mitsenden (fetch mit credentials: &quot;include&quot; oder XMLHttpRequest.withCredentials): Für solche Anfragen muss der Server den Ursprung der Seite ausdrücklich nennen.</translation>
    </message>
    <message>
        <source>This request carries cookies, so the browser refuses the answer.</source>
        <translation>Diese Anfrage sendet Cookies mit, daher lehnt der Browser die Antwort ab.</translation>
    </message>
    <message>
        <source>Requests without cookies still work, but the server says cookies are meant to come along, and every request that sends them fails.</source>
        <translation>Anfragen ohne Cookies funktionieren weiterhin, aber der Server gibt an, dass Cookies mitgesendet werden sollen, und jede Anfrage, die welche mitsendet, scheitert.</translation>
    </message>
    <message>
        <source>The server allows every origin (*) where credentials need a named one</source>
        <translation>Der Server erlaubt jeden Ursprung (*), obwohl Anmeldedaten einen ausdrücklich genannten verlangen</translation>
    </message>
    <message>
        <source>If you run this server: send the request&apos;s own origin (here %1) instead of *, with &quot;Vary: Origin&quot;, and &quot;Access-Control-Allow-Credentials: true&quot; only where cookies are needed.</source>
        <translation>Wenn Sie diesen Server betreiben: Senden Sie statt * den Ursprung der Anfrage selbst (hier %1), zusammen mit „Vary: Origin“, und „Access-Control-Allow-Credentials: true“ nur dort, wo Cookies nötig sind.</translation>
    </message>
    <message>
        <source>The server does not allow cookies from %1</source>
        <translation>Der Server lässt keine Cookies von %1 zu</translation>
    </message>
    <message>
        <source>The request carries cookies, so the browser needs &quot;Access-Control-Allow-Credentials: true&quot; in %1; it is missing.</source>
        <translation>Die Anfrage sendet Cookies mit, daher braucht der Browser „Access-Control-Allow-Credentials: true“ in %1; das fehlt.</translation>
    </message>
    <message>
        <source>The request carries cookies, so the browser needs &quot;Access-Control-Allow-Credentials: true&quot; in %1; it says &quot;%2&quot;, and only the exact word true counts.</source>
        <translation>Die Anfrage sendet Cookies mit, daher braucht der Browser „Access-Control-Allow-Credentials: true“ in %1; dort steht „%2“, und nur genau das Wort true zählt.</translation>
    </message>
    <message>
        <source>Without it, the page&apos;s script sees a CORS error.</source>
        <translation>Ohne diese Angabe sieht das Skript der Seite einen CORS-Fehler.</translation>
    </message>
    <message>
        <source>If you run this server: add &quot;Access-Control-Allow-Credentials: true&quot; to the CORS answers for %1.</source>
        <translation>Wenn Sie diesen Server betreiben: Ergänzen Sie „Access-Control-Allow-Credentials: true“ in den CORS-Antworten für %1.</translation>
    </message>
    <message>
        <source>If the page does not need cookies for this request, send it without them (fetch&apos;s default, credentials: &quot;same-origin&quot;).</source>
        <translation>Wenn die Seite für diese Anfrage keine Cookies braucht, senden Sie die Anfrage ohne Cookies (der Standard von fetch, credentials: &quot;same-origin&quot;).</translation>
    </message>
    <message>
        <source>The preflight&apos;s answer allows no header at all (no Access-Control-Allow-Headers).</source>
        <translation>Die Antwort auf die Vorabanfrage (Preflight) erlaubt überhaupt keinen Header (kein Access-Control-Allow-Headers).</translation>
    </message>
    <message>
        <source>The preflight&apos;s answer allows only: %1.</source>
        <translation>Die Antwort auf die Vorabanfrage (Preflight) erlaubt nur: %1.</translation>
    </message>
    <message>
        <source>The page&apos;s script sends the sign-in in the %1 header, so the browser asks first whether a page on %2 may send it.</source>
        <translation>Das Skript der Seite sendet die Anmeldung im Header %1, daher fragt der Browser zuerst nach, ob eine Seite von %2 ihn senden darf.</translation>
    </message>
    <message>
        <source>A * there does not cover Authorization: browsers want it named.</source>
        <translation>Ein * gilt dort nicht für Authorization: Browser verlangen, dass dieser Header ausdrücklich genannt wird.</translation>
    </message>
    <message>
        <source>A * there counts only for requests without cookies, and this one carries cookies.</source>
        <translation>Ein * gilt dort nur für Anfragen ohne Cookies, und diese Anfrage sendet Cookies mit.</translation>
    </message>
    <message>
        <source>So the browser does not send the request, and the page&apos;s script sees a CORS error instead of an answer.</source>
        <translation>Der Browser sendet die Anfrage daher nicht, und das Skript der Seite sieht statt einer Antwort einen CORS-Fehler.</translation>
    </message>
    <message>
        <source>The server does not let pages on other origins send the %1 header</source>
        <translation>Der Server lässt Seiten mit anderem Ursprung den Header %1 nicht senden</translation>
    </message>
    <message>
        <source>If you run this server: add %1 to Access-Control-Allow-Headers in the answer to OPTIONS, for example &quot;Access-Control-Allow-Headers: %1, Content-Type&quot;.</source>
        <translation>Wenn Sie diesen Server betreiben: Nehmen Sie %1 in der Antwort auf OPTIONS in Access-Control-Allow-Headers auf, zum Beispiel „Access-Control-Allow-Headers: %1, Content-Type“.</translation>
    </message>
    <message>
        <source>The request sends the %1 header, which a browser sends to another origin only with the server&apos;s permission.</source>
        <translation>Die Anfrage sendet den Header %1, den ein Browser an einen anderen Ursprung nur mit Erlaubnis des Servers sendet.</translation>
    </message>
    <message>
        <source>The request sends the %1 header with &quot;%2&quot;, which a browser sends to another origin only with the server&apos;s permission.</source>
        <translation>Die Anfrage sendet den Header %1 mit dem Wert „%2“, den ein Browser an einen anderen Ursprung nur mit Erlaubnis des Servers sendet.</translation>
    </message>
    <message>
        <source>If you run this server: add %1 to Access-Control-Allow-Headers in the answer to OPTIONS.</source>
        <translation>Wenn Sie diesen Server betreiben: Nehmen Sie %1 in der Antwort auf OPTIONS in Access-Control-Allow-Headers auf.</translation>
    </message>
    <message>
        <source>%1 is not one of the methods a page may always use (GET, HEAD and POST), so the server has to list it in Access-Control-Allow-Methods.</source>
        <translation>%1 gehört nicht zu den Methoden, die eine Seite immer verwenden darf (GET, HEAD und POST), daher muss der Server sie in Access-Control-Allow-Methods aufführen.</translation>
    </message>
    <message>
        <source>The preflight&apos;s answer lists no method.</source>
        <translation>Die Antwort auf die Vorabanfrage (Preflight) nennt keine Methode.</translation>
    </message>
    <message>
        <source>The preflight&apos;s answer lists: %1.</source>
        <translation>Die Antwort auf die Vorabanfrage (Preflight) nennt: %1.</translation>
    </message>
    <message>
        <source>It is there in other letter case, but browsers compare methods letter for letter.</source>
        <translation>Sie steht dort in anderer Groß- und Kleinschreibung, aber Browser vergleichen Methoden Buchstabe für Buchstabe.</translation>
    </message>
    <message>
        <source>The server does not let pages on other origins send %1 requests</source>
        <translation>Der Server lässt Seiten mit anderem Ursprung keine %1-Anfragen senden</translation>
    </message>
    <message>
        <source>If you run this server: add %1, in capitals, to Access-Control-Allow-Methods in the answer to OPTIONS.</source>
        <translation>Wenn Sie diesen Server betreiben: Nehmen Sie %1 in Großbuchstaben in der Antwort auf OPTIONS in Access-Control-Allow-Methods auf.</translation>
    </message>
    <message>
        <source>That answer lacks &quot;Access-Control-Allow-Credentials: true&quot;, which a request with cookies needs, so the browser hides it: the page&apos;s script gets a network or CORS error and cannot tell that the sign-in was refused.</source>
        <translation>Dieser Antwort fehlt „Access-Control-Allow-Credentials: true“, das eine Anfrage mit Cookies braucht, daher verbirgt der Browser sie: Das Skript der Seite erhält einen Netzwerk- oder CORS-Fehler und kann nicht erkennen, dass die Anmeldung abgelehnt wurde.</translation>
    </message>
    <message>
        <source>That answer allows every origin (*), which does not count for a request with cookies, so the browser hides it: the page&apos;s script gets a network or CORS error and cannot tell that the sign-in was refused.</source>
        <translation>Diese Antwort erlaubt jeden Ursprung (*), was für eine Anfrage mit Cookies nicht gilt, daher verbirgt der Browser sie: Das Skript der Seite erhält einen Netzwerk- oder CORS-Fehler und kann nicht erkennen, dass die Anmeldung abgelehnt wurde.</translation>
    </message>
    <message>
        <source>That answer has no Access-Control-Allow-Origin header, so the browser hides it: the page&apos;s script gets a network or CORS error and cannot tell that the sign-in was refused.</source>
        <translation>Diese Antwort hat keinen Access-Control-Allow-Origin-Header, daher verbirgt der Browser sie: Das Skript der Seite erhält einen Netzwerk- oder CORS-Fehler und kann nicht erkennen, dass die Anmeldung abgelehnt wurde.</translation>
    </message>
    <message>
        <source>That answer&apos;s Access-Control-Allow-Origin (&quot;%1&quot;) does not admit this page, so the browser hides it: the page&apos;s script gets a network or CORS error and cannot tell that the sign-in was refused.</source>
        <translation>Der Access-Control-Allow-Origin-Header dieser Antwort („%1“) lässt diese Seite nicht zu, daher verbirgt der Browser sie: Das Skript der Seite erhält einen Netzwerk- oder CORS-Fehler und kann nicht erkennen, dass die Anmeldung abgelehnt wurde.</translation>
    </message>
    <message>
        <source>The page sees a CORS error instead of the %1</source>
        <translation>Die Seite sieht einen CORS-Fehler statt der Antwort %1</translation>
    </message>
    <message>
        <source>Auth Doctor sent the request as a page on %1 would, without any sign-in, and %2 refused it with %3.</source>
        <translation>Auth Doctor hat die Anfrage so gesendet, wie es eine Seite von %1 täte, ohne jede Anmeldung, und %2 hat sie mit %3 abgelehnt.</translation>
    </message>
    <message>
        <source>The refusal is the problem to solve; the CORS headers only hide it.</source>
        <translation>Die Ablehnung ist das eigentliche Problem; die CORS-Header verbergen sie nur.</translation>
    </message>
    <message>
        <source>Look at the other findings for why the request is refused; the browser&apos;s developer tools (Network tab) show the real status too.</source>
        <translation>Sehen Sie in den anderen Befunden nach, warum die Anfrage abgelehnt wird; auch die Entwicklertools des Browsers (Registerkarte „Netzwerk“) zeigen den tatsächlichen Status.</translation>
    </message>
    <message>
        <source>If you run this server: add the CORS headers to error answers (401, 403, 500) too, for example by running the CORS middleware before the sign-in check.</source>
        <translation>Wenn Sie diesen Server betreiben: Senden Sie die CORS-Header auch bei Fehlerantworten (401, 403, 500) mit, zum Beispiel indem Sie die CORS-Middleware vor der Anmeldeprüfung ausführen.</translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show or hide the evidence: header lines, status codes and timings</source>
        <translation>Belege ein- oder ausblenden: Header-Zeilen, Statuscodes und Zeitmessungen</translation>
    </message>
</context>
<context>
    <name>FirstLookPage</name>
    <message>
        <source>First look</source>
        <translation>Erster Blick</translation>
    </message>
    <message>
        <source>Auth Doctor asks the address the way a browser would and reads the answer. Nothing is signed in and nothing is changed.</source>
        <translation>Auth Doctor fragt die Adresse so ab, wie es ein Browser tun würde, und liest die Antwort. Dabei wird weder angemeldet noch etwas geändert.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Progress of the diagnosis</source>
        <translation>Fortschritt der Diagnose</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the diagnosis; the requests still waiting for an answer are dropped</source>
        <translation>Diagnose anhalten; Anfragen, die noch auf eine Antwort warten, werden verworfen</translation>
    </message>
    <message>
        <source>The diagnosis was stopped before it finished, so there is nothing to show yet.</source>
        <translation>Die Diagnose wurde vor dem Ende angehalten, daher gibt es noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Technical findings hidden: %1. The summary can show them.</source>
        <translation>Ausgeblendete technische Befunde: %1. Die Zusammenfassung kann sie anzeigen.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation>Versuchte Adressen</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Page updated</source>
        <translation>Seite aktualisiert</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>(from the last minute&apos;s answer)</source>
        <translation>(aus der Antwort der letzten Minute)</translation>
    </message>
    <message>
        <source>Affected components</source>
        <translation>Betroffene Komponenten</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Concerns signing in</source>
        <translation>Betrifft die Anmeldung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation>Auswirkung %1</translation>
    </message>
    <message>
        <source>(concerns signing in)</source>
        <translation>(betrifft die Anmeldung)</translation>
    </message>
    <message>
        <source>Latest update, %1:</source>
        <translation>Letzte Meldung, %1:</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Maintenance (your time)</source>
        <translation>Wartung (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>Keine geplant.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>time not given</source>
        <translation>Zeit nicht angegeben</translation>
    </message>
    <message>
        <source>(under way)</source>
        <translation>(läuft gerade)</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code (BCP 47) of this translation, for the report&apos;s lang attribute</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Auth Doctor report: %1</source>
        <translation>Auth-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>Auth Doctor report</source>
        <translation>Auth-Doctor-Bericht</translation>
    </message>
    <message>
        <source>Passwords, tokens, keys and cookie values are hidden in this report.</source>
        <translation>Passwörter, Tokens, Schlüssel und Cookie-Werte sind in diesem Bericht verborgen.</translation>
    </message>
    <message>
        <source>User names are hidden too.</source>
        <translation>Benutzernamen sind ebenfalls verborgen.</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>Diagnosis started</source>
        <translation>Diagnose begonnen</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>Dauer %1 ms</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished.</source>
        <translation>Die Diagnose wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>First step:</source>
        <translation>Erster Schritt:</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technisches Detail</translation>
    </message>
    <message>
        <source>Service status page</source>
        <translation>Statusseite des Dienstes</translation>
    </message>
    <message>
        <source>Not looked up.</source>
        <translation>Nicht abgefragt.</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Redirect %1:</source>
        <translation>Weiterleitung %1:</translation>
    </message>
    <message>
        <source>(from the program&apos;s cache)</source>
        <translation>(aus dem Zwischenspeicher des Programms)</translation>
    </message>
    <message>
        <source>Timings: %1</source>
        <translation>Zeiten: %1</translation>
    </message>
    <message>
        <source>Not sent on this hop: %1</source>
        <translation>Bei diesem Schritt nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Kopfzeilen der Anfrage</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Kopfzeilen der Antwort</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Made by %1 %2. Send this file to the service&apos;s support; it holds no passwords, tokens, keys or cookie values.</source>
        <translation>Erstellt von %1 %2. Senden Sie diese Datei an den Support des Dienstes; sie enthält keine Passwörter, Tokens, Schlüssel oder Cookie-Werte.</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Exchanges (%1)</source>
        <translation>Anfragen und Antworten (%1)</translation>
    </message>
</context>
<context>
    <name>Icons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is %1 characters long; Auth Doctor reads tokens up to %2 characters.</source>
        <translation>Das Token ist %1 Zeichen lang; Auth Doctor liest Tokens mit bis zu %2 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a signed JWT has 3, an encrypted one 5.</source>
        <translation>
            <numerusform>Das Token hat %n durch Punkte getrennten Teil; ein signiertes JWT hat 3, ein verschlüsseltes 5.</numerusform>
            <numerusform>Das Token hat %n durch Punkte getrennte Teile; ein signiertes JWT hat 3, ein verschlüsseltes 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 of the token is empty (character %2).</source>
        <translation>Teil %1 des Tokens ist leer (Zeichen %2).</translation>
    </message>
    <message>
        <source>Character %1 (in part %2) is not base64url, or the part has a length base64 cannot have.</source>
        <translation>Zeichen %1 (in Teil %2) ist kein base64url, oder der Teil hat eine Länge, die bei base64 nicht möglich ist.</translation>
    </message>
    <message>
        <source>Part %1 of the token (from character %2) decodes, but not to a JSON object.</source>
        <translation>Teil %1 des Tokens (ab Zeichen %2) lässt sich dekodieren, ergibt aber kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>exp: %1 (%2)</source>
        <translation>exp: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>aud: %1
target: %2</source>
        <translation>aud: %1
Ziel: %2</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>(no alg, typ or kid)</source>
        <translation>(kein alg, typ oder kid)</translation>
    </message>
    <message>
        <source>The token is encrypted (JWE): only its header can be read, not its claims.</source>
        <translation>Das Token ist verschlüsselt (JWE): Nur sein Header ist lesbar, nicht seine Claims.</translation>
    </message>
    <message>
        <source>Issuer (iss): %1</source>
        <translation>Aussteller (iss): %1</translation>
    </message>
    <message>
        <source>Subject (sub): %1</source>
        <translation>Subjekt (sub): %1</translation>
    </message>
    <message>
        <source>Audience (aud): %1</source>
        <translation>Empfänger (aud): %1</translation>
    </message>
    <message>
        <source>Authorized party (azp): %1</source>
        <translation>Autorisierte Partei (azp): %1</translation>
    </message>
    <message>
        <source>Scopes (scope/scp): %1</source>
        <translation>Berechtigungen (scope/scp): %1</translation>
    </message>
    <message>
        <source>Issued (iat): %1 (%2)</source>
        <translation>Ausgestellt (iat): %1 (%2)</translation>
    </message>
    <message>
        <source>Not before (nbf): %1 (%2)</source>
        <translation>Gültig ab (nbf): %1 (%2)</translation>
    </message>
    <message>
        <source>Expires (exp): %1 (%2)</source>
        <translation>Läuft ab (exp): %1 (%2)</translation>
    </message>
    <message>
        <source>Expires (exp): never (the token has no expiry time)</source>
        <translation>Läuft ab (exp): nie (das Token hat keine Ablaufzeit)</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds, as RFC 7519 requires.</source>
        <translation>Der Claim „%1“ ist keine Anzahl von Sekunden, wie RFC 7519 es verlangt.</translation>
    </message>
    <message>
        <source>Other claims: %1</source>
        <translation>Weitere Claims: %1</translation>
    </message>
    <message>
        <source>Times are judged by the server&apos;s clock (its Date header).</source>
        <translation>Zeiten werden nach der Uhr des Servers beurteilt (seinem Date-Header).</translation>
    </message>
    <message>
        <source>Times are judged by this computer&apos;s clock.</source>
        <translation>Zeiten werden nach der Uhr dieses Computers beurteilt.</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;): servers should refuse it.</source>
        <translation>Das Token ist nicht signiert (alg „none“): Server sollten es ablehnen.</translation>
    </message>
    <message>
        <source>The token uses base64 characters &quot;+&quot; or &quot;/&quot; where base64url &quot;-&quot; and &quot;_&quot; belong; many servers refuse it.</source>
        <translation>Das Token verwendet die base64-Zeichen „+“ oder „/“, wo bei base64url „-“ und „_“ hingehören; viele Server lehnen es ab.</translation>
    </message>
    <message>
        <source>The token&apos;s parts end in &quot;=&quot; padding, which JWTs leave out; some servers refuse it.</source>
        <translation>Die Teile des Tokens enden mit „=“ als Auffüllung, die bei JWTs entfällt; manche Server lehnen es ab.</translation>
    </message>
    <message>
        <source>The signature was not verified: Auth Doctor only reads the token and cannot tell whether its issuer signed it.</source>
        <translation>Die Signatur wurde nicht geprüft: Auth Doctor liest das Token nur und kann nicht feststellen, ob sein Aussteller es signiert hat.</translation>
    </message>
    <message>
        <source>This computer: %1
Server (Date header): %2
Difference: %3</source>
        <translation>Dieser Computer: %1
Server (Date-Header): %2
Unterschied: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde abgelaufen</numerusform>
            <numerusform>vor %n Sekunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute abgelaufen</numerusform>
            <numerusform>vor %n Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde abgelaufen</numerusform>
            <numerusform>vor %n Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr abgelaufen</numerusform>
            <numerusform>vor %n Jahren abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more second(s)</source>
        <translation>
            <numerusform>noch %n Sekunde gültig</numerusform>
            <numerusform>noch %n Sekunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more minute(s)</source>
        <translation>
            <numerusform>noch %n Minute gültig</numerusform>
            <numerusform>noch %n Minuten gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more hour(s)</source>
        <translation>
            <numerusform>noch %n Stunde gültig</numerusform>
            <numerusform>noch %n Stunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more day(s)</source>
        <translation>
            <numerusform>noch %n Tag gültig</numerusform>
            <numerusform>noch %n Tage gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid for %n more year(s)</source>
        <translation>
            <numerusform>noch %n Jahr gültig</numerusform>
            <numerusform>noch %n Jahre gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n second(s)</source>
        <translation>
            <numerusform>wird in %n Sekunde gültig</numerusform>
            <numerusform>wird in %n Sekunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n minute(s)</source>
        <translation>
            <numerusform>wird in %n Minute gültig</numerusform>
            <numerusform>wird in %n Minuten gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n hour(s)</source>
        <translation>
            <numerusform>wird in %n Stunde gültig</numerusform>
            <numerusform>wird in %n Stunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n day(s)</source>
        <translation>
            <numerusform>wird in %n Tag gültig</numerusform>
            <numerusform>wird in %n Tagen gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid in %n year(s)</source>
        <translation>
            <numerusform>wird in %n Jahr gültig</numerusform>
            <numerusform>wird in %n Jahren gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n second(s) ago</source>
        <translation>
            <numerusform>seit %n Sekunde gültig</numerusform>
            <numerusform>seit %n Sekunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n minute(s) ago</source>
        <translation>
            <numerusform>seit %n Minute gültig</numerusform>
            <numerusform>seit %n Minuten gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n hour(s) ago</source>
        <translation>
            <numerusform>seit %n Stunde gültig</numerusform>
            <numerusform>seit %n Stunden gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag gültig</numerusform>
            <numerusform>seit %n Tagen gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid since %n year(s) ago</source>
        <translation>
            <numerusform>seit %n Jahr gültig</numerusform>
            <numerusform>seit %n Jahren gültig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Auth Doctor</source>
        <translation>Auth Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;New Diagnosis</source>
        <translation>&amp;Neue Diagnose</translation>
    </message>
    <message>
        <source>Start again from the first page</source>
        <translation>Noch einmal auf der ersten Seite beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Saved Sign-ins…</source>
        <translation>&amp;Gespeicherte Anmeldungen…</translation>
    </message>
    <message>
        <source>See, update or delete the sign-ins kept in your keychain</source>
        <translation>Die in Ihrem Schlüsselbund gespeicherten Anmeldungen ansehen, aktualisieren oder löschen</translation>
    </message>
    <message>
        <source>&amp;About Auth Doctor</source>
        <translation>Ü&amp;ber Auth Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Auth Doctor</source>
        <translation>Über Auth Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Auth Doctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a web address answers “401 Unauthorized”, and how to fix it.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Auth Doctor %1&lt;/h3&gt;&lt;p&gt;Findet heraus, warum eine Webadresse mit „401 Unauthorized“ antwortet und wie sich das beheben lässt.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>Sign-in &amp;Attempts Log…</source>
        <translation>&amp;Protokoll der Anmeldeversuche …</translation>
    </message>
    <message>
        <source>See every diagnosis run so far, or clear the log</source>
        <translation>Alle bisherigen Diagnosen ansehen oder das Protokoll leeren</translation>
    </message>
    <message>
        <source>Status &amp;Pages…</source>
        <translation>&amp;Statusseiten…</translation>
    </message>
    <message>
        <source>See which services’ status pages Auth Doctor knows, and add your own</source>
        <translation>Ansehen, welche Statusseiten von Diensten Auth Doctor kennt, und eigene hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>How long to wait for an answer, and whether to keep the attempt log</source>
        <translation>Wie lange auf eine Antwort gewartet wird und ob das Versuchsprotokoll geführt wird</translation>
    </message>
</context>
<context>
    <name>NetscapeCookieFile</name>
    <message>
        <source>Line %1 has %2 fields instead of 7 separated by tabs; it was skipped.</source>
        <translation>Zeile %1 hat %2 statt 7 durch Tabulatoren getrennte Felder; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has no valid expiry time or cookie name; it was skipped.</source>
        <translation>Zeile %1 hat keine gültige Ablaufzeit oder keinen Cookie-Namen; sie wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>OAuthDiscovery</name>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>token_endpoint: %1</source>
        <translation>token_endpoint: %1</translation>
    </message>
    <message>
        <source>token_endpoint_auth_methods_supported: %1</source>
        <translation>token_endpoint_auth_methods_supported: %1</translation>
    </message>
    <message>
        <source>The document names the issuer %1, not the address given.</source>
        <translation>Das Dokument nennt als Aussteller %1, nicht die angegebene Adresse.</translation>
    </message>
    <message>
        <source>not a JSON metadata document</source>
        <translation>kein JSON-Metadatendokument</translation>
    </message>
    <message>
        <source>no usable token_endpoint</source>
        <translation>kein verwendbarer token_endpoint</translation>
    </message>
</context>
<context>
    <name>OAuthRefresh</name>
    <message>
        <source>none (a public client)</source>
        <translation>keine (ein öffentlicher Client)</translation>
    </message>
    <message>
        <source>client_secret_basic (Authorization: Basic, client id %1)</source>
        <translation>client_secret_basic (Authorization: Basic, Client-ID %1)</translation>
    </message>
    <message>
        <source>client_secret_post (client id and secret in the body)</source>
        <translation>client_secret_post (Client-ID und Client-Secret im Body)</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Client authentication: %1</source>
        <translation>Client-Authentifizierung: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>The new access token is a JWT; its exp is %1.</source>
        <translation>Das neue Zugriffstoken ist ein JWT; sein exp-Wert ist %1.</translation>
    </message>
    <message>
        <source>Not sent to %1: plain http, and sending over http was not allowed.</source>
        <translation>Nicht an %1 gesendet: unverschlüsseltes http, und das Senden über http wurde nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>OAuthRefreshBox</name>
    <message>
        <source>&amp;OAuth 2.0 refresh</source>
        <translation>&amp;OAuth-2.0-Aktualisierung</translation>
    </message>
    <message>
        <source>Ask the authorization server for a new access token with a refresh token, as your app does when its token expires. The new token is not shown; you can copy it.</source>
        <translation>Fordern Sie mit einem Aktualisierungstoken ein neues Zugriffstoken beim Autorisierungsserver an, so wie Ihre App es tut, wenn ihr Token abläuft. Das neue Token wird nicht angezeigt; Sie können es kopieren.</translation>
    </message>
    <message>
        <source>&amp;Issuer or token endpoint:</source>
        <translation>&amp;Aussteller oder Token-Endpunkt:</translation>
    </message>
    <message>
        <source>https://login.example.com/realms/main</source>
        <translation>https://login.example.com/realms/main</translation>
    </message>
    <message>
        <source>What the address is</source>
        <translation>Art der Adresse</translation>
    </message>
    <message>
        <source>Issuer: find its token endpoint</source>
        <translation>Aussteller: Token-Endpunkt ermitteln</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Only for a confidential client</source>
        <translation>Nur für einen vertraulichen Client</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>A&amp;ktualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Allow sending the refresh token and client secret over this unencrypted connection. Anyone on the network could read them.</source>
        <translation>Senden von Aktualisierungstoken und Client-Geheimnis über diese &amp;unverschlüsselte Verbindung erlauben. Jeder im Netzwerk könnte sie mitlesen.</translation>
    </message>
    <message>
        <source>Fill in from my &amp;keychain</source>
        <translation>Aus meinem &amp;Schlüsselbund ausfüllen</translation>
    </message>
    <message>
        <source>Read the refresh token and client secret saved for this client and address</source>
        <translation>Das für diesen Client und diese Adresse gespeicherte Aktualisierungstoken und Client-Geheimnis lesen</translation>
    </message>
    <message>
        <source>Sa&amp;ve in my keychain</source>
        <translation>In meinem Schlüsselbund s&amp;peichern</translation>
    </message>
    <message>
        <source>Keep the refresh token and client secret in your computer’s keychain, never in a file</source>
        <translation>Aktualisierungstoken und Client-Geheimnis im Schlüsselbund Ihres Computers aufbewahren, nie in einer Datei</translation>
    </message>
    <message>
        <source>Test the refres&amp;h</source>
        <translation>Aktualisierung &amp;testen</translation>
    </message>
    <message>
        <source>Send the refresh token to the token endpoint once and explain the answer</source>
        <translation>Das Aktualisierungstoken einmal an den Token-Endpunkt senden und die Antwort erklären</translation>
    </message>
    <message>
        <source>Progress of the refresh</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop the refresh; an answer still on its way is dropped</source>
        <translation>Aktualisierung anhalten; eine noch ausstehende Antwort wird verworfen</translation>
    </message>
    <message>
        <source>Copy the ne&amp;w access token</source>
        <translation>Neues &amp;Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Put the new access token on the clipboard, without showing it</source>
        <translation>Das neue Zugriffstoken in die Zwischenablage legen, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>Asking %1 for a new access token…</source>
        <translation>Neues Zugriffstoken wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>Looking up the token endpoint of %1, then asking it for a new access token…</source>
        <translation>Token-Endpunkt von %1 wird ermittelt, dann wird dort ein neues Zugriffstoken angefordert …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>The refresh was stopped before the server answered.</source>
        <translation>Die Aktualisierung wurde angehalten, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The new access token is %1 (until %2). It is not shown here: copy it to where you need it.</source>
        <translation>Das neue Zugriffstoken ist %1 (bis %2). Es wird hier nicht angezeigt: Kopieren Sie es dorthin, wo Sie es brauchen.</translation>
    </message>
    <message>
        <source>The new access token came without an expiry time. It is not shown here: copy it to where you need it.</source>
        <translation>Das neue Zugriffstoken kam ohne Ablaufzeit. Es wird hier nicht angezeigt: Kopieren Sie es dorthin, wo Sie es brauchen.</translation>
    </message>
    <message>
        <source>The server sent a new refresh token; it is in the field now, hidden. Save it to keep it.</source>
        <translation>Der Server hat ein neues Aktualisierungstoken gesendet; es steht jetzt verborgen im Feld. Speichern Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <source>The new access token is on the clipboard.</source>
        <translation>Das neue Zugriffstoken liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Reading from your keychain… If your keychain asks to be unlocked, unlock it.</source>
        <translation>Wird aus Ihrem Schlüsselbund gelesen … Wenn Ihr Schlüsselbund entsperrt werden möchte, entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>Filled in from your keychain.</source>
        <translation>Aus Ihrem Schlüsselbund ausgefüllt.</translation>
    </message>
    <message>
        <source>What your keychain holds for this client is not a saved refresh token.</source>
        <translation>Was Ihr Schlüsselbund für diesen Client enthält, ist kein gespeichertes Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>Saving in your keychain… If your keychain asks to be unlocked, unlock it.</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert … Wenn Ihr Schlüsselbund entsperrt werden möchte, entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>Saved in your keychain.</source>
        <translation>In Ihrem Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>OAuthRefreshCommand</name>
    <message>
        <source>Runs an OAuth 2.0 refresh (the refresh_token grant) and explains the answer.</source>
        <translation>Führt eine OAuth-2.0-Aktualisierung aus (Grant refresh_token) und erklärt die Antwort.</translation>
    </message>
    <message>
        <source>The token endpoint to send the refresh to.</source>
        <translation>Der Token-Endpunkt, an den die Aktualisierung gesendet wird.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Find the token endpoint from the issuer&apos;s OpenID Connect or OAuth metadata.</source>
        <translation>Den Token-Endpunkt aus den OpenID-Connect- oder OAuth-Metadaten des Ausstellers ermitteln.</translation>
    </message>
    <message>
        <source>The client (application) id.</source>
        <translation>Die Client-ID (Anwendungs-ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The client secret, from this environment variable (none: a public client).</source>
        <translation>Das Client-Geheimnis, aus dieser Umgebungsvariablen (ohne: ein öffentlicher Client).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The refresh token, from this environment variable.</source>
        <translation>Das Aktualisierungstoken, aus dieser Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Ask for these scopes (fewer than first granted).</source>
        <translation>Diese Berechtigungen (Scopes) anfordern (weniger als ursprünglich gewährt).</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (1 to 600, default 15).</source>
        <translation>Wie viele Sekunden auf jede Antwort gewartet wird (1 bis 600, Standard: 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Allow sending the refresh token and client secret over plain http.</source>
        <translation>Senden von Aktualisierungstoken und Client-Geheimnis über unverschlüsseltes http erlauben.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli oauth-refresh (--token-endpoint URL | --issuer URL) --client-id ID [--client-secret-env VAR] --refresh-token-env VAR [options]</source>
        <translation>Aufruf: authdoctor-cli oauth-refresh (--token-endpoint URL | --issuer URL) --client-id ID [--client-secret-env VAR] --refresh-token-env VAR [Optionen]</translation>
    </message>
    <message>
        <source>oauth-refresh takes no address of its own; use --token-endpoint or --issuer</source>
        <translation>oauth-refresh nimmt keine eigene Adresse an; verwenden Sie --token-endpoint oder --issuer</translation>
    </message>
    <message>
        <source>oauth-refresh needs one of --token-endpoint URL and --issuer URL</source>
        <translation>oauth-refresh braucht entweder --token-endpoint URL oder --issuer URL</translation>
    </message>
    <message>
        <source>oauth-refresh needs --client-id ID</source>
        <translation>oauth-refresh braucht --client-id ID</translation>
    </message>
    <message>
        <source>oauth-refresh needs --refresh-token-env VAR (the refresh token is never taken as an argument)</source>
        <translation>oauth-refresh braucht --refresh-token-env VAR (das Aktualisierungstoken wird nie als Argument angenommen)</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600, nicht „%1“</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Auth Doctor report for %1</source>
        <translation>Auth-Doctor-Bericht für %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>&amp;Wait for each answer up to:</source>
        <translation>Auf jede Antwort &amp;warten bis zu:</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <source>A slow server or network may need longer; a shorter wait tells sooner that a server does not answer. It counts from the next check.</source>
        <translation>Ein langsamer Server oder ein langsames Netz braucht vielleicht länger; eine kürzere Wartezeit zeigt früher, dass ein Server nicht antwortet. Sie gilt ab der nächsten Prüfung.</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>Versuchsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Note each diagnosis in the attempt log</source>
        <translation>Jede Diagnose im Versuchsprotokoll &amp;vermerken</translation>
    </message>
    <message>
        <source>The log keeps the site’s address without any path, the verdict and the names of the findings; never a password, token, key or cookie. Tools › Sign-in Attempts Log shows it.</source>
        <translation>Das Protokoll enthält die Adresse der Website ohne Pfad, das Ergebnis und die Namen der Befunde; nie ein Passwort, Token, Schlüssel oder Cookie. Extras › Protokoll der Anmeldeversuche zeigt es.</translation>
    </message>
    <message>
        <source>Status pages</source>
        <translation>Statusseiten</translation>
    </message>
    <message>
        <source>Add the status pages of services Auth Doctor does not know, such as your company’s own.</source>
        <translation>Fügen Sie die Statusseiten von Diensten hinzu, die Auth Doctor nicht kennt, zum Beispiel die Ihrer eigenen Firma.</translation>
    </message>
    <message>
        <source>Status &amp;Pages…</source>
        <translation>&amp;Statusseiten…</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
</context>
<context>
    <name>PrivateWindow</name>
    <message>
        <source>%1 cannot be asked by another program to open a private window. Open one from its File menu and type the address there.</source>
        <translation>%1 kann von anderen Programmen nicht gebeten werden, ein privates Fenster zu öffnen. Öffnen Sie eines über sein Menü „Ablage“ und geben Sie die Adresse dort ein.</translation>
    </message>
    <message>
        <source>Only web addresses that start with http:// or https:// can be opened in a private window.</source>
        <translation>Nur Webadressen, die mit http:// oder https:// beginnen, können in einem privaten Fenster geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 could not be started. Open a private window in it yourself and type the address there.</source>
        <translation>%1 konnte nicht gestartet werden. Öffnen Sie darin selbst ein privates Fenster und geben Sie die Adresse dort ein.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>Reaching the server</source>
        <translation>Server erreichen</translation>
    </message>
    <message>
        <source>Network error %1: %2</source>
        <translation>Netzwerkfehler %1: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>RedirectCheck</name>
    <message>
        <source>Following redirects</source>
        <translation>Weiterleitungen werden verfolgt</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the report&apos;s file name must end in .txt, .html or .json</source>
        <translation>%1: der Dateiname des Berichts muss auf .txt, .html oder .json enden</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Auth Doctor saves reports as .html, .txt, .json or .pdf; “%1” is none of them.</source>
        <translation>Auth Doctor speichert Berichte als .html, .txt, .json oder .pdf; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>The report is on the clipboard as plain text.</source>
        <translation>Der Bericht liegt als reiner Text in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Your mail program opens with a short message to support. Attach %1 to it before you send it.</source>
        <translation>Ihr E-Mail-Programm öffnet sich mit einer kurzen Nachricht an den Support. Hängen Sie %1 an, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>Report for support</source>
        <translation>Bericht für den Support</translation>
    </message>
    <message>
        <source>This is exactly what you would share. Passwords, tokens, API keys and cookie values are replaced by “[redacted]”; nothing is sent until you send it yourself.</source>
        <translation>Genau das würden Sie weitergeben. Passwörter, Tokens, API-Schlüssel und Cookie-Werte sind durch „[redacted]“ ersetzt; nichts wird verschickt, bevor Sie es selbst senden.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <source>Hide &amp;user names</source>
        <translation>&amp;Benutzernamen ausblenden</translation>
    </message>
    <message>
        <source>Replace every user name in the report by “[user]”. Support may then need to ask which account it is.</source>
        <translation>Jeden Benutzernamen im Bericht durch „[user]“ ersetzen. Der Support muss dann womöglich nachfragen, um welches Konto es geht.</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put the report on the clipboard as plain text</source>
        <translation>Den Bericht als reinen Text in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Save the report as a web page, plain text, JSON or PDF</source>
        <translation>Den Bericht als Webseite, reinen Text, JSON oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Write to support…</source>
        <translation>&amp;An den Support schreiben …</translation>
    </message>
    <message>
        <source>Save the report, then open your mail program with a short message to which you attach it</source>
        <translation>Den Bericht speichern, dann Ihr E-Mail-Programm mit einer kurzen Nachricht öffnen, an die Sie ihn anhängen</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>No mail program could be opened. The message is on the clipboard: paste it into a mail to the service&apos;s support and attach %1.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Die Nachricht liegt in der Zwischenablage: Fügen Sie sie in eine E-Mail an den Support des Dienstes ein und hängen Sie %1 an.</translation>
    </message>
</context>
<context>
    <name>RevealPasswordAction</name>
    <message>
        <source>Hide the text</source>
        <translation>Text verbergen</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
</context>
<context>
    <name>SavedSignInsDialog</name>
    <message>
        <source>Saved sign-ins</source>
        <translation>Gespeicherte Anmeldungen</translation>
    </message>
    <message>
        <source>The passwords, tokens and keys are kept in your computer’s keychain. This list only says which sites have one, so it never shows a secret.</source>
        <translation>Passwörter, Tokens und Schlüssel werden im Schlüsselbund Ihres Computers aufbewahrt. Diese Liste zeigt nur, für welche Websites es einen Eintrag gibt, und deshalb nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>No sign-ins are saved yet. After a sign-in test succeeds, choose “Remember in my keychain” to keep it here.</source>
        <translation>Noch keine Anmeldungen gespeichert. Wählen Sie nach einem erfolgreichen Anmeldetest „In meinem Schlüsselbund speichern“, um die Anmeldung hier aufzubewahren.</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>Type a new password, token or key for the selected sign-in</source>
        <translation>Ein neues Passwort, Token oder einen neuen Schlüssel für die ausgewählte Anmeldung eingeben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected sign-in from your keychain</source>
        <translation>Die ausgewählte Anmeldung aus Ihrem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Name and password (Basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>Name and password (Digest)</source>
        <translation>Benutzername und Passwort (Digest)</translation>
    </message>
    <message>
        <source>Windows sign-in (NTLM)</source>
        <translation>Windows-Anmeldung (NTLM)</translation>
    </message>
    <message>
        <source>Kerberos (Negotiate)</source>
        <translation>Kerberos (Negotiate)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>API key in the %1 header</source>
        <translation>API-Schlüssel im Header %1</translation>
    </message>
    <message>
        <source>Name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Saving in your keychain… If your keychain asks to be unlocked, unlock it.</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert… Falls Ihr Schlüsselbund entsperrt werden möchte, entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>The sign-in for %1 was updated.</source>
        <translation>Die Anmeldung für %1 wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Delete the saved sign-in for %1 from your keychain? This cannot be undone.</source>
        <translation>Die gespeicherte Anmeldung für %1 aus Ihrem Schlüsselbund löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete the saved sign-in of “%1” for %2 from your keychain? This cannot be undone.</source>
        <translation>Die gespeicherte Anmeldung von „%1“ für %2 aus Ihrem Schlüsselbund löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete saved sign-in</source>
        <translation>Gespeicherte Anmeldung löschen</translation>
    </message>
    <message>
        <source>Deleting from your keychain…</source>
        <translation>Wird aus Ihrem Schlüsselbund gelöscht…</translation>
    </message>
    <message>
        <source>The sign-in for %1 was deleted.</source>
        <translation>Die Anmeldung für %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>OAuth 2.0 refresh token of this client</source>
        <translation>OAuth-2.0-Aktualisierungstoken dieses Clients</translation>
    </message>
</context>
<context>
    <name>ServerSetupPage</name>
    <message>
        <source>Server configuration</source>
        <translation>Serverkonfiguration</translation>
    </message>
    <message>
        <source>For developers and administrators: what in the server’s setup can cause a 401, and whether a web page may call this address from a browser.</source>
        <translation>Für Entwickler und Administratoren: Was in der Konfiguration des Servers einen Fehler 401 verursachen kann und ob eine Webseite diese Adresse aus einem Browser aufrufen darf.</translation>
    </message>
    <message>
        <source>What the first look found</source>
        <translation>Was der erste Blick ergeben hat</translation>
    </message>
    <message>
        <source>Called from a web page (CORS)</source>
        <translation>Aufruf von einer Webseite (CORS)</translation>
    </message>
    <message>
        <source>When a script on a web page calls this address with a token or key, the browser first asks the server whether that page may (a “preflight”), and hides any answer the server does not allow the page to read. Give the web page’s origin, and Auth Doctor asks the way the browser does. Your sign-in is not sent.</source>
        <translation>Wenn ein Skript auf einer Webseite diese Adresse mit einem Token oder Schlüssel aufruft, fragt der Browser zuerst beim Server nach, ob diese Seite das darf (eine Vorabanfrage, auch „Preflight“ genannt), und verbirgt jede Antwort, die die Seite laut Server nicht lesen darf. Geben Sie den Ursprung (Origin) der Webseite an, dann fragt Auth Doctor so an, wie es der Browser tut. Ihre Anmeldung wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Web page’s &amp;origin:</source>
        <translation>&amp;Ursprung der Webseite:</translation>
    </message>
    <message>
        <source>for example https://app.example.com</source>
        <translation>zum Beispiel https://app.example.com</translation>
    </message>
    <message>
        <source>The address of the web page whose script calls the server, up to the first “/” after the host name</source>
        <translation>Die Adresse der Webseite, deren Skript den Server aufruft, bis zum ersten „/“ nach dem Hostnamen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the server as a browser would for a script on that page</source>
        <translation>Den Server so fragen, wie es ein Browser für ein Skript auf dieser Seite täte</translation>
    </message>
    <message>
        <source>Progress of the CORS check</source>
        <translation>Fortschritt der CORS-Prüfung</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the check; answers still on their way are dropped</source>
        <translation>Die Prüfung anhalten; Antworten, die noch unterwegs sind, werden verworfen</translation>
    </message>
    <message>
        <source>Nothing in the setup of %1 stands out: no redirect lost the sign-in, the refusal says how to sign in, and no proxy or cache stood in the way.</source>
        <translation>In der Konfiguration von %1 fällt nichts auf: Keine Weiterleitung hat die Anmeldung verloren, die Ablehnung sagt, wie man sich anmeldet, und kein Proxy oder Cache stand im Weg.</translation>
    </message>
    <message>
        <source>In the setup of %1:</source>
        <translation>In der Konfiguration von %1:</translation>
    </message>
    <message>
        <source>“%1” is not an origin. An origin is the start of the web page’s address: https://, the host name and a port if it has one, such as https://app.example.com or http://localhost:3000.</source>
        <translation>„%1“ ist kein Ursprung (Origin). Ein Ursprung ist der Anfang der Adresse der Webseite: https://, der Hostname und gegebenenfalls ein Port, zum Beispiel https://app.example.com oder http://localhost:3000.</translation>
    </message>
    <message>
        <source>The check was stopped. Answers still on their way were dropped.</source>
        <translation>Die Prüfung wurde angehalten. Antworten, die noch unterwegs waren, wurden verworfen.</translation>
    </message>
</context>
<context>
    <name>ServiceStatusPage</name>
    <message>
        <source>Service status</source>
        <translation>Status des Dienstes</translation>
    </message>
    <message>
        <source>Is it them or you? Auth Doctor reads the service&apos;s public status page. Nothing of yours is sent there.</source>
        <translation>Liegt es am Dienst oder an Ihnen? Auth Doctor liest die öffentliche Statusseite des Dienstes. Nichts von Ihnen wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>Progress of the status page check</source>
        <translation>Fortschritt der Prüfung der Statusseite</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop looking for the status page; you can still go on to the summary</source>
        <translation>Die Suche nach der Statusseite anhalten; Sie können trotzdem zur Zusammenfassung weitergehen</translation>
    </message>
    <message>
        <source>The status page check was stopped before it finished. Nothing from it is added to the summary.</source>
        <translation>Die Prüfung der Statusseite wurde angehalten, bevor sie fertig war. Nichts davon kommt in die Zusammenfassung.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Erneut nachsehen</translation>
    </message>
    <message>
        <source>What the status page says</source>
        <translation>Was die Statusseite sagt</translation>
    </message>
    <message>
        <source>Status page &amp;address:</source>
        <translation>&amp;Adresse der Statusseite:</translation>
    </message>
    <message>
        <source>for example status.example.com</source>
        <translation>zum Beispiel status.example.com</translation>
    </message>
    <message>
        <source>If you know where the service publishes its status, type that address and choose Check</source>
        <translation>Wenn Sie wissen, wo der Dienst seinen Status veröffentlicht, geben Sie diese Adresse ein und wählen Sie Prüfen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read the status page at this address</source>
        <translation>Die Statusseite unter dieser Adresse lesen</translation>
    </message>
    <message>
        <source>Looking for the status page of %1…</source>
        <translation>Statusseite von %1 wird gesucht …</translation>
    </message>
    <message>
        <source>Reading the status page %1…</source>
        <translation>Statusseite %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
    <message>
        <source>Status page: %1</source>
        <translation>Statusseite: %1</translation>
    </message>
    <message>
        <source>Addresses asked</source>
        <translation>Abgefragte Adressen</translation>
    </message>
    <message>
        <source>%1, in the page&apos;s words “%2”</source>
        <translation>%1, in den Worten der Seite „%2“</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zustand:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Page updated %1 (your time).</source>
        <translation>Seite aktualisiert am %1 (Ihre Zeit).</translation>
    </message>
    <message>
        <source>Read %1; this is the answer of the last minute.</source>
        <translation>Gelesen am %1; das ist die Antwort der letzten Minute.</translation>
    </message>
    <message>
        <source>Affected parts of the service</source>
        <translation>Betroffene Teile des Dienstes</translation>
    </message>
    <message>
        <source>None: every part the page lists works.</source>
        <translation>Keine: Jeder Teil, den die Seite aufführt, funktioniert.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incidents not yet resolved</source>
        <translation>Noch nicht behobene Störungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Latest update, %1 (your time):</source>
        <translation>Letzte Meldung, %1 (Ihre Zeit):</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>Keine geplant.</translation>
    </message>
    <message>
        <source>under way now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>under way until %1 (your time)</source>
        <translation>läuft bis %1 (Ihre Zeit)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>from %1 (your time)</source>
        <translation>ab %1 (Ihre Zeit)</translation>
    </message>
    <message>
        <source>from %1 to %2 (your time)</source>
        <translation>von %1 bis %2 (Ihre Zeit)</translation>
    </message>
    <message>
        <source>may affect signing in</source>
        <translation>kann die Anmeldung betreffen</translation>
    </message>
    <message>
        <source>Keep this status page in your list, so that Auth Doctor reads it by itself next time</source>
        <translation>Diese Statusseite in Ihre Liste aufnehmen, damit Auth Doctor sie beim nächsten Mal von selbst liest</translation>
    </message>
    <message>
        <source>&amp;Remember this page for %1…</source>
        <translation>Diese Seite für %1 &amp;merken…</translation>
    </message>
    <message>
        <source>Saved: Auth Doctor reads this page for %1 from now on. Tools › Status Pages lists your entries.</source>
        <translation>Gespeichert: Auth Doctor liest ab jetzt diese Seite für %1. Unter Extras › Statusseiten finden Sie Ihre Einträge.</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>Comparing the remembered session with a fresh one</source>
        <translation>Die gespeicherte Sitzung wird mit einer neuen verglichen</translation>
    </message>
    <message>
        <source>With the remembered cookies:</source>
        <translation>Mit den gespeicherten Cookies:</translation>
    </message>
    <message>
        <source>Without cookies (like a private window):</source>
        <translation>Ohne Cookies (wie in einem privaten Fenster):</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Session and browser</source>
        <translation>Sitzung und Browser</translation>
    </message>
    <message>
        <source>A sign-in that timed out, or old cookies and cached pages, cause a refusal as often as a wrong password does. Auth Doctor checks its own and helps with your browser&apos;s.</source>
        <translation>Eine abgelaufene Anmeldung oder alte Cookies und zwischengespeicherte Seiten führen so oft zu einer Abweisung wie ein falsches Passwort. Auth Doctor prüft seine eigenen und hilft bei denen Ihres Browsers.</translation>
    </message>
    <message>
        <source>&amp;Auth Doctor&apos;s own test</source>
        <translation>&amp;Auth Doctors eigener Test</translation>
    </message>
    <message>
        <source>Auth Doctor&apos;s own test</source>
        <translation>Auth Doctors eigener Test</translation>
    </message>
    <message>
        <source>Auth Doctor keeps cookies and cached answers of its own, as a browser&apos;s normal window does. This is what they show for this address:</source>
        <translation>Auth Doctor hat eigene Cookies und zwischengespeicherte Antworten, wie das normale Fenster eines Browsers. Das zeigen sie für diese Adresse:</translation>
    </message>
    <message>
        <source>Auth Doctor&apos;s own cookies and cached answers show nothing wrong here. Clearing them and testing again tells for sure; your browser may still hold old ones (see “In your browser”).</source>
        <translation>Auth Doctors eigene Cookies und zwischengespeicherte Antworten zeigen hier keinen Fehler. Sicher ist es erst, wenn Sie sie löschen und erneut testen; Ihr Browser kann trotzdem noch alte haben (siehe „In Ihrem Browser“).</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After clearing</source>
        <translation>Nach dem Löschen</translation>
    </message>
    <message>
        <source>The result before clearing</source>
        <translation>Das Ergebnis vor dem Löschen</translation>
    </message>
    <message>
        <source>The result after clearing</source>
        <translation>Das Ergebnis nach dem Löschen</translation>
    </message>
    <message>
        <source>Progress of the test after clearing</source>
        <translation>Fortschritt des Tests nach dem Löschen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Stop the test; the requests still waiting for an answer are dropped</source>
        <translation>Den Test anhalten; Anfragen, die noch auf eine Antwort warten, werden verworfen</translation>
    </message>
    <message>
        <source>Clearing removes Auth Doctor&apos;s own cookies and cached answers, never your browser&apos;s, and then tests the address again.</source>
        <translation>Das Löschen entfernt Auth Doctors eigene Cookies und zwischengespeicherte Antworten, nie die Ihres Browsers, und testet die Adresse dann erneut.</translation>
    </message>
    <message>
        <source>Clear cookies and cache for this &amp;site</source>
        <translation>Cookies und Cache für diese Web&amp;site löschen</translation>
    </message>
    <message>
        <source>Remove Auth Doctor&apos;s own cookies and cached answers for this site, then test again</source>
        <translation>Auth Doctors eigene Cookies und zwischengespeicherte Antworten für diese Website entfernen und dann erneut testen</translation>
    </message>
    <message>
        <source>Clear cookies and cache for e&amp;verything</source>
        <translation>Cookies und Cache für a&amp;lles löschen</translation>
    </message>
    <message>
        <source>Remove all of Auth Doctor&apos;s own cookies and cached answers, then test again</source>
        <translation>Alle eigenen Cookies und zwischengespeicherten Antworten von Auth Doctor entfernen und dann erneut testen</translation>
    </message>
    <message>
        <source>In your bro&amp;wser</source>
        <translation>In Ihrem &amp;Browser</translation>
    </message>
    <message>
        <source>In your browser</source>
        <translation>In Ihrem Browser</translation>
    </message>
    <message>
        <source>Brows&amp;er:</source>
        <translation>Brows&amp;er:</translation>
    </message>
    <message>
        <source>Looking for the browsers on this computer…</source>
        <translation>Die Browser auf diesem Computer werden gesucht …</translation>
    </message>
    <message>
        <source>Open the address in a &amp;private window</source>
        <translation>Die Adresse in einem &amp;privaten Fenster öffnen</translation>
    </message>
    <message>
        <source>It w&amp;orked in the private window</source>
        <translation>Im privaten Fenster hat es &amp;geklappt</translation>
    </message>
    <message>
        <source>Tell Auth Doctor that you could sign in in the private window</source>
        <translation>Auth Doctor mitteilen, dass Sie sich im privaten Fenster anmelden konnten</translation>
    </message>
    <message>
        <source>Open the browser&apos;s settings pa&amp;ge</source>
        <translation>Einstellungs&amp;seite des Browsers öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y the address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the address of the settings page</source>
        <translation>Die Adresse der Einstellungsseite kopieren</translation>
    </message>
    <message>
        <source>Auth Doctor can also remove this site&apos;s cookies from the browser&apos;s own files: only this site&apos;s, only while the browser is closed, and with a backup copy that puts them back.</source>
        <translation>Auth Doctor kann die Cookies dieser Website auch aus den Dateien des Browsers entfernen: nur die dieser Website, nur solange der Browser geschlossen ist, und mit einer Sicherungskopie, die sie zurückbringt.</translation>
    </message>
    <message>
        <source>&amp;Remove this site&apos;s cookies</source>
        <translation>&amp;Cookies dieser Website entfernen</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Put back the cookies that were removed, from the backup copy</source>
        <translation>Die entfernten Cookies aus der Sicherungskopie zurückbringen</translation>
    </message>
    <message>
        <source>Auth Doctor&apos;s own cookies and cached answers for %1 are cleared. Testing again…</source>
        <translation>Auth Doctors eigene Cookies und zwischengespeicherte Antworten für %1 sind gelöscht. Erneuter Test …</translation>
    </message>
    <message>
        <source>All of Auth Doctor&apos;s own cookies and cached answers are cleared. Testing again…</source>
        <translation>Alle eigenen Cookies und zwischengespeicherten Antworten von Auth Doctor sind gelöscht. Erneuter Test …</translation>
    </message>
    <message>
        <source>The test after clearing was stopped before it finished. Auth Doctor&apos;s own cookies and cached answers stay cleared; clear again to test again.</source>
        <translation>Der Test nach dem Löschen wurde angehalten, bevor er fertig war. Auth Doctors eigene Cookies und zwischengespeicherte Antworten bleiben gelöscht; löschen Sie erneut, um erneut zu testen.</translation>
    </message>
    <message>
        <source>Cleared and tested again: the result changed. Compare “Before” and “After clearing”.</source>
        <translation>Gelöscht und erneut getestet: Das Ergebnis hat sich geändert. Vergleichen Sie „Vorher“ und „Nach dem Löschen“.</translation>
    </message>
    <message>
        <source>Cleared and tested again: the result is the same, so Auth Doctor&apos;s own cookies and cached answers were not the cause.</source>
        <translation>Gelöscht und erneut getestet: Das Ergebnis ist gleich, Auth Doctors eigene Cookies und zwischengespeicherte Antworten waren also nicht die Ursache.</translation>
    </message>
    <message>
        <source>%1 (your default browser)</source>
        <translation>%1 (Ihr Standardbrowser)</translation>
    </message>
    <message>
        <source>No web browser that Auth Doctor knows was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Webbrowser gefunden, den Auth Doctor kennt.</translation>
    </message>
    <message>
        <source>A private window starts without this site&apos;s cookies and cache and, in most browsers, without extensions. If you can sign in there, old site data or an extension is the cause.</source>
        <translation>Ein privates Fenster startet ohne die Cookies und den Cache dieser Website und in den meisten Browsern ohne Erweiterungen. Können Sie sich dort anmelden, sind alte Website-Daten oder eine Erweiterung die Ursache.</translation>
    </message>
    <message>
        <source>To open one yourself in %1, press %2.</source>
        <translation>Um selbst eines in %1 zu öffnen, drücken Sie %2.</translation>
    </message>
    <message>
        <source>To clear the data of %1 in %2:</source>
        <translation>So löschen Sie die Daten von %1 in %2:</translation>
    </message>
    <message>
        <source>Shortcut for the browser&apos;s “Clear browsing data” window: %1</source>
        <translation>Tastenkürzel für das Fenster „Browserdaten löschen“ des Browsers: %1</translation>
    </message>
    <message>
        <source>&amp;Remove this site&apos;s cookies from %1</source>
        <translation>&amp;Cookies dieser Website aus %1 entfernen</translation>
    </message>
    <message>
        <source>%1 was asked to open %2 in a private window. Sign in there; if it works, click “It worked in the private window”.</source>
        <translation>%1 wurde gebeten, %2 in einem privaten Fenster zu öffnen. Melden Sie sich dort an; wenn es klappt, klicken Sie auf „Im privaten Fenster hat es geklappt“.</translation>
    </message>
    <message>
        <source>Then your password and the server are fine: the site data or an extension in your normal %1 window is in the way. Clear the site&apos;s data first, with the steps below; if that does not help, turn off extensions.</source>
        <translation>Dann sind Ihr Passwort und der Server in Ordnung: Die Website-Daten oder eine Erweiterung in Ihrem normalen %1-Fenster stehen im Weg. Löschen Sie zuerst die Daten der Website mit den Schritten unten; hilft das nicht, schalten Sie Erweiterungen aus.</translation>
    </message>
    <message>
        <source>%1 was asked to open %2.</source>
        <translation>%1 wurde gebeten, %2 zu öffnen.</translation>
    </message>
    <message>
        <source>%1 could not be started. Type %2 in its address bar and press Enter.</source>
        <translation>%1 konnte nicht gestartet werden. Geben Sie %2 in seine Adressleiste ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Copied %1. Paste it into the address bar of %2 and press Enter.</source>
        <translation>%1 kopiert. Fügen Sie es in die Adressleiste von %2 ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Looking for the cookies of %1 in %2…</source>
        <translation>Die Cookies von %1 in %2 werden gesucht …</translation>
    </message>
    <message>
        <source>%1 keeps no cookies for %2, so there is nothing to remove.</source>
        <translation>%1 hat keine Cookies für %2, es gibt also nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Remove cookies from %1</source>
        <translation>Cookies aus %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n cookie(s)</source>
        <translation>
            <numerusform>%n Cookie &amp;entfernen</numerusform>
            <numerusform>%n Cookies &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n cookie(s) of %1 from %2, after a backup copy…</source>
        <translation>
            <numerusform>%n Cookie von %1 wird nach einer Sicherungskopie aus %2 entfernt …</numerusform>
            <numerusform>%n Cookies von %1 werden nach einer Sicherungskopie aus %2 entfernt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed: the cookies of %1 changed in %2 since they were listed. Try again.</source>
        <translation>Es wurde nichts entfernt: Die Cookies von %1 haben sich in %2 geändert, seit sie aufgelistet wurden. Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cookie(s) of %1 from %2. Start %2 and sign in again; “Restore” puts the cookies back if something is missing.</source>
        <translation>
            <numerusform>%n Cookie von %1 aus %2 entfernt. Starten Sie %2 und melden Sie sich erneut an; „Wiederherstellen“ bringt die Cookies zurück, falls etwas fehlt.</numerusform>
            <numerusform>%n Cookies von %1 aus %2 entfernt. Starten Sie %2 und melden Sie sich erneut an; „Wiederherstellen“ bringt die Cookies zurück, falls etwas fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting back the cookies removed from %1…</source>
        <translation>Die aus %1 entfernten Cookies werden zurückgebracht …</translation>
    </message>
    <message>
        <source>The removed cookies are back in %1.</source>
        <translation>Die entfernten Cookies sind wieder in %1.</translation>
    </message>
    <message>
        <source>Put back the cookies removed from %1, from the backup copy</source>
        <translation>Die aus %1 entfernten Cookies aus der Sicherungskopie zurückbringen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>when the browser closes</source>
        <translation>beim Schließen des Browsers</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n cookie(s) of %1 from %2?</source>
        <translation>
            <numerusform>Dieses %n Cookie von %1 aus %2 entfernen?</numerusform>
            <numerusform>Diese %n Cookies von %1 aus %2 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>You will be signed out of %1 in %2. Only these cookies are removed, and a backup copy is kept so that “Restore” can put them back.</source>
        <translation>Sie werden in %2 von %1 abgemeldet. Nur diese Cookies werden entfernt, und eine Sicherungskopie wird aufbewahrt, damit „Wiederherstellen“ sie zurückbringen kann.</translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message>
        <source>a Bearer token</source>
        <translation>ein Bearer-Token</translation>
    </message>
    <message>
        <source>an API key in the %1 header</source>
        <translation>ein API-Schlüssel im Header %1</translation>
    </message>
    <message>
        <source>Kerberos (Negotiate)</source>
        <translation>Kerberos (Negotiate)</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>Digest %1</translation>
    </message>
    <message>
        <source>Basic (UTF-8)</source>
        <translation>Basic (UTF-8)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Testing the sign-in</source>
        <translation>Anmeldung wird getestet</translation>
    </message>
    <message>
        <source>Not sent to %1: plain http, and sending over http was not allowed.</source>
        <translation>Nicht an %1 gesendet: unverschlüsseltes http, und das Senden über http war nicht erlaubt.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server asked for credentials %n time(s).</source>
        <translation>
            <numerusform>Der Server hat %n-mal nach Anmeldedaten gefragt.</numerusform>
            <numerusform>Der Server hat %n-mal nach Anmeldedaten gefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Test your sign-in</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>Auth Doctor signs in once with what you type, as a browser would, and explains the answer. Nothing is kept unless you ask.</source>
        <translation>Auth Doctor meldet sich einmal mit Ihren Eingaben an, so wie ein Browser, und erklärt die Antwort. Gespeichert wird nur, wenn Sie es möchten.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;What do you sign in with?</source>
        <translation>&amp;Womit melden Sie sich an?</translation>
    </message>
    <message>
        <source>A name and password</source>
        <translation>Name und Passwort</translation>
    </message>
    <message>
        <source>A token</source>
        <translation>Ein Token</translation>
    </message>
    <message>
        <source>An API key</source>
        <translation>Ein API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Paste the token without “Bearer ”</source>
        <translation>Token ohne „Bearer “ einfügen</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>&amp;Header-Name:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Send my password over this unencrypted connection. Anyone on the network could read it.</source>
        <translation>Mein Passwort über diese &amp;unverschlüsselte Verbindung senden. Jeder im Netzwerk könnte es mitlesen.</translation>
    </message>
    <message>
        <source>&amp;Test sign-in</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>Sign in once with what you typed and show what the server answers</source>
        <translation>Einmal mit Ihren Eingaben anmelden und zeigen, was der Server antwortet</translation>
    </message>
    <message>
        <source>Progress of the sign-in test</source>
        <translation>Fortschritt des Anmeldetests</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop the sign-in test; an answer still on its way is dropped</source>
        <translation>Anmeldetest anhalten; eine noch ausstehende Antwort wird verworfen</translation>
    </message>
    <message>
        <source>&amp;Remember in my keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Keep this sign-in in your computer’s keychain, so that Auth Doctor can fill it in next time</source>
        <translation>Diese Anmeldung im Schlüsselbund Ihres Computers aufbewahren, damit Auth Doctor sie beim nächsten Mal ausfüllen kann</translation>
    </message>
    <message>
        <source>&amp;Send my token over this unencrypted connection. Anyone on the network could read it.</source>
        <translation>Mein Token über diese &amp;unverschlüsselte Verbindung senden. Jeder im Netzwerk könnte es mitlesen.</translation>
    </message>
    <message>
        <source>&amp;Send my API key over this unencrypted connection. Anyone on the network could read it.</source>
        <translation>Meinen API-Schlüssel über diese &amp;unverschlüsselte Verbindung senden. Jeder im Netzwerk könnte ihn mitlesen.</translation>
    </message>
    <message>
        <source>Reading from your keychain…</source>
        <translation>Wird aus Ihrem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Filled in from your keychain.</source>
        <translation>Aus Ihrem Schlüsselbund ausgefüllt.</translation>
    </message>
    <message>
        <source>A header name is one word of letters, digits and hyphens, such as X-API-Key.</source>
        <translation>Ein Header-Name ist ein einzelnes Wort aus Buchstaben, Ziffern und Bindestrichen, zum Beispiel X-API-Key.</translation>
    </message>
    <message>
        <source>The server did not ask for a name and password, so Auth Doctor cannot test them here. Choose what the server asks for above.</source>
        <translation>Der Server hat nicht nach Name und Passwort gefragt, daher kann Auth Doctor sie hier nicht testen. Wählen Sie oben aus, was der Server verlangt.</translation>
    </message>
    <message>
        <source>Auth Doctor will sign in with %1.</source>
        <translation>So meldet sich Auth Doctor an: %1.</translation>
    </message>
    <message>
        <source>The test was stopped before the server answered. Change what you typed if you like, and test again.</source>
        <translation>Der Test wurde angehalten, bevor der Server geantwortet hat. Ändern Sie bei Bedarf Ihre Eingaben und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Saving in your keychain… If your keychain asks to be unlocked, unlock it.</source>
        <translation>Wird im Schlüsselbund gespeichert … Wenn Ihr Schlüsselbund entsperrt werden möchte, entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>Saved in your keychain. Auth Doctor fills it in the next time you check %1.</source>
        <translation>Im Schlüsselbund gespeichert. Auth Doctor füllt die Anmeldung aus, wenn Sie %1 das nächste Mal prüfen.</translation>
    </message>
</context>
<context>
    <name>StatusCatalogCommand</name>
    <message>
        <source>Usage: authdoctor-cli status-catalog list [--all] [--json]
       authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL [--format KEY]
       authdoctor-cli status-catalog remove DOMAIN

The catalog says which status page belongs to which service, so that status-page (and the desktop
program) find it without guessing. Many well-known services are built in; add your own for services
it does not know (an intranet, a supplier) or to use another page for one it knows. Your entries are
kept with Auth Doctor&apos;s settings, shared with the desktop program, and come before the built-in ones.

Subcommands:
  list     your entries (--all: the built-in ones too; --json: one JSON object)
  add      add an entry; it replaces an entry of yours that shares a domain with it
  remove   remove your entry that lists DOMAIN (built-in entries cannot be removed)

Exit status: 0 done, 2 bad usage or input.
Run &apos;authdoctor-cli status-catalog SUBCOMMAND --help&apos; for the options of a subcommand.
</source>
        <translation>Aufruf: authdoctor-cli status-catalog list [--all] [--json]
        authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL [--format FORMAT]
        authdoctor-cli status-catalog remove DOMAIN

Der Katalog legt fest, welche Statusseite zu welchem Dienst gehört, damit status-page (und das
Desktop-Programm) sie finden, ohne zu raten. Für viele bekannte Dienste sind Einträge mitgeliefert;
fügen Sie eigene hinzu für Dienste, die er nicht kennt (ein Intranet, ein Zulieferer), oder um für
einen bekannten Dienst eine andere Seite zu verwenden. Ihre Einträge werden bei den Einstellungen
von Auth Doctor gespeichert, mit dem Desktop-Programm geteilt und vor den mitgelieferten verwendet.

Unterbefehle:
  list     Ihre Einträge (--all: auch die mitgelieferten; --json: ein JSON-Objekt)
  add      einen Eintrag hinzufügen; er ersetzt einen Ihrer Einträge, der eine Domain mit ihm teilt
  remove   Ihren Eintrag entfernen, der DOMAIN enthält (mitgelieferte Einträge lassen sich nicht
           entfernen)

Exit-Status: 0 erledigt, 2 falscher Aufruf oder falsche Eingabe.
Mit &apos;authdoctor-cli status-catalog UNTERBEFEHL --help&apos; erhalten Sie die Optionen eines Unterbefehls.
</translation>
    </message>
    <message>
        <source>status-catalog needs a subcommand: list, add or remove; try &apos;authdoctor-cli status-catalog --help&apos;</source>
        <translation>status-catalog braucht einen Unterbefehl: list, add oder remove; versuchen Sie &apos;authdoctor-cli status-catalog --help&apos;</translation>
    </message>
    <message>
        <source>unknown status-catalog subcommand &quot;%1&quot;; use list, add or remove (see &apos;authdoctor-cli status-catalog --help&apos;)</source>
        <translation>unbekannter Unterbefehl „%1“ für status-catalog; verwenden Sie list, add oder remove (siehe &apos;authdoctor-cli status-catalog --help&apos;)</translation>
    </message>
    <message>
        <source>found out when read</source>
        <translation>wird beim Lesen ermittelt</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>Status page:</source>
        <translation>Statusseite:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>List the built-in entries too, after yours.</source>
        <translation>Auch die mitgelieferten Einträge auflisten, nach Ihren.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein einzelnes JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli status-catalog list [--all] [--json]</source>
        <translation>Aufruf: authdoctor-cli status-catalog list [--all] [--json]</translation>
    </message>
    <message>
        <source>Lists the status pages you added: each one&apos;s name, domains, status page address and format. --json prints {&quot;entries&quot;: [{&quot;name&quot;, &quot;domains&quot;, &quot;page&quot;, &quot;format&quot;, &quot;source&quot;}]}, where format is empty when it is found out when the page is read, and source is &quot;user&quot; or &quot;built-in&quot;.</source>
        <translation>Listet die Statusseiten auf, die Sie hinzugefügt haben: jeweils Name, Domains, Adresse der Statusseite und Format. --json gibt {&quot;entries&quot;: [{&quot;name&quot;, &quot;domains&quot;, &quot;page&quot;, &quot;format&quot;, &quot;source&quot;}]} aus, wobei format leer ist, wenn es beim Lesen der Seite ermittelt wird, und source &quot;user&quot; oder &quot;built-in&quot; ist.</translation>
    </message>
    <message>
        <source>list takes no arguments, but got &quot;%1&quot;</source>
        <translation>list erwartet keine Argumente, erhielt aber „%1“</translation>
    </message>
    <message>
        <source>You have not added any status pages of your own.</source>
        <translation>Sie haben noch keine eigenen Statusseiten hinzugefügt.</translation>
    </message>
    <message>
        <source>Add one for a service the built-in catalog does not know, for example:</source>
        <translation>Fügen Sie eine für einen Dienst hinzu, den der mitgelieferte Katalog nicht kennt, zum Beispiel:</translation>
    </message>
    <message numerus="yes">
        <source>Your status pages (%n), used before the built-in ones:</source>
        <translation>
            <numerusform>Ihre Statusseite (%n), wird vor den mitgelieferten verwendet:</numerusform>
            <numerusform>Ihre Statusseiten (%n), werden vor den mitgelieferten verwendet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-known service(s) are built in; &apos;authdoctor-cli status-catalog list --all&apos; lists them too.</source>
        <translation>
            <numerusform>Die Statusseite von %n bekannten Dienst ist mitgeliefert; &apos;authdoctor-cli status-catalog list --all&apos; listet sie ebenfalls auf.</numerusform>
            <numerusform>Die Statusseiten von %n bekannten Diensten sind mitgeliefert; &apos;authdoctor-cli status-catalog list --all&apos; listet sie ebenfalls auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built in (%n):</source>
        <translation>
            <numerusform>Mitgeliefert (%n):</numerusform>
            <numerusform>Mitgeliefert (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  [built in]</source>
        <translation>%1  [mitgeliefert]</translation>
    </message>
    <message>
        <source>Your entry &quot;%1&quot; is used instead for %2.</source>
        <translation>Für %2 wird stattdessen Ihr Eintrag „%1“ verwendet.</translation>
    </message>
    <message>
        <source>The service&apos;s name as people know it, for example &quot;Our wiki&quot;.</source>
        <translation>Der Name des Dienstes, unter dem man ihn kennt, zum Beispiel „Unser Wiki“.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A domain of the service; it covers the domain&apos;s subdomains too. Repeat the option or separate several domains with commas; a pasted web address stands for its host.</source>
        <translation>Eine Domain des Dienstes; sie umfasst auch ihre Subdomains. Wiederholen Sie die Option oder trennen Sie mehrere Domains durch Kommas; eine eingefügte Webadresse steht für ihren Host.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The status page&apos;s address, starting with https:// (or http://).</source>
        <translation>Die Adresse der Statusseite, beginnend mit https:// (oder http://).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The status page&apos;s format, one of: %1. Left out, it is found out when the page is read.</source>
        <translation>Das Format der Statusseite, eines von: %1. Ohne Angabe wird es beim Lesen der Seite ermittelt.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL [--format KEY]</source>
        <translation>Aufruf: authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL [--format FORMAT]</translation>
    </message>
    <message>
        <source>Adds a status page of your own to the catalog, for example:
  authdoctor-cli status-catalog add --name &quot;Our wiki&quot; --domain wiki.example.com,example.org --page https://status.example.com/
An entry of yours that shares a domain with the new one is replaced. For its domains your entry is used instead of the built-in one.</source>
        <translation>Fügt dem Katalog eine eigene Statusseite hinzu, zum Beispiel:
  authdoctor-cli status-catalog add --name &quot;Our wiki&quot; --domain wiki.example.com,example.org --page https://status.example.com/
Ein Eintrag von Ihnen, der eine Domain mit dem neuen teilt, wird ersetzt. Für seine Domains wird Ihr Eintrag statt des mitgelieferten verwendet.</translation>
    </message>
    <message>
        <source>add takes its values as options (--name, --domain, --page, --format), but got &quot;%1&quot;</source>
        <translation>add erwartet seine Werte als Optionen (--name, --domain, --page, --format), erhielt aber „%1“</translation>
    </message>
    <message>
        <source>give --%1 once</source>
        <translation>geben Sie --%1 nur einmal an</translation>
    </message>
    <message>
        <source>--domain &quot;%1&quot;: %2</source>
        <translation>--domain „%1“: %2</translation>
    </message>
    <message>
        <source>--page &quot;%1&quot;: %2</source>
        <translation>--page „%1“: %2</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot;: %2</source>
        <translation>--format „%1“: %2</translation>
    </message>
    <message>
        <source>Known formats: %1. Leave out --format to have it found out when the page is read.</source>
        <translation>Bekannte Formate: %1. Lassen Sie --format weg, damit es beim Lesen der Seite ermittelt wird.</translation>
    </message>
    <message>
        <source>the entry could not be saved: cannot write the settings file %1</source>
        <translation>der Eintrag konnte nicht gespeichert werden: die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;:</source>
        <translation>„%1“ gespeichert:</translation>
    </message>
    <message>
        <source>It replaces your earlier entry &quot;%1&quot; (%2, %3).</source>
        <translation>Er ersetzt Ihren früheren Eintrag „%1“ (%2, %3).</translation>
    </message>
    <message>
        <source>You had saved the same entry before; nothing changed.</source>
        <translation>Sie hatten denselben Eintrag bereits gespeichert; es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>For %1 it is used instead of the built-in entry &quot;%2&quot;.</source>
        <translation>Für %1 wird er statt des mitgelieferten Eintrags „%2“ verwendet.</translation>
    </message>
    <message>
        <source>The built-in entry &quot;%1&quot; still answers for %2, a closer match.</source>
        <translation>Für %2 gilt weiterhin der mitgelieferte Eintrag „%1“, weil er genauer passt.</translation>
    </message>
    <message>
        <source>The page&apos;s address is plain http, where its answer could be forged on the way: status-page reads it over http only with --allow-insecure-http, and tries https otherwise.</source>
        <translation>Die Adresse der Seite verwendet unverschlüsseltes http, bei dem die Antwort unterwegs gefälscht werden könnte: status-page liest sie nur mit --allow-insecure-http über http und versucht es sonst mit https.</translation>
    </message>
    <message>
        <source>A domain that your entry lists, for example wiki.example.com.</source>
        <translation>Eine Domain, die Ihr Eintrag enthält, zum Beispiel wiki.example.com.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli status-catalog remove DOMAIN</source>
        <translation>Aufruf: authdoctor-cli status-catalog remove DOMAIN</translation>
    </message>
    <message>
        <source>Removes your entry that lists DOMAIN, with all its domains. Built-in entries cannot be removed; add an entry of your own for the domain to use another status page instead.</source>
        <translation>Entfernt Ihren Eintrag, der DOMAIN enthält, mit allen seinen Domains. Mitgelieferte Einträge lassen sich nicht entfernen; fügen Sie stattdessen einen eigenen Eintrag für die Domain hinzu, um eine andere Statusseite zu verwenden.</translation>
    </message>
    <message>
        <source>remove needs the domain of your entry, as in: authdoctor-cli status-catalog remove wiki.example.com</source>
        <translation>remove braucht die Domain Ihres Eintrags, zum Beispiel: authdoctor-cli status-catalog remove wiki.example.com</translation>
    </message>
    <message>
        <source>remove takes one domain, but got %1</source>
        <translation>remove erwartet eine Domain, erhielt aber %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>you have no status page entry of your own that lists %1</source>
        <translation>Sie haben keinen eigenen Statusseiten-Eintrag, der %1 enthält</translation>
    </message>
    <message>
        <source>Your entry &quot;%1&quot; covers it through %2; to remove that entry: authdoctor-cli status-catalog remove %2</source>
        <translation>Ihr Eintrag „%1“ umfasst sie über %2; so entfernen Sie diesen Eintrag: authdoctor-cli status-catalog remove %2</translation>
    </message>
    <message>
        <source>%1 is in the built-in catalog, in the entry &quot;%2&quot;. Built-in entries cannot be removed, but an entry of your own for the domain is used instead of them: authdoctor-cli status-catalog add --name NAME --domain %1 --page URL</source>
        <translation>%1 steht im mitgelieferten Katalog, im Eintrag „%2“. Mitgelieferte Einträge lassen sich nicht entfernen, aber ein eigener Eintrag für die Domain wird stattdessen verwendet: authdoctor-cli status-catalog add --name NAME --domain %1 --page URL</translation>
    </message>
    <message>
        <source>the entry could not be removed: cannot write the settings file %1</source>
        <translation>der Eintrag konnte nicht entfernt werden: die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; (%2, %3).</source>
        <translation>„%1“ entfernt (%2, %3).</translation>
    </message>
    <message>
        <source>For %1 the built-in entry &quot;%2&quot; is used again.</source>
        <translation>Für %1 wird wieder der mitgelieferte Eintrag „%2“ verwendet.</translation>
    </message>
</context>
<context>
    <name>StatusCheck</name>
    <message>
        <source>Reading the server&apos;s answer</source>
        <translation>Antwort des Servers wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPageCatalog</name>
    <message>
        <source>Give the service a name, such as “Our wiki”.</source>
        <translation>Geben Sie dem Dienst einen Namen, zum Beispiel „Unser Wiki“.</translation>
    </message>
    <message>
        <source>Give at least one domain of the service, such as wiki.example.com.</source>
        <translation>Geben Sie mindestens eine Domain des Dienstes an, zum Beispiel wiki.example.com.</translation>
    </message>
    <message>
        <source>A domain is a name such as example.com: letters, digits, hyphens and dots, without “https://” or a path. Separate several with commas.</source>
        <translation>Eine Domain ist ein Name wie example.com: Buchstaben, Ziffern, Bindestriche und Punkte, ohne „https://“ und ohne Pfad. Trennen Sie mehrere durch Kommas.</translation>
    </message>
    <message>
        <source>The status page address must be a web address starting with https:// (or http://), such as https://status.example.com.</source>
        <translation>Die Adresse der Statusseite muss eine Webadresse sein, die mit https:// (oder http://) beginnt, zum Beispiel https://status.example.com.</translation>
    </message>
    <message>
        <source>Auth Doctor cannot read status pages of this kind.</source>
        <translation>Statusseiten dieser Art kann Auth Doctor nicht lesen.</translation>
    </message>
</context>
<context>
    <name>StatusPageCatalogDialog</name>
    <message>
        <source>Status pages</source>
        <translation>Statusseiten</translation>
    </message>
    <message>
        <source>Search services, domains and pages</source>
        <translation>Dienste, Domains und Seiten durchsuchen</translation>
    </message>
    <message>
        <source>Search the status pages</source>
        <translation>Die Statusseiten durchsuchen</translation>
    </message>
    <message>
        <source>Status pages Auth Doctor knows</source>
        <translation>Statusseiten, die Auth Doctor kennt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Tell Auth Doctor where another service publishes its status</source>
        <translation>Auth Doctor mitteilen, wo ein weiterer Dienst seinen Status veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry of yours</source>
        <translation>Den ausgewählten eigenen Eintrag entfernen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Built in, replaced by yours</source>
        <translation>Mitgeliefert, durch Ihren ersetzt</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>No status page Auth Doctor knows matches “%1”. Choose Add to tell it where the service publishes its status.</source>
        <translation>Keine Statusseite, die Auth Doctor kennt, passt zu „%1“. Wählen Sie Hinzufügen, um Auth Doctor mitzuteilen, wo der Dienst seinen Status veröffentlicht.</translation>
    </message>
    <message>
        <source>Change the selected entry of yours</source>
        <translation>Den ausgewählten eigenen Eintrag ändern</translation>
    </message>
    <message>
        <source>&amp;Use another page…</source>
        <translation>&amp;Andere Seite verwenden…</translation>
    </message>
    <message>
        <source>Give another status page for this service; your entry is used instead of the built-in one</source>
        <translation>Eine andere Statusseite für diesen Dienst angeben; Ihr Eintrag wird statt des mitgelieferten verwendet</translation>
    </message>
    <message>
        <source>Built-in entries cannot be removed, but you can use another page for the service</source>
        <translation>Mitgelieferte Einträge lassen sich nicht entfernen, aber Sie können für den Dienst eine andere Seite verwenden</translation>
    </message>
    <message>
        <source>Saved. Auth Doctor reads %1 for %2 from now on.</source>
        <translation>Gespeichert. Auth Doctor liest ab jetzt %1 für %2.</translation>
    </message>
    <message>
        <source>Remove your entry “%1” (%2)?</source>
        <translation>Ihren Eintrag „%1“ (%2) entfernen?</translation>
    </message>
    <message>
        <source>Remove status page?</source>
        <translation>Statusseite entfernen?</translation>
    </message>
    <message>
        <source>“%1” was removed already.</source>
        <translation>„%1“ wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”. The built-in status page of %2 applies again.</source>
        <translation>„%1“ wurde entfernt. Es gilt wieder die mitgelieferte Statusseite von %2.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Auth Doctor knows the status pages of %n well-known service(s). Add the ones you use that it does not know (your company’s own, for example), or give another page for one it knows: your entries are used first.</source>
        <translation>
            <numerusform>Auth Doctor kennt die Statusseite von %n bekannten Dienst. Fügen Sie die Statusseiten hinzu, die Sie nutzen und die Auth Doctor nicht kennt (zum Beispiel die Ihrer eigenen Firma), oder geben Sie für einen bekannten Dienst eine andere Seite an: Ihre Einträge werden zuerst verwendet.</numerusform>
            <numerusform>Auth Doctor kennt die Statusseiten von %n bekannten Diensten. Fügen Sie die Statusseiten hinzu, die Sie nutzen und die Auth Doctor nicht kennt (zum Beispiel die Ihrer eigenen Firma), oder geben Sie für einen bekannten Dienst eine andere Seite an: Ihre Einträge werden zuerst verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPageCheck</name>
    <message>
        <source>Reading the service&apos;s status page</source>
        <translation>Statusseite des Dienstes wird gelesen</translation>
    </message>
</context>
<context>
    <name>StatusPageCommand</name>
    <message>
        <source>Finds the status page of a service (from its domain or any of its addresses, or the status page&apos;s own address) and says whether it reports an outage, reduced service or maintenance.</source>
        <translation>Findet die Statusseite eines Dienstes (über seine Domain, eine seiner Adressen oder die Adresse der Statusseite selbst) und sagt, ob sie einen Ausfall, eine Einschränkung oder eine Wartung meldet.</translation>
    </message>
    <message>
        <source>The service (github.com, https://api.github.com/user) or its status page (https://www.githubstatus.com).</source>
        <translation>Der Dienst (github.com, https://api.github.com/user) oder seine Statusseite (https://www.githubstatus.com).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein einzelnes JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (1 to 600, default 10).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (1 bis 600, Standard 10).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Read a status page over plain http when its address says http (addresses on this computer always may).</source>
        <translation>Eine Statusseite über unverschlüsseltes http lesen, wenn ihre Adresse http nennt (Adressen auf diesem Computer dürfen das immer).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: authdoctor-cli status-page URL-or-domain [--json]</source>
        <translation>Aufruf: authdoctor-cli status-page URL-oder-Domain [--json]</translation>
    </message>
    <message>
        <source>
Exit status: 0 the page reports no problems, 1 it reports reduced service, an outage or maintenance,
2 bad usage, 3 no status page was found or it could not be read.
</source>
        <translation>
Exit-Status: 0 die Seite meldet keine Probleme, 1 sie meldet eine Einschränkung, einen Ausfall
oder eine Wartung, 2 falscher Aufruf, 3 keine Statusseite gefunden oder sie war nicht lesbar.
</translation>
    </message>
    <message>
        <source>status-page needs a service or status page address, as in: authdoctor-cli status-page github.com</source>
        <translation>status-page braucht einen Dienst oder die Adresse einer Statusseite, zum Beispiel: authdoctor-cli status-page github.com</translation>
    </message>
    <message>
        <source>status-page takes one address, but got %1</source>
        <translation>status-page erwartet eine Adresse, bekam aber %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address or domain name</source>
        <translation>„%1“ ist keine Webadresse und kein Domainname</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600, nicht „%1“</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
</context>
<context>
    <name>StatusPageEntryDialog</name>
    <message>
        <source>Status page of a service</source>
        <translation>Statusseite eines Dienstes</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>for example Our wiki</source>
        <translation>zum Beispiel Unser Wiki</translation>
    </message>
    <message>
        <source>The name you know the service by; it is shown when Auth Doctor reads its status page</source>
        <translation>Der Name, unter dem Sie den Dienst kennen; er wird angezeigt, wenn Auth Doctor seine Statusseite liest</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>D&amp;omains:</translation>
    </message>
    <message>
        <source>for example wiki.example.com, example.org</source>
        <translation>zum Beispiel wiki.example.com, example.org</translation>
    </message>
    <message>
        <source>The addresses of the service this page is for, separated by commas. A domain also covers the names under it: example.com covers api.example.com.</source>
        <translation>Die Adressen des Dienstes, für den diese Seite gilt, durch Kommas getrennt. Eine Domain umfasst auch die Namen darunter: example.com umfasst api.example.com.</translation>
    </message>
    <message>
        <source>Status &amp;page:</source>
        <translation>S&amp;tatusseite:</translation>
    </message>
    <message>
        <source>for example https://status.example.com</source>
        <translation>zum Beispiel https://status.example.com</translation>
    </message>
    <message>
        <source>The address where the service publishes its status</source>
        <translation>Die Adresse, unter der der Dienst seinen Status veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read the page at this address now, to see that Auth Doctor understands it</source>
        <translation>Die Seite unter dieser Adresse jetzt lesen, um zu sehen, ob Auth Doctor sie versteht</translation>
    </message>
    <message>
        <source>&amp;Kind of page:</source>
        <translation>A&amp;rt der Seite:</translation>
    </message>
    <message>
        <source>Which service runs the status page; if you do not know, Auth Doctor finds out when it reads the page</source>
        <translation>Welcher Anbieter die Statusseite betreibt; wenn Sie es nicht wissen, ermittelt Auth Doctor es beim Lesen der Seite</translation>
    </message>
    <message>
        <source>Progress of reading the status page</source>
        <translation>Fortschritt beim Lesen der Statusseite</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Add a status page</source>
        <translation>Statusseite hinzufügen</translation>
    </message>
    <message>
        <source>Tell Auth Doctor where a service publishes its status, so that it can say whether the service has trouble when an address of it refuses you.</source>
        <translation>Teilen Sie Auth Doctor mit, wo ein Dienst seinen Status veröffentlicht, damit Auth Doctor sagen kann, ob der Dienst Probleme hat, wenn eine seiner Adressen Sie abweist.</translation>
    </message>
    <message>
        <source>Change a status page</source>
        <translation>Statusseite ändern</translation>
    </message>
    <message>
        <source>Change where Auth Doctor looks for this service’s status.</source>
        <translation>Ändern Sie, wo Auth Doctor nach dem Status dieses Dienstes sieht.</translation>
    </message>
    <message>
        <source>Use another status page</source>
        <translation>Andere Statusseite verwenden</translation>
    </message>
    <message>
        <source>Auth Doctor knows this service’s status page. If yours is another one (your company’s own, for example), give its address: your entry is used instead.</source>
        <translation>Auth Doctor kennt die Statusseite dieses Dienstes. Wenn Ihre eine andere ist (zum Beispiel die Ihrer eigenen Firma), geben Sie deren Adresse an: Ihr Eintrag wird dann stattdessen verwendet.</translation>
    </message>
    <message>
        <source>Find out when reading the page</source>
        <translation>Beim Lesen der Seite ermitteln</translation>
    </message>
    <message>
        <source>Fill in the service’s name, its domains and the status page address.</source>
        <translation>Geben Sie den Namen des Dienstes, seine Domains und die Adresse der Statusseite ein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop reading the status page</source>
        <translation>Das Lesen der Statusseite anhalten</translation>
    </message>
    <message>
        <source>The check was stopped. You can save the entry anyway.</source>
        <translation>Die Prüfung wurde angehalten. Sie können den Eintrag trotzdem speichern.</translation>
    </message>
    <message>
        <source>%1 %2 You can save the entry anyway, for example when the page is down just now.</source>
        <translation>%1 %2 Sie können den Eintrag trotzdem speichern, zum Beispiel wenn die Seite gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Auth Doctor can read this page (%1). It says: %2.</source>
        <translation>Auth Doctor kann diese Seite lesen (%1). Sie meldet: %2.</translation>
    </message>
    <message>
        <source>“Kind of page” is now set to %1.</source>
        <translation>„Art der Seite“ ist jetzt auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Your entry %1 is for one of these domains too. Saving this one replaces it.</source>
        <translation>Ihr Eintrag %1 gilt ebenfalls für eine dieser Domains. Wenn Sie diesen speichern, wird er ersetzt.</translation>
    </message>
    <message>
        <source>Replace your entry?</source>
        <translation>Ihren Eintrag ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The entry could not be saved: Auth Doctor cannot write its settings file %1.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: Auth Doctor kann seine Einstellungsdatei %1 nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The most likely cause comes first, then everything Auth Doctor found, the most serious at the top.</source>
        <translation>Zuerst steht die wahrscheinlichste Ursache, danach alles, was Auth Doctor gefunden hat, das Schwerwiegendste oben.</translation>
    </message>
    <message>
        <source>Show &amp;technical findings</source>
        <translation>&amp;Technische Befunde anzeigen</translation>
    </message>
    <message>
        <source>Also show the findings meant for developers and server administrators</source>
        <translation>Auch die Befunde für Entwickler und Server-Administratoren anzeigen</translation>
    </message>
    <message>
        <source>(%1 hidden)</source>
        <translation>(%1 ausgeblendet)</translation>
    </message>
    <message>
        <source>Still stuck? Send support a report of what Auth Doctor found. You see it before it is shared, and it holds no password, token or cookie value.</source>
        <translation>Kommen Sie nicht weiter? Schicken Sie dem Support einen Bericht über das, was Auth Doctor gefunden hat. Sie sehen ihn, bevor er weitergegeben wird, und er enthält kein Passwort, kein Token und keinen Cookie-Wert.</translation>
    </message>
    <message>
        <source>Preview &amp;report…</source>
        <translation>&amp;Bericht ansehen …</translation>
    </message>
    <message>
        <source>See the report for support, then copy it, save it or write to support</source>
        <translation>Den Bericht für den Support ansehen, dann kopieren, speichern oder an den Support schreiben</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>sent in %1</source>
        <translation>gesendet in %1</translation>
    </message>
    <message>
        <source>Sign-in tested</source>
        <translation>Getestete Anmeldung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Extra headers (values not shown)</source>
        <translation>Zusätzliche Kopfzeilen (Werte nicht gezeigt)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Inhalt der Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not shown</source>
        <translation>
            <numerusform>%n Byte, nicht gezeigt</numerusform>
            <numerusform>%n Bytes, nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>looked up from the address</source>
        <translation>über die Adresse gesucht</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in problem with %1: %2</source>
        <translation>Anmeldeproblem bei %1: %2</translation>
    </message>
    <message>
        <source>Sign-in problem with %1</source>
        <translation>Anmeldeproblem bei %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>I cannot sign in to %1. On %2 I checked it with %3 %4, which says:</source>
        <translation>ich kann mich bei %1 nicht anmelden. Am %2 habe ich das mit %3 %4 geprüft, das Ergebnis lautet:</translation>
    </message>
    <message>
        <source>The full report is attached. Passwords, tokens, keys and cookie values are not in it.</source>
        <translation>Der vollständige Bericht ist angehängt. Passwörter, Tokens, Schlüssel und Cookie-Werte sind nicht darin enthalten.</translation>
    </message>
    <message>
        <source>The full report is attached (%1). Passwords, tokens, keys and cookie values are not in it.</source>
        <translation>Der vollständige Bericht ist angehängt (%1). Passwörter, Tokens, Schlüssel und Cookie-Werte sind nicht darin enthalten.</translation>
    </message>
    <message>
        <source>[Please attach the saved report file to this mail before you send it.]</source>
        <translation>[Bitte hängen Sie die gespeicherte Berichtsdatei an diese E-Mail an, bevor Sie sie senden.]</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <source>The service&apos;s status page says: %1</source>
        <translation>Die Statusseite des Dienstes meldet: %1</translation>
    </message>
    <message>
        <source>Web page&apos;s origin (CORS)</source>
        <translation>Ursprung der Webseite (CORS)</translation>
    </message>
</context>
<context>
    <name>TargetUrl</name>
    <message>
        <source>Type or paste the address that answers &quot;401 Unauthorized&quot;.</source>
        <translation>Geben Sie die Adresse ein, die mit „401 Unauthorized“ antwortet, oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Auth Doctor checks web addresses (http:// or https://), not &quot;%1:&quot; addresses.</source>
        <translation>Auth Doctor prüft Webadressen (http:// oder https://), keine „%1:“-Adressen.</translation>
    </message>
    <message>
        <source>The address has no server name. It should look like https://example.com/page.</source>
        <translation>Die Adresse enthält keinen Servernamen. Eine Adresse sieht zum Beispiel so aus: https://example.com/page.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid. Check it for typing mistakes.</source>
        <translation>Der Servername „%1“ ist ungültig. Prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>The port number is not valid. It must be a number from 1 to 65535, as in https://example.com:8443/.</source>
        <translation>Die Portnummer ist ungültig. Erlaubt ist eine Zahl von 1 bis 65535, wie in https://example.com:8443/.</translation>
    </message>
    <message>
        <source>This is not a valid web address. It should look like https://example.com/page.</source>
        <translation>Das ist keine gültige Webadresse. Eine Adresse sieht zum Beispiel so aus: https://example.com/page.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>[ok]</source>
        <translation>[OK]</translation>
    </message>
    <message>
        <source>[info]</source>
        <translation>[Info]</translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation>[Warnung]</translation>
    </message>
    <message>
        <source>[problem]</source>
        <translation>[Problem]</translation>
    </message>
    <message>
        <source>Auth Doctor %1: %2</source>
        <translation>Auth Doctor %1: %2</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished.</source>
        <translation>Die Diagnose wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>First step: %1</source>
        <translation>Erster Schritt: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <translation>Technische Details:</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation>verminderte Leistung</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>teilweiser Ausfall</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation>schwerer Ausfall</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <source>DNS, connect and TLS</source>
        <translation>DNS, Verbindungsaufbau und TLS</translation>
    </message>
    <message>
        <source>DNS and connect</source>
        <translation>DNS und Verbindungsaufbau</translation>
    </message>
    <message>
        <source>first byte</source>
        <translation>erstes Byte</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Addresses tried:</source>
        <translation>Versuchte Adressen:</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Status page: %1</source>
        <translation>Statusseite: %1</translation>
    </message>
    <message>
        <source>Page updated: %1</source>
        <translation>Seite aktualisiert: %1</translation>
    </message>
    <message>
        <source>Read: %1%2</source>
        <translation>Gelesen: %1%2</translation>
    </message>
    <message>
        <source>(from the last minute&apos;s answer)</source>
        <translation>(aus der Antwort der letzten Minute)</translation>
    </message>
    <message>
        <source>Affected components: none</source>
        <translation>Betroffene Komponenten: keine</translation>
    </message>
    <message>
        <source>Affected components:</source>
        <translation>Betroffene Komponenten:</translation>
    </message>
    <message>
        <source>[sign-in]</source>
        <translation>[Anmeldung]</translation>
    </message>
    <message>
        <source>Incidents: none</source>
        <translation>Störungen: keine</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>Störungen:</translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation>Auswirkung %1</translation>
    </message>
    <message>
        <source>Latest update, %1:</source>
        <translation>Letzte Meldung, %1:</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Maintenance: none planned</source>
        <translation>Wartung: keine geplant</translation>
    </message>
    <message>
        <source>Maintenance (your time):</source>
        <translation>Wartung (Ihre Ortszeit):</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>time not given</source>
        <translation>Zeit nicht angegeben</translation>
    </message>
    <message>
        <source>[under way]</source>
        <translation>[läuft gerade]</translation>
    </message>
    <message>
        <source>redirect %1: </source>
        <translation>Weiterleitung %1: </translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>(from the program&apos;s cache)</source>
        <translation>(aus dem Zwischenspeicher des Programms)</translation>
    </message>
    <message>
        <source>Timings: %1</source>
        <translation>Zeiten: %1</translation>
    </message>
    <message>
        <source>Not sent on this hop: %1</source>
        <translation>Bei diesem Schritt nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Kopfzeilen der Anfrage:</translation>
    </message>
    <message>
        <source>Response headers:</source>
        <translation>Kopfzeilen der Antwort:</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Auth Doctor report</source>
        <translation>Auth-Doctor-Bericht</translation>
    </message>
    <message>
        <source>Generated: %1 (%2)</source>
        <translation>Erstellt: %1 (%2)</translation>
    </message>
    <message>
        <source>Program: %1 %2 on %3</source>
        <translation>Programm: %1 %2 auf %3</translation>
    </message>
    <message>
        <source>Diagnosis started: %1, took %2 ms</source>
        <translation>Diagnose begonnen: %1, Dauer %2 ms</translation>
    </message>
    <message>
        <source>User names are hidden in this report.</source>
        <translation>Benutzernamen sind in diesem Bericht verborgen.</translation>
    </message>
    <message>
        <source>Passwords, tokens, keys and cookie values are hidden in this report.</source>
        <translation>Passwörter, Tokens, Schlüssel und Cookie-Werte sind in diesem Bericht verborgen.</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
    <message>
        <source>Service status page</source>
        <translation>Statusseite des Dienstes</translation>
    </message>
    <message>
        <source>Not looked up.</source>
        <translation>Nicht abgefragt.</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Exchanges (%1)</source>
        <translation>Anfragen und Antworten (%1)</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Reading the token</source>
        <translation>Token wird gelesen</translation>
    </message>
</context>
<context>
    <name>TokenLint</name>
    <message>
        <source>The value is %1 characters long; Auth Doctor reads tokens and keys up to %2 characters.</source>
        <translation>Der Wert ist %1 Zeichen lang; Auth Doctor liest Tokens und Schlüssel bis zu %2 Zeichen.</translation>
    </message>
    <message>
        <source>Character %1 is %2; tokens and keys are plain ASCII.</source>
        <translation>Zeichen %1 ist %2; Tokens und Schlüssel bestehen nur aus ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>A Basic value is base64 of &quot;name:password&quot;; this one has a &quot;:&quot; and is not encoded.</source>
        <translation>Ein Basic-Wert ist „Benutzername:Passwort“ in base64; dieser enthält einen Doppelpunkt („:“) und ist nicht codiert.</translation>
    </message>
    <message>
        <source>Character %1 cannot appear in base64.</source>
        <translation>Zeichen %1 kann in base64 nicht vorkommen.</translation>
    </message>
    <message>
        <source>%1 characters cannot be base64: a part is missing or was cut off.</source>
        <translation>%1 Zeichen können kein gültiges base64 sein: Ein Teil fehlt oder wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The &quot;=&quot; padding at the end of the base64 is missing.</source>
        <translation>Die Auffüllung mit „=“ am Ende des base64-Werts fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>The base64 decodes to %n byte(s) without a &quot;:&quot; between name and password.</source>
        <translation>
            <numerusform>Der base64-Wert ergibt decodiert %n Byte ohne Doppelpunkt („:“) zwischen Name und Passwort.</numerusform>
            <numerusform>Der base64-Wert ergibt decodiert %n Bytes ohne Doppelpunkt („:“) zwischen Name und Passwort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateSignInDialog</name>
    <message>
        <source>Update saved sign-in</source>
        <translation>Gespeicherte Anmeldung aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Type the new token for %1. It replaces the one in your keychain.</source>
        <translation>Geben Sie das neue Token für %1 ein. Es ersetzt das Token in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;New token:</source>
        <translation>&amp;Neues Token:</translation>
    </message>
    <message>
        <source>Type the new API key for %1. It replaces the one in your keychain.</source>
        <translation>Geben Sie den neuen API-Schlüssel für %1 ein. Er ersetzt den Schlüssel in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;New API key:</source>
        <translation>&amp;Neuer API-Schlüssel:</translation>
    </message>
    <message>
        <source>Type the new password of “%1” for %2. It replaces the one in your keychain.</source>
        <translation>Geben Sie das neue Passwort von „%1“ für %2 ein. Es ersetzt das Passwort in Ihrem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Auth Doctor finds out why a web address answers “401 Unauthorized” and what you can do about it. Pick what fits you best: it decides how technical the answers get.</source>
        <translation>Auth Doctor findet heraus, warum eine Webadresse mit „401 Unauthorized“ antwortet und was Sie dagegen tun können. Wählen Sie, was am besten zu Ihnen passt: Davon hängt ab, wie technisch die Antworten ausfallen.</translation>
    </message>
    <message>
        <source>I use a website or an app</source>
        <translation>Ich nutze eine Website oder App</translation>
    </message>
    <message>
        <source>I see 401 in my browser or an app</source>
        <translation>Ich sehe 401 im Browser oder in einer App</translation>
    </message>
    <message>
        <source>I am a developer</source>
        <translation>Ich bin Entwickler</translation>
    </message>
    <message>
        <source>I call an API with a key or token</source>
        <translation>Ich rufe eine API mit Schlüssel oder Token auf</translation>
    </message>
    <message>
        <source>I am an administrator</source>
        <translation>Ich bin Administrator</translation>
    </message>
    <message>
        <source>I run the server</source>
        <translation>Ich betreibe den Server</translation>
    </message>
    <message>
        <source>&amp;Saved sign-ins…</source>
        <translation>&amp;Gespeicherte Anmeldungen…</translation>
    </message>
    <message>
        <source>See, update or delete the sign-ins Auth Doctor keeps in your keychain</source>
        <translation>Anmeldungen ansehen, aktualisieren oder löschen, die Auth Doctor in Ihrem Schlüsselbund aufbewahrt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Auth Doctor</source>
        <translation>Auth Doctor</translation>
    </message>
    <message>
        <source>Finds out why a web address answers “401 Unauthorized”, and how to fix it.</source>
        <translation>Findet heraus, warum eine Webadresse mit „401 Unauthorized“ antwortet und wie Sie das beheben.</translation>
    </message>
    <message>
        <source>The web address that answers 401 Unauthorized.</source>
        <translation>Die Webadresse, die mit 401 Unauthorized antwortet.</translation>
    </message>
</context>
</TS>
