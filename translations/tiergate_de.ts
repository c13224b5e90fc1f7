<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatErrorText</name>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="39"/>
        <source>%1 (provider %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="40"/>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="43"/>
        <source>The answer from %1 was cut off: %2 The partial text is kept; press Regenerate for a full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="49"/>
        <source>No API key for %1: %2 Set the key (or change the provider&apos;s key reference in Profiles → Providers), then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="52"/>
        <source>%1 refused the API key (HTTP %2): %3 Check that the key is valid and allowed to use this model, then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="58"/>
        <source>Budget cap: %1 Choose a cheaper tier, or raise the cap or change its action in Profiles → %2 → Budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="62"/>
        <source>The conversation is too long for %1: %2 Start a new conversation (Ctrl+N), edit it shorter, or pick a model with a larger context window (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="71"/>
        <source>Could not reach %1: %2 Check that the server is running and that the provider&apos;s base URL in Profiles → Providers is right, then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="77"/>
        <source>%1 did not answer in time: %2 Press Regenerate to try again, or raise the profile&apos;s timeouts in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="84"/>
        <source>%1 is rate limiting requests (HTTP 429): %2 Wait a moment, then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="86"/>
        <source>%1 failed (HTTP %2): %3 Press Regenerate to try again; a fallback model in the profile&apos;s chain would take over automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="92"/>
        <source>%1 rejected the request (HTTP %2): %3 Check the model id and the parameters in the side panel (temperature, top p, max tokens, stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="98"/>
        <source>The answer of %1 could not be understood: %2 Press Regenerate; if it keeps happening, the server is not OpenAI-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="102"/>
        <source>The answer from %1 was cut off: %2 Press Regenerate for a full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="104"/>
        <source>%1 Wait for open circuits to close, or add fallback models to profile &apos;%2&apos; in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chaterrortext.cpp" line="107"/>
        <source>%1 Fix it in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>RequestEstimate</name>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="24"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="39"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="69"/>
        <source>No estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="71"/>
        <source>%1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="72"/>
        <source>up to %1 out (max tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="73"/>
        <source>~%1 out (typical answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="74"/>
        <source>Estimate: ≈ %1 on %2 — ~%3 tokens in + %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="77"/>
        <source>(no catalog price: flat rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/requestestimate.cpp" line="80"/>
        <source>— above the approval threshold of %1 of profile &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Workbench and gateway for OpenAI-compatible LLM APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Save a PNG of the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Open on panel &lt;name&gt; (chat, compare, profiles, chart, costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Configuration file (default: the user&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>Folder for the ledger, conversations and logs (default: the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>Send &lt;n&gt; prompts through the active profile at start, to see routing at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="90"/>
        <source>Send &lt;text&gt; in a new chat at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>Print the time from process start to the first paint and the memory use 2 s later, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="202"/>
        <source>Could not open the column in Chat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="232"/>
        <source>No provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="237"/>
        <source>Simulator (simulated models) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="250"/>
        <source>Spend this month: %1 of %2 (projected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="253"/>
        <source>Spend this month: %1 (no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="257"/>
        <source>Ledger unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="289"/>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="294"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="299"/>
        <source>Added %1 with %2 models; profile &apos;%3&apos; is active.</source>
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
    <name>tiergate::BatchPrompt</name>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="70"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="78"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="85"/>
        <source>%1: the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="92"/>
        <source>%1: expected a &quot;prompt&quot; string or a &quot;messages&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="102"/>
        <source>messages[%1] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="109"/>
        <source>the messages array is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BatchResultsModel</name>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="81"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="82"/>
        <source>%1 (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="86"/>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="88"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="104"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="106"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="110"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="112"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="114"/>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="116"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="118"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::BatchRun</name>
    <message>
        <location filename="../core/compare/batchrun.cpp" line="147"/>
        <source>Could not save the batch progress in %1.</source>
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
        <location filename="../core/cli/chatcommand.cpp" line="76"/>
        <source>send a prompt through the router; answer on stdout, route and cost on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="83"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="84"/>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="85"/>
        <source>Profile to route with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="86"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="88"/>
        <source>Requested model (resolved through the tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="90"/>
        <source>critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="91"/>
        <source>Ask for the whole answer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="93"/>
        <source>Folder of the ledger and the background queue (default: the one the app uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="95"/>
        <source>Do not record the request in the ledger (the budget cap is then not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="98"/>
        <source>The prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="115"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="112"/>
        <source>Usage: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="117"/>
        <source>Every request is recorded in the ledger the app reads, and the profile&apos;s budget cap is checked against it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="120"/>
        <source>--criticality background puts the request in the persisted background queue; when it fails for a retryable reason it stays queued and runs again with the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="123"/>
        <source>Exit codes: 0 answered, 1 every route failed (or the request stays queued), 2 usage or configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="131"/>
        <source>a prompt is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="140"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="149"/>
        <source>tiergate-cli chat: configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="156"/>
        <source>tiergate-cli chat: the configuration %1 has errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="172"/>
        <source>tiergate-cli chat: profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="179"/>
        <source>tiergate-cli chat: tier &apos;%1&apos; is not in the configuration (tiers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="205"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1); profile &apos;%1&apos; routes through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="208"/>
        <source>Provider &apos;%1&apos; has no base URL in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="227"/>
        <source>tiergate-cli chat: cannot start the Simulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="242"/>
        <source>tiergate-cli chat: cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="252"/>
        <source>tiergate-cli chat: cannot open the ledger: %1 (use --no-ledger to send without recording; the budget cap is then not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="281"/>
        <source>route (profile %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="284"/>
        <source>queued as background request %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="291"/>
        <source>The background request failed for a retryable reason; it stays queued and runs again after %1 with the next tiergate or tiergate-cli run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="315"/>
        <source>model %1 (%2), tier %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="316"/>
        <source>, fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="318"/>
        <source>latency %1 ms, TTFT %2 ms, retries %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="319"/>
        <source>usage %1%2 prompt + %1%3 completion = %1%4 tokens%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="324"/>
        <source> (~ estimated: the server sent no usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="326"/>
        <source>cost %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="327"/>
        <source> (no catalog price: flat estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="329"/>
        <source>latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="332"/>
        <source>budget cap reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="338"/>
        <source>The answer was cut after it began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="342"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="346"/>
        <source>Every route failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ChatPanel</name>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="98"/>
        <location filename="../ui/chat/chatpanel.cpp" line="207"/>
        <source>Profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="130"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="135"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="136"/>
        <source>New conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="137"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="155"/>
        <source>Message (Ctrl+Enter sends, Esc stops, Up edits the last message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="163"/>
        <source>Choose the model for the next messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="168"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="169"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="170"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="186"/>
        <location filename="../ui/chat/chatpanel.cpp" line="216"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="191"/>
        <location filename="../ui/chat/chatpanel.cpp" line="197"/>
        <location filename="../ui/chat/chatpanel.cpp" line="201"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="204"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="217"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="218"/>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="219"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="220"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="221"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="222"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="248"/>
        <source>Copied %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="272"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="273"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="286"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="324"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="326"/>
        <location filename="../ui/chat/chatpanel.cpp" line="385"/>
        <source>The conversation could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="399"/>
        <source>Your edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="405"/>
        <source>Your message could not be saved, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="440"/>
        <source>The answer could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="473"/>
        <source>No answer. %1 Your message is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="670"/>
        <source>This request is estimated to cost %1 on %2 (~%3 tokens in, %4 out). That is above the approval threshold of %5 set for profile &apos;%6&apos;.

Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="677"/>
        <source>Confirm the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="681"/>
        <source>Not sent: the estimated cost of %1 is above the approval threshold of %2 of profile &apos;%3&apos;. Your text is still in the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="699"/>
        <source>Model: profile default (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="700"/>
        <source>Model: %1 (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="738"/>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="738"/>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="739"/>
        <source>Conversation: %1, %2%3 tokens, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="512"/>
        <source>Editing your last message; sending replaces it and what followed.</source>
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
        <location filename="../ui/compare/comparepanel.cpp" line="60"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="61"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="148"/>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="149"/>
        <source>Compare one more model, tier or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="260"/>
        <source>Prompt sent to every column (Ctrl+Enter runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="156"/>
        <source>Shared system prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="92"/>
        <source>Sampling temperature (lowest value: not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="103"/>
        <source>Maximum completion tokens (0: not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="157"/>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="159"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="160"/>
        <location filename="../ui/compare/comparepanel.cpp" line="163"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="162"/>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="166"/>
        <source>Column set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="171"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="172"/>
        <source>Replace the columns by the chosen column set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="174"/>
        <source>Save set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="175"/>
        <source>Save these columns, with their overrides, under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="180"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="181"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="213"/>
        <source>Save column set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="213"/>
        <source>Name of the column set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="265"/>
        <source>Runs per column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="269"/>
        <source>Several runs give the median and p95 instead of one noisy sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="272"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="273"/>
        <source>Send the prompt to every column (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="276"/>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="295"/>
        <source>Word diff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="296"/>
        <source>Highlight the words one column&apos;s answer has and the other&apos;s lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="314"/>
        <source>Open saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="315"/>
        <source>Reopen a saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="318"/>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="319"/>
        <location filename="../ui/compare/comparepanel.cpp" line="391"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="320"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="344"/>
        <source>Prompts, one per line, or JSONL lines {&quot;prompt&quot;: &quot;…&quot;} or {&quot;messages&quot;: […]}. Each goes to every column; progress is saved after each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="350"/>
        <source>What is a circuit breaker?
{&quot;prompt&quot;: &quot;Summarise retries in one line.&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="355"/>
        <source>Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="358"/>
        <source>Start batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="359"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="360"/>
        <source>Resume or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="361"/>
        <source>Continue a saved batch where it stopped, or show its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="373"/>
        <source>%v of %m cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="469"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="470"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="471"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="478"/>
        <source>This column&apos;s temperature, max tokens and system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="481"/>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="491"/>
        <location filename="../ui/compare/comparepanel.cpp" line="492"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="494"/>
        <source>System prompt override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="495"/>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="497"/>
        <source>Max tok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="524"/>
        <source>Overrides (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="524"/>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="602"/>
        <source>Continue in Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="603"/>
        <source>Open this column&apos;s conversation in Chat, routed the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="605"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="624"/>
        <location filename="../ui/compare/comparepanel.cpp" line="637"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="625"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="691"/>
        <source>Type a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="696"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1208"/>
        <source>Every column needs a model, tier or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="703"/>
        <source>This comparison cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="802"/>
        <source>Code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="812"/>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="817"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1225"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="827"/>
        <source>Run %1 of %2 · first token after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="877"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="908"/>
        <source>No run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="913"/>
        <source>%1 runs, %2 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="914"/>
        <source>TTFT %1 (p95 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="915"/>
        <location filename="../ui/compare/comparepanel.cpp" line="922"/>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="916"/>
        <source>latency %1 (p95 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="917"/>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="918"/>
        <source>cost %1 (total %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="922"/>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="923"/>
        <source>latency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="924"/>
        <source>%1 + %2 tokens (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="924"/>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="927"/>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="929"/>
        <source>no model answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="929"/>
        <source>answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="932"/>
        <source>Fallback trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="934"/>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="943"/>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="946"/>
        <source>Cheapest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="946"/>
        <source>Cheapest: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="947"/>
        <source>Fastest first token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="948"/>
        <source>Fastest first token: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="949"/>
        <source>Fastest overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="950"/>
        <source>Fastest overall: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="954"/>
        <source>%1: %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="954"/>
        <source>%1: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="957"/>
        <source>Cost relative to the cheapest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="989"/>
        <source>No answers to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1017"/>
        <source>%1 words only in column %2 (struck out), %3 only in column %4 (highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1050"/>
        <source>Could not save the column set in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1055"/>
        <source>Column set “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1065"/>
        <source>There is no column set “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1069"/>
        <source>Column set “%1” loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1078"/>
        <source>No saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1082"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1083"/>
        <source>%1 — %2, %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1096"/>
        <source>Could not read the saved comparison %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1111"/>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1119"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1122"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1146"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1154"/>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1146"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1154"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1162"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1162"/>
        <source>Export batch results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1170"/>
        <source>Load prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1170"/>
        <source>Prompt lists (*.txt *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1175"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1187"/>
        <source>Could not save the comparison in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1187"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1198"/>
        <source>Fix the prompt list first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1202"/>
        <source>Type or load at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1219"/>
        <source>%n prompt(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1222"/>
        <source>The batch cannot start (is %1 writable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1238"/>
        <source>Could not resume the batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1253"/>
        <source>Resumed: %1 of %2 cells were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1263"/>
        <source>No saved batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1267"/>
        <source>%1 — %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1277"/>
        <source>%1 of %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1279"/>
        <source>Running… %1 of %2 cells done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1295"/>
        <source>Finished: %1 cells, %2 failed, cost %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1299"/>
        <source>Paused at %1 of %2 cells; resume it from “Resume or open”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::Comparison</name>
    <message>
        <location filename="../core/compare/comparison.cpp" line="71"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="76"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="77"/>
        <source>Runs per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="80"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="83"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="86"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="88"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>TTFT (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>Latency (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Cost (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>Cost ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="95"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="102"/>
        <source>cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="104"/>
        <source>fastest first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="106"/>
        <source>fastest overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="123"/>
        <source>(not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="134"/>
        <source>Fallback trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="136"/>
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
        <location filename="../core/contract/jsonfields_p.h" line="44"/>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="51"/>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="26"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="33"/>
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
    <name>tiergate::Distribution</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="101"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::EntryListPage</name>
    <message>
        <location filename="../ui/profiles/entrylistpage.cpp" line="31"/>
        <source>Remove</source>
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
        <location filename="../core/cost/ledger.cpp" line="441"/>
        <source>Cannot create the ledger folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="448"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="457"/>
        <source>Cannot switch the ledger %1 to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="469"/>
        <source>Cannot configure the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="546"/>
        <source>Cannot prepare the ledger statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="554"/>
        <location filename="../core/cost/ledger.cpp" line="607"/>
        <location filename="../core/cost/ledger.cpp" line="633"/>
        <location filename="../core/cost/ledger.cpp" line="691"/>
        <source>Ledger query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="656"/>
        <location filename="../core/cost/ledger.cpp" line="1056"/>
        <source>The ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="661"/>
        <source>Cannot start a ledger transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="709"/>
        <source>Cannot commit to the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1124"/>
        <location filename="../core/cost/ledger.cpp" line="1159"/>
        <source>The export target is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1132"/>
        <location filename="../core/cost/ledger.cpp" line="1150"/>
        <location filename="../core/cost/ledger.cpp" line="1174"/>
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
        <location filename="../core/cost/ledgerschema.cpp" line="210"/>
        <source>Ledger schema statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="322"/>
        <source>The ledger database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="329"/>
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
    <name>tiergate::LedgerWatcher</name>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="92"/>
        <source>The ledger %1 does not exist (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="100"/>
        <source>Cannot open the ledger %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="120"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="215"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="273"/>
        <source>Cannot read the ledger %1: %2</source>
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
        <location filename="../ui/chart/livechart.cpp" line="341"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="342"/>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="343"/>
        <source>Spend over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="346"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="347"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="348"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="349"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="353"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="354"/>
        <source>Follow the selected time range again (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="361"/>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="364"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="481"/>
        <source>Rolling p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="483"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="485"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="487"/>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="560"/>
        <source>p95 threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="565"/>
        <source>Cumulative spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="566"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="567"/>
        <source>Time to first token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="758"/>
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="759"/>
        <source>%n point(s) drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="770"/>
        <source>Tier: %1 · Profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="772"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="773"/>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="775"/>
        <source>TTFT: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="777"/>
        <source>Tokens: %1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="779"/>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="780"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="781"/>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="783"/>
        <source>(fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="787"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="418"/>
        <source>send N requests at a set rate and concurrency; progress on stderr, summary on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="426"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="427"/>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="428"/>
        <source>Profile to route with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="430"/>
        <source>Number of requests (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="432"/>
        <source>Requests per second at most (default 0: as fast as the concurrency allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="434"/>
        <source>Requests in flight at most (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="436"/>
        <source>The prompt of every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="437"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="439"/>
        <source>Requested model (resolved through the tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="441"/>
        <source>critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="442"/>
        <source>Team id whose keys are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="444"/>
        <source>max_tokens of every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="445"/>
        <source>Ask for whole answers instead of streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="447"/>
        <source>Folder of the ledger (DIR/ledger.sqlite), as the GUI&apos;s --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="448"/>
        <source>Ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="450"/>
        <source>Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="452"/>
        <source>Failed requests allowed before the exit code is 1 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="454"/>
        <source>auto (bar on a terminal, else lines), bar, lines or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="455"/>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="479"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="481"/>
        <source>Every result is recorded in the ledger (default: the GUI&apos;s, so its live chart shows the traffic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="484"/>
        <source>Latency percentiles cover every request that was not cancelled, TTFT those that received a first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="487"/>
        <source>Exit codes: 0 every request answered (or no more than --max-errors failed), 1 more failed than --max-errors allows, a ledger write failed or the Simulator could not start, 2 usage or configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="495"/>
        <source>unexpected argument &apos;%1&apos; (the prompt goes in --prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="510"/>
        <source>--requests must be a whole number from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="514"/>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="518"/>
        <source>--max-errors must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="525"/>
        <source>--rate must be a number of requests per second, 0 or more (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="531"/>
        <source>--max-tokens must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="539"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="555"/>
        <source>--progress must be auto, bar, lines or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="559"/>
        <source>give --data-dir or --ledger, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="566"/>
        <source>--prompt must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="580"/>
        <source>configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="585"/>
        <source>tiergate-cli load: the configuration %1 has errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="602"/>
        <source>profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="608"/>
        <source>tier &apos;%1&apos; is not in the configuration (tiers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="633"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1); profile &apos;%1&apos; routes through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="636"/>
        <source>Provider &apos;%1&apos; has no base URL in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="653"/>
        <source>--sim-config needs a profile that routes over the Simulator (&apos;%1&apos; does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="662"/>
        <source>the Simulator set-up %1 has errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="667"/>
        <source>cannot start the Simulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="679"/>
        <source>cannot open the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="702"/>
        <source>Sending %1 requests through profile %2 (concurrency %3, rate %4); ledger %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="706"/>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="706"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand::Private</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="262"/>
        <source>tiergate-cli load: cannot record in the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="289"/>
        <source>ok %1  err %2  fallback %3  %4 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="291"/>
        <source>ETA %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="296"/>
        <source>load: %1/%2 done, %3 ok, %4 failed, %5 fallbacks, %6 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="326"/>
        <source>tiergate-cli load: %1 of %2 requests failed (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="380"/>
        <source>Load run: profile %1, concurrency %2, rate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="383"/>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="383"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="385"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="386"/>
        <source>%1 in %2 s (%3 req/s achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="390"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="394"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="397"/>
        <source>fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="398"/>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="399"/>
        <source>latency ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="400"/>
        <source>TTFT ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="401"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="401"/>
        <source>%1 prompt + %2 completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="402"/>
        <source>spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="406"/>
        <source>answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="406"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="407"/>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="407"/>
        <source>%1 (%2 rows written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::LocalServer</name>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="57"/>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="90"/>
        <source>Models served by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>%1 — not configured in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Live chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Routing profile used by new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>No provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Spend this month: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Add %1 at %2 (%3) as a provider and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Found %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Found %1 local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>OpenAI-compatible servers answering on this machine; add one to route to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;About Tiergate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>About Tiergate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
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
    <name>tiergate::ModelCatalogModel</name>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="51"/>
        <source>Let the profile&apos;s tier choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="57"/>
        <source>Profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="59"/>
        <source>tier decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="73"/>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="85"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="87"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="89"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="91"/>
        <source>Input / 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="93"/>
        <source>Output / 1M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ModelChecker</name>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="77"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="103"/>
        <source>model &apos;%1&apos; is not in the catalog: no provider, context window or prices are known for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="110"/>
        <source>model &apos;%1&apos; names provider &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="115"/>
        <source>provider &apos;%1&apos; has no base URL, so &apos;%2&apos; cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="154"/>
        <source>the key of provider &apos;%1&apos; could not be read (%2); its models were checked without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="186"/>
        <source>provider &apos;%1&apos; answers 404 on GET /models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="187"/>
        <source>GET /models of provider &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="190"/>
        <source>%1, so &apos;%2&apos; could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="198"/>
        <source>&apos;%1&apos; is served by provider &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="201"/>
        <source>model &apos;%1&apos; is not in the GET /models list of provider &apos;%2&apos;: requests to it will likely answer 404</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ModelPicker</name>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="23"/>
        <source>Choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="28"/>
        <source>Filter models (id, provider, &quot;simulated&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="41"/>
        <source>Enter picks, Esc closes. Prices per 1M tokens.</source>
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
    <name>tiergate::ModelsPage</name>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="30"/>
        <source>Prices are USD per 1M tokens. Editing a built-in catalog entry adds your own entry that overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Max output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Input $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Output $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Cached $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="44"/>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="45"/>
        <source>Remove your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="60"/>
        <source>Add model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="75"/>
        <source>Remove model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="107"/>
        <source>yours (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="107"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="108"/>
        <source>catalog (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="108"/>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="170"/>
        <source>Change %1 of %2</source>
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
        <location filename="../ui/profiles/profileeditor.cpp" line="194"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="207"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="216"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="217"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="218"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="232"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="235"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="232"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="235"/>
        <source>The name is empty or already used by another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="266"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1072"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="268"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="280"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="281"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="291"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1232"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1241"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="523"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1281"/>
        <source>Check models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1282"/>
        <source>Ask every provider this profile uses for its model list (GET /models) and flag models it does not serve or the catalog does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1307"/>
        <source>Key references of the providers (values are never shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1309"/>
        <source>Key references only; key values are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="293"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="90"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="92"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="94"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="96"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="98"/>
        <source>cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="156"/>
        <source>Unsaved profile changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="157"/>
        <source>The configuration has unsaved changes. Save them before leaving the profile editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="248"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="252"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="254"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="256"/>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="258"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="294"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="305"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="306"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="315"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="319"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="359"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="364"/>
        <source>Change tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="366"/>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="383"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="384"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="393"/>
        <source>Add fallback model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="398"/>
        <source>Remove fallback model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="403"/>
        <source>Fallback chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="406"/>
        <source>Change max retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="407"/>
        <source>Max retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="408"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="411"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="451"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="513"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="595"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="635"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="409"/>
        <source>Change backoff base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="410"/>
        <source>Backoff base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="412"/>
        <source>Change backoff cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="413"/>
        <source>Backoff cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="418"/>
        <source>Change jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="419"/>
        <source>Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="420"/>
        <source>Move to the next model at once on a retryable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="423"/>
        <source>Change fast failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="425"/>
        <source>Fast failover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="429"/>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="431"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="432"/>
        <source>model&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="434"/>
        <source>Change context limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="435"/>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="437"/>
        <source>Trim oldest turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="438"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="439"/>
        <source>Change context policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="441"/>
        <source>When over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="445"/>
        <source>Timeouts (0: the provider&apos;s value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="447"/>
        <source>Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="448"/>
        <source>First byte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="448"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="449"/>
        <source>Stall (mid-stream silence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="452"/>
        <source>provider&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="456"/>
        <source>Change connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="458"/>
        <source>Change first-byte timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="460"/>
        <source>Change total timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="462"/>
        <source>Change stall timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="467"/>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="471"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="471"/>
        <source>Model or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="471"/>
        <source>Requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="471"/>
        <source>Tokens/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="471"/>
        <source>Max wait (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="475"/>
        <source>0 requests or tokens per minute: no limit on that axis. Past the max wait the next model is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="479"/>
        <source>Add limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="480"/>
        <source>Remove limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="494"/>
        <source>Add rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="499"/>
        <source>Remove rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="507"/>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="510"/>
        <source>Change breaker failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="512"/>
        <source>Failures to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="514"/>
        <source>Change breaker open time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="515"/>
        <source>Open for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="518"/>
        <source>Change breaker probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="519"/>
        <source>Half-open probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1312"/>
        <source>Store a secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1316"/>
        <source>Entry name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1319"/>
        <source>paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1323"/>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1325"/>
        <source>Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1326"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1343"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1413"/>
        <source>Test profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1344"/>
        <source>Send a short request through the edited profile (saved or not) and show the route it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1358"/>
        <source>Test profile sends one short request and shows every attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1359"/>
        <source>Testing needs a network connection to the providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1362"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1362"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1362"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1362"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1362"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1363"/>
        <source>Wait ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1363"/>
        <source>Latency ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1363"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1385"/>
        <source>Testing profile %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1386"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1421"/>
        <source>Answered by %1 (provider %2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1422"/>
        <source>, after falling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1424"/>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1426"/>
        <source>Latency %1 ms, time to first token %2, %3 attempt(s), %4 retry(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1428"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1428"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1431"/>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1432"/>
        <source>Tokens: %1 prompt + %2 completion = %3%4. Cost: %5%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1438"/>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1448"/>
        <source>Asking the providers of %1 for their models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1477"/>
        <source>Profile %1: every model is in the catalog and served by its provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="1478"/>
        <source>Profile %1: %n model problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Give the entry a name (letters, digits, &apos;-&apos;, &apos;_&apos;; no &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1489"/>
        <source>Type or paste the secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1497"/>
        <source>Storing keychain:%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1505"/>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1512"/>
        <source>Use %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1519"/>
        <source>Stored as %1; provider %2 now uses it (save to keep the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1521"/>
        <source>Stored as %1. Use that reference as a provider&apos;s or a team&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="534"/>
        <source>Change monthly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="536"/>
        <source>Monthly cap (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="538"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="539"/>
        <source>Downgrade to the budget tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="540"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="541"/>
        <source>Change budget action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="543"/>
        <source>At the cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="545"/>
        <source>A request whose estimated cost is above this asks before it is sent; 0: never ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="546"/>
        <source>Change approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="548"/>
        <source>Ask before requests over (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="551"/>
        <source>Fractions of the cap that raise an alert, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="565"/>
        <source>Change budget alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="567"/>
        <source>Alert at fractions of the cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="571"/>
        <source>Observability and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="573"/>
        <source>Log every request and watch the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="576"/>
        <source>Change observability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="578"/>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="584"/>
        <source>Change log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="587"/>
        <source>Log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="592"/>
        <source>Change fallback-rate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="594"/>
        <source>Alert at fallback rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="596"/>
        <source>Change latency alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="598"/>
        <source>Alert at p95 latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="601"/>
        <source>Change budget alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="604"/>
        <source>Alert at monthly spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="608"/>
        <source>Criticality routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="610"/>
        <source>Critical requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="611"/>
        <source>Standard requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="612"/>
        <source>Background requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="621"/>
        <source>Change %1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="632"/>
        <source>Change queue concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="634"/>
        <source>Background queue, concurrent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="636"/>
        <source>Change queue retry window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="638"/>
        <source>Background queue, retry for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="642"/>
        <source>Teams whose keys this profile may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="655"/>
        <source>Change teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="712"/>
        <source>The configuration changed; run Check models again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="766"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="779"/>
        <source>Duplicate profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="791"/>
        <source>Rename profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="801"/>
        <source>Delete profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="819"/>
        <source>Not saved: %n error(s) must be fixed first, e.g. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="824"/>
        <source>Not saved: the configuration was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="828"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="834"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="949"/>
        <source>profile&apos;s tier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="986"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="987"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1037"/>
        <source>Change rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1051"/>
        <source>Error: blocks saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1051"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1060"/>
        <source>Check models: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1064"/>
        <source>Warning from Check models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1072"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1073"/>
        <source>Fix the errors in Problems to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1102"/>
        <source>(only store it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1105"/>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1106"/>
        <source>and use it for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1114"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1129"/>
        <source>Reorder fallback chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1236"/>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1241"/>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="113"/>
        <source>Each model is tried up to %n more time(s), waiting %1 before the retries (±%2% jitter); then the next model: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <name>tiergate::ProfileProbe</name>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="28"/>
        <source>Reply with the single word: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="92"/>
        <source>The provider answered HTTP %1, a temporary failure (retried, then the next model was tried).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="94"/>
        <source>The provider could not be reached in time or the connection failed (retried, then the next model was tried).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="98"/>
        <source>The prompt does not fit the model&apos;s context window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="101"/>
        <source>The provider refused the key, or the key could not be read: check the key reference in Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="105"/>
        <source>The provider does not know this model (HTTP 404): check the model id or use Check models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="106"/>
        <source>The provider rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="109"/>
        <source>The profile&apos;s monthly budget cap blocked the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="112"/>
        <source>The probe was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="115"/>
        <source>The provider answered with something that is not a chat completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="118"/>
        <source>The answer stopped in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="121"/>
        <source>No model could be tried (open circuits, rate limits, or an empty chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="124"/>
        <source>The configuration does not allow this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="129"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::ProvidersPage</name>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="19"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="19"/>
        <source>Add provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="19"/>
        <source>Remove provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="35"/>
        <source>A reference to the key, never the key itself. Store a keychain secret in the Keys tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="36"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="37"/>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="38"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="39"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="40"/>
        <source>Key reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="45"/>
        <source>Rename provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="64"/>
        <source>Change provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="68"/>
        <source>Change provider kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="72"/>
        <source>Change base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="76"/>
        <source>Change key reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="80"/>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="80"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="80"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="80"/>
        <location filename="../ui/profiles/providerspage.cpp" line="90"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="80"/>
        <location filename="../ui/profiles/providerspage.cpp" line="102"/>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="105"/>
        <source>Timeouts and concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="114"/>
        <location filename="../ui/profiles/providerspage.cpp" line="115"/>
        <location filename="../ui/profiles/providerspage.cpp" line="116"/>
        <location filename="../ui/profiles/providerspage.cpp" line="117"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="119"/>
        <source>Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="120"/>
        <source>First byte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="121"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="122"/>
        <source>Stall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="123"/>
        <source>Max concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="132"/>
        <source>Change connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="133"/>
        <source>Change first-byte timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="134"/>
        <source>Change total timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="135"/>
        <source>Change stall timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="136"/>
        <source>Change max concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="175"/>
        <source>Edit headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="216"/>
        <source>set at run time (the built-in Simulator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReply</name>
    <message>
        <location filename="../core/routing/routereply.cpp" line="135"/>
        <location filename="../core/routing/routereply.cpp" line="265"/>
        <location filename="../core/routing/routereply.cpp" line="419"/>
        <source>The router is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="140"/>
        <source>No configuration is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="149"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="156"/>
        <source>Tier &apos;%1&apos; is not in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="192"/>
        <source>The request was not sent. Raise the cap or change the action on cap in the profile, or wait for the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="216"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="308"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="337"/>
        <source>The rate limit of %1 would need a wait of %2 ms (bound %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="632"/>
        <source>No model could take the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="715"/>
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
        <location filename="../core/sim/simulator.cpp" line="793"/>
        <source>models[%1]: a model needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="830"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="837"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TeamsPage</name>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Remove team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="38"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="40"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="41"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="42"/>
        <source>Warn before rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="46"/>
        <source>Rename team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="61"/>
        <source>Change team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="65"/>
        <source>Change rotation warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="68"/>
        <source>Key per tier (references only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Key reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Rotate by (yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="81"/>
        <source>Add tier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="106"/>
        <source>Remove tier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="157"/>
        <source>Edit team keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TiersPage</name>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Remove tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="24"/>
        <source>The model a request gets when its requested model has no alias here; empty: the requested model passes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="26"/>
        <source>Default model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="30"/>
        <source>Change default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="33"/>
        <source>Aliases: requested model → model used in this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Requested model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Model used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="43"/>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="56"/>
        <source>Remove alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="96"/>
        <source>Edit aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptDelegate</name>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="46"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="126"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="127"/>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="49"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="52"/>
        <source>TTFT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="56"/>
        <source>%1%2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="62"/>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="78"/>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="81"/>
        <source>, waited %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="84"/>
        <source>, %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="101"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="101"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="103"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="112"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="131"/>
        <source>hide route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="131"/>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="136"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptView</name>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="613"/>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="617"/>
        <source>Copy code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="621"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="622"/>
        <source>Copy link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="630"/>
        <source>Hide attempt trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="630"/>
        <source>Show attempt trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="647"/>
        <source>Copy this message (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="649"/>
        <source>Copy this code block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiergate::TransportCall</name>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="119"/>
        <source>The response body is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="262"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="265"/>
        <source>The server sent nothing within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="269"/>
        <source>The server went silent for %1 ms in the middle of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="272"/>
        <source>The request took longer than %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="288"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="325"/>
        <source>The stream ended without its [DONE] marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="348"/>
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
        <location filename="../core/config/builtinconfig.cpp" line="188"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="231"/>
        <source>Development: budget tier, one retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="239"/>
        <source>Staging: standard tier, two retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="248"/>
        <source>Production: premium tier, three retries, fast failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="291"/>
        <source>OpenAI (from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="329"/>
        <source>MVP / internal tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="331"/>
        <source>Customer-facing SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="333"/>
        <source>Enterprise / compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="335"/>
        <source>High-volume async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="337"/>
        <source>Multi-tenant platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="352"/>
        <source>MVP / internal tool: budget tier, one fallback, one retry, spend warnings only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="364"/>
        <source>Customer-facing SaaS: standard tier, fast failover, downgrade at the budget cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="379"/>
        <source>Enterprise / compliance: premium tier, fast failover, history never trimmed, hard budget cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="400"/>
        <source>High-volume async: budget tier, background queue, patient retries, rate limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="432"/>
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
