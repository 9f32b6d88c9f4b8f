export const id = 2;
export const ids = [2];
export const modules = {

/***/ 42002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bundle/safe-extract.ts + 1 modules
var safe_extract = __webpack_require__(66156);
;// CONCATENATED MODULE: ./src/backends/replay-check.ts


function readJson(file) {
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
const isObject = (v) => typeof v === 'object' && v !== null;
/** The first place two JSON values differ, as `path: original → replayed`; undefined when equal. */
function firstDifference(a, b, at = '$') {
    if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const key of keys) {
            const child = Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`;
            const found = firstDifference(a[key], b[key], child);
            if (found)
                return found;
        }
        return undefined;
    }
    if (JSON.stringify(a) === JSON.stringify(b))
        return undefined;
    const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 120));
    return `${at}: ${show(a)} → ${show(b)}`;
}
/** The output with the engine's per-call `attempts` removed: retries change how, not what, was answered. */
function withoutAttempts(output) {
    if (!isObject(output) || !Array.isArray(output.calls))
        return output;
    return {
        ...output,
        calls: output.calls.map((call) => {
            if (!isObject(call))
                return call;
            const rest = { ...call };
            delete rest.attempts;
            return rest;
        }),
    };
}
/** Step ids of a run in workflow order, from its `input.json`. */
function stepIds(runDir) {
    const input = readJson(external_node_path_.join(runDir, 'input.json'));
    if (!isObject(input) || !Array.isArray(input.steps))
        return [];
    return input.steps
        .map((step) => (isObject(step) && typeof step.id === 'string' ? step.id : undefined))
        .filter((id) => id !== undefined);
}
/**
 * Compares every step that has a receipt in the original run with the replayed run: the receipts'
 * `output_hash` first, then, when they differ, the outputs themselves to name the first difference.
 */
function compareRuns(originalDir, replayDir) {
    const results = [];
    for (const id of stepIds(originalDir)) {
        const receipt = readJson(external_node_path_.join(originalDir, 'receipts', 'steps', `${id}.json`));
        if (!isObject(receipt) || typeof receipt.output_hash !== 'string')
            continue;
        const replayReceipt = readJson(external_node_path_.join(replayDir, 'receipts', 'steps', `${id}.json`));
        const original = receipt.output_hash;
        const replayed = isObject(replayReceipt) && typeof replayReceipt.output_hash === 'string'
            ? replayReceipt.output_hash
            : null;
        if (replayed === null) {
            results.push({ step_id: id, verdict: 'missing', original, replayed });
            continue;
        }
        if (replayed === original) {
            results.push({ step_id: id, verdict: 'match', original, replayed });
            continue;
        }
        const a = readJson(external_node_path_.join(originalDir, 'outputs', `${id}.json`));
        const b = readJson(external_node_path_.join(replayDir, 'outputs', `${id}.json`));
        const outA = isObject(a) ? a.output : undefined;
        const outB = isObject(b) ? b.output : undefined;
        const difference = firstDifference(withoutAttempts(outA), withoutAttempts(outB), '$.output');
        if (difference === undefined && outA !== undefined) {
            results.push({
                step_id: id,
                verdict: 'match-except-attempts',
                original,
                replayed,
                difference: firstDifference(outA, outB, '$.output'),
            });
        }
        else {
            results.push({
                step_id: id,
                verdict: 'mismatch',
                original,
                replayed,
                difference: difference ?? 'outputs unreadable',
            });
        }
    }
    return results;
}

// EXTERNAL MODULE: ./src/backends/replay.ts
var replay = __webpack_require__(78310);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/store/run-service.ts + 2 modules
var run_service = __webpack_require__(46116);
// EXTERNAL MODULE: ./src/cli/options.ts + 9 modules
var options = __webpack_require__(97562);
;// CONCATENATED MODULE: ./src/cli/commands/replay.ts









const usage = `usage: awo replay <run folder | bundle.tar.gz> [--runs-dir DIR] [--sha256 HEX] [--actor NAME]

Re-executes a recorded run with the replay backend: every model call is answered from the recording
(same prompt and params), gates are resolved as they were, and each step's output hash is compared
with the original's. Writes the new run under --runs-dir (default: a fresh temporary folder).
Exit codes: 0 every output hash matches, 1 a step differs or could not be replayed, 2 invalid input.

  --sha256 HEX   for a bundle: check its digest before reading anything inside it`;
const replay_isObject = (v) => typeof v === 'object' && v !== null;
function replay_readJson(file) {
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* NotFoundError */.m_(`cannot read ${file}: ${err.message}`);
    }
}
/** How the original run resolved a gate, from its `audit/gates/<id>.json`. */
function originalResolution(runDir, gateId) {
    const file = external_node_path_.join(runDir, 'audit', 'gates', `${gateId}.json`);
    if (!external_node_fs_.existsSync(file))
        return undefined;
    const gate = replay_readJson(file);
    const resolution = replay_isObject(gate) ? gate.resolution : undefined;
    return replay_isObject(resolution) && (resolution.decision === 'approved' || resolution.decision === 'rejected')
        ? resolution
        : undefined;
}
/** `awo replay`: the reproducibility check. */
const command = {
    name: 'replay',
    summary: 're-execute a run from its recorded answers and check every output hash matches',
    usage,
    async run(args, io) {
        const { values, positionals } = (0,options/* parse */.qg)(args, { 'runs-dir': { type: 'string' }, sha256: { type: 'string' }, actor: { type: 'string' } }, usage);
        if (values.help)
            return (io.out(usage), 0);
        const target = external_node_path_.resolve(io.cwd, (0,options/* onePositional */.PN)(positionals, 'run folder or bundle', usage));
        const source = (0,replay/* resolveReplaySource */.nL)(target);
        let originalDir;
        if (source.kind === 'bundle') {
            const into = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'awo-replay-source-'));
            originalDir = (await (0,safe_extract/* unpackBundle */.zq)(source.bundlePath, into, { expectedSha256: values.sha256 })).runDir;
        }
        else {
            if (values.sha256 !== undefined)
                throw new errors/* InputError */.dz(`--sha256 applies to bundles; ${target} is a folder\n${usage}`);
            originalDir = source.runDir;
        }
        const snapshot = external_node_path_.join(originalDir, 'workflow.snapshot.json');
        if (!external_node_fs_.existsSync(snapshot))
            throw new errors/* NotFoundError */.m_(`${originalDir} has no workflow.snapshot.json: not a run folder`);
        const input = replay_readJson(external_node_path_.join(originalDir, 'input.json'));
        const policy = replay_isObject(input) && replay_isObject(input.policy) ? input.policy.document : undefined;
        // The workflow is re-run from its snapshot, byte for byte, with the policy as it was resolved then:
        // a relative policy path in the workflow would not resolve from a temporary folder.
        const workDir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'awo-replay-'));
        const workflowPath = external_node_path_.join(workDir, 'workflow.json');
        external_node_fs_.copyFileSync(snapshot, workflowPath);
        let policyPath;
        if (policy !== undefined) {
            policyPath = external_node_path_.join(workDir, 'policy.json');
            external_node_fs_.writeFileSync(policyPath, JSON.stringify(policy, null, 2));
        }
        const runsDir = values['runs-dir'] !== undefined
            ? external_node_path_.resolve(io.cwd, values['runs-dir'])
            : external_node_path_.join(workDir, 'runs');
        const session = {
            backend: (0,replay/* createReplayBackend */._r)({ kind: 'folder', runDir: originalDir }),
            actor: values.actor ?? 'awo-replay',
            env: io.env,
            cwd: workDir,
        };
        let outcome = await (0,run_service/* startRun */.AD)({
            ...session,
            workflowPath,
            runsDir,
            ...(policyPath ? { policyPath } : {}),
        });
        // Gates are human decisions, not model calls: replay them as recorded so the steps after them run too.
        for (let guard = 0; outcome.status === 'paused' && outcome.gate && guard < 1000; guard += 1) {
            const resolution = originalResolution(originalDir, outcome.gate.gate_id);
            if (!resolution)
                break;
            outcome = await (0,run_service/* decideGate */.q7)(outcome.runDir, resolution, session);
            if (resolution.decision !== 'approved' || outcome.status !== 'paused')
                break;
            outcome = await (0,run_service/* continueRun */.X7)(outcome.runDir, 'resume', session);
        }
        io.out(`original: ${originalDir}`);
        io.out(`replay:   ${outcome.runDir} (${outcome.status})`);
        if (outcome.failure)
            io.err(`replay run ${outcome.status}: ${outcome.failure.reason}`);
        const steps = compareRuns(originalDir, outcome.runDir);
        for (const step of steps) {
            switch (step.verdict) {
                case 'match':
                    io.out(`match      ${step.step_id}  ${step.original}`);
                    break;
                case 'match-except-attempts':
                    io.out(`match      ${step.step_id}  same answers; output hash differs only in retry counts (${step.difference})`);
                    break;
                case 'missing':
                    io.out(`MISSING    ${step.step_id}  the replay did not complete this step (original ${step.original})`);
                    break;
                case 'mismatch':
                    io.out(`MISMATCH   ${step.step_id}  original ${step.original}, replay ${step.replayed}; first difference ${step.difference}`);
            }
        }
        const bad = steps.filter((s) => s.verdict === 'mismatch' || s.verdict === 'missing');
        if (bad.length > 0) {
            io.err(`not reproducible: ${bad.map((s) => `step ${s.step_id} ${s.verdict === 'missing' ? 'not replayed' : 'differs'}`).join(', ')}`);
            return 1;
        }
        io.err(`reproducible: ${steps.length} of ${steps.length} step outputs match the original`);
        return 0;
    },
};


/***/ })

};
