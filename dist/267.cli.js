export const id=267;export const ids=[267];export const modules={
60648:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{resume:()=>resume,retry:()=>retry})
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(8392)
;var _store_run_folder_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(39089)
;var _arguments_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(11506)
;var _options_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(97562)
;var _print_outcome_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(20384)
;function continueCommand(mode,summary,detail){
const usage=`usage: awo ${mode} <run folder> [--backend NAME] [--model M] [--base-url URL] [--actor NAME]\n\n${detail}\nSteps that already have a receipt are never executed again. The backend defaults to the run's own.`
;return{name:mode,summary:summary,usage:usage,async run(args,io){const{values:values,positionals:positionals}=(0,
_arguments_js__WEBPACK_IMPORTED_MODULE_2__.q)(args,_options_js__WEBPACK_IMPORTED_MODULE_3__.$c,usage)
;if(values.help)return io.out(usage),0
;const runDir=(0,_arguments_js__WEBPACK_IMPORTED_MODULE_2__.P)(positionals,"run folder",usage);const recorded=(0,
_store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.recordedBackend)((0,
_store_run_folder_js__WEBPACK_IMPORTED_MODULE_1__.Zy)(runDir));const backend=(0,
_options_js__WEBPACK_IMPORTED_MODULE_3__.EC)({model:recorded?.model??undefined,"base-url":recorded?.base_url??undefined,
...values},io,recorded?.name)
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.continueRun)(runDir,mode,{backend:backend,
actor:(0,_options_js__WEBPACK_IMPORTED_MODULE_3__.dn)(values,io),env:io.env,cwd:io.cwd});return(0,
_print_outcome_js__WEBPACK_IMPORTED_MODULE_4__.i)(outcome,io)}}}
const resume=continueCommand("resume","continue a paused run after its gate was approved","Continues a paused run whose gate was approved (or one that was interrupted), to the end or the next gate.")
;const retry=continueCommand("retry","continue a run that failed on an error","Continues a run that failed on an error (not a policy deny) from the first step without a receipt.")
},20384:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
i:()=>printOutcome});var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;function printOutcome(outcome,io){const dir=node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd,outcome.runDir)||"."
;io.out(dir);for(const{step_id:step_id,decision:decision}of outcome.decisions){
if(decision.decision==="flag")io.err(`warning: step ${step_id} flagged by policy ${decision.policy_id}: ${decision.reason}`)
;if(decision.decision==="deny")io.err(`error: step ${step_id} denied by policy ${decision.policy_id}: ${decision.reason}`)
}switch(outcome.status){case"completed":
io.err(`completed: ${dir} (report: ${node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir,"report.md")})`);break
;case"paused":{const gate=outcome.gate
;io.err(`paused for human review at gate ${gate?.gate_id??"?"} (step ${gate?.step_id??"?"})${gate?.status==="approved"?", approved: run `awo resume "+dir+"`":""}`)
;if(gate?.status!=="approved")io.err(`  approve: awo approve ${dir} --actor NAME [--comment TEXT], then: awo resume ${dir}`)
;break}default:io.err(`${outcome.status}: ${outcome.failure?.reason??"see report.md"}`)}return outcome.exitCode}}};
