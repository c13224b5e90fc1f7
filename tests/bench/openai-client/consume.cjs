// Consumes one chat-completions stream with the official `openai` npm client and prints the figures
// as one JSON line. Usage: node consume.cjs <node-prefix-dir> <baseUrl> <model>
'use strict';
const path = require('path');
const { createRequire } = require('module');

async function main() {
    const [prefix, baseURL, model] = process.argv.slice(2);
    const requireFromPrefix = createRequire(path.join(prefix, 'package.json'));
    const mod = requireFromPrefix('openai');
    const OpenAI = mod.OpenAI || mod.default || mod;
    const client = new OpenAI({ baseURL, apiKey: 'sk-bench-local', maxRetries: 0, timeout: 600000 });
    const started = process.hrtime.bigint();
    let chunks = 0;
    let answer = ''; // what a consumer of the stream ends up with
    let ttftMs = -1;
    const stream = await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Write a very long answer.' }],
        stream: true,
        stream_options: { include_usage: true },
    });
    for await (const chunk of stream) {
        const text = chunk.choices && chunk.choices[0] && chunk.choices[0].delta && chunk.choices[0].delta.content;
        if (text) {
            if (ttftMs < 0)
                ttftMs = Number(process.hrtime.bigint() - started) / 1e6;
            chunks++;
            answer += text;
        }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ chunks, chars: answer.length, seconds, ttftMs, peakRssMb: rssMb }) + '\n');
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
});
