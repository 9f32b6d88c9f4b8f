export const id = 234;

export const ids = [ 234 ];

export const modules = {
 8141: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   W: () => artifactUrl,
   h: () => githubContext
  });
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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
 4234: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   run: () => run
  });
  var core = __webpack_require__(7094);
  var errors = __webpack_require__(4296);
  var github_context = __webpack_require__(8141);
  const modes = [ "run", "resume", "finalize", "verify" ];
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
    environment: optional("environment")?.trim()
   };
   if (mode === "run" && inputs.workflow === "") throw new errors.dz("input workflow is required in mode run: the path of the workflow JSON file, relative to the workspace");
   if (inputs.bundleSha256 !== undefined && !SHA256.test(inputs.bundleSha256)) {
    throw new errors.dz(`input bundle-sha256 must be sha256:<64 hex> (the bundle-sha256 output of the job that uploaded the bundle), got ${JSON.stringify(inputs.bundleSha256)}`);
   }
   if ((mode === "resume" || mode === "finalize") && inputs.bundleSha256 === undefined) {
    throw new errors.dz(`input bundle-sha256 is required in mode ${mode}: pass the bundle-sha256 output of the job that paused (e.g. \${{ needs.run.outputs.bundle-sha256 }}); the paused bundle is refused unless its digest equals it`);
   }
   if ((mode === "resume" || mode === "finalize") && inputs.token === undefined) {
    throw new errors.dz(`input token is required in mode ${mode} (default \${{ github.token }}, with permissions: actions: read) to read the approvals of this workflow run`);
   }
   if (inputs.bundleSha256 !== undefined) inputs.bundleSha256 = `sha256:${inputs.bundleSha256.replace(/^sha256:/, "").toLowerCase()}`;
   return inputs;
  }
  var state = __webpack_require__(3175);
  var summary = __webpack_require__(8770);
  const handlers = {
   run: async () => (await Promise.all([ __webpack_require__.e(938), __webpack_require__.e(942), __webpack_require__.e(299) ]).then(__webpack_require__.bind(__webpack_require__, 7299))).runMode,
   resume: async () => (await Promise.all([ __webpack_require__.e(938), __webpack_require__.e(942), __webpack_require__.e(299), __webpack_require__.e(411) ]).then(__webpack_require__.bind(__webpack_require__, 2411))).resumeMode,
   finalize: async () => (await Promise.all([ __webpack_require__.e(938), __webpack_require__.e(942), __webpack_require__.e(299), __webpack_require__.e(44) ]).then(__webpack_require__.bind(__webpack_require__, 4044))).finalizeMode,
   verify: async () => (await Promise.all([ __webpack_require__.e(938), __webpack_require__.e(942), __webpack_require__.e(462) ]).then(__webpack_require__.bind(__webpack_require__, 4462))).verifyMode
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
 8770: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   S: () => writeSummary
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7094);
  function renderSummary(facts) {
   const out = [];
   if (facts.notes.length > 0) out.push(...facts.notes.map(note => `> ${note}`), "");
   const report = facts.runDir ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(facts.runDir, "report.md") : undefined;
   if (report && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(report)) out.push(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(report, "utf8").trimEnd(), "");
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
 4296: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
   constructor(message, problems = [ message ]) {
    super("INPUT_INVALID", message, 2);
    this.problems = problems;
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
 }
};
