export const id=948;export const ids=[948];export const modules={
57948:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(8392)
;var _arguments_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(11506)
;var _options_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(97562)
;var _print_outcome_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(20384)
;const usage=`usage: awo run <workflow.json> [--backend echo|openai|azure-openai|anthropic|replay] [--model M] [--base-url URL]\n               [--api-key KEY] [--replay-from RUN|BUNDLE] [--runs-dir runs] [--policy FILE] [--actor NAME]\n\nRuns a workflow and writes a run folder under --runs-dir (default: runs). Prints the run folder.\nKeys are better given as environment variables (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, AWO_API_KEY).\nExit codes: 0 completed, 78 paused for human review, 1 failed, 2 invalid input.`
;const command={name:"run",summary:"run a workflow and write its run folder",usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,_arguments_js__WEBPACK_IMPORTED_MODULE_1__.q)(args,{
..._options_js__WEBPACK_IMPORTED_MODULE_2__.$c,"runs-dir":{type:"string"},policy:{type:"string"}},usage)
;if(values.help)return io.out(usage),0
;const workflowPath=(0,_arguments_js__WEBPACK_IMPORTED_MODULE_1__.P)(positionals,"workflow file",usage)
;const runsDir=values["runs-dir"]??"runs"
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.startRun)({workflowPath:workflowPath,
runsDir:runsDir,policyPath:values.policy,
backend:(0,_options_js__WEBPACK_IMPORTED_MODULE_2__.EC)(values,io,"echo",runsDir),actor:(0,
_options_js__WEBPACK_IMPORTED_MODULE_2__.dn)(values,io),env:io.env,cwd:io.cwd});return(0,
_print_outcome_js__WEBPACK_IMPORTED_MODULE_3__.i)(outcome,io)}}},
20384:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
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
