export const id = 44;

export const ids = [ 44, 411 ];

export const modules = {
 3345: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   MB: () => fetchReviews
  });
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
  class ApprovalsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__._ {
   constructor(message) {
    super("APPROVALS", message, 1);
   }
  }
  function parseReviews(body) {
   if (!Array.isArray(body)) throw new ApprovalsError("the approvals API did not answer with a list of reviews");
   return body.map((entry, index) => {
    const record = entry;
    const login = record?.user?.login;
    const state = record?.state;
    if (typeof login !== "string" || state !== "approved" && state !== "rejected" && state !== "pending" || !Array.isArray(record.environments)) {
     throw new ApprovalsError(`the approvals API answered an entry without user.login, state or environments (entry ${index})`);
    }
    return {
     login: login,
     state: state,
     comment: typeof record.comment === "string" ? record.comment : "",
     environments: record.environments.map(env => env?.name).filter(name => typeof name === "string")
    };
   });
  }
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
  async function fetchReviews(ctx, token) {
   const url = `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/approvals`;
   let lastProblem = "";
   for (let attempt = 1; attempt <= 3; attempt++) {
    let response;
    try {
     response = await fetch(url, {
      headers: {
       accept: "application/vnd.github+json",
       authorization: `Bearer ${token}`,
       "x-github-api-version": "2022-11-28",
       "user-agent": "awo-action"
      }
     });
    } catch (err) {
     lastProblem = (0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.bD)(err);
     if (attempt < 3) await sleep(1e3 * attempt);
     continue;
    }
    if (response.ok) return parseReviews(await response.json());
    const detail = await response.text().then(text => {
     try {
      return JSON.parse(text).message ?? text;
     } catch {
      return text;
     }
    });
    if (response.status === 401) throw new ApprovalsError(`the approvals API refused the token (401 ${detail}); pass token: \${{ github.token }}`);
    if (response.status === 403) {
     throw new ApprovalsError(`the token may not read this workflow run's approvals (403 ${detail}); give the job permissions: actions: read`);
    }
    if (response.status === 404) {
     throw new ApprovalsError(`the approvals API found no workflow run ${ctx.runId} in ${ctx.repository} (404 ${detail}); the token must belong to this repository and have actions: read`);
    }
    lastProblem = `${response.status} ${detail}`;
    if (response.status < 500 || attempt === 3) break;
    await sleep(1e3 * attempt);
   }
   throw new ApprovalsError(`could not read the approvals of workflow run ${ctx.runId} from ${url}: ${lastProblem}`);
  }
 },
 4044: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   finalizeMode: () => finalizeMode
  });
  var _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6705);
  var _approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3345);
  var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5458);
  var _paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5099);
  var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7080);
  var _resume_mode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2411);
  var _review_decision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9691);
  var _session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5296);
  async function finalizeMode(inputs, ctx) {
   const paused = await (0, _paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__.Q)(inputs, ctx);
   const {gate: gate, environment: environment} = paused;
   const reviews = await (0, _approvals_js__WEBPACK_IMPORTED_MODULE_1__.MB)(ctx, inputs.token);
   const verdict = (0, _review_decision_js__WEBPACK_IMPORTED_MODULE_7__.H)(reviews, environment, (0, 
   _resume_mode_js__WEBPACK_IMPORTED_MODULE_5__.selfLogins)(ctx));
   const session = (0, _session_js__WEBPACK_IMPORTED_MODULE_6__.x)(inputs, ctx, paused.runDir);
   let outcome;
   let note;
   if (verdict.kind === "rejected") {
    const {actor: actor, comment: comment} = (0, _review_decision_js__WEBPACK_IMPORTED_MODULE_7__.e)(verdict.reviewers);
    outcome = await (0, _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.q7)(paused.runDir, {
     decision: "rejected",
     actor: actor,
     comment: comment,
     source: "github-environment",
     details: {
      environment: environment,
      approval_state: "rejected",
      reviewers: verdict.reviewers.map(r => ({
       login: r.login,
       comment: r.comment
      })),
      github_run_id: ctx.runId,
      github_run_attempt: ctx.runAttempt,
      github_job: ctx.job
     }
    }, session);
    note = `Gate \`${gate.gate_id}\` rejected by **${actor}** in environment \`${environment}\`${comment ? `: ${comment}` : ""}.`;
   } else {
    const reason = verdict.kind === "none" ? `gate ${gate.gate_id} was not reviewed: no approval or rejection is recorded for environment ${environment} in workflow run ${ctx.runId} (the review timed out or was cancelled, or the environment has no required reviewers); sealed by finalize` : `gate ${gate.gate_id} was approved in environment ${environment} by ${(0, 
    _review_decision_js__WEBPACK_IMPORTED_MODULE_7__.e)(verdict.reviewers).actor}, but the job that resumes the run did not finish it (see that job's log); sealed by finalize`;
    outcome = await (0, _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.Yb)(paused.runDir, reason, session);
    note = `Run sealed as failed (cancelled): ${reason}.`;
   }
   (0, _outcome_js__WEBPACK_IMPORTED_MODULE_2__.n)(outcome);
   const published = await (0, _publish_js__WEBPACK_IMPORTED_MODULE_4__.m)(outcome.runDir, outcome.status, ctx, inputs.retentionDays, [ note ]);
   return (0, _outcome_js__WEBPACK_IMPORTED_MODULE_2__.B)(outcome, published.name);
  }
 },
 9111: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   a: () => findBundle
  });
  var artifacts = __webpack_require__(8089);
  var artifact_error = __webpack_require__(117);
  function selectBundle(artifacts, criteria) {
   const hex = criteria.sha256?.replace(/^sha256:/, "");
   const candidates = artifacts.filter(artifact => {
    if (!artifact.name.startsWith("awo-") || !artifact.name.endsWith(".tar.gz")) return false;
    if (criteria.runId && !artifact.name.startsWith(`awo-${criteria.runId}-`)) return false;
    if (criteria.stage && !artifact.name.includes(`-${criteria.stage}-a`)) return false;
    if (hex) {
     const digest = artifact.digest?.replace(/^sha256:/, "");
     return digest !== undefined ? digest === hex : artifact.name.endsWith(`-${hex.slice(0, 12)}.tar.gz`);
    }
    return true;
   });
   const wanted = [ criteria.stage ? `stage ${criteria.stage}` : "", criteria.runId ? `run id ${criteria.runId}` : "", criteria.sha256 ? `digest ${criteria.sha256}` : "" ].filter(Boolean).join(", ");
   if (candidates.length === 0) {
    const seen = artifacts.map(a => a.name).join(", ") || "none";
    throw new artifact_error.n(`no AWO bundle in this workflow run matches ${wanted || "awo-*.tar.gz"} (artifacts: ${seen}); pass artifact-name and bundle-sha256 from the outputs of the job that uploaded it`);
   }
   const digests = new Set(candidates.map(a => a.digest ?? a.name));
   if (digests.size > 1) {
    throw new artifact_error.n(`several AWO bundles in this workflow run match ${wanted || "awo-*.tar.gz"}: ${candidates.map(a => a.name).join(", ")}; pass artifact-name (or bundle-sha256) to choose one`);
   }
   return [ ...candidates ].sort((a, b) => b.id - a.id)[0];
  }
  async function findBundle(criteria) {
   if (criteria.artifactName) return (0, artifacts.jZ)(criteria.artifactName);
   return selectBundle(await (0, artifacts.wn)(), criteria);
  }
 },
 5099: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Q: () => fetchPausedRun
  });
  var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
  var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7094);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
  var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6156);
  var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6705);
  var _artifacts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8089);
  var _find_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9111);
  var _outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8948);
  var _state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3175);
  var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7383);
  async function fetchPausedRun(inputs, ctx) {
   const artifact = await (0, _find_bundle_js__WEBPACK_IMPORTED_MODULE_6__.a)({
    artifactName: inputs.artifactName,
    runId: inputs.runId,
    sha256: inputs.bundleSha256,
    stage: inputs.artifactName ? undefined : "paused"
   });
   const file = await (0, _artifacts_js__WEBPACK_IMPORTED_MODULE_5__.fv)(artifact, ctx.runnerTemp);
   const runsDir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(ctx.workspace, inputs.runsDir);
   (0, _store_make_folders_js__WEBPACK_IMPORTED_MODULE_9__.w)(runsDir);
   const {runDir: runDir} = await (0, _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_3__.zq)(file, runsDir, {
    expectedSha256: inputs.bundleSha256
   });
   _actions_core__WEBPACK_IMPORTED_MODULE_1__.pq(`Bundle ${artifact.name} matches bundle-sha256 ${inputs.bundleSha256}; extracted to ${runDir}`);
   const {state: run} = (0, _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.xz)(runDir);
   (0, _outputs_js__WEBPACK_IMPORTED_MODULE_7__.n)({
    "run-id": run.run_id,
    "run-dir": runDir
   });
   const gate = run.gates.find(candidate => candidate.status === "pending");
   if (run.status !== "paused" || !gate) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.sK(`bundle ${artifact.name} holds run ${run.run_id} with status ${run.status}, not paused at a gate; there is nothing to ${inputs.mode}`);
   }
   if (inputs.runId && inputs.runId !== run.run_id) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`bundle ${artifact.name} holds run ${run.run_id}, not the run-id input ${inputs.runId}`);
   }
   _state_js__WEBPACK_IMPORTED_MODULE_8__.UN(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.runDir, runDir);
   return {
    runDir: runDir,
    runId: run.run_id,
    gate: gate,
    environment: inputs.environment ?? gate.environment ?? "awo-audit"
   };
  }
 },
 2411: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   resumeMode: () => resumeMode,
   selfLogins: () => selfLogins
  });
  var core = __webpack_require__(7094);
  var run_service = __webpack_require__(6705);
  var annotations = __webpack_require__(7376);
  var approvals = __webpack_require__(3345);
  var action_outcome = __webpack_require__(5458);
  var paused_bundle = __webpack_require__(5099);
  var publish = __webpack_require__(7080);
  var errors = __webpack_require__(4296);
  class Refusal extends errors._ {
   constructor(message) {
    super("REFUSED", message, 1);
   }
  }
  function reviewSetup(environment) {
   return `Configure it: the job that resumes must declare \`environment: ${environment}\`, and that environment (Settings → Environments → ${environment}) must have required reviewers, ` + "so GitHub holds the job until someone approves it. Required reviewers on private or internal repositories need a GitHub plan that supports them " + "(GitHub Team or Enterprise; public repositories on any plan); without them the job runs unreviewed and no approval is ever recorded. The token needs permissions: actions: read.";
  }
  var review_decision = __webpack_require__(9691);
  var run_mode = __webpack_require__(7299);
  var action_session = __webpack_require__(5296);
  function selfLogins(ctx) {
   return [ ctx.actor, ctx.triggeringActor ].filter(login => typeof login === "string" && login !== "");
  }
  async function resumeMode(inputs, ctx) {
   const paused = await (0, paused_bundle.Q)(inputs, ctx);
   const {gate: gate, environment: environment} = paused;
   const reviews = await (0, approvals.MB)(ctx, inputs.token);
   const self = selfLogins(ctx);
   const verdict = (0, review_decision.H)(reviews, environment, self);
   if (verdict.kind === "none") {
    const seen = verdict.seen.length === 0 ? "no reviews at all" : verdict.seen.map(r => `${r.state} by ${r.login} for ${r.environments.join("/")}`).join("; ");
    throw new Refusal(`no approval is recorded for environment ${environment} in workflow run ${ctx.runId} (the approvals API lists ${seen}), so gate ${gate.gate_id} of run ${paused.runId} stays pending and nothing was changed. ${reviewSetup(environment)}`);
   }
   if (verdict.kind === "rejected") {
    const {actor: actor, comment: comment} = (0, review_decision.e)(verdict.reviewers);
    throw new Refusal(`environment ${environment} was rejected by ${actor}${comment ? ` (${comment})` : ""}, not approved; gate ${gate.gate_id} stays pending and nothing was changed. Record the rejection with mode: finalize.`);
   }
   const selfOverride = verdict.kind === "self-approved-only";
   if (selfOverride && !inputs.allowSelfApproval) {
    const {actor: actor} = (0, review_decision.e)(verdict.reviewers);
    throw new Refusal(`gate ${gate.gate_id} of run ${paused.runId} was approved in environment ${environment} only by ${actor}, who started this workflow run (GITHUB_ACTOR ${ctx.actor ?? "-"}, GITHUB_TRIGGERING_ACTOR ${ctx.triggeringActor ?? "-"}); ` + 'an independent reviewer must approve, so nothing was changed. Turn on "Prevent self-review" for the environment, or set allow-self-approval: true to accept it (the override is recorded in the audit trail).');
   }
   const {actor: actor, comment: comment} = (0, review_decision.e)(verdict.reviewers);
   const session = (0, action_session.x)(inputs, ctx, paused.runDir);
   await (0, run_service.q7)(paused.runDir, {
    decision: "approved",
    actor: actor,
    comment: comment,
    source: "github-environment",
    details: {
     environment: environment,
     approval_state: "approved",
     reviewers: verdict.reviewers.map(r => ({
      login: r.login,
      comment: r.comment
     })),
     github_run_id: ctx.runId,
     github_run_attempt: ctx.runAttempt,
     github_job: ctx.job,
     run_actor: ctx.actor ?? null,
     triggering_actor: ctx.triggeringActor ?? null,
     ...selfOverride ? {
      self_approval_override: true
     } : {}
    }
   }, session);
   if (selfOverride) core.$e(`gate ${gate.gate_id} accepted a self-approval by ${actor} because allow-self-approval is true; the override is recorded in the audit trail`, {
    title: "AWO self-approval override"
   });
   core.pq(`Gate ${gate.gate_id} approved by ${actor} in environment ${environment}; resuming run ${paused.runId}`);
   const outcome = await (0, run_service.X7)(paused.runDir, "resume", session);
   (0, action_outcome.n)(outcome);
   (0, annotations.f)(outcome);
   const notes = [ `Gate \`${gate.gate_id}\` approved by **${actor}** in environment \`${environment}\`${selfOverride ? " (self-approval accepted by allow-self-approval)" : ""}.`, ...(0, 
   run_mode.statusNote)(outcome.status, outcome.gate, inputs.environment) ];
   const published = await (0, publish.m)(outcome.runDir, outcome.status, ctx, inputs.retentionDays, notes);
   return (0, action_outcome.B)(outcome, published.name);
  }
 },
 9691: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   H: () => judgeReviews,
   e: () => describeReviewers
  });
  const same = (a, b) => a.toLowerCase() === b.toLowerCase();
  function judgeReviews(reviews, environment, selfLogins) {
   const forEnv = reviews.filter(review => review.environments.some(name => same(name, environment)));
   const approved = forEnv.filter(review => review.state === "approved");
   const isSelf = review => selfLogins.some(login => same(login, review.login));
   const independent = approved.filter(review => !isSelf(review));
   if (independent.length > 0) return {
    kind: "approved",
    reviewers: independent,
    selfApproved: false
   };
   if (approved.length > 0) return {
    kind: "self-approved-only",
    reviewers: approved
   };
   const rejected = forEnv.filter(review => review.state === "rejected");
   if (rejected.length > 0) return {
    kind: "rejected",
    reviewers: rejected
   };
   return {
    kind: "none",
    seen: [ ...reviews ]
   };
  }
  function describeReviewers(reviewers) {
   const sorted = [ ...reviewers ].sort((a, b) => a.login.localeCompare(b.login) || a.comment.localeCompare(b.comment));
   const logins = [ ...new Set(sorted.map(review => review.login)) ];
   if (sorted.length === 1) return {
    actor: sorted[0].login,
    comment: sorted[0].comment
   };
   return {
    actor: logins.join(", "),
    comment: sorted.filter(r => r.comment !== "").map(r => `${r.login}: ${r.comment}`).join("; ")
   };
  }
 }
};
