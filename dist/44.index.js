export const id=44;export const ids=[44];export const modules={
64044:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{finalizeMode:()=>finalizeMode})
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(31614)
;var _gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(68560)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(85458)
;var _paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(15099)
;var _resume_mode_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(42642)
;var _review_decision_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(59691)
;var _session_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(55296);async function finalizeMode(inputs,ctx){
const paused=await(0,_paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__.Q)(inputs,ctx)
;if(inputs.channel==="environment")await(0,_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.checkNotResolved)(paused)
;const{gate:gate,environment:environment}=paused;const at=(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Wv)()
;const late=(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Rs)(gate,at)
;const hasBaseline=Array.isArray(gate.context?.review_baseline)
;const verdict=inputs.channel==="environment"&&hasBaseline?(0,
_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.environmentVerdict)(inputs,ctx,paused,(await(0,
_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.gateReviews)(inputs,ctx,paused)).fresh).verdict:undefined;const common={
environment:environment,at_source:"clock of the finalizing job",github_run_id:ctx.runId,
github_run_attempt:ctx.runAttempt,github_job:ctx.job};if(verdict?.kind==="rejected"){
const{actor:actor,comment:comment}=(0,_review_decision_js__WEBPACK_IMPORTED_MODULE_5__.eo)(verdict.reviewers);return(0,
_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Q6)(inputs,ctx,paused,{decision:late?"timed_out":"rejected",actor:actor,
comment:comment,at:at,source:"github-environment",details:{...common,approval_state:"rejected",
reviewers:verdict.reviewers.map(r=>({login:r.login,user_id:r.user_id??null,comment:r.comment})),...late?{
deadline:gate.deadline,decided:"rejected"}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: rejected by ${actor} after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` rejected by **${actor}** in environment \`${environment}\`${comment?`: ${comment}`:""}.`
})}if(late){return(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Q6)(inputs,ctx,paused,{decision:"timed_out",
actor:"system",comment:`no decision before the deadline ${gate.deadline}`,at:at,source:`github-${inputs.channel}`,
details:{...common,deadline:gate.deadline},
note:`Gate \`${gate.gate_id}\` **timed out**: no decision before its deadline ${gate.deadline}.`})}
const reason=verdict===undefined?`gate ${gate.gate_id} was not resolved through approval channel ${inputs.channel} (no review history recorded for it, or not the environment channel); sealed by finalize`:verdict.kind==="approved"?`gate ${gate.gate_id} was approved in environment ${environment} by ${(0,
_review_decision_js__WEBPACK_IMPORTED_MODULE_5__.eo)(verdict.reviewers).actor}, but the job that resumes the run did not finish it (see that job's log); sealed by finalize`:`gate ${gate.gate_id} was not reviewed: no approval or rejection is recorded for environment ${environment} in workflow run ${ctx.runId} since the gate opened (the review timed out or was cancelled, or the environment has no required reviewers); sealed by finalize`
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.cancelRunFolder)(paused.runDir,reason,{...(0,
_session_js__WEBPACK_IMPORTED_MODULE_6__.x)(inputs,ctx,paused.runDir),previousBundle:paused.bundleSha256});(0,
_outcome_js__WEBPACK_IMPORTED_MODULE_2__.n)(outcome)
;return(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.O9)(inputs,ctx,outcome,[`Run sealed as failed (cancelled): ${reason}.`],{})
}}};
