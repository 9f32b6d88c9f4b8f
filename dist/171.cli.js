export const id=171;export const ids=[171];export const modules={
46171:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var _core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(67796)
;var _core_run_state_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(28298)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(8392)
;var _options_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(97562)
;const usage=`usage: awo status <run folder> [--json]\n\nPrints the run's status, its pending gate and each step's state, as the audit trail records them. Changes nothing.`
;const command={name:"status",summary:"show a run's status, gate and steps",usage:usage,run(args,io){
const{values:values,positionals:positionals}=(0,_options_js__WEBPACK_IMPORTED_MODULE_3__.qg)(args,{json:{type:"boolean"}
},usage);if(values.help)return Promise.resolve((io.out(usage),0));const{state:state}=(0,
_store_run_service_js__WEBPACK_IMPORTED_MODULE_2__.xz)((0,
_options_js__WEBPACK_IMPORTED_MODULE_3__.PN)(positionals,"run folder",usage));const gate=(0,
_core_run_state_js__WEBPACK_IMPORTED_MODULE_1__.rG)(state)??(state.status==="paused"?state.gates.at(-1):undefined)
;const steps=(0,_core_run_state_js__WEBPACK_IMPORTED_MODULE_1__.BC)(state);if(values.json){io.out(JSON.stringify({
run_id:state.run_id,status:state.status,failure:state.failure,gate:gate??null,steps:steps},null,2))
;return Promise.resolve(0)}io.out(`${state.run_id}: ${state.status}${state.failure?` (${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(state.failure.reason)})`:""}`)
;if(gate)io.out(`gate ${gate.gate_id} (step ${gate.step_id}): ${gate.status}${gate.resolution?` by ${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(gate.resolution.actor)} at ${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(gate.resolution.at)}`:""}`)
;for(const step of steps)io.out(`  ${step.step_id.padEnd(24)} ${step.op.padEnd(11)} ${step.status.padEnd(9)} ${step.decision?.decision??""}`)
;return Promise.resolve(0)}}}};
