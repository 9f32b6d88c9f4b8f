export const id = 426;

export const ids = [ 426 ];

export const modules = {
 98141: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   W: () => artifactUrl,
   h: () => githubContext
  });
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
  function need(env, name) {
   const value = env[name];
   if (value === undefined || value === "") {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${name} is not set: this action must run as a step of a GitHub Actions job (the runner sets ${name})`);
   }
   return value;
  }
  function githubContext(env = process.env) {
   const repository = need(env, "GITHUB_REPOSITORY");
   const [owner, repo] = repository.split("/");
   if (!owner || !repo) throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`GITHUB_REPOSITORY must be owner/repo, got ${JSON.stringify(repository)}`);
   return {
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    owner: owner,
    repo: repo,
    repository: repository,
    runId: need(env, "GITHUB_RUN_ID"),
    runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
    job: env.GITHUB_JOB || "job",
    actor: env.GITHUB_ACTOR || undefined,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || need(env, "RUNNER_TEMP")
   };
  }
  function artifactUrl(ctx, artifactId) {
   return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/artifacts/${artifactId}`;
  }
 },
 85426: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   run: () => run
  });
  var core = __webpack_require__(77094);
  var errors = __webpack_require__(74296);
  var github_context = __webpack_require__(98141);
  var shard_plan = __webpack_require__(40195);
  const DIGEST = /^sha256:[0-9a-f]{64}$/;
  function need(name, mode, what) {
   const value = core.V4(name).trim();
   if (value === "") throw new errors.dz(`input ${name} is required in mode ${mode}: ${what}`);
   return value;
  }
  function readScaleOutInputs(mode) {
   if (mode === "plan") {
    const costFrom = core.V4("cost-from").trim();
    return {
     mode: mode,
     shards: (0, shard_plan.vI)(need("shards", mode, `how many shards, 1 to ${shard_plan.hH}`), "input shards"),
     ...costFrom !== "" ? {
      costFrom: costFrom
     } : {}
    };
   }
   if (mode !== "shard" && mode !== "merge") return {};
   const plan = need("plan", mode, "the plan output of the plan job (${{ needs.plan.outputs.plan }})");
   const planDigest = need("plan-digest", mode, "the plan-digest output of the plan job");
   if (!DIGEST.test(planDigest)) throw new errors.dz(`input plan-digest must be sha256:<64 lowercase hex>, got ${JSON.stringify(planDigest)}`);
   if (mode === "merge") return {
    mode: mode,
    plan: plan,
    planDigest: planDigest
   };
   const index = need("shard-index", mode, "the shard of this job (${{ matrix.shard }})");
   if (!/^\d{1,3}$/.test(index) || Number(index) >= shard_plan.hH) throw new errors.dz(`input shard-index must be a shard index from 0 to ${shard_plan.hH - 1}, got ${JSON.stringify(index)}`);
   return {
    mode: mode,
    plan: plan,
    planDigest: planDigest,
    shardIndex: Number(index)
   };
  }
  const modes = [ "run", "resume", "finalize", "verify", "plan", "shard", "merge" ];
  const channels = [ "environment", "comment", "dispatch" ];
  function positiveInt(name, max) {
   const raw = core.V4(name).trim();
   if (raw === "") return undefined;
   const value = Number(raw);
   if (!Number.isInteger(value) || value < 1 || value > max) throw new errors.dz(`input ${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(raw)}`);
   return value;
  }
  const optional = name => {
   const value = core.V4(name);
   return value === "" ? undefined : value;
  };
  function maskSecrets() {
   for (const name of [ "api-key", "token" ]) {
    const value = core.V4(name);
    if (value !== "") core.Pq(value);
   }
  }
  function booleanInput(name) {
   const value = core.V4(name).trim().toLowerCase();
   if (value === "" || value === "false") return false;
   if (value === "true") return true;
   throw new errors.dz(`input ${name} must be true or false, got ${JSON.stringify(core.V4(name))}`);
  }
  function retention() {
   const raw = core.V4("retention-days").trim();
   if (raw === "") return 0;
   const days = Number(raw);
   if (!Number.isInteger(days) || days < 0 || days > 90) {
    throw new errors.dz(`input retention-days must be a whole number of days from 1 to 90 (0 or empty: the repository default), got ${JSON.stringify(raw)}`);
   }
   return days;
  }
  const SHA256 = /^(sha256:)?[0-9a-fA-F]{64}$/;
  function readInputs() {
   const mode = (core.V4("mode") || "run").trim();
   if (!modes.includes(mode)) throw new errors.dz(`input mode must be one of ${modes.join(", ")}, got ${JSON.stringify(mode)}`);
   const inputs = {
    mode: mode,
    workflow: core.V4("workflow").trim(),
    backend: (core.V4("backend") || "echo").trim(),
    model: optional("model"),
    baseUrl: optional("base-url"),
    apiKey: optional("api-key"),
    token: optional("token"),
    policy: optional("policy"),
    runsDir: (core.V4("runs-dir") || "runs").trim(),
    runId: optional("run-id"),
    bundleSha256: optional("bundle-sha256")?.trim(),
    bundlePath: optional("bundle-path"),
    artifactName: optional("artifact-name")?.trim(),
    retentionDays: retention(),
    allowSelfApproval: booleanInput("allow-self-approval"),
    environment: optional("environment")?.trim(),
    attest: booleanInput("attest"),
    scaleOut: readScaleOutInputs(mode),
    channel: core.V4("approval-channel").trim() || "environment",
    issueNumber: positiveInt("issue-number", 2 ** 31 - 1),
    minApprovals: positiveInt("min-approvals", 20),
    approvers: core.V4("approvers").split(",").map(login => login.trim()).filter(Boolean),
    workflowRunId: optional("workflow-run-id")?.trim(),
    decision: undefined,
    comment: core.V4("comment")
   };
   if (!channels.includes(inputs.channel)) throw new errors.dz(`input approval-channel must be one of ${channels.join(", ")}, got ${JSON.stringify(inputs.channel)}`);
   const decision = core.V4("decision").trim();
   if (decision !== "") {
    if (decision !== "approve" && decision !== "reject") throw new errors.dz(`input decision must be approve or reject, got ${JSON.stringify(decision)}`);
    inputs.decision = decision;
   }
   if (mode === "resume" && inputs.channel === "dispatch") {
    if (!inputs.decision || !inputs.workflowRunId || !/^\d+$/.test(inputs.workflowRunId)) throw new errors.dz("approval-channel dispatch needs inputs decision (approve or reject) and workflow-run-id (the id of the workflow run that paused, digits), with bundle-sha256");
   }
   const needsDigest = mode === "finalize" || mode === "resume" && inputs.channel !== "comment";
   if ((mode === "run" || inputs.scaleOut.mode !== undefined) && inputs.workflow === "") throw new errors.dz(`input workflow is required in mode ${mode}: the path of the workflow JSON file, relative to the workspace`);
   if (inputs.bundleSha256 !== undefined && !SHA256.test(inputs.bundleSha256)) {
    throw new errors.dz(`input bundle-sha256 must be sha256:<64 hex> (the bundle-sha256 output of the job that uploaded the bundle), got ${JSON.stringify(inputs.bundleSha256)}`);
   }
   if (needsDigest && inputs.bundleSha256 === undefined) {
    throw new errors.dz(`input bundle-sha256 is required in mode ${mode}: pass the bundle-sha256 output of the job that paused (e.g. \${{ needs.run.outputs.bundle-sha256 }}); the paused bundle is refused unless its digest equals it`);
   }
   if ((mode === "resume" || mode === "finalize") && inputs.token === undefined) {
    throw new errors.dz(`input token is required in mode ${mode} (default \${{ github.token }}, with permissions: actions: read) to read the approvals of this workflow run`);
   }
   if (inputs.bundleSha256 !== undefined) inputs.bundleSha256 = `sha256:${inputs.bundleSha256.replace(/^sha256:/, "").toLowerCase()}`;
   return inputs;
  }
  var state = __webpack_require__(33175);
  var summary = __webpack_require__(38770);
  const handlers = {
   run: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(800), __webpack_require__.e(231), __webpack_require__.e(299) ]).then(__webpack_require__.bind(__webpack_require__, 97299))).runMode,
   resume: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(800), __webpack_require__.e(231), __webpack_require__.e(642) ]).then(__webpack_require__.bind(__webpack_require__, 42642))).resumeMode,
   finalize: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(800), __webpack_require__.e(231), __webpack_require__.e(44) ]).then(__webpack_require__.bind(__webpack_require__, 64044))).finalizeMode,
   verify: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(351), __webpack_require__.e(373) ]).then(__webpack_require__.bind(__webpack_require__, 3373))).verifyMode,
   plan: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(839), __webpack_require__.e(331) ]).then(__webpack_require__.bind(__webpack_require__, 76331))).planMode,
   shard: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(800), __webpack_require__.e(923) ]).then(__webpack_require__.bind(__webpack_require__, 95923))).shardMode,
   merge: async () => (await Promise.all([ __webpack_require__.e(704), __webpack_require__.e(662), __webpack_require__.e(839), __webpack_require__.e(458), __webpack_require__.e(800), __webpack_require__.e(231), __webpack_require__.e(351), __webpack_require__.e(999) ]).then(__webpack_require__.bind(__webpack_require__, 94999))).mergeMode
  };
  async function run() {
   try {
    maskSecrets();
    const inputs = readInputs();
    state.UN(state.HP.mode, inputs.mode);
    state.UN(state.HP.retentionDays, String(inputs.retentionDays));
    const handler = await handlers[inputs.mode]();
    const result = await handler(inputs, (0, github_context.h)());
    if (result.failure) core.C1(result.failure);
   } catch (err) {
    const message = err instanceof errors._ ? err.message : `internal error: ${(0, errors.bD)(err)}`;
    core.C1(message);
    if (!(err instanceof errors._) && err instanceof Error && err.stack) core.Yz(err.stack);
    await (0, summary.S)({
     runDir: undefined,
     notes: [ `**AWO action failed:** ${message}` ]
    });
   } finally {
    state.UN(state.HP.finished, "true");
   }
  }
 },
 38770: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   S: () => writeSummary
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77094);
  function renderSummary(facts) {
   const out = [];
   if (facts.notes.length > 0) out.push(...facts.notes.map(note => `> ${note}`), "");
   const report = facts.runDir ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(facts.runDir, "report.md") : undefined;
   if (report && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(report)) {
    let text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(report, "utf8").trimEnd();
    if (facts.continueText) text = text.replace(/^To continue: `awo approve .*$/m, () => facts.continueText);
    out.push(text, "");
   }
   if (facts.bundle) {
    const {name: name, sha256: sha256, bytes: bytes} = facts.bundle;
    out.push("## Evidence bundle", "", "| | |", "| --- | --- |");
    out.push(`| Bundle | \`${name}\` (${bytes} bytes) |`, `| SHA-256 | \`${sha256}\` |`);
    if (facts.artifact) out.push(`| Artifact | [${name}](${facts.artifact.url}) (id ${facts.artifact.id}) |`); else out.push("| Artifact | not uploaded (see the error above) |");
    out.push("", "### How to verify", "", "Download the artifact (it is the `.tar.gz` itself, not a zip), then:", "", "```sh");
    out.push(`echo "${sha256.replace(/^sha256:/, "")}  ${name}" | sha256sum -c -`, `awo verify ${name} --sha256 ${sha256}`, "```", "");
    out.push("`awo verify` recomputes the audit hash chain, every receipt and `SHA256SUMS.txt` and names the first file or line that does not match.", "");
   }
   return out.join("\n");
  }
  async function writeSummary(facts) {
   try {
    await _actions_core__WEBPACK_IMPORTED_MODULE_2__.z.addRaw(renderSummary(facts), true).write();
   } catch (err) {
    _actions_core__WEBPACK_IMPORTED_MODULE_2__.$e(`could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
   }
  }
 },
 74296: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Jh: () => BackendError,
   _: () => AwoError,
   bD: () => messageOf,
   cs: () => IntegrityError,
   dz: () => InputError,
   m_: () => NotFoundError,
   sK: () => IllegalTransition
  });
  class AwoError extends Error {
   code;
   exitCode;
   constructor(code, message, exitCode) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
    this.name = new.target.name;
   }
  }
  class InputError extends AwoError {
   problems;
   places;
   constructor(message, problems = [ message ], places = []) {
    super("INPUT_INVALID", message, 2);
    this.problems = problems;
    this.places = places;
   }
  }
  class IllegalTransition extends AwoError {
   constructor(message) {
    super("ILLEGAL_TRANSITION", message, 2);
   }
  }
  class IntegrityError extends AwoError {
   where;
   constructor(message, where) {
    super("INTEGRITY", message, 1);
    this.where = where;
   }
  }
  class NotFoundError extends AwoError {
   constructor(message) {
    super("NOT_FOUND", message, 2);
   }
  }
  class BackendError extends AwoError {
   retryable;
   retryAfterMs;
   status;
   constructor(message, retryable, retryAfterMs, status) {
    super(retryable ? "BACKEND_TRANSIENT" : "BACKEND_FAILED", message, 1);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
    this.status = status;
   }
  }
  function messageOf(err) {
   if (err instanceof Error) return err.message;
   return String(err);
  }
 },
 42605: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   dj: () => canonicalJson,
   QN: () => digestBytes,
   G5: () => digestObject,
   Bc: () => isDigest,
   D_: () => prettyJson,
   fg: () => sha256Hex
  });
  var external_node_crypto_ = __webpack_require__(77598);
  const quotedNames = new Map;
  const MAX_CACHED_NAMES = 4096;
  function quoteName(name) {
   let quoted = quotedNames.get(name);
   if (quoted === undefined) {
    quoted = JSON.stringify(name);
    if (quotedNames.size < MAX_CACHED_NAMES) quotedNames.set(name, quoted);
   }
   return quoted;
  }
  function serialize(value) {
   switch (typeof value) {
   case "string":
    return JSON.stringify(value);

   case "number":
    if (!Number.isFinite(value)) throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`);
    return JSON.stringify(value);

   case "boolean":
    return value ? "true" : "false";

   case "object":
    {
     if (value === null) return "null";
     if (Array.isArray(value)) {
      let out = "[";
      for (let i = 0; i < value.length; i++) {
       if (i > 0) out += ",";
       out += serialize(value[i]) ?? "null";
      }
      return out + "]";
     }
     const toJSON = value.toJSON;
     if (typeof toJSON === "function") return serialize(toJSON.call(value));
     const record = value;
     const names = Object.keys(record).sort();
     let out = "{";
     let first = true;
     for (const name of names) {
      const member = serialize(record[name]);
      if (member === undefined) continue;
      if (!first) out += ",";
      first = false;
      out += quoteName(name) + ":" + member;
     }
     return out + "}";
    }

   case "bigint":
    throw new TypeError("a BigInt cannot be canonicalized as JSON");

   default:
    return undefined;
   }
  }
  function canonicalize(value) {
   return serialize(value);
  }
  const oneShot = typeof external_node_crypto_.hash === "function" ? data => external_node_crypto_.hash("sha256", data, "hex") : undefined;
  function sha256Hex(data) {
   return oneShot ? oneShot(data) : external_node_crypto_.createHash("sha256").update(data).digest("hex");
  }
  function digestBytes(data) {
   return `sha256:${sha256Hex(data)}`;
  }
  function canonicalJson(value) {
   const text = canonicalize(value);
   if (text === undefined) throw new TypeError("value cannot be canonicalized as JSON");
   return text;
  }
  function prettyJson(value) {
   return JSON.stringify(value, null, 2) + "\n";
  }
  function digestObject(value) {
   return digestBytes(canonicalJson(value));
  }
  function isDigest(value) {
   return typeof value === "string" && /^sha256:[0-9a-f]{64}$/.test(value);
  }
 },
 40195: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Gg: () => buildPlan,
   Gy: () => checkPlan,
   T4: () => planMatrix,
   hH: () => MAX_SHARDS,
   vI: () => parseShardCount
  });
  var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
  var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
  var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42605);
  var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9153);
  const MAX_SHARDS = 256;
  const DigestField = zod__WEBPACK_IMPORTED_MODULE_2__.YjP().refine(_hash_js__WEBPACK_IMPORTED_MODULE_1__.Bc, {
   message: "must be sha256:<64 lowercase hex>"
  });
  const ShardRange = zod__WEBPACK_IMPORTED_MODULE_2__.rej({
   step_id: zod__WEBPACK_IMPORTED_MODULE_2__.YjP(),
   from: zod__WEBPACK_IMPORTED_MODULE_2__.aig().int().nonnegative(),
   to: zod__WEBPACK_IMPORTED_MODULE_2__.aig().int().positive()
  });
  const ShardPlanSchema = zod__WEBPACK_IMPORTED_MODULE_2__.rej({
   version: zod__WEBPACK_IMPORTED_MODULE_2__.euz(1),
   workflow_hash: DigestField,
   policy_hash: DigestField,
   shards: zod__WEBPACK_IMPORTED_MODULE_2__.aig().int().min(1).max(MAX_SHARDS),
   balance: zod__WEBPACK_IMPORTED_MODULE_2__.KCZ([ zod__WEBPACK_IMPORTED_MODULE_2__.rej({
    by: zod__WEBPACK_IMPORTED_MODULE_2__.euz("count")
   }), zod__WEBPACK_IMPORTED_MODULE_2__.rej({
    by: zod__WEBPACK_IMPORTED_MODULE_2__.euz("cost"),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__.euz("total_tokens"),
    source: zod__WEBPACK_IMPORTED_MODULE_2__.YjP()
   }) ]),
   steps: zod__WEBPACK_IMPORTED_MODULE_2__.YOg(zod__WEBPACK_IMPORTED_MODULE_2__.rej({
    step_id: zod__WEBPACK_IMPORTED_MODULE_2__.YjP(),
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__.aig().int().positive()
   })).min(1),
   assignments: zod__WEBPACK_IMPORTED_MODULE_2__.YOg(zod__WEBPACK_IMPORTED_MODULE_2__.rej({
    shard: zod__WEBPACK_IMPORTED_MODULE_2__.aig().int().nonnegative(),
    ranges: zod__WEBPACK_IMPORTED_MODULE_2__.YOg(ShardRange).min(1),
    weight: zod__WEBPACK_IMPORTED_MODULE_2__.aig().nonnegative()
   })),
   plan_digest: DigestField
  });
  function planDigest(plan) {
   const {plan_digest: _ignored, ...body} = plan;
   return (0, _hash_js__WEBPACK_IMPORTED_MODULE_1__.G5)(body);
  }
  function shardableSteps(workflow) {
   const steps = [];
   for (const step of workflow.steps) {
    if (step.op !== "llm_map" || !step.inputs || (0, _template_js__WEBPACK_IMPORTED_MODULE_3__.$t)(step.prompt).length > 0) break;
    steps.push(step);
   }
   if (steps.length === 0) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${workflow.source}: steps[0] is not an llm_map over inputs; a plan shards the workflow's leading llm_map steps that have "inputs" and use no other step's output`);
   }
   return steps;
  }
  function parseShardCount(raw, where) {
   const n = Number(raw.trim());
   if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where} must be a whole number of shards from 1 to ${MAX_SHARDS} (a GitHub Actions matrix runs at most ${MAX_SHARDS} jobs), got ${JSON.stringify(raw)}`);
   }
   return n;
  }
  function buildPlan(workflow, policyHash, shards, workflowHash, costs) {
   if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`shards must be a whole number from 1 to ${MAX_SHARDS}, got ${shards}`);
   const steps = shardableSteps(workflow);
   const items = steps.flatMap(step => (step.inputs ?? []).map((item, index) => ({
    step: step,
    index: index,
    prompt: (0, _template_js__WEBPACK_IMPORTED_MODULE_3__.Xm)(step.prompt, new Map, item)
   })));
   if (shards > items.length) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${workflow.source}: ${shards} shards for ${items.length} inputs; every shard needs at least one input, so use at most ${items.length}`);
   }
   const known = costs ? items.map(item => costs.costOf(item.step.id, item.prompt)) : [];
   const recorded = known.filter(cost => cost !== undefined);
   const fallback = recorded.length > 0 ? Math.max(1, Math.round(recorded.reduce((a, b) => a + b, 0) / recorded.length)) : 1;
   const weights = items.map((_, i) => costs ? Math.max(1, Math.round(known[i] ?? fallback)) : 1);
   const prefix = [ 0 ];
   for (const weight of weights) prefix.push(prefix[prefix.length - 1] + weight);
   const total = prefix[items.length];
   const starts = [ 0 ];
   for (let k = 1; k < shards; k++) {
    let j = starts[k - 1] + 1;
    while (j < items.length - (shards - k) && prefix[j] * shards < k * total) j++;
    starts.push(j);
   }
   starts.push(items.length);
   const assignments = starts.slice(0, -1).map((start, shard) => {
    const end = starts[shard + 1];
    const ranges = [];
    for (let i = start; i < end; i++) {
     const last = ranges.at(-1);
     if (last && last.step_id === items[i].step.id) last.to = items[i].index + 1; else ranges.push({
      step_id: items[i].step.id,
      from: items[i].index,
      to: items[i].index + 1
     });
    }
    return {
     shard: shard,
     ranges: ranges,
     weight: prefix[end] - prefix[start]
    };
   });
   const body = {
    version: 1,
    workflow_hash: workflowHash,
    policy_hash: policyHash,
    shards: shards,
    balance: costs ? {
     by: "cost",
     metric: "total_tokens",
     source: costs.source
    } : {
     by: "count"
    },
    steps: steps.map(step => ({
     step_id: step.id,
     inputs: step.inputs?.length ?? 0
    })),
    assignments: assignments
   };
   return {
    ...body,
    plan_digest: planDigest(body)
   };
  }
  function planMatrix(plan) {
   return {
    shard: plan.assignments.map(assignment => assignment.shard)
   };
  }
  function checkPlan(json, where, workflow, hashes, expectedDigest) {
   const parsed = ShardPlanSchema.safeParse(json);
   if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: ${issue.path.join(".") || "(root)"} ${issue.message}; not a plan written by awo plan`);
   }
   const plan = parsed.data;
   if (planDigest(plan) !== plan.plan_digest) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: plan_digest does not match the plan's content (it was changed after awo plan)`);
   if (expectedDigest !== undefined && expectedDigest !== plan.plan_digest) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan's digest is ${plan.plan_digest}, but plan-digest ${expectedDigest} was given`);
   if (plan.workflow_hash !== hashes.workflow) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan is of workflow ${plan.workflow_hash}, but ${workflow.source} is ${hashes.workflow}`);
   if (plan.policy_hash !== hashes.policy) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan was made under policy ${plan.policy_hash}, but the policy in force is ${hashes.policy}`);
   const steps = shardableSteps(workflow).map(step => ({
    step_id: step.id,
    inputs: step.inputs?.length ?? 0
   }));
   if ((0, _hash_js__WEBPACK_IMPORTED_MODULE_1__.dj)(steps) !== (0, _hash_js__WEBPACK_IMPORTED_MODULE_1__.dj)(plan.steps)) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: steps do not match the sharded steps of ${workflow.source}`);
   if (plan.assignments.length !== plan.shards || plan.assignments.some((a, i) => a.shard !== i)) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments must list shards 0 to ${plan.shards - 1} in order`);
   let at = 0;
   let next = 0;
   for (const range of plan.assignments.flatMap(a => a.ranges)) {
    if (next === plan.steps[at]?.inputs) {
     at += 1;
     next = 0;
    }
    if (range.step_id !== plan.steps[at]?.step_id || range.from !== next || range.to <= range.from) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments do not cover each sharded step's inputs exactly once, in order`);
    next = range.to;
   }
   if (at !== plan.steps.length - 1 || next !== plan.steps[at].inputs) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments do not cover each sharded step's inputs exactly once, in order`);
   return plan;
  }
 },
 9153: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   $t: () => stepReferences,
   Xm: () => renderTemplate,
   k5: () => unfilledPlaceholders
  });
  const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
  const ITEM_REF = /\{\{\s*item\s*\}\}/g;
  function stepReferences(template) {
   return [ ...template.matchAll(STEP_REF) ].map(match => match[1]);
  }
  const FIELD_REF = /(?<!\$)\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.([A-Za-z0-9_]+)\s*\}\}/g;
  function unfilledPlaceholders(template, stepIds) {
   return [ ...template.matchAll(FIELD_REF) ].filter(match => match[2] !== "text" && stepIds.has(match[1])).map(match => match[0]);
  }
  function renderTemplate(template, texts, item) {
   let out = template.replace(STEP_REF, (whole, id) => texts.get(id) ?? whole);
   if (item !== undefined) out = out.replace(ITEM_REF, () => item);
   return out;
  }
 }
};
