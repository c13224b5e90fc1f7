<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatApproval</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="21"/>
        <source>This request is estimated to cost %1 on %2 (~%3 tokens in, %4 out). That is above the approval threshold of %5 set for profile &apos;%6&apos;.</source>
        <translation>此请求在 %2 上的估算费用为 %1（约 %3 个输入 token，输出 %4）。这超过了方案“%6”设置的确认阈值 %5。</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="28"/>
        <source>Profile &apos;%1&apos; has spent %2 of its monthly cap of %3 this month; this request (about %4) goes over it.</source>
        <translation>方案“%1”本月已支出 %2（每月上限 %3）；此请求（约 %4）将超出上限。</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="34"/>
        <source>Send it anyway?</source>
        <translation>仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="40"/>
        <source>Not sent: the estimated cost of %1 is above the approval threshold of %2 of profile &apos;%3&apos;. Your text is still in the composer.</source>
        <translation>未发送：估算费用 %1 超过方案“%3”的确认阈值 %2。您的文本仍保留在输入框中。</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="44"/>
        <source>Not sent: it would take profile &apos;%1&apos; over its monthly cap of %2. Your text is still in the composer.</source>
        <translation>未发送：此请求会使方案“%1”超出每月上限 %2。您的文本仍保留在输入框中。</translation>
    </message>
</context>
<context>
    <name>ChatErrorText</name>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="42"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1) and restart Tiergate, or pick another profile.</source>
        <translation>请将 LLM_GATEWAY_URL 设置为网关的基础 URL（例如 http://localhost:4000/v1）并重启 Tiergate，或选择其他配置文件。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="45"/>
        <source>Fix the provider or model in Profiles → Providers and Models.</source>
        <translation>请在 配置文件 → 提供方和模型 中修正提供方或模型。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="47"/>
        <source>Wait for open circuits to close, or add fallback models to profile &apos;%1&apos; in Profiles.</source>
        <translation>请等待已断开的熔断器恢复，或在“配置文件”中为配置文件“%1”添加后备模型。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="51"/>
        <source>Wait a moment for the rate limit, then press Regenerate.</source>
        <translation>请稍候等待速率限制解除，然后点击“重新生成”。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="53"/>
        <source>Add fallback models to profile &apos;%1&apos; in Profiles.</source>
        <translation>请在“配置文件”中为配置文件“%1”添加后备模型。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="78"/>
        <source>%1 (provider %2)</source>
        <translation>%1（提供商 %2）</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="79"/>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="82"/>
        <source>The answer from %1 was cut off: %2 The partial text is kept; press Regenerate for a full answer.</source>
        <translation>%1 的回答被截断：%2 已收到的部分文本会保留；点击“重新生成”获取完整回答。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="88"/>
        <source>No API key for %1: %2 Set the key (or change the provider&apos;s key reference in Profiles → Providers), then press Regenerate.</source>
        <translation>%1 没有 API 密钥：%2 请设置密钥（或在“配置方案 → 提供商”中修改该提供商的密钥引用），然后点击“重新生成”。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="91"/>
        <source>%1 refused the API key (HTTP %2): %3 Check that the key is valid and allowed to use this model, then press Regenerate.</source>
        <translation>%1 拒绝了 API 密钥（HTTP %2）：%3 请检查密钥是否有效且有权使用此模型，然后点击“重新生成”。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="97"/>
        <source>Budget cap: %1 Choose a cheaper tier, or raise the cap or change its action in Profiles → %2 → Budget.</source>
        <translation>预算上限：%1 请选择更便宜的层级，或在“配置方案 → %2 → 预算”中提高上限或更改其操作。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="101"/>
        <source>The conversation is too long for %1: %2 Start a new conversation (Ctrl+N), edit it shorter, or pick a model with a larger context window (Ctrl+K).</source>
        <translation>对话对 %1 来说太长：%2 请新建对话（Ctrl+N）、将其编辑得更短，或选择上下文窗口更大的模型（Ctrl+K）。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="110"/>
        <source>Could not reach %1: %2 Check that the server is running and that the provider&apos;s base URL in Profiles → Providers is right, then press Regenerate.</source>
        <translation>无法连接 %1：%2 请确认服务器正在运行，且“配置方案 → 提供商”中该提供商的基础 URL 正确，然后点击“重新生成”。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="116"/>
        <source>%1 did not answer in time: %2 Press Regenerate to try again, or raise the profile&apos;s timeouts in Profiles.</source>
        <translation>%1 未及时响应：%2 点击“重新生成”重试，或在“配置方案”中调大该方案的超时。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="123"/>
        <source>%1 is rate limiting requests (HTTP 429): %2 Wait a moment, then press Regenerate.</source>
        <translation>%1 正在限制请求速率（HTTP 429）：%2 请稍候，然后点击“重新生成”。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="125"/>
        <source>%1 failed (HTTP %2): %3 Press Regenerate to try again; a fallback model in the profile&apos;s chain would take over automatically.</source>
        <translation>%1 失败（HTTP %2）：%3 点击“重新生成”重试；配置方案回退链中的回退模型会自动接管。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="131"/>
        <source>%1 rejected the request (HTTP %2): %3 Check the model id and the parameters in the side panel (temperature, top p, max tokens, stop).</source>
        <translation>%1 拒绝了请求（HTTP %2）：%3 请检查模型 ID 和侧边栏中的参数（温度、top p、最大 token 数、stop）。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="137"/>
        <source>The answer of %1 could not be understood: %2 Press Regenerate; if it keeps happening, the server is not OpenAI-compatible.</source>
        <translation>无法解析 %1 的回答：%2 请点击“重新生成”；若反复出现，说明该服务器不兼容 OpenAI。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="141"/>
        <source>The answer from %1 was cut off: %2 Press Regenerate for a full answer.</source>
        <translation>%1 的回答被截断：%2 点击“重新生成”获取完整回答。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="145"/>
        <source>%1 Fix it in Profiles.</source>
        <translation>%1 请在“配置方案”中修正。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="147"/>
        <source>The answer from %1 was stopped: %2 What arrived is kept; raise the provider&apos;s size limits in Profiles → Providers if such answers are expected.</source>
        <translation>%1 的回答已被中止：%2 已收到的内容会保留；如果此类回答属于正常情况，请在“配置方案 → 提供商”中调大该提供商的大小限制。</translation>
    </message>
    <message>
        <location filename="../core/chat/chaterrortext.cpp" line="151"/>
        <source>The answer from %1 could not be decompressed: %2</source>
        <translation>无法解压 %1 的回答：%2</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="22"/>
        <source>The file is not JSON: %1.</source>
        <translation>该文件不是 JSON：%1。</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="26"/>
        <source>The file is not an exported conversation: it has no &quot;messages&quot; list.</source>
        <translation>该文件不是导出的对话：缺少 &quot;messages&quot; 列表。</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="28"/>
        <source>Imported conversation</source>
        <translation>导入的对话</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationimport.cpp" line="32"/>
        <source>Could not create the conversation: %1</source>
        <translation>无法创建对话：%1</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="173"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="182"/>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>无法打开对话数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="288"/>
        <source>The conversation database %1 was written by a newer Tiergate (schema %2, this version reads up to %3).</source>
        <translation>对话数据库 %1 由较新版本的 Tiergate 写入（架构 %2，此版本最高支持 %3）。</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationstore.cpp" line="653"/>
        <source>The answer was interrupted because Tiergate closed while it arrived; the text received until then is kept.</source>
        <translation>由于 Tiergate 在接收回答时关闭，回答被中断；已收到的文本会保留。</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../core/export/exportformat.cpp" line="50"/>
        <source>Tiergate JSON (headless)</source>
        <translation>Tiergate JSON（无界面模式）</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="52"/>
        <source>LiteLLM config.yaml</source>
        <translation>LiteLLM config.yaml</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="54"/>
        <source>Portkey config JSON</source>
        <translation>Portkey 配置 JSON</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="56"/>
        <source>TypeScript GatewayConfig module</source>
        <translation>TypeScript GatewayConfig 模块</translation>
    </message>
    <message>
        <location filename="../core/export/exportformat.cpp" line="58"/>
        <source>.env (variable names)</source>
        <translation>.env（变量名）</translation>
    </message>
</context>
<context>
    <name>KeyRef</name>
    <message>
        <location filename="../core/config/keyref.cpp" line="65"/>
        <source>key reference &apos;%1&apos; is not env:NAME, keychain:NAME or file:PATH (a key value never belongs in the configuration)</source>
        <translation>密钥引用“%1”不是 env:NAME、keychain:NAME 或 file:PATH 形式（密钥值绝不应写入配置）</translation>
    </message>
</context>
<context>
    <name>MessageParts</name>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 个 token</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="20"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/messageparts.cpp" line="52"/>
        <source>The model called %n tool(s):</source>
        <translation>
            <numerusform>模型调用了 %n 个工具：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="60"/>
        <source>%1 — the arguments are not valid JSON (shown as sent)</source>
        <translation>%1 — 参数不是有效的 JSON（按发送原样显示）</translation>
    </message>
    <message>
        <location filename="../ui/chat/messageparts.cpp" line="79"/>
        <source>image %1</source>
        <translation>图片 %1</translation>
    </message>
</context>
<context>
    <name>ProviderStatus</name>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="11"/>
        <location filename="../core/config/providerstatus.cpp" line="15"/>
        <source>No provider</source>
        <translation>无提供方</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="17"/>
        <source>Simulator (simulated models) at %1</source>
        <translation>模拟器（模拟模型），地址 %1</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="21"/>
        <source>%1: no URL; set LLM_GATEWAY_URL and restart Tiergate</source>
        <translation>%1：没有 URL；请设置 LLM_GATEWAY_URL 并重启 Tiergate</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="22"/>
        <source>%1: no base URL; set it in Profiles → Providers</source>
        <translation>%1：没有基础 URL；请在 配置文件 → 提供方 中设置</translation>
    </message>
    <message>
        <location filename="../core/config/providerstatus.cpp" line="24"/>
        <source>%1 at %2</source>
        <translation>%1，地址 %2</translation>
    </message>
</context>
<context>
    <name>RequestEstimate</name>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="25"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation>配置中没有方案“%1”。</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="41"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation>方案“%1”没有可路由的模型。</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="69"/>
        <source>No estimate: %1</source>
        <translation>无法估算：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="71"/>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="72"/>
        <source>up to %1 out (max tokens)</source>
        <translation>最多输出 %1（最大 token 数）</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="73"/>
        <source>~%1 out (typical answer)</source>
        <translation>约输出 %1（典型回答）</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="74"/>
        <source>Estimate: ≈ %1 on %2 — ~%3 tokens in + %4</source>
        <translation>估算：≈ %1，使用 %2 — 约 %3 个输入 token + %4</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="77"/>
        <source>(no catalog price: flat rate)</source>
        <translation>（无目录价格：按统一费率）</translation>
    </message>
    <message>
        <location filename="../core/chat/requestestimate.cpp" line="80"/>
        <source>— above the approval threshold of %1 of profile &apos;%2&apos;</source>
        <translation>— 超过方案“%2”的确认阈值 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Workbench and gateway for OpenAI-compatible LLM APIs.</source>
        <translation>面向 OpenAI 兼容 LLM API 的工作台与网关。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>Save a PNG of the main window to &lt;file&gt; and quit.</source>
        <translation>将主窗口保存为 PNG 文件 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>Open on panel &lt;name&gt; (chat, compare, profiles, chart, costs, experiments[/results|vote|decision]).</source>
        <translation>启动时打开面板 &lt;name&gt;（chat、compare、profiles、chart、costs、experiments[/results|vote|decision]）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="120"/>
        <source>Colour theme: system (default), light or dark.</source>
        <translation>配色主题：system（默认）、light 或 dark。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>Configuration file (default: the user&apos;s).</source>
        <translation>配置文件（默认：当前用户的配置）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="125"/>
        <source>Folder for the ledger, conversations and logs (default: the user&apos;s data folder).</source>
        <translation>存放账本、对话和日志的文件夹（默认：用户数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="129"/>
        <source>Send &lt;n&gt; prompts through the active profile at start, to see routing at work.</source>
        <translation>启动时通过当前方案发送 &lt;n&gt; 条提示词，以观察路由的实际运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="133"/>
        <source>Send &lt;text&gt; in a new chat at start.</source>
        <translation>启动时在新对话中发送 &lt;text&gt;。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="135"/>
        <source>Print the time from process start to the first paint and the memory use 2 s later, then quit.</source>
        <translation>输出从进程启动到首次绘制的时间及 2 秒后的内存占用，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="138"/>
        <source>With --screenshot: the window&apos;s size, e.g. 1024x700 (default 1280x800).</source>
        <translation>与 --screenshot 一起使用：窗口大小，例如 1024x700（默认 1280x800）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="141"/>
        <source>Language of the interface: en, de or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en、de 或 zh_CN（默认：系统语言）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="144"/>
        <source>Preferences file (default: the user&apos;s settings.ini).</source>
        <translation>偏好设置文件（默认：用户的 settings.ini）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="248"/>
        <source>Could not open the column in Chat: %1</source>
        <translation>无法在聊天中打开该列：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="314"/>
        <source>Ledger unavailable: %1</source>
        <translation>账本不可用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="323"/>
        <source>Tiergate alert</source>
        <translation>Tiergate 警报</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="331"/>
        <source>The configuration %1 has errors and was not loaded; the built-in configuration is in use.</source>
        <translation>配置 %1 有错误，未被加载；正在使用内置配置。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="362"/>
        <source>Could not add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="367"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>无法将配置保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="372"/>
        <source>Added %1 with %2 models; profile &apos;%3&apos; is active.</source>
        <translation>已添加 %1，含 %2 个模型；方案“%3”已启用。</translation>
    </message>
</context>
<context>
    <name>tiergate</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="299"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="353"/>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="359"/>
        <location filename="../core/config/configjson.cpp" line="449"/>
        <location filename="../core/config/configjson.cpp" line="473"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="393"/>
        <source>must be a list of numbers</source>
        <translation>必须是数字列表</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="400"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="472"/>
        <source>is null, but an object with its settings is required here</source>
        <translation>为 null，但此处需要一个包含设置的对象</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="556"/>
        <source>appears twice in the same object; only one value per setting is allowed (JSON readers would silently keep the last one)</source>
        <translation>在同一对象中出现了两次；每项设置只允许一个值（JSON 解析器会悄悄保留最后一个）</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="28"/>
        <source>Ledger schema statement failed: %1</source>
        <translation>账本架构语句执行失败：%1</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="32"/>
        <source>Profile &apos;%1&apos;: fallback rate back to %2 (threshold %3).</source>
        <translation>方案“%1”：回退率已恢复到 %2（阈值 %3）。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="33"/>
        <source>Profile &apos;%1&apos;: fallback rate %2 is above %3.</source>
        <translation>方案“%1”：回退率 %2 高于 %3。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="36"/>
        <source>Profile &apos;%1&apos;: error rate back to %2 (threshold %3).</source>
        <translation>方案“%1”：错误率已恢复到 %2（阈值 %3）。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="37"/>
        <source>Profile &apos;%1&apos;: error rate %2 is above %3.</source>
        <translation>方案“%1”：错误率 %2 高于 %3。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="40"/>
        <source>Profile &apos;%1&apos;: p95 latency back to %2 ms (threshold %3 ms).</source>
        <translation>方案“%1”：p95 延迟已恢复到 %2 ms（阈值 %3 ms）。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="41"/>
        <source>Profile &apos;%1&apos;: p95 latency %2 ms is above %3 ms.</source>
        <translation>方案“%1”：p95 延迟 %2 ms 高于 %3 ms。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="46"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 is back under the cap of %3.</source>
        <translation>方案“%1”：本月支出 %2 已回落到上限 %3 以下。</translation>
    </message>
    <message>
        <location filename="../core/observability/alertmonitor.cpp" line="47"/>
        <source>Profile &apos;%1&apos;: monthly spend %2 has reached the cap of %3.</source>
        <translation>方案“%1”：本月支出 %2 已达到上限 %3。</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="34"/>
        <source>base URL of the LLM gateway (read by the TypeScript module)</source>
        <translation>LLM 网关的基础 URL（由 TypeScript 模块读取）</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="62"/>
        <source>base URL of the LLM gateway (provider &apos;%1&apos;)</source>
        <translation>LLM 网关的基础 URL（提供商“%1”）</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="65"/>
        <source>base URL of provider &apos;%1&apos;</source>
        <translation>提供商“%1”的基础 URL</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="70"/>
        <source>API key of provider &apos;%1&apos;</source>
        <translation>提供商“%1”的 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="73"/>
        <location filename="../core/export/envexporter.cpp" line="94"/>
        <source>the key is kept in &apos;%1&apos;; on the server set %2 instead.</source>
        <translation>密钥保存在“%1”中；请在服务器上改为设置 %2。</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="77"/>
        <source>address of the Portkey gateway the Portkey runner forwards to (default http://127.0.0.1:8787)</source>
        <translation>Portkey runner 转发到的 Portkey 网关地址（默认 http://127.0.0.1:8787）</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="78"/>
        <source>port the Portkey runner listens on (default 8788)</source>
        <translation>Portkey runner 监听的端口（默认 8788）</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="88"/>
        <source>key of team &apos;%1&apos; for tier &apos;%2&apos;</source>
        <translation>团队“%1”在层级“%2”的密钥</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="90"/>
        <source>, rotate by %1</source>
        <translation>，需在 %1 前轮换</translation>
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
        <translation>Portkey 最多允许 %1 次重试；%2 次重试将导出为 %1 次。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="79"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of the targets.</source>
        <translation>模型“%1”没有已知的提供商；已从 targets 中省略。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="103"/>
        <source>Portkey needs the Azure resource name (https://RESOURCE.openai.azure.com); add resource_name to the targets by hand.</source>
        <translation>Portkey 需要 Azure 资源名称（https://RESOURCE.openai.azure.com）；请手动将 resource_name 添加到 targets。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="115"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set custom_host of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation>模拟器的地址仅在 Tiergate 运行时可知；请将“%1”的 custom_host 设为“tiergate-cli sim”的地址。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="118"/>
        <source>the provider has no base URL; set custom_host of &apos;%1&apos; by hand.</source>
        <translation>该提供商没有基础 URL；请手动设置“%1”的 custom_host。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="122"/>
        <source>Portkey needs the %1 credentials and region of this target; add them to the targets by hand.</source>
        <translation>Portkey 需要此 target 的 %1 凭据和区域；请手动将它们添加到 targets。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="131"/>
        <source>the runner reads keys from the environment only: set %1 to the key Tiergate keeps in &apos;%2&apos;.</source>
        <translation>runner 只从环境变量读取密钥：请将 %1 设为 Tiergate 保存在“%2”中的密钥。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="135"/>
        <source>extra headers cannot be set per target in a Portkey config; send them with the request.</source>
        <translation>Portkey 配置无法按 target 设置额外请求头；请随请求一起发送。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="143"/>
        <source>%1 wins %2 % of votes against %3</source>
        <translation>%1 对 %3 赢得 %2% 的投票</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="144"/>
        <source>%1 rates %2 against %3&apos;s %4</source>
        <translation>%1 评分 %2，%3 为 %4</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="151"/>
        <source>%1 scores %2 against %3&apos;s %4 (judge)</source>
        <translation>%1 得分 %2，%3 为 %4（评审）</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="156"/>
        <source>%1 passes %2 % of the checks against %3&apos;s %4 %</source>
        <translation>%1 通过 %2% 的检查，%3 为 %4%</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="168"/>
        <source>No quality signal yet: vote on answers, run a judge, or add checks to the prompt set.</source>
        <translation>尚无质量信号：请对回答投票、运行评审，或为提示词集添加检查。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="181"/>
        <source>No column answered successfully.</source>
        <translation>没有列成功回答。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="194"/>
        <source>%1 at %2 % of its cost; p95 %3 vs %4.</source>
        <translation>%1 的费用为其 %2%；p95 %3 对比 %4。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="208"/>
        <source>%1 is the only column with answers.</source>
        <translation>%1 是唯一有回答的列。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="210"/>
        <source>%1 is at least as good as every other column and the cheapest: %2, at %3 % of its cost; p95 %4 vs %5.</source>
        <translation>%1 至少与其他各列一样好且最便宜：%2，费用为其 %3%；p95 %4 对比 %5。</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="25"/>
        <source>%1: &quot;checks&quot; must be a list</source>
        <translation>%1：&quot;checks&quot; 必须是列表</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="33"/>
        <source>%1: checks[%2]: %3</source>
        <translation>%1：checks[%2]：%3</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="19"/>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="21"/>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="21"/>
        <source>alias in tier %1</source>
        <translation>层级 %1 中的别名</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="24"/>
        <source>tier default</source>
        <translation>层级默认</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="24"/>
        <source>default of tier %1</source>
        <translation>层级 %1 的默认模型</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="25"/>
        <source>not in the tier, its default</source>
        <translation>不在层级中，使用其默认模型</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="25"/>
        <source>not in tier %1, its default</source>
        <translation>不在层级 %1 中，使用其默认模型</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="25"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="44"/>
        <source>fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="48"/>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="50"/>
        <source>%1 tokens in / %2 out</source>
        <translation>输入 %1 token / 输出 %2</translation>
    </message>
</context>
<context>
    <name>tiergate::AlertBanner</name>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="31"/>
        <source>Show problems</source>
        <translation>显示问题</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="33"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="35"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/alertbanner.cpp" line="75"/>
        <source>The configuration %1 has %n error(s) and was not loaded; the last good configuration stays in use.</source>
        <translation>
            <numerusform>配置 %1 有 %n 个错误，未被加载；继续使用上一份有效配置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="96"/>
        <source>(%1 more active)</source>
        <translation>（另有 %1 条活动警报）</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="115"/>
        <source>Alert history</source>
        <translation>警报历史</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="121"/>
        <source>%1  cleared: %2</source>
        <translation>%1  已解除：%2</translation>
    </message>
    <message>
        <location filename="../ui/common/alertbanner.cpp" line="121"/>
        <source>%1  raised: %2</source>
        <translation>%1  已触发：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::AnswerCheck</name>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="38"/>
        <source>does not contain &quot;%1&quot;</source>
        <translation>不包含“%1”</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="42"/>
        <source>the regular expression is not valid: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="45"/>
        <source>does not match /%1/</source>
        <translation>不匹配 /%1/</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="51"/>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="61"/>
        <source>%1 characters, more than %2</source>
        <translation>%1 个字符，超过 %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="70"/>
        <source>contains &quot;%1&quot;</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="72"/>
        <source>matches /%1/</source>
        <translation>匹配 /%1/</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="74"/>
        <source>valid JSON (schema)</source>
        <translation>有效的 JSON（架构）</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="76"/>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="93"/>
        <source>&quot;regex&quot; is not a valid regular expression: %1</source>
        <translation>&quot;regex&quot; 不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="98"/>
        <source>&quot;json_schema&quot; must be a JSON Schema object</source>
        <translation>&quot;json_schema&quot; 必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="103"/>
        <source>&quot;max_length&quot; must be a positive number</source>
        <translation>&quot;max_length&quot; 必须是正数</translation>
    </message>
    <message>
        <location filename="../core/experiment/answercheck.cpp" line="105"/>
        <source>a check is one of {&quot;contains&quot;: text}, {&quot;regex&quot;: pattern}, {&quot;json_schema&quot;: schema}, {&quot;max_length&quot;: number}</source>
        <translation>检查必须是以下之一：{&quot;contains&quot;: text}、{&quot;regex&quot;: pattern}、{&quot;json_schema&quot;: schema}、{&quot;max_length&quot;: number}</translation>
    </message>
</context>
<context>
    <name>tiergate::AttachmentStrip</name>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="43"/>
        <source>Attach image…</source>
        <translation>附加图片…</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="47"/>
        <source>Attach images to the next message (you can also paste or drop them into the message)</source>
        <translation>为下一条消息附加图片（也可以粘贴或拖放到消息中）</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="72"/>
        <location filename="../ui/chat/attachmentstrip.cpp" line="109"/>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 大于 %2 MB，未附加。</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="80"/>
        <source>%1 (%2 × %3) — click to remove</source>
        <translation>%1（%2 × %3）— 点击移除</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="92"/>
        <source>The pasted data is not an image.</source>
        <translation>粘贴的数据不是图片。</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="99"/>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="112"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="117"/>
        <source>%1 is not an image Tiergate can read.</source>
        <translation>%1 不是 Tiergate 可读取的图片。</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="155"/>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <location filename="../ui/chat/attachmentstrip.cpp" line="155"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>tiergate::BackgroundQueue</name>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="146"/>
        <source>Cannot open the background queue %1: %2</source>
        <translation>无法打开后台队列 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="155"/>
        <source>Cannot lock the background queue %1: %2</source>
        <translation>无法锁定后台队列 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="166"/>
        <source>Cannot create the background queue %1: %2</source>
        <translation>无法创建后台队列 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="204"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="221"/>
        <source>Cannot import the background queue %1: %2</source>
        <translation>无法导入后台队列 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="215"/>
        <source>Cannot move the former background queue %1 aside.</source>
        <translation>无法将原后台队列 %1 移到一旁。</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="225"/>
        <source>The background queue %1 was damaged (%2); it is kept as %3.</source>
        <translation>后台队列 %1 已损坏（%2）；已另存为 %3。</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="239"/>
        <source>Cannot read the background queue %1: %2</source>
        <translation>无法读取后台队列 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/routing/backgroundqueue.cpp" line="279"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="292"/>
        <location filename="../core/routing/backgroundqueue.cpp" line="303"/>
        <source>Cannot write the background queue %1: %2</source>
        <translation>无法写入后台队列 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchPrompt</name>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="70"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="78"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="85"/>
        <source>%1: the prompt is empty</source>
        <translation>%1：提示词为空</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="92"/>
        <source>%1: expected a &quot;prompt&quot; string or a &quot;messages&quot; array</source>
        <translation>%1：应为 &quot;prompt&quot; 字符串或 &quot;messages&quot; 数组</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="102"/>
        <source>messages[%1] is not an object</source>
        <translation>messages[%1] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/compare/batchprompt.cpp" line="109"/>
        <source>the messages array is empty</source>
        <translation>messages 数组为空</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchResultsModel</name>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="81"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="82"/>
        <source>%1 (fallback)</source>
        <translation>%1（回退）</translation>
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
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="106"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="110"/>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="112"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="114"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="116"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/compare/batchresultsmodel.cpp" line="118"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>tiergate::BatchRun</name>
    <message>
        <location filename="../core/compare/batchrun.cpp" line="147"/>
        <source>Could not save the batch progress in %1.</source>
        <translation>无法将批量进度保存到 %1。</translation>
    </message>
</context>
<context>
    <name>tiergate::BlindVoteWidget</name>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="31"/>
        <source>Answer A</source>
        <translation>回答 A</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="33"/>
        <source>Answer B</source>
        <translation>回答 B</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="47"/>
        <source>A is better (1)</source>
        <translation>A 更好 (1)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="48"/>
        <source>B is better (2)</source>
        <translation>B 更好 (2)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="49"/>
        <source>Tie (3)</source>
        <translation>平局 (3)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="50"/>
        <source>Both bad (4)</source>
        <translation>都不好 (4)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="65"/>
        <source>Run an experiment with two or more columns to vote on its answers.</source>
        <translation>运行一个包含两列或更多列的实验，即可对其回答投票。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="78"/>
        <source>No pair of answers to vote on yet.</source>
        <translation>尚无可投票的回答对。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="78"/>
        <source>Every pair has a vote.</source>
        <translation>每一对都已投票。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="83"/>
        <source>%1 of %2 pairs left. The columns are hidden and the sides shuffled.</source>
        <translation>剩余 %1 / %2 对。列名已隐藏，左右顺序已打乱。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/blindvotewidget.cpp" line="84"/>
        <source>Every pair has a vote; this is another round (%1 votes).</source>
        <translation>每一对都已投票；这是新的一轮（%1 票）。</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetAlertTracker</name>
    <message>
        <location filename="../core/cost/budgetalerttracker.cpp" line="56"/>
        <source>Profile &apos;%1&apos; has used %2 % of its monthly budget cap of %3 (%4 spent).</source>
        <translation>方案“%1”已用掉每月预算上限 %3 的 %2%（已支出 %4）。</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetBar</name>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="33"/>
        <source>%1 spent, no cap (projected %2)</source>
        <translation>已支出 %1，无上限（预计 %2）</translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="36"/>
        <source>%1 of %2 (%3%), projected %4</source>
        <translation>%1 / %2（%3%），预计 %4</translation>
    </message>
    <message>
        <location filename="../ui/costs/budgetbar.cpp" line="92"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>tiergate::BudgetGuard</name>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="81"/>
        <source>Blocked: profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month).</source>
        <translation>已拦截：方案“%1”已达到每月预算上限 %2（本月已支出 %3）。</translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="87"/>
        <source>Profile &apos;%1&apos; has reached its monthly budget cap of %2 (%3 spent this month); sending to the &apos;%4&apos; tier instead.</source>
        <translation>方案“%1”已达到每月预算上限 %2（本月已支出 %3）；改为发送到层级“%4”。</translation>
    </message>
    <message>
        <location filename="../core/cost/budgetguard.cpp" line="93"/>
        <source>Profile &apos;%1&apos; is over its monthly budget cap of %2 (%3 spent this month).</source>
        <translation>方案“%1”已超出每月预算上限 %2（本月已支出 %3）。</translation>
    </message>
</context>
<context>
    <name>tiergate::ChainBuilder</name>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="38"/>
        <source>Model &apos;%1&apos; is not in the model catalog.</source>
        <translation>模型“%1”不在模型目录中。</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="49"/>
        <source>Model &apos;%1&apos; names provider &apos;%2&apos;, which is not configured.</source>
        <translation>模型“%1”指定的提供商“%2”未配置。</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="55"/>
        <source>Provider &apos;%1&apos; has no base URL.</source>
        <translation>提供商“%1”没有基础 URL。</translation>
    </message>
    <message>
        <location filename="../core/routing/chainbuilder.cpp" line="60"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation>%1/%2 因连续失败已熔断。</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatCommand</name>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="78"/>
        <source>send a prompt through the router; answer on stdout, route and cost on stderr</source>
        <translation>通过路由器发送提示词；回答输出到 stdout，路由和费用输出到 stderr</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="85"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="86"/>
        <source>Configuration file.</source>
        <translation>配置文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="87"/>
        <source>Profile to route with.</source>
        <translation>用于路由的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="88"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation>使用此层级代替方案的层级。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="92"/>
        <source>critical, standard or background.</source>
        <translation>critical、standard 或 background。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="93"/>
        <source>Ask for the whole answer at once.</source>
        <translation>一次性获取完整回答。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="95"/>
        <source>Folder of the ledger and the background queue (default: the one the app uses).</source>
        <translation>账本和后台队列所在的文件夹（默认：应用使用的文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="97"/>
        <source>Do not record the request in the ledger (the budget cap is then not checked).</source>
        <translation>不在账本中记录该请求（此时不检查预算上限）。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="100"/>
        <source>The prompt.</source>
        <translation>提示词。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="117"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation>不带 --config 和 --profile 时：使用内置演示方案，经由进程内模拟器。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="114"/>
        <source>Usage: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT</source>
        <translation>用法：tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="90"/>
        <source>Model to send to, as it is (pinned); the profile&apos;s fallback chain follows it.</source>
        <translation>原样发送到的模型（固定）；其后接方案的回退链。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="119"/>
        <source>Every request is recorded in the ledger the app reads, and the profile&apos;s budget cap is checked against it before sending.</source>
        <translation>每个请求都会记录在应用读取的账本中，发送前会据此检查方案的预算上限。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="122"/>
        <source>--criticality background puts the request in the persisted background queue; when it fails for a retryable reason it stays queued and runs again with the next run.</source>
        <translation>--criticality background 会将请求放入持久化的后台队列；若因可重试的原因失败，它会留在队列中，并在下次运行时再次执行。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="125"/>
        <source>Exit codes: 0 answered, 1 every route failed (or the request stays queued), 2 usage or configuration error.</source>
        <translation>退出码：0 已回答，1 所有路由均失败（或请求仍在队列中），2 用法或配置错误。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="133"/>
        <source>a prompt is required.</source>
        <translation>需要提供提示词。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="140"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation>--criticality 必须是 critical、standard 或 background。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="180"/>
        <source>route (profile %1):</source>
        <translation>路由（方案 %1）：</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="185"/>
        <source>queued as background request %1 in %2</source>
        <translation>已作为后台请求 %1 加入 %2 的队列</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="192"/>
        <source>The background request failed for a retryable reason; it stays queued and runs again after %1 with the next tiergate or tiergate-cli run.</source>
        <translation>后台请求因可重试的原因失败；它会留在队列中，在 %1 之后下次运行 tiergate 或 tiergate-cli 时再次执行。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="216"/>
        <source>model %1 (%2), tier %3%4</source>
        <translation>模型 %1（%2），层级 %3%4</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="217"/>
        <source>, fallback</source>
        <translation>，回退</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="219"/>
        <source>latency %1 ms, TTFT %2 ms, retries %3</source>
        <translation>延迟 %1 ms，TTFT %2 ms，重试 %3 次</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="167"/>
        <source>Use --no-ledger to send without recording; the budget cap is then not checked.</source>
        <translation>使用 --no-ledger 可不记录而直接发送；此时不检查预算上限。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="221"/>
        <source> (%1 cached, %2 written to the cache)</source>
        <translation>（%1 来自缓存，%2 写入缓存）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="224"/>
        <source> (%1 cached)</source>
        <translation>（%1 来自缓存）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="227"/>
        <source> (%1 reasoning)</source>
        <translation>（%1 推理）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="228"/>
        <source>usage %1%2 prompt%6 + %1%3 completion%7 = %1%4 tokens%5</source>
        <translation>用量 %1%2 提示%6 + %1%3 补全%7 = %1%4 token%5</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="233"/>
        <source> (~ estimated: the server sent no usage)</source>
        <translation>（~ 估算：服务器未返回用量）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="236"/>
        <source>cost %1%2</source>
        <translation>费用 %1%2</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="237"/>
        <source> (no catalog price: flat estimate)</source>
        <translation>（无目录价格：按统一费率估算）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="239"/>
        <source>, provider reported %1</source>
        <translation>，提供商报告 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="241"/>
        <source> (price check: the catalog price differs by more than 1 %)</source>
        <translation>（价格核对：与目录价格相差超过 1%）</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="245"/>
        <source>latency %1 ms</source>
        <translation>延迟 %1 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="247"/>
        <source>receipt: %1</source>
        <translation>回执：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="249"/>
        <source>budget cap reached: %1</source>
        <translation>已达预算上限：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="255"/>
        <source>The answer was cut after it began: %1</source>
        <translation>回答开始后被截断：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="259"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../core/cli/chatcommand.cpp" line="263"/>
        <source>Every route failed: %1</source>
        <translation>所有路由均失败：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatPanel</name>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="103"/>
        <location filename="../ui/chat/chatpanel.cpp" line="283"/>
        <source>Profile default</source>
        <translation>方案默认</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="158"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="167"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="168"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>新建对话（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="169"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="210"/>
        <source>Message (Ctrl+Enter sends, Esc stops, Up edits the last message)</source>
        <translation>消息（Ctrl+Enter 发送，Esc 停止，↑ 编辑上一条消息）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="222"/>
        <source>Choose the model for the next messages (Ctrl+K)</source>
        <translation>为后续消息选择模型（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="227"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="228"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="229"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="237"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="262"/>
        <location filename="../ui/chat/chatpanel.cpp" line="292"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="267"/>
        <location filename="../ui/chat/chatpanel.cpp" line="273"/>
        <location filename="../ui/chat/chatpanel.cpp" line="277"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="280"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="293"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="294"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="295"/>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="296"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="297"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="298"/>
        <source>Criticality</source>
        <translation>关键性</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="300"/>
        <source>Response</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="332"/>
        <source>Copied %1 characters.</source>
        <translation>已复制 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="356"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="357"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="375"/>
        <location filename="../ui/chat/chatpanel.cpp" line="385"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="388"/>
        <source>Routes through profile %1</source>
        <translation>经由方案 %1 路由</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="400"/>
        <source>%1 (the header&apos;s)</source>
        <translation>%1（顶栏所选）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="458"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="513"/>
        <source>Profile: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="569"/>
        <location filename="../ui/chat/chatpanel.cpp" line="573"/>
        <source>Not sent. %1</source>
        <translation>未发送。%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="774"/>
        <source>%1 takes text only, so images cannot be sent to it. Pick a model that reads images (Ctrl+K).</source>
        <translation>%1 只接受文本，无法向其发送图片。请选择能读取图片的模型（Ctrl+K）。</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="400"/>
        <source>the header&apos;s</source>
        <translation>顶栏所选</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="504"/>
        <source>Profile: %1 (from the header; a new conversation keeps it)</source>
        <translation>方案：%1（来自顶栏；新对话会沿用）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="510"/>
        <source>Profile: %1. This conversation routes through %1; the header&apos;s %2 applies to new conversations.</source>
        <translation>方案：%1。此对话经由 %1 路由；顶栏的 %2 适用于新对话。</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="514"/>
        <source>Use %1 here</source>
        <translation>在此使用 %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="523"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="525"/>
        <source>The conversation could not be created: %1</source>
        <translation>无法创建对话：%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="620"/>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="625"/>
        <source>No answer. %1 Your message is saved.</source>
        <translation>没有回答。%1 您的消息已保存。</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="819"/>
        <source>Confirm the cost</source>
        <translation>确认费用</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="838"/>
        <source>Model: profile default (Ctrl+K)</source>
        <translation>模型：方案默认（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="839"/>
        <source>Model: %1 (Ctrl+K)</source>
        <translation>模型：%1（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="878"/>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="878"/>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="879"/>
        <source>Conversation: %1, %2%3 tokens, %4</source>
        <translation>对话：%1，%2%3 个 token，%4</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpanel.cpp" line="659"/>
        <source>Editing your last message; sending replaces it and what followed.</source>
        <translation>正在编辑上一条消息；发送后将替换它及其后的内容。</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatParameters</name>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="62"/>
        <source>the schema is empty</source>
        <translation>架构为空</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="70"/>
        <source>a JSON schema is one JSON object ({ ... })</source>
        <translation>JSON Schema 是一个 JSON 对象（{ ... }）</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="85"/>
        <source>tools are a JSON array ([ ... ])</source>
        <translation>工具是一个 JSON 数组（[ ... ]）</translation>
    </message>
    <message>
        <location filename="../core/chat/chatparameters.cpp" line="98"/>
        <source>tool %1 has no function.name</source>
        <translation>工具 %1 没有 function.name</translation>
    </message>
</context>
<context>
    <name>tiergate::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="171"/>
        <source>The conversation could not be created: %1</source>
        <translation>无法创建对话：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="179"/>
        <source>Your edit could not be saved: %1</source>
        <translation>无法保存您的编辑：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="184"/>
        <source>Your message could not be saved, so it was not sent: %1</source>
        <translation>无法保存您的消息，因此未发送：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="208"/>
        <source>The answer could not be stored: %1</source>
        <translation>无法保存回答：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::Checker</name>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="80"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation>不支持版本 %1（此版本 Tiergate 读取版本 %2）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="89"/>
        <source>no default profile is set</source>
        <translation>未设置默认方案</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="91"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation>方案“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="105"/>
        <source>%1 must be greater than zero (it is %2)</source>
        <translation>%1 必须大于零（当前为 %2）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="110"/>
        <source>%1 must not be negative (it is %2)</source>
        <translation>%1 不能为负数（当前为 %2）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="116"/>
        <source>%1 must not be negative (it is %2 USD)</source>
        <translation>%1 不能为负数（当前为 %2 USD）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="130"/>
        <source>key file &apos;%1&apos; does not exist</source>
        <translation>密钥文件“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="137"/>
        <source>key file &apos;%1&apos; is readable by others; it will be refused until you run chmod 600 on it</source>
        <translation>密钥文件“%1”可被他人读取；在对其执行 chmod 600 之前将被拒绝</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="140"/>
        <source>key file &apos;%1&apos; is not owned by you; it will be refused</source>
        <translation>密钥文件“%1”不属于您；将被拒绝</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="150"/>
        <location filename="../core/config/configvalidator.cpp" line="152"/>
        <source>the timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="184"/>
        <source>a provider has no id</source>
        <translation>某个提供商没有 ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="186"/>
        <source>provider id &apos;%1&apos; is used twice</source>
        <translation>提供商 ID“%1”被使用了两次</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="190"/>
        <source>the provider kind is empty</source>
        <translation>提供商类型为空</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="193"/>
        <source>&apos;%1&apos; is not a provider kind Tiergate knows; use one of: %2</source>
        <translation>“%1”不是 Tiergate 已知的提供商类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="161"/>
        <source>an Azure provider needs the api-version its requests carry (e.g. 2024-10-21)</source>
        <translation>Azure 提供商需要指定其请求携带的 api-version（例如 2024-10-21）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="167"/>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="172"/>
        <source>&apos;%1&apos; is not an Azure api-version; write a date such as 2024-10-21 or 2025-04-01-preview</source>
        <translation>“%1”不是 Azure api-version；请写成日期，例如 2024-10-21 或 2025-04-01-preview</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="175"/>
        <source>only Azure providers send an api-version; kind &apos;%1&apos; ignores it</source>
        <translation>只有 Azure 提供商会发送 api-version；类型“%1”会忽略它</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="200"/>
        <source>provider &apos;gateway&apos; has no base URL; set LLM_GATEWAY_URL or baseUrl</source>
        <translation>提供商“gateway”没有基础 URL；请设置 LLM_GATEWAY_URL 或 baseUrl</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="202"/>
        <source>provider &apos;%1&apos; has no base URL</source>
        <translation>提供商“%1”没有基础 URL</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="207"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="212"/>
        <source>the URL carries a user name or password (%1); put the key in apiKey as a reference instead, so it never lands in files or exports</source>
        <translation>URL 中包含用户名或密码（%1）；请改为在 apiKey 中以引用方式提供密钥，以免它出现在文件或导出内容中</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="217"/>
        <source>the concurrency limit</source>
        <translation>并发上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="220"/>
        <source>the line size limit</source>
        <translation>单行大小上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="222"/>
        <source>the event size limit</source>
        <translation>事件大小上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="224"/>
        <source>the answer size limit</source>
        <translation>回答大小上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="228"/>
        <source>put the key in apiKey as a reference, not in a header</source>
        <translation>请在 apiKey 中以引用方式提供密钥，而不是放在请求头中</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="231"/>
        <source>is not a valid header name (only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are allowed; no spaces or control characters)</source>
        <translation>不是有效的请求头名称（只允许字母、数字和 !#$%&amp;&apos;*+-.^_`|~；不能有空格或控制字符）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="235"/>
        <source>the header value contains a control character (a line break would add headers of its own on the wire)</source>
        <translation>请求头的值包含控制字符（换行符会在传输时额外添加请求头）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="248"/>
        <source>the model has no id</source>
        <translation>模型没有 ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="250"/>
        <source>model &apos;%1&apos; is listed twice</source>
        <translation>模型“%1”被列出了两次</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="253"/>
        <source>model &apos;%1&apos; names no provider</source>
        <translation>模型“%1”未指定提供商</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="255"/>
        <location filename="../core/config/configvalidator.cpp" line="396"/>
        <source>provider &apos;%1&apos; does not exist</source>
        <translation>提供商“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="256"/>
        <source>the context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="257"/>
        <source>the output limit</source>
        <translation>输出上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="260"/>
        <source>the output limit %1 is larger than the context window %2</source>
        <translation>输出上限 %1 大于上下文窗口 %2</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="263"/>
        <location filename="../core/config/configvalidator.cpp" line="264"/>
        <source>the price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="266"/>
        <location filename="../core/config/configvalidator.cpp" line="268"/>
        <source>the price must not be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="276"/>
        <source>the model name is empty</source>
        <translation>模型名称为空</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="281"/>
        <source>model &apos;%1&apos; is not in the catalog</source>
        <translation>模型“%1”不在目录中</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="285"/>
        <source>model &apos;%1&apos; is served by provider &apos;%2&apos;, which is not configured</source>
        <translation>模型“%1”由未配置的提供商“%2”提供</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="292"/>
        <source>no tier is set</source>
        <translation>未设置层级</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="296"/>
        <source>tier &apos;%1&apos; does not exist</source>
        <translation>层级“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="305"/>
        <source>a tier has no name</source>
        <translation>某个层级没有名称</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="307"/>
        <source>tier &apos;%1&apos; is defined twice</source>
        <translation>层级“%1”被定义了两次</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="322"/>
        <source>a team has no id</source>
        <translation>某个团队没有 ID</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="324"/>
        <source>team &apos;%1&apos; is defined twice</source>
        <translation>团队“%1”被定义了两次</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="326"/>
        <source>the warning period</source>
        <translation>提前警告期</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="332"/>
        <source>the team key reference is empty</source>
        <translation>团队密钥引用为空</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="338"/>
        <source>the key was due for rotation on %1</source>
        <translation>该密钥应已于 %1 轮换</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="341"/>
        <source>the key is due for rotation on %1 (in %2 days)</source>
        <translation>该密钥应于 %1 轮换（还剩 %2 天）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="355"/>
        <source>a profile has no name</source>
        <translation>某个方案没有名称</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="357"/>
        <source>profile &apos;%1&apos; is defined twice</source>
        <translation>方案“%1”被定义了两次</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="366"/>
        <source>a fallback chain of %1 models can multiply latency and cost on an outage; two fallbacks are usually enough</source>
        <translation>由 %1 个模型组成的回退链在故障时可能成倍增加延迟和费用；通常两个回退就足够了</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="369"/>
        <source>the number of retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="372"/>
        <source>%1 retries per model is a lot</source>
        <translation>每个模型重试 %1 次偏多</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="375"/>
        <source>the base delay</source>
        <translation>基础延迟</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="376"/>
        <source>the delay cap</source>
        <translation>延迟上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="379"/>
        <source>the delay cap %1 ms is below the base delay %2 ms</source>
        <translation>延迟上限 %1 ms 低于基础延迟 %2 ms</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="382"/>
        <source>jitter must be between 0 and 1 (it is %1)</source>
        <translation>抖动必须介于 0 和 1 之间（当前为 %1）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="384"/>
        <source>the Retry-After cap</source>
        <translation>Retry-After 上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="388"/>
        <source>the context limit</source>
        <translation>上下文上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="397"/>
        <source>the request limit</source>
        <translation>请求上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="398"/>
        <source>the token limit</source>
        <translation>token 上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="399"/>
        <source>the wait bound</source>
        <translation>等待上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="401"/>
        <source>a rate limit needs rpm or tpm greater than zero</source>
        <translation>速率限制需要 rpm 或 tpm 大于零</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="406"/>
        <source>the failure count</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="407"/>
        <source>the open time</source>
        <translation>熔断时长</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="409"/>
        <source>the number of probes</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="412"/>
        <source>the cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="414"/>
        <source>the approval threshold</source>
        <translation>确认阈值</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="417"/>
        <source>downgrade needs a tier named &apos;budget&apos;, and there is none</source>
        <translation>降级需要一个名为“budget”的层级，但当前没有</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="423"/>
        <source>a threshold is a fraction of the cap between 0 and 2 (it is %1)</source>
        <translation>阈值是上限的比例，应介于 0 和 2 之间（当前为 %1）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="425"/>
        <source>thresholds should be in increasing order</source>
        <translation>阈值应按升序排列</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="434"/>
        <source>&apos;%1&apos; is not one of: debug, info, warn, error</source>
        <translation>“%1”不是以下之一：debug、info、warn、error</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="439"/>
        <source>the fallback rate is a fraction between 0 and 1 (it is %1)</source>
        <translation>回退率是介于 0 和 1 之间的比例（当前为 %1）</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="440"/>
        <source>the latency threshold</source>
        <translation>延迟阈值</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="442"/>
        <source>the budget threshold</source>
        <translation>预算阈值</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="450"/>
        <source>the queue concurrency</source>
        <translation>队列并发数</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="452"/>
        <source>the retry window</source>
        <translation>重试时间窗</translation>
    </message>
    <message>
        <location filename="../core/config/configvalidator.cpp" line="457"/>
        <source>team &apos;%1&apos; does not exist</source>
        <translation>团队“%1”不存在</translation>
    </message>
</context>
<context>
    <name>tiergate::CliRunner</name>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="19"/>
        <source>Usage: tiergate-cli [--help] [--version] &lt;command&gt; [options]</source>
        <translation>用法：tiergate-cli [--help] [--version] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="20"/>
        <source>Headless Tiergate: route OpenAI-compatible requests through tiers and profiles.</source>
        <translation>无界面版 Tiergate：通过层级和方案路由 OpenAI 兼容请求。</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="21"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="24"/>
        <source>Run &apos;tiergate-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>运行“tiergate-cli &lt;command&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="25"/>
        <source>Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.</source>
        <translation>退出码：0 成功，1 运行时失败，2 用法或配置错误。</translation>
    </message>
    <message>
        <location filename="../core/cli/clirunner.cpp" line="52"/>
        <source>tiergate-cli: unknown command &apos;%1&apos;. Run &apos;tiergate-cli --help&apos; for the list.</source>
        <translation>tiergate-cli：未知命令“%1”。运行“tiergate-cli --help”查看命令列表。</translation>
    </message>
</context>
<context>
    <name>tiergate::CodeHighlighter</name>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="315"/>
        <location filename="../ui/common/codehighlighter.cpp" line="341"/>
        <location filename="../ui/common/codehighlighter.cpp" line="413"/>
        <source>The code highlighter &quot;%1&quot; could not be started (%2); code is shown without colours.</source>
        <translation>无法启动代码高亮工具“%1”（%2）；代码将不带颜色显示。</translation>
    </message>
    <message>
        <location filename="../ui/common/codehighlighter.cpp" line="322"/>
        <source>The code highlighter &quot;%1&quot; could not list its syntaxes; code is shown without colours.</source>
        <translation>代码高亮工具“%1”无法列出其语法；代码将不带颜色显示。</translation>
    </message>
</context>
<context>
    <name>tiergate::ColumnFitter</name>
    <message>
        <location filename="../ui/common/columnfitter.cpp" line="24"/>
        <source>Right-click to show or hide columns</source>
        <translation>右键单击以显示或隐藏列</translation>
    </message>
</context>
<context>
    <name>tiergate::CompareColumn</name>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="37"/>
        <source>tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <location filename="../core/compare/comparecolumn.cpp" line="39"/>
        <source>profile: %1</source>
        <translation>方案：%1</translation>
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
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="172"/>
        <source>Compare one more model, tier or profile</source>
        <translation>再对比一个模型、层级或方案</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="321"/>
        <source>Prompt sent to every column (Ctrl+Enter runs)</source>
        <translation>发送到每一列的提示词（Ctrl+Enter 运行）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="181"/>
        <source>Shared system prompt (optional)</source>
        <translation>共享系统提示词（可选）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="78"/>
        <source>Sampling temperature (lowest value: not set)</source>
        <translation>采样温度（最小值：不设置）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="89"/>
        <source>Maximum completion tokens (0: not set)</source>
        <translation>最大补全 token 数（0：不设置）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="182"/>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="184"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="185"/>
        <location filename="../ui/compare/comparepanel.cpp" line="188"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="187"/>
        <source>Max tokens:</source>
        <translation>最大 token：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="191"/>
        <source>Column set:</source>
        <translation>列组：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="196"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="197"/>
        <source>Replace the columns by the chosen column set</source>
        <translation>用所选列组替换当前列</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="199"/>
        <source>Save set…</source>
        <translation>保存列组…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="200"/>
        <source>Save these columns, with their overrides, under a name</source>
        <translation>以一个名称保存这些列及其覆盖设置</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="138"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="139"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Save column set</source>
        <translation>保存列组</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Name of the column set:</source>
        <translation>列组名称：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="326"/>
        <source>Runs per column:</source>
        <translation>每列运行次数：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="330"/>
        <source>Several runs give the median and p95 instead of one noisy sample</source>
        <translation>多次运行可得到中位数和 p95，而不是单个噪声样本</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="333"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="334"/>
        <source>Send the prompt to every column (Ctrl+Enter)</source>
        <translation>将提示词发送到每一列（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="344"/>
        <source>Word diff:</source>
        <translation>词差异：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="345"/>
        <source>Highlight the words one column&apos;s answer has and the other&apos;s lacks</source>
        <translation>高亮一列的回答中有而另一列缺少的词</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="365"/>
        <source>Open saved</source>
        <translation>打开已保存</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="366"/>
        <source>Reopen a saved comparison</source>
        <translation>重新打开已保存的对比</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="369"/>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="370"/>
        <location filename="../ui/compare/comparepanel.cpp" line="442"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="371"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="395"/>
        <source>Prompts, one per line, or JSONL lines {&quot;prompt&quot;: &quot;…&quot;} or {&quot;messages&quot;: […]}. Each goes to every column; progress is saved after each answer.</source>
        <translation>提示词，每行一条，或 JSONL 行 {&quot;prompt&quot;: &quot;…&quot;} 或 {&quot;messages&quot;: […]}。每条都会发送到每一列；每次回答后都会保存进度。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="401"/>
        <source>What is a circuit breaker?
{&quot;prompt&quot;: &quot;Summarise retries in one line.&quot;}</source>
        <translation>什么是熔断器？
{&quot;prompt&quot;: &quot;用一句话概括重试。&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="406"/>
        <source>Load file…</source>
        <translation>加载文件…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="409"/>
        <source>Start batch</source>
        <translation>开始批量</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="410"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="411"/>
        <source>Resume or open</source>
        <translation>继续或打开</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="412"/>
        <source>Continue a saved batch where it stopped, or show its results</source>
        <translation>从中断处继续已保存的批量任务，或显示其结果</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="424"/>
        <source>%v of %m cells</source>
        <translation>%v / %m 个单元格</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="520"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="521"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="522"/>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="529"/>
        <source>This column&apos;s temperature, max tokens and system prompt</source>
        <translation>此列的温度、最大 token 数和系统提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="532"/>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="542"/>
        <location filename="../ui/compare/comparepanel.cpp" line="543"/>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="545"/>
        <source>System prompt override</source>
        <translation>覆盖系统提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="546"/>
        <source>Temp.</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="548"/>
        <source>Max tok.</source>
        <translation>最大 token</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="575"/>
        <source>Overrides (%1)</source>
        <translation>覆盖（%1）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="575"/>
        <source>Overrides</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="659"/>
        <source>Continue in Chat</source>
        <translation>在聊天中继续</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="660"/>
        <source>Open this column&apos;s conversation in Chat, routed the same way</source>
        <translation>在聊天中打开此列的对话，路由方式相同</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="662"/>
        <source>Stop</source>
        <translation>停止</translation>
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
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="776"/>
        <source>Type a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="781"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1323"/>
        <source>Every column needs a model, tier or profile.</source>
        <translation>每一列都需要一个模型、层级或方案。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="788"/>
        <source>This comparison cannot run.</source>
        <translation>此对比无法运行。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="887"/>
        <source>Code copied.</source>
        <translation>代码已复制。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="897"/>
        <source>Waiting for the first token…</source>
        <translation>正在等待首个 token…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="903"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1340"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="913"/>
        <source>Run %1 of %2 · first token after %3</source>
        <translation>第 %1/%2 次运行 · 首个 token 用时 %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="964"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="997"/>
        <source>No run finished.</source>
        <translation>没有完成的运行。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1003"/>
        <source>%1 runs, %2 ok</source>
        <translation>%1 次运行，%2 次成功</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1004"/>
        <source>TTFT %1 (p95 %2)</source>
        <translation>TTFT %1（p95 %2）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1005"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1012"/>
        <source>%1 tok/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1006"/>
        <source>latency %1 (p95 %2)</source>
        <translation>延迟 %1（p95 %2）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1007"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1008"/>
        <source>cost %1 (total %2)</source>
        <translation>费用 %1（合计 %2）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1012"/>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1013"/>
        <source>latency %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1014"/>
        <source>%1 + %2 tokens (estimated)</source>
        <translation>%1 + %2 个 token（估算）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1014"/>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 个 token</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1017"/>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1019"/>
        <source>no model answered</source>
        <translation>没有模型回答</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1019"/>
        <source>answered by %1</source>
        <translation>由 %1 回答</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1022"/>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1024"/>
        <source>Fallback trail: %1</source>
        <translation>回退轨迹：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1026"/>
        <source>Attempts: %1</source>
        <translation>尝试：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1035"/>
        <source>column %1 (%2)</source>
        <translation>第 %1 列（%2）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1038"/>
        <source>Cheapest: %1</source>
        <translation>最便宜：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1038"/>
        <source>Cheapest: –</source>
        <translation>最便宜：–</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1039"/>
        <source>Fastest first token: %1</source>
        <translation>首个 token 最快：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1040"/>
        <source>Fastest first token: –</source>
        <translation>首个 token 最快：–</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1041"/>
        <source>Fastest overall: %1</source>
        <translation>总体最快：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1042"/>
        <source>Fastest overall: –</source>
        <translation>总体最快：–</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1046"/>
        <source>%1: %2×</source>
        <translation>%1：%2×</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1046"/>
        <source>%1: –</source>
        <translation>%1：–</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1049"/>
        <source>Cost relative to the cheapest: %1</source>
        <translation>相对最便宜者的费用：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1104"/>
        <source>No answers to compare yet.</source>
        <translation>尚无可对比的回答。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1132"/>
        <source>%1 words only in column %2 (struck out), %3 only in column %4 (highlighted)</source>
        <translation>%1 个词仅在第 %2 列（删除线），%3 个仅在第 %4 列（高亮）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1165"/>
        <source>Could not save the column set in %1.</source>
        <translation>无法将列组保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1170"/>
        <source>Column set “%1” saved.</source>
        <translation>列组“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1180"/>
        <source>There is no column set “%1”.</source>
        <translation>不存在列组“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1184"/>
        <source>Column set “%1” loaded.</source>
        <translation>列组“%1”已加载。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1193"/>
        <source>No saved comparisons</source>
        <translation>没有已保存的对比</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1197"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1198"/>
        <source>%1 — %2, %n column(s)</source>
        <translation>
            <numerusform>%1 — %2，%n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1211"/>
        <source>Could not read the saved comparison %1.</source>
        <translation>无法读取已保存的对比 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1226"/>
        <source>Opened “%1”.</source>
        <translation>已打开“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1234"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1237"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1261"/>
        <location filename="../ui/compare/comparepanel.cpp" line="1269"/>
        <source>Export comparison</source>
        <translation>导出对比</translation>
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
        <translation>导出批量结果</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1285"/>
        <source>Load prompts</source>
        <translation>加载提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1285"/>
        <source>Prompt lists (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>提示词列表 (*.txt *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1290"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1302"/>
        <source>Could not save the comparison in %1.</source>
        <translation>无法将对比保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1302"/>
        <source>Saved as %1.</source>
        <translation>已另存为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1313"/>
        <source>Fix the prompt list first: %1</source>
        <translation>请先修正提示词列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1317"/>
        <source>Type or load at least one prompt.</source>
        <translation>请输入或加载至少一条提示词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="1334"/>
        <source>%n prompt(s): %1</source>
        <translation>
            <numerusform>%n 条提示词：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1337"/>
        <source>The batch cannot start (is %1 writable?).</source>
        <translation>批量任务无法开始（%1 是否可写？）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1353"/>
        <source>Could not resume the batch %1.</source>
        <translation>无法继续批量任务 %1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1368"/>
        <source>Resumed: %1 of %2 cells were done.</source>
        <translation>已继续：%2 个单元格中已完成 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1378"/>
        <source>No saved batches</source>
        <translation>没有已保存的批量任务</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1382"/>
        <source>%1 — %2 of %3 done</source>
        <translation>%1 — 已完成 %2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1392"/>
        <source>%1 of %2 cells</source>
        <translation>%1 / %2 个单元格</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1394"/>
        <source>Running… %1 of %2 cells done.</source>
        <translation>运行中… 已完成 %1 / %2 个单元格。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1410"/>
        <source>Finished: %1 cells, %2 failed, cost %3.</source>
        <translation>完成：%1 个单元格，%2 个失败，费用 %3。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="1414"/>
        <source>Paused at %1 of %2 cells; resume it from “Resume or open”.</source>
        <translation>已暂停于 %1 / %2 个单元格；可通过“继续或打开”继续。</translation>
    </message>
</context>
<context>
    <name>tiergate::Comparison</name>
    <message>
        <location filename="../core/compare/comparison.cpp" line="71"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="76"/>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="77"/>
        <source>Runs per column</source>
        <translation>每列运行次数</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="80"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="83"/>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="86"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="88"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="91"/>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>TTFT (median)</source>
        <translation>TTFT（中位数）</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="92"/>
        <source>Latency (median)</source>
        <translation>延迟（中位数）</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="93"/>
        <source>Cost (median)</source>
        <translation>费用（中位数）</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>Cost ratio</source>
        <translation>费用比</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="94"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="95"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="102"/>
        <source>cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="104"/>
        <source>fastest first token</source>
        <translation>首个 token 最快</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="106"/>
        <source>fastest overall</source>
        <translation>总体最快</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="123"/>
        <source>(not run)</source>
        <translation>（未运行）</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="134"/>
        <source>Fallback trail</source>
        <translation>回退轨迹</translation>
    </message>
    <message>
        <location filename="../core/compare/comparison.cpp" line="136"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigJson</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="591"/>
        <source>the document is null; a Tiergate configuration is a JSON object such as {&quot;version&quot;: 1}</source>
        <translation>文档为 null；Tiergate 配置应为 JSON 对象，例如 {&quot;version&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="611"/>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>文件不是有效的 JSON（第 %1 行，第 %2 列：%3）</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="617"/>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="635"/>
        <source>is missing (this version of Tiergate writes &quot;version&quot;: %1)</source>
        <translation>缺失（此版本 Tiergate 写入 &quot;version&quot;: %1）</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="640"/>
        <source>version %1 is not supported (this Tiergate reads version %2)</source>
        <translation>不支持版本 %1（此版本 Tiergate 读取版本 %2）</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="652"/>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="658"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>tiergate::ConfigStore</name>
    <message>
        <location filename="../core/config/configstore.cpp" line="74"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="119"/>
        <source>the configuration has errors and was not saved</source>
        <translation>配置有错误，未保存</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="125"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/config/configstore.cpp" line="130"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectPreset</name>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="47"/>
        <source>Base URL: https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT. The api-version is a date such as 2024-10-21.</source>
        <translation>基础 URL：https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT。api-version 是日期，例如 2024-10-21。</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="51"/>
        <source>Any server that speaks the OpenAI API: its base URL ends in /v1. The key may be empty.</source>
        <translation>任何支持 OpenAI API 的服务器：基础 URL 以 /v1 结尾。密钥可以为空。</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="54"/>
        <source>Anthropic&apos;s OpenAI-compatible endpoint; some options are ignored there.</source>
        <translation>Anthropic 的 OpenAI 兼容端点；部分选项会被忽略。</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="57"/>
        <source>One key for many vendors; model ids look like openai/gpt-4o.</source>
        <translation>一个密钥用于多家厂商；模型 ID 形如 openai/gpt-4o。</translation>
    </message>
    <message>
        <location filename="../core/config/connectpreset.cpp" line="59"/>
        <source>Key from the vendor&apos;s console; %1 is its usual variable.</source>
        <translation>密钥来自厂商控制台；%1 是常用的变量。</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectProviderDialog</name>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="39"/>
        <source>Connect a provider</source>
        <translation>连接提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="49"/>
        <source>%1 on this computer (%2)</source>
        <translation>本机上的 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="75"/>
        <source>The model the new profile sends to; the others stay available</source>
        <translation>新配置发送到的模型；其他模型仍可使用</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="78"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="85"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="105"/>
        <source>Test the connection first</source>
        <translation>请先测试连接</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="135"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="137"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="139"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="141"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="181"/>
        <source>Found on this computer with %n model(s); it needs no key.</source>
        <translation>
            <numerusform>在本机找到，%n 个模型；无需密钥。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="193"/>
        <source>Empty: uses %1 (set)</source>
        <translation>留空：使用 %1（已设置）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="208"/>
        <source>Keychain off: the key is saved to %1 (only you can read it).</source>
        <translation>钥匙串已关闭：密钥保存到 %1（仅您可读）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="210"/>
        <source>The key is saved in the system keychain; if none answers, in %1 (only you can read it).</source>
        <translation>密钥保存在系统钥匙串中；若无钥匙串响应，则保存到 %1（仅您可读）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="252"/>
        <source>%1 (local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="268"/>
        <source>Go to %1</source>
        <translation>转到 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="284"/>
        <source>Enter the Base URL (it usually ends in /v1).</source>
        <translation>请输入基础 URL（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="289"/>
        <source>Enter the API key (or set %1).</source>
        <translation>请输入 API 密钥（或设置 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="293"/>
        <source>Enter the API version, a date such as 2024-10-21.</source>
        <translation>请输入 API 版本，即日期，例如 2024-10-21。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="301"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="365"/>
        <source>Could not store the key: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="383"/>
        <source>The configuration refused it: %1</source>
        <translation>配置拒绝了它：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="389"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>无法将配置保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="397"/>
        <source>The key is in the system keychain.</source>
        <translation>密钥位于系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="399"/>
        <source>The key is in %1 (no keychain answered).</source>
        <translation>密钥位于 %1（没有钥匙串响应）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="401"/>
        <source>The key is read from %1.</source>
        <translation>密钥从 %1 读取。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/connectproviderdialog.cpp" line="402"/>
        <source>Connected %1: profile %2 is active.</source>
        <translation>已连接 %1：配置 %2 已启用。</translation>
    </message>
</context>
<context>
    <name>tiergate::ConnectionTester</name>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="60"/>
        <source>The base URL is not a web address.</source>
        <translation>基础 URL 不是网址。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="92"/>
        <source>The provider lists no models.</source>
        <translation>提供商未列出任何模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/discovery/connectiontester.cpp" line="137"/>
        <source>Connected: %n model(s); %1 answered in %2 ms.</source>
        <translation>
            <numerusform>已连接：%n 个模型；%1 在 %2 毫秒内回答。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="156"/>
        <source>The provider wants an API key (HTTP %1): enter it in API key.</source>
        <translation>提供商需要 API 密钥（HTTP %1）：请在“API 密钥”中填写。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="157"/>
        <source>The API key was refused (HTTP %1): check API key.</source>
        <translation>API 密钥被拒绝（HTTP %1）：请检查“API 密钥”。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="162"/>
        <source>%1 answered, but not with an OpenAI model list: check Base URL (it usually ends in /v1).</source>
        <translation>%1 有回应，但不是 OpenAI 模型列表：请检查“基础 URL”（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="163"/>
        <source>%1 did not answer like an OpenAI chat completion: %2</source>
        <translation>%1 的回答不符合 OpenAI 聊天补全格式：%2</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="170"/>
        <source>%1/models was not found (HTTP 404): check Base URL (it usually ends in /v1).</source>
        <translation>未找到 %1/models（HTTP 404）：请检查“基础 URL”（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="171"/>
        <source>The model list was refused (HTTP %1): %2 Check Base URL.</source>
        <translation>模型列表被拒绝（HTTP %1）：%2 请检查“基础 URL”。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="174"/>
        <source>%1 refused the test message (HTTP %2): %3 Pick another model.</source>
        <translation>%1 拒绝了测试消息（HTTP %2）：%3 请选择其他模型。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="182"/>
        <source>%1 Check Base URL.</source>
        <translation>%1 请检查“基础 URL”。</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="187"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <location filename="../core/discovery/connectiontester.cpp" line="188"/>
        <source>Could not reach %1: %2 Check Base URL and your network.</source>
        <translation>无法连接 %1：%2 请检查“基础 URL”和网络。</translation>
    </message>
</context>
<context>
    <name>tiergate::ContextTrimmer</name>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="50"/>
        <source>The conversation needs about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent. Shorten the conversation or choose a model with a larger window.</source>
        <translation>对话约需 %1 个 token，但模型的上下文窗口只剩 %2 的空间；未发送任何内容。请缩短对话，或选择窗口更大的模型。</translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="74"/>
        <source>The system prompt and the newest message alone need about %1 tokens but the model&apos;s context window leaves room for %2; nothing was sent.</source>
        <translation>仅系统提示词和最新消息就约需 %1 个 token，但模型的上下文窗口只剩 %2 的空间；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../core/routing/contexttrimmer.cpp" line="123"/>
        <source>The conversation does not fit the model&apos;s context window even after trimming; nothing was sent.</source>
        <translation>即使裁剪后，对话仍超出模型的上下文窗口；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>tiergate::ContractParser</name>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="44"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <location filename="../core/contract/jsonfields_p.h" line="51"/>
        <source>%1: required field is missing</source>
        <translation>%1：缺少必填字段</translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="32"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1：不是有效的 JSON（%2，偏移 %3）</translation>
    </message>
    <message>
        <location filename="../core/contract/contractparser.cpp" line="39"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1：顶层应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationDelegate</name>
    <message>
        <location filename="../ui/chat/conversationdelegate.cpp" line="13"/>
        <source>profile: %1</source>
        <translation>方案：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationExport</name>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="62"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="66"/>
        <source>Profile: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="68"/>
        <source>Tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="70"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="74"/>
        <location filename="../core/chat/conversationexport.cpp" line="81"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="79"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="80"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="91"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="97"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="99"/>
        <source>Tool call: %1</source>
        <translation>工具调用：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="104"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../core/chat/conversationexport.cpp" line="107"/>
        <source>Messages: %1 · total cost %2</source>
        <translation>消息：%1 · 总费用 %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ConversationExportButton</name>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="17"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="18"/>
        <source>Save this conversation as Markdown or JSON</source>
        <translation>将此对话保存为 Markdown 或 JSON</translation>
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
        <translation>导出对话</translation>
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
        <translation>没有可导出的对话。</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="49"/>
        <location filename="../ui/chat/conversationexportbutton.cpp" line="54"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::CostDashboard</name>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="108"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="109"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="110"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="111"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="112"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="118"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="137"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="138"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="139"/>
        <source>T&amp;ier:</source>
        <translation>层级(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="140"/>
        <source>&amp;Profile:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="141"/>
        <source>Te&amp;am:</source>
        <translation>团队(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="142"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="170"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="172"/>
        <source>Write the rows that match the filter as CSV</source>
        <translation>将符合筛选条件的行写为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="185"/>
        <source>Budgets this month</source>
        <translation>本月预算</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="188"/>
        <source>Spend by model</source>
        <translation>按模型统计支出</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="191"/>
        <source>Spend by tier</source>
        <translation>按层级统计支出</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="214"/>
        <source>Summaries</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="218"/>
        <source>Show or hide the budgets and the spend by model and by tier</source>
        <translation>显示或隐藏预算以及按模型和层级的支出</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="308"/>
        <source>Any model</source>
        <translation>任意模型</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="309"/>
        <source>Any tier</source>
        <translation>任意层级</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="310"/>
        <source>Any profile</source>
        <translation>任意方案</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="311"/>
        <source>Any team</source>
        <translation>任意团队</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="323"/>
        <source>Requests: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="324"/>
        <source>%1 tokens in / %2 out</source>
        <translation>输入 %1 token / 输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="326"/>
        <source>errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="327"/>
        <source>fallbacks: %1</source>
        <translation>回退：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costs/costdashboard.cpp" line="329"/>
        <source>%n estimated</source>
        <translation>
            <numerusform>%n 条为估算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costs/costdashboard.cpp" line="331"/>
        <source>⚠ %n failed price check(s)</source>
        <translation>
            <numerusform>⚠ %n 项价格核对未通过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="386"/>
        <source>No spend recorded this month.</source>
        <translation>本月没有支出记录。</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="444"/>
        <source>Export ledger rows</source>
        <translation>导出账本记录</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="444"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="448"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/costs/costdashboard.cpp" line="448"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tiergate::DecisionView</name>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="22"/>
        <source>as a new profile</source>
        <translation>作为新方案</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="23"/>
        <source>Use this</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="39"/>
        <source>Column:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="43"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="59"/>
        <source>Run an experiment to see the decision.</source>
        <translation>运行实验即可查看决策。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="61"/>
        <source>The judge agrees with %1 % of %2 votes.</source>
        <translation>评审与 %2 次投票中的 %1% 一致。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/decisionview.cpp" line="67"/>
        <source>%1 (on the frontier)</source>
        <translation>%1（位于前沿）</translation>
    </message>
</context>
<context>
    <name>tiergate::Distribution</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="88"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tiergate::EntryListPage</name>
    <message>
        <location filename="../ui/profiles/entrylistpage.cpp" line="32"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>tiergate::EnvExporter</name>
    <message>
        <location filename="../core/export/envexporter.cpp" line="120"/>
        <source>Environment for Tiergate profile &apos;%1&apos;.</source>
        <translation>Tiergate 方案“%1”的环境变量。</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="122"/>
        <source>Only the variable names are here: fill in the values on the server, never commit them.</source>
        <translation>这里只有变量名：请在服务器上填写值，切勿提交到代码库。</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="123"/>
        <source>The headless mode selects the profile with TIERGATE_PROFILE=%1.</source>
        <translation>无界面模式通过 TIERGATE_PROFILE=%1 选择方案。</translation>
    </message>
    <message>
        <location filename="../core/export/envexporter.cpp" line="126"/>
        <source>Note: </source>
        <translation>注意：</translation>
    </message>
</context>
<context>
    <name>tiergate::ErrorClassifier</name>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="133"/>
        <source>The server&apos;s %1 answer could not be decompressed: it is corrupt, or it inflates far beyond its size (a decompression bomb).</source>
        <translation>无法解压服务器的 %1 回答：数据已损坏，或解压后远超其大小（解压炸弹）。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="246"/>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="247"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回 HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="265"/>
        <source>The connection was refused: nothing is listening at that address.</source>
        <translation>连接被拒绝：该地址上没有服务在监听。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="269"/>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="273"/>
        <source>The connection timed out.</source>
        <translation>连接超时。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="278"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="282"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>无法解析服务器的主机名。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="286"/>
        <source>The TLS handshake failed (the server&apos;s certificate was not accepted).</source>
        <translation>TLS 握手失败（服务器证书未被接受）。</translation>
    </message>
    <message>
        <location filename="../core/contract/errorclassifier.cpp" line="290"/>
        <source>A network error occurred (code %1).</source>
        <translation>发生网络错误（代码 %1）。</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentCommand</name>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="52"/>
        <source>run a prompt set against columns N times, with statistics, a judge and report files</source>
        <translation>对多个列将提示词集运行 N 次，附带统计、评审和报告文件</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="59"/>
        <source>Stopping: the runs in flight are cancelled; resume with: tiergate-cli experiment resume %1</source>
        <translation>正在停止：进行中的运行已取消；继续请运行：tiergate-cli experiment resume %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="220"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="221"/>
        <source>Configuration file.</source>
        <translation>配置文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="223"/>
        <source>Profile that routes the model and tier columns.</source>
        <translation>用于路由模型列和层级列的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="225"/>
        <source>A column: model:ID, tier:NAME or profile:NAME (repeat the option, or separate with commas).</source>
        <translation>一列：model:ID、tier:NAME 或 profile:NAME（可重复该选项，或用逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="228"/>
        <source>Runs per prompt and column, 1 to 20 (default 1).</source>
        <translation>每个提示词和列的运行次数，1 到 20（默认 1）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="230"/>
        <source>Profile whose model scores the answers, blind.</source>
        <translation>其模型对回答进行盲评的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="232"/>
        <source>Requests at once (default 4).</source>
        <translation>同时进行的请求数（默认 4）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="234"/>
        <source>Folder of the report files (default: the current folder).</source>
        <translation>报告文件所在的文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="235"/>
        <source>Title of the experiment.</source>
        <translation>实验标题。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="237"/>
        <source>System prompt for every column.</source>
        <translation>每一列的系统提示词。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="239"/>
        <source>Folder of the ledger and the saved experiments (default: the one the app uses).</source>
        <translation>账本和已保存实验所在的文件夹（默认：应用使用的文件夹）。</translation>
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
        <translation>用法：tiergate-cli experiment run SET.jsonl --column SPEC [--column SPEC ...] [--repeat N] [--judge PROFILE] [--profile P] [--concurrency N] [--out DIR] [--title TEXT] [--system TEXT] [--config FILE] [--data-dir DIR]
      tiergate-cli experiment resume ID [--out DIR]
      tiergate-cli experiment report ID [--out DIR]
      tiergate-cli experiment list</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="263"/>
        <source>A prompt set is a JSONL file: one {&quot;prompt&quot;: ...} or {&quot;messages&quot;: [...]} per line, with optional &quot;id&quot;, &quot;expected&quot;, &quot;rubric&quot; and &quot;checks&quot; ([{&quot;contains&quot;: ...}, {&quot;regex&quot;: ...}, {&quot;json_schema&quot;: {...}}, {&quot;max_length&quot;: N}]); an optional first line {&quot;set&quot;: {&quot;name&quot;, &quot;rubric&quot;, &quot;checks&quot;}} applies to every prompt.</source>
        <translation>提示词集是一个 JSONL 文件：每行一个 {&quot;prompt&quot;: ...} 或 {&quot;messages&quot;: [...]}，可选 &quot;id&quot;、&quot;expected&quot;、&quot;rubric&quot; 和 &quot;checks&quot;（[{&quot;contains&quot;: ...}, {&quot;regex&quot;: ...}, {&quot;json_schema&quot;: {...}}, {&quot;max_length&quot;: N}]）；可选的首行 {&quot;set&quot;: {&quot;name&quot;, &quot;rubric&quot;, &quot;checks&quot;}} 适用于每条提示词。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="268"/>
        <source>Exit codes: 0 done, 1 every run failed or the run was interrupted, 2 usage or input error.</source>
        <translation>退出码：0 完成，1 所有运行均失败或运行被中断，2 用法或输入错误。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="315"/>
        <source>no saved experiment &quot;%1&quot; in %2 (see `tiergate-cli experiment list`).</source>
        <translation>%2 中没有已保存的实验“%1”（参见 `tiergate-cli experiment list`）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="334"/>
        <source>an action is required.</source>
        <translation>需要指定操作。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="334"/>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="338"/>
        <source>run takes one prompt set file.</source>
        <translation>run 需要一个提示词集文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="358"/>
        <source>&quot;%1&quot; is not a column: use model:ID, tier:NAME or profile:NAME.</source>
        <translation>“%1”不是列：请使用 model:ID、tier:NAME 或 profile:NAME。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="365"/>
        <source>give 1 to %1 columns with --column.</source>
        <translation>请用 --column 指定 1 到 %1 列。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="371"/>
        <source>--repeat must be a number from 1 to %1.</source>
        <translation>--repeat 必须是 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="376"/>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency 必须是 1 到 64 之间的数字。</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentCommand::Private</name>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="72"/>
        <source>Experiment %1: prompt set %2 (version %3), %4 prompts × %5 columns × %6 repeats</source>
        <translation>实验 %1：提示词集 %2（版本 %3），%4 条提示词 × %5 列 × %6 次重复</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="80"/>
        <source>    runs %1, errors %2 %, fallbacks %3 %</source>
        <translation>    运行 %1，错误 %2%，回退 %3%</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="85"/>
        <source>    TTFT median %1 ms (95 % CI %2–%3), latency median %4 ms (95 % CI %5–%6), p95 %7 ms</source>
        <translation>    TTFT 中位数 %1 ms（95% 置信区间 %2–%3），延迟中位数 %4 ms（95% 置信区间 %5–%6），p95 %7 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="94"/>
        <source>    %1 tokens/s, cost per answer %2, per 1,000 answers %3</source>
        <translation>    %1 token/s，每个回答费用 %2，每 1,000 个回答 %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="100"/>
        <source>    checks passed %1 %</source>
        <translation>    检查通过 %1%</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="102"/>
        <source>    judge score %1</source>
        <translation>    评审得分 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="113"/>
        <source>  judge: %1 calls, %2 without scores, cost %3</source>
        <translation>  评审：%1 次调用，%2 次无评分，费用 %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="119"/>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="138"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="154"/>
        <source>prompt %1 · %2 · #%3: %4, %5 ms, %6%7</source>
        <translation>提示词 %1 · %2 · #%3：%4，%5 ms，%6%7</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="168"/>
        <source>judge · prompt %1 · #%2: %3, %4%5</source>
        <translation>评审 · 提示词 %1 · #%2：%3，%4%5</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="187"/>
        <source>Interrupted with %1 of %2 runs done; resume with: tiergate-cli experiment resume %3</source>
        <translation>已中断，%2 次运行中完成了 %1 次；继续请运行：tiergate-cli experiment resume %3</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="205"/>
        <source>tiergate-cli experiment: nothing to run (no column or no prompt).</source>
        <translation>tiergate-cli experiment：没有可运行的内容（没有列或没有提示词）。</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="209"/>
        <source>experiment %1: %2 runs%3 (saved after each; resume with `tiergate-cli experiment resume %1`)</source>
        <translation>实验 %1：%2 次运行%3（每次运行后保存；继续请运行 `tiergate-cli experiment resume %1`）</translation>
    </message>
    <message>
        <location filename="../core/cli/experimentcommand.cpp" line="212"/>
        <source> and judge calls</source>
        <translation>及评审调用</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentPanel</name>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="55"/>
        <source>Saved experiments: select one to reopen it.</source>
        <translation>已保存的实验：选择一个以重新打开。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="70"/>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="75"/>
        <source>An earlier run of the same prompt set</source>
        <translation>同一提示集的较早运行</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="97"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="100"/>
        <source>Blind vote</source>
        <translation>盲评投票</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="101"/>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="130"/>
        <source>A JSONL file: one prompt per line, optional expected answers, rubric and checks</source>
        <translation>JSONL 文件：每行一条提示词，可选预期回答、评分标准和检查</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="131"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="134"/>
        <source>Prompt set</source>
        <translation>提示词集</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="134"/>
        <source>Prompt sets (*.jsonl *.txt);;All files (*)</source>
        <translation>提示词集 (*.jsonl *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="140"/>
        <source>Prompt set:</source>
        <translation>提示词集：</translation>
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
        <translation>每个提示词和列的运行次数</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="154"/>
        <source>A profile whose model scores every answer, blind</source>
        <translation>其模型对每个回答进行盲评的方案</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="158"/>
        <source>No judge</source>
        <translation>无评审</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="161"/>
        <source>Judge: %1</source>
        <translation>评审：%1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="167"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="169"/>
        <source>Run what is missing (Ctrl+Return)</source>
        <translation>运行缺失部分（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="170"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="178"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="226"/>
        <source>The prompt set cannot be used: %1</source>
        <translation>无法使用该提示词集：%1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="235"/>
        <source>&quot;%1&quot; is not a column: use model:ID, tier:NAME or profile:NAME.</source>
        <translation>“%1”不是列：请使用 model:ID、tier:NAME 或 profile:NAME。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="242"/>
        <source>Give 1 to %1 columns, separated by commas.</source>
        <translation>请指定 1 到 %1 列，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="267"/>
        <source>Done: %1 runs.</source>
        <translation>完成：%1 次运行。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="268"/>
        <source>Paused with %1 of %2 runs done; Run continues with what is missing.</source>
        <translation>已暂停，%2 次运行中完成了 %1 次；“运行”将继续缺失的部分。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="279"/>
        <source>Nothing to run.</source>
        <translation>没有可运行的内容。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="286"/>
        <source>Running %1 (saved after each answer)…</source>
        <translation>正在运行 %1（每次回答后保存）…</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="297"/>
        <source>All prompts</source>
        <translation>所有提示词</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="300"/>
        <source>Prompt %1: %2</source>
        <translation>提示词 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="319"/>
        <source>The experiment %1 cannot be read.</source>
        <translation>无法读取实验 %1。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="330"/>
        <source>%1: %2 runs, %3 votes.</source>
        <translation>%1：%2 次运行，%3 票。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="334"/>
        <source>%1: %2 of %3 runs done; Run continues with what is missing.</source>
        <translation>%1：已完成 %2 / %3 次运行；“运行”将继续缺失的部分。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="361"/>
        <source>No earlier run</source>
        <translation>无较早运行</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="365"/>
        <source>%1 (%2, %3/%4 runs)</source>
        <translation>%1（%2，%3/%4 次运行）</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="397"/>
        <source>No column of this run is in %1.</source>
        <translation>此运行的列均不在 %1 中。</translation>
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
提示词集 %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="422"/>
        <source>The vote could not be saved: %1</source>
        <translation>无法保存投票：%1</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="435"/>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="437"/>
        <source>the configuration refused the change</source>
        <translation>配置拒绝了此更改</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="443"/>
        <source>Profile %1 now uses %2.</source>
        <translation>方案 %1 现在使用 %2。</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="450"/>
        <source>Export the report to</source>
        <translation>将报告导出到</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentpanel.cpp" line="456"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentReport</name>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="117"/>
        <source>cost per 1,000 answers</source>
        <translation>每 1,000 个回答的费用</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="120"/>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="196"/>
        <source>Experiment %1</source>
        <translation>实验 %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="199"/>
        <source>Prompt set %1 (version %2), %3 prompts × %4 columns × %5 repeats; %6 of %7 runs done.</source>
        <translation>提示词集 %1（版本 %2），%3 条提示词 × %4 列 × %5 次重复；已完成 %6 / %7 次运行。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="207"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="209"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="210"/>
        <source>Fallbacks</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>TTFT median (95 % CI)</source>
        <translation>TTFT 中位数（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Latency median (95 % CI)</source>
        <translation>延迟中位数（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="211"/>
        <source>Tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="212"/>
        <source>Cost / answer</source>
        <translation>费用 / 回答</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="212"/>
        <source>Cost / 1,000</source>
        <translation>费用 / 1,000</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="237"/>
        <source>Per prompt</source>
        <translation>按提示词</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="237"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="244"/>
        <source>%1 ms (%2–%3), p95 %4 ms, %5</source>
        <translation>%1 ms（%2–%3），p95 %4 ms，%5</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="251"/>
        <source>, judge %1</source>
        <translation>，评审 %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="253"/>
        <source>, checks %1 %</source>
        <translation>，检查 %1%</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="255"/>
        <source>, %1 of %2 failed</source>
        <translation>，%2 次中 %1 次失败</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="262"/>
        <source>Differences within noise</source>
        <translation>差异在噪声范围内</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="269"/>
        <source>The judge agrees with %1 % of %2 human votes.</source>
        <translation>评审与 %2 次人工投票中的 %1% 一致。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="275"/>
        <source>Against the previous run</source>
        <translation>与上次运行相比</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="292"/>
        <source>%1: p95 %2 → %3 ms, cost per 1,000 %4 → %5</source>
        <translation>%1：p95 %2 → %3 ms，每 1,000 次费用 %4 → %5</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="299"/>
        <source>, quality %1 → %2</source>
        <translation>，质量 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="303"/>
        <source>Compared with %1 (prompt set version %2).</source>
        <translation>对比 %1（提示词集版本 %2）。</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentreport.cpp" line="312"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentStore</name>
    <message>
        <location filename="../core/experiment/experimentstore.cpp" line="58"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentstore.cpp" line="63"/>
        <location filename="../core/experiment/experimentstore.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentSummary</name>
    <message>
        <location filename="../core/experiment/experimentsummary.cpp" line="289"/>
        <source>%1 and %2 are not distinguishable on latency (median difference %3 ms, 95 % interval %4 to %5 ms).</source>
        <translation>%1 与 %2 在延迟上无法区分（中位数差 %3 ms，95% 区间 %4 至 %5 ms）。</translation>
    </message>
</context>
<context>
    <name>tiergate::ExperimentSummaryModel</name>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="75"/>
        <source>On the cost frontier: no other column is as good for less.</source>
        <translation>位于费用前沿：没有其他列能以更低费用达到同等质量。</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="126"/>
        <source>Judge / checks</source>
        <translation>评审 / 检查</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="127"/>
        <source>Rating (95 % CI)</source>
        <translation>评分（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="128"/>
        <source>Judge score</source>
        <translation>评审得分</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="129"/>
        <source>Checks passed</source>
        <translation>检查通过</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="131"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="133"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="135"/>
        <source>Fallbacks</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="137"/>
        <source>TTFT median (95 % CI)</source>
        <translation>TTFT 中位数（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="139"/>
        <source>Latency median (95 % CI)</source>
        <translation>延迟中位数（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="141"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="143"/>
        <source>Tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="145"/>
        <source>Cost/answer</source>
        <translation>费用/回答</translation>
    </message>
    <message>
        <location filename="../ui/experiment/experimentsummarymodel.cpp" line="147"/>
        <source>Cost/1,000</source>
        <translation>费用/1,000</translation>
    </message>
</context>
<context>
    <name>tiergate::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="44"/>
        <source>export a profile for a server (native, litellm, portkey, typescript, env)</source>
        <translation>为服务器导出方案（native、litellm、portkey、typescript、env）</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="50"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="51"/>
        <source>Profile to export.</source>
        <translation>要导出的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="52"/>
        <source>Output format.</source>
        <translation>输出格式。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="53"/>
        <source>Configuration file.</source>
        <translation>配置文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="55"/>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="59"/>
        <source>Run &apos;tiergate-cli export --help&apos; for the options.</source>
        <translation>运行“tiergate-cli export --help”查看选项。</translation>
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
        <translation>用法：tiergate-cli export --profile P --format FORMAT [--config FILE] [-o FILE]

为服务器写出方案 P，不含任何密钥值（只有变量名）：
  native      用于无界面模式的 Tiergate JSON（方案及其所用的一切）
  litellm     LiteLLM 代理的 config.yaml
  portkey     Portkey 网关配置 JSON（x-portkey-config），配合 -o 还会写出
              从环境变量填入密钥的 runner：P.portkey-runner.mjs
  typescript  GatewayConfig TypeScript 模块
  env         含待填写变量名的 .env
格式无法表达的内容会以 &apos;warning: OPTION: SENTENCE&apos; 的形式输出到 stderr
（在支持注释的格式中也会写成注释）。
不带 --config 时读取用户的配置（若没有，则使用内置默认值）。

退出码：0 已写入，1 输出文件不可写，2 用法、配置或方案错误。
</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="84"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="86"/>
        <source>--format is missing; choose one of: %1.</source>
        <translation>缺少 --format；请从以下选择：%1。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="89"/>
        <source>unknown format &apos;%1&apos;; choose one of: %2.</source>
        <translation>未知格式“%1”；请从以下选择：%2。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="99"/>
        <source>tiergate-cli export: cannot read the configuration %1: %2</source>
        <translation>tiergate-cli export：无法读取配置 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="112"/>
        <source>the built-in configuration</source>
        <translation>内置配置</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="117"/>
        <source>tiergate-cli export: %1 has errors; fix them first (tiergate-cli validate lists them all):</source>
        <translation>tiergate-cli export：%1 有错误；请先修正（tiergate-cli validate 会列出全部错误）：</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="129"/>
        <source>--profile is missing; profiles in %1: %2.</source>
        <translation>缺少 --profile；%1 中的方案：%2。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="145"/>
        <source>tiergate-cli export: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation>tiergate-cli export：无法写入 %1：%2；请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="152"/>
        <source>wrote %1 (%2, profile &apos;%3&apos;, %4 warning(s))</source>
        <translation>已写入 %1（%2，方案“%3”，%4 个警告）</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="161"/>
        <source>tiergate-cli export: cannot write %1: %2</source>
        <translation>tiergate-cli export：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="165"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="171"/>
        <source>note: the export also has %1; write it with -o FILE (it is written next to FILE).</source>
        <translation>注意：导出还包含 %1；请用 -o FILE 写出（它会写在 FILE 旁边）。</translation>
    </message>
</context>
<context>
    <name>tiergate::FindBar</name>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="21"/>
        <source>Find in this conversation</source>
        <translation>在此对话中查找</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="24"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="25"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="26"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="27"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="29"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="55"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../ui/chat/findbar.cpp" line="57"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>tiergate::GatewayServer</name>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="294"/>
        <source>Listening beyond loopback (%1) requires virtual keys; --no-auth is for 127.0.0.1 only.</source>
        <translation>在回环地址之外监听（%1）需要虚拟密钥；--no-auth 仅适用于 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="299"/>
        <source>No key store: virtual keys cannot be checked.</source>
        <translation>没有密钥存储：无法校验虚拟密钥。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="386"/>
        <source>Use POST for chat completions.</source>
        <translation>聊天补全请使用 POST。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="395"/>
        <location filename="../core/gateway/gatewayserver.cpp" line="422"/>
        <source>No route for %1 %2.</source>
        <translation>没有 %1 %2 的路由。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="413"/>
        <source>A valid Tiergate virtual key (tg-…) is required as &apos;Authorization: Bearer&apos;.</source>
        <translation>需要以 &apos;Authorization: Bearer&apos; 提供有效的 Tiergate 虚拟密钥（tg-…）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="460"/>
        <source>The model &apos;%1&apos; does not exist.</source>
        <translation>模型“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="495"/>
        <source>The gateway is shutting down.</source>
        <translation>网关正在关闭。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="507"/>
        <source>A Tiergate virtual key (tg-…) is required as &apos;Authorization: Bearer&apos;.</source>
        <translation>需要以 &apos;Authorization: Bearer&apos; 提供 Tiergate 虚拟密钥（tg-…）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="508"/>
        <source>The key is not a valid Tiergate virtual key (unknown or revoked).</source>
        <translation>该密钥不是有效的 Tiergate 虚拟密钥（未知或已吊销）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="518"/>
        <source>The body is not a JSON object: %1.</source>
        <translation>请求体不是 JSON 对象：%1。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="540"/>
        <source>The tier &apos;%1&apos; does not exist.</source>
        <translation>层级“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="549"/>
        <source>The profile &apos;%1&apos; does not exist.</source>
        <translation>方案“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="555"/>
        <source>This key routes with profile &apos;%1&apos; only.</source>
        <translation>此密钥只能使用方案“%1”路由。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="573"/>
        <source>The model &apos;%1&apos; does not exist (see GET /v1/models).</source>
        <translation>模型“%1”不存在（参见 GET /v1/models）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="584"/>
        <source>This key allows %1 requests per minute.</source>
        <translation>此密钥每分钟允许 %1 个请求。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="600"/>
        <source>The monthly budget of key %1 (%2 USD) is used up.</source>
        <translation>密钥 %1 的每月预算（%2 USD）已用完。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayserver.cpp" line="616"/>
        <source>The gateway serves %1 streams at once; try again shortly.</source>
        <translation>网关最多同时处理 %1 个流；请稍后重试。</translation>
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
        <translation>环境变量</translation>
    </message>
</context>
<context>
    <name>tiergate::GatewayWidget</name>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="34"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="36"/>
        <source>Serve an OpenAI-compatible endpoint on 127.0.0.1 through the active profile</source>
        <translation>通过当前方案在 127.0.0.1 上提供 OpenAI 兼容端点</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="40"/>
        <source>How to call the gateway</source>
        <translation>如何调用网关</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="87"/>
        <source>The gateway could not start: %1</source>
        <translation>网关无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/gateway/gatewaywidget.cpp" line="134"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>tiergate::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="33"/>
        <source>import a LiteLLM config.yaml as providers, models and a profile</source>
        <translation>将 LiteLLM config.yaml 导入为提供商、模型和一个方案</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="39"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="41"/>
        <source>Name of the new profile.</source>
        <translation>新方案的名称。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="43"/>
        <source>Configuration to merge into.</source>
        <translation>要合并到的配置。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="45"/>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="49"/>
        <source>Run &apos;tiergate-cli import-litellm --help&apos; for the options.</source>
        <translation>运行“tiergate-cli import-litellm --help”查看选项。</translation>
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
        <translation>用法：tiergate-cli import-litellm FILE [--profile-name N] [--config FILE] [-o FILE]

读取 LiteLLM 代理的 config.yaml：model_list 变为提供商和模型，
router_settings（fallbacks、num_retries、timeout、allowed_fails、cooldown_time、
model_group_alias）变为一个层级和一个名为 N 的方案（默认“litellm”）。
写作 os.environ/NAME 的密钥会变成 env:NAME 引用；文件中的明文密钥
不会被导入（请将其移到环境变量中）。
结果会合并到 -o FILE（若存在），否则合并到 --config FILE，否则合并到
空文档，并写入 -o FILE（或 stdout）。相同 ID 的条目会被
替换。所有无对应项的内容都会作为警告输出到 stderr。

退出码：0 已写入，1 输出文件不可写，2 用法错误、输入无法读取或
无法使用，或合并后的文档有错误（此时不写入任何内容）。
</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="72"/>
        <source>expected exactly one LiteLLM config FILE.</source>
        <translation>需要且只需要一个 LiteLLM 配置文件 FILE。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="76"/>
        <location filename="../core/cli/importcommand.cpp" line="98"/>
        <source>tiergate-cli import-litellm: cannot read %1: %2</source>
        <translation>tiergate-cli import-litellm：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="82"/>
        <source>tiergate-cli import-litellm: %1: %2</source>
        <translation>tiergate-cli import-litellm：%1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="105"/>
        <source>tiergate-cli import-litellm: %1 is not a usable Tiergate document:</source>
        <translation>tiergate-cli import-litellm：%1 不是可用的 Tiergate 文档：</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="130"/>
        <source>tiergate-cli import-litellm: the merged document has errors; nothing was written.</source>
        <translation>tiergate-cli import-litellm：合并后的文档有错误；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="140"/>
        <source>tiergate-cli import-litellm: cannot write %1: %2; check that the folder exists and is writable.</source>
        <translation>tiergate-cli import-litellm：无法写入 %1：%2；请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="147"/>
        <source>wrote %1 with profile &apos;%2&apos; (%3 warning(s))</source>
        <translation>已写入 %1，方案“%2”（%3 个警告）</translation>
    </message>
</context>
<context>
    <name>tiergate::Importer</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="137"/>
        <location filename="../core/export/litellmimporter.cpp" line="158"/>
        <source>%1 is negative; ignored.</source>
        <translation>%1 为负数；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="141"/>
        <location filename="../core/export/litellmimporter.cpp" line="153"/>
        <location filename="../core/export/litellmimporter.cpp" line="162"/>
        <source>%1 is too large: Tiergate&apos;s limit is %2; ignored.</source>
        <translation>%1 过大：Tiergate 的上限为 %2；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="154"/>
        <source>&apos;%1&apos; is not a whole number; ignored.</source>
        <translation>“%1”不是整数；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="166"/>
        <source>%1 is not a whole number; ignored.</source>
        <translation>%1 不是整数；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="180"/>
        <source>&apos;%1&apos; is not a usable number of seconds; ignored.</source>
        <translation>“%1”不是可用的秒数；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="192"/>
        <source>Imported from a LiteLLM config.</source>
        <translation>从 LiteLLM 配置导入。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="200"/>
        <source>the file is not a LiteLLM config: its top level is not a mapping.</source>
        <translation>该文件不是 LiteLLM 配置：其顶层不是映射。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="205"/>
        <source>the file has no model_list: a LiteLLM config lists its models under &apos;model_list&apos;.</source>
        <translation>该文件没有 model_list：LiteLLM 配置在“model_list”下列出其模型。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="215"/>
        <source>proxy settings (master key, database, ...) have no equivalent in a Tiergate profile and were not imported.</source>
        <translation>代理设置（master key、数据库等）在 Tiergate 方案中没有对应项，未导入。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="219"/>
        <source>values of environment_variables were not imported; set these variables in the environment instead.</source>
        <translation>environment_variables 的值未导入；请改为在环境中设置这些变量。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="222"/>
        <location filename="../core/export/litellmimporter.cpp" line="483"/>
        <location filename="../core/export/litellmimporter.cpp" line="762"/>
        <location filename="../core/export/litellmimporter.cpp" line="785"/>
        <source>has no equivalent in Tiergate and was not imported.</source>
        <translation>在 Tiergate 中没有对应项，未导入。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="230"/>
        <source>could not be read (%1); skipped.</source>
        <translation>无法读取（%1）；已跳过。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="235"/>
        <source>no entry of model_list could be imported.</source>
        <translation>model_list 中没有可导入的条目。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="260"/>
        <source>differs from another deployment of provider &apos;%1&apos;; Tiergate keeps one timeout per provider (the first one).</source>
        <translation>与提供商“%1”的另一个部署不同；Tiergate 每个提供商只保留一个超时（第一个）。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="325"/>
        <source>contains a control character (it would add headers of its own on the wire); not imported.</source>
        <translation>包含控制字符（会在传输时额外添加请求头）；未导入。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="343"/>
        <source>is not a mapping; skipped.</source>
        <translation>不是映射；已跳过。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="349"/>
        <location filename="../core/export/litellmimporter.cpp" line="353"/>
        <location filename="../core/export/litellmimporter.cpp" line="359"/>
        <source>is missing; the entry was skipped.</source>
        <translation>缺失；已跳过该条目。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="375"/>
        <source>LiteLLM provider &apos;%1&apos; has no Tiergate kind; imported as an OpenAI-compatible provider that the LiteLLM export writes back as &apos;%1/&apos;. Set its base URL to use it from Tiergate.</source>
        <translation>LiteLLM 提供商“%1”在 Tiergate 中没有对应类型；已导入为 OpenAI 兼容提供商，LiteLLM 导出时会写回为“%1/”。要在 Tiergate 中使用，请设置其基础 URL。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="384"/>
        <source>&apos;%1&apos; has no provider prefix; imported as provider kind &apos;%2&apos;, the provider LiteLLM infers for it.</source>
        <translation>“%1”没有提供商前缀；已按 LiteLLM 推断的提供商导入为类型“%2”。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="388"/>
        <source>&apos;%1&apos; names a provider but no model; the entry was skipped.</source>
        <translation>“%1”指定了提供商但没有模型；已跳过该条目。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="392"/>
        <source>contains a control character; the entry was skipped.</source>
        <translation>包含控制字符；已跳过该条目。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="405"/>
        <source>the base URL comes from the environment variable %1; Tiergate does not read it: set the provider&apos;s base URL (the LiteLLM export keeps os.environ/%1).</source>
        <translation>基础 URL 来自环境变量 %1，而 Tiergate 不读取它：请设置该提供商的基础 URL（LiteLLM 导出会保留 os.environ/%1）。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="414"/>
        <source>is not an http(s) URL; the entry was skipped.</source>
        <translation>不是 http(s) URL；已跳过该条目。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="419"/>
        <source>carries a user name or password inside the URL (%1); the entry was skipped. Put the key in an environment variable and reference it with api_key: os.environ/NAME.</source>
        <translation>URL 中包含用户名或密码（%1）；已跳过该条目。请将密钥放入环境变量，并用 api_key: os.environ/NAME 引用它。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="450"/>
        <source>a literal key is written in the file; it was NOT imported. Put it in the environment variable %1 and write api_key: os.environ/%1 (Tiergate: env:%1).</source>
        <translation>文件中写有明文密钥；它**未**被导入。请将其放入环境变量 %1，并写成 api_key: os.environ/%1（Tiergate 中为 env:%1）。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="457"/>
        <source>&apos;%1&apos; is not an Azure api-version Tiergate can send (a date such as 2024-10-21); it was not imported, set apiVersion of the provider by hand.</source>
        <translation>“%1”不是 Tiergate 可发送的 Azure api-version（应为日期，例如 2024-10-21）；未导入，请手动设置该提供商的 apiVersion。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="530"/>
        <source>&apos;%1&apos; is not a usable price; ignored.</source>
        <translation>“%1”不是可用的价格；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="598"/>
        <source>&apos;%1&apos; → &apos;%2&apos; is a wildcard: LiteLLM passes any matching name through to provider &apos;%3&apos;. Tiergate resolves names through the tier instead; the rule is kept for the exports.</source>
        <translation>“%1” → “%2”是通配规则：LiteLLM 会把任何匹配的名称直接转给提供商“%3”。Tiergate 则通过层级解析名称；该规则会保留用于导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="603"/>
        <source>&apos;%1&apos; is load-balanced over several deployments; Tiergate routes it to one (model &apos;%2&apos;), so this deployment (model &apos;%3&apos; on provider &apos;%4&apos;) is kept for the exports only.</source>
        <translation>“%1”在多个部署之间负载均衡；Tiergate 只将其路由到一个（模型“%2”），因此该部署（提供商“%4”上的模型“%3”）仅保留用于导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="608"/>
        <source>model &apos;%1&apos; is already served by provider &apos;%2&apos;; Tiergate names a model once, so this deployment on provider &apos;%3&apos; is kept for the exports only.</source>
        <translation>模型“%1”已由提供商“%2”提供；Tiergate 中一个模型只能命名一次，因此提供商“%3”上的此部署仅保留用于导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="657"/>
        <source>must be a mapping of a model to its fallbacks; ignored.</source>
        <translation>必须是模型到其回退模型的映射；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="740"/>
        <source>the fallbacks differ from model to model; a Tiergate profile has one fallback chain for every model, so Tiergate does not fall back here. The lists are kept for the exports.</source>
        <translation>各模型的回退不同；Tiergate 方案对所有模型只有一条回退链，因此 Tiergate 在此不会回退。这些列表会保留用于导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="767"/>
        <source>&apos;%1&apos; has no equivalent: Tiergate routes each name to one model and then along the chain.</source>
        <translation>“%1”没有对应项：Tiergate 将每个名称路由到一个模型，然后沿回退链进行。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="843"/>
        <source>&apos;%1&apos; is not a usable amount (Tiergate&apos;s limit is 9000000000000 USD); ignored.</source>
        <translation>“%1”不是可用的金额（Tiergate 的上限为 9000000000000 USD）；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="865"/>
        <source>Tiergate moves to a larger model only along the fallback chain; the context-window fallbacks are kept for the exports.</source>
        <translation>Tiergate 只沿回退链切换到更大的模型；上下文窗口回退会保留用于导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="272"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation>LLM 网关（LLM_GATEWAY_URL）</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="627"/>
        <location filename="../core/export/litellmimporter.cpp" line="643"/>
        <location filename="../core/export/litellmimporter.cpp" line="826"/>
        <source>&apos;%1&apos; is not a model_name of model_list; ignored.</source>
        <translation>“%1”不是 model_list 中的 model_name；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="660"/>
        <source>must be a list of {model: [fallbacks]}; ignored.</source>
        <translation>必须是 {model: [fallbacks]} 列表；已忽略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="853"/>
        <source>&apos;%1&apos;: Tiergate&apos;s budget is per calendar month.</source>
        <translation>“%1”：Tiergate 的预算按自然月计算。</translation>
    </message>
</context>
<context>
    <name>tiergate::Judge</name>
    <message>
        <location filename="../core/experiment/judge.cpp" line="140"/>
        <source>the judge declined to score: %1</source>
        <translation>评审拒绝评分：%1</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="142"/>
        <source>the judge&apos;s reply has no JSON object with scores</source>
        <translation>评审的回复中没有包含评分的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="158"/>
        <source>answer %1 has the score %2, outside 1 to 10</source>
        <translation>回答 %1 的评分为 %2，超出 1 到 10 的范围</translation>
    </message>
    <message>
        <location filename="../core/experiment/judge.cpp" line="168"/>
        <source>the judge scored %1 of %2 answers</source>
        <translation>评审对 %2 个回答中的 %1 个进行了评分</translation>
    </message>
</context>
<context>
    <name>tiergate::KeyResolver</name>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="69"/>
        <source>key file &apos;%1&apos; does not exist; create it with the key and run chmod 600 on it</source>
        <translation>密钥文件“%1”不存在；请创建它并写入密钥，然后对其执行 chmod 600</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="73"/>
        <source>key file &apos;%1&apos; is not a regular file</source>
        <translation>密钥文件“%1”不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="78"/>
        <source>key file &apos;%1&apos; is not owned by you; refused</source>
        <translation>密钥文件“%1”不属于您；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="86"/>
        <source>key file &apos;%1&apos; can be read by other users; refused until you run chmod 600 on it</source>
        <translation>密钥文件“%1”可被其他用户读取；在对其执行 chmod 600 之前将被拒绝</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="91"/>
        <source>key file &apos;%1&apos; cannot be read: %2</source>
        <translation>无法读取密钥文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="96"/>
        <source>key file &apos;%1&apos; is empty</source>
        <translation>密钥文件“%1”为空</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="112"/>
        <source>environment variable %1 is not set; set it to the API key</source>
        <translation>环境变量 %1 未设置；请将其设为 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="117"/>
        <source>keychain entry &apos;%1&apos; can only be read asynchronously</source>
        <translation>钥匙串条目“%1”只能异步读取</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="144"/>
        <source>keychain entry &apos;%1&apos;: the keychain is disabled (TIERGATE_NO_KEYCHAIN=1) and there is no key file %2; store the key in the profile editor or use env:NAME</source>
        <translation>钥匙串条目“%1”：钥匙串已禁用（TIERGATE_NO_KEYCHAIN=1），且没有密钥文件 %2；请在方案编辑器中保存密钥，或使用 env:NAME</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="166"/>
        <source>keychain entry &apos;%1&apos; (service &quot;tiergate&quot;) could not be read: %2; store the key in the profile editor</source>
        <translation>无法读取钥匙串条目“%1”（服务 &quot;tiergate&quot;）：%2；请在方案编辑器中保存密钥</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="178"/>
        <source>&apos;%1&apos; is not a valid key name</source>
        <translation>“%1”不是有效的密钥名称</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="180"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/config/keyresolver.cpp" line="184"/>
        <location filename="../core/config/keyresolver.cpp" line="189"/>
        <source>cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::KeysCommand</name>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="292"/>
        <source>create, list or revoke the gateway&apos;s virtual keys (tg-…)</source>
        <translation>创建、列出或吊销网关的虚拟密钥（tg-…）</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="299"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="300"/>
        <source>Team of the new key.</source>
        <translation>新密钥所属的团队。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="302"/>
        <source>Profile the new key routes with.</source>
        <translation>新密钥用于路由的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="304"/>
        <source>Monthly budget of the new key in USD (default: none).</source>
        <translation>新密钥的每月预算，单位 USD（默认：无）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="306"/>
        <source>Requests per minute of the new key (default: no limit).</source>
        <translation>新密钥每分钟的请求数（默认：不限）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="308"/>
        <source>Configuration file (checks the profile).</source>
        <translation>配置文件（用于检查方案）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="310"/>
        <source>Folder of the keys (default: the app&apos;s).</source>
        <translation>密钥所在的文件夹（默认：应用的文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="312"/>
        <source>create, list or revoke</source>
        <translation>create、list 或 revoke</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="332"/>
        <source>say create, list or revoke.</source>
        <translation>请指定 create、list 或 revoke。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="337"/>
        <source>tiergate-cli keys: cannot read %1: %2</source>
        <translation>tiergate-cli keys：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="346"/>
        <source>create needs --team and --profile.</source>
        <translation>create 需要 --team 和 --profile。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="352"/>
        <source>tiergate-cli keys: profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation>tiergate-cli keys：配置中没有方案“%1”（现有方案：%2）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="362"/>
        <source>--budget-usd must be an amount in USD, e.g. 25 or 0.50.</source>
        <translation>--budget-usd 必须是以 USD 计的金额，例如 25 或 0.50。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="370"/>
        <source>--rpm must be a whole number, 0 or more.</source>
        <translation>--rpm 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="376"/>
        <source>tiergate-cli keys: cannot write %1: %2</source>
        <translation>tiergate-cli keys：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="381"/>
        <source>Created %1 for team %2, profile %3. The key is shown only now.</source>
        <translation>已为团队 %2、方案 %3 创建 %1。密钥仅显示这一次。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="394"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="394"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="402"/>
        <source>revoke needs the key&apos;s id (vk_…) or prefix.</source>
        <translation>revoke 需要密钥的 ID（vk_…）或前缀。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="406"/>
        <source>tiergate-cli keys: no active key &apos;%1&apos;.</source>
        <translation>tiergate-cli keys：没有有效的密钥“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="410"/>
        <source>Revoked %1.</source>
        <translation>已吊销 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="414"/>
        <source>unknown action &apos;%1&apos; (create, list or revoke).</source>
        <translation>未知操作“%1”（create、list 或 revoke）。</translation>
    </message>
</context>
<context>
    <name>tiergate::Ledger</name>
    <message>
        <location filename="../core/cost/ledger.cpp" line="510"/>
        <source>Cannot create the ledger folder %1.</source>
        <translation>无法创建账本文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="517"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>无法打开账本 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="540"/>
        <source>the database stayed in mode &quot;%1&quot;</source>
        <translation>数据库仍处于“%1”模式</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="543"/>
        <source>Cannot switch the ledger %1 to WAL mode: %2</source>
        <translation>无法将账本 %1 切换到 WAL 模式：%2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="560"/>
        <source>Cannot configure the ledger: %1</source>
        <translation>无法配置账本：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="619"/>
        <source>Cannot prepare the ledger statements: the SQLite driver gave no connection handle.</source>
        <translation>无法准备账本语句：SQLite 驱动未提供连接句柄。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="661"/>
        <source>Cannot prepare the ledger statements: %1</source>
        <translation>无法准备账本语句：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="669"/>
        <location filename="../core/cost/ledger.cpp" line="735"/>
        <location filename="../core/cost/ledger.cpp" line="764"/>
        <location filename="../core/cost/ledger.cpp" line="827"/>
        <location filename="../core/cost/ledger.cpp" line="839"/>
        <source>Ledger query failed: %1</source>
        <translation>账本查询失败：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="791"/>
        <location filename="../core/cost/ledger.cpp" line="873"/>
        <location filename="../core/cost/ledger.cpp" line="1370"/>
        <source>The ledger is not open.</source>
        <translation>账本未打开。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="796"/>
        <source>Cannot start a ledger transaction: %1</source>
        <translation>无法开始账本事务：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="857"/>
        <source>Cannot commit to the ledger: %1</source>
        <translation>无法提交到账本：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1446"/>
        <location filename="../core/cost/ledger.cpp" line="1481"/>
        <source>The export target is not writable.</source>
        <translation>导出目标不可写。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledger.cpp" line="1454"/>
        <location filename="../core/cost/ledger.cpp" line="1472"/>
        <location filename="../core/cost/ledger.cpp" line="1496"/>
        <source>Writing the export failed: %1</source>
        <translation>写入导出内容失败：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerAggregateModel</name>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="61"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="105"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="107"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="109"/>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="111"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="113"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="117"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="119"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="123"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="125"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="127"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgeraggregatemodel.cpp" line="129"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerSchema</name>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="264"/>
        <source>Ledger schema statement failed: %1</source>
        <translation>账本架构语句执行失败：%1</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="443"/>
        <source>The ledger database cannot be read.</source>
        <translation>无法读取账本数据库。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="450"/>
        <location filename="../core/cost/ledgerschema.cpp" line="472"/>
        <source>The ledger was written by a newer Tiergate (schema %1, this version knows %2).</source>
        <translation>账本由较新版本的 Tiergate 写入（架构 %1，此版本支持 %2）。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerschema.cpp" line="461"/>
        <source>Cannot lock the ledger to create its schema: %1</source>
        <translation>无法锁定账本以创建其架构：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerTableModel</name>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="139"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="150"/>
        <source>⚠ %1 (%2)</source>
        <translation>⚠ %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="151"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="175"/>
        <source>Estimated: the provider reported no usage</source>
        <translation>估算：提供商未报告用量</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="178"/>
        <source>Estimated: no catalog price for this model, the flat rate was used</source>
        <translation>估算：此模型无目录价格，已按统一费率计算</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="183"/>
        <source>Requested: %1</source>
        <translation>请求时间：%1</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="186"/>
        <source>The provider reported %1; the catalog price gives %2.</source>
        <translation>提供商报告 %1；按目录价格计算为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="189"/>
        <source>They differ by more than 1 %: the catalog price of this model may be out of date.</source>
        <translation>两者相差超过 1%：此模型的目录价格可能已过时。</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="223"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="225"/>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="227"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="229"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="231"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="233"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="235"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="237"/>
        <source>Tokens in</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="239"/>
        <source>Tokens out</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="241"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="243"/>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="245"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="247"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="249"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/costs/ledgertablemodel.cpp" line="251"/>
        <source>Price check</source>
        <translation>价格核对</translation>
    </message>
</context>
<context>
    <name>tiergate::LedgerWatcher</name>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="92"/>
        <source>The ledger %1 does not exist (yet).</source>
        <translation>账本 %1（尚）不存在。</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="100"/>
        <source>Cannot open the ledger %1 for reading: %2</source>
        <translation>无法以读取方式打开账本 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cost/ledgerwatcher.cpp" line="120"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="215"/>
        <location filename="../core/cost/ledgerwatcher.cpp" line="273"/>
        <source>Cannot read the ledger %1: %2</source>
        <translation>无法读取账本 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmExporter</name>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="110"/>
        <source>model &apos;%1&apos; has no known provider; it is left out of model_list.</source>
        <translation>模型“%1”没有已知的提供商；已从 model_list 中省略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="111"/>
        <source>model &apos;%1&apos; is not in the catalog; it is left out of model_list.</source>
        <translation>模型“%1”不在目录中；已从 model_list 中省略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="152"/>
        <source>names no model or no configured provider; left out of model_list.</source>
        <translation>未指定模型或已配置的提供商；已从 model_list 中省略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="180"/>
        <source>LiteLLM has no provider for kind &apos;%1&apos;; exported as an OpenAI-compatible endpoint (openai/).</source>
        <translation>LiteLLM 没有类型“%1”的提供商；已导出为 OpenAI 兼容端点（openai/）。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="196"/>
        <source>the Simulator&apos;s address is only known while Tiergate runs; set api_base of &apos;%1&apos; to the address of &apos;tiergate-cli sim&apos;.</source>
        <translation>模拟器的地址仅在 Tiergate 运行时可知；请将“%1”的 api_base 设为“tiergate-cli sim”的地址。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="199"/>
        <source>the provider has no base URL; set api_base of &apos;%1&apos; by hand.</source>
        <translation>该提供商没有基础 URL；请手动设置“%1”的 api_base。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="209"/>
        <source>LiteLLM reads keys from the environment only: set %1 on the server to the key Tiergate keeps in &apos;%2&apos;.</source>
        <translation>LiteLLM 只从环境变量读取密钥：请在服务器上将 %1 设为 Tiergate 保存在“%2”中的密钥。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="236"/>
        <source>LiteLLM lets this deployment timeout (%1 s) win over the router&apos;s (%2 s); Tiergate lets the profile&apos;s win.</source>
        <translation>LiteLLM 中此部署的超时（%1 秒）优先于路由器的超时（%2 秒）；Tiergate 中则以方案的超时为准。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="307"/>
        <source>&apos;%1&apos; is not in this export; its list is left out.</source>
        <translation>“%1”不在此次导出中；已省略其列表。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="315"/>
        <source>&apos;%1&apos; is not in this export; left out.</source>
        <translation>“%1”不在此次导出中；已省略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="366"/>
        <source>&apos;%1&apos; is also a model_name of this export; LiteLLM would resolve the alias first, so it is not written.</source>
        <translation>“%1”也是此次导出中的 model_name；LiteLLM 会优先解析别名，因此不写入。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="373"/>
        <source>its target &apos;%1&apos; is not in this export; left out.</source>
        <translation>其目标“%1”不在此次导出中；已省略。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="383"/>
        <source>LiteLLM routes only the model names it lists: a request for another model does not go to the tier default &apos;%1&apos;. Clients must request one of the listed names.</source>
        <translation>LiteLLM 只路由其列出的模型名称：对其他模型的请求不会转到层级默认模型“%1”。客户端必须请求列出的名称之一。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="395"/>
        <source>LiteLLM blocks requests at max_budget; the action &apos;%1&apos; is not expressible.</source>
        <translation>LiteLLM 在达到 max_budget 时拦截请求；无法表达操作“%1”。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="398"/>
        <source>LiteLLM&apos;s budget_duration counts 30 days from the first request, not the calendar month.</source>
        <translation>LiteLLM 的 budget_duration 从首个请求起计 30 天，而不是按自然月。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="403"/>
        <source>LiteLLM waits retry_after (%1 s) before a retry and backs off on its own; the cap (%2 ms), the jitter (%3) and the Retry-After cap (%4 ms) are not expressible.</source>
        <translation>LiteLLM 在重试前等待 retry_after（%1 秒）并自行退避；上限（%2 ms）、抖动（%3）和 Retry-After 上限（%4 ms）无法表达。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="411"/>
        <source>LiteLLM retries each model num_retries times before falling back; fast failover is not expressible.</source>
        <translation>LiteLLM 在回退前对每个模型重试 num_retries 次；无法表达快速故障转移。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="415"/>
        <source>LiteLLM sends all traffic again after cooldown_time; half-open probes are not expressible.</source>
        <translation>LiteLLM 在 cooldown_time 后恢复全部流量；无法表达半开探测。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="418"/>
        <source>LiteLLM has no connect or stall timeout; only timeout and stream_timeout are exported.</source>
        <translation>LiteLLM 没有连接超时或停滞超时；只导出 timeout 和 stream_timeout。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="421"/>
        <source>LiteLLM has no per-profile context limit (%1 tokens); it checks each model&apos;s max_input_tokens.</source>
        <translation>LiteLLM 没有按方案的上下文上限（%1 个 token）；它检查每个模型的 max_input_tokens。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="426"/>
        <source>LiteLLM does not trim history; an oversized request goes to context_window_fallbacks or fails.</source>
        <translation>LiteLLM 不会裁剪历史；过大的请求会转到 context_window_fallbacks 或直接失败。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="436"/>
        <source>LiteLLM limits deployments, not providers; the limit of provider &apos;%1&apos; is not exported.</source>
        <translation>LiteLLM 限制的是部署而非提供商；提供商“%1”的限制不会导出。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="440"/>
        <source>model &apos;%1&apos; is not in this export; its limit is left out.</source>
        <translation>模型“%1”不在此次导出中；已省略其限制。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="442"/>
        <source>LiteLLM does not wait for a rate limit; maxWaitMs is not expressible.</source>
        <translation>LiteLLM 不会等待速率限制；无法表达 maxWaitMs。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="446"/>
        <source>budget alert thresholds are not expressible in LiteLLM.</source>
        <translation>LiteLLM 无法表达预算警报阈值。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="449"/>
        <source>approval before expensive requests is not expressible in LiteLLM.</source>
        <translation>LiteLLM 无法表达高费用请求前的确认。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="452"/>
        <source>alert thresholds (fallback rate %1, p95 %2 ms) are not expressible in LiteLLM; set alerts in your monitoring.</source>
        <translation>LiteLLM 无法表达警报阈值（回退率 %1，p95 %2 ms）；请在您的监控系统中设置警报。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="458"/>
        <source>criticality routing and the background queue are not expressible in LiteLLM; only the tier &apos;%1&apos; is exported.</source>
        <translation>LiteLLM 无法表达按关键性路由和后台队列；只导出层级“%1”。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="463"/>
        <source>per-team keys are not expressible in the config file; create LiteLLM teams and keys through its admin API.</source>
        <translation>配置文件无法表达按团队的密钥；请通过 LiteLLM 的管理 API 创建团队和密钥。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="468"/>
        <source>LiteLLM proxy config generated by Tiergate from profile &apos;%1&apos; (tier &apos;%2&apos;).</source>
        <translation>由 Tiergate 根据方案“%1”（层级“%2”）生成的 LiteLLM 代理配置。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="470"/>
        <source>Key values are not in this file: set the variables named by os.environ/... on the server.</source>
        <translation>此文件中没有密钥值：请在服务器上设置 os.environ/... 所指的变量。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmexporter.cpp" line="474"/>
        <source>Not expressible in LiteLLM (Tiergate behaves differently here):</source>
        <translation>LiteLLM 中无法表达（Tiergate 在此处的行为不同）：</translation>
    </message>
</context>
<context>
    <name>tiergate::LiteLlmImporter</name>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="882"/>
        <source>the file is not valid YAML (line %1, column %2): %3</source>
        <translation>文件不是有效的 YAML（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="893"/>
        <source>the file is not a LiteLLM config: %1</source>
        <translation>该文件不是 LiteLLM 配置：%1</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="906"/>
        <source>replaced by the imported provider.</source>
        <translation>已被导入的提供商替换。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="912"/>
        <source>replaced by the imported model.</source>
        <translation>已被导入的模型替换。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="921"/>
        <source>replaced by the imported tier.</source>
        <translation>已被导入的层级替换。</translation>
    </message>
    <message>
        <location filename="../core/export/litellmimporter.cpp" line="926"/>
        <source>replaced by the imported profile.</source>
        <translation>已被导入的方案替换。</translation>
    </message>
</context>
<context>
    <name>tiergate::LiveChart</name>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="375"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="376"/>
        <source>Time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="377"/>
        <source>Spend over time</source>
        <translation>支出趋势</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="380"/>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="381"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="382"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="383"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="387"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="388"/>
        <source>Follow the selected time range again (Home)</source>
        <translation>重新跟随所选时间范围（Home）</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="395"/>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="398"/>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="538"/>
        <source>downsampled up to %1: 1 point per ~%n request(s)</source>
        <translation>
            <numerusform>已降采样至 %1：每个点约代表 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="551"/>
        <source>Rolling p95</source>
        <translation>滚动 p95</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="553"/>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="555"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="557"/>
        <source>Total spend</source>
        <translation>总支出</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="632"/>
        <source>p95 threshold</source>
        <translation>p95 阈值</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="637"/>
        <source>Cumulative spend (USD)</source>
        <translation>累计支出（USD）</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="638"/>
        <source>Latency (ms)</source>
        <translation>延迟（ms）</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="639"/>
        <source>Time to first token (ms)</source>
        <translation>首 token 时间（ms）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="838"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="839"/>
        <source>%n point(s) drawn</source>
        <translation>
            <numerusform>已绘制 %n 个点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="855"/>
        <source>Tier: %1 · Profile: %2</source>
        <translation>层级：%1 · 方案：%2</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="857"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="858"/>
        <source>Latency: %1 ms</source>
        <translation>延迟：%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="860"/>
        <source>TTFT: %1 ms</source>
        <translation>TTFT：%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="862"/>
        <source>Tokens: %1 in / %2 out</source>
        <translation>token：输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="864"/>
        <source>(estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="865"/>
        <source>Cost: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="866"/>
        <source>Attempts: %1</source>
        <translation>尝试：%1</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="868"/>
        <source>(fallback)</source>
        <translation>（回退）</translation>
    </message>
    <message>
        <location filename="../ui/chart/livechart.cpp" line="872"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chart/livechart.cpp" line="913"/>
        <source>Downsampled: stands for %n request(s) around it</source>
        <translation>
            <numerusform>已降采样：代表附近的 %n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="424"/>
        <source>send N requests at a set rate and concurrency; progress on stderr, summary on stdout</source>
        <translation>以设定的速率和并发发送 N 个请求；进度输出到 stderr，汇总输出到 stdout</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="432"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="433"/>
        <source>Configuration file.</source>
        <translation>配置文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="434"/>
        <source>Profile to route with.</source>
        <translation>用于路由的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="436"/>
        <source>Number of requests (default %1).</source>
        <translation>请求数量（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="438"/>
        <source>Requests per second at most (default 0: as fast as the concurrency allows).</source>
        <translation>每秒最多请求数（默认 0：在并发允许的范围内尽快发送）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="440"/>
        <source>Requests in flight at most (default %1).</source>
        <translation>同时进行的最大请求数（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="442"/>
        <source>The prompt of every request.</source>
        <translation>每个请求的提示词。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="443"/>
        <source>Tier instead of the profile&apos;s.</source>
        <translation>使用此层级代替方案的层级。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="445"/>
        <source>Model to send to, as it is (pinned); the profile&apos;s fallback chain follows it.</source>
        <translation>原样发送到的模型（固定）；其后接方案的回退链。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="447"/>
        <source>critical, standard or background.</source>
        <translation>critical、standard 或 background。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="448"/>
        <source>Team id whose keys are used.</source>
        <translation>使用其密钥的团队 ID。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="450"/>
        <source>max_tokens of every request.</source>
        <translation>每个请求的 max_tokens。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="451"/>
        <source>Ask for whole answers instead of streams.</source>
        <translation>请求完整回答而不是流。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="453"/>
        <source>Folder of the ledger (DIR/ledger.sqlite), as the GUI&apos;s --data-dir.</source>
        <translation>账本所在的文件夹（DIR/ledger.sqlite），与 GUI 的 --data-dir 相同。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="454"/>
        <source>Ledger file.</source>
        <translation>账本文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="456"/>
        <source>Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`.</source>
        <translation>模拟器设置（模型、故障、种子），与 `tiergate-cli sim --config` 相同。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="458"/>
        <source>Failed requests allowed before the exit code is 1 (default 0).</source>
        <translation>退出码变为 1 之前允许失败的请求数（默认 0）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="460"/>
        <source>auto (bar on a terminal, else lines), bar, lines or none.</source>
        <translation>auto（终端中显示进度条，否则逐行输出）、bar、lines 或 none。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="461"/>
        <source>Print the summary as one JSON object.</source>
        <translation>以单个 JSON 对象输出汇总。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="481"/>
        <source>Without --config and --profile: the built-in demo profile over an in-process Simulator.</source>
        <translation>不带 --config 和 --profile 时：使用内置演示方案，经由进程内模拟器。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="483"/>
        <source>Every result is recorded in the ledger (default: the GUI&apos;s, so its live chart shows the traffic).</source>
        <translation>每个结果都会记录在账本中（默认：GUI 的账本，这样其实时图表就能显示这些流量）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="486"/>
        <source>Latency percentiles cover every request that was not cancelled, TTFT those that received a first token.</source>
        <translation>延迟百分位包含所有未取消的请求，TTFT 只包含收到首个 token 的请求。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="489"/>
        <source>Exit codes: 0 every request answered (or no more than --max-errors failed), 1 more failed than --max-errors allows, a ledger write failed or the Simulator could not start, 2 usage or configuration error.</source>
        <translation>退出码：0 所有请求均已回答（或失败数不超过 --max-errors），1 失败数超过 --max-errors 允许值、写入账本失败或模拟器无法启动，2 用法或配置错误。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="497"/>
        <source>unexpected argument &apos;%1&apos; (the prompt goes in --prompt).</source>
        <translation>意外的参数“%1”（提示词应通过 --prompt 传入）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="512"/>
        <source>--requests must be a whole number from 1 to 10000000.</source>
        <translation>--requests 必须是 1 到 10000000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="516"/>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="520"/>
        <source>--max-errors must be a whole number, 0 or more.</source>
        <translation>--max-errors 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="527"/>
        <source>--rate must be a number of requests per second, 0 or more (0: no limit).</source>
        <translation>--rate 必须是每秒请求数，大于或等于 0（0：不限）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="533"/>
        <source>--max-tokens must be a whole number, 1 or more.</source>
        <translation>--max-tokens 必须是大于或等于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="541"/>
        <source>--criticality must be critical, standard or background.</source>
        <translation>--criticality 必须是 critical、standard 或 background。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="557"/>
        <source>--progress must be auto, bar, lines or none.</source>
        <translation>--progress 必须是 auto、bar、lines 或 none。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="561"/>
        <source>give --data-dir or --ledger, not both.</source>
        <translation>请指定 --data-dir 或 --ledger，不要同时指定。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="568"/>
        <source>--prompt must not be empty.</source>
        <translation>--prompt 不能为空。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="615"/>
        <source>Sending %1 requests through profile %2 (concurrency %3, rate %4); ledger %5</source>
        <translation>正在通过方案 %2 发送 %1 个请求（并发 %3，速率 %4）；账本 %5</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="619"/>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="619"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>tiergate::LoadCommand::Private</name>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="259"/>
        <source>tiergate-cli load: cannot record in the ledger: %1</source>
        <translation>tiergate-cli load：无法记录到账本：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="278"/>
        <source>ok %1  err %2  fallback %3  %4 req/s</source>
        <translation>成功 %1  错误 %2  回退 %3  %4 请求/秒</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="280"/>
        <source>ETA %1 s</source>
        <translation>剩余 %1 s</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="285"/>
        <source>load: %1/%2 done, %3 ok, %4 failed, %5 fallbacks, %6 req/s</source>
        <translation>load：已完成 %1/%2，成功 %3，失败 %4，回退 %5，%6 请求/秒</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="315"/>
        <source>tiergate-cli load: %1 of %2 requests failed (allowed: %3).</source>
        <translation>tiergate-cli load：%2 个请求中有 %1 个失败（允许：%3）。</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="371"/>
        <source>Load run: profile %1, concurrency %2, rate %3</source>
        <translation>负载运行：方案 %1，并发 %2，速率 %3</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="374"/>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="374"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="376"/>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="377"/>
        <source>%1 in %2 s (%3 req/s achieved)</source>
        <translation>%1 个，用时 %2 s（实际 %3 请求/秒）</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="381"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="385"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="388"/>
        <source>fallbacks</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="389"/>
        <source>retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="390"/>
        <source>latency ms</source>
        <translation>延迟 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="391"/>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="392"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="392"/>
        <source>%1 prompt + %2 completion</source>
        <translation>提示 %1 + 补全 %2</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="393"/>
        <source>spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="397"/>
        <source>answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="397"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="398"/>
        <source>ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../core/cli/loadcommand.cpp" line="398"/>
        <source>%1 (%2 rows written)</source>
        <translation>%1（已写入 %2 行）</translation>
    </message>
</context>
<context>
    <name>tiergate::LocalServer</name>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="57"/>
        <source>%1 (local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <location filename="../core/discovery/localserver.cpp" line="90"/>
        <source>Models served by %1 on %2.</source>
        <translation>%1 在 %2 上提供的模型。</translation>
    </message>
</context>
<context>
    <name>tiergate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>%1 — not configured in this window</source>
        <translation>%1 — 未在此窗口中配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Live chart</source>
        <translation>实时图表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Profile:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Routing profile used by new requests</source>
        <translation>新请求使用的路由方案</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>No provider</source>
        <translation>无提供商</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Add %1 at %2 (%3) as a provider and profile</source>
        <translation>将 %2 上的 %1（%3）添加为提供商和方案</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Found %1 (%2)</source>
        <translation>发现 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Found %1 local servers</source>
        <translation>发现 %1 个本地服务器</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>OpenAI-compatible servers answering on this machine; add one to route to it.</source>
        <translation>本机上正在响应的 OpenAI 兼容服务器；添加一个即可路由到它。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Profile %1 now routes new conversations, Compare columns and the demo requests; an open conversation keeps its own profile (Chat shows it and offers to switch).</source>
        <translation>方案 %1 现在用于路由新对话、对比列和演示请求；已打开的对话保留自己的方案（聊天中会显示并提供切换）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Connecting a provider is not available in this window.</source>
        <translation>此窗口中无法连接提供商。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Connect a provider…</source>
        <translation>连接提供方(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Import conversation…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>&amp;Export conversation</source>
        <translation>导出对话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>As &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>As &amp;JSON (can be imported)…</source>
        <translation>导出为 JSON(&amp;J)（可导入）…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Import &amp;LiteLLM config…</source>
        <translation>导入 LiteLLM 配置(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Export &amp;profile…</source>
        <translation>导出配置文件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>&amp;Find in conversation…</source>
        <translation>在对话中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Conversation &amp;list</source>
        <translation>对话列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>&amp;Request settings</source>
        <translation>请求设置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;About Tiergate</source>
        <translation>关于 Tiergate(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Exported conversations (*.json)</source>
        <translation>导出的对话 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Open a conversation to export it.</source>
        <translation>请先打开一个对话再导出。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>Import LiteLLM config</source>
        <translation>导入 LiteLLM 配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>LiteLLM config (*.yaml *.yml)</source>
        <translation>LiteLLM 配置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Imported %1; review it and press Save.</source>
        <translation>已导入 %1；请检查后点击“保存”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>Imported %1 with warnings (see the Problems tab); review it and press Save.</source>
        <translation>已导入 %1，但有警告（见“问题”选项卡）；请检查后点击“保存”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Show Chat, Compare, Profiles, Live chart, Costs, Experiments</source>
        <translation>显示 聊天、比较、配置文件、实时图表、费用、实验</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>New conversation (Chat)</source>
        <translation>新建对话（聊天）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>Send (Chat), run (Compare)</source>
        <translation>发送（聊天）、运行（比较）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>Up</source>
        <translation>上箭头</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>Edit the last message (empty composer)</source>
        <translation>编辑上一条消息（输入框为空时）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Pick the model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Copy the selected message or text</source>
        <translation>复制选中的消息或文本</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Find in the conversation; Enter / Shift+Enter: next / previous</source>
        <translation>在对话中查找；Enter / Shift+Enter：下一个 / 上一个</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Rename the conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Tiergate documentation</source>
        <translation>Tiergate 文档</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>About Tiergate</source>
        <translation>关于 Tiergate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <source>A workbench and gateway for OpenAI-compatible LLM APIs: tiers, profiles, retries, fallback chains, circuit breakers and budgets, with the cost of every request.</source>
        <translation>面向 OpenAI 兼容 LLM API 的工作台与网关：层级、方案、重试、回退链、熔断器和预算，并记录每个请求的费用。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="688"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Key files</source>
        <translation>密钥文件</translation>
    </message>
</context>
<context>
    <name>tiergate::MarkdownRenderer</name>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="197"/>
        <source>writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="197"/>
        <source>%1, writing…</source>
        <translation>%1，正在输入…</translation>
    </message>
    <message>
        <location filename="../ui/common/markdownrenderer.cpp" line="199"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelCatalogModel</name>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="51"/>
        <source>Let the profile&apos;s tier choose the model</source>
        <translation>由方案的层级选择模型</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="57"/>
        <source>Profile default</source>
        <translation>方案默认</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="59"/>
        <source>tier decides</source>
        <translation>由层级决定</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="73"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="85"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="87"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="89"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="91"/>
        <source>Input / 1M</source>
        <translation>输入 / 1M</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelcatalogmodel.cpp" line="93"/>
        <source>Output / 1M</source>
        <translation>输出 / 1M</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelChecker</name>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="77"/>
        <source>profile &apos;%1&apos; does not exist</source>
        <translation>方案“%1”不存在</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="103"/>
        <source>model &apos;%1&apos; is not in the catalog: no provider, context window or prices are known for it</source>
        <translation>模型“%1”不在目录中：其提供商、上下文窗口和价格均未知</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="110"/>
        <source>model &apos;%1&apos; names provider &apos;%2&apos;, which does not exist</source>
        <translation>模型“%1”指定的提供商“%2”不存在</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="115"/>
        <source>provider &apos;%1&apos; has no base URL, so &apos;%2&apos; cannot be checked</source>
        <translation>提供商“%1”没有基础 URL，因此无法检查“%2”</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="154"/>
        <source>the key of provider &apos;%1&apos; could not be read (%2); its models were checked without it</source>
        <translation>无法读取提供商“%1”的密钥（%2）；已在没有密钥的情况下检查其模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="181"/>
        <source>provider &apos;%1&apos; answers 404 on GET /models</source>
        <translation>提供商“%1”对 GET /models 返回 404</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="182"/>
        <source>GET /models of provider &apos;%1&apos; failed: %2</source>
        <translation>提供商“%1”的 GET /models 失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="185"/>
        <source>%1, so &apos;%2&apos; could not be checked</source>
        <translation>%1，因此无法检查“%2”</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="193"/>
        <source>&apos;%1&apos; is served by provider &apos;%2&apos;</source>
        <translation>“%1”由提供商“%2”提供</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelchecker.cpp" line="196"/>
        <source>model &apos;%1&apos; is not in the GET /models list of provider &apos;%2&apos;: requests to it will likely answer 404</source>
        <translation>模型“%1”不在提供商“%2”的 GET /models 列表中：对它的请求很可能返回 404</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelPicker</name>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="23"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="28"/>
        <source>Filter models (id, provider, &quot;simulated&quot;)</source>
        <translation>筛选模型（ID、提供商、“模拟”）</translation>
    </message>
    <message>
        <location filename="../ui/chat/modelpicker.cpp" line="41"/>
        <source>Enter picks, Esc closes. Prices per 1M tokens.</source>
        <translation>Enter 选择，Esc 关闭。价格按每 1M token 计。</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCall</name>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="40"/>
        <source>The model list took longer than %1 ms.</source>
        <translation>获取模型列表超过 %1 ms。</translation>
    </message>
    <message>
        <location filename="../core/transport/modelscall.cpp" line="53"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsCommand</name>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="36"/>
        <source>list the model catalog with context windows and prices</source>
        <translation>列出模型目录及其上下文窗口和价格</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="45"/>
        <source>Usage: tiergate-cli models [--config FILE]

Lists the model catalog: the built-in dated catalog, overridden by the models of
FILE (or of the built-in configuration). Prices are US dollars per 1M tokens.

Exit codes: 0 listed, 2 bad arguments or a configuration file with errors.
</source>
        <translation>用法：tiergate-cli models [--config FILE]

列出模型目录：内置的带日期目录，并由 FILE（或内置配置）中的模型
覆盖。价格单位为每 1M token 的美元数。

退出码：0 已列出，2 参数错误或配置文件有错误。
</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="59"/>
        <source>tiergate-cli models: unexpected argument &apos;%1&apos; (see tiergate-cli models --help)</source>
        <translation>tiergate-cli models：意外的参数“%1”（参见 tiergate-cli models --help）</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="72"/>
        <source>tiergate-cli models: cannot read %1: %2</source>
        <translation>tiergate-cli models：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="81"/>
        <source>tiergate-cli models: %1 has errors (run tiergate-cli validate %1)</source>
        <translation>tiergate-cli models：%1 有错误（请运行 tiergate-cli validate %1）</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="92"/>
        <source>PROVIDER</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>WINDOW</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>IN $/1M</source>
        <translation>输入 $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>OUT $/1M</source>
        <translation>输出 $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>CACHED</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="93"/>
        <source>CACHE WR</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="94"/>
        <source>AS OF</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="102"/>
        <source>(simulated)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <location filename="../core/cli/modelscommand.cpp" line="106"/>
        <source>%1 model(s); built-in catalog prices as of %2</source>
        <translation>%1 个模型；内置目录价格截至 %2</translation>
    </message>
</context>
<context>
    <name>tiergate::ModelsPage</name>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="30"/>
        <source>Prices are USD per 1M tokens. Editing a built-in catalog entry adds your own entry that overrides it.</source>
        <translation>价格单位为 USD / 1M token。编辑内置目录条目会添加您自己的条目来覆盖它。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="36"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Max output</source>
        <translation>最大输出</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Input $/1M</source>
        <translation>输入 $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Output $/1M</source>
        <translation>输出 $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Cached $/1M</source>
        <translation>缓存 $/1M</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="51"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="52"/>
        <source>Remove your entry</source>
        <translation>移除您的条目</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="67"/>
        <source>Add model %1</source>
        <translation>添加模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="82"/>
        <source>Remove model %1</source>
        <translation>移除模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="114"/>
        <source>yours (simulated)</source>
        <translation>自定义（模拟）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="114"/>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="115"/>
        <source>catalog (simulated)</source>
        <translation>目录（模拟）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="115"/>
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/profiles/modelspage.cpp" line="180"/>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>tiergate::NativeExporter</name>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="71"/>
        <source>model &apos;%1&apos; is not in the catalog: add it to &apos;models&apos; before running the headless mode.</source>
        <translation>模型“%1”不在目录中：请在运行无界面模式前将其添加到“models”。</translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="78"/>
        <source>the key is read from the keychain entry &apos;%1&apos;: create that entry on the server too (or change the reference to env:NAME).</source>
        <translation>密钥从钥匙串条目“%1”读取：请在服务器上也创建该条目（或将引用改为 env:NAME）。</translation>
    </message>
    <message>
        <location filename="../core/export/nativeexporter.cpp" line="83"/>
        <source>the key is read from the file &apos;%1&apos;: copy it to the server with mode 0600.</source>
        <translation>密钥从文件“%1”读取：请以 0600 权限将其复制到服务器。</translation>
    </message>
</context>
<context>
    <name>tiergate::ObjReader</name>
    <message>
        <location filename="../core/config/configjson.cpp" line="68"/>
        <location filename="../core/config/configjson.cpp" line="157"/>
        <location filename="../core/config/configjson.cpp" line="177"/>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="81"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="91"/>
        <source>is too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="103"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="115"/>
        <source>must be an amount in US dollars</source>
        <translation>必须是以美元计的金额</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="127"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="140"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="151"/>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="171"/>
        <source>must be an object of texts</source>
        <translation>必须是由文本组成的对象</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="191"/>
        <source>is null, but an object is required here (remove the key to use the defaults)</source>
        <translation>为 null，但此处需要对象（删除该键即可使用默认值）</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="198"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="218"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::PortkeyExporter</name>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="254"/>
        <source>Portkey backs off exponentially on its own; base, cap, jitter and Retry-After cap are not expressible.</source>
        <translation>Portkey 自行进行指数退避；无法表达基础延迟、上限、抖动和 Retry-After 上限。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="258"/>
        <source>Portkey retries each target before falling back; fast failover is not expressible.</source>
        <translation>Portkey 在回退前会重试每个 target；无法表达快速故障转移。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="260"/>
        <source>the circuit breaker (open after %1 failures for %2 ms) is not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达熔断器（%1 次失败后熔断 %2 ms）。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="265"/>
        <source>Portkey has one request_timeout; connect, first-byte and stall timeouts are not expressible.</source>
        <translation>Portkey 只有一个 request_timeout；无法表达连接、首字节和停滞超时。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="267"/>
        <source>Portkey does not tell a context overflow (HTTP 400) from other bad requests: it neither trims nor moves to a larger model.</source>
        <translation>Portkey 无法区分上下文溢出（HTTP 400）与其他错误请求：它既不裁剪，也不切换到更大的模型。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="271"/>
        <source>the context limit of %1 tokens is not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达 %1 个 token 的上下文上限。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="274"/>
        <source>rate limits are not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达速率限制。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="277"/>
        <source>the monthly budget cap (%1 USD, action &apos;%2&apos;) is not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达每月预算上限（%1 USD，操作“%2”）。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="291"/>
        <source>per-team keys are not expressible in a Portkey config; run one runner per team key.</source>
        <translation>Portkey 配置无法表达按团队的密钥；请为每个团队密钥运行一个 runner。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="282"/>
        <source>alert thresholds are not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达警报阈值。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="285"/>
        <source>every request goes to the targets&apos; models; the tier&apos;s alias map is not expressible.</source>
        <translation>每个请求都会发送到 targets 的模型；无法表达层级的别名映射。</translation>
    </message>
    <message>
        <location filename="../core/export/portkeyexporter.cpp" line="288"/>
        <source>criticality routing and the background queue are not expressible in a Portkey config.</source>
        <translation>Portkey 配置无法表达按关键性路由和后台队列。</translation>
    </message>
</context>
<context>
    <name>tiergate::PriceTable</name>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="73"/>
        <source>The price file is not valid JSON: %1 (at byte %2).</source>
        <translation>价格文件不是有效的 JSON：%1（位于字节 %2）。</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="79"/>
        <source>The price file must be a JSON object of model id to prices.</source>
        <translation>价格文件必须是从模型 ID 到价格的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="89"/>
        <source>empty model id</source>
        <translation>模型 ID 为空</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="93"/>
        <source>entry is not an object</source>
        <translation>条目不是对象</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="104"/>
        <source>a price is not a non-negative number</source>
        <translation>某个价格不是非负数</translation>
    </message>
    <message>
        <location filename="../core/cost/pricetable.cpp" line="108"/>
        <source>no per-token input or output price</source>
        <translation>没有按 token 计的输入或输出价格</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileEditor</name>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="226"/>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="239"/>
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="248"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="249"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="250"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="264"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="267"/>
        <source>Rename profile</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="264"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="267"/>
        <source>The name is empty or already used by another profile.</source>
        <translation>名称为空，或已被其他方案使用。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="304"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1150"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="306"/>
        <source>Explain</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="325"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="326"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="307"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1310"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1319"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1325"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="613"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1402"/>
        <source>Check models</source>
        <translation>检查模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1403"/>
        <source>Ask every provider this profile uses for its model list (GET /models) and flag models it does not serve or the catalog does not know.</source>
        <translation>向此方案使用的每个提供商请求模型列表（GET /models），并标出它不提供或目录中未知的模型。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1428"/>
        <source>Key references of the providers (values are never shown):</source>
        <translation>各提供商的密钥引用（从不显示密钥值）：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1432"/>
        <source>Key references only; key values are never shown.</source>
        <translation>仅显示密钥引用；从不显示密钥值。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="308"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="97"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="99"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="101"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="103"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="105"/>
        <source>cut</source>
        <translation>已截断</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="163"/>
        <source>Unsaved profile changes</source>
        <translation>未保存的方案更改</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="164"/>
        <source>The configuration has unsaved changes. Save them before leaving the profile editor?</source>
        <translation>配置有未保存的更改。离开方案编辑器前要保存吗？</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="283"/>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="287"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="289"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="291"/>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="293"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="309"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="345"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="346"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="358"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="362"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="434"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="439"/>
        <source>Change tier</source>
        <translation>更改层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="441"/>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="458"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="459"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="468"/>
        <source>Add fallback model</source>
        <translation>添加回退模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="473"/>
        <source>Remove fallback model</source>
        <translation>移除回退模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="478"/>
        <source>Fallback chain:</source>
        <translation>回退链：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="481"/>
        <source>Change max retries</source>
        <translation>更改最大重试次数</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="482"/>
        <source>Max retries:</source>
        <translation>最大重试次数：</translation>
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
        <translation>更改退避基础</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="485"/>
        <source>Backoff base:</source>
        <translation>退避基础：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="487"/>
        <source>Change backoff cap</source>
        <translation>更改退避上限</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="488"/>
        <source>Backoff cap:</source>
        <translation>退避上限：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="493"/>
        <source>Change jitter</source>
        <translation>更改抖动</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="494"/>
        <source>Jitter:</source>
        <translation>抖动：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="497"/>
        <source>Next model at once</source>
        <translation>立即换下一个模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="498"/>
        <source>Move to the next model at once on a retryable failure</source>
        <translation>遇到可重试的失败时立即切换到下一个模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="501"/>
        <source>Change fast failover</source>
        <translation>更改快速故障转移</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="503"/>
        <source>Fast failover:</source>
        <translation>快速故障转移：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="510"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="512"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="513"/>
        <source>model&apos;s own window</source>
        <translation>模型自身窗口</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="515"/>
        <source>Change context limit</source>
        <translation>更改上下文上限</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="516"/>
        <source>Limit:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="518"/>
        <source>Trim oldest turns</source>
        <translation>裁剪最早的轮次</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="519"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="520"/>
        <source>Change context policy</source>
        <translation>更改上下文策略</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="522"/>
        <source>When over:</source>
        <translation>超出时：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="529"/>
        <source>Timeouts (0: the provider&apos;s value)</source>
        <translation>超时（0：使用提供商的值）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="531"/>
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="532"/>
        <source>First byte:</source>
        <translation>首字节：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="532"/>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="533"/>
        <source>Stall (mid-stream silence):</source>
        <translation>停滞（流中途无数据）：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="536"/>
        <source>provider&apos;s</source>
        <translation>提供商默认</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="540"/>
        <source>Change connect timeout</source>
        <translation>更改连接超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="542"/>
        <source>Change first-byte timeout</source>
        <translation>更改首字节超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="544"/>
        <source>Change total timeout</source>
        <translation>更改总超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="546"/>
        <source>Change stall timeout</source>
        <translation>更改停滞超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="554"/>
        <source>Rate limits</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Model or provider</source>
        <translation>模型或提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Requests/min</source>
        <translation>请求/分钟</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Tokens/min</source>
        <translation>token/分钟</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="558"/>
        <source>Max wait (ms)</source>
        <translation>最长等待（ms）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="562"/>
        <source>0 requests or tokens per minute: no limit on that axis. Past the max wait the next model is tried.</source>
        <translation>每分钟 0 个请求或 token：该维度不限。超过最长等待时间后将尝试下一个模型。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="566"/>
        <source>Add limit</source>
        <translation>添加限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="567"/>
        <source>Remove limit</source>
        <translation>移除限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="578"/>
        <source>Add rate limit</source>
        <translation>添加速率限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="583"/>
        <source>Remove rate limit</source>
        <translation>移除速率限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="594"/>
        <source>Circuit breaker</source>
        <translation>熔断器</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="597"/>
        <source>Change breaker failures</source>
        <translation>更改熔断失败次数</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="599"/>
        <source>Failures to open:</source>
        <translation>熔断前失败次数：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="601"/>
        <source>Change breaker open time</source>
        <translation>更改熔断时长</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="602"/>
        <source>Open for:</source>
        <translation>熔断时长：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="605"/>
        <source>Change breaker probes</source>
        <translation>更改熔断探测次数</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="606"/>
        <source>Half-open probes:</source>
        <translation>半开探测次数：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1115"/>
        <source>In %1 (not loaded; the last good configuration is in use): %2%3</source>
        <translation>%1 中（未加载；正在使用上一份有效配置）：%2%3</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1336"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1351"/>
        <source>Import LiteLLM config %1</source>
        <translation>导入 LiteLLM 配置 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1435"/>
        <source>Store a secret in the keychain</source>
        <translation>在钥匙串中保存密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1439"/>
        <source>Entry name:</source>
        <translation>条目名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1442"/>
        <source>paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1446"/>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1448"/>
        <source>Then:</source>
        <translation>然后：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1449"/>
        <source>Store</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1466"/>
        <location filename="../ui/profiles/profileeditor.cpp" line="1542"/>
        <source>Test profile</source>
        <translation>测试方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1467"/>
        <source>Send a short request through the edited profile (saved or not) and show the route it took.</source>
        <translation>通过正在编辑的方案（无论是否已保存）发送一个简短请求，并显示其所走的路由。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1481"/>
        <source>Test profile sends one short request and shows every attempt.</source>
        <translation>“测试方案”会发送一个简短请求并显示每次尝试。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1482"/>
        <source>Testing needs a network connection to the providers.</source>
        <translation>测试需要能通过网络连接到各提供商。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1485"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Wait ms</source>
        <translation>等待 ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Latency ms</source>
        <translation>延迟 ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1486"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1514"/>
        <source>Testing profile %1…</source>
        <translation>正在测试方案 %1…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1515"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1550"/>
        <source>Answered by %1 (provider %2)%3.</source>
        <translation>由 %1 回答（提供商 %2）%3。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1551"/>
        <source>, after falling back</source>
        <translation>，经过回退</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1553"/>
        <source>No answer: %1</source>
        <translation>没有回答：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1555"/>
        <source>Latency %1 ms, time to first token %2, %3 attempt(s), %4 retry(ies).</source>
        <translation>延迟 %1 ms，首 token 时间 %2，%3 次尝试，%4 次重试。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1557"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1557"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1560"/>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1561"/>
        <source>Tokens: %1 prompt + %2 completion = %3%4. Cost: %5%6.</source>
        <translation>token：提示 %1 + 补全 %2 = %3%4。费用：%5%6。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1567"/>
        <source>Answer: %1</source>
        <translation>回答：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1577"/>
        <source>Asking the providers of %1 for their models…</source>
        <translation>正在向 %1 的提供商查询模型…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1606"/>
        <source>Profile %1: every model is in the catalog and served by its provider.</source>
        <translation>方案 %1：所有模型均在目录中，且由其提供商提供。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="1607"/>
        <source>Profile %1: %n model problem(s) found.</source>
        <translation>
            <numerusform>方案 %1：发现 %n 个模型问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1614"/>
        <source>Give the entry a name (letters, digits, &apos;-&apos;, &apos;_&apos;; no &apos;/&apos;).</source>
        <translation>请为条目命名（字母、数字、&apos;-&apos;、&apos;_&apos;；不能含 &apos;/&apos;）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1618"/>
        <source>Type or paste the secret first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1626"/>
        <source>Storing keychain:%1…</source>
        <translation>正在保存 keychain:%1…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1634"/>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1641"/>
        <source>Use %1 for %2</source>
        <translation>将 %1 用于 %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1648"/>
        <source>Stored as %1; provider %2 now uses it (save to keep the reference).</source>
        <translation>已保存为 %1；提供商 %2 现在使用它（请保存以保留该引用）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1650"/>
        <source>Stored as %1. Use that reference as a provider&apos;s or a team&apos;s key.</source>
        <translation>已保存为 %1。可将此引用用作提供商或团队的密钥。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="616"/>
        <source>Change monthly cap</source>
        <translation>更改每月上限</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="618"/>
        <source>Monthly cap (0: none):</source>
        <translation>每月上限（0：无）：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="620"/>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="621"/>
        <source>Downgrade to the budget tier</source>
        <translation>降级到预算层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="622"/>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="623"/>
        <source>Change budget action</source>
        <translation>更改预算操作</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="625"/>
        <source>At the cap:</source>
        <translation>达到上限时：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="627"/>
        <source>A request whose estimated cost is above this asks before it is sent; 0: never ask.</source>
        <translation>估算费用高于此值的请求在发送前需要确认；0：从不询问。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="628"/>
        <source>Change approval threshold</source>
        <translation>更改确认阈值</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="630"/>
        <source>Ask before requests over (0: never):</source>
        <translation>请求费用超过此值时询问（0：从不）：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="633"/>
        <source>Fractions of the cap that raise an alert, separated by commas.</source>
        <translation>触发警报的上限比例，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="641"/>
        <source>Change budget alerts</source>
        <translation>更改预算警报</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="644"/>
        <source>Alert at fractions of the cap:</source>
        <translation>按上限比例警报：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="651"/>
        <source>Observability and alerts</source>
        <translation>可观测性与警报</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="653"/>
        <source>Log every request and watch the thresholds</source>
        <translation>记录每个请求并监控阈值</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="656"/>
        <source>Change observability</source>
        <translation>更改可观测性</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="658"/>
        <source>Enabled:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="664"/>
        <source>Change log level</source>
        <translation>更改日志级别</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="667"/>
        <source>Log level:</source>
        <translation>日志级别：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="672"/>
        <source>Change fallback-rate alert</source>
        <translation>更改回退率警报</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="674"/>
        <source>Alert at fallback rate:</source>
        <translation>回退率警报：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="676"/>
        <source>Change latency alert</source>
        <translation>更改延迟警报</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="678"/>
        <source>Alert at p95 latency:</source>
        <translation>p95 延迟警报：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="681"/>
        <source>Change budget alert</source>
        <translation>更改预算警报</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="683"/>
        <source>Alert at monthly spend:</source>
        <translation>每月支出警报：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="690"/>
        <source>Criticality routing</source>
        <translation>按关键性路由</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="692"/>
        <source>Critical requests:</source>
        <translation>关键请求：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="693"/>
        <source>Standard requests:</source>
        <translation>标准请求：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="694"/>
        <source>Background requests:</source>
        <translation>后台请求：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="703"/>
        <source>Change %1 tier</source>
        <translation>更改 %1 层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="708"/>
        <source>Change queue concurrency</source>
        <translation>更改队列并发数</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="710"/>
        <source>Background queue, concurrent:</source>
        <translation>后台队列并发数：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="712"/>
        <source>Change queue retry window</source>
        <translation>更改队列重试时间窗</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="714"/>
        <source>Background queue, retry for:</source>
        <translation>后台队列重试时长：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="721"/>
        <source>Teams whose keys this profile may use</source>
        <translation>此方案可使用其密钥的团队</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="734"/>
        <source>Change teams</source>
        <translation>更改团队</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="792"/>
        <source>The configuration changed; run Check models again.</source>
        <translation>配置已更改；请重新运行“检查模型”。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="846"/>
        <source>New profile %1</source>
        <translation>新建方案 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="859"/>
        <source>Duplicate profile %1</source>
        <translation>复制方案 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="871"/>
        <source>Rename profile %1</source>
        <translation>重命名方案 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="881"/>
        <source>Delete profile %1</source>
        <translation>删除方案 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiles/profileeditor.cpp" line="899"/>
        <source>Not saved: %n error(s) must be fixed first, e.g. %1</source>
        <translation>
            <numerusform>未保存：需先修正 %n 个错误，例如 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="907"/>
        <source>Not saved: the configuration was refused.</source>
        <translation>未保存：配置被拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="911"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="917"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1018"/>
        <source>profile&apos;s tier (%1)</source>
        <translation>方案的层级（%1）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1055"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1056"/>
        <source>provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1106"/>
        <source>Change rate limits</source>
        <translation>更改速率限制</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1129"/>
        <source>Error: blocks saving</source>
        <translation>错误：阻止保存</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1129"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1138"/>
        <source>Check models: </source>
        <translation>检查模型：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1142"/>
        <source>Warning from Check models</source>
        <translation>来自“检查模型”的警告</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1150"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1151"/>
        <source>Fix the errors in Problems to save</source>
        <translation>请修正“问题”中的错误后再保存</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1180"/>
        <source>(only store it)</source>
        <translation>（仅保存）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1183"/>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1184"/>
        <source>and use it for %1</source>
        <translation>并用于 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1192"/>
        <source>● Unsaved changes</source>
        <translation>● 未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1207"/>
        <source>Reorder fallback chain</source>
        <translation>重新排列回退链</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1314"/>
        <source>Export profile</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileeditor.cpp" line="1319"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplainer</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="87"/>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="89"/>
        <source>Profile &apos;%1&apos; sends a request to tier &apos;%2&apos;</source>
        <translation>方案“%1”将请求发送到层级“%2”</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="94"/>
        <source> (aliases: %1)</source>
        <translation>（别名：%1）</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="96"/>
        <source>. A request for the tier&apos;s default model tries, in this order: %1.</source>
        <translation>。对层级默认模型的请求按以下顺序尝试：%1。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="98"/>
        <source>The fallback chain is longer than two: a failing request can take long.</source>
        <translation>回退链长于两个：失败的请求可能耗时很长。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="103"/>
        <source>Fast failover is on: each model except the last gets one attempt, then the next model is tried at once (%1).</source>
        <translation>快速故障转移已开启：除最后一个模型外，每个模型只尝试一次，然后立即尝试下一个模型（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="108"/>
        <source>The last model, &apos;%1&apos;, is retried up to %n time(s), waiting %2 (±%3% jitter).</source>
        <translation>
            <numerusform>最后一个模型“%1”最多重试 %n 次，每次等待 %2（±%3% 抖动）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/profileexplainer.cpp" line="113"/>
        <source>Each model is tried up to %n more time(s), waiting %1 before the retries (±%2% jitter); then the next model: %3.</source>
        <translation>
            <numerusform>每个模型最多再尝试 %n 次，重试前等待 %1（±%2% 抖动）；然后是下一个模型：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="120"/>
        <source>No retries: on failure the next model is tried at once: %1.</source>
        <translation>不重试：失败时立即尝试下一个模型：%1。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="122"/>
        <source>After %1 failures in a row a model&apos;s circuit opens: it is skipped for %2, then %3 probe request(s) decide whether it is used again.</source>
        <translation>连续失败 %1 次后，模型会被熔断：在 %2 内跳过它，然后由 %3 个探测请求决定是否重新启用。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="128"/>
        <source>Rate limit (HTTP 429)</source>
        <translation>速率限制（HTTP 429）</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="130"/>
        <source>A Retry-After header from the server replaces the wait, up to %1; a longer Retry-After moves on to the next model.</source>
        <translation>服务器的 Retry-After 头会替代等待时间，最长 %1；更长的 Retry-After 会转到下一个模型。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="135"/>
        <source>Server error (HTTP 500, 502, 503, 504)</source>
        <translation>服务器错误（HTTP 500、502、503、504）</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="140"/>
        <source>connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="142"/>
        <source>first byte %1</source>
        <translation>首字节 %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="144"/>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="146"/>
        <source>stall %1</source>
        <translation>停滞 %1</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="147"/>
        <source>An attempt times out after: %1 (other limits from each provider).</source>
        <translation>单次尝试的超时：%1（其余限制取自各提供商）。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="150"/>
        <source>Timeouts are the providers&apos; own, e.g. &apos;%1&apos;: connect %2, first byte %3, total %4.</source>
        <translation>超时采用各提供商自己的设置，例如“%1”：连接 %2，首字节 %3，总计 %4。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="154"/>
        <source>Timeout or dropped connection</source>
        <translation>超时或连接中断</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="156"/>
        <source>Once answer text has reached the caller, a stream that breaks is not retried: the partial answer is kept and marked cut.</source>
        <translation>一旦回答文本已送达调用方，中断的流不会重试：部分回答会保留并标记为截断。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="169"/>
        <source>Requests are held to %1 tokens.</source>
        <translation>请求限制在 %1 个 token 以内。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="171"/>
        <source>A conversation longer than the window is trimmed first: the system prompt and the newest turns are kept, the oldest turns dropped.</source>
        <translation>超出窗口的对话会先被裁剪：保留系统提示词和最新的轮次，丢弃最早的轮次。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="173"/>
        <source>A conversation longer than the window is refused with a clear error; history is never trimmed.</source>
        <translation>超出窗口的对话会被拒绝并给出明确错误；从不裁剪历史。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="176"/>
        <source>If a model still reports a context overflow, no later model has a larger window: the request fails.</source>
        <translation>如果模型仍报告上下文溢出，而后续没有窗口更大的模型：请求失败。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="177"/>
        <source>If a model still reports a context overflow, the next model with a larger window is tried: %1.</source>
        <translation>如果模型仍报告上下文溢出，将尝试下一个窗口更大的模型：%1。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="179"/>
        <source>Context overflow</source>
        <translation>上下文溢出</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="181"/>
        <source>Authentication (HTTP 401, 403)</source>
        <translation>认证（HTTP 401、403）</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="182"/>
        <source>Not retried and no fallback: the request fails at once with the provider&apos;s message. Check the key reference of the provider.</source>
        <translation>不重试也不回退：请求立即失败并返回提供商的消息。请检查该提供商的密钥引用。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="187"/>
        <source>No monthly cap: spend is recorded but never stops a request.</source>
        <translation>无每月上限：支出会被记录，但从不阻止请求。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="189"/>
        <source>Monthly cap %1 USD.</source>
        <translation>每月上限 %1 USD。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="192"/>
        <source>At the cap every request is refused with a budget error; no model is tried.</source>
        <translation>达到上限时，每个请求都会因预算错误被拒绝；不会尝试任何模型。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="197"/>
        <source>At the cap requests would move to the budget tier, but the configuration has none: they continue unchanged.</source>
        <translation>达到上限时请求本应转到预算层级，但配置中没有该层级：请求照常进行。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="199"/>
        <source>At the cap requests move to tier &apos;%1&apos; (first model &apos;%2&apos;).</source>
        <translation>达到上限时，请求转到层级“%1”（首个模型“%2”）。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="204"/>
        <source>At the cap requests still go out; an alert is raised.</source>
        <translation>达到上限时请求仍会发出，并触发警报。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="211"/>
        <source>Alerts at %1 of the cap.</source>
        <translation>在上限的 %1 时发出警报。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="213"/>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileExplanation</name>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="19"/>
        <source>Warning: not in the model catalog (the router cannot use them): %1.</source>
        <translation>警告：不在模型目录中（路由器无法使用）：%1。</translation>
    </message>
    <message>
        <location filename="../core/export/profileexplainer.cpp" line="24"/>
        <source>Warning: the provider does not serve (absent from GET /models or 404): %1.</source>
        <translation>警告：提供商不提供（GET /models 中没有或返回 404）：%1。</translation>
    </message>
</context>
<context>
    <name>tiergate::ProfileProbe</name>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="28"/>
        <source>Reply with the single word: ready</source>
        <translation>请只回复一个词：ready</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="92"/>
        <source>The provider answered HTTP %1, a temporary failure (retried, then the next model was tried).</source>
        <translation>提供商返回 HTTP %1，属于临时故障（已重试，然后尝试了下一个模型）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="94"/>
        <source>The provider could not be reached in time or the connection failed (retried, then the next model was tried).</source>
        <translation>无法及时连接提供商或连接失败（已重试，然后尝试了下一个模型）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="98"/>
        <source>The prompt does not fit the model&apos;s context window.</source>
        <translation>提示词超出模型的上下文窗口。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="101"/>
        <source>The provider refused the key, or the key could not be read: check the key reference in Keys.</source>
        <translation>提供商拒绝了密钥，或无法读取密钥：请在“密钥”中检查密钥引用。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="105"/>
        <source>The provider does not know this model (HTTP 404): check the model id or use Check models.</source>
        <translation>提供商不认识此模型（HTTP 404）：请检查模型 ID，或使用“检查模型”。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="106"/>
        <source>The provider rejected the request (HTTP %1).</source>
        <translation>提供商拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="109"/>
        <source>The profile&apos;s monthly budget cap blocked the request.</source>
        <translation>方案的每月预算上限拦截了此请求。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="112"/>
        <source>The probe was cancelled.</source>
        <translation>探测已取消。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="115"/>
        <source>The provider answered with something that is not a chat completion.</source>
        <translation>提供商返回的内容不是聊天补全结果。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="118"/>
        <source>The answer stopped in the middle.</source>
        <translation>回答中途停止。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="121"/>
        <source>No model could be tried (open circuits, rate limits, or an empty chain).</source>
        <translation>没有可尝试的模型（已熔断、速率限制或回退链为空）。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="124"/>
        <source>The configuration does not allow this request.</source>
        <translation>配置不允许此请求。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="127"/>
        <source>The provider&apos;s answer passed the size limit set for it.</source>
        <translation>提供商的回答超过了为其设置的大小限制。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="130"/>
        <source>The provider&apos;s compressed answer could not be decompressed.</source>
        <translation>无法解压提供商的压缩回答。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profileprobe.cpp" line="135"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
</context>
<context>
    <name>tiergate::PromptSet</name>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="88"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="94"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="102"/>
        <source>%1: the &quot;set&quot; header must be the first line</source>
        <translation>%1：&quot;set&quot; 头部必须在第一行</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="124"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="138"/>
        <source>the prompt set has no prompts</source>
        <translation>提示词集中没有提示词</translation>
    </message>
    <message>
        <location filename="../core/experiment/promptset.cpp" line="147"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::ProviderSetup</name>
    <message>
        <location filename="../core/config/providersetup.cpp" line="111"/>
        <source>Models of %1 at %2.</source>
        <translation>%1 位于 %2 的模型。</translation>
    </message>
</context>
<context>
    <name>tiergate::ProvidersPage</name>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Add provider %1</source>
        <translation>添加提供商 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="20"/>
        <source>Remove provider %1</source>
        <translation>移除提供商 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="37"/>
        <source>Azure OpenAI only: the api-version every request carries.</source>
        <translation>仅限 Azure OpenAI：每个请求携带的 api-version。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="42"/>
        <source>A reference to the key, never the key itself. Store a keychain secret in the Keys tab.</source>
        <translation>这里填写密钥的引用，而不是密钥本身。可在“密钥”标签页中将密钥保存到钥匙串。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="43"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="44"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="45"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="46"/>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="47"/>
        <source>Key reference:</source>
        <translation>密钥引用：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="48"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="53"/>
        <source>Rename provider %1</source>
        <translation>重命名提供商 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="57"/>
        <source>Change provider name</source>
        <translation>更改提供商名称</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="69"/>
        <source>Change provider kind</source>
        <translation>更改提供商类型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="74"/>
        <source>Change provider kind (%1)</source>
        <translation>更改提供方类型(%1)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="79"/>
        <source>Change API version</source>
        <translation>更改 API 版本</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="83"/>
        <source>Change base URL</source>
        <translation>更改基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="87"/>
        <source>Change key reference</source>
        <translation>更改密钥引用</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <location filename="../ui/profiles/providerspage.cpp" line="101"/>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="91"/>
        <location filename="../ui/profiles/providerspage.cpp" line="113"/>
        <source>Remove header</source>
        <translation>移除请求头</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="116"/>
        <source>Timeouts and concurrency</source>
        <translation>超时与并发</translation>
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
        <translation>连接：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="131"/>
        <source>First byte:</source>
        <translation>首字节：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="132"/>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="133"/>
        <source>Stall:</source>
        <translation>停滞：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="134"/>
        <source>Max concurrent requests:</source>
        <translation>最大并发请求数：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="143"/>
        <source>Change connect timeout</source>
        <translation>更改连接超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="144"/>
        <source>Change first-byte timeout</source>
        <translation>更改首字节超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="145"/>
        <source>Change total timeout</source>
        <translation>更改总超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="146"/>
        <source>Change stall timeout</source>
        <translation>更改停滞超时</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="147"/>
        <source>Change max concurrent requests</source>
        <translation>更改最大并发请求数</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="191"/>
        <source>Edit headers</source>
        <translation>编辑请求头</translation>
    </message>
    <message>
        <location filename="../ui/profiles/providerspage.cpp" line="234"/>
        <source>set at run time (the built-in Simulator)</source>
        <translation>运行时设置（内置模拟器）</translation>
    </message>
</context>
<context>
    <name>tiergate::ResponseFormatEditor</name>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="24"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="25"/>
        <source>JSON mode</source>
        <translation>JSON 模式</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="26"/>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="27"/>
        <source>response_format: free text, any JSON object, or JSON matching a schema</source>
        <translation>response_format：自由文本、任意 JSON 对象，或符合架构的 JSON</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="29"/>
        <source>Schema name (response)</source>
        <translation>架构名称（response）</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="32"/>
        <source>JSON schema, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {...}}</source>
        <translation>JSON Schema，例如 {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {...}}</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="37"/>
        <source>Tools (JSON array), e.g. [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: ...}}]</source>
        <translation>工具（JSON 数组），例如 [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: ...}}]</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="90"/>
        <source>The JSON schema is not valid: %1.</source>
        <translation>JSON Schema 无效：%1。</translation>
    </message>
    <message>
        <location filename="../ui/chat/responseformateditor.cpp" line="97"/>
        <source>The tools are not valid: %1.</source>
        <translation>工具无效：%1。</translation>
    </message>
</context>
<context>
    <name>tiergate::RoutePreflight</name>
    <message>
        <location filename="../core/cli/routepreflight.cpp" line="28"/>
        <source>Set LLM_GATEWAY_URL to the base URL of your gateway (for example http://localhost:4000/v1); profile &apos;%1&apos; routes through it.</source>
        <translation>请将 LLM_GATEWAY_URL 设为您的网关的基础 URL（例如 http://localhost:4000/v1）；方案“%1”经由它路由。</translation>
    </message>
    <message>
        <location filename="../core/cli/routepreflight.cpp" line="32"/>
        <source>Provider &apos;%1&apos; has no base URL in the configuration.</source>
        <translation>配置中提供商“%1”没有基础 URL。</translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReceipt</name>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="38"/>
        <source>fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="38"/>
        <source>fallback after %1</source>
        <translation>在 %1 之后回退</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="40"/>
        <source>%1 attempts</source>
        <translation>%1 次尝试</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="35"/>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <location filename="../core/routing/routereceipt.cpp" line="52"/>
        <source>tier default</source>
        <translation>层级默认</translation>
    </message>
</context>
<context>
    <name>tiergate::RouteReply</name>
    <message>
        <location filename="../core/routing/routereply.cpp" line="145"/>
        <location filename="../core/routing/routereply.cpp" line="276"/>
        <location filename="../core/routing/routereply.cpp" line="430"/>
        <source>The router is gone.</source>
        <translation>路由器已不存在。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="150"/>
        <source>No configuration is loaded.</source>
        <translation>未加载任何配置。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="159"/>
        <source>Profile &apos;%1&apos; is not in the configuration.</source>
        <translation>配置中没有方案“%1”。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="166"/>
        <source>Tier &apos;%1&apos; is not in the configuration.</source>
        <translation>配置中没有层级“%1”。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="203"/>
        <source>The request was not sent. Raise the cap or change the action on cap in the profile, or wait for the next month.</source>
        <translation>请求未发送。请在方案中提高上限或更改达到上限时的操作，或等到下个月。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="227"/>
        <source>Profile &apos;%1&apos; has no model to route to.</source>
        <translation>方案“%1”没有可路由的模型。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="319"/>
        <source>The circuit of %1/%2 is open after repeated failures.</source>
        <translation>%1/%2 因连续失败已熔断。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="348"/>
        <source>The rate limit of %1 would need a wait of %2 ms (bound %3 ms).</source>
        <translation>%1 的速率限制需要等待 %2 ms（上限 %3 ms）。</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="682"/>
        <source>No model could take the request: %1</source>
        <translation>没有模型能处理此请求：%1</translation>
    </message>
    <message>
        <location filename="../core/routing/routereply.cpp" line="768"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>tiergate::Runtime</name>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="68"/>
        <source>configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="71"/>
        <source>the configuration %1 has errors:</source>
        <translation>配置 %1 有错误：</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="82"/>
        <source>cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="99"/>
        <source>cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="125"/>
        <source>tiergate: alert: %1</source>
        <translation>tiergate：警报：%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="129"/>
        <source>tiergate: alert cleared: %1</source>
        <translation>tiergate：警报已解除：%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="155"/>
        <source>the Simulator set-up %1 has errors: %2</source>
        <translation>模拟器设置 %1 有错误：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="158"/>
        <source>cannot start the Simulator: %1</source>
        <translation>无法启动模拟器：%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="176"/>
        <source>the runtime is not open.</source>
        <translation>运行时未打开。</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="182"/>
        <source>profile &apos;%1&apos; is not in the configuration (profiles: %2).</source>
        <translation>配置中没有方案“%1”（现有方案：%2）。</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="186"/>
        <source>tier &apos;%1&apos; is not in the configuration (tiers: %2).</source>
        <translation>配置中没有层级“%1”（现有层级：%2）。</translation>
    </message>
    <message>
        <location filename="../core/runtime/runtime.cpp" line="200"/>
        <source>a Simulator set-up needs a profile that routes over the Simulator (&apos;%1&apos; does not).</source>
        <translation>模拟器设置需要一个经由模拟器路由的方案（“%1”不是）。</translation>
    </message>
</context>
<context>
    <name>tiergate::ServeCommand</name>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="86"/>
        <source>tiergate-cli serve: draining %1 requests (at most %2 ms)…</source>
        <translation>tiergate-cli serve：正在处理剩余的 %1 个请求（最多 %2 ms）…</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="96"/>
        <source>run the OpenAI-compatible gateway (POST /v1/chat/completions, GET /v1/models, /metrics)</source>
        <translation>运行 OpenAI 兼容网关（POST /v1/chat/completions、GET /v1/models、/metrics）</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="103"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="105"/>
        <source>Configuration file (reloaded when it changes).</source>
        <translation>配置文件（更改时重新加载）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="107"/>
        <source>Profile of requests without a virtual key.</source>
        <translation>无虚拟密钥请求所用的方案。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="109"/>
        <source>Address and port (default 127.0.0.1:8080; port 0: any free port).</source>
        <translation>地址和端口（默认 127.0.0.1:8080；端口 0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="111"/>
        <source>Folder of the ledger and the virtual keys (default: the app&apos;s).</source>
        <translation>账本和虚拟密钥所在的文件夹（默认：应用的文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="113"/>
        <source>Accept requests without a virtual key (loopback only).</source>
        <translation>接受没有虚拟密钥的请求（仅限回环地址）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="115"/>
        <source>Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`.</source>
        <translation>模拟器设置（模型、故障、种子），与 `tiergate-cli sim --config` 相同。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="117"/>
        <source>On SIGTERM, wait this long for in-flight requests (default 10000).</source>
        <translation>收到 SIGTERM 时等待进行中请求的时长（默认 10000）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="119"/>
        <source>Concurrent streamed answers (default 256).</source>
        <translation>同时进行的流式回答数（默认 256）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="121"/>
        <source>Largest request body (default 4194304).</source>
        <translation>最大请求体（默认 4194304）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="123"/>
        <source>A request must arrive completely within this time (default 10000).</source>
        <translation>请求必须在此时间内完整到达（默认 10000）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="145"/>
        <source>Clients send &apos;Authorization: Bearer tg-…&apos; (create keys with `tiergate-cli keys create`).</source>
        <translation>客户端需发送 &apos;Authorization: Bearer tg-…&apos;（使用 `tiergate-cli keys create` 创建密钥）。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="151"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="167"/>
        <source>--listen must be HOST:PORT with an IP address, e.g. 127.0.0.1:8080.</source>
        <translation>--listen 必须是带 IP 地址的 HOST:PORT，例如 127.0.0.1:8080。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="184"/>
        <source>--drain-timeout must be a number of milliseconds.</source>
        <translation>--drain-timeout 必须是毫秒数。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="188"/>
        <source>--max-streams must be a whole number from 1 to 100000.</source>
        <translation>--max-streams 必须是 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="192"/>
        <source>--max-body-bytes must be a number of bytes, 1024 or more.</source>
        <translation>--max-body-bytes 必须是字节数，不小于 1024。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="196"/>
        <source>--request-timeout must be a number of milliseconds, 100 or more.</source>
        <translation>--request-timeout 必须是毫秒数，不小于 100。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="201"/>
        <source>--no-auth is only allowed on a loopback address; create keys with `tiergate-cli keys create`.</source>
        <translation>--no-auth 只允许用于回环地址；请使用 `tiergate-cli keys create` 创建密钥。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="234"/>
        <source>tiergate-cli serve: the changed configuration has errors; the last good one stays in use:</source>
        <translation>tiergate-cli serve：更改后的配置有错误；继续使用上一份有效配置：</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="241"/>
        <source>tiergate-cli serve: configuration reloaded.</source>
        <translation>tiergate-cli serve：配置已重新加载。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="247"/>
        <source>cannot read the virtual keys %1: %2</source>
        <translation>无法读取虚拟密钥 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="257"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="269"/>
        <source>tiergate-cli serve: the ledger could not record every request: %1</source>
        <translation>tiergate-cli serve：账本未能记录所有请求：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="271"/>
        <source>tiergate-cli serve: stopped.</source>
        <translation>tiergate-cli serve：已停止。</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="282"/>
        <source>tiergate-cli serve: listening on %1 (%2); ledger %3</source>
        <translation>tiergate-cli serve：正在监听 %1（%2）；账本 %3</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="284"/>
        <source>virtual keys required</source>
        <translation>需要虚拟密钥</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="284"/>
        <source>no authentication</source>
        <translation>无认证</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommand.cpp" line="285"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tiergate::SettingsDialog</name>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="36"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="40"/>
        <source>Show a desktop notification when an alert is raised</source>
        <translation>发生告警时显示桌面通知</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="48"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="49"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="50"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="58"/>
        <source>Follow the system (LANG)</source>
        <translation>跟随系统（LANG）</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="68"/>
        <source>The language changes when Tiergate restarts.</source>
        <translation>语言将在 Tiergate 重启后更改。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="72"/>
        <source>The profile active when Tiergate starts (TIERGATE_PROFILE, when set, wins)</source>
        <translation>Tiergate 启动时启用的配置文件（若设置了 TIERGATE_PROFILE，则以其为准）</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="84"/>
        <source>never ask</source>
        <translation>从不询问</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="85"/>
        <source>A request whose estimated cost is above this asks before it is sent (the profile&apos;s budget.approvalThresholdUsd).</source>
        <translation>预估费用高于此值的请求在发送前会先询问（配置文件的 budget.approvalThresholdUsd）。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="99"/>
        <source>Port the Gateway switch tries first on 127.0.0.1; a busy port falls back to a free one.</source>
        <translation>网关开关在 127.0.0.1 上首先尝试的端口；若被占用则改用空闲端口。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="105"/>
        <source>Open the folder in the file manager</source>
        <translation>在文件管理器中打开该文件夹</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="118"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="120"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="124"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="126"/>
        <source>&amp;Default profile:</source>
        <translation>默认配置文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="129"/>
        <source>Alerts and gateway</source>
        <translation>告警与网关</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="132"/>
        <source>&amp;Gateway port:</source>
        <translation>网关端口(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="134"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="139"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="140"/>
        <source>API keys:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="171"/>
        <source>Stored in the system keychain (service &quot;tiergate&quot;). When no keychain answers, in files readable only by you (mode 0600) in %1.</source>
        <translation>存储在系统钥匙串中（服务 &quot;tiergate&quot;）。若钥匙串无响应，则存储在仅您可读的文件（权限 0600）中，位于 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="174"/>
        <source>The system keychain is off (TIERGATE_NO_KEYCHAIN=1): stored in files readable only by you (mode 0600) in %1.</source>
        <translation>系统钥匙串已关闭（TIERGATE_NO_KEYCHAIN=1）：存储在仅您可读的文件（权限 0600）中，位于 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="191"/>
        <source>As in the configuration</source>
        <translation>与配置相同</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="204"/>
        <source>&amp;Ask before requests over (profile %1):</source>
        <translation>请求超过此值时询问(&amp;A)（配置文件 %1）：</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="227"/>
        <source>The threshold was not applied: the configuration does not validate.</source>
        <translation>阈值未应用：配置未通过校验。</translation>
    </message>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="229"/>
        <source>Could not save the configuration to %1: %2</source>
        <translation>无法将配置保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>tiergate::SimCommand</name>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="64"/>
        <source>run the Simulator, a local OpenAI-compatible server with simulated models</source>
        <translation>运行模拟器，一个提供模拟模型的本地 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="82"/>
        <source>Usage: tiergate-cli sim [--port N] [--config FILE] [--seed N]</source>
        <translation>用法：tiergate-cli sim [--port N] [--config FILE] [--seed N]</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="83"/>
        <source>Runs the Simulator on 127.0.0.1: an OpenAI-compatible server (GET /v1/models, POST /v1/chat/completions, streaming or not) serving sim-budget, sim-standard, sim-premium and sim-flaky. Prints its base URL and serves until interrupted (Ctrl+C).</source>
        <translation>在 127.0.0.1 上运行模拟器：一个 OpenAI 兼容服务器（GET /v1/models、POST /v1/chat/completions，支持或不支持流式），提供 sim-budget、sim-standard、sim-premium 和 sim-flaky。输出其基础 URL，并持续服务直到被中断（Ctrl+C）。</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="87"/>
        <source>  --port N       port to listen on (default 0: a free port)</source>
        <translation>  --port N       监听的端口（默认 0：任意空闲端口）</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="88"/>
        <source>  --config FILE  JSON with &quot;models&quot;, &quot;faults&quot;, &quot;seed&quot; (see the README)</source>
        <translation>  --config FILE  包含 &quot;models&quot;、&quot;faults&quot;、&quot;seed&quot; 的 JSON（参见 README）</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="89"/>
        <source>  --seed N       seed of the simulated answers (default 42)</source>
        <translation>  --seed N       模拟回答的种子（默认 42）</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="96"/>
        <source>sim: --port needs a number between 0 and 65535, not &apos;%1&apos;.</source>
        <translation>sim：--port 需要 0 到 65535 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="106"/>
        <source>sim: --seed needs a number, not &apos;%1&apos;.</source>
        <translation>sim：--seed 需要数字，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="111"/>
        <source>sim: unknown or incomplete option &apos;%1&apos;. Run &apos;tiergate-cli sim --help&apos;.</source>
        <translation>sim：未知或不完整的选项“%1”。请运行“tiergate-cli sim --help”。</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="121"/>
        <source>sim: %1</source>
        <translation>sim：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="129"/>
        <source>sim: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>sim：无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="143"/>
        <source>sim: stopped.</source>
        <translation>sim：已停止。</translation>
    </message>
    <message>
        <location filename="../core/cli/simcommand.cpp" line="156"/>
        <source>sim: serving %1 (simulated models). Press Ctrl+C to stop.</source>
        <translation>sim：正在提供 %1（模拟模型）。按 Ctrl+C 停止。</translation>
    </message>
</context>
<context>
    <name>tiergate::SimFault</name>
    <message>
        <location filename="../core/sim/simfault.cpp" line="223"/>
        <source>unknown fault type &apos;%1&apos;</source>
        <translation>未知故障类型“%1”</translation>
    </message>
</context>
<context>
    <name>tiergate::Simulator</name>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1235"/>
        <source>models[%1]: a model needs an &quot;id&quot;</source>
        <translation>models[%1]：模型需要 &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1277"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/sim/simulator.cpp" line="1284"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
</context>
<context>
    <name>tiergate::SpendLabel</name>
    <message>
        <location filename="../ui/costs/spendlabel.cpp" line="10"/>
        <source>Spend this month: —</source>
        <translation>本月支出：—</translation>
    </message>
    <message>
        <location filename="../ui/costs/spendlabel.cpp" line="33"/>
        <source>Profile %1, from the ledger every process writes to</source>
        <translation>方案 %1，数据来自所有进程共同写入的账本</translation>
    </message>
</context>
<context>
    <name>tiergate::SpendMeter</name>
    <message>
        <location filename="../core/cost/spendmeter.cpp" line="72"/>
        <source>Spend this month: %1 of %2 (projected %3)</source>
        <translation>本月支出：%1 / %2（预计 %3）</translation>
    </message>
    <message>
        <location filename="../core/cost/spendmeter.cpp" line="75"/>
        <source>Spend this month: %1 (no cap)</source>
        <translation>本月支出：%1（无上限）</translation>
    </message>
</context>
<context>
    <name>tiergate::TeamsPage</name>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Add team %1</source>
        <translation>添加团队 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="29"/>
        <source>Remove team %1</source>
        <translation>移除团队 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="38"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="40"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="41"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="42"/>
        <source>Warn before rotation:</source>
        <translation>轮换前提醒：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="46"/>
        <source>Rename team %1</source>
        <translation>重命名团队 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="61"/>
        <source>Change team name</source>
        <translation>更改团队名称</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="65"/>
        <source>Change rotation warning</source>
        <translation>更改轮换提醒</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="68"/>
        <source>Key per tier (references only)</source>
        <translation>按层级的密钥（仅引用）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Key reference</source>
        <translation>密钥引用</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <source>Rotate by (yyyy-MM-dd)</source>
        <translation>轮换期限（yyyy-MM-dd）</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="81"/>
        <source>Add tier key</source>
        <translation>添加层级密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="69"/>
        <location filename="../ui/profiles/teamspage.cpp" line="106"/>
        <source>Remove tier key</source>
        <translation>移除层级密钥</translation>
    </message>
    <message>
        <location filename="../ui/profiles/teamspage.cpp" line="157"/>
        <source>Edit team keys</source>
        <translation>编辑团队密钥</translation>
    </message>
</context>
<context>
    <name>tiergate::TiersPage</name>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier</source>
        <translation>添加层级</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Add tier %1</source>
        <translation>添加层级 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="17"/>
        <source>Remove tier %1</source>
        <translation>移除层级 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="24"/>
        <source>The model a request gets when its requested model has no alias here; empty: the requested model passes through.</source>
        <translation>当请求的模型在此没有别名时所使用的模型；留空：直接使用请求的模型。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="26"/>
        <source>Default model:</source>
        <translation>默认模型：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="30"/>
        <source>Change default model</source>
        <translation>更改默认模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="33"/>
        <source>Aliases: requested model → model used in this tier</source>
        <translation>别名：请求的模型 → 此层级使用的模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Requested model</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <source>Model used</source>
        <translation>使用的模型</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="43"/>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="34"/>
        <location filename="../ui/profiles/tierspage.cpp" line="56"/>
        <source>Remove alias</source>
        <translation>移除别名</translation>
    </message>
    <message>
        <location filename="../ui/profiles/tierspage.cpp" line="96"/>
        <source>Edit aliases</source>
        <translation>编辑别名</translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptDelegate</name>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="53"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="203"/>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="204"/>
        <source>fallback</source>
        <translation>回退</translation>
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
        <translation>%1%2 个 token</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="69"/>
        <source>streaming</source>
        <translation>流式传输中</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="85"/>
        <source>, HTTP %1</source>
        <translation>，HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="88"/>
        <source>, waited %1 ms</source>
        <translation>，等待 %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="91"/>
        <source>, %1 ms</source>
        <translation>，%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="116"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="117"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="118"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="134"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="145"/>
        <source>Showing %1 of %2 characters.</source>
        <translation>显示 %2 个字符中的 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="149"/>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="149"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="189"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="208"/>
        <source>hide route</source>
        <translation>隐藏路由</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="208"/>
        <source>route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptdelegate.cpp" line="213"/>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
</context>
<context>
    <name>tiergate::TranscriptView</name>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="722"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="728"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="733"/>
        <source>Copy code block</source>
        <translation>复制代码块</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="737"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="738"/>
        <source>Copy link address</source>
        <translation>复制链接地址</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="746"/>
        <source>Hide attempt trail</source>
        <translation>隐藏尝试轨迹</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="746"/>
        <source>Show attempt trail</source>
        <translation>显示尝试轨迹</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="763"/>
        <source>Copy this message (Ctrl+C)</source>
        <translation>复制此消息（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="765"/>
        <source>Lay out more of this long message</source>
        <translation>展开更多长消息内容</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="767"/>
        <source>Show or hide the model&apos;s reasoning for this answer</source>
        <translation>显示或隐藏模型对此回答的推理过程</translation>
    </message>
    <message>
        <location filename="../ui/chat/transcriptview.cpp" line="769"/>
        <source>Copy this code block</source>
        <translation>复制此代码块</translation>
    </message>
</context>
<context>
    <name>tiergate::TransportCall</name>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="207"/>
        <source>The announced body</source>
        <translation>声明的响应体</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="227"/>
        <source>%1 passed the provider&apos;s limit of %2 bytes; the request was stopped there.</source>
        <translation>%1 超过了提供商的 %2 字节限制；请求已在此处停止。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="275"/>
        <location filename="../core/transport/transportcall.cpp" line="302"/>
        <source>The response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="336"/>
        <source>A line of the stream</source>
        <translation>流中的一行</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="338"/>
        <source>An event of the stream</source>
        <translation>流中的一个事件</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="425"/>
        <source>The streamed answer</source>
        <translation>流式回答</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="493"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation>未能在 %1 ms 内连接到服务器。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="496"/>
        <source>The server sent nothing within %1 ms.</source>
        <translation>服务器在 %1 ms 内没有发送任何内容。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="500"/>
        <source>The server went silent for %1 ms in the middle of the answer.</source>
        <translation>服务器在回答中途 %1 ms 没有响应。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="503"/>
        <source>The request took longer than %1 ms.</source>
        <translation>请求耗时超过 %1 ms。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="519"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="574"/>
        <source>The stream ended without its [DONE] marker.</source>
        <translation>流在没有 [DONE] 标记的情况下结束。</translation>
    </message>
    <message>
        <location filename="../core/transport/transportcall.cpp" line="604"/>
        <source>The server answered HTTP %1, which is not an answer.</source>
        <translation>服务器返回 HTTP %1，这不是有效的回答。</translation>
    </message>
</context>
<context>
    <name>tiergate::TypeScriptExporter</name>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="94"/>
        <source>GatewayConfig has one baseUrl, but the chain uses the providers %1; the gateway at LLM_GATEWAY_URL must serve every model.</source>
        <translation>GatewayConfig 只有一个 baseUrl，但回退链使用了提供商 %1；LLM_GATEWAY_URL 处的网关必须提供所有模型。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="100"/>
        <source>backoff (base %1 ms, cap %2 ms, jitter %3) is not part of GatewayConfig.</source>
        <translation>退避（基础 %1 ms，上限 %2 ms，抖动 %3）不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="105"/>
        <source>fast failover is not part of GatewayConfig.</source>
        <translation>快速故障转移不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="107"/>
        <source>timeouts are not part of GatewayConfig.</source>
        <translation>超时不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="109"/>
        <source>the context policy &apos;%1&apos; is not part of GatewayConfig (contextWindowLimit is).</source>
        <translation>上下文策略“%1”不属于 GatewayConfig（contextWindowLimit 属于）。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="112"/>
        <source>rate limits are not part of GatewayConfig.</source>
        <translation>速率限制不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="114"/>
        <source>the circuit breaker is not part of GatewayConfig.</source>
        <translation>熔断器不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="117"/>
        <source>the budget cap&apos;s action &apos;%1&apos; is not part of GatewayConfig (only the alert threshold monthlyBudgetCap is).</source>
        <translation>预算上限的操作“%1”不属于 GatewayConfig（只有警报阈值 monthlyBudgetCap 属于）。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="122"/>
        <source>criticality routing is not part of GatewayConfig.</source>
        <translation>按关键性路由不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="124"/>
        <source>per-team keys are not part of GatewayConfig.</source>
        <translation>按团队的密钥不属于 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="129"/>
        <source>tierMap keeps the tier default under the key &quot;default&quot;, so the alias &apos;default&apos; → &apos;%1&apos; cannot be written; requests for &apos;default&apos; go to &apos;%2&apos;.</source>
        <translation>tierMap 将层级默认模型保存在键 &quot;default&quot; 下，因此无法写入别名“default” → “%1”；对“default”的请求会转到“%2”。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="134"/>
        <source>GatewayConfig generated by Tiergate from profile &apos;%1&apos;.</source>
        <translation>由 Tiergate 根据方案“%1”生成的 GatewayConfig。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="139"/>
        <source>The API key is not in this file: the client reads it from process.env.%1.</source>
        <translation>此文件中没有 API 密钥：客户端从 process.env.%1 读取。</translation>
    </message>
    <message>
        <location filename="../core/export/typescriptexporter.cpp" line="142"/>
        <source>Not expressible in GatewayConfig (Tiergate behaves differently here):</source>
        <translation>GatewayConfig 中无法表达（Tiergate 在此处的行为不同）：</translation>
    </message>
</context>
<context>
    <name>tiergate::ValidateCommand</name>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="31"/>
        <source>check a configuration file and list every problem</source>
        <translation>检查配置文件并列出所有问题</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="37"/>
        <source>Usage: tiergate-cli validate FILE

Checks a Tiergate configuration file (JSON, &quot;version&quot;: 1) and prints every problem,
one per line: &apos;error: PATH: SENTENCE&apos; or &apos;warning: PATH: SENTENCE&apos;.

Exit codes: 0 no errors (warnings may be listed), 2 errors or unreadable file.
</source>
        <translation>用法：tiergate-cli validate FILE

检查 Tiergate 配置文件（JSON，&quot;version&quot;: 1）并输出每个问题，
每行一个：&apos;error: PATH: SENTENCE&apos; 或 &apos;warning: PATH: SENTENCE&apos;。

退出码：0 无错误（可能列出警告），2 有错误或文件无法读取。
</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="48"/>
        <source>tiergate-cli validate: expected exactly one FILE (see tiergate-cli validate --help)</source>
        <translation>tiergate-cli validate：需要且只需要一个 FILE（参见 tiergate-cli validate --help）</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="56"/>
        <source>tiergate-cli validate: cannot read %1: %2</source>
        <translation>tiergate-cli validate：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="84"/>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1：%2 个错误，%3 个警告</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="86"/>
        <source>%1: valid, %2 warning(s)</source>
        <translation>%1：有效，%2 个警告</translation>
    </message>
    <message>
        <location filename="../core/cli/validatecommand.cpp" line="88"/>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
</context>
<context>
    <name>tiergate::VersionSwitcher</name>
    <message>
        <location filename="../ui/chat/versionswitcher.cpp" line="39"/>
        <source>Show the previous version of this answer</source>
        <translation>显示此回答的上一个版本</translation>
    </message>
    <message>
        <location filename="../ui/chat/versionswitcher.cpp" line="43"/>
        <source>Show the next version of this answer</source>
        <translation>显示此回答的下一个版本</translation>
    </message>
</context>
<context>
    <name>tiergate::VoteSession</name>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="110"/>
        <location filename="../core/experiment/votesession.cpp" line="115"/>
        <source>the profile &quot;%1&quot; does not exist</source>
        <translation>方案“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="119"/>
        <source>the tier &quot;%1&quot; does not exist</source>
        <translation>层级“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="123"/>
        <source>the model &quot;%1&quot; is not in the configuration</source>
        <translation>配置中没有模型“%1”</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="129"/>
        <source>Made from an experiment: %1</source>
        <translation>由实验创建：%1</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="131"/>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的方案已存在</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="142"/>
        <source>a tier named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的层级已存在</translation>
    </message>
    <message>
        <location filename="../core/experiment/votesession.cpp" line="150"/>
        <source>the profile &quot;%1&quot; has no tier to change</source>
        <translation>方案“%1”没有可更改的层级</translation>
    </message>
</context>
<context>
    <name>tiergate::WelcomeView</name>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="28"/>
        <source>Welcome to Tiergate</source>
        <translation>欢迎使用 Tiergate</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="36"/>
        <source>Try one:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="50"/>
        <location filename="../ui/chat/welcomeview.cpp" line="118"/>
        <source>Connect a provider…</source>
        <translation>连接提供商…</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="52"/>
        <source>Add OpenAI, Anthropic, a local server or any OpenAI-compatible API</source>
        <translation>添加 OpenAI、Anthropic、本地服务器或任何 OpenAI 兼容 API</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="89"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="90"/>
        <source>Name no model: the profile&apos;s tier picks sim-standard, and the receipt says why.</source>
        <translation>不指定模型：配置的层级选择 sim-standard，回执说明原因。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="91"/>
        <source>In two sentences: how does a model tier pick the model that answers?</source>
        <translation>用两句话说明：模型层级如何选择回答的模型？</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="92"/>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="93"/>
        <source>Ask sim-flaky, which often fails: sim-budget answers instead, marked as a fallback.</source>
        <translation>询问经常失败的 sim-flaky：改由 sim-budget 回答，并标记为回退。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="94"/>
        <source>Why does a fallback chain make an app more reliable?</source>
        <translation>为什么回退链能让应用更可靠？</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="95"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="96"/>
        <source>Ask sim-premium for a long answer: the line under it shows tokens and cost.</source>
        <translation>让 sim-premium 给出长回答：下方一行显示 token 数和成本。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="97"/>
        <source>Compare the budget, standard and premium tiers in detail.</source>
        <translation>详细比较经济、标准和高级层级。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="116"/>
        <source>Answers come from the built-in Simulator: simulated models on this computer. No network, no API keys, no cost.</source>
        <translation>回答来自内置模拟器：本机上的模拟模型。无网络、无 API 密钥、无费用。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="120"/>
        <source>Answers come from %1 (profile %2). Type a message below.</source>
        <translation>回答来自 %1（配置 %2）。请在下方输入消息。</translation>
    </message>
    <message>
        <location filename="../ui/chat/welcomeview.cpp" line="122"/>
        <source>Connect another provider…</source>
        <translation>连接其他提供商…</translation>
    </message>
</context>
<context>
    <name>tiergate::builtin</name>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="129"/>
        <source>Simulator (built in, simulated models)</source>
        <translation>模拟器（内置，模拟模型）</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="143"/>
        <source>Simulated budget model</source>
        <translation>模拟的预算模型</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="144"/>
        <source>Simulated standard model</source>
        <translation>模拟的标准模型</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="145"/>
        <source>Simulated premium model</source>
        <translation>模拟的高级模型</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="146"/>
        <source>Simulated flaky model (fails often)</source>
        <translation>模拟的不稳定模型（经常失败）</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="170"/>
        <source>Built-in demo over the Simulator: no network, no keys, simulated models and prices.</source>
        <translation>基于模拟器的内置演示：无需网络和密钥，模型和价格均为模拟。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="193"/>
        <source>LLM gateway (LLM_GATEWAY_URL)</source>
        <translation>LLM 网关（LLM_GATEWAY_URL）</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="236"/>
        <source>Development: budget tier, one retry.</source>
        <translation>开发：预算层级，重试一次。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="244"/>
        <source>Staging: standard tier, two retries.</source>
        <translation>预发布：标准层级，重试两次。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="253"/>
        <source>Production: premium tier, three retries, fast failover.</source>
        <translation>生产：高级层级，重试三次，快速故障转移。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="296"/>
        <source>OpenAI (from the environment)</source>
        <translation>OpenAI（来自环境变量）</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="334"/>
        <source>MVP / internal tool</source>
        <translation>MVP / 内部工具</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="336"/>
        <source>Customer-facing SaaS</source>
        <translation>面向客户的 SaaS</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="338"/>
        <source>Enterprise / compliance</source>
        <translation>企业 / 合规</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="340"/>
        <source>High-volume async</source>
        <translation>大批量异步</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="342"/>
        <source>Multi-tenant platform</source>
        <translation>多租户平台</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="357"/>
        <source>MVP / internal tool: budget tier, one fallback, one retry, spend warnings only.</source>
        <translation>MVP / 内部工具：预算层级，一个回退，重试一次，仅支出警告。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="369"/>
        <source>Customer-facing SaaS: standard tier, fast failover, downgrade at the budget cap.</source>
        <translation>面向客户的 SaaS：标准层级，快速故障转移，达到预算上限时降级。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="384"/>
        <source>Enterprise / compliance: premium tier, fast failover, history never trimmed, hard budget cap.</source>
        <translation>企业 / 合规：高级层级，快速故障转移，从不裁剪历史，硬性预算上限。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="405"/>
        <source>High-volume async: budget tier, background queue, patient retries, rate limited.</source>
        <translation>大批量异步：预算层级，后台队列，耐心重试，有速率限制。</translation>
    </message>
    <message>
        <location filename="../core/config/builtinconfig.cpp" line="437"/>
        <source>Multi-tenant platform: standard tier, fast failover, provider-wide rate limit, per-team keys.</source>
        <translation>多租户平台：标准层级，快速故障转移，提供商级速率限制，按团队的密钥。</translation>
    </message>
</context>
<context>
    <name>tiergate::exportsupport</name>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="31"/>
        <source>profile &apos;%1&apos; does not exist, and the configuration has no profiles.</source>
        <translation>方案“%1”不存在，且配置中没有任何方案。</translation>
    </message>
    <message>
        <location filename="../core/export/exportsupport.cpp" line="32"/>
        <source>profile &apos;%1&apos; does not exist. Available profiles: %2.</source>
        <translation>方案“%1”不存在。可用方案：%2。</translation>
    </message>
</context>
</TS>
