<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatApproval</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="21"/>
        <source>This request is estimated to cost %1 on %2 (~%3 tokens in, %4 out). That is above the approval threshold of %5 set for profile &apos;%6&apos;.</source>
        <translation>Diese Anfrage kostet schätzungsweise %1 bei %2 (~%3 Tokens ein, %4 aus). Das liegt über der Freigabeschwelle von %5 des Profils „%6“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="28"/>
        <source>Profile &apos;%1&apos; has spent %2 of its monthly cap of %3 this month; this request (about %4) goes over it.</source>
        <translation>Profil „%1“ hat diesen Monat %2 seiner Monatsgrenze von %3 ausgegeben; diese Anfrage (etwa %4) geht darüber hinaus.</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="34"/>
        <source>Send it anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="40"/>
        <source>Not sent: the estimated cost of %1 is above the approval threshold of %2 of profile &apos;%3&apos;. Your text is still in the composer.</source>
        <translation>Nicht gesendet: Die geschätzten Kosten von %1 liegen über der Freigabeschwelle von %2 des Profils „%3“. Ihr Text steht noch im Eingabefeld.</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="44"/>
        <source>Not sent: it would take profile &apos;%1&apos; over its monthly cap of %2. Your text is still in the composer.</source>
        <translation>Nicht gesendet: Die Anfrage würde Profil „%1“ über seine Monatsgrenze von %2 bringen. Ihr Text steht noch im Eingabefeld.</translation>
    </message>
</context>
<context>
    <name>ChatErrorText</name>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="42"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1) and restart Tiergate, or pick another profile.</source>
        <translation>Setzen Sie LLM_GATEWAY_URL auf die Basis-URL Ihres Gateways (zum Beispiel http://localhost:4000/v1) und starten Sie Tiergate neu, oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="45"/>
        <source>Fix the provider or model in Profiles → Providers and Models.</source>
        <translation>Korrigieren Sie Anbieter oder Modell unter Profile → Anbieter und Modelle.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="47"/>
        <source>Wait for open circuits to close, or add fallback models to profile &apos;%1&apos; in Profiles.</source>
        <translation>Warten Sie, bis offene Schutzschalter schließen, oder fügen Sie dem Profil &apos;%1&apos; unter Profile Ausweichmodelle hinzu.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="51"/>
        <source>Wait a moment for the rate limit, then press Regenerate.</source>
        <translation>Warten Sie kurz auf das Ratenlimit und drücken Sie dann „Neu erzeugen“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="53"/>
        <source>Add fallback models to profile &apos;%1&apos; in Profiles.</source>
        <translation>Fügen Sie dem Profil &apos;%1&apos; unter Profile Ausweichmodelle hinzu.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="78"/>
        <source>%1 (provider %2)</source>
        <translation>%1 (Anbieter %2)</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="79"/>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="82"/>
        <source>The answer from %1 was cut off: %2 The partial text is kept; press Regenerate for a full answer.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2 Der Teiltext bleibt erhalten; klicken Sie auf „Neu generieren“ für eine vollständige Antwort.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="88"/>
        <source>No API key for %1: %2 Set the key (or change the provider&apos;s key reference in Profiles → Providers), then press Regenerate.</source>
        <translation>Kein API-Schlüssel für %1: %2 Hinterlegen Sie den Schlüssel (oder ändern Sie den Schlüsselverweis des Anbieters unter Profile → Anbieter) und klicken Sie dann auf „Neu generieren“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="91"/>
        <source>%1 refused the API key (HTTP %2): %3 Check that the key is valid and allowed to use this model, then press Regenerate.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2): %3 Prüfen Sie, ob der Schlüssel gültig ist und dieses Modell nutzen darf, und klicken Sie dann auf „Neu generieren“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="97"/>
        <source>Budget cap: %1 Choose a cheaper tier, or raise the cap or change its action in Profiles → %2 → Budget.</source>
        <translation>Budgetgrenze: %1 Wählen Sie eine günstigere Stufe, oder erhöhen Sie die Grenze bzw. ändern Sie ihre Aktion unter Profile → %2 → Budget.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="101"/>
        <source>The conversation is too long for %1: %2 Start a new conversation (Ctrl+N), edit it shorter, or pick a model with a larger context window (Ctrl+K).</source>
        <translation>Die Unterhaltung ist zu lang für %1: %2 Beginnen Sie eine neue Unterhaltung (Strg+N), kürzen Sie sie, oder wählen Sie ein Modell mit größerem Kontextfenster (Strg+K).</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="110"/>
        <source>Could not reach %1: %2 Check that the server is running and that the provider&apos;s base URL in Profiles → Providers is right, then press Regenerate.</source>
        <translation>%1 ist nicht erreichbar: %2 Prüfen Sie, ob der Server läuft und die Basis-URL des Anbieters unter Profile → Anbieter stimmt, und klicken Sie dann auf „Neu generieren“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="116"/>
        <source>%1 did not answer in time: %2 Press Regenerate to try again, or raise the profile&apos;s timeouts in Profiles.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2 Klicken Sie auf „Neu generieren“, um es erneut zu versuchen, oder erhöhen Sie die Timeouts des Profils unter Profile.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="123"/>
        <source>%1 is rate limiting requests (HTTP 429): %2 Wait a moment, then press Regenerate.</source>
        <translation>%1 drosselt die Anfragen (HTTP 429): %2 Warten Sie einen Moment und klicken Sie dann auf „Neu generieren“.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="125"/>
        <source>%1 failed (HTTP %2): %3 Press Regenerate to try again; a fallback model in the profile&apos;s chain would take over automatically.</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2): %3 Klicken Sie auf „Neu generieren“, um es erneut zu versuchen; ein Fallback-Modell in der Kette des Profils würde automatisch übernehmen.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="131"/>
        <source>%1 rejected the request (HTTP %2): %3 Check the model id and the parameters in the side panel (temperature, top p, max tokens, stop).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3 Prüfen Sie die Modell-ID und die Parameter in der Seitenleiste (Temperatur, Top p, Max. Tokens, Stop).</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="137"/>
        <source>The answer of %1 could not be understood: %2 Press Regenerate; if it keeps happening, the server is not OpenAI-compatible.</source>
        <translation>Die Antwort von %1 war nicht verständlich: %2 Klicken Sie auf „Neu generieren“; tritt das wiederholt auf, ist der Server nicht OpenAI-kompatibel.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="141"/>
        <source>The answer from %1 was cut off: %2 Press Regenerate for a full answer.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2 Klicken Sie auf „Neu generieren“ für eine vollständige Antwort.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="145"/>
        <source>%1 Fix it in Profiles.</source>
        <translation>%1 Beheben Sie das unter Profile.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="147"/>
        <source>The answer from %1 was stopped: %2 What arrived is kept; raise the provider&apos;s size limits in Profiles → Providers if such answers are expected.</source>
        <translation>Die Antwort von %1 wurde gestoppt: %2 Das Empfangene bleibt erhalten; erhöhen Sie die Größenlimits des Anbieters unter Profile → Anbieter, wenn solche Antworten zu erwarten sind.</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="151"/>
        <source>The answer from %1 could not be decompressed: %2</source>
        <translation>Die Antwort von %1 konnte nicht dekomprimiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="22"/>
        <source>The file is not JSON: %1.</source>
        <translation>Die Datei ist kein JSON: %1.</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="26"/>
        <source>The file is not an exported conversation: it has no &quot;messages&quot; list.</source>
        <translation>Die Datei ist keine exportierte Unterhaltung: Sie hat keine &quot;messages&quot;-Liste.</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="28"/>
        <source>Imported conversation</source>
        <translation>Importierte Unterhaltung</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="32"/>
        <source>Could not create the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="173"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="182"/>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>Die Unterhaltungsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="288"/>
        <source>The conversation database %1 was written by a newer Tiergate (schema %2, this version reads up to %3).</source>
        <translation>Die Unterhaltungsdatenbank %1 wurde von einer neueren Tiergate-Version geschrieben (Schema %2, diese Version liest bis %3).</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="653"/>
        <source>The answer was interrupted because Tiergate closed while it arrived; the text received until then is kept.</source>
        <translation>Die Antwort wurde unterbrochen, weil Tiergate während des Empfangs beendet wurde; der bis dahin empfangene Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../core/export/exportformat.cpp" line="50"/>
        <source>Tiergate JSON (headless)</source>
        <translation>Tiergate-JSON (Headless)</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="52"/>
        <source>LiteLLM config.yaml</source>
        <translation>LiteLLM config.yaml</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="54"/>
        <source>Portkey config JSON</source>
        <translation>Portkey-Konfiguration (JSON)</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="56"/>
        <source>TypeScript GatewayConfig module</source>
        <translation>TypeScript-Modul GatewayConfig</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="58"/>
        <source>.env (variable names)</source>
        <translation>.env (Variablennamen)</translation>
    </message>
</context>
<context>
    <name>KeyRef</name>
    <message>
        <location filename="../core/config/keyref.cpp" line="65"/>
        <source>key reference &apos;%1&apos; is not env:NAME, keychain:NAME or file:PATH (a key value never belongs in the configuration)</source>
        <translation>Der Schlüsselverweis „%1“ ist weder env:NAME noch keychain:NAME noch file:PATH (ein Schlüsselwert gehört nie in die Konfiguration)</translation>
    </message>
</context>
<context>
    <name>MessageParts</name>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>Thinking</source>
        <translation>Denkprozess</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/messageparts.cpp" line="52"/>
        <source>The model called %n tool(s):</source>
        <translation>
            <numerusform>Das Modell hat %n Tool aufgerufen:</numerusform>
            <numerusform>Das Modell hat %n Tools aufgerufen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="60"/>
        <source>%1 — the arguments are not valid JSON (shown as sent)</source>
        <translation>%1 — die Argumente sind kein gültiges JSON (so gezeigt, wie gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="79"/>
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>ProviderStatus</name>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="11"/>
        <location filename="../core/config/providerstatus.cpp" line="15"/>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="17"/>
        <source>Simulator (simulated models) at %1</source>
        <translation>Simulator (simulierte Modelle) unter %1</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="21"/>
        <source>%1: no URL; set LLM_GATEWAY_URL and restart Tiergate</source>
        <translation>%1: keine URL; LLM_GATEWAY_URL setzen und Tiergate neu starten</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="22"/>
        <source>%1: no base URL; set it in Profiles → Providers</source>
        <translation>%1: keine Basis-URL; unter Profile → Anbieter eintragen</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="24"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>RequestEstimate</name>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="25"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation>Das Profil „%1“ ist nicht in der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="41"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation>Das Profil „%1“ hat kein Modell, an das geroutet werden kann.</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="69"/>
        <source>No estimate: %1</source>
        <translation>Keine Schätzung: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="71"/>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="72"/>
        <source>up to %1 out (max tokens)</source>
        <translation>bis zu %1 aus (Max. Tokens)</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="73"/>
        <source>~%1 out (typical answer)</source>
        <translation>~%1 aus (typische Antwort)</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="74"/>
        <source>Estimate: ≈ %1 on %2 — ~%3 tokens in + %4</source>
        <translation>Schätzung: ≈ %1 bei %2 — ~%3 Tokens ein + %4</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="77"/>
        <source>(no catalog price: flat rate)</source>
        <translation>(kein Katalogpreis: Pauschalsatz)</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="80"/>
        <source>— above the approval threshold of %1 of profile &apos;%2&apos;</source>
        <translation>— über der Freigabeschwelle von %1 des Profils „%2“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Workbench and gateway for OpenAI-compatible LLM APIs.</source>
        <translation>Werkbank und Gateway für OpenAI-kompatible LLM-APIs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>Save a PNG of the main window to &lt;file&gt; and quit.</source>
        <translation>Ein PNG des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>Open on panel &lt;name&gt; (chat, compare, profiles, chart, costs, experiments[/results|vote|decision]).</source>
        <translation>Mit Bereich &lt;name&gt; öffnen (chat, compare, profiles, chart, costs, experiments[/results|vote|decision]).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="120"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation>Farbschema: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>Configuration file (default: the user&apos;s).</source>
        <translation>Konfigurationsdatei (Standard: die des Benutzers).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="125"/>
        <source>Folder for the ledger, conversations and logs (default: the user&apos;s data folder).</source>
        <translation>Ordner für Kostenjournal, Unterhaltungen und Protokolle (Standard: der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="129"/>
        <source>Send &lt;n&gt; prompts through the active profile at start, to see routing at work.</source>
        <translation>Beim Start &lt;n&gt; Prompts über das aktive Profil senden, um das Routing in Aktion zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="133"/>
        <source>Send &lt;text&gt; in a new chat at start.</source>
        <translation>Beim Start &lt;text&gt; in einem neuen Chat senden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="135"/>
        <source>Print the time from process start to the first paint and the memory use 2 s later, then quit.</source>
        <translation>Die Zeit vom Prozessstart bis zum ersten Zeichnen und den Speicherverbrauch 2 s später ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="138"/>
        <source>With --screenshot: the window&apos;s size, e.g. 1024x700 (default 1280x800).</source>
        <translation>Mit --screenshot: die Fenstergröße, z. B. 1024x700 (Standard 1280x800).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="141"/>
        <source>Language of the interface: en, de or zh_CN (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, de oder zh_CN (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="144"/>
        <source>Preferences file (default: the user&apos;s settings.ini).</source>
        <translation>Einstellungsdatei (Standard: settings.ini des Benutzers).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="248"/>
        <source>Could not open the column in Chat: %1</source>
        <translation>Die Spalte konnte nicht im Chat geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="314"/>
        <source>Ledger unavailable: %1</source>
        <translation>Kostenjournal nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="323"/>
        <source>Tiergate alert</source>
        <translation>Tiergate-Warnung</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="331"/>
        <source>The configuration %1 has errors and was not loaded; the built-in configuration is in use.</source>
        <translation>Die Konfiguration %1 enthält Fehler und wurde nicht geladen; die eingebaute Konfiguration ist aktiv.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="362"/>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="367"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>Die Konfiguration konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="372"/>
        <source>Added %1 with %2 models; profile &apos;%3&apos; is active.</source>
        <translation>%1 mit %2 Modellen hinzugefügt; Profil „%3“ ist aktiv.</translation>
    </message>
</context>
<context>
    <name>tiergate</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="299"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="353"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="359"/>
        <location filename="../core/config/configjson.cpp" line="449"/>
        <location filename="../core/config/configjson.cpp" line="473"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="393"/>
        <source>must be a list of numbers</source>
        <translation>muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="400"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="472"/>
        <source>is null, but an object with its settings is required here</source>
        <translation>ist null, hier ist aber ein Objekt mit den Einstellungen erforderlich</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="556"/>
        <source>appears twice in the same object; only one value per setting is allowed (JSON readers would silently keep the last one)</source>
        <translation>kommt im selben Objekt zweimal vor; pro Einstellung ist nur ein Wert erlaubt (JSON-Parser würden stillschweigend den letzten behalten)</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="28"/>
        <source>Ledger schema statement failed: %1</source>
        <translation>Anweisung des Kostenjournal-Schemas fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="32"/>
        <source>Profile &apos;%1&apos;: fallback rate back to %2 (threshold %3).</source>
        <translation>Profil „%1“: Fallback-Rate wieder bei %2 (Schwelle %3).</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="33"/>
        <source>Profile &apos;%1&apos;: fallback rate %2 is above %3.</source>
        <translation>Profil „%1“: Fallback-Rate %2 liegt über %3.</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="36"/>
        <source>Profile &apos;%1&apos;: error rate back to %2 (threshold %3).</source>
        <translation>Profil „%1“: Fehlerrate wieder bei %2 (Schwelle %3).</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="37"/>
        <source>Profile &apos;%1&apos;: error rate %2 is above %3.</source>
        <translation>Profil „%1“: Fehlerrate %2 liegt über %3.</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="40"/>
        <source>Profile &apos;%1&apos;: p95 latency back to %2 ms (threshold %3 ms).</source>
        <translation>Profil „%1“: p95-Latenz wieder bei %2 ms (Schwelle %3 ms).</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="41"/>
        <source>Profile &apos;%1&apos;: p95 latency %2 ms is above %3 ms.</source>
        <translation>Profil „%1“: p95-Latenz %2 ms liegt über %3 ms.</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="46"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 is back under the cap of %3.</source>
        <translation>Profil „%1“: Monatsausgaben %2 liegen wieder unter der Grenze von %3.</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="47"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 has reached the cap of %3.</source>
        <translation>Profil „%1“: Monatsausgaben %2 haben die Grenze von %3 erreicht.</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="34"/>
        <source>base URL of the LLM gateway (read by the TypeScript module)</source>
        <translation>Basis-URL des LLM-Gateways (vom TypeScript-Modul gelesen)</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="62"/>
        <source>base URL of the LLM gateway (provider &apos;%1&apos;)</source>
        <translation>Basis-URL des LLM-Gateways (Anbieter „%1“)</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="65"/>
        <source>base URL of provider &apos;%1&apos;</source>
        <translation>Basis-URL des Anbieters „%1“</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="70"/>
        <source>API key of provider &apos;%1&apos;</source>
        <translation>API-Schlüssel des Anbieters „%1“</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="73"/>
        <location filename="../core/export/envexporter.cpp" line="94"/>
        <source>the key is kept in &apos;%1&apos;; on the server set %2 instead.</source>
        <translation>der Schlüssel liegt in „%1“; setzen Sie auf dem Server stattdessen %2.</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="77"/>
        <source>address of the Portkey gateway the Portkey runner forwards to (default http://127.0.0.1:8787)</source>
        <translation>Adresse des Portkey-Gateways, an das der Portkey-Runner weiterleitet (Standard http://127.0.0.1:8787)</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="78"/>
        <source>port the Portkey runner listens on (default 8788)</source>
        <translation>Port, auf dem der Portkey-Runner lauscht (Standard 8788)</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="88"/>
        <source>key of team &apos;%1&apos; for tier &apos;%2&apos;</source>
        <translation>Schlüssel von Team „%1“ für Stufe „%2“</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="90"/>
        <source>, rotate by %1</source>
        <translation>, rotieren bis %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="58"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="59"/>
        <location filename="../core/chat/conversationexport.cpp" line="46"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="71"/>
        <source>Portkey allows at most %1 retry attempts; %2 retries are exported as %1.</source>
        <translation>Portkey erlaubt höchstens %1 Wiederholungsversuche; %2 Wiederholungen werden als %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="79"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of the targets.</source>
        <translation>Modell „%1“ hat keinen bekannten Anbieter; es wird bei den Targets weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="103"/>
        <source>Portkey needs the Azure resource name (https://RESOURCE.openai.azure.com); add resource_name to the targets by hand.</source>
        <translation>Portkey benötigt den Azure-Ressourcennamen (https://RESOURCE.openai.azure.com); fügen Sie resource_name von Hand zu den Targets hinzu.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="115"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set custom_host of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation>Die Adresse des Simulators ist nur bekannt, solange Tiergate läuft; setzen Sie custom_host von „%1“ auf die Adresse von „tiergate-cli sim“.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="118"/>
        <source>the provider has no base URL; set custom_host of &apos;%1&apos; by hand.</source>
        <translation>der Anbieter hat keine Basis-URL; setzen Sie custom_host von „%1“ von Hand.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="122"/>
        <source>Portkey needs the %1 credentials and region of this target; add them to the targets by hand.</source>
        <translation>Portkey benötigt die %1-Zugangsdaten und die Region dieses Targets; fügen Sie sie von Hand zu den Targets hinzu.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="131"/>
        <source>the runner reads keys from the environment only: set %1 to the key Tiergate keeps in &apos;%2&apos;.</source>
        <translation>der Runner liest Schlüssel nur aus der Umgebung: setzen Sie %1 auf den Schlüssel, den Tiergate in „%2“ verwahrt.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="135"/>
        <source>extra headers cannot be set per target in a Portkey config; send them with the request.</source>
        <translation>Zusätzliche Header lassen sich in einer Portkey-Konfiguration nicht pro Target setzen; senden Sie sie mit der Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="143"/>
        <source>%1 wins %2 % of votes against %3</source>
        <translation>%1 gewinnt %2 % der Stimmen gegen %3</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="144"/>
        <source>%1 rates %2 against %3&apos;s %4</source>
        <translation>%1 erreicht eine Wertung von %2 gegenüber %4 von %3</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="151"/>
        <source>%1 scores %2 against %3&apos;s %4 (judge)</source>
        <translation>%1 erzielt %2 gegenüber %4 von %3 (Bewerter)</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="156"/>
        <source>%1 passes %2 % of the checks against %3&apos;s %4 %</source>
        <translation>%1 besteht %2 % der Prüfungen gegenüber %4 % von %3</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="168"/>
        <source>No quality signal yet: vote on answers, run a judge, or add checks to the prompt set.</source>
        <translation>Noch kein Qualitätssignal: Stimmen Sie über Antworten ab, lassen Sie einen Bewerter laufen oder fügen Sie dem Prompt-Set Prüfungen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="181"/>
        <source>No column answered successfully.</source>
        <translation>Keine Spalte hat erfolgreich geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="194"/>
        <source>%1 at %2 % of its cost; p95 %3 vs %4.</source>
        <translation>%1 bei %2 % der Kosten; p95 %3 gegenüber %4.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="208"/>
        <source>%1 is the only column with answers.</source>
        <translation>%1 ist die einzige Spalte mit Antworten.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="210"/>
        <source>%1 is at least as good as every other column and the cheapest: %2, at %3 % of its cost; p95 %4 vs %5.</source>
        <translation>%1 ist mindestens so gut wie jede andere Spalte und am günstigsten: %2, bei %3 % der Kosten; p95 %4 gegenüber %5.</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="25"/>
        <source>%1: &quot;checks&quot; must be a list</source>
        <translation>%1: &quot;checks&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="33"/>
        <source>%1: checks[%2]: %3</source>
        <translation>%1: checks[%2]: %3</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="19"/>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="21"/>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="21"/>
        <source>alias in tier %1</source>
        <translation>Alias in Stufe %1</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="24"/>
        <source>tier default</source>
        <translation>Stufenstandard</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="24"/>
        <source>default of tier %1</source>
        <translation>Standard der Stufe %1</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="25"/>
        <source>not in the tier, its default</source>
        <translation>nicht in der Stufe, ihr Standard</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="25"/>
        <source>not in tier %1, its default</source>
        <translation>nicht in Stufe %1, ihr Standard</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="25"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="44"/>
        <source>fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="48"/>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="50"/>
        <source>%1 tokens in / %2 out</source>
        <translation>%1 Tokens ein / %2 aus</translation>
    </message>
</context>
<context>
    <name>tiergate::AlertBanner</name>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="31"/>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="33"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="35"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/alertbanner.cpp" line="75"/>
        <source>The configuration %1 has %n error(s) and was not loaded; the last good configuration stays in use.</source>
        <translation>
            <numerusform>Die Konfiguration %1 enthält %n Fehler und wurde nicht geladen; die letzte gültige Konfiguration bleibt aktiv.</numerusform>
            <numerusform>Die Konfiguration %1 enthält %n Fehler und wurde nicht geladen; die letzte gültige Konfiguration bleibt aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="96"/>
        <source>(%1 more active)</source>
        <translation>(%1 weitere aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="115"/>
        <source>Alert history</source>
        <translation>Warnungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="121"/>
        <source>%1  cleared: %2</source>
        <translation>%1  aufgehoben: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="121"/>
        <source>%1  raised: %2</source>
        <translation>%1  ausgelöst: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::AnswerCheck</name>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="38"/>
        <source>does not contain &quot;%1&quot;</source>
        <translation>enthält „%1“ nicht</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="42"/>
        <source>the regular expression is not valid: %1</source>
        <translation>der reguläre Ausdruck ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="45"/>
        <source>does not match /%1/</source>
        <translation>passt nicht auf /%1/</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="51"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="61"/>
        <source>%1 characters, more than %2</source>
        <translation>%1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="70"/>
        <source>contains &quot;%1&quot;</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="72"/>
        <source>matches /%1/</source>
        <translation>passt auf /%1/</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="74"/>
        <source>valid JSON (schema)</source>
        <translation>gültiges JSON (Schema)</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="76"/>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="93"/>
        <source>&quot;regex&quot; is not a valid regular expression: %1</source>
        <translation>&quot;regex&quot; ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="98"/>
        <source>&quot;json_schema&quot; must be a JSON Schema object</source>
        <translation>&quot;json_schema&quot; muss ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="103"/>
        <source>&quot;max_length&quot; must be a positive number</source>
        <translation>&quot;max_length&quot; muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="105"/>
        <source>a check is one of {&quot;contains&quot;: text}, {&quot;regex&quot;: pattern}, {&quot;json_schema&quot;: schema}, {&quot;max_length&quot;: number}</source>
        <translation>eine Prüfung ist eine von {&quot;contains&quot;: text}, {&quot;regex&quot;: pattern}, {&quot;json_schema&quot;: schema}, {&quot;max_length&quot;: number}</translation>
    </message>
</context>
<context>
    <name>tiergate::AttachmentStrip</name>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="43"/>
        <source>Attach image…</source>
        <translation>Bild anhängen…</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="47"/>
        <source>Attach images to the next message (you can also paste or drop them into the message)</source>
        <translation>Bilder an die nächste Nachricht anhängen (Sie können sie auch einfügen oder in die Nachricht ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="72"/>
        <location filename="../ui/chat/attachmentstrip.cpp" line="109"/>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ist größer als %2 MB und wurde nicht angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="80"/>
        <source>%1 (%2 × %3) — click to remove</source>
        <translation>%1 (%2 × %3) — zum Entfernen klicken</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="92"/>
        <source>The pasted data is not an image.</source>
        <translation>Die eingefügten Daten sind kein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="99"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="112"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="117"/>
        <source>%1 is not an image Tiergate can read.</source>
        <translation>%1 ist kein Bild, das Tiergate lesen kann.</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="155"/>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="155"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>tiergate::BackgroundQueue</name>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="146"/>
        <source>Cannot open the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="155"/>
        <source>Cannot lock the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="166"/>
        <source>Cannot create the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="204"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="221"/>
        <source>Cannot import the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="215"/>
        <source>Cannot move the former background queue %1 aside.</source>
        <translation>Die bisherige Hintergrund-Warteschlange %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="225"/>
        <source>The background queue %1 was damaged (%2); it is kept as %3.</source>
        <translation>Die Hintergrund-Warteschlange %1 war beschädigt (%2); sie wird als %3 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="239"/>
        <source>Cannot read the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="279"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="292"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="303"/>
        <source>Cannot write the background queue %1: %2</source>
        <translation>Die Hintergrund-Warteschlange %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchPrompt</name>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="70"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="78"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="85"/>
        <source>%1: the prompt is empty</source>
        <translation>%1: der Prompt ist leer</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="92"/>
        <source>%1: expected a &quot;prompt&quot; string or a &quot;messages&quot; array</source>
        <translation>%1: erwartet wird ein String „prompt“ oder ein Array „messages“</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="102"/>
        <source>messages[%1] is not an object</source>
        <translation>messages[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="109"/>
        <source>the messages array is empty</source>
        <translation>das Array „messages“ ist leer</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchResultsModel</name>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="81"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="82"/>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="86"/>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="88"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="104"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="106"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="110"/>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="112"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="114"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="116"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="118"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchRun</name>
    <message>
        <location filename="../core/compare/batchrun.cpp" line="147"/>
        <source>Could not save the batch progress in %1.</source>
        <translation>Der Batch-Fortschritt konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tiergate::BlindVoteWidget</name>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="31"/>
        <source>Answer A</source>
        <translation>Antwort A</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="33"/>
        <source>Answer B</source>
        <translation>Antwort B</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="47"/>
        <source>A is better (1)</source>
        <translation>A ist besser (1)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="48"/>
        <source>B is better (2)</source>
        <translation>B ist besser (2)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="49"/>
        <source>Tie (3)</source>
        <translation>Unentschieden (3)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="50"/>
        <source>Both bad (4)</source>
        <translation>Beide schlecht (4)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="65"/>
        <source>Run an experiment with two or more columns to vote on its answers.</source>
        <translation>Führen Sie ein Experiment mit zwei oder mehr Spalten aus, um über seine Antworten abzustimmen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="78"/>
        <source>No pair of answers to vote on yet.</source>
        <translation>Noch kein Antwortpaar zum Abstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="78"/>
        <source>Every pair has a vote.</source>
        <translation>Jedes Paar hat eine Stimme.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="83"/>
        <source>%1 of %2 pairs left. The columns are hidden and the sides shuffled.</source>
        <translation>%1 von %2 Paaren übrig. Die Spalten sind verborgen und die Seiten gemischt.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="84"/>
        <source>Every pair has a vote; this is another round (%1 votes).</source>
        <translation>Jedes Paar hat eine Stimme; dies ist eine weitere Runde (%1 Stimmen).</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetAlertTracker</name>
    <message>
        <location filename="../core/cost/budgetalerttracker.cpp" line="56"/>
        <source>Profile &apos;%1&apos; has used %2 % of its monthly budget cap of %3 (%4 spent).</source>
        <translation>Profil „%1“ hat %2 % seiner monatlichen Budgetgrenze von %3 verbraucht (%4 ausgegeben).</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetBar</name>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="33"/>
        <source>%1 spent, no cap (projected %2)</source>
        <translation>%1 ausgegeben, keine Grenze (Prognose %2)</translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="36"/>
        <source>%1 of %2 (%3%), projected %4</source>
        <translation>%1 von %2 (%3 %), Prognose %4</translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="92"/>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetGuard</name>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="81"/>
        <source>Blocked: profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month).</source>
        <translation>Blockiert: Profil „%1“ hat seine monatliche Budgetgrenze von %2 erreicht (%3 diesen Monat ausgegeben).</translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="87"/>
        <source>Profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month); sending to the &apos;%4&apos; tier instead.</source>
        <translation>Profil „%1“ hat seine monatliche Budgetgrenze von %2 erreicht (%3 diesen Monat ausgegeben); stattdessen wird an die Stufe „%4“ gesendet.</translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="93"/>
        <source>Profile &apos;%1&apos; is over its monthly budget cap of %2 (%3 spent this month).</source>
        <translation>Profil „%1“ liegt über seiner monatlichen Budgetgrenze von %2 (%3 diesen Monat ausgegeben).</translation>
    </message>
</context>
<context>
    <name>tiergate::ChainBuilder</name>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="38"/>
        <source>Model &apos;%1&apos; is not in the model catalog.</source>
        <translation>Modell „%1“ ist nicht im Modellkatalog.</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="49"/>
        <source>Model &apos;%1&apos; names provider &apos;%2&apos;, which is not configured.</source>
        <translation>Modell „%1“ nennt den Anbieter „%2“, der nicht konfiguriert ist.</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="55"/>
        <source>Provider &apos;%1&apos; has no base URL.</source>
        <translation>Anbieter „%1“ hat keine Basis-URL.</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="60"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation>Der Circuit Breaker von %1/%2 ist nach wiederholten Fehlern offen.</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatCommand</name>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="78"/>
        <source>send a prompt through the router; answer on stdout, route and cost on stderr</source>
        <translation>einen Prompt über den Router senden; Antwort auf stdout, Route und Kosten auf stderr</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="85"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="86"/>
        <source>Configuration file.</source>
        <translation>Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="87"/>
        <source>Profile to route with.</source>
        <translation>Profil für das Routing.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="88"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation>Stufe statt der des Profils.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="92"/>
        <source>critical, standard or background.</source>
        <translation>critical, standard oder background.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="93"/>
        <source>Ask for the whole answer at once.</source>
        <translation>Die ganze Antwort auf einmal anfordern.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="95"/>
        <source>Folder of the ledger and the background queue (default: the one the app uses).</source>
        <translation>Ordner des Kostenjournals und der Hintergrund-Warteschlange (Standard: der der App).</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="97"/>
        <source>Do not record the request in the ledger (the budget cap is then not checked).</source>
        <translation>Die Anfrage nicht im Kostenjournal erfassen (die Budgetgrenze wird dann nicht geprüft).</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="100"/>
        <source>The prompt.</source>
        <translation>Der Prompt.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="117"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation>Ohne --config und --profile: das eingebaute Demo-Profil über einen prozessinternen Simulator.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="114"/>
        <source>Usage: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT</source>
        <translation>Aufruf: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="90"/>
        <source>Model to send to, as it is (pinned); the profile&apos;s fallback chain follows it.</source>
        <translation>Modell, an das unverändert gesendet wird (fixiert); die Fallback-Kette des Profils folgt danach.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="119"/>
        <source>Every request is recorded in the ledger the app reads, and the profile&apos;s budget cap is checked against it before sending.</source>
        <translation>Jede Anfrage wird im Kostenjournal erfasst, das die App liest, und die Budgetgrenze des Profils wird vor dem Senden daran geprüft.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="122"/>
        <source>--criticality background puts the request in the persisted background queue; when it fails for a retryable reason it stays queued and runs again with the next run.</source>
        <translation>--criticality background legt die Anfrage in die persistente Hintergrund-Warteschlange; scheitert sie aus einem wiederholbaren Grund, bleibt sie eingereiht und läuft beim nächsten Aufruf erneut.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="125"/>
        <source>Exit codes: 0 answered, 1 every route failed (or the request stays queued), 2 usage or configuration error.</source>
        <translation>Exit-Codes: 0 beantwortet, 1 alle Routen fehlgeschlagen (oder die Anfrage bleibt eingereiht), 2 Aufruf- oder Konfigurationsfehler.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="133"/>
        <source>a prompt is required.</source>
        <translation>ein Prompt ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="140"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation>--criticality muss critical, standard oder background sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="180"/>
        <source>route (profile %1):</source>
        <translation>Route (Profil %1):</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="185"/>
        <source>queued as background request %1 in %2</source>
        <translation>als Hintergrund-Anfrage %1 in %2 eingereiht</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="192"/>
        <source>The background request failed for a retryable reason; it stays queued and runs again after %1 with the next tiergate or tiergate-cli run.</source>
        <translation>Die Hintergrund-Anfrage ist aus einem wiederholbaren Grund fehlgeschlagen; sie bleibt eingereiht und läuft nach %1 beim nächsten Start von tiergate oder tiergate-cli erneut.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="216"/>
        <source>model %1 (%2), tier %3%4</source>
        <translation>Modell %1 (%2), Stufe %3%4</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="217"/>
        <source>, fallback</source>
        <translation>, Fallback</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="219"/>
        <source>latency %1 ms, TTFT %2 ms, retries %3</source>
        <translation>Latenz %1 ms, TTFT %2 ms, Wiederholungen %3</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="167"/>
        <source>Use --no-ledger to send without recording; the budget cap is then not checked.</source>
        <translation>Mit --no-ledger ohne Erfassung senden; die Budgetgrenze wird dann nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="221"/>
        <source> (%1 cached, %2 written to the cache)</source>
        <translation> (%1 aus dem Cache, %2 in den Cache geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="224"/>
        <source> (%1 cached)</source>
        <translation> (%1 aus dem Cache)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="227"/>
        <source> (%1 reasoning)</source>
        <translation> (%1 Reasoning)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="228"/>
        <source>usage %1%2 prompt%6 + %1%3 completion%7 = %1%4 tokens%5</source>
        <translation>Verbrauch %1%2 Prompt%6 + %1%3 Completion%7 = %1%4 Tokens%5</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="233"/>
        <source> (~ estimated: the server sent no usage)</source>
        <translation> (~ geschätzt: der Server hat keinen Verbrauch gemeldet)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="236"/>
        <source>cost %1%2</source>
        <translation>Kosten %1%2</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="237"/>
        <source> (no catalog price: flat estimate)</source>
        <translation> (kein Katalogpreis: pauschale Schätzung)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="239"/>
        <source>, provider reported %1</source>
        <translation>, vom Anbieter gemeldet %1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="241"/>
        <source> (price check: the catalog price differs by more than 1 %)</source>
        <translation> (Preisprüfung: der Katalogpreis weicht um mehr als 1 % ab)</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="245"/>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="247"/>
        <source>receipt: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="249"/>
        <source>budget cap reached: %1</source>
        <translation>Budgetgrenze erreicht: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="255"/>
        <source>The answer was cut after it began: %1</source>
        <translation>Die Antwort wurde nach Beginn abgeschnitten: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="259"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="263"/>
        <source>Every route failed: %1</source>
        <translation>Alle Routen sind fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatPanel</name>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="103"/>
        <location filename="../ui/chat/chatpanel.cpp" line="283"/>
        <source>Profile default</source>
        <translation>Profilstandard</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="158"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="167"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="168"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="169"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="210"/>
        <source>Message (Ctrl+Enter sends, Esc stops, Up edits the last message)</source>
        <translation>Nachricht (Strg+Eingabe sendet, Esc stoppt, ↑ bearbeitet die letzte Nachricht)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="222"/>
        <source>Choose the model for the next messages (Ctrl+K)</source>
        <translation>Modell für die nächsten Nachrichten wählen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="227"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="228"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="229"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="237"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="262"/>
        <location filename="../ui/chat/chatpanel.cpp" line="292"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="267"/>
        <location filename="../ui/chat/chatpanel.cpp" line="273"/>
        <location filename="../ui/chat/chatpanel.cpp" line="277"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="280"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="293"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="294"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="295"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="296"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="297"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="298"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="300"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="332"/>
        <source>Copied %1 characters.</source>
        <translation>%1 Zeichen kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="356"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="357"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="375"/>
        <location filename="../ui/chat/chatpanel.cpp" line="385"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="388"/>
        <source>Routes through profile %1</source>
        <translation>Routet über Profil %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="400"/>
        <source>%1 (the header&apos;s)</source>
        <translation>%1 (das der Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="458"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="513"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="569"/>
        <location filename="../ui/chat/chatpanel.cpp" line="573"/>
        <source>Not sent. %1</source>
        <translation>Nicht gesendet. %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="774"/>
        <source>%1 takes text only, so images cannot be sent to it. Pick a model that reads images (Ctrl+K).</source>
        <translation>%1 verarbeitet nur Text, daher können keine Bilder gesendet werden. Wählen Sie ein Modell, das Bilder liest (Strg+K).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="400"/>
        <source>the header&apos;s</source>
        <translation>das der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="504"/>
        <source>Profile: %1 (from the header; a new conversation keeps it)</source>
        <translation>Profil: %1 (aus der Kopfzeile; eine neue Unterhaltung behält es)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="510"/>
        <source>Profile: %1. This conversation routes through %1; the header&apos;s %2 applies to new conversations.</source>
        <translation>Profil: %1. Diese Unterhaltung routet über %1; das Profil %2 der Kopfzeile gilt für neue Unterhaltungen.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="514"/>
        <source>Use %1 here</source>
        <translation>Hier %1 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="523"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="525"/>
        <source>The conversation could not be created: %1</source>
        <translation>Die Unterhaltung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="620"/>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="625"/>
        <source>No answer. %1 Your message is saved.</source>
        <translation>Keine Antwort. %1 Ihre Nachricht ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="819"/>
        <source>Confirm the cost</source>
        <translation>Kosten bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="838"/>
        <source>Model: profile default (Ctrl+K)</source>
        <translation>Modell: Profilstandard (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="839"/>
        <source>Model: %1 (Ctrl+K)</source>
        <translation>Modell: %1 (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="878"/>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="878"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="879"/>
        <source>Conversation: %1, %2%3 tokens, %4</source>
        <translation>Unterhaltung: %1, %2%3 Tokens, %4</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="659"/>
        <source>Editing your last message; sending replaces it and what followed.</source>
        <translation>Sie bearbeiten Ihre letzte Nachricht; Senden ersetzt sie und alles danach.</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatParameters</name>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="62"/>
        <source>the schema is empty</source>
        <translation>das Schema ist leer</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="70"/>
        <source>a JSON schema is one JSON object ({ ... })</source>
        <translation>ein JSON-Schema ist ein JSON-Objekt ({ ... })</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="85"/>
        <source>tools are a JSON array ([ ... ])</source>
        <translation>Tools sind ein JSON-Array ([ ... ])</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="98"/>
        <source>tool %1 has no function.name</source>
        <translation>Tool %1 hat kein function.name</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="171"/>
        <source>The conversation could not be created: %1</source>
        <translation>Die Unterhaltung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="179"/>
        <source>Your edit could not be saved: %1</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="184"/>
        <source>Your message could not be saved, so it was not sent: %1</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="208"/>
        <source>The answer could not be stored: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::Checker</name>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="80"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (diese Tiergate-Version liest Version %2)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="89"/>
        <source>no default profile is set</source>
        <translation>kein Standardprofil festgelegt</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="91"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation>Profil „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="105"/>
        <source>%1 must be greater than zero (it is %2)</source>
        <translation>%1 muss größer als null sein (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="110"/>
        <source>%1 must not be negative (it is %2)</source>
        <translation>%1 darf nicht negativ sein (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="116"/>
        <source>%1 must not be negative (it is %2 USD)</source>
        <translation>%1 darf nicht negativ sein (aktuell %2 USD)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="130"/>
        <source>key file &apos;%1&apos; does not exist</source>
        <translation>Schlüsseldatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="137"/>
        <source>key file &apos;%1&apos; is readable by others; it will be refused until you run chmod 600 on it</source>
        <translation>Schlüsseldatei „%1“ ist für andere lesbar; sie wird abgelehnt, bis Sie chmod 600 darauf ausführen</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="140"/>
        <source>key file &apos;%1&apos; is not owned by you; it will be refused</source>
        <translation>Schlüsseldatei „%1“ gehört nicht Ihnen; sie wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="150"/>
        <location filename="../core/config/configvalidator.cpp" line="152"/>
        <source>the timeout</source>
        <translation>das Timeout</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="184"/>
        <source>a provider has no id</source>
        <translation>ein Anbieter hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="186"/>
        <source>provider id &apos;%1&apos; is used twice</source>
        <translation>Anbieter-ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="190"/>
        <source>the provider kind is empty</source>
        <translation>die Anbieterart ist leer</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="193"/>
        <source>&apos;%1&apos; is not a provider kind Tiergate knows; use one of: %2</source>
        <translation>„%1“ ist keine Tiergate bekannte Anbieterart; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="161"/>
        <source>an Azure provider needs the api-version its requests carry (e.g. 2024-10-21)</source>
        <translation>ein Azure-Anbieter braucht die api-version, die seine Anfragen mitsenden (z. B. 2024-10-21)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="167"/>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="172"/>
        <source>&apos;%1&apos; is not an Azure api-version; write a date such as 2024-10-21 or 2025-04-01-preview</source>
        <translation>„%1“ ist keine Azure-api-version; schreiben Sie ein Datum wie 2024-10-21 oder 2025-04-01-preview</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="175"/>
        <source>only Azure providers send an api-version; kind &apos;%1&apos; ignores it</source>
        <translation>nur Azure-Anbieter senden eine api-version; die Art „%1“ ignoriert sie</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="200"/>
        <source>provider &apos;gateway&apos; has no base URL; set LLM_GATEWAY_URL or baseUrl</source>
        <translation>Anbieter „gateway“ hat keine Basis-URL; setzen Sie LLM_GATEWAY_URL oder baseUrl</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="202"/>
        <source>provider &apos;%1&apos; has no base URL</source>
        <translation>Anbieter „%1“ hat keine Basis-URL</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="207"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="212"/>
        <source>the URL carries a user name or password (%1); put the key in apiKey as a reference instead, so it never lands in files or exports</source>
        <translation>die URL enthält einen Benutzernamen oder ein Passwort (%1); legen Sie den Schlüssel stattdessen als Verweis in apiKey ab, damit er nie in Dateien oder Exporten landet</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="217"/>
        <source>the concurrency limit</source>
        <translation>das Parallelitätslimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="220"/>
        <source>the line size limit</source>
        <translation>das Zeilengrößenlimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="222"/>
        <source>the event size limit</source>
        <translation>das Ereignisgrößenlimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="224"/>
        <source>the answer size limit</source>
        <translation>das Antwortgrößenlimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="228"/>
        <source>put the key in apiKey as a reference, not in a header</source>
        <translation>legen Sie den Schlüssel als Verweis in apiKey ab, nicht in einem Header</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="231"/>
        <source>is not a valid header name (only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are allowed; no spaces or control characters)</source>
        <translation>ist kein gültiger Header-Name (erlaubt sind nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~; keine Leer- oder Steuerzeichen)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="235"/>
        <source>the header value contains a control character (a line break would add headers of its own on the wire)</source>
        <translation>der Header-Wert enthält ein Steuerzeichen (ein Zeilenumbruch würde auf der Leitung eigene Header hinzufügen)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="248"/>
        <source>the model has no id</source>
        <translation>das Modell hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="250"/>
        <source>model &apos;%1&apos; is listed twice</source>
        <translation>Modell „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="253"/>
        <source>model &apos;%1&apos; names no provider</source>
        <translation>Modell „%1“ nennt keinen Anbieter</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="255"/>
        <location filename="../core/config/configvalidator.cpp" line="396"/>
        <source>provider &apos;%1&apos; does not exist</source>
        <translation>Anbieter „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="256"/>
        <source>the context window</source>
        <translation>das Kontextfenster</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="257"/>
        <source>the output limit</source>
        <translation>das Ausgabelimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="260"/>
        <source>the output limit %1 is larger than the context window %2</source>
        <translation>das Ausgabelimit %1 ist größer als das Kontextfenster %2</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="263"/>
        <location filename="../core/config/configvalidator.cpp" line="264"/>
        <source>the price</source>
        <translation>der Preis</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="266"/>
        <location filename="../core/config/configvalidator.cpp" line="268"/>
        <source>the price must not be negative</source>
        <translation>der Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="276"/>
        <source>the model name is empty</source>
        <translation>der Modellname ist leer</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="281"/>
        <source>model &apos;%1&apos; is not in the catalog</source>
        <translation>Modell „%1“ ist nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="285"/>
        <source>model &apos;%1&apos; is served by provider &apos;%2&apos;, which is not configured</source>
        <translation>Modell „%1“ wird vom Anbieter „%2“ bereitgestellt, der nicht konfiguriert ist</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="292"/>
        <source>no tier is set</source>
        <translation>keine Stufe festgelegt</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="296"/>
        <source>tier &apos;%1&apos; does not exist</source>
        <translation>Stufe „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="305"/>
        <source>a tier has no name</source>
        <translation>eine Stufe hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="307"/>
        <source>tier &apos;%1&apos; is defined twice</source>
        <translation>Stufe „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="322"/>
        <source>a team has no id</source>
        <translation>ein Team hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="324"/>
        <source>team &apos;%1&apos; is defined twice</source>
        <translation>Team „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="326"/>
        <source>the warning period</source>
        <translation>die Vorwarnzeit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="332"/>
        <source>the team key reference is empty</source>
        <translation>der Team-Schlüsselverweis ist leer</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="338"/>
        <source>the key was due for rotation on %1</source>
        <translation>der Schlüssel war am %1 zur Rotation fällig</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="341"/>
        <source>the key is due for rotation on %1 (in %2 days)</source>
        <translation>der Schlüssel ist am %1 zur Rotation fällig (in %2 Tagen)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="355"/>
        <source>a profile has no name</source>
        <translation>ein Profil hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="357"/>
        <source>profile &apos;%1&apos; is defined twice</source>
        <translation>Profil „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="366"/>
        <source>a fallback chain of %1 models can multiply latency and cost on an outage; two fallbacks are usually enough</source>
        <translation>eine Fallback-Kette aus %1 Modellen kann bei einem Ausfall Latenz und Kosten vervielfachen; zwei Fallbacks genügen meist</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="369"/>
        <source>the number of retries</source>
        <translation>die Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="372"/>
        <source>%1 retries per model is a lot</source>
        <translation>%1 Wiederholungen pro Modell sind viel</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="375"/>
        <source>the base delay</source>
        <translation>die Basisverzögerung</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="376"/>
        <source>the delay cap</source>
        <translation>die Verzögerungsobergrenze</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="379"/>
        <source>the delay cap %1 ms is below the base delay %2 ms</source>
        <translation>die Verzögerungsobergrenze %1 ms liegt unter der Basisverzögerung %2 ms</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="382"/>
        <source>jitter must be between 0 and 1 (it is %1)</source>
        <translation>Jitter muss zwischen 0 und 1 liegen (aktuell %1)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="384"/>
        <source>the Retry-After cap</source>
        <translation>die Retry-After-Obergrenze</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="388"/>
        <source>the context limit</source>
        <translation>das Kontextlimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="397"/>
        <source>the request limit</source>
        <translation>das Anfragelimit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="398"/>
        <source>the token limit</source>
        <translation>das Token-Limit</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="399"/>
        <source>the wait bound</source>
        <translation>die Wartegrenze</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="401"/>
        <source>a rate limit needs rpm or tpm greater than zero</source>
        <translation>ein Ratenlimit braucht rpm oder tpm größer als null</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="406"/>
        <source>the failure count</source>
        <translation>die Fehleranzahl</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="407"/>
        <source>the open time</source>
        <translation>die Offen-Dauer</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="409"/>
        <source>the number of probes</source>
        <translation>die Anzahl der Proben</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="412"/>
        <source>the cap</source>
        <translation>die Grenze</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="414"/>
        <source>the approval threshold</source>
        <translation>die Freigabeschwelle</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="417"/>
        <source>downgrade needs a tier named &apos;budget&apos;, and there is none</source>
        <translation>Herabstufen braucht eine Stufe namens „budget“, und es gibt keine</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="423"/>
        <source>a threshold is a fraction of the cap between 0 and 2 (it is %1)</source>
        <translation>eine Schwelle ist ein Bruchteil der Grenze zwischen 0 und 2 (aktuell %1)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="425"/>
        <source>thresholds should be in increasing order</source>
        <translation>Schwellen sollten aufsteigend geordnet sein</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="434"/>
        <source>&apos;%1&apos; is not one of: debug, info, warn, error</source>
        <translation>„%1“ ist keiner von: debug, info, warn, error</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="439"/>
        <source>the fallback rate is a fraction between 0 and 1 (it is %1)</source>
        <translation>die Fallback-Rate ist ein Bruchteil zwischen 0 und 1 (aktuell %1)</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="440"/>
        <source>the latency threshold</source>
        <translation>die Latenzschwelle</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="442"/>
        <source>the budget threshold</source>
        <translation>die Budgetschwelle</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="450"/>
        <source>the queue concurrency</source>
        <translation>die Parallelität der Warteschlange</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="452"/>
        <source>the retry window</source>
        <translation>das Wiederholungsfenster</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="457"/>
        <source>team &apos;%1&apos; does not exist</source>
        <translation>Team „%1“ existiert nicht</translation>
    </message>
</context>
<context>
    <name>tiergate::CliRunner</name>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="19"/>
        <source>Usage: tiergate-cli [--help] [--version] &lt;command&gt; [options]</source>
        <translation>Aufruf: tiergate-cli [--help] [--version] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="20"/>
        <source>Headless Tiergate: route OpenAI-compatible requests through tiers and profiles.</source>
        <translation>Tiergate ohne Oberfläche: OpenAI-kompatible Anfragen über Stufen und Profile routen.</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="21"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="24"/>
        <source>Run &apos;tiergate-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>„tiergate-cli &lt;command&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="25"/>
        <source>Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Laufzeitfehler, 2 Aufruf- oder Konfigurationsfehler.</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="52"/>
        <source>tiergate-cli: unknown command &apos;%1&apos;. Run &apos;tiergate-cli --help&apos; for the list.</source>
        <translation>tiergate-cli: unbekannter Befehl „%1“. „tiergate-cli --help“ zeigt die Liste.</translation>
    </message>
</context>
<context>
    <name>tiergate::CodeHighlighter</name>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="315"/>
        <location filename="../ui/common/codehighlighter.cpp" line="341"/>
        <location filename="../ui/common/codehighlighter.cpp" line="413"/>
        <source>The code highlighter &quot;%1&quot; could not be started (%2); code is shown without colours.</source>
        <translation>Der Syntax-Highlighter „%1“ konnte nicht gestartet werden (%2); Code wird ohne Farben angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="322"/>
        <source>The code highlighter &quot;%1&quot; could not list its syntaxes; code is shown without colours.</source>
        <translation>Der Syntax-Highlighter „%1“ konnte seine Syntaxen nicht auflisten; Code wird ohne Farben angezeigt.</translation>
    </message>
</context>
<context>
    <name>tiergate::ColumnFitter</name>
    <message>
        <location filename="../ui/common/columnfitter.cpp" line="24"/>
        <source>Right-click to show or hide columns</source>
        <translation>Rechtsklick, um Spalten ein- oder auszublenden</translation>
    </message>
</context>
<context>
    <name>tiergate::CompareColumn</name>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="37"/>
        <source>tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="39"/>
        <source>profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="66"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="67"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="171"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="172"/>
        <source>Compare one more model, tier or profile</source>
        <translation>Ein weiteres Modell, eine Stufe oder ein Profil vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="321"/>
        <source>Prompt sent to every column (Ctrl+Enter runs)</source>
        <translation>Prompt an jede Spalte (Strg+Eingabe startet)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="181"/>
        <source>Shared system prompt (optional)</source>
        <translation>Gemeinsamer Systemprompt (optional)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="78"/>
        <source>Sampling temperature (lowest value: not set)</source>
        <translation>Sampling-Temperatur (kleinster Wert: nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="89"/>
        <source>Maximum completion tokens (0: not set)</source>
        <translation>Maximale Completion-Tokens (0: nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="182"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="184"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="185"/>
        <location filename="../ui/compare/comparepanel.cpp" line="188"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="187"/>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="191"/>
        <source>Column set:</source>
        <translation>Spaltensatz:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="196"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="197"/>
        <source>Replace the columns by the chosen column set</source>
        <translation>Die Spalten durch den gewählten Spaltensatz ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="199"/>
        <source>Save set…</source>
        <translation>Satz speichern…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="200"/>
        <source>Save these columns, with their overrides, under a name</source>
        <translation>Diese Spalten samt ihren Überschreibungen unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="138"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="139"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Save column set</source>
        <translation>Spaltensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Name of the column set:</source>
        <translation>Name des Spaltensatzes:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="326"/>
        <source>Runs per column:</source>
        <translation>Läufe pro Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="330"/>
        <source>Several runs give the median and p95 instead of one noisy sample</source>
        <translation>Mehrere Läufe liefern Median und p95 statt einer verrauschten Einzelmessung</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="333"/>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="334"/>
        <source>Send the prompt to every column (Ctrl+Enter)</source>
        <translation>Den Prompt an jede Spalte senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="344"/>
        <source>Word diff:</source>
        <translation>Wort-Diff:</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="345"/>
        <source>Highlight the words one column&apos;s answer has and the other&apos;s lacks</source>
        <translation>Wörter hervorheben, die in der Antwort einer Spalte stehen und in der anderen fehlen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="365"/>
        <source>Open saved</source>
        <translation>Gespeicherte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="366"/>
        <source>Reopen a saved comparison</source>
        <translation>Einen gespeicherten Vergleich wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="369"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="370"/>
        <location filename="../ui/compare/comparepanel.cpp" line="442"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="371"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="395"/>
        <source>Prompts, one per line, or JSONL lines {&quot;prompt&quot;: &quot;…&quot;} or {&quot;messages&quot;: […]}. Each goes to every column; progress is saved after each answer.</source>
        <translation>Prompts, einer pro Zeile, oder JSONL-Zeilen {&quot;prompt&quot;: &quot;…&quot;} bzw. {&quot;messages&quot;: […]}. Jeder geht an jede Spalte; der Fortschritt wird nach jeder Antwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="401"/>
        <source>What is a circuit breaker?
{&quot;prompt&quot;: &quot;Summarise retries in one line.&quot;}</source>
        <translation>Was ist ein Circuit Breaker?
{&quot;prompt&quot;: &quot;Fasse Wiederholungen in einer Zeile zusammen.&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="406"/>
        <source>Load file…</source>
        <translation>Datei laden…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="409"/>
        <source>Start batch</source>
        <translation>Batch starten</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="410"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="411"/>
        <source>Resume or open</source>
        <translation>Fortsetzen/Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="412"/>
        <source>Continue a saved batch where it stopped, or show its results</source>
        <translation>Einen gespeicherten Batch dort fortsetzen, wo er stoppte, oder seine Ergebnisse zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="424"/>
        <source>%v of %m cells</source>
        <translation>%v von %m Zellen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="520"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="521"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="522"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="529"/>
        <source>This column&apos;s temperature, max tokens and system prompt</source>
        <translation>Temperatur, Max. Tokens und Systemprompt dieser Spalte</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="532"/>
        <source>Remove this column</source>
        <translation>Diese Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="542"/>
        <location filename="../ui/compare/comparepanel.cpp" line="543"/>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="545"/>
        <source>System prompt override</source>
        <translation>Systemprompt überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="546"/>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="548"/>
        <source>Max tok.</source>
        <translation>Max. Tok.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="575"/>
        <source>Overrides (%1)</source>
        <translation>Optionen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="575"/>
        <source>Overrides</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="659"/>
        <source>Continue in Chat</source>
        <translation>Im Chat fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="660"/>
        <source>Open this column&apos;s conversation in Chat, routed the same way</source>
        <translation>Die Unterhaltung dieser Spalte im Chat öffnen, gleich geroutet</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="662"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="681"/>
        <location filename="../ui/compare/comparepanel.cpp" line="694"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="682"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="776"/>
        <source>Type a prompt first.</source>
        <translation>Geben Sie zuerst einen Prompt ein.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="781"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1323"/>
        <source>Every column needs a model, tier or profile.</source>
        <translation>Jede Spalte braucht ein Modell, eine Stufe oder ein Profil.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="788"/>
        <source>This comparison cannot run.</source>
        <translation>Dieser Vergleich kann nicht laufen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="887"/>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="897"/>
        <source>Waiting for the first token…</source>
        <translation>Warte auf das erste Token…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="903"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1340"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="913"/>
        <source>Run %1 of %2 · first token after %3</source>
        <translation>Lauf %1 von %2 · erstes Token nach %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="964"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="997"/>
        <source>No run finished.</source>
        <translation>Kein Lauf beendet.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1003"/>
        <source>%1 runs, %2 ok</source>
        <translation>%1 Läufe, %2 ok</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1004"/>
        <source>TTFT %1 (p95 %2)</source>
        <translation>TTFT %1 (p95 %2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1005"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1012"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1006"/>
        <source>latency %1 (p95 %2)</source>
        <translation>Latenz %1 (p95 %2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1007"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1008"/>
        <source>cost %1 (total %2)</source>
        <translation>Kosten %1 (gesamt %2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1012"/>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1013"/>
        <source>latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1014"/>
        <source>%1 + %2 tokens (estimated)</source>
        <translation>%1 + %2 Tokens (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1014"/>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1017"/>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1019"/>
        <source>no model answered</source>
        <translation>kein Modell hat geantwortet</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1019"/>
        <source>answered by %1</source>
        <translation>beantwortet von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1022"/>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1024"/>
        <source>Fallback trail: %1</source>
        <translation>Fallback-Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1026"/>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1035"/>
        <source>column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1038"/>
        <source>Cheapest: %1</source>
        <translation>Am günstigsten: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1038"/>
        <source>Cheapest: –</source>
        <translation>Am günstigsten: –</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1039"/>
        <source>Fastest first token: %1</source>
        <translation>Schnellstes erstes Token: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1040"/>
        <source>Fastest first token: –</source>
        <translation>Schnellstes erstes Token: –</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1041"/>
        <source>Fastest overall: %1</source>
        <translation>Insgesamt am schnellsten: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1042"/>
        <source>Fastest overall: –</source>
        <translation>Insgesamt am schnellsten: –</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1046"/>
        <source>%1: %2×</source>
        <translation>%1: %2×</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1046"/>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1049"/>
        <source>Cost relative to the cheapest: %1</source>
        <translation>Kosten relativ zum günstigsten: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1104"/>
        <source>No answers to compare yet.</source>
        <translation>Noch keine Antworten zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1132"/>
        <source>%1 words only in column %2 (struck out), %3 only in column %4 (highlighted)</source>
        <translation>%1 Wörter nur in Spalte %2 (durchgestrichen), %3 nur in Spalte %4 (hervorgehoben)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1165"/>
        <source>Could not save the column set in %1.</source>
        <translation>Der Spaltensatz konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1170"/>
        <source>Column set “%1” saved.</source>
        <translation>Spaltensatz „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1180"/>
        <source>There is no column set “%1”.</source>
        <translation>Es gibt keinen Spaltensatz „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1184"/>
        <source>Column set “%1” loaded.</source>
        <translation>Spaltensatz „%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1193"/>
        <source>No saved comparisons</source>
        <translation>Keine gespeicherten Vergleiche</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1197"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1198"/>
        <source>%1 — %2, %n column(s)</source>
        <translation>
            <numerusform>%1 — %2, %n Spalte</numerusform>
            <numerusform>%1 — %2, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1211"/>
        <source>Could not read the saved comparison %1.</source>
        <translation>Der gespeicherte Vergleich %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1226"/>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1234"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1237"/>
        <source>Written to %1.</source>
        <translation>In %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1261"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1269"/>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1261"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1269"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1277"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1277"/>
        <source>Export batch results</source>
        <translation>Batch-Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1285"/>
        <source>Load prompts</source>
        <translation>Prompts laden</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1285"/>
        <source>Prompt lists (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Prompt-Listen (*.txt *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1290"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1302"/>
        <source>Could not save the comparison in %1.</source>
        <translation>Der Vergleich konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1302"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1313"/>
        <source>Fix the prompt list first: %1</source>
        <translation>Korrigieren Sie zuerst die Prompt-Liste: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1317"/>
        <source>Type or load at least one prompt.</source>
        <translation>Geben Sie mindestens einen Prompt ein oder laden Sie ihn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1334"/>
        <source>%n prompt(s): %1</source>
        <translation>
            <numerusform>%n Prompt: %1</numerusform>
            <numerusform>%n Prompts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1337"/>
        <source>The batch cannot start (is %1 writable?).</source>
        <translation>Der Batch kann nicht starten (ist %1 beschreibbar?).</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1353"/>
        <source>Could not resume the batch %1.</source>
        <translation>Der Batch %1 konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1368"/>
        <source>Resumed: %1 of %2 cells were done.</source>
        <translation>Fortgesetzt: %1 von %2 Zellen waren erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1378"/>
        <source>No saved batches</source>
        <translation>Keine gespeicherten Batches</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1382"/>
        <source>%1 — %2 of %3 done</source>
        <translation>%1 — %2 von %3 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1392"/>
        <source>%1 of %2 cells</source>
        <translation>%1 von %2 Zellen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1394"/>
        <source>Running… %1 of %2 cells done.</source>
        <translation>Läuft… %1 von %2 Zellen erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1410"/>
        <source>Finished: %1 cells, %2 failed, cost %3.</source>
        <translation>Fertig: %1 Zellen, %2 fehlgeschlagen, Kosten %3.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1414"/>
        <source>Paused at %1 of %2 cells; resume it from “Resume or open”.</source>
        <translation>Angehalten bei %1 von %2 Zellen; fortsetzen über „Fortsetzen/Öffnen“.</translation>
    </message>
</context>
<context>
    <name>tiergate::Comparison</name>
    <message>
        <location filename="../core/compare/comparison.cpp" line="71"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="76"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="77"/>
        <source>Runs per column</source>
        <translation>Läufe pro Spalte</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="80"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="83"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="86"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="88"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>TTFT (median)</source>
        <translation>TTFT (Median)</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>Latency (median)</source>
        <translation>Latenz (Median)</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Cost (median)</source>
        <translation>Kosten (Median)</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>Cost ratio</source>
        <translation>Kostenverhältnis</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="95"/>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="102"/>
        <source>cheapest</source>
        <translation>am günstigsten</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="104"/>
        <source>fastest first token</source>
        <translation>schnellstes erstes Token</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="106"/>
        <source>fastest overall</source>
        <translation>insgesamt am schnellsten</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="123"/>
        <source>(not run)</source>
        <translation>(nicht gelaufen)</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="134"/>
        <source>Fallback trail</source>
        <translation>Fallback-Verlauf</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="136"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigJson</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="591"/>
        <source>the document is null; a Tiergate configuration is a JSON object such as {&quot;version&quot;: 1}</source>
        <translation>das Dokument ist null; eine Tiergate-Konfiguration ist ein JSON-Objekt wie {&quot;version&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="611"/>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>die Datei ist kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="617"/>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="635"/>
        <source>is missing (this version of Tiergate writes &quot;version&quot;: %1)</source>
        <translation>fehlt (diese Tiergate-Version schreibt &quot;version&quot;: %1)</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="640"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (diese Tiergate-Version liest Version %2)</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="652"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="658"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigStore</name>
    <message>
        <location filename="../core/config/configstore.cpp" line="74"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="119"/>
        <source>the configuration has errors and was not saved</source>
        <translation>die Konfiguration enthält Fehler und wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="125"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="130"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectPreset</name>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="47"/>
        <source>Base URL: https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT. The api-version is a date such as 2024-10-21.</source>
        <translation>Basis-URL: https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT. Die api-version ist ein Datum wie 2024-10-21.</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="51"/>
        <source>Any server that speaks the OpenAI API: its base URL ends in /v1. The key may be empty.</source>
        <translation>Jeder Server mit OpenAI-API: Seine Basis-URL endet auf /v1. Der Schlüssel darf leer sein.</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="54"/>
        <source>Anthropic&apos;s OpenAI-compatible endpoint; some options are ignored there.</source>
        <translation>Der OpenAI-kompatible Endpunkt von Anthropic; einige Optionen werden dort ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="57"/>
        <source>One key for many vendors; model ids look like openai/gpt-4o.</source>
        <translation>Ein Schlüssel für viele Anbieter; Modell-IDs sehen aus wie openai/gpt-4o.</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="59"/>
        <source>Key from the vendor&apos;s console; %1 is its usual variable.</source>
        <translation>Schlüssel aus der Konsole des Anbieters; %1 ist die übliche Variable.</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectProviderDialog</name>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="39"/>
        <source>Connect a provider</source>
        <translation>Anbieter verbinden</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="49"/>
        <source>%1 on this computer (%2)</source>
        <translation>%1 auf diesem Computer (%2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="75"/>
        <source>The model the new profile sends to; the others stay available</source>
        <translation>Das Modell, an das das neue Profil sendet; die anderen bleiben verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="78"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="85"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="105"/>
        <source>Test the connection first</source>
        <translation>Erst die Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="135"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="137"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="139"/>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="141"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="181"/>
        <source>Found on this computer with %n model(s); it needs no key.</source>
        <translation>
            <numerusform>Auf diesem Computer gefunden, %n Modell(e); kein Schlüssel nötig.</numerusform>
            <numerusform>Auf diesem Computer gefunden, %n Modell(e); kein Schlüssel nötig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="193"/>
        <source>Empty: uses %1 (set)</source>
        <translation>Leer: nutzt %1 (gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="208"/>
        <source>Keychain off: the key is saved to %1 (only you can read it).</source>
        <translation>Schlüsselbund aus: Der Schlüssel wird in %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="210"/>
        <source>The key is saved in the system keychain; if none answers, in %1 (only you can read it).</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert; antwortet keiner, in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="252"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="268"/>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="284"/>
        <source>Enter the Base URL (it usually ends in /v1).</source>
        <translation>Geben Sie die Basis-URL ein (endet meist auf /v1).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="289"/>
        <source>Enter the API key (or set %1).</source>
        <translation>Geben Sie den API-Schlüssel ein (oder setzen Sie %1).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="293"/>
        <source>Enter the API version, a date such as 2024-10-21.</source>
        <translation>Geben Sie die API-Version ein, ein Datum wie 2024-10-21.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="301"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="365"/>
        <source>Could not store the key: %1</source>
        <translation>Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="383"/>
        <source>The configuration refused it: %1</source>
        <translation>Die Konfiguration hat es abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="389"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>Konfiguration konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="397"/>
        <source>The key is in the system keychain.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="399"/>
        <source>The key is in %1 (no keychain answered).</source>
        <translation>Der Schlüssel liegt in %1 (kein Schlüsselbund hat geantwortet).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="401"/>
        <source>The key is read from %1.</source>
        <translation>Der Schlüssel wird aus %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="402"/>
        <source>Connected %1: profile %2 is active.</source>
        <translation>%1 verbunden: Profil %2 ist aktiv.</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectionTester</name>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="60"/>
        <source>The base URL is not a web address.</source>
        <translation>Die Basis-URL ist keine Webadresse.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="92"/>
        <source>The provider lists no models.</source>
        <translation>Der Anbieter listet keine Modelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/discovery/connectiontester.cpp" line="137"/>
        <source>Connected: %n model(s); %1 answered in %2 ms.</source>
        <translation>
            <numerusform>Verbunden: %n Modell(e); %1 antwortete in %2 ms.</numerusform>
            <numerusform>Verbunden: %n Modell(e); %1 antwortete in %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="156"/>
        <source>The provider wants an API key (HTTP %1): enter it in API key.</source>
        <translation>Der Anbieter verlangt einen API-Schlüssel (HTTP %1): Tragen Sie ihn unter API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="157"/>
        <source>The API key was refused (HTTP %1): check API key.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP %1): Prüfen Sie API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="162"/>
        <source>%1 answered, but not with an OpenAI model list: check Base URL (it usually ends in /v1).</source>
        <translation>%1 antwortete, aber nicht mit einer OpenAI-Modellliste: Prüfen Sie Basis-URL (endet meist auf /v1).</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="163"/>
        <source>%1 did not answer like an OpenAI chat completion: %2</source>
        <translation>%1 antwortete nicht wie eine OpenAI-Chat-Completion: %2</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="170"/>
        <source>%1/models was not found (HTTP 404): check Base URL (it usually ends in /v1).</source>
        <translation>%1/models wurde nicht gefunden (HTTP 404): Prüfen Sie Basis-URL (endet meist auf /v1).</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="171"/>
        <source>The model list was refused (HTTP %1): %2 Check Base URL.</source>
        <translation>Die Modellliste wurde verweigert (HTTP %1): %2 Prüfen Sie Basis-URL.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="174"/>
        <source>%1 refused the test message (HTTP %2): %3 Pick another model.</source>
        <translation>%1 lehnte die Testnachricht ab (HTTP %2): %3 Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="182"/>
        <source>%1 Check Base URL.</source>
        <translation>%1 Prüfen Sie Basis-URL.</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="187"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="188"/>
        <source>Could not reach %1: %2 Check Base URL and your network.</source>
        <translation>%1 nicht erreichbar: %2 Prüfen Sie Basis-URL und Ihr Netzwerk.</translation>
    </message>
</context>
<context>
    <name>tiergate::ContextTrimmer</name>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="50"/>
        <source>The conversation needs about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent. Shorten the conversation or choose a model with a larger window.</source>
        <translation>Die Unterhaltung braucht etwa %1 Tokens, das Kontextfenster des Modells lässt aber nur Platz für %2; nichts wurde gesendet. Kürzen Sie die Unterhaltung oder wählen Sie ein Modell mit größerem Fenster.</translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="74"/>
        <source>The system prompt and the newest message alone need about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent.</source>
        <translation>Allein der Systemprompt und die neueste Nachricht brauchen etwa %1 Tokens, das Kontextfenster des Modells lässt aber nur Platz für %2; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="123"/>
        <source>The conversation does not fit the model&apos;s context window even after trimming; nothing was sent.</source>
        <translation>Die Unterhaltung passt selbst nach dem Kürzen nicht in das Kontextfenster des Modells; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>tiergate::ContractParser</name>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="44"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="51"/>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="32"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1: kein gültiges JSON (%2 bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="39"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationDelegate</name>
    <message>
        <location filename="../ui/chat/conversationdelegate.cpp" line="13"/>
        <source>profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationExport</name>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="62"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="66"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="68"/>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="70"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="74"/>
        <location filename="../core/chat/conversationexport.cpp" line="81"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="79"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="80"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="91"/>
        <source>Thinking</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="97"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="99"/>
        <source>Tool call: %1</source>
        <translation>Tool-Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="104"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="107"/>
        <source>Messages: %1 · total cost %2</source>
        <translation>Nachrichten: %1 · Gesamtkosten %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationExportButton</name>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="17"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="18"/>
        <source>Save this conversation as Markdown or JSON</source>
        <translation>Diese Unterhaltung als Markdown oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="22"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="23"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="27"/>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="28"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="28"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="43"/>
        <source>There is no conversation to export.</source>
        <translation>Es gibt keine Unterhaltung zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="49"/>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="54"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::CostDashboard</name>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="108"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="109"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="110"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="111"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="112"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="118"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="137"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="138"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="139"/>
        <source>T&amp;ier:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="140"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="141"/>
        <source>Te&amp;am:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="142"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="170"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="172"/>
        <source>Write the rows that match the filter as CSV</source>
        <translation>Die zum Filter passenden Zeilen als CSV schreiben</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="185"/>
        <source>Budgets this month</source>
        <translation>Budgets diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="188"/>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="191"/>
        <source>Spend by tier</source>
        <translation>Ausgaben nach Stufe</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="214"/>
        <source>Summaries</source>
        <translation>Übersichten</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="218"/>
        <source>Show or hide the budgets and the spend by model and by tier</source>
        <translation>Budgets und Ausgaben nach Modell und Stufe ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="308"/>
        <source>Any model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="309"/>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="310"/>
        <source>Any profile</source>
        <translation>Jedes Profil</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="311"/>
        <source>Any team</source>
        <translation>Jedes Team</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="323"/>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="324"/>
        <source>%1 tokens in / %2 out</source>
        <translation>%1 Tokens ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="326"/>
        <source>errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="327"/>
        <source>fallbacks: %1</source>
        <translation>Fallbacks: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costs/costdashboard.cpp" line="329"/>
        <source>%n estimated</source>
        <translation>
            <numerusform>%n geschätzt</numerusform>
            <numerusform>%n geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costs/costdashboard.cpp" line="331"/>
        <source>⚠ %n failed price check(s)</source>
        <translation>
            <numerusform>⚠ %n fehlgeschlagene Preisprüfung</numerusform>
            <numerusform>⚠ %n fehlgeschlagene Preisprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="386"/>
        <source>No spend recorded this month.</source>
        <translation>Diesen Monat keine Ausgaben erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="444"/>
        <source>Export ledger rows</source>
        <translation>Kostenjournal-Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="444"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="448"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="448"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tiergate::DecisionView</name>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="22"/>
        <source>as a new profile</source>
        <translation>als neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="23"/>
        <source>Use this</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="39"/>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="43"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="59"/>
        <source>Run an experiment to see the decision.</source>
        <translation>Führen Sie ein Experiment aus, um die Entscheidung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="61"/>
        <source>The judge agrees with %1 % of %2 votes.</source>
        <translation>Der Bewerter stimmt mit %1 % von %2 Stimmen überein.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="67"/>
        <source>%1 (on the frontier)</source>
        <translation>%1 (auf der Front)</translation>
    </message>
</context>
<context>
    <name>tiergate::Distribution</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="88"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tiergate::EntryListPage</name>
    <message>
        <location filename="../ui/profiles/entrylistpage.cpp" line="32"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>tiergate::EnvExporter</name>
    <message>
        <location filename="../core/export/envexporter.cpp" line="120"/>
        <source>Environment for Tiergate profile &apos;%1&apos;.</source>
        <translation>Umgebung für das Tiergate-Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="122"/>
        <source>Only the variable names are here: fill in the values on the server, never commit them.</source>
        <translation>Hier stehen nur die Variablennamen: Tragen Sie die Werte auf dem Server ein, committen Sie sie nie.</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="123"/>
        <source>The headless mode selects the profile with TIERGATE_PROFILE=%1.</source>
        <translation>Der Headless-Modus wählt das Profil mit TIERGATE_PROFILE=%1.</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="126"/>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>tiergate::ErrorClassifier</name>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="133"/>
        <source>The server&apos;s %1 answer could not be decompressed: it is corrupt, or it inflates far beyond its size (a decompression bomb).</source>
        <translation>Die %1-Antwort des Servers konnte nicht dekomprimiert werden: Sie ist beschädigt oder bläht sich weit über ihre Größe auf (eine Dekompressionsbombe).</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="246"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="247"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="265"/>
        <source>The connection was refused: nothing is listening at that address.</source>
        <translation>Die Verbindung wurde abgelehnt: An dieser Adresse lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="269"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="273"/>
        <source>The connection timed out.</source>
        <translation>Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="278"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="282"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="286"/>
        <source>The TLS handshake failed (the server&apos;s certificate was not accepted).</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (das Zertifikat des Servers wurde nicht akzeptiert).</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="290"/>
        <source>A network error occurred (code %1).</source>
        <translation>Ein Netzwerkfehler ist aufgetreten (Code %1).</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentCommand</name>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="52"/>
        <source>run a prompt set against columns N times, with statistics, a judge and report files</source>
        <translation>ein Prompt-Set N-mal gegen Spalten laufen lassen, mit Statistik, einem Bewerter und Berichtsdateien</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="59"/>
        <source>Stopping: the runs in flight are cancelled; resume with: tiergate-cli experiment resume %1</source>
        <translation>Stoppe: Die laufenden Durchgänge werden abgebrochen; fortsetzen mit: tiergate-cli experiment resume %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="220"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="221"/>
        <source>Configuration file.</source>
        <translation>Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="223"/>
        <source>Profile that routes the model and tier columns.</source>
        <translation>Profil, das die Modell- und Stufenspalten routet.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="225"/>
        <source>A column: model:ID, tier:NAME or profile:NAME (repeat the option, or separate with commas).</source>
        <translation>Eine Spalte: model:ID, tier:NAME oder profile:NAME (Option wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="228"/>
        <source>Runs per prompt and column, 1 to 20 (default 1).</source>
        <translation>Durchgänge pro Prompt und Spalte, 1 bis 20 (Standard 1).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="230"/>
        <source>Profile whose model scores the answers, blind.</source>
        <translation>Profil, dessen Modell die Antworten blind bewertet.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="232"/>
        <source>Requests at once (default 4).</source>
        <translation>Gleichzeitige Anfragen (Standard 4).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="234"/>
        <source>Folder of the report files (default: the current folder).</source>
        <translation>Ordner der Berichtsdateien (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="235"/>
        <source>Title of the experiment.</source>
        <translation>Titel des Experiments.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="237"/>
        <source>System prompt for every column.</source>
        <translation>Systemprompt für jede Spalte.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="239"/>
        <source>Folder of the ledger and the saved experiments (default: the one the app uses).</source>
        <translation>Ordner des Kostenjournals und der gespeicherten Experimente (Standard: der der App).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="242"/>
        <source>run SET.jsonl | resume ID | report ID | list</source>
        <translation>run SET.jsonl | resume ID | report ID | list</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="244"/>
        <source>Usage: tiergate-cli experiment run SET.jsonl --column SPEC [--column SPEC ...] [--repeat N] [--judge PROFILE] [--profile P] [--concurrency N] [--out DIR] [--title TEXT] [--system TEXT] [--config FILE] [--data-dir DIR]
       tiergate-cli experiment resume ID [--out DIR]
       tiergate-cli experiment report ID [--out DIR]
       tiergate-cli experiment list</source>
        <translation>Aufruf: tiergate-cli experiment run SET.jsonl --column SPEC [--column SPEC ...] [--repeat N] [--judge PROFILE] [--profile P] [--concurrency N] [--out DIR] [--title TEXT] [--system TEXT] [--config FILE] [--data-dir DIR]
       tiergate-cli experiment resume ID [--out DIR]
       tiergate-cli experiment report ID [--out DIR]
       tiergate-cli experiment list</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="263"/>
        <source>A prompt set is a JSONL file: one {&quot;prompt&quot;: ...} or {&quot;messages&quot;: [...]} per line, with optional &quot;id&quot;, &quot;expected&quot;, &quot;rubric&quot; and &quot;checks&quot; ([{&quot;contains&quot;: ...}, {&quot;regex&quot;: ...}, {&quot;json_schema&quot;: {...}}, {&quot;max_length&quot;: N}]); an optional first line {&quot;set&quot;: {&quot;name&quot;, &quot;rubric&quot;, &quot;checks&quot;}} applies to every prompt.</source>
        <translation>Ein Prompt-Set ist eine JSONL-Datei: ein {&quot;prompt&quot;: ...} oder {&quot;messages&quot;: [...]} pro Zeile, optional mit &quot;id&quot;, &quot;expected&quot;, &quot;rubric&quot; und &quot;checks&quot; ([{&quot;contains&quot;: ...}, {&quot;regex&quot;: ...}, {&quot;json_schema&quot;: {...}}, {&quot;max_length&quot;: N}]); eine optionale erste Zeile {&quot;set&quot;: {&quot;name&quot;, &quot;rubric&quot;, &quot;checks&quot;}} gilt für jeden Prompt.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="268"/>
        <source>Exit codes: 0 done, 1 every run failed or the run was interrupted, 2 usage or input error.</source>
        <translation>Exit-Codes: 0 fertig, 1 alle Durchgänge fehlgeschlagen oder der Lauf wurde unterbrochen, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="315"/>
        <source>no saved experiment &quot;%1&quot; in %2 (see `tiergate-cli experiment list`).</source>
        <translation>kein gespeichertes Experiment „%1“ in %2 (siehe `tiergate-cli experiment list`).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="334"/>
        <source>an action is required.</source>
        <translation>eine Aktion ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="334"/>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="338"/>
        <source>run takes one prompt set file.</source>
        <translation>run nimmt eine Prompt-Set-Datei.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="358"/>
        <source>&quot;%1&quot; is not a column: use model:ID, tier:NAME or profile:NAME.</source>
        <translation>„%1“ ist keine Spalte: Verwenden Sie model:ID, tier:NAME oder profile:NAME.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="365"/>
        <source>give 1 to %1 columns with --column.</source>
        <translation>geben Sie 1 bis %1 Spalten mit --column an.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="371"/>
        <source>--repeat must be a number from 1 to %1.</source>
        <translation>--repeat muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="376"/>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency muss eine Zahl von 1 bis 64 sein.</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentCommand::Private</name>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="72"/>
        <source>Experiment %1: prompt set %2 (version %3), %4 prompts × %5 columns × %6 repeats</source>
        <translation>Experiment %1: Prompt-Set %2 (Version %3), %4 Prompts × %5 Spalten × %6 Durchgänge</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="80"/>
        <source>    runs %1, errors %2 %, fallbacks %3 %</source>
        <translation>    Durchgänge %1, Fehler %2 %, Fallbacks %3 %</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="85"/>
        <source>    TTFT median %1 ms (95 % CI %2–%3), latency median %4 ms (95 % CI %5–%6), p95 %7 ms</source>
        <translation>    TTFT-Median %1 ms (95-%-KI %2–%3), Latenz-Median %4 ms (95-%-KI %5–%6), p95 %7 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="94"/>
        <source>    %1 tokens/s, cost per answer %2, per 1,000 answers %3</source>
        <translation>    %1 Tokens/s, Kosten pro Antwort %2, pro 1.000 Antworten %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="100"/>
        <source>    checks passed %1 %</source>
        <translation>    Prüfungen bestanden %1 %</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="102"/>
        <source>    judge score %1</source>
        <translation>    Bewertung %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="113"/>
        <source>  judge: %1 calls, %2 without scores, cost %3</source>
        <translation>  Bewerter: %1 Aufrufe, %2 ohne Wertung, Kosten %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="119"/>
        <source>Verdict: %1</source>
        <translation>Fazit: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="138"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="154"/>
        <source>prompt %1 · %2 · #%3: %4, %5 ms, %6%7</source>
        <translation>Prompt %1 · %2 · #%3: %4, %5 ms, %6%7</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="168"/>
        <source>judge · prompt %1 · #%2: %3, %4%5</source>
        <translation>Bewerter · Prompt %1 · #%2: %3, %4%5</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="187"/>
        <source>Interrupted with %1 of %2 runs done; resume with: tiergate-cli experiment resume %3</source>
        <translation>Unterbrochen nach %1 von %2 Durchgängen; fortsetzen mit: tiergate-cli experiment resume %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="205"/>
        <source>tiergate-cli experiment: nothing to run (no column or no prompt).</source>
        <translation>tiergate-cli experiment: nichts auszuführen (keine Spalte oder kein Prompt).</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="209"/>
        <source>experiment %1: %2 runs%3 (saved after each; resume with `tiergate-cli experiment resume %1`)</source>
        <translation>Experiment %1: %2 Durchgänge%3 (nach jedem gespeichert; fortsetzen mit `tiergate-cli experiment resume %1`)</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="212"/>
        <source> and judge calls</source>
        <translation> und Bewerter-Aufrufe</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentPanel</name>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="55"/>
        <source>Saved experiments: select one to reopen it.</source>
        <translation>Gespeicherte Experimente: Wählen Sie eines, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="70"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="75"/>
        <source>An earlier run of the same prompt set</source>
        <translation>Ein früherer Lauf desselben Prompt-Sets</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="97"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="100"/>
        <source>Blind vote</source>
        <translation>Blindabstimmung</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="101"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="130"/>
        <source>A JSONL file: one prompt per line, optional expected answers, rubric and checks</source>
        <translation>Eine JSONL-Datei: ein Prompt pro Zeile, optional erwartete Antworten, Bewertungsschema und Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="131"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="134"/>
        <source>Prompt set</source>
        <translation>Prompt-Set</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="134"/>
        <source>Prompt sets (*.jsonl *.txt);;All files (*)</source>
        <translation>Prompt-Sets (*.jsonl *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="140"/>
        <source>Prompt set:</source>
        <translation>Prompt-Set:</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="145"/>
        <source>model:sim-budget, tier:demo-premium, profile:production</source>
        <translation>model:sim-budget, tier:demo-premium, profile:production</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="150"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="151"/>
        <source>Runs per prompt and column</source>
        <translation>Durchgänge pro Prompt und Spalte</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="154"/>
        <source>A profile whose model scores every answer, blind</source>
        <translation>Ein Profil, dessen Modell jede Antwort blind bewertet</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="158"/>
        <source>No judge</source>
        <translation>Kein Bewerter</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="161"/>
        <source>Judge: %1</source>
        <translation>Bewerter: %1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="167"/>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="169"/>
        <source>Run what is missing (Ctrl+Return)</source>
        <translation>Fehlendes ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="170"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="178"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="226"/>
        <source>The prompt set cannot be used: %1</source>
        <translation>Das Prompt-Set ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="235"/>
        <source>&quot;%1&quot; is not a column: use model:ID, tier:NAME or profile:NAME.</source>
        <translation>„%1“ ist keine Spalte: Verwenden Sie model:ID, tier:NAME oder profile:NAME.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="242"/>
        <source>Give 1 to %1 columns, separated by commas.</source>
        <translation>Geben Sie 1 bis %1 Spalten an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="267"/>
        <source>Done: %1 runs.</source>
        <translation>Fertig: %1 Durchgänge.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="268"/>
        <source>Paused with %1 of %2 runs done; Run continues with what is missing.</source>
        <translation>Angehalten nach %1 von %2 Durchgängen; „Start“ setzt mit dem Fehlenden fort.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="279"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="286"/>
        <source>Running %1 (saved after each answer)…</source>
        <translation>%1 läuft (nach jeder Antwort gespeichert)…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="297"/>
        <source>All prompts</source>
        <translation>Alle Prompts</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="300"/>
        <source>Prompt %1: %2</source>
        <translation>Prompt %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="319"/>
        <source>The experiment %1 cannot be read.</source>
        <translation>Das Experiment %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="330"/>
        <source>%1: %2 runs, %3 votes.</source>
        <translation>%1: %2 Durchgänge, %3 Stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="334"/>
        <source>%1: %2 of %3 runs done; Run continues with what is missing.</source>
        <translation>%1: %2 von %3 Durchgängen erledigt; „Start“ setzt mit dem Fehlenden fort.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="361"/>
        <source>No earlier run</source>
        <translation>Kein früherer Lauf</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="365"/>
        <source>%1 (%2, %3/%4 runs)</source>
        <translation>%1 (%2, %3/%4 Läufe)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="397"/>
        <source>No column of this run is in %1.</source>
        <translation>Keine Spalte dieses Laufs ist in %1 enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="406"/>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="412"/>
        <source>%1
prompt set %2
%3</source>
        <translation>%1
Prompt-Set %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="422"/>
        <source>The vote could not be saved: %1</source>
        <translation>Die Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="435"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="437"/>
        <source>the configuration refused the change</source>
        <translation>die Konfiguration hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="443"/>
        <source>Profile %1 now uses %2.</source>
        <translation>Profil %1 verwendet jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="450"/>
        <source>Export the report to</source>
        <translation>Bericht exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="456"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentReport</name>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="117"/>
        <source>cost per 1,000 answers</source>
        <translation>Kosten pro 1.000 Antworten</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="120"/>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="196"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="199"/>
        <source>Prompt set %1 (version %2), %3 prompts × %4 columns × %5 repeats; %6 of %7 runs done.</source>
        <translation>Prompt-Set %1 (Version %2), %3 Prompts × %4 Spalten × %5 Durchgänge; %6 von %7 Läufen erledigt.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="207"/>
        <source>Verdict</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="209"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>TTFT median (95 % CI)</source>
        <translation>TTFT-Median (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Latency median (95 % CI)</source>
        <translation>Latenz-Median (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="212"/>
        <source>Cost / answer</source>
        <translation>Kosten / Antwort</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="212"/>
        <source>Cost / 1,000</source>
        <translation>Kosten / 1.000</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="237"/>
        <source>Per prompt</source>
        <translation>Pro Prompt</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="237"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="244"/>
        <source>%1 ms (%2–%3), p95 %4 ms, %5</source>
        <translation>%1 ms (%2–%3), p95 %4 ms, %5</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="251"/>
        <source>, judge %1</source>
        <translation>, Bewerter %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="253"/>
        <source>, checks %1 %</source>
        <translation>, Prüfungen %1 %</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="255"/>
        <source>, %1 of %2 failed</source>
        <translation>, %1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="262"/>
        <source>Differences within noise</source>
        <translation>Unterschiede im Rauschen</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="269"/>
        <source>The judge agrees with %1 % of %2 human votes.</source>
        <translation>Der Bewerter stimmt mit %1 % von %2 menschlichen Stimmen überein.</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="275"/>
        <source>Against the previous run</source>
        <translation>Gegenüber dem vorigen Lauf</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="292"/>
        <source>%1: p95 %2 → %3 ms, cost per 1,000 %4 → %5</source>
        <translation>%1: p95 %2 → %3 ms, Kosten pro 1.000 %4 → %5</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="299"/>
        <source>, quality %1 → %2</source>
        <translation>, Qualität %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="303"/>
        <source>Compared with %1 (prompt set version %2).</source>
        <translation>Verglichen mit %1 (Prompt-Set-Version %2).</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="312"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentStore</name>
    <message>
        <location filename="../core/experiment/experimentstore.cpp" line="58"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentstore.cpp" line="63"/>
        <location filename="../core/experiment/experimentstore.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentSummary</name>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="289"/>
        <source>%1 and %2 are not distinguishable on latency (median difference %3 ms, 95 % interval %4 to %5 ms).</source>
        <translation>%1 und %2 sind bei der Latenz nicht unterscheidbar (Median-Differenz %3 ms, 95-%-Intervall %4 bis %5 ms).</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentSummaryModel</name>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="75"/>
        <source>On the cost frontier: no other column is as good for less.</source>
        <translation>Auf der Kostenfront: Keine andere Spalte ist so gut für weniger Geld.</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="100"/>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="102"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="104"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="123"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="126"/>
        <source>Judge / checks</source>
        <translation>Bewerter / Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="127"/>
        <source>Rating (95 % CI)</source>
        <translation>Wertung (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="128"/>
        <source>Judge score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="129"/>
        <source>Checks passed</source>
        <translation>Prüfungen bestanden</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="131"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="133"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="135"/>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="137"/>
        <source>TTFT median (95 % CI)</source>
        <translation>TTFT-Median (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="139"/>
        <source>Latency median (95 % CI)</source>
        <translation>Latenz-Median (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="141"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="143"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="145"/>
        <source>Cost/answer</source>
        <translation>Kosten/Antwort</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="147"/>
        <source>Cost/1,000</source>
        <translation>Kosten/1.000</translation>
    </message>
</context>
<context>
    <name>tiergate::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="44"/>
        <source>export a profile for a server (native, litellm, portkey, typescript, env)</source>
        <translation>ein Profil für einen Server exportieren (native, litellm, portkey, typescript, env)</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="50"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="51"/>
        <source>Profile to export.</source>
        <translation>Zu exportierendes Profil.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="52"/>
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="53"/>
        <source>Configuration file.</source>
        <translation>Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="55"/>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="59"/>
        <source>Run &apos;tiergate-cli export --help&apos; for the options.</source>
        <translation>„tiergate-cli export --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="65"/>
        <source>Usage: tiergate-cli export --profile P --format FORMAT [--config FILE] [-o FILE]

Writes profile P for a server, without any key value (only variable names):
  native      Tiergate JSON for the headless mode (the profile and what it uses)
  litellm     LiteLLM proxy config.yaml
  portkey     Portkey gateway config JSON (x-portkey-config), plus with -o the runner
              P.portkey-runner.mjs that fills the keys from the environment
  typescript  the GatewayConfig TypeScript module
  env         .env with the variable names to fill in
What a format cannot express is printed to stderr as &apos;warning: OPTION: SENTENCE&apos;
(and written as comments where the format has them).
Without --config the user&apos;s configuration is read (built-in defaults when there is none).

Exit codes: 0 written, 1 output file not writable, 2 usage, configuration or profile error.
</source>
        <translation>Aufruf: tiergate-cli export --profile P --format FORMAT [--config FILE] [-o FILE]

Schreibt Profil P für einen Server, ohne jeden Schlüsselwert (nur Variablennamen):
  native      Tiergate-JSON für den Headless-Modus (das Profil und was es nutzt)
  litellm     LiteLLM-Proxy-config.yaml
  portkey     Portkey-Gateway-Konfiguration als JSON (x-portkey-config), mit -o dazu
              der Runner P.portkey-runner.mjs, der die Schlüssel aus der Umgebung füllt
  typescript  das TypeScript-Modul GatewayConfig
  env         .env mit den auszufüllenden Variablennamen
Was ein Format nicht ausdrücken kann, wird auf stderr als &apos;warning: OPTION: SENTENCE&apos; ausgegeben
(und als Kommentar geschrieben, wo das Format Kommentare kennt).
Ohne --config wird die Konfiguration des Benutzers gelesen (eingebaute Vorgaben, wenn es keine gibt).

Exit-Codes: 0 geschrieben, 1 Ausgabedatei nicht beschreibbar, 2 Aufruf-, Konfigurations- oder Profilfehler.
</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="84"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="86"/>
        <source>--format is missing; choose one of: %1.</source>
        <translation>--format fehlt; wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="89"/>
        <source>unknown format &apos;%1&apos;; choose one of: %2.</source>
        <translation>unbekanntes Format „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="99"/>
        <source>tiergate-cli export: cannot read the configuration %1: %2</source>
        <translation>tiergate-cli export: die Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="112"/>
        <source>the built-in configuration</source>
        <translation>die eingebaute Konfiguration</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="117"/>
        <source>tiergate-cli export: %1 has errors; fix them first (tiergate-cli validate lists them all):</source>
        <translation>tiergate-cli export: %1 enthält Fehler; beheben Sie sie zuerst (tiergate-cli validate listet alle auf):</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="129"/>
        <source>--profile is missing; profiles in %1: %2.</source>
        <translation>--profile fehlt; Profile in %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="145"/>
        <source>tiergate-cli export: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation>tiergate-cli export: %1 kann nicht geschrieben werden: %2; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="152"/>
        <source>wrote %1 (%2, profile &apos;%3&apos;, %4 warning(s))</source>
        <translation>%1 geschrieben (%2, Profil „%3“, %4 Warnung(en))</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="161"/>
        <source>tiergate-cli export: cannot write %1: %2</source>
        <translation>tiergate-cli export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="165"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="171"/>
        <source>note: the export also has %1; write it with -o FILE (it is written next to FILE).</source>
        <translation>Hinweis: Der Export umfasst auch %1; schreiben Sie ihn mit -o FILE (er landet neben FILE).</translation>
    </message>
</context>
<context>
    <name>tiergate::FindBar</name>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="21"/>
        <source>Find in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="24"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="25"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="26"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="27"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="29"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="55"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="57"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>tiergate::GatewayServer</name>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="294"/>
        <source>Listening beyond loopback (%1) requires virtual keys; --no-auth is for 127.0.0.1 only.</source>
        <translation>Lauschen über Loopback hinaus (%1) erfordert virtuelle Schlüssel; --no-auth ist nur für 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="299"/>
        <source>No key store: virtual keys cannot be checked.</source>
        <translation>Kein Schlüsselspeicher: Virtuelle Schlüssel können nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="386"/>
        <source>Use POST for chat completions.</source>
        <translation>Verwenden Sie POST für Chat-Completions.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="395"/>
        <location filename="../core/gateway/gatewayserver.cpp" line="422"/>
        <source>No route for %1 %2.</source>
        <translation>Keine Route für %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="413"/>
        <source>A valid Tiergate virtual key (tg-…) is required as &apos;Authorization: Bearer&apos;.</source>
        <translation>Ein gültiger virtueller Tiergate-Schlüssel (tg-…) ist als „Authorization: Bearer“ erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="460"/>
        <source>The model &apos;%1&apos; does not exist.</source>
        <translation>Das Modell „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="495"/>
        <source>The gateway is shutting down.</source>
        <translation>Das Gateway wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="507"/>
        <source>A Tiergate virtual key (tg-…) is required as &apos;Authorization: Bearer&apos;.</source>
        <translation>Ein virtueller Tiergate-Schlüssel (tg-…) ist als „Authorization: Bearer“ erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="508"/>
        <source>The key is not a valid Tiergate virtual key (unknown or revoked).</source>
        <translation>Der Schlüssel ist kein gültiger virtueller Tiergate-Schlüssel (unbekannt oder widerrufen).</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="518"/>
        <source>The body is not a JSON object: %1.</source>
        <translation>Der Body ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="540"/>
        <source>The tier &apos;%1&apos; does not exist.</source>
        <translation>Die Stufe „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="549"/>
        <source>The profile &apos;%1&apos; does not exist.</source>
        <translation>Das Profil „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="555"/>
        <source>This key routes with profile &apos;%1&apos; only.</source>
        <translation>Dieser Schlüssel routet nur mit dem Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="573"/>
        <source>The model &apos;%1&apos; does not exist (see GET /v1/models).</source>
        <translation>Das Modell „%1“ existiert nicht (siehe GET /v1/models).</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="584"/>
        <source>This key allows %1 requests per minute.</source>
        <translation>Dieser Schlüssel erlaubt %1 Anfragen pro Minute.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="600"/>
        <source>The monthly budget of key %1 (%2 USD) is used up.</source>
        <translation>Das Monatsbudget des Schlüssels %1 (%2 USD) ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="616"/>
        <source>The gateway serves %1 streams at once; try again shortly.</source>
        <translation>Das Gateway bedient %1 Streams gleichzeitig; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>tiergate::GatewaySnippet</name>
    <message>
        <location filename="../core/gateway/gatewaysnippets.cpp" line="13"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaysnippets.cpp" line="19"/>
        <source>Python (openai)</source>
        <translation>Python (openai)</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaysnippets.cpp" line="28"/>
        <source>JavaScript (openai)</source>
        <translation>JavaScript (openai)</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaysnippets.cpp" line="37"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>tiergate::GatewayWidget</name>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="34"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="36"/>
        <source>Serve an OpenAI-compatible endpoint on 127.0.0.1 through the active profile</source>
        <translation>Einen OpenAI-kompatiblen Endpunkt auf 127.0.0.1 über das aktive Profil bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="40"/>
        <source>How to call the gateway</source>
        <translation>So rufen Sie das Gateway auf</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="87"/>
        <source>The gateway could not start: %1</source>
        <translation>Das Gateway konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="134"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>tiergate::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="33"/>
        <source>import a LiteLLM config.yaml as providers, models and a profile</source>
        <translation>eine LiteLLM-config.yaml als Anbieter, Modelle und ein Profil importieren</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="39"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="41"/>
        <source>Name of the new profile.</source>
        <translation>Name des neuen Profils.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="43"/>
        <source>Configuration to merge into.</source>
        <translation>Konfiguration, in die zusammengeführt wird.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="45"/>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="49"/>
        <source>Run &apos;tiergate-cli import-litellm --help&apos; for the options.</source>
        <translation>„tiergate-cli import-litellm --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="55"/>
        <source>Usage: tiergate-cli import-litellm FILE [--profile-name N] [--config FILE] [-o FILE]

Reads a LiteLLM proxy config.yaml: model_list becomes providers and models,
router_settings (fallbacks, num_retries, timeout, allowed_fails, cooldown_time,
model_group_alias) a tier and a profile named N (default &apos;litellm&apos;).
Keys written as os.environ/NAME become env:NAME references; a literal key in the file
is not imported (move it to an environment variable).
The result is merged into -o FILE when it exists, else into --config FILE, else into an
empty document, and written to -o FILE (or stdout). Entries with the same id are
replaced. Everything without an equivalent is printed to stderr as a warning.

Exit codes: 0 written, 1 output file not writable, 2 usage error, unreadable or
unusable input, or a merged document with errors (nothing is written then).
</source>
        <translation>Aufruf: tiergate-cli import-litellm FILE [--profile-name N] [--config FILE] [-o FILE]

Liest eine LiteLLM-Proxy-config.yaml: model_list wird zu Anbietern und Modellen,
router_settings (fallbacks, num_retries, timeout, allowed_fails, cooldown_time,
model_group_alias) zu einer Stufe und einem Profil namens N (Standard „litellm“).
Als os.environ/NAME geschriebene Schlüssel werden zu env:NAME-Verweisen; ein wörtlicher
Schlüssel in der Datei wird nicht importiert (verschieben Sie ihn in eine Umgebungsvariable).
Das Ergebnis wird in -o FILE zusammengeführt, wenn es existiert, sonst in --config FILE, sonst in ein
leeres Dokument, und nach -o FILE (oder stdout) geschrieben. Einträge mit derselben ID werden
ersetzt. Alles ohne Entsprechung wird auf stderr als Warnung ausgegeben.

Exit-Codes: 0 geschrieben, 1 Ausgabedatei nicht beschreibbar, 2 Aufruffehler, unlesbare oder
unbrauchbare Eingabe oder ein zusammengeführtes Dokument mit Fehlern (dann wird nichts geschrieben).
</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="72"/>
        <source>expected exactly one LiteLLM config FILE.</source>
        <translation>erwartet wird genau eine LiteLLM-Konfigurationsdatei FILE.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="76"/>
        <location filename="../core/cli/importcommand.cpp" line="98"/>
        <source>tiergate-cli import-litellm: cannot read %1: %2</source>
        <translation>tiergate-cli import-litellm: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="82"/>
        <source>tiergate-cli import-litellm: %1: %2</source>
        <translation>tiergate-cli import-litellm: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="105"/>
        <source>tiergate-cli import-litellm: %1 is not a usable Tiergate document:</source>
        <translation>tiergate-cli import-litellm: %1 ist kein brauchbares Tiergate-Dokument:</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="130"/>
        <source>tiergate-cli import-litellm: the merged document has errors; nothing was written.</source>
        <translation>tiergate-cli import-litellm: Das zusammengeführte Dokument enthält Fehler; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="140"/>
        <source>tiergate-cli import-litellm: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation>tiergate-cli import-litellm: %1 kann nicht geschrieben werden: %2; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="147"/>
        <source>wrote %1 with profile &apos;%2&apos; (%3 warning(s))</source>
        <translation>%1 mit Profil „%2“ geschrieben (%3 Warnung(en))</translation>
    </message>
</context>
<context>
    <name>tiergate::Importer</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="137"/>
        <location filename="../core/export/litellmimporter.cpp" line="158"/>
        <source>%1 is negative; ignored.</source>
        <translation>%1 ist negativ; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="141"/>
        <location filename="../core/export/litellmimporter.cpp" line="153"/>
        <location filename="../core/export/litellmimporter.cpp" line="162"/>
        <source>%1 is too large: Tiergate&apos;s limit is %2; ignored.</source>
        <translation>%1 ist zu groß: Tiergates Grenze ist %2; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="154"/>
        <source>&apos;%1&apos; is not a whole number; ignored.</source>
        <translation>„%1“ ist keine ganze Zahl; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="166"/>
        <source>%1 is not a whole number; ignored.</source>
        <translation>%1 ist keine ganze Zahl; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="180"/>
        <source>&apos;%1&apos; is not a usable number of seconds; ignored.</source>
        <translation>„%1“ ist keine brauchbare Sekundenzahl; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="192"/>
        <source>Imported from a LiteLLM config.</source>
        <translation>Aus einer LiteLLM-Konfiguration importiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="200"/>
        <source>the file is not a LiteLLM config: its top level is not a mapping.</source>
        <translation>die Datei ist keine LiteLLM-Konfiguration: Ihre oberste Ebene ist kein Mapping.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="205"/>
        <source>the file has no model_list: a LiteLLM config lists its models under &apos;model_list&apos;.</source>
        <translation>die Datei hat keine model_list: Eine LiteLLM-Konfiguration führt ihre Modelle unter „model_list“.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="215"/>
        <source>proxy settings (master key, database, ...) have no equivalent in a Tiergate profile and were not imported.</source>
        <translation>Proxy-Einstellungen (Master-Key, Datenbank, ...) haben keine Entsprechung in einem Tiergate-Profil und wurden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="219"/>
        <source>values of environment_variables were not imported; set these variables in the environment instead.</source>
        <translation>Werte von environment_variables wurden nicht importiert; setzen Sie diese Variablen stattdessen in der Umgebung.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="222"/>
        <location filename="../core/export/litellmimporter.cpp" line="483"/>
        <location filename="../core/export/litellmimporter.cpp" line="762"/>
        <location filename="../core/export/litellmimporter.cpp" line="785"/>
        <source>has no equivalent in Tiergate and was not imported.</source>
        <translation>hat keine Entsprechung in Tiergate und wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="230"/>
        <source>could not be read (%1); skipped.</source>
        <translation>konnte nicht gelesen werden (%1); übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="235"/>
        <source>no entry of model_list could be imported.</source>
        <translation>kein Eintrag der model_list konnte importiert werden.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="260"/>
        <source>differs from another deployment of provider &apos;%1&apos;; Tiergate keeps one timeout per provider (the first one).</source>
        <translation>weicht von einem anderen Deployment des Anbieters „%1“ ab; Tiergate führt ein Timeout pro Anbieter (das erste).</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="325"/>
        <source>contains a control character (it would add headers of its own on the wire); not imported.</source>
        <translation>enthält ein Steuerzeichen (es würde auf der Leitung eigene Header hinzufügen); nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="343"/>
        <source>is not a mapping; skipped.</source>
        <translation>ist kein Mapping; übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="349"/>
        <location filename="../core/export/litellmimporter.cpp" line="353"/>
        <location filename="../core/export/litellmimporter.cpp" line="359"/>
        <source>is missing; the entry was skipped.</source>
        <translation>fehlt; der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="375"/>
        <source>LiteLLM provider &apos;%1&apos; has no Tiergate kind; imported as an OpenAI-compatible provider that the LiteLLM export writes back as &apos;%1/&apos;. Set its base URL to use it from Tiergate.</source>
        <translation>LiteLLM-Anbieter „%1“ hat keine Tiergate-Art; importiert als OpenAI-kompatibler Anbieter, den der LiteLLM-Export als „%1/“ zurückschreibt. Setzen Sie seine Basis-URL, um ihn in Tiergate zu nutzen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="384"/>
        <source>&apos;%1&apos; has no provider prefix; imported as provider kind &apos;%2&apos;, the provider LiteLLM infers for it.</source>
        <translation>„%1“ hat kein Anbieterpräfix; importiert als Anbieterart „%2“, den Anbieter, den LiteLLM dafür annimmt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="388"/>
        <source>&apos;%1&apos; names a provider but no model; the entry was skipped.</source>
        <translation>„%1“ nennt einen Anbieter, aber kein Modell; der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="392"/>
        <source>contains a control character; the entry was skipped.</source>
        <translation>enthält ein Steuerzeichen; der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="405"/>
        <source>the base URL comes from the environment variable %1; Tiergate does not read it: set the provider&apos;s base URL (the LiteLLM export keeps os.environ/%1).</source>
        <translation>die Basis-URL kommt aus der Umgebungsvariable %1, die Tiergate nicht liest: Setzen Sie die Basis-URL des Anbieters (der LiteLLM-Export behält os.environ/%1).</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="414"/>
        <source>is not an http(s) URL; the entry was skipped.</source>
        <translation>ist keine http(s)-URL; der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="419"/>
        <source>carries a user name or password inside the URL (%1); the entry was skipped. Put the key in an environment variable and reference it with api_key: os.environ/NAME.</source>
        <translation>enthält einen Benutzernamen oder ein Passwort in der URL (%1); der Eintrag wurde übersprungen. Legen Sie den Schlüssel in eine Umgebungsvariable und verweisen Sie mit api_key: os.environ/NAME darauf.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="450"/>
        <source>a literal key is written in the file; it was NOT imported. Put it in the environment variable %1 and write api_key: os.environ/%1 (Tiergate: env:%1).</source>
        <translation>ein wörtlicher Schlüssel steht in der Datei; er wurde NICHT importiert. Legen Sie ihn in die Umgebungsvariable %1 und schreiben Sie api_key: os.environ/%1 (Tiergate: env:%1).</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="457"/>
        <source>&apos;%1&apos; is not an Azure api-version Tiergate can send (a date such as 2024-10-21); it was not imported, set apiVersion of the provider by hand.</source>
        <translation>„%1“ ist keine Azure-api-version, die Tiergate senden kann (ein Datum wie 2024-10-21); nicht importiert, setzen Sie apiVersion des Anbieters von Hand.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="530"/>
        <source>&apos;%1&apos; is not a usable price; ignored.</source>
        <translation>„%1“ ist kein brauchbarer Preis; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="598"/>
        <source>&apos;%1&apos; → &apos;%2&apos; is a wildcard: LiteLLM passes any matching name through to provider &apos;%3&apos;. Tiergate resolves names through the tier instead; the rule is kept for the exports.</source>
        <translation>„%1“ → „%2“ ist ein Platzhalter: LiteLLM reicht jeden passenden Namen an den Anbieter „%3“ durch. Tiergate löst Namen stattdessen über die Stufe auf; die Regel bleibt für die Exporte erhalten.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="603"/>
        <source>&apos;%1&apos; is load-balanced over several deployments; Tiergate routes it to one (model &apos;%2&apos;), so this deployment (model &apos;%3&apos; on provider &apos;%4&apos;) is kept for the exports only.</source>
        <translation>„%1“ wird über mehrere Deployments lastverteilt; Tiergate routet es an eines (Modell „%2“), daher bleibt dieses Deployment (Modell „%3“ bei Anbieter „%4“) nur für die Exporte erhalten.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="608"/>
        <source>model &apos;%1&apos; is already served by provider &apos;%2&apos;; Tiergate names a model once, so this deployment on provider &apos;%3&apos; is kept for the exports only.</source>
        <translation>Modell „%1“ wird bereits vom Anbieter „%2“ bereitgestellt; Tiergate benennt ein Modell nur einmal, daher bleibt dieses Deployment bei Anbieter „%3“ nur für die Exporte erhalten.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="657"/>
        <source>must be a mapping of a model to its fallbacks; ignored.</source>
        <translation>muss ein Mapping eines Modells auf seine Fallbacks sein; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="740"/>
        <source>the fallbacks differ from model to model; a Tiergate profile has one fallback chain for every model, so Tiergate does not fall back here. The lists are kept for the exports.</source>
        <translation>die Fallbacks unterscheiden sich von Modell zu Modell; ein Tiergate-Profil hat eine Fallback-Kette für alle Modelle, daher fällt Tiergate hier nicht zurück. Die Listen bleiben für die Exporte erhalten.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="767"/>
        <source>&apos;%1&apos; has no equivalent: Tiergate routes each name to one model and then along the chain.</source>
        <translation>„%1“ hat keine Entsprechung: Tiergate routet jeden Namen an ein Modell und dann entlang der Kette.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="843"/>
        <source>&apos;%1&apos; is not a usable amount (Tiergate&apos;s limit is 9000000000000 USD); ignored.</source>
        <translation>„%1“ ist kein brauchbarer Betrag (Tiergates Grenze ist 9000000000000 USD); ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="865"/>
        <source>Tiergate moves to a larger model only along the fallback chain; the context-window fallbacks are kept for the exports.</source>
        <translation>Tiergate wechselt nur entlang der Fallback-Kette zu einem größeren Modell; die Kontextfenster-Fallbacks bleiben für die Exporte erhalten.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="272"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation>LLM-Gateway (LLM_GATEWAY_URL)</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="627"/>
        <location filename="../core/export/litellmimporter.cpp" line="643"/>
        <location filename="../core/export/litellmimporter.cpp" line="826"/>
        <source>&apos;%1&apos; is not a model_name of model_list; ignored.</source>
        <translation>„%1“ ist kein model_name der model_list; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="660"/>
        <source>must be a list of {model: [fallbacks]}; ignored.</source>
        <translation>muss eine Liste von {model: [fallbacks]} sein; ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="853"/>
        <source>&apos;%1&apos;: Tiergate&apos;s budget is per calendar month.</source>
        <translation>„%1“: Das Budget von Tiergate gilt pro Kalendermonat.</translation>
    </message>
</context>
<context>
    <name>tiergate::Judge</name>
    <message>
        <location filename="../core/experiment/judge.cpp" line="140"/>
        <source>the judge declined to score: %1</source>
        <translation>der Bewerter hat die Bewertung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="142"/>
        <source>the judge&apos;s reply has no JSON object with scores</source>
        <translation>die Antwort des Bewerters enthält kein JSON-Objekt mit Wertungen</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="158"/>
        <source>answer %1 has the score %2, outside 1 to 10</source>
        <translation>Antwort %1 hat die Wertung %2, außerhalb von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="168"/>
        <source>the judge scored %1 of %2 answers</source>
        <translation>der Bewerter hat %1 von %2 Antworten bewertet</translation>
    </message>
</context>
<context>
    <name>tiergate::KeyResolver</name>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="69"/>
        <source>key file &apos;%1&apos; does not exist; create it with the key and run chmod 600 on it</source>
        <translation>Schlüsseldatei „%1“ existiert nicht; legen Sie sie mit dem Schlüssel an und führen Sie chmod 600 darauf aus</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="73"/>
        <source>key file &apos;%1&apos; is not a regular file</source>
        <translation>Schlüsseldatei „%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="78"/>
        <source>key file &apos;%1&apos; is not owned by you; refused</source>
        <translation>Schlüsseldatei „%1“ gehört nicht Ihnen; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="86"/>
        <source>key file &apos;%1&apos; can be read by other users; refused until you run chmod 600 on it</source>
        <translation>Schlüsseldatei „%1“ ist für andere Benutzer lesbar; abgelehnt, bis Sie chmod 600 darauf ausführen</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="91"/>
        <source>key file &apos;%1&apos; cannot be read: %2</source>
        <translation>Schlüsseldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="96"/>
        <source>key file &apos;%1&apos; is empty</source>
        <translation>Schlüsseldatei „%1“ ist leer</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="112"/>
        <source>environment variable %1 is not set; set it to the API key</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt; setzen Sie sie auf den API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="117"/>
        <source>keychain entry &apos;%1&apos; can only be read asynchronously</source>
        <translation>Schlüsselbund-Eintrag „%1“ kann nur asynchron gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="144"/>
        <source>keychain entry &apos;%1&apos;: the keychain is disabled (TIERGATE_NO_KEYCHAIN=1) and there is no key file %2; store the key in the profile editor or use env:NAME</source>
        <translation>Schlüsselbund-Eintrag „%1“: Der Schlüsselbund ist deaktiviert (TIERGATE_NO_KEYCHAIN=1) und es gibt keine Schlüsseldatei %2; speichern Sie den Schlüssel im Profil-Editor oder verwenden Sie env:NAME</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="166"/>
        <source>keychain entry &apos;%1&apos; (service &quot;tiergate&quot;) could not be read: %2; store the key in the profile editor</source>
        <translation>Schlüsselbund-Eintrag „%1“ (Dienst &quot;tiergate&quot;) konnte nicht gelesen werden: %2; speichern Sie den Schlüssel im Profil-Editor</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="178"/>
        <source>&apos;%1&apos; is not a valid key name</source>
        <translation>„%1“ ist kein gültiger Schlüsselname</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="180"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="184"/>
        <location filename="../core/config/keyresolver.cpp" line="189"/>
        <source>cannot write the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::KeysCommand</name>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="292"/>
        <source>create, list or revoke the gateway&apos;s virtual keys (tg-…)</source>
        <translation>die virtuellen Schlüssel des Gateways (tg-…) anlegen, auflisten oder widerrufen</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="299"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="300"/>
        <source>Team of the new key.</source>
        <translation>Team des neuen Schlüssels.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="302"/>
        <source>Profile the new key routes with.</source>
        <translation>Profil, mit dem der neue Schlüssel routet.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="304"/>
        <source>Monthly budget of the new key in USD (default: none).</source>
        <translation>Monatsbudget des neuen Schlüssels in USD (Standard: keines).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="306"/>
        <source>Requests per minute of the new key (default: no limit).</source>
        <translation>Anfragen pro Minute des neuen Schlüssels (Standard: kein Limit).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="308"/>
        <source>Configuration file (checks the profile).</source>
        <translation>Konfigurationsdatei (prüft das Profil).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="310"/>
        <source>Folder of the keys (default: the app&apos;s).</source>
        <translation>Ordner der Schlüssel (Standard: der der App).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="312"/>
        <source>create, list or revoke</source>
        <translation>create, list oder revoke</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="332"/>
        <source>say create, list or revoke.</source>
        <translation>geben Sie create, list oder revoke an.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="337"/>
        <source>tiergate-cli keys: cannot read %1: %2</source>
        <translation>tiergate-cli keys: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="346"/>
        <source>create needs --team and --profile.</source>
        <translation>create braucht --team und --profile.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="352"/>
        <source>tiergate-cli keys: profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation>tiergate-cli keys: Profil „%1“ ist nicht in der Konfiguration (Profile: %2).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="362"/>
        <source>--budget-usd must be an amount in USD, e.g. 25 or 0.50.</source>
        <translation>--budget-usd muss ein Betrag in USD sein, z. B. 25 oder 0.50.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="370"/>
        <source>--rpm must be a whole number, 0 or more.</source>
        <translation>--rpm muss eine ganze Zahl sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="376"/>
        <source>tiergate-cli keys: cannot write %1: %2</source>
        <translation>tiergate-cli keys: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="381"/>
        <source>Created %1 for team %2, profile %3. The key is shown only now.</source>
        <translation>%1 für Team %2, Profil %3 angelegt. Der Schlüssel wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="394"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="394"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="402"/>
        <source>revoke needs the key&apos;s id (vk_…) or prefix.</source>
        <translation>revoke braucht die ID (vk_…) oder das Präfix des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="406"/>
        <source>tiergate-cli keys: no active key &apos;%1&apos;.</source>
        <translation>tiergate-cli keys: kein aktiver Schlüssel „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="410"/>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="414"/>
        <source>unknown action &apos;%1&apos; (create, list or revoke).</source>
        <translation>unbekannte Aktion „%1“ (create, list oder revoke).</translation>
    </message>
</context>
<context>
    <name>tiergate::Ledger</name>
    <message>
        <location filename="../core/cost/ledger.cpp" line="510"/>
        <source>Cannot create the ledger folder %1.</source>
        <translation>Der Ordner des Kostenjournals %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="517"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>Das Kostenjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="540"/>
        <source>the database stayed in mode &quot;%1&quot;</source>
        <translation>die Datenbank blieb im Modus „%1“</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="543"/>
        <source>Cannot switch the ledger %1 to WAL mode: %2</source>
        <translation>Das Kostenjournal %1 lässt sich nicht in den WAL-Modus schalten: %2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="560"/>
        <source>Cannot configure the ledger: %1</source>
        <translation>Das Kostenjournal kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="619"/>
        <source>Cannot prepare the ledger statements: the SQLite driver gave no connection handle.</source>
        <translation>Die Anweisungen des Kostenjournals können nicht vorbereitet werden: Der SQLite-Treiber lieferte kein Verbindungshandle.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="661"/>
        <source>Cannot prepare the ledger statements: %1</source>
        <translation>Die Anweisungen des Kostenjournals können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="669"/>
        <location filename="../core/cost/ledger.cpp" line="735"/>
        <location filename="../core/cost/ledger.cpp" line="764"/>
        <location filename="../core/cost/ledger.cpp" line="827"/>
        <location filename="../core/cost/ledger.cpp" line="839"/>
        <source>Ledger query failed: %1</source>
        <translation>Abfrage des Kostenjournals fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="791"/>
        <location filename="../core/cost/ledger.cpp" line="873"/>
        <location filename="../core/cost/ledger.cpp" line="1370"/>
        <source>The ledger is not open.</source>
        <translation>Das Kostenjournal ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="796"/>
        <source>Cannot start a ledger transaction: %1</source>
        <translation>Eine Transaktion des Kostenjournals kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="857"/>
        <source>Cannot commit to the ledger: %1</source>
        <translation>Commit in das Kostenjournal nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1446"/>
        <location filename="../core/cost/ledger.cpp" line="1481"/>
        <source>The export target is not writable.</source>
        <translation>Das Exportziel ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1454"/>
        <location filename="../core/cost/ledger.cpp" line="1472"/>
        <location filename="../core/cost/ledger.cpp" line="1496"/>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerAggregateModel</name>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="61"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="105"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="107"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="109"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="111"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="113"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="117"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="119"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="123"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="125"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="127"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="129"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerSchema</name>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="264"/>
        <source>Ledger schema statement failed: %1</source>
        <translation>Anweisung des Kostenjournal-Schemas fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="443"/>
        <source>The ledger database cannot be read.</source>
        <translation>Die Datenbank des Kostenjournals kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="450"/>
        <location filename="../core/cost/ledgerschema.cpp" line="472"/>
        <source>The ledger was written by a newer Tiergate (schema %1, this version knows %2).</source>
        <translation>Das Kostenjournal wurde von einer neueren Tiergate-Version geschrieben (Schema %1, diese Version kennt %2).</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="461"/>
        <source>Cannot lock the ledger to create its schema: %1</source>
        <translation>Das Kostenjournal kann zum Anlegen seines Schemas nicht gesperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerTableModel</name>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="139"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="150"/>
        <source>⚠ %1 (%2)</source>
        <translation>⚠ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="151"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="175"/>
        <source>Estimated: the provider reported no usage</source>
        <translation>Geschätzt: Der Anbieter hat keinen Verbrauch gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="178"/>
        <source>Estimated: no catalog price for this model, the flat rate was used</source>
        <translation>Geschätzt: Kein Katalogpreis für dieses Modell, der Pauschalsatz wurde verwendet</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="183"/>
        <source>Requested: %1</source>
        <translation>Angefragt: %1</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="186"/>
        <source>The provider reported %1; the catalog price gives %2.</source>
        <translation>Der Anbieter meldete %1; der Katalogpreis ergibt %2.</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="189"/>
        <source>They differ by more than 1 %: the catalog price of this model may be out of date.</source>
        <translation>Sie weichen um mehr als 1 % ab: Der Katalogpreis dieses Modells ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="223"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="225"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="227"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="229"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="231"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="233"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="235"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="237"/>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="239"/>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="241"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="243"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="245"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="247"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="249"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="251"/>
        <source>Price check</source>
        <translation>Preisprüfung</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerWatcher</name>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="92"/>
        <source>The ledger %1 does not exist (yet).</source>
        <translation>Das Kostenjournal %1 existiert (noch) nicht.</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="100"/>
        <source>Cannot open the ledger %1 for reading: %2</source>
        <translation>Das Kostenjournal %1 kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="120"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="215"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="273"/>
        <source>Cannot read the ledger %1: %2</source>
        <translation>Das Kostenjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmExporter</name>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="110"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of model_list.</source>
        <translation>Modell „%1“ hat keinen bekannten Anbieter; es wird in model_list weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="111"/>
        <source>model &apos;%1&apos; is not in the catalog; it is left out of model_list.</source>
        <translation>Modell „%1“ ist nicht im Katalog; es wird in model_list weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="152"/>
        <source>names no model or no configured provider; left out of model_list.</source>
        <translation>nennt kein Modell oder keinen konfigurierten Anbieter; in model_list weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="180"/>
        <source>LiteLLM has no provider for kind &apos;%1&apos;; exported as an OpenAI-compatible endpoint (openai/).</source>
        <translation>LiteLLM hat keinen Anbieter für die Art „%1“; als OpenAI-kompatibler Endpunkt exportiert (openai/).</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="196"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set api_base of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation>Die Adresse des Simulators ist nur bekannt, solange Tiergate läuft; setzen Sie api_base von „%1“ auf die Adresse von „tiergate-cli sim“.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="199"/>
        <source>the provider has no base URL; set api_base of &apos;%1&apos; by hand.</source>
        <translation>der Anbieter hat keine Basis-URL; setzen Sie api_base von „%1“ von Hand.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="209"/>
        <source>LiteLLM reads keys from the environment only: set %1 on the server to the key Tiergate keeps in &apos;%2&apos;.</source>
        <translation>LiteLLM liest Schlüssel nur aus der Umgebung: Setzen Sie auf dem Server %1 auf den Schlüssel, den Tiergate in „%2“ verwahrt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="236"/>
        <source>LiteLLM lets this deployment timeout (%1 s) win over the router&apos;s (%2 s); Tiergate lets the profile&apos;s win.</source>
        <translation>Bei LiteLLM hat das Timeout dieses Deployments (%1 s) Vorrang vor dem des Routers (%2 s); bei Tiergate hat das des Profils Vorrang.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="307"/>
        <source>&apos;%1&apos; is not in this export; its list is left out.</source>
        <translation>„%1“ ist nicht in diesem Export; seine Liste wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="315"/>
        <source>&apos;%1&apos; is not in this export; left out.</source>
        <translation>„%1“ ist nicht in diesem Export; weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="366"/>
        <source>&apos;%1&apos; is also a model_name of this export; LiteLLM would resolve the alias first, so it is not written.</source>
        <translation>„%1“ ist auch ein model_name dieses Exports; LiteLLM würde zuerst den Alias auflösen, daher wird er nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="373"/>
        <source>its target &apos;%1&apos; is not in this export; left out.</source>
        <translation>sein Ziel „%1“ ist nicht in diesem Export; weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="383"/>
        <source>LiteLLM routes only the model names it lists: a request for another model does not go to the tier default &apos;%1&apos;. Clients must request one of the listed names.</source>
        <translation>LiteLLM routet nur die Modellnamen, die es auflistet: Eine Anfrage für ein anderes Modell geht nicht an den Stufenstandard „%1“. Clients müssen einen der aufgeführten Namen anfragen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="395"/>
        <source>LiteLLM blocks requests at max_budget; the action &apos;%1&apos; is not expressible.</source>
        <translation>LiteLLM blockiert Anfragen bei max_budget; die Aktion „%1“ ist nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="398"/>
        <source>LiteLLM&apos;s budget_duration counts 30 days from the first request, not the calendar month.</source>
        <translation>LiteLLMs budget_duration zählt 30 Tage ab der ersten Anfrage, nicht den Kalendermonat.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="403"/>
        <source>LiteLLM waits retry_after (%1 s) before a retry and backs off on its own; the cap (%2 ms), the jitter (%3) and the Retry-After cap (%4 ms) are not expressible.</source>
        <translation>LiteLLM wartet vor einer Wiederholung retry_after (%1 s) und regelt den Backoff selbst; Obergrenze (%2 ms), Jitter (%3) und Retry-After-Obergrenze (%4 ms) sind nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="411"/>
        <source>LiteLLM retries each model num_retries times before falling back; fast failover is not expressible.</source>
        <translation>LiteLLM wiederholt jedes Modell num_retries-mal, bevor es zurückfällt; schnelles Failover ist nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="415"/>
        <source>LiteLLM sends all traffic again after cooldown_time; half-open probes are not expressible.</source>
        <translation>LiteLLM schickt nach cooldown_time wieder den gesamten Verkehr; Half-Open-Proben sind nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="418"/>
        <source>LiteLLM has no connect or stall timeout; only timeout and stream_timeout are exported.</source>
        <translation>LiteLLM hat kein Verbindungs- oder Stillstands-Timeout; nur timeout und stream_timeout werden exportiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="421"/>
        <source>LiteLLM has no per-profile context limit (%1 tokens); it checks each model&apos;s max_input_tokens.</source>
        <translation>LiteLLM hat kein Kontextlimit pro Profil (%1 Tokens); es prüft max_input_tokens jedes Modells.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="426"/>
        <source>LiteLLM does not trim history; an oversized request goes to context_window_fallbacks or fails.</source>
        <translation>LiteLLM kürzt den Verlauf nicht; eine zu große Anfrage geht an context_window_fallbacks oder scheitert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="436"/>
        <source>LiteLLM limits deployments, not providers; the limit of provider &apos;%1&apos; is not exported.</source>
        <translation>LiteLLM begrenzt Deployments, nicht Anbieter; das Limit des Anbieters „%1“ wird nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="440"/>
        <source>model &apos;%1&apos; is not in this export; its limit is left out.</source>
        <translation>Modell „%1“ ist nicht in diesem Export; sein Limit wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="442"/>
        <source>LiteLLM does not wait for a rate limit; maxWaitMs is not expressible.</source>
        <translation>LiteLLM wartet nicht auf ein Ratenlimit; maxWaitMs ist nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="446"/>
        <source>budget alert thresholds are not expressible in LiteLLM.</source>
        <translation>Budget-Warnschwellen sind in LiteLLM nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="449"/>
        <source>approval before expensive requests is not expressible in LiteLLM.</source>
        <translation>Eine Freigabe vor teuren Anfragen ist in LiteLLM nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="452"/>
        <source>alert thresholds (fallback rate %1, p95 %2 ms) are not expressible in LiteLLM; set alerts in your monitoring.</source>
        <translation>Warnschwellen (Fallback-Rate %1, p95 %2 ms) sind in LiteLLM nicht ausdrückbar; richten Sie Warnungen in Ihrem Monitoring ein.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="458"/>
        <source>criticality routing and the background queue are not expressible in LiteLLM; only the tier &apos;%1&apos; is exported.</source>
        <translation>Routing nach Kritikalität und die Hintergrund-Warteschlange sind in LiteLLM nicht ausdrückbar; nur die Stufe „%1“ wird exportiert.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="463"/>
        <source>per-team keys are not expressible in the config file; create LiteLLM teams and keys through its admin API.</source>
        <translation>Schlüssel pro Team sind in der Konfigurationsdatei nicht ausdrückbar; legen Sie LiteLLM-Teams und -Schlüssel über dessen Admin-API an.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="468"/>
        <source>LiteLLM proxy config generated by Tiergate from profile &apos;%1&apos; (tier &apos;%2&apos;).</source>
        <translation>LiteLLM-Proxy-Konfiguration, von Tiergate aus Profil „%1“ (Stufe „%2“) erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="470"/>
        <source>Key values are not in this file: set the variables named by os.environ/... on the server.</source>
        <translation>Schlüsselwerte stehen nicht in dieser Datei: Setzen Sie die mit os.environ/... benannten Variablen auf dem Server.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="474"/>
        <source>Not expressible in LiteLLM (Tiergate behaves differently here):</source>
        <translation>In LiteLLM nicht ausdrückbar (Tiergate verhält sich hier anders):</translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmImporter</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="882"/>
        <source>the file is not valid YAML (line %1, column %2): %3</source>
        <translation>die Datei ist kein gültiges YAML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="893"/>
        <source>the file is not a LiteLLM config: %1</source>
        <translation>die Datei ist keine LiteLLM-Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="906"/>
        <source>replaced by the imported provider.</source>
        <translation>durch den importierten Anbieter ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="912"/>
        <source>replaced by the imported model.</source>
        <translation>durch das importierte Modell ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="921"/>
        <source>replaced by the imported tier.</source>
        <translation>durch die importierte Stufe ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="926"/>
        <source>replaced by the imported profile.</source>
        <translation>durch das importierte Profil ersetzt.</translation>
    </message>
</context>
<context>
    <name>tiergate::LiveChart</name>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="375"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="376"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="377"/>
        <source>Spend over time</source>
        <translation>Ausgaben über die Zeit</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="380"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="381"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="382"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="383"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="387"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="388"/>
        <source>Follow the selected time range again (Home)</source>
        <translation>Wieder dem gewählten Zeitraum folgen (Pos1)</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="395"/>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="398"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="538"/>
        <source>downsampled up to %1: 1 point per ~%n request(s)</source>
        <translation>
            <numerusform>ausgedünnt bis %1: 1 Punkt pro ~%n Anfrage</numerusform>
            <numerusform>ausgedünnt bis %1: 1 Punkt pro ~%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="551"/>
        <source>Rolling p95</source>
        <translation>Gleitendes p95</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="553"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="555"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="557"/>
        <source>Total spend</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="632"/>
        <source>p95 threshold</source>
        <translation>p95-Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="637"/>
        <source>Cumulative spend (USD)</source>
        <translation>Kumulierte Ausgaben (USD)</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="638"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="639"/>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="838"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="839"/>
        <source>%n point(s) drawn</source>
        <translation>
            <numerusform>%n Punkt gezeichnet</numerusform>
            <numerusform>%n Punkte gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="855"/>
        <source>Tier: %1 · Profile: %2</source>
        <translation>Stufe: %1 · Profil: %2</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="857"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="858"/>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="860"/>
        <source>TTFT: %1 ms</source>
        <translation>TTFT: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="862"/>
        <source>Tokens: %1 in / %2 out</source>
        <translation>Tokens: %1 ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="864"/>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="865"/>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="866"/>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="868"/>
        <source>(fallback)</source>
        <translation>(Fallback)</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="872"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="913"/>
        <source>Downsampled: stands for %n request(s) around it</source>
        <translation>
            <numerusform>Ausgedünnt: steht für %n Anfrage in der Umgebung</numerusform>
            <numerusform>Ausgedünnt: steht für %n Anfragen in der Umgebung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="424"/>
        <source>send N requests at a set rate and concurrency; progress on stderr, summary on stdout</source>
        <translation>N Anfragen mit fester Rate und Parallelität senden; Fortschritt auf stderr, Zusammenfassung auf stdout</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="432"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="433"/>
        <source>Configuration file.</source>
        <translation>Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="434"/>
        <source>Profile to route with.</source>
        <translation>Profil für das Routing.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="436"/>
        <source>Number of requests (default %1).</source>
        <translation>Anzahl der Anfragen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="438"/>
        <source>Requests per second at most (default 0: as fast as the concurrency allows).</source>
        <translation>Höchstens so viele Anfragen pro Sekunde (Standard 0: so schnell, wie die Parallelität erlaubt).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="440"/>
        <source>Requests in flight at most (default %1).</source>
        <translation>Höchstens so viele gleichzeitige Anfragen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="442"/>
        <source>The prompt of every request.</source>
        <translation>Der Prompt jeder Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="443"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation>Stufe statt der des Profils.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="445"/>
        <source>Model to send to, as it is (pinned); the profile&apos;s fallback chain follows it.</source>
        <translation>Modell, an das unverändert gesendet wird (fixiert); die Fallback-Kette des Profils folgt danach.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="447"/>
        <source>critical, standard or background.</source>
        <translation>critical, standard oder background.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="448"/>
        <source>Team id whose keys are used.</source>
        <translation>Team-ID, deren Schlüssel verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="450"/>
        <source>max_tokens of every request.</source>
        <translation>max_tokens jeder Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="451"/>
        <source>Ask for whole answers instead of streams.</source>
        <translation>Ganze Antworten statt Streams anfordern.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="453"/>
        <source>Folder of the ledger (DIR/ledger.sqlite), as the GUI&apos;s --data-dir.</source>
        <translation>Ordner des Kostenjournals (DIR/ledger.sqlite), wie --data-dir der GUI.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="454"/>
        <source>Ledger file.</source>
        <translation>Kostenjournal-Datei.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="456"/>
        <source>Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`.</source>
        <translation>Simulator-Einrichtung (Modelle, Fehler, Seed) wie bei `tiergate-cli sim --config`.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="458"/>
        <source>Failed requests allowed before the exit code is 1 (default 0).</source>
        <translation>Erlaubte fehlgeschlagene Anfragen, bevor der Exit-Code 1 ist (Standard 0).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="460"/>
        <source>auto (bar on a terminal, else lines), bar, lines or none.</source>
        <translation>auto (Balken im Terminal, sonst Zeilen), bar, lines oder none.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="461"/>
        <source>Print the summary as one JSON object.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="481"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation>Ohne --config und --profile: das eingebaute Demo-Profil über einen prozessinternen Simulator.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="483"/>
        <source>Every result is recorded in the ledger (default: the GUI&apos;s, so its live chart shows the traffic).</source>
        <translation>Jedes Ergebnis wird im Kostenjournal erfasst (Standard: dem der GUI, sodass deren Live-Diagramm den Verkehr zeigt).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="486"/>
        <source>Latency percentiles cover every request that was not cancelled, TTFT those that received a first token.</source>
        <translation>Die Latenz-Perzentile umfassen jede nicht abgebrochene Anfrage, TTFT die mit einem ersten Token.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="489"/>
        <source>Exit codes: 0 every request answered (or no more than --max-errors failed), 1 more failed than --max-errors allows, a ledger write failed or the Simulator could not start, 2 usage or configuration error.</source>
        <translation>Exit-Codes: 0 jede Anfrage beantwortet (oder nicht mehr als --max-errors fehlgeschlagen), 1 mehr fehlgeschlagen als --max-errors erlaubt, ein Schreiben ins Kostenjournal scheiterte oder der Simulator startete nicht, 2 Aufruf- oder Konfigurationsfehler.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="497"/>
        <source>unexpected argument &apos;%1&apos; (the prompt goes in --prompt).</source>
        <translation>unerwartetes Argument „%1“ (der Prompt gehört in --prompt).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="512"/>
        <source>--requests must be a whole number from 1 to 10000000.</source>
        <translation>--requests muss eine ganze Zahl von 1 bis 10000000 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="516"/>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="520"/>
        <source>--max-errors must be a whole number, 0 or more.</source>
        <translation>--max-errors muss eine ganze Zahl sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="527"/>
        <source>--rate must be a number of requests per second, 0 or more (0: no limit).</source>
        <translation>--rate muss eine Anzahl Anfragen pro Sekunde sein, 0 oder mehr (0: kein Limit).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="533"/>
        <source>--max-tokens must be a whole number, 1 or more.</source>
        <translation>--max-tokens muss eine ganze Zahl sein, 1 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="541"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation>--criticality muss critical, standard oder background sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="557"/>
        <source>--progress must be auto, bar, lines or none.</source>
        <translation>--progress muss auto, bar, lines oder none sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="561"/>
        <source>give --data-dir or --ledger, not both.</source>
        <translation>geben Sie --data-dir oder --ledger an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="568"/>
        <source>--prompt must not be empty.</source>
        <translation>--prompt darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="615"/>
        <source>Sending %1 requests through profile %2 (concurrency %3, rate %4); ledger %5</source>
        <translation>Sende %1 Anfragen über Profil %2 (Parallelität %3, Rate %4); Kostenjournal %5</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="619"/>
        <source>%1 req/s</source>
        <translation>%1 Anf./s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="619"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand::Private</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="259"/>
        <source>tiergate-cli load: cannot record in the ledger: %1</source>
        <translation>tiergate-cli load: Erfassung im Kostenjournal nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="278"/>
        <source>ok %1  err %2  fallback %3  %4 req/s</source>
        <translation>ok %1  Fehler %2  Fallback %3  %4 Anf./s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="280"/>
        <source>ETA %1 s</source>
        <translation>Rest %1 s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="285"/>
        <source>load: %1/%2 done, %3 ok, %4 failed, %5 fallbacks, %6 req/s</source>
        <translation>load: %1/%2 erledigt, %3 ok, %4 fehlgeschlagen, %5 Fallbacks, %6 Anf./s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="315"/>
        <source>tiergate-cli load: %1 of %2 requests failed (allowed: %3).</source>
        <translation>tiergate-cli load: %1 von %2 Anfragen fehlgeschlagen (erlaubt: %3).</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="371"/>
        <source>Load run: profile %1, concurrency %2, rate %3</source>
        <translation>Lastlauf: Profil %1, Parallelität %2, Rate %3</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="374"/>
        <source>%1 req/s</source>
        <translation>%1 Anf./s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="374"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="376"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="377"/>
        <source>%1 in %2 s (%3 req/s achieved)</source>
        <translation>%1 in %2 s (%3 Anf./s erreicht)</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="381"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="385"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="388"/>
        <source>fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="389"/>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="390"/>
        <source>latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="391"/>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="392"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="392"/>
        <source>%1 prompt + %2 completion</source>
        <translation>%1 Prompt + %2 Completion</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="393"/>
        <source>spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="397"/>
        <source>answered by</source>
        <translation>beantwortet von</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="397"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="398"/>
        <source>ledger</source>
        <translation>Kostenjournal</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="398"/>
        <source>%1 (%2 rows written)</source>
        <translation>%1 (%2 Zeilen geschrieben)</translation>
    </message>
</context>
<context>
    <name>tiergate::LocalServer</name>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="57"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="90"/>
        <source>Models served by %1 on %2.</source>
        <translation>Von %1 auf %2 bereitgestellte Modelle.</translation>
    </message>
</context>
<context>
    <name>tiergate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>%1 — not configured in this window</source>
        <translation>%1 — in diesem Fenster nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Live chart</source>
        <translation>Live-Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Routing profile used by new requests</source>
        <translation>Routing-Profil für neue Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Add %1 at %2 (%3) as a provider and profile</source>
        <translation>%1 unter %2 (%3) als Anbieter und Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Found %1 (%2)</source>
        <translation>%1 gefunden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Found %1 local servers</source>
        <translation>%1 lokale Server gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>OpenAI-compatible servers answering on this machine; add one to route to it.</source>
        <translation>OpenAI-kompatible Server, die auf diesem Rechner antworten; fügen Sie einen hinzu, um dorthin zu routen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Profile %1 now routes new conversations, Compare columns and the demo requests; an open conversation keeps its own profile (Chat shows it and offers to switch).</source>
        <translation>Das Profil %1 routet jetzt neue Unterhaltungen, Vergleichsspalten und die Demo-Anfragen; eine offene Unterhaltung behält ihr eigenes Profil (der Chat zeigt es an und bietet den Wechsel an).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Connecting a provider is not available in this window.</source>
        <translation>Anbieter verbinden ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Connect a provider…</source>
        <translation>&amp;Anbieter verbinden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Import conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>&amp;Export conversation</source>
        <translation>Unterhaltung &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>As &amp;JSON (can be imported)…</source>
        <translation>Als &amp;JSON (importierbar)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Import &amp;LiteLLM config…</source>
        <translation>&amp;LiteLLM-Konfiguration importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Export &amp;profile…</source>
        <translation>&amp;Profil exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>&amp;Find in conversation…</source>
        <translation>In Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Conversation &amp;list</source>
        <translation>Unterhaltungs&amp;liste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>&amp;Request settings</source>
        <translation>&amp;Anfrage-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;About Tiergate</source>
        <translation>Über &amp;Tiergate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Import conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Exported conversations (*.json)</source>
        <translation>Exportierte Unterhaltungen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Open a conversation to export it.</source>
        <translation>Öffnen Sie eine Unterhaltung, um sie zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>Import LiteLLM config</source>
        <translation>LiteLLM-Konfiguration importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>LiteLLM config (*.yaml *.yml)</source>
        <translation>LiteLLM-Konfiguration (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Imported %1; review it and press Save.</source>
        <translation>%1 importiert; prüfen Sie es und drücken Sie „Speichern“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>Imported %1 with warnings (see the Problems tab); review it and press Save.</source>
        <translation>%1 mit Warnungen importiert (siehe Reiter „Probleme“); prüfen Sie es und drücken Sie „Speichern“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Strg+1 … Strg+6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Show Chat, Compare, Profiles, Live chart, Costs, Experiments</source>
        <translation>Chat, Vergleich, Profile, Live-Diagramm, Kosten, Experimente zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>New conversation (Chat)</source>
        <translation>Neue Unterhaltung (Chat)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>Send (Chat), run (Compare)</source>
        <translation>Senden (Chat), ausführen (Vergleich)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>Up</source>
        <translation>Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>Edit the last message (empty composer)</source>
        <translation>Letzte Nachricht bearbeiten (leeres Eingabefeld)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Pick the model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Copy the selected message or text</source>
        <translation>Ausgewählte Nachricht oder Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Find in the conversation; Enter / Shift+Enter: next / previous</source>
        <translation>In der Unterhaltung suchen; Eingabe / Umschalt+Eingabe: nächster / vorheriger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Rename the conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Ctrl+,</source>
        <translation>Strg+,</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Tiergate documentation</source>
        <translation>Tiergate-Dokumentation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>About Tiergate</source>
        <translation>Über Tiergate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <source>A workbench and gateway for OpenAI-compatible LLM APIs: tiers, profiles, retries, fallback chains, circuit breakers and budgets, with the cost of every request.</source>
        <translation>Eine Werkbank und ein Gateway für OpenAI-kompatible LLM-APIs: Stufen, Profile, Wiederholungen, Fallback-Ketten, Circuit Breaker und Budgets, mit den Kosten jeder Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="688"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Key files</source>
        <translation>Schlüsseldateien</translation>
    </message>
</context>
<context>
    <name>tiergate::MarkdownRenderer</name>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="197"/>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="197"/>
        <source>%1, writing…</source>
        <translation>%1, schreibt…</translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="199"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelCatalogModel</name>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="51"/>
        <source>Let the profile&apos;s tier choose the model</source>
        <translation>Die Stufe des Profils wählt das Modell</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="57"/>
        <source>Profile default</source>
        <translation>Profilstandard</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="59"/>
        <source>tier decides</source>
        <translation>Stufe entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="73"/>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="85"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="87"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="89"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="91"/>
        <source>Input / 1M</source>
        <translation>Eingabe / 1M</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="93"/>
        <source>Output / 1M</source>
        <translation>Ausgabe / 1M</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelChecker</name>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="77"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation>Profil „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="103"/>
        <source>model &apos;%1&apos; is not in the catalog: no provider, context window or prices are known for it</source>
        <translation>Modell „%1“ ist nicht im Katalog: Für es sind weder Anbieter noch Kontextfenster noch Preise bekannt</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="110"/>
        <source>model &apos;%1&apos; names provider &apos;%2&apos;, which does not exist</source>
        <translation>Modell „%1“ nennt den Anbieter „%2“, der nicht existiert</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="115"/>
        <source>provider &apos;%1&apos; has no base URL, so &apos;%2&apos; cannot be checked</source>
        <translation>Anbieter „%1“ hat keine Basis-URL, daher kann „%2“ nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="154"/>
        <source>the key of provider &apos;%1&apos; could not be read (%2); its models were checked without it</source>
        <translation>der Schlüssel des Anbieters „%1“ konnte nicht gelesen werden (%2); seine Modelle wurden ohne ihn geprüft</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="181"/>
        <source>provider &apos;%1&apos; answers 404 on GET /models</source>
        <translation>Anbieter „%1“ antwortet auf GET /models mit 404</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="182"/>
        <source>GET /models of provider &apos;%1&apos; failed: %2</source>
        <translation>GET /models des Anbieters „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="185"/>
        <source>%1, so &apos;%2&apos; could not be checked</source>
        <translation>%1, daher konnte „%2“ nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="193"/>
        <source>&apos;%1&apos; is served by provider &apos;%2&apos;</source>
        <translation>„%1“ wird vom Anbieter „%2“ bereitgestellt</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="196"/>
        <source>model &apos;%1&apos; is not in the GET /models list of provider &apos;%2&apos;: requests to it will likely answer 404</source>
        <translation>Modell „%1“ steht nicht in der GET-/models-Liste des Anbieters „%2“: Anfragen daran werden wahrscheinlich mit 404 beantwortet</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelPicker</name>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="23"/>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="28"/>
        <source>Filter models (id, provider, &quot;simulated&quot;)</source>
        <translation>Modelle filtern (ID, Anbieter, „simuliert“)</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="41"/>
        <source>Enter picks, Esc closes. Prices per 1M tokens.</source>
        <translation>Eingabe wählt, Esc schließt. Preise pro 1M Tokens.</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCall</name>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="40"/>
        <source>The model list took longer than %1 ms.</source>
        <translation>Die Modellliste dauerte länger als %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="53"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCommand</name>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="36"/>
        <source>list the model catalog with context windows and prices</source>
        <translation>den Modellkatalog mit Kontextfenstern und Preisen auflisten</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="45"/>
        <source>Usage: tiergate-cli models [--config FILE]

Lists the model catalog: the built-in dated catalog, overridden by the models of
FILE (or of the built-in configuration). Prices are US dollars per 1M tokens.

Exit codes: 0 listed, 2 bad arguments or a configuration file with errors.
</source>
        <translation>Aufruf: tiergate-cli models [--config FILE]

Listet den Modellkatalog auf: den eingebauten, datierten Katalog, überschrieben von den Modellen
aus FILE (oder aus der eingebauten Konfiguration). Preise in US-Dollar pro 1M Tokens.

Exit-Codes: 0 aufgelistet, 2 falsche Argumente oder eine Konfigurationsdatei mit Fehlern.
</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="59"/>
        <source>tiergate-cli models: unexpected argument &apos;%1&apos; (see tiergate-cli models --help)</source>
        <translation>tiergate-cli models: unerwartetes Argument „%1“ (siehe tiergate-cli models --help)</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="72"/>
        <source>tiergate-cli models: cannot read %1: %2</source>
        <translation>tiergate-cli models: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="81"/>
        <source>tiergate-cli models: %1 has errors (run tiergate-cli validate %1)</source>
        <translation>tiergate-cli models: %1 enthält Fehler (führen Sie tiergate-cli validate %1 aus)</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>WINDOW</source>
        <translation>FENSTER</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>IN $/1M</source>
        <translation>EIN $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>OUT $/1M</source>
        <translation>AUS $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>CACHED</source>
        <translation>CACHE</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>CACHE WR</source>
        <translation>CACHE-SCHR.</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="94"/>
        <source>AS OF</source>
        <translation>STAND</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="102"/>
        <source>(simulated)</source>
        <translation>(simuliert)</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="106"/>
        <source>%1 model(s); built-in catalog prices as of %2</source>
        <translation>%1 Modell(e); Preise des eingebauten Katalogs, Stand %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsPage</name>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="30"/>
        <source>Prices are USD per 1M tokens. Editing a built-in catalog entry adds your own entry that overrides it.</source>
        <translation>Preise in USD pro 1M Tokens. Wer einen Eintrag des eingebauten Katalogs bearbeitet, legt einen eigenen Eintrag an, der ihn überschreibt.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Max output</source>
        <translation>Max. Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Input $/1M</source>
        <translation>Eingabe $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Output $/1M</source>
        <translation>Ausgabe $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Cached $/1M</source>
        <translation>Cache $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="51"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="52"/>
        <source>Remove your entry</source>
        <translation>Eigenen Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="67"/>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="82"/>
        <source>Remove model %1</source>
        <translation>Modell %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="114"/>
        <source>yours (simulated)</source>
        <translation>eigenes (simuliert)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="114"/>
        <source>yours</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="115"/>
        <source>catalog (simulated)</source>
        <translation>Katalog (simuliert)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="115"/>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="180"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>tiergate::NativeExporter</name>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="71"/>
        <source>model &apos;%1&apos; is not in the catalog: add it to &apos;models&apos; before running the headless mode.</source>
        <translation>Modell „%1“ ist nicht im Katalog: Fügen Sie es vor dem Start des Headless-Modus zu „models“ hinzu.</translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="78"/>
        <source>the key is read from the keychain entry &apos;%1&apos;: create that entry on the server too (or change the reference to env:NAME).</source>
        <translation>der Schlüssel wird aus dem Schlüsselbund-Eintrag „%1“ gelesen: Legen Sie diesen Eintrag auch auf dem Server an (oder ändern Sie den Verweis auf env:NAME).</translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="83"/>
        <source>the key is read from the file &apos;%1&apos;: copy it to the server with mode 0600.</source>
        <translation>der Schlüssel wird aus der Datei „%1“ gelesen: Kopieren Sie sie mit Modus 0600 auf den Server.</translation>
    </message>
</context>
<context>
    <name>tiergate::ObjReader</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="68"/>
        <location filename="../core/config/configjson.cpp" line="157"/>
        <location filename="../core/config/configjson.cpp" line="177"/>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="81"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="91"/>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="103"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="115"/>
        <source>must be an amount in US dollars</source>
        <translation>muss ein Betrag in US-Dollar sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="127"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="140"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum im Format YYYY-MM-DD sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="151"/>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="171"/>
        <source>must be an object of texts</source>
        <translation>muss ein Objekt aus Texten sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="191"/>
        <source>is null, but an object is required here (remove the key to use the defaults)</source>
        <translation>ist null, hier ist aber ein Objekt erforderlich (entfernen Sie den Schlüssel, um die Standardwerte zu nutzen)</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="198"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="218"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::PortkeyExporter</name>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="254"/>
        <source>Portkey backs off exponentially on its own; base, cap, jitter and Retry-After cap are not expressible.</source>
        <translation>Portkey regelt den exponentiellen Backoff selbst; Basis, Obergrenze, Jitter und Retry-After-Obergrenze sind nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="258"/>
        <source>Portkey retries each target before falling back; fast failover is not expressible.</source>
        <translation>Portkey wiederholt jedes Target, bevor es zurückfällt; schnelles Failover ist nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="260"/>
        <source>the circuit breaker (open after %1 failures for %2 ms) is not expressible in a Portkey config.</source>
        <translation>der Circuit Breaker (offen nach %1 Fehlern für %2 ms) ist in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="265"/>
        <source>Portkey has one request_timeout; connect, first-byte and stall timeouts are not expressible.</source>
        <translation>Portkey hat ein request_timeout; Verbindungs-, Erstes-Byte- und Stillstands-Timeouts sind nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="267"/>
        <source>Portkey does not tell a context overflow (HTTP 400) from other bad requests: it neither trims nor moves to a larger model.</source>
        <translation>Portkey unterscheidet einen Kontextüberlauf (HTTP 400) nicht von anderen fehlerhaften Anfragen: Es kürzt weder, noch wechselt es zu einem größeren Modell.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="271"/>
        <source>the context limit of %1 tokens is not expressible in a Portkey config.</source>
        <translation>das Kontextlimit von %1 Tokens ist in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="274"/>
        <source>rate limits are not expressible in a Portkey config.</source>
        <translation>Ratenlimits sind in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="277"/>
        <source>the monthly budget cap (%1 USD, action &apos;%2&apos;) is not expressible in a Portkey config.</source>
        <translation>die monatliche Budgetgrenze (%1 USD, Aktion „%2“) ist in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="291"/>
        <source>per-team keys are not expressible in a Portkey config; run one runner per team key.</source>
        <translation>Schlüssel pro Team sind in einer Portkey-Konfiguration nicht ausdrückbar; starten Sie einen Runner pro Team-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="282"/>
        <source>alert thresholds are not expressible in a Portkey config.</source>
        <translation>Warnschwellen sind in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="285"/>
        <source>every request goes to the targets&apos; models; the tier&apos;s alias map is not expressible.</source>
        <translation>jede Anfrage geht an die Modelle der Targets; die Alias-Zuordnung der Stufe ist nicht ausdrückbar.</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="288"/>
        <source>criticality routing and the background queue are not expressible in a Portkey config.</source>
        <translation>Routing nach Kritikalität und die Hintergrund-Warteschlange sind in einer Portkey-Konfiguration nicht ausdrückbar.</translation>
    </message>
</context>
<context>
    <name>tiergate::PriceTable</name>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="73"/>
        <source>The price file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Preisdatei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="79"/>
        <source>The price file must be a JSON object of model id to prices.</source>
        <translation>Die Preisdatei muss ein JSON-Objekt sein, das Modell-IDs Preise zuordnet.</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="89"/>
        <source>empty model id</source>
        <translation>leere Modell-ID</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="93"/>
        <source>entry is not an object</source>
        <translation>Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="104"/>
        <source>a price is not a non-negative number</source>
        <translation>ein Preis ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="108"/>
        <source>no per-token input or output price</source>
        <translation>kein Eingabe- oder Ausgabepreis pro Token</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileEditor</name>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="226"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="239"/>
        <source>New from template</source>
        <translation>Aus Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="248"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="249"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="250"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="264"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="267"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="264"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="267"/>
        <source>The name is empty or already used by another profile.</source>
        <translation>Der Name ist leer oder wird bereits von einem anderen Profil verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="304"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1150"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="306"/>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="325"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="326"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="307"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1310"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1319"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1325"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="613"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1402"/>
        <source>Check models</source>
        <translation>Modelle prüfen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1403"/>
        <source>Ask every provider this profile uses for its model list (GET /models) and flag models it does not serve or the catalog does not know.</source>
        <translation>Jeden Anbieter dieses Profils nach seiner Modellliste fragen (GET /models) und Modelle markieren, die er nicht anbietet oder die der Katalog nicht kennt.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1428"/>
        <source>Key references of the providers (values are never shown):</source>
        <translation>Schlüsselverweise der Anbieter (Werte werden nie angezeigt):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1432"/>
        <source>Key references only; key values are never shown.</source>
        <translation>Nur Schlüsselverweise; Schlüsselwerte werden nie angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="308"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="97"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="99"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="101"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="103"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="105"/>
        <source>cut</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="163"/>
        <source>Unsaved profile changes</source>
        <translation>Ungespeicherte Profiländerungen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="164"/>
        <source>The configuration has unsaved changes. Save them before leaving the profile editor?</source>
        <translation>Die Konfiguration hat ungespeicherte Änderungen. Vor dem Verlassen des Profil-Editors speichern?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="283"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="287"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="289"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="291"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="293"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="309"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="345"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="346"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="358"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="362"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="434"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="439"/>
        <source>Change tier</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="441"/>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="458"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="459"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="468"/>
        <source>Add fallback model</source>
        <translation>Fallback-Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="473"/>
        <source>Remove fallback model</source>
        <translation>Fallback-Modell entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="478"/>
        <source>Fallback chain:</source>
        <translation>Fallback-Kette:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="481"/>
        <source>Change max retries</source>
        <translation>Max. Wiederholungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="482"/>
        <source>Max retries:</source>
        <translation>Max. Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="483"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="486"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="535"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="600"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="675"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="711"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="484"/>
        <source>Change backoff base</source>
        <translation>Backoff-Basis ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="485"/>
        <source>Backoff base:</source>
        <translation>Backoff-Basis:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="487"/>
        <source>Change backoff cap</source>
        <translation>Backoff-Obergrenze ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="488"/>
        <source>Backoff cap:</source>
        <translation>Backoff-Obergrenze:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="493"/>
        <source>Change jitter</source>
        <translation>Jitter ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="494"/>
        <source>Jitter:</source>
        <translation>Jitter:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="497"/>
        <source>Next model at once</source>
        <translation>Sofort nächstes Modell</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="498"/>
        <source>Move to the next model at once on a retryable failure</source>
        <translation>Bei einem wiederholbaren Fehler sofort zum nächsten Modell wechseln</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="501"/>
        <source>Change fast failover</source>
        <translation>Schnelles Failover ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="503"/>
        <source>Fast failover:</source>
        <translation>Schnelles Failover:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="510"/>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="512"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="513"/>
        <source>model&apos;s own window</source>
        <translation>eigenes Fenster des Modells</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="515"/>
        <source>Change context limit</source>
        <translation>Kontextlimit ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="516"/>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="518"/>
        <source>Trim oldest turns</source>
        <translation>Älteste Nachrichten entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="519"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="520"/>
        <source>Change context policy</source>
        <translation>Kontextrichtlinie ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="522"/>
        <source>When over:</source>
        <translation>Bei Überschreitung:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="529"/>
        <source>Timeouts (0: the provider&apos;s value)</source>
        <translation>Timeouts (0: Wert des Anbieters)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="531"/>
        <source>Connect:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="532"/>
        <source>First byte:</source>
        <translation>Erstes Byte:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="532"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="533"/>
        <source>Stall (mid-stream silence):</source>
        <translation>Stillstand (Pause im Stream):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="536"/>
        <source>provider&apos;s</source>
        <translation>des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="540"/>
        <source>Change connect timeout</source>
        <translation>Verbindungs-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="542"/>
        <source>Change first-byte timeout</source>
        <translation>Erstes-Byte-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="544"/>
        <source>Change total timeout</source>
        <translation>Gesamt-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="546"/>
        <source>Change stall timeout</source>
        <translation>Stillstands-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="554"/>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Model or provider</source>
        <translation>Modell oder Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Max wait (ms)</source>
        <translation>Max. Wartezeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="562"/>
        <source>0 requests or tokens per minute: no limit on that axis. Past the max wait the next model is tried.</source>
        <translation>0 Anfragen oder Tokens pro Minute: kein Limit auf dieser Achse. Nach der max. Wartezeit wird das nächste Modell versucht.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="566"/>
        <source>Add limit</source>
        <translation>Limit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="567"/>
        <source>Remove limit</source>
        <translation>Limit entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="578"/>
        <source>Add rate limit</source>
        <translation>Ratenlimit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="583"/>
        <source>Remove rate limit</source>
        <translation>Ratenlimit entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="594"/>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="597"/>
        <source>Change breaker failures</source>
        <translation>Breaker-Fehleranzahl ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="599"/>
        <source>Failures to open:</source>
        <translation>Fehler bis zum Öffnen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="601"/>
        <source>Change breaker open time</source>
        <translation>Breaker-Offen-Dauer ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="602"/>
        <source>Open for:</source>
        <translation>Offen für:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="605"/>
        <source>Change breaker probes</source>
        <translation>Breaker-Proben ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="606"/>
        <source>Half-open probes:</source>
        <translation>Half-Open-Proben:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1115"/>
        <source>In %1 (not loaded; the last good configuration is in use): %2%3</source>
        <translation>In %1 (nicht geladen; die letzte gültige Konfiguration ist aktiv): %2%3</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1336"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1351"/>
        <source>Import LiteLLM config %1</source>
        <translation>LiteLLM-Konfiguration %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1435"/>
        <source>Store a secret in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1439"/>
        <source>Entry name:</source>
        <translation>Eintragsname:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1442"/>
        <source>paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1446"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1448"/>
        <source>Then:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1449"/>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1466"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1542"/>
        <source>Test profile</source>
        <translation>Profil testen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1467"/>
        <source>Send a short request through the edited profile (saved or not) and show the route it took.</source>
        <translation>Eine kurze Anfrage über das bearbeitete Profil senden (gespeichert oder nicht) und die gewählte Route zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1481"/>
        <source>Test profile sends one short request and shows every attempt.</source>
        <translation>„Profil testen“ sendet eine kurze Anfrage und zeigt jeden Versuch.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1482"/>
        <source>Testing needs a network connection to the providers.</source>
        <translation>Zum Testen ist eine Netzwerkverbindung zu den Anbietern nötig.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Wait ms</source>
        <translation>Wartezeit ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1514"/>
        <source>Testing profile %1…</source>
        <translation>Profil %1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1515"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1550"/>
        <source>Answered by %1 (provider %2)%3.</source>
        <translation>Beantwortet von %1 (Anbieter %2)%3.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1551"/>
        <source>, after falling back</source>
        <translation>, nach einem Fallback</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1553"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1555"/>
        <source>Latency %1 ms, time to first token %2, %3 attempt(s), %4 retry(ies).</source>
        <translation>Latenz %1 ms, Zeit bis zum ersten Token %2, %3 Versuch(e), %4 Wiederholung(en).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1557"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1557"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1560"/>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1561"/>
        <source>Tokens: %1 prompt + %2 completion = %3%4. Cost: %5%6.</source>
        <translation>Tokens: %1 Prompt + %2 Completion = %3%4. Kosten: %5%6.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1567"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1577"/>
        <source>Asking the providers of %1 for their models…</source>
        <translation>Die Anbieter von %1 werden nach ihren Modellen gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1606"/>
        <source>Profile %1: every model is in the catalog and served by its provider.</source>
        <translation>Profil %1: Jedes Modell ist im Katalog und wird von seinem Anbieter bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="1607"/>
        <source>Profile %1: %n model problem(s) found.</source>
        <translation>
            <numerusform>Profil %1: %n Modellproblem gefunden.</numerusform>
            <numerusform>Profil %1: %n Modellprobleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1614"/>
        <source>Give the entry a name (letters, digits, &apos;-&apos;, &apos;_&apos;; no &apos;/&apos;).</source>
        <translation>Geben Sie dem Eintrag einen Namen (Buchstaben, Ziffern, „-“, „_“; kein „/“).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1618"/>
        <source>Type or paste the secret first.</source>
        <translation>Geben Sie zuerst das Geheimnis ein oder fügen Sie es ein.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1626"/>
        <source>Storing keychain:%1…</source>
        <translation>keychain:%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1634"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1641"/>
        <source>Use %1 for %2</source>
        <translation>%1 für %2 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1648"/>
        <source>Stored as %1; provider %2 now uses it (save to keep the reference).</source>
        <translation>Als %1 gespeichert; Anbieter %2 verwendet es jetzt (speichern, um den Verweis zu behalten).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1650"/>
        <source>Stored as %1. Use that reference as a provider&apos;s or a team&apos;s key.</source>
        <translation>Als %1 gespeichert. Verwenden Sie diesen Verweis als Schlüssel eines Anbieters oder Teams.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="616"/>
        <source>Change monthly cap</source>
        <translation>Monatsgrenze ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="618"/>
        <source>Monthly cap (0: none):</source>
        <translation>Monatsgrenze (0: keine):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="620"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="621"/>
        <source>Downgrade to the budget tier</source>
        <translation>Auf die Budget-Stufe herabstufen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="622"/>
        <source>Warn</source>
        <translation>Warnen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="623"/>
        <source>Change budget action</source>
        <translation>Budgetaktion ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="625"/>
        <source>At the cap:</source>
        <translation>Bei der Grenze:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="627"/>
        <source>A request whose estimated cost is above this asks before it is sent; 0: never ask.</source>
        <translation>Eine Anfrage mit höheren geschätzten Kosten fragt vor dem Senden nach; 0: nie fragen.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="628"/>
        <source>Change approval threshold</source>
        <translation>Freigabeschwelle ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="630"/>
        <source>Ask before requests over (0: never):</source>
        <translation>Nachfragen bei Anfragen über (0: nie):</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="633"/>
        <source>Fractions of the cap that raise an alert, separated by commas.</source>
        <translation>Anteile der Grenze, die eine Warnung auslösen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="641"/>
        <source>Change budget alerts</source>
        <translation>Budgetwarnungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="644"/>
        <source>Alert at fractions of the cap:</source>
        <translation>Warnen bei Anteilen der Grenze:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="651"/>
        <source>Observability and alerts</source>
        <translation>Beobachtbarkeit und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="653"/>
        <source>Log every request and watch the thresholds</source>
        <translation>Anfragen protokollieren, Schwellen überwachen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="656"/>
        <source>Change observability</source>
        <translation>Beobachtbarkeit ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="658"/>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="664"/>
        <source>Change log level</source>
        <translation>Protokollstufe ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="667"/>
        <source>Log level:</source>
        <translation>Protokollstufe:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="672"/>
        <source>Change fallback-rate alert</source>
        <translation>Fallback-Raten-Warnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="674"/>
        <source>Alert at fallback rate:</source>
        <translation>Warnen bei Fallback-Rate:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="676"/>
        <source>Change latency alert</source>
        <translation>Latenzwarnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="678"/>
        <source>Alert at p95 latency:</source>
        <translation>Warnen bei p95-Latenz:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="681"/>
        <source>Change budget alert</source>
        <translation>Budgetwarnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="683"/>
        <source>Alert at monthly spend:</source>
        <translation>Warnen bei Monatsausgaben:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="690"/>
        <source>Criticality routing</source>
        <translation>Routing nach Kritikalität</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="692"/>
        <source>Critical requests:</source>
        <translation>Kritische Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="693"/>
        <source>Standard requests:</source>
        <translation>Standardanfragen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="694"/>
        <source>Background requests:</source>
        <translation>Hintergrundanfragen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="703"/>
        <source>Change %1 tier</source>
        <translation>Stufe für %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="708"/>
        <source>Change queue concurrency</source>
        <translation>Parallelität der Warteschlange ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="710"/>
        <source>Background queue, concurrent:</source>
        <translation>Hintergrund-Warteschlange, parallel:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="712"/>
        <source>Change queue retry window</source>
        <translation>Wiederholungsfenster der Warteschlange ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="714"/>
        <source>Background queue, retry for:</source>
        <translation>Hintergrund-Warteschlange, wiederholen für:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="721"/>
        <source>Teams whose keys this profile may use</source>
        <translation>Teams, deren Schlüssel dieses Profil verwenden darf</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="734"/>
        <source>Change teams</source>
        <translation>Teams ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="792"/>
        <source>The configuration changed; run Check models again.</source>
        <translation>Die Konfiguration hat sich geändert; führen Sie „Modelle prüfen“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="846"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="859"/>
        <source>Duplicate profile %1</source>
        <translation>Profil %1 duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="871"/>
        <source>Rename profile %1</source>
        <translation>Profil %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="881"/>
        <source>Delete profile %1</source>
        <translation>Profil %1 löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="899"/>
        <source>Not saved: %n error(s) must be fixed first, e.g. %1</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Fehler muss zuerst behoben werden, z. B. %1</numerusform>
            <numerusform>Nicht gespeichert: %n Fehler müssen zuerst behoben werden, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="907"/>
        <source>Not saved: the configuration was refused.</source>
        <translation>Nicht gespeichert: Die Konfiguration wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="911"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="917"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1018"/>
        <source>profile&apos;s tier (%1)</source>
        <translation>Stufe des Profils (%1)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1055"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1056"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1106"/>
        <source>Change rate limits</source>
        <translation>Ratenlimits ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1129"/>
        <source>Error: blocks saving</source>
        <translation>Fehler: verhindert das Speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1129"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1138"/>
        <source>Check models: </source>
        <translation>Modelle prüfen: </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1142"/>
        <source>Warning from Check models</source>
        <translation>Warnung aus „Modelle prüfen“</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1150"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1151"/>
        <source>Fix the errors in Problems to save</source>
        <translation>Beheben Sie die Fehler unter „Probleme“, um zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1180"/>
        <source>(only store it)</source>
        <translation>(nur speichern)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1183"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1184"/>
        <source>and use it for %1</source>
        <translation>und für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1192"/>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1207"/>
        <source>Reorder fallback chain</source>
        <translation>Fallback-Kette umordnen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1314"/>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1319"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplainer</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="87"/>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="89"/>
        <source>Profile &apos;%1&apos; sends a request to tier &apos;%2&apos;</source>
        <translation>Profil „%1“ sendet eine Anfrage an die Stufe „%2“</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="94"/>
        <source> (aliases: %1)</source>
        <translation> (Aliase: %1)</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="96"/>
        <source>. A request for the tier&apos;s default model tries, in this order: %1.</source>
        <translation>. Eine Anfrage für das Standardmodell der Stufe versucht in dieser Reihenfolge: %1.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="98"/>
        <source>The fallback chain is longer than two: a failing request can take long.</source>
        <translation>Die Fallback-Kette ist länger als zwei: Eine fehlschlagende Anfrage kann lange dauern.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="103"/>
        <source>Fast failover is on: each model except the last gets one attempt, then the next model is tried at once (%1).</source>
        <translation>Schnelles Failover ist an: Jedes Modell außer dem letzten bekommt einen Versuch, dann wird sofort das nächste Modell versucht (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="108"/>
        <source>The last model, &apos;%1&apos;, is retried up to %n time(s), waiting %2 (±%3% jitter).</source>
        <translation>
            <numerusform>Das letzte Modell, „%1“, wird bis zu %n-mal wiederholt, mit %2 Wartezeit (±%3 % Jitter).</numerusform>
            <numerusform>Das letzte Modell, „%1“, wird bis zu %n-mal wiederholt, mit %2 Wartezeit (±%3 % Jitter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="113"/>
        <source>Each model is tried up to %n more time(s), waiting %1 before the retries (±%2% jitter); then the next model: %3.</source>
        <translation>
            <numerusform>Jedes Modell wird bis zu %n weiteres Mal versucht, mit %1 Wartezeit vor den Wiederholungen (±%2 % Jitter); dann das nächste Modell: %3.</numerusform>
            <numerusform>Jedes Modell wird bis zu %n weitere Male versucht, mit %1 Wartezeit vor den Wiederholungen (±%2 % Jitter); dann das nächste Modell: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="120"/>
        <source>No retries: on failure the next model is tried at once: %1.</source>
        <translation>Keine Wiederholungen: Bei einem Fehler wird sofort das nächste Modell versucht: %1.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="122"/>
        <source>After %1 failures in a row a model&apos;s circuit opens: it is skipped for %2, then %3 probe request(s) decide whether it is used again.</source>
        <translation>Nach %1 Fehlern in Folge öffnet der Circuit Breaker eines Modells: Es wird %2 lang übersprungen, dann entscheiden %3 Probeanfrage(n), ob es wieder verwendet wird.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="128"/>
        <source>Rate limit (HTTP 429)</source>
        <translation>Ratenlimit (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="130"/>
        <source>A Retry-After header from the server replaces the wait, up to %1; a longer Retry-After moves on to the next model.</source>
        <translation>Ein Retry-After-Header des Servers ersetzt die Wartezeit, bis zu %1; ein längeres Retry-After wechselt zum nächsten Modell.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="135"/>
        <source>Server error (HTTP 500, 502, 503, 504)</source>
        <translation>Serverfehler (HTTP 500, 502, 503, 504)</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="140"/>
        <source>connect %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="142"/>
        <source>first byte %1</source>
        <translation>erstes Byte %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="144"/>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="146"/>
        <source>stall %1</source>
        <translation>Stillstand %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="147"/>
        <source>An attempt times out after: %1 (other limits from each provider).</source>
        <translation>Ein Versuch läuft ab nach: %1 (andere Limits von jedem Anbieter).</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="150"/>
        <source>Timeouts are the providers&apos; own, e.g. &apos;%1&apos;: connect %2, first byte %3, total %4.</source>
        <translation>Die Timeouts sind die der Anbieter, z. B. „%1“: Verbindung %2, erstes Byte %3, gesamt %4.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="154"/>
        <source>Timeout or dropped connection</source>
        <translation>Timeout oder abgebrochene Verbindung</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="156"/>
        <source>Once answer text has reached the caller, a stream that breaks is not retried: the partial answer is kept and marked cut.</source>
        <translation>Sobald Antworttext beim Aufrufer angekommen ist, wird ein abbrechender Stream nicht wiederholt: Die Teilantwort bleibt erhalten und wird als abgeschnitten markiert.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="169"/>
        <source>Requests are held to %1 tokens.</source>
        <translation>Anfragen werden auf %1 Tokens begrenzt.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="171"/>
        <source>A conversation longer than the window is trimmed first: the system prompt and the newest turns are kept, the oldest turns dropped.</source>
        <translation>Eine Unterhaltung, die länger als das Fenster ist, wird zuerst gekürzt: Systemprompt und neueste Nachrichten bleiben, die ältesten entfallen.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="173"/>
        <source>A conversation longer than the window is refused with a clear error; history is never trimmed.</source>
        <translation>Eine Unterhaltung, die länger als das Fenster ist, wird mit einem klaren Fehler abgelehnt; der Verlauf wird nie gekürzt.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="176"/>
        <source>If a model still reports a context overflow, no later model has a larger window: the request fails.</source>
        <translation>Meldet ein Modell dennoch einen Kontextüberlauf, hat kein späteres Modell ein größeres Fenster: Die Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="177"/>
        <source>If a model still reports a context overflow, the next model with a larger window is tried: %1.</source>
        <translation>Meldet ein Modell dennoch einen Kontextüberlauf, wird das nächste Modell mit größerem Fenster versucht: %1.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="179"/>
        <source>Context overflow</source>
        <translation>Kontextüberlauf</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="181"/>
        <source>Authentication (HTTP 401, 403)</source>
        <translation>Authentifizierung (HTTP 401, 403)</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="182"/>
        <source>Not retried and no fallback: the request fails at once with the provider&apos;s message. Check the key reference of the provider.</source>
        <translation>Keine Wiederholung und kein Fallback: Die Anfrage schlägt sofort mit der Meldung des Anbieters fehl. Prüfen Sie den Schlüsselverweis des Anbieters.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="187"/>
        <source>No monthly cap: spend is recorded but never stops a request.</source>
        <translation>Keine Monatsgrenze: Ausgaben werden erfasst, stoppen aber nie eine Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="189"/>
        <source>Monthly cap %1 USD.</source>
        <translation>Monatsgrenze %1 USD.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="192"/>
        <source>At the cap every request is refused with a budget error; no model is tried.</source>
        <translation>An der Grenze wird jede Anfrage mit einem Budgetfehler abgelehnt; kein Modell wird versucht.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="197"/>
        <source>At the cap requests would move to the budget tier, but the configuration has none: they continue unchanged.</source>
        <translation>An der Grenze würden Anfragen auf die Budget-Stufe wechseln, aber die Konfiguration hat keine: Sie laufen unverändert weiter.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="199"/>
        <source>At the cap requests move to tier &apos;%1&apos; (first model &apos;%2&apos;).</source>
        <translation>An der Grenze wechseln Anfragen zur Stufe „%1“ (erstes Modell „%2“).</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="204"/>
        <source>At the cap requests still go out; an alert is raised.</source>
        <translation>An der Grenze gehen Anfragen weiterhin hinaus; eine Warnung wird ausgelöst.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="211"/>
        <source>Alerts at %1 of the cap.</source>
        <translation>Warnungen bei %1 der Grenze.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="213"/>
        <source>Budget cap</source>
        <translation>Budgetgrenze</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplanation</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="19"/>
        <source>Warning: not in the model catalog (the router cannot use them): %1.</source>
        <translation>Warnung: nicht im Modellkatalog (der Router kann sie nicht nutzen): %1.</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="24"/>
        <source>Warning: the provider does not serve (absent from GET /models or 404): %1.</source>
        <translation>Warnung: vom Anbieter nicht bereitgestellt (fehlt in GET /models oder 404): %1.</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileProbe</name>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="28"/>
        <source>Reply with the single word: ready</source>
        <translation>Antworte mit dem einzigen Wort: ready</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="92"/>
        <source>The provider answered HTTP %1, a temporary failure (retried, then the next model was tried).</source>
        <translation>Der Anbieter antwortete mit HTTP %1, einem vorübergehenden Fehler (wiederholt, dann wurde das nächste Modell versucht).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="94"/>
        <source>The provider could not be reached in time or the connection failed (retried, then the next model was tried).</source>
        <translation>Der Anbieter war nicht rechtzeitig erreichbar oder die Verbindung scheiterte (wiederholt, dann wurde das nächste Modell versucht).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="98"/>
        <source>The prompt does not fit the model&apos;s context window.</source>
        <translation>Der Prompt passt nicht in das Kontextfenster des Modells.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="101"/>
        <source>The provider refused the key, or the key could not be read: check the key reference in Keys.</source>
        <translation>Der Anbieter hat den Schlüssel abgelehnt, oder der Schlüssel war nicht lesbar: Prüfen Sie den Schlüsselverweis unter „Schlüssel“.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="105"/>
        <source>The provider does not know this model (HTTP 404): check the model id or use Check models.</source>
        <translation>Der Anbieter kennt dieses Modell nicht (HTTP 404): Prüfen Sie die Modell-ID oder nutzen Sie „Modelle prüfen“.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="106"/>
        <source>The provider rejected the request (HTTP %1).</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="109"/>
        <source>The profile&apos;s monthly budget cap blocked the request.</source>
        <translation>Die monatliche Budgetgrenze des Profils hat die Anfrage blockiert.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="112"/>
        <source>The probe was cancelled.</source>
        <translation>Die Probe wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="115"/>
        <source>The provider answered with something that is not a chat completion.</source>
        <translation>Der Anbieter antwortete mit etwas, das keine Chat-Completion ist.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="118"/>
        <source>The answer stopped in the middle.</source>
        <translation>Die Antwort brach mittendrin ab.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="121"/>
        <source>No model could be tried (open circuits, rate limits, or an empty chain).</source>
        <translation>Kein Modell konnte versucht werden (offene Circuit Breaker, Ratenlimits oder eine leere Kette).</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="124"/>
        <source>The configuration does not allow this request.</source>
        <translation>Die Konfiguration erlaubt diese Anfrage nicht.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="127"/>
        <source>The provider&apos;s answer passed the size limit set for it.</source>
        <translation>Die Antwort des Anbieters überschritt das für ihn gesetzte Größenlimit.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="130"/>
        <source>The provider&apos;s compressed answer could not be decompressed.</source>
        <translation>Die komprimierte Antwort des Anbieters konnte nicht dekomprimiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="135"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>tiergate::PromptSet</name>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="88"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="94"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="102"/>
        <source>%1: the &quot;set&quot; header must be the first line</source>
        <translation>%1: Der Kopf &quot;set&quot; muss die erste Zeile sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="124"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="138"/>
        <source>the prompt set has no prompts</source>
        <translation>das Prompt-Set hat keine Prompts</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="147"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ProviderSetup</name>
    <message>
        <location filename="../core/config/providersetup.cpp" line="111"/>
        <source>Models of %1 at %2.</source>
        <translation>Modelle von %1 unter %2.</translation>
    </message>
</context>
<context>
    <name>tiergate::ProvidersPage</name>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Add provider %1</source>
        <translation>Anbieter %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Remove provider %1</source>
        <translation>Anbieter %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="37"/>
        <source>Azure OpenAI only: the api-version every request carries.</source>
        <translation>Nur Azure OpenAI: die api-version, die jede Anfrage mitsendet.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="42"/>
        <source>A reference to the key, never the key itself. Store a keychain secret in the Keys tab.</source>
        <translation>Ein Verweis auf den Schlüssel, nie der Schlüssel selbst. Ein Geheimnis im Schlüsselbund speichern Sie im Tab „Schlüssel“.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="43"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="44"/>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="45"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="46"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="47"/>
        <source>Key reference:</source>
        <translation>Schlüsselverweis:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="48"/>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="53"/>
        <source>Rename provider %1</source>
        <translation>Anbieter %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="57"/>
        <source>Change provider name</source>
        <translation>Anbieternamen ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="69"/>
        <source>Change provider kind</source>
        <translation>Anbieterart ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="74"/>
        <source>Change provider kind (%1)</source>
        <translation>Anbieterart ändern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="79"/>
        <source>Change API version</source>
        <translation>API-Version ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="83"/>
        <source>Change base URL</source>
        <translation>Basis-URL ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="87"/>
        <source>Change key reference</source>
        <translation>Schlüsselverweis ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <location filename="../ui/profiles/providerspage.cpp" line="101"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <location filename="../ui/profiles/providerspage.cpp" line="113"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="116"/>
        <source>Timeouts and concurrency</source>
        <translation>Timeouts und Parallelität</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="125"/>
        <location filename="../ui/profiles/providerspage.cpp" line="126"/>
        <location filename="../ui/profiles/providerspage.cpp" line="127"/>
        <location filename="../ui/profiles/providerspage.cpp" line="128"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="130"/>
        <source>Connect:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="131"/>
        <source>First byte:</source>
        <translation>Erstes Byte:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="132"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="133"/>
        <source>Stall:</source>
        <translation>Stillstand:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="134"/>
        <source>Max concurrent requests:</source>
        <translation>Max. parallele Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="143"/>
        <source>Change connect timeout</source>
        <translation>Verbindungs-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="144"/>
        <source>Change first-byte timeout</source>
        <translation>Erstes-Byte-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="145"/>
        <source>Change total timeout</source>
        <translation>Gesamt-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="146"/>
        <source>Change stall timeout</source>
        <translation>Stillstands-Timeout ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="147"/>
        <source>Change max concurrent requests</source>
        <translation>Max. parallele Anfragen ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="191"/>
        <source>Edit headers</source>
        <translation>Header bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="234"/>
        <source>set at run time (the built-in Simulator)</source>
        <translation>zur Laufzeit gesetzt (der eingebaute Simulator)</translation>
    </message>
</context>
<context>
    <name>tiergate::ResponseFormatEditor</name>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="24"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="25"/>
        <source>JSON mode</source>
        <translation>JSON-Modus</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="26"/>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="27"/>
        <source>response_format: free text, any JSON object, or JSON matching a schema</source>
        <translation>response_format: freier Text, beliebiges JSON-Objekt oder JSON nach einem Schema</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="29"/>
        <source>Schema name (response)</source>
        <translation>Schemaname (response)</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="32"/>
        <source>JSON schema, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {...}}</source>
        <translation>JSON-Schema, z. B. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {...}}</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="37"/>
        <source>Tools (JSON array), e.g. [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: ...}}]</source>
        <translation>Tools (JSON-Array), z. B. [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: ...}}]</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="90"/>
        <source>The JSON schema is not valid: %1.</source>
        <translation>Das JSON-Schema ist ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="97"/>
        <source>The tools are not valid: %1.</source>
        <translation>Die Tools sind ungültig: %1.</translation>
    </message>
</context>
<context>
    <name>tiergate::RoutePreflight</name>
    <message>
        <location filename="../core/cli/routepreflight.cpp" line="28"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1); profile &apos;%1&apos; routes through it.</source>
        <translation>Setzen Sie LLM_GATEWAY_URL auf die Basis-URL Ihres Gateways (zum Beispiel http://localhost:4000/v1); Profil „%1“ routet darüber.</translation>
    </message>
    <message>
        <location filename="../core/cli/routepreflight.cpp" line="32"/>
        <source>Provider &apos;%1&apos; has no base URL in the configuration.</source>
        <translation>Anbieter „%1“ hat in der Konfiguration keine Basis-URL.</translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReceipt</name>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="38"/>
        <source>fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="38"/>
        <source>fallback after %1</source>
        <translation>Fallback nach %1</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="40"/>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="35"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="52"/>
        <source>tier default</source>
        <translation>Stufenstandard</translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReply</name>
    <message>
        <location filename="../core/routing/routereply.cpp" line="145"/>
        <location filename="../core/routing/routereply.cpp" line="276"/>
        <location filename="../core/routing/routereply.cpp" line="430"/>
        <source>The router is gone.</source>
        <translation>Der Router ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="150"/>
        <source>No configuration is loaded.</source>
        <translation>Es ist keine Konfiguration geladen.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="159"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation>Das Profil „%1“ ist nicht in der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="166"/>
        <source>Tier &apos;%1&apos; is not in the configuration.</source>
        <translation>Die Stufe „%1“ ist nicht in der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="203"/>
        <source>The request was not sent. Raise the cap or change the action on cap in the profile, or wait for the next month.</source>
        <translation>Die Anfrage wurde nicht gesendet. Erhöhen Sie die Grenze oder ändern Sie die Aktion an der Grenze im Profil, oder warten Sie auf den nächsten Monat.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="227"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation>Das Profil „%1“ hat kein Modell, an das geroutet werden kann.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="319"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation>Der Circuit Breaker von %1/%2 ist nach wiederholten Fehlern offen.</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="348"/>
        <source>The rate limit of %1 would need a wait of %2 ms (bound %3 ms).</source>
        <translation>Das Ratenlimit von %1 würde eine Wartezeit von %2 ms erfordern (Grenze %3 ms).</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="682"/>
        <source>No model could take the request: %1</source>
        <translation>Kein Modell konnte die Anfrage übernehmen: %1</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="768"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tiergate::Runtime</name>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="68"/>
        <source>configuration file %1 does not exist.</source>
        <translation>Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="71"/>
        <source>the configuration %1 has errors:</source>
        <translation>die Konfiguration %1 enthält Fehler:</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="82"/>
        <source>cannot create the data folder %1.</source>
        <translation>der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="99"/>
        <source>cannot open the ledger: %1</source>
        <translation>das Kostenjournal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="125"/>
        <source>tiergate: alert: %1</source>
        <translation>tiergate: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="129"/>
        <source>tiergate: alert cleared: %1</source>
        <translation>tiergate: Warnung aufgehoben: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="155"/>
        <source>the Simulator set-up %1 has errors: %2</source>
        <translation>die Simulator-Einrichtung %1 enthält Fehler: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="158"/>
        <source>cannot start the Simulator: %1</source>
        <translation>der Simulator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="176"/>
        <source>the runtime is not open.</source>
        <translation>die Laufzeitumgebung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="182"/>
        <source>profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation>Profil „%1“ ist nicht in der Konfiguration (Profile: %2).</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="186"/>
        <source>tier &apos;%1&apos; is not in the configuration (tiers: %2).</source>
        <translation>Stufe „%1“ ist nicht in der Konfiguration (Stufen: %2).</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="200"/>
        <source>a Simulator set-up needs a profile that routes over the Simulator (&apos;%1&apos; does not).</source>
        <translation>eine Simulator-Einrichtung braucht ein Profil, das über den Simulator routet („%1“ tut das nicht).</translation>
    </message>
</context>
<context>
    <name>tiergate::ServeCommand</name>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="86"/>
        <source>tiergate-cli serve: draining %1 requests (at most %2 ms)…</source>
        <translation>tiergate-cli serve: %1 Anfragen werden abgearbeitet (höchstens %2 ms)…</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="96"/>
        <source>run the OpenAI-compatible gateway (POST /v1/chat/completions, GET /v1/models, /metrics)</source>
        <translation>das OpenAI-kompatible Gateway starten (POST /v1/chat/completions, GET /v1/models, /metrics)</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="103"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="105"/>
        <source>Configuration file (reloaded when it changes).</source>
        <translation>Konfigurationsdatei (wird bei Änderungen neu geladen).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="107"/>
        <source>Profile of requests without a virtual key.</source>
        <translation>Profil für Anfragen ohne virtuellen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="109"/>
        <source>Address and port (default 127.0.0.1:8080; port 0: any free port).</source>
        <translation>Adresse und Port (Standard 127.0.0.1:8080; Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="111"/>
        <source>Folder of the ledger and the virtual keys (default: the app&apos;s).</source>
        <translation>Ordner des Kostenjournals und der virtuellen Schlüssel (Standard: der der App).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="113"/>
        <source>Accept requests without a virtual key (loopback only).</source>
        <translation>Anfragen ohne virtuellen Schlüssel annehmen (nur Loopback).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="115"/>
        <source>Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`.</source>
        <translation>Simulator-Einrichtung (Modelle, Fehler, Seed) wie bei `tiergate-cli sim --config`.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="117"/>
        <source>On SIGTERM, wait this long for in-flight requests (default 10000).</source>
        <translation>Bei SIGTERM so lange auf laufende Anfragen warten (Standard 10000).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="119"/>
        <source>Concurrent streamed answers (default 256).</source>
        <translation>Gleichzeitige gestreamte Antworten (Standard 256).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="121"/>
        <source>Largest request body (default 4194304).</source>
        <translation>Größter Request-Body (Standard 4194304).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="123"/>
        <source>A request must arrive completely within this time (default 10000).</source>
        <translation>Eine Anfrage muss innerhalb dieser Zeit vollständig ankommen (Standard 10000).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="145"/>
        <source>Clients send &apos;Authorization: Bearer tg-…&apos; (create keys with `tiergate-cli keys create`).</source>
        <translation>Clients senden „Authorization: Bearer tg-…“ (Schlüssel anlegen mit `tiergate-cli keys create`).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="151"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="167"/>
        <source>--listen must be HOST:PORT with an IP address, e.g. 127.0.0.1:8080.</source>
        <translation>--listen muss HOST:PORT mit einer IP-Adresse sein, z. B. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="184"/>
        <source>--drain-timeout must be a number of milliseconds.</source>
        <translation>--drain-timeout muss eine Anzahl Millisekunden sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="188"/>
        <source>--max-streams must be a whole number from 1 to 100000.</source>
        <translation>--max-streams muss eine ganze Zahl von 1 bis 100000 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="192"/>
        <source>--max-body-bytes must be a number of bytes, 1024 or more.</source>
        <translation>--max-body-bytes muss eine Anzahl Bytes sein, 1024 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="196"/>
        <source>--request-timeout must be a number of milliseconds, 100 or more.</source>
        <translation>--request-timeout muss eine Anzahl Millisekunden sein, 100 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="201"/>
        <source>--no-auth is only allowed on a loopback address; create keys with `tiergate-cli keys create`.</source>
        <translation>--no-auth ist nur auf einer Loopback-Adresse erlaubt; legen Sie Schlüssel mit `tiergate-cli keys create` an.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="234"/>
        <source>tiergate-cli serve: the changed configuration has errors; the last good one stays in use:</source>
        <translation>tiergate-cli serve: Die geänderte Konfiguration enthält Fehler; die letzte gültige bleibt aktiv:</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="241"/>
        <source>tiergate-cli serve: configuration reloaded.</source>
        <translation>tiergate-cli serve: Konfiguration neu geladen.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="247"/>
        <source>cannot read the virtual keys %1: %2</source>
        <translation>die virtuellen Schlüssel %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="257"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="269"/>
        <source>tiergate-cli serve: the ledger could not record every request: %1</source>
        <translation>tiergate-cli serve: Das Kostenjournal konnte nicht jede Anfrage erfassen: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="271"/>
        <source>tiergate-cli serve: stopped.</source>
        <translation>tiergate-cli serve: gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="282"/>
        <source>tiergate-cli serve: listening on %1 (%2); ledger %3</source>
        <translation>tiergate-cli serve: lauscht auf %1 (%2); Kostenjournal %3</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="284"/>
        <source>virtual keys required</source>
        <translation>virtuelle Schlüssel erforderlich</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="284"/>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="285"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tiergate::SettingsDialog</name>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="36"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="40"/>
        <source>Show a desktop notification when an alert is raised</source>
        <translation>Bei einem Alarm eine Desktop-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="48"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="49"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="50"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="58"/>
        <source>Follow the system (LANG)</source>
        <translation>Wie das System (LANG)</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="68"/>
        <source>The language changes when Tiergate restarts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Tiergate.</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="72"/>
        <source>The profile active when Tiergate starts (TIERGATE_PROFILE, when set, wins)</source>
        <translation>Das beim Start von Tiergate aktive Profil (TIERGATE_PROFILE hat Vorrang, wenn gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="84"/>
        <source>never ask</source>
        <translation>nie fragen</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="85"/>
        <source>A request whose estimated cost is above this asks before it is sent (the profile&apos;s budget.approvalThresholdUsd).</source>
        <translation>Eine Anfrage, deren geschätzte Kosten darüber liegen, fragt vor dem Senden nach (budget.approvalThresholdUsd des Profils).</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="99"/>
        <source>Port the Gateway switch tries first on 127.0.0.1; a busy port falls back to a free one.</source>
        <translation>Port, den der Gateway-Schalter auf 127.0.0.1 zuerst versucht; ist er belegt, wird ein freier genommen.</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="105"/>
        <source>Open the folder in the file manager</source>
        <translation>Ordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="118"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="120"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="124"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="126"/>
        <source>&amp;Default profile:</source>
        <translation>&amp;Standardprofil:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="129"/>
        <source>Alerts and gateway</source>
        <translation>Alarme und Gateway</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="132"/>
        <source>&amp;Gateway port:</source>
        <translation>&amp;Gateway-Port:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="134"/>
        <source>Storage</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="139"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="140"/>
        <source>API keys:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="171"/>
        <source>Stored in the system keychain (service &quot;tiergate&quot;). When no keychain answers, in files readable only by you (mode 0600) in %1.</source>
        <translation>Im Schlüsselbund des Systems gespeichert (Dienst &quot;tiergate&quot;). Antwortet kein Schlüsselbund, in Dateien, die nur Sie lesen können (Modus 0600), in %1.</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="174"/>
        <source>The system keychain is off (TIERGATE_NO_KEYCHAIN=1): stored in files readable only by you (mode 0600) in %1.</source>
        <translation>Der Schlüsselbund des Systems ist aus (TIERGATE_NO_KEYCHAIN=1): gespeichert in Dateien, die nur Sie lesen können (Modus 0600), in %1.</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="191"/>
        <source>As in the configuration</source>
        <translation>Wie in der Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="204"/>
        <source>&amp;Ask before requests over (profile %1):</source>
        <translation>Vor Anfragen &amp;fragen über (Profil %1):</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="227"/>
        <source>The threshold was not applied: the configuration does not validate.</source>
        <translation>Die Schwelle wurde nicht übernommen: Die Konfiguration ist ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="229"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>Die Konfiguration konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tiergate::SimCommand</name>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="64"/>
        <source>run the Simulator, a local OpenAI-compatible server with simulated models</source>
        <translation>den Simulator starten, einen lokalen OpenAI-kompatiblen Server mit simulierten Modellen</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="82"/>
        <source>Usage: tiergate-cli sim [--port N] [--config FILE] [--seed N]</source>
        <translation>Aufruf: tiergate-cli sim [--port N] [--config FILE] [--seed N]</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="83"/>
        <source>Runs the Simulator on 127.0.0.1: an OpenAI-compatible server (GET /v1/models, POST /v1/chat/completions, streaming or not) serving sim-budget, sim-standard, sim-premium and sim-flaky. Prints its base URL and serves until interrupted (Ctrl+C).</source>
        <translation>Startet den Simulator auf 127.0.0.1: einen OpenAI-kompatiblen Server (GET /v1/models, POST /v1/chat/completions, mit oder ohne Streaming), der sim-budget, sim-standard, sim-premium und sim-flaky bereitstellt. Gibt seine Basis-URL aus und läuft bis zur Unterbrechung (Strg+C).</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>  --port N       port to listen on (default 0: a free port)</source>
        <translation>  --port N       Port zum Lauschen (Standard 0: ein freier Port)</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="88"/>
        <source>  --config FILE  JSON with &quot;models&quot;, &quot;faults&quot;, &quot;seed&quot; (see the README)</source>
        <translation>  --config FILE  JSON mit &quot;models&quot;, &quot;faults&quot;, &quot;seed&quot; (siehe README)</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="89"/>
        <source>  --seed N       seed of the simulated answers (default 42)</source>
        <translation>  --seed N       Seed der simulierten Antworten (Standard 42)</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="96"/>
        <source>sim: --port needs a number between 0 and 65535, not &apos;%1&apos;.</source>
        <translation>sim: --port braucht eine Zahl zwischen 0 und 65535, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="106"/>
        <source>sim: --seed needs a number, not &apos;%1&apos;.</source>
        <translation>sim: --seed braucht eine Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="111"/>
        <source>sim: unknown or incomplete option &apos;%1&apos;. Run &apos;tiergate-cli sim --help&apos;.</source>
        <translation>sim: unbekannte oder unvollständige Option „%1“. Siehe „tiergate-cli sim --help“.</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="121"/>
        <source>sim: %1</source>
        <translation>sim: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="129"/>
        <source>sim: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>sim: Lauschen auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="143"/>
        <source>sim: stopped.</source>
        <translation>sim: gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="156"/>
        <source>sim: serving %1 (simulated models). Press Ctrl+C to stop.</source>
        <translation>sim: stellt %1 bereit (simulierte Modelle). Strg+C beendet.</translation>
    </message>
</context>
<context>
    <name>tiergate::SimFault</name>
    <message>
        <location filename="../core/sim/simfault.cpp" line="223"/>
        <source>unknown fault type &apos;%1&apos;</source>
        <translation>unbekannter Fehlertyp „%1“</translation>
    </message>
</context>
<context>
    <name>tiergate::Simulator</name>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1235"/>
        <source>models[%1]: a model needs an &quot;id&quot;</source>
        <translation>models[%1]: Ein Modell braucht eine &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1277"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1284"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
</context>
<context>
    <name>tiergate::SpendLabel</name>
    <message>
        <location filename="../ui/costs/spendlabel.cpp" line="10"/>
        <source>Spend this month: —</source>
        <translation>Ausgaben diesen Monat: —</translation>
    </message>
    <message>
        <location filename="../ui/costs/spendlabel.cpp" line="33"/>
        <source>Profile %1, from the ledger every process writes to</source>
        <translation>Profil %1, aus dem Kostenjournal, in das jeder Prozess schreibt</translation>
    </message>
</context>
<context>
    <name>tiergate::SpendMeter</name>
    <message>
        <location filename="../core/cost/spendmeter.cpp" line="72"/>
        <source>Spend this month: %1 of %2 (projected %3)</source>
        <translation>Ausgaben diesen Monat: %1 von %2 (Prognose %3)</translation>
    </message>
    <message>
        <location filename="../core/cost/spendmeter.cpp" line="75"/>
        <source>Spend this month: %1 (no cap)</source>
        <translation>Ausgaben diesen Monat: %1 (keine Grenze)</translation>
    </message>
</context>
<context>
    <name>tiergate::TeamsPage</name>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team %1</source>
        <translation>Team %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Remove team %1</source>
        <translation>Team %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="38"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="40"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="41"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="42"/>
        <source>Warn before rotation:</source>
        <translation>Warnen vor Rotation:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="46"/>
        <source>Rename team %1</source>
        <translation>Team %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="61"/>
        <source>Change team name</source>
        <translation>Teamnamen ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="65"/>
        <source>Change rotation warning</source>
        <translation>Rotationswarnung ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="68"/>
        <source>Key per tier (references only)</source>
        <translation>Schlüssel pro Stufe (nur Verweise)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Key reference</source>
        <translation>Schlüsselverweis</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Rotate by (yyyy-MM-dd)</source>
        <translation>Rotieren bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="81"/>
        <source>Add tier key</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="106"/>
        <source>Remove tier key</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="157"/>
        <source>Edit team keys</source>
        <translation>Teamschlüssel bearbeiten</translation>
    </message>
</context>
<context>
    <name>tiergate::TiersPage</name>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier %1</source>
        <translation>Stufe %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Remove tier %1</source>
        <translation>Stufe %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="24"/>
        <source>The model a request gets when its requested model has no alias here; empty: the requested model passes through.</source>
        <translation>Das Modell, das eine Anfrage erhält, wenn es hier keinen Alias für ihr Modell gibt; leer: Das angefragte Modell wird durchgereicht.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="26"/>
        <source>Default model:</source>
        <translation>Standardmodell:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="30"/>
        <source>Change default model</source>
        <translation>Standardmodell ändern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="33"/>
        <source>Aliases: requested model → model used in this tier</source>
        <translation>Aliase: angefragt → verwendet</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Requested model</source>
        <translation>Angefragtes Modell</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Model used</source>
        <translation>Verwendetes Modell</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="43"/>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="56"/>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="96"/>
        <source>Edit aliases</source>
        <translation>Aliase bearbeiten</translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptDelegate</name>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="53"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="203"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="204"/>
        <source>fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="59"/>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="63"/>
        <source>%1%2 tokens</source>
        <translation>%1%2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="69"/>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="85"/>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="88"/>
        <source>, waited %1 ms</source>
        <translation>, %1 ms gewartet</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="91"/>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="116"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="117"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="118"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="134"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="145"/>
        <source>Showing %1 of %2 characters.</source>
        <translation>%1 von %2 Zeichen werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="149"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="149"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="189"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="208"/>
        <source>hide route</source>
        <translation>Route ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="208"/>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="213"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptView</name>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="722"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="728"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="733"/>
        <source>Copy code block</source>
        <translation>Codeblock kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="737"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="738"/>
        <source>Copy link address</source>
        <translation>Linkadresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="746"/>
        <source>Hide attempt trail</source>
        <translation>Versuchsverlauf ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="746"/>
        <source>Show attempt trail</source>
        <translation>Versuchsverlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="763"/>
        <source>Copy this message (Ctrl+C)</source>
        <translation>Diese Nachricht kopieren (Strg+C)</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="765"/>
        <source>Lay out more of this long message</source>
        <translation>Mehr von dieser langen Nachricht darstellen</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="767"/>
        <source>Show or hide the model&apos;s reasoning for this answer</source>
        <translation>Den Denkprozess des Modells zu dieser Antwort zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="769"/>
        <source>Copy this code block</source>
        <translation>Diesen Codeblock kopieren</translation>
    </message>
</context>
<context>
    <name>tiergate::TransportCall</name>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="207"/>
        <source>The announced body</source>
        <translation>Der angekündigte Body</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="227"/>
        <source>%1 passed the provider&apos;s limit of %2 bytes; the request was stopped there.</source>
        <translation>%1 überschritt das Limit des Anbieters von %2 Bytes; die Anfrage wurde dort gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="275"/>
        <location filename="../core/transport/transportcall.cpp" line="302"/>
        <source>The response body</source>
        <translation>Der Antwort-Body</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="336"/>
        <source>A line of the stream</source>
        <translation>Eine Zeile des Streams</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="338"/>
        <source>An event of the stream</source>
        <translation>Ein Ereignis des Streams</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="425"/>
        <source>The streamed answer</source>
        <translation>Die gestreamte Antwort</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="493"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation>Keine Verbindung zum Server innerhalb von %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="496"/>
        <source>The server sent nothing within %1 ms.</source>
        <translation>Der Server hat innerhalb von %1 ms nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="500"/>
        <source>The server went silent for %1 ms in the middle of the answer.</source>
        <translation>Der Server schwieg mitten in der Antwort %1 ms lang.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="503"/>
        <source>The request took longer than %1 ms.</source>
        <translation>Die Anfrage dauerte länger als %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="519"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="574"/>
        <source>The stream ended without its [DONE] marker.</source>
        <translation>Der Stream endete ohne seine [DONE]-Markierung.</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="604"/>
        <source>The server answered HTTP %1, which is not an answer.</source>
        <translation>Der Server antwortete mit HTTP %1, was keine Antwort ist.</translation>
    </message>
</context>
<context>
    <name>tiergate::TypeScriptExporter</name>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="94"/>
        <source>GatewayConfig has one baseUrl, but the chain uses the providers %1; the gateway at LLM_GATEWAY_URL must serve every model.</source>
        <translation>GatewayConfig hat eine baseUrl, die Kette nutzt aber die Anbieter %1; das Gateway unter LLM_GATEWAY_URL muss jedes Modell bereitstellen.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="100"/>
        <source>backoff (base %1 ms, cap %2 ms, jitter %3) is not part of GatewayConfig.</source>
        <translation>Backoff (Basis %1 ms, Obergrenze %2 ms, Jitter %3) ist nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="105"/>
        <source>fast failover is not part of GatewayConfig.</source>
        <translation>schnelles Failover ist nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="107"/>
        <source>timeouts are not part of GatewayConfig.</source>
        <translation>Timeouts sind nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="109"/>
        <source>the context policy &apos;%1&apos; is not part of GatewayConfig (contextWindowLimit is).</source>
        <translation>die Kontextrichtlinie „%1“ ist nicht Teil von GatewayConfig (contextWindowLimit schon).</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="112"/>
        <source>rate limits are not part of GatewayConfig.</source>
        <translation>Ratenlimits sind nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="114"/>
        <source>the circuit breaker is not part of GatewayConfig.</source>
        <translation>der Circuit Breaker ist nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="117"/>
        <source>the budget cap&apos;s action &apos;%1&apos; is not part of GatewayConfig (only the alert threshold monthlyBudgetCap is).</source>
        <translation>die Aktion „%1“ der Budgetgrenze ist nicht Teil von GatewayConfig (nur die Warnschwelle monthlyBudgetCap).</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="122"/>
        <source>criticality routing is not part of GatewayConfig.</source>
        <translation>Routing nach Kritikalität ist nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="124"/>
        <source>per-team keys are not part of GatewayConfig.</source>
        <translation>Schlüssel pro Team sind nicht Teil von GatewayConfig.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="129"/>
        <source>tierMap keeps the tier default under the key &quot;default&quot;, so the alias &apos;default&apos; → &apos;%1&apos; cannot be written; requests for &apos;default&apos; go to &apos;%2&apos;.</source>
        <translation>tierMap führt den Stufenstandard unter dem Schlüssel &quot;default&quot;, daher kann der Alias „default“ → „%1“ nicht geschrieben werden; Anfragen für „default“ gehen an „%2“.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="134"/>
        <source>GatewayConfig generated by Tiergate from profile &apos;%1&apos;.</source>
        <translation>GatewayConfig, von Tiergate aus Profil „%1“ erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="139"/>
        <source>The API key is not in this file: the client reads it from process.env.%1.</source>
        <translation>Der API-Schlüssel steht nicht in dieser Datei: Der Client liest ihn aus process.env.%1.</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="142"/>
        <source>Not expressible in GatewayConfig (Tiergate behaves differently here):</source>
        <translation>In GatewayConfig nicht ausdrückbar (Tiergate verhält sich hier anders):</translation>
    </message>
</context>
<context>
    <name>tiergate::ValidateCommand</name>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="31"/>
        <source>check a configuration file and list every problem</source>
        <translation>eine Konfigurationsdatei prüfen und jedes Problem auflisten</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="37"/>
        <source>Usage: tiergate-cli validate FILE

Checks a Tiergate configuration file (JSON, &quot;version&quot;: 1) and prints every problem,
one per line: &apos;error: PATH: SENTENCE&apos; or &apos;warning: PATH: SENTENCE&apos;.

Exit codes: 0 no errors (warnings may be listed), 2 errors or unreadable file.
</source>
        <translation>Aufruf: tiergate-cli validate FILE

Prüft eine Tiergate-Konfigurationsdatei (JSON, &quot;version&quot;: 1) und gibt jedes Problem aus,
eines pro Zeile: &apos;error: PATH: SENTENCE&apos; oder &apos;warning: PATH: SENTENCE&apos;.

Exit-Codes: 0 keine Fehler (Warnungen können aufgeführt sein), 2 Fehler oder unlesbare Datei.
</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="48"/>
        <source>tiergate-cli validate: expected exactly one FILE (see tiergate-cli validate --help)</source>
        <translation>tiergate-cli validate: erwartet wird genau eine Datei FILE (siehe tiergate-cli validate --help)</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="56"/>
        <source>tiergate-cli validate: cannot read %1: %2</source>
        <translation>tiergate-cli validate: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="84"/>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1: %2 Fehler, %3 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="86"/>
        <source>%1: valid, %2 warning(s)</source>
        <translation>%1: gültig, %2 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="88"/>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
</context>
<context>
    <name>tiergate::VersionSwitcher</name>
    <message>
        <location filename="../ui/chat/versionswitcher.cpp" line="39"/>
        <source>Show the previous version of this answer</source>
        <translation>Vorherige Version dieser Antwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat/versionswitcher.cpp" line="43"/>
        <source>Show the next version of this answer</source>
        <translation>Nächste Version dieser Antwort anzeigen</translation>
    </message>
</context>
<context>
    <name>tiergate::VoteSession</name>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="110"/>
        <location filename="../core/experiment/votesession.cpp" line="115"/>
        <source>the profile &quot;%1&quot; does not exist</source>
        <translation>das Profil „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="119"/>
        <source>the tier &quot;%1&quot; does not exist</source>
        <translation>die Stufe „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="123"/>
        <source>the model &quot;%1&quot; is not in the configuration</source>
        <translation>das Modell „%1“ ist nicht in der Konfiguration</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="129"/>
        <source>Made from an experiment: %1</source>
        <translation>Aus einem Experiment erstellt: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="131"/>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="142"/>
        <source>a tier named &quot;%1&quot; already exists</source>
        <translation>eine Stufe namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="150"/>
        <source>the profile &quot;%1&quot; has no tier to change</source>
        <translation>das Profil „%1“ hat keine Stufe zum Ändern</translation>
    </message>
</context>
<context>
    <name>tiergate::WelcomeView</name>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="28"/>
        <source>Welcome to Tiergate</source>
        <translation>Willkommen bei Tiergate</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="36"/>
        <source>Try one:</source>
        <translation>Probieren Sie:</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="50"/>
        <location filename="../ui/chat/welcomeview.cpp" line="118"/>
        <source>Connect a provider…</source>
        <translation>Anbieter verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="52"/>
        <source>Add OpenAI, Anthropic, a local server or any OpenAI-compatible API</source>
        <translation>OpenAI, Anthropic, einen lokalen Server oder eine OpenAI-kompatible API hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="89"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="90"/>
        <source>Name no model: the profile&apos;s tier picks sim-standard, and the receipt says why.</source>
        <translation>Kein Modell angeben: Die Stufe des Profils wählt sim-standard, der Beleg sagt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="91"/>
        <source>In two sentences: how does a model tier pick the model that answers?</source>
        <translation>In zwei Sätzen: Wie wählt eine Modellstufe das antwortende Modell?</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="92"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="93"/>
        <source>Ask sim-flaky, which often fails: sim-budget answers instead, marked as a fallback.</source>
        <translation>sim-flaky fragen, das oft ausfällt: sim-budget antwortet stattdessen, als Fallback markiert.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="94"/>
        <source>Why does a fallback chain make an app more reliable?</source>
        <translation>Warum macht eine Fallback-Kette eine App zuverlässiger?</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="95"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="96"/>
        <source>Ask sim-premium for a long answer: the line under it shows tokens and cost.</source>
        <translation>sim-premium um eine lange Antwort bitten: Die Zeile darunter zeigt Tokens und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="97"/>
        <source>Compare the budget, standard and premium tiers in detail.</source>
        <translation>Vergleiche die Stufen Budget, Standard und Premium im Detail.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="116"/>
        <source>Answers come from the built-in Simulator: simulated models on this computer. No network, no API keys, no cost.</source>
        <translation>Antworten kommen vom eingebauten Simulator: simulierte Modelle auf diesem Computer. Kein Netzwerk, keine API-Schlüssel, keine Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="120"/>
        <source>Answers come from %1 (profile %2). Type a message below.</source>
        <translation>Antworten kommen von %1 (Profil %2). Schreiben Sie unten eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="122"/>
        <source>Connect another provider…</source>
        <translation>Weiteren Anbieter verbinden…</translation>
    </message>
</context>
<context>
    <name>tiergate::builtin</name>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="129"/>
        <source>Simulator (built in, simulated models)</source>
        <translation>Simulator (eingebaut, simulierte Modelle)</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="143"/>
        <source>Simulated budget model</source>
        <translation>Simuliertes Budget-Modell</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="144"/>
        <source>Simulated standard model</source>
        <translation>Simuliertes Standardmodell</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="145"/>
        <source>Simulated premium model</source>
        <translation>Simuliertes Premium-Modell</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="146"/>
        <source>Simulated flaky model (fails often)</source>
        <translation>Simuliertes unzuverlässiges Modell (fällt oft aus)</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="170"/>
        <source>Built-in demo over the Simulator: no network, no keys, simulated models and prices.</source>
        <translation>Eingebaute Demo über den Simulator: kein Netzwerk, keine Schlüssel, simulierte Modelle und Preise.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="193"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation>LLM-Gateway (LLM_GATEWAY_URL)</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="236"/>
        <source>Development: budget tier, one retry.</source>
        <translation>Entwicklung: Budget-Stufe, eine Wiederholung.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="244"/>
        <source>Staging: standard tier, two retries.</source>
        <translation>Staging: Standard-Stufe, zwei Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="253"/>
        <source>Production: premium tier, three retries, fast failover.</source>
        <translation>Produktion: Premium-Stufe, drei Wiederholungen, schnelles Failover.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="296"/>
        <source>OpenAI (from the environment)</source>
        <translation>OpenAI (aus der Umgebung)</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="334"/>
        <source>MVP / internal tool</source>
        <translation>MVP / internes Tool</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="336"/>
        <source>Customer-facing SaaS</source>
        <translation>SaaS für Endkunden</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="338"/>
        <source>Enterprise / compliance</source>
        <translation>Enterprise / Compliance</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="340"/>
        <source>High-volume async</source>
        <translation>Hohes Volumen, asynchron</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="342"/>
        <source>Multi-tenant platform</source>
        <translation>Mandantenfähige Plattform</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="357"/>
        <source>MVP / internal tool: budget tier, one fallback, one retry, spend warnings only.</source>
        <translation>MVP / internes Tool: Budget-Stufe, ein Fallback, eine Wiederholung, nur Ausgabenwarnungen.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="369"/>
        <source>Customer-facing SaaS: standard tier, fast failover, downgrade at the budget cap.</source>
        <translation>SaaS für Endkunden: Standard-Stufe, schnelles Failover, Herabstufung an der Budgetgrenze.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="384"/>
        <source>Enterprise / compliance: premium tier, fast failover, history never trimmed, hard budget cap.</source>
        <translation>Enterprise / Compliance: Premium-Stufe, schnelles Failover, Verlauf wird nie gekürzt, harte Budgetgrenze.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="405"/>
        <source>High-volume async: budget tier, background queue, patient retries, rate limited.</source>
        <translation>Hohes Volumen, asynchron: Budget-Stufe, Hintergrund-Warteschlange, geduldige Wiederholungen, ratenbegrenzt.</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="437"/>
        <source>Multi-tenant platform: standard tier, fast failover, provider-wide rate limit, per-team keys.</source>
        <translation>Mandantenfähige Plattform: Standard-Stufe, schnelles Failover, anbieterweites Ratenlimit, Schlüssel pro Team.</translation>
    </message>
</context>
<context>
    <name>tiergate::exportsupport</name>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="31"/>
        <source>profile &apos;%1&apos; does not exist, and the configuration has no profiles.</source>
        <translation>Profil „%1“ existiert nicht, und die Konfiguration hat keine Profile.</translation>
    </message>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="32"/>
        <source>profile &apos;%1&apos; does not exist. Available profiles: %2.</source>
        <translation>Profil „%1“ existiert nicht. Verfügbare Profile: %2.</translation>
    </message>
</context>
</TS>
