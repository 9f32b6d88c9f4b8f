export const id = 734;
export const ids = [734];
export const modules = {

/***/ 23734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestBundle: () => (/* binding */ attestBundle)
});

// UNUSED EXPORTS: signStatement

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(90299);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/merkle.ts

/**
 * RFC 9162 (Certificate Transparency v2) Merkle tree hashing, over SHA-256.
 *
 * A leaf is `SHA-256(0x00 || data)`, an inner node `SHA-256(0x01 || left || right)`, and the tree over n
 * leaves splits at the largest power of two below n (RFC 9162 §2.1.1). A checkpoint (size, root) taken at
 * one point can later be proved a prefix of a larger tree with a consistency proof (§2.1.4), so whoever
 * holds the earlier checkpoint learns that the log only grew, without trusting the holder of the log.
 */
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);
function sha256(...parts) {
    const hash = external_node_crypto_.createHash('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}
/** RFC 9162 leaf hash of one entry's bytes (a string is taken as its UTF-8 bytes). */
function leafHash(data) {
    return sha256(LEAF_PREFIX, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}
/** RFC 9162 inner node hash. */
function nodeHash(left, right) {
    return sha256(NODE_PREFIX, left, right);
}
/** The largest power of two strictly below n (n ≥ 2). */
function splitPoint(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}
/** MTH over leaf hashes `leaves[from, to)`; the empty tree's root is SHA-256 of nothing. */
function subtreeRoot(leaves, from, to) {
    const n = to - from;
    if (n === 0)
        return sha256();
    if (n === 1)
        return Buffer.from(leaves[from]);
    const k = splitPoint(n);
    return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
}
/** The Merkle tree head over leaf hashes (already passed through {@link leafHash}). */
function treeRoot(leaves) {
    return subtreeRoot(leaves, 0, leaves.length);
}
/**
 * The RFC 9162 consistency proof from the tree's first `size` leaves to all of `leaves` (§2.1.4.1).
 * Empty when `size` is 0 or the whole tree.
 */
function consistencyProof(leaves, size) {
    if (!Number.isInteger(size) || size < 0 || size > leaves.length) {
        throw new RangeError(`consistency proof from size ${size} of a tree of ${leaves.length} leaves`);
    }
    if (size === 0 || size === leaves.length)
        return [];
    return subproof(leaves, size, 0, leaves.length, true);
}
function subproof(leaves, m, from, to, whole) {
    const n = to - from;
    if (m === n)
        return whole ? [] : [subtreeRoot(leaves, from, to)];
    const k = splitPoint(n);
    if (m <= k)
        return [...subproof(leaves, m, from, from + k, whole), subtreeRoot(leaves, from + k, to)];
    return [...subproof(leaves, m - k, from + k, to, false), subtreeRoot(leaves, from, from + k)];
}
/**
 * Checks an RFC 9162 consistency proof (§2.1.4.2): the tree of `first` leaves with root `firstRoot` is a
 * prefix of the tree of `second` leaves with root `secondRoot`.
 */
function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
    if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second)
        return false;
    if (first === second)
        return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
    if (first === 0)
        return proof.length === 0;
    if (proof.length === 0)
        return false;
    const path = [...proof];
    if ((first & (first - 1)) === 0)
        path.unshift(firstRoot);
    // Sizes stay below 2^53; BigInt keeps the shifts exact beyond 2^31.
    let fn = BigInt(first - 1);
    let sn = BigInt(second - 1);
    while ((fn & 1n) === 1n) {
        fn >>= 1n;
        sn >>= 1n;
    }
    let fr = Buffer.from(path[0]);
    let sr = Buffer.from(path[0]);
    for (const c of path.slice(1)) {
        if (sn === 0n)
            return false;
        if ((fn & 1n) === 1n || fn === sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while ((fn & 1n) === 0n && fn !== 0n) {
                fn >>= 1n;
                sn >>= 1n;
            }
        }
        else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1n;
        sn >>= 1n;
    }
    return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0n;
}

;// CONCATENATED MODULE: ./src/core/checkpoint.ts



/** Where a run folder keeps the checkpoint of its last stop. */
const CHECKPOINT_FILE = 'audit/checkpoint.json';
/** The checkpoint over a run's audit lines (each exactly as written, without its line feed). */
function checkpointOf(runId, lines) {
    return { run_id: runId, size: lines.length, root: rootDigest(lines.map((line) => leafHash(line))) };
}
/** `sha256:<hex>` of the tree head over leaf hashes. */
function rootDigest(leaves) {
    return `sha256:${treeRoot(leaves).toString('hex')}`;
}
/** The text form `<size>:sha256:<hex>` used on the command line and in the action's outputs. */
function formatCheckpoint(checkpoint) {
    return `${checkpoint.size}:${checkpoint.root}`;
}
/** Reads `<size>:sha256:<hex>`; `where` names the option or field it came from. */
function parseCheckpoint(text, where) {
    const match = /^(0|[1-9][0-9]{0,14}):(sha256:[0-9a-f]{64})$/.exec(text.trim());
    if (!match || !isDigest(match[2])) {
        throw new InputError(`${where}: "${text}" is not a checkpoint; expected <size>:sha256:<64 lowercase hex>, e.g. 12:sha256:ab12…`);
    }
    return { size: Number(match[1]), root: match[2] };
}

;// CONCATENATED MODULE: ./src/core/attestation-predicate.ts



/**
 * The in-toto Statement v1 the action signs for each evidence bundle, and its predicate: the run's own
 * evidence (status, gates and who approved them, checkpoint, policy, models) plus where it ran. Versioned
 * by its `predicateType`; a change to the meaning of a field makes a new version. The predicate borrows
 * the in-toto Test Result predicate's `result` / `passedTests` / `warnedTests` / `failedTests`, so tools
 * that read test results read the outcome. The JSON Schema is `docs/attestation-run-v1.schema.json`.
 */
const PREDICATE_TYPE = 'https://github.com/waveframe/awo-action/attestation/run/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/);
const Gate = schemas/* strictObject */.rej({
    gate_id: schemas/* string */.YjP().describe('The gate step id.'),
    decision: schemas/* string */.YjP()
        .describe('pending, approved, rejected, timed_out, ... as audit/gates/<gate id>.json records it.'),
    approvers: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Who resolved the gate (the reviewer, never the run trigger).'),
    source: schemas/* string */.YjP().nullable().describe('Where the decision came from: github-environment, cli, api, ...'),
    requested_at: schemas/* string */.YjP().nullable(),
    resolved_at: schemas/* string */.YjP().nullable(),
    environment: schemas/* string */.YjP().nullable(),
});
/** The part of the predicate that the bundle's own files determine: `awo verify --attestation` recomputes it. */
const EvidenceFacts = schemas/* strictObject */.rej({
    run_id: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().describe('The run status: completed, paused, failed or rejected.'),
    result: schemas/* enum */.k5n(['PASSED', 'WARNED', 'FAILED'])
        .describe('Test Result vocabulary: completed → PASSED, paused → WARNED, failed/rejected → FAILED.'),
    passedTests: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe('Completed steps and approved gates, as `step:<id>` / `gate:<id>`.'),
    warnedTests: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Pending gates.'),
    failedTests: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Failed or denied steps, rejected or timed-out gates.'),
    commit: schemas/* strictObject */.rej({ sha: schemas/* string */.YjP().nullable(), ref: schemas/* string */.YjP().nullable() }),
    workflow_hash: digest.nullable().describe('receipts/workflow.json `workflow_hash` (the workflow receipt).'),
    checkpoint: schemas/* strictObject */.rej({ size: schemas/* number */.aig().int().nonnegative(), root: digest, text: schemas/* string */.YjP() })
        .describe('RFC 9162 tree head over audit/log.jsonl; `text` is `<size>:sha256:<hex>`.'),
    previous_bundle_sha256: digest
        .nullable()
        .describe("The bundle this stage resumed from (the last audit line's details.previous_bundle_sha256); null for a first stage."),
    gates: schemas/* array */.YOg(Gate),
    policy: schemas/* strictObject */.rej({ id: schemas/* string */.YjP().nullable(), tier: schemas/* string */.YjP().nullable(), hash: digest.nullable() }),
    models: schemas/* array */.YOg(schemas/* string */.YjP()),
});
/** Where the bundle was made and stored: known to the signer, not to the bundle. */
const SigningContext = schemas/* strictObject */.rej({
    repository: schemas/* string */.YjP().describe('owner/name'),
    workflow_run: schemas/* strictObject */.rej({ id: schemas/* string */.YjP(), attempt: schemas/* string */.YjP(), url: schemas/* string */.YjP() }),
    artifact: schemas/* strictObject */.rej({ id: schemas/* number */.aig().int().nullable(), name: schemas/* string */.YjP() }),
});
const RunPredicate = schemas/* strictObject */.rej({ ...EvidenceFacts.shape, ...SigningContext.shape });
const str = (value) => (typeof value === 'string' ? value : null);
const obj = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
    ? value
    : {};
function resultOf(status) {
    if (status === 'completed')
        return 'PASSED';
    if (status === 'paused')
        return 'WARNED';
    return 'FAILED';
}
function gateOf(record) {
    const resolution = obj(record.resolution);
    const request = obj(record.request);
    const listed = Array.isArray(resolution.approvers)
        ? resolution.approvers.filter((a) => typeof a === 'string')
        : [];
    const actor = str(resolution.actor);
    return {
        gate_id: str(record.gate_id) ?? '',
        decision: str(resolution.decision) ?? str(record.status) ?? 'pending',
        approvers: listed.length > 0 ? listed : actor ? [actor] : [],
        source: str(resolution.source),
        requested_at: str(request.at),
        resolved_at: str(resolution.at),
        environment: str(request.environment),
    };
}
/** The last audit line's `details.previous_bundle_sha256` (written by a resume), or null. */
function previousBundle(lines) {
    for (let i = lines.length - 1; i >= 0; i -= 1) {
        let line;
        try {
            line = JSON.parse(lines[i]);
        }
        catch {
            continue;
        }
        const value = obj(obj(line).details).previous_bundle_sha256;
        if ((0,hash/* isDigest */.Bc)(value))
            return value;
    }
    return null;
}
/** Reads the evidence facts from a run's files; the same function serves the signer and the verifier. */
function evidenceFacts(evidence) {
    const { metadata } = evidence;
    const runId = str(metadata.run_id) ?? '';
    const status = str(metadata.status) ?? 'unknown';
    const gates = evidence.gates.map(gateOf).sort((a, b) => (a.gate_id < b.gate_id ? -1 : 1));
    const steps = Array.isArray(metadata.steps) ? metadata.steps.map(obj) : [];
    const passed = [
        ...steps.filter((s) => s.status === 'completed').map((s) => `step:${str(s.step_id)}`),
        ...gates.filter((g) => g.decision === 'approved').map((g) => `gate:${g.gate_id}`),
    ];
    const warned = gates.filter((g) => g.decision === 'pending').map((g) => `gate:${g.gate_id}`);
    const failed = [
        ...steps
            .filter((s) => s.status === 'failed' || s.status === 'denied')
            .map((s) => `step:${str(s.step_id)}`),
        ...gates
            .filter((g) => g.decision !== 'approved' && g.decision !== 'pending')
            .map((g) => `gate:${g.gate_id}`),
    ];
    const checkpoint = checkpointOf(runId, evidence.auditLines);
    const git = obj(metadata.git);
    const hashes = obj(metadata.hashes);
    const workflowHash = str(evidence.workflowReceipt?.workflow_hash);
    const policyHash = str(hashes.policy);
    return {
        run_id: runId,
        status,
        result: resultOf(status),
        passedTests: passed,
        warnedTests: warned,
        failedTests: failed,
        commit: { sha: str(git.sha), ref: str(git.ref) },
        workflow_hash: (0,hash/* isDigest */.Bc)(workflowHash) ? workflowHash : null,
        checkpoint: { size: checkpoint.size, root: checkpoint.root, text: formatCheckpoint(checkpoint) },
        previous_bundle_sha256: previousBundle(evidence.auditLines),
        gates,
        policy: {
            id: str(evidence.policy?.id),
            tier: str(evidence.policy?.tier),
            hash: (0,hash/* isDigest */.Bc)(policyHash) ? policyHash : null,
        },
        models: Array.isArray(metadata.models)
            ? metadata.models.filter((m) => typeof m === 'string')
            : [],
    };
}
/** The statement for one bundle: subject = the bundle file's name and SHA-256. */
function buildStatement(bundle, facts, context) {
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: bundle.name, digest: { sha256: bundle.sha256.replace(/^sha256:/, '') } }],
        predicateType: PREDICATE_TYPE,
        predicate: { ...facts, ...context },
    };
}
/** JSON paths where `claimed` differs from `actual`, depth first, e.g. `gates[0].approvers`. */
function differences(claimed, actual, at = '') {
    if (Array.isArray(claimed) && Array.isArray(actual)) {
        if (claimed.length !== actual.length)
            return [at || '.'];
        return claimed.flatMap((item, i) => differences(item, actual[i], `${at}[${i}]`));
    }
    if (claimed && actual && typeof claimed === 'object' && typeof actual === 'object') {
        const keys = [...new Set([...Object.keys(claimed), ...Object.keys(actual)])];
        return keys.flatMap((key) => differences(claimed[key], actual[key], at ? `${at}.${key}` : key));
    }
    return Object.is(claimed, actual) ? [] : [at || '.'];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/store/run-evidence.ts





function readJson(runDir, rel) {
    const file = external_node_path_.join(runDir, rel);
    if (!external_node_fs_.existsSync(file))
        return undefined;
    try {
        const value = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // Reported below as not a JSON object.
    }
    throw new errors/* IntegrityError */.cs(`${rel}: not a JSON object`, rel);
}
/** Reads the files the attestation predicate is made of from a run folder (or an extracted bundle). */
function readRunEvidence(runDir) {
    const metadata = readJson(runDir, 'metadata.json');
    if (!metadata)
        throw new errors/* NotFoundError */.m_(`${runDir}: no metadata.json, so not a run folder`);
    const gatesDir = external_node_path_.join(runDir, 'audit', 'gates');
    const gates = external_node_fs_.existsSync(gatesDir)
        ? external_node_fs_.readdirSync(gatesDir)
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => readJson(runDir, `audit/gates/${name}`) ?? {})
        : [];
    const input = readJson(runDir, 'input.json');
    const policy = input?.policy?.document;
    const log = external_node_path_.join(runDir, 'audit', 'log.jsonl');
    const text = external_node_fs_.existsSync(log) ? external_node_fs_.readFileSync(log, 'utf8') : '';
    const auditLines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    return {
        metadata,
        gates,
        workflowReceipt: readJson(runDir, 'receipts/workflow.json'),
        policy: policy && typeof policy === 'object' ? policy : undefined,
        auditLines,
    };
}
/**
 * The evidence facts of a run folder. When the run records its checkpoint (`audit/checkpoint.json`), it
 * must be the tree head over audit/log.jsonl as the folder holds it; a disagreement is refused.
 */
function runEvidenceFacts(runDir) {
    const evidence = readRunEvidence(runDir);
    const facts = evidenceFacts(evidence);
    const recorded = readJson(runDir, CHECKPOINT_FILE);
    if (recorded) {
        const computed = checkpointOf(facts.run_id, evidence.auditLines);
        if (recorded.size !== computed.size ||
            recorded.root !== computed.root ||
            recorded.run_id !== computed.run_id) {
            throw new errors/* IntegrityError */.cs(`${CHECKPOINT_FILE}: records ${String(recorded.size)}:${String(recorded.root)} for ${String(recorded.run_id)}, but audit/log.jsonl gives ${computed.size}:${computed.root} for ${computed.run_id}`, CHECKPOINT_FILE);
        }
    }
    return facts;
}

// EXTERNAL MODULE: ./src/action/artifacts.ts + 329 modules
var artifacts = __webpack_require__(77699);
;// CONCATENATED MODULE: ./src/action/attestation-error.ts

/** Signing or storing the attestation failed; the message names the permission or service at fault. */
class AttestationError extends errors/* AwoError */._ {
    constructor(message) {
        super('ATTESTATION', message, 1);
    }
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
;// CONCATENATED MODULE: ./src/action/sigstore-instance.ts

/** `repository.visibility` of the event that started the workflow run (`GITHUB_EVENT_PATH`), if readable. */
function repositoryVisibility(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file || !external_node_fs_.existsSync(file))
        return undefined;
    try {
        const event = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        const visibility = event.repository?.visibility;
        return typeof visibility === 'string' ? visibility : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The instance for this repository and its URLs. `AWO_SIGSTORE_FULCIO_URL`, `AWO_SIGSTORE_REKOR_URL`
 * and `AWO_SIGSTORE_TSA_URL` replace the URLs of the chosen instance (a GHES proxy, the test doubles);
 * they never change which instance is chosen, so a private repository never gets a Rekor witness.
 */
function sigstoreEndpoints(env) {
    if (repositoryVisibility(env) === 'public') {
        return {
            instance: 'public-good',
            fulcioUrl: env.AWO_SIGSTORE_FULCIO_URL || 'https://fulcio.sigstore.dev',
            rekorUrl: env.AWO_SIGSTORE_REKOR_URL || 'https://rekor.sigstore.dev',
        };
    }
    let host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname;
    if (host === 'github.com')
        host = 'githubapp.com';
    return {
        instance: 'github',
        fulcioUrl: env.AWO_SIGSTORE_FULCIO_URL || `https://fulcio.${host}`,
        tsaUrl: env.AWO_SIGSTORE_TSA_URL || `https://timestamp.${host}`,
    };
}

;// CONCATENATED MODULE: ./src/action/attest.ts











const TIMEOUT_MS = 10_000;
const RETRIES = 3;
function requireIdToken(env) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new AttestationError('attest: true needs the job permission id-token: write (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set); add `permissions: { id-token: write, attestations: write, contents: read }` to the job');
    }
}
/** Signs the statement's DSSE envelope through the chosen instance and returns the Sigstore bundle. */
async function signStatement(statement, endpoints) {
    const signer = new sign_dist/* FulcioSigner */.$o({
        identityProvider: new sign_dist/* CIContextProvider */.Zk('sigstore'),
        fulcioBaseURL: endpoints.fulcioUrl,
        timeout: TIMEOUT_MS,
        retry: RETRIES,
    });
    const witnesses = [];
    if (endpoints.rekorUrl)
        witnesses.push(new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: endpoints.rekorUrl,
            fetchOnConflict: true,
            timeout: TIMEOUT_MS,
            retry: RETRIES,
        }));
    if (endpoints.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: endpoints.tsaUrl, timeout: TIMEOUT_MS, retry: RETRIES }));
    try {
        const bundle = await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
            data: Buffer.from(JSON.stringify(statement)),
            type: INTOTO_PAYLOAD_TYPE,
        });
        return (0,dist.bundleToJSON)(bundle);
    }
    catch (err) {
        const urls = [endpoints.fulcioUrl, endpoints.rekorUrl, endpoints.tsaUrl].filter(Boolean).join(', ');
        throw new AttestationError(`signing the attestation through Sigstore's ${endpoints.instance} instance (${urls}) failed: ${(0,errors/* messageOf */.bD)(err)}`);
    }
}
/** Stores the Sigstore bundle with GitHub's attestations API; explains a refusal by the permission it needs. */
async function storeAttestation(bundle, ctx, token) {
    const url = `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}/attestations`;
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
                'x-github-api-version': '2022-11-28',
            },
            body: JSON.stringify({ bundle }),
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (err) {
        throw new AttestationError(`storing the attestation (POST ${url}) failed: ${(0,errors/* messageOf */.bD)(err)}`);
    }
    const text = await response.text();
    if (response.status === 401 || response.status === 403 || response.status === 404) {
        throw new AttestationError(`storing the attestation was refused (${response.status} from POST ${url}): the job needs the permission attestations: write (and the token input must be the job's token); GitHub said: ${text.slice(0, 300)}`);
    }
    if (!response.ok)
        throw new AttestationError(`storing the attestation failed: ${response.status} from POST ${url}: ${text.slice(0, 300)}`);
    let id;
    try {
        id = JSON.parse(text).id;
    }
    catch {
        id = undefined;
    }
    if (typeof id !== 'number' && typeof id !== 'string')
        throw new AttestationError(`storing the attestation: POST ${url} answered without an id`);
    return String(id);
}
/** Adds the attestation and the offline check to the job summary; a summary that fails is only a warning. */
async function summarize(target, ctx, instance, url, checkpoint) {
    const where = instance === 'public-good'
        ? "Sigstore's public-good instance (entry in the public Rekor log)"
        : "GitHub's Sigstore instance (RFC 3161 timestamp, no public log)";
    const lines = [
        '## Attestation',
        '',
        `Signed through ${where}: [attestation](${url}), Sigstore bundle \`${target.name}.sigstore.json\` (artifact beside the bundle), checkpoint \`${checkpoint}\`.`,
        '',
        '```sh',
        `awo verify ${target.name} --attestation ${target.name}.sigstore.json --trusted-root trusted_root.jsonl --repo ${ctx.repository}`,
        `gh attestation verify ${target.name} --repo ${ctx.repository} --bundle ${target.name}.sigstore.json --predicate-type ${PREDICATE_TYPE}`,
        '```',
        '',
    ];
    try {
        await core/* summary */.z.addRaw(lines.join('\n'), true).write();
    }
    catch (err) {
        core/* warning */.$e(`could not write the job summary: ${(0,errors/* messageOf */.bD)(err)}`);
    }
}
/**
 * Attests one uploaded evidence bundle: builds the statement from the run folder, signs it, writes the
 * Sigstore bundle beside the evidence bundle (`<bundle>.sigstore.json`), uploads it as its own artifact,
 * stores it with the attestations API and sets `checkpoint`, `attestation-path`, `attestation-id`,
 * `attestation-url`.
 */
async function attestBundle(target, ctx, token, retentionDays, env = process.env) {
    requireIdToken(env);
    if (!token)
        throw new AttestationError('attest: true needs the token input (default ${{ github.token }}) with attestations: write');
    const facts = runEvidenceFacts(target.runDir);
    (0,outputs/* setOutputs */.n)({ checkpoint: facts.checkpoint.text });
    const statement = buildStatement(target, facts, {
        repository: ctx.repository,
        workflow_run: {
            id: ctx.runId,
            attempt: ctx.runAttempt,
            url: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`,
        },
        artifact: { id: target.artifactId, name: target.name },
    });
    const endpoints = sigstoreEndpoints(env);
    const bundle = await signStatement(statement, endpoints);
    const bundlePath = `${target.path}.sigstore.json`;
    external_node_fs_.writeFileSync(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`);
    (0,outputs/* setOutputs */.n)({ 'attestation-path': bundlePath });
    await (0,artifacts/* uploadBundle */.sd)(bundlePath, retentionDays);
    const attestationId = await storeAttestation(bundle, ctx, token);
    const attestationUrl = `${ctx.serverUrl}/${ctx.repository}/attestations/${attestationId}`;
    (0,outputs/* setOutputs */.n)({ 'attestation-id': attestationId, 'attestation-url': attestationUrl });
    await summarize(target, ctx, endpoints.instance, attestationUrl, facts.checkpoint.text);
    return { statement, bundlePath, instance: endpoints.instance, attestationId, attestationUrl };
}


/***/ })

};
