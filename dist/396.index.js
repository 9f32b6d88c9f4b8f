export const id = 396;
export const ids = [396];
export const modules = {

/***/ 99396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAttestation: () => (/* binding */ verifyAttestation)
});

// UNUSED EXPORTS: GITHUB_ACTIONS_ISSUER

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/bundle/certificate-identity.ts

const OIDS = {
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
    issuer: '1.3.6.1.4.1.57264.1.8',
};
const UTF8_STRING = 0x0c;
/** These extensions hold a DER UTF8String (the v1 ones held raw bytes); either is read as text. */
function certificate_identity_text(value) {
    if (value.length > 1 && value[0] === UTF8_STRING) {
        try {
            return core_dist.ASN1Obj.parseBuffer(Buffer.from(value)).value.toString('utf8');
        }
        catch {
            // Fall through to the raw bytes.
        }
    }
    return value.toString('utf8');
}
/** Reads the identity from the signer the sigstore verifier returned. */
function certificateIdentity(signer) {
    const values = new Map();
    for (const pair of signer.identity?.oids ?? []) {
        if (pair.oid)
            values.set(pair.oid.id.join('.'), certificate_identity_text(Buffer.from(pair.value)));
    }
    const entries = Object.entries(OIDS).map(([name, oid]) => [name, values.get(oid)]);
    return Object.fromEntries(entries);
}

// EXTERNAL MODULE: ./src/bundle/safe-extract.ts + 1 modules
var safe_extract = __webpack_require__(66156);
;// CONCATENATED MODULE: ./src/bundle/verify-attestation.ts











function readJsonFile(file, what) {
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz(`${what} not found: ${file}`);
    }
    try {
        // `gh attestation download` writes JSON Lines of {bundle, ...}: the first line is taken.
        const first = text.trim().split('\n')[0];
        return JSON.parse(text.trim().includes('\n') && first.startsWith('{"') ? first : text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${file}: not JSON (${(0,errors/* messageOf */.bD)(err)}); expected a ${what}`);
    }
}
function loadBundle(file) {
    let json = readJsonFile(file, 'Sigstore bundle');
    if (json && typeof json === 'object' && 'bundle' in json && !('mediaType' in json))
        json = json.bundle;
    try {
        return (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${file}: not a Sigstore bundle (${(0,errors/* messageOf */.bD)(err)}); --attestation takes the .sigstore.json the action uploaded`);
    }
}
/**
 * A trusted root file: one JSON object, or JSON Lines as `gh attestation trusted-root` prints them (one
 * root per Sigstore instance); the lines' authorities and logs are taken together.
 */
function loadTrustedRoot(file) {
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8').trim();
    }
    catch {
        throw new errors/* InputError */.dz(`Sigstore trusted root not found: ${file}`);
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const documents = lines.length > 1 && lines.every((line) => line.trim().startsWith('{"')) ? lines : [text];
    const roots = documents.map((doc) => {
        let json;
        try {
            json = JSON.parse(doc);
        }
        catch (err) {
            throw new errors/* InputError */.dz(`${file}: not JSON (${(0,errors/* messageOf */.bD)(err)}); expected a Sigstore trusted root`);
        }
        if (!json ||
            typeof json !== 'object' ||
            typeof json.mediaType !== 'string' ||
            !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot'))
            throw new errors/* InputError */.dz(`${file}: not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot+json); get one with \`gh attestation trusted-root\``);
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    });
    return {
        ...roots[0],
        tlogs: roots.flatMap((r) => r.tlogs),
        ctlogs: roots.flatMap((r) => r.ctlogs),
        certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
        timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
    };
}
/** Verifies signature, certificate chain and timestamps against the trusted root; returns the signer. */
function verifySignature(bundle, root) {
    const logged = bundle.verificationMaterial.tlogEntries.length > 0;
    // Public-good: a Rekor entry and the certificate's SCT. GitHub's instance: an RFC 3161 timestamp, no log.
    const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), {
        tlogThreshold: logged ? 1 : 0,
        ctlogThreshold: logged ? 1 : 0,
        timestampThreshold: 1,
    });
    return { signer: verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle)), instance: logged ? 'public-good' : 'github' };
}
/** The issuer of GitHub Actions' OIDC tokens on github.com. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const pathOf = (uri) => {
    if (!uri)
        return undefined;
    try {
        return new URL(uri).pathname.replace(/^\/+/, '');
    }
    catch {
        return uri;
    }
};
/** The first identity fact that is not what the auditor asked for, or the predicate claims. */
function identityProblem(id, check, predicate) {
    const issuer = check.certOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
    if (id.issuer !== issuer)
        return `the certificate's OIDC issuer is ${id.issuer ?? '(none)'}, not ${issuer}${check.certOidcIssuer ? ' (--cert-oidc-issuer)' : ' (GitHub Actions; --cert-oidc-issuer for another)'}`;
    const repo = pathOf(id.sourceRepositoryUri);
    if (!repo || repo.toLowerCase() !== check.repo.toLowerCase())
        return `the certificate was issued to repository ${repo ?? '(none)'}, not ${check.repo} (--repo)`;
    if (predicate.repository.toLowerCase() !== repo.toLowerCase())
        return `the predicate names repository ${predicate.repository}, but the certificate was issued to ${repo}`;
    const signer = pathOf(id.buildSignerUri) ?? '';
    if (check.signerWorkflow) {
        const wanted = check.signerWorkflow.replace(/^https?:\/\//, '').replace(/^[^/]+\.[^/]+\//, '');
        const matches = wanted.includes('@') ? signer === wanted : signer.split('@')[0] === wanted;
        if (!matches)
            return `the certificate's signer workflow is ${signer || '(none)'}, not ${check.signerWorkflow} (--signer-workflow)`;
    }
    if (check.sourceRef && id.sourceRepositoryRef !== check.sourceRef)
        return `the certificate's source ref is ${id.sourceRepositoryRef ?? '(none)'}, not ${check.sourceRef} (--source-ref)`;
    const run = pathOf(id.runInvocationUri);
    const claimed = `${predicate.repository}/actions/runs/${predicate.workflow_run.id}/attempts/${predicate.workflow_run.attempt}`;
    if (run && run.toLowerCase() !== claimed.toLowerCase())
        return `the predicate names workflow run ${claimed}, but the certificate was issued to ${run}`;
    return undefined;
}
/** Decodes and checks the DSSE payload: an in-toto Statement v1 with our predicate about this bundle. */
function readStatement(bundle, sha256, name, notes) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* IntegrityError */.cs('the attestation is not a DSSE envelope (an in-toto statement)', 'attestation');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE)
        throw new errors/* IntegrityError */.cs(`the attestation's payload type is ${envelope.payloadType}, not ${INTOTO_PAYLOAD_TYPE}`, 'attestation');
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8'));
    }
    catch {
        throw new errors/* IntegrityError */.cs('the attestation payload is not JSON', 'attestation');
    }
    if (statement._type !== STATEMENT_TYPE)
        throw new errors/* IntegrityError */.cs(`statement _type is ${String(statement._type)}, not ${STATEMENT_TYPE}`, 'statement._type');
    if (statement.predicateType !== PREDICATE_TYPE)
        throw new errors/* IntegrityError */.cs(`predicateType is ${String(statement.predicateType)}; this awo verifies ${PREDICATE_TYPE}`, 'statement.predicateType');
    const subjects = Array.isArray(statement.subject)
        ? statement.subject
        : [];
    const hex = sha256.replace(/^sha256:/, '');
    const subject = subjects.find((s) => s?.digest?.sha256 === hex);
    if (!subject) {
        const named = subjects.map((s) => `sha256:${String(s?.digest?.sha256)}`).join(', ') || 'none';
        throw new errors/* IntegrityError */.cs(`the attestation's subject digest is ${named}, but the bundle is ${sha256}`, 'statement.subject');
    }
    if (subject.name !== name)
        notes.push(`the attestation names the bundle ${String(subject.name)}; this file is called ${name} (the digest matches)`);
    const parsed = RunPredicate.safeParse(statement.predicate);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* IntegrityError */.cs(`predicate.${issue.path.join('.')}: ${issue.message} (schema docs/attestation-run-v1.schema.json)`, 'statement.predicate');
    }
    return parsed.data;
}
/** Shows a predicate value next to the bundle's. */
function valueAt(value, where) {
    let node = value;
    for (const part of where.split(/\.|\[(\d+)\]/).filter(Boolean)) {
        node = node && typeof node === 'object' ? node[part] : undefined;
    }
    return JSON.stringify(node) ?? 'nothing';
}
/**
 * Checks an attestation of an evidence bundle offline: the Sigstore signature, certificate chain and
 * signed timestamp against the trusted root; the certificate's identity (repository, signer workflow,
 * ref, workflow run) against what the auditor asked and the predicate claims; the subject digest against
 * the bundle's bytes; and the predicate's evidence facts (status, gates and approvers, checkpoint, ...)
 * against the ones recomputed from the bundle's own files. Never contacts a network service.
 */
async function verifyAttestation(bundlePath, check) {
    const notes = [];
    const bundle = loadBundle(check.attestation);
    const root = loadTrustedRoot(check.trustedRoot);
    const sha256 = await (0,safe_extract/* hashFile */.DC)(bundlePath);
    let signer;
    let instance;
    try {
        ({ signer, instance } = verifySignature(bundle, root));
    }
    catch (err) {
        const code = err.code;
        return {
            ok: false,
            where: check.attestation,
            message: `${check.attestation}: the Sigstore signature does not verify against ${check.trustedRoot}: ${typeof code === 'string' ? `${code}: ` : ''}${(0,errors/* messageOf */.bD)(err)}`,
            notes,
        };
    }
    const identity = certificateIdentity(signer);
    let predicate;
    try {
        predicate = readStatement(bundle, sha256, external_node_path_.basename(bundlePath), notes);
    }
    catch (err) {
        if (err instanceof errors/* IntegrityError */.cs)
            return { ok: false, where: err.where, message: err.message, notes, identity, instance };
        throw err;
    }
    const problem = identityProblem(identity, check, predicate);
    if (problem)
        return { ok: false, where: 'certificate', message: problem, notes, identity, predicate, instance };
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(check.tmpDir ?? external_node_os_.tmpdir(), 'awo-attest-'));
    try {
        const { runDir } = await (0,safe_extract/* unpackBundle */.zq)(bundlePath, tmp, { expectedSha256: sha256 });
        const facts = runEvidenceFacts(runDir);
        const claimed = Object.fromEntries(Object.keys(EvidenceFacts.shape).map((key) => [key, predicate[key]]));
        const first = differences(claimed, facts)[0];
        if (first)
            return {
                ok: false,
                where: `predicate.${first}`,
                message: `predicate.${first} is ${valueAt(claimed, first)} in the attestation, but the bundle's evidence gives ${valueAt(facts, first)}`,
                notes,
                identity,
                predicate,
                instance,
            };
    }
    catch (err) {
        if (err instanceof errors/* IntegrityError */.cs)
            return { ok: false, where: err.where, message: err.message, notes, identity, predicate, instance };
        throw err;
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
    return { ok: true, notes, identity, predicate, instance };
}


/***/ })

};
