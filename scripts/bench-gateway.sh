#!/usr/bin/env bash
# Measures the gateway side by side with Portkey, in one run, on loopback:
#   direct     wrk -> nginx (fixed replies: JSON, a 503 route, an SSE route)
#   tiergate   wrk -> tiergate-cli serve -> nginx
#   portkey    wrk -> @portkey-ai/gateway 1.15.2 (node) -> nginx
# at 1 and 32 connections: req/s, added p50/p99, added latency with the first target failing
# (fallback), added time to the first SSE event, RSS after load. Prints a table with the ratios.
# Installs what it needs (wrk and nginx-light from Debian, Portkey from npm into the build tree).
# Bounded: DURATION seconds per wrk run (default 5), TTFE_REQUESTS sequential SSE requests (200).
#
# Usage: scripts/bench-gateway.sh [BUILD_DIR]      (default: build)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
CLI="$BUILD/bin/tiergate-cli"
WORK="$BUILD/bench-gateway"
DURATION=${DURATION:-5}
TTFE_REQUESTS=${TTFE_REQUESTS:-200}
PORTKEY_VERSION=1.15.2
HONO_VERSION=1.13.5

[ -x "$CLI" ] || { echo "bench-gateway: build tiergate-cli first ($CLI)" >&2; exit 2; }
mkdir -p "$WORK"

# --- what it needs ------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "bench-gateway: installing ${need[*]}" >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
        || { DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq && \
             DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PORTKEY_JS="$WORK/portkey/node_modules/@portkey-ai/gateway/build/start-server.js"
HAVE_PORTKEY=1
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "bench-gateway: node/npm missing: Portkey is left out" >&2
    HAVE_PORTKEY=0
elif [ ! -f "$PORTKEY_JS" ] || ! grep -q "\"version\": \"$HONO_VERSION\"" \
        "$WORK/portkey/node_modules/@hono/node-server/package.json" 2>/dev/null; then
    mkdir -p "$WORK/portkey"
    # @hono/node-server pinned: newer versions answer Portkey's SSE with HTTP 500.
    cat > "$WORK/portkey/package.json" <<EOF
{ "name": "tiergate-bench-portkey", "private": true,
  "dependencies": { "@portkey-ai/gateway": "$PORTKEY_VERSION", "@hono/node-server": "$HONO_VERSION" },
  "overrides": { "@hono/node-server": "$HONO_VERSION" } }
EOF
    echo "bench-gateway: installing @portkey-ai/gateway@$PORTKEY_VERSION from npm" >&2
    (cd "$WORK/portkey" && npm install --no-audit --no-fund --silent >&2) || HAVE_PORTKEY=0
    [ -f "$PORTKEY_JS" ] || HAVE_PORTKEY=0
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
UP=$(free_port); TG=$(free_port); PK=$(free_port)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    kill "$(cat "$WORK/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

wait_port() {
    for _ in $(seq 1 150); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "bench-gateway: nothing listens on port $1" >&2; return 1
}

# --- the upstream: nginx with fixed replies -----------------------------------------------------
JSON_REPLY='{"id":"chatcmpl-bench","object":"chat.completion","created":1735689600,"model":"m-json","choices":[{"index":0,"message":{"role":"assistant","content":"Hello from the fixed upstream."},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":6,"total_tokens":15}}'
DOWN_REPLY='{"error":{"message":"overloaded","type":"server_error","code":null,"param":null}}'
mkdir -p "$WORK/nginx-tmp"
{
    echo "worker_processes 1; daemon off; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log warn;"
    [ "$(id -u)" -eq 0 ] && echo "user root;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; keepalive_requests 1000000; keepalive_timeout 60s;"
    echo "  client_body_temp_path $WORK/nginx-tmp/body; proxy_temp_path $WORK/nginx-tmp/proxy;"
    echo "  fastcgi_temp_path $WORK/nginx-tmp/fcgi; uwsgi_temp_path $WORK/nginx-tmp/uwsgi; scgi_temp_path $WORK/nginx-tmp/scgi;"
    echo "  server { listen 127.0.0.1:$UP;"
    echo "    location = /json/v1/chat/completions { default_type application/json; return 200 '$JSON_REPLY'; }"
    echo "    location = /down/v1/chat/completions { default_type application/json; return 503 '$DOWN_REPLY'; }"
    printf '    location = /sse/v1/chat/completions { default_type text/event-stream; return 200 '"'"
    for piece in '{"role":"assistant","content":""}' '{"content":"Hello"}' '{"content":" from"}' '{"content":" SSE."}'; do
        printf 'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1735689600,"model":"m-sse","choices":[{"index":0,"delta":%s,"finish_reason":null}]}\n\n' "$piece"
    done
    printf 'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1735689600,"model":"m-sse","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}\n\ndata: [DONE]\n\n'
    echo "'; }"
    echo "  } }"
} > "$WORK/nginx.conf"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
PIDS+=($!)
wait_port "$UP"

# --- Tiergate ------------------------------------------------------------------------------------
cat > "$WORK/tiergate.json" <<EOF
{ "version": 1, "defaultProfile": "bench",
  "providers": {
    "up-json": { "kind": "openai-compatible", "baseUrl": "http://127.0.0.1:$UP/json/v1", "apiKey": "", "maxConcurrent": 64 },
    "up-down": { "kind": "openai-compatible", "baseUrl": "http://127.0.0.1:$UP/down/v1", "apiKey": "", "maxConcurrent": 64 },
    "up-sse":  { "kind": "openai-compatible", "baseUrl": "http://127.0.0.1:$UP/sse/v1",  "apiKey": "", "maxConcurrent": 64 } },
  "models": [
    { "id": "m-json", "provider": "up-json", "contextWindow": 128000, "inputPer1M": 1, "outputPer1M": 2 },
    { "id": "m-down", "provider": "up-down", "contextWindow": 128000, "inputPer1M": 1, "outputPer1M": 2 },
    { "id": "m-sse",  "provider": "up-sse",  "contextWindow": 128000, "inputPer1M": 1, "outputPer1M": 2 } ],
  "tiers": { "bench": { "aliases": {} } },
  "profiles": {
    "bench":    { "tier": "bench", "fallbackChain": [], "maxRetries": 0, "fastFailover": true,
                  "circuitBreaker": { "failuresToOpen": 1000000000, "openMs": 1000, "halfOpenProbes": 1 } },
    "fallback": { "tier": "bench", "fallbackChain": ["m-down", "m-json"], "maxRetries": 0, "fastFailover": true,
                  "circuitBreaker": { "failuresToOpen": 1000000000, "openMs": 1000, "halfOpenProbes": 1 } } } }
EOF
rm -rf "$WORK/data"
"$CLI" serve --config "$WORK/tiergate.json" --profile bench --listen "127.0.0.1:$TG" --no-auth \
    --data-dir "$WORK/data" --max-streams 4096 >"$WORK/tiergate.out" 2>"$WORK/tiergate.err" &
TG_PID=$!
PIDS+=($TG_PID)
wait_port "$TG"

if [ "$HAVE_PORTKEY" -eq 1 ]; then
    node "$PORTKEY_JS" --port="$PK" --headless >"$WORK/portkey.log" 2>&1 &
    PK_PID=$!
    PIDS+=($PK_PID)
    wait_port "$PK" || HAVE_PORTKEY=0
fi

# --- measuring ----------------------------------------------------------------------------------
BODY_JSON='{"model":"m-json","messages":[{"role":"user","content":"hi"}]}'
BODY_SSE='{"model":"m-sse","stream":true,"messages":[{"role":"user","content":"hi"}]}'
BODY_FB='{"model":"profile/fallback","messages":[{"role":"user","content":"hi"}]}'
PK_JSON='{"provider":"openai","api_key":"x","custom_host":"http://127.0.0.1:'$UP'/json/v1"}'
PK_SSE='{"provider":"openai","api_key":"x","custom_host":"http://127.0.0.1:'$UP'/sse/v1"}'
PK_FB='{"strategy":{"mode":"fallback"},"targets":[{"provider":"openai","api_key":"x","custom_host":"http://127.0.0.1:'$UP'/down/v1"},{"provider":"openai","api_key":"x","custom_host":"http://127.0.0.1:'$UP'/json/v1"}]}'

lua() { # body [portkey-config]
    local f; f=$(mktemp "$WORK/wrk-XXXX.lua")
    {
        echo 'wrk.method = "POST"'
        printf 'wrk.body = [==[%s]==]\n' "$1"
        echo 'wrk.headers["Content-Type"] = "application/json"'
        echo 'wrk.headers["Authorization"] = "Bearer sk-bench"'
        [ -n "${2:-}" ] && printf 'wrk.headers["x-portkey-config"] = [==[%s]==]\n' "$2"
    } > "$f"
    echo "$f"
}

# run NAME URL CONNECTIONS BODY [PORTKEY_CONFIG] -> "rps p50ms p99ms non2xx"
run() {
    local script threads=1 out
    script=$(lua "$4" "${5:-}")
    [ "$3" -gt 1 ] && threads=2
    out=$(wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency -s "$script" "$2" 2>&1)
    echo "$out" > "$WORK/wrk-$1-c$3.txt"
    echo "$out" | python3 -c '
import re, sys
t = sys.stdin.read()
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", t, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", t, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
print(f"{rps:.0f} {p50:.3f} {p99:.3f} {bad.group(1) if bad else 0}")'
}

# ttfe URL BODY [PORTKEY_CONFIG] -> median ms to the first `data:` line, sequential, one connection
ttfe() {
    python3 - "$1" "$2" "${3:-}" "$TTFE_REQUESTS" <<'PY'
import socket, sys, time, statistics, urllib.parse
url, body, pk, n = sys.argv[1], sys.argv[2].encode(), sys.argv[3], int(sys.argv[4])
u = urllib.parse.urlparse(url)
def once(sock):
    head = (f"POST {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer sk-bench\r\nContent-Length: {len(body)}\r\n")
    if pk: head += f"x-portkey-config: {pk}\r\n"
    t0 = time.perf_counter()
    sock.sendall(head.encode() + b"\r\n" + body)
    buf = b""; first = None
    while True:
        data = sock.recv(65536)
        if not data: raise RuntimeError("closed")
        buf += data
        if first is None and b"data:" in buf.split(b"\r\n\r\n", 1)[-1] and b"\r\n\r\n" in buf:
            first = time.perf_counter() - t0
        if b"data: [DONE]" in buf and (buf.endswith(b"0\r\n\r\n") or b"content-length" in buf.lower()):
            return first
s = socket.create_connection((u.hostname, u.port)); s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
for _ in range(20): once(s)
vals = [once(s) * 1000 for _ in range(n)]
print(f"{statistics.median(vals):.3f}")
PY
}

rss_mb() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

echo "bench-gateway: load average before: $(cut -d' ' -f1-3 /proc/loadavg); ${DURATION}s per run" >&2
declare -A R
for c in 1 32; do
    R[direct,$c]=$(run direct "http://127.0.0.1:$UP/json/v1/chat/completions" $c "$BODY_JSON")
    R[tiergate,$c]=$(run tiergate "http://127.0.0.1:$TG/v1/chat/completions" $c "$BODY_JSON")
    [ "$HAVE_PORTKEY" -eq 1 ] && R[portkey,$c]=$(run portkey "http://127.0.0.1:$PK/v1/chat/completions" $c "$BODY_JSON" "$PK_JSON")
done
R[tiergate,fb]=$(run tiergate-fallback "http://127.0.0.1:$TG/v1/chat/completions" 1 "$BODY_FB")
[ "$HAVE_PORTKEY" -eq 1 ] && R[portkey,fb]=$(run portkey-fallback "http://127.0.0.1:$PK/v1/chat/completions" 1 "$BODY_JSON" "$PK_FB")
SSE_DIRECT=$(ttfe "http://127.0.0.1:$UP/sse/v1/chat/completions" "$BODY_SSE")
SSE_TG=$(ttfe "http://127.0.0.1:$TG/v1/chat/completions" "$BODY_SSE")
SSE_PK=-
[ "$HAVE_PORTKEY" -eq 1 ] && SSE_PK=$(ttfe "http://127.0.0.1:$PK/v1/chat/completions" "$BODY_SSE" "$PK_SSE")
RSS_TG=$(rss_mb "$TG_PID")
RSS_PK=-
[ "$HAVE_PORTKEY" -eq 1 ] && RSS_PK=$(rss_mb "$PK_PID")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$HAVE_PORTKEY" "$LOAD" "$SSE_DIRECT" "$SSE_TG" "$SSE_PK" "$RSS_TG" "$RSS_PK" \
    "${R[direct,1]}" "${R[tiergate,1]}" "${R[portkey,1]:--}" \
    "${R[direct,32]}" "${R[tiergate,32]}" "${R[portkey,32]:--}" \
    "${R[tiergate,fb]}" "${R[portkey,fb]:--}" <<'PY'
import sys
a = sys.argv[1:]
pk = a[0] == "1"; load = a[1]
sse_d, sse_t, sse_p = a[2], a[3], a[4]
rss_t, rss_p = a[5], a[6]
def parse(s): return None if s.strip() in ("-", "") else [float(x) for x in s.split()]
d1, t1, p1, d32, t32, p32, tfb, pfb = (parse(x) for x in a[7:15])
f = lambda v, d=2: "-" if v is None else f"{v:.{d}f}"
def add(x, d, i): return None if x is None else x[i] - d[i]
rows = [
    ("req/s, c=1", f(d1[0], 0), f(t1[0], 0), f(p1 and p1[0], 0), None),
    ("req/s, c=32", f(d32[0], 0), f(t32[0], 0), f(p32 and p32[0], 0),
        ("tiergate/portkey >= 5x", t32[0] / p32[0] if p32 else None, 5, ">=")),
    ("added p50 ms, c=1", "0", f(add(t1, d1, 1), 3), f(add(p1, d1, 1), 3), ("tiergate <= 0.2 ms", add(t1, d1, 1), 0.2, "<=")),
    ("added p99 ms, c=1", "0", f(add(t1, d1, 2), 3), f(add(p1, d1, 2), 3), None),
    ("added p50 ms, c=32", "0", f(add(t32, d32, 1), 3), f(add(p32, d32, 1), 3), None),
    ("added p99 ms, c=32", "0", f(add(t32, d32, 2), 3), f(add(p32, d32, 2), 3), None),
    ("fallback added p50 ms", "0", f(add(tfb, d1, 1), 3), f(add(pfb, d1, 1), 3), ("tiergate <= 0.5 ms", add(tfb, d1, 1), 0.5, "<=")),
    ("first SSE event added ms", "0", f(float(sse_t) - float(sse_d), 3),
        "-" if sse_p == "-" else f(float(sse_p) - float(sse_d), 3), ("tiergate <= 1 ms", float(sse_t) - float(sse_d), 1, "<=")),
    ("RSS MB after load", "-", rss_t, rss_p, ("tiergate < 60 MB", float(rss_t), 60, "<")),
]
print(f"Gateway benchmark (loopback, wrk; load average {load})")
print(f"{'':28}{'direct':>10}{'tiergate':>10}{'portkey':>10}   target")
for name, d, t, p, target in rows:
    line = f"{name:28}{d:>10}{t:>10}{p:>10}"
    if target:
        label, value, bound, op = target
        if value is None:
            verdict = "n/a"
        else:
            ok = {"<=": value <= bound, ">=": value >= bound, "<": value < bound}[op]
            verdict = ("met" if ok else "NOT met") + (f" ({value:.1f}x)" if op == ">=" else "")
        line += f"   {label}: {verdict}"
    print(line)
if t1 and p1: print(f"tiergate/portkey req/s at c=1: {t1[0] / p1[0]:.1f}x")
PY
non2xx=$(grep -h "Non-2xx" "$WORK"/wrk-*.txt 2>/dev/null | grep -v "fallback" || true)
[ -n "$non2xx" ] && echo "bench-gateway: some runs had error answers (see $WORK/wrk-*.txt): $non2xx" >&2
exit 0
