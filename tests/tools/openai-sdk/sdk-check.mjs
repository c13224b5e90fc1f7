// Drives a running Tiergate gateway with the official `openai` npm SDK.
// Environment: OPENAI_BASE_URL, OPENAI_API_KEY (a valid key), and
//   TG_MODEL (answers), TG_TOOLS_MODEL (streams a tool call), TG_RATE_KEY (1 request per minute),
//   TG_DOWN_KEY (its profile's only model answers 503). Prints one line per check; exit 1 on a failure.
import OpenAI from 'openai';

const base = process.env.OPENAI_BASE_URL;
const client = new OpenAI({ baseURL: base, apiKey: process.env.OPENAI_API_KEY, maxRetries: 0 });
const model = process.env.TG_MODEL;
const messages = [{ role: 'user', content: 'Say hello.' }];
let failed = 0;

async function check(name, fn) {
    try {
        await fn();
        console.log(`ok ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
    }
}

function assert(cond, what) {
    if (!cond) throw new Error(what);
}

async function expectError(name, cls, status, fn) {
    await check(name, async () => {
        try {
            await fn();
        } catch (e) {
            assert(e instanceof cls, `expected ${cls.name}, got ${e && e.constructor && e.constructor.name}: ${e}`);
            assert(e.status === status, `expected status ${status}, got ${e.status}`);
            assert(typeof e.message === 'string' && e.message.length > 0, 'error without a message');
            return;
        }
        throw new Error('no error raised');
    });
}

await check('stream with usage', async () => {
    const stream = await client.chat.completions.create({
        model, messages, stream: true, stream_options: { include_usage: true },
    });
    let text = '';
    let usage = null;
    let models = new Set();
    for await (const chunk of stream) {
        models.add(chunk.model);
        if (chunk.choices.length > 0) text += chunk.choices[0].delta.content ?? '';
        if (chunk.usage) usage = chunk.usage;
    }
    assert(text.length > 0, 'no streamed text');
    assert(usage && usage.total_tokens > 0, 'no usage chunk');
    assert(models.size === 1 && models.has(model), `chunk models: ${[...models]}`);
});

await check('non-stream', async () => {
    const { data, response } = await client.chat.completions.create({ model, messages }).withResponse();
    assert(data.choices[0].message.content.length > 0, 'empty answer');
    assert(data.model === model, `model ${data.model}`);
    assert(data.usage.total_tokens > 0, 'no usage');
    assert(response.headers.get('x-tiergate-request-id'), 'no request id header');
    assert(response.headers.get('x-tiergate-model') === model, 'no model header');
});

await check('models.list()', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    assert(ids.includes(model), `models: ${ids}`);
    assert(ids.some((id) => id.startsWith('tier/')), 'no tier ids');
    assert(ids.some((id) => id.startsWith('profile/')), 'no profile ids');
});

await check('tool-call pass-through', async () => {
    const stream = await client.chat.completions.create({
        model: process.env.TG_TOOLS_MODEL,
        messages,
        stream: true,
        tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }],
    });
    let name = '';
    let args = '';
    let id = '';
    let finish = '';
    for await (const chunk of stream) {
        const c = chunk.choices[0];
        if (!c) continue;
        for (const t of c.delta.tool_calls ?? []) {
            if (t.id) id = t.id;
            if (t.function?.name) name += t.function.name;
            if (t.function?.arguments) args += t.function.arguments;
        }
        if (c.finish_reason) finish = c.finish_reason;
    }
    assert(id === 'call_1', `tool call id ${id}`);
    assert(name === 'lookup', `tool name ${name}`);
    assert(JSON.parse(args).q === 'Zürich', `arguments ${args}`);
    assert(finish === 'tool_calls', `finish_reason ${finish}`);
});

await expectError('401 AuthenticationError', OpenAI.AuthenticationError, 401, () =>
    new OpenAI({ baseURL: base, apiKey: 'tg-wrong', maxRetries: 0 }).chat.completions.create({ model, messages }));
await expectError('404 NotFoundError', OpenAI.NotFoundError, 404, () =>
    client.chat.completions.create({ model: 'no-such-model', messages }));
await expectError('429 RateLimitError', OpenAI.RateLimitError, 429, async () => {
    const limited = new OpenAI({ baseURL: base, apiKey: process.env.TG_RATE_KEY, maxRetries: 0 });
    await limited.chat.completions.create({ model, messages });
    await limited.chat.completions.create({ model, messages });
});
await expectError('503 InternalServerError', OpenAI.InternalServerError, 503, () =>
    new OpenAI({ baseURL: base, apiKey: process.env.TG_DOWN_KEY, maxRetries: 0 }).chat.completions.create({ messages, model: 'profile/down' }));

process.exit(failed === 0 ? 0 : 1);
