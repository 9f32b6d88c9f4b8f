export const id=598;export const ids=[598];export const modules={
97598:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{approve:()=>approve,reject:()=>reject})
;var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _core_self_approval_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(66957)
;var _core_actor_name_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(67796)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(8392)
;var _arguments_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(11506)
;var _print_outcome_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(20384);function gateCommand(verb){
const usage=`usage: awo ${verb} <run folder> --actor NAME [--comment TEXT]\n\n${verb==="approve"?"Approves":"Rejects"} the pending gate of a paused run and records who decided, in the audit trail and a gate receipt.\n${verb==="approve"?"Then `awo resume <run folder>` continues the run.":"A rejected run ends with status rejected."}`
;return{name:verb,summary:`${verb} the pending gate of a paused run`,usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,_arguments_js__WEBPACK_IMPORTED_MODULE_5__.q)(args,{actor:{type:"string"
},comment:{type:"string"}},usage);if(values.help)return io.out(usage),0;const runDir=(0,
_arguments_js__WEBPACK_IMPORTED_MODULE_5__.P)(positionals,"run folder",usage)
;if(!values.actor||values.actor.trim()==="")throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--actor NAME is required: the audit trail records who ${verb}d\n${usage}`)
;(0,_core_actor_name_js__WEBPACK_IMPORTED_MODULE_3__.vU)(values.actor,"--actor");(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_2__.XA)(values.actor,"--actor")
;if(values.comment!==undefined&&values.comment.length>_core_actor_name_js__WEBPACK_IMPORTED_MODULE_3__.wT)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--comment is ${values.comment.length} characters long; a comment may have at most ${_core_actor_name_js__WEBPACK_IMPORTED_MODULE_3__.wT}`)
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.decideGate)(runDir,{
decision:verb==="approve"?"approved":"rejected",actor:values.actor,comment:values.comment??"",source:"cli"},{backend:{
name:"none",generate:()=>Promise.reject(new Error("no model calls while deciding a gate"))},actor:values.actor,
env:io.env,cwd:io.cwd});if(verb==="approve"){io.err(`approved gate ${outcome.gate?.gate_id??"?"} as ${values.actor}`)
;io.out(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd,outcome.runDir)||".");return 0}return(0,
_print_outcome_js__WEBPACK_IMPORTED_MODULE_6__.i)(outcome,io)}}}const approve=gateCommand("approve")
;const reject=gateCommand("reject")},20384:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{i:()=>printOutcome})
;var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
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
