export const id=299;export const ids=[299];export const modules={
97299:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{commentThread:()=>commentThread,runMode:()=>runMode})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(59571)
;var _annotations_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(47376)
;var _gate_context_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(62045)
;var _gate_outcome_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(68560)
;var _github_event_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(13654)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(85458)
;var _session_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(55296)
;var _state_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(33175)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_12__=__webpack_require__(67383);function commentThread(inputs){
if(inputs.channel!=="comment")return undefined
;const thread=(0,_github_event_js__WEBPACK_IMPORTED_MODULE_8__.s)(inputs.issueNumber,(0,
_github_event_js__WEBPACK_IMPORTED_MODULE_8__.j)())
;if(thread===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.dz("input issue-number is required with approval-channel comment when the event is not a pull request or issue: the number of the issue or pull request where the gate is posted")
;return thread}async function runMode(inputs,ctx){const thread=commentThread(inputs)
;const runsDir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.workspace,inputs.runsDir);(0,
_store_make_folders_js__WEBPACK_IMPORTED_MODULE_12__.w)(runsDir)
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.runsDir,runsDir)
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.knownRuns,JSON.stringify(node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(runsDir)))
;const context=await(0,_gate_context_js__WEBPACK_IMPORTED_MODULE_6__.V)(inputs,ctx);const session={...(0,
_session_js__WEBPACK_IMPORTED_MODULE_10__.x)(inputs,ctx,runsDir),gateContext:context};const outcome=await(0,
_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.startRun)({workflowPath:inputs.workflow,runsDir:runsDir,
policyPath:inputs.policy,...session})
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.runDir,outcome.runDir);(0,
_outcome_js__WEBPACK_IMPORTED_MODULE_9__.n)(outcome);(0,_annotations_js__WEBPACK_IMPORTED_MODULE_5__.f)(outcome)
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`AWO run ${outcome.runId}: ${outcome.status}`);return(0,
_gate_outcome_js__WEBPACK_IMPORTED_MODULE_7__.O9)(inputs,ctx,outcome,[],context,thread)}}};
