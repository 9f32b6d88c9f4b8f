export const id = 9;
export const ids = [9];
export const modules = {

/***/ 78310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ createReplayBackend),
/* harmony export */   nL: () => (/* binding */ resolveReplaySource)
/* harmony export */ });
/* unused harmony exports replayKey, loadReplayIndex */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42605);




/** Params the engine consumes itself and never hands to a backend, so they never take part in a match. */
const ENGINE_ONLY_PARAMS = ['concurrency'];
/** Fields the engine adds around a backend's answer; the replayed answer is what the backend returned. */
const ENGINE_FIELDS = ['prompt', 'attempts'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function withoutEngineParams(params) {
    const out = { ...params };
    for (const key of ENGINE_ONLY_PARAMS)
        delete out[key];
    return out;
}
/** The lookup key: a prompt and its params, canonical JSON so key order never matters. */
function replayKey(prompt, params) {
    return `${(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .digestBytes */ .QN)(prompt)} ${(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .digestBytes */ .QN)((0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)(withoutEngineParams(params)))}`;
}
function readJson(file) {
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`replay: cannot read ${file}: ${err.message}`);
    }
}
/**
 * Indexes every recorded call of a run folder (`outputs/<step id>.json`). A prompt asked several times
 * with the same params keeps its answers in order, so a replay hands them out in the same order.
 */
function loadReplayIndex(runDir) {
    const outputs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, 'outputs');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, 'input.json')) && !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`replay: ${runDir} is not a run folder (no input.json, no outputs/)`);
    }
    const index = {
        runDir,
        backend: { name: null, model: null },
        calls: new Map(),
        prompts: new Map(),
    };
    const input = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, 'input.json'))
        ? readJson(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, 'input.json'))
        : undefined;
    if (isObject(input) && isObject(input.backend)) {
        const { name, model } = input.backend;
        index.backend = {
            name: typeof name === 'string' ? name : null,
            model: typeof model === 'string' ? model : null,
        };
    }
    const files = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs)
        ? node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(outputs)
            .filter((f) => f.endsWith('.json'))
            .sort()
        : [];
    for (const file of files) {
        const record = readJson(node_path__WEBPACK_IMPORTED_MODULE_1__.join(outputs, file));
        if (!isObject(record) || record.op !== 'llm_map' || !isObject(record.output))
            continue;
        const step = typeof record.step_id === 'string' ? record.step_id : file.replace(/\.json$/, '');
        const stepParams = isObject(record.input) && isObject(record.input.params) ? record.input.params : undefined;
        const calls = Array.isArray(record.output.calls) ? record.output.calls : [];
        for (const call of calls) {
            if (!isObject(call) || typeof call.prompt !== 'string' || typeof call.text !== 'string')
                continue;
            const params = stepParams ?? (isObject(call.params) ? call.params : {});
            const result = { ...call };
            for (const field of ENGINE_FIELDS)
                delete result[field];
            const key = replayKey(call.prompt, params);
            const list = index.calls.get(key) ?? [];
            list.push({ step, result: result });
            index.calls.set(key, list);
            const promptHash = (0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .digestBytes */ .QN)(call.prompt);
            index.prompts.set(promptHash, (index.prompts.get(promptHash) ?? new Set()).add(step));
        }
    }
    return index;
}
/**
 * Resolves `--replay-from`: a run folder, a `.tar.gz` bundle, or a run id under `runsDir`.
 * Bundles are unpacked on first use (it is asynchronous); folders are read at once so a wrong path
 * fails before the run starts.
 */
function resolveReplaySource(from, runsDir) {
    const candidates = [node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(from), ...(runsDir ? [node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir, from)] : [])];
    for (const candidate of candidates) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(candidate))
            continue;
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(candidate).isDirectory())
            return { kind: 'folder', runDir: candidate };
        if (/\.(tar\.gz|tgz)$/.test(candidate))
            return { kind: 'bundle', bundlePath: candidate };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`replay: ${candidate} is neither a run folder nor a .tar.gz bundle`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`replay: no run folder or bundle at ${candidates.join(' or ')}`);
}
/**
 * Answers from a previous run: the recorded answer for the same prompt and params, field for field,
 * so a faithful re-execution gives the same output hashes. A call that was not recorded fails,
 * not retryable, naming the prompt's hash and whether the prompt was recorded with other params.
 */
function createReplayBackend(source, openBundle) {
    let loaded = source.kind === 'folder' ? loadReplayIndex(source.runDir) : undefined;
    let loading;
    const served = new Map();
    const index = async () => {
        if (loaded)
            return loaded;
        if (source.kind !== 'bundle')
            throw new Error('unreachable: folders are loaded eagerly');
        if (!openBundle)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`replay: cannot open bundle ${source.bundlePath} here; unpack it and pass the run folder`);
        loading ??= openBundle(source.bundlePath).then((runDir) => (loaded = loadReplayIndex(runDir)));
        return loading;
    };
    return {
        name: 'replay',
        ...(loaded?.backend.model ? { model: loaded.backend.model } : {}),
        // Any params can be replayed; whether they match a recording is decided per call.
        validateParams: () => [],
        async generate(prompt, params) {
            const idx = await index();
            const key = replayKey(prompt, params);
            const recorded = idx.calls.get(key);
            if (recorded === undefined || recorded.length === 0) {
                const promptHash = (0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .digestBytes */ .QN)(prompt);
                const steps = idx.prompts.get(promptHash);
                const why = steps
                    ? `recorded only with other params (in step ${[...steps].join(', ')})`
                    : 'this prompt was never recorded';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BackendError */ .Jh(`replay: no recorded call in ${idx.runDir} for prompt ${promptHash} with params ${(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)(withoutEngineParams(params))}: ${why}`, false);
            }
            // The n-th identical call gets the n-th recorded answer; past the end, the last one again.
            const n = served.get(key) ?? 0;
            served.set(key, n + 1);
            const call = recorded[Math.min(n, recorded.length - 1)];
            return structuredClone(call.result);
        },
    };
}


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   ir: () => (/* binding */ MANIFEST_NAME)
/* harmony export */ });
/* unused harmony export hashFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _run_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99562);






/** The manifest's file name, at the top of every finished or paused run folder (DESIGN §3). */
const MANIFEST_NAME = 'SHA256SUMS.txt';
// Written beside the manifest and renamed over it, so a reader never sees half a manifest.
const PARTIAL_NAME = `.${MANIFEST_NAME}.partial`;
const HEX = /^[0-9a-f]{64}$/;
const CHUNK = 1 << 20;
/** Hex SHA-256 of one file, read in 1 MiB chunks into one reused buffer so memory stays flat. */
function hashFileSync(file, buffer = Buffer.allocUnsafe(CHUNK)) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)('sha256');
    // O_NOFOLLOW: a file swapped for a symlink after listing is refused instead of followed.
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        for (;;) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    return hash.digest('hex');
}
// GNU sha256sum escapes a backslash in a name by doubling it and starting the line with one backslash;
// `sha256sum -c` undoes that. (Control characters are refused when listing, so `\n` never occurs.)
function manifestLine(hex, rel) {
    if (!rel.includes('\\'))
        return `${hex}  ./${rel}\n`;
    return `\\${hex}  ./${rel.replaceAll('\\', '\\\\')}\n`;
}
function knownHex(value, rel) {
    const hex = value.startsWith('sha256:') ? value.slice('sha256:'.length) : value;
    if (!HEX.test(hex))
        throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);
    return hex;
}
/**
 * Writes `SHA256SUMS.txt` in a run folder: one `<hex>  ./<path>` line per regular file except the manifest
 * itself, sorted bytewise, in the format `sha256sum -c` accepts. Call it last, and again after a resume.
 *
 * @param knownDigests digests the caller already computed while writing, keyed by relative path without
 *   `./` (hex or `sha256:<hex>`); those files are not read again. Every other file is hashed from disk.
 * @throws IntegrityError naming the path when the folder holds a symlink, device, FIFO or socket.
 */
function writeManifest(runDir, knownDigests) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME), { force: true });
    const buffer = Buffer.allocUnsafe(CHUNK);
    let text = '';
    for (const rel of (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listRunFiles */ .ty)(runDir)) {
        if (rel === MANIFEST_NAME)
            continue;
        const known = knownDigests?.get(rel);
        const hex = known === undefined ? hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer) : knownHex(known, rel);
        text += manifestLine(hex, rel);
    }
    const partial = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial, text, { mode: 0o644 });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial, node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME));
}
function parseManifest(text) {
    if (text.length > 0 && !text.endsWith('\n')) {
        return { where: MANIFEST_NAME, message: `${MANIFEST_NAME} does not end with a newline (truncated?)` };
    }
    const lines = text.split('\n');
    lines.pop();
    const listed = [];
    for (const [index, line] of lines.entries()) {
        const where = `${MANIFEST_NAME}:${index + 1}`;
        const m = /^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
        if (!m) {
            return {
                where,
                message: `${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`,
            };
        }
        const rel = m[1] === '\\' ? m[3].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c)) : m[3];
        const previous = listed.at(-1);
        if (previous && (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV)(previous.rel, rel) >= 0) {
            return { where, message: `${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice` };
        }
        if (rel === MANIFEST_NAME)
            return { where, message: `${where}: the manifest must not list itself` };
        listed.push({ hex: m[2], rel });
    }
    return listed;
}
/**
 * Checks a run folder against its `SHA256SUMS.txt`: the same set of files, each with the listed digest.
 * Files are compared in bytewise order and the first one that is missing, unlisted or different is named.
 * `knownDigests` (hex, by relative path) are digests the caller took of every file of the folder while
 * writing or reading those very bytes (extraction, packing): the folder is neither listed nor read again.
 */
function checkManifest(runDir, knownDigests) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME), 'utf8');
    }
    catch {
        return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} is missing from ${runDir}` };
    }
    const listed = parseManifest(text);
    if (!Array.isArray(listed))
        return { ok: false, ...listed };
    let present;
    try {
        present = (knownDigests ? [...knownDigests.keys()].sort(_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV) : (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listRunFiles */ .ty)(runDir)).filter((rel) => rel !== MANIFEST_NAME);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs)
            return { ok: false, where: err.where, message: err.message };
        throw err;
    }
    const buffer = Buffer.allocUnsafe(CHUNK);
    let i = 0;
    let j = 0;
    while (i < listed.length || j < present.length) {
        const order = i >= listed.length ? 1 : j >= present.length ? -1 : (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV)(listed[i].rel, present[j]);
        if (order < 0) {
            const rel = listed[i].rel;
            return { ok: false, where: rel, message: `${rel}: listed in ${MANIFEST_NAME} but missing` };
        }
        if (order > 0) {
            const rel = present[j];
            return { ok: false, where: rel, message: `${rel}: present but not listed in ${MANIFEST_NAME}` };
        }
        const { rel, hex } = listed[i];
        const found = knownDigests?.get(rel) ?? hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer);
        if (found !== hex) {
            return {
                ok: false,
                where: rel,
                message: `${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`,
            };
        }
        i += 1;
        j += 1;
    }
    return { ok: true };
}


/***/ }),

/***/ 97562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dn: () => (/* binding */ actorOf),
  EC: () => (/* binding */ backendOf),
  $c: () => (/* binding */ backendOptions),
  PN: () => (/* binding */ onePositional),
  qg: () => (/* binding */ parse)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/bundle/safe-extract.ts + 1 modules
var safe_extract = __webpack_require__(66156);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/backends/redact.ts
/** What a redacted secret is replaced with in any message we keep. */
const REDACTED = '[redacted]';
/**
 * Secrets shorter than this are not searched for: replacing every "a" in a message would destroy it,
 * and no provider issues keys that short.
 */
const MIN_SECRET_LENGTH = 4;
/**
 * Removes secrets from text that came from outside (a provider's error message, a socket error):
 * every occurrence of each secret, and the partly masked key forms providers echo back
 * (`sk-abc1*********wxyz`), which still leak the key's ends.
 */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret === undefined || secret.length < MIN_SECRET_LENGTH)
            continue;
        out = out.split(secret).join(REDACTED);
    }
    return out.replace(/[\w-]*[A-Za-z0-9]\*{3,}[\w*-]*/g, REDACTED);
}

;// CONCATENATED MODULE: ./src/backends/http-json.ts




/** Statuses worth another attempt: timeouts, conflicts, rate limits, every 5xx (529 overloaded included). */
function isRetryableStatus(status) {
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
/**
 * Delay the provider asked for, in ms: `retry-after-ms` (OpenAI, Azure) first, then `retry-after` as
 * seconds or an HTTP date. Undefined when absent or unreadable, so backoff takes over.
 */
function parseRetryAfter(headers, now = Date.now()) {
    const header = (name) => {
        const value = headers[name];
        return typeof value === 'string' ? value : null;
    };
    const ms = header('retry-after-ms');
    if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0)
        return Math.ceil(Number(ms));
    const value = header('retry-after');
    if (value === null || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Keep-alive agents shared by every backend: a connection per call would add a TCP (and TLS)
 * handshake to each of thousands of calls. node:http rather than fetch: on a local 50 ms server,
 * fetch added about 5 ms per call over node:http, a tenth of the throughput the benchmark measures.
 */
const agents = {
    'http:': new external_node_http_.Agent({ keepAlive: true }),
    'https:': new external_node_https_.Agent({ keepAlive: true }),
};
/** Thrown while sending or reading; kept apart so postJson can tell "not reached" from "cut off". */
class TransportError extends Error {
    phase;
    original;
    constructor(phase, original) {
        super((0,errors/* messageOf */.bD)(original));
        this.phase = phase;
        this.original = original;
    }
}
function send(url, headers, body, signal) {
    return new Promise((resolve, reject) => {
        const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const request = transport.request(url, {
            method: 'POST',
            agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
            ...(signal ? { signal } : {}),
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', (err) => reject(new TransportError('read', err)));
            response.on('aborted', () => reject(new TransportError('read', Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))));
            response.on('end', () => {
                if (!response.complete) {
                    reject(new TransportError('read', Object.assign(new Error('incomplete'), { code: 'ECONNRESET' })));
                    return;
                }
                resolve({
                    status: response.statusCode ?? 0,
                    statusText: response.statusMessage ?? '',
                    headers: response.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        request.on('error', (err) => reject(new TransportError('connect', err)));
        request.end(body);
    });
}
/** Network error code (ECONNRESET, ECONNREFUSED, ETIMEDOUT, ...), also when wrapped in a `cause` chain. */
function networkCode(err) {
    // Duck-typed, not `instanceof Error`: node's errors may come from another realm (vm contexts, jest).
    let current = err;
    for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
        const { code, cause } = current;
        if (typeof code === 'string')
            return code;
        current = cause;
    }
    return undefined;
}
/** A request cut short by its signal: a timeout says so; either way another attempt may succeed. */
function aborted(provider, signal) {
    const reason = signal.reason;
    const timedOut = reason?.name === 'TimeoutError';
    return new errors/* BackendError */.Jh(`${provider}: ${timedOut ? 'request timed out' : 'request aborted'}`, true);
}
/**
 * Sends one request and classifies every way it can fail into a `BackendError`: network failures,
 * resets, cut-off or invalid JSON and 408/409/429/5xx are retryable; other 4xx are not, and carry the
 * provider's own message. Nothing in a thrown message can hold a key: all of it passes `redact`.
 */
async function postJson(req) {
    const clean = (text) => redact(text, req.secrets);
    const origin = new URL(req.url).origin;
    const started = performance.now();
    let response;
    try {
        response = await send(new URL(req.url), { 'content-type': 'application/json', accept: 'application/json', ...req.headers }, JSON.stringify(req.body), req.signal);
    }
    catch (err) {
        if (req.signal?.aborted)
            throw aborted(req.provider, req.signal);
        const phase = err instanceof TransportError ? err.phase : 'connect';
        const cause = err instanceof TransportError ? err.original : err;
        const code = networkCode(cause) ?? (0,errors/* messageOf */.bD)(cause);
        const what = phase === 'read' ? 'connection lost while reading the response' : `could not reach ${origin}`;
        throw new errors/* BackendError */.Jh(clean(`${req.provider}: ${what} (${code})`), true);
    }
    const body = response.body;
    const latencyMs = Math.round(performance.now() - started);
    let json;
    let parsed = true;
    try {
        json = JSON.parse(body);
    }
    catch {
        parsed = false;
    }
    if (response.status < 200 || response.status > 299) {
        const providerMessage = parsed ? req.errorMessage(json) : undefined;
        const detail = providerMessage ?? (body.trim().slice(0, 300) || response.statusText);
        const retryable = isRetryableStatus(response.status);
        throw new errors/* BackendError */.Jh(clean(`${req.provider}: HTTP ${response.status}: ${detail}`), retryable, retryable ? parseRetryAfter(response.headers) : undefined, response.status);
    }
    if (!parsed) {
        // A 200 whose body does not parse was cut off or garbled on the way: worth another attempt.
        throw new errors/* BackendError */.Jh(`${req.provider}: response was not valid JSON (${body.length} bytes received, truncated?)`, true, undefined, response.status);
    }
    return { status: response.status, headers: response.headers, json, latencyMs };
}

;// CONCATENATED MODULE: ./src/backends/params.ts
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
/** A finite number within [min, max]. */
function numberIn(min, max) {
    return (v) => (isNumber(v) && v >= min && v <= max ? undefined : `must be a number from ${min} to ${max}`);
}
/** An integer of at least `min`. */
function integerFrom(min) {
    return (v) => (Number.isInteger(v) && v >= min ? undefined : `must be an integer >= ${min}`);
}
/** Any string. */
const params_text = (v) => (typeof v === 'string' ? undefined : 'must be a string');
/** A string, or a list of up to `max` strings. */
function stopSequences(max) {
    return (v) => {
        if (typeof v === 'string')
            return undefined;
        if (Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string'))
            return undefined;
        return `must be a string or a list of at most ${max} strings`;
    };
}
/**
 * One problem per unknown or invalid param, each as `params.<name>: ...` so the engine can prefix the
 * step's JSON path (`steps[0].params.seed: ...`). Unknown params are errors, never silently dropped:
 * a setting the provider never saw would make the evidence claim something that did not happen.
 */
function checkParams(params, spec, backend) {
    const problems = [];
    const accepted = Object.keys(spec).sort();
    for (const [name, value] of Object.entries(params)) {
        const check = spec[name];
        if (check === undefined) {
            problems.push(`params.${name}: not accepted by the ${backend} backend (accepted: ${accepted.join(', ')})`);
            continue;
        }
        const problem = check(value);
        if (problem !== undefined)
            problems.push(`params.${name}: ${problem}`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/backends/anthropic.ts



/** Where Anthropic answers. */
const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** The Messages API version header value. */
const ANTHROPIC_DEFAULT_VERSION = '2023-06-01';
/** The Messages API requires `max_tokens`; this is sent when the step gives none. */
const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;
/** Anthropic has no `seed` and no penalties: asking for them is an error, not a silent no-op. */
const spec = {
    /** Per-step model instead of the configured one. */
    model: params_text,
    temperature: numberIn(0, 1),
    top_p: numberIn(0, 1),
    top_k: integerFrom(1),
    max_tokens: integerFrom(1),
    stop: stopSequences(8191),
    system: params_text,
};
/** Params the anthropic backend accepts. */
const anthropicParams = Object.keys(spec);
/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
function validateParams(params) {
    return checkParams(params, spec, 'anthropic');
}
/** Message body for one prompt: `stop` becomes `stop_sequences`, `system` the top-level field. */
function anthropicBody(prompt, params, model) {
    const body = {
        model,
        max_tokens: params.max_tokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
        messages: [{ role: 'user', content: prompt }],
    };
    if (params.system !== undefined)
        body.system = params.system;
    for (const name of ['temperature', 'top_p', 'top_k'])
        if (params[name] !== undefined)
            body[name] = params[name];
    if (params.stop !== undefined)
        body.stop_sequences = typeof params.stop === 'string' ? [params.stop] : params.stop;
    return body;
}
/** `{"type": "error", "error": {"type": ..., "message": ...}}` → `type: message`. */
function anthropicErrorMessage(json) {
    const error = json?.error;
    if (typeof error?.message !== 'string')
        return undefined;
    return typeof error.type === 'string' ? `${error.type}: ${error.message}` : error.message;
}
const count = (v) => (typeof v === 'number' ? v : null);
/**
 * Anthropic Messages API: `POST {base}/v1/messages` with `x-api-key` and `anthropic-version`.
 * One attempt per call; 429 and 529 (overloaded) are retryable, with the `retry-after` they send.
 */
function createAnthropicBackend(config) {
    const url = `${config.baseUrl.replace(/\/+$/, '')}/v1/messages`;
    return {
        name: 'anthropic',
        model: config.model,
        validateParams,
        async generate(prompt, params, signal) {
            const problems = validateParams(params);
            if (problems.length > 0)
                throw new errors/* BackendError */.Jh(`anthropic: ${problems.join('; ')}`, false);
            const model = typeof params.model === 'string' ? params.model : config.model;
            const response = await postJson({
                provider: 'anthropic',
                url,
                headers: { 'x-api-key': config.apiKey, 'anthropic-version': config.version },
                body: anthropicBody(prompt, params, model),
                signal,
                secrets: [config.apiKey],
                errorMessage: anthropicErrorMessage,
            });
            const message = response.json;
            if (!Array.isArray(message?.content))
                throw new errors/* BackendError */.Jh('anthropic: response has no content', false);
            const input = count(message.usage?.input_tokens);
            const output = count(message.usage?.output_tokens);
            return {
                text: message.content
                    .filter((block) => block.type === 'text' && typeof block.text === 'string')
                    .map((block) => block.text)
                    .join(''),
                provider: 'anthropic',
                model: typeof message.model === 'string' ? message.model : model,
                requested_model: model,
                response_id: typeof message.id === 'string' ? message.id : null,
                finish_reason: typeof message.stop_reason === 'string' ? message.stop_reason : null,
                usage: {
                    input_tokens: input,
                    output_tokens: output,
                    total_tokens: input !== null && output !== null ? input + output : null,
                },
                latency_ms: response.latencyMs,
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/backends/chat-completions.ts



/**
 * The Chat Completions wire format, shared by OpenAI, Azure OpenAI and OpenAI-compatible servers
 * (Ollama, vLLM, LM Studio): request body, response fields, error message.
 */
/** Workflow params the Chat Completions backends accept, and how each is checked. */
const chatCompletionsParams = {
    /** Per-step model (Azure: deployment) instead of the configured one. */
    model: params_text,
    temperature: numberIn(0, 2),
    top_p: numberIn(0, 1),
    max_tokens: integerFrom(1),
    max_completion_tokens: integerFrom(1),
    seed: integerFrom(Number.MIN_SAFE_INTEGER),
    stop: stopSequences(4),
    system: params_text,
    presence_penalty: numberIn(-2, 2),
    frequency_penalty: numberIn(-2, 2),
};
/**
 * Reasoning models (o1, o3, o4-mini, gpt-5, ...) refuse `max_tokens` and take `max_completion_tokens`;
 * recognised by name, because a deployment or a compatible server gives us nothing else to go on.
 */
function needsMaxCompletionTokens(model) {
    return /^(o\d|gpt-5)/i.test(model);
}
/** Request body for one prompt. `model` is omitted for Azure, whose URL names the deployment. */
function chatCompletionsBody(prompt, params, model, includeModel) {
    const messages = [];
    if (typeof params.system === 'string')
        messages.push({ role: 'system', content: params.system });
    messages.push({ role: 'user', content: prompt });
    const body = includeModel ? { model, messages } : { messages };
    for (const name of ['temperature', 'top_p', 'seed', 'stop', 'presence_penalty', 'frequency_penalty']) {
        if (params[name] !== undefined)
            body[name] = params[name];
    }
    if (params.max_completion_tokens !== undefined)
        body.max_completion_tokens = params.max_completion_tokens;
    else if (params.max_tokens !== undefined) {
        body[needsMaxCompletionTokens(model) ? 'max_completion_tokens' : 'max_tokens'] = params.max_tokens;
    }
    return body;
}
/** Unknown or invalid params, one problem each (`params.<name>: ...`), then conflicting combinations. */
function chat_completions_chatCompletionsProblems(params, backend) {
    const conflicts = params.max_tokens !== undefined && params.max_completion_tokens !== undefined
        ? ['params.max_completion_tokens: give either max_tokens or max_completion_tokens, not both']
        : [];
    return [...checkParams(params, chatCompletionsParams, backend), ...conflicts];
}
/** `{"error": {"message": ..., "type": ..., "code": ...}}` → `type: message`. */
function chatCompletionsErrorMessage(json) {
    const error = json?.error;
    if (typeof error?.message !== 'string')
        return undefined;
    const kind = typeof error.code === 'string' ? error.code : typeof error.type === 'string' ? error.type : undefined;
    return kind ? `${kind}: ${error.message}` : error.message;
}
const chat_completions_count = (v) => (typeof v === 'number' ? v : null);
/** The recorded result of one call, in the provider-neutral shape every backend returns. */
function chatCompletionsResult(json, provider, requestedModel, latencyMs) {
    const completion = json;
    const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
    if (choice === undefined)
        throw new errors/* BackendError */.Jh(`${provider}: response has no choices`, false);
    const content = choice.message?.content;
    const usage = completion.usage ?? {};
    return {
        text: typeof content === 'string' ? content : '',
        provider,
        model: typeof completion.model === 'string' ? completion.model : requestedModel,
        requested_model: requestedModel,
        response_id: typeof completion.id === 'string' ? completion.id : null,
        finish_reason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
        usage: {
            input_tokens: chat_completions_count(usage.prompt_tokens),
            output_tokens: chat_completions_count(usage.completion_tokens),
            total_tokens: chat_completions_count(usage.total_tokens),
        },
        latency_ms: latencyMs,
    };
}
/** A Chat Completions backend. One attempt per call; retries are the engine's. */
function createChatCompletionsBackend(target) {
    const validateParams = (params) => chat_completions_chatCompletionsProblems(params, target.name);
    return {
        name: target.name,
        model: target.model,
        validateParams,
        async generate(prompt, params, signal) {
            const problems = validateParams(params);
            if (problems.length > 0)
                throw new errors/* BackendError */.Jh(`${target.name}: ${problems.join('; ')}`, false);
            const model = typeof params.model === 'string' ? params.model : target.model;
            const response = await postJson({
                provider: target.name,
                url: target.url(model),
                headers: target.headers,
                body: chatCompletionsBody(prompt, params, model, target.modelInBody),
                signal,
                secrets: [target.apiKey],
                errorMessage: chatCompletionsErrorMessage,
            });
            return chatCompletionsResult(response.json, target.name, model, response.latencyMs);
        },
    };
}

;// CONCATENATED MODULE: ./src/backends/azure-openai.ts

/** Latest GA data-plane inference API version at the time of writing; override per run. */
const AZURE_DEFAULT_API_VERSION = '2024-10-21';
/** Params the azure-openai backend accepts (the Chat Completions set). */
const azureOpenAiParams = Object.keys(chatCompletionsParams);
/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
function azure_openai_validateParams(params) {
    return chatCompletionsProblems(params, 'azure-openai');
}
/**
 * Azure OpenAI Chat Completions: `POST {endpoint}/openai/deployments/{deployment}/chat/completions
 * ?api-version=...` with the key in the `api-key` header. The body is OpenAI's, without `model`.
 */
function createAzureOpenAiBackend(config) {
    const endpoint = config.endpoint.replace(/\/+$/, '');
    return createChatCompletionsBackend({
        name: 'azure-openai',
        model: config.deployment,
        url: (deployment) => `${endpoint}/openai/deployments/${encodeURIComponent(deployment)}` +
            `/chat/completions?api-version=${encodeURIComponent(config.apiVersion)}`,
        headers: { 'api-key': config.apiKey },
        modelInBody: false,
        apiKey: config.apiKey,
    });
}

;// CONCATENATED MODULE: ./src/backends/echo.ts
/** Echo has no provider behind it, so it accepts any params and records them as given. */
const echoParams = (/* unused pure expression or super */ null && ([]));
/** Whitespace-split word count: a stable stand-in for token usage that needs no tokenizer. */
function wordCount(text) {
    const trimmed = text.trim();
    return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
/** Echo validates nothing: it is the offline default and must run any workflow unchanged. */
function echo_validateParams(_params) {
    return [];
}
/**
 * The default backend: deterministic and offline. The same prompt and params always give the same
 * result, which is what makes runs reproducible in tests and without a model provider.
 */
function createEchoBackend() {
    return {
        name: 'echo',
        model: 'echo-1',
        validateParams: echo_validateParams,
        generate(prompt, params) {
            const text = `echo: ${prompt}`;
            const input = wordCount(prompt);
            const output = wordCount(text);
            return Promise.resolve({
                text,
                provider: 'echo',
                model: 'echo-1',
                requested_model: 'echo-1',
                response_id: null,
                finish_reason: 'stop',
                usage: { input_tokens: input, output_tokens: output, total_tokens: input + output },
                // Latency is fixed so that echo output, and therefore its hash, never varies between runs.
                latency_ms: 0,
                params: { ...params },
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/backends/openai.ts

/** Where OpenAI itself answers; any other base URL is an OpenAI-compatible server. */
const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Params the openai backend accepts. */
const openaiParams = Object.keys(chatCompletionsParams);
/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
function openai_validateParams(params) {
    return chatCompletionsProblems(params, 'openai');
}
/**
 * OpenAI Chat Completions (`POST {base}/chat/completions`, `Authorization: Bearer`), which also serves
 * Ollama, vLLM, LM Studio and other compatible servers. One attempt per call; retries are the engine's.
 */
function createOpenAiBackend(config) {
    const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    return createChatCompletionsBackend({
        name: 'openai',
        model: config.model,
        url: () => url,
        headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
        modelInBody: true,
        apiKey: config.apiKey,
    });
}

// EXTERNAL MODULE: ./src/backends/replay.ts
var replay = __webpack_require__(78310);
;// CONCATENATED MODULE: ./src/backends/index.ts










/** Every name `--backend` / the action's `backend` input accepts; `echo` is the default. */
const backendNames = ['echo', 'replay', 'openai', 'azure-openai', 'anthropic'];
/** Safe-extracts a bundle into a fresh temporary folder and returns the run folder inside it. */
async function unpackToTemp(bundlePath) {
    const into = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'awo-replay-source-'));
    return (await (0,safe_extract/* unpackBundle */.zq)(bundlePath, into)).runDir;
}
/** First non-empty value: explicit option, then `AWO_*`, then the provider's own variable. */
function pick(...values) {
    return values.find((v) => v !== undefined && v.trim() !== '');
}
function need(value, what, backend, sources) {
    if (value === undefined)
        throw new errors/* InputError */.dz(`backend ${backend} needs ${what}: give ${sources}`);
    return value;
}
function httpUrl(value, backend) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(`backend ${backend}: base URL ${JSON.stringify(value)} is not a URL (expected http(s)://host[:port]/path)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* InputError */.dz(`backend ${backend}: base URL must be http:// or https://, got ${url.protocol}`);
    }
    if (url.username !== '' || url.password !== '') {
        // Credentials in a URL would be written to metadata and logs; keys go in api-key only.
        throw new errors/* InputError */.dz(`backend ${backend}: base URL must not contain credentials; pass the key as api-key`);
    }
    return value;
}
/**
 * Builds the backend `name` names. Configuration errors (unknown name, missing model or key, bad URL)
 * are `InputError`s (exit 2) raised here, before a run starts. Environment variables read:
 * `AWO_MODEL`, `AWO_BASE_URL`, `AWO_API_KEY`, `AWO_REPLAY_FROM`; per provider `OPENAI_API_KEY`,
 * `OPENAI_BASE_URL`, `OPENAI_MODEL`; `AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_ENDPOINT`,
 * `AZURE_OPENAI_DEPLOYMENT`, `AZURE_OPENAI_API_VERSION`; `ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`,
 * `ANTHROPIC_MODEL`, `ANTHROPIC_VERSION`.
 */
function createBackend(name, options) {
    const env = options.env;
    switch (name) {
        case 'echo':
            return createEchoBackend();
        case 'replay': {
            const from = need(pick(options.replayFrom, env.AWO_REPLAY_FROM), 'a recorded run', name, '--replay-from or AWO_REPLAY_FROM');
            return (0,replay/* createReplayBackend */._r)((0,replay/* resolveReplaySource */.nL)(from, options.runsDir), options.openBundle ?? unpackToTemp);
        }
        case 'openai': {
            const baseUrl = httpUrl(pick(options.baseUrl, env.AWO_BASE_URL, env.OPENAI_BASE_URL) ?? OPENAI_DEFAULT_BASE_URL, name);
            const apiKey = pick(options.apiKey, env.AWO_API_KEY, env.OPENAI_API_KEY);
            // OpenAI itself refuses keyless calls; local compatible servers (Ollama, vLLM) accept them.
            if (apiKey === undefined && new URL(baseUrl).hostname === 'api.openai.com') {
                need(undefined, 'an API key', name, 'api-key, AWO_API_KEY or OPENAI_API_KEY');
            }
            const model = need(pick(options.model, env.AWO_MODEL, env.OPENAI_MODEL), 'a model', name, 'model, AWO_MODEL or OPENAI_MODEL');
            return withTimeout(createOpenAiBackend({ model, baseUrl, ...(apiKey ? { apiKey } : {}) }), options.timeoutMs);
        }
        case 'azure-openai': {
            const endpoint = httpUrl(need(pick(options.baseUrl, env.AWO_BASE_URL, env.AZURE_OPENAI_ENDPOINT), 'an endpoint', name, 'base-url, AWO_BASE_URL or AZURE_OPENAI_ENDPOINT'), name);
            const apiKey = need(pick(options.apiKey, env.AWO_API_KEY, env.AZURE_OPENAI_API_KEY), 'an API key', name, 'api-key, AWO_API_KEY or AZURE_OPENAI_API_KEY');
            const deployment = need(pick(options.model, env.AWO_MODEL, env.AZURE_OPENAI_DEPLOYMENT), 'a deployment name', name, 'model, AWO_MODEL or AZURE_OPENAI_DEPLOYMENT');
            const apiVersion = pick(env.AZURE_OPENAI_API_VERSION) ?? AZURE_DEFAULT_API_VERSION;
            return withTimeout(createAzureOpenAiBackend({ endpoint, apiKey, deployment, apiVersion }), options.timeoutMs);
        }
        case 'anthropic': {
            const baseUrl = httpUrl(pick(options.baseUrl, env.AWO_BASE_URL, env.ANTHROPIC_BASE_URL) ?? ANTHROPIC_DEFAULT_BASE_URL, name);
            const apiKey = need(pick(options.apiKey, env.AWO_API_KEY, env.ANTHROPIC_API_KEY), 'an API key', name, 'api-key, AWO_API_KEY or ANTHROPIC_API_KEY');
            const model = need(pick(options.model, env.AWO_MODEL, env.ANTHROPIC_MODEL), 'a model', name, 'model, AWO_MODEL or ANTHROPIC_MODEL');
            const version = pick(env.ANTHROPIC_VERSION) ?? ANTHROPIC_DEFAULT_VERSION;
            return withTimeout(createAnthropicBackend({ model, baseUrl, apiKey, version }), options.timeoutMs);
        }
        default:
            throw new errors/* InputError */.dz(`unknown backend ${JSON.stringify(name)}; accepted: ${backendNames.join(', ')}`);
    }
}
/** Adds a per-request time bound inside the backend, for callers that use it without the retry loop. */
function withTimeout(backend, timeoutMs) {
    if (timeoutMs === undefined)
        return backend;
    return {
        ...backend,
        generate: (prompt, params, signal) => {
            const bound = AbortSignal.timeout(timeoutMs);
            return backend.generate(prompt, params, signal ? AbortSignal.any([signal, bound]) : bound);
        },
    };
}

// EXTERNAL MODULE: ./src/core/self-approval.ts
var self_approval = __webpack_require__(66957);
;// CONCATENATED MODULE: ./src/cli/options.ts





/** Parses a subcommand's arguments; any mistake is an `InputError` (exit 2) that names the option. */
function parse(args, options, usage) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${err.message.split('\n')[0]}\n${usage}`);
    }
    // An empty value would quietly mean the default (or the current folder): say so instead.
    for (const [name, value] of Object.entries(parsed.values))
        if (typeof value === 'string' && value.trim() === '' && !MAY_BE_EMPTY.has(name))
            throw new errors/* InputError */.dz(`--${name} must not be empty\n${usage}`);
    return parsed;
}
/** Options whose empty value means something: no comment. */
const MAY_BE_EMPTY = new Set(['comment']);
/** Options shared by the commands that call a model. */
const backendOptions = {
    backend: { type: 'string' },
    model: { type: 'string' },
    'base-url': { type: 'string' },
    'api-key': { type: 'string' },
    'replay-from': { type: 'string' },
    actor: { type: 'string' },
};
/** Who acts: `--actor`, else AWO_ACTOR, else the GitHub actor, else the login name. */
function actorOf(values, io) {
    const actor = typeof values.actor === 'string'
        ? values.actor
        : (io.env.AWO_ACTOR ?? io.env.GITHUB_ACTOR ?? io.env.USER ?? 'cli');
    if (actor.trim() === '')
        throw new errors/* InputError */.dz('--actor must not be empty');
    (0,self_approval/* checkActorName */.XA)(actor, typeof values.actor === 'string' ? '--actor' : 'the actor');
    return actor;
}
/** Builds the backend the options name (default `fallback`, usually echo). */
function backendOf(values, io, fallback = 'echo', runsDir) {
    const str = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
    return createBackend(str('backend') ?? fallback, {
        model: str('model'),
        baseUrl: str('base-url'),
        apiKey: str('api-key'),
        replayFrom: str('replay-from') ? external_node_path_.resolve(io.cwd, str('replay-from')) : undefined,
        env: io.env,
        runsDir,
    });
}
/** Exactly one positional argument, or a usage error. */
function onePositional(positionals, what, usage) {
    if (positionals.length !== 1) {
        throw new errors/* InputError */.dz(`${positionals.length === 0 ? `missing ${what}` : `unexpected arguments: ${positionals.slice(1).join(' ')}`}\n${usage}`);
    }
    return positionals[0];
}


/***/ }),

/***/ 38165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ normaliseArtifactPath)
/* harmony export */ });
/**
 * Normalises a `write_text` path to a safe relative path inside `artifacts/`, or says why it cannot be.
 * Pure: the symlink check happens where the file is written (the run store).
 */
function normaliseArtifactPath(raw) {
    if (raw.includes('\0'))
        return { error: 'contains a NUL byte' };
    if (raw.includes('\\'))
        return { error: 'contains a backslash; use "/" between folders' };
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        return { error: `"${raw}" is absolute; give a path relative to artifacts/` };
    const parts = [];
    for (const segment of raw.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            return { error: `"${raw}" contains ".."; paths must stay inside artifacts/` };
        if (segment.length > 255)
            return { error: 'has a path segment longer than 255 characters' };
        parts.push(segment);
    }
    if (parts.length === 0)
        return { error: `"${raw}" names no file inside artifacts/` };
    if (raw.endsWith('/'))
        return { error: `"${raw}" ends with "/"; name the file to write` };
    if (parts[0] === 'artifacts' && parts.length > 1)
        return {
            error: `"${raw}" starts with "artifacts/", but paths are already relative to artifacts/; give "${parts.slice(1).join('/')}"`,
        };
    const path = parts.join('/');
    if (path.length > 1024)
        return { error: 'is longer than 1024 characters' };
    return { path };
}


/***/ }),

/***/ 34860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ chainLine),
/* harmony export */   H: () => (/* binding */ verifyChain)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42605);

/** Builds the next line of the chain: `hash` covers every other field, `prev_hash` links the previous line. */
function chainLine(entry, link) {
    const body = { seq: link.seq + 1, ts: link.ts, run_id: link.runId, ...entry, prev_hash: link.head };
    return { ...body, hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) };
}
/**
 * Verifies `audit/log.jsonl` text against its genesis (the lock snapshot's hash). A final line without its
 * newline is an interrupted write: reported as `torn`, not as tampering; everything before it must hold.
 */
function verifyChain(text, genesis, runId) {
    const raw = text.split('\n');
    const tail = raw.pop() ?? '';
    const torn = tail !== '';
    const lines = [];
    let head = genesis;
    for (let i = 0; i < raw.length; i++) {
        const number = i + 1;
        let line;
        try {
            line = JSON.parse(raw[i]);
        }
        catch {
            return { ok: false, line: number, message: 'is not valid JSON', lines };
        }
        if (line === null || typeof line !== 'object')
            return { ok: false, line: number, message: 'is not an object', lines };
        if (line.seq !== number)
            return {
                ok: false,
                line: number,
                message: `has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,
                lines,
            };
        if (line.run_id !== runId)
            return {
                ok: false,
                line: number,
                message: `names run ${String(line.run_id)}, expected ${runId}`,
                lines,
            };
        if (line.prev_hash !== head)
            return {
                ok: false,
                line: number,
                message: `prev_hash does not link to ${number === 1 ? 'the lock snapshot hash' : `line ${number - 1}`}`,
                lines,
            };
        const { hash, ...body } = line;
        if (!(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(hash) || (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) !== hash)
            return { ok: false, line: number, message: 'hash does not match the line content', lines };
        lines.push(line);
        head = hash;
    }
    return { ok: true, lines, head, torn };
}


/***/ }),

/***/ 63805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ openRun),
/* harmony export */   Su: () => (/* binding */ cancelRun),
/* harmony export */   Tm: () => (/* binding */ lastReceipt),
/* harmony export */   c2: () => (/* binding */ beginSession),
/* harmony export */   cv: () => (/* binding */ recordStart),
/* harmony export */   ds: () => (/* binding */ stop),
/* harmony export */   g7: () => (/* binding */ execute),
/* harmony export */   hr: () => (/* binding */ auditStepCompleted),
/* harmony export */   mW: () => (/* binding */ resolveGate),
/* harmony export */   nR: () => (/* binding */ denyStep),
/* harmony export */   ut: () => (/* binding */ createRun),
/* harmony export */   xC: () => (/* binding */ writeGateFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42605);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37252);
/* harmony import */ var _receipts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16598);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27253);
/* harmony import */ var _run_journal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(208);
/* harmony import */ var _run_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90204);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28298);
/* harmony import */ var _run_transitions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66795);
/* harmony import */ var _run_stop_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50123);
/* harmony import */ var _run_verify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83238);
/* harmony import */ var _step_ops_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(39084);












const EXIT = { completed: 0, paused: 78, failed: 1, rejected: 1, running: 1 };
/** Creates the run folder's frozen files and first audit lines. The folder exists and is empty. */
function createRun(runId, workflow, policy, ctx) {
    const { store, backend } = ctx;
    const now = ctx.clock.now().toISOString();
    const lock = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .buildLock */ .oj)(workflow, policy, backend, now);
    const genesis = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .lockHash */ .Ug)(lock);
    const input = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .buildInput */ .d)(runId, workflow, policy, backend);
    store.write('workflow.snapshot.json', workflow.bytes);
    store.write('lock.snapshot.json', (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)(lock));
    store.write('input.json', (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)(input));
    store.write('metadata.json', (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)({
        run_id: runId,
        status: 'running',
        created_at: now,
        updated_at: now,
        ...ctx.environment,
        sessions: [],
    }));
    const journal = new _run_journal_js__WEBPACK_IMPORTED_MODULE_5__/* .RunJournal */ .z9(store, (0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .initialState */ .ue)(runId, workflow.steps, genesis), workflow.steps, ctx.clock);
    journal.audit({
        actor: ctx.actor,
        event: 'run.created',
        evidence_ref: 'lock.snapshot.json',
        details: {
            workflow_hash: lock.workflow,
            lock_hash: genesis,
            policy_hash: lock.policy,
            policy_id: policy.policy.id,
            backend: backend.name,
        },
    });
    journal.audit({
        actor: ctx.actor,
        event: 'run.status',
        details: { status: 'running', command: ctx.command },
    });
    store.commit();
    return { input, lock, genesis, journal, texts: new Map() };
}
function readJson(store, path) {
    const bytes = store.read(path);
    if (bytes === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${store.dir} is not a run folder: ${path} is missing`, path);
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${path} is not valid JSON`, path);
    }
}
/**
 * Opens an existing run folder: refuses a broken chain, then recovers what a crash can leave behind
 * (a torn last line, a receipt written just before the process died, temporary files) so the run can go on.
 */
function openRun(ctx) {
    const { store } = ctx;
    // Nothing goes on from evidence that does not verify: an approval, a resume or a retry would seal it in.
    const verdict = (0,_run_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .verifyRun */ .$f)(store);
    if (!verdict.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`refusing to continue run folder ${store.dir}: ${verdict.message ?? 'it does not verify'}`, verdict.where ?? store.dir);
    // A seal describes the folder at a stop: whatever this session changes first removes it.
    store.unsealOnFirstWrite(_run_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .SEAL */ .El);
    const input = readJson(store, 'input.json');
    const lock = readJson(store, 'lock.snapshot.json');
    const genesis = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .lockHash */ .Ug)(lock);
    const state = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .initialState */ .ue)(input.run_id, input.steps, genesis);
    const journal = new _run_journal_js__WEBPACK_IMPORTED_MODULE_5__/* .RunJournal */ .z9(store, state, input.steps, ctx.clock);
    const recovered = [];
    for (const path of store.list()) {
        if (_run_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .LEFTOVER_TEMP */ .Hx.test(path)) {
            // Not evidence (verify names it and passes over it), so its removal is not an audited change.
            store.remove(path);
        }
        else if (path === _run_journal_js__WEBPACK_IMPORTED_MODULE_5__/* .AUDIT_LOG */ .bd || (path.startsWith('steps/') && path.endsWith('.jsonl'))) {
            // Only the engine's own logs are appended to; an artifact that ends without a newline is as written.
            const text = Buffer.from(store.read(path) ?? new Uint8Array()).toString('utf8');
            if (text !== '' && !text.endsWith('\n')) {
                store.write(path, text.slice(0, text.lastIndexOf('\n') + 1));
                recovered.push(`dropped the torn last line of ${path}`);
            }
        }
    }
    // verifyRun above checked every link of the chain; recovery can only have dropped its torn last line (a
    // read-only status query cannot, so the text after the last newline is left out here rather than hashed again).
    const text = Buffer.from(store.read(_run_journal_js__WEBPACK_IMPORTED_MODULE_5__/* .AUDIT_LOG */ .bd) ?? new Uint8Array()).toString('utf8');
    for (const line of text.split('\n').slice(0, -1))
        (0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .applyLine */ .xk)(state, JSON.parse(line), journal.index);
    // A receipt is the commit point of a step or gate: if the process died after writing it but before the
    // audit line, the audit line is written now, so the step never runs twice and the decision is not lost.
    for (const gate of state.gates.filter((candidate) => candidate.status === 'pending')) {
        const receipt = readReceipt(store, `receipts/gates/${gate.gate_id}.json`);
        if (receipt && receipt.prev_receipt_hash === lastReceipt(state.receipts, genesis)) {
            auditGateResolution(journal, receipt, receipt.actor, true);
            recovered.push(`recorded the resolution of gate ${gate.gate_id} from its receipt`);
        }
    }
    for (const record of state.steps) {
        if (record.status === 'completed' || record.op === _run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .EXTERNAL_OP */ .yC)
            continue;
        const receipt = readReceipt(store, `receipts/steps/${record.step_id}.json`);
        if (!receipt)
            break;
        if (receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis))
            break;
        // The engine writes a receipt only for a step it was allowed to run; any other is not its own.
        if ((0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .unapprovedExecution */ .tI)(state, record))
            break;
        auditStepCompleted(journal, input.steps[journal.index.get(record.step_id) ?? 0], receipt, 'system', true);
        recovered.push(`recorded step ${record.step_id} as completed from its receipt`);
    }
    // External steps (reported over the API) follow the workflow's in the state; the same commit point holds.
    for (const record of state.steps) {
        if (record.op !== _run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .EXTERNAL_OP */ .yC || record.status !== 'started')
            continue;
        const receipt = readReceipt(store, `receipts/steps/${record.step_id}.json`);
        if (!receipt || receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis))
            continue;
        if ((0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .unapprovedExecution */ .tI)(state, record))
            continue;
        auditStepCompleted(journal, { id: record.step_id, op: record.op }, receipt, 'system', true);
        recovered.push(`recorded external step ${record.step_id} as completed from its receipt`);
    }
    if (recovered.length > 0)
        journal.audit({ actor: 'system', event: 'run.recovered', reason: recovered.join('; ') });
    const texts = new Map();
    for (const step of input.steps) {
        const record = state.steps[journal.index.get(step.id) ?? 0];
        if (record?.status !== 'completed' || step.op === 'audit_gate')
            continue;
        const output = readJson(store, `outputs/${step.id}.json`);
        if (typeof output.output.text === 'string')
            texts.set(step.id, output.output.text);
    }
    return { input, lock, genesis, journal, texts };
}
function readReceipt(store, path) {
    const bytes = store.read(path);
    if (!bytes)
        return undefined;
    try {
        const receipt = JSON.parse(Buffer.from(bytes).toString('utf8'));
        return (0,_receipts_js__WEBPACK_IMPORTED_MODULE_3__/* .receiptIntact */ .qS)(receipt) ? receipt : undefined;
    }
    catch {
        return undefined;
    }
}
/** The hash the next receipt links to: the last receipt's, or the genesis (lock snapshot) hash. */
function lastReceipt(receipts, genesis) {
    return receipts.at(-1)?.receipt_hash ?? genesis;
}
/** Writes a step's completion (audit line and step log) once its receipt, the commit point, is on disk. */
function auditStepCompleted(journal, step, receipt, actor, recovered) {
    const details = {
        input_hash: receipt.input_hash,
        output_hash: receipt.output_hash,
        receipt_hash: receipt.receipt_hash,
        ...(recovered ? { recovered } : {}),
    };
    journal.audit({
        actor,
        event: 'step.completed',
        step_id: step.id,
        evidence_ref: `receipts/steps/${step.id}.json`,
        details,
    });
    journal.stepEvent(step, 'completed', details);
}
function auditGateResolution(journal, receipt, actor, recovered) {
    const resolution = {
        decision: receipt.decision,
        actor: receipt.actor,
        comment: receipt.comment,
        at: receipt.at,
        source: receipt.source,
        ...(receipt.details ? { details: receipt.details } : {}),
    };
    journal.audit({
        actor,
        event: 'gate.resolved',
        gate_id: receipt.gate_id,
        step_id: receipt.step_id,
        decision: receipt.decision,
        reason: receipt.comment,
        evidence_ref: `receipts/gates/${receipt.gate_id}.json`,
        details: { resolution, receipt_hash: receipt.receipt_hash, ...(recovered ? { recovered } : {}) },
    });
}
/** Marks a paused (approved) or interrupted run as running again, after the state machine allows it. */
function beginSession(run, ctx, mode, 
/** The external step whose posting resumes the run: it is about to be recorded. */
posting) {
    const { state } = run.journal;
    if (mode === 'resume')
        (0,_run_transitions_js__WEBPACK_IMPORTED_MODULE_8__/* .checkResume */ .sR)(state, posting);
    else
        (0,_run_transitions_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRetry */ .Du)(state);
    ctx.store.remove('gate_pending.json');
    run.journal.audit({ actor: ctx.actor, event: 'run.status', details: { status: 'running', command: mode } });
}
/**
 * Approves or rejects the pending gate. The gate receipt is written first (the commit point), then the
 * audit line; a rejection ends the run. Refused with `IllegalTransition` when there is nothing to resolve.
 */
function resolveGate(run, ctx, resolution) {
    const { journal } = run;
    const gate = (0,_run_transitions_js__WEBPACK_IMPORTED_MODULE_8__/* .gateToResolve */ .jp)(journal.state, resolution.decision === 'approved' ? 'approve' : 'reject');
    const at = resolution.at ?? journal.now();
    const receipt = (0,_receipts_js__WEBPACK_IMPORTED_MODULE_3__/* .sealReceipt */ .IN)({
        kind: 'gate',
        run_id: journal.state.run_id,
        gate_id: gate.gate_id,
        step_id: gate.step_id,
        decision: resolution.decision,
        actor: resolution.actor,
        comment: resolution.comment,
        at,
        source: resolution.source,
        ...(resolution.details ? { details: resolution.details } : {}),
        prev_receipt_hash: lastReceipt(journal.state.receipts, run.genesis),
    });
    ctx.store.write(`receipts/gates/${gate.gate_id}.json`, (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)(receipt));
    auditGateResolution(journal, receipt, ctx.actor, false);
    writeGateFile(run, ctx.store, gate.gate_id);
    if (resolution.decision === 'rejected') {
        const failure = {
            kind: 'rejected',
            reason: `gate "${gate.gate_id}" rejected by ${resolution.actor}${resolution.comment ? `: ${resolution.comment}` : ''}`,
            step_id: gate.step_id,
        };
        return stop(run, ctx, 'rejected', failure);
    }
    return stop(run, ctx, 'paused', null);
}
/**
 * Ends a run that cannot go on in this session (a cancelled CI job, an operator's cancel): status `failed`
 * with kind `cancelled` and the reason, so the evidence that exists is sealed and can be packaged.
 * `awo retry` can still continue it later. Refused for a run that already stopped.
 */
function cancelRun(run, ctx, reason) {
    (0,_run_transitions_js__WEBPACK_IMPORTED_MODULE_8__/* .checkCancel */ .v1)(run.journal.state);
    return stop(run, ctx, 'failed', { kind: 'cancelled', reason, step_id: null });
}
/**
 * Writes a step's start and the policy decision that precedes any execution, as one write to the step's
 * log and one to the audit trail. `logDetails` and `auditDetails` add to the `started` event and line.
 */
function recordStart(journal, actor, step, decision, logDetails, auditDetails) {
    journal.stepEvents(step, [
        ['started', { type: step.type ?? null, ...logDetails }],
        ['policy', { ...decision }],
    ]);
    journal.auditAll([
        { actor, event: 'step.started', step_id: step.id, details: auditDetails },
        {
            actor: 'policy',
            event: 'policy.decision',
            step_id: step.id,
            decision: decision.decision,
            reason: decision.reason,
            evidence_ref: journal.stepLog(step.id),
            details: { policy: decision },
        },
    ]);
}
/** A deny fails the run closed: the step never executes, nor does any later one. */
function denyStep(run, ctx, step, decision) {
    run.journal.stepEvent(step, 'denied', { reason: decision.reason });
    run.journal.audit({
        actor: 'policy',
        event: 'step.denied',
        step_id: step.id,
        decision: 'deny',
        reason: decision.reason,
    });
    return stop(run, ctx, 'failed', {
        kind: 'denied',
        reason: `step "${step.id}" denied by policy ${decision.policy_id}: ${decision.reason}`,
        step_id: step.id,
    });
}
/** Runs steps from the first one without a receipt until the run completes, pauses or fails. */
async function execute(run, ctx) {
    const { journal, input } = run;
    const { state } = journal;
    const policy = input.policy.document;
    const retry = ctx.retry ?? _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY */ .vI;
    const decisionHash = (0,_receipts_js__WEBPACK_IMPORTED_MODULE_3__/* .decisionHasher */ .qW)();
    // A gate nobody has decided holds the run whatever opened it (a manual pause, an external step's flag):
    // a retry after a cancel pauses at it again rather than running past it.
    if ((0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .pendingGate */ .rG)(state))
        return stop(run, ctx, 'paused', null);
    for (const step of input.steps) {
        const record = state.steps[journal.index.get(step.id) ?? 0];
        if (!record || record.status === 'completed')
            continue;
        const interrupted = ctx.interruption?.(run, ctx);
        if (interrupted)
            return interrupted;
        const stepInput = (0,_step_ops_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveInput */ .xI)(step, run.texts);
        const facts = {
            step,
            prompts: stepInput.prompts ?? [],
            params: {
                ...stepInput.params,
                model: (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .effectiveModel */ .Rt)(step, ctx.backend),
            },
        };
        const decision = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluatePolicy */ .U)(policy, facts);
        recordStart(journal, ctx.actor, step, decision, {}, { op: step.op, type: step.type ?? null });
        if (decision.decision === 'deny')
            return denyStep(run, ctx, step, decision);
        if (decision.decision === 'flag') {
            const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .gateForStep */ .$I)(state, step.id, 'flag');
            if (gate?.status !== 'approved')
                return gate
                    ? waitOrEnd(run, ctx, gate)
                    : requestGate(run, ctx, step, `flag-${step.id}`, 'flag', decision.reason);
        }
        let output;
        try {
            if (step.op === 'audit_gate') {
                const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_7__/* .gateForStep */ .$I)(state, step.id, 'audit_gate');
                if (gate?.status !== 'approved' || !gate.resolution) {
                    return gate
                        ? waitOrEnd(run, ctx, gate)
                        : requestGate(run, ctx, step, step.id, 'audit_gate', 'audit gate: human review required');
                }
                output = (0,_step_ops_js__WEBPACK_IMPORTED_MODULE_11__/* .gateOutput */ .TY)(gate.gate_id, gate.resolution);
            }
            else if (step.op === 'llm_map') {
                output = await (0,_step_ops_js__WEBPACK_IMPORTED_MODULE_11__/* .runLlmMap */ .R0)(step, stepInput, {
                    backend: ctx.backend,
                    store: ctx.store,
                    clock: ctx.clock,
                    retry,
                    limiter: ctx.limiter,
                    concurrencyCap: ctx.concurrencyCap ?? 32,
                    onRetry: (info) => {
                        journal.stepEvent(step, 'retry', { ...info });
                        journal.audit({
                            actor: 'system',
                            event: 'step.retry',
                            step_id: step.id,
                            reason: info.reason,
                            details: {
                                attempt: info.attempt,
                                delay_ms: info.delayMs,
                                status: info.status ?? null,
                                item: info.item,
                            },
                        });
                    },
                });
            }
            else {
                output = (0,_step_ops_js__WEBPACK_IMPORTED_MODULE_11__/* .runWriteText */ .iR)(stepInput, ctx.store);
            }
        }
        catch (err) {
            // Every step error is retryable with `awo retry` (a fixed symlink, a provider back up); only a deny is final.
            const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err);
            journal.stepEvent(step, 'failed', { error: reason });
            journal.audit({ actor: 'system', event: 'step.failed', step_id: step.id, reason });
            return stop(run, ctx, 'failed', {
                kind: 'error',
                reason: `step "${step.id}" failed: ${reason}`,
                step_id: step.id,
            });
        }
        const outputRecord = { step_id: step.id, op: step.op, input: stepInput, output };
        ctx.store.write(`outputs/${step.id}.json`, (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)(outputRecord), { atomic: false });
        const receipt = (0,_receipts_js__WEBPACK_IMPORTED_MODULE_3__/* .sealReceipt */ .IN)({
            kind: 'step',
            run_id: state.run_id,
            step_id: step.id,
            step_type: step.type ?? null,
            op: step.op,
            input_hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(stepInput),
            output_hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(output),
            decision_hash: decisionHash(decision),
            prev_receipt_hash: lastReceipt(state.receipts, run.genesis),
        });
        // A torn receipt does not verify and recovery ignores it (the step runs again), so no temp file + rename.
        ctx.store.write(`receipts/steps/${step.id}.json`, (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)(receipt), { atomic: false });
        auditStepCompleted(journal, step, receipt, ctx.actor, false);
        ctx.store.release(journal.stepLog(step.id));
        if (typeof output.text === 'string')
            run.texts.set(step.id, output.text);
    }
    return stop(run, ctx, 'completed', null);
}
/**
 * A gate already requested but not approved: only reachable when a stop was interrupted while it was being
 * sealed. A pending gate pauses again (never requested twice); a rejected one ends the run as rejected.
 */
function waitOrEnd(run, ctx, gate) {
    if (gate.status === 'rejected') {
        return stop(run, ctx, 'rejected', {
            kind: 'rejected',
            reason: `gate "${gate.gate_id}" rejected by ${gate.resolution?.actor ?? 'unknown'}`,
            step_id: gate.step_id,
        });
    }
    return stop(run, ctx, 'paused', null);
}
function requestGate(run, ctx, step, gateId, kind, reason) {
    const { journal } = run;
    const args = step.op === 'audit_gate' ? step.args : undefined;
    const details = { kind, checklist: args?.checklist ?? null, environment: args?.environment ?? null };
    journal.stepEvent(step, 'gate', { gate_id: gateId, reason, ...details });
    journal.audit({
        actor: kind === 'flag' ? 'policy' : ctx.actor,
        event: 'gate.requested',
        step_id: step.id,
        gate_id: gateId,
        reason,
        evidence_ref: `audit/gates/${gateId}.json`,
        details,
    });
    writeGateFile(run, ctx.store, gateId);
    return stop(run, ctx, 'paused', null);
}
/** `audit/gates/<id>.json`: the gate's request, then its resolution. */
function writeGateFile(run, store, gateId) {
    const gate = run.journal.state.gates.filter((candidate) => candidate.gate_id === gateId).at(-1);
    if (!gate)
        return;
    store.write(`audit/gates/${gateId}.json`, (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .prettyJson */ .D_)({
        gate_id: gate.gate_id,
        step_id: gate.step_id,
        kind: gate.kind,
        status: gate.status,
        request: {
            at: gate.requested_at,
            reason: gate.reason,
            checklist: gate.checklist,
            environment: gate.environment,
        },
        resolution: gate.resolution,
        receipt_hash: gate.receipt_hash,
    }));
}
/** Records the run's new status (when it changes, or at every pause) and seals its evidence (`writeStop`). */
function stop(run, ctx, status, failure) {
    const { journal } = run;
    // The status line is sealed in the workflow receipt before it is appended: a stopped status in the
    // audit trail therefore always has its receipt, and a crash in between reads as an interrupted stop.
    let statusLine;
    if (journal.state.status !== status || status === 'paused') {
        statusLine = journal.prepare({
            actor: ctx.actor,
            event: 'run.status',
            reason: failure?.reason,
            details: { status, ...(failure ? { failure } : {}) },
        });
        journal.apply(statusLine);
    }
    const workflowHash = (0,_run_stop_js__WEBPACK_IMPORTED_MODULE_9__/* .writeStop */ .o)(run, ctx, statusLine);
    const state = journal.state;
    return {
        runId: state.run_id,
        runDir: ctx.store.dir,
        status: state.status,
        exitCode: EXIT[state.status],
        gate: state.gates.filter((gate) => gate.status === 'pending').at(-1) ??
            (state.status === 'paused' ? (state.gates.at(-1) ?? null) : null),
        failure: state.failure,
        workflowHash,
        decisions: state.steps
            .filter((step) => step.decision && step.decision.decision !== 'allow')
            .map((step) => ({ step_id: step.step_id, decision: step.decision })),
    };
}


/***/ }),

/***/ 42605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dj: () => (/* binding */ canonicalJson),
  QN: () => (/* binding */ digestBytes),
  G5: () => (/* binding */ digestObject),
  Bc: () => (/* binding */ isDigest),
  D_: () => (/* binding */ prettyJson),
  fg: () => (/* binding */ sha256Hex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/canonical-json.ts
/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON data model the run records use, written for speed:
 * a run hashes a dozen records per step, and the generic `canonicalize` package spent most of a step's CPU
 * building strings with `reduce`. The output is byte for byte what `canonicalize` 2.1.0 (the maintained
 * reference implementation by the RFC's co-author) gives for every JSON value; test/core/canonical-json.test.ts
 * checks it against the RFC's test vectors and against that package on generated values.
 *
 * - strings: ECMAScript `JSON.stringify` (RFC 8785 §3.2.2.2 takes its escaping as is);
 * - numbers: ECMAScript Number-to-String (§3.2.2.3), which `JSON.stringify` of a finite number is; NaN and
 *   ±Infinity are refused;
 * - objects: members sorted by their names' UTF-16 code units (§3.2.3), which is JavaScript's default sort;
 *   members whose value is `undefined`, a function or a symbol are left out, as `JSON.stringify` does;
 * - arrays: in order; `undefined`, functions and symbols become `null`;
 * - a `toJSON` method is honoured (a `Date` is its ISO string).
 */
/** Quoted JSON strings of member names met before: records repeat the same few dozen names. */
const quotedNames = new Map();
const MAX_CACHED_NAMES = 4096;
function quoteName(name) {
    let quoted = quotedNames.get(name);
    if (quoted === undefined) {
        quoted = JSON.stringify(name);
        if (quotedNames.size < MAX_CACHED_NAMES)
            quotedNames.set(name, quoted);
    }
    return quoted;
}
function serialize(value) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`);
            return JSON.stringify(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object': {
            if (value === null)
                return 'null';
            if (Array.isArray(value)) {
                let out = '[';
                for (let i = 0; i < value.length; i++) {
                    if (i > 0)
                        out += ',';
                    out += serialize(value[i]) ?? 'null';
                }
                return out + ']';
            }
            const toJSON = value.toJSON;
            if (typeof toJSON === 'function')
                return serialize(toJSON.call(value));
            const record = value;
            const names = Object.keys(record).sort();
            let out = '{';
            let first = true;
            for (const name of names) {
                const member = serialize(record[name]);
                if (member === undefined)
                    continue;
                if (!first)
                    out += ',';
                first = false;
                out += quoteName(name) + ':' + member;
            }
            return out + '}';
        }
        case 'bigint':
            throw new TypeError('a BigInt cannot be canonicalized as JSON');
        default:
            // undefined, a function, a symbol: not JSON values.
            return undefined;
    }
}
/** RFC 8785 canonical JSON of `value`; `undefined` when `value` is not a JSON value (undefined, a function). */
function canonicalize(value) {
    return serialize(value);
}

;// CONCATENATED MODULE: ./src/core/hash.ts


// `crypto.hash` (Node 20.12+, every Node 22 and 24) hashes in one call, without a Hash object: a run
// hashes a dozen small records per step, and this is 2.5 times faster for them. Older Node 20 falls back.
const oneShot = typeof external_node_crypto_.hash === 'function' ? (data) => external_node_crypto_.hash('sha256', data, 'hex') : undefined;
/** Hex SHA-256 of raw bytes (a string is hashed as its UTF-8 bytes). */
function sha256Hex(data) {
    return oneShot ? oneShot(data) : external_node_crypto_.createHash('sha256').update(data).digest('hex');
}
/** `sha256:` digest of raw bytes: prompts, files. Same as Python's `hashlib.sha256(s.encode()).hexdigest()`. */
function digestBytes(data) {
    return `sha256:${sha256Hex(data)}`;
}
/** RFC 8785 (JCS) canonical JSON of a value. */
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new TypeError('value cannot be canonicalized as JSON');
    return text;
}
/** How run-folder records are written: indented JSON with a final newline, for people and diffs. */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/** `sha256:` digest of an object, over its RFC 8785 canonical JSON. */
function digestObject(value) {
    return digestBytes(canonicalJson(value));
}
/** True when `value` looks like a digest this project writes. */
function isDigest(value) {
    return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}


/***/ }),

/***/ 19033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ tooDeep),
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH)
/* harmony export */ });
/**
 * How deep JSON may nest in a workflow, a policy or a request body. RFC 8785 canonicalisation recurses once
 * per level, so a value nested thousands deep would end in a stack overflow rather than a clear refusal.
 */
const MAX_JSON_DEPTH = 100;
/** The path (`(root)`, `steps[0].params.x`) of the first value nested deeper than `max`, if any. */
function tooDeep(value, max = MAX_JSON_DEPTH, at = '(root)', depth = 0) {
    if (value === null || typeof value !== 'object')
        return undefined;
    if (depth >= max)
        return at;
    const base = at === '(root)' ? '' : at;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const found = tooDeep(value[i], max, `${base}[${i}]`, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    }
    for (const [key, item] of Object.entries(value)) {
        const found = tooDeep(item, max, base === '' ? key : `${base}.${key}`, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}


/***/ }),

/***/ 85593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ Policy),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports Decision, ParamCondition, RuleMatch, PolicyRule */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

/** The three policy outcomes, most lenient first. */
const Decision = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['allow', 'flag', 'deny'])
    .describe('allow runs the step; flag pauses for a human first; deny fails the run closed');
const oneOrMany = (item) => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([item, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item).min(1)]);
/** A condition on one step parameter; every listed test must hold for the condition to match. */
const ParamCondition = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    present: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('true: the param is set; false: it is not'),
    equals: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional().describe('matches when the param equals this value'),
    in: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J())
        .min(1)
        .optional()
        .describe('matches when the param is one of these (e.g. a model allow-list)'),
    not_in: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).min(1).optional().describe('matches when the param is none of these'),
    gt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('matches when the param is a number greater than this'),
    gte: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    lt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    lte: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
})
    .describe('tests on one parameter');
const validRegex = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine((source) => {
    try {
        new RegExp(source, 'u');
        return true;
    }
    catch {
        return false;
    }
}, { message: 'is not a valid regular expression' });
/** What a rule looks at. Every field given must match (AND); a list matches any of its items (OR). */
const RuleMatch = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    op: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['llm_map', 'write_text', 'audit_gate', 'external']))
        .optional()
        .describe('step op(s); `external` matches steps reported over the API (awo serve)'),
    step_id: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('glob(s) on the step id: * any run, ? one character'),
    step_type: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('step type label(s): observe, decide, gate, act, transform, ...'),
    prompt_contains: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('substring(s) of the prompt, case-insensitive'),
    prompt_regex: validRegex.optional().describe('regular expression tested on the prompt'),
    params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ParamCondition)
        .optional()
        .describe('conditions on params; `model` is the effective model'),
    path: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('glob(s) on the write_text path, relative to artifacts/; ** crosses folders'),
})
    .describe('all given fields must match');
const PolicyRule = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(128).describe('rule id, reported in rules_triggered'),
    match: RuleMatch,
    decision: Decision,
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('why, in words a reviewer reads'),
});
/** A governance policy: rules evaluated for every step; the most severe matching decision wins. */
const Policy = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(128).describe('policy id, recorded with every decision'),
    tier: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(64).describe('risk tier label, e.g. low, medium, high'),
    default: Decision.describe('decision when no rule matches'),
    rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PolicyRule).default([]),
    allow_self_approval: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .optional()
        .describe('true lets the actor who started a run (or requested its gate) approve its gates; absent or false refuses self-approval'),
})
    .superRefine((policy, ctx) => {
    const seen = new Set();
    policy.rules.forEach((rule, index) => {
        if (seen.has(rule.id))
            ctx.addIssue({
                code: 'custom',
                path: ['rules', index, 'id'],
                message: `duplicate rule id "${rule.id}"`,
            });
        seen.add(rule.id);
    });
});
/** The policy used when a workflow names none: allow everything, recorded as such. */
const DEFAULT_POLICY = {
    id: 'default-allow',
    tier: 'none',
    default: 'allow',
    rules: [],
};


/***/ }),

/***/ 37252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ evaluatePolicy)
});

// UNUSED EXPORTS: ruleMatches

;// CONCATENATED MODULE: ./src/core/glob.ts
/**
 * Glob to RegExp: `**` crosses "/", `*` matches within one path segment, `?` one character.
 * Everything else is literal.
 */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            i++;
            if (glob[i + 1] === '/') {
                i++;
                source += '(?:.*/)?';
            }
            else {
                source += '.*';
            }
        }
        else if (char === '*') {
            source += '[^/]*';
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else {
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`, 'u');
}
/** True when `value` matches any of the globs. */
function matchesAnyGlob(value, globs) {
    return (typeof globs === 'string' ? [globs] : globs).some((glob) => globToRegExp(glob).test(value));
}

// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
;// CONCATENATED MODULE: ./src/core/policy.ts


const SEVERITY = { allow: 0, flag: 1, deny: 2 };
const list = (value) => (Array.isArray(value) ? value : [value]);
function conditionHolds(value, condition) {
    const present = value !== undefined;
    if (condition.present !== undefined && condition.present !== present)
        return false;
    const same = (other) => present && (0,hash/* canonicalJson */.dj)(value) === (0,hash/* canonicalJson */.dj)(other);
    if ('equals' in condition && condition.equals !== undefined && !same(condition.equals))
        return false;
    if (condition.in && !condition.in.some(same))
        return false;
    if (condition.not_in && (!present || condition.not_in.some(same)))
        return false;
    const numeric = [condition.gt, condition.gte, condition.lt, condition.lte].some((bound) => bound !== undefined);
    if (numeric) {
        if (typeof value !== 'number')
            return false;
        if (condition.gt !== undefined && !(value > condition.gt))
            return false;
        if (condition.gte !== undefined && !(value >= condition.gte))
            return false;
        if (condition.lt !== undefined && !(value < condition.lt))
            return false;
        if (condition.lte !== undefined && !(value <= condition.lte))
            return false;
    }
    return true;
}
/** True when every field the rule gives matches the step. */
function ruleMatches(rule, facts) {
    const { match } = rule;
    const { step } = facts;
    if (match.op && !list(match.op).includes(step.op))
        return false;
    if (match.step_id && !matchesAnyGlob(step.id, match.step_id))
        return false;
    if (match.step_type && !(step.type !== undefined && list(match.step_type).includes(step.type)))
        return false;
    if (match.prompt_contains || match.prompt_regex) {
        if (step.op !== 'llm_map')
            return false;
        if (match.prompt_contains) {
            const needles = list(match.prompt_contains).map((needle) => needle.toLowerCase());
            if (!facts.prompts.some((prompt) => needles.some((needle) => prompt.toLowerCase().includes(needle))))
                return false;
        }
        if (match.prompt_regex) {
            const pattern = new RegExp(match.prompt_regex, 'u');
            if (!facts.prompts.some((prompt) => pattern.test(prompt)))
                return false;
        }
    }
    if (match.params) {
        for (const [name, condition] of Object.entries(match.params)) {
            if (!conditionHolds(facts.params[name], condition))
                return false;
        }
    }
    if (match.path) {
        if (step.op !== 'write_text' || !matchesAnyGlob(step.args.path, match.path))
            return false;
    }
    return true;
}
/**
 * Evaluates every rule against a step. The most severe matching decision wins (deny > flag > allow);
 * no match gives the policy's default. Pure.
 */
function evaluatePolicy(policy, facts) {
    const triggered = policy.rules.filter((rule) => ruleMatches(rule, facts));
    const base = { policy_id: policy.id, tier: policy.tier, rules_triggered: triggered.map((rule) => rule.id) };
    if (triggered.length === 0) {
        return {
            ...base,
            decision: policy.default,
            reason: `no rule matched; policy default is ${policy.default}`,
        };
    }
    const worst = triggered.reduce((a, b) => (SEVERITY[b.decision] > SEVERITY[a.decision] ? b : a));
    const reasons = triggered
        .filter((rule) => rule.decision === worst.decision)
        .map((rule) => `${rule.id}: ${rule.reason}`);
    return { ...base, decision: worst.decision, reason: reasons.join('; ') };
}


/***/ }),

/***/ 64119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/**
 * The small interfaces through which the pure core reaches the outside world. The faces inject
 * real implementations (system clock, node:fs run store, HTTP backends); tests inject real ones too.
 */
const systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 16598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ sealReceipt),
/* harmony export */   qS: () => (/* binding */ receiptIntact),
/* harmony export */   qW: () => (/* binding */ decisionHasher),
/* harmony export */   tT: () => (/* binding */ workflowReceiptIntact),
/* harmony export */   vQ: () => (/* binding */ sealWorkflowReceipt)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42605);

/**
 * A receipt's `decision_hash`, remembered per distinct decision: most steps share one (the policy's
 * default), so a run of thousands of steps hashes a handful of decisions.
 */
function decisionHasher() {
    const known = new Map();
    return (decision) => {
        const key = JSON.stringify(decision);
        let hash = known.get(key);
        if (hash === undefined)
            known.set(key, (hash = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(decision)));
        return hash;
    };
}
/** Seals a receipt: `receipt_hash` is over every other field. */
function sealReceipt(body) {
    return { ...body, receipt_hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) };
}
/** Seals the workflow receipt: `workflow_hash` is over every other field. */
function sealWorkflowReceipt(body) {
    return { ...body, workflow_hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) };
}
/** Recomputes a receipt's own hash; true when it is intact. */
function receiptIntact(receipt) {
    const { receipt_hash, ...body } = receipt;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) === receipt_hash;
}
/** Recomputes the workflow receipt's own hash. */
function workflowReceiptIntact(receipt) {
    const { workflow_hash, ...body } = receipt;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(body) === workflow_hash;
}


/***/ }),

/***/ 27253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZG: () => (/* binding */ callWithRetry),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Defaults for model calls: five attempts over at most two minutes, one minute per attempt. */
const DEFAULT_RETRY = Object.freeze({
    maxAttempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxTotalMs: 120_000,
    timeoutMs: 60_000,
});
/** Statuses that mean "the provider is rate limiting or overloaded": they also slow the shared limiter. */
const SLOW_DOWN_STATUSES = new Set([429, 529]);
/**
 * Calls `attempt` until it succeeds, retrying `BackendError`s marked retryable (429, 5xx, resets,
 * timeouts) with exponential backoff and equal jitter, or exactly the provider's Retry-After when it
 * gave one. Gives up when the attempts or the total time run out, with the last error's message and
 * the attempt count. Non-retryable errors, and anything that is not a `BackendError`, end it at once.
 */
async function callWithRetry(attempt, options) {
    const { clock, limiter } = options;
    const random = options.random ?? Math.random;
    const started = clock.now().getTime();
    const elapsed = () => clock.now().getTime() - started;
    for (let n = 1;; n += 1) {
        let error;
        try {
            // The budget is taken once a slot is held, so time spent queueing for the limiter counts too.
            let epoch;
            const run = () => {
                epoch = limiter?.epoch;
                return withTimeout(attempt, Math.min(options.timeoutMs, options.maxTotalMs - elapsed()));
            };
            const value = limiter ? await limiter.run(run) : await run();
            limiter?.onSuccess(epoch);
            return { value, attempts: n };
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh) || !err.retryable)
                throw err;
            error = err;
        }
        if (error.status !== undefined && SLOW_DOWN_STATUSES.has(error.status))
            limiter?.onRateLimited(error.retryAfterMs);
        if (n >= options.maxAttempts)
            throw giveUp(error, n, `no attempts left (max ${options.maxAttempts})`);
        const delayMs = error.retryAfterMs ?? backoffDelay(n, options, random);
        const remaining = options.maxTotalMs - elapsed();
        if (delayMs >= remaining) {
            throw giveUp(error, n, `waiting ${delayMs} ms would pass the ${options.maxTotalMs} ms time limit`);
        }
        options.onRetry({
            attempt: n,
            delayMs,
            reason: error.message,
            ...(error.status !== undefined ? { status: error.status } : {}),
        });
        await clock.sleep(delayMs);
    }
}
/**
 * Exponential backoff with equal jitter: half the delay is fixed, half random, so calls that failed
 * together do not come back together, and a delay never collapses to zero.
 */
function backoffDelay(attempt, policy, random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exponential / 2 + random() * (exponential / 2));
}
function giveUp(last, attempts, why) {
    const word = attempts === 1 ? 'attempt' : 'attempts';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh(`${last.message} (gave up after ${attempts} ${word}: ${why})`, false, undefined, last.status);
}
/**
 * One attempt bounded by `ms`. The timer is a plain cancellable timeout rather than `Clock.sleep`,
 * which cannot be cancelled and would keep the process alive for the whole timeout after every call.
 */
async function withTimeout(attempt, ms) {
    if (ms <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh('no time left for another attempt', true);
    const controller = new AbortController();
    let timer;
    const timedOut = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh(`timed out after ${ms} ms`, true);
            controller.abort(error);
            reject(error);
        }, ms);
    });
    try {
        return await Promise.race([attempt(controller.signal), timedOut]);
    }
    catch (err) {
        // A backend that reacts to the abort throws its own error; report the timeout, which is the cause.
        if (controller.signal.aborted && controller.signal.reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh)
            throw controller.signal.reason;
        throw err;
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ readAuditLines),
/* harmony export */   bd: () => (/* binding */ AUDIT_LOG),
/* harmony export */   z9: () => (/* binding */ RunJournal)
/* harmony export */ });
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34860);
/* harmony import */ var _run_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90204);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28298);



const AUDIT_LOG = 'audit/log.jsonl';
/** The audit trail's complete lines, parsed (no chain check: `verifyChain` does that). */
function readAuditLines(store) {
    const text = Buffer.from(store.read(AUDIT_LOG) ?? new Uint8Array()).toString('utf8');
    return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line));
}
/**
 * Writes a run's two logs: the hash-chained audit trail (and, through the one reducer, the state it
 * implies) and the per-step event logs. One writer per run folder.
 */
class RunJournal {
    store;
    state;
    steps;
    clock;
    index;
    constructor(store, state, steps, clock) {
        this.store = store;
        this.state = state;
        this.steps = steps;
        this.clock = clock;
        this.index = new Map(steps.map((step, i) => [step.id, i]));
    }
    /** Current time as an ISO string: the `ts` of every line. */
    now() {
        return this.clock.now().toISOString();
    }
    /** Appends one audit line and applies it to the state. */
    audit(entry) {
        const line = this.prepare(entry);
        this.append(line);
        this.apply(line);
        return line;
    }
    /** Appends several audit lines with one write, applying each in order. */
    auditAll(entries) {
        let text = '';
        for (const entry of entries) {
            const line = this.prepare(entry);
            this.apply(line);
            text += JSON.stringify(line) + '\n';
        }
        this.store.append(AUDIT_LOG, text);
    }
    /** The next line of the chain, not yet written: a stop seals it in the workflow receipt before appending it. */
    prepare(entry) {
        return (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .chainLine */ .C)(entry, {
            seq: this.state.seq,
            head: this.state.head,
            runId: this.state.run_id,
            ts: this.now(),
        });
    }
    /** Applies a prepared line to the state. */
    apply(line) {
        (0,_run_state_js__WEBPACK_IMPORTED_MODULE_2__/* .applyLine */ .xk)(this.state, line, this.index);
    }
    /** Writes a prepared (and applied) line to the audit trail. */
    append(line) {
        this.store.append(AUDIT_LOG, JSON.stringify(line) + '\n');
    }
    /** Path of a step's event log. An external step is numbered by its place in the state, after the workflow's steps. */
    stepLog(stepId) {
        const at = this.index.get(stepId) ?? this.state.steps.findIndex((record) => record.step_id === stepId);
        return (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .stepLogPath */ .s5)(at === -1 ? this.state.steps.length : at, this.steps.length, stepId);
    }
    /** Appends one event to a step's log (`started`, `policy`, `completed`, `failed`, `denied`, `gate`, `retry`). */
    stepEvent(step, event, details = {}) {
        this.stepEvents(step, [[event, details]]);
    }
    /** Appends several events to a step's log with one write. */
    stepEvents(step, events) {
        const ts = this.now();
        const text = events
            .map(([event, details]) => JSON.stringify({ ts, id: step.id, op: step.op, event, ...details }) + '\n')
            .join('');
        this.store.append(this.stepLog(step.id), text);
    }
}


/***/ }),

/***/ 90204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rt: () => (/* binding */ effectiveModel),
/* harmony export */   Ug: () => (/* binding */ lockHash),
/* harmony export */   d: () => (/* binding */ buildInput),
/* harmony export */   j1: () => (/* binding */ backendParams),
/* harmony export */   oj: () => (/* binding */ buildLock),
/* harmony export */   s5: () => (/* binding */ stepLogPath)
/* harmony export */ });
/* unused harmony export ENGINE_PARAMS */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42605);
/* harmony import */ var _workflow_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24812);


/** Params the engine consumes itself; the backend never sees them. */
const ENGINE_PARAMS = ['concurrency'];
/** The backend params of a step (engine params removed). */
function backendParams(step) {
    if (step.op !== 'llm_map' || !step.params)
        return {};
    const params = { ...step.params };
    for (const key of ENGINE_PARAMS)
        delete params[key];
    return params;
}
/** The model a step will use: its `params.model`, else the backend's configured model, else the backend name. */
function effectiveModel(step, backend) {
    const fromParams = step.op === 'llm_map' ? step.params?.model : undefined;
    return typeof fromParams === 'string' ? fromParams : (backend.model ?? backend.name);
}
/** Freezes prompts, params, model, workflow bytes and policy into the lock snapshot. */
function buildLock(workflow, policy, backend, frozenAt) {
    const lock = {
        frozen_at: frozenAt,
        prompts: {},
        params: {},
        models: {},
        workflow: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestBytes */ .QN)(workflow.bytes),
        policy: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(policy.policy),
    };
    for (const step of workflow.steps) {
        if (step.op !== 'llm_map')
            continue;
        lock.prompts[step.id] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestBytes */ .QN)(step.prompt);
        lock.params[step.id] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(step.params ?? {});
        lock.models[step.id] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestBytes */ .QN)(effectiveModel(step, backend));
    }
    return lock;
}
/** The hash every chain starts from: the lock snapshot's. */
function lockHash(lock) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digestObject */ .G5)(lock);
}
function buildInput(runId, workflow, policy, backend) {
    return {
        run_id: runId,
        name: workflow.file.name ?? null,
        workflow_source: workflow.source,
        steps: workflow.steps,
        policy: { source: policy.source, document: policy.policy },
        backend: { name: backend.name, model: backend.model ?? null },
    };
}
/** Zero-padded step label for `steps/NNN_<id>.jsonl`. */
function stepLogPath(index, count, id) {
    return `steps/${(0,_workflow_load_js__WEBPACK_IMPORTED_MODULE_1__/* .stepIndexLabel */ .bP)(index, count)}_${id}.jsonl`;
}


/***/ }),

/***/ 28298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ gateForStep),
/* harmony export */   BC: () => (/* binding */ reportedSteps),
/* harmony export */   rG: () => (/* binding */ pendingGate),
/* harmony export */   tI: () => (/* binding */ unapprovedExecution),
/* harmony export */   ue: () => (/* binding */ initialState),
/* harmony export */   wK: () => (/* binding */ auditStatus),
/* harmony export */   xk: () => (/* binding */ applyLine),
/* harmony export */   yC: () => (/* binding */ EXTERNAL_OP)
/* harmony export */ });
/** The record of a step that has not started yet. */
function pendingStep(stepId, stepType, op) {
    return {
        step_id: stepId,
        step_type: stepType,
        op,
        status: 'pending',
        started_at: null,
        ended_at: null,
        input_hash: null,
        output_hash: null,
        receipt_hash: null,
        decision: null,
        retries: 0,
        error: null,
    };
}
/** Fresh state for a run about to be created; `genesis` is the lock snapshot hash. */
function initialState(runId, steps, genesis) {
    return {
        run_id: runId,
        status: 'running',
        failure: null,
        steps: steps.map((step) => pendingStep(step.id, step.type ?? null, step.op)),
        gates: [],
        receipts: [],
        head: genesis,
        seq: 0,
        created_at: null,
        updated_at: null,
    };
}
const detail = (line, key) => line.details?.[key];
/** The `op` of a step executed outside the engine and reported to it (not in `input.json`). */
const EXTERNAL_OP = 'external';
/** External step records by id, per state, so a long run's replay stays linear. */
const externalIndex = new WeakMap();
/**
 * The record a line's step id names: a workflow step, else an external step. An external step's record
 * is born only from a `step.started` line marked `details.external: true`; any other unknown id names nothing.
 */
function stepOf(state, line, index) {
    const id = line.step_id;
    const at = index.get(id);
    if (at !== undefined)
        return state.steps[at];
    let externals = externalIndex.get(state);
    if (!externals) {
        externals = new Map(state.steps.filter((record) => record.op === EXTERNAL_OP).map((record) => [record.step_id, record]));
        externalIndex.set(state, externals);
    }
    const known = externals.get(id);
    if (known || line.event !== 'step.started' || detail(line, 'external') !== true)
        return known;
    const record = pendingStep(id, detail(line, 'type') ?? null, EXTERNAL_OP);
    state.steps.push(record);
    externals.set(id, record);
    return record;
}
/**
 * Applies one audit line to the state (the run's only reducer: the live engine and a reload after a crash
 * go through the same code). Mutates `state` for speed on long runs; touches nothing else.
 */
function applyLine(state, line, index) {
    state.seq = line.seq;
    state.head = line.hash;
    state.updated_at = line.ts;
    const step = line.step_id !== undefined ? stepOf(state, line, index) : undefined;
    switch (line.event) {
        case 'run.created':
            state.created_at = line.ts;
            state.status = 'running';
            break;
        case 'run.status':
            state.status = detail(line, 'status') ?? state.status;
            state.failure =
                state.status === 'failed' || state.status === 'rejected'
                    ? (detail(line, 'failure') ?? null)
                    : null;
            break;
        case 'step.started':
            if (step) {
                step.status = 'started';
                step.started_at ??= line.ts;
                step.error = null;
            }
            break;
        case 'policy.decision':
            if (step)
                step.decision = detail(line, 'policy') ?? null;
            break;
        case 'step.retry':
            if (step)
                step.retries += 1;
            break;
        case 'step.completed':
            if (step) {
                step.status = 'completed';
                step.ended_at = line.ts;
                step.input_hash = detail(line, 'input_hash') ?? null;
                step.output_hash = detail(line, 'output_hash') ?? null;
                step.receipt_hash = detail(line, 'receipt_hash') ?? null;
                if (step.receipt_hash)
                    state.receipts.push({ kind: 'step', id: step.step_id, receipt_hash: step.receipt_hash });
            }
            break;
        case 'step.failed':
        case 'step.denied':
            if (step) {
                step.status = line.event === 'step.failed' ? 'failed' : 'denied';
                step.ended_at = line.ts;
                step.error = line.reason ?? null;
            }
            break;
        case 'gate.requested':
            state.gates.push({
                gate_id: line.gate_id ?? '',
                step_id: line.step_id ?? '',
                kind: detail(line, 'kind') ?? 'audit_gate',
                status: 'pending',
                requested_at: line.ts,
                reason: line.reason ?? '',
                checklist: detail(line, 'checklist') ?? null,
                environment: detail(line, 'environment') ?? null,
                resolution: null,
                receipt_hash: null,
            });
            break;
        case 'gate.resolved': {
            const gate = state.gates.find((candidate) => candidate.gate_id === line.gate_id && candidate.status === 'pending');
            if (gate) {
                const resolution = detail(line, 'resolution');
                gate.status = resolution?.decision === 'rejected' ? 'rejected' : 'approved';
                gate.resolution = resolution ?? null;
                gate.receipt_hash = detail(line, 'receipt_hash') ?? null;
                if (gate.receipt_hash)
                    state.receipts.push({ kind: 'gate', id: gate.gate_id, receipt_hash: gate.receipt_hash });
            }
            break;
        }
        case 'run.recovered':
            break;
    }
}
/** The gate the run waits on, if any. */
function pendingGate(state) {
    return state.gates.find((gate) => gate.status === 'pending');
}
/** The most recent gate for a step, if any. */
function gateForStep(state, stepId, kind) {
    return state.gates.filter((gate) => gate.step_id === stepId && gate.kind === kind).at(-1);
}
/**
 * Why a step may not have executed, from the audit trail alone: its policy decision was deny, or flag with
 * no approved gate, or it is an audit_gate nobody approved. Undefined when it may have.
 */
function unapprovedExecution(state, record) {
    const decision = record.decision?.decision;
    if (!decision)
        return 'no policy decision precedes it';
    if (decision === 'deny')
        return 'the policy denied it';
    if (decision === 'flag' && gateForStep(state, record.step_id, 'flag')?.status !== 'approved')
        return 'the policy flagged it and no gate approved it';
    if (record.op === 'audit_gate' && gateForStep(state, record.step_id, 'audit_gate')?.status !== 'approved')
        return 'its gate was not approved';
    return undefined;
}
/** The status `audit/status.json` shows: the latest gate's state, or `none`. */
function auditStatus(state) {
    return state.gates.at(-1)?.status ?? 'none';
}
/** Step records as reported: steps a finished run never reached are `skipped`. */
function reportedSteps(state) {
    const finished = state.status === 'completed' || state.status === 'failed' || state.status === 'rejected';
    return state.steps.map((step) => finished && step.status === 'pending' ? { ...step, status: 'skipped' } : step);
}


/***/ }),

/***/ 50123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ writeStop)
});

// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/core/receipts.ts
var receipts = __webpack_require__(16598);
// EXTERNAL MODULE: ./src/core/run-state.ts
var run_state = __webpack_require__(28298);
;// CONCATENATED MODULE: ./src/core/report.ts

/** Rows of the step table before it refers to metadata.json; keeps the GitHub job summary under its size limit. */
const MAX_STEP_ROWS = 500;
const report_short = (hash) => (hash ? `\`${hash.slice(7, 19)}\`` : '—');
const oneLine = (text) => text.replace(/\r\n|\r|\n/g, ' ');
/** Text from outside as a code span: a fence longer than any run of backticks inside it. */
const code = (text) => {
    const line = oneLine(text);
    const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
};
/**
 * Backslash before what Markdown or GitHub would act on: `\ ` * [ ] < > | # ~ $`, `_` unless inside a word
 * (`snake_case` stays), `&` only where it starts an entity (`R&D` stays). `!` needs none: `[` is escaped.
 */
const report_escape = (text) => text.replace(/[\\`*_[\]<>|&#~$]/g, (char, at) => {
    if (char === '_' && /\w/.test(text[at - 1] ?? '') && /\w/.test(text[at + 1] ?? ''))
        return char;
    if (char === '&' && !/^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(at)))
        return char;
    return `\\${char}`;
});
/** What GitHub would turn into a link by itself: a URL, `www.` name or e-mail address; shown as code instead. */
const LINKISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>|`]+|[^\s@<>|`()]+@[^\s@<>|`()]+\.[^\s@<>|`()]+/gi;
/**
 * Text from outside (gate reasons, comments, actors, model output) as plain inline text: one line, every
 * character Markdown or HTML would act on escaped and anything GitHub would link by itself in a code span,
 * so it can add no heading, table cell, link or tag.
 */
const cell = (text) => {
    if (text === null || text === undefined)
        return '—';
    const line = oneLine(text);
    let out = '';
    let last = 0;
    for (const match of line.matchAll(LINKISH)) {
        // Trailing punctuation ends the sentence, not the link (as GitHub reads it too).
        const link = match[0].replace(/[.,;:!?)\]'"]+$/, '');
        out += report_escape(line.slice(last, match.index)) + code(link);
        last = match.index + link.length;
    }
    return out + report_escape(line.slice(last));
};
const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
/** Renders the human summary of a run (DESIGN §3 `report.md`). Pure. */
function renderReport(data) {
    const { state, input, verdict } = data;
    const steps = (0,run_state/* reportedSteps */.BC)(state);
    const done = steps.filter((step) => step.status === 'completed').length;
    const out = [];
    out.push(`# AWO run report: ${state.run_id}`, '');
    out.push('| | |', '| --- | --- |');
    out.push(`| Status | **${state.status}** |`);
    if (input.name)
        out.push(`| Workflow | ${cell(input.name)} |`);
    out.push(`| Backend | ${cell(input.backend.name)}${input.backend.model ? ` (${cell(input.backend.model)})` : ''} |`);
    if (data.models.length > 0)
        out.push(`| Models used | ${data.models.map(cell).join(', ')} |`);
    out.push(`| Steps | ${done} of ${steps.length} completed |`);
    out.push(`| Policy | ${cell(input.policy.document.id)} (tier ${cell(input.policy.document.tier)}, default ${input.policy.document.default}; ${cell(input.policy.source)}) |`);
    out.push(`| Created | ${state.created_at ?? '—'} |`, `| Updated | ${state.updated_at ?? '—'} |`);
    out.push(`| Workflow hash | \`${verdict.workflowHash ?? '—'}\` |`, '');
    const pending = state.gates.find((gate) => gate.status === 'pending');
    if (state.status === 'paused') {
        const gate = pending ?? state.gates.at(-1);
        out.push('## Waiting for human review', '');
        if (gate) {
            out.push(`The run is **paused** at gate \`${gate.gate_id}\` (step \`${gate.step_id}\`, ${gate.kind === 'flag' ? 'flagged by policy' : 'audit gate'}): ${cell(gate.reason)}.`);
            if (gate.checklist)
                out.push(`Checklist: ${code(gate.checklist)}.`);
            if (gate.environment)
                out.push(`GitHub environment: ${code(gate.environment)}.`);
            out.push('');
            if (gate.status === 'pending') {
                out.push('To continue: `awo approve <run> --actor NAME [--comment TEXT]` then `awo resume <run>`; to stop: `awo reject <run> --actor NAME`.', '');
            }
            else {
                out.push(`Approved by **${cell(gate.resolution?.actor)}**; \`awo resume <run>\` continues the run.`, '');
            }
        }
    }
    if (state.failure)
        out.push(`## Why the run ${state.status === 'rejected' ? 'was rejected' : 'failed'}`, '', `Reason: ${cell(state.failure.reason)}`, '');
    out.push('## Steps', '');
    out.push('| # | Step | Type | Op | Status | Policy | Started | Ended | Input | Output | Receipt |');
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    steps.slice(0, MAX_STEP_ROWS).forEach((step, i) => {
        out.push(`| ${i + 1} | \`${step.step_id}\` | ${cell(step.step_type)} | ${step.op} | ${step.status} | ${step.decision?.decision ?? '—'} | ${step.started_at ?? '—'} | ${step.ended_at ?? '—'} | ${report_short(step.input_hash)} | ${report_short(step.output_hash)} | ${report_short(step.receipt_hash)} |`);
    });
    if (steps.length > MAX_STEP_ROWS)
        out.push('', `…and ${steps.length - MAX_STEP_ROWS} more steps: every step's record is in \`metadata.json\`.`);
    out.push('');
    const decided = steps.filter((step) => step.decision);
    out.push('## Policy decisions', '');
    if (decided.length === 0)
        out.push('No step was evaluated yet.');
    const notable = decided.filter((step) => step.decision?.decision !== 'allow');
    const allowed = decided.length - notable.length;
    for (const step of notable) {
        const decision = step.decision;
        out.push(`- \`${step.step_id}\`: **${decision.decision}**: ${cell(decision.reason)} (policy ${code(decision.policy_id)}, tier ${cell(decision.tier)}, rules: ${decision.rules_triggered.map(cell).join(', ') || 'none'})`);
    }
    if (allowed > 0)
        out.push(`- ${allowed} step(s) **allow**ed by policy ${code(input.policy.document.id)}${allowed <= 20
            ? `: ${decided
                .filter((step) => step.decision?.decision === 'allow')
                .map((step) => `\`${step.step_id}\``)
                .join(', ')}`
            : ''}`);
    out.push('');
    out.push('## Gates', '');
    if (state.gates.length === 0)
        out.push('No gate was opened.');
    else {
        out.push('| Gate | Step | Kind | Requested | Status | Decided by | Comment | At | Source |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const gate of state.gates) {
            const r = gate.resolution;
            out.push(`| \`${gate.gate_id}\` | \`${gate.step_id}\` | ${gate.kind} | ${gate.requested_at} | ${gate.status} | ${cell(r?.actor)} | ${cell(r?.comment || null)} | ${r?.at ?? '—'} | ${cell(r?.source)} |`);
        }
    }
    out.push('');
    const samples = steps.filter((step) => step.op === 'llm_map' && data.texts.has(step.step_id)).slice(0, 3);
    if (samples.length > 0) {
        out.push('## Sample outputs', '');
        for (const step of samples)
            out.push(`- \`${step.step_id}\`: ${cell(clip(data.texts.get(step.step_id) ?? '', 300))}`);
        out.push('');
    }
    out.push('## Audit trail (excerpt)', '');
    const lines = data.auditLines;
    const excerpt = lines.length <= 12 ? lines : [...lines.slice(0, 4), null, ...lines.slice(-8)];
    out.push('| Seq | Time | Actor | Event | Step / gate | Decision | Hash |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const line of excerpt) {
        if (line === null)
            out.push(`| … | ${lines.length - 12} more lines in \`audit/log.jsonl\` | | | | | |`);
        else
            out.push(`| ${line.seq} | ${line.ts} | ${cell(line.actor)} | ${line.event} | ${line.gate_id || line.step_id ? code(line.gate_id ?? line.step_id ?? '') : '—'} | ${cell(line.decision ?? (line.event === 'run.status' ? line.details?.status : null))} | ${report_short(line.hash)} |`);
    }
    out.push('');
    out.push('## Receipt chain', '');
    if (verdict.ok) {
        out.push(`**Verified**: ${verdict.auditLines} audit lines and ${verdict.receipts} receipts link from the lock snapshot to workflow hash \`${verdict.workflowHash ?? '—'}\`.`);
    }
    else {
        out.push(`**Does not verify**: ${cell(verdict.message)}`);
    }
    for (const note of verdict.notes)
        out.push('', `Note: ${cell(note)}`);
    out.push('', 'Check it yourself: `awo verify <run folder or bundle>`, or `sha256sum -c SHA256SUMS.txt` inside the run folder.', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/core/run-journal.ts
var run_journal = __webpack_require__(208);
// EXTERNAL MODULE: ./src/core/run-plan.ts
var run_plan = __webpack_require__(90204);
// EXTERNAL MODULE: ./src/core/run-verify.ts
var run_verify = __webpack_require__(83238);
;// CONCATENATED MODULE: ./src/core/run-stop.ts







function readJson(ctx, path) {
    const bytes = ctx.store.read(path);
    return bytes ? JSON.parse(Buffer.from(bytes).toString('utf8')) : {};
}
/** Models the run's calls reported, from their outputs (requested and returned). */
function modelsUsed(run, ctx) {
    const models = new Set();
    for (const record of run.journal.state.steps) {
        if (record.op !== 'llm_map' || record.status !== 'completed')
            continue;
        const output = readJson(ctx, `outputs/${record.step_id}.json`);
        for (const call of output.output?.calls ?? []) {
            for (const model of [call.requested_model, call.model])
                if (typeof model === 'string')
                    models.add(model);
        }
    }
    return [...models].sort();
}
/**
 * Everything written when a run stops (paused, completed, failed, rejected), in an order a crash cannot
 * turn into a false verdict: the old seal files go first; then metadata and gate status; then the
 * workflow receipt over the evidence and the (already applied) status line; only then that line is
 * appended; then the report with its verdict, one group commit, and SHA256SUMS.txt last.
 * Returns the workflow hash.
 */
function writeStop(run, ctx, statusLine) {
    const { store } = ctx;
    const { state } = run.journal;
    for (const file of run_verify/* SEAL */.El)
        store.remove(file);
    const now = run.journal.now();
    const gate = (0,run_state/* pendingGate */.rG)(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
    const models = modelsUsed(run, ctx);
    const previous = readJson(ctx, 'metadata.json');
    const sessions = Array.isArray(previous.sessions) ? previous.sessions : [];
    const seeds = run.input.steps.flatMap((step) => step.op === 'llm_map' && step.params?.seed !== undefined
        ? [{ step_id: step.id, seed: step.params.seed }]
        : []);
    store.write('metadata.json', (0,hash/* prettyJson */.D_)({
        ...previous,
        run_id: state.run_id,
        status: state.status,
        updated_at: now,
        ended_at: state.status === 'completed' || state.status === 'failed' || state.status === 'rejected' ? now : null,
        failure: state.failure,
        gate: gate
            ? { gate_id: gate.gate_id, step_id: gate.step_id, status: gate.status, environment: gate.environment }
            : null,
        backend: run.input.backend,
        models,
        seeds,
        hashes: { workflow: run.lock.workflow, lock: (0,run_plan/* lockHash */.Ug)(run.lock), policy: run.lock.policy },
        sessions: [
            ...sessions,
            {
                command: ctx.command,
                actor: ctx.actor,
                backend: ctx.backend.name,
                ended_at: now,
                status: state.status,
            },
        ],
        steps: (0,run_state/* reportedSteps */.BC)(state),
    }));
    store.write('audit/status.json', (0,hash/* prettyJson */.D_)({
        status: (0,run_state/* auditStatus */.wK)(state),
        run_status: state.status,
        gate_id: state.gates.at(-1)?.gate_id ?? null,
        updated_at: now,
    }));
    if (state.status === 'paused' && gate) {
        store.write('gate_pending.json', (0,hash/* prettyJson */.D_)({
            run_id: state.run_id,
            gate_id: gate.gate_id,
            status: gate.status,
            step_id: gate.step_id,
            kind: gate.kind,
            checklist: gate.checklist,
            environment: gate.environment,
            reason: gate.reason,
            requested_at: gate.requested_at,
        }));
    }
    else {
        store.remove('gate_pending.json');
    }
    const evidence = {};
    for (const file of store.list())
        if (!run_verify/* OUTSIDE_EVIDENCE */._Q.has(file))
            evidence[file] = `sha256:${store.digest(file)}`;
    const receipt = (0,receipts/* sealWorkflowReceipt */.vQ)({
        kind: 'workflow',
        run_id: state.run_id,
        status: state.status,
        workflow_file_hash: run.lock.workflow,
        lock_hash: (0,run_plan/* lockHash */.Ug)(run.lock),
        policy_hash: (0,hash/* digestObject */.G5)(run.input.policy.document),
        receipts: state.receipts,
        audit_head: state.head,
        audit_lines: state.seq,
        evidence,
    });
    store.write('receipts/workflow.json', (0,hash/* prettyJson */.D_)(receipt));
    if (statusLine)
        run.journal.append(statusLine);
    const verdict = (0,run_verify/* verifyRun */.$f)(store);
    const auditLines = (0,run_journal/* readAuditLines */.Rf)(store);
    store.write('report.md', renderReport({
        state,
        input: run.input,
        runDir: store.dir,
        texts: run.texts,
        auditLines,
        verdict,
        models,
    }));
    store.commit();
    store.writeManifest();
    store.commit();
    return receipt.workflow_hash;
}


/***/ }),

/***/ 66795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ checkRetry),
/* harmony export */   N5: () => (/* binding */ checkRequestGate),
/* harmony export */   UI: () => (/* binding */ checkExternalStep),
/* harmony export */   jp: () => (/* binding */ gateToResolve),
/* harmony export */   sR: () => (/* binding */ checkResume),
/* harmony export */   v1: () => (/* binding */ checkCancel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28298);


/**
 * The legal moves of a run (DESIGN §4). Each check returns what the move acts on or throws
 * `IllegalTransition` with a message that says why and what would be legal; nothing is written before.
 */
/** Approve or reject: only a paused run with a pending gate. */
function gateToResolve(state, verb) {
    const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .pendingGate */ .rG)(state);
    if (state.status === 'paused' && gate)
        return gate;
    const last = state.gates.at(-1);
    if (state.status === 'paused' && last?.status === 'approved') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot ${verb} run ${state.run_id}: gate "${last.gate_id}" was already approved by ${last.resolution?.actor ?? 'unknown'} at ${last.resolution?.at ?? '?'}; run \`awo resume\` to continue`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot ${verb} run ${state.run_id}: it is ${describe(state)}; only a paused run with a pending gate can be approved or rejected`);
}
/**
 * A step reported over the API that has no receipt yet (flagged, then approved: the same report must be
 * posted again). Continuing the workflow past it would end the run with that step never recorded.
 */
function unrecordedExternal(state, except) {
    // One whose gate is still pending holds the run by that gate (the engine pauses at it again).
    const step = state.steps.find((record) => record.op === _run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .EXTERNAL_OP */ .yC &&
        record.status === 'started' &&
        record.step_id !== except &&
        (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .gateForStep */ .$I)(state, record.step_id, 'flag')?.status !== 'pending');
    if (step)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot continue run ${state.run_id}: external step "${step.step_id}" is not recorded yet; post it again over the API (or cancel the run)`);
}
/** Resume: a paused run whose gate was approved, or a run interrupted while running. `except`: the external step being posted. */
function checkResume(state, except) {
    const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .pendingGate */ .rG)(state);
    if (state.status === 'paused' && gate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot resume run ${state.run_id}: gate "${gate.gate_id}" is still pending; approve or reject it first`);
    }
    if (state.status === 'paused' || state.status === 'running')
        unrecordedExternal(state, except);
    if (state.status === 'paused' || state.status === 'running')
        return;
    if (state.status === 'failed' && state.failure?.kind === 'error') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot resume run ${state.run_id}: it failed on an error (${state.failure.reason}); use \`awo retry\``);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot resume run ${state.run_id}: it is ${describe(state)}`);
}
/** Retry: a run that failed on an error (not a deny), or one interrupted while running. */
function checkRetry(state) {
    if (state.status === 'running')
        return unrecordedExternal(state);
    if (state.status === 'failed' && (state.failure?.kind === 'error' || state.failure?.kind === 'cancelled'))
        return unrecordedExternal(state);
    if (state.status === 'failed' && state.failure?.kind === 'denied') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot retry run ${state.run_id}: it was denied by policy at step "${state.failure.step_id ?? '?'}" (${state.failure.reason}); a deny is final — change the policy and start a new run`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot retry run ${state.run_id}: it is ${describe(state)}; only a run that failed on an error can be retried`);
}
/** Cancel: a run that is running (or was interrupted) or paused; a stopped run stays as it is. */
function checkCancel(state) {
    if (state.status === 'running' || state.status === 'paused')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot cancel run ${state.run_id}: it is already ${describe(state)}`);
}
/** Request a gate (pause over the API): only a running run; a paused run already waits on one. */
function checkRequestGate(state) {
    if (state.status === 'running')
        return;
    const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .pendingGate */ .rG)(state);
    if (state.status === 'paused' && gate)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot pause run ${state.run_id}: it is already paused at gate "${gate.gate_id}"`);
    if (state.status === 'paused')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot pause run ${state.run_id}: it is paused after an approved gate; resume it first`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot pause run ${state.run_id}: it is ${describe(state)}; only a running run can be paused`);
}
/**
 * Record an external step: a running run, or a paused one whose gate was approved (recording it resumes the
 * run). Returns whether the run must be resumed first.
 */
function checkExternalStep(state, stepId) {
    if (state.status === 'running')
        return { resume: false };
    const gate = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .pendingGate */ .rG)(state);
    if (state.status === 'paused' && gate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot record step "${stepId}" in run ${state.run_id}: gate "${gate.gate_id}" is pending; approve or reject it first`);
    }
    if (state.status === 'paused')
        return { resume: true };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IllegalTransition */ .sK(`cannot record step "${stepId}" in run ${state.run_id}: it is ${describe(state)}; steps are recorded only in a running run`);
}
function describe(state) {
    if (state.status === 'failed' || state.status === 'rejected') {
        return `${state.status}${state.failure ? ` (${state.failure.reason})` : ''}`;
    }
    return state.status;
}


/***/ }),

/***/ 83238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ verifyRun),
/* harmony export */   El: () => (/* binding */ SEAL),
/* harmony export */   Hx: () => (/* binding */ LEFTOVER_TEMP),
/* harmony export */   _Q: () => (/* binding */ OUTSIDE_EVIDENCE)
/* harmony export */ });
/* harmony import */ var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34860);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42605);
/* harmony import */ var _receipts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16598);
/* harmony import */ var _run_journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(208);
/* harmony import */ var _run_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90204);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28298);
/* harmony import */ var _step_ops_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39084);
/* harmony import */ var _workflow_load_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24812);








/** Files the workflow receipt does not list: itself, what is written after it, and the chained audit log. */
const OUTSIDE_EVIDENCE = new Set(['receipts/workflow.json', 'report.md', 'SHA256SUMS.txt', _run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd]);
const STOPPED = new Set(['paused', 'completed', 'failed', 'rejected']);
/**
 * A stopped run's seal, in the order it is removed: the manifest first (a sealed run without one was
 * interrupted while sealing), then the report, then the workflow receipt. A stop writes them back in reverse.
 */
const SEAL = ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json'];
/**
 * The temporary file of a whole-file write (temp file + rename) that a crash interrupted. Artifacts are
 * written in place, never through a temp file, so under `artifacts/` such a name is a workflow's own file.
 */
const LEFTOVER_TEMP = /^(?!artifacts\/).*\.tmp-\d+$/;
/**
 * Reads the folder for one verification, each evidence file once: the digest of the bytes a check parsed
 * (a receipt, an output, an artifact) is the digest later checked against the workflow receipt, so a file
 * is neither read twice nor judged on two different versions of its bytes. Digests come from the bytes on
 * disk, never from what a writer remembers.
 */
class EvidenceReader {
    reader;
    digests = new Map();
    constructor(reader) {
        this.reader = reader;
    }
    read(path) {
        const bytes = this.reader.read(path);
        if (bytes !== undefined && !OUTSIDE_EVIDENCE.has(path))
            this.digests.set(path, (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)(bytes));
        return bytes;
    }
    /** The digest of a file's bytes as this verification read them; undefined when it is missing. */
    digest(path) {
        if (this.digests.has(path))
            return this.digests.get(path);
        const bytes = this.reader.read(path);
        return bytes === undefined ? undefined : (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)(bytes);
    }
    list() {
        return this.reader.list();
    }
}
class Mismatch extends Error {
    where;
    constructor(where, message) {
        super(message);
        this.where = where;
    }
}
function readJson(reader, path) {
    const bytes = reader.read(path);
    if (bytes === undefined)
        throw new Mismatch(path, 'is missing');
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new Mismatch(path, 'is not valid JSON');
    }
}
const same = (a, b) => (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(a) === (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(b);
/**
 * Recomputes everything a run folder claims (DESIGN §5): the lock against the workflow snapshot, the
 * audit hash chain, every step and gate receipt against its output and the chain, the artifacts, and
 * the workflow receipt against the audit head and the evidence files. Names the first mismatch.
 */
function verifyRun(reader) {
    const report = {
        ok: false,
        runId: null,
        status: null,
        notes: [],
        sealed: false,
        auditLines: 0,
        receipts: 0,
        workflowHash: null,
    };
    try {
        check(new EvidenceReader(reader), report);
        report.ok = true;
    }
    catch (err) {
        if (!(err instanceof Mismatch))
            throw err;
        report.where = err.where;
        report.message = `${err.where}: ${err.message}`;
    }
    return report;
}
function check(reader, report) {
    const snapshot = reader.read('workflow.snapshot.json');
    if (snapshot === undefined)
        throw new Mismatch('workflow.snapshot.json', 'is missing');
    const lock = readJson(reader, 'lock.snapshot.json');
    const input = readJson(reader, 'input.json');
    report.runId = input.run_id;
    if (lock.workflow !== (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)(snapshot))
        throw new Mismatch('workflow.snapshot.json', "does not match lock.snapshot.json's workflow hash");
    let workflow;
    try {
        workflow = (0,_workflow_load_js__WEBPACK_IMPORTED_MODULE_7__/* .loadWorkflow */ .G2)(snapshot, 'workflow.snapshot.json');
    }
    catch {
        throw new Mismatch('workflow.snapshot.json', 'is no longer a valid workflow');
    }
    if (!same(workflow.steps, input.steps))
        throw new Mismatch('input.json', 'steps differ from workflow.snapshot.json');
    const expectedLock = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLock */ .oj)(workflow, { policy: input.policy.document, source: input.policy.source }, { name: input.backend.name, model: input.backend.model ?? undefined }, lock.frozen_at);
    for (const key of ['prompts', 'params', 'models', 'policy']) {
        if (!same(expectedLock[key], lock[key]))
            throw new Mismatch('lock.snapshot.json', `${key} do not match the workflow snapshot and input.json`);
    }
    const genesis = (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .lockHash */ .Ug)(lock);
    const logBytes = reader.read(_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd);
    if (logBytes === undefined)
        throw new Mismatch(_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd, 'is missing');
    const chain = (0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyChain */ .H)(Buffer.from(logBytes).toString('utf8'), genesis, input.run_id);
    if (!chain.ok)
        throw new Mismatch(`${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd}:${chain.line}`, `line ${chain.line} ${chain.message}`);
    report.auditLines = chain.lines.length;
    const state = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .initialState */ .ue)(input.run_id, input.steps, genesis);
    const index = new Map(input.steps.map((step, i) => [step.id, i]));
    for (const line of chain.lines)
        (0,_run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .applyLine */ .xk)(state, line, index);
    report.status = state.status;
    // Every stop ends with a run.status line naming a stopped state; anything else is a run that was interrupted.
    const last = chain.lines.at(-1);
    const all = reader.list();
    const stopped = !chain.torn && last?.event === 'run.status' && STOPPED.has(String(last.details?.status));
    // A session removes the seal (manifest, report, workflow receipt) before its first write; one interrupted
    // in between leaves a stopped trail with no seal at all, which is interrupted too, not tampered with.
    const unsealed = stopped && SEAL.every((file) => !all.includes(file));
    if (unsealed)
        report.notes.push(`the seal of the stop at ${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd} line ${chain.lines.length} was removed by a session that was interrupted before it wrote anything`);
    report.sealed = stopped && !unsealed;
    const interrupted = !report.sealed;
    if (chain.torn)
        report.notes.push(`${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd}: the last line is incomplete (interrupted write); verified the ${chain.lines.length} complete lines`);
    if (interrupted)
        report.notes.push('the run was interrupted before it reached a stop: verified up to its last durable point; `awo retry` or `awo resume` completes it');
    checkReceipts(reader, input, state, genesis);
    report.receipts = state.receipts.length;
    const listed = new Set(state.receipts.map((entry) => `receipts/${entry.kind}s/${entry.id}.json`));
    const files = all.filter((file) => !LEFTOVER_TEMP.test(file));
    const leftovers = all.filter((file) => LEFTOVER_TEMP.test(file));
    if (leftovers.length > 0)
        report.notes.push(`${leftovers.join(', ')}: left by an interrupted write; not evidence (the next session removes it)`);
    for (const file of files) {
        if (/^receipts\/(steps|gates)\//.test(file) && !listed.has(file) && !interrupted) {
            throw new Mismatch(file, 'is not referenced by the audit trail');
        }
    }
    checkWorkflowReceipt(reader, state, lock, files, interrupted, report, chain.lines, chain.torn);
}
function checkReceipts(reader, input, state, genesis) {
    const texts = new Map();
    const steps = new Map(input.steps.map((step) => [step.id, step]));
    const records = new Map(state.steps.map((record) => [record.step_id, record]));
    const decisionHash = (0,_receipts_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionHasher */ .qW)();
    let prev = genesis;
    for (const entry of state.receipts) {
        const path = `receipts/${entry.kind}s/${entry.id}.json`;
        const receipt = readJson(reader, path);
        if (!(0,_receipts_js__WEBPACK_IMPORTED_MODULE_2__/* .receiptIntact */ .qS)(receipt))
            throw new Mismatch(path, 'receipt_hash does not match the receipt content');
        if (receipt.receipt_hash !== entry.receipt_hash)
            throw new Mismatch(path, 'receipt_hash differs from the one recorded in the audit trail');
        if (receipt.prev_receipt_hash !== prev)
            throw new Mismatch(path, 'prev_receipt_hash does not link to the previous receipt');
        if (receipt.run_id !== input.run_id)
            throw new Mismatch(path, `names run ${receipt.run_id}`);
        prev = receipt.receipt_hash;
        if (receipt.kind === 'gate') {
            const gate = state.gates.find((candidate) => candidate.gate_id === receipt.gate_id && candidate.receipt_hash === receipt.receipt_hash);
            const resolution = gate?.resolution;
            if (!resolution ||
                resolution.decision !== receipt.decision ||
                resolution.actor !== receipt.actor ||
                resolution.at !== receipt.at) {
                throw new Mismatch(path, 'does not match the gate resolution in the audit trail');
            }
            continue;
        }
        const step = steps.get(receipt.step_id);
        const record = records.get(receipt.step_id);
        if (!step && record?.op === _run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .EXTERNAL_OP */ .yC) {
            checkExternalReceipt(reader, path, receipt, record, state);
            continue;
        }
        if (!step || !record)
            throw new Mismatch(path, `names unknown step ${receipt.step_id}`);
        const outputPath = `outputs/${step.id}.json`;
        const output = readJson(reader, outputPath);
        if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(output.input) !== receipt.input_hash)
            throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
        if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(output.output) !== receipt.output_hash)
            throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
        // output.input hashes to input_hash (checked above), so this compares it with the recomputed input.
        if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)((0,_step_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInput */ .xI)(step, texts)) !== receipt.input_hash)
            throw new Mismatch(outputPath, 'input is not what the workflow snapshot and earlier outputs give');
        if (!record.decision || decisionHash(record.decision) !== receipt.decision_hash)
            throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
        const unapproved = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .unapprovedExecution */ .tI)(state, record);
        if (unapproved)
            throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
        if (step.op === 'write_text') {
            const artifact = reader.digest(output.output.path);
            if (artifact === undefined)
                throw new Mismatch(String(output.output.path), 'is missing');
            if (artifact !== output.output.sha256)
                throw new Mismatch(String(output.output.path), `does not match its digest in ${outputPath}`);
        }
        if (typeof output.output.text === 'string')
            texts.set(step.id, output.output.text);
    }
}
/**
 * A step reported over the API has no workflow step to recompute its input from: its record exists only
 * because a `step.started` line marked it external, and its output file must hash to its receipt as given.
 */
function checkExternalReceipt(reader, path, receipt, record, state) {
    const outputPath = `outputs/${receipt.step_id}.json`;
    const output = readJson(reader, outputPath);
    if (receipt.op !== _run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .EXTERNAL_OP */ .yC || output.op !== _run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .EXTERNAL_OP */ .yC || output.step_id !== receipt.step_id) {
        throw new Mismatch(path, `names step ${receipt.step_id} as ${receipt.op}, but the audit trail records it as an external step`);
    }
    if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(output.input) !== receipt.input_hash)
        throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
    if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(output.output) !== receipt.output_hash)
        throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
    if (record.input_hash !== receipt.input_hash || record.output_hash !== receipt.output_hash) {
        throw new Mismatch(path, 'input or output hash differs from the one recorded in the audit trail');
    }
    if (!record.decision || (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestObject */ .G5)(record.decision) !== receipt.decision_hash)
        throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
    const unapproved = (0,_run_state_js__WEBPACK_IMPORTED_MODULE_5__/* .unapprovedExecution */ .tI)(state, record);
    if (unapproved)
        throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
}
function checkWorkflowReceipt(reader, state, lock, files, interrupted, report, lines, torn) {
    const path = 'receipts/workflow.json';
    if (reader.read(path) === undefined) {
        if (interrupted)
            return;
        throw new Mismatch(path, 'is missing');
    }
    const receipt = readJson(reader, path);
    if (!(0,_receipts_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowReceiptIntact */ .tT)(receipt))
        throw new Mismatch(path, 'workflow_hash does not match the receipt content');
    report.workflowHash = receipt.workflow_hash;
    if (receipt.run_id !== state.run_id ||
        receipt.lock_hash !== (0,_run_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .lockHash */ .Ug)(lock) ||
        receipt.workflow_file_hash !== lock.workflow ||
        receipt.policy_hash !== lock.policy) {
        throw new Mismatch(path, 'run id, lock, workflow or policy hash does not match the run');
    }
    // A stop writes its receipt over the status line it is about to append. So the sealed line is in the
    // trail, or (a crash between the two writes) it is the very next one; cutting lines off the end can
    // therefore never pass a stopped run off as an interrupted one.
    const anticipated = interrupted && receipt.audit_lines === lines.length + 1;
    if (!anticipated && lines[receipt.audit_lines - 1]?.hash !== receipt.audit_head) {
        throw new Mismatch(path, `seals audit line ${receipt.audit_lines}, which ${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd} does not have as it was (lines were removed or changed)`);
    }
    if (anticipated) {
        report.notes.push(`the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd} recorded it`);
    }
    else if (interrupted) {
        // A session removes the seal before it changes anything (RunStore.unsealOnFirstWrite), so a seal still
        // on disk means nothing was written after the stop it seals: whatever follows it was added by hand.
        const sealed = receipt.audit_lines;
        if (lines.length > sealed)
            throw new Mismatch(`${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd}:${sealed + 1}`, `line ${sealed + 1} follows the stop that ${path} seals at line ${sealed} (lines were added after the run stopped)`);
        if (torn)
            throw new Mismatch(`${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd}:${sealed + 1}`, `has text after line ${sealed}, the stop that ${path} seals (it was added after the run stopped)`);
        throw new Mismatch(path, `seals audit line ${sealed}, which is not a stop of the run`);
    }
    else {
        if (receipt.audit_head !== state.head || receipt.audit_lines !== state.seq) {
            throw new Mismatch(path, `audit_head does not match the last line of ${_run_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOG */ .bd} (lines were removed or added after the run stopped)`);
        }
        if (receipt.status !== state.status)
            throw new Mismatch(path, `says ${receipt.status}, the audit trail says ${state.status}`);
    }
    if (!same(receipt.receipts, state.receipts))
        throw new Mismatch(path, 'receipt list differs from the chain in the audit trail');
    const evidence = files.filter((file) => !OUTSIDE_EVIDENCE.has(file));
    for (const file of evidence) {
        const expected = receipt.evidence[file];
        if (expected === undefined)
            throw new Mismatch(file, 'is not listed in the workflow receipt (added after the run stopped)');
        if ((reader.digest(file) ?? (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)(new Uint8Array())) !== expected)
            throw new Mismatch(file, 'does not match its digest in the workflow receipt');
    }
    const present = new Set(evidence);
    for (const file of Object.keys(receipt.evidence)) {
        if (!present.has(file))
            throw new Mismatch(file, 'is listed in the workflow receipt but missing');
    }
    const metadata = readJson(reader, 'metadata.json');
    if (metadata.status !== receipt.status)
        throw new Mismatch('metadata.json', `status is ${String(metadata.status)}, the workflow receipt says ${receipt.status}`);
}


/***/ }),

/***/ 25221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ jsonPath),
/* harmony export */   w: () => (/* binding */ describeIssues)
/* harmony export */ });
/** `steps[2].args.path` from `['steps', 2, 'args', 'path']`. */
function jsonPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out === '' ? '(root)' : out;
}
/** A union's failing branches: drop those that failed only because the value had another type. */
function flattenUnion(issue) {
    const branches = issue.errors.filter((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    const chosen = branches.length > 0 ? branches : issue.errors;
    return chosen.flat().flatMap((inner) => flatten({ ...inner, path: [...issue.path, ...inner.path] }));
}
function flatten(issue) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0)
        return flattenUnion(issue);
    return [issue];
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : typeof value;
}
function valueAt(input, path) {
    let current = input;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
/** Walks a zod schema along a path, following the data through unions, to list an object's accepted keys. */
function schemaAt(schema, path, data) {
    let current = schema;
    let value = data;
    for (let i = 0; i <= path.length && current; i++) {
        current = unwrap(current, value);
        if (i === path.length || !current)
            break;
        const key = path[i];
        const def = current._zod.def;
        if (def.type === 'object')
            current = def.shape[String(key)];
        else if (def.type === 'array')
            current = def.element;
        else if (def.type === 'record')
            current = def.valueType;
        else
            return undefined;
        value =
            value !== null && typeof value === 'object' ? value[key] : undefined;
    }
    return current;
}
function unwrap(schema, value) {
    let current = schema;
    for (;;) {
        const def = current._zod.def;
        if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
            current = def.innerType;
        }
        else if (def.type === 'pipe') {
            current = def.in;
        }
        else if (def.type === 'union') {
            const options = def.options;
            const discriminator = def.discriminator;
            const wanted = discriminator && value && typeof value === 'object'
                ? value[discriminator]
                : undefined;
            const match = options.find((option) => {
                const optionDef = unwrap(option, value)?._zod.def;
                if (!optionDef || optionDef.type !== 'object')
                    return false;
                if (discriminator === undefined)
                    return true;
                const literal = optionDef.shape[discriminator]?._zod
                    .def;
                return literal?.values?.includes(wanted) ?? false;
            });
            if (!match)
                return undefined;
            current = match;
        }
        else {
            return current;
        }
    }
}
function acceptedKeys(schema, path, input) {
    const found = schemaAt(schema, path, input);
    const def = found?._zod.def;
    if (def?.type !== 'object')
        return undefined;
    return Object.keys(def.shape);
}
function phrase(issue, schema, input) {
    switch (issue.code) {
        case 'invalid_type': {
            const got = valueAt(input, issue.path);
            return got === undefined
                ? `is required (expected ${issue.expected})`
                : `expected ${issue.expected}, got ${describeValue(got)}`;
        }
        case 'unrecognized_keys': {
            const accepted = acceptedKeys(schema, issue.path, input);
            const keys = issue.keys.map((key) => `"${key}"`).join(', ');
            return `unknown key ${keys}${accepted ? `; accepted keys: ${accepted.join(', ')}` : ''}`;
        }
        case 'invalid_value':
            return `is ${JSON.stringify(valueAt(input, issue.path))}; accepted values: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'invalid_union':
            if ('discriminator' in issue && issue.discriminator) {
                const options = issue.options ?? [];
                const got = valueAt(input, issue.path);
                return `${got === undefined ? 'is required' : `is ${JSON.stringify(got)}`}; accepted values: ${options.join(', ')}`;
            }
            return 'does not match any accepted form';
        case 'too_small':
            return issue.origin === 'array'
                ? `must have at least ${String(issue.minimum)} item(s)`
                : issue.origin === 'string'
                    ? `must not be empty`
                    : `must be at least ${String(issue.minimum)}`;
        case 'too_big':
            return issue.origin === 'array'
                ? `must have at most ${String(issue.maximum)} items`
                : issue.origin === 'string'
                    ? `must be at most ${String(issue.maximum)} characters`
                    : `must be at most ${String(issue.maximum)}`;
        default:
            return issue.message;
    }
}
/** One message per problem, each naming its JSON path, e.g. `steps[2].args.path: is required (expected string)`. */
function describeIssues(error, schema, input) {
    const messages = error.issues
        .flatMap(flatten)
        .map((issue) => `${jsonPath(issue.path)}: ${phrase(issue, schema, input)}`);
    return [...new Set(messages)];
}


/***/ }),

/***/ 66957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ sameActor),
/* harmony export */   Io: () => (/* binding */ ENGINE_ACTORS),
/* harmony export */   XA: () => (/* binding */ checkActorName),
/* harmony export */   eJ: () => (/* binding */ checkSelfApproval),
/* harmony export */   gL: () => (/* binding */ SelfApprovalRefused)
/* harmony export */ });
/* unused harmony export gateRequesters */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Actors the engine writes on its own behalf: never a person, so no person may act under these names. */
const ENGINE_ACTORS = new Set(['policy', 'system']);
/**
 * One person, however the name was typed: Unicode-normalised, invisible and combining characters removed
 * (format, control, default-ignorable, nonspacing marks), blanks trimmed and collapsed, case folded. `Alice`,
 * `alice `, `alice` + U+200B and `alice` + U+034F are the same reviewer. Look-alike letters from other scripts
 * (Cyrillic `а`) are not folded: that needs the Unicode confusables table.
 */
function sameActor(name) {
    return name
        .normalize('NFKC')
        .replace(/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu, '')
        .replace(/[\s\u2800]+/g, ' ')
        .trim()
        .toLowerCase();
}
/** Refuses a name the engine writes for itself (`system`, `policy`), in any spelling. */
function checkActorName(name, where) {
    if (ENGINE_ACTORS.has(sameActor(name)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`);
}
/** An approval by someone who drove the run to the gate, refused because the policy does not allow it: nothing changes (exit 2). */
class SelfApprovalRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwoError */ ._ {
    constructor(message) {
        super('SELF_APPROVAL', message, 2);
    }
}
/**
 * Who "self" is for a gate: the actor who created the run, whoever started the gated step, and whoever
 * requested the gate, each as `sameActor` spells them. Read from the audit trail, which records each of them. Pure.
 */
function gateRequesters(lines, gate) {
    const actors = new Set();
    for (const line of lines) {
        const relevant = line.event === 'run.created' ||
            (line.event === 'gate.requested' && line.gate_id === gate.gate_id) ||
            (line.event === 'step.started' &&
                gate.step_id !== '' &&
                line.step_id === gate.step_id &&
                gate.kind !== 'manual');
        if (relevant && !ENGINE_ACTORS.has(line.actor))
            actors.add(sameActor(line.actor));
    }
    return actors;
}
/**
 * Refuses an approval by one of the gate's requesters unless the policy sets `allow_self_approval: true`.
 * Rejections are always accepted: stopping one's own run needs no second pair of eyes.
 */
function checkSelfApproval(policy, lines, gate, decision, actor) {
    if (decision !== 'approved' || policy.allow_self_approval === true)
        return;
    if (gateRequesters(lines, gate).has(sameActor(actor))) {
        throw new SelfApprovalRefused(`${actor} cannot approve gate "${gate.gate_id}" of run ${lines[0]?.run_id ?? '?'}: they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`);
    }
}


/***/ }),

/***/ 39084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TY: () => (/* binding */ gateOutput),
  xI: () => (/* binding */ resolveInput),
  R0: () => (/* binding */ runLlmMap),
  iR: () => (/* binding */ runWriteText)
});

// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(27253);
;// CONCATENATED MODULE: ./src/core/concurrency.ts

/**
 * Maps `fn` over `items` with at most `limit` calls in flight and returns the results in input order.
 * After the first failure no new item is started; the calls already in flight are allowed to settle
 * (so nothing keeps running after the step is reported failed) and then the first error is rethrown.
 */
async function mapConcurrent(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be an integer >= 1, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    let firstError;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next;
            next += 1;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (err) {
                if (!failed) {
                    failed = true;
                    firstError = err;
                }
            }
        }
    };
    const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
    await Promise.all(workers);
    if (failed)
        throw firstError;
    return results;
}

// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/core/run-plan.ts
var run_plan = __webpack_require__(90204);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/core/step-ops.ts





/** The resolved input of a step: templates rendered against earlier outputs. Pure. */
function resolveInput(step, texts) {
    switch (step.op) {
        case 'llm_map': {
            const prompts = step.inputs
                ? step.inputs.map((item) => (0,template/* renderTemplate */.Xm)(step.prompt, texts, item))
                : [(0,template/* renderTemplate */.Xm)(step.prompt, texts)];
            return { prompts, params: (0,run_plan/* backendParams */.j1)(step) };
        }
        case 'write_text':
            return { path: `artifacts/${step.args.path}`, text: (0,template/* renderTemplate */.Xm)(step.args.text, texts) };
        case 'audit_gate':
            return { checklist: step.args?.checklist ?? null, environment: step.args?.environment ?? null };
    }
}
/** Executes an llm_map: one backend call per prompt, bounded concurrency, outputs in input order. */
async function runLlmMap(step, input, ctx) {
    const prompts = input.prompts;
    const params = input.params;
    const requested = typeof step.params?.concurrency === 'number' ? step.params.concurrency : 4;
    const limit = Math.max(1, Math.min(Math.floor(requested), ctx.concurrencyCap));
    const calls = await mapConcurrent(prompts, limit, async (prompt, item) => {
        const { value, attempts } = await (0,retry/* callWithRetry */.ZG)((signal) => ctx.backend.generate(prompt, params, signal), {
            ...ctx.retry,
            clock: ctx.clock,
            limiter: ctx.limiter,
            onRetry: (info) => ctx.onRetry({ ...info, item }),
        });
        return { prompt, ...value, attempts };
    });
    return { text: calls.map((call) => call.text).join('\n'), calls };
}
/** Executes a write_text: the artifact is written through the store's symlink-refusing writer. */
function runWriteText(input, store) {
    const path = input.path;
    const text = input.text;
    store.writeArtifact(path, text);
    return { text, path, bytes: Buffer.byteLength(text), sha256: (0,hash/* digestBytes */.QN)(text) };
}
/** An audit_gate's output is the resolution that let it pass. */
function gateOutput(gateId, resolution) {
    return { gate_id: gateId, ...resolution };
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ stepReferences),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   k5: () => (/* binding */ unfilledPlaceholders)
/* harmony export */ });
/** `{{steps.<id>.text}}`: the text output of an earlier step. */
const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
/** `{{item}}`: the current input of an `llm_map` mapped over `inputs`. */
const ITEM_REF = /\{\{\s*item\s*\}\}/g;
/** Step ids referenced by a template, in order of appearance. */
function stepReferences(template) {
    return [...template.matchAll(STEP_REF)].map((match) => match[1]);
}
/** `{{steps.<id>.<field>}}` not preceded by `$` (`${{ steps.build.outputs.version }}` is GitHub's, not ours). */
const FIELD_REF = /(?<!\$)\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.([A-Za-z0-9_]+)\s*\}\}/g;
/**
 * References to a step of this workflow that ask for a field the engine does not fill (only `.text` is):
 * `{{steps.ask.output}}` would be left in the text as it is. Any other `{{...}}` is the user's own text
 * (a prompt about Jinja, Handlebars or a GitHub Actions expression) and is left alone.
 */
function unfilledPlaceholders(template, stepIds) {
    return [...template.matchAll(FIELD_REF)]
        .filter((match) => match[2] !== 'text' && stepIds.has(match[1]))
        .map((match) => match[0]);
}
/** Replaces `{{steps.<id>.text}}` (and `{{item}}` when given). Unknown references are the loader's job to refuse. */
function renderTemplate(template, texts, item) {
    let out = template.replace(STEP_REF, (whole, id) => texts.get(id) ?? whole);
    if (item !== undefined)
        out = out.replace(ITEM_REF, () => item);
    return out;
}


/***/ }),

/***/ 24812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G2: () => (/* binding */ loadWorkflow),
  nZ: () => (/* binding */ resolvePolicy),
  bP: () => (/* binding */ stepIndexLabel)
});

// UNUSED EXPORTS: loadPolicy

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/artifact-path.ts
var artifact_path = __webpack_require__(38165);
// EXTERNAL MODULE: ./src/core/json-depth.ts
var json_depth = __webpack_require__(19033);
// EXTERNAL MODULE: ./src/core/schema-issues.ts
var schema_issues = __webpack_require__(25221);
;// CONCATENATED MODULE: ./src/core/json-duplicate-keys.ts

/**
 * JSON paths of keys that appear twice in one object of a text `JSON.parse` already accepted. JSON.parse
 * keeps the last one, other readers the first: an auditor reading the snapshot could see another workflow
 * than the one that ran.
 */
function duplicateKeys(text) {
    const found = [];
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const start = i;
            for (i++; text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            const top = stack.at(-1);
            if (!top?.keys || !top.expectKey)
                continue;
            const raw = text.slice(start + 1, i);
            const key = raw.includes('\\') ? JSON.parse(text.slice(start, i + 1)) : raw;
            if (top.keys.has(key))
                found.push((0,schema_issues/* jsonPath */.U)([...stack.slice(1).map((frame) => frame.at), key]));
            top.keys.add(key);
            top.key = key;
            top.expectKey = false;
        }
        else if (c === '{' || c === '[') {
            const parent = stack.at(-1);
            stack.push({
                keys: c === '{' ? new Set() : null,
                at: parent ? (parent.keys ? parent.key : parent.index) : null,
                key: '',
                index: 0,
                expectKey: c === '{',
            });
        }
        else if (c === '}' || c === ']') {
            stack.pop();
        }
        else if (c === ',') {
            const top = stack.at(-1);
            if (top?.keys)
                top.expectKey = true;
            else if (top)
                top.index++;
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/core/policy-schema.ts
var policy_schema = __webpack_require__(85593);
// EXTERNAL MODULE: ./src/core/template.ts
var core_template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/core/workflow-schema.ts
var workflow_schema = __webpack_require__(7528);
;// CONCATENATED MODULE: ./src/core/workflow-load.ts








/** Gate ids the engine makes itself: `flag-<step id>` for a policy flag, `manual-NNN` for a pause over the API. */
const GATE_ID_PREFIXES = ['flag-', 'manual-'];
/** Zero-padded step index (1-based) used in default ids and `steps/NNN_<id>.jsonl` names. */
function stepIndexLabel(index, count) {
    return String(index + 1).padStart(Math.max(3, String(count).length), '0');
}
function parseJson(bytes, source) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new errors/* InputError */.dz(`${source}: not valid JSON (${detail})`);
    }
    const deep = (0,json_depth/* tooDeep */.D)(json);
    if (deep !== undefined)
        throw new errors/* InputError */.dz(`${source}: ${deep}: is nested more than ${json_depth/* MAX_JSON_DEPTH */.K} levels deep`);
    // JSON.parse reads 1e999 as Infinity, which no hash (RFC 8785) or JSON file can hold.
    const problems = [
        ...duplicateKeys(text).map((where) => `${source}: ${where}: the key appears twice in one object; JSON readers differ on which one counts, so give it once`),
        ...nonFiniteNumbers(json, '').map((where) => `${source}: ${where || '(root)'}: is too large to be a finite number`),
    ];
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems.join('\n'), problems);
    return json;
}
/** JSON paths of the numbers in a parsed value that are not finite. */
function nonFiniteNumbers(value, at) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? [] : [at];
    if (Array.isArray(value))
        return value.flatMap((item, i) => nonFiniteNumbers(item, `${at}[${i}]`));
    if (value !== null && typeof value === 'object')
        return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, at === '' ? key : `${at}.${key}`));
    return [];
}
/**
 * Validates a workflow file's bytes (DESIGN §2). Every problem is reported, each with its JSON path;
 * throws `InputError` (exit 2) before anything is written.
 */
function loadWorkflow(bytes, source) {
    const json = parseJson(bytes, source);
    const parsed = workflow_schema/* WorkflowFile */.Cv.safeParse(json);
    if (!parsed.success) {
        throw invalid(source, (0,schema_issues/* describeIssues */.w)(parsed.error, workflow_schema/* WorkflowFile */.Cv, json));
    }
    const file = parsed.data;
    const problems = [];
    const count = file.steps.length;
    const steps = file.steps.map((step, index) => ({
        ...step,
        id: step.id ?? `step_${stepIndexLabel(index, count)}`,
    }));
    steps.forEach((step, index) => {
        const reserved = GATE_ID_PREFIXES.find((prefix) => step.id.startsWith(prefix));
        if (step.op === 'audit_gate' && reserved)
            problems.push(`steps[${index}].id: "${step.id}" starts with "${reserved}", which names gates the ${reserved === 'flag-' ? 'policy' : 'API'} opens; an audit_gate's id is its gate id, so give it another`);
    });
    const firstIndex = new Map();
    steps.forEach((step, index) => {
        const earlier = firstIndex.get(step.id);
        if (earlier !== undefined) {
            problems.push(`steps[${index}].id: duplicate id "${step.id}" (also steps[${earlier}]); step ids must be unique`);
        }
        else {
            firstIndex.set(step.id, index);
        }
    });
    const ids = new Set(firstIndex.keys());
    steps.forEach((step, index) => {
        const templates = step.op === 'llm_map'
            ? [[`steps[${index}].prompt`, step.prompt]]
            : step.op === 'write_text'
                ? [[`steps[${index}].args.text`, step.args.text]]
                : [];
        for (const [where, template] of templates) {
            for (const placeholder of (0,core_template/* unfilledPlaceholders */.k5)(template, ids)) {
                problems.push(`${where}: ${placeholder} would be left in the text as it is; an earlier output is referenced as {{steps.<id>.text}}`);
            }
            for (const ref of (0,core_template/* stepReferences */.$t)(template)) {
                const target = firstIndex.get(ref);
                if (target === undefined) {
                    problems.push(`${where}: references unknown step "${ref}"; known steps: ${[...firstIndex.keys()].join(', ')}`);
                }
                else if (target >= index) {
                    problems.push(`${where}: references step "${ref}" (steps[${target}]), which does not run before this step; only earlier steps can be referenced`);
                }
                else if (steps[target]?.op === 'audit_gate') {
                    problems.push(`${where}: references step "${ref}", an audit_gate, which has no text; reference an llm_map or write_text step`);
                }
            }
        }
        if (step.op === 'write_text') {
            // The schema already refused unsafe paths; this stores the normalised form.
            const normalised = (0,artifact_path/* normaliseArtifactPath */.o)(step.args.path);
            if ('path' in normalised)
                step.args = { ...step.args, path: normalised.path };
        }
    });
    problems.push(...artifactClashes(steps));
    if (problems.length > 0)
        throw invalid(source, problems);
    return { source, bytes, file, steps };
}
/** Validates a policy document (a file's bytes, or an inline object). Invalid fails closed: `InputError`. */
function loadPolicy(input, source) {
    const json = input instanceof Uint8Array ? parseJson(input, source) : input;
    const parsed = policy_schema/* Policy */.PE.safeParse(json);
    if (!parsed.success)
        throw invalid(source, (0,schema_issues/* describeIssues */.w)(parsed.error, policy_schema/* Policy */.PE, json), 'policy');
    return parsed.data;
}
/**
 * The policy in force: `--policy` wins over the workflow's `policy` field; no policy means allow-all,
 * recorded as `default-allow`. `readFile` resolves a path relative to the workflow (injected: the core reads nothing).
 */
function resolvePolicy(workflow, override, readFile) {
    const ref = override ?? workflow.file.policy;
    if (ref === undefined)
        return { policy: policy_schema/* DEFAULT_POLICY */.zj, source: 'default' };
    if (typeof ref === 'string') {
        const { bytes, source } = readFile(ref);
        return { policy: loadPolicy(bytes, source), source };
    }
    return { policy: loadPolicy(ref, `${workflow.source} (policy)`), source: 'inline' };
}
function invalid(source, problems, what = 'workflow') {
    const lines = problems.map((problem) => `${source}: ${problem}`);
    const head = `invalid ${what} ${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    return new errors/* InputError */.dz([head, ...lines.map((line) => `  - ${line}`)].join('\n'), lines);
}
/**
 * Two steps writing one artifact, or one writing a file where another needs a folder: each step's receipt
 * vouches for the bytes it wrote, so the later write would leave the earlier receipt false. Paths are
 * normalised already.
 */
function artifactClashes(steps) {
    const problems = [];
    const files = new Map();
    const folders = new Map();
    steps.forEach((step, index) => {
        if (step.op !== 'write_text')
            return;
        const target = step.args.path;
        const where = `steps[${index}].args.path`;
        const same = files.get(target);
        if (same !== undefined) {
            problems.push(`${where}: "${target}" is also written by steps[${same}]; each step writes its own artifact`);
            return;
        }
        const asFolder = folders.get(target);
        if (asFolder !== undefined)
            problems.push(`${where}: "${target}" is a folder of the artifact written by steps[${asFolder}]`);
        const parts = target.split('/');
        for (let i = 1; i < parts.length; i++) {
            const folder = parts.slice(0, i).join('/');
            const asFile = files.get(folder);
            if (asFile !== undefined)
                problems.push(`${where}: "${target}" needs "${folder}" as a folder, but steps[${asFile}] writes it as a file`);
            if (!folders.has(folder))
                folders.set(folder, index);
        }
        files.set(target, index);
    });
    return problems;
}


/***/ }),

/***/ 7528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ LlmMapStep),
/* harmony export */   Cv: () => (/* binding */ WorkflowFile),
/* harmony export */   s2: () => (/* binding */ StepId)
/* harmony export */ });
/* unused harmony exports WriteTextStep, AuditGateStep, STEP_OPS, Step */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _artifact_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38165);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85593);



/** Step ids name files (`steps/NNN_<id>.jsonl`), so they are short and filename-safe. */
const StepId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    message: 'must be 1-64 characters of ASCII letters, digits, "_", "-" or ".", starting with a letter or digit',
})
    .describe('unique step id; defaults to step_NNN (the 1-based index)');
const StepType = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, {
    message: 'must be a lowercase label such as observe, decide, gate, act, transform',
})
    .describe('optional step type label: observe, decide, gate, act, transform, ...');
const common = { id: StepId.optional(), type: StepType.optional() };
const LlmMapStep = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...common,
    op: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('llm_map'),
    prompt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/\S/, { message: 'must not be empty or blank' })
        .describe('the prompt; {{item}} is replaced by each input, {{steps.<id>.text}} by an earlier output'),
    params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())
        .optional()
        .describe('passed to the backend (temperature, max_tokens, ...)'),
    inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .min(1)
        .optional()
        .describe('the prompt is mapped over these; outputs keep input order'),
});
const WriteTextStep = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...common,
    op: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('write_text'),
    args: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .superRefine((raw, ctx) => {
            const checked = (0,_artifact_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseArtifactPath */ .o)(raw);
            if ('error' in checked)
                ctx.addIssue({ code: 'custom', message: checked.error });
        })
            .describe('file path relative to artifacts/ (no "..", not absolute)'),
        text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('text to write; may reference {{steps.<id>.text}} of earlier steps'),
    }),
});
const AuditGateStep = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...common,
    op: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('audit_gate'),
    args: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        checklist: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('path of a checklist the reviewer follows'),
        environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .max(255)
            .optional()
            .describe('GitHub environment that reviews this gate'),
    })
        .optional(),
});
const STEP_OPS = (/* unused pure expression or super */ null && (['llm_map', 'write_text', 'audit_gate']));
const Step = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('op', [LlmMapStep, WriteTextStep, AuditGateStep]);
/** The workflow file (DESIGN §2). */
const WorkflowFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('JSON Schema reference for editors'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200).optional(),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Policy */ .PE])
        .optional()
        .describe('path of a policy file (relative to the workflow), or an inline policy'),
    steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Step).min(1).max(100_000),
});


/***/ }),

/***/ 50415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ runEnvironment)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/store/git-commit.ts

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Finds the commit SHA: `GITHUB_SHA` when set to a full SHA (the runner's truth, also in detached or shallow
 * checkouts), else `git rev-parse HEAD` in `cwd`, else marked absent. Never throws: a run outside git is
 * still a run, and its metadata says so.
 */
function commitSha(env, cwd) {
    const fromEnv = env.GITHUB_SHA?.trim().toLowerCase();
    if (fromEnv && SHA.test(fromEnv))
        return { sha: fromEnv, source: 'GITHUB_SHA' };
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd,
            encoding: 'utf8',
            // git's "not a git repository" goes nowhere: absence is reported in the result instead.
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10_000,
        })
            .trim()
            .toLowerCase();
        if (SHA.test(out))
            return { sha: out, source: 'git' };
    }
    catch {
        // git missing, not a repository, or no commit yet: fall through to absent.
    }
    return { sha: null, source: 'absent' };
}

;// CONCATENATED MODULE: ./src/store/environment.ts



function git(args, cwd) {
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', args, {
            cwd,
            stdio: ['ignore', 'pipe', 'ignore'],
            encoding: 'utf8',
            timeout: 5000,
        }).trim();
        return out === '' ? null : out;
    }
    catch {
        return null;
    }
}
/** Removes credentials from a remote URL (`https://user:token@host/...`) before it is recorded. */
function withoutCredentials(url) {
    if (!url)
        return url;
    return url.replace(/^(\w+:\/\/)[^@/]*@/, '$1');
}
/**
 * Facts about where a run happens, recorded in metadata.json: tool and Node versions, the commit (from
 * `GITHUB_*` when set, else the git checkout), and the GitHub run context where present. Never secrets.
 */
function runEnvironment(env, cwd) {
    const commit = commitSha(env, cwd);
    const inGitHub = Boolean(env.GITHUB_ACTIONS || env.GITHUB_RUN_ID);
    const github = inGitHub
        ? {
            repository: env.GITHUB_REPOSITORY ?? null,
            run_id: env.GITHUB_RUN_ID ?? null,
            run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
            job: env.GITHUB_JOB ?? null,
            workflow: env.GITHUB_WORKFLOW ?? null,
            actor: env.GITHUB_ACTOR ?? null,
            event: env.GITHUB_EVENT_NAME ?? null,
            server_url: env.GITHUB_SERVER_URL ?? null,
        }
        : null;
    return {
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        node_version: process.version,
        platform: `${process.platform}-${process.arch}`,
        git: {
            sha: commit.sha,
            sha_source: commit.source,
            ref: env.GITHUB_REF ?? (commit.source === 'git' ? git(['symbolic-ref', '-q', 'HEAD'], cwd) : null),
            repository: env.GITHUB_REPOSITORY ??
                (commit.source === 'git'
                    ? withoutCredentials(git(['config', '--get', 'remote.origin.url'], cwd))
                    : null),
        },
        github,
    };
}


/***/ }),

/***/ 39089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ CREATING_PREFIX),
/* harmony export */   UC: () => (/* binding */ RUN_ID),
/* harmony export */   Zy: () => (/* binding */ requireRunFolder),
/* harmony export */   kg: () => (/* binding */ createRunFolder),
/* harmony export */   nl: () => (/* binding */ publishRunFolder)
/* harmony export */ });
/* unused harmony export runIdFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67383);




/** `run_YYYY-MM-DDTHH-MM-SSZ` in UTC (DESIGN §3). */
function runIdFor(date) {
    return `run_${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}
/** A run id as the engine makes them: `run_YYYY-MM-DDTHH-MM-SSZ` with an optional `-N`. */
const RUN_ID = /^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;
/** Prefix of a run folder still being created: never a run folder, so never verified or resumed. */
const CREATING_PREFIX = '.creating-';
/**
 * Reserves a new run id under `runsDir` and creates its folder under a hidden name (`.creating-<id>`);
 * `publishRunFolder` renames it into place once its first files are durable, so a crash during creation
 * never leaves a half-made run folder. A second run in the same second gets `-2`, `-3`, ...: `mkdir`
 * without `recursive` fails when the name is taken, so two processes never share one.
 */
function createRunFolder(runsDir, date) {
    const enclosing = enclosingRunFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir));
    if (enclosing)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the runs folder ${runsDir} ${enclosing === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir) ? 'is' : 'is inside'} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`);
    try {
        (0,_make_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFolders */ .w)(runsDir);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create runs folder ${runsDir}: ${err.message}`);
    }
    const base = runIdFor(date);
    for (let n = 1; n < 10_000; n++) {
        const runId = n === 1 ? base : `${base}-${n}`;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, runId);
        const creating = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, CREATING_PREFIX + runId);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))
            continue;
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(creating);
            return { runId, dir, creating };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create run folder ${dir}: ${err.message}`);
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`too many runs in ${runsDir} within one second`);
}
/** The run folder that holds `dir` (or is `dir`), if any. */
function enclosingRunFolder(dir) {
    for (let at = dir;; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, 'input.json')) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, 'lock.snapshot.json')))
            return at;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at)
            return undefined;
    }
}
/** Moves a created run folder into place (atomic rename) and makes the rename durable. */
function publishRunFolder(folder) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(folder.creating, folder.dir);
    const parent = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder.dir), 'r');
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(parent);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(parent);
    }
}
/** Checks that a path is a run folder before any command opens it. */
function requireRunFolder(dir) {
    let resolved;
    let stat;
    try {
        // The real path: a session through a symbolic link works on (and seals) the folder itself.
        resolved = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir));
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(resolved);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`no run folder at ${dir}`);
    }
    if (!stat.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${dir} is not a folder; give a run folder (runs/run_...)`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, 'input.json')) ||
        !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, 'lock.snapshot.json'))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`);
    }
    return resolved;
}


/***/ }),

/***/ 65890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rw: () => (/* binding */ lockRunFolder),
/* harmony export */   zF: () => (/* binding */ removeStaleLock)
/* harmony export */ });
/* unused harmony export lockFileOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





/** `.run_<id>.awo-lock`, beside the run folder: inside it, it would be a file no receipt lists. */
function lockFileOf(runDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(runDir), `.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(runDir)}.awo-lock`);
}
function readHolder(file) {
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** A holder on another machine (a shared disk) cannot be checked, so it counts as alive. */
function alive(holder) {
    if (holder.host !== node_os__WEBPACK_IMPORTED_MODULE_2__.hostname())
        return true;
    try {
        process.kill(holder.pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Takes a run folder for one session that writes to it: a second session (two `awo resume` at once, an
 * approve while the server works on the run) would fork the audit chain and run steps twice. The lock file
 * appears whole (written aside, then hard-linked into place) and names its holder; one left by a process
 * that is gone is taken over. Returns the release.
 */
function lockRunFolder(runDir, command) {
    // Keyed on the real path: a symbolic link to the folder names the same run.
    const file = lockFileOf(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(runDir));
    const me = {
        pid: process.pid,
        host: node_os__WEBPACK_IMPORTED_MODULE_2__.hostname(),
        command,
        since: new Date().toISOString(),
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    const aside = `${file}.${me.token}`;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(aside, JSON.stringify(me));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot lock run folder ${runDir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(err)}`);
    }
    try {
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync(aside, file);
                return () => {
                    if (readHolder(file)?.token === me.token)
                        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file, { force: true });
                };
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
            }
            const holder = readHolder(file);
            if (holder && alive(holder))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IllegalTransition */ .sK(`run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`);
            // Left by a session that died: nothing holds the folder. One process at a time takes it over, and
            // only if the lock is still the dead one it read (another may have taken it over meanwhile).
            takeOver(file, holder?.token);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IllegalTransition */ .sK(`run folder ${runDir} is in use by another awo session; try again`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(aside, { force: true });
    }
}
/** How long a takeover may take before its own marker counts as left by a crash. */
const TAKEOVER_MS = 10_000;
/** Removes a dead holder's lock under an exclusive takeover marker; does nothing when another is taking over. */
function takeOver(file, deadToken) {
    const marker = `${file}.takeover`;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(marker, String(process.pid), { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
        const age = Date.now() - (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
        if (age > TAKEOVER_MS)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker, { force: true });
        return;
    }
    try {
        if (readHolder(file)?.token === deadToken)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file, { force: true });
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker, { force: true });
    }
}
/** Removes the lock of a session whose process is gone (a crash); true when there was one. */
function removeStaleLock(runDir) {
    const file = lockFileOf(runDir);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
        return false;
    const holder = readHolder(file);
    if (holder && alive(holder))
        return false;
    takeOver(file, holder?.token);
    return !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file);
}


/***/ }),

/***/ 46116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zO: () => (/* binding */ checkBackendParams),
  X7: () => (/* binding */ continueRun),
  nh: () => (/* binding */ createRunIn),
  q7: () => (/* binding */ decideGate),
  xz: () => (/* binding */ readRunState),
  AD: () => (/* binding */ startRun),
  Mh: () => (/* binding */ verifyFolder),
  Yq: () => (/* binding */ withRun)
});

// UNUSED EXPORTS: cancelRunFolder, openReadOnly, processLimiter

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(63805);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/core/run-plan.ts
var run_plan = __webpack_require__(90204);
;// CONCATENATED MODULE: ./src/core/concurrency-limiter.ts
/** Default global cap: high enough that a step's own `params.concurrency` is the usual bound. */
const DEFAULT_MAX_CONCURRENCY = 64;
/**
 * Shared adaptive limiter ("slows down for everyone"): a global cap on calls in flight that halves
 * when a provider says 429, pauses new starts for the Retry-After it gave, and climbs back by one
 * after each full window of successes (additive increase, multiplicative decrease, as TCP does).
 * Waiters are served first in, first out, so no step starves another.
 */
class ConcurrencyLimiter {
    max;
    min;
    clock;
    cooldownMs;
    current;
    inFlight = 0;
    successes = 0;
    pausedUntil = 0;
    lastDecreaseAt = Number.NEGATIVE_INFINITY;
    decreases = 0;
    wakeScheduled = false;
    waiters = [];
    constructor(options) {
        if (!Number.isInteger(options.max) || options.max < 1)
            throw new RangeError('limiter max must be an integer >= 1');
        this.max = options.max;
        this.min = Math.max(1, Math.min(options.min ?? 1, options.max));
        this.clock = options.clock;
        this.cooldownMs = options.decreaseCooldownMs ?? 1000;
        this.current = this.max;
    }
    /** Current cap on calls in flight. */
    get limit() {
        return this.current;
    }
    /** Calls holding a slot right now. */
    get active() {
        return this.inFlight;
    }
    /** Changes at every decrease; a call notes it when it starts, so its success is judged against it. */
    get epoch() {
        return this.decreases;
    }
    /** Callers waiting for a slot. */
    get waiting() {
        return this.waiters.length;
    }
    /** Waits for a slot; resolves with the function that gives it back (call it exactly once). */
    acquire() {
        return new Promise((resolve) => {
            this.waiters.push(() => {
                this.inFlight += 1;
                let released = false;
                resolve(() => {
                    if (released)
                        return;
                    released = true;
                    this.inFlight -= 1;
                    this.pump();
                });
            });
            this.pump();
        });
    }
    /** Runs `fn` holding one slot. */
    async run(fn) {
        const release = await this.acquire();
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
    /** A provider said 429 (or overloaded): halve the cap once per burst, hold new starts for `retryAfterMs`. */
    onRateLimited(retryAfterMs) {
        const now = this.clock.now().getTime();
        if (now - this.lastDecreaseAt >= this.cooldownMs) {
            this.current = Math.max(this.min, Math.floor(this.current / 2));
            this.lastDecreaseAt = now;
            this.decreases += 1;
            this.successes = 0;
        }
        if (retryAfterMs !== undefined && retryAfterMs > 0)
            this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    }
    /**
     * A call succeeded: after a full window of successes at the current cap, allow one more. Calls that
     * started before the last decrease (give their `epoch`) do not count: they say nothing about the new cap.
     */
    onSuccess(startedInEpoch) {
        if (this.current >= this.max)
            return;
        if (startedInEpoch !== undefined && startedInEpoch !== this.decreases)
            return;
        this.successes += 1;
        if (this.successes >= this.current) {
            this.current += 1;
            this.successes = 0;
            this.pump();
        }
    }
    pump() {
        const now = this.clock.now().getTime();
        if (now < this.pausedUntil) {
            this.scheduleWake(this.pausedUntil - now);
            return;
        }
        while (this.waiters.length > 0 && this.inFlight < this.current) {
            const grant = this.waiters.shift();
            grant();
        }
    }
    scheduleWake(ms) {
        if (this.wakeScheduled || this.waiters.length === 0)
            return;
        this.wakeScheduled = true;
        void this.clock.sleep(ms).then(() => {
            this.wakeScheduled = false;
            this.pump();
        });
    }
}

// EXTERNAL MODULE: ./src/core/run-verify.ts
var run_verify = __webpack_require__(83238);
// EXTERNAL MODULE: ./src/core/run-transitions.ts
var run_transitions = __webpack_require__(66795);
// EXTERNAL MODULE: ./src/core/run-journal.ts
var run_journal = __webpack_require__(208);
// EXTERNAL MODULE: ./src/core/self-approval.ts
var self_approval = __webpack_require__(66957);
// EXTERNAL MODULE: ./src/core/workflow-load.ts + 1 modules
var workflow_load = __webpack_require__(24812);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var bundle_manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/store/environment.ts + 1 modules
var environment = __webpack_require__(50415);
// EXTERNAL MODULE: ./src/store/run-folder.ts
var run_folder = __webpack_require__(39089);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/store/run-lock.ts
var run_lock = __webpack_require__(65890);
;// CONCATENATED MODULE: ./src/store/run-store.ts









/** Up to this many changed files, a commit fsyncs each through Node instead of starting `sync -f`. */
const FSYNC_ONE_BY_ONE = 256;
let syncfsWorks = process.platform === 'linux' ? undefined : false;
/** `sync -f DIR` (coreutils): syncfs(2) on the file system holding DIR. False where it is not available. */
function syncFileSystem(dir) {
    if (syncfsWorks === false)
        return false;
    try {
        (0,external_node_child_process_.execFileSync)('sync', ['-f', dir], { stdio: 'ignore', timeout: 120_000 });
        syncfsWorks = true;
    }
    catch {
        syncfsWorks = false;
    }
    return syncfsWorks;
}
/**
 * A run folder on the local disk. Whole-file writes are atomic (temp file + rename) so a crash never leaves
 * a torn receipt; appends go through cached descriptors; nothing is fsynced until `commit()`, the group
 * commit the engine calls at state transitions.
 */
class FsRunStore {
    dir;
    appendFds = new Map();
    /** Digests of whole files this process wrote. */
    written = new Map();
    /** Running hashes of the files this process appends to. */
    appended = new Map();
    dirty = new Set();
    madeDirs = new Set();
    /** Artifact folders verified to be real folders, not links. */
    checkedDirs = new Set();
    /** The seal the first change of this session removes (see `unsealOnFirstWrite`). */
    seal = [];
    constructor(dir) {
        this.dir = dir;
    }
    unsealOnFirstWrite(files) {
        this.seal = files;
    }
    /** Removes the seal, durably, before the session's first change. */
    unseal() {
        if (this.seal.length === 0)
            return;
        const files = this.seal;
        this.seal = [];
        for (const rel of files) {
            if (!this.exists(rel))
                continue;
            this.remove(rel);
            this.dirty.add(rel);
        }
        this.commit();
    }
    abs(rel) {
        return external_node_path_.join(this.dir, ...rel.split('/'));
    }
    ensureDir(rel) {
        const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        if (parent === '' || this.madeDirs.has(parent))
            return;
        external_node_fs_.mkdirSync(this.abs(parent), { recursive: true });
        this.madeDirs.add(parent);
    }
    write(rel, data, options = {}) {
        this.unseal();
        this.ensureDir(rel);
        const target = this.abs(rel);
        if (options.atomic === false) {
            external_node_fs_.writeFileSync(target, data);
        }
        else {
            const temp = `${target}.tmp-${process.pid}`;
            external_node_fs_.writeFileSync(temp, data);
            external_node_fs_.renameSync(temp, target);
        }
        this.written.set(rel, (0,hash/* sha256Hex */.fg)(data));
        this.appended.delete(rel);
        this.dirty.add(rel);
    }
    append(rel, text) {
        this.unseal();
        let fd = this.appendFds.get(rel);
        if (fd === undefined) {
            this.ensureDir(rel);
            fd = external_node_fs_.openSync(this.abs(rel), 'a');
            this.appendFds.set(rel, fd);
            // The running hash covers the whole file, so it starts from what the file already holds (the audit
            // trail of a resumed run, a recovered step log rewritten without its torn line). One writer per run.
            if (!this.appended.has(rel)) {
                const held = external_node_fs_.fstatSync(fd).size > 0 ? external_node_fs_.readFileSync(this.abs(rel)) : undefined;
                this.appended.set(rel, held ? (0,external_node_crypto_.createHash)('sha256').update(held) : (0,external_node_crypto_.createHash)('sha256'));
            }
        }
        external_node_fs_.writeSync(fd, text);
        this.appended.get(rel)?.update(text);
        this.written.delete(rel);
        this.dirty.add(rel);
    }
    /** Releases the descriptor of an appended file (the engine calls it when a step's log is done). */
    release(rel) {
        const fd = this.appendFds.get(rel);
        if (fd === undefined)
            return;
        // No fsync here: commit() makes released files durable together at the next state transition.
        external_node_fs_.closeSync(fd);
        this.appendFds.delete(rel);
    }
    writeArtifact(rel, text) {
        this.unseal();
        // Walk the path one component at a time with lstat: a symlinked folder or file is refused before any write.
        // Folders this process already checked (or made) are not checked again; the file itself always is.
        const parts = rel.split('/');
        let current = this.dir;
        for (let i = 0; i < parts.length; i++) {
            current = external_node_path_.join(current, parts[i]);
            if (i < parts.length - 1 && this.checkedDirs.has(current))
                continue;
            let stat;
            try {
                stat = external_node_fs_.lstatSync(current);
            }
            catch {
                stat = undefined;
            }
            const shown = parts.slice(0, i + 1).join('/');
            if (stat?.isSymbolicLink())
                throw new errors/* InputError */.dz(`refusing to write ${rel}: ${shown} is a symbolic link`);
            if (i < parts.length - 1) {
                if (!stat)
                    external_node_fs_.mkdirSync(current);
                else if (!stat.isDirectory())
                    throw new errors/* InputError */.dz(`refusing to write ${rel}: ${shown} is not a folder`);
                this.checkedDirs.add(current);
            }
            else if (stat && !stat.isFile()) {
                throw new errors/* InputError */.dz(`refusing to write ${rel}: ${shown} exists and is not a regular file`);
            }
        }
        // A folder checked earlier may have been swapped for a link since: its real path must be where it was.
        const parent = external_node_path_.dirname(current);
        if (external_node_fs_.realpathSync.native(parent) !== external_node_path_.join(this.realDir(), ...parts.slice(0, -1))) {
            throw new errors/* InputError */.dz(`refusing to write ${rel}: a folder on its path is a symbolic link`);
        }
        // O_NOFOLLOW closes the window between the check above and the open for the file itself.
        const fd = external_node_fs_.openSync(current, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
        try {
            external_node_fs_.writeSync(fd, text);
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
        this.written.set(rel, (0,hash/* sha256Hex */.fg)(text));
        this.appended.delete(rel);
        this.dirty.add(rel);
    }
    realDirCache;
    realDir() {
        this.realDirCache ??= external_node_fs_.realpathSync.native(this.dir);
        return this.realDirCache;
    }
    read(rel) {
        try {
            return external_node_fs_.readFileSync(this.abs(rel));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
    }
    exists(rel) {
        return external_node_fs_.existsSync(this.abs(rel));
    }
    remove(rel) {
        // A leftover temporary file is not evidence: removing it changes nothing a seal describes.
        if (!run_verify/* LEFTOVER_TEMP */.Hx.test(rel))
            this.unseal();
        external_node_fs_.rmSync(this.abs(rel), { force: true });
        this.written.delete(rel);
        this.appended.delete(rel);
    }
    list() {
        const out = [];
        const walk = (rel) => {
            for (const entry of external_node_fs_.readdirSync(rel === '' ? this.dir : this.abs(rel), { withFileTypes: true })) {
                const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
                if (entry.isDirectory())
                    walk(child);
                else if (entry.isFile())
                    out.push(child);
                else
                    throw new errors/* IntegrityError */.cs(`${child} is ${entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; a run folder holds only regular files and folders`, child);
            }
        };
        walk('');
        return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    }
    digest(rel) {
        const known = this.written.get(rel) ?? this.appended.get(rel)?.copy().digest('hex');
        if (known)
            return known;
        const data = this.read(rel);
        if (data === undefined)
            throw new Error(`${rel} does not exist`);
        return (0,hash/* sha256Hex */.fg)(data);
    }
    /** Known digests for the manifest writer, so files this process wrote are not read back. */
    knownDigests() {
        const out = new Map(this.written);
        for (const [rel, hash] of this.appended)
            out.set(rel, hash.copy().digest('hex'));
        return out;
    }
    commit() {
        if (this.dirty.size === 0)
            return;
        // A few files (a server request's step, a seal) are fsynced one by one through Node. Past that, one
        // syncfs(2) (coreutils `sync -f`, Node has no binding) flushes every file and folder written since the
        // last commit in a single journal commit; fsyncing tens of thousands of step files one by one costs
        // seconds for the same guarantee, against one process start per commit.
        if (this.dirty.size > FSYNC_ONE_BY_ONE && syncFileSystem(this.dir)) {
            this.dirty.clear();
            return;
        }
        const folders = new Set();
        for (const rel of this.dirty) {
            const fd = this.appendFds.get(rel);
            if (fd !== undefined) {
                external_node_fs_.fsyncSync(fd);
            }
            else {
                try {
                    const handle = external_node_fs_.openSync(this.abs(rel), 'r');
                    external_node_fs_.fsyncSync(handle);
                    external_node_fs_.closeSync(handle);
                }
                catch {
                    // A file removed since it was written has nothing to make durable.
                }
            }
            folders.add(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
        }
        for (const folder of folders) {
            const handle = external_node_fs_.openSync(folder === '' ? this.dir : this.abs(folder), 'r');
            external_node_fs_.fsyncSync(handle);
            external_node_fs_.closeSync(handle);
        }
        this.dirty.clear();
    }
    writeManifest() {
        (0,bundle_manifest/* writeManifest */.HN)(this.dir, this.knownDigests());
        this.dirty.add('SHA256SUMS.txt');
        this.written.delete('SHA256SUMS.txt');
    }
    unlock;
    /** Takes the folder for this session (see `lockRunFolder`); `close()` gives it back. */
    lock(command) {
        this.unlock ??= (0,run_lock/* lockRunFolder */.rw)(this.dir, command);
        return this;
    }
    close() {
        for (const rel of [...this.appendFds.keys()])
            this.release(rel);
        this.unlock?.();
        this.unlock = undefined;
    }
}

;// CONCATENATED MODULE: ./src/store/run-service.ts
















function readInput(file, what, via = '') {
    try {
        return external_node_fs_.readFileSync(file);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : err.message;
        throw new errors/* InputError */.dz(`cannot read ${what} ${file}${via}: ${why}`);
    }
}
/** Refuses params the backend does not know before anything is written (every face calls it). */
function checkBackendParams(workflow, backend) {
    if (!backend.validateParams)
        return;
    const problems = [];
    workflow.steps.forEach((step, index) => {
        if (step.op !== 'llm_map')
            return;
        for (const problem of backend.validateParams((0,run_plan/* backendParams */.j1)(step)))
            problems.push(`${workflow.source}: steps[${index}].${problem}`);
    });
    if (problems.length > 0) {
        throw new errors/* InputError */.dz([
            `invalid workflow ${workflow.source} for backend ${backend.name}:`,
            ...problems.map((p) => `  - ${p}`),
        ].join('\n'), problems);
    }
}
/** One limiter per process: every step's calls share its cap, so a 429 slows all of them down. */
let sharedLimiter;
/** The process-wide limiter every face's runs share. */
function processLimiter() {
    sharedLimiter ??= new ConcurrencyLimiter({ max: DEFAULT_MAX_CONCURRENCY, clock: ports/* systemClock */.m });
    return sharedLimiter;
}
function context(store, options, command) {
    const clock = options.clock ?? ports/* systemClock */.m;
    return {
        store,
        backend: options.backend,
        clock,
        limiter: options.limiter ?? processLimiter(),
        actor: options.actor,
        retry: options.retry,
        concurrencyCap: options.concurrencyCap,
        environment: options.environment ?? (0,environment/* runEnvironment */.t)(options.env, options.cwd),
        command,
        interruption: options.interruption,
    };
}
/** Validates the workflow and policy (nothing written when invalid), creates the run folder and runs it. */
async function startRun(options) {
    const workflowFile = external_node_path_.resolve(options.cwd, options.workflowPath);
    const workflow = (0,workflow_load/* loadWorkflow */.G2)(readInput(workflowFile, 'workflow'), options.workflowPath);
    const policy = (0,workflow_load/* resolvePolicy */.nZ)(workflow, options.policyPath ? external_node_path_.resolve(options.cwd, options.policyPath) : undefined, (ref) => {
        const file = external_node_path_.resolve(external_node_path_.dirname(workflowFile), ref);
        const via = options.policyPath ? ' (--policy)' : ` (the "policy" field of ${options.workflowPath})`;
        return { bytes: readInput(file, 'policy', via), source: external_node_path_.relative(options.cwd, file) || file };
    });
    checkBackendParams(workflow, options.backend);
    const clock = options.clock ?? ports/* systemClock */.m;
    const folder = (0,run_folder/* createRunFolder */.kg)(external_node_path_.resolve(options.cwd, options.runsDir), clock.now());
    createRunIn(folder, workflow, policy, options, 'run');
    return withRun(folder.dir, options, 'run', (run, ctx) => (0,engine/* execute */.g7)(run, ctx));
}
/**
 * Writes a new run's first files into the folder `createRunFolder` reserved (under its hidden name) and
 * renames it into place once they are durable: a crash never leaves a half-created run folder.
 */
function createRunIn(folder, workflow, policy, options, command) {
    const creating = new FsRunStore(folder.creating);
    try {
        (0,engine/* createRun */.ut)(folder.runId, workflow, policy, context(creating, options, command));
    }
    finally {
        creating.close();
    }
    (0,run_folder/* publishRunFolder */.nl)(folder);
}
/**
 * The one way every face works on a run folder: lock it, judge the move read-only (so a refused one
 * changes nothing, not even a crash's recovery), open it (recovering what a crash left), act, close.
 */
async function withRun(runDir, options, command, act, 
/** Throws when the move is not allowed; judged before anything is written, crash recovery included. */
allowed) {
    const dir = (0,run_folder/* requireRunFolder */.Zy)(runDir);
    const store = new FsRunStore(dir);
    try {
        store.lock(options.holder ?? command);
        if (allowed)
            allowed(openReadOnly(dir));
        const ctx = context(store, options, command);
        return await act((0,engine/* openRun */.Iy)(ctx), ctx);
    }
    finally {
        store.close();
    }
}
/** Continues a run: `resume` after an approved gate (or an interruption), `retry` after an error. */
function continueRun(runDir, mode, options) {
    return withRun(runDir, options, mode, (run, ctx) => {
        (0,engine/* beginSession */.c2)(run, ctx, mode);
        return (0,engine/* execute */.g7)(run, ctx);
    }, (run) => (mode === 'resume' ? run_transitions/* checkResume */.sR : run_transitions/* checkRetry */.Du)(run.journal.state));
}
/** Approves or rejects the pending gate of a paused run. */
function decideGate(runDir, decision, options) {
    const verb = decision.decision === 'approved' ? 'approve' : 'reject';
    const allowed = (run) => {
        const gate = (0,run_transitions/* gateToResolve */.jp)(run.journal.state, verb);
        if (options.checkSelfApproval)
            (0,self_approval/* checkSelfApproval */.eJ)(run.input.policy.document, (0,run_journal/* readAuditLines */.Rf)(run.journal.store), gate, decision.decision, decision.actor);
    };
    return withRun(runDir, { ...options, actor: decision.actor }, verb, 
    // `allowed` was judged on this very state: the folder is locked between the two openings.
    (run, ctx) => (0,engine/* resolveGate */.mW)(run, ctx, decision), allowed);
}
/** Ends a running, interrupted or paused run as failed (kind `cancelled`) with the reason, sealing its evidence. */
function cancelRunFolder(runDir, reason, options) {
    return withRun(runDir, options, 'cancel', (run, ctx) => cancelRun(run, ctx, reason), (run) => checkCancel(run.journal.state));
}
/** The state a run folder's audit trail implies, without changing anything. */
function readRunState(runDir) {
    const run = openReadOnly((0,run_folder/* requireRunFolder */.Zy)(runDir));
    return { state: run.journal.state, input: run.input };
}
/**
 * Opens a run folder as a session would, recovery included, with every write going nowhere: a move is
 * judged on it before anything is written, so a refused one changes nothing.
 */
function openReadOnly(dir) {
    const store = new FsRunStore(dir);
    const readOnly = new Proxy(store, {
        get(target, key, receiver) {
            if (['write', 'append', 'release', 'remove', 'writeArtifact', 'commit', 'writeManifest'].includes(String(key))) {
                return () => undefined;
            }
            return Reflect.get(target, key, receiver);
        },
    });
    const ctx = {
        store: readOnly,
        backend: { name: 'none', generate: () => Promise.reject(new Error('read only')) },
        clock: ports/* systemClock */.m,
        actor: 'status',
        environment: {},
        command: 'status',
    };
    return (0,engine/* openRun */.Iy)(ctx);
}
/**
 * `awo verify` on a folder: the SHA256SUMS.txt manifest when present, then everything the chain claims.
 * `knownDigests`: every file's digest, taken from the bytes as they were written (a bundle's extraction).
 */
function verifyFolder(runDir, knownDigests) {
    const dir = (0,run_folder/* requireRunFolder */.Zy)(runDir);
    const store = new FsRunStore(dir);
    const report = (0,run_verify/* verifyRun */.$f)(store);
    if (!report.ok)
        return report;
    // A stop removes the old manifest before anything else and writes the new one last, so a sealed run
    // without one was interrupted after its receipt was written: everything but report.md is covered.
    if (!report.sealed)
        return report;
    if (!external_node_fs_.existsSync(external_node_path_.join(dir, 'SHA256SUMS.txt'))) {
        report.notes.push('SHA256SUMS.txt is missing (interrupted while sealing): report.md is not covered by any digest');
        return report;
    }
    const manifest = (0,bundle_manifest/* checkManifest */.K7)(dir, knownDigests);
    if (!manifest.ok)
        return { ...report, ok: false, where: manifest.where, message: `${manifest.where}: ${manifest.message}` };
    return report;
}


/***/ })

};
