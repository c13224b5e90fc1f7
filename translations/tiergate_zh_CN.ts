<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="146"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="153"/>
        <source>Cannot open the conversation database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="235"/>
        <source>The conversation database %1 was written by a newer Tiergate (schema %2, this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="351"/>
        <source>The answer was interrupted because Tiergate closed while it arrived; the text received until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../core/export/exportformat.cpp" line="50"/>
        <source>Tiergate JSON (headless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="52"/>
        <source>LiteLLM config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="54"/>
        <source>Portkey config JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="56"/>
        <source>TypeScript GatewayConfig module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="58"/>
        <source>.env (variable names)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRef</name>
    <message>
        <location filename="../core/config/keyref.cpp" line="65"/>
        <source>key reference &apos;%1&apos; is not env:NAME, keychain:NAME or file:PATH (a key value never belongs in the configuration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Workbench and gateway for OpenAI-compatible LLM APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Save a PNG of the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Open on panel &lt;name&gt; (chat, compare, profiles, chart, costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Configuration file (default: the user&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Folder for the ledger, conversations and logs (default: the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Send &lt;n&gt; prompts through the active profile at start, to see routing at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Send &lt;text&gt; in a new chat at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="157"/>
        <source>No provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162"/>
        <source>Simulator (simulated models) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="175"/>
        <source>Spend this month: %1 of %2 (projected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="178"/>
        <source>Spend this month: %1 (no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="182"/>
        <source>Ledger unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="282"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="335"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="341"/>
        <location filename="../core/config/configjson.cpp" line="431"/>
        <location filename="../core/config/configjson.cpp" line="453"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="375"/>
        <source>must be a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="382"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="24"/>
        <source>Ledger schema statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="32"/>
        <source>Profile &apos;%1&apos;: fallback rate back to %2 (threshold %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="33"/>
        <source>Profile &apos;%1&apos;: fallback rate %2 is above %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="36"/>
        <source>Profile &apos;%1&apos;: error rate back to %2 (threshold %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="37"/>
        <source>Profile &apos;%1&apos;: error rate %2 is above %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="40"/>
        <source>Profile &apos;%1&apos;: p95 latency back to %2 ms (threshold %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="41"/>
        <source>Profile &apos;%1&apos;: p95 latency %2 ms is above %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="46"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 is back under the cap of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="47"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 has reached the cap of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="45"/>
        <source>base URL of the LLM gateway (provider &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="50"/>
        <source>API key of provider &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="53"/>
        <location filename="../core/export/envexporter.cpp" line="70"/>
        <source>the key is kept in &apos;%1&apos;; on the server set %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="64"/>
        <source>key of team &apos;%1&apos; for tier &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="66"/>
        <source>, rotate by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="58"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="59"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BackgroundQueue</name>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="86"/>
        <source>Cannot read the background queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="93"/>
        <source>The background queue %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="114"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="126"/>
        <source>Cannot write the background queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetAlertTracker</name>
    <message>
        <location filename="../core/cost/budgetalerttracker.cpp" line="56"/>
        <source>Profile &apos;%1&apos; has used %2 % of its monthly budget cap of %3 (%4 spent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetBar</name>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="30"/>
        <source>%1 spent, no cap (projected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="33"/>
        <source>%1 of %2 (%3%), projected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="63"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetGuard</name>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="81"/>
        <source>Blocked: profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="87"/>
        <source>Profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month); sending to the &apos;%4&apos; tier instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="93"/>
        <source>Profile &apos;%1&apos; is over its monthly budget cap of %2 (%3 spent this month).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ChainBuilder</name>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="32"/>
        <source>Model &apos;%1&apos; is not in the model catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="43"/>
        <source>Model &apos;%1&apos; names provider &apos;%2&apos;, which is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="49"/>
        <source>Provider &apos;%1&apos; has no base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="54"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ChatCommand</name>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="68"/>
        <source>send a prompt through the router; answer on stdout, route and cost on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="75"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="76"/>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="77"/>
        <source>Profile to route with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="78"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="80"/>
        <source>Requested model (resolved through the tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="82"/>
        <source>critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="83"/>
        <source>Ask for the whole answer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="85"/>
        <source>The prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="99"/>
        <source>Usage: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="102"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="103"/>
        <source>Exit codes: 0 answered, 1 every route failed, 2 usage or configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="110"/>
        <source>a prompt is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="119"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="128"/>
        <source>tiergate-cli chat: configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="135"/>
        <source>tiergate-cli chat: the configuration %1 has errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="151"/>
        <source>tiergate-cli chat: profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="158"/>
        <source>tiergate-cli chat: tier &apos;%1&apos; is not in the configuration (tiers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="184"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1); profile &apos;%1&apos; routes through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="187"/>
        <source>Provider &apos;%1&apos; has no base URL in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="206"/>
        <source>tiergate-cli chat: cannot start the Simulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="227"/>
        <source>route (profile %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="246"/>
        <source>model %1 (%2), tier %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="247"/>
        <source>, fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="249"/>
        <source>latency %1 ms, TTFT %2 ms, retries %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="250"/>
        <source>usage %1%2 prompt + %1%3 completion = %1%4 tokens%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="255"/>
        <source> (~ estimated: the server sent no usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="257"/>
        <source>cost %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="258"/>
        <source> (no catalog price: flat estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="260"/>
        <source>latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="263"/>
        <source>budget cap reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="269"/>
        <source>The answer was cut after it began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="273"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="277"/>
        <source>Every route failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ChatPanel</name>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="86"/>
        <location filename="../ui/chat/chatpanel.cpp" line="180"/>
        <source>Profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="113"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="118"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="119"/>
        <source>New conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="120"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="138"/>
        <source>Message (Ctrl+Enter sends, Esc stops, Up edits the last message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="142"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="143"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="144"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="159"/>
        <location filename="../ui/chat/chatpanel.cpp" line="189"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="164"/>
        <location filename="../ui/chat/chatpanel.cpp" line="170"/>
        <location filename="../ui/chat/chatpanel.cpp" line="174"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="177"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="190"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="191"/>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="192"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="193"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="194"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="195"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="233"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="234"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="247"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="284"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="286"/>
        <location filename="../ui/chat/chatpanel.cpp" line="336"/>
        <source>The conversation could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="349"/>
        <source>Your edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="355"/>
        <source>Your message could not be saved, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="390"/>
        <source>The answer could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="416"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="417"/>
        <source>No answer: %1 Your message is saved; press Regenerate to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="454"/>
        <source>Editing your last message; sending replaces it and what followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="520"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="520"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="525"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="544"/>
        <location filename="../ui/chat/chatpanel.cpp" line="572"/>
        <location filename="../ui/chat/chatpanel.cpp" line="573"/>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="547"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="550"/>
        <source>TTFT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="554"/>
        <source>%1%2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="560"/>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="576"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="592"/>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="595"/>
        <source>, waited %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="626"/>
        <source>Conversation: %1%2 tokens, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Checker</name>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="54"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="63"/>
        <source>no default profile is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="65"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="79"/>
        <source>%1 must be greater than zero (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="84"/>
        <source>%1 must not be negative (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="90"/>
        <source>%1 must not be negative (it is %2 USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="104"/>
        <source>key file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="111"/>
        <source>key file &apos;%1&apos; is readable by others; it will be refused until you run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="114"/>
        <source>key file &apos;%1&apos; is not owned by you; it will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="124"/>
        <location filename="../core/config/configvalidator.cpp" line="126"/>
        <source>the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="136"/>
        <source>a provider has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="138"/>
        <source>provider id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="141"/>
        <source>the provider kind is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="146"/>
        <source>provider &apos;gateway&apos; has no base URL; set LLM_GATEWAY_URL or baseUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="148"/>
        <source>provider &apos;%1&apos; has no base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="153"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="157"/>
        <source>the concurrency limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="161"/>
        <source>put the key in apiKey as a reference, not in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="173"/>
        <source>the model has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="175"/>
        <source>model &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="178"/>
        <source>model &apos;%1&apos; names no provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="180"/>
        <location filename="../core/config/configvalidator.cpp" line="319"/>
        <source>provider &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="181"/>
        <source>the context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="182"/>
        <source>the output limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="185"/>
        <source>the output limit %1 is larger than the context window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="188"/>
        <location filename="../core/config/configvalidator.cpp" line="189"/>
        <source>the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="191"/>
        <source>the price must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="199"/>
        <source>the model name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="204"/>
        <source>model &apos;%1&apos; is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="208"/>
        <source>model &apos;%1&apos; is served by provider &apos;%2&apos;, which is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="215"/>
        <source>no tier is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="219"/>
        <source>tier &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="228"/>
        <source>a tier has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="230"/>
        <source>tier &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="245"/>
        <source>a team has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="247"/>
        <source>team &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="249"/>
        <source>the warning period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="255"/>
        <source>the team key reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="261"/>
        <source>the key was due for rotation on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="264"/>
        <source>the key is due for rotation on %1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="278"/>
        <source>a profile has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="280"/>
        <source>profile &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="289"/>
        <source>a fallback chain of %1 models can multiply latency and cost on an outage; two fallbacks are usually enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="292"/>
        <source>the number of retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="295"/>
        <source>%1 retries per model is a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="298"/>
        <source>the base delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="299"/>
        <source>the delay cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="302"/>
        <source>the delay cap %1 ms is below the base delay %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="305"/>
        <source>jitter must be between 0 and 1 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="307"/>
        <source>the Retry-After cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="311"/>
        <source>the context limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="320"/>
        <source>the request limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="321"/>
        <source>the token limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="322"/>
        <source>the wait bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="324"/>
        <source>a rate limit needs rpm or tpm greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="329"/>
        <source>the failure count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="330"/>
        <source>the open time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="332"/>
        <source>the number of probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="335"/>
        <source>the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="337"/>
        <source>the approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="340"/>
        <source>downgrade needs a tier named &apos;budget&apos;, and there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="346"/>
        <source>a threshold is a fraction of the cap between 0 and 2 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="348"/>
        <source>thresholds should be in increasing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="357"/>
        <source>&apos;%1&apos; is not one of: debug, info, warn, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="362"/>
        <source>the fallback rate is a fraction between 0 and 1 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="363"/>
        <source>the latency threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="365"/>
        <source>the budget threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="373"/>
        <source>the queue concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="375"/>
        <source>the retry window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="380"/>
        <source>team &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::CliRunner</name>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="20"/>
        <source>Headless Tiergate: route OpenAI-compatible requests through tiers and profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="21"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="24"/>
        <source>Run &apos;tiergate-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="25"/>
        <source>Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="51"/>
        <source>tiergate-cli: unknown command &apos;%1&apos;. Run &apos;tiergate-cli --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::CodeHighlighter</name>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="315"/>
        <location filename="../ui/common/codehighlighter.cpp" line="341"/>
        <location filename="../ui/common/codehighlighter.cpp" line="413"/>
        <source>The code highlighter &quot;%1&quot; could not be started (%2); code is shown without colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="322"/>
        <source>The code highlighter &quot;%1&quot; could not list its syntaxes; code is shown without colours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::CompareColumn</name>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="35"/>
        <source>tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="37"/>
        <source>profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="41"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="42"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="78"/>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="79"/>
        <source>Compare one more model, tier or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="85"/>
        <source>Prompt sent to every column (Ctrl+Enter runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="91"/>
        <source>Shared system prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="92"/>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="94"/>
        <source>Runs per column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="99"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="100"/>
        <source>Send the prompt to every column (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="103"/>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="121"/>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="122"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="123"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="234"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="235"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="242"/>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="320"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="333"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="366"/>
        <source>Type a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="371"/>
        <source>Every column needs a model, tier or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="378"/>
        <source>This comparison cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="396"/>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="400"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="409"/>
        <source>Run %1 of %2 · first token after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="464"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="472"/>
        <source>No run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="477"/>
        <source>%1 runs, %2 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="478"/>
        <source>TTFT %1 (p95 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="479"/>
        <location filename="../ui/compare/comparepanel.cpp" line="486"/>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="480"/>
        <source>latency %1 (p95 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="481"/>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="482"/>
        <source>cost %1 (total %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="486"/>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="487"/>
        <source>latency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="488"/>
        <source>%1 + %2 tokens (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="488"/>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="491"/>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="493"/>
        <source>no model answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="493"/>
        <source>answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="496"/>
        <source>Fallback trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="505"/>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="508"/>
        <source>Cheapest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="508"/>
        <source>Cheapest: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="509"/>
        <source>Fastest first token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="510"/>
        <source>Fastest first token: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="511"/>
        <source>Fastest overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="512"/>
        <source>Fastest overall: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="516"/>
        <source>%1: %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="516"/>
        <source>%1: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="519"/>
        <source>Cost relative to the cheapest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="527"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="530"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="547"/>
        <location filename="../ui/compare/comparepanel.cpp" line="555"/>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="547"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="555"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="566"/>
        <source>Could not save the comparison in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="566"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Comparison</name>
    <message>
        <location filename="../core/compare/comparison.cpp" line="104"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="106"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="109"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="110"/>
        <source>Runs per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="113"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="116"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="119"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="121"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="124"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="124"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="125"/>
        <source>TTFT (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="125"/>
        <source>Latency (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="126"/>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="126"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="126"/>
        <source>Cost (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="127"/>
        <source>Cost ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="127"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="128"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="135"/>
        <source>cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="137"/>
        <source>fastest first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="139"/>
        <source>fastest overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="156"/>
        <source>(not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="167"/>
        <source>Fallback trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="169"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigJson</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="507"/>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="513"/>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="529"/>
        <source>is missing (this version of Tiergate writes &quot;version&quot;: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="534"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="546"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="552"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigStore</name>
    <message>
        <location filename="../core/config/configstore.cpp" line="74"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="119"/>
        <source>the configuration has errors and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="125"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="130"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ContextTrimmer</name>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="50"/>
        <source>The conversation needs about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent. Shorten the conversation or choose a model with a larger window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="74"/>
        <source>The system prompt and the newest message alone need about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="123"/>
        <source>The conversation does not fit the model&apos;s context window even after trimming; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ContractParser</name>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="43"/>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="50"/>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="22"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="29"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::CostDashboard</name>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="95"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="96"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="97"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="98"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="99"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="105"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="118"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="119"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="120"/>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="121"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="122"/>
        <source>Te&amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="123"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="144"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="146"/>
        <source>Write the rows that match the filter as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="159"/>
        <source>Budgets this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="162"/>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="165"/>
        <source>Spend by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="260"/>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="261"/>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="262"/>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="263"/>
        <source>Any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="275"/>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="276"/>
        <source>%1 tokens in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="278"/>
        <source>errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="279"/>
        <source>fallbacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costs/costdashboard.cpp" line="281"/>
        <source>%n estimated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="336"/>
        <source>No spend recorded this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="385"/>
        <source>Export ledger rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="385"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="389"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="389"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::EnvExporter</name>
    <message>
        <location filename="../core/export/envexporter.cpp" line="96"/>
        <source>Environment for Tiergate profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="98"/>
        <source>Only the variable names are here: fill in the values on the server, never commit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="99"/>
        <source>The headless mode selects the profile with TIERGATE_PROFILE=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="102"/>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="104"/>
        <source>This profile needs no variables (its providers take no key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ErrorClassifier</name>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="126"/>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="140"/>
        <source>The connection was refused: nothing is listening at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="144"/>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="148"/>
        <source>The connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="153"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="157"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="161"/>
        <source>The TLS handshake failed (the server&apos;s certificate was not accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="165"/>
        <source>A network error occurred (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="43"/>
        <source>export a profile for a server (native, litellm, portkey, typescript, env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="49"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="50"/>
        <source>Profile to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="51"/>
        <source>Output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="52"/>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="54"/>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="58"/>
        <source>Run &apos;tiergate-cli export --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="64"/>
        <source>Usage: tiergate-cli export --profile P --format FORMAT [--config FILE] [-o FILE]

Writes profile P for a server, without any key value (only variable names):
  native      Tiergate JSON for the headless mode (the profile and what it uses)
  litellm     LiteLLM proxy config.yaml
  portkey     Portkey gateway config JSON (x-portkey-config)
  typescript  the GatewayConfig TypeScript module
  env         .env with the variable names to fill in
What a format cannot express is printed to stderr as &apos;warning: OPTION: SENTENCE&apos;
(and written as comments where the format has them).
Without --config the user&apos;s configuration is read (built-in defaults when there is none).

Exit codes: 0 written, 1 output file not writable, 2 usage, configuration or profile error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="82"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="84"/>
        <source>--format is missing; choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="87"/>
        <source>unknown format &apos;%1&apos;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="97"/>
        <source>tiergate-cli export: cannot read the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="110"/>
        <source>the built-in configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="115"/>
        <source>tiergate-cli export: %1 has errors; fix them first (tiergate-cli validate lists them all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="127"/>
        <source>--profile is missing; profiles in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="143"/>
        <source>tiergate-cli export: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="150"/>
        <source>wrote %1 (%2, profile &apos;%3&apos;, %4 warning(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="33"/>
        <source>import a LiteLLM config.yaml as providers, models and a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="39"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="41"/>
        <source>Name of the new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="43"/>
        <source>Configuration to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="45"/>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="49"/>
        <source>Run &apos;tiergate-cli import-litellm --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="72"/>
        <source>expected exactly one LiteLLM config FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="76"/>
        <location filename="../core/cli/importcommand.cpp" line="98"/>
        <source>tiergate-cli import-litellm: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="82"/>
        <source>tiergate-cli import-litellm: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="105"/>
        <source>tiergate-cli import-litellm: %1 is not a usable Tiergate document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="126"/>
        <source>tiergate-cli import-litellm: the merged document has errors; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="136"/>
        <source>tiergate-cli import-litellm: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="143"/>
        <source>wrote %1 with profile &apos;%2&apos; (%3 warning(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Importer</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="96"/>
        <source>Imported from a LiteLLM config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="102"/>
        <source>the file is not a LiteLLM config: its top level is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="106"/>
        <source>the file has no model_list: a LiteLLM config lists its models under &apos;model_list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="116"/>
        <source>proxy settings (master key, database, ...) have no equivalent in a Tiergate profile and were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="120"/>
        <source>values of environment_variables were not imported; set these variables in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="123"/>
        <location filename="../core/export/litellmimporter.cpp" line="295"/>
        <location filename="../core/export/litellmimporter.cpp" line="415"/>
        <location filename="../core/export/litellmimporter.cpp" line="518"/>
        <source>has no equivalent in Tiergate and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="131"/>
        <source>no entry of model_list could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="155"/>
        <source>is not a mapping; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="162"/>
        <source>needs model_name and litellm_params.model; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="167"/>
        <source>another deployment of &apos;%1&apos; exists; Tiergate does not load-balance a model name over deployments, only the first one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="177"/>
        <source>&apos;%1&apos; has no provider prefix; imported as an OpenAI-compatible model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="189"/>
        <source>the base URL comes from the environment variable %1, which Tiergate does not read for this provider; set the provider&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="199"/>
        <source>LiteLLM provider &apos;%1&apos; is not known to Tiergate; check that it speaks the OpenAI chat-completions API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="219"/>
        <source>a literal key is written in the file; it was NOT imported. Put it in an environment variable and reference it (os.environ/NAME in LiteLLM, env:NAME in Tiergate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="233"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="271"/>
        <source>differs from another model of provider &apos;%1&apos;; Tiergate keeps one timeout per provider (the first one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="303"/>
        <source>model &apos;%1&apos; is listed twice; the first entry is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="346"/>
        <source>&apos;%1&apos; is not a model_name of model_list; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="388"/>
        <source>entries must be mappings of a model to its fallbacks; one entry was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="391"/>
        <source>must be a list of {model: [fallbacks]}; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="428"/>
        <source>&apos;%1&apos; has no equivalent: Tiergate tries the chain in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="460"/>
        <source>the fallbacks of &apos;%1&apos; differ from those of &apos;%2&apos;; a Tiergate profile has one chain, so &apos;%1&apos; falls back along %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="463"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="473"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: Tiergate moves to a larger model only along the fallback chain, and &apos;%2&apos; does not follow &apos;%1&apos; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="489"/>
        <source>imported into the catalog but not reachable through profile &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="509"/>
        <source>&apos;%1&apos;: Tiergate&apos;s budget is per calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::KeyResolver</name>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="64"/>
        <source>key file &apos;%1&apos; does not exist; create it with the key and run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="68"/>
        <source>key file &apos;%1&apos; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="73"/>
        <source>key file &apos;%1&apos; is not owned by you; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="81"/>
        <source>key file &apos;%1&apos; can be read by other users; refused until you run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="86"/>
        <source>key file &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="91"/>
        <source>key file &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="107"/>
        <source>environment variable %1 is not set; set it to the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="112"/>
        <source>keychain entry &apos;%1&apos; can only be read asynchronously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="139"/>
        <source>keychain entry &apos;%1&apos;: the keychain is disabled (TIERGATE_NO_KEYCHAIN=1) and there is no key file %2; store the key in the profile editor or use env:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="161"/>
        <source>keychain entry &apos;%1&apos; (service &quot;tiergate&quot;) could not be read: %2; store the key in the profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="173"/>
        <source>&apos;%1&apos; is not a valid key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="176"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="180"/>
        <location filename="../core/config/keyresolver.cpp" line="185"/>
        <source>cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Ledger</name>
    <message>
        <location filename="../core/cost/ledger.cpp" line="280"/>
        <source>Cannot create the ledger folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="287"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="296"/>
        <source>Cannot switch the ledger %1 to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="305"/>
        <source>Cannot configure the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="362"/>
        <source>Cannot prepare the ledger statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="370"/>
        <source>Ledger query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="455"/>
        <location filename="../core/cost/ledger.cpp" line="476"/>
        <location filename="../core/cost/ledger.cpp" line="741"/>
        <source>The ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="459"/>
        <location filename="../core/cost/ledger.cpp" line="480"/>
        <source>Cannot start a ledger transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="465"/>
        <location filename="../core/cost/ledger.cpp" line="491"/>
        <source>Cannot commit to the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="809"/>
        <location filename="../core/cost/ledger.cpp" line="844"/>
        <source>The export target is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="817"/>
        <location filename="../core/cost/ledger.cpp" line="835"/>
        <location filename="../core/cost/ledger.cpp" line="859"/>
        <source>Writing the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerAggregateModel</name>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="61"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="105"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="107"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="109"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="111"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="113"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="117"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="119"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="123"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="125"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="127"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="129"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerSchema</name>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="235"/>
        <source>The ledger database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="242"/>
        <source>The ledger was written by a newer Tiergate (schema %1, this version knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerTableModel</name>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="128"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="154"/>
        <source>Estimated: the provider reported no usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="156"/>
        <source>Estimated: no catalog price for this model, the flat rate was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="160"/>
        <source>Requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="190"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="192"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="194"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="196"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="198"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="200"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="202"/>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="204"/>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="206"/>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="208"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="210"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="212"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="214"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmExporter</name>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="117"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of model_list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="118"/>
        <source>model &apos;%1&apos; is not in the catalog; it is left out of model_list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="127"/>
        <source>LiteLLM has no provider for kind &apos;%1&apos;; exported as an OpenAI-compatible endpoint (openai/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="138"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set api_base of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="141"/>
        <source>the provider has no base URL; set api_base of &apos;%1&apos; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="149"/>
        <source>LiteLLM reads keys from the environment only: set %1 on the server to the key Tiergate keeps in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="261"/>
        <source>LiteLLM routes only the model names it lists: a request for another model does not go to the tier default &apos;%1&apos;. Clients must request &apos;%1&apos; or one of the aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="274"/>
        <source>LiteLLM blocks requests at max_budget; the action &apos;%1&apos; is not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="277"/>
        <source>LiteLLM&apos;s budget_duration counts 30 days from the first request, not the calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="282"/>
        <source>LiteLLM waits retry_after (%1 s) before a retry and backs off on its own; the cap (%2 ms), the jitter (%3) and the Retry-After cap (%4 ms) are not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="290"/>
        <source>LiteLLM retries each model num_retries times before falling back; fast failover is not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="294"/>
        <source>LiteLLM sends all traffic again after cooldown_time; half-open probes are not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="297"/>
        <source>LiteLLM has no connect or stall timeout; only timeout and stream_timeout are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="300"/>
        <source>LiteLLM has no per-profile context limit (%1 tokens); it checks each model&apos;s max_input_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="305"/>
        <source>LiteLLM does not trim history; an oversized request goes to context_window_fallbacks or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="312"/>
        <source>LiteLLM limits deployments, not providers; the limit of provider &apos;%1&apos; is not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="316"/>
        <source>model &apos;%1&apos; is not in this export; its limit is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="318"/>
        <source>LiteLLM does not wait for a rate limit; maxWaitMs is not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="322"/>
        <source>budget alert thresholds are not expressible in LiteLLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="325"/>
        <source>approval before expensive requests is not expressible in LiteLLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="328"/>
        <source>alert thresholds (fallback rate %1, p95 %2 ms) are not expressible in LiteLLM; set alerts in your monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="334"/>
        <source>criticality routing and the background queue are not expressible in LiteLLM; only the tier &apos;%1&apos; is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="339"/>
        <source>per-team keys are not expressible in the config file; create LiteLLM teams and keys through its admin API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="344"/>
        <source>LiteLLM proxy config generated by Tiergate from profile &apos;%1&apos; (tier &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="346"/>
        <source>Key values are not in this file: set the variables named by os.environ/... on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="350"/>
        <source>Not expressible in LiteLLM (Tiergate behaves differently here):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmImporter</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="534"/>
        <source>the file is not valid YAML (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="545"/>
        <source>the file is not a LiteLLM config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="555"/>
        <source>replaced by the imported provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="561"/>
        <source>replaced by the imported model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="567"/>
        <source>replaced by the imported tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="572"/>
        <source>replaced by the imported profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LiveChart</name>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="331"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="332"/>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="333"/>
        <source>Spend over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="336"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="337"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="338"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="339"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="343"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="344"/>
        <source>Follow the selected time range again (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="351"/>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="354"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="469"/>
        <source>Rolling p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="471"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="473"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="475"/>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="548"/>
        <source>p95 threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="553"/>
        <source>Cumulative spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="554"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="555"/>
        <source>Time to first token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="733"/>
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="734"/>
        <source>%n point(s) drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="745"/>
        <source>Tier: %1 · Profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="747"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="748"/>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="750"/>
        <source>TTFT: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="752"/>
        <source>Tokens: %1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="754"/>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="755"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="756"/>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="758"/>
        <source>(fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="762"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>%1 — not configured in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Live chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Routing profile used by new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>No provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Spend this month: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;About Tiergate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About Tiergate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>A workbench and gateway for OpenAI-compatible LLM APIs: tiers, profiles, retries, fallback chains, circuit breakers and budgets, with the cost of every request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::MarkdownRenderer</name>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="178"/>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="178"/>
        <source>%1, writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="180"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCall</name>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="40"/>
        <source>The model list took longer than %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="53"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCommand</name>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="36"/>
        <source>list the model catalog with context windows and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="45"/>
        <source>Usage: tiergate-cli models [--config FILE]

Lists the model catalog: the built-in dated catalog, overridden by the models of
FILE (or of the built-in configuration). Prices are US dollars per 1M tokens.

Exit codes: 0 listed, 2 bad arguments or a configuration file with errors.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="59"/>
        <source>tiergate-cli models: unexpected argument &apos;%1&apos; (see tiergate-cli models --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="72"/>
        <source>tiergate-cli models: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="81"/>
        <source>tiergate-cli models: %1 has errors (run tiergate-cli validate %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>IN $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>OUT $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>CACHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="94"/>
        <source>AS OF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="102"/>
        <source>(simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="106"/>
        <source>%1 model(s); built-in catalog prices as of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::NativeExporter</name>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="71"/>
        <source>model &apos;%1&apos; is not in the catalog: add it to &apos;models&apos; before running the headless mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="78"/>
        <source>the key is read from the keychain entry &apos;%1&apos;: create that entry on the server too (or change the reference to env:NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="83"/>
        <source>the key is read from the file &apos;%1&apos;: copy it to the server with mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ObjReader</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="66"/>
        <location filename="../core/config/configjson.cpp" line="155"/>
        <location filename="../core/config/configjson.cpp" line="175"/>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="79"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="89"/>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="101"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="113"/>
        <source>must be an amount in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="125"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="138"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="149"/>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="169"/>
        <source>must be an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="191"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="211"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::PortkeyExporter</name>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="69"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="82"/>
        <source>Portkey configs cannot read LLM_GATEWAY_URL and it is not set here; add custom_host to the targets of &apos;%1&apos; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="85"/>
        <source>Portkey configs cannot read LLM_GATEWAY_URL; its current value is written as custom_host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="94"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set custom_host of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="97"/>
        <source>the provider has no base URL; set custom_host of &apos;%1&apos; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="110"/>
        <source>Portkey configs cannot read environment variables: create the virtual key &apos;%1&apos; holding the value of %2 (or send the key in the Authorization header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="117"/>
        <source>extra headers cannot be set per target in a Portkey config; send them with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="138"/>
        <source>Portkey backs off exponentially on its own; base, cap, jitter and Retry-After cap are not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="142"/>
        <source>Portkey retries each target before falling back; fast failover is not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="144"/>
        <source>the circuit breaker (open after %1 failures for %2 ms) is not expressible in a Portkey config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="149"/>
        <source>Portkey has one request_timeout; connect, first-byte and stall timeouts are not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="151"/>
        <source>Portkey does not tell a context overflow (HTTP 400) from other bad requests: it neither trims nor moves to a larger model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="155"/>
        <source>the context limit of %1 tokens is not expressible in a Portkey config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="158"/>
        <source>rate limits are not expressible in a Portkey config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="161"/>
        <source>the monthly budget cap (%1 USD, action &apos;%2&apos;) is not expressible in a Portkey config; use Portkey&apos;s budget limits on the virtual keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="167"/>
        <source>alert thresholds are not expressible in a Portkey config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="170"/>
        <source>every request goes to the targets&apos; models; the tier&apos;s alias map is not expressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="173"/>
        <source>criticality routing and the background queue are not expressible in a Portkey config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="176"/>
        <source>per-team keys are not expressible; give each team its own virtual keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::PriceTable</name>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="73"/>
        <source>The price file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="79"/>
        <source>The price file must be a JSON object of model id to prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="89"/>
        <source>empty model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="93"/>
        <source>entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="102"/>
        <source>a price is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="106"/>
        <source>no per-token input or output price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileEditor</name>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="120"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="133"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="142"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="143"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="144"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="158"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="161"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="158"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="161"/>
        <source>The name is empty or already used by another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="180"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="658"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="184"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="196"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="197"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="207"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="761"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="770"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="210"/>
        <source>Key references only; key values are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="211"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="222"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="223"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="232"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="236"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="276"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="281"/>
        <source>Change tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="283"/>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="300"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="301"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="310"/>
        <source>Add fallback model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="315"/>
        <source>Remove fallback model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="320"/>
        <source>Fallback chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="323"/>
        <source>Change max retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="324"/>
        <source>Max retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="325"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="328"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="368"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="401"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="326"/>
        <source>Change backoff base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="327"/>
        <source>Backoff base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="329"/>
        <source>Change backoff cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="330"/>
        <source>Backoff cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="335"/>
        <source>Change jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="336"/>
        <source>Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="337"/>
        <source>Move to the next model at once on a retryable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="340"/>
        <source>Change fast failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="342"/>
        <source>Fast failover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="346"/>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="348"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="349"/>
        <source>model&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="351"/>
        <source>Change context limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="352"/>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="354"/>
        <source>Trim oldest turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="355"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="356"/>
        <source>Change context policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="358"/>
        <source>When over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="362"/>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="365"/>
        <source>Change breaker failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="367"/>
        <source>Failures to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="369"/>
        <source>Change breaker open time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="370"/>
        <source>Open for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="373"/>
        <source>Change breaker probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="374"/>
        <source>Half-open probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="378"/>
        <source>Budget and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="384"/>
        <source>Change monthly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="386"/>
        <source>Monthly cap (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="388"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="389"/>
        <source>Downgrade to the budget tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="390"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="391"/>
        <source>Change budget action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="393"/>
        <source>At the cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="398"/>
        <source>Change fallback-rate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="400"/>
        <source>Alert at fallback rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="402"/>
        <source>Change latency alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="404"/>
        <source>Alert at p95 latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="493"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="506"/>
        <source>Duplicate profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="518"/>
        <source>Rename profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="528"/>
        <source>Delete profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="546"/>
        <source>Not saved: %n error(s) must be fixed first, e.g. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="551"/>
        <source>Not saved: the configuration was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="555"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="561"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="652"/>
        <source>Error: blocks saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="652"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="658"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="659"/>
        <source>Fix the errors in Problems to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="688"/>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="695"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="710"/>
        <source>Reorder fallback chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="765"/>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="770"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplainer</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="87"/>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="89"/>
        <source>Profile &apos;%1&apos; sends a request to tier &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="94"/>
        <source> (aliases: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="96"/>
        <source>. A request for the tier&apos;s default model tries, in this order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="98"/>
        <source>The fallback chain is longer than two: a failing request can take long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="103"/>
        <source>Fast failover is on: each model except the last gets one attempt, then the next model is tried at once (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="108"/>
        <source>The last model, &apos;%1&apos;, is retried up to %n time(s), waiting %2 (±%3% jitter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="113"/>
        <source>Each model is tried up to %n more time(s), waiting %1 before the retries (±%2% jitter); then the next model: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="120"/>
        <source>No retries: on failure the next model is tried at once: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="122"/>
        <source>After %1 failures in a row a model&apos;s circuit opens: it is skipped for %2, then %3 probe request(s) decide whether it is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="128"/>
        <source>Rate limit (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="130"/>
        <source>A Retry-After header from the server replaces the wait, up to %1; a longer Retry-After moves on to the next model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="135"/>
        <source>Server error (HTTP 500, 502, 503, 504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="140"/>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="142"/>
        <source>first byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="144"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="146"/>
        <source>stall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="147"/>
        <source>An attempt times out after: %1 (other limits from each provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="150"/>
        <source>Timeouts are the providers&apos; own, e.g. &apos;%1&apos;: connect %2, first byte %3, total %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="154"/>
        <source>Timeout or dropped connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="156"/>
        <source>Once answer text has reached the caller, a stream that breaks is not retried: the partial answer is kept and marked cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="169"/>
        <source>Requests are held to %1 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="171"/>
        <source>A conversation longer than the window is trimmed first: the system prompt and the newest turns are kept, the oldest turns dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="173"/>
        <source>A conversation longer than the window is refused with a clear error; history is never trimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="176"/>
        <source>If a model still reports a context overflow, no later model has a larger window: the request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="177"/>
        <source>If a model still reports a context overflow, the next model with a larger window is tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="179"/>
        <source>Context overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="181"/>
        <source>Authentication (HTTP 401, 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="182"/>
        <source>Not retried and no fallback: the request fails at once with the provider&apos;s message. Check the key reference of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="187"/>
        <source>No monthly cap: spend is recorded but never stops a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="189"/>
        <source>Monthly cap %1 USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="192"/>
        <source>At the cap every request is refused with a budget error; no model is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="197"/>
        <source>At the cap requests would move to the budget tier, but the configuration has none: they continue unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="199"/>
        <source>At the cap requests move to tier &apos;%1&apos; (first model &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="204"/>
        <source>At the cap requests still go out; an alert is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="211"/>
        <source>Alerts at %1 of the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="213"/>
        <source>Budget cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplanation</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="19"/>
        <source>Warning: not in the model catalog (the router cannot use them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="24"/>
        <source>Warning: the provider does not serve (absent from GET /models or 404): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReply</name>
    <message>
        <location filename="../core/routing/routereply.cpp" line="121"/>
        <location filename="../core/routing/routereply.cpp" line="249"/>
        <location filename="../core/routing/routereply.cpp" line="403"/>
        <source>The router is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="126"/>
        <source>No configuration is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="135"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="142"/>
        <source>Tier &apos;%1&apos; is not in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="171"/>
        <source>Profile &apos;%1&apos; reached its monthly budget cap of %2 (spent %3); the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="200"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="292"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="321"/>
        <source>The rate limit of %1 would need a wait of %2 ms (bound %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="591"/>
        <source>No model could take the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="674"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::SimCommand</name>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="64"/>
        <source>run the Simulator, a local OpenAI-compatible server with simulated models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="82"/>
        <source>Usage: tiergate-cli sim [--port N] [--config FILE] [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="83"/>
        <source>Runs the Simulator on 127.0.0.1: an OpenAI-compatible server (GET /v1/models, POST /v1/chat/completions, streaming or not) serving sim-budget, sim-standard, sim-premium and sim-flaky. Prints its base URL and serves until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>  --port N       port to listen on (default 0: a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="88"/>
        <source>  --config FILE  JSON with &quot;models&quot;, &quot;faults&quot;, &quot;seed&quot; (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="89"/>
        <source>  --seed N       seed of the simulated answers (default 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="96"/>
        <source>sim: --port needs a number between 0 and 65535, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="106"/>
        <source>sim: --seed needs a number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="111"/>
        <source>sim: unknown or incomplete option &apos;%1&apos;. Run &apos;tiergate-cli sim --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="121"/>
        <source>sim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="129"/>
        <source>sim: cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="143"/>
        <source>sim: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="156"/>
        <source>sim: serving %1 (simulated models). Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::SimFault</name>
    <message>
        <location filename="../core/sim/simfault.cpp" line="186"/>
        <source>unknown fault type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Simulator</name>
    <message>
        <location filename="../core/sim/simulator.cpp" line="769"/>
        <source>models[%1]: a model needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="806"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="813"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TransportCall</name>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="107"/>
        <source>The response body is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="228"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="231"/>
        <source>The server sent nothing within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="235"/>
        <source>The server went silent for %1 ms in the middle of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="238"/>
        <source>The request took longer than %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="254"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="295"/>
        <source>The stream ended without its [DONE] marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="318"/>
        <source>The server answered HTTP %1, which is not an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TypeScriptExporter</name>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="84"/>
        <source>GatewayConfig has one baseUrl, but the chain uses the providers %1; the gateway at LLM_GATEWAY_URL must serve every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="90"/>
        <source>backoff (base %1 ms, cap %2 ms, jitter %3) is not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="95"/>
        <source>fast failover is not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="97"/>
        <source>timeouts are not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="99"/>
        <source>the context policy &apos;%1&apos; is not part of GatewayConfig (contextWindowLimit is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="102"/>
        <source>rate limits are not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="104"/>
        <source>the circuit breaker is not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="107"/>
        <source>the budget cap&apos;s action &apos;%1&apos; is not part of GatewayConfig (only the alert threshold monthlyBudgetCap is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="112"/>
        <source>criticality routing is not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="114"/>
        <source>per-team keys are not part of GatewayConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="117"/>
        <source>GatewayConfig generated by Tiergate from profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="122"/>
        <source>The API key is not in this file: the client reads it from process.env.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="125"/>
        <source>Not expressible in GatewayConfig (Tiergate behaves differently here):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ValidateCommand</name>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="31"/>
        <source>check a configuration file and list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="37"/>
        <source>Usage: tiergate-cli validate FILE

Checks a Tiergate configuration file (JSON, &quot;version&quot;: 1) and prints every problem,
one per line: &apos;error: PATH: SENTENCE&apos; or &apos;warning: PATH: SENTENCE&apos;.

Exit codes: 0 no errors (warnings may be listed), 2 errors or unreadable file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="48"/>
        <source>tiergate-cli validate: expected exactly one FILE (see tiergate-cli validate --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="56"/>
        <source>tiergate-cli validate: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="84"/>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="86"/>
        <source>%1: valid, %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="88"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::builtin</name>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="128"/>
        <source>Simulator (built in, simulated models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="142"/>
        <source>Simulated budget model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="143"/>
        <source>Simulated standard model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="144"/>
        <source>Simulated premium model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="146"/>
        <source>Simulated flaky model (fails often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="165"/>
        <source>Built-in demo over the Simulator: no network, no keys, simulated models and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="185"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="228"/>
        <source>Development: budget tier, one retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="236"/>
        <source>Staging: standard tier, two retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="245"/>
        <source>Production: premium tier, three retries, fast failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="288"/>
        <source>OpenAI (from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="326"/>
        <source>MVP / internal tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="328"/>
        <source>Customer-facing SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="330"/>
        <source>Enterprise / compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="332"/>
        <source>High-volume async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="334"/>
        <source>Multi-tenant platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="349"/>
        <source>MVP / internal tool: budget tier, one fallback, one retry, spend warnings only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="361"/>
        <source>Customer-facing SaaS: standard tier, fast failover, downgrade at the budget cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="376"/>
        <source>Enterprise / compliance: premium tier, fast failover, history never trimmed, hard budget cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="397"/>
        <source>High-volume async: budget tier, background queue, patient retries, rate limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="429"/>
        <source>Multi-tenant platform: standard tier, fast failover, provider-wide rate limit, per-team keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::exportsupport</name>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="30"/>
        <source>profile &apos;%1&apos; does not exist, and the configuration has no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="31"/>
        <source>profile &apos;%1&apos; does not exist. Available profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
