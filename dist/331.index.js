export const id = 331;

export const ids = [ 331 ];

export const modules = {
 76331: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   planMode: () => planMode
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77094);
  var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42605);
  var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40195);
  var _store_shard_planning_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43011);
  var _outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18948);
  var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38770);
  async function planMode(inputs, ctx) {
   const plan = (0, _store_shard_planning_js__WEBPACK_IMPORTED_MODULE_5__.Cs)({
    workflowPath: inputs.workflow,
    policyPath: inputs.policy,
    cwd: ctx.workspace,
    shards: inputs.scaleOut.shards ?? 1,
    costFrom: inputs.scaleOut.costFrom
   });
   const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.runnerTemp, `awo-plan-${plan.plan_digest.slice(7, 19)}.json`);
   node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(ctx.runnerTemp, {
    recursive: true
   });
   node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, (0, _core_hash_js__WEBPACK_IMPORTED_MODULE_3__.D_)(plan));
   (0, _outputs_js__WEBPACK_IMPORTED_MODULE_6__.n)({
    plan: JSON.stringify(plan),
    "plan-digest": plan.plan_digest,
    matrix: JSON.stringify((0, _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.T4)(plan)),
    "plan-path": file
   });
   const weights = plan.assignments.map(a => a.weight);
   const note = `AWO plan ${plan.plan_digest}: ${plan.shards} shards over ${plan.steps.map(s => `${s.inputs} inputs of ${s.step_id}`).join(", ")}, balanced by ${plan.balance.by} (weights ${Math.min(...weights)} to ${Math.max(...weights)} per shard).`;
   _actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(note);
   await (0, _summary_js__WEBPACK_IMPORTED_MODULE_7__.S)({
    runDir: undefined,
    notes: [ note ]
   });
   return {};
  }
 },
 43011: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Cs: () => makePlan,
   m3: () => readPlan,
   xg: () => loadPlanned
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
  var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42605);
  var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40195);
  var _run_service_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75292);
  function loadPlanned(options) {
   const {workflow: workflow, policy: policy} = (0, _run_service_js__WEBPACK_IMPORTED_MODULE_5__.Vt)(options);
   return {
    workflow: workflow,
    policy: policy,
    hashes: {
     workflow: (0, _core_hash_js__WEBPACK_IMPORTED_MODULE_3__.QN)(workflow.bytes),
     policy: (0, _core_hash_js__WEBPACK_IMPORTED_MODULE_3__.G5)(policy.policy)
    }
   };
  }
  function tokensOf(usage) {
   if (!usage) return undefined;
   if (typeof usage.total_tokens === "number") return usage.total_tokens;
   const input = usage.input_tokens ?? usage.prompt_tokens;
   const output = usage.output_tokens ?? usage.completion_tokens;
   return typeof input === "number" && typeof output === "number" ? input + output : undefined;
  }
  function costsFromRun(runDir, cwd) {
   const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, runDir);
   if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "input.json"))) throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`--cost-from ${runDir}: not a run folder (no input.json); give a previous run's folder`);
   const byStep = new Map;
   const outputs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "outputs");
   for (const file of node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs) ? node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(outputs) : []) {
    if (!file.endsWith(".json")) continue;
    let record;
    try {
     record = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(outputs, file), "utf8"));
    } catch (err) {
     throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`--cost-from ${runDir}: outputs/${file} is not valid JSON (${(0, 
     _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)})`);
    }
    const costs = new Map;
    for (const call of record.output?.calls ?? []) {
     const tokens = tokensOf(call.usage);
     if (typeof call.prompt === "string" && tokens !== undefined) costs.set(call.prompt, tokens);
    }
    byStep.set(file.slice(0, -".json".length), costs);
   }
   const runId = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "input.json"), "utf8")).run_id;
   return {
    source: typeof runId === "string" ? runId : node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir),
    costOf: (stepId, prompt) => byStep.get(stepId)?.get(prompt)
   };
  }
  function makePlan(options) {
   const planned = loadPlanned(options);
   const costs = options.costFrom ? costsFromRun(options.costFrom, options.cwd) : undefined;
   return (0, _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.Gg)(planned.workflow, planned.hashes.policy, options.shards, planned.hashes.workflow, costs);
  }
  function readPlan(planArg, planned, cwd, expectedDigest) {
   let text = planArg;
   let where = "the plan input";
   if (!planArg.trimStart().startsWith("{")) {
    where = planArg;
    try {
     text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, planArg), "utf8");
    } catch (err) {
     throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot read plan ${planArg}: ${(0, 
     _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}`);
    }
   }
   let json;
   try {
    json = JSON.parse(text);
   } catch {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${where}: not valid JSON; give the plan file or the plan output of awo plan`);
   }
   return (0, _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.Gy)(json, where, planned.workflow, planned.hashes, expectedDigest);
  }
 }
};
